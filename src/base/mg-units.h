/* mg-units.h — amounts of magnesium and serum concentrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* IUPAC conventional atomic weight of magnesium, and its charge (Mg2+):
 * 1 mmol = 24.305 mg = 2 mEq. */
#define MG_MOLAR_MASS 24.305
#define MG_VALENCE    2.0
/* 1 mmol/L = 24.305 mg per 10 dL = 2.4305 mg/dL (often rounded to 2.431). */
#define MG_SERUM_MG_DL_PER_MMOL_L (MG_MOLAR_MASS / 10.0)

/* The nicks are the symbols people write and read, the same in English and
 * Dutch; mg_*_to_string() and _from_string() use them (case ignored). */
typedef enum
{
  MG_AMOUNT_UNIT_MG,    /*< nick=mg >*/
  MG_AMOUNT_UNIT_G,     /*< nick=g >*/
  MG_AMOUNT_UNIT_MMOL,  /*< nick=mmol >*/
  MG_AMOUNT_UNIT_MEQ,   /*< nick=mEq >*/
} MgAmountUnit;

typedef enum
{
  MG_SERUM_UNIT_MG_DL,  /*< nick=mg/dL >*/
  MG_SERUM_UNIT_MMOL_L, /*< nick=mmol/L >*/
  MG_SERUM_UNIT_MEQ_L,  /*< nick=mEq/L >*/
} MgSerumUnit;

const char *mg_amount_unit_to_string       (MgAmountUnit  unit);
gboolean    mg_amount_unit_from_string     (const char   *text,
                                            MgAmountUnit *out);
gboolean    mg_amount_unit_is_mass         (MgAmountUnit  unit);

double      mg_units_elemental_mg          (double        amount,
                                            MgAmountUnit  unit,
                                            double        elemental_fraction);
double      mg_units_compound_mg           (double        amount,
                                            MgAmountUnit  unit);
double      mg_units_mg_to_mmol            (double        elemental_mg);
double      mg_units_mmol_to_mg            (double        mmol);
double      mg_units_mmol_to_meq           (double        mmol);

const char *mg_serum_unit_to_string        (MgSerumUnit   unit);
gboolean    mg_serum_unit_from_string      (const char   *text,
                                            MgSerumUnit  *out);
double      mg_units_convert_serum         (double        value,
                                            MgSerumUnit   from,
                                            MgSerumUnit   to);

G_END_DECLS

#include "mg-base-enums.h"
