/* mg-quote.c — what someone typed, made safe to repeat in a message
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Error messages repeat the input ("“2,5x” is not a number") so that the
 * person sees what was read. That input can be anything: bytes that are
 * not UTF-8 (a command-line argument, a knowledge-base file), a pasted
 * newline or tab, a megabyte. The message must still be one line of valid
 * UTF-8 (it goes into a GtkLabel beside the field and onto stderr, where
 * the CLI promises one line) and short enough to read.
 */
#include <string.h>

#include "mg-quote.h"

static gboolean
is_hidden (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:             /* C0, DEL, C1: newlines, tabs, escapes */
    case G_UNICODE_FORMAT:              /* bidirectional overrides, zero widths */
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return TRUE;
    default:
      return FALSE;
    }
}

static char *
quote (const char *text,
       guint       max_chars,
       gboolean    breaks_to_spaces)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *quoted = g_string_sized_new (strlen (valid));
  guint n = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == max_chars)
        {
          g_string_append (quoted, "…");
          break;
        }

      if (breaks_to_spaces && (c == '\n' || c == '\r' || c == '\t'))
        g_string_append_c (quoted, ' ');
      else if (is_hidden (c))
        g_string_append_unichar (quoted, 0xFFFD);
      else
        g_string_append_len (quoted, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (quoted, FALSE);
}

/**
 * mg_quote_input:
 * @text: what was typed or read, in any encoding
 *
 * Bytes that are not UTF-8 and characters that would break or hide the
 * line become U+FFFD (�), so the person still sees that something is
 * there; after %MG_QUOTE_MAX_CHARS characters the text ends in "…".
 *
 * Returns: (transfer full): one line of valid UTF-8
 */
char *
mg_quote_input (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return quote (text, MG_QUOTE_MAX_CHARS, FALSE);
}

/**
 * mg_quote_line:
 * @text: a whole message, which may carry input or database text
 *
 * The last guard before a message is printed as one line: line breaks and
 * tabs become spaces, other hidden characters and bytes that are not UTF-8
 * become U+FFFD. Nothing is cut.
 *
 * Returns: (transfer full): one line of valid UTF-8
 */
char *
mg_quote_line (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return quote (text, G_MAXUINT, TRUE);
}
