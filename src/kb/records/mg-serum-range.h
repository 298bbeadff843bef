/* mg-serum-range.h — a serum magnesium threshold or range
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_SERUM_RANGE (mg_serum_range_get_type ())

G_DECLARE_FINAL_TYPE (MgSerumRange, mg_serum_range, MG, SERUM_RANGE, GObject)

const char         *mg_serum_range_get_id         (MgSerumRange *self);
const char         *mg_serum_range_get_kind       (MgSerumRange *self);
const char         *mg_serum_range_get_population (MgSerumRange *self);
const char         *mg_serum_range_get_unit       (MgSerumRange *self);
double              mg_serum_range_get_low        (MgSerumRange *self);
double              mg_serum_range_get_high       (MgSerumRange *self);
double              mg_serum_range_get_low_mmol   (MgSerumRange *self);
double              mg_serum_range_get_high_mmol  (MgSerumRange *self);
const char         *mg_serum_range_get_label      (MgSerumRange *self);
const char         *mg_serum_range_get_note       (MgSerumRange *self);
/**
 * mg_serum_range_get_findings:
 *
 * Returns: (transfer none) (array zero-terminated=1): what the band is about, such
 *   as "reflexes-lost" or "normal-range" (mg_kb_label_finding())
 */
const char * const *mg_serum_range_get_findings (MgSerumRange *self);
/**
 * mg_serum_range_get_disagreements:
 *
 * Returns: (transfer none): the #MgSerumDisagreement entries that cover this
 *   band: other sources put the same finding at another level
 */
GListModel         *mg_serum_range_get_disagreements (MgSerumRange *self);
/**
 * mg_serum_range_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_serum_range_get_sources    (MgSerumRange *self);

G_END_DECLS
