/* mg-studied-dose.h — a dose studied for a condition, with its amounts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text says what was studied; the numbers say how much. Amounts are
 * in unit, as the source gives them; daily-mg-min/-max are the elemental
 * magnesium a day that the compiler computed (a range when the salt is
 * not named or is ambiguous). Negative numbers mean "not given" or "cannot
 * be computed".
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_STUDIED_DOSE (mg_studied_dose_get_type ())

G_DECLARE_FINAL_TYPE (MgStudiedDose, mg_studied_dose, MG, STUDIED_DOSE, GObject)

const char         *mg_studied_dose_get_id              (MgStudiedDose *self);
/**
 * mg_studied_dose_get_route:
 *
 * Returns: (transfer none): "oral", "parenteral" or "any" (the condition's when the
 *   dose has none)
 */
const char         *mg_studied_dose_get_route           (MgStudiedDose *self);
const char         *mg_studied_dose_get_text            (MgStudiedDose *self);
/**
 * mg_studied_dose_get_population:
 *
 * Returns: (transfer none) (nullable): "adults", "children", "women",
 *   "pregnant-women" or "any"
 */
const char         *mg_studied_dose_get_population      (MgStudiedDose *self);
/**
 * mg_studied_dose_get_from_months:
 *
 * Returns: the youngest age the dose is for, in months; negative: not narrowed
 */
int                 mg_studied_dose_get_from_months     (MgStudiedDose *self);
/**
 * mg_studied_dose_get_to_months:
 *
 * Returns: the age (months) the dose is no longer for; negative: not narrowed
 */
int                 mg_studied_dose_get_to_months       (MgStudiedDose *self);
/**
 * mg_studied_dose_get_has_amount:
 *
 * Returns: whether the source gives an amount
 */
gboolean            mg_studied_dose_get_has_amount      (MgStudiedDose *self);
/**
 * mg_studied_dose_get_amount_min:
 *
 * Returns: the amount (or the lower end of a range) in unit; negative: none
 */
double              mg_studied_dose_get_amount_min      (MgStudiedDose *self);
/**
 * mg_studied_dose_get_amount_max:
 *
 * Returns: the upper end of a range (the amount itself when there is no range)
 */
double              mg_studied_dose_get_amount_max      (MgStudiedDose *self);
/**
 * mg_studied_dose_get_unit:
 *
 * Returns: (transfer none) (nullable): "mg", "g", "mmol", "mEq" or "mg/kg"
 */
const char         *mg_studied_dose_get_unit            (MgStudiedDose *self);
/**
 * mg_studied_dose_get_basis:
 *
 * Returns: (transfer none) (nullable): "elemental" (the amount is magnesium) or
 *   "compound" (the amount is the salt)
 */
const char         *mg_studied_dose_get_basis           (MgStudiedDose *self);
/**
 * mg_studied_dose_get_compound_id:
 *
 * Returns: (transfer none) (nullable): a compound id or a generic-name id; %NULL
 *   when the source does not name the salt
 */
const char         *mg_studied_dose_get_compound_id     (MgStudiedDose *self);
/**
 * mg_studied_dose_get_compound_name:
 *
 * Returns: (transfer none) (nullable): its name in the current language
 */
const char         *mg_studied_dose_get_compound_name   (MgStudiedDose *self);
/**
 * mg_studied_dose_get_per:
 *
 * Returns: (transfer none) (nullable): "intake", "hour", "day" or "course"
 */
const char         *mg_studied_dose_get_per             (MgStudiedDose *self);
/**
 * mg_studied_dose_get_intakes_per_day:
 *
 * Returns: how many intakes a day; negative: not given
 */
int                 mg_studied_dose_get_intakes_per_day (MgStudiedDose *self);
/**
 * mg_studied_dose_get_daily_mg_min:
 *
 * Returns: elemental magnesium a day, lowest reading; negative: cannot be computed
 */
double              mg_studied_dose_get_daily_mg_min    (MgStudiedDose *self);
/**
 * mg_studied_dose_get_daily_mg_max:
 *
 * Returns: elemental magnesium a day, highest reading; negative: cannot be computed
 */
double              mg_studied_dose_get_daily_mg_max    (MgStudiedDose *self);
/**
 * mg_studied_dose_get_limit_mg:
 *
 * Returns: for an oral dose, the upper limit (default limit set) it was held
 *   against; negative: none
 */
double              mg_studied_dose_get_limit_mg        (MgStudiedDose *self);
/**
 * mg_studied_dose_get_supervised:
 *
 * Returns: whether the source studied the dose under medical supervision
 */
gboolean            mg_studied_dose_get_supervised      (MgStudiedDose *self);
/**
 * mg_studied_dose_get_above_limit:
 *
 * Returns: whether this oral dose gives more magnesium a day than the upper
 *   limit for supplements; such a dose is in the knowledge base only when it
 *   was studied under medical supervision, and must say so
 */
gboolean            mg_studied_dose_get_above_limit     (MgStudiedDose *self);
/**
 * mg_studied_dose_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_studied_dose_get_sources         (MgStudiedDose *self);

G_END_DECLS
