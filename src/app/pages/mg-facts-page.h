/* mg-facts-page.h — background facts and cautions, by topic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-page.h"

G_BEGIN_DECLS

#define MG_TYPE_FACTS_PAGE (mg_facts_page_get_type ())

G_DECLARE_FINAL_TYPE (MgFactsPage, mg_facts_page, MG, FACTS_PAGE, MgPage)

GtkWidget *mg_facts_page_get_row (MgFactsPage *self,
                                  const char  *kind,
                                  const char  *id);

G_END_DECLS
