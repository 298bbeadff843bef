/* mg-kb-dose-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-gettext.h"
#include "mg-number.h"

#include "mg-kb-dose-labels.h"
#include "mg-kb-labels.h"

static char *
format_range (double min,
              double max,
              int    decimals)
{
  g_autofree char *low = mg_number_format (min, decimals);
  g_autofree char *high = NULL;

  if (max <= min)
    return g_steal_pointer (&low);

  high = mg_number_format (max, decimals);
  /* Translators: a range of numbers, such as "10–20". */
  return g_strdup_printf (_("%s–%s"), low, high);
}

/**
 * mg_kb_label_dose_amount:
 *
 * Returns: (transfer full) (nullable): "24 mmol of magnesium a day, as
 *   Trimagnesium dicitrate, in 1 intake a day", or %NULL when the source
 *   gives no amount
 */
char *
mg_kb_label_dose_amount (MgStudiedDose *dose)
{
  g_autofree char *amount = NULL;
  const char *compound;
  GString *out;
  int intakes;

  g_return_val_if_fail (MG_IS_STUDIED_DOSE (dose), NULL);

  if (!mg_studied_dose_get_has_amount (dose))
    return NULL;

  amount = format_range (mg_studied_dose_get_amount_min (dose), mg_studied_dose_get_amount_max (dose), 3);
  compound = mg_studied_dose_get_compound_name (dose);
  intakes = mg_studied_dose_get_intakes_per_day (dose);
  out = g_string_new (NULL);

  g_string_append_printf (out, "%s %s %s %s", amount, mg_studied_dose_get_unit (dose),
                          mg_kb_label_dose_basis (mg_studied_dose_get_basis (dose)),
                          mg_kb_label_dose_per (mg_studied_dose_get_per (dose)));
  if (compound != NULL)
    /* Translators: the salt a dose was given as. */
    g_string_append_printf (out, _(", as %s"), compound);
  else if (g_strcmp0 (mg_studied_dose_get_basis (dose), "compound") == 0)
    g_string_append (out, _(", a salt the source does not name"));
  if (intakes > 0)
    g_string_append_printf (out, mg_ngettext (", in %d intake a day", ", in %d intakes a day", intakes), intakes);

  return g_string_free (out, FALSE);
}

/**
 * mg_kb_label_dose_is_daily_mg:
 *
 * Returns: whether the dose is published as mg of magnesium a day, so that
 *   its daily amount would only repeat it
 */
gboolean
mg_kb_label_dose_is_daily_mg (MgStudiedDose *dose)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (dose), FALSE);

  return g_strcmp0 (mg_studied_dose_get_unit (dose), "mg") == 0 &&
         g_strcmp0 (mg_studied_dose_get_basis (dose), "elemental") == 0 &&
         g_strcmp0 (mg_studied_dose_get_per (dose), "day") == 0;
}

/**
 * mg_kb_label_dose_daily_mg:
 *
 * Returns: (transfer full) (nullable): the elemental magnesium a day the
 *   knowledge base computed, "583.3" or a range "16.2–180.9"; %NULL when
 *   it could not be computed
 */
char *
mg_kb_label_dose_daily_mg (MgStudiedDose *dose)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (dose), NULL);

  if (mg_studied_dose_get_daily_mg_max (dose) < 0.0)
    return NULL;

  return format_range (mg_studied_dose_get_daily_mg_min (dose), mg_studied_dose_get_daily_mg_max (dose), 1);
}

/**
 * mg_kb_label_dose_above_limit:
 *
 * Returns: (transfer full) (nullable): the warning for an oral dose above
 *   the upper limit for supplements, %NULL for any other dose
 */
char *
mg_kb_label_dose_above_limit (MgStudiedDose *dose)
{
  g_autofree char *limit = NULL;

  g_return_val_if_fail (MG_IS_STUDIED_DOSE (dose), NULL);

  if (!mg_studied_dose_get_above_limit (dose))
    return NULL;

  limit = mg_number_format (mg_studied_dose_get_limit_mg (dose), 0);
  /* Translators: the upper limit for supplements in mg a day. */
  return g_strdup_printf (_("Above the upper limit of %s mg a day for supplements: studied under medical supervision. Do not take this much without a doctor."),
                          limit);
}
