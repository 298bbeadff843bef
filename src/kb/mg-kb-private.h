/* mg-kb-private.h — shared by the MgKb implementation files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a query fails: the helpers below never stop on an SQLite error. The
 * first one is kept in MgKb.failure and the helpers go on with what they
 * have (no row, an empty list). Every public query starts with
 * _mg_kb_begin() and ends with _mg_kb_finish(), which turns a kept failure
 * into the query's GError and throws the partial result away. So no
 * failure can come out as "not found" or as a shorter list, whichever
 * helper met it. Public queries never call each other: use the _mg_kb_…
 * forms inside.
 */
#pragma once

#include <sqlite3.h>

#include "mg-kb.h"
#include "mg-records-private.h"

G_BEGIN_DECLS

struct _MgKb
{
  GObject     parent_instance;

  sqlite3    *db;
  /* The resource or caller bytes that sqlite3_deserialize() reads in
   * place: they must outlive the connection. */
  GBytes     *bytes;
  /* SQL text -> sqlite3_stmt, prepared once per connection */
  GHashTable *statements;

  char       *language;
  GStrv       languages;

  /* The first failure of the running query (see above) */
  GError     *failure;
  gboolean    in_query;
};

/* Queries (mg-kb-query.c) */
void          _mg_kb_begin            (MgKb         *kb);
gboolean      _mg_kb_end              (MgKb         *kb,
                                       GError      **error);
gpointer      _mg_kb_finish           (MgKb         *kb,
                                       gpointer      object,
                                       GError       *query_error,
                                       GError      **error);
gboolean      _mg_kb_failed           (MgKb         *kb);
void          _mg_kb_fail_sqlite      (MgKb         *kb,
                                       int           rc,
                                       gboolean      preparing);
void          _mg_kb_fail             (MgKb         *kb,
                                       MgKbError     code,
                                       const char   *format,
                                       ...) G_GNUC_PRINTF (3, 4);
gboolean      _mg_kb_set_sqlite_error (GError      **error,
                                       sqlite3      *db,
                                       int           rc,
                                       const char   *what);

/* Statements and rows (mg-kb-query.c) */
sqlite3_stmt *_mg_kb_statement        (MgKb         *kb,
                                       const char   *sql);
gboolean      _mg_kb_step             (MgKb         *kb,
                                       sqlite3_stmt *stmt);
char         *_mg_kb_column_dup       (sqlite3_stmt *stmt,
                                       int           column);
double        _mg_kb_column_double    (sqlite3_stmt *stmt,
                                       int           column);
int           _mg_kb_column_int       (sqlite3_stmt *stmt,
                                       int           column);
GPtrArray    *_mg_kb_column_ids       (MgKb         *kb,
                                       const char   *sql,
                                       const char   *param);
char         *_mg_kb_meta             (MgKb         *kb,
                                       const char   *key);

/* Texts and names (mg-kb-query.c) */
char         *_mg_kb_text             (MgKb         *kb,
                                       const char   *owner,
                                       const char   *field);
GStrv         _mg_kb_text_list        (MgKb         *kb,
                                       const char   *owner,
                                       const char   *field);
GStrv         _mg_kb_split_list       (const char   *text);
GPtrArray    *_mg_kb_child_owners     (MgKb         *kb,
                                       const char   *owner,
                                       const char   *child);
char         *_mg_kb_resolve_name     (MgKb         *kb,
                                       const char   *kind,
                                       const char   *table_sql,
                                       const char   *id_or_name);
MgSearchResult *_mg_kb_search_result_new (MgKb       *kb,
                                         const char *kind,
                                         const char *id,
                                         const char *title,
                                         const char *matched_name);
void          _mg_kb_set_not_found    (GError      **error,
                                       const char   *what,
                                       const char   *name);

/* Records every file needs (mg-kb-sources.c, mg-kb-records.c) */
GListModel   *_mg_kb_sources_for      (MgKb         *kb,
                                       const char   *owner);
MgSource     *_mg_kb_source           (MgKb         *kb,
                                       const char   *source_id);
GListModel   *_mg_kb_articles_for     (MgKb         *kb,
                                       const char   *owner,
                                       const char   *child,
                                       const char   *kind);

/* Records other files build too (mg-kb-compounds.c, mg-kb-products.c) */
MgCompound   *_mg_kb_compound_new     (MgKb         *kb,
                                       const char   *id);
MgBrand      *_mg_kb_brand_new        (MgKb         *kb,
                                       const char   *id);
char         *_mg_kb_resolve_brand    (MgKb         *kb,
                                       const char   *id_or_name);
GListModel   *_mg_kb_studied_doses    (MgKb         *kb,
                                       const char   *condition_id,
                                       const char   *route);
GListModel   *_mg_kb_serum_disagreements (MgKb      *kb,
                                       const char   *range_id);

/* The objects start with empty models; this swaps in a filled one. */
static inline void
_mg_kb_take_model (GListModel **slot,
                   GListModel  *model)
{
  g_clear_object (slot);
  *slot = model;
}

G_END_DECLS
