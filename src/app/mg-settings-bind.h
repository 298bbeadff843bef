/* mg-settings-bind.h — bind an enum setting to a list position
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void mg_settings_bind_choice (GSettings          *settings,
                              const char         *key,
                              gpointer            object,
                              const char         *property,
                              const char * const *nicks);

G_END_DECLS
