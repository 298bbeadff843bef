/* mg-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mg-format.h"
#include "mg-kb-labels.h"
#include "mg-number.h"

/**
 * mg_format_mg:
 * @mg: milligrams
 *
 * Returns: (transfer full): "250 mg", "12,5 mg": one decimal at most
 */
char *
mg_format_mg (double mg)
{
  g_autofree char *number = mg_number_format (mg, 1);

  /* Translators: an amount in milligrams */
  return g_strdup_printf (_("%s mg"), number);
}

/**
 * mg_format_percent:
 * @fraction: 0.603 for 60.3 %
 * @decimals: decimals shown, trailing zeros kept so columns line up
 *
 * Returns: (transfer full): "60.3 %"
 */
char *
mg_format_percent (double fraction,
                   int    decimals)
{
  g_autofree char *number = mg_number_format_fixed (fraction * 100.0, decimals);

  /* Translators: a percentage; Dutch also writes a space before % */
  return g_strdup_printf (_("%s %%"), number);
}

static char *
format_months (int months)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months", months), months);
}

static char *
format_years (int years)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", years), years);
}

/**
 * mg_format_age_band:
 * @from_months: first month of the band
 * @to_months: first month after it; negative for "and older"
 *
 * Bands are half-open, as the tables print them: [12, 48) is "1–3
 * years", up to the fourth birthday.
 *
 * Returns: (transfer full): the band in words
 */
char *
mg_format_age_band (int from_months,
                    int to_months)
{
  gboolean whole_years = from_months % 12 == 0 && (to_months < 0 || to_months % 12 == 0) && from_months >= 12;

  if (from_months <= 0 && to_months < 0)
    return g_strdup (_("All ages"));

  if (to_months < 0)
    {
      g_autofree char *from = from_months % 12 == 0 ? format_years (from_months / 12) : format_months (from_months);

      /* Translators: an age band without an upper end, "18 years and older" */
      return g_strdup_printf (_("%s and older"), from);
    }

  if (whole_years)
    {
      int first = from_months / 12;
      int last = to_months / 12 - 1;

      if (first == last)
        return format_years (first);

      /* Translators: an age band in whole years, both ends included: "4–8 years" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d–%d year", "%d–%d years", last), first, last);
    }

  /* Translators: an age band in months, both ends included: "7–11 months" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d–%d month", "%d–%d months", to_months - 1),
                          from_months, to_months - 1);
}

/**
 * mg_format_age:
 * @age_months: an age
 *
 * Returns: (transfer full): "3 years", "8 months", "1 year and 6 months"
 */
char *
mg_format_age (guint age_months)
{
  g_autofree char *years = NULL;
  g_autofree char *months = NULL;

  if (age_months < 12)
    return format_months (age_months);

  years = format_years (age_months / 12);
  if (age_months % 12 == 0)
    return g_steal_pointer (&years);

  months = format_months (age_months % 12);
  /* Translators: an age, "1 year and 6 months" */
  return g_strdup_printf (_("%s and %s"), years, months);
}

static gboolean
is_hydrate_dot (const char *p)
{
  return *p == '.' || *p == '*' || g_str_has_prefix (p, "·");
}

/**
 * mg_format_formula:
 * @formula: as the knowledge base writes it, "MgCl2·6H2O"
 *
 * Returns: (transfer full): with subscript counts, "MgCl₂·6H₂O"; the
 *   number of water molecules after the dot stays full size
 */
char *
mg_format_formula (const char *formula)
{
  static const char *subscripts[] = { "₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉" };
  GString *out;
  gboolean after_symbol = FALSE;

  g_return_val_if_fail (formula != NULL, NULL);

  out = g_string_new (NULL);
  for (const char *p = formula; *p != '\0'; )
    {
      if (is_hydrate_dot (p))
        {
          g_string_append (out, "·");
          p += *p == '.' || *p == '*' ? 1 : strlen ("·");
          after_symbol = FALSE;
          continue;
        }

      if (g_ascii_isdigit (*p) && after_symbol)
        g_string_append (out, subscripts[*p - '0']);
      else
        {
          g_string_append_c (out, *p);
          after_symbol = g_ascii_isalpha (*p) || *p == ')' || *p == ']';
        }
      p++;
    }

  return g_string_free (out, FALSE);
}

/**
 * mg_format_formula_water:
 * @formula: "C12H10Mg3O14·9H2O"
 *
 * Returns: the molecules of water of crystallisation, 0 for none
 */
guint
mg_format_formula_water (const char *formula)
{
  const char *dot = NULL;
  guint64 count = 1;
  char *end = NULL;

  g_return_val_if_fail (formula != NULL, 0);

  for (const char *p = formula; *p != '\0'; p++)
    if (is_hydrate_dot (p))
      dot = p;

  if (dot == NULL)
    return 0;

  dot += *dot == '.' || *dot == '*' ? 1 : strlen ("·");
  if (g_ascii_isdigit (*dot))
    {
      count = g_ascii_strtoull (dot, &end, 10);
      dot = end;
    }

  return g_str_equal (dot, "H2O") ? (guint) count : 0;
}

/**
 * mg_format_molar_mass:
 *
 * Returns: (transfer full): "40.30 g/mol"
 */
char *
mg_format_molar_mass (double grams_per_mol)
{
  g_autofree char *number = mg_number_format_fixed (grams_per_mol, 2);

  /* Translators: a molar mass */
  return g_strdup_printf (_("%s g/mol"), number);
}

/**
 * mg_format_uses:
 *
 * Returns: (transfer full): "Supplement, Laxative, Antacid"
 */
char *
mg_format_uses (MgCompound *compound)
{
  const char * const *uses;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  g_return_val_if_fail (MG_IS_COMPOUND (compound), NULL);

  uses = mg_compound_get_uses (compound);
  for (guint i = 0; uses != NULL && uses[i] != NULL; i++)
    g_ptr_array_add (labels, (gpointer) mg_kb_label_use (uses[i]));
  g_ptr_array_add (labels, NULL);

  return g_strjoinv (", ", (char **) labels->pdata);
}

/* Ratings fall in three groups, each with its own icon; the word always
 * goes with it, the icon only helps the eye. */
static int
rating_group (const char *rating)
{
  static const char *positive[] = { "effective", "likely-effective", "possibly-effective", NULL };
  static const char *negative[] = { "possibly-ineffective", "likely-ineffective", "ineffective", NULL };

  if (rating != NULL && g_strv_contains (positive, rating))
    return 1;
  if (rating != NULL && g_strv_contains (negative, rating))
    return -1;

  return 0;
}

/**
 * mg_format_rating_icon:
 * @rating: (nullable): a condition's rating value
 *
 * Returns: (transfer none): an icon name for it
 */
const char *
mg_format_rating_icon (const char *rating)
{
  switch (rating_group (rating))
    {
    case 1:
      return "emblem-ok-symbolic";
    case -1:
      return "action-unavailable-symbolic";
    default:
      return "dialog-question-symbolic";
    }
}

/**
 * mg_format_rating_css_class:
 * @rating: (nullable): a condition's rating value
 *
 * Returns: (transfer none): a style class for its icon
 */
const char *
mg_format_rating_css_class (const char *rating)
{
  switch (rating_group (rating))
    {
    case 1:
      return "rating-positive";
    case -1:
      return "rating-negative";
    default:
      return "rating-unknown";
    }
}
