/* mg-fold.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "mg-fold.h"

/**
 * mg_fold:
 * @text: UTF-8 text
 *
 * Folds @text for searching and for comparing names: lower case, NFKD,
 * combining marks dropped, runs of white space collapsed to one space and
 * trimmed. The knowledge-base compiler folds what it stores and the reader
 * folds queries with this same function, so both sides always agree
 * ("Magnésium  Citraat" and "magnesium citraat" compare equal).
 *
 * Returns: (transfer full): the folded text, or %NULL if @text is not
 *   valid UTF-8
 */
char *
mg_fold (const char *text)
{
  g_autofree char *lower = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  lower = g_utf8_strdown (text, -1);
  decomposed = g_utf8_normalize (lower, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return NULL;

  out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (g_unichar_type (c))
        {
        case G_UNICODE_NON_SPACING_MARK:
        case G_UNICODE_SPACING_MARK:
        case G_UNICODE_ENCLOSING_MARK:
          continue;

        default:
          break;
        }

      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }

      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;

      /* NFKD of some capitals only lower-cases after decomposition. */
      g_string_append_unichar (out, g_unichar_tolower (c));
    }

  return g_string_free (out, FALSE);
}
