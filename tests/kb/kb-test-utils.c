/* kb-test-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "kb-test-utils.h"

char *
kb_test_build_fixture (const char *name,
                       const char *extra_sql)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *path = NULL;
  char *message = NULL;
  sqlite3 *db = NULL;
  int fd;

  g_autofree char *fixture = g_build_filename (KB_FIXTURES_DIR, name, NULL);

  g_file_get_contents (fixture, &sql, NULL, &error);
  g_assert_no_error (error);

  fd = g_file_open_tmp ("mg-kb-test-XXXXXX.sqlite", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_remove (path);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK ||
      (extra_sql != NULL && sqlite3_exec (db, extra_sql, NULL, NULL, &message) != SQLITE_OK))
    g_error ("fixture %s: %s", name, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  return g_steal_pointer (&path);
}

MgKb *
kb_test_open_mini (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = kb_test_build_fixture ("mini-kb.sql", NULL);
  g_autoptr(GBytes) bytes = NULL;
  char *contents;
  gsize length;
  MgKb *kb;

  /* Through bytes, as the resource is read, so that the file can go now. */
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, length);
  kb_test_remove (path);

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
