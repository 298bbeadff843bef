/* bench-search.c — mg_kb_search() latency on the shipped knowledge base and
 * on a generated one with many medicine names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-search [N_MEDICINES [ROUNDS]]   (defaults 100000 and 30)
 *
 * Prints p50, p99 and mean in microseconds over a fixed query list, next to
 * two baselines on the same connection and queries: a plain substring scan
 * of the name table (LIKE '%q%') and an FTS5 query ranked by bm25 over all
 * matches. Figures only: timing is never an assertion.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <sqlite3.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "kb-test-utils.h"
#include "mg-fold.h"
#include "mg-kb.h"

static const char * const queries[] = {
  "cipro", "floxacin", "citraat", "magnesiumcitraat", "Magnésium citrate", "mag", "ci", "o",
  "omeprazol", "losec", "levo", "antibiotic", "statin", "pril", "lithium", "acin",
  "magnesium oxide", "pompoen", "zzzq", "xyzzy",
};

typedef double (*SearchFunc) (gpointer data, const char *query);

typedef struct
{
  MgKb         *kb;
  sqlite3      *db;
  sqlite3_stmt *stmt;
} Target;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
run_mg_kb (gpointer    data,
           const char *query)
{
  Target *t = data;
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GListModel) results = mg_kb_search (t->kb, query, 20, NULL);

  return (double) (g_get_monotonic_time () - start);
}

/* The baselines fold the query too, so that only the lookup differs. */
static double
run_statement (gpointer    data,
               const char *query)
{
  Target *t = data;
  gint64 start = g_get_monotonic_time ();
  g_autofree char *folded = mg_fold (query);
  g_autofree char *phrase = g_strdup_printf ("\"%s\"", folded);

  sqlite3_reset (t->stmt);
  sqlite3_bind_text (t->stmt, 1, folded, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (t->stmt, 2, phrase, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (t->stmt) == SQLITE_ROW)
    (void) sqlite3_column_text (t->stmt, 0);

  return (double) (g_get_monotonic_time () - start);
}

static void
measure (const char *label,
         SearchFunc  func,
         gpointer    data,
         guint       rounds)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  double sum = 0, worst = 0;
  const char *worst_query = NULL;

  /* one warm-up round: page cache and prepared statements */
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    func (data, queries[q]);

  for (guint r = 0; r < rounds; r++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        double us = func (data, queries[q]);

        g_array_append_val (samples, us);
        sum += us;
        if (us > worst)
          {
            worst = us;
            worst_query = queries[q];
          }
      }

  g_array_sort (samples, compare_doubles);
  g_print ("  %-34s p50 %8.1f µs   p99 %8.1f µs   mean %8.1f µs   max %8.1f µs (“%s”)\n",
           label,
           g_array_index (samples, double, samples->len / 2),
           g_array_index (samples, double, (guint) ceil (samples->len * 0.99) - 1),
           sum / samples->len, worst, worst_query);
}

static void
bench (const char *title,
       MgKb       *kb,
       sqlite3    *db,
       guint       rounds)
{
  Target t = { kb, db, NULL };

  g_print ("%s (%u queries x %u rounds)\n", title, (guint) G_N_ELEMENTS (queries), rounds);
  measure ("mg_kb_search (limit 20)", run_mg_kb, &t, rounds);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM name WHERE folded LIKE '%' || ?1 || '%' "
                                           "AND ?2 IS NOT NULL LIMIT 20", -1, &t.stmt, NULL), ==, SQLITE_OK);
  measure ("baseline: LIKE '%q%' on name", run_statement, &t, rounds);
  sqlite3_finalize (t.stmt);

  /* Short queries fail the trigram MATCH at once; that is still a fair
   * baseline for the longer ones, where ranking every hit costs. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id FROM search_en WHERE search_en MATCH ?2 "
                                           "AND ?1 IS NOT NULL ORDER BY bm25(search_en) LIMIT 20",
                                       -1, &t.stmt, NULL), ==, SQLITE_OK);
  measure ("baseline: FTS5 ORDER BY bm25", run_statement, &t, rounds);
  sqlite3_finalize (t.stmt);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgKb) shipped = NULL;
  g_autoptr(MgKb) generated = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  guint n_medicines = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  guint rounds = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 30;
  sqlite3 *db;

  rounds = MAX (rounds, 1);
  /* "µs" in the terminal's charset */
  setlocale (LC_ALL, "");

  shipped = mg_kb_new_default (&error);
  g_assert_no_error (error);
  mg_kb_set_language (shipped, "en");
  bytes = g_resources_lookup_data (MG_KB_RESOURCE_PATH, 0, NULL);
  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_deserialize (db, "main", (unsigned char *) g_bytes_get_data (bytes, NULL),
                                        g_bytes_get_size (bytes), g_bytes_get_size (bytes),
                                        SQLITE_DESERIALIZE_READONLY), ==, SQLITE_OK);
  bench ("(a) shipped knowledge base", shipped, db, rounds);
  sqlite3_close (db);
  g_print ("\n");

  path = kb_test_generate (n_medicines);
  generated = mg_kb_new_for_path (path, &error);
  g_assert_no_error (error);
  mg_kb_set_language (generated, "en");
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  {
    g_autofree char *title = g_strdup_printf ("(b) generated knowledge base, %u medicines", n_medicines);
    bench (title, generated, db, rounds);
  }
  sqlite3_close (db);

  g_clear_object (&generated);
  g_remove (path);

  return 0;
}
