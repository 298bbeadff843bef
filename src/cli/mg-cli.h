/* mg-cli.h — magnesium-guide-cli, the command-line face of the engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses scripts can rely on. */
#define MG_CLI_EXIT_OK        0
#define MG_CLI_EXIT_INTERNAL  1
#define MG_CLI_EXIT_BAD_INPUT 2

int mg_cli_main (int    argc,
                 char **argv);

G_END_DECLS
