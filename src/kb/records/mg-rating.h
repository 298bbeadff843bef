/* mg-rating.h — one rater's effectiveness rating of magnesium for a condition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_RATING (mg_rating_get_type ())

G_DECLARE_FINAL_TYPE (MgRating, mg_rating, MG, RATING, GObject)

const char         *mg_rating_get_id      (MgRating *self);
const char         *mg_rating_get_value   (MgRating *self);
const char         *mg_rating_get_scheme  (MgRating *self);
GListModel         *mg_rating_get_sources (MgRating *self);

G_END_DECLS
