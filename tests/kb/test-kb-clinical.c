/* test-kb-clinical.c — the errors of issue 8, one table each, against the
 * knowledge base the build embeds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expected figures are those of shared/reference/magnesium-facts.md,
 * addendum A1-A8: a knowledge-base change that brings one of the errors
 * back fails here (the compiler refuses most of them before that).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "mg-kb.h"

static MgKb *kb;

/* 1. A product's interactions are all its ingredients'; its hours are its
 * own figure or the strictest of theirs (A1). */
typedef struct
{
  const char *name;          /* as a pharmacist types it */
  const char *product_id;
  const char *ingredients;   /* space-separated, in order */
  const char *spacing;
  double      before;
  double      after;
  gboolean    with_food;
  gboolean    own;
} ProductCase;

static const ProductCase product_cases[] = {
  { "Juluca", "juluca", "dolutegravir rilpivirine", "hours", 4, 6, FALSE, TRUE },
  { "juluca", "juluca", "dolutegravir rilpivirine", "hours", 4, 6, FALSE, TRUE },
  { "Triumeq", "triumeq", "abacavir dolutegravir lamivudine", "hours", 2, 6, FALSE, TRUE },
  { "Dovato", "dovato", "dolutegravir lamivudine", "hours", 2, 6, FALSE, TRUE },
  { "Tivicay", "tivicay", "dolutegravir", "hours", 2, 6, FALSE, FALSE },
  { "Biktarvy", "biktarvy", "bictegravir emtricitabine tenofovir-alafenamide", "hours", 2, 2, TRUE, TRUE },
  { "Genvoya", "genvoya", "elvitegravir cobicistat emtricitabine tenofovir-alafenamide", "hours", 4, 4, FALSE, FALSE },
  { "Stribild", "stribild", "elvitegravir cobicistat emtricitabine tenofovir-disoproxil", "hours", 4, 4, FALSE, FALSE },
  { "Odefsey", "odefsey", "emtricitabine rilpivirine tenofovir-alafenamide", "hours", 4, 2, FALSE, TRUE },
  { "Eviplera", "eviplera", "emtricitabine rilpivirine tenofovir-disoproxil", "hours", 4, 2, FALSE, TRUE },
  { "Complera", "complera", "emtricitabine rilpivirine tenofovir-disoproxil", "hours", 4, 2, FALSE, TRUE },
  { "Edurant", "edurant", "rilpivirine", "hours", 4, 2, FALSE, FALSE },
  { "Vocabria", "vocabria", "cabotegravir", "hours", 4, 2, FALSE, FALSE },
  { "Isentress", "isentress", "raltegravir", "ineffective", -1, -1, FALSE, FALSE },
  { "Isentress HD", "isentress-hd", "raltegravir", "ineffective", -1, -1, FALSE, FALSE },
  { "Actokit", "actokit", "risedronic-acid calcium", "hours", 4, 4, FALSE, FALSE },
  { "Dulcolax", "dulcolax", "bisacodyl", "hours", 1, 1, FALSE, FALSE },
};

static void
test_products (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (product_cases); i++)
    {
      const ProductCase *c = &product_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(MgBrand) brand = mg_kb_lookup_brand (kb, c->name, &error);
      g_autoptr(GListModel) found = NULL;
      g_autofree char *ingredients = NULL;
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      g_test_message ("%s", c->name);
      g_assert_no_error (error);
      g_assert_cmpstr (mg_brand_get_id (brand), ==, c->product_id);
      ingredients = g_strjoinv (" ", (char **) mg_brand_get_ingredient_ids (brand));
      g_assert_cmpstr (ingredients, ==, c->ingredients);
      g_assert_cmpstr (mg_brand_get_spacing (brand), ==, c->spacing);
      g_assert_cmpfloat (mg_brand_get_hours_before (brand), ==, c->before);
      g_assert_cmpfloat (mg_brand_get_hours_after (brand), ==, c->after);
      g_assert_cmpint (mg_brand_get_after_with_food (brand), ==, c->with_food);
      g_assert_cmpint (mg_brand_get_has_own_separation (brand), ==, c->own);
      /* An own figure is cited. */
      if (c->own)
        g_assert_cmpuint (g_list_model_get_n_items (mg_brand_get_separation_sources (brand)), >, 0);

      /* Every interaction the product brings says which ingredient it comes
       * from, and with an own figure every one uses it: one answer per
       * screen, never the first ingredient's figure beside the product's. */
      found = mg_kb_find_interactions (kb, c->name, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (found), >, 0);
      for (guint j = 0; j < g_list_model_get_n_items (found); j++)
        {
          g_autoptr(MgInteraction) interaction = g_list_model_get_item (found, j);
          const char *ingredient = mg_interaction_get_matched_medicine (interaction);

          g_assert_cmpstr (mg_interaction_get_matched_product (interaction), ==, c->product_id);
          g_assert_nonnull (strstr (c->ingredients, ingredient));
          g_hash_table_add (seen, (gpointer) ingredient);
          if (c->own && mg_interaction_get_spacing (interaction) != NULL)
            {
              g_assert_true (mg_interaction_get_hours_from_product (interaction));
              g_assert_cmpfloat (mg_interaction_get_hours_before (interaction), ==, c->before);
              g_assert_cmpfloat (mg_interaction_get_hours_after (interaction), ==, c->after);
            }
          /* The sources shown beside the hours are those of the hours shown. */
          if (mg_interaction_get_hours_from_product (interaction))
            {
              g_autoptr(GListModel) hour_sources =
                mg_kb_get_sources_for (kb, mg_interaction_get_separation_owner (interaction), &error);

              g_assert_no_error (error);
              g_assert_cmpuint (g_list_model_get_n_items (hour_sources), ==,
                                g_list_model_get_n_items (mg_brand_get_separation_sources (brand)));
            }
        }
    }
}

/* The old error itself: no interaction text may give a product's hours. */
static void
test_no_hours_in_advice (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) interactions = mg_kb_list_interactions (kb, &error);
  g_autoptr(GRegex) hours = g_regex_new ("\\d\\s*hours?", 0, 0, NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (interactions); i++)
    {
      g_autoptr(MgInteraction) interaction = g_list_model_get_item (interactions, i);
      const char *management = mg_interaction_get_management (interaction);

      if (management != NULL && g_regex_match (hours, management, 0, NULL))
        g_error ("%s: management states hours: %s", mg_interaction_get_id (interaction), management);
      g_assert_null (strstr (mg_interaction_get_mechanism (interaction), "Juluca"));
    }
}

/* 8. Dutch brand names find their medicine, through the product (A2). */
typedef struct
{
  const char *brand;
  const char *ingredient;
  const char *interaction;
} BrandCase;

static const BrandCase brand_cases[] = {
  { "Ciproxin", "ciprofloxacin", "quinolones" },
  { "Tavanic", "levofloxacin", "quinolones" },
  { "Avelox", "moxifloxacin", "quinolones" },
  { "Doxy Disp", "doxycycline", "tetracyclines" },
  { "Efracea", "doxycycline", "tetracyclines" },
  { "Fosamax", "alendronic-acid", "bisphosphonates" },
  { "Actonel", "risedronic-acid", "bisphosphonates" },
  { "Actonel wekelijks", "risedronic-acid", "bisphosphonates" },
  { "Bonviva", "ibandronic-acid", "bisphosphonates" },
  { "Bondronat", "ibandronic-acid", "bisphosphonates" },
  { "Thyrax Duotab", "levothyroxine", "levothyroxine" },
  { "Euthyrox", "levothyroxine", "levothyroxine" },
  { "Eltroxin", "levothyroxine", "levothyroxine" },
  { "Thyrofix", "levothyroxine", "levothyroxine" },
  { "Tirosint", "levothyroxine", "levothyroxine" },
  { "Thevier", "levothyroxine", "levothyroxine" },
  { "Losec", "omeprazole", "proton-pump-inhibitors" },
  { "Losecosan", "omeprazole", "proton-pump-inhibitors" },
  { "Omecat", "omeprazole", "proton-pump-inhibitors" },
  { "Nexium", "esomeprazole", "proton-pump-inhibitors" },
  { "Nexium Control", "esomeprazole", "proton-pump-inhibitors" },
  { "Pantozol", "pantoprazole", "proton-pump-inhibitors" },
  { "Pantozol Control", "pantoprazole", "proton-pump-inhibitors" },
  { "Pariet", "rabeprazole", "proton-pump-inhibitors" },
  { "Prezal", "lansoprazole", "proton-pump-inhibitors" },
  { "Neurontin", "gabapentin", "gabapentin" },
  { "CellCept", "mycophenolate-mofetil", "mycophenolate" },
  { "Myfenax", "mycophenolate-mofetil", "mycophenolate" },
  { "Myfortic", "mycophenolic-acid", "mycophenolate" },
  { "Fero Gradumet", "iron-salts", "iron" },
  { "Lanoxin", "digoxin", "digoxin-absorption" },
  { "Lasix", "furosemide", "loop-thiazide-diuretics" },
  { "Prograft", "tacrolimus", "calcineurin-inhibitors" },
  { "Prograf", "tacrolimus", "calcineurin-inhibitors" },
  { "Advagraf", "tacrolimus", "calcineurin-inhibitors" },
  { "Envarsus", "tacrolimus", "calcineurin-inhibitors" },
  { "Modigraf", "tacrolimus", "calcineurin-inhibitors" },
  { "Adport", "tacrolimus", "calcineurin-inhibitors" },
  { "Tacni", "tacrolimus", "calcineurin-inhibitors" },
  { "Edurant", "rilpivirine", "rilpivirine" },
  { "Dulcolax", "bisacodyl", "bisacodyl" },
};

static void
test_brands (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (brand_cases); i++)
    {
      const BrandCase *c = &brand_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) found = mg_kb_find_interactions (kb, c->brand, &error);
      gboolean seen = FALSE;

      g_test_message ("%s", c->brand);
      g_assert_no_error (error);
      for (guint j = 0; j < g_list_model_get_n_items (found); j++)
        {
          g_autoptr(MgInteraction) interaction = g_list_model_get_item (found, j);

          g_assert_cmpstr (mg_interaction_get_matched_medicine (interaction), ==, c->ingredient);
          g_assert_nonnull (mg_interaction_get_matched_product (interaction));
          seen |= g_str_equal (mg_interaction_get_id (interaction), c->interaction);
        }
      g_assert_true (seen);
    }
}

/* 4. Raltegravir: spacing does not help, which is not "no hours given". */
static void
test_raltegravir (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = mg_kb_find_interactions (kb, "raltegravir", &error);
  g_autoptr(MgInteraction) interaction = NULL;

  g_assert_no_error (error);
  interaction = g_list_model_get_item (found, 0);
  g_assert_cmpstr (mg_interaction_get_id (interaction), ==, "raltegravir");
  g_assert_cmpstr (mg_interaction_get_spacing (interaction), ==, "ineffective");
  g_assert_cmpfloat (mg_interaction_get_hours_before (interaction), <, 0);
  g_assert_cmpfloat (mg_interaction_get_hours_after (interaction), <, 0);
}

/* 3. A salt's plain name means the pharmacopoeia's form, or is ambiguous (A5). */
typedef struct
{
  const char *name;
  const char *resolves_to;   /* NULL: ambiguous */
  guint       n_forms;
} GenericCase;

static const GenericCase generic_cases[] = {
  { "magnesium sulfate", "sulfate-heptahydrate", 2 },
  { "magnesiumsulfaat", "sulfate-heptahydrate", 2 },
  { "Magnesium sulphate", "sulfate-heptahydrate", 2 },
  { "magnesium chloride", "chloride-hexahydrate", 2 },
  { "magnesiumchloride", "chloride-hexahydrate", 2 },
  { "magnesium aspartate", "aspartate-dihydrate", 3 },
  { "magnesiumaspartaat", "aspartate-dihydrate", 3 },
  { "magnesium citrate", NULL, 4 },
  { "magnesiumcitraat", NULL, 4 },
  { "magnesium gluconate", NULL, 2 },
  { "magnesium lactate", NULL, 2 },
  { "magnesium malate", NULL, 2 },
  { "magnesium acetate", NULL, 2 },
};

static void
test_generic_names (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (generic_cases); i++)
    {
      const GenericCase *c = &generic_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(MgGenericName) generic = mg_kb_lookup_generic_name (kb, c->name, &error);
      g_autoptr(MgCompound) first = NULL;

      g_test_message ("%s", c->name);
      g_assert_no_error (error);
      g_assert_cmpstr (mg_generic_name_get_resolves_to (generic), ==, c->resolves_to);
      g_assert_cmpint (mg_generic_name_is_ambiguous (generic), ==, c->resolves_to == NULL);
      g_assert_cmpuint (g_list_model_get_n_items (mg_generic_name_get_forms (generic)), ==, c->n_forms);
      first = g_list_model_get_item (mg_generic_name_get_forms (generic), 0);
      if (c->resolves_to != NULL)
        g_assert_cmpstr (mg_compound_get_id (first), ==, c->resolves_to);

      /* A compound lookup of the plain name finds the form, or nothing. */
      {
        g_autoptr(GError) compound_error = NULL;
        g_autoptr(MgCompound) compound = mg_kb_lookup_compound (kb, c->name, &compound_error);

        if (c->resolves_to != NULL)
          g_assert_cmpstr (mg_compound_get_id (compound), ==, c->resolves_to);
        else
          g_assert_error (compound_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);
      }
    }
}

/* A form's page says which plain name stands for it: only the name that
 * resolves to the form, never an ambiguous name that merely lists it. */
static void
test_generic_names_for_form (void)
{
  static const struct { const char *form; const char *name; } cases[] = {
    { "sulfate-heptahydrate", "sulfate" },
    { "chloride-hexahydrate", "chloride" },
    { "aspartate-dihydrate", "aspartate" },
    { "sulfate-anhydrous", NULL },
    { "citrate-nonahydrate", NULL },
    { "no-such-form", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) names = mg_kb_list_generic_names_for_form (kb, cases[i].form, &error);

      g_test_message ("%s", cases[i].form);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (names), ==, cases[i].name != NULL ? 1 : 0);
      if (cases[i].name != NULL)
        {
          g_autoptr(MgGenericName) generic = g_list_model_get_item (names, 0);

          g_assert_cmpstr (mg_generic_name_get_id (generic), ==, cases[i].name);
          g_assert_cmpstr (mg_generic_name_get_resolves_to (generic), ==, cases[i].form);
          g_assert_cmpuint (g_list_model_get_n_items (mg_generic_name_get_sources (generic)), >, 0);
        }
    }
}

/* 2. Doses are numbers; the menstrual-migraine trial gave 360 mg a day in
 * three doses, not three times 360 mg (A6). */
static void
test_migraine_doses (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgCondition) migraine = mg_kb_lookup_condition (kb, "migraine", &error);
  GListModel *doses;
  gboolean menstrual = FALSE, peikert = FALSE;

  g_assert_no_error (error);
  doses = mg_condition_get_studied_doses (migraine);
  g_assert_cmpuint (g_list_model_get_n_items (doses), ==, g_list_model_get_n_items (mg_condition_get_doses (migraine)));
  for (guint i = 0; i < g_list_model_get_n_items (doses); i++)
    {
      g_autoptr(MgStudiedDose) dose = g_list_model_get_item (doses, i);

      /* No studied oral dose exceeds the limit without saying so. */
      if (mg_studied_dose_get_above_limit (dose))
        g_assert_true (mg_studied_dose_get_supervised (dose));

      if (g_strcmp0 (mg_studied_dose_get_compound_id (dose), "pidolate") == 0)
        {
          menstrual = TRUE;
          g_assert_cmpfloat (mg_studied_dose_get_daily_mg_max (dose), ==, 360.0);
          g_assert_cmpint (mg_studied_dose_get_intakes_per_day (dose), ==, 3);
          g_assert_cmpstr (mg_studied_dose_get_per (dose), ==, "day");
          g_assert_true (mg_studied_dose_get_above_limit (dose));
          g_assert_cmpfloat (mg_studied_dose_get_limit_mg (dose), ==, 250.0);
          g_assert_null (strstr (mg_studied_dose_get_text (dose), "360"));
        }
      else if (g_strcmp0 (mg_studied_dose_get_unit (dose), "mmol") == 0)
        {
          peikert = TRUE;
          g_assert_cmpfloat_with_epsilon (mg_studied_dose_get_daily_mg_max (dose), 24 * 24.305, 1e-9);
        }
    }
  g_assert_true (menstrual);
  g_assert_true (peikert);
}

/* Every condition: an oral dose above the limit is marked as supervised,
 * and a dose with an amount has a daily amount or says why not. */
static void
test_every_dose (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) conditions = mg_kb_list_conditions (kb, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (conditions); i++)
    {
      g_autoptr(MgCondition) condition = g_list_model_get_item (conditions, i);
      GListModel *doses = mg_condition_get_studied_doses (condition);

      for (guint j = 0; j < g_list_model_get_n_items (doses); j++)
        {
          g_autoptr(MgStudiedDose) dose = g_list_model_get_item (doses, j);
          gboolean oral = g_strcmp0 (mg_studied_dose_get_route (dose), "parenteral") != 0;

          g_test_message ("%s", mg_studied_dose_get_id (dose));
          if (mg_studied_dose_get_above_limit (dose))
            g_assert_true (mg_studied_dose_get_supervised (dose));
          if (oral && mg_studied_dose_get_has_amount (dose))
            {
              g_assert_cmpfloat (mg_studied_dose_get_daily_mg_max (dose), >=, 0.0);
              g_assert_cmpfloat (mg_studied_dose_get_limit_mg (dose), >, 0.0);
              g_assert_cmpint (mg_studied_dose_get_above_limit (dose), ==,
                               mg_studied_dose_get_daily_mg_max (dose) > mg_studied_dose_get_limit_mg (dose));
            }
        }
    }
}

/* 5. Bands from different sources that disagree on a finding are covered
 * by a disagreement the user sees (A8): the compiler's rule, read back. */
static void
test_serum_disagreements (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) ranges = mg_kb_list_serum_ranges (kb, &error);
  g_autoptr(GListModel) entries = mg_kb_list_serum_disagreements (kb, &error);
  gboolean arrest_covered = FALSE;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), >=, 3);

  for (guint i = 0; i < g_list_model_get_n_items (ranges); i++)
    {
      g_autoptr(MgSerumRange) range = g_list_model_get_item (ranges, i);

      g_assert_nonnull (mg_serum_range_get_findings (range));
      g_assert_nonnull (mg_serum_range_get_findings (range)[0]);

      /* ≥ 8.5 mmol/L (one table) against > 10 mEq/L = 5 mmol/L (another) */
      if (g_strcmp0 (mg_serum_range_get_id (range), "hyper-mmol-8") == 0)
        for (guint j = 0; j < g_list_model_get_n_items (mg_serum_range_get_disagreements (range)); j++)
          {
            g_autoptr(MgSerumDisagreement) entry = g_list_model_get_item (mg_serum_range_get_disagreements (range), j);

            arrest_covered |= g_strv_contains (mg_serum_disagreement_get_range_ids (entry), "hyper-meq-10");
            g_assert_nonnull (mg_serum_disagreement_get_text (entry));
            g_assert_cmpuint (g_list_model_get_n_items (mg_serum_disagreement_get_sources (entry)), >, 0);
          }
    }
  g_assert_true (arrest_covered);
}

/* 6. Outside the US set's table: a band without a value, with its reason (A7). */
static void
test_us_pregnancy_under_14 (void)
{
  static const struct { guint months; const char *status; double mg; } cases[] = {
    { 13 * 12, "pregnant", -1 },
    { 13 * 12 + 11, "pregnant", -1 },
    { 14 * 12, "pregnant", 400 },
    { 13 * 12, "lactating", -1 },
    { 51 * 12, "pregnant", -1 },
    { 13 * 12, "none", 240 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(MgIntakeReference) intake = mg_kb_get_intake (kb, "us", cases[i].months, "female", cases[i].status, &error);

      g_test_message ("%u months, %s", cases[i].months, cases[i].status);
      g_assert_no_error (error);
      if (cases[i].mg < 0)
        {
          g_assert_false (mg_intake_reference_get_has_value (intake));
          g_assert_nonnull (mg_intake_reference_get_note (intake));
          g_assert_cmpuint (g_list_model_get_n_items (mg_intake_reference_get_sources (intake)), >, 0);
        }
      else
        g_assert_cmpfloat (mg_intake_reference_get_mg (intake), ==, cases[i].mg);
    }
}

/* 7. Dutch terms: maagzuurremmers are the acid suppressants, maagzuurbinders
 * the antacids; both spellings of fluoro(quinolones); spierverslappers is no
 * name of the neuromuscular blockers (A3). */
typedef struct
{
  const char *term;
  const char *interaction;   /* NULL: the term names nothing */
  const char *not_interaction;
} TermCase;

static const TermCase term_cases[] = {
  { "maagzuurremmers", "proton-pump-inhibitors", "antacids" },
  { "protonpompremmers", "proton-pump-inhibitors", "antacids" },
  { "maagzuurbinders", "antacids", "proton-pump-inhibitors" },
  { "antacida", "antacids", "proton-pump-inhibitors" },
  { "fluorchinolonen", "quinolones", NULL },
  { "fluorochinolonen", "quinolones", NULL },
  { "spierverslappers", NULL, NULL },
  { "muscle relaxants", NULL, NULL },
};

static void
test_dutch_terms (void)
{
  mg_kb_set_language (kb, "nl");
  for (guint i = 0; i < G_N_ELEMENTS (term_cases); i++)
    {
      const TermCase *c = &term_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) found = mg_kb_find_interactions (kb, c->term, &error);
      gboolean seen = FALSE;

      g_test_message ("%s", c->term);
      if (c->interaction == NULL)
        {
          g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);
          continue;
        }
      g_assert_no_error (error);
      for (guint j = 0; j < g_list_model_get_n_items (found); j++)
        {
          g_autoptr(MgInteraction) interaction = g_list_model_get_item (found, j);

          seen |= g_str_equal (mg_interaction_get_id (interaction), c->interaction);
          g_assert_cmpstr (mg_interaction_get_id (interaction), !=, c->not_interaction);
        }
      g_assert_true (seen);
    }

  /* The search a pharmacist types: the PPI warning comes first. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) results = mg_kb_search (kb, "maagzuurremmers", 10, &error);
    g_autoptr(MgSearchResult) first = NULL;

    g_assert_no_error (error);
    first = g_list_model_get_item (results, 0);
    g_assert_cmpstr (mg_search_result_get_id (first), ==, "proton-pump-inhibitors");
  }
  mg_kb_set_language (kb, "en");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  kb = mg_kb_new_default (&error);
  g_assert_no_error (error);
  mg_kb_set_language (kb, "en");

  g_test_add_func ("/kb/clinical/products", test_products);
  g_test_add_func ("/kb/clinical/no-hours-in-advice", test_no_hours_in_advice);
  g_test_add_func ("/kb/clinical/dutch-brands", test_brands);
  g_test_add_func ("/kb/clinical/raltegravir", test_raltegravir);
  g_test_add_func ("/kb/clinical/generic-names", test_generic_names);
  g_test_add_func ("/kb/clinical/generic-names-for-form", test_generic_names_for_form);
  g_test_add_func ("/kb/clinical/migraine-doses", test_migraine_doses);
  g_test_add_func ("/kb/clinical/every-dose", test_every_dose);
  g_test_add_func ("/kb/clinical/serum-disagreements", test_serum_disagreements);
  g_test_add_func ("/kb/clinical/us-pregnancy-under-14", test_us_pregnancy_under_14);
  g_test_add_func ("/kb/clinical/dutch-terms", test_dutch_terms);

  ret = g_test_run ();
  g_clear_object (&kb);

  return ret;
}
