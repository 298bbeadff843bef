/* mg-test-kb-faults.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "mg-test-kb-faults.h"

void
mg_test_kb_exec (const char *path,
                 const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

char *
mg_test_kb_copy (GBytes     *image,
                 const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gsize size;
  const char *data = g_bytes_get_data (image, &size);
  int fd = g_file_open_tmp ("mg-kb-fault-XXXXXX.sqlite", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);

  if (sql != NULL)
    mg_test_kb_exec (path, sql);

  return g_steal_pointer (&path);
}

GBytes *
mg_test_kb_read (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

void
mg_test_kb_damage_table (const char *path,
                         const char *table)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GArray) roots = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  gint64 page_size = 0;
  gsize length;

  /* The table and its indexes: a query may read only an index. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rootpage, (SELECT page_size FROM pragma_page_size) "
                                           "FROM sqlite_schema WHERE tbl_name = ?1 AND rootpage > 0",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 root = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (roots, root);
      page_size = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  g_assert_cmpuint (roots->len, >, 0);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < roots->len; i++)
    {
      gint64 root = g_array_index (roots, gint64, i);

      /* Page 1 holds the schema: a table's root is always after it. */
      g_assert_cmpint (root, >, 1);
      g_assert_cmpuint ((guint64) root * page_size, <=, length);
      memset (contents + (root - 1) * page_size, 0x5a, page_size);
    }
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

void
mg_test_kb_remove (const char *path)
{
  g_assert_cmpint (g_remove (path), ==, 0);
}
