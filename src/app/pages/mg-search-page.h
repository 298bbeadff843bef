/* mg-search-page.h — search everything the knowledge base knows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-page.h"

G_BEGIN_DECLS

#define MG_TYPE_SEARCH_PAGE (mg_search_page_get_type ())

G_DECLARE_FINAL_TYPE (MgSearchPage, mg_search_page, MG, SEARCH_PAGE, MgPage)

const char *mg_search_page_get_query         (MgSearchPage *self);
void        mg_search_page_set_query         (MgSearchPage *self,
                                              const char   *query);
guint       mg_search_page_get_n_results     (MgSearchPage *self);
GtkWidget  *mg_search_page_get_results_view  (MgSearchPage *self);
void        mg_search_page_move_selection    (MgSearchPage *self,
                                              int           delta);
gboolean    mg_search_page_activate_selected (MgSearchPage *self);

G_END_DECLS
