/* test-kb-faults.c — a database that fails under a query is an error,
 * never "not found", a shorter list or a record with parts missing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three kinds of failure, as a knowledge base given with --kb or damaged on
 * disk would produce them: a damaged page (read through bytes, which skip
 * the page check that files get when opening), a table dropped by another
 * program while the reader has the file open, and a statement that fails
 * part way through its rows.
 */
#include "config.h"

#include <string.h>

#include "kb-test-utils.h"
#include "mg-test-kb-faults.h"

static GBytes *mini;

static MgKb *
open_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  MgKb *kb = mg_kb_new_for_bytes (bytes, &error);

  g_assert_no_error (error);
  mg_kb_set_language (kb, "en");
  return kb;
}

static MgKb *
open_with_damaged (const char *table)
{
  g_autofree char *path = mg_test_kb_copy (mini, NULL);
  g_autoptr(GBytes) bytes = NULL;

  mg_test_kb_damage_table (path, table);
  bytes = mg_test_kb_read (path);
  mg_test_kb_remove (path);

  return open_bytes (bytes);
}

static void
assert_failed (gpointer     result,
               GError      *error,
               int          code,
               const char  *message_part)
{
  g_assert_null (result);
  g_assert_error (error, MG_KB_ERROR, code);
  g_test_message ("%s", error->message);
  if (message_part != NULL)
    g_assert_nonnull (strstr (error->message, message_part));
}

#define ASSERT_FAILS(call, code, part) G_STMT_START { \
    g_autoptr(GError) _error = NULL; \
    gpointer _result = call; \
    assert_failed (_result, _error, code, part); \
  } G_STMT_END

/* The error parameter of every call in ASSERT_FAILS is &_error. */
#define E (&_error)

static void
test_damaged_page (void)
{
  g_autoptr(MgKb) interactions = open_with_damaged ("interaction");
  g_autoptr(MgKb) names = open_with_damaged ("name");
  g_autoptr(MgKb) citations = open_with_damaged ("citation");
  g_autoptr(MgKb) intakes = open_with_damaged ("intake");
  g_autoptr(MgKb) limits = open_with_damaged ("upper_limit");
  g_autoptr(MgKb) texts = open_with_damaged ("text");
  g_autoptr(MgKb) advice = open_with_damaged ("dosing_advice");
  g_autoptr(GListModel) sources = NULL;
  g_autoptr(MgMedicine) medicine = NULL;
  g_autoptr(GError) error = NULL;

  /* Before, each of these read as an answer: no interaction, unknown
   * medicine, compounds without sources, no band for this age. */
  ASSERT_FAILS (mg_kb_find_interactions (interactions, "ciprofloxacin", E), MG_KB_ERROR_CORRUPT, "damaged");
  ASSERT_FAILS (mg_kb_lookup_interaction (interactions, "quinolones", E), MG_KB_ERROR_CORRUPT, NULL);
  ASSERT_FAILS (mg_kb_list_interactions (interactions, E), MG_KB_ERROR_CORRUPT, NULL);
  ASSERT_FAILS (mg_kb_lookup_medicine (names, "Ciproxin", E), MG_KB_ERROR_CORRUPT, NULL);
  ASSERT_FAILS (mg_kb_find_interactions (names, "Ciproxin", E), MG_KB_ERROR_CORRUPT, NULL);
  ASSERT_FAILS (mg_kb_search (names, "cipro", 10, E), MG_KB_ERROR_CORRUPT, NULL);
  ASSERT_FAILS (mg_kb_list_compounds (citations, E), MG_KB_ERROR_CORRUPT, NULL);
  ASSERT_FAILS (mg_kb_get_sources_for (citations, "compound:oxide", E), MG_KB_ERROR_CORRUPT, NULL);
  ASSERT_FAILS (mg_kb_get_intake (intakes, NULL, 480, "female", NULL, E), MG_KB_ERROR_CORRUPT, NULL);
  ASSERT_FAILS (mg_kb_list_intakes (intakes, NULL, E), MG_KB_ERROR_CORRUPT, NULL);
  ASSERT_FAILS (mg_kb_get_upper_limit (limits, NULL, 480, NULL, E), MG_KB_ERROR_CORRUPT, NULL);
  ASSERT_FAILS (mg_kb_lookup_compound (texts, "oxide", E), MG_KB_ERROR_CORRUPT, NULL);
  ASSERT_FAILS (mg_kb_list_foods (texts, E), MG_KB_ERROR_CORRUPT, NULL);
  ASSERT_FAILS (mg_kb_lookup_dosing_advice (advice, "split-dose", E), MG_KB_ERROR_CORRUPT, NULL);

  /* A failure belongs to its query: the next one that does not touch the
   * damage answers normally. */
  sources = mg_kb_list_sources (interactions, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sources), >, 0);
  medicine = mg_kb_lookup_medicine (interactions, "ciprofloxacin", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mg_medicine_get_name (medicine), ==, "ciprofloxacin");
}

static void
test_table_dropped_while_open (void)
{
  g_autofree char *path = mg_test_kb_copy (mini, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MgKb) kb = mg_kb_new_for_path (path, &error);
  g_autoptr(MgKb) reopened = NULL;
  g_autoptr(GListModel) found = NULL;

  g_assert_no_error (error);
  found = mg_kb_find_interactions (kb, "ciprofloxacin", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);

  /* The statements are prepared and cached by now; SQLite prepares them
   * again for the changed schema, and that fails. */
  mg_test_kb_exec (path, "DROP TABLE interaction_medicine;");
  ASSERT_FAILS (mg_kb_find_interactions (kb, "ciprofloxacin", E), MG_KB_ERROR_FAILED, "interaction_medicine");
  ASSERT_FAILS (mg_kb_lookup_interaction (kb, "quinolones", E), MG_KB_ERROR_FAILED, "interaction_medicine");

  /* Opened now, the same file is refused outright. */
  reopened = mg_kb_new_for_path (path, &error);
  assert_failed (reopened, error, MG_KB_ERROR_SCHEMA, "interaction_medicine");
  g_assert_nonnull (strstr (error->message, path));

  mg_test_kb_remove (path);
}

static void
test_failing_statement (void)
{
  g_autofree char *path = mg_test_kb_copy (mini, MG_TEST_KB_FAILING_ROWS_SQL ("omeprazole"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MgKb) kb = mg_kb_new_for_path (path, &error);
  g_autoptr(GListModel) cipro = NULL;

  /* The file passes every check when opening: only reading those rows fails. */
  g_assert_no_error (error);

  cipro = mg_kb_find_interactions (kb, "ciprofloxacin", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cipro), ==, 1);

  ASSERT_FAILS (mg_kb_find_interactions (kb, "omeprazole", E), MG_KB_ERROR_FAILED, "integer overflow");
  ASSERT_FAILS (mg_kb_find_interactions (kb, "Losec", E), MG_KB_ERROR_FAILED, NULL);
  ASSERT_FAILS (mg_kb_list_interactions (kb, E), MG_KB_ERROR_FAILED, NULL);
  ASSERT_FAILS (mg_kb_lookup_interaction (kb, "ppi", E), MG_KB_ERROR_FAILED, NULL);

  mg_test_kb_remove (path);
}

static void
test_invalid_values (void)
{
  static const char * const fractions[] = { "1.2", "0", "-0.1", "NULL" };

  for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE compound SET elemental_fraction = %s WHERE id = 'oxide';",
                                              fractions[i]);
      g_autofree char *path = mg_test_kb_copy (mini, sql);
      g_autoptr(GBytes) bytes = mg_test_kb_read (path);
      g_autoptr(MgKb) kb = open_bytes (bytes);
      g_autoptr(MgCompound) citrate = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("elemental fraction %s", fractions[i]);
      /* An elemental fraction outside (0, 1] is an error, not a smaller
       * (or larger) total. */
      ASSERT_FAILS (mg_kb_lookup_compound (kb, "oxide", E), MG_KB_ERROR_INVALID_DATA, "oxide");
      ASSERT_FAILS (mg_kb_list_compounds (kb, E), MG_KB_ERROR_INVALID_DATA, "oxide");
      citrate = mg_kb_lookup_compound (kb, "citrate", &error);
      g_assert_no_error (error);

      mg_test_kb_remove (path);
    }

  {
    /* A food's magnesium adds to a day's total; a portion is optional. */
    static const char * const foods[] = {
      "UPDATE food SET mg_per_100g = -1 WHERE id = 'pumpkin-seeds';",
      "UPDATE food SET mg_per_100g = NULL WHERE id = 'pumpkin-seeds';",
      "UPDATE food SET portion_g = 0 WHERE id = 'pumpkin-seeds';",
    };

    for (guint i = 0; i < G_N_ELEMENTS (foods); i++)
      {
        g_autofree char *path = mg_test_kb_copy (mini, foods[i]);
        g_autoptr(GBytes) bytes = mg_test_kb_read (path);
        g_autoptr(MgKb) kb = open_bytes (bytes);

        g_test_message ("%s", foods[i]);
        ASSERT_FAILS (mg_kb_list_foods (kb, E), MG_KB_ERROR_INVALID_DATA, "pumpkin-seeds");
        mg_test_kb_remove (path);
      }
  }

  {
    g_autofree char *path = mg_test_kb_copy (mini, "UPDATE dosing_advice SET above_mg = NULL;");
    g_autoptr(GBytes) bytes = mg_test_kb_read (path);
    g_autoptr(MgKb) kb = open_bytes (bytes);

    ASSERT_FAILS (mg_kb_lookup_dosing_advice (kb, "split-dose", E), MG_KB_ERROR_INVALID_DATA, "split-dose");
    mg_test_kb_remove (path);
  }
}

/* Bytes that are not UTF-8, as text and as a blob where text belongs: the
 * query that meets them fails, and no other record is harmed. */
static void
test_invalid_utf8 (void)
{
  static const char * const damage[] = {
    "UPDATE text SET value = CAST(X'4F78C3' AS TEXT) WHERE owner = 'compound:oxide' AND field = 'name';",
    "UPDATE compound SET formula = X'FF4D67' WHERE id = 'oxide';",
    "UPDATE text SET value = CAST(X'4F7800C3A9' AS TEXT) WHERE owner = 'compound:oxide' AND field = 'name';",
  };

  for (guint i = 0; i < G_N_ELEMENTS (damage); i++)
    {
      g_autofree char *path = mg_test_kb_copy (mini, damage[i]);
      g_autoptr(GBytes) bytes = mg_test_kb_read (path);
      g_autoptr(MgKb) kb = open_bytes (bytes);
      g_autoptr(MgCompound) citrate = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", damage[i]);
      ASSERT_FAILS (mg_kb_lookup_compound (kb, "oxide", E), MG_KB_ERROR_CORRUPT, "UTF-8");
      ASSERT_FAILS (mg_kb_list_compounds (kb, E), MG_KB_ERROR_CORRUPT, "UTF-8");
      citrate = mg_kb_lookup_compound (kb, "citrate", &error);
      g_assert_no_error (error);
      g_assert_nonnull (citrate);

      mg_test_kb_remove (path);
    }
}

/* An index that has lost its table's rows: PRAGMA quick_check does not
 * compare the two, so the file opens through --kb. The scan finds an
 * intake whose owner the primary-key index cannot find again; that is
 * damage, never "no intake" and never NULL without an error (found by
 * fuzz-kb-open). */
static void
test_index_disagrees_with_table (void)
{
  g_autofree char *path = mg_test_kb_copy (mini, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MgKb) kb = NULL;

  /* Hide the index, change the rows without it, then put it back. Each
   * step runs on a connection of its own so the schema is read anew. */
  mg_test_kb_exec (path, "CREATE TABLE fault_hidden_index AS "
                         "SELECT * FROM sqlite_schema WHERE name = 'sqlite_autoindex_intake_1';");
  mg_test_kb_exec (path,
                   "PRAGMA writable_schema = ON;"
                   "UPDATE sqlite_schema SET sql = replace (sql, 'owner TEXT PRIMARY KEY', 'owner TEXT') WHERE name = 'intake';"
                   "DELETE FROM sqlite_schema WHERE name = 'sqlite_autoindex_intake_1';");
  mg_test_kb_exec (path, "UPDATE intake SET owner = owner || '~';");
  mg_test_kb_exec (path,
                   "PRAGMA writable_schema = ON;"
                   "UPDATE sqlite_schema SET sql = replace (sql, 'owner TEXT,', 'owner TEXT PRIMARY KEY,') WHERE name = 'intake';"
                   "INSERT INTO sqlite_schema SELECT * FROM fault_hidden_index;");
  mg_test_kb_exec (path, "DROP TABLE fault_hidden_index;");

  kb = mg_kb_new_for_path (path, &error);
  g_assert_no_error (error);
  mg_kb_set_language (kb, "en");
  ASSERT_FAILS (mg_kb_get_intake (kb, NULL, 480, "female", NULL, E), MG_KB_ERROR_CORRUPT, "cannot be read");

  mg_test_kb_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  mini = kb_test_mini_bytes ();

  g_test_add_func ("/kb/faults/damaged-page", test_damaged_page);
  g_test_add_func ("/kb/faults/table-dropped-while-open", test_table_dropped_while_open);
  g_test_add_func ("/kb/faults/failing-statement", test_failing_statement);
  g_test_add_func ("/kb/faults/invalid-values", test_invalid_values);
  g_test_add_func ("/kb/faults/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/kb/faults/index-disagrees-with-table", test_index_disagrees_with_table);

  status = g_test_run ();
  g_bytes_unref (mini);

  return status;
}
