/* mg-enum.h — enum values and their nicks, for enums registered by
 * gnome.mkenums_simple (mg-*-enums.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An enum's text form (in JSON, in the knowledge base, in GSettings) is its
 * nick, written once beside the value in the header (a "nick=" annotation
 * where the default would differ): no switch or array repeats it by hand.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * mg_enum_to_nick:
 * @enum_type: a registered enum type
 * @value: one of its values
 *
 * Returns: (transfer none) (nullable): the value's nick, static; %NULL
 *   for a value the enum does not have
 */
const char *mg_enum_to_nick   (GType       enum_type,
                               int         value);
/**
 * mg_enum_from_nick:
 * @enum_type: a registered enum type
 * @nick: a nick; case is ignored
 * @out_value: (out) (optional): the value
 *
 * Returns: %TRUE when @nick names a value
 */
gboolean    mg_enum_from_nick (GType       enum_type,
                               const char *nick,
                               int        *out_value);

G_END_DECLS
