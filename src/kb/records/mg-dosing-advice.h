/* mg-dosing-advice.h — a sourced threshold the dosing engine applies, such
 * as the amount per intake above which a source advises splitting the dose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_DOSING_ADVICE (mg_dosing_advice_get_type ())

G_DECLARE_FINAL_TYPE (MgDosingAdvice, mg_dosing_advice, MG, DOSING_ADVICE, GObject)

/**
 * mg_dosing_advice_get_id:
 *
 * Returns: (transfer none): the id, such as "split-dose"
 */
const char         *mg_dosing_advice_get_id       (MgDosingAdvice *self);
/* Elemental magnesium in mg; the advice applies strictly above it. */
double              mg_dosing_advice_get_above_mg (MgDosingAdvice *self);
/**
 * mg_dosing_advice_get_text:
 *
 * Returns: (transfer none) (nullable): why, in the current language
 */
const char         *mg_dosing_advice_get_text     (MgDosingAdvice *self);
/**
 * mg_dosing_advice_get_sources:
 *
 * Returns: (transfer none): a #GListModel of #MgSource, never %NULL
 */
GListModel         *mg_dosing_advice_get_sources  (MgDosingAdvice *self);

G_END_DECLS
