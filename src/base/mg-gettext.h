/* mg-gettext.h — the translation macros of the libraries whose text goes
 * into the patient handout (base, kb labels, dose, handout)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Include this instead of <glib/gi18n-lib.h>. The macros translate like
 * GLib's, except that inside mg_i18n_push_language() … pop they use that
 * language's catalog on this thread, whatever the interface language is.
 * xgettext knows _, N_, C_ and NC_ from the glib preset, and mg_ngettext
 * from po/meson.build.
 */
#pragma once

#include "mg-i18n.h"

#define _(String)              mg_gettext (String)
#define N_(String)             (String)
#define C_(Context, String)    mg_pgettext (Context, String)
#define NC_(Context, String)   (String)
