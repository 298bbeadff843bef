/* mg-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dose bar and the timeline take their colours from the theme's named
 * colours and the text colour (ui-patterns.md §3), never fixed values, so
 * that light, dark and high-contrast styles all read.
 */
#include "config.h"

#include "mg-chart.h"

/**
 * mg_chart_named_color:
 * @name: a named colour of the theme, such as "error_color"
 * @alpha: multiplies the colour's own alpha
 */
GdkRGBA
mg_chart_named_color (GtkWidget  *widget,
                      const char *name,
                      float       alpha)
{
  GdkRGBA color = { 0.5, 0.5, 0.5, 1.0 };

  gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color);
  color.alpha *= alpha;
  return color;
}

GdkRGBA
mg_chart_text_color (GtkWidget *widget,
                     float      alpha)
{
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  color.alpha *= alpha;
  return color;
}

double
mg_chart_line_height (GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, "Mg");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/**
 * mg_chart_draw_text:
 * @centred: @x is the middle of the text rather than its start
 *
 * Draws @text at (@x, @y), moved left or right as needed to stay inside
 * the widget.
 *
 * Returns: the text's height
 */
double
mg_chart_draw_text (GtkWidget     *widget,
                    GtkSnapshot   *snapshot,
                    const char    *text,
                    double         x,
                    double         y,
                    const GdkRGBA *color,
                    gboolean       centred)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  if (centred)
    x -= width / 2.0;
  x = CLAMP (x, 0.0, MAX (0.0, gtk_widget_get_width (widget) - width));

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);

  return height;
}
