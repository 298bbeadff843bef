/* mg-rating.h — one rater's effectiveness rating of magnesium for a condition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_RATING (mg_rating_get_type ())

G_DECLARE_FINAL_TYPE (MgRating, mg_rating, MG, RATING, GObject)

const char         *mg_rating_get_id      (MgRating *self);
const char         *mg_rating_get_value   (MgRating *self);
const char         *mg_rating_get_scheme  (MgRating *self);
/**
 * mg_rating_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_rating_get_sources (MgRating *self);

G_END_DECLS
