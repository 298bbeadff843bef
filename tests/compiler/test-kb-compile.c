/* test-kb-compile.c — runs the built mg-kb-compile on good and bad input
 *
 * Each bad fixture marks the line the compiler must name with
 * "<!-- expect-error -->" (see fixtures/make-bad.py).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <math.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>

#include "mg-fold.h"
#include "mg-kb-schema.h"
#include "mg-test-kb-citations.h"

#define MARKER "<!-- expect-error -->"

typedef struct
{
  const char *fixture;
  const char *needle;        /* must be in the message on the marked line */
  const char *column_at;     /* the column must point at this text, if set */
  gboolean    require_translations;
} BadCase;

static const BadCase bad_cases[] = {
  { "bad-malformed.xml",           "mismatch", NULL, FALSE },
  { "bad-schema.xml",              "compound", "<compound", FALSE },
  { "bad-duplicate-id.xml",        "duplicate medicine id “ciprofloxacin”", "ciprofloxacin", FALSE },
  { "bad-unknown-source.xml",      "unknown source “src-x”", "src-x", FALSE },
  { "bad-unknown-medicine.xml",    "unknown medicine “moxifloxacin”", "moxifloxacin", FALSE },
  { "bad-no-source.xml",           "no sources", "<intake", FALSE },
  { "bad-out-of-range.xml",        "mg=\"6000\" is out of range", "6000", FALSE },
  { "bad-formula.xml",             "unknown element “Xx”", "Xx", FALSE },
  { "bad-fraction.xml",            "disagrees with 0.6030", "0.55", FALSE },
  { "bad-ambiguous-name.xml",      "ambiguous name", "<synonyms", FALSE },
  { "bad-age-gap.xml",             "age-band gap", "228", FALSE },
  { "bad-age-overlap.xml",         "age-band overlap", "204", FALSE },
  { "bad-xxe.xml",                 "entity declarations are not allowed", "<!ENTITY", FALSE },
  { "bad-missing-translation.xml", "no “nl” translation", "<mechanism", TRUE },
  /* The clinical model (issue 8): products, spacing, salt names, doses, serum bands */
  { "bad-product-unknown-ingredient.xml",        "unknown medicine “moxifloxacin”", "moxifloxacin", FALSE },
  { "bad-product-one-ingredient-separation.xml", "a product with one ingredient", "<separation", FALSE },
  { "bad-product-looser.xml",                    "asks less than its strictest ingredient", "<separation", FALSE },
  { "bad-brand-is-medicine.xml",                 "ambiguous name “Ciprofloxacin”", "<name", FALSE },
  { "bad-management-hours.xml",                  "states hours (“2 hours”)", "<management", FALSE },
  { "bad-no-separation.xml",                     "says nothing about spacing for “ciprofloxacin”", "ciprofloxacin levofloxacin", FALSE },
  { "bad-generic-missing.xml",                   "forms of the same salt (MgO4S)", "sulfate-anhydrous", FALSE },
  { "bad-generic-resolves.xml",                  "resolves-to=\"oxide\" is not one of the forms", "oxide", FALSE },
  { "bad-generic-name-collision.xml",            "ambiguous name “Magnesium sulfate, anhydrous”", "<name", FALSE },
  { "bad-dose-above-limit.xml",                  "up to 600 mg of magnesium a day, above the upper limit of 250 mg", "<dose", FALSE },
  { "bad-dose-text-amount.xml",                  "states an amount (“600 mg”)", "<dose", FALSE },
  { "bad-dose-incomplete.xml",                   "needs unit=", "<dose", FALSE },
  { "bad-serum-undeclared.xml",                  "disagree about the same finding", "hypomagnesaemia", FALSE },
  { "bad-serum-one-source.xml",                  "at least two sources", "hypo-adult normal-meq", FALSE },
  { "bad-pregnancy-gap.xml",                     "age-band gap for reference-set “test-ref”, female, pregnant: months [0, 168)", "168", FALSE },
};

static char *
fixture_path (const char *name)
{
  return g_build_filename (g_getenv ("MG_KB_FIXTURES"), name, NULL);
}

/* Runs mg-kb-compile; returns whether it exited with 0. */
static gboolean
compile (const char  *input,
         const char  *output,
         gboolean     require_translations,
         char       **err_out)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("MG_KB_COMPILE"));
  g_ptr_array_add (argv, (char *) "--schema");
  g_ptr_array_add (argv, (char *) g_getenv ("MG_KB_SCHEMA"));
  g_ptr_array_add (argv, (char *) "--languages");
  g_ptr_array_add (argv, (char *) "nl");
  if (require_translations)
    g_ptr_array_add (argv, (char *) "--require-translations");
  g_ptr_array_add (argv, (char *) "-o");
  g_ptr_array_add (argv, (char *) output);
  g_ptr_array_add (argv, (char *) input);
  g_ptr_array_add (argv, NULL);

  g_assert_nonnull (g_ptr_array_index (argv, 0));
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT,
                               NULL, NULL, NULL, err_out, &status, &error));
  g_assert_no_error (error);

  /* A crash is never an acceptable way to fail. */
  g_assert_false (WIFSIGNALED (status));

  return g_spawn_check_wait_status (status, NULL);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;

  return n;
}

/* Every line on stderr is "file:line:column: error|warning: message". */
static void
assert_diagnostic_format (const char *err)
{
  g_auto(GStrv) lines = g_strsplit (err, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (*lines[i] == '\0')
        continue;
      if (!g_regex_match_simple ("^.+:[0-9]+:[0-9]+: (error|warning): .+$", lines[i], 0, 0))
        g_error ("not a file:line:column: message line: %s", lines[i]);
    }
}

static void
test_bad (gconstpointer data)
{
  const BadCase *bad = data;
  g_autofree char *input = fixture_path (bad->fixture);
  g_autofree char *dir = g_dir_make_tmp ("mg-kb-compile-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (dir, "kb.sqlite", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *err = NULL;
  g_autofree char *prefix = NULL;
  g_auto(GStrv) source_lines = NULL;
  g_auto(GStrv) err_lines = NULL;
  guint expected_line = 0;
  long expected_column = 0;
  gboolean found = FALSE;

  g_assert_true (g_file_get_contents (input, &contents, NULL, NULL));
  source_lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; source_lines[i] != NULL; i++)
    if (strstr (source_lines[i], MARKER) != NULL)
      {
        const char *at = bad->column_at != NULL ? strstr (source_lines[i], bad->column_at) : NULL;

        expected_line = i + 1;
        if (at != NULL)
          expected_column = g_utf8_pointer_to_offset (source_lines[i], at) + 1;
        break;
      }
  g_assert_cmpuint (expected_line, >, 0);

  g_assert_false (compile (input, output, bad->require_translations, &err));
  g_test_message ("%s", err);
  assert_diagnostic_format (err);

  prefix = expected_column > 0 ? g_strdup_printf ("%s:%u:%ld: error: ", input, expected_line, expected_column)
                               : g_strdup_printf ("%s:%u:", input, expected_line);
  err_lines = g_strsplit (err, "\n", -1);
  for (guint i = 0; err_lines[i] != NULL && !found; i++)
    found = g_str_has_prefix (err_lines[i], prefix) && strstr (err_lines[i], bad->needle) != NULL;
  if (!found)
    g_error ("expected a message starting “%s” and containing “%s”, got:\n%s", prefix, bad->needle, err);

  /* No database, no temporary file, no journal. */
  g_assert_cmpuint (count_entries (dir), ==, 0);
  g_rmdir (dir);
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return result;
}

static double
query_double (sqlite3    *db,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  double result = NAN;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    result = sqlite3_column_double (stmt, 0);
  sqlite3_finalize (stmt);

  return result;
}

/* The ids a folded query finds in search_<lang>, space-separated. */
static char *
search (sqlite3    *db,
        const char *lang,
        const char *query)
{
  g_autofree char *folded = mg_fold (query);
  g_autofree char *sql = g_strdup_printf ("SELECT group_concat(id, ' ') FROM (SELECT id FROM search_%s "
                                          "WHERE search_%s MATCH '\"%s\"' ORDER BY id)", lang, lang, folded);
  char *ids = query_text (db, sql);

  return ids != NULL ? ids : g_strdup ("");
}

static void
check_good_database (const char *path)
{
  g_autofree char *problems = NULL;
  sqlite3 *db = NULL;

#define ASSERT_TEXT(sql, expected) G_STMT_START { \
    g_autofree char *_v = query_text (db, sql); \
    g_assert_cmpstr (_v, ==, expected); \
  } G_STMT_END
#define ASSERT_SEARCH(lang, query, expected) G_STMT_START { \
    g_autofree char *_v = search (db, lang, query); \
    g_assert_cmpstr (_v, ==, expected); \
  } G_STMT_END

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  ASSERT_TEXT ("SELECT value FROM meta WHERE key = 'schema_version'", G_STRINGIFY (MG_KB_SCHEMA_VERSION));
  ASSERT_TEXT ("SELECT value FROM meta WHERE key = 'languages'", "en nl");
  ASSERT_TEXT ("SELECT value FROM meta WHERE key = 'default_reference'", "test-ref");
  ASSERT_TEXT ("SELECT value FROM meta WHERE key = 'default_limits'", "test-limits");
  ASSERT_TEXT ("PRAGMA journal_mode", "delete");

  /* Computed from the formula, never typed in. */
  g_assert_cmpfloat_with_epsilon (query_double (db, "SELECT molar_mass FROM compound WHERE id = 'oxide'"),
                                  24.305 + 15.999, 1e-9);
  g_assert_cmpfloat_with_epsilon (query_double (db, "SELECT elemental_fraction FROM compound WHERE id = 'oxide'"),
                                  24.305 / (24.305 + 15.999), 1e-12);
  g_assert_cmpfloat (query_double (db, "SELECT mg_atoms FROM compound WHERE id = 'citrate-nonahydrate'"), ==, 3);
  g_assert_cmpfloat (query_double (db, "SELECT solubility_g_per_100ml FROM compound WHERE id = 'citrate-nonahydrate'"), ==, 1.5);

  /* 1 mmol/L = 2.431 mg/dL = 2 mEq/L */
  g_assert_cmpfloat_with_epsilon (query_double (db, "SELECT high_mmol FROM serum_range WHERE id = 'hypo-adult'"),
                                  1.7 / 2.4305, 1e-12);
  g_assert_true (isnan (query_double (db, "SELECT low_mmol FROM serum_range WHERE id = 'hypo-adult'")));
  g_assert_cmpfloat_with_epsilon (query_double (db, "SELECT low_mmol FROM serum_range WHERE id = 'normal-meq'"),
                                  0.7, 1e-12);

  /* Bands, in source order; open ends are NULL. */
  ASSERT_TEXT ("SELECT group_concat(owner || '=' || ifnull(mg, '-'), ' ') FROM intake WHERE set_id = 'test-ref'",
               "intake:test-ref/0=- intake:test-ref/1=80.0 intake:test-ref/2=300.0 "
               "intake:test-ref/3=350.0 intake:test-ref/4=- intake:test-ref/5=300.0 intake:test-ref/6=300.0");
  ASSERT_TEXT ("SELECT ifnull(to_months, 'open') FROM intake WHERE owner = 'intake:test-ref/2'", "open");
  ASSERT_TEXT ("SELECT intake_owner FROM intake_alternative WHERE owner = 'intake:test-ref/2/alternative/0'",
               "intake:test-ref/2");
  ASSERT_TEXT ("SELECT value FROM text WHERE owner = 'intake:test-ref/2/disagreement/0' AND lang = 'nl'",
               "Bron B noemt 310 mg.");
  ASSERT_TEXT ("SELECT value FROM text WHERE owner = 'reference-set:test-ref' AND field = 'note' AND lang = 'en'",
               "First note.\n\nSecond note.");
  ASSERT_TEXT ("SELECT group_concat(owner || '=' || ifnull(mg, '-'), ' ') FROM upper_limit",
               "limit:test-limits/0=- limit:test-limits/1=250.0");

  /* Dosing advice: the threshold as a number, its reason as text. */
  ASSERT_TEXT ("SELECT id || ' ' || ord || ' ' || typeof (above_mg) || ' ' || above_mg FROM dosing_advice",
               "split-dose 0 real 250.0");
  ASSERT_TEXT ("SELECT value FROM text WHERE owner = 'dosing-advice:split-dose' AND field = 'text' AND lang = 'nl'",
               "Verdeel doses boven 250 mg.");

  ASSERT_TEXT ("SELECT id || ' ' || ord || ' ' || direction || ' ' || severity || ' ' || evidence || ' ' || route "
               "|| ' ' || typeof (hours_before) || ' ' || hours_before || ' ' || hours_after FROM interaction",
               "quinolones 0 mg-lowers-drug-absorption major strong oral real 2.0 6.0");
  ASSERT_TEXT ("SELECT count(*) FROM caution WHERE id = 'kidney' AND level = 'caution' AND route = 'any'", "1");
  ASSERT_TEXT ("SELECT route FROM condition_dose WHERE owner = 'condition:migraine/dose/0'", "oral");
  ASSERT_TEXT ("SELECT portion_g || ' ' || mg_per_100g FROM food WHERE id = 'pumpkin-seeds'", "25.0 550.0");
  ASSERT_TEXT ("SELECT quality || ' ' || year || ' ' || typeof (year) FROM source WHERE id = 'src-a'", "primary 2015 integer");

  /* Per-medicine separation: an override, else the interaction's own. */
  ASSERT_TEXT ("SELECT group_concat(medicine_id || '=' || hours_before || '/' || hours_after, ' ') "
               "FROM interaction_medicine WHERE interaction_id = 'quinolones'",
               "ciprofloxacin=2.0/6.0 levofloxacin=2.0/4.0");

  /* Compound notes keep their order and topic. */
  ASSERT_TEXT ("SELECT group_concat(topic, ' ') FROM compound_note WHERE compound_id = 'oxide'", "absorption laxative");
  ASSERT_TEXT ("SELECT value FROM text WHERE owner = 'compound:oxide/absorption/0' AND lang = 'nl'", "Slecht opgenomen.");

  /* Names: folded, every language, brands without a language. */
  ASSERT_TEXT ("SELECT group_concat(kind || ':' || id, ' ') FROM name WHERE folded = 'magnesiumcitraat'",
               "generic-name:citrate");
  ASSERT_TEXT ("SELECT group_concat(kind || ':' || id, ' ') FROM name WHERE folded = 'ciprobay'", "product:ciproxin");
  /* A one-ingredient product is a brand of its medicine as well. */
  ASSERT_TEXT ("SELECT group_concat(kind || ':' || id, ' ') FROM name WHERE folded = 'ciproxin' AND lang = ''",
               "medicine:ciprofloxacin product:ciproxin");
  ASSERT_TEXT ("SELECT group_concat(id || '=' || ifnull(brands, '-'), ' ') FROM medicine",
               "ciprofloxacin=Ciproxin levofloxacin=-");
  ASSERT_TEXT ("SELECT count(*) FROM name WHERE kind = 'compound' AND id = 'citrate-nonahydrate'", "5");

  /* Search: substrings, any case, no accents, names in every language. */
  ASSERT_SEARCH ("en", "cipro", "ciprofloxacin ciproxin");
  ASSERT_SEARCH ("en", "FLOXACIN", "ciprofloxacin levofloxacin");
  ASSERT_SEARCH ("nl", "floxacine", "ciprofloxacin levofloxacin");
  ASSERT_SEARCH ("nl", "citraat", "citrate citrate-anhydrous citrate-nonahydrate");
  ASSERT_SEARCH ("en", "citraat", "citrate citrate-anhydrous citrate-nonahydrate");
  ASSERT_SEARCH ("nl", "Hypomagnesiëmie", "hypo-adult hypo-other");
  ASSERT_SEARCH ("nl", "hypomagnesiemie", "hypo-adult hypo-other");
  ASSERT_SEARCH ("en", "Ciproxin", "ciprofloxacin ciproxin");
  ASSERT_SEARCH ("nl", "Grenzen verschillen", "hypo-thresholds");
  ASSERT_SEARCH ("nl", "botten", "body-store");
  ASSERT_SEARCH ("en", "botten", "");
  ASSERT_TEXT ("SELECT title FROM search_nl WHERE id = 'quinolones'", "Chinolonen");

  /* Products: the own figure wins over every ingredient; without one the
   * strictest of the ingredients' (ciprofloxacin 2/6, levofloxacin 2/4). */
  ASSERT_TEXT ("SELECT spacing || ' ' || hours_before || ' ' || hours_after || ' ' || own_separation "
               "FROM product WHERE id = 'quinocombo'", "hours 2.0 6.0 1");
  ASSERT_TEXT ("SELECT spacing || ' ' || hours_before || ' ' || hours_after || ' ' || own_separation "
               "FROM product WHERE id = 'ciproxin'", "hours 2.0 6.0 0");
  ASSERT_TEXT ("SELECT group_concat(medicine_id || ':' || interaction_id || ':' || hours_before || '/' || hours_after "
               "|| ':' || from_product, ' ') FROM product_interaction WHERE product_id = 'quinocombo'",
               "ciprofloxacin:quinolones:2.0/6.0:1 levofloxacin:quinolones:2.0/6.0:1");
  ASSERT_TEXT ("SELECT group_concat(medicine_id, ' ') FROM product_ingredient WHERE product_id = 'quinocombo'",
               "ciprofloxacin levofloxacin");
  ASSERT_TEXT ("SELECT value FROM text WHERE owner = 'product:quinocombo/note/0' AND lang = 'nl'", "Neem in met water.");
  ASSERT_TEXT ("SELECT group_concat(medicine_id || '=' || spacing, ' ') FROM interaction_medicine", "ciprofloxacin=hours levofloxacin=hours");

  /* Generic names: the form a name stands for, or none when ambiguous. */
  ASSERT_TEXT ("SELECT group_concat(id || '=' || ifnull(resolves_to, '?'), ' ') FROM generic_name",
               "citrate=? sulfate=sulfate-heptahydrate");
  ASSERT_TEXT ("SELECT group_concat(compound_id, ' ') FROM generic_form WHERE generic_id = 'citrate'",
               "citrate-nonahydrate citrate-anhydrous");
  ASSERT_TEXT ("SELECT group_concat(kind || ':' || id, ' ') FROM name WHERE folded = 'magnesiumsulfaat'",
               "generic-name:sulfate compound:sulfate-heptahydrate");

  /* Doses: the daily amount of magnesium, computed, and the limit it is held against. */
  ASSERT_TEXT ("SELECT daily_mg_max || ' ' || limit_mg || ' ' || supervised FROM condition_dose "
               "WHERE owner = 'condition:migraine/dose/0'", "600.0 250.0 1");
  g_assert_cmpfloat_with_epsilon (query_double (db, "SELECT daily_mg_max FROM condition_dose "
                                                    "WHERE owner = 'condition:migraine/dose/1'"),
                                  150 * 2 * 24.305 / (24.305 + 15.999), 1e-9);
  ASSERT_TEXT ("SELECT typeof (daily_mg_max) || ' ' || typeof (limit_mg) || ' ' || compound FROM condition_dose "
               "WHERE owner = 'condition:migraine/dose/2'", "null null sulfate");

  /* Serum: what each band is about, and which bands a disagreement covers. */
  ASSERT_TEXT ("SELECT findings FROM serum_range WHERE id = 'hypo-other'", "hypomagnesaemia");
  ASSERT_TEXT ("SELECT group_concat(range_id, ' ') FROM serum_disagreement_range", "hypo-adult hypo-other");

  problems = mg_test_kb_find_uncited (db);
  g_assert_cmpstr (problems, ==, NULL);

  sqlite3_close (db);

#undef ASSERT_TEXT
#undef ASSERT_SEARCH
}

static void
test_good_deterministic (void)
{
  g_autofree char *input = fixture_path ("good.xml");
  g_autofree char *dir = g_dir_make_tmp ("mg-kb-compile-XXXXXX", NULL);
  g_autofree char *first = g_build_filename (dir, "first.sqlite", NULL);
  g_autofree char *second = g_build_filename (dir, "second.sqlite", NULL);
  g_autofree char *err = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  gsize a_len, b_len;

  g_assert_true (compile (input, first, TRUE, &err));
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  g_assert_true (compile (input, second, TRUE, &err));
  g_assert_cmpstr (err, ==, "");

  g_assert_true (g_file_get_contents (first, &a, &a_len, NULL));
  g_assert_true (g_file_get_contents (second, &b, &b_len, NULL));
  g_assert_cmpmem (a, a_len, b, b_len);

  /* Nothing but the two databases is left behind. */
  g_assert_cmpuint (count_entries (dir), ==, 2);

  check_good_database (first);

  g_unlink (first);
  g_unlink (second);
  g_rmdir (dir);
}

/* Without --require-translations a missing text is a warning, and the
 * English text stands in (the reader falls back to it, search uses it). */
static void
test_missing_translation_warns (void)
{
  g_autofree char *input = fixture_path ("bad-missing-translation.xml");
  g_autofree char *dir = g_dir_make_tmp ("mg-kb-compile-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (dir, "kb.sqlite", NULL);
  g_autofree char *err = NULL;
  g_autofree char *value = NULL;
  sqlite3 *db = NULL;

  g_assert_true (compile (input, output, FALSE, &err));
  assert_diagnostic_format (err);
  g_assert_nonnull (strstr (err, ": warning: <mechanism> has no “nl” translation"));

  g_assert_cmpint (sqlite3_open_v2 (output, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  value = query_text (db, "SELECT count(*) FROM text WHERE owner = 'interaction:quinolones' "
                          "AND field = 'mechanism' AND lang = 'nl'");
  g_assert_cmpstr (value, ==, "0");
  g_clear_pointer (&value, g_free);
  value = search (db, "nl", "binds the antibiotic");
  g_assert_cmpstr (value, ==, "quinolones");
  sqlite3_close (db);

  g_unlink (output);
  g_rmdir (dir);
}

static void
test_unwritable_output (void)
{
  g_autofree char *input = fixture_path ("good.xml");
  g_autofree char *err = NULL;

  g_assert_false (compile (input, "/nonexistent-dir/kb.sqlite", FALSE, &err));
  g_assert_nonnull (strstr (err, "/nonexistent-dir/kb.sqlite"));
}

static void
test_missing_input (void)
{
  g_autofree char *err = NULL;

  g_assert_false (compile ("/nonexistent-dir/kb.xml", "/nonexistent-dir/kb.sqlite", FALSE, &err));
  assert_diagnostic_format (err);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strndup (bad_cases[i].fixture, strlen (bad_cases[i].fixture) - strlen (".xml"));
      g_autofree char *path = g_strdup_printf ("/kb-compile/%s", name);

      g_test_add_data_func (path, &bad_cases[i], test_bad);
    }

  g_test_add_func ("/kb-compile/good/deterministic", test_good_deterministic);
  g_test_add_func ("/kb-compile/missing-translation-warns", test_missing_translation_warns);
  g_test_add_func ("/kb-compile/unwritable-output", test_unwritable_output);
  g_test_add_func ("/kb-compile/missing-input", test_missing_input);

  return g_test_run ();
}
