/* mg-dose-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two bars on one scale: food plus supplements against the recommended
 * intake, then supplements alone against the upper limit, because only
 * supplemental magnesium counts toward the limit (SCF 2001). Drawn with
 * GtkSnapshot in the theme's named colours, so light, dark and high
 * contrast all work (ui-patterns.md §3). Everything the picture shows is
 * also in its accessible description and in words on the page.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mg-chart.h"

#include "mg-dose-bar.h"
#include "mg-number.h"

#define BAR_HEIGHT   16.0
#define LABEL_GAP     4.0
#define ROW_GAP      14.0
#define SWATCH       10.0
#define SWATCH_GAP    5.0
#define ITEM_GAP     16.0

#define NO_REFERENCE_TEXT _("No recommended intake set for this age")
#define NO_LIMIT_TEXT     _("No upper limit set for this age: ask a doctor")

struct _MgDoseBar
{
  GtkWidget parent_instance;

  double food_mg;
  double supplemental_mg;
  double reference_mg;   /* negative: none */
  double limit_mg;       /* negative: none */
  char  *summary;
};

G_DEFINE_FINAL_TYPE (MgDoseBar, mg_dose_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
mg_dose_bar_new (void)
{
  return g_object_new (MG_TYPE_DOSE_BAR, NULL);
}

static void
rect (GtkSnapshot   *snapshot,
      const GdkRGBA *color,
      double         x,
      double         y,
      double         width,
      double         height)
{
  if (width <= 0.0 || height <= 0.0)
    return;
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

/* The legend's two entries: which colour is food and which is supplements,
 * with their amounts, so that the picture does not rest on colour alone. */
static void
legend_texts (MgDoseBar *self,
              char     **food_text,
              char     **supplement_text)
{
  g_autofree char *food = mg_number_format (self->food_mg, 0);
  g_autofree char *supplements = mg_number_format (self->supplemental_mg, 1);

  /* Translators: the legend of the bar: magnesium from food in mg. */
  *food_text = g_strdup_printf (_("Food %s mg"), food);
  /* Translators: the legend of the bar: magnesium from supplements in mg. */
  *supplement_text = g_strdup_printf (_("Supplements %s mg"), supplements);
}

/* One line when both entries fit side by side in @width, else two. */
static int
legend_lines (MgDoseBar *self,
              double     width)
{
  g_autofree char *food_text = NULL;
  g_autofree char *supplement_text = NULL;
  double needed;

  legend_texts (self, &food_text, &supplement_text);
  needed = 2 * (SWATCH + SWATCH_GAP) + ITEM_GAP +
           mg_chart_text_width (GTK_WIDGET (self), food_text) +
           mg_chart_text_width (GTK_WIDGET (self), supplement_text);
  return width <= 0.0 || needed <= width ? 1 : 2;
}

static double
legend_entry (MgDoseBar     *self,
              GtkSnapshot   *snapshot,
              const GdkRGBA *swatch,
              const char    *text,
              double         x,
              double         y,
              const GdkRGBA *color)
{
  double line = mg_chart_line_height (GTK_WIDGET (self));

  gtk_snapshot_append_color (snapshot, swatch, &GRAPHENE_RECT_INIT (x, y + (line - SWATCH) / 2.0, SWATCH, SWATCH));
  mg_chart_draw_text (GTK_WIDGET (self), snapshot, text, x + SWATCH + SWATCH_GAP, y, color, FALSE);
  return x + SWATCH + SWATCH_GAP + mg_chart_text_width (GTK_WIDGET (self), text) + ITEM_GAP;
}

static double
draw_legend (MgDoseBar     *self,
             GtkSnapshot   *snapshot,
             double         y,
             const GdkRGBA *food,
             const GdkRGBA *supplement,
             const GdkRGBA *color)
{
  g_autofree char *food_text = NULL;
  g_autofree char *supplement_text = NULL;
  double line = mg_chart_line_height (GTK_WIDGET (self));
  double x;

  legend_texts (self, &food_text, &supplement_text);
  x = legend_entry (self, snapshot, food, food_text, 0, y, color);
  if (legend_lines (self, gtk_widget_get_width (GTK_WIDGET (self))) == 2)
    {
      x = 0;
      y += line;
    }
  legend_entry (self, snapshot, supplement, supplement_text, x, y, color);
  return y + line;
}

static void
mg_dose_bar_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  MgDoseBar *self = MG_DOSE_BAR (widget);
  double width = gtk_widget_get_width (widget);
  double total = self->food_mg + self->supplemental_mg;
  double top = MAX (MAX (total, self->reference_mg), MAX (self->limit_mg, 1.0)) * 1.1;
  double k = width / top;
  double y = 0.0;
  GdkRGBA fg = mg_chart_text_color (widget, 1.0);
  GdkRGBA dim = mg_chart_text_color (widget, 0.7);
  GdkRGBA track = mg_chart_text_color (widget, 0.1);
  GdkRGBA food = mg_chart_named_color (widget, "success_color", 0.85);
  GdkRGBA supplement = mg_chart_named_color (widget, "accent_bg_color", 1.0);
  GdkRGBA over = mg_chart_named_color (widget, "error_color", 1.0);

  /* Row 1: food and supplements toward the recommended intake. */
  y += mg_chart_draw_text (widget, snapshot, _("Food and supplements"), 0, y, &dim, FALSE);
  y = draw_legend (self, snapshot, y, &food, &supplement, &fg) + LABEL_GAP;
  rect (snapshot, &track, 0, y, width, BAR_HEIGHT);
  rect (snapshot, &food, 0, y, self->food_mg * k, BAR_HEIGHT);
  rect (snapshot, &supplement, self->food_mg * k, y, self->supplemental_mg * k, BAR_HEIGHT);
  if (self->reference_mg > 0.0)
    {
      g_autofree char *mg = mg_number_format (self->reference_mg, 0);
      /* Translators: a marker on the bar: the recommended intake in mg. */
      g_autofree char *text = g_strdup_printf (_("Recommended %s mg"), mg);

      rect (snapshot, &fg, self->reference_mg * k - 1.0, y - 3.0, 2.0, BAR_HEIGHT + 6.0);
      y += BAR_HEIGHT + 3.0;
      y += mg_chart_draw_text (widget, snapshot, text, self->reference_mg * k, y, &fg, TRUE);
    }
  else
    y += BAR_HEIGHT + 3.0 + mg_chart_draw_wrapped_text (widget, snapshot, NO_REFERENCE_TEXT, y + BAR_HEIGHT + 3.0, &fg);

  y += ROW_GAP;

  /* Row 2: supplements alone toward the upper limit. */
  y += mg_chart_draw_text (widget, snapshot, _("Supplements only"), 0, y, &dim, FALSE) + LABEL_GAP;
  rect (snapshot, &track, 0, y, width, BAR_HEIGHT);
  if (self->limit_mg > 0.0)
    {
      g_autofree char *mg = mg_number_format (self->limit_mg, 0);
      /* Translators: a marker on the bar: the upper limit in mg. */
      g_autofree char *text = g_strdup_printf (_("Upper limit %s mg"), mg);
      double within = MIN (self->supplemental_mg, self->limit_mg);

      rect (snapshot, &supplement, 0, y, within * k, BAR_HEIGHT);
      if (self->supplemental_mg > self->limit_mg)
        rect (snapshot, &over, self->limit_mg * k, y, (self->supplemental_mg - self->limit_mg) * k, BAR_HEIGHT);
      rect (snapshot, &fg, self->limit_mg * k - 1.0, y - 3.0, 2.0, BAR_HEIGHT + 6.0);
      y += BAR_HEIGHT + 3.0;
      y += mg_chart_draw_text (widget, snapshot, text, self->limit_mg * k, y, &fg, TRUE);

      /* The amount over, in words and the error colour, on a line of its
       * own under the red part so that no label covers another. */
      if (self->supplemental_mg > self->limit_mg)
        {
          g_autofree char *over_mg = mg_number_format (self->supplemental_mg - self->limit_mg, 1);
          /* Translators: how far the supplements go past the limit, in mg. */
          g_autofree char *over_text = g_strdup_printf (_("%s mg over the limit"), over_mg);

          mg_chart_draw_text (widget, snapshot, over_text, self->supplemental_mg * k, y, &over, TRUE);
        }
    }
  else
    {
      rect (snapshot, &supplement, 0, y, self->supplemental_mg * k, BAR_HEIGHT);
      y += BAR_HEIGHT + 3.0;
      mg_chart_draw_wrapped_text (widget, snapshot, NO_LIMIT_TEXT, y, &over);
    }
}

/* Light to dark, or to high contrast: the named colours change. */
static void
mg_dose_bar_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (mg_dose_bar_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

static GtkSizeRequestMode
mg_dose_bar_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mg_dose_bar_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 480;
    }
  else
    {
      MgDoseBar *self = MG_DOSE_BAR (widget);
      double line = mg_chart_line_height (widget);
      /* The legend takes a second line when the window is narrow. */
      double height = (5 + legend_lines (self, for_size)) * line + 2 * (LABEL_GAP + BAR_HEIGHT + 3.0) + ROW_GAP + 2;

      /* A message in place of a marker may wrap: its extra lines. */
      if (self->reference_mg <= 0.0)
        height += MAX (0.0, mg_chart_wrapped_text_height (widget, NO_REFERENCE_TEXT, for_size) - line);
      if (self->limit_mg <= 0.0)
        height += MAX (0.0, mg_chart_wrapped_text_height (widget, NO_LIMIT_TEXT, for_size) - line);
      *minimum = *natural = (int) ceil (height);
    }
}

static void
update_accessible (MgDoseBar *self)
{
  g_autofree char *food = mg_number_format (self->food_mg, 0);
  g_autofree char *supplements = mg_number_format (self->supplemental_mg, 1);
  GString *text = g_string_new (NULL);

  /* Translators: mg from food, then mg from supplements. */
  g_string_append_printf (text, _("Food gives %s mg and supplements %s mg a day."), food, supplements);
  if (self->reference_mg > 0.0)
    {
      g_autofree char *reference = mg_number_format (self->reference_mg, 0);

      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("The recommended intake is %s mg."), reference);
    }
  if (self->limit_mg > 0.0)
    {
      g_autofree char *limit = mg_number_format (self->limit_mg, 0);

      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("The upper limit, for supplements only, is %s mg."), limit);
      if (self->supplemental_mg > self->limit_mg)
        {
          g_autofree char *over = mg_number_format (self->supplemental_mg - self->limit_mg, 1);

          g_string_append_c (text, ' ');
          g_string_append_printf (text, _("The supplements are %s mg above it."), over);
        }
    }
  else
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("No upper limit is set for this age."));
    }

  g_free (self->summary);
  self->summary = g_string_free (text, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

/**
 * mg_dose_bar_set_figures:
 * @reference_mg: the recommended intake; negative: none for this person
 * @limit_mg: the upper limit for supplements; negative: none for this age
 */
void
mg_dose_bar_set_figures (MgDoseBar *self,
                         double     food_mg,
                         double     supplemental_mg,
                         double     reference_mg,
                         double     limit_mg)
{
  g_return_if_fail (MG_IS_DOSE_BAR (self));

  self->food_mg = MAX (food_mg, 0.0);
  self->supplemental_mg = MAX (supplemental_mg, 0.0);
  self->reference_mg = reference_mg;
  self->limit_mg = limit_mg;

  update_accessible (self);
  /* The legend's amounts may need a second line now. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * mg_dose_bar_get_summary:
 *
 * Returns: (transfer none): the picture in words (its accessible description)
 */
const char *
mg_dose_bar_get_summary (MgDoseBar *self)
{
  g_return_val_if_fail (MG_IS_DOSE_BAR (self), NULL);

  return self->summary;
}

static void
mg_dose_bar_finalize (GObject *object)
{
  MgDoseBar *self = MG_DOSE_BAR (object);

  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (mg_dose_bar_parent_class)->finalize (object);
}

static void
mg_dose_bar_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MgDoseBar *self = MG_DOSE_BAR (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_dose_bar_class_init (MgDoseBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mg_dose_bar_finalize;
  object_class->get_property = mg_dose_bar_get_property;
  widget_class->snapshot = mg_dose_bar_snapshot;
  widget_class->get_request_mode = mg_dose_bar_get_request_mode;
  widget_class->measure = mg_dose_bar_measure;
  widget_class->css_changed = mg_dose_bar_css_changed;

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "dose-bar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mg_dose_bar_init (MgDoseBar *self)
{
  self->reference_mg = -1.0;
  self->limit_mg = -1.0;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Magnesium a day on one scale"),
                                  -1);
  update_accessible (self);
}
