/* mg-rows.h — small builders for the pages' boxed lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Knowledge-base text is plain text and may hold "&" or "<"; libadwaita
 * 1.2 reads group titles, descriptions and row titles as markup by
 * default. These builders escape or turn markup off, so no page forgets.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *mg_rows_group_new       (const char *title,
                                    const char *description);
GtkWidget *mg_rows_heading_new     (const char *text);
GtkWidget *mg_rows_action_row_new  (const char *title,
                                    const char *subtitle);
void       mg_rows_clear_box       (GtkBox     *box);
void       mg_rows_unparent_children (GtkWidget *widget);
char      *mg_rows_join_source_names (GListModel *sources);
void       mg_rows_scroll_to       (GtkScrolledWindow *scroller,
                                    GtkWidget         *target);

G_END_DECLS
