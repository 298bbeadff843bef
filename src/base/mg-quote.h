/* mg-quote.h — what someone typed, made safe to repeat in a message
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Characters of the input kept in a message; longer input ends in "…". */
#define MG_QUOTE_MAX_CHARS 64

char *mg_quote_input (const char *text);
char *mg_quote_line  (const char *text);

G_END_DECLS
