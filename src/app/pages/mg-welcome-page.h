/* mg-welcome-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-page.h"

G_BEGIN_DECLS

#define MG_TYPE_WELCOME_PAGE (mg_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (MgWelcomePage, mg_welcome_page, MG, WELCOME_PAGE, MgPage)

G_END_DECLS
