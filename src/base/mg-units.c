/* mg-units.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "mg-enum.h"
#include "mg-units.h"

const char *
mg_amount_unit_to_string (MgAmountUnit unit)
{
  return mg_enum_to_nick (MG_TYPE_AMOUNT_UNIT, unit);
}

/* Unit symbols are the same in English and Dutch; case is ignored because
 * people type "MG", "Mg" and "meq" and mean the obvious thing. */
gboolean
mg_amount_unit_from_string (const char   *text,
                            MgAmountUnit *out)
{
  int value;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!mg_enum_from_nick (MG_TYPE_AMOUNT_UNIT, text, &value))
    return FALSE;
  if (out != NULL)
    *out = value;
  return TRUE;
}

gboolean
mg_amount_unit_is_mass (MgAmountUnit unit)
{
  return unit == MG_AMOUNT_UNIT_MG || unit == MG_AMOUNT_UNIT_G;
}

/* Mass units weigh the compound (a fraction of 1.0 means the label states
 * elemental magnesium); mmol and mEq always count magnesium itself, so the
 * compound's fraction does not apply to them. */
double
mg_units_elemental_mg (double       amount,
                       MgAmountUnit unit,
                       double       elemental_fraction)
{
  switch (unit)
    {
    case MG_AMOUNT_UNIT_MG:
      return amount * elemental_fraction;
    case MG_AMOUNT_UNIT_G:
      return amount * 1000.0 * elemental_fraction;
    case MG_AMOUNT_UNIT_MMOL:
      return mg_units_mmol_to_mg (amount);
    case MG_AMOUNT_UNIT_MEQ:
      return mg_units_mmol_to_mg (amount / MG_VALENCE);
    default:
      g_return_val_if_reached (NAN);
    }
}

/* The mass the amount stands for in mg: the compound's mass for mg and g,
 * the magnesium's mass for mmol and mEq. */
double
mg_units_compound_mg (double       amount,
                      MgAmountUnit unit)
{
  return mg_units_elemental_mg (amount, unit, 1.0);
}

double
mg_units_mg_to_mmol (double elemental_mg)
{
  return elemental_mg / MG_MOLAR_MASS;
}

double
mg_units_mmol_to_mg (double mmol)
{
  return mmol * MG_MOLAR_MASS;
}

double
mg_units_mmol_to_meq (double mmol)
{
  return mmol * MG_VALENCE;
}

const char *
mg_serum_unit_to_string (MgSerumUnit unit)
{
  return mg_enum_to_nick (MG_TYPE_SERUM_UNIT, unit);
}

gboolean
mg_serum_unit_from_string (const char  *text,
                           MgSerumUnit *out)
{
  int value;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!mg_enum_from_nick (MG_TYPE_SERUM_UNIT, text, &value))
    return FALSE;
  if (out != NULL)
    *out = value;
  return TRUE;
}

static double
serum_to_mmol_l (double      value,
                 MgSerumUnit unit)
{
  switch (unit)
    {
    case MG_SERUM_UNIT_MG_DL:
      return value / MG_SERUM_MG_DL_PER_MMOL_L;
    case MG_SERUM_UNIT_MMOL_L:
      return value;
    case MG_SERUM_UNIT_MEQ_L:
      return value / MG_VALENCE;
    default:
      g_return_val_if_reached (NAN);
    }
}

double
mg_units_convert_serum (double      value,
                        MgSerumUnit from,
                        MgSerumUnit to)
{
  double mmol_l = serum_to_mmol_l (value, from);

  switch (to)
    {
    case MG_SERUM_UNIT_MG_DL:
      return mmol_l * MG_SERUM_MG_DL_PER_MMOL_L;
    case MG_SERUM_UNIT_MMOL_L:
      return mmol_l;
    case MG_SERUM_UNIT_MEQ_L:
      return mmol_l * MG_VALENCE;
    default:
      g_return_val_if_reached (NAN);
    }
}
