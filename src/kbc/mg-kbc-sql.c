/* mg-kbc-sql.c — the SQLite statements of the writer: prepared once,
 * bound by type letter, the first failure kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bottom of the writer: calls nothing else of the compiler.
 */

#include <math.h>
#include <string.h>

#include "mg-kbc-sql.h"

static void
fail_sqlite (MgKbcWriter  *w,
             const char *what)
{
  if (w->error == NULL)
    g_set_error (&w->error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "SQLite: %s: %s",
                 what, sqlite3_errmsg (w->db));
}

void
mg_kbc_sql_exec (MgKbcWriter  *w,
                const char *sql)
{
  char *message = NULL;

  if (w->error != NULL)
    return;

  if (sqlite3_exec (w->db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_set_error (&w->error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "SQLite: %s", message);
  sqlite3_free (message);
}

static guint
count_parameters (const char *sql)
{
  guint n = 0;

  for (const char *p = sql; *p != '\0'; p++)
    n += *p == '?';

  return n;
}

void
mg_kbc_sql_insert (MgKbcWriter  *w,
                  const char *sql,
                  const char *types,
                  ...)
{
  sqlite3_stmt *stmt;
  va_list args;

  if (w->error != NULL)
    return;

  /* Arguments are read by type letter; a letter too many reads garbage. */
  if (strlen (types) != count_parameters (sql))
    g_error ("“%s” has %u parameters but the types are “%s”", sql, count_parameters (sql), types);

  stmt = g_hash_table_lookup (w->statements, sql);
  if (stmt == NULL)
    {
      if (sqlite3_prepare_v2 (w->db, sql, -1, &stmt, NULL) != SQLITE_OK)
        {
          fail_sqlite (w, sql);
          return;
        }
      g_hash_table_insert (w->statements, g_strdup (sql), stmt);
    }

  va_start (args, types);
  for (int i = 0; types[i] != '\0'; i++)
    {
      switch (types[i])
        {
        case 't':
          {
            const char *s = va_arg (args, const char *);

            if (s != NULL)
              sqlite3_bind_text (stmt, i + 1, s, -1, SQLITE_TRANSIENT);
            else
              sqlite3_bind_null (stmt, i + 1);
          }
          break;

        case 'i':
          sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
          break;

        case 'n':
          {
            int n = va_arg (args, int);

            if (n >= 0)
              sqlite3_bind_int (stmt, i + 1, n);
            else
              sqlite3_bind_null (stmt, i + 1);
          }
          break;

        case 'd':
          {
            double d = va_arg (args, double);

            if (!isnan (d))
              sqlite3_bind_double (stmt, i + 1, d);
            else
              sqlite3_bind_null (stmt, i + 1);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
  va_end (args);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    fail_sqlite (w, sql);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}
