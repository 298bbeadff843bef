/* test-formula.c — molar masses and fractions of every compound the app
 * knows, checked against sums worked out here by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "mg-fold.h"
#include "mg-formula.h"

/* Our own copy of the IUPAC 2021 conventional values, so that a typo in
 * the parser's table shows up as a failure here. */
#define W_H  1.008
#define W_C  12.011
#define W_N  14.007
#define W_O  15.999
#define W_MG 24.305
#define W_SI 28.085
#define W_P  30.974
#define W_S  32.06
#define W_CL 35.45

typedef struct
{
  const char *formula;
  /* atom counts: Mg, C, H, N, O, S, Cl, P, Si */
  guint       mg, c, h, n, o, s, cl, p, si;
  /* M from shared/reference/magnesium-facts.md §2, rounded to 0.01 */
  double      published_mass;
} Compound;

static const Compound compounds[] = {
  /* oxide, hydroxide, carbonate */
  { "MgO",                     1,  0,  0, 0,  1, 0, 0, 0, 0,  40.30 },
  { "Mg(OH)2",                 1,  0,  2, 0,  2, 0, 0, 0, 0,  58.32 },
  { "MgCO3",                   1,  1,  0, 0,  3, 0, 0, 0, 0,  84.31 },
  /* chloride and hexahydrate */
  { "MgCl2",                   1,  0,  0, 0,  0, 0, 2, 0, 0,  95.21 },
  { "MgCl2·6H2O",              1,  0, 12, 0,  6, 0, 2, 0, 0, 203.30 },
  /* sulfate and heptahydrate */
  { "MgSO4",                   1,  0,  0, 0,  4, 1, 0, 0, 0, 120.36 },
  { "MgSO4·7H2O",              1,  0, 14, 0, 11, 1, 0, 0, 0, 246.47 },
  /* trimagnesium dicitrate and nonahydrate */
  { "C12H10Mg3O14",            3, 12, 10, 0, 14, 0, 0, 0, 0, 451.11 },
  { "Mg3(C6H5O7)2",            3, 12, 10, 0, 14, 0, 0, 0, 0, 451.11 },
  { "C12H10Mg3O14·9H2O",       3, 12, 28, 0, 23, 0, 0, 0, 0, 613.25 },
  /* hydrogen citrate (and its tetrahydrate) */
  { "MgC6H6O7",                1,  6,  6, 0,  7, 0, 0, 0, 0, 214.41 },
  { "C6H6MgO7·4H2O",           1,  6, 14, 0, 11, 0, 0, 0, 0, 286.47 },
  /* malate */
  { "MgC4H4O5",                1,  4,  4, 0,  5, 0, 0, 0, 0, 156.38 },
  /* bisglycinate, taurate */
  { "Mg(C2H4NO2)2",            1,  4,  8, 2,  4, 0, 0, 0, 0, 172.42 },
  { "Mg(C2H6NO3S)2",           1,  4, 12, 2,  6, 2, 0, 0, 0, 272.57 },
  /* gluconate and dihydrate */
  { "C12H22MgO14",             1, 12, 22, 0, 14, 0, 0, 0, 0, 414.60 },
  { "C12H22MgO14·2H2O",        1, 12, 26, 0, 16, 0, 0, 0, 0, 450.63 },
  /* lactate and dihydrate */
  { "Mg(C3H5O3)2",             1,  6, 10, 0,  6, 0, 0, 0, 0, 202.44 },
  { "C6H10MgO6·2H2O",          1,  6, 14, 0,  8, 0, 0, 0, 0, 238.48 },
  /* aspartate, dihydrate, tetrahydrate */
  { "Mg(C4H6NO4)2",            1,  8, 12, 2,  8, 0, 0, 0, 0, 288.50 },
  { "Mg(C4H6NO4)2·2H2O",       1,  8, 16, 2, 10, 0, 0, 0, 0, 324.52 },
  { "Mg(C4H6NO4)2·4H2O",       1,  8, 20, 2, 12, 0, 0, 0, 0, 360.56 },
  /* pidolate, orotate dihydrate, threonate */
  { "Mg(C5H6NO3)2",            1, 10, 12, 2,  6, 0, 0, 0, 0, 280.52 },
  { "Mg(C5H3N2O4)2·2H2O",      1, 10, 10, 4, 10, 0, 0, 0, 0, 370.51 },
  { "Mg(C4H7O5)2",             1,  8, 14, 0, 10, 0, 0, 0, 0, 294.50 },
  /* glycerophosphate, trisilicate */
  { "C3H7MgO6P",               1,  3,  7, 0,  6, 0, 0, 1, 0, 194.36 },
  { "Mg2Si3O8",                2,  0,  0, 0,  8, 0, 0, 0, 3, 260.86 },
  /* acetate tetrahydrate, written two ways */
  { "C4H6MgO4·4H2O",           1,  4, 14, 0,  8, 0, 0, 0, 0, 214.45 },
  { "Mg(CH3COO)2·4H2O",        1,  4, 14, 0,  8, 0, 0, 0, 0, 214.45 },
};

static double
hand_sum (const Compound *c)
{
  return c->mg * W_MG + c->c * W_C + c->h * W_H + c->n * W_N + c->o * W_O
         + c->s * W_S + c->cl * W_CL + c->p * W_P + c->si * W_SI;
}

static void
test_compounds (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (compounds); i++)
    {
      const Compound *c = &compounds[i];
      g_autoptr(MgFormula) formula = NULL;
      g_autoptr(GError) error = NULL;
      double expected = hand_sum (c);

      g_test_message ("%s", c->formula);
      g_assert_true (mg_formula_parse (c->formula, &formula, &error));
      g_assert_no_error (error);

      g_assert_cmpuint (mg_formula_get_count (formula, "Mg"), ==, c->mg);
      g_assert_cmpuint (mg_formula_get_count (formula, "C"), ==, c->c);
      g_assert_cmpuint (mg_formula_get_count (formula, "H"), ==, c->h);
      g_assert_cmpuint (mg_formula_get_count (formula, "N"), ==, c->n);
      g_assert_cmpuint (mg_formula_get_count (formula, "O"), ==, c->o);
      g_assert_cmpuint (mg_formula_get_count (formula, "S"), ==, c->s);
      g_assert_cmpuint (mg_formula_get_count (formula, "Cl"), ==, c->cl);
      g_assert_cmpuint (mg_formula_get_count (formula, "P"), ==, c->p);
      g_assert_cmpuint (mg_formula_get_count (formula, "Si"), ==, c->si);
      g_assert_cmpuint (mg_formula_get_mg_atoms (formula), ==, c->mg);

      g_assert_cmpfloat_with_epsilon (mg_formula_get_molar_mass (formula), expected, 1e-9);
      g_assert_cmpfloat_with_epsilon (mg_formula_elemental_fraction (formula, "Mg"),
                                      c->mg * W_MG / expected, 1e-12);
      /* Agrees with the fact sheet's independently rounded figure. */
      g_assert_cmpfloat_with_epsilon (mg_formula_get_molar_mass (formula), c->published_mass, 0.011);
      g_assert_cmpstr (mg_formula_get_text (formula), ==, c->formula);
    }
}

static void
test_hydrate_dots (void)
{
  const char *spellings[] = { "MgSO4·7H2O", "MgSO4.7H2O", "MgSO4*7H2O", "[MgSO4]·7H2O", "MgSO4·7(H2O)" };

  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    {
      g_autoptr(MgFormula) formula = NULL;

      g_assert_true (mg_formula_parse (spellings[i], &formula, NULL));
      g_assert_cmpfloat_with_epsilon (mg_formula_get_molar_mass (formula), 1 * W_MG + W_S + 11 * W_O + 14 * W_H, 1e-9);
    }
}

/* The salt without its water, in one spelling: the compiler groups the
 * forms of a salt by it (generic names must list them all). */
static void
test_anhydrous_hill (void)
{
  static const struct { const char *formula; const char *hill; } cases[] = {
    { "MgSO4·7H2O", "MgO4S" },
    { "MgSO4", "MgO4S" },
    { "MgC6H6O7", "C6H6MgO7" },
    { "C6H6MgO7·4H2O", "C6H6MgO7" },
    { "Mg(C4H6NO4)2·2H2O", "C8H12MgN2O8" },
    { "MgCl2*6H2O", "Cl2Mg" },
    { "Mg(OH)2", "H2MgO2" },
    { "C12H10Mg3O14.9H2O", "C12H10Mg3O14" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MgFormula) formula = NULL;
      g_autofree char *hill = NULL;

      g_assert_true (mg_formula_parse (cases[i].formula, &formula, NULL));
      hill = mg_formula_dup_anhydrous_hill (formula);
      g_assert_cmpstr (hill, ==, cases[i].hill);
    }
}

static void
test_magnesium_weight (void)
{
  g_assert_cmpfloat (mg_atomic_weight ("Mg"), ==, 24.305);
  g_assert_cmpfloat (mg_atomic_weight ("Xx"), ==, 0.0);

  /* The elements the issue asks for are all there. */
  for (guint i = 0; i < 17; i++)
    {
      const char *symbols[] = { "H", "C", "N", "O", "Na", "Mg", "Al", "P", "S", "Cl", "K", "Ca", "Si", "F", "Fe", "Zn", "B" };

      g_assert_cmpfloat (mg_atomic_weight (symbols[i]), >, 0.0);
    }
}

typedef struct
{
  const char *formula;
  int         code;
  guint       offset;    /* 0-based character */
} BadFormula;

static void
test_errors (void)
{
  static const BadFormula bad[] = {
    { "",               MG_FORMULA_ERROR_EMPTY,           0 },
    { "Xx",             MG_FORMULA_ERROR_UNKNOWN_ELEMENT, 0 },
    { "MgXx2",          MG_FORMULA_ERROR_UNKNOWN_ELEMENT, 2 },
    { "mgO",            MG_FORMULA_ERROR_SYNTAX,          0 },
    { "MgO·h2O",        MG_FORMULA_ERROR_SYNTAX,          4 },
    { "Mg(OH2",         MG_FORMULA_ERROR_UNBALANCED,      6 },
    { "Mg(OH)2)",       MG_FORMULA_ERROR_UNBALANCED,      7 },
    { "Mg[OH)2",        MG_FORMULA_ERROR_UNBALANCED,      5 },
    { "Mg(OH]2",        MG_FORMULA_ERROR_UNBALANCED,      5 },
    { "Mg()",           MG_FORMULA_ERROR_SYNTAX,          3 },
    { "Mg0",            MG_FORMULA_ERROR_COUNT,           2 },
    { "MgCl02",         MG_FORMULA_ERROR_COUNT,           4 },
    { "Mg(OH)0",        MG_FORMULA_ERROR_COUNT,           6 },
    { "MgO!",           MG_FORMULA_ERROR_SYNTAX,          3 },
    { "MgO ",           MG_FORMULA_ERROR_SYNTAX,          3 },
    { "MgO·",           MG_FORMULA_ERROR_SYNTAX,          4 },
    { "MgO··H2O",       MG_FORMULA_ERROR_SYNTAX,          4 },
    { "MgO→",           MG_FORMULA_ERROR_SYNTAX,          3 },
    { "Mg99999",        MG_FORMULA_ERROR_COUNT,           2 },
    { "Mg4294967297",   MG_FORMULA_ERROR_COUNT,           2 },
    { "(((Mg999)999)999)999", MG_FORMULA_ERROR_COUNT,     2 },
    { "MgO·100H2O",     MG_FORMULA_ERROR_COUNT,           4 },
    { "((((((((((Mg))))))))))", MG_FORMULA_ERROR_SYNTAX,  8 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(MgFormula) formula = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *where = g_strdup_printf ("character %u:", bad[i].offset + 1);
      guint offset = G_MAXUINT;

      g_test_message ("“%s”", bad[i].formula);
      g_assert_false (mg_formula_parse_full (bad[i].formula, &formula, &offset, &error));
      g_assert_null (formula);
      g_assert_error (error, MG_FORMULA_ERROR, bad[i].code);
      g_assert_cmpuint (offset, ==, bad[i].offset);
      g_assert_nonnull (strstr (error->message, where));
    }
}

static void
test_fold (void)
{
  static const char * const cases[][2] = {
    { "Magnésium  Citraat ", "magnesium citraat" },
    { "CIPROFLOXACINE", "ciprofloxacine" },
    { "Hypomagnesiëmie", "hypomagnesiemie" },
    { "Ångström", "angstrom" },
    { "ﬁbre", "fibre" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = mg_fold (cases[i][0]);

      g_assert_cmpstr (folded, ==, cases[i][1]);
    }

  g_assert_null (mg_fold ("\xff\xfe"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/formula/compounds", test_compounds);
  g_test_add_func ("/formula/hydrate-dots", test_hydrate_dots);
  g_test_add_func ("/formula/atomic-weights", test_magnesium_weight);
  g_test_add_func ("/formula/anhydrous-hill", test_anhydrous_hill);
  g_test_add_func ("/formula/errors", test_errors);
  g_test_add_func ("/fold/cases", test_fold);

  return g_test_run ();
}
