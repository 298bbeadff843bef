/* fuzz-number.c — mg_number_parse() on anything a person could type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input is parsed under each combination of rules the app uses.
 * What must hold: an accepted value obeys its rules and is the same
 * whatever the rules; it survives the formatter (the formatted text parses
 * back to the value, to the decimals shown); a refusal says why in one
 * line of valid UTF-8.
 */
#include <float.h>
#include <math.h>
#include <string.h>

#include "mg-fuzz.h"
#include "mg-number.h"

static const double maxima[] = {
  0.0,  /* no bound */
  MG_NUMBER_MAX_AMOUNT_MG,
  MG_NUMBER_MAX_UNITS_PER_INTAKE,
  MG_NUMBER_MAX_INTAKES_PER_DAY,
  MG_NUMBER_MAX_SERUM,
};

static const MgNumberFlags flag_sets[] = {
  MG_NUMBER_FLAGS_NONE,
  MG_NUMBER_FLAGS_ALLOW_ZERO,
  MG_NUMBER_FLAGS_WHOLE,
  MG_NUMBER_FLAGS_ALLOW_ZERO | MG_NUMBER_FLAGS_WHOLE,
};

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  mg_fuzz_init ();
  return 0;
}

/* The formatter rounds to @decimals; reading its text back must give the
 * value to within that rounding (and the double's own precision). */
static void
check_round_trip (double      value,
                  const char *text)
{
  for (int decimals = 0; decimals <= 6; decimals++)
    {
      g_autofree char *shown = mg_number_format (value, decimals);
      g_autofree char *fixed = mg_number_format_fixed (value, decimals);
      double tolerance = 0.5 * pow (10.0, -decimals) * (1.0 + 1e-9) + fabs (value) * 4.0 * DBL_EPSILON;
      double again = -1.0;
      double again_fixed = -1.0;
      g_autoptr(GError) error = NULL;

      MG_FUZZ_CHECK (mg_number_parse (shown, MG_NUMBER_RULES (MG_NUMBER_FLAGS_ALLOW_ZERO, 0.0), &again, &error), text);
      MG_FUZZ_CHECK (fabs (again - value) <= tolerance, text);
      MG_FUZZ_CHECK (mg_number_parse (fixed, MG_NUMBER_RULES (MG_NUMBER_FLAGS_ALLOW_ZERO, 0.0), &again_fixed, &error), text);
      MG_FUZZ_CHECK (again_fixed == again, text);
      /* Trailing zeros are all that may tell the two apart. */
      MG_FUZZ_CHECK (g_str_has_prefix (fixed, shown), text);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = mg_fuzz_string (data, size);
  gboolean any_accepted = FALSE;
  double accepted_value = 0.0;

  for (guint f = 0; f < G_N_ELEMENTS (flag_sets); f++)
    for (guint m = 0; m < G_N_ELEMENTS (maxima); m++)
      {
        MgNumberRules rules = MG_NUMBER_RULES (flag_sets[f], maxima[m]);
        g_autoptr(GError) error = NULL;
        double value = -1.0;

        if (!mg_number_parse (text, rules, &value, &error))
          {
            MG_FUZZ_CHECK (error != NULL && error->domain == MG_NUMBER_ERROR, text);
            mg_fuzz_check_message (error->message, text);
            continue;
          }

        MG_FUZZ_CHECK (error == NULL, text);
        MG_FUZZ_CHECK (isfinite (value), text);
        MG_FUZZ_CHECK (value >= 0.0, text);
        MG_FUZZ_CHECK (value > 0.0 || (rules.flags & MG_NUMBER_FLAGS_ALLOW_ZERO), text);
        MG_FUZZ_CHECK (rules.max == 0.0 || value <= rules.max, text);
        MG_FUZZ_CHECK (!(rules.flags & MG_NUMBER_FLAGS_WHOLE) || value == floor (value), text);

        /* The rules only ever refuse; they never change the number. */
        MG_FUZZ_CHECK (!any_accepted || value == accepted_value, text);
        any_accepted = TRUE;
        accepted_value = value;
      }

  if (any_accepted)
    check_round_trip (accepted_value, text);

  return 0;
}
