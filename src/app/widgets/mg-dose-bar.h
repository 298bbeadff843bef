/* mg-dose-bar.h — food, supplements, recommended intake and upper limit on
 * one scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_DOSE_BAR (mg_dose_bar_get_type ())

G_DECLARE_FINAL_TYPE (MgDoseBar, mg_dose_bar, MG, DOSE_BAR, GtkWidget)

GtkWidget  *mg_dose_bar_new         (void);
void        mg_dose_bar_set_figures (MgDoseBar *self,
                                     double     food_mg,
                                     double     supplemental_mg,
                                     double     reference_mg,
                                     double     limit_mg);
const char *mg_dose_bar_get_summary (MgDoseBar *self);

G_END_DECLS
