/* mg-number.h — the one number parser of the app (fields, CLI, tests)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "mg-units.h"

G_BEGIN_DECLS

#define MG_NUMBER_ERROR (mg_number_error_quark ())

typedef enum
{
  MG_NUMBER_ERROR_EMPTY,
  MG_NUMBER_ERROR_NOT_A_NUMBER,
  MG_NUMBER_ERROR_NOT_FINITE,
  MG_NUMBER_ERROR_AMBIGUOUS,
  MG_NUMBER_ERROR_NEGATIVE,
  MG_NUMBER_ERROR_ZERO,
  MG_NUMBER_ERROR_TOO_LARGE,
  MG_NUMBER_ERROR_NOT_WHOLE,
  MG_NUMBER_ERROR_MISSING_UNIT,
  MG_NUMBER_ERROR_UNKNOWN_UNIT,
} MgNumberError;

typedef enum
{
  MG_NUMBER_FLAGS_NONE       = 0,
  /* Zero is refused unless allowed: a 0 mg tablet or 0 intakes a day is a typo. */
  MG_NUMBER_FLAGS_ALLOW_ZERO = 1 << 0,
  /* Counts such as intakes per day or ages in months. */
  MG_NUMBER_FLAGS_WHOLE      = 1 << 1,
} MgNumberFlags;

typedef struct
{
  MgNumberFlags flags;
  /* Inclusive bound; larger values are refused as "too large". */
  double        max;
} MgNumberRules;

/* Bounds that no real label or prescription reaches; they catch slips of
 * the keyboard (an extra zero or three), not clinical judgement. */
#define MG_NUMBER_MAX_AMOUNT_MG        100000.0
#define MG_NUMBER_MAX_UNITS_PER_INTAKE 100.0
#define MG_NUMBER_MAX_INTAKES_PER_DAY  24.0
#define MG_NUMBER_MAX_SERUM            100.0

#define MG_NUMBER_RULES(f, m) ((MgNumberRules) { (f), (m) })

GQuark   mg_number_error_quark (void);

gboolean mg_number_parse       (const char     *text,
                                MgNumberRules   rules,
                                double         *out,
                                GError        **error);
gboolean mg_amount_parse       (const char     *text,
                                MgNumberRules   rules,
                                double         *out_value,
                                MgAmountUnit   *out_unit,
                                GError        **error);
char    *mg_number_format      (double          value,
                                int             max_decimals);
char    *mg_number_format_fixed (double         value,
                                int             decimals);

G_END_DECLS
