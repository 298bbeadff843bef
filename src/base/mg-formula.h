/* mg-formula.h — molecular formulas, molar mass and elemental fraction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MG_FORMULA_ERROR (mg_formula_error_quark ())

typedef enum
{
  MG_FORMULA_ERROR_EMPTY,
  MG_FORMULA_ERROR_SYNTAX,
  MG_FORMULA_ERROR_UNKNOWN_ELEMENT,
  MG_FORMULA_ERROR_UNBALANCED,
  MG_FORMULA_ERROR_COUNT,
} MgFormulaError;

/* Magnesium, g/mol (IUPAC 2021). Also used for mmol <-> mg and serum units. */
#define MG_ATOMIC_WEIGHT_MG 24.305

typedef struct _MgFormula MgFormula;

GQuark      mg_formula_error_quark          (void);

double      mg_atomic_weight                (const char       *symbol);

gboolean    mg_formula_parse                (const char       *formula,
                                             MgFormula       **out,
                                             GError          **error);
gboolean    mg_formula_parse_full           (const char       *formula,
                                             MgFormula       **out,
                                             guint            *error_offset,
                                             GError          **error);
void        mg_formula_free                 (MgFormula        *self);

const char *mg_formula_get_text             (const MgFormula  *self);
double      mg_formula_get_molar_mass       (const MgFormula  *self);
guint       mg_formula_get_count            (const MgFormula  *self,
                                             const char       *symbol);
guint       mg_formula_get_mg_atoms         (const MgFormula  *self);
double      mg_formula_elemental_fraction   (const MgFormula  *self,
                                             const char       *symbol);
char       *mg_formula_dup_anhydrous_hill   (const MgFormula  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgFormula, mg_formula_free)

G_END_DECLS
