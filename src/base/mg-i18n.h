/* mg-i18n.h — gettext set-up shared by the app, the CLI and the tests, and
 * translations in a language other than the interface's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *mg_i18n_get_localedir          (void);
void        mg_i18n_init                   (void);
const char *mg_i18n_get_interface_language (void);
gboolean    mg_i18n_is_supported_language  (const char *language);

gboolean    mg_i18n_push_language          (const char *language,
                                            GError    **error);
void        mg_i18n_pop_language           (void);
const char *mg_i18n_get_thread_language    (void);

const char *mg_gettext                     (const char *msgid) G_GNUC_FORMAT (1);
const char *mg_pgettext                    (const char *context,
                                            const char *msgid) G_GNUC_FORMAT (2);
const char *mg_ngettext                    (const char *msgid,
                                            const char *msgid_plural,
                                            gulong      n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);

G_END_DECLS
