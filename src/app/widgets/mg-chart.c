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

double
mg_chart_text_width (GtkWidget  *widget,
                     const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
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

static PangoLayout *
wrapped_layout (GtkWidget  *widget,
                const char *text,
                double      width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  if (width > 0.0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

/**
 * mg_chart_wrapped_text_height:
 * @width: the width to wrap at; 0 or less: no wrapping
 *
 * Returns: the height of @text wrapped at @width
 */
double
mg_chart_wrapped_text_height (GtkWidget  *widget,
                              const char *text,
                              double      width)
{
  g_autoptr(PangoLayout) layout = wrapped_layout (widget, text, width);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/**
 * mg_chart_draw_wrapped_text:
 *
 * Draws @text from the left edge at @y, wrapped at the widget's width,
 * so that a long sentence (Dutch at 360 px) is never cut off.
 *
 * Returns: the text's height
 */
double
mg_chart_draw_wrapped_text (GtkWidget     *widget,
                            GtkSnapshot   *snapshot,
                            const char    *text,
                            double         y,
                            const GdkRGBA *color)
{
  g_autoptr(PangoLayout) layout = wrapped_layout (widget, text, gtk_widget_get_width (widget));
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);

  return height;
}
