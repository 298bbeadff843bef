/* mg-kbc-sql.h — the writer of kb.sqlite, shared by its files, not installed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mg-kbc-private.h"

G_BEGIN_DECLS

typedef struct _MgKbcSearchRecord MgKbcSearchRecord;

typedef struct
{
  MgKbc     *compiler;
  sqlite3          *db;
  GHashTable       *statements;   /* SQL text -> sqlite3_stmt */
  char            **langs;        /* "en" first, then the translations */
  MgKbcSearchRecord *record;       /* the searchable record being written */
  GError           *error;        /* first failure; later calls do nothing */
} MgKbcWriter;

/* The writer in layers, each calling only those below it:
 *   mg-kbc-database.c   mg_kbc_write_database() (mg-kbc-private.h): tables, meta, sections
 *   mg-kbc-write.c, mg-kbc-write-sets.c, mg-kbc-write-products.c   one function per section
 *   mg-kbc-rows.c       texts, names, citations, disagreements, numbers
 *   mg-kbc-search.c     the search row of the record being written
 *   mg-kbc-sql.c        statements
 */

/* mg-kbc-sql.c. Value types for mg_kbc_sql_insert(): 't' const char *
 * (NULL is NULL), 'i' gint64, 'n' int (negative is NULL), 'd' double
 * (NAN is NULL). */
void      mg_kbc_sql_insert          (MgKbcWriter   *w,
                                      const char    *sql,
                                      const char    *types,
                                      ...);
void      mg_kbc_sql_exec            (MgKbcWriter   *w,
                                      const char    *sql);

/* mg-kbc-search.c */
void      mg_kbc_search_begin        (MgKbcWriter   *w,
                                      const char    *kind,
                                      const char    *id,
                                      xmlNode       *title);
void      mg_kbc_search_append_body  (MgKbcWriter   *w,
                                      guint          lang_index,
                                      const char    *text);
void      mg_kbc_search_append_name  (MgKbcWriter   *w,
                                      const char    *name);
void      mg_kbc_search_append_names (MgKbcWriter   *w,
                                      xmlNode       *english);
void      mg_kbc_search_end          (MgKbcWriter   *w);

/* mg-kbc-rows.c */
double    mg_kbc_number              (xmlNode       *node,
                                      const char    *attr);
int       mg_kbc_months              (xmlNode       *node,
                                      const char    *attr);
gboolean  mg_kbc_is_english          (xmlNode       *node);
void      mg_kbc_write_text          (MgKbcWriter   *w,
                                      const char    *owner,
                                      xmlNode       *english,
                                      gboolean       searchable);
void      mg_kbc_write_names         (MgKbcWriter   *w,
                                      const char    *kind,
                                      const char    *id,
                                      xmlNode       *english);
void      mg_kbc_write_name_rows     (MgKbcWriter   *w,
                                      const char    *kind,
                                      const char    *id,
                                      xmlNode       *english,
                                      gboolean       searchable);
void      mg_kbc_write_brands        (MgKbcWriter   *w,
                                      const char    *kind,
                                      const char    *id,
                                      const char    *value);
void      mg_kbc_write_citations     (MgKbcWriter   *w,
                                      const char    *owner,
                                      xmlNode       *node);
void      mg_kbc_write_own_text      (MgKbcWriter   *w,
                                      const char    *owner,
                                      xmlNode       *record,
                                      const char    *field,
                                      gboolean       searchable);
void      mg_kbc_write_disagreements (MgKbcWriter   *w,
                                      const char    *parent_owner,
                                      xmlNode       *parent,
                                      const char    *compound_id,
                                      guint         *note_ord);

/* mg-kbc-write-sets.c */
void      mg_kbc_write_sources       (MgKbcWriter   *w,
                                      xmlNode       *section);
void      mg_kbc_write_sets          (MgKbcWriter   *w,
                                      xmlNode       *section,
                                      gboolean       limits);
void      mg_kbc_write_dosing_advice (MgKbcWriter   *w,
                                      xmlNode       *section);

/* mg-kbc-write-products.c */
void      mg_kbc_write_generic_names (MgKbcWriter   *w,
                                      xmlNode       *section);
void      mg_kbc_write_products      (MgKbcWriter   *w,
                                      xmlNode       *section);
void      mg_kbc_write_serum_disagreements (MgKbcWriter *w,
                                      xmlNode       *section);

/* mg-kbc-write.c */
void      mg_kbc_write_compounds     (MgKbcWriter   *w,
                                      xmlNode       *section);
void      mg_kbc_write_medicines     (MgKbcWriter   *w,
                                      xmlNode       *section);
void      mg_kbc_write_interactions  (MgKbcWriter   *w,
                                      xmlNode       *section);
void      mg_kbc_write_titled        (MgKbcWriter   *w,
                                      xmlNode       *section,
                                      const char    *kind);
void      mg_kbc_write_conditions    (MgKbcWriter   *w,
                                      xmlNode       *section);
void      mg_kbc_write_foods         (MgKbcWriter   *w,
                                      xmlNode       *section);
void      mg_kbc_write_serum_ranges  (MgKbcWriter   *w,
                                      xmlNode       *section);

G_END_DECLS
