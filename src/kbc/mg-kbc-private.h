/* mg-kbc-private.h — shared by the compiler's parts, not installed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>
#include <sqlite3.h>

#include "mg-kbc.h"

G_BEGIN_DECLS

struct _MgKbc
{
  char            *schema_path;
  char           **languages;      /* translations only, never "en" */
  gboolean         require_translations;
  MgKbcMessageFunc  message_func;
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

/* Diagnostics (mg-kbc-util.c). @attr and @offset point into an
 * attribute value when given; otherwise the element's start tag. */
void      mg_kbc_error_at_line   (MgKbc        *self,
                                 long          line,
                                 long          column,
                                 const char   *format,
                                 ...) G_GNUC_PRINTF (4, 5);
void      mg_kbc_error           (MgKbc        *self,
                                 xmlNode      *node,
                                 const char   *attr,
                                 guint         offset,
                                 const char   *format,
                                 ...) G_GNUC_PRINTF (5, 6);
void      mg_kbc_warning         (MgKbc        *self,
                                 xmlNode      *node,
                                 const char   *format,
                                 ...) G_GNUC_PRINTF (3, 4);
void      mg_kbc_locate_offset   (MgKbc        *self,
                                 gsize         byte_offset,
                                 long         *line,
                                 long         *column);

/* Tree helpers (mg-kbc-util.c) */
gboolean  mg_kbc_is              (xmlNode      *node,
                                 const char   *name);
xmlNode  *mg_kbc_first_child     (xmlNode      *parent,
                                 const char   *name);
char     *mg_kbc_attr            (xmlNode      *node,
                                 const char   *name);
char     *mg_kbc_lang            (xmlNode      *node);
char     *mg_kbc_text            (xmlNode      *node);
gboolean  mg_kbc_parse_number    (const char   *text,
                                 double       *value);
int       mg_kbc_months_of       (xmlNode      *node,
                                 const char   *attr,
                                 int           fallback);
xmlNode  *mg_kbc_translation     (xmlNode      *english,
                                 const char   *lang);
gboolean  mg_kbc_is_translatable (xmlNode      *node);
gboolean  mg_kbc_is_cited        (xmlNode      *node);

#define MG_KBC_FOREACH_ELEMENT(parent, var) \
  for (xmlNode *var = (parent) != NULL ? (parent)->children : NULL; var != NULL; var = var->next) \
    if (var->type == XML_ELEMENT_NODE)

/* Checks (mg-kbc-checks.c, -bands.c; the clinical model in
 * mg-kbc-check-products.c, -check-doses.c, -check-serum.c) */
void      mg_kbc_check_citations     (MgKbc        *self);
void      mg_kbc_check_ids           (MgKbc        *self);
void      mg_kbc_check_references    (MgKbc        *self);
void      mg_kbc_check_numbers       (MgKbc        *self);
void      mg_kbc_check_compounds     (MgKbc        *self);
void      mg_kbc_check_names         (MgKbc        *self);
void      mg_kbc_check_bands         (MgKbc        *self);
void      mg_kbc_check_translations  (MgKbc        *self);
void      mg_kbc_check_products      (MgKbc        *self);
void      mg_kbc_check_separations   (MgKbc        *self);
void      mg_kbc_check_generic_names (MgKbc        *self);
void      mg_kbc_check_doses         (MgKbc        *self);
void      mg_kbc_check_serum         (MgKbc        *self);

/* Output (mg-kbc-database.c, on top of the writer: mg-kbc-sql.h) */
gboolean  mg_kbc_write_database      (MgKbc        *self,
                                     const char   *path,
                                     GError      **error);

G_END_DECLS
