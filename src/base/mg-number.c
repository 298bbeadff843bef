/* mg-number.c — locale-independent parsing of what people type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pharmacists in the Netherlands write 2,5 and the rest of the world 2.5;
 * both must work whatever LC_NUMERIC says, so nothing here calls strtod()
 * with the current locale. Exactly one decimal separator is accepted: with
 * two ("1,234.5", "1.234.567") we cannot tell thousands from decimals, and
 * guessing wrong gives a dose a thousand times off.
 */
#include "config.h"

#include <errno.h>
#include <float.h>
#include "mg-gettext.h"
#include <math.h>
#include <string.h>

#include "mg-number.h"
#include "mg-quote.h"

G_DEFINE_QUARK (mg-number-error-quark, mg_number_error)

static gboolean
is_non_finite_word (const char *text)
{
  if (*text == '+' || *text == '-')
    text++;

  return g_ascii_strcasecmp (text, "nan") == 0 ||
         g_ascii_strcasecmp (text, "inf") == 0 ||
         g_ascii_strcasecmp (text, "infinity") == 0;
}

/* Bounds and sign are checked by the callers; this only turns a
 * well-formed number into a double. */
static gboolean
parse_plain (const char  *text,
             double      *out,
             GError     **error)
{
  g_autofree char *normal = NULL;
  g_autofree char *shown = mg_quote_input (text);
  const char *p = text;
  guint digits = 0;
  guint separators = 0;
  char *end = NULL;
  double value;

  if (*text == '\0')
    {
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_EMPTY,
                   _("No value given; enter a number such as 2.5 or 2,5"));
      return FALSE;
    }

  if (is_non_finite_word (text))
    {
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_NOT_FINITE,
                   _("“%s” is not a finite number; enter a number such as 2.5 or 2,5"), shown);
      return FALSE;
    }

  if (*p == '+' || *p == '-')
    p++;

  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p == '.' || *p == ',')
        separators++;
      else
        break;
    }

  if (*p != '\0' || digits == 0)
    {
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_NOT_A_NUMBER,
                   _("“%s” is not a number; write digits with at most one decimal point or comma, such as 2.5 or 2,5"),
                   shown);
      return FALSE;
    }

  if (separators > 1)
    {
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_AMBIGUOUS,
                   _("“%s” has more than one separator; write one decimal point or comma and no thousands separators, such as 1234.5"),
                   shown);
      return FALSE;
    }

  normal = g_strdup (text);
  g_strdelimit (normal, ",", '.');

  errno = 0;
  value = g_ascii_strtod (normal, &end);

  if (end == NULL || *end != '\0')
    {
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_NOT_A_NUMBER,
                   _("“%s” is not a number; write digits with at most one decimal point or comma, such as 2.5 or 2,5"),
                   shown);
      return FALSE;
    }

  /* Underflow to a tiny value is harmless; overflow is not. */
  if (!isfinite (value) || (errno == ERANGE && fabs (value) > 1.0))
    {
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_TOO_LARGE,
                   _("“%s” is far too large"), shown);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

static gboolean
check_rules (const char     *text,
             double          value,
             double          bound_value,
             MgNumberRules   rules,
             const char     *max_text,
             GError        **error)
{
  g_autofree char *shown = mg_quote_input (text);

  if (value < 0.0)
    {
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_NEGATIVE,
                   _("“%s” is negative; a negative value is not possible here"), shown);
      return FALSE;
    }

  if (value == 0.0 && !(rules.flags & MG_NUMBER_FLAGS_ALLOW_ZERO))
    {
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_ZERO,
                   _("“%s” is zero; enter a value above 0"), shown);
      return FALSE;
    }

  if (rules.max > 0.0 && bound_value > rules.max)
    {
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_TOO_LARGE,
                   _("“%s” is too large; the most accepted here is %s"), shown, max_text);
      return FALSE;
    }

  if ((rules.flags & MG_NUMBER_FLAGS_WHOLE) && value != floor (value))
    {
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_NOT_WHOLE,
                   _("“%s” is not a whole number; enter a whole number such as 2"), shown);
      return FALSE;
    }

  return TRUE;
}

/**
 * mg_number_parse:
 * @text: what was typed; surrounding white space is ignored
 * @rules: whether zero is allowed, whether it must be whole, the maximum
 * @out: (out): the value
 * @error: an #MG_NUMBER_ERROR whose message says what is wrong and how to
 *   write it
 *
 * Accepts `2.5`, `2,5`, `+3`, `.5`; refuses empty text, garbage, NaN,
 * infinities, negatives, zero (unless allowed) and values above the maximum.
 */
gboolean
mg_number_parse (const char     *text,
                 MgNumberRules   rules,
                 double         *out,
                 GError        **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *max_text = NULL;
  double value = 0.0;

  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (!parse_plain (trimmed, &value, error))
    return FALSE;

  max_text = mg_number_format (rules.max, 3);
  if (!check_rules (trimmed, value, value, rules, max_text, error))
    return FALSE;

  *out = value;
  return TRUE;
}

/**
 * mg_amount_parse:
 * @text: a number and a unit, with or without a space: `500mg`, `1,5 g`,
 *   `10 mmol`, `20mEq`
 * @rules: as for mg_number_parse(); @rules.max is in mg (g, mmol and mEq
 *   are converted to mg before comparing)
 * @out_value: (out): the number, in @out_unit
 * @out_unit: (out): the unit
 * @error: an #MG_NUMBER_ERROR
 *
 * A unit is required: a bare "500" could be mg or g, and a wrong guess
 * is a thousandfold error.
 */
gboolean
mg_amount_parse (const char     *text,
                 MgNumberRules   rules,
                 double         *out_value,
                 MgAmountUnit   *out_unit,
                 GError        **error)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *number = NULL;
  g_autofree char *unit_text = NULL;
  g_autofree char *max_number = NULL;
  g_autofree char *max_text = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *shown_unit = NULL;
  MgAmountUnit unit;
  const char *p;
  double value = 0.0;

  g_return_val_if_fail (out_value != NULL, FALSE);
  g_return_val_if_fail (out_unit != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  shown = mg_quote_input (trimmed);

  for (p = trimmed; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) && *p != '.' && *p != ',' && *p != '+' && *p != '-' && *p != ' ')
        break;
    }

  number = g_strstrip (g_strndup (trimmed, p - trimmed));
  unit_text = g_strstrip (g_strdup (p));

  /* "nan mg", "abc" or "": let the number parser explain what is wrong. */
  if (*number == '\0')
    {
      g_autofree char *word = g_strdup (trimmed);
      char *w = word;

      if (*w == '+' || *w == '-')
        w++;
      while (g_ascii_isalpha (*w))
        w++;
      *w = '\0';

      if (is_non_finite_word (word))
        {
          g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_NOT_FINITE,
                       _("“%s” is not a finite number; enter a number such as 2.5 or 2,5"), shown);
          return FALSE;
        }
    }

  if (!parse_plain (*number == '\0' ? trimmed : number, &value, error))
    return FALSE;

  if (*unit_text == '\0')
    {
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_MISSING_UNIT,
                   _("“%s” has no unit; add mg, g, mmol or mEq, such as 500mg or 1,5g"), shown);
      return FALSE;
    }

  if (!mg_amount_unit_from_string (unit_text, &unit))
    {
      shown_unit = mg_quote_input (unit_text);
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_UNKNOWN_UNIT,
                   _("Unknown unit “%s”; use mg, g, mmol or mEq, such as 500mg or 1,5g"), shown_unit);
      return FALSE;
    }

  /* Finite in its unit, but not once in mg: 1e300 g. */
  if (!isfinite (mg_units_compound_mg (value, unit)))
    {
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_TOO_LARGE,
                   _("“%s” is far too large"), shown);
      return FALSE;
    }

  max_number = mg_number_format (rules.max, 3);
  max_text = g_strdup_printf ("%s mg", max_number);
  if (!check_rules (trimmed, value, mg_units_compound_mg (value, unit), rules, max_text, error))
    return FALSE;

  *out_value = value;
  *out_unit = unit;
  return TRUE;
}

/* Rounds to @decimals and writes the decimal separator of the interface
 * language; @trim drops trailing zeros. */
static char *
format_number (double   value,
               int      decimals,
               gboolean trim)
{
  char format[16];
  /* "%.6f" writes every integer digit: up to 309 for the largest double,
   * plus sign, point, six decimals and NUL. A shorter buffer would cut a
   * large number short and show a different number. */
  char buffer[1 + DBL_MAX_10_EXP + 1 + 1 + 6 + 1];
  /* Translators: the decimal separator; Dutch uses a comma. */
  const char *separator = C_("decimal separator", ".");
  char *dot;
  GString *result;

  decimals = CLAMP (decimals, 0, 6);
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (buffer, sizeof buffer, format, value);

  dot = strchr (buffer, '.');
  if (trim && dot != NULL)
    {
      char *last = buffer + strlen (buffer) - 1;

      while (last > dot && *last == '0')
        *last-- = '\0';
      if (last == dot)
        *dot = '\0';
    }

  /* "-0" after rounding a tiny negative is noise. */
  if (buffer[0] == '-' && strspn (buffer + 1, "0.") == strlen (buffer + 1))
    memmove (buffer, buffer + 1, strlen (buffer));

  result = g_string_new (buffer);
  dot = strchr (result->str, '.');
  if (dot != NULL)
    {
      gsize pos = dot - result->str;

      g_string_erase (result, pos, 1);
      g_string_insert (result, pos, separator);
    }

  return g_string_free (result, FALSE);
}

/**
 * mg_number_format:
 * @value: a finite number
 * @max_decimals: decimals to round to (0–6); trailing zeros are dropped
 *
 * Formats for people, with the decimal separator of the interface language
 * (not of LC_NUMERIC: a Dutch interface under LANG=C.UTF-8 still writes
 * 2,5). Scripts should read --json, which always uses a point.
 *
 * Returns: (transfer full): the text
 */
char *
mg_number_format (double value,
                  int    max_decimals)
{
  return format_number (value, max_decimals, TRUE);
}

/**
 * mg_number_format_fixed:
 * @value: a finite number
 * @decimals: decimals to show (0–6), trailing zeros included
 *
 * Like mg_number_format(), for columns of figures that must line up.
 *
 * Returns: (transfer full): the text
 */
char *
mg_number_format_fixed (double value,
                        int    decimals)
{
  return format_number (value, decimals, FALSE);
}
