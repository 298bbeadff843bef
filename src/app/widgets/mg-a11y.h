/* mg-a11y.h — accessibility helpers for widgets GTK 4.8 and libadwaita 1.2
 * present without a name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void mg_a11y_hide_decorative_images (GtkWidget *widget);
void mg_a11y_hide_row_arrows         (GtkWidget *root);
void mg_a11y_name_drop_down          (GtkDropDown *dropdown,
                                      const char  *name,
                                      const char  *description);

G_END_DECLS
