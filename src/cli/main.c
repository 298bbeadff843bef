/* main.c — magnesium-guide-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-cli.h"

int
main (int   argc,
      char *argv[])
{
  return mg_cli_main (argc, argv);
}
