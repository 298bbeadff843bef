/* mg-kbc.h — knowledge-base XML to SQLite (build time only)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MgKbc MgKbc;

/* Called once per diagnostic, already formatted as
 * "file:line:column: error: message". */
typedef void (*MgKbcMessageFunc) (const char *message,
                                  gboolean    is_error,
                                  gpointer    user_data);

MgKbc    *mg_kbc_new                      (void);
void      mg_kbc_free                     (MgKbc               *self);
void      mg_kbc_set_schema               (MgKbc               *self,
                                           const char          *schema_path);
void      mg_kbc_set_languages            (MgKbc               *self,
                                           const char * const  *languages);
void      mg_kbc_set_require_translations (MgKbc               *self,
                                           gboolean             require);
void      mg_kbc_set_message_func         (MgKbc               *self,
                                           MgKbcMessageFunc     func,
                                           gpointer             user_data);
gboolean  mg_kbc_run                      (MgKbc               *self,
                                           const char          *input_path,
                                           const char          *output_path,
                                           GError             **error);
guint     mg_kbc_get_n_errors             (MgKbc               *self);
guint     mg_kbc_get_n_warnings           (MgKbc               *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgKbc, mg_kbc_free)

G_END_DECLS
