/* mg-list-rows.h — the rows of the pages' list views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every list page shows its items the same way: a title, a wrapped
 * subtitle and, where it says something, an icon with a word beside it.
 * The factory also gives each row its accessible name and description
 * (GTK 4.8 list items take them from their child).
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct
{
  char       *title;
  char       *subtitle;
  const char *icon_name;   /* static; decoration beside a word in subtitle */
  const char *css_class;   /* static; on the icon */
} MgListRowText;

/* Fills @text for @item; the factory frees the strings. */
typedef void (*MgListRowDescribe) (gpointer       item,
                                   MgListRowText *text);

GtkListItemFactory *mg_list_rows_factory_new   (MgListRowDescribe  describe);
void                mg_list_rows_setup_dropdown (GtkDropDown      *dropdown,
                                                 GtkWidget        *label);
void                mg_list_rows_show_search    (GtkEditable      *entry,
                                                 const char       *text,
                                                 gboolean         *guard);

G_END_DECLS
