/* mg-chart.h — colours and text for the charts drawn with GtkSnapshot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GdkRGBA mg_chart_named_color (GtkWidget     *widget,
                              const char    *name,
                              float          alpha);
GdkRGBA mg_chart_text_color  (GtkWidget     *widget,
                              float          alpha);
double  mg_chart_line_height (GtkWidget     *widget);
double  mg_chart_text_width  (GtkWidget     *widget,
                              const char    *text);
double  mg_chart_draw_text   (GtkWidget     *widget,
                              GtkSnapshot   *snapshot,
                              const char    *text,
                              double         x,
                              double         y,
                              const GdkRGBA *color,
                              gboolean       centred);
double  mg_chart_wrapped_text_height (GtkWidget     *widget,
                                      const char    *text,
                                      double         width);
double  mg_chart_draw_wrapped_text   (GtkWidget     *widget,
                                      GtkSnapshot   *snapshot,
                                      const char    *text,
                                      double         y,
                                      const GdkRGBA *color);

G_END_DECLS
