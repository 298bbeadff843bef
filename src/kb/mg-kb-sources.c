/* mg-kb-sources.c — sources, citations and the helpers every query uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-kb-private.h"

#define SOURCE_COLUMNS "s.id, s.quality, s.authors, s.title, s.publisher, s.year, s.url, s.doi, s.pmid"

static MgSource *
source_from_row (sqlite3_stmt *stmt)
{
  MgSource *source = g_object_new (MG_TYPE_SOURCE, NULL);

  source->id = _mg_kb_column_dup (stmt, 0);
  source->quality = _mg_kb_column_dup (stmt, 1);
  source->authors = _mg_kb_column_dup (stmt, 2);
  source->title = _mg_kb_column_dup (stmt, 3);
  source->publisher = _mg_kb_column_dup (stmt, 4);
  source->year = _mg_kb_column_int (stmt, 5);
  source->url = _mg_kb_column_dup (stmt, 6);
  source->doi = _mg_kb_column_dup (stmt, 7);
  source->pmid = _mg_kb_column_dup (stmt, 8);

  return source;
}

GListModel *
mg_kb_get_sources_for (MgKb       *kb,
                       const char *owner)
{
  GListStore *store;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (owner != NULL, NULL);

  store = g_list_store_new (MG_TYPE_SOURCE);
  stmt = _mg_kb_statement (kb, "SELECT " SOURCE_COLUMNS " FROM citation c JOIN source s ON s.id = c.source_id "
                               "WHERE c.owner = ?1 ORDER BY s.ord");
  if (stmt == NULL)
    return G_LIST_MODEL (store);
  sqlite3_bind_text (stmt, 1, owner, -1, SQLITE_TRANSIENT);

  while (_mg_kb_step (kb, stmt))
    {
      g_autoptr(MgSource) source = source_from_row (stmt);
      g_list_store_append (store, source);
    }

  return G_LIST_MODEL (store);
}

MgSource *
mg_kb_lookup_source (MgKb        *kb,
                     const char  *source_id,
                     GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (source_id != NULL, NULL);

  stmt = _mg_kb_statement (kb, "SELECT " SOURCE_COLUMNS " FROM source s WHERE s.id = ?1");
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, source_id, -1, SQLITE_TRANSIENT);
      if (_mg_kb_step (kb, stmt))
        return source_from_row (stmt);
    }

  _mg_kb_set_not_found (error, "source", source_id);
  return NULL;
}

GListModel *
mg_kb_list_sources (MgKb *kb)
{
  GListStore *store;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);

  store = g_list_store_new (MG_TYPE_SOURCE);
  stmt = _mg_kb_statement (kb, "SELECT " SOURCE_COLUMNS " FROM source s ORDER BY s.ord");
  while (stmt != NULL && _mg_kb_step (kb, stmt))
    {
      g_autoptr(MgSource) source = source_from_row (stmt);
      g_list_store_append (store, source);
    }

  return G_LIST_MODEL (store);
}

/* Helpers */

/* Returns the cached statement for @sql, reset and with bindings cleared.
 * Never step one statement while another helper may reuse it: callers
 * collect ids first and build objects afterwards. */
sqlite3_stmt *
_mg_kb_statement (MgKb       *kb,
                  const char *sql)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (kb->statements, sql);

  if (stmt == NULL)
    {
      int rc = sqlite3_prepare_v3 (kb->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

      /* The schema was probed when opening, so this is a bug in the SQL. */
      if (rc != SQLITE_OK)
        {
          g_critical ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (kb->db));
          return NULL;
        }
      g_hash_table_insert (kb->statements, g_strdup (sql), stmt);
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  return stmt;
}

gboolean
_mg_kb_step (MgKb         *kb,
             sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;

  if (rc != SQLITE_DONE)
    g_warning ("Knowledge base query failed: %s", sqlite3_errmsg (kb->db));

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
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_text (stmt, 2, field, -1, SQLITE_TRANSIENT);
    }
  else
    {
      stmt = _mg_kb_statement (kb, "SELECT value FROM text WHERE owner = ?1 AND lang IN (?3, 'en') "
                                   "ORDER BY lang = ?3 DESC, field LIMIT 1");
      if (stmt == NULL)
        return NULL;
    }

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

static MgArticle *
article_new (MgKb       *kb,
             const char *owner,
             const char *kind)
{
  MgArticle *article = g_object_new (MG_TYPE_ARTICLE, NULL);

  article->id = g_strdup (owner);
  article->kind = g_strdup (kind);
  article->text = _mg_kb_text (kb, owner, NULL);
  _mg_kb_take_model (&article->sources, mg_kb_get_sources_for (kb, owner));

  return article;
}

/* Child texts such as "<owner>/disagreement/<n>" as MgArticles of @kind */
GListModel *
_mg_kb_articles_for (MgKb       *kb,
                     const char *owner,
                     const char *child,
                     const char *kind)
{
  GListStore *store = g_list_store_new (MG_TYPE_ARTICLE);
  g_autoptr(GPtrArray) owners = _mg_kb_child_owners (kb, owner, child);

  for (guint i = 0; i < owners->len; i++)
    {
      g_autoptr(MgArticle) article = article_new (kb, g_ptr_array_index (owners, i), kind);
      g_list_store_append (store, article);
    }

  return G_LIST_MODEL (store);
}

/* First column of every row, for collecting ids before building objects */
GPtrArray *
_mg_kb_column_ids (MgKb       *kb,
                   const char *sql,
                   const char *param)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = _mg_kb_statement (kb, sql);

  if (stmt == NULL)
    return ids;
  if (param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);

  while (_mg_kb_step (kb, stmt))
    g_ptr_array_add (ids, _mg_kb_column_dup (stmt, 0));

  return ids;
}

void
_mg_kb_set_not_found (GError     **error,
                      const char  *what,
                      const char  *name)
{
  g_set_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND,
               "No %s “%s” in the knowledge base", what, name);
}
