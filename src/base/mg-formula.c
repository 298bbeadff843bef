/* mg-formula.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "mg-formula.h"
#include "mg-quote.h"

/* IUPAC Commission on Isotopic Abundances and Atomic Weights, standard
 * atomic weights 2021 (conventional values where IUPAC gives an interval,
 * abridged to five significant figures otherwise). Elemental fractions are
 * computed from these, never typed in by hand. */
static const struct {
  const char *symbol;
  double      weight;
} elements[] = {
  { "H",  1.008 },
  { "Li", 6.94 },
  { "B",  10.81 },
  { "C",  12.011 },
  { "N",  14.007 },
  { "O",  15.999 },
  { "F",  18.998 },
  { "Na", 22.990 },
  { "Mg", MG_ATOMIC_WEIGHT_MG },
  { "Al", 26.982 },
  { "Si", 28.085 },
  { "P",  30.974 },
  { "S",  32.06 },
  { "Cl", 35.45 },
  { "K",  39.098 },
  { "Ca", 40.078 },
  { "Ti", 47.867 },
  { "Cr", 51.996 },
  { "Mn", 54.938 },
  { "Fe", 55.845 },
  { "Co", 58.933 },
  { "Ni", 58.693 },
  { "Cu", 63.546 },
  { "Zn", 65.38 },
  { "Se", 78.971 },
  { "Br", 79.904 },
  { "Sr", 87.62 },
  { "Mo", 95.95 },
  { "I",  126.90 },
  { "Ba", 137.33 },
  { "Bi", 208.98 },
};

#define N_ELEMENTS G_N_ELEMENTS (elements)

/* Real salts have a few dozen atoms of an element; anything beyond this is
 * a typo, and the limit keeps the arithmetic far from overflow. */
#define MAX_COUNT  999
#define MAX_TOTAL  100000
#define MAX_DEPTH  8

struct _MgFormula
{
  char   *text;
  guint   counts[N_ELEMENTS];
  /* The part before the first hydrate dot: the salt without its water. */
  guint   first_part[N_ELEMENTS];
  double  molar_mass;
};

typedef struct
{
  const char *text;
  const char *p;
  guint       depth;
  guint      *error_offset;
  GError    **error;
} Parser;

G_DEFINE_QUARK (mg-formula-error-quark, mg_formula_error)

static int
element_index (const char *symbol,
               gsize       len)
{
  for (guint i = 0; i < N_ELEMENTS; i++)
    if (strlen (elements[i].symbol) == len && strncmp (elements[i].symbol, symbol, len) == 0)
      return i;

  return -1;
}

/**
 * mg_atomic_weight:
 * @symbol: an element symbol such as "Mg"
 *
 * Returns: the standard atomic weight in g/mol, or 0 if @symbol is not in
 *   the table
 */
double
mg_atomic_weight (const char *symbol)
{
  int i;

  g_return_val_if_fail (symbol != NULL, 0.0);

  i = element_index (symbol, strlen (symbol));
  return i < 0 ? 0.0 : elements[i].weight;
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail (Parser     *parser,
      const char *at,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *shown = mg_quote_input (parser->text);
  va_list args;
  glong offset = g_utf8_pointer_to_offset (parser->text, at);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (parser->error_offset != NULL)
    *parser->error_offset = offset;

  g_set_error (parser->error, MG_FORMULA_ERROR, code,
               "formula “%s”, character %ld: %s",
               shown, offset + 1, message);
  return FALSE;
}

/* Reads an optional count; 1 if there is none. */
static gboolean
parse_count (Parser *parser,
             guint   limit,
             guint  *count)
{
  const char *start = parser->p;
  guint value = 0;

  if (!g_ascii_isdigit (*parser->p))
    {
      *count = 1;
      return TRUE;
    }

  if (*parser->p == '0')
    return fail (parser, start, MG_FORMULA_ERROR_COUNT, "a count cannot be zero or start with 0");

  while (g_ascii_isdigit (*parser->p))
    {
      value = value * 10 + (*parser->p - '0');
      parser->p++;
      if (value > limit)
        return fail (parser, start, MG_FORMULA_ERROR_COUNT, "count is larger than %u", limit);
    }

  *count = value;
  return TRUE;
}

static gboolean
add_scaled (Parser     *parser,
            const char *at,
            guint      *into,
            const guint *from,
            guint       factor)
{
  for (guint i = 0; i < N_ELEMENTS; i++)
    {
      guint64 sum = (guint64) into[i] + (guint64) from[i] * factor;

      if (sum > MAX_TOTAL)
        return fail (parser, at, MG_FORMULA_ERROR_COUNT, "too many atoms of %s", elements[i].symbol);
      into[i] = (guint) sum;
    }

  return TRUE;
}

/* A run of elements and bracketed groups, up to @close (or the end of a
 * hydrate part when @close is 0). */
static gboolean
parse_sequence (Parser *parser,
                char    close,
                guint  *counts)
{
  const char *start = parser->p;

  if (++parser->depth > MAX_DEPTH)
    return fail (parser, parser->p, MG_FORMULA_ERROR_SYNTAX, "brackets nested too deeply");

  for (;;)
    {
      const char *at = parser->p;
      char c = *parser->p;

      if (g_ascii_isupper (c))
        {
          gsize len = 1;
          guint count;
          int index;

          while (g_ascii_islower (parser->p[len]))
            len++;

          index = element_index (parser->p, len);
          if (index < 0)
            return fail (parser, at, MG_FORMULA_ERROR_UNKNOWN_ELEMENT,
                         "unknown element “%.*s”", (int) len, parser->p);
          parser->p += len;

          if (!parse_count (parser, MAX_COUNT, &count))
            return FALSE;
          if ((guint64) counts[index] + count > MAX_TOTAL)
            return fail (parser, at, MG_FORMULA_ERROR_COUNT, "too many atoms of %s", elements[index].symbol);
          counts[index] += count;
        }
      else if (c == '(' || c == '[')
        {
          guint inner[N_ELEMENTS] = { 0 };
          guint count;

          parser->p++;
          if (!parse_sequence (parser, c == '(' ? ')' : ']', inner))
            return FALSE;
          if (!parse_count (parser, MAX_COUNT, &count))
            return FALSE;
          if (!add_scaled (parser, at, counts, inner, count))
            return FALSE;
        }
      else if (c == close && close != '\0')
        {
          if (parser->p == start)
            return fail (parser, at, MG_FORMULA_ERROR_SYNTAX, "empty brackets");
          parser->p++;
          parser->depth--;
          return TRUE;
        }
      else if (c == ')' || c == ']')
        {
          return fail (parser, at, MG_FORMULA_ERROR_UNBALANCED, "“%c” without a matching opening bracket", c);
        }
      else if (c == '\0' || c == '.' || c == '*' || strncmp (parser->p, "·", strlen ("·")) == 0)
        {
          if (close != '\0')
            return fail (parser, at, MG_FORMULA_ERROR_UNBALANCED, "missing “%c”", close);
          if (parser->p == start)
            return fail (parser, at, MG_FORMULA_ERROR_SYNTAX, "expected an element symbol");
          parser->depth--;
          return TRUE;
        }
      else if (g_ascii_islower (c))
        {
          return fail (parser, at, MG_FORMULA_ERROR_SYNTAX,
                       "element symbols start with a capital letter");
        }
      else if (g_ascii_isdigit (c))
        {
          return fail (parser, at, MG_FORMULA_ERROR_SYNTAX, "a count must follow an element or a bracket");
        }
      else
        {
          g_autofree char *character = g_strndup (parser->p, g_utf8_next_char (parser->p) - parser->p);
          g_autofree char *shown = mg_quote_input (character);

          /* The whole text was validated as UTF-8 on entry. */
          return fail (parser, at, MG_FORMULA_ERROR_SYNTAX, "unexpected “%s”", shown);
        }
    }
}

/**
 * mg_formula_parse_full:
 * @formula: a formula such as "MgCl2·6H2O"
 * @out: (out): the parsed formula
 * @error_offset: (out) (optional): on error, the 0-based character offset
 *   of the problem in @formula
 * @error: return location for a #GError
 *
 * Parses element symbols with counts, round and square brackets with
 * counts, and hydrate parts separated by "·", "." or "*", each with an
 * optional leading multiplier ("MgSO4·7H2O").
 *
 * Returns: %TRUE on success
 */
gboolean
mg_formula_parse_full (const char  *formula,
                       MgFormula  **out,
                       guint       *error_offset,
                       GError     **error)
{
  g_autoptr(MgFormula) self = NULL;
  Parser parser = { formula, formula, 0, error_offset, error };

  g_return_val_if_fail (formula != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_utf8_validate (formula, -1, NULL))
    {
      if (error_offset != NULL)
        *error_offset = 0;
      g_set_error (error, MG_FORMULA_ERROR, MG_FORMULA_ERROR_SYNTAX, "formula is not valid UTF-8");
      return FALSE;
    }

  if (*formula == '\0')
    return fail (&parser, formula, MG_FORMULA_ERROR_EMPTY, "empty formula");

  self = g_new0 (MgFormula, 1);
  self->text = g_strdup (formula);

  for (;;)
    {
      guint part[N_ELEMENTS] = { 0 };
      const char *at = parser.p;
      guint multiplier;

      if (!parse_count (&parser, 99, &multiplier))
        return FALSE;
      if (!parse_sequence (&parser, '\0', part))
        return FALSE;
      if (!add_scaled (&parser, at, self->counts, part, multiplier))
        return FALSE;
      if (at == formula)
        memcpy (self->first_part, self->counts, sizeof self->first_part);

      if (*parser.p == '\0')
        break;

      /* Skip the hydrate dot; a formula cannot end with one. */
      parser.p += (*parser.p == '.' || *parser.p == '*') ? 1 : strlen ("·");
      if (*parser.p == '\0')
        return fail (&parser, parser.p, MG_FORMULA_ERROR_SYNTAX, "nothing after the hydrate dot");
    }

  for (guint i = 0; i < N_ELEMENTS; i++)
    self->molar_mass += self->counts[i] * elements[i].weight;

  *out = g_steal_pointer (&self);
  return TRUE;
}

/**
 * mg_formula_parse:
 * @formula: a formula such as "MgCl2·6H2O"
 * @out: (out): the parsed formula
 * @error: return location for a #GError; the message names the character
 *
 * Returns: %TRUE on success
 */
gboolean
mg_formula_parse (const char  *formula,
                  MgFormula  **out,
                  GError     **error)
{
  return mg_formula_parse_full (formula, out, NULL, error);
}

void
mg_formula_free (MgFormula *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_free (self);
}

const char *
mg_formula_get_text (const MgFormula *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text;
}

/* In g/mol. */
double
mg_formula_get_molar_mass (const MgFormula *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->molar_mass;
}

guint
mg_formula_get_count (const MgFormula *self,
                      const char      *symbol)
{
  int i;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (symbol != NULL, 0);

  i = element_index (symbol, strlen (symbol));
  return i < 0 ? 0 : self->counts[i];
}

guint
mg_formula_get_mg_atoms (const MgFormula *self)
{
  return mg_formula_get_count (self, "Mg");
}

/**
 * mg_formula_elemental_fraction:
 * @self: a formula
 * @symbol: an element symbol, usually "Mg"
 *
 * Returns: the mass fraction (0..1) of @symbol in the compound as written,
 *   water of crystallisation included
 */
double
mg_formula_elemental_fraction (const MgFormula *self,
                               const char      *symbol)
{
  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (symbol != NULL, 0.0);

  if (self->molar_mass <= 0.0)
    return 0.0;

  return mg_formula_get_count (self, symbol) * mg_atomic_weight (symbol) / self->molar_mass;
}

static int
compare_symbols (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  guint x = GPOINTER_TO_UINT (*(gpointer const *) a) - 1;
  guint y = GPOINTER_TO_UINT (*(gpointer const *) b) - 1;

  return strcmp (elements[x].symbol, elements[y].symbol);
}

static void
append_element (GString *out,
                guint    index,
                guint    count)
{
  g_string_append (out, elements[index].symbol);
  if (count > 1)
    g_string_append_printf (out, "%u", count);
}

/**
 * mg_formula_dup_anhydrous_hill:
 * @self: a formula
 *
 * The part before the first hydrate dot in Hill notation (C, then H, then
 * the other elements alphabetically), so that "MgC6H6O7" and
 * "C6H6MgO7·4H2O" give the same "C6H6MgO7": the salt whatever its water.
 *
 * Returns: (transfer full): the Hill formula
 */
char *
mg_formula_dup_anhydrous_hill (const MgFormula *self)
{
  g_autoptr(GPtrArray) others = g_ptr_array_new ();
  GString *out = g_string_new (NULL);
  int carbon = element_index ("C", 1);
  int hydrogen = element_index ("H", 1);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < N_ELEMENTS; i++)
    if (self->first_part[i] > 0 &&
        !(self->first_part[carbon] > 0 && ((int) i == carbon || (int) i == hydrogen)))
      g_ptr_array_add (others, GUINT_TO_POINTER (i + 1));

  g_ptr_array_sort_with_data (others, compare_symbols, NULL);

  if (self->first_part[carbon] > 0)
    {
      append_element (out, carbon, self->first_part[carbon]);
      if (self->first_part[hydrogen] > 0)
        append_element (out, hydrogen, self->first_part[hydrogen]);
    }
  for (guint i = 0; i < others->len; i++)
    {
      guint index = GPOINTER_TO_UINT (g_ptr_array_index (others, i)) - 1;

      append_element (out, index, self->first_part[index]);
    }

  return g_string_free (out, FALSE);
}
