/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-application.h"
#include "mg-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MgApplication) app = NULL;

  mg_i18n_init ();

  app = mg_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
