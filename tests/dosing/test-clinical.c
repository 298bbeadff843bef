/* test-clinical.c — the dosing engine on the errors of issue 8, with the
 * built-in knowledge base
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures are those of shared/reference/magnesium-facts.md, addendum
 * A1-A8. Each table is one error: its rows would have failed before.
 */
#include "config.h"

#include <string.h>

#include "mg-dose-engine.h"
#include "mg-i18n.h"

static MgKb *kb;

static MgDoseEvaluation *
evaluate (const char  *reference,
          guint        age_months,
          gboolean     pregnant,
          const char  *compound,
          double       grams,
          const char  *medicine,
          GError     **error)
{
  g_autoptr(MgProfile) profile = mg_profile_new ();
  g_autoptr(MgPlan) plan = mg_plan_new ();
  g_autoptr(MgProduct) product = mg_product_new (compound, grams, MG_AMOUNT_UNIT_G, 1, 1);

  mg_profile_set_reference_set (profile, reference);
  mg_profile_set_limit_set (profile, g_str_equal (reference, "us") ? "us" : "eu");
  mg_profile_set_age_months (profile, age_months);
  mg_profile_set_sex (profile, MG_SEX_FEMALE);
  mg_profile_set_pregnant (profile, pregnant);
  mg_plan_add_product (plan, product);
  if (medicine != NULL)
    mg_plan_add_medicine (plan, medicine);

  return mg_dose_engine_evaluate (kb, profile, plan, error);
}

/* 1 and 4: one warning per product or medicine, one timing, and what the
 * sources say when they give no hours. */
typedef struct
{
  const char *medicine;
  const char *subject;
  const char *product;       /* NULL: not a product */
  const char *ingredients;   /* of the product, space-separated */
  double      before;        /* negative: none */
  double      after;
  const char *says;          /* in the message */
  const char *never;         /* never in the message */
} WarningCase;

static const WarningCase warning_cases[] = {
  /* Juluca's own figure, not dolutegravir's 2 hours beside it */
  { "Juluca", "juluca", "juluca", "dolutegravir rilpivirine", 4, 6, "at least 4 hours before or at least 6 hours after", "2 hours" },
  { "Triumeq", "triumeq", "triumeq", "dolutegravir", 2, 6, "with food", NULL },
  { "Biktarvy", "biktarvy", "biktarvy", "bictegravir", 2, 2, "or with food at least 2 hours after it", "6 hours" },
  { "Genvoya", "genvoya", "genvoya", "elvitegravir", 4, 4, "strictest figure of its ingredients", NULL },
  { "Odefsey", "odefsey", "odefsey", "rilpivirine", 4, 2, "product’s own figure", NULL },
  { "Edurant", "edurant", "edurant", "rilpivirine", 4, 2, "at least 4 hours before or at least 2 hours after", NULL },
  { "Isentress", "isentress", "isentress", "raltegravir", -1, -1, "keeping them apart does not help", "no number of hours" },
  { "raltegravir", "raltegravir", NULL, NULL, -1, -1, "keeping them apart does not help", "no number of hours" },
  { "levodopa", "levodopa", NULL, NULL, -1, -1, "no number of hours", "does not help" },
  { "omeprazole", "omeprazole", NULL, NULL, -1, -1, "Have magnesium checked", "hours" },
  { "Losec", "losec", "losec", "omeprazole", -1, -1, "Have magnesium checked", "hours" },
  { "Dulcolax", "dulcolax", "dulcolax", "bisacodyl", 1, 1, "at least 1 hour before or at least 1 hour after", NULL },
  { "Actokit", "actokit", "actokit", "risedronic-acid calcium", 4, 4, "calcium", NULL },
};

static void
test_interaction_warnings (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (warning_cases); i++)
    {
      const WarningCase *c = &warning_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(MgDoseEvaluation) evaluation = evaluate ("nl", 40 * 12, FALSE, "oxide", 0.1, c->medicine, &error);
      GListModel *warnings;
      MgDoseWarning *warning = NULL;
      guint n = 0;

      g_test_message ("%s", c->medicine);
      g_assert_no_error (error);
      warnings = mg_dose_evaluation_get_warnings (evaluation);
      for (guint j = 0; j < g_list_model_get_n_items (warnings); j++)
        {
          g_autoptr(MgDoseWarning) w = g_list_model_get_item (warnings, j);

          if (mg_dose_warning_get_code (w) == MG_DOSE_WARNING_INTERACTION)
            {
              n++;
              warning = w;
            }
        }
      /* One warning for the medicine or product, whatever it contains. */
      g_assert_cmpuint (n, ==, 1);

      g_assert_cmpstr (mg_dose_warning_get_subject (warning), ==, c->subject);
      g_assert_cmpstr (mg_dose_warning_get_product (warning), ==, c->product);
      if (c->ingredients != NULL)
        {
          g_autofree char *ingredients = g_strjoinv (" ", (char **) mg_dose_warning_get_ingredients (warning));

          g_assert_cmpstr (ingredients, ==, c->ingredients);
        }
      g_assert_cmpfloat (mg_dose_warning_get_hours_before (warning), ==, c->before);
      g_assert_cmpfloat (mg_dose_warning_get_hours_after (warning), ==, c->after);
      if (strstr (mg_dose_warning_get_message (warning), c->says) == NULL)
        g_error ("%s: “%s” not in: %s", c->medicine, c->says, mg_dose_warning_get_message (warning));
      if (c->never != NULL && strstr (mg_dose_warning_get_message (warning), c->never) != NULL)
        g_error ("%s: “%s” in: %s", c->medicine, c->never, mg_dose_warning_get_message (warning));
      g_assert_cmpuint (g_strv_length ((char **) mg_dose_warning_get_sources (warning)), >, 0);
    }
}

/* 3. A plain salt name is the pharmacopoeia's form, with its mmol; an
 * ambiguous one is refused with its forms (A5). */
typedef struct
{
  const char *name;
  double      grams;
  const char *form;          /* NULL: refused as ambiguous */
  double      mmol;
} FormCase;

static const FormCase form_cases[] = {
  /* the infusion dose: 4 g = 16 mmol, not the 33 mmol of the anhydrous salt */
  { "magnesiumsulfaat", 4, "sulfate-heptahydrate", 16.23 },
  { "magnesium sulfate", 1, "sulfate-heptahydrate", 4.06 },
  { "sulfate", 2, "sulfate-heptahydrate", 8.11 },
  /* a Swiss infusion: 1.0166 g of the hexahydrate = 5 mmol */
  { "magnesium chloride", 1.0166, "chloride-hexahydrate", 5.00 },
  { "magnesiumaspartaat", 0.3245, "aspartate-dihydrate", 1.00 },
  { "sulfate-anhydrous", 4, "sulfate-anhydrous", 33.23 },
  { "magnesiumcitraat", 1.5, NULL, 0 },
  { "citrate", 1.5, NULL, 0 },
  { "magnesium gluconate", 1, NULL, 0 },
};

static void
test_forms (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (form_cases); i++)
    {
      const FormCase *c = &form_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(MgDoseEvaluation) evaluation = evaluate ("nl", 40 * 12, FALSE, c->name, c->grams, NULL, &error);
      g_autofree char *id = NULL;
      g_autofree char *title = NULL;
      double fraction;

      g_test_message ("%s", c->name);
      if (c->form == NULL)
        {
          g_assert_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_AMBIGUOUS_COMPOUND);
          g_assert_nonnull (strstr (error->message, "%"));
          g_assert_null (evaluation);
          continue;
        }

      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (mg_dose_evaluation_get_supplemental_mmol (evaluation), c->mmol, 0.005);
      g_assert_true (mg_dose_engine_resolve_compound (kb, c->name, &id, &title, &fraction, &error));
      g_assert_cmpstr (id, ==, c->form);
      /* The title names the form and hydrate the figures are for. */
      g_assert_nonnull (title);
    }
}

/* 6. No value outside the set's table, and a reason for it (A7). */
static void
test_reference_reasons (void)
{
  static const struct { const char *set; guint months; gboolean pregnant; double mg; const char *reason; } cases[] = {
    { "us", 13 * 12, TRUE, -1, "14" },
    { "us", 14 * 12, TRUE, 400, NULL },
    { "us", 13 * 12, FALSE, 240, NULL },
    { "nl", 13 * 12, TRUE, 300, NULL },
    { "nl", 3, FALSE, -1, "6 months" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MgDoseEvaluation) evaluation = evaluate (cases[i].set, cases[i].months, cases[i].pregnant,
                                                         "elemental", 0.1, NULL, &error);
      MgDoseWarning *warning;

      g_test_message ("%s %u %d", cases[i].set, cases[i].months, cases[i].pregnant);
      g_assert_no_error (error);
      g_assert_cmpfloat (mg_dose_evaluation_get_reference_intake_mg (evaluation), ==, cases[i].mg);
      warning = mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_NO_REFERENCE_INTAKE);
      if (cases[i].reason == NULL)
        {
          g_assert_null (warning);
          continue;
        }
      g_assert_nonnull (warning);
      g_assert_cmpstr (mg_dose_warning_get_code_string (warning), ==, "no_reference_intake");
      g_assert_nonnull (strstr (mg_dose_warning_get_message (warning), cases[i].reason));
      g_assert_cmpuint (g_strv_length ((char **) mg_dose_warning_get_sources (warning)), >, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  kb = mg_kb_new_default (&error);
  g_assert_no_error (error);
  mg_kb_set_language (kb, "en");

  g_test_add_func ("/dosing/clinical/interaction-warnings", test_interaction_warnings);
  g_test_add_func ("/dosing/clinical/forms", test_forms);
  g_test_add_func ("/dosing/clinical/reference-reasons", test_reference_reasons);

  ret = g_test_run ();
  g_clear_object (&kb);

  return ret;
}
