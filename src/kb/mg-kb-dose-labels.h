/* mg-kb-dose-labels.h — a studied dose in words, for the window and the CLI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both show the same three facts of an #MgStudiedDose, so they share the
 * sentences: what the source gave, the magnesium that makes a day, and
 * whether an oral dose is above the upper limit for supplements. Each
 * label is a newly allocated, translated string, or %NULL when the fact
 * does not apply.
 */
#pragma once

#include "mg-studied-dose.h"

G_BEGIN_DECLS

char     *mg_kb_label_dose_amount      (MgStudiedDose *dose);
char     *mg_kb_label_dose_daily_mg    (MgStudiedDose *dose);
gboolean  mg_kb_label_dose_is_daily_mg (MgStudiedDose *dose);
char     *mg_kb_label_dose_above_limit (MgStudiedDose *dose);

G_END_DECLS
