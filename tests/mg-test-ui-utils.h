/* mg-test-ui-utils.h — helpers for UI tests under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mg-context.h"
#include "mg-window.h"

G_BEGIN_DECLS

void       mg_test_ui_init             (int         *argc,
                                        char      ***argv);
MgContext *mg_test_ui_get_context      (void);
void       mg_test_ui_wait_for_mapped  (GtkWidget   *widget);
void       mg_test_ui_iterate          (guint        milliseconds);
GtkWidget *mg_test_ui_find_by_type     (GtkWidget   *root,
                                        GType        type,
                                        const char  *css_class);
gboolean   mg_test_ui_has_label        (GtkWidget   *root,
                                        const char  *text);
GtkWidget *mg_test_ui_find_row         (GtkWidget   *root,
                                        const char  *title);
GtkWidget *mg_test_ui_find_label       (GtkWidget   *root,
                                        const char  *text);
gboolean   mg_test_ui_has_label_containing (GtkWidget  *root,
                                            const char *part);
void       mg_test_ui_wait_until       (gboolean   (*done) (gpointer data),
                                        gpointer     data);
void       mg_test_ui_wait_for_frame   (GtkWidget   *widget);
void       mg_test_ui_screenshot       (GtkWidget   *widget,
                                        const char  *name);

MgWindow  *mg_test_ui_show_window      (MgContext   *context,
                                        int          width,
                                        int          height);
GtkEditable *mg_test_ui_get_search_entry (MgWindow  *window);
void       mg_test_ui_search           (MgWindow    *window,
                                        const char  *text);
void       mg_test_ui_clear_medicines  (MgContext   *context);

G_END_DECLS
