/* mg-i18n.h — gettext set-up shared by the app, the CLI and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *mg_i18n_get_localedir (void);
void        mg_i18n_init          (void);

G_END_DECLS
