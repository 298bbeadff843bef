/* mg-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mg-application.h"

G_BEGIN_DECLS

#define MG_TYPE_WINDOW (mg_window_get_type ())

G_DECLARE_FINAL_TYPE (MgWindow, mg_window, MG, WINDOW, AdwApplicationWindow)

MgWindow   *mg_window_new              (MgApplication *application);
const char *mg_window_get_visible_page (MgWindow      *self);
void        mg_window_set_visible_page (MgWindow      *self,
                                        const char    *page_name);

G_END_DECLS
