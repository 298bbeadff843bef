/* mg-intake-limits.h — the upper limits of every limit set, side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mg-kb.h"

G_BEGIN_DECLS

void mg_intake_limits_build (GtkBox *box,
                             MgKb   *kb);

G_END_DECLS
