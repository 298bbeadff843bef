/* mg-published-fraction.h — an elemental fraction as a source states it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_PUBLISHED_FRACTION (mg_published_fraction_get_type ())

G_DECLARE_FINAL_TYPE (MgPublishedFraction, mg_published_fraction, MG, PUBLISHED_FRACTION, GObject)

const char         *mg_published_fraction_get_id      (MgPublishedFraction *self);
double              mg_published_fraction_get_value   (MgPublishedFraction *self);
double              mg_published_fraction_get_min     (MgPublishedFraction *self);
double              mg_published_fraction_get_max     (MgPublishedFraction *self);
const char         *mg_published_fraction_get_basis   (MgPublishedFraction *self);
/**
 * mg_published_fraction_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_published_fraction_get_sources (MgPublishedFraction *self);

G_END_DECLS
