/* mg-dose-timeline-view.h — the 24-hour day: magnesium intakes, and each
 * interacting medicine with the hours to keep apart shaded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mg-dose-timeline.h"

G_BEGIN_DECLS

#define MG_TYPE_DOSE_TIMELINE_VIEW (mg_dose_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (MgDoseTimelineView, mg_dose_timeline_view, MG, DOSE_TIMELINE_VIEW, GtkWidget)

GtkWidget      *mg_dose_timeline_view_new          (void);
MgDoseTimeline *mg_dose_timeline_view_get_timeline (MgDoseTimelineView *self);
void            mg_dose_timeline_view_set_timeline (MgDoseTimelineView *self,
                                                    MgDoseTimeline     *timeline);

G_END_DECLS
