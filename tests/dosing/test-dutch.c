/* test-dutch.c — run with LANGUAGE=nl: the engine's messages in Dutch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mg-dose-rules.h"
#include "mg-i18n.h"
#include "mg-number.h"

static void
test_dutch_number_errors (void)
{
  g_autoptr(GError) error = NULL;
  double value;

  g_assert_false (mg_number_parse ("abc", MG_NUMBER_RULES (0, 100), &value, &error));
  g_assert_nonnull (strstr (error->message, "is geen getal"));
  g_clear_error (&error);

  g_assert_false (mg_number_parse ("1,234.5", MG_NUMBER_RULES (0, 100), &value, &error));
  g_assert_nonnull (strstr (error->message, "scheidingsteken"));
}

static void
test_dutch_format (void)
{
  g_autofree char *text = mg_number_format (2.5, 2);

  /* The interface language decides, not LC_NUMERIC (LANG is C.UTF-8 here). */
  g_assert_cmpstr (text, ==, "2,5");
}

static void
test_dutch_warnings (void)
{
  MgDoseRuleProduct products[] = {
    { "magnesiumoxide", "oxide", 0.603, 500, MG_AMOUNT_UNIT_MG, 1, 1 },
  };
  MgDoseRuleInteraction interactions[] = {
    { "ciprofloxacin", "Ciprofloxacine", "Chinolonen", NULL, 2, 6, NULL },
  };
  MgDoseRuleInputs inputs = { 0, };
  g_autoptr(MgDoseEvaluation) evaluation = NULL;
  g_autoptr(MgDoseEvaluation) child = NULL;
  MgDoseWarning *warning;

  inputs.age_months = 40 * 12;
  inputs.limit_set_id = "eu";
  inputs.products = products;
  inputs.n_products = 1;
  inputs.reference_mg = 300;
  inputs.limit_mg = 250;
  inputs.renal_impairment = TRUE;
  inputs.interactions = interactions;
  inputs.n_interactions = 1;
  inputs.split_threshold_mg = 250;
  inputs.split_text = "Het BfR adviseert twee porties per dag.";
  evaluation = mg_dose_rules_evaluate (&inputs);

  warning = mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_ABOVE_UPPER_LIMIT);
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "bovengrens"));
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "301,5 mg"));
  warning = mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_RENAL_IMPAIRMENT);
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "nierfunctie"));
  warning = mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_INTERACTION);
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "minstens 2 uur vóór"));
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "6 uur na"));
  warning = mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_SPLIT_DOSE);
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "meer dan 250 mg"));
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "porties"));
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "Het BfR adviseert"));

  inputs.age_months = 24;
  inputs.limit_mg = -1;
  child = mg_dose_rules_evaluate (&inputs);
  warning = mg_dose_evaluation_find_warning (child, MG_DOSE_WARNING_NO_UPPER_LIMIT_FOR_AGE);
  g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), "4 jaar"));
  /* The code stays the same in every language. */
  g_assert_cmpstr (mg_dose_warning_get_code_string (warning), ==, "no_upper_limit_for_age");
}

int
main (int   argc,
      char *argv[])
{
  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dosing/dutch/number-errors", test_dutch_number_errors);
  g_test_add_func ("/dosing/dutch/format", test_dutch_format);
  g_test_add_func ("/dosing/dutch/warnings", test_dutch_warnings);

  return g_test_run ();
}
