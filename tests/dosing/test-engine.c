/* test-engine.c — the engine against the built-in knowledge base
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expected figures are the sourced ones (shared/reference
 * magnesium-facts.md §1): a knowledge-base change that moves an age band
 * edge by a month fails here.
 */
#include "config.h"

#include <string.h>

#include "mg-dose-engine.h"
#include "mg-dose-rules.h"
#include "mg-i18n.h"

static MgKb *kb;

static MgProfile *
profile_new (const char *reference,
             const char *limits,
             guint       age_months,
             MgSex       sex,
             MgStatus    status)
{
  MgProfile *profile = mg_profile_new ();

  mg_profile_set_reference_set (profile, reference);
  mg_profile_set_limit_set (profile, limits);
  mg_profile_set_age_months (profile, age_months);
  mg_profile_set_sex (profile, sex);
  mg_profile_set_pregnant (profile, status == MG_STATUS_PREGNANT);
  mg_profile_set_lactating (profile, status == MG_STATUS_LACTATING);

  return profile;
}

typedef struct
{
  const char *reference;
  const char *limits;
  guint       age_months;
  MgSex       sex;
  MgStatus    status;
  double      intake_mg;   /* negative: none */
  double      limit_mg;    /* negative: none */
} BandCase;

#define F MG_SEX_FEMALE
#define M MG_SEX_MALE
#define NONE MG_STATUS_NONE
#define PREG MG_STATUS_PREGNANT
#define LACT MG_STATUS_LACTATING

static const BandCase band_cases[] = {
  /* 11 and 12 months */
  { "nl", "eu", 11, F, NONE, 80, -1 },
  { "nl", "eu", 12, F, NONE, 85, -1 },
  { "us", "us", 11, M, NONE, 75, -1 },
  { "us", "us", 12, M, NONE, 80, 65 },
  { "efsa", "eu", 11, M, NONE, 80, -1 },
  { "efsa", "eu", 12, M, NONE, 170, -1 },
  /* 4 years: the EU limit starts */
  { "nl", "eu", 47, M, NONE, 120, -1 },
  { "nl", "eu", 48, M, NONE, 120, 250 },
  { "us", "us", 47, F, NONE, 80, 65 },
  { "us", "us", 48, F, NONE, 130, 110 },
  /* 9 years */
  { "us", "us", 107, M, NONE, 130, 110 },
  { "us", "us", 108, M, NONE, 240, 350 },
  { "nl", "eu", 108, M, NONE, 200, 250 },
  /* 14 years */
  { "nl", "eu", 167, M, NONE, 280, 250 },
  { "nl", "eu", 168, M, NONE, 350, 250 },
  { "nl", "eu", 168, F, NONE, 280, 250 },
  { "us", "us", 168, M, NONE, 410, 350 },
  { "us", "us", 168, F, NONE, 360, 350 },
  /* 18 years */
  { "nl", "eu", 215, F, NONE, 280, 250 },
  { "nl", "eu", 216, F, NONE, 300, 250 },
  { "nl", "eu", 216, M, NONE, 350, 250 },
  { "efsa", "eu", 216, F, NONE, 300, 250 },
  { "us", "us", 216, M, NONE, 410, 350 },
  /* pregnant and breastfeeding teenagers */
  { "nl", "eu", 15 * 12, F, PREG, 300, 250 },
  { "us", "us", 15 * 12, F, PREG, 400, 350 },
  { "us", "us", 17 * 12, F, LACT, 360, 350 },
  { "efsa", "eu", 16 * 12, F, PREG, 300, 250 },
  /* no pregnancy value under 14 in the US set: none, never the value for
   * girls who are not pregnant (IOM 1997; the set says why) */
  { "us", "us", 13 * 12, F, PREG, -1, 350 },
  /* adults */
  { "nl", "eu", 40 * 12, F, NONE, 300, 250 },
  { "us", "us", 40 * 12, F, PREG, 360, 350 },
  /* babies: no Dutch value under 6 months */
  { "nl", "eu", 3, M, NONE, -1, -1 },
};

static void
test_bands (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (band_cases); i++)
    {
      const BandCase *c = &band_cases[i];
      g_autoptr(MgProfile) profile = profile_new (c->reference, c->limits, c->age_months, c->sex, c->status);
      g_autoptr(MgPlan) plan = mg_plan_new ();
      g_autoptr(MgProduct) product = mg_product_new ("elemental", 100, MG_AMOUNT_UNIT_MG, 1, 1);
      g_autoptr(MgDoseEvaluation) evaluation = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s/%s, %u months, sex %d, status %d", c->reference, c->limits, c->age_months, c->sex, c->status);
      mg_plan_add_product (plan, product);
      evaluation = mg_dose_engine_evaluate (kb, profile, plan, &error);
      g_assert_no_error (error);

      g_assert_cmpfloat (mg_dose_evaluation_get_reference_intake_mg (evaluation), ==, c->intake_mg);
      g_assert_cmpfloat (mg_dose_evaluation_get_upper_limit_mg (evaluation), ==, c->limit_mg);
      if (c->limit_mg < 0)
        {
          g_assert_cmpint (mg_dose_evaluation_get_limit_status (evaluation), ==, MG_LIMIT_STATUS_NO_LIMIT);
          g_assert_nonnull (mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_NO_UPPER_LIMIT_FOR_AGE));
        }
      else
        g_assert_null (mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_NO_UPPER_LIMIT_FOR_AGE));
    }
}

static MgDoseEvaluation *
evaluate_adult (MgProduct   *product,
                const char  *medicine,
                gboolean     renal,
                GError     **error)
{
  g_autoptr(MgProfile) profile = profile_new ("nl", "eu", 40 * 12, F, NONE);
  g_autoptr(MgPlan) plan = mg_plan_new ();

  mg_profile_set_renal_impairment (profile, renal);
  mg_plan_add_product (plan, product);
  if (medicine != NULL)
    mg_plan_add_medicine (plan, medicine);

  return mg_dose_engine_evaluate (kb, profile, plan, error);
}

static void
test_compounds (void)
{
  g_autoptr(MgProduct) oxide = mg_product_new ("oxide", 500, MG_AMOUNT_UNIT_MG, 1, 1);
  g_autoptr(MgProduct) by_name = mg_product_new ("Magnesium Oxide", 414, MG_AMOUNT_UNIT_MG, 1, 1);
  g_autoptr(MgProduct) unknown = mg_product_new ("unobtainium", 500, MG_AMOUNT_UNIT_MG, 1, 1);
  g_autoptr(MgProduct) empty = mg_product_new ("oxide", 0, MG_AMOUNT_UNIT_MG, 1, 1);
  g_autoptr(MgDoseEvaluation) evaluation = NULL;
  g_autoptr(MgDoseEvaluation) by_name_evaluation = NULL;
  g_autoptr(MgDoseEvaluation) none = NULL;
  g_autoptr(GError) error = NULL;

  evaluation = evaluate_adult (oxide, NULL, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (mg_dose_evaluation_get_supplemental_mg (evaluation), 301.5, 0.1);
  g_assert_true (mg_dose_evaluation_get_above_upper_limit (evaluation));
  g_assert_nonnull (mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_SPLIT_DOSE));

  by_name_evaluation = evaluate_adult (by_name, NULL, FALSE, &error);
  g_assert_no_error (error);
  g_assert_false (mg_dose_evaluation_get_above_upper_limit (by_name_evaluation));

  none = evaluate_adult (unknown, NULL, FALSE, &error);
  g_assert_null (none);
  g_assert_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_UNKNOWN_COMPOUND);
  g_assert_nonnull (strstr (error->message, "unobtainium"));
  g_clear_error (&error);

  none = evaluate_adult (empty, NULL, FALSE, &error);
  g_assert_null (none);
  g_assert_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_INVALID_PRODUCT);
}

static void
test_sourced_warnings (void)
{
  g_autoptr(MgProduct) product = mg_product_new ("elemental", 300, MG_AMOUNT_UNIT_MG, 1, 1);
  g_autoptr(MgDoseEvaluation) evaluation = NULL;
  g_autoptr(MgDosingAdvice) advice = NULL;
  g_autoptr(GError) error = NULL;
  MgDoseWarning *renal, *split, *interaction;

  evaluation = evaluate_adult (product, "ciprofloxacin", TRUE, &error);
  g_assert_no_error (error);

  renal = mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_RENAL_IMPAIRMENT);
  g_assert_nonnull (renal);
  g_assert_cmpuint (g_strv_length ((GStrv) mg_dose_warning_get_sources (renal)), >, 0);

  split = mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_SPLIT_DOSE);
  g_assert_nonnull (split);
  g_assert_true (g_strv_contains (mg_dose_warning_get_sources (split), "bfr-2017"));
  /* The threshold and its reason are the knowledge base's, not the code's. */
  advice = mg_kb_lookup_dosing_advice (kb, MG_DOSE_SPLIT_ADVICE_ID, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (mg_dose_warning_get_threshold_mg (split), ==, mg_dosing_advice_get_above_mg (advice));
  g_assert_true (g_str_has_suffix (mg_dose_warning_get_message (split), mg_dosing_advice_get_text (advice)));

  interaction = mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_INTERACTION);
  g_assert_nonnull (interaction);
  g_assert_cmpstr (mg_dose_warning_get_subject (interaction), ==, "ciprofloxacin");
  g_assert_cmpfloat (mg_dose_warning_get_hours_before (interaction), ==, 2);
  g_assert_cmpfloat (mg_dose_warning_get_hours_after (interaction), ==, 6);
  g_assert_cmpuint (g_strv_length ((GStrv) mg_dose_warning_get_sources (interaction)), >, 0);
}

static void
test_medicines (void)
{
  g_autoptr(MgProfile) profile = profile_new ("nl", "eu", 40 * 12, F, NONE);
  g_autoptr(MgPlan) plan = mg_plan_new ();
  g_autoptr(MgProduct) product = mg_product_new ("elemental", 100, MG_AMOUNT_UNIT_MG, 1, 1);
  g_autoptr(MgDoseEvaluation) evaluation = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *warnings;
  guint interactions = 0;

  mg_plan_add_product (plan, product);
  /* The same medicine twice, by different names, is one warning. */
  mg_plan_add_medicine (plan, "ciprofloxacin");
  mg_plan_add_medicine (plan, "Ciprofloxacin");
  mg_plan_add_medicine (plan, "levothyroxine");
  evaluation = mg_dose_engine_evaluate (kb, profile, plan, &error);
  g_assert_no_error (error);

  warnings = mg_dose_evaluation_get_warnings (evaluation);
  for (guint i = 0; i < g_list_model_get_n_items (warnings); i++)
    {
      g_autoptr(MgDoseWarning) warning = g_list_model_get_item (warnings, i);

      if (mg_dose_warning_get_code (warning) == MG_DOSE_WARNING_INTERACTION)
        interactions++;
    }
  g_assert_cmpuint (interactions, ==, 2);

  /* An unknown medicine is an error, never "no interaction". */
  mg_plan_add_medicine (plan, "notamedicine");
  g_clear_object (&evaluation);
  evaluation = mg_dose_engine_evaluate (kb, profile, plan, &error);
  g_assert_null (evaluation);
  g_assert_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_UNKNOWN_MEDICINE);
}

static void
test_bad_profiles (void)
{
  g_autoptr(MgPlan) plan = mg_plan_new ();
  g_autoptr(MgProfile) male_pregnant = profile_new ("nl", "eu", 30 * 12, M, NONE);
  g_autoptr(MgProfile) unknown_set = profile_new ("xx", "eu", 30 * 12, F, NONE);
  g_autoptr(MgProfile) unknown_limits = profile_new ("nl", "yy", 30 * 12, F, NONE);
  g_autoptr(GError) error = NULL;

  mg_profile_set_pregnant (male_pregnant, TRUE);
  g_assert_null (mg_dose_engine_evaluate (kb, male_pregnant, plan, &error));
  g_assert_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_INVALID_PROFILE);
  g_clear_error (&error);

  g_assert_null (mg_dose_engine_evaluate (kb, unknown_set, plan, &error));
  g_assert_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_UNKNOWN_SET);
  g_assert_nonnull (strstr (error->message, "efsa"));
  g_clear_error (&error);

  g_assert_null (mg_dose_engine_evaluate (kb, unknown_limits, plan, &error));
  g_assert_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_UNKNOWN_SET);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  kb = mg_kb_new_default (&error);
  g_assert_no_error (error);
  mg_kb_set_language (kb, "en");

  g_test_add_func ("/dosing/engine/bands", test_bands);
  g_test_add_func ("/dosing/engine/compounds", test_compounds);
  g_test_add_func ("/dosing/engine/sourced-warnings", test_sourced_warnings);
  g_test_add_func ("/dosing/engine/medicines", test_medicines);
  g_test_add_func ("/dosing/engine/bad-profiles", test_bad_profiles);

  status = g_test_run ();
  g_clear_object (&kb);

  return status;
}
