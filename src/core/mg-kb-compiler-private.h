/* mg-kb-compiler-private.h — shared by the compiler's parts, not installed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>
#include <sqlite3.h>

#include "mg-kb-compiler.h"

G_BEGIN_DECLS

struct _MgKbCompiler
{
  char            *schema_path;
  char           **languages;      /* translations only, never "en" */
  gboolean         require_translations;
  MgKbMessageFunc  message_func;
  gpointer         message_data;

  /* Per run */
  char            *filename;       /* as given, for messages */
  char            *source;         /* raw bytes, to find columns */
  gsize            source_len;
  GArray          *line_starts;    /* byte offset of each line (0-based) */
  xmlDoc          *doc;
  GHashTable      *ids;            /* "kind" -> (id -> xmlNode) */
  char            *default_reference;
  char            *default_limits;
  guint            n_errors;
  guint            n_warnings;
};

/* Diagnostics (mg-kb-compiler-util.c). @attr and @offset point into an
 * attribute value when given; otherwise the element's start tag. */
void      mg_kb_error_at_line   (MgKbCompiler *self,
                                 long          line,
                                 long          column,
                                 const char   *format,
                                 ...) G_GNUC_PRINTF (4, 5);
void      mg_kb_error           (MgKbCompiler *self,
                                 xmlNode      *node,
                                 const char   *attr,
                                 guint         offset,
                                 const char   *format,
                                 ...) G_GNUC_PRINTF (5, 6);
void      mg_kb_warning         (MgKbCompiler *self,
                                 xmlNode      *node,
                                 const char   *format,
                                 ...) G_GNUC_PRINTF (3, 4);
void      mg_kb_locate_offset   (MgKbCompiler *self,
                                 gsize         byte_offset,
                                 long         *line,
                                 long         *column);

/* Tree helpers (mg-kb-compiler-util.c) */
gboolean  mg_kb_is              (xmlNode      *node,
                                 const char   *name);
xmlNode  *mg_kb_first_child     (xmlNode      *parent,
                                 const char   *name);
char     *mg_kb_attr            (xmlNode      *node,
                                 const char   *name);
char     *mg_kb_lang            (xmlNode      *node);
char     *mg_kb_text            (xmlNode      *node);
gboolean  mg_kb_parse_number    (const char   *text,
                                 double       *value);
xmlNode  *mg_kb_translation     (xmlNode      *english,
                                 const char   *lang);
gboolean  mg_kb_is_translatable (xmlNode      *node);
gboolean  mg_kb_is_cited        (xmlNode      *node);

#define MG_KB_FOREACH_ELEMENT(parent, var) \
  for (xmlNode *var = (parent) != NULL ? (parent)->children : NULL; var != NULL; var = var->next) \
    if (var->type == XML_ELEMENT_NODE)

/* Checks (mg-kb-compiler-checks.c, -bands.c, -i18n.c) */
void      mg_kb_check_citations     (MgKbCompiler *self);
void      mg_kb_check_ids           (MgKbCompiler *self);
void      mg_kb_check_references    (MgKbCompiler *self);
void      mg_kb_check_numbers       (MgKbCompiler *self);
void      mg_kb_check_compounds     (MgKbCompiler *self);
void      mg_kb_check_names         (MgKbCompiler *self);
void      mg_kb_check_bands         (MgKbCompiler *self);
void      mg_kb_check_translations  (MgKbCompiler *self);

/* Output (mg-kb-compiler-sql.c, -write.c) */
gboolean  mg_kb_write_database      (MgKbCompiler *self,
                                     const char   *path,
                                     GError      **error);

G_END_DECLS
