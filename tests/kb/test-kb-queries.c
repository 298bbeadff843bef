/* test-kb-queries.c — every typed query against the mini fixture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kb-test-utils.h"
#include "mg-kb-labels.h"

static MgKb *kb;

static void
assert_cited (GListModel *sources,
              const char *first_id)
{
  g_autoptr(MgSource) source = NULL;

  g_assert_nonnull (sources);
  g_assert_cmpuint (g_list_model_get_n_items (sources), >, 0);
  source = g_list_model_get_item (sources, 0);
  g_assert_cmpstr (mg_source_get_id (source), ==, first_id);
}

static void
test_sources (void)
{
  g_autoptr(GListModel) sources = mg_kb_get_sources_for (kb, "compound:oxide", NULL);
  g_autoptr(GListModel) none = mg_kb_get_sources_for (kb, "compound:nothing", NULL);
  g_autoptr(GListModel) all = mg_kb_list_sources (kb, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MgSource) aafp = mg_kb_lookup_source (kb, "aafp-2009", &error);
  g_autoptr(MgSource) unknown = NULL;
  g_autofree char *citation = NULL;

  assert_cited (sources, "efsa-2015");
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 8);

  g_assert_no_error (error);
  g_assert_cmpint (mg_source_get_year (aafp), ==, 2009);
  g_assert_cmpstr (mg_source_get_pmid (aafp), ==, "19621856");
  g_assert_cmpstr (mg_source_get_quality (aafp), ==, "primary");
  g_assert_null (mg_source_get_doi (aafp));
  citation = mg_source_format_citation (aafp);
  g_assert_cmpstr (citation, ==, "Guerrera MP, Volpe SL, Mao JJ. Therapeutic Uses of Magnesium. "
                                 "Am Fam Physician; 2009. PMID: 19621856");

  unknown = mg_kb_lookup_source (kb, "nope", &error);
  g_assert_null (unknown);
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);
}

static void
test_compounds (void)
{
  g_autoptr(GListModel) compounds = mg_kb_list_compounds (kb, NULL);
  const char *names[] = { "citrate", "Magnesium citrate", "magnesiumcitraat", "MAGNÉSIUMCITRAAT",
                          "  Trimagnesium   Dicitrate ", "citraat" };
  g_autoptr(MgCompound) oxide = NULL;
  g_autoptr(MgCompound) citrate = NULL;
  g_autoptr(MgPublishedFraction) fraction = NULL;
  g_autoptr(MgArticle) note = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (compounds), ==, 2);
  oxide = g_list_model_get_item (compounds, 0);
  g_assert_cmpstr (mg_compound_get_id (oxide), ==, "oxide");
  g_assert_cmpstr (mg_compound_get_formula (oxide), ==, "MgO");
  /* as the compiler computes them from the formula */
  g_assert_cmpfloat_with_epsilon (mg_compound_get_molar_mass (oxide), 24.305 + 15.999, 1e-9);
  g_assert_cmpfloat_with_epsilon (mg_compound_get_elemental_fraction (oxide), 24.305 / (24.305 + 15.999), 1e-12);
  g_assert_cmpint (mg_compound_get_mg_atoms (oxide), ==, 1);
  g_assert_cmpfloat (mg_compound_get_solubility_g_per_100ml (oxide), <, 0);
  g_assert_null (mg_compound_get_solubility (oxide));
  g_assert_cmpstr (mg_compound_get_absorption (oxide), ==, "Poorly soluble; little is absorbed.");
  g_assert_cmpstrv (mg_compound_get_uses (oxide), ((const char *[]) { "supplement", "antacid", "laxative", NULL }));
  g_assert_cmpuint (g_list_model_get_n_items (mg_compound_get_notes (oxide)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (mg_compound_get_disagreements (oxide)), ==, 1);
  note = g_list_model_get_item (mg_compound_get_disagreements (oxide), 0);
  assert_cited (mg_article_get_sources (note), "ddc");
  fraction = g_list_model_get_item (mg_compound_get_published_fractions (oxide), 0);
  g_assert_cmpfloat_with_epsilon (mg_published_fraction_get_value (fraction), 0.603, 1e-9);
  g_assert_cmpstr (mg_published_fraction_get_basis (fraction), ==, "as-is");
  assert_cited (mg_published_fraction_get_sources (fraction), "efsa-2015");
  assert_cited (mg_compound_get_sources (oxide), "efsa-2015");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      citrate = mg_kb_lookup_compound (kb, names[i], &error);
      g_assert_no_error (error);
      g_assert_cmpstr (mg_compound_get_id (citrate), ==, "citrate");
      g_clear_object (&citrate);
    }

  citrate = mg_kb_lookup_compound (kb, "citrate", &error);
  g_assert_cmpstrv (mg_compound_get_synonyms (citrate), ((const char *[]) { "trimagnesium dicitrate", NULL }));
  g_assert_cmpfloat_with_epsilon (mg_compound_get_solubility_g_per_100ml (citrate), 20.0, 1e-9);
  g_clear_object (&fraction);
  fraction = g_list_model_get_item (mg_compound_get_published_fractions (citrate), 0);
  g_assert_cmpfloat (mg_published_fraction_get_value (fraction), <, 0);
  g_assert_cmpfloat_with_epsilon (mg_published_fraction_get_min (fraction), 0.15, 1e-9);
  g_assert_cmpfloat_with_epsilon (mg_published_fraction_get_max (fraction), 0.165, 1e-9);
  g_clear_object (&citrate);

  g_assert_null (mg_kb_lookup_compound (kb, "unobtainium", &error));
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (mg_kb_lookup_compound (kb, "", &error));
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* a medicine's name is not a compound */
  g_assert_null (mg_kb_lookup_compound (kb, "omeprazole", &error));
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);
}

static void
assert_intake (const char *set,
               guint       months,
               const char *sex,
               const char *status,
               double      mg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgIntakeReference) intake = mg_kb_get_intake (kb, set, months, sex, status, &error);

  g_assert_no_error (error);
  g_assert_nonnull (intake);
  g_assert_true (mg_intake_reference_get_has_value (intake));
  g_assert_cmpfloat_with_epsilon (mg_intake_reference_get_mg (intake), mg, 1e-9);
  g_assert_cmpint (mg_intake_reference_get_from_months (intake), <=, months);
  g_assert_true (mg_intake_reference_get_to_months (intake) < 0 ||
                 (int) months < mg_intake_reference_get_to_months (intake));
  g_assert_cmpuint (g_list_model_get_n_items (mg_intake_reference_get_sources (intake)), >, 0);
}

static void
assert_intake_error (const char *set,
                     guint       months,
                     const char *sex,
                     const char *status,
                     int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgIntakeReference) intake = mg_kb_get_intake (kb, set, months, sex, status, &error);

  g_assert_null (intake);
  g_assert_error (error, MG_KB_ERROR, code);
}

static void
test_intake (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgIntakeReference) baby = mg_kb_get_intake (kb, NULL, 5, "female", NULL, &error);
  g_autoptr(MgIntakeReference) infant = NULL;
  g_autoptr(MgIntakeReference) alternative = NULL;
  g_autoptr(MgIntakeReference) toddler = NULL;
  g_autoptr(MgIntakeReference) young_mother = NULL;
  g_autoptr(GListModel) all = NULL;

  /* "no value set" is an answer, not an error */
  g_assert_no_error (error);
  g_assert_false (mg_intake_reference_get_has_value (baby));
  g_assert_cmpfloat (mg_intake_reference_get_mg (baby), <, 0);
  g_assert_cmpstr (mg_intake_reference_get_set_id (baby), ==, "nl");
  g_assert_cmpstr (mg_intake_reference_get_set_name (baby), ==, "Health Council of the Netherlands");
  g_assert_nonnull (strstr (mg_intake_reference_get_note (baby), "No value set"));

  /* half-open bands, at every edge */
  assert_intake (NULL, 6, "male", NULL, 80);
  assert_intake (NULL, 11, "male", "none", 80);
  assert_intake (NULL, 12, "male", "none", 85);
  assert_intake ("nl", 47, "female", "none", 85);
  assert_intake ("nl", 48, "female", "none", 200);
  assert_intake ("nl", 107, "female", "none", 200);
  assert_intake ("nl", 108, "female", "none", 280);
  assert_intake ("nl", 167, "male", "none", 280);
  assert_intake ("nl", 168, "male", "none", 350);
  assert_intake ("nl", 168, "female", "none", 280);
  assert_intake ("nl", 215, "female", "none", 280);
  assert_intake ("nl", 216, "female", "none", 300);
  assert_intake ("nl", 216, "male", "none", 350);
  assert_intake ("nl", 1200, "male", "none", 350);
  assert_intake ("nl", 300, "female", "pregnant", 300);
  assert_intake ("iom", 11, "female", "none", 75);
  assert_intake ("iom", 12, "female", "none", 80);
  assert_intake ("iom", 170, "female", "pregnant", 400);
  assert_intake ("iom", 170, "female", "lactating", 360);
  assert_intake ("iom", 227, "male", "none", 410);
  assert_intake ("iom", 228, "male", "none", 400);

  assert_intake_error ("nl", 300, "male", "lactating", MG_KB_ERROR_NOT_FOUND);
  assert_intake_error ("nl", 300, "x", "none", MG_KB_ERROR_INVALID_ARGUMENT);
  assert_intake_error ("nl", 300, NULL, "none", MG_KB_ERROR_INVALID_ARGUMENT);
  assert_intake_error ("nl", 300, "female", "tired", MG_KB_ERROR_INVALID_ARGUMENT);
  assert_intake_error ("mars", 300, "female", "none", MG_KB_ERROR_NOT_FOUND);

  /* pregnancy under 18: the set says it has no separate value, and why */
  young_mother = mg_kb_get_intake (kb, "nl", 100, "female", "pregnant", &error);
  g_assert_no_error (error);
  g_assert_false (mg_intake_reference_get_has_value (young_mother));
  g_assert_nonnull (mg_intake_reference_get_note (young_mother));

  infant = mg_kb_get_intake (kb, "nl", 11, "female", "none", &error);
  g_assert_cmpstr (mg_intake_reference_get_kind (infant), ==, "ai");
  g_assert_cmpuint (g_list_model_get_n_items (mg_intake_reference_get_alternatives (infant)), ==, 1);
  alternative = g_list_model_get_item (mg_intake_reference_get_alternatives (infant), 0);
  g_assert_true (mg_intake_reference_get_is_alternative (alternative));
  g_assert_cmpfloat_with_epsilon (mg_intake_reference_get_mg (alternative), 75, 1e-9);
  assert_cited (mg_intake_reference_get_sources (alternative), "iom-1997");
  assert_cited (mg_intake_reference_get_sources (infant), "gr-2018");

  toddler = mg_kb_get_intake (kb, "nl", 24, "male", NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (mg_intake_reference_get_disagreements (toddler)), ==, 1);

  all = mg_kb_list_intakes (kb, "iom", &error);
  g_assert_no_error (error);
  /* 11 bands with a value and 4 that say why there is none */
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 15);
  g_assert_null (mg_kb_list_intakes (kb, "mars", &error));
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);
}

static void
assert_limit (const char *set,
              guint       months,
              const char *status,
              double      mg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgUpperLimit) limit = mg_kb_get_upper_limit (kb, set, months, status, &error);

  g_assert_no_error (error);
  g_assert_nonnull (limit);
  if (mg < 0)
    {
      g_assert_false (mg_upper_limit_get_has_value (limit));
      g_assert_cmpfloat (mg_upper_limit_get_mg (limit), <, 0);
    }
  else
    {
      g_assert_true (mg_upper_limit_get_has_value (limit));
      g_assert_cmpfloat_with_epsilon (mg_upper_limit_get_mg (limit), mg, 1e-9);
    }
}

static void
test_upper_limit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgUpperLimit) young = mg_kb_get_upper_limit (kb, NULL, 47, NULL, &error);
  g_autoptr(MgUpperLimit) bad = NULL;
  g_autoptr(GListModel) all = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (mg_upper_limit_get_set_id (young), ==, "eu");
  g_assert_false (mg_upper_limit_get_has_value (young));
  g_assert_cmpstr (mg_upper_limit_get_note (young), ==, "No upper limit set under 4 years: ask a doctor.");
  assert_cited (mg_upper_limit_get_sources (young), "scf-2001");

  assert_limit (NULL, 0, NULL, -1);
  assert_limit ("eu", 48, NULL, 250);
  assert_limit ("eu", 216, "none", 250);
  assert_limit ("eu", 300, "pregnant", 250);
  assert_limit ("iom", 11, NULL, -1);
  assert_limit ("iom", 12, NULL, 65);
  assert_limit ("iom", 47, NULL, 65);
  assert_limit ("iom", 48, NULL, 110);
  assert_limit ("iom", 107, NULL, 110);
  assert_limit ("iom", 108, NULL, 350);

  bad = mg_kb_get_upper_limit (kb, "eu", 300, "tired", &error);
  g_assert_null (bad);
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  bad = mg_kb_get_upper_limit (kb, "moon", 300, NULL, &error);
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);
  g_clear_error (&error);

  all = mg_kb_list_upper_limits (kb, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
}

static void
test_sets (void)
{
  g_autoptr(GListModel) sets = mg_kb_list_reference_sets (kb, NULL);
  g_autoptr(GListModel) limits = mg_kb_list_limit_sets (kb, NULL);
  g_autoptr(MgReferenceSet) nl = NULL;
  g_autoptr(MgReferenceSet) eu = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (sets), ==, 2);
  nl = g_list_model_get_item (sets, 0);
  g_assert_cmpstr (mg_reference_set_get_id (nl), ==, "nl");
  g_assert_true (mg_reference_set_get_is_default (nl));
  g_assert_cmpstr (mg_reference_set_get_name (nl), ==, "Health Council of the Netherlands");
  assert_cited (mg_reference_set_get_sources (nl), "gr-2018");

  g_assert_cmpuint (g_list_model_get_n_items (limits), ==, 2);
  eu = g_list_model_get_item (limits, 0);
  g_assert_cmpint (mg_reference_set_get_kind (eu), ==, MG_SET_KIND_LIMIT);
  g_assert_cmpint (mg_reference_set_get_kind (nl), ==, MG_SET_KIND_INTAKE);
  g_assert_true (mg_reference_set_get_is_default (eu));

  mg_kb_set_language (kb, "nl");
  g_clear_object (&nl);
  g_clear_object (&sets);
  sets = mg_kb_list_reference_sets (kb, NULL);
  nl = g_list_model_get_item (sets, 0);
  g_assert_cmpstr (mg_reference_set_get_name (nl), ==, "Gezondheidsraad");
  mg_kb_set_language (kb, "en");
}

static MgInteraction *
find_one (const char *name,
          const char *interaction_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = mg_kb_find_interactions (kb, name, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  {
    MgInteraction *interaction = g_list_model_get_item (found, 0);
    g_assert_cmpstr (mg_interaction_get_id (interaction), ==, interaction_id);
    return interaction;
  }
}

static void
test_interactions (void)
{
  const char *cipro_names[] = { "ciprofloxacin", "Ciprofloxacine", "CIPROXIN", "ciprobay" };
  g_autoptr(GListModel) all = mg_kb_list_interactions (kb, NULL);
  g_autoptr(GListModel) medicines = mg_kb_list_medicines (kb, NULL);
  g_autoptr(MgInteraction) quinolones = NULL;
  g_autoptr(MgMedicine) omeprazole = NULL;
  g_autoptr(GError) error = NULL;
  double before, after;

  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (medicines), ==, 3);

  for (guint i = 0; i < G_N_ELEMENTS (cipro_names); i++)
    {
      g_autoptr(MgInteraction) found = find_one (cipro_names[i], "quinolones");

      /* ciprofloxacin's own separation, not the class's 2/6 */
      g_assert_cmpstr (mg_interaction_get_matched_medicine (found), ==, "ciprofloxacin");
      g_assert_cmpfloat (mg_interaction_get_hours_before (found), ==, 2);
      g_assert_cmpfloat (mg_interaction_get_hours_after (found), ==, 4);
    }

  quinolones = find_one ("levofloxacine", "quinolones");
  g_assert_cmpfloat (mg_interaction_get_hours_after (quinolones), ==, 6);
  g_clear_object (&quinolones);

  /* class names and synonyms, any language: the interaction-wide hours */
  quinolones = find_one ("Chinolonen", "quinolones");
  g_assert_null (mg_interaction_get_matched_medicine (quinolones));
  g_assert_cmpfloat (mg_interaction_get_hours_before (quinolones), ==, 2);
  g_assert_cmpfloat (mg_interaction_get_hours_after (quinolones), ==, 6);
  g_clear_object (&quinolones);
  quinolones = find_one ("fluoroquinolones", "quinolones");

  g_assert_cmpstr (mg_interaction_get_class_name (quinolones), ==, "Quinolone antibiotics");
  g_assert_cmpstr (mg_interaction_get_direction (quinolones), ==, "mg-lowers-drug-absorption");
  g_assert_cmpstr (mg_interaction_get_severity (quinolones), ==, "major");
  g_assert_cmpstr (mg_interaction_get_evidence (quinolones), ==, "strong");
  g_assert_cmpstr (mg_interaction_get_route (quinolones), ==, "oral");
  g_assert_cmpstrv (mg_interaction_get_medicine_ids (quinolones),
                    ((const char *[]) { "ciprofloxacin", "levofloxacin", NULL }));
  g_assert_cmpstrv (mg_interaction_get_medicine_names (quinolones),
                    ((const char *[]) { "ciprofloxacin", "levofloxacin", NULL }));
  g_assert_true (mg_interaction_get_separation (quinolones, "ciprofloxacin", &before, &after));
  g_assert_cmpfloat (before, ==, 2);
  g_assert_cmpfloat (after, ==, 4);
  g_assert_false (mg_interaction_get_separation (quinolones, "omeprazole", &before, &after));
  g_assert_cmpuint (g_list_model_get_n_items (mg_interaction_get_disagreements (quinolones)), ==, 1);
  assert_cited (mg_interaction_get_sources (quinolones), "ddc");
  g_clear_object (&quinolones);

  quinolones = find_one ("omeprazol", "ppi");
  g_assert_cmpfloat (mg_interaction_get_hours_before (quinolones), <, 0);
  g_assert_cmpfloat (mg_interaction_get_hours_after (quinolones), <, 0);

  g_assert_null (mg_kb_find_interactions (kb, "aspirin", &error));
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (mg_kb_find_interactions (kb, "", &error));
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (mg_kb_lookup_interaction (kb, "nope", &error));
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);
  g_clear_error (&error);

  omeprazole = mg_kb_lookup_medicine (kb, "Losec", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mg_medicine_get_id (omeprazole), ==, "omeprazole");
  g_assert_cmpstrv (mg_medicine_get_brands (omeprazole), ((const char *[]) { "Losec", NULL }));
  g_assert_null (mg_kb_lookup_medicine (kb, "magnesium citrate", &error));
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);

  /* Dutch names for the medicines of an interaction */
  mg_kb_set_language (kb, "nl");
  g_clear_object (&quinolones);
  quinolones = find_one ("cipro" "floxacin", "quinolones");
  g_assert_cmpstrv (mg_interaction_get_medicine_names (quinolones),
                    ((const char *[]) { "ciprofloxacine", "levofloxacine", NULL }));
  g_assert_cmpstr (mg_interaction_get_class_name (quinolones), ==, "Chinolonen");
  mg_kb_set_language (kb, "en");
}

static void
test_records (void)
{
  g_autoptr(GListModel) conditions = mg_kb_list_conditions (kb, NULL);
  g_autoptr(GListModel) foods = mg_kb_list_foods (kb, NULL);
  g_autoptr(GListModel) facts = mg_kb_list_facts (kb, NULL, NULL);
  g_autoptr(GListModel) absorption = mg_kb_list_facts (kb, "absorption", NULL);
  g_autoptr(GListModel) cautions = mg_kb_list_cautions (kb, NULL);
  g_autoptr(GListModel) labs = mg_kb_list_lab_interferences (kb, NULL);
  g_autoptr(GListModel) ranges = mg_kb_list_serum_ranges (kb, NULL);
  g_autoptr(MgCondition) migraine = g_list_model_get_item (conditions, 0);
  g_autoptr(MgRating) rating = NULL;
  g_autoptr(MgArticle) dose = NULL;
  g_autoptr(MgFood) seeds = g_list_model_get_item (foods, 0);
  g_autoptr(MgFood) spinach = g_list_model_get_item (foods, 1);
  g_autoptr(MgArticle) caution = g_list_model_get_item (cautions, 0);
  g_autoptr(MgSerumRange) hypo = g_list_model_get_item (ranges, 1);
  g_autoptr(MgCondition) lookup = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (mg_condition_get_name (migraine), ==, "Migraine");
  g_assert_cmpstr (mg_condition_get_route (migraine), ==, "oral");
  g_assert_cmpuint (g_list_model_get_n_items (mg_condition_get_ratings (migraine)), ==, 2);
  rating = g_list_model_get_item (mg_condition_get_ratings (migraine), 0);
  g_assert_cmpstr (mg_rating_get_value (rating), ==, "possibly-effective");
  g_assert_cmpstr (mg_rating_get_scheme (rating), ==, "natmed");
  assert_cited (mg_rating_get_sources (rating), "ddc");
  dose = g_list_model_get_item (mg_condition_get_doses (migraine), 0);
  g_assert_cmpstr (mg_article_get_text (dose), ==, "Daily amount studied, under supervision.");
  g_assert_cmpstr (mg_article_get_route (dose), ==, "oral");
  lookup = mg_kb_lookup_condition (kb, "migraine", &error);
  g_assert_no_error (error);
  g_assert_null (mg_kb_lookup_condition (kb, "gout", &error));
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);

  g_assert_cmpuint (g_list_model_get_n_items (foods), ==, 2);
  g_assert_cmpstr (mg_food_get_name (seeds), ==, "Pumpkin seeds");
  g_assert_cmpfloat (mg_food_get_mg_per_100g (seeds), ==, 592);
  g_assert_cmpfloat (mg_food_get_portion_grams (seeds), ==, 30);
  g_assert_cmpfloat_with_epsilon (mg_food_get_mg_per_portion (seeds), 177.6, 1e-9);
  g_assert_cmpstr (mg_food_get_portion (seeds), ==, "a handful");
  g_assert_cmpstr (mg_food_get_ndb (seeds), ==, "12014");
  g_assert_cmpfloat (mg_food_get_mg_per_portion (spinach), <, 0);
  g_assert_null (mg_food_get_portion (spinach));
  assert_cited (mg_food_get_sources (spinach), "sr28");

  g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (absorption), ==, 1);
  g_assert_cmpstr (mg_article_get_kind (caution), ==, "caution");
  g_assert_cmpstr (mg_article_get_topic (caution), ==, "contraindication");
  g_assert_cmpstr (mg_article_get_title (caution), ==, "Severe kidney failure");
  g_assert_cmpuint (g_list_model_get_n_items (labs), ==, 1);

  g_assert_cmpuint (g_list_model_get_n_items (ranges), ==, 2);
  g_assert_cmpstr (mg_serum_range_get_unit (hypo), ==, "mg/dL");
  g_assert_cmpfloat (mg_serum_range_get_low (hypo), <, 0);
  /* converted by the compiler with 1 mmol/L = 2.4305 mg/dL (the hand-made
   * fixture this replaces had 2.431 and so did not match what ships) */
  g_assert_cmpfloat_with_epsilon (mg_serum_range_get_high_mmol (hypo), 1.7 / 2.4305, 1e-12);
  g_assert_cmpstr (mg_serum_range_get_label (hypo), ==, "Hypomagnesaemia");

  mg_kb_set_language (kb, "nl");
  g_clear_object (&foods);
  g_clear_object (&seeds);
  foods = mg_kb_list_foods (kb, NULL);
  seeds = g_list_model_get_item (foods, 0);
  g_assert_cmpstr (mg_food_get_name (seeds), ==, "Pompoenpitten");
  g_assert_cmpstr (mg_food_get_portion (seeds), ==, "een handje");
  mg_kb_set_language (kb, "en");
}

static void
test_properties (void)
{
  g_autoptr(MgCompound) oxide = mg_kb_lookup_compound (kb, "oxide", NULL);
  g_autofree char *formula = NULL;
  g_auto(GStrv) uses = NULL;
  g_autoptr(GListModel) sources = NULL;
  double fraction;

  /* the properties read what the getters do */
  g_object_get (oxide, "formula", &formula, "uses", &uses, "sources", &sources,
                "elemental-fraction", &fraction, NULL);
  g_assert_cmpstr (formula, ==, "MgO");
  g_assert_cmpstrv (uses, mg_compound_get_uses (oxide));
  g_assert_true (sources == mg_compound_get_sources (oxide));
  g_assert_cmpfloat (fraction, ==, mg_compound_get_elemental_fraction (oxide));
  g_assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (oxide), "formula")->flags & G_PARAM_WRITABLE);
}

static void
test_labels (void)
{
  g_assert_cmpstr (mg_kb_label_severity ("major"), ==, "Major");
  g_assert_cmpstr (mg_kb_label_evidence ("theoretical"), ==, "Theoretical");
  g_assert_cmpstr (mg_kb_label_direction ("drug-lowers-mg"), ==, "The medicine lowers body magnesium");
  g_assert_cmpstr (mg_kb_label_status ("lactating"), ==, "Breastfeeding");
  g_assert_cmpstr (mg_kb_label_rating ("insufficient-evidence"), ==, "Insufficient evidence");
  /* a value from a newer knowledge base shows as it is */
  g_assert_cmpstr (mg_kb_label_severity ("catastrophic"), ==, "catastrophic");
  g_assert_null (mg_kb_label_sex (NULL));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kb/sources", test_sources);
  g_test_add_func ("/kb/compounds", test_compounds);
  g_test_add_func ("/kb/intake", test_intake);
  g_test_add_func ("/kb/upper-limit", test_upper_limit);
  g_test_add_func ("/kb/sets", test_sets);
  g_test_add_func ("/kb/interactions", test_interactions);
  g_test_add_func ("/kb/records", test_records);
  g_test_add_func ("/kb/properties", test_properties);
  g_test_add_func ("/kb/labels", test_labels);

  kb = kb_test_open_mini ();
  ret = g_test_run ();
  g_clear_object (&kb);

  return ret;
}
