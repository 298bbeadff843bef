/* mg-checker-page.h — the person's medicines checked against magnesium
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-page.h"

G_BEGIN_DECLS

#define MG_TYPE_CHECKER_PAGE (mg_checker_page_get_type ())

G_DECLARE_FINAL_TYPE (MgCheckerPage, mg_checker_page, MG, CHECKER_PAGE, MgPage)

GListModel *mg_checker_page_get_results (MgCheckerPage *self);

G_END_DECLS
