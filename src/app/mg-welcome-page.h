/* mg-welcome-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MG_TYPE_WELCOME_PAGE (mg_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (MgWelcomePage, mg_welcome_page, MG, WELCOME_PAGE, AdwBin)

G_END_DECLS
