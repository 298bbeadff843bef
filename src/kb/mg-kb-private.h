/* mg-kb-private.h — shared by the MgKb implementation files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
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
};

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
GListModel   *_mg_kb_articles_for     (MgKb         *kb,
                                       const char   *owner,
                                       const char   *child,
                                       const char   *kind);
GPtrArray    *_mg_kb_column_ids       (MgKb         *kb,
                                       const char   *sql,
                                       const char   *param);
char         *_mg_kb_resolve_name     (MgKb         *kb,
                                       const char   *kind,
                                       const char   *table_sql,
                                       const char   *id_or_name);
void          _mg_kb_set_not_found    (GError      **error,
                                       const char   *what,
                                       const char   *name);

/* The objects start with empty models; this swaps in a filled one. */
static inline void
_mg_kb_take_model (GListModel **slot,
                   GListModel  *model)
{
  g_clear_object (slot);
  *slot = model;
}

G_END_DECLS
