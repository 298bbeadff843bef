/* mg-kb-query.c — running statements, reading rows, texts and names, and
 * turning an SQLite failure anywhere in a query into that query's error
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mg-fold.h"
#include "mg-kb-private.h"
#include "mg-quote.h"

static MgKbError
error_code_for (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
      return MG_KB_ERROR_CORRUPT;

    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_IOERR:
    case SQLITE_AUTH:
      return MG_KB_ERROR_OPEN;

    case SQLITE_ERROR:
      /* "no such table/column": a database, but not our schema */
      return MG_KB_ERROR_SCHEMA;

    default:
      return MG_KB_ERROR_FAILED;
    }
}

/* For opening: @what says what was being done. Returns FALSE. */
gboolean
_mg_kb_set_sqlite_error (GError     **error,
                         sqlite3     *db,
                         int          rc,
                         const char  *what)
{
  /* SQLite's message may quote the damaged file ("unrecognized token"). */
  g_autofree char *message = mg_quote_line (db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));

  g_set_error (error, MG_KB_ERROR, error_code_for (rc), "%s: %s", what, message);
  return FALSE;
}

/* Starts a public query with no failure kept. */
void
_mg_kb_begin (MgKb *kb)
{
  /* A public query inside another would forget the outer one's failure. */
  g_assert (!kb->in_query);

  kb->in_query = TRUE;
  g_clear_error (&kb->failure);
}

gboolean
_mg_kb_failed (MgKb *kb)
{
  return kb->failure != NULL;
}

/* Ends a public query: FALSE with @error set if anything in it failed. */
gboolean
_mg_kb_end (MgKb    *kb,
            GError **error)
{
  sqlite3_stmt *stmt = NULL;

  kb->in_query = FALSE;

  /* A statement left on a row keeps its read transaction, and with it a
   * lock on a --kb file: end them all with the query. */
  while ((stmt = sqlite3_next_stmt (kb->db, stmt)) != NULL)
    sqlite3_reset (stmt);

  if (kb->failure != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&kb->failure));
      return FALSE;
    }

  return TRUE;
}

/**
 * _mg_kb_finish:
 * @object: (transfer full) (nullable): the query's result, a GObject
 * @query_error: (transfer full) (nullable): the query's own error, such as
 *   not found
 *
 * A failure kept during the query wins over the result and over
 * @query_error: "not found" after a failed step is a failure, not an answer.
 *
 * Returns: (transfer full) (nullable): @object, or %NULL with @error set
 *   (%MG_KB_ERROR_CORRUPT when @object is %NULL without any error)
 */
gpointer
_mg_kb_finish (MgKb      *kb,
               gpointer   object,
               GError    *query_error,
               GError   **error)
{
  if (!_mg_kb_end (kb, error))
    {
      g_clear_object (&object);
      g_clear_error (&query_error);
      return NULL;
    }

  if (query_error != NULL)
    {
      g_clear_object (&object);
      g_propagate_error (error, query_error);
      return NULL;
    }

  /* A row one statement found that the next could not read back (a
   * damaged index and its table disagree): no SQLite error, no record.
   * Never a silent NULL: callers take NULL without an error as a bug. */
  if (object == NULL)
    {
      g_set_error_literal (error, MG_KB_ERROR, MG_KB_ERROR_CORRUPT,
                           _("The knowledge base is damaged: a record it lists cannot be read"));
      return NULL;
    }

  return object;
}

void
_mg_kb_fail (MgKb       *kb,
             MgKbError   code,
             const char *format,
             ...)
{
  va_list args;

  if (kb->failure != NULL)
    return;

  va_start (args, format);
  kb->failure = g_error_new_valist (MG_KB_ERROR, code, format, args);
  va_end (args);
}

/* Keeps the first failure of the query; later ones follow from it.
 * @preparing: an SQLITE_ERROR while preparing is a table or column the
 * database lacks; while stepping it is anything (an overflow, a table
 * dropped by another program after opening). */
void
_mg_kb_fail_sqlite (MgKb     *kb,
                    int       rc,
                    gboolean  preparing)
{
  g_autofree char *message = mg_quote_line (sqlite3_errmsg (kb->db));
  MgKbError code = error_code_for (rc);

  if (code == MG_KB_ERROR_SCHEMA && !preparing)
    code = MG_KB_ERROR_FAILED;

  if (code == MG_KB_ERROR_CORRUPT)
    _mg_kb_fail (kb, code, _("The knowledge base is damaged: %s"), message);
  else if (code == MG_KB_ERROR_SCHEMA)
    _mg_kb_fail (kb, code, _("The knowledge base lacks a table or column that a query needs: %s"), message);
  else
    _mg_kb_fail (kb, code, _("Reading the knowledge base failed: %s"), message);
}

/* Returns the cached statement for @sql, reset and with bindings cleared,
 * or %NULL after keeping the failure. Never step one statement while
 * another helper may reuse it: callers collect ids first and build objects
 * afterwards. */
sqlite3_stmt *
_mg_kb_statement (MgKb       *kb,
                  const char *sql)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (kb->statements, sql);

  if (stmt == NULL)
    {
      int rc = sqlite3_prepare_v3 (kb->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

      /* Opening probes the schema, so this is a table that went missing
       * after all, or a bug in the SQL: either way the query fails. */
      if (rc != SQLITE_OK)
        {
          _mg_kb_fail_sqlite (kb, rc, TRUE);
          return NULL;
        }
      g_hash_table_insert (kb->statements, g_strdup (sql), stmt);
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return stmt;
}

/* Every text of the row is valid UTF-8 without NUL bytes. SQLite stores
 * whatever bytes it is given, and a damaged or foreign file may hold any:
 * checked here, on every row, so that no caller can pass one on to a label,
 * to folding or to a message. */
static gboolean
row_texts_valid (sqlite3_stmt *stmt)
{
  int n = sqlite3_column_count (stmt);

  for (int i = 0; i < n; i++)
    {
      int type = sqlite3_column_type (stmt, i);
      const char *text;

      /* A blob read as text gives its raw bytes, so it is checked too. */
      if (type != SQLITE_TEXT && type != SQLITE_BLOB)
        continue;

      text = (const char *) sqlite3_column_text (stmt, i);
      if (text != NULL && !g_utf8_validate_len (text, sqlite3_column_bytes (stmt, i), NULL))
        return FALSE;
    }

  return TRUE;
}

/* TRUE for a row; FALSE when done, or after keeping the failure. */
gboolean
_mg_kb_step (MgKb         *kb,
             sqlite3_stmt *stmt)
{
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (row_texts_valid (stmt))
        return TRUE;

      _mg_kb_fail (kb, MG_KB_ERROR_CORRUPT,
                   _("The knowledge base is damaged: it holds text that is not valid UTF-8"));
      return FALSE;
    }

  if (rc != SQLITE_DONE)
    _mg_kb_fail_sqlite (kb, rc, FALSE);

  return FALSE;
}

char *
_mg_kb_column_dup (sqlite3_stmt *stmt,
                   int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;

  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* NULL numbers become -1: the objects' "absent" value */
double
_mg_kb_column_double (sqlite3_stmt *stmt,
                      int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return -1.0;

  return sqlite3_column_double (stmt, column);
}

int
_mg_kb_column_int (sqlite3_stmt *stmt,
                   int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return -1;

  return sqlite3_column_int (stmt, column);
}

/* First column of every row, for collecting ids before building objects */
GPtrArray *
_mg_kb_column_ids (MgKb       *kb,
                   const char *sql,
                   const char *param)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = _mg_kb_statement (kb, sql);

  if (stmt != NULL && param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);

  while (_mg_kb_step (kb, stmt))
    g_ptr_array_add (ids, _mg_kb_column_dup (stmt, 0));

  return ids;
}

char *
_mg_kb_meta (MgKb       *kb,
             const char *key)
{
  sqlite3_stmt *stmt = _mg_kb_statement (kb, "SELECT value FROM meta WHERE key = ?1");

  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);

  return _mg_kb_step (kb, stmt) ? _mg_kb_column_dup (stmt, 0) : NULL;
}

/* The current language, else English. @field NULL takes the owner's only
 * text, as child records (a note, a dose) hold one. */
char *
_mg_kb_text (MgKb       *kb,
             const char *owner,
             const char *field)
{
  sqlite3_stmt *stmt;

  if (field != NULL)
    {
      stmt = _mg_kb_statement (kb, "SELECT value FROM text WHERE owner = ?1 AND field = ?2 AND lang IN (?3, 'en') "
                                   "ORDER BY lang = ?3 DESC LIMIT 1");
      if (stmt != NULL)
        sqlite3_bind_text (stmt, 2, field, -1, SQLITE_TRANSIENT);
    }
  else
    stmt = _mg_kb_statement (kb, "SELECT value FROM text WHERE owner = ?1 AND lang IN (?3, 'en') "
                                 "ORDER BY lang = ?3 DESC, field LIMIT 1");
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, owner, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, kb->language, -1, SQLITE_TRANSIENT);

  return _mg_kb_step (kb, stmt) ? _mg_kb_column_dup (stmt, 0) : NULL;
}

/* "a; b ;c" -> { "a", "b", "c" }, never NULL */
GStrv
_mg_kb_split_list (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return g_strv_builder_end (builder);

  parts = g_strsplit (text, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

GStrv
_mg_kb_text_list (MgKb       *kb,
                  const char *owner,
                  const char *field)
{
  g_autofree char *text = _mg_kb_text (kb, owner, field);

  return _mg_kb_split_list (text);
}

/* Owners "<owner>/<child>/<n>" in order of n. The range on the text
 * table's primary key keeps this an index search ('0' follows '/'). */
GPtrArray *
_mg_kb_child_owners (MgKb       *kb,
                     const char *owner,
                     const char *child)
{
  GPtrArray *owners = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *low = g_strdup_printf ("%s/%s/", owner, child);
  g_autofree char *high = g_strdup_printf ("%s/%s0", owner, child);
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT DISTINCT owner FROM text WHERE owner > ?1 AND owner < ?2 "
                               "ORDER BY CAST(substr(owner, length(?1) + 1) AS INTEGER)");
  if (stmt == NULL)
    return owners;
  sqlite3_bind_text (stmt, 1, low, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, high, -1, SQLITE_TRANSIENT);

  while (_mg_kb_step (kb, stmt))
    g_ptr_array_add (owners, _mg_kb_column_dup (stmt, 0));

  return owners;
}

/* Exact id first (@table_sql selects it), then any name or synonym in any
 * language, folded. NULL when nothing matches or after a failure. */
char *
_mg_kb_resolve_name (MgKb       *kb,
                     const char *kind,
                     const char *table_sql,
                     const char *id_or_name)
{
  g_autofree char *folded = NULL;
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, table_sql);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id_or_name, -1, SQLITE_TRANSIENT);
  if (_mg_kb_step (kb, stmt))
    return _mg_kb_column_dup (stmt, 0);

  folded = mg_fold (id_or_name);
  if (_mg_kb_failed (kb) || folded == NULL || *folded == '\0')
    return NULL;

  /* Primary names win over synonyms when two records share a word. */
  stmt = _mg_kb_statement (kb, "SELECT id FROM name WHERE folded = ?1 AND kind = ?2 "
                               "ORDER BY is_primary DESC LIMIT 1");
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, folded, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);

  return _mg_kb_step (kb, stmt) ? _mg_kb_column_dup (stmt, 0) : NULL;
}

void
_mg_kb_set_not_found (GError     **error,
                      const char  *what,
                      const char  *name)
{
  /* Callers that show this to people say it in their own words (the
   * engine's "Unknown medicine…"); this one is for logs and tests. */
  g_set_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND,
               "No %s “%s” in the knowledge base", what, name);
}
