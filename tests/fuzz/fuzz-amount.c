/* fuzz-amount.c — mg_amount_parse(): a number and a unit, as typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What must hold: an accepted amount is finite and positive (or zero
 * where zero is allowed), has a known unit and stays under the bound once
 * converted to mg; the formatted amount parses back to the same unit and
 * value; a refusal says why in one line of valid UTF-8.
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "mg-fuzz.h"
#include "mg-number.h"

static const MgNumberRules rule_sets[] = {
  { MG_NUMBER_FLAGS_NONE, MG_NUMBER_MAX_AMOUNT_MG },
  { MG_NUMBER_FLAGS_ALLOW_ZERO, MG_NUMBER_MAX_AMOUNT_MG },
  { MG_NUMBER_FLAGS_NONE, 0.0 },
  { MG_NUMBER_FLAGS_ALLOW_ZERO | MG_NUMBER_FLAGS_WHOLE, 0.0 },
};

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  mg_fuzz_init ();
  return 0;
}

static void
check_accepted (const char    *text,
                MgNumberRules  rules,
                double         value,
                MgAmountUnit   unit)
{
  g_autofree char *number = mg_number_format (value, 6);
  const char *unit_name;

  MG_FUZZ_CHECK (isfinite (value), text);
  MG_FUZZ_CHECK (value > 0.0 || (value == 0.0 && (rules.flags & MG_NUMBER_FLAGS_ALLOW_ZERO)), text);
  MG_FUZZ_CHECK (unit <= MG_AMOUNT_UNIT_MEQ, text);
  MG_FUZZ_CHECK (rules.max == 0.0 || mg_units_compound_mg (value, unit) <= rules.max, text);
  MG_FUZZ_CHECK (isfinite (mg_units_compound_mg (value, unit)), text);
  MG_FUZZ_CHECK (!(rules.flags & MG_NUMBER_FLAGS_WHOLE) || value == floor (value), text);

  unit_name = mg_amount_unit_to_string (unit);
  MG_FUZZ_CHECK (unit_name != NULL, text);

  /* As the app writes an amount back into a field: with and without a
   * space, and the unit in capitals as people type it. */
  for (guint form = 0; form < 3; form++)
    {
      g_autofree char *upper = g_ascii_strup (unit_name, -1);
      g_autofree char *shown = g_strdup_printf ("%s%s%s", number, form == 1 ? "" : " ",
                                                form == 2 ? upper : unit_name);
      g_autoptr(GError) error = NULL;
      MgAmountUnit again_unit = MG_AMOUNT_UNIT_MG;
      double again = -1.0;

      MG_FUZZ_CHECK (mg_amount_parse (shown, MG_NUMBER_RULES (MG_NUMBER_FLAGS_ALLOW_ZERO, 0.0),
                                      &again, &again_unit, &error), text);
      MG_FUZZ_CHECK (again_unit == unit, text);
      MG_FUZZ_CHECK (fabs (again - value) <= 5e-7 + fabs (value) * 4.0 * DBL_EPSILON, text);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = mg_fuzz_string (data, size);

  for (guint r = 0; r < G_N_ELEMENTS (rule_sets); r++)
    {
      g_autoptr(GError) error = NULL;
      MgAmountUnit unit = MG_AMOUNT_UNIT_MG;
      double value = -1.0;

      if (mg_amount_parse (text, rule_sets[r], &value, &unit, &error))
        {
          MG_FUZZ_CHECK (error == NULL, text);
          check_accepted (text, rule_sets[r], value, unit);
        }
      else
        {
          MG_FUZZ_CHECK (error != NULL && error->domain == MG_NUMBER_ERROR, text);
          mg_fuzz_check_message (error->message, text);
        }
    }

  return 0;
}
