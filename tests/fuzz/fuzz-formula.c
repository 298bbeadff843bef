/* fuzz-formula.c — the molecular-formula parser behind every elemental
 * fraction the app shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What must hold for an accepted formula: a finite positive molar mass;
 * each element it names has a fraction in (0, 1] and the fractions add
 * up to 1; magnesium's fraction is in (0, 1] when it has magnesium and 0
 * when not; parsing its own text again gives the same numbers; its Hill
 * formula is canonical. For a
 * refused one: a one-line message and a position inside the text, the
 * same one the message names.
 */
#include <math.h>
#include <string.h>

#include "mg-formula.h"
#include "mg-fuzz.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  mg_fuzz_init ();
  return 0;
}

/* Distinct element symbols written in @text (a capital and its small
 * letters); the parser accepted @text, so these are all known elements. */
static GPtrArray *
symbols_in (const char *text)
{
  GPtrArray *symbols = g_ptr_array_new_with_free_func (g_free);

  for (const char *p = text; *p != '\0'; p++)
    {
      const char *end = p + 1;
      g_autofree char *symbol = NULL;
      gboolean seen = FALSE;

      if (!g_ascii_isupper (*p))
        continue;
      while (g_ascii_islower (*end))
        end++;
      symbol = g_strndup (p, end - p);
      for (guint i = 0; i < symbols->len && !seen; i++)
        seen = strcmp (g_ptr_array_index (symbols, i), symbol) == 0;
      if (!seen)
        g_ptr_array_add (symbols, g_steal_pointer (&symbol));
    }

  return symbols;
}

/* The compiler groups salts by the Hill formula of their first part. It
 * must be canonical: the Hill formula of a Hill formula is itself, and
 * for a formula without water or multiplier it has the same atoms. (A
 * count above 999 that brackets multiplied up has no Hill form the parser
 * takes back; nothing parses one, so that is not checked.) */
static void
check_hill (const char      *text,
            const MgFormula *formula)
{
  g_autofree char *hill = mg_formula_dup_anhydrous_hill (formula);
  g_autoptr(MgFormula) parsed = NULL;
  g_autofree char *hill_again = NULL;

  MG_FUZZ_CHECK (hill != NULL && *hill != '\0', text);
  MG_FUZZ_CHECK (strpbrk (hill, "().*[]") == NULL && strstr (hill, "·") == NULL, text);

  if (!mg_formula_parse (hill, &parsed, NULL))
    return;

  hill_again = mg_formula_dup_anhydrous_hill (parsed);
  MG_FUZZ_CHECK (strcmp (hill, hill_again) == 0, text);

  if (strpbrk (text, ".*") == NULL && strstr (text, "·") == NULL && !g_ascii_isdigit (text[0]))
    MG_FUZZ_CHECK (mg_formula_get_molar_mass (parsed) == mg_formula_get_molar_mass (formula), text);
}

static void
check_accepted (const char      *text,
                const MgFormula *formula)
{
  g_autoptr(GPtrArray) symbols = symbols_in (text);
  g_autoptr(MgFormula) again = NULL;
  double mass = mg_formula_get_molar_mass (formula);
  double mg_fraction = mg_formula_elemental_fraction (formula, "Mg");
  double sum = 0.0;

  MG_FUZZ_CHECK (strcmp (mg_formula_get_text (formula), text) == 0, text);
  MG_FUZZ_CHECK (isfinite (mass) && mass > 0.0, text);
  MG_FUZZ_CHECK (symbols->len > 0, text);

  for (guint i = 0; i < symbols->len; i++)
    {
      const char *symbol = g_ptr_array_index (symbols, i);
      double fraction = mg_formula_elemental_fraction (formula, symbol);

      MG_FUZZ_CHECK (mg_atomic_weight (symbol) > 0.0, text);
      MG_FUZZ_CHECK (mg_formula_get_count (formula, symbol) > 0, text);
      MG_FUZZ_CHECK (fraction > 0.0 && fraction <= 1.0, text);
      sum += fraction;
    }
  MG_FUZZ_CHECK (fabs (sum - 1.0) < 1e-9, text);

  if (mg_formula_get_mg_atoms (formula) > 0)
    MG_FUZZ_CHECK (mg_fraction > 0.0 && mg_fraction <= 1.0, text);
  else
    MG_FUZZ_CHECK (mg_fraction == 0.0, text);

  MG_FUZZ_CHECK (mg_formula_parse (mg_formula_get_text (formula), &again, NULL), text);
  MG_FUZZ_CHECK (mg_formula_get_molar_mass (again) == mass, text);
  MG_FUZZ_CHECK (mg_formula_elemental_fraction (again, "Mg") == mg_fraction, text);

  check_hill (text, formula);
}

static void
check_refused (const char   *text,
               const GError *error,
               guint         offset)
{
  MG_FUZZ_CHECK (error != NULL && error->domain == MG_FORMULA_ERROR, text);
  mg_fuzz_check_message (error->message, text);

  if (!g_utf8_validate (text, -1, NULL))
    {
      /* Nothing to count characters in: the start is the position. */
      MG_FUZZ_CHECK (offset == 0, text);
      return;
    }

  {
    g_autofree char *where = g_strdup_printf ("character %u:", offset + 1);

    MG_FUZZ_CHECK (offset <= (guint) g_utf8_strlen (text, -1), text);
    MG_FUZZ_CHECK (strstr (error->message, where) != NULL, text);
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = mg_fuzz_string (data, size);
  g_autoptr(MgFormula) formula = NULL;
  g_autoptr(MgFormula) plain = NULL;
  g_autoptr(GError) error = NULL;
  guint offset = G_MAXUINT;
  gboolean ok;

  ok = mg_formula_parse_full (text, &formula, &offset, &error);

  /* With or without the position, the verdict is the same. */
  MG_FUZZ_CHECK (mg_formula_parse (text, &plain, NULL) == ok, text);

  if (ok)
    {
      MG_FUZZ_CHECK (error == NULL && formula != NULL, text);
      MG_FUZZ_CHECK (offset == G_MAXUINT, text);
      check_accepted (text, formula);
    }
  else
    {
      MG_FUZZ_CHECK (formula == NULL, text);
      check_refused (text, error, offset);
    }

  return 0;
}
