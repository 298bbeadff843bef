/* mg-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mg-application.h"
#include "mg-context.h"

G_BEGIN_DECLS

#define MG_TYPE_WINDOW (mg_window_get_type ())

G_DECLARE_FINAL_TYPE (MgWindow, mg_window, MG, WINDOW, AdwApplicationWindow)

MgWindow   *mg_window_new              (MgApplication *application,
                                        MgContext     *context);
MgContext  *mg_window_get_context      (MgWindow      *self);
const char *mg_window_get_visible_page (MgWindow      *self);
void        mg_window_set_visible_page (MgWindow      *self,
                                        const char    *page_name);
GtkWidget  *mg_window_get_page         (MgWindow      *self,
                                        const char    *page_name);
gboolean    mg_window_show_record      (MgWindow      *self,
                                        const char    *kind,
                                        const char    *id);

G_END_DECLS
