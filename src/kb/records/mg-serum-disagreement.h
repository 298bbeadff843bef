/* mg-serum-disagreement.h — serum bands from different sources that disagree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two sources put the same sign of high or low magnesium at different
 * levels; this says what each says and what to make of it. The bands are
 * the #MgSerumRange records with these ids.
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_SERUM_DISAGREEMENT (mg_serum_disagreement_get_type ())

G_DECLARE_FINAL_TYPE (MgSerumDisagreement, mg_serum_disagreement, MG, SERUM_DISAGREEMENT, GObject)

const char         *mg_serum_disagreement_get_id        (MgSerumDisagreement *self);
const char         *mg_serum_disagreement_get_title     (MgSerumDisagreement *self);
const char         *mg_serum_disagreement_get_text      (MgSerumDisagreement *self);
/**
 * mg_serum_disagreement_get_range_ids:
 *
 * Returns: (transfer none) (array zero-terminated=1): the serum ranges it covers
 */
const char * const *mg_serum_disagreement_get_range_ids (MgSerumDisagreement *self);
/**
 * mg_serum_disagreement_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_serum_disagreement_get_sources   (MgSerumDisagreement *self);

G_END_DECLS
