/* test-rules.c — the dosing rules on plain values, edge by edge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mg-dose-rules.h"
#include "mg-i18n.h"
#include "mg-profile.h"

#define EU_LIMIT 250.0
#define NO_LIMIT -1.0

static const char * const limit_sources[] = { "scf-2001", NULL };
static const char * const renal_sources[] = { "smpc-magnaspartate", NULL };
static const char * const split_sources[] = { "bfr-2017", NULL };

/* A product with elemental magnesium on the label. */
#define ELEMENTAL(mg, units, times) \
  { "elemental magnesium", "elemental", 1.0, (mg), MG_AMOUNT_UNIT_MG, (units), (times) }

static MgDoseRuleInputs
adult_inputs (const MgDoseRuleProduct *products,
              guint                    n_products)
{
  MgDoseRuleInputs inputs = { 0, };

  inputs.age_months = 30 * 12;
  inputs.limit_set_id = "eu";
  inputs.products = products;
  inputs.n_products = n_products;
  inputs.reference_mg = 300.0;
  inputs.reference_kind = "ai";
  inputs.limit_mg = EU_LIMIT;
  inputs.limit_sources = limit_sources;
  inputs.renal_sources = renal_sources;
  inputs.split_threshold_mg = -1.0;   /* checked in its own test */
  inputs.split_sources = split_sources;

  return inputs;
}

static guint
count_warnings (MgDoseEvaluation  *evaluation,
                MgDoseWarningCode  code)
{
  GListModel *warnings = mg_dose_evaluation_get_warnings (evaluation);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (warnings); i++)
    {
      g_autoptr(MgDoseWarning) warning = g_list_model_get_item (warnings, i);

      if (mg_dose_warning_get_code (warning) == code)
        count++;
    }

  return count;
}

typedef struct
{
  const char             *name;
  MgDoseRuleProduct       products[3];
  guint                   n_products;
  double                  food_mg;
  double                  expected_supplemental;
  MgLimitStatus           expected_status;
  double                  expected_over;
} LimitCase;

static const LimitCase limit_cases[] = {
  { "exactly 250 mg is not above", { ELEMENTAL (250, 1, 1) }, 1, 0, 250.0, MG_LIMIT_STATUS_WITHIN, 0 },
  { "250.5 mg is above by 0.5", { ELEMENTAL (250.5, 1, 1) }, 1, 0, 250.5, MG_LIMIT_STATUS_ABOVE, 0.5 },
  { "nothing taken", { ELEMENTAL (0, 0, 1) }, 0, 0, 0.0, MG_LIMIT_STATUS_WITHIN, 0 },
  { "three products that add up to 250", { ELEMENTAL (100, 1, 1), ELEMENTAL (50, 1, 2), ELEMENTAL (25, 2, 1) }, 3, 0,
    250.0, MG_LIMIT_STATUS_WITHIN, 0 },
  { "three products that add up across the limit", { ELEMENTAL (100, 1, 1), ELEMENTAL (50, 1, 2), ELEMENTAL (25.5, 2, 1) }, 3, 0,
    251.0, MG_LIMIT_STATUS_ABOVE, 1.0 },
  { "binary noise in a sum of exactly 250", { ELEMENTAL (128.3, 1, 1), ELEMENTAL (0.3, 1, 1), ELEMENTAL (121.4, 1, 1) }, 3, 0,
    250.0, MG_LIMIT_STATUS_WITHIN, 0 },
  { "half tablets three times a day", { ELEMENTAL (200, 0.5, 3) }, 1, 0, 300.0, MG_LIMIT_STATUS_ABOVE, 50.0 },
  { "food never counts toward the limit", { ELEMENTAL (200, 1, 1) }, 1, 400, 200.0, MG_LIMIT_STATUS_WITHIN, 0 },
  { "500 mg of a 50 % salt is 250 mg", { { "salt", "salt", 0.5, 500, MG_AMOUNT_UNIT_MG, 1, 1 } }, 1, 0,
    250.0, MG_LIMIT_STATUS_WITHIN, 0 },
  { "1,5 g of a 16 % salt is 240 mg", { { "citrate", "citrate", 0.16, 1.5, MG_AMOUNT_UNIT_G, 1, 1 } }, 1, 0,
    240.0, MG_LIMIT_STATUS_WITHIN, 0 },
  { "mmol counts magnesium, not the salt", { { "oxide", "oxide", 0.603, 10, MG_AMOUNT_UNIT_MMOL, 1, 1 } }, 1, 0,
    243.05, MG_LIMIT_STATUS_WITHIN, 0 },
  { "mEq counts magnesium, two per mmol", { { "oxide", "oxide", 0.603, 24, MG_AMOUNT_UNIT_MEQ, 1, 1 } }, 1, 0,
    291.66, MG_LIMIT_STATUS_ABOVE, 41.66 },
};

static void
test_limit_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (limit_cases); i++)
    {
      const LimitCase *c = &limit_cases[i];
      MgDoseRuleInputs inputs = adult_inputs (c->products, c->n_products);
      g_autoptr(MgDoseEvaluation) evaluation = NULL;
      gboolean above = c->expected_status == MG_LIMIT_STATUS_ABOVE;

      g_test_message ("case: %s", c->name);
      inputs.food_mg = c->food_mg;
      evaluation = mg_dose_rules_evaluate (&inputs);

      g_assert_cmpfloat_with_epsilon (mg_dose_evaluation_get_supplemental_mg (evaluation), c->expected_supplemental, 1e-9);
      g_assert_cmpfloat_with_epsilon (mg_dose_evaluation_get_total_mg (evaluation), c->expected_supplemental + c->food_mg, 1e-9);
      g_assert_cmpint (mg_dose_evaluation_get_limit_status (evaluation), ==, c->expected_status);
      g_assert_cmpint (mg_dose_evaluation_get_above_upper_limit (evaluation), ==, above);
      g_assert_cmpfloat_with_epsilon (mg_dose_evaluation_get_over_limit_mg (evaluation), c->expected_over, 1e-9);
      g_assert_cmpfloat (mg_dose_evaluation_get_upper_limit_mg (evaluation), ==, EU_LIMIT);
      g_assert_cmpuint (count_warnings (evaluation, MG_DOSE_WARNING_ABOVE_UPPER_LIMIT), ==, above ? 1 : 0);
      g_assert_cmpuint (count_warnings (evaluation, MG_DOSE_WARNING_NO_UPPER_LIMIT_FOR_AGE), ==, 0);
      g_assert_cmpuint (mg_dose_evaluation_get_n_products (evaluation), ==, c->n_products);
    }
}

static void
test_above_warning_data (void)
{
  MgDoseRuleProduct products[] = { ELEMENTAL (150, 1, 2) };
  MgDoseRuleInputs inputs = adult_inputs (products, 1);
  g_autoptr(MgDoseEvaluation) evaluation = mg_dose_rules_evaluate (&inputs);
  MgDoseWarning *warning = mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_ABOVE_UPPER_LIMIT);

  g_assert_nonnull (warning);
  g_assert_cmpstr (mg_dose_warning_get_code_string (warning), ==, "above_upper_limit");
  g_assert_cmpfloat (mg_dose_warning_get_threshold_mg (warning), ==, 250.0);
  g_assert_cmpstrv (mg_dose_warning_get_sources (warning), limit_sources);
  /* The message gives the total, the excess and the limit. */
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "300 mg"));
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "50 mg"));
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "250 mg"));
}

static void
test_product_figures (void)
{
  MgDoseRuleProduct product = { "oxide", "oxide", 0.603, 500, MG_AMOUNT_UNIT_MG, 2, 3 };
  MgProductFigures figures = mg_dose_rules_product_figures (&product);

  g_assert_cmpfloat_with_epsilon (figures.elemental_mg_per_unit, 301.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (figures.elemental_mg_per_intake, 603.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (figures.elemental_mg_per_day, 1809.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (figures.elemental_mmol_per_day, 1809.0 / 24.305, 1e-9);
  g_assert_cmpfloat (figures.elemental_fraction, ==, 0.603);
}

typedef struct
{
  guint       age_months;
  const char *set;
  const char *must_mention;
} NoLimitCase;

static const NoLimitCase no_limit_cases[] = {
  { 0, "eu", "4" },
  { 11, "eu", "4" },
  { 12, "eu", "4" },
  { 47, "eu", "4" },
  { 6, "us", NULL },
};

/* Under 4 years the EU has no limit: never "within limits", whatever the dose. */
static void
test_no_limit_for_age (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (no_limit_cases); i++)
    {
      for (double mg = 10; mg <= 1000; mg *= 10)
        {
          MgDoseRuleProduct products[] = { ELEMENTAL (mg, 1, 1) };
          MgDoseRuleInputs inputs = adult_inputs (products, 1);
          g_autoptr(MgDoseEvaluation) evaluation = NULL;
          MgDoseWarning *warning;

          inputs.age_months = no_limit_cases[i].age_months;
          inputs.limit_set_id = no_limit_cases[i].set;
          inputs.limit_mg = NO_LIMIT;
          evaluation = mg_dose_rules_evaluate (&inputs);

          g_assert_cmpint (mg_dose_evaluation_get_limit_status (evaluation), ==, MG_LIMIT_STATUS_NO_LIMIT);
          g_assert_false (mg_dose_evaluation_has_upper_limit (evaluation));
          g_assert_false (mg_dose_evaluation_get_above_upper_limit (evaluation));
          g_assert_cmpfloat (mg_dose_evaluation_get_over_limit_mg (evaluation), ==, 0.0);
          g_assert_cmpuint (count_warnings (evaluation, MG_DOSE_WARNING_NO_UPPER_LIMIT_FOR_AGE), ==, 1);
          g_assert_cmpuint (count_warnings (evaluation, MG_DOSE_WARNING_ABOVE_UPPER_LIMIT), ==, 0);

          /* It comes first: nothing should be read before it. */
          warning = g_list_model_get_item (mg_dose_evaluation_get_warnings (evaluation), 0);
          g_assert_cmpint (mg_dose_warning_get_code (warning), ==, MG_DOSE_WARNING_NO_UPPER_LIMIT_FOR_AGE);
          g_assert_cmpstr (mg_dose_warning_get_code_string (warning), ==, "no_upper_limit_for_age");
          g_assert_null (strstr (mg_dose_warning_get_message (warning), "within"));
          g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "doctor"));
          if (no_limit_cases[i].must_mention != NULL)
            g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), no_limit_cases[i].must_mention));
          g_object_unref (warning);
        }
    }
}

static void
test_renal (void)
{
  MgDoseRuleProduct products[] = { ELEMENTAL (100, 1, 1) };
  MgDoseRuleInputs inputs = adult_inputs (products, 1);
  g_autoptr(MgDoseEvaluation) without = mg_dose_rules_evaluate (&inputs);
  g_autoptr(MgDoseEvaluation) with = NULL;
  MgDoseWarning *warning;

  g_assert_cmpuint (count_warnings (without, MG_DOSE_WARNING_RENAL_IMPAIRMENT), ==, 0);

  inputs.renal_impairment = TRUE;
  with = mg_dose_rules_evaluate (&inputs);
  warning = mg_dose_evaluation_find_warning (with, MG_DOSE_WARNING_RENAL_IMPAIRMENT);
  g_assert_nonnull (warning);
  g_assert_cmpstr (mg_dose_warning_get_code_string (warning), ==, "renal_impairment");
  g_assert_cmpstrv (mg_dose_warning_get_sources (warning), renal_sources);
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "30"));
  /* The figures themselves do not change. */
  g_assert_cmpfloat (mg_dose_evaluation_get_supplemental_mg (with), ==, 100.0);
  g_assert_cmpint (mg_dose_evaluation_get_limit_status (with), ==, MG_LIMIT_STATUS_WITHIN);
}

static void
test_interactions (void)
{
  static const char * const quinolone_sources[] = { "natmed", "webmd", NULL };
  static const char * const thyroid_sources[] = { "drugs-com", NULL };
  MgDoseRuleInteraction interactions[] = {
    { "ciprofloxacin", "Ciprofloxacin", "Quinolones", "Keep them apart.", 2, 6, quinolone_sources },
    { "levothyroxine", "Levothyroxine", "Thyroid hormones", NULL, 4, 4, thyroid_sources },
    { "furosemide", "Furosemide", "Loop diuretics", "Have magnesium checked.", -1, -1, thyroid_sources },
    { "gabapentin", "Gabapentin", "Gabapentinoids", NULL, -1, 2, thyroid_sources },
  };
  MgDoseRuleProduct products[] = { ELEMENTAL (100, 1, 1) };
  MgDoseRuleInputs inputs = adult_inputs (products, 1);
  g_autoptr(MgDoseEvaluation) evaluation = NULL;
  GListModel *warnings;

  inputs.interactions = interactions;
  inputs.n_interactions = G_N_ELEMENTS (interactions);
  evaluation = mg_dose_rules_evaluate (&inputs);
  warnings = mg_dose_evaluation_get_warnings (evaluation);

  g_assert_cmpuint (count_warnings (evaluation, MG_DOSE_WARNING_INTERACTION), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (interactions); i++)
    {
      g_autoptr(MgDoseWarning) warning = g_list_model_get_item (warnings, i);
      const char *message = mg_dose_warning_get_message (warning);

      g_assert_cmpstr (mg_dose_warning_get_code_string (warning), ==, "interaction");
      g_assert_cmpstr (mg_dose_warning_get_subject (warning), ==, interactions[i].medicine_id);
      g_assert_cmpfloat (mg_dose_warning_get_hours_before (warning), ==, interactions[i].hours_before);
      g_assert_cmpfloat (mg_dose_warning_get_hours_after (warning), ==, interactions[i].hours_after);
      g_assert_cmpstrv (mg_dose_warning_get_sources (warning), interactions[i].sources);
      g_assert_nonnull (strstr (message, interactions[i].medicine_name));
      if (interactions[i].management != NULL)
        g_assert_nonnull (strstr (message, interactions[i].management));
    }

  {
    g_autoptr(MgDoseWarning) cipro = g_list_model_get_item (warnings, 0);
    g_autoptr(MgDoseWarning) gaba = g_list_model_get_item (warnings, 3);

    g_assert_nonnull (strstr (mg_dose_warning_get_message (cipro), "2 hours before"));
    g_assert_nonnull (strstr (mg_dose_warning_get_message (cipro), "6 hours after"));
    g_assert_nonnull (strstr (mg_dose_warning_get_message (gaba), "2 hours after"));
    g_assert_null (strstr (mg_dose_warning_get_message (gaba), "before"));
  }
}

typedef struct
{
  const char *name;
  MgDoseRuleProduct product;
  gboolean warn;
} SplitCase;

static const SplitCase split_cases[] = {
  { "250 mg at once is not above the threshold", ELEMENTAL (250, 1, 1), FALSE },
  { "250.5 mg at once is", ELEMENTAL (250.5, 1, 1), TRUE },
  { "two 150 mg tablets at once", ELEMENTAL (150, 2, 1), TRUE },
  { "150 mg twice a day", ELEMENTAL (150, 1, 2), FALSE },
  { "400 mg in four portions", ELEMENTAL (100, 1, 4), FALSE },
};

static void
test_split_dose (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (split_cases); i++)
    {
      MgDoseRuleInputs inputs = adult_inputs (&split_cases[i].product, 1);
      g_autoptr(MgDoseEvaluation) evaluation = NULL;
      MgDoseWarning *warning;

      g_test_message ("case: %s", split_cases[i].name);
      inputs.split_threshold_mg = 250.0;
      inputs.split_text = "The source advises two portions a day.";
      evaluation = mg_dose_rules_evaluate (&inputs);
      warning = mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_SPLIT_DOSE);

      g_assert_cmpint (warning != NULL, ==, split_cases[i].warn);
      if (warning == NULL)
        continue;

      g_assert_cmpstr (mg_dose_warning_get_code_string (warning), ==, "split_dose");
      g_assert_cmpfloat (mg_dose_warning_get_threshold_mg (warning), ==, 250.0);
      g_assert_cmpstrv (mg_dose_warning_get_sources (warning), split_sources);
      /* Says from which amount, and why: the knowledge base's reason. */
      g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "more than 250 mg"));
      g_assert_true (g_str_has_suffix (mg_dose_warning_get_message (warning), " The source advises two portions a day."));
    }
}

/* The threshold is the knowledge base's number: the message follows it and
 * names no other amount of its own. */
static void
test_split_dose_threshold (void)
{
  MgDoseRuleProduct products[] = { ELEMENTAL (200, 1, 1) };
  MgDoseRuleInputs inputs = adult_inputs (products, 1);
  g_autoptr(MgDoseEvaluation) evaluation = NULL;
  g_autoptr(MgDoseEvaluation) without = NULL;
  MgDoseWarning *warning;

  inputs.split_threshold_mg = 150.0;
  inputs.split_text = NULL;
  evaluation = mg_dose_rules_evaluate (&inputs);
  warning = mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_SPLIT_DOSE);
  g_assert_nonnull (warning);
  g_assert_cmpfloat (mg_dose_warning_get_threshold_mg (warning), ==, 150.0);
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "more than 150 mg"));
  g_assert_null (strstr (mg_dose_warning_get_message (warning), "250"));
  g_assert_null (strstr (mg_dose_warning_get_message (warning), "360"));

  inputs.split_threshold_mg = -1.0;
  without = mg_dose_rules_evaluate (&inputs);
  g_assert_null (mg_dose_evaluation_find_warning (without, MG_DOSE_WARNING_SPLIT_DOSE));
}

static void
test_warning_order (void)
{
  static const char * const sources[] = { "x", NULL };
  MgDoseRuleInteraction interactions[] = {
    { "ciprofloxacin", "Ciprofloxacin", "Quinolones", NULL, 2, 6, sources },
  };
  MgDoseRuleProduct products[] = { ELEMENTAL (400, 1, 1) };
  MgDoseRuleInputs inputs = adult_inputs (products, 1);
  g_autoptr(MgDoseEvaluation) evaluation = NULL;
  static const MgDoseWarningCode expected[] = {
    MG_DOSE_WARNING_ABOVE_UPPER_LIMIT,
    MG_DOSE_WARNING_RENAL_IMPAIRMENT,
    MG_DOSE_WARNING_INTERACTION,
    MG_DOSE_WARNING_SPLIT_DOSE,
  };
  GListModel *warnings;

  inputs.renal_impairment = TRUE;
  inputs.interactions = interactions;
  inputs.n_interactions = 1;
  inputs.split_threshold_mg = 250.0;
  evaluation = mg_dose_rules_evaluate (&inputs);
  warnings = mg_dose_evaluation_get_warnings (evaluation);

  g_assert_cmpuint (g_list_model_get_n_items (warnings), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(MgDoseWarning) warning = g_list_model_get_item (warnings, i);

      g_assert_cmpint (mg_dose_warning_get_code (warning), ==, expected[i]);
    }
}

static void
test_reference_and_food (void)
{
  MgDoseRuleProduct products[] = { ELEMENTAL (100, 1, 1) };
  MgDoseRuleInputs inputs = adult_inputs (products, 1);
  g_autoptr(MgDoseEvaluation) evaluation = NULL;
  g_autoptr(MgDoseEvaluation) none = NULL;

  inputs.food_mg = 180;
  evaluation = mg_dose_rules_evaluate (&inputs);
  g_assert_true (mg_dose_evaluation_has_reference_intake (evaluation));
  g_assert_cmpfloat (mg_dose_evaluation_get_reference_intake_mg (evaluation), ==, 300.0);
  g_assert_cmpstr (mg_dose_evaluation_get_reference_kind (evaluation), ==, "ai");
  g_assert_cmpfloat (mg_dose_evaluation_get_food_mg (evaluation), ==, 180.0);
  g_assert_cmpfloat (mg_dose_evaluation_get_total_mg (evaluation), ==, 280.0);
  g_assert_cmpfloat (mg_dose_evaluation_get_supplemental_mg (evaluation), ==, 100.0);

  inputs.reference_mg = -1;
  none = mg_dose_rules_evaluate (&inputs);
  g_assert_false (mg_dose_evaluation_has_reference_intake (none));
}

typedef struct
{
  double   target;
  double   per_unit;
  gboolean half;
  gboolean ok;
  double   units;
  double   gives;
} TargetCase;

static const TargetCase target_cases[] = {
  { 250, 100, FALSE, TRUE, 2, 200 },
  { 250, 100, TRUE, TRUE, 2.5, 250 },
  { 250, 125, FALSE, TRUE, 2, 250 },       /* exact: no flooring to 1 */
  { 300, 301.5, FALSE, FALSE, 0, 0 },      /* one oxide tablet is already more */
  { 300, 301.5, TRUE, TRUE, 0.5, 150.75 },
  { 40, 100, TRUE, FALSE, 0, 0 },
  { 50, 100, TRUE, TRUE, 0.5, 50 },
  { 243.05, 24.305, FALSE, TRUE, 10, 243.05 },
};

static void
test_units_for_target (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (target_cases); i++)
    {
      const TargetCase *c = &target_cases[i];
      double units = -1, gives = -1;

      g_test_message ("target %g mg, %g mg per unit, halves %d", c->target, c->per_unit, c->half);
      g_assert_cmpint (mg_dose_rules_units_for_target (c->target, c->per_unit, c->half, &units, &gives), ==, c->ok);
      g_assert_cmpfloat_with_epsilon (units, c->units, 1e-9);
      g_assert_cmpfloat_with_epsilon (gives, c->gives, 1e-9);
      g_assert_cmpfloat (gives, <=, c->target + 1e-9);
    }
}

typedef struct
{
  guint          age_months;
  MgSex          sex;
  gboolean       pregnant;
  gboolean       lactating;
  int            error;       /* -1: valid */
} ProfileCase;

static const ProfileCase profile_cases[] = {
  { 30 * 12, MG_SEX_FEMALE, FALSE, FALSE, -1 },
  { 0, MG_SEX_MALE, FALSE, FALSE, -1 },
  { 15 * 12, MG_SEX_FEMALE, TRUE, FALSE, -1 },       /* a pregnant teenager */
  { 16 * 12, MG_SEX_FEMALE, FALSE, TRUE, -1 },
  { 30 * 12, MG_SEX_MALE, TRUE, FALSE, MG_PROFILE_ERROR_STATUS_NEEDS_FEMALE },
  { 30 * 12, MG_SEX_MALE, FALSE, TRUE, MG_PROFILE_ERROR_STATUS_NEEDS_FEMALE },
  { 30 * 12, MG_SEX_FEMALE, TRUE, TRUE, MG_PROFILE_ERROR_PREGNANT_AND_LACTATING },
  { 6 * 12, MG_SEX_FEMALE, TRUE, FALSE, MG_PROFILE_ERROR_STATUS_TOO_YOUNG },
};

static void
test_profile_validation (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (profile_cases); i++)
    {
      const ProfileCase *c = &profile_cases[i];
      g_autoptr(MgProfile) profile = mg_profile_new ();
      g_autoptr(GError) error = NULL;

      mg_profile_set_age_months (profile, c->age_months);
      mg_profile_set_sex (profile, c->sex);
      mg_profile_set_pregnant (profile, c->pregnant);
      mg_profile_set_lactating (profile, c->lactating);

      if (c->error < 0)
        {
          g_assert_true (mg_profile_validate (profile, &error));
          g_assert_no_error (error);
        }
      else
        {
          g_assert_false (mg_profile_validate (profile, &error));
          g_assert_error (error, MG_PROFILE_ERROR, c->error);
        }
    }
}

static void
test_profile_defaults (void)
{
  g_autoptr(MgProfile) profile = mg_profile_new ();

  g_assert_cmpstr (mg_profile_get_reference_set (profile), ==, "nl");
  g_assert_cmpstr (mg_profile_get_limit_set (profile), ==, "eu");
  mg_profile_set_age (profile, 4, 0);
  g_assert_cmpuint (mg_profile_get_age_months (profile), ==, 48);
  mg_profile_set_age (profile, 0, 11);
  g_assert_cmpuint (mg_profile_get_age_months (profile), ==, 11);
  g_assert_cmpint (mg_profile_get_status (profile), ==, MG_STATUS_NONE);
  mg_profile_set_lactating (profile, TRUE);
  g_assert_cmpint (mg_profile_get_status (profile), ==, MG_STATUS_LACTATING);
  mg_profile_set_sex (profile, MG_SEX_MALE);
  g_assert_cmpint (mg_profile_get_status (profile), ==, MG_STATUS_NONE);
}

int
main (int   argc,
      char *argv[])
{
  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dosing/rules/limit-table", test_limit_table);
  g_test_add_func ("/dosing/rules/above-warning", test_above_warning_data);
  g_test_add_func ("/dosing/rules/product-figures", test_product_figures);
  g_test_add_func ("/dosing/rules/no-limit-for-age", test_no_limit_for_age);
  g_test_add_func ("/dosing/rules/renal", test_renal);
  g_test_add_func ("/dosing/rules/interactions", test_interactions);
  g_test_add_func ("/dosing/rules/split-dose-threshold", test_split_dose_threshold);
  g_test_add_func ("/dosing/rules/split-dose", test_split_dose);
  g_test_add_func ("/dosing/rules/warning-order", test_warning_order);
  g_test_add_func ("/dosing/rules/reference-and-food", test_reference_and_food);
  g_test_add_func ("/dosing/rules/units-for-target", test_units_for_target);
  g_test_add_func ("/dosing/profile/validation", test_profile_validation);
  g_test_add_func ("/dosing/profile/defaults", test_profile_defaults);

  return g_test_run ();
}
