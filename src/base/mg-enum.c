/* mg-enum.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-enum.h"

/* Enum classes of static types are never freed: keeping the first
 * reference for the life of the program makes their strings static. */
static GEnumClass *
enum_class (GType enum_type)
{
  GEnumClass *klass = g_type_class_peek (enum_type);

  return klass != NULL ? klass : g_type_class_ref (enum_type);
}

const char *
mg_enum_to_nick (GType enum_type,
                 int   value)
{
  GEnumValue *enum_value;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  enum_value = g_enum_get_value (enum_class (enum_type), value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

gboolean
mg_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *out_value)
{
  GEnumClass *klass;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);

  if (nick == NULL)
    return FALSE;

  klass = enum_class (enum_type);
  for (guint i = 0; i < klass->n_values; i++)
    {
      if (g_ascii_strcasecmp (klass->values[i].value_nick, nick) == 0)
        {
          if (out_value != NULL)
            *out_value = klass->values[i].value;
          return TRUE;
        }
    }

  return FALSE;
}
