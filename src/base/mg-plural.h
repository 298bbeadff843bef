/* mg-plural.h — gettext's Plural-Forms expressions, evaluated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean mg_plural_parse_header (const char *header,
                                 guint      *out_nplurals,
                                 char      **out_expression);
gboolean mg_plural_evaluate     (const char *expression,
                                 gulong      n,
                                 gulong     *out_index);

G_END_DECLS
