/* mg-about-kb-page.h — the knowledge base itself: edition, contents, tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-page.h"

G_BEGIN_DECLS

#define MG_TYPE_ABOUT_KB_PAGE (mg_about_kb_page_get_type ())

G_DECLARE_FINAL_TYPE (MgAboutKbPage, mg_about_kb_page, MG, ABOUT_KB_PAGE, MgPage)

GtkWidget *mg_about_kb_page_get_content (MgAboutKbPage *self);

G_END_DECLS
