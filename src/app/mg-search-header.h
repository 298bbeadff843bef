/* mg-search-header.h — the window's search bar: entry, key capture, keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_SEARCH_HEADER (mg_search_header_get_type ())

G_DECLARE_FINAL_TYPE (MgSearchHeader, mg_search_header, MG, SEARCH_HEADER, GtkWidget)

GtkSearchEntry *mg_search_header_get_entry       (MgSearchHeader *self);
gboolean        mg_search_header_get_search_mode (MgSearchHeader *self);
void            mg_search_header_set_search_mode (MgSearchHeader *self,
                                                  gboolean        search_mode);
const char     *mg_search_header_get_text        (MgSearchHeader *self);
void            mg_search_header_start           (MgSearchHeader *self);
void            mg_search_header_set_key_capture_widget (MgSearchHeader *self,
                                                         GtkWidget      *widget);

G_END_DECLS
