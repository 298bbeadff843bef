/* mg-kb-sources.c — sources and the citations of every record
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

static GListModel *
list_sources (MgKb         *kb,
              sqlite3_stmt *stmt)
{
  GListStore *store = g_list_store_new (MG_TYPE_SOURCE);

  while (_mg_kb_step (kb, stmt))
    {
      g_autoptr(MgSource) source = source_from_row (stmt);
      g_list_store_append (store, source);
    }

  return G_LIST_MODEL (store);
}

/* Inside a query: never NULL, empty after a failure (which the query
 * reports). */
GListModel *
_mg_kb_sources_for (MgKb       *kb,
                    const char *owner)
{
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT " SOURCE_COLUMNS " FROM citation c JOIN source s ON s.id = c.source_id "
                               "WHERE c.owner = ?1 ORDER BY s.ord");
  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, owner, -1, SQLITE_TRANSIENT);

  return list_sources (kb, stmt);
}

GListModel *
mg_kb_get_sources_for (MgKb        *kb,
                       const char  *owner,
                       GError     **error)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (owner != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  return _mg_kb_finish (kb, _mg_kb_sources_for (kb, owner), NULL, error);
}

/* Inside a query: NULL when there is no such source. */
MgSource *
_mg_kb_source (MgKb       *kb,
               const char *source_id)
{
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT " SOURCE_COLUMNS " FROM source s WHERE s.id = ?1");
  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, source_id, -1, SQLITE_TRANSIENT);

  return _mg_kb_step (kb, stmt) ? source_from_row (stmt) : NULL;
}

MgSource *
mg_kb_lookup_source (MgKb        *kb,
                     const char  *source_id,
                     GError     **error)
{
  g_autoptr(GError) query_error = NULL;
  MgSource *source = NULL;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (source_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  source = _mg_kb_source (kb, source_id);
  if (source == NULL)
    _mg_kb_set_not_found (&query_error, "source", source_id);

  return _mg_kb_finish (kb, source, g_steal_pointer (&query_error), error);
}

GListModel *
mg_kb_list_sources (MgKb    *kb,
                    GError **error)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  return _mg_kb_finish (kb,
                        list_sources (kb, _mg_kb_statement (kb, "SELECT " SOURCE_COLUMNS " FROM source s ORDER BY s.ord")),
                        NULL, error);
}
