/* kb-test-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "kb-test-utils.h"
#include "mg-test-kb-faults.h"

GBytes *
kb_test_mini_bytes (void)
{
  return mg_test_kb_read (KB_MINI_FIXTURE);
}

char *
kb_test_copy_mini (const char *extra_sql)
{
  g_autoptr(GBytes) image = kb_test_mini_bytes ();

  return mg_test_kb_copy (image, extra_sql);
}

char *
kb_test_build_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *path = NULL;
  g_autofree char *fixture = g_build_filename (KB_FIXTURES_DIR, name, NULL);
  int fd;

  g_file_get_contents (fixture, &sql, NULL, &error);
  g_assert_no_error (error);

  fd = g_file_open_tmp ("mg-kb-test-XXXXXX.sqlite", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_remove (path);
  mg_test_kb_exec (path, sql);

  return g_steal_pointer (&path);
}

MgKb *
kb_test_open_mini (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = kb_test_mini_bytes ();
  MgKb *kb;

  /* Through bytes, as the resource is read. */
  kb = mg_kb_new_for_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kb);
  mg_kb_set_language (kb, "en");

  return kb;
}

void
kb_test_remove (const char *path)
{
  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
exec (sqlite3    *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* INN-like names from stems, so trigrams repeat as in a real list:
 * "bexoraprazole", "tivamifloxacin"… */
static char *
medicine_name (guint i)
{
  static const char * const heads[] = { "a", "be", "ci", "do", "e", "fa", "ga", "hy", "i", "ke", "lo",
                                        "me", "no", "o", "pa", "qui", "ra", "se", "ti", "u", "va", "xe", "zo" };
  static const char * const middles[] = { "ba", "ce", "di", "fo", "gu", "ka", "le", "mi", "no", "pu",
                                          "ra", "si", "to", "vu", "xa", "ze", "lo", "ma", "ne", "ri" };
  static const char * const stems[] = { "floxacin", "prazole", "statin", "pril", "sartan", "olol", "mab",
                                        "tinib", "cycline", "dronate", "azepam", "oxetine", "triptan", "vir",
                                        "conazole", "parin", "dipine", "lukast", "gliptin", "semide" };
  GString *name = g_string_new (heads[i % G_N_ELEMENTS (heads)]);
  guint rest = i / G_N_ELEMENTS (heads);

  /* enough middles to make every name unique */
  do
    {
      g_string_append (name, middles[rest % G_N_ELEMENTS (middles)]);
      rest /= G_N_ELEMENTS (middles);
    }
  while (rest > 0);
  g_string_append (name, stems[(i * 7) % G_N_ELEMENTS (stems)]);

  return g_string_free (name, FALSE);
}

/**
 * kb_test_generate:
 * @n_medicines: how many medicines to add, each with an English and a
 *   Dutch name and a brand (three names each)
 *
 * The mini fixture with generated medicines on top, for benchmarks: a
 * knowledge base as large as a real one may become.
 *
 * Returns: (transfer full): the path of the new database; delete it
 */
char *
kb_test_generate (guint n_medicines)
{
  g_autofree char *path = kb_test_copy_mini (NULL);
  sqlite3_stmt *stmts[5];
  const char *sql[] = {
    "INSERT INTO medicine VALUES (?1, ?2, ?3)",
    "INSERT INTO text VALUES ('medicine:' || ?1, 'name', 'en', ?4)",
    "INSERT INTO name VALUES ('medicine', ?1, 'en', ?4, ?4, 1), ('medicine', ?1, 'nl', ?4 || 'e', ?4 || 'e', 1), "
      "('medicine', ?1, '', ?3, lower(?3), 0)",
    "INSERT INTO search_en VALUES ('medicine', ?1, ?4, ?4 || char(10) || ?4 || 'e' || char(10) || ?3, '')",
    "INSERT INTO search_nl VALUES ('medicine', ?1, ?4 || 'e', ?4 || char(10) || ?4 || 'e' || char(10) || ?3, '')",
  };
  sqlite3 *db;
  gint64 start = g_get_monotonic_time ();

  /* The compiled mini fixture has the tables, name index and trigram FTS
   * layout of the real thing; the generated medicines go on top of it. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec (db, "BEGIN");
  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    g_assert_cmpint (sqlite3_prepare_v2 (db, sql[i], -1, &stmts[i], NULL), ==, SQLITE_OK);

  for (guint i = 0; i < n_medicines; i++)
    {
      g_autofree char *name = medicine_name (i);
      g_autofree char *id = g_strdup_printf ("gen-%u", i);
      g_autofree char *brand = g_strdup_printf ("Brand%u", i);

      for (guint s = 0; s < G_N_ELEMENTS (stmts); s++)
        {
          sqlite3_reset (stmts[s]);
          sqlite3_bind_text (stmts[s], 1, id, -1, SQLITE_STATIC);
          if (s == 0)
            sqlite3_bind_int (stmts[s], 2, 100 + i);
          sqlite3_bind_text (stmts[s], 3, brand, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmts[s], 4, name, -1, SQLITE_STATIC);
          if (sqlite3_step (stmts[s]) != SQLITE_DONE)
            g_error ("generating: %s", sqlite3_errmsg (db));
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (stmts); i++)
    sqlite3_finalize (stmts[i]);
  exec (db, "COMMIT");
  exec (db, "INSERT INTO search_en(search_en) VALUES ('optimize'); INSERT INTO search_nl(search_nl) VALUES ('optimize'); VACUUM");
  sqlite3_close (db);

  g_print ("generated %u medicines (%u names) in %.1f s\n\n",
           n_medicines, n_medicines * 3, (g_get_monotonic_time () - start) / 1e6);

  return g_steal_pointer (&path);
}
