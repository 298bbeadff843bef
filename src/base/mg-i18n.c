/* mg-i18n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mg-i18n.h"

/* Translations are looked up in the build tree when the program runs from
 * there (tests, `meson devenv`), so nobody has to install to see Dutch. */
const char *
mg_i18n_get_localedir (void)
{
  const char *override = g_getenv ("MAGNESIUM_GUIDE_LOCALEDIR");

  if (override != NULL && *override != '\0')
    return override;

  return LOCALEDIR;
}

void
mg_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, mg_i18n_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
