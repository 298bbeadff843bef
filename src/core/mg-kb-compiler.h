/* mg-kb-compiler.h — knowledge-base XML to SQLite (build time only)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MgKbCompiler MgKbCompiler;

/* Called once per diagnostic, already formatted as
 * "file:line:column: error: message". */
typedef void (*MgKbMessageFunc) (const char *message,
                                 gboolean    is_error,
                                 gpointer    user_data);

MgKbCompiler *mg_kb_compiler_new                      (void);
void          mg_kb_compiler_free                     (MgKbCompiler        *self);
void          mg_kb_compiler_set_schema               (MgKbCompiler        *self,
                                                       const char          *schema_path);
void          mg_kb_compiler_set_languages            (MgKbCompiler        *self,
                                                       const char * const  *languages);
void          mg_kb_compiler_set_require_translations (MgKbCompiler        *self,
                                                       gboolean             require);
void          mg_kb_compiler_set_message_func         (MgKbCompiler        *self,
                                                       MgKbMessageFunc      func,
                                                       gpointer             user_data);
gboolean      mg_kb_compiler_run                      (MgKbCompiler        *self,
                                                       const char          *input_path,
                                                       const char          *output_path,
                                                       GError             **error);
guint         mg_kb_compiler_get_n_errors             (MgKbCompiler        *self);
guint         mg_kb_compiler_get_n_warnings           (MgKbCompiler        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgKbCompiler, mg_kb_compiler_free)

G_END_DECLS
