/* mg-kb-compiler-sql.h — the SQLite side of the compiler, not installed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mg-kb-compiler-private.h"

G_BEGIN_DECLS

typedef struct _MgKbSearchRecord MgKbSearchRecord;

typedef struct
{
  MgKbCompiler     *compiler;
  sqlite3          *db;
  GHashTable       *statements;   /* SQL text -> sqlite3_stmt */
  char            **langs;        /* "en" first, then the translations */
  MgKbSearchRecord *record;       /* the searchable record being written */
  GError           *error;        /* first failure; later calls do nothing */
} MgKbWriter;

/* Value types for mg_kb_sql_insert(): 't' const char * (NULL is NULL),
 * 'i' gint64, 'n' int (negative is NULL), 'd' double (NAN is NULL). */
void      mg_kb_sql_insert          (MgKbWriter   *w,
                                     const char   *sql,
                                     const char   *types,
                                     ...);
void      mg_kb_sql_exec            (MgKbWriter   *w,
                                     const char   *sql);

void      mg_kb_write_text          (MgKbWriter   *w,
                                     const char   *owner,
                                     xmlNode      *english,
                                     gboolean      searchable);
void      mg_kb_write_names         (MgKbWriter   *w,
                                     const char   *kind,
                                     const char   *id,
                                     xmlNode      *english);
void      mg_kb_write_brands        (MgKbWriter   *w,
                                     const char   *kind,
                                     const char   *id,
                                     xmlNode      *brands);
void      mg_kb_write_citations     (MgKbWriter   *w,
                                     const char   *owner,
                                     xmlNode      *node);

void      mg_kb_search_begin        (MgKbWriter   *w,
                                     const char   *kind,
                                     const char   *id,
                                     xmlNode      *title);
void      mg_kb_search_append_body  (MgKbWriter   *w,
                                     guint         lang_index,
                                     const char   *text);
void      mg_kb_search_append_names (MgKbWriter   *w,
                                     xmlNode      *english);
void      mg_kb_search_end          (MgKbWriter   *w);

/* mg-kb-compiler-write.c */
void      mg_kb_write_records       (MgKbWriter   *w);
double    mg_kb_number              (xmlNode      *node,
                                     const char   *attr);
int       mg_kb_months              (xmlNode      *node,
                                     const char   *attr);
gboolean  mg_kb_is_english          (xmlNode      *node);
void      mg_kb_write_own_text      (MgKbWriter   *w,
                                     const char   *owner,
                                     xmlNode      *record,
                                     const char   *field,
                                     gboolean      searchable);
void      mg_kb_write_disagreements (MgKbWriter   *w,
                                     const char   *parent_owner,
                                     xmlNode      *parent,
                                     const char   *compound_id,
                                     guint        *note_ord);

/* mg-kb-compiler-write-sets.c */
void      mg_kb_write_sources       (MgKbWriter   *w,
                                     xmlNode      *section);
void      mg_kb_write_sets          (MgKbWriter   *w,
                                     xmlNode      *section,
                                     gboolean      limits);

G_END_DECLS
