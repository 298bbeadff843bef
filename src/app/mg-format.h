/* mg-format.h — figures and age bands as the pages show them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * All of these use mg_number_format(), so the decimal separator follows
 * the interface language (2,5 in Dutch) and never LC_NUMERIC.
 */
#pragma once

#include <glib.h>

#include "mg-kb.h"

G_BEGIN_DECLS

char *mg_format_mg          (double mg);
char *mg_format_percent     (double fraction,
                             int    decimals);
char *mg_format_age_band    (int    from_months,
                             int    to_months);
char *mg_format_age         (guint  age_months);
char *mg_format_formula     (const char *formula);
guint mg_format_formula_water (const char *formula);
char *mg_format_molar_mass  (double      grams_per_mol);
char *mg_format_uses        (MgCompound *compound);
const char *mg_format_rating_icon      (const char *rating);
const char *mg_format_rating_css_class (const char *rating);

G_END_DECLS
