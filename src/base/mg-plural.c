/* mg-plural.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A catalog loaded for one language (mg-catalog.c) cannot ask libintl which
 * plural form to use, so this evaluates the .mo header's C-like expression
 * ("plural=(n != 1);", Polish's nested ternaries…) itself: the grammar of
 * GNU gettext's plural.y, evaluated while it is parsed.
 */
#include "config.h"

#include <string.h>

#include "mg-plural.h"

typedef struct
{
  const char *p;
  gulong      n;
  gboolean    failed;
} Parser;

static gulong parse_conditional (Parser *parser);

static void
skip_space (Parser *parser)
{
  while (g_ascii_isspace (*parser->p))
    parser->p++;
}

static gboolean
accept (Parser     *parser,
        const char *token)
{
  gsize len = strlen (token);

  skip_space (parser);
  if (strncmp (parser->p, token, len) != 0)
    return FALSE;
  /* "!" must not swallow the first half of "!=", nor "<" of "<=". */
  if (len == 1 && (token[0] == '!' || token[0] == '<' || token[0] == '>' || token[0] == '=') &&
      parser->p[1] == '=')
    return FALSE;
  parser->p += len;
  return TRUE;
}

static gulong
parse_primary (Parser *parser)
{
  skip_space (parser);

  if (*parser->p == 'n')
    {
      parser->p++;
      return parser->n;
    }

  if (g_ascii_isdigit (*parser->p))
    {
      char *end = NULL;
      guint64 value = g_ascii_strtoull (parser->p, &end, 10);

      parser->p = end;
      return (gulong) value;
    }

  if (accept (parser, "("))
    {
      gulong value = parse_conditional (parser);

      if (!accept (parser, ")"))
        parser->failed = TRUE;
      return value;
    }

  parser->failed = TRUE;
  return 0;
}

static gulong
parse_unary (Parser *parser)
{
  if (accept (parser, "!"))
    return !parse_unary (parser);

  return parse_primary (parser);
}

static gulong
parse_multiplicative (Parser *parser)
{
  gulong value = parse_unary (parser);

  for (;;)
    {
      if (accept (parser, "*"))
        value *= parse_unary (parser);
      else if (accept (parser, "/") || accept (parser, "%"))
        {
          gboolean divide = parser->p[-1] == '/';
          gulong right = parse_unary (parser);

          if (right == 0)
            {
              parser->failed = TRUE;
              return 0;
            }
          value = divide ? value / right : value % right;
        }
      else
        return value;
    }
}

static gulong
parse_additive (Parser *parser)
{
  gulong value = parse_multiplicative (parser);

  for (;;)
    {
      if (accept (parser, "+"))
        value += parse_multiplicative (parser);
      else if (accept (parser, "-"))
        value -= parse_multiplicative (parser);
      else
        return value;
    }
}

static gulong
parse_relational (Parser *parser)
{
  gulong value = parse_additive (parser);

  for (;;)
    {
      if (accept (parser, "<="))
        value = value <= parse_additive (parser);
      else if (accept (parser, ">="))
        value = value >= parse_additive (parser);
      else if (accept (parser, "<"))
        value = value < parse_additive (parser);
      else if (accept (parser, ">"))
        value = value > parse_additive (parser);
      else
        return value;
    }
}

static gulong
parse_equality (Parser *parser)
{
  gulong value = parse_relational (parser);

  for (;;)
    {
      if (accept (parser, "=="))
        value = value == parse_relational (parser);
      else if (accept (parser, "!="))
        value = value != parse_relational (parser);
      else
        return value;
    }
}

/* Both sides are always parsed (there are no side effects to skip), so
 * that a syntax error on either side is noticed. */
static gulong
parse_and (Parser *parser)
{
  gulong value = parse_equality (parser);

  while (accept (parser, "&&"))
    {
      gulong right = parse_equality (parser);

      value = value && right;
    }

  return value;
}

static gulong
parse_or (Parser *parser)
{
  gulong value = parse_and (parser);

  while (accept (parser, "||"))
    {
      gulong right = parse_and (parser);

      value = value || right;
    }

  return value;
}

static gulong
parse_conditional (Parser *parser)
{
  gulong condition = parse_or (parser);
  gulong when_true, when_false;

  if (!accept (parser, "?"))
    return condition;

  when_true = parse_conditional (parser);
  if (!accept (parser, ":"))
    {
      parser->failed = TRUE;
      return 0;
    }
  when_false = parse_conditional (parser);

  return condition ? when_true : when_false;
}

/**
 * mg_plural_evaluate:
 * @expression: the part after "plural=", with or without the final ";"
 * @n: the count
 * @out_index: (out): the plural form to use
 *
 * Returns: %FALSE when @expression does not parse
 */
gboolean
mg_plural_evaluate (const char *expression,
                    gulong      n,
                    gulong     *out_index)
{
  Parser parser = { expression, n, FALSE };
  gulong value;

  g_return_val_if_fail (expression != NULL, FALSE);
  g_return_val_if_fail (out_index != NULL, FALSE);

  value = parse_conditional (&parser);
  skip_space (&parser);
  if (*parser.p == ';')
    parser.p++;
  skip_space (&parser);
  if (parser.failed || *parser.p != '\0')
    return FALSE;

  *out_index = value;
  return TRUE;
}

/**
 * mg_plural_parse_header:
 * @header: a catalog's header entry (the translation of "")
 * @out_nplurals: (out): the number of forms
 * @out_expression: (out) (transfer full): the expression after "plural="
 *
 * Returns: %FALSE when the header has no usable Plural-Forms line
 */
gboolean
mg_plural_parse_header (const char  *header,
                        guint       *out_nplurals,
                        char       **out_expression)
{
  const char *line, *nplurals, *plural, *end;
  guint64 count;
  gulong probe;
  g_autofree char *expression = NULL;

  g_return_val_if_fail (header != NULL, FALSE);
  g_return_val_if_fail (out_nplurals != NULL, FALSE);
  g_return_val_if_fail (out_expression != NULL, FALSE);

  line = strstr (header, "Plural-Forms:");
  if (line == NULL)
    return FALSE;
  end = strchr (line, '\n');
  if (end == NULL)
    end = line + strlen (line);

  nplurals = g_strstr_len (line, end - line, "nplurals=");
  plural = g_strstr_len (line, end - line, "plural=");
  /* "nplurals=" contains "plural=": find the one that stands alone. */
  while (plural != NULL && plural > line && plural[-1] == 'n')
    plural = g_strstr_len (plural + 1, end - plural - 1, "plural=");
  if (nplurals == NULL || plural == NULL)
    return FALSE;

  count = g_ascii_strtoull (nplurals + strlen ("nplurals="), NULL, 10);
  expression = g_strndup (plural + strlen ("plural="), end - plural - strlen ("plural="));
  if (count == 0 || count > 6 || !mg_plural_evaluate (expression, 1, &probe))
    return FALSE;

  *out_nplurals = (guint) count;
  *out_expression = g_steal_pointer (&expression);
  return TRUE;
}
