/* mg-sources-page.h — every reference of the knowledge base
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-page.h"

G_BEGIN_DECLS

#define MG_TYPE_SOURCES_PAGE (mg_sources_page_get_type ())

G_DECLARE_FINAL_TYPE (MgSourcesPage, mg_sources_page, MG, SOURCES_PAGE, MgPage)

GListModel *mg_sources_page_get_model  (MgSourcesPage *self);
void        mg_sources_page_set_search (MgSourcesPage *self,
                                        const char    *text);
MgSource   *mg_sources_page_get_source (MgSourcesPage *self);
GListModel *mg_sources_page_get_citing (MgSourcesPage *self);
GtkWidget  *mg_sources_page_get_citing_list (MgSourcesPage *self);

G_END_DECLS
