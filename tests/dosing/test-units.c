/* test-units.c — elemental amounts and serum conversions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-i18n.h"
#include "mg-units.h"

static void
test_amounts (void)
{
  /* 1 mmol = 24.305 mg = 2 mEq */
  g_assert_cmpfloat_with_epsilon (mg_units_mmol_to_mg (1.0), 24.305, 1e-12);
  g_assert_cmpfloat_with_epsilon (mg_units_mg_to_mmol (24.305), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (mg_units_mmol_to_meq (1.0), 2.0, 1e-12);

  g_assert_cmpfloat_with_epsilon (mg_units_elemental_mg (500, MG_AMOUNT_UNIT_MG, 0.603), 301.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (mg_units_elemental_mg (1.5, MG_AMOUNT_UNIT_G, 0.119), 178.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (mg_units_elemental_mg (10, MG_AMOUNT_UNIT_MMOL, 0.603), 243.05, 1e-9);
  g_assert_cmpfloat_with_epsilon (mg_units_elemental_mg (20, MG_AMOUNT_UNIT_MEQ, 0.603), 243.05, 1e-9);
  /* Magnaspartate: one sachet, 10 mmol, is 243 mg of magnesium. */
  g_assert_cmpfloat_with_epsilon (mg_units_elemental_mg (10, MG_AMOUNT_UNIT_MMOL, 0.075), 243.05, 1e-9);
  g_assert_cmpfloat_with_epsilon (mg_units_compound_mg (1.5, MG_AMOUNT_UNIT_G), 1500, 1e-9);
}

static void
test_unit_names (void)
{
  MgAmountUnit unit;
  MgSerumUnit serum;

  g_assert_true (mg_amount_unit_from_string ("mEq", &unit));
  g_assert_cmpint (unit, ==, MG_AMOUNT_UNIT_MEQ);
  g_assert_true (mg_amount_unit_from_string ("MMOL", &unit));
  g_assert_cmpint (unit, ==, MG_AMOUNT_UNIT_MMOL);
  g_assert_false (mg_amount_unit_from_string ("kg", &unit));
  g_assert_cmpstr (mg_amount_unit_to_string (MG_AMOUNT_UNIT_G), ==, "g");

  g_assert_true (mg_serum_unit_from_string ("mg/dl", &serum));
  g_assert_cmpint (serum, ==, MG_SERUM_UNIT_MG_DL);
  g_assert_true (mg_serum_unit_from_string ("mmol/L", &serum));
  g_assert_cmpint (serum, ==, MG_SERUM_UNIT_MMOL_L);
  g_assert_true (mg_serum_unit_from_string ("meq/l", &serum));
  g_assert_cmpint (serum, ==, MG_SERUM_UNIT_MEQ_L);
  g_assert_false (mg_serum_unit_from_string ("mg", &serum));
  g_assert_cmpstr (mg_serum_unit_to_string (MG_SERUM_UNIT_MEQ_L), ==, "mEq/L");
}

typedef struct
{
  double      value;
  MgSerumUnit from;
  MgSerumUnit to;
  double      expected;
  double      epsilon;
} SerumCase;

/* 1 mmol/L = 2.431 mg/dL = 2 mEq/L (magnesium-facts §5) */
static const SerumCase serum_cases[] = {
  { 1.0, MG_SERUM_UNIT_MMOL_L, MG_SERUM_UNIT_MG_DL, 2.431, 0.001 },
  { 1.0, MG_SERUM_UNIT_MMOL_L, MG_SERUM_UNIT_MEQ_L, 2.0, 1e-12 },
  { 1.0, MG_SERUM_UNIT_MG_DL, MG_SERUM_UNIT_MMOL_L, 0.4114, 0.0001 },
  { 1.0, MG_SERUM_UNIT_MG_DL, MG_SERUM_UNIT_MEQ_L, 0.823, 0.001 },
  { 1.0, MG_SERUM_UNIT_MEQ_L, MG_SERUM_UNIT_MMOL_L, 0.5, 1e-12 },
  { 1.0, MG_SERUM_UNIT_MEQ_L, MG_SERUM_UNIT_MG_DL, 1.215, 0.001 },
  { 0.75, MG_SERUM_UNIT_MMOL_L, MG_SERUM_UNIT_MG_DL, 1.82, 0.01 },
  { 0.7, MG_SERUM_UNIT_MMOL_L, MG_SERUM_UNIT_MMOL_L, 0.7, 1e-12 },
};

static void
test_serum (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (serum_cases); i++)
    {
      const SerumCase *c = &serum_cases[i];
      double there = mg_units_convert_serum (c->value, c->from, c->to);

      g_assert_cmpfloat_with_epsilon (there, c->expected, c->epsilon);
      /* And back again, exactly enough. */
      g_assert_cmpfloat_with_epsilon (mg_units_convert_serum (there, c->to, c->from), c->value, 1e-12);
    }
}

int
main (int   argc,
      char *argv[])
{
  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dosing/units/amounts", test_amounts);
  g_test_add_func ("/dosing/units/names", test_unit_names);
  g_test_add_func ("/dosing/units/serum", test_serum);

  return g_test_run ();
}
