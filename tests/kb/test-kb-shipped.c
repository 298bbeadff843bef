/* test-kb-shipped.c — the knowledge base the build embeds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two views: raw SQL over the embedded bytes for whole-database rules
 * (every fact cited, every citation resolves, numbers are numbers), and
 * the MgKb API over every record, which also proves that the reader and
 * the compiler agree on owner keys.
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "mg-kb.h"

static MgKb *kb;
static sqlite3 *db;
static GBytes *bytes;

/* Fails listing every row the query returns: each row is a violation. */
static void
assert_no_rows (const char *what,
                const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) rows = g_string_new (NULL);
  guint n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (++n > 10)
        continue;
      g_string_append_c (rows, '\n');
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (rows, "%s%s", i > 0 ? " | " : "  ", sqlite3_column_text (stmt, i));
    }
  sqlite3_finalize (stmt);

  /* Report and go on, so that one run lists every kind of violation. */
  if (n > 0)
    {
      g_test_message ("%s: %u row(s), the first ones:%s", what, n, rows->str);
      g_test_fail ();
    }
}

static void
test_every_fact_cited (void)
{
  assert_no_rows ("fact-bearing records without a citation",
    "SELECT 'compound:' || id FROM compound "
    "UNION ALL SELECT 'medicine:' || id FROM medicine "
    "UNION ALL SELECT 'interaction:' || id FROM interaction "
    "UNION ALL SELECT 'caution:' || id FROM caution "
    "UNION ALL SELECT 'lab-interference:' || id FROM lab_interference "
    "UNION ALL SELECT 'condition:' || id FROM condition "
    "UNION ALL SELECT 'food:' || id FROM food "
    "UNION ALL SELECT 'fact:' || id FROM fact "
    "UNION ALL SELECT 'serum-range:' || id FROM serum_range "
    "UNION ALL SELECT 'serum-disagreement:' || id FROM serum_disagreement "
    "UNION ALL SELECT 'product:' || id FROM product "
    "UNION ALL SELECT 'product:' || id || '/separation/0' FROM product WHERE own_separation "
    "UNION ALL SELECT 'generic-name:' || id FROM generic_name "
    "UNION ALL SELECT DISTINCT owner FROM text WHERE owner GLOB 'product:*/note/*' "
    "UNION ALL SELECT DISTINCT owner FROM text WHERE owner GLOB 'generic-name:*/note/*' "
    "UNION ALL SELECT 'reference-set:' || id FROM reference_set "
    "UNION ALL SELECT 'limit-set:' || id FROM limit_set "
    "UNION ALL SELECT owner FROM intake "
    "UNION ALL SELECT owner FROM intake_alternative "
    "UNION ALL SELECT owner FROM upper_limit "
    "UNION ALL SELECT owner FROM compound_note "
    "UNION ALL SELECT owner FROM published_fraction "
    "UNION ALL SELECT owner FROM condition_rating "
    "UNION ALL SELECT owner FROM condition_dose "
    "UNION ALL SELECT DISTINCT owner FROM text WHERE owner GLOB '*/disagreement/*' "
    "EXCEPT SELECT owner FROM citation");
}

static void
test_every_citation_resolves (void)
{
  assert_no_rows ("citations of unknown sources",
                  "SELECT owner, source_id FROM citation WHERE source_id NOT IN (SELECT id FROM source)");
  assert_no_rows ("sources without a title",
                  "SELECT id FROM source WHERE coalesce(title, '') = ''");
}

static void
test_numbers_are_numbers (void)
{
  /* A number stored as text reads as 0 or garbage: for separation hours or
   * mg per day that is a wrong answer, not a cosmetic one. */
  static const char * const columns[] = {
    "compound", "molar_mass", "compound", "elemental_fraction", "compound", "mg_atoms",
    "compound", "solubility_g_per_100ml", "published_fraction", "value",
    "published_fraction", "min", "published_fraction", "max",
    "intake", "from_months", "intake", "to_months", "intake", "mg", "intake_alternative", "mg",
    "upper_limit", "from_months", "upper_limit", "to_months", "upper_limit", "mg",
    "interaction", "hours_before", "interaction", "hours_after",
    "interaction_medicine", "hours_before", "interaction_medicine", "hours_after",
    "food", "mg_per_100g", "food", "portion_g",
    "serum_range", "low", "serum_range", "high", "serum_range", "low_mmol", "serum_range", "high_mmol",
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i += 2)
    {
      g_autofree char *what = g_strdup_printf ("%s.%s holds non-numbers", columns[i], columns[i + 1]);
      g_autofree char *sql = g_strdup_printf ("SELECT rowid, typeof(%s), substr(hex(%s), 1, 24) FROM %s "
                                              "WHERE typeof(%s) NOT IN ('integer', 'real', 'null') "
                                              "OR %s < 0",
                                              columns[i + 1], columns[i + 1], columns[i],
                                              columns[i + 1], columns[i + 1]);
      assert_no_rows (what, sql);
    }
}

static void
assert_cited (GListModel *sources,
              const char *what,
              const char *id)
{
  if (g_list_model_get_n_items (sources) == 0)
    {
      g_test_message ("%s “%s” has no sources through MgKb", what, id);
      g_test_fail ();
    }
}

static void
assert_articles_cited (GListModel *articles,
                       const char *what)
{
  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(MgArticle) article = g_list_model_get_item (articles, i);

      assert_cited (mg_article_get_sources (article), what, mg_article_get_id (article));
      g_assert_nonnull (mg_article_get_text (article));
    }
}

static void
test_api_reads_everything (void)
{
  g_autoptr(GListModel) compounds = mg_kb_list_compounds (kb, NULL);
  g_autoptr(GListModel) interactions = mg_kb_list_interactions (kb, NULL);
  g_autoptr(GListModel) medicines = mg_kb_list_medicines (kb, NULL);
  g_autoptr(GListModel) conditions = mg_kb_list_conditions (kb, NULL);
  g_autoptr(GListModel) foods = mg_kb_list_foods (kb, NULL);
  g_autoptr(GListModel) ranges = mg_kb_list_serum_ranges (kb, NULL);
  g_autoptr(GListModel) sets = mg_kb_list_reference_sets (kb, NULL);
  g_autoptr(GListModel) limit_sets = mg_kb_list_limit_sets (kb, NULL);
  GListModel *article_lists[] = { mg_kb_list_facts (kb, NULL, NULL), mg_kb_list_cautions (kb, NULL), mg_kb_list_lab_interferences (kb, NULL) };

  g_assert_cmpuint (g_list_model_get_n_items (compounds), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (compounds); i++)
    {
      g_autoptr(MgCompound) c = g_list_model_get_item (compounds, i);

      g_assert_nonnull (mg_compound_get_name (c));
      g_assert_cmpfloat (mg_compound_get_elemental_fraction (c), >, 0);
      g_assert_cmpfloat (mg_compound_get_elemental_fraction (c), <=, 1);
      assert_cited (mg_compound_get_sources (c), "compound", mg_compound_get_id (c));
      assert_articles_cited (mg_compound_get_notes (c), "compound note");
      assert_articles_cited (mg_compound_get_disagreements (c), "disagreement");
    }

  g_assert_cmpuint (g_list_model_get_n_items (medicines), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (medicines); i++)
    {
      g_autoptr(MgMedicine) m = g_list_model_get_item (medicines, i);
      g_autoptr(GListModel) found = mg_kb_find_interactions (kb, mg_medicine_get_name (m), NULL);

      assert_cited (mg_medicine_get_sources (m), "medicine", mg_medicine_get_id (m));
      /* every medicine's own name finds it */
      g_assert_nonnull (found);
    }

  g_assert_cmpuint (g_list_model_get_n_items (interactions), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (interactions); i++)
    {
      g_autoptr(MgInteraction) x = g_list_model_get_item (interactions, i);

      g_assert_nonnull (mg_interaction_get_class_name (x));
      /* Management is optional: the hours come from <separation>, never
       * from the text (the compiler refuses hours there). */
      g_assert_nonnull (mg_interaction_get_mechanism (x));
      assert_cited (mg_interaction_get_sources (x), "interaction", mg_interaction_get_id (x));
      assert_articles_cited (mg_interaction_get_disagreements (x), "disagreement");
    }

  for (guint i = 0; i < g_list_model_get_n_items (conditions); i++)
    {
      g_autoptr(MgCondition) c = g_list_model_get_item (conditions, i);

      assert_cited (mg_condition_get_sources (c), "condition", mg_condition_get_id (c));
      g_assert_cmpuint (g_list_model_get_n_items (mg_condition_get_ratings (c)), >, 0);
      assert_articles_cited (mg_condition_get_doses (c), "dose");
    }

  for (guint i = 0; i < g_list_model_get_n_items (foods); i++)
    {
      g_autoptr(MgFood) f = g_list_model_get_item (foods, i);

      assert_cited (mg_food_get_sources (f), "food", mg_food_get_id (f));
      g_assert_cmpfloat (mg_food_get_mg_per_100g (f), >=, 0);
    }

  for (guint i = 0; i < g_list_model_get_n_items (ranges); i++)
    {
      g_autoptr(MgSerumRange) r = g_list_model_get_item (ranges, i);

      assert_cited (mg_serum_range_get_sources (r), "serum range", mg_serum_range_get_id (r));
    }

  for (guint k = 0; k < G_N_ELEMENTS (article_lists); k++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (article_lists[k]); i++)
        {
          g_autoptr(MgArticle) a = g_list_model_get_item (article_lists[k], i);

          g_assert_nonnull (mg_article_get_title (a));
          assert_cited (mg_article_get_sources (a), mg_article_get_kind (a), mg_article_get_id (a));
        }
      g_object_unref (article_lists[k]);
    }

  for (guint i = 0; i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (sets, i);
      g_autoptr(GListModel) intakes = mg_kb_list_intakes (kb, mg_reference_set_get_id (set), NULL);

      g_assert_nonnull (mg_reference_set_get_name (set));
      assert_cited (mg_reference_set_get_sources (set), "reference set", mg_reference_set_get_id (set));
      g_assert_cmpuint (g_list_model_get_n_items (intakes), >, 0);
      for (guint j = 0; j < g_list_model_get_n_items (intakes); j++)
        {
          g_autoptr(MgIntakeReference) intake = g_list_model_get_item (intakes, j);

          assert_cited (mg_intake_reference_get_sources (intake), "intake", mg_intake_reference_get_id (intake));
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (limit_sets); i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (limit_sets, i);
      g_autoptr(GListModel) limits = mg_kb_list_upper_limits (kb, mg_reference_set_get_id (set), NULL);

      g_assert_cmpuint (g_list_model_get_n_items (limits), >, 0);
    }
}

static void
test_default_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgUpperLimit) under_four = mg_kb_get_upper_limit (kb, NULL, 47, NULL, &error);
  g_autoptr(MgUpperLimit) four = NULL;
  g_autoptr(MgIntakeReference) adult = NULL;

  /* DESIGN.md: EU SCF 250 mg/day from age 4, none set under 4 */
  g_assert_no_error (error);
  g_assert_false (mg_upper_limit_get_has_value (under_four));
  four = mg_kb_get_upper_limit (kb, NULL, 48, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (mg_upper_limit_get_has_value (four));
  g_assert_cmpfloat (mg_upper_limit_get_mg (four), ==, 250);

  adult = mg_kb_get_intake (kb, NULL, 30 * 12, "female", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (mg_intake_reference_get_has_value (adult));
}

/* From a source back to what cites it: a set, its disagreement (a child
 * text, with the text), and nothing for an unknown id. */
static void
test_citing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) citing = mg_kb_list_citing (kb, "efsa-2015", &error);
  g_autoptr(GListModel) nothing = NULL;
  gboolean set_found = FALSE;
  gboolean disagreement_found = FALSE;
  guint set_rows = 0;

  g_assert_no_error (error);
  nothing = mg_kb_list_citing (kb, "no-such-source", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nothing), ==, 0);

  for (guint i = 0; i < g_list_model_get_n_items (citing); i++)
    {
      g_autoptr(MgSearchResult) result = g_list_model_get_item (citing, i);
      const char *snippet = mg_search_result_get_snippet (result);

      g_assert_nonnull (mg_search_result_get_title (result));
      if (g_str_equal (mg_search_result_get_kind (result), "reference-set") &&
          g_str_equal (mg_search_result_get_id (result), "efsa"))
        {
          if (snippet == NULL)
            {
              set_found = TRUE;
              set_rows++;
            }
          else if (strstr (snippet, "draft") != NULL)
            disagreement_found = TRUE;
        }
    }

  g_assert_true (set_found);
  /* Its ten age bands collapse into the one set. */
  g_assert_cmpuint (set_rows, ==, 1);
  g_assert_true (disagreement_found);
}

/* "About this knowledge base" shows these. */
static void
test_edition (void)
{
  g_autofree char *edition = mg_kb_dup_meta (kb, "edition", NULL);
  g_autofree char *date = mg_kb_dup_meta (kb, "date", NULL);
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *iso = NULL;

  g_assert_nonnull (edition);
  g_assert_nonnull (date);
  iso = g_strconcat (date, "T00:00:00Z", NULL);
  parsed = g_date_time_new_from_iso8601 (iso, NULL);
  g_assert_nonnull (parsed);
}

static void
test_search_languages (void)
{
  const char *languages[] = { "en", "nl" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(GListModel) cipro = NULL;
      g_autoptr(GListModel) citrate = NULL;
      g_autoptr(MgSearchResult) first = NULL;

      mg_kb_set_language (kb, languages[i]);
      cipro = mg_kb_search (kb, "cipro", 10, NULL);
      g_assert_cmpuint (g_list_model_get_n_items (cipro), >, 0);
      first = g_list_model_get_item (cipro, 0);
      g_assert_cmpstr (mg_search_result_get_id (first), ==, "ciprofloxacin");
      g_clear_object (&first);

      citrate = mg_kb_search (kb, "magnesium citrate", 10, NULL);
      g_assert_cmpuint (g_list_model_get_n_items (citrate), >, 0);
      first = g_list_model_get_item (citrate, 0);
      /* The plain name is the generic name, which lists the forms it can mean. */
      g_assert_cmpstr (mg_search_result_get_kind (first), ==, "generic-name");
      g_assert_cmpstr (mg_search_result_get_id (first), ==, "citrate");
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

  bytes = g_resources_lookup_data (MG_KB_RESOURCE_PATH, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_deserialize (db, "main", (unsigned char *) g_bytes_get_data (bytes, NULL),
                                        g_bytes_get_size (bytes), g_bytes_get_size (bytes),
                                        SQLITE_DESERIALIZE_READONLY), ==, SQLITE_OK);

  g_test_add_func ("/kb/shipped/every-fact-cited", test_every_fact_cited);
  g_test_add_func ("/kb/shipped/every-citation-resolves", test_every_citation_resolves);
  g_test_add_func ("/kb/shipped/numbers-are-numbers", test_numbers_are_numbers);
  g_test_add_func ("/kb/shipped/api-reads-everything", test_api_reads_everything);
  g_test_add_func ("/kb/shipped/default-limits", test_default_limits);
  g_test_add_func ("/kb/shipped/search", test_search_languages);
  g_test_add_func ("/kb/shipped/citing", test_citing);
  g_test_add_func ("/kb/shipped/edition", test_edition);

  ret = g_test_run ();

  sqlite3_close (db);
  g_bytes_unref (bytes);
  g_clear_object (&kb);

  return ret;
}
