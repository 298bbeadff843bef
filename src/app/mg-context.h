/* mg-context.h — what every window and page shares: the opened knowledge
 * base, the settings and the person's medicine list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mg-kb.h"

G_BEGIN_DECLS

#define MG_TYPE_CONTEXT (mg_context_get_type ())

G_DECLARE_FINAL_TYPE (MgContext, mg_context, MG, CONTEXT, GObject)

MgContext     *mg_context_new             (const char  *kb_path);
MgKb          *mg_context_get_kb          (MgContext   *self);
const GError  *mg_context_get_kb_error    (MgContext   *self);
GSettings     *mg_context_get_settings    (MgContext   *self);
GtkStringList *mg_context_get_medicines   (MgContext   *self);
gboolean       mg_context_add_medicine    (MgContext   *self,
                                           const char  *name);
void           mg_context_remove_medicine (MgContext   *self,
                                           guint        position);
void           mg_context_replace_medicine (MgContext  *self,
                                            guint       position,
                                            const char *name);
const char    *mg_context_get_kb_version  (MgContext   *self);

G_END_DECLS
