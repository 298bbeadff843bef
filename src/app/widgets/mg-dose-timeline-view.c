/* mg-dose-timeline-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One track for magnesium, one for each interacting medicine. On a
 * medicine's track the windows around every magnesium intake are shaded:
 * from the hours the medicine must come before to the hours it must come
 * after (mg-dose-timeline.c). The medicine's own time is a dot, marked
 * with "!" when it falls inside a window; a ring shows the suggested time
 * that resolves it. The same facts are the accessible description and
 * the sentences beside the picture, never the picture alone.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-chart.h"

#include "mg-dose-timeline-view.h"

#define TRACK_HEIGHT 22.0
#define DOT_RADIUS    6.0
#define NAME_GAP      2.0
#define ROW_GAP       8.0

struct _MgDoseTimelineView
{
  GtkWidget       parent_instance;

  MgDoseTimeline *timeline;
};

G_DEFINE_FINAL_TYPE (MgDoseTimelineView, mg_dose_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TIMELINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
mg_dose_timeline_view_new (void)
{
  return g_object_new (MG_TYPE_DOSE_TIMELINE_VIEW, NULL);
}

static void
dot (GtkSnapshot   *snapshot,
     const GdkRGBA *color,
     double         x,
     double         y,
     double         radius)
{
  GskRoundedRect clip;

  gsk_rounded_rect_init_from_rect (&clip, &GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &clip);
  gtk_snapshot_append_color (snapshot, color, &clip.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
ring (GtkSnapshot   *snapshot,
      const GdkRGBA *color,
      double         x,
      double         y,
      double         radius)
{
  GskRoundedRect outline;
  const float widths[4] = { 2, 2, 2, 2 };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius), radius);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

/* A stretch of the day [from, to) in minutes; wraps past midnight. */
static void
shade (GtkSnapshot   *snapshot,
       const GdkRGBA *color,
       double         k,
       int            from,
       int            to,
       double         y)
{
  while (from < 0)
    {
      from += MG_MINUTES_PER_DAY;
      to += MG_MINUTES_PER_DAY;
    }
  if (to > MG_MINUTES_PER_DAY)
    {
      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (0, y, (to - MG_MINUTES_PER_DAY) * k, TRACK_HEIGHT));
      to = MG_MINUTES_PER_DAY;
    }
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (from * k, y, (to - from) * k, TRACK_HEIGHT));
}

static double
draw_axis (MgDoseTimelineView *self,
           GtkSnapshot        *snapshot,
           double              width,
           double              k)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA dim = mg_chart_text_color (widget, 0.7);
  guint step = width < 500 ? 6 : 3;

  for (guint hour = 0; hour <= 24; hour += step)
    {
      g_autofree char *text = g_strdup_printf ("%02u:00", hour);

      mg_chart_draw_text (widget, snapshot, text, hour * 60 * k, 0, &dim, TRUE);
    }

  return mg_chart_line_height (widget) + 4.0;
}

static void
draw_grid (MgDoseTimelineView *self,
           GtkSnapshot        *snapshot,
           double              width,
           double              k,
           double              top,
           double              bottom)
{
  GdkRGBA grid = mg_chart_text_color (GTK_WIDGET (self), 0.12);

  for (guint hour = 0; hour <= 24; hour += 3)
    gtk_snapshot_append_color (snapshot, &grid,
                               &GRAPHENE_RECT_INIT (MIN (hour * 60 * k, width - 1), top, 1, bottom - top));
}

static double
draw_medicine (MgDoseTimelineView       *self,
               GtkSnapshot              *snapshot,
               const MgTimelineMedicine *medicine,
               double                    k,
               double                    y)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA fg = mg_chart_text_color (widget, 1.0);
  GdkRGBA track = mg_chart_text_color (widget, 0.06);
  GdkRGBA window = mg_chart_named_color (widget, "warning_color", 0.35);
  GdkRGBA bad = mg_chart_named_color (widget, "error_color", 1.0);
  GdkRGBA good = mg_chart_named_color (widget, "success_color", 1.0);
  GdkRGBA unknown = mg_chart_text_color (widget, 0.5);
  gboolean conflict = medicine->status == MG_TIMELINE_CONFLICT || medicine->status == MG_TIMELINE_UNRESOLVABLE;
  int before = medicine->hours_before > 0 ? (int) (medicine->hours_before * 60 + 0.5) : 0;
  int after = medicine->hours_after > 0 ? (int) (medicine->hours_after * 60 + 0.5) : 0;
  double mid;

  mg_chart_draw_text (widget, snapshot, medicine->title, 0, y, &fg, FALSE);
  y += mg_chart_line_height (widget) + NAME_GAP;
  mid = y + TRACK_HEIGHT / 2;

  gtk_snapshot_append_color (snapshot, &track, &GRAPHENE_RECT_INIT (0, y, MG_MINUTES_PER_DAY * k, TRACK_HEIGHT));
  if (medicine->status != MG_TIMELINE_NO_HOURS)
    for (guint i = 0; i < mg_dose_timeline_get_n_intakes (self->timeline); i++)
      {
        int at = (int) mg_dose_timeline_get_intake (self->timeline, i)->minute;

        shade (snapshot, &window, k, at - before, at + after, y);
      }

  if (medicine->status == MG_TIMELINE_CONFLICT)
    {
      gtk_snapshot_append_color (snapshot, &bad,
                                 &GRAPHENE_RECT_INIT (MIN (medicine->minute, medicine->suggested_minute) * k, mid - 1,
                                                      ABS ((int) medicine->suggested_minute - (int) medicine->minute) * k, 2));
      ring (snapshot, &good, medicine->suggested_minute * k, mid, DOT_RADIUS + 1);
    }

  dot (snapshot, conflict ? &bad : medicine->status == MG_TIMELINE_APART ? &good : &unknown,
       medicine->minute * k, mid, DOT_RADIUS);
  if (conflict)
    mg_chart_draw_text (widget, snapshot, "!", medicine->minute * k, y + TRACK_HEIGHT, &bad, TRUE);

  return y + TRACK_HEIGHT + ROW_GAP + (conflict ? mg_chart_line_height (widget) : 0);
}

static void
mg_dose_timeline_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  MgDoseTimelineView *self = MG_DOSE_TIMELINE_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double k = (width - 1) / MG_MINUTES_PER_DAY;
  GdkRGBA fg = mg_chart_text_color (widget, 1.0);
  GdkRGBA track = mg_chart_text_color (widget, 0.06);
  GdkRGBA magnesium = mg_chart_named_color (widget, "accent_bg_color", 1.0);
  double y, top;

  if (self->timeline == NULL)
    return;

  top = y = draw_axis (self, snapshot, width, k);

  mg_chart_draw_text (widget, snapshot, _("Magnesium"), 0, y, &fg, FALSE);
  y += mg_chart_line_height (widget) + NAME_GAP;
  gtk_snapshot_append_color (snapshot, &track, &GRAPHENE_RECT_INIT (0, y, MG_MINUTES_PER_DAY * k, TRACK_HEIGHT));
  for (guint i = 0; i < mg_dose_timeline_get_n_intakes (self->timeline); i++)
    dot (snapshot, &magnesium, mg_dose_timeline_get_intake (self->timeline, i)->minute * k, y + TRACK_HEIGHT / 2, DOT_RADIUS);
  y += TRACK_HEIGHT + ROW_GAP;

  for (guint i = 0; i < mg_dose_timeline_get_n_medicines (self->timeline); i++)
    y = draw_medicine (self, snapshot, mg_dose_timeline_get_medicine (self->timeline, i), k, y);

  draw_grid (self, snapshot, width, k, top, y);
}

static void
mg_dose_timeline_view_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  MgDoseTimelineView *self = MG_DOSE_TIMELINE_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 560;
      return;
    }

  {
    double line = mg_chart_line_height (widget);
    guint n = self->timeline != NULL ? mg_dose_timeline_get_n_medicines (self->timeline) : 0;
    double height = line + 4.0 + (n + 1) * (line + NAME_GAP + TRACK_HEIGHT + ROW_GAP);

    if (self->timeline != NULL)
      height += mg_dose_timeline_get_n_conflicts (self->timeline) * line;
    *minimum = *natural = (int) height + 1;
  }
}

static void
mg_dose_timeline_view_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (mg_dose_timeline_view_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

/**
 * mg_dose_timeline_view_get_timeline:
 *
 * Returns: (transfer none) (nullable): what is drawn
 */
MgDoseTimeline *
mg_dose_timeline_view_get_timeline (MgDoseTimelineView *self)
{
  g_return_val_if_fail (MG_IS_DOSE_TIMELINE_VIEW (self), NULL);

  return self->timeline;
}

void
mg_dose_timeline_view_set_timeline (MgDoseTimelineView *self,
                                    MgDoseTimeline     *timeline)
{
  g_autofree char *description = NULL;

  g_return_if_fail (MG_IS_DOSE_TIMELINE_VIEW (self));
  g_return_if_fail (timeline == NULL || MG_IS_DOSE_TIMELINE (timeline));

  if (!g_set_object (&self->timeline, timeline))
    return;

  description = timeline != NULL ? mg_dose_timeline_describe (timeline) : g_strdup ("");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE]);
}

static void
mg_dose_timeline_view_dispose (GObject *object)
{
  MgDoseTimelineView *self = MG_DOSE_TIMELINE_VIEW (object);

  g_clear_object (&self->timeline);

  G_OBJECT_CLASS (mg_dose_timeline_view_parent_class)->dispose (object);
}

static void
mg_dose_timeline_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MgDoseTimelineView *self = MG_DOSE_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      g_value_set_object (value, self->timeline);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_dose_timeline_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MgDoseTimelineView *self = MG_DOSE_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      mg_dose_timeline_view_set_timeline (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_dose_timeline_view_class_init (MgDoseTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_dose_timeline_view_dispose;
  object_class->get_property = mg_dose_timeline_view_get_property;
  object_class->set_property = mg_dose_timeline_view_set_property;
  widget_class->snapshot = mg_dose_timeline_view_snapshot;
  widget_class->measure = mg_dose_timeline_view_measure;
  widget_class->css_changed = mg_dose_timeline_view_css_changed;

  properties[PROP_TIMELINE] =
    g_param_spec_object ("timeline", NULL, NULL, MG_TYPE_DOSE_TIMELINE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "dose-timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mg_dose_timeline_view_init (MgDoseTimelineView *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("The day: magnesium and the medicines to keep apart from it"),
                                  -1);
}
