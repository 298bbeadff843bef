/* mg-dose-timeline.h — a day of magnesium intakes and interacting medicines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-kb.h"
#include "mg-plan.h"

G_BEGIN_DECLS

typedef struct
{
  guint  minute;        /* after midnight */
  guint  product;       /* position in the plan */
  double units;         /* units (tablets…) taken at once */
  double elemental_mg;  /* what they give */
} MgTimelineIntake;

typedef enum
{
  /* The sources give no hours: nothing to shade, see the warning. */
  MG_TIMELINE_NO_HOURS,
  /* Outside every window around every intake. */
  MG_TIMELINE_APART,
  /* Inside a window; suggested_minute resolves it. */
  MG_TIMELINE_CONFLICT,
  /* Inside a window, and the windows cover the whole day. */
  MG_TIMELINE_UNRESOLVABLE,
} MgTimelineStatus;

typedef struct
{
  char            *name;             /* as the person typed it */
  char            *title;            /* as the knowledge base names it */
  guint            minute;           /* when it is taken */
  double           hours_before;     /* take it this long before magnesium; negative: not given */
  double           hours_after;      /* or this long after; negative: not given */
  MgTimelineStatus status;
  guint            conflict_minute;  /* the intake it is too close to */
  guint            suggested_minute; /* for MG_TIMELINE_CONFLICT */
  char            *explanation;      /* one or two translated sentences */
} MgTimelineMedicine;

#define MG_TYPE_DOSE_TIMELINE (mg_dose_timeline_get_type ())

G_DECLARE_FINAL_TYPE (MgDoseTimeline, mg_dose_timeline, MG, DOSE_TIMELINE, GObject)

MgDoseTimeline           *mg_dose_timeline_new            (MgKb            *kb,
                                                           MgPlan          *plan,
                                                           GError         **error);

guint                     mg_dose_timeline_get_n_intakes  (MgDoseTimeline  *self);
const MgTimelineIntake   *mg_dose_timeline_get_intake     (MgDoseTimeline  *self,
                                                           guint            position);
guint                     mg_dose_timeline_get_n_medicines (MgDoseTimeline *self);
const MgTimelineMedicine *mg_dose_timeline_get_medicine   (MgDoseTimeline  *self,
                                                           guint            position);
guint                     mg_dose_timeline_get_n_conflicts (MgDoseTimeline *self);
char                     *mg_dose_timeline_describe       (MgDoseTimeline  *self);

/* The rules on plain values, for the tests and the widgets. */
gboolean                  mg_dose_timeline_in_window      (const guint     *intakes,
                                                           guint            n_intakes,
                                                           double           hours_before,
                                                           double           hours_after,
                                                           guint            minute,
                                                           guint           *out_intake);
gboolean                  mg_dose_timeline_suggest        (const guint     *intakes,
                                                           guint            n_intakes,
                                                           double           hours_before,
                                                           double           hours_after,
                                                           guint            minute,
                                                           guint           *out_minute);
char                     *mg_dose_format_time             (guint            minute);
gboolean                  mg_dose_parse_time              (const char      *text,
                                                           guint           *out_minute,
                                                           GError         **error);

G_END_DECLS
