/* mg-first-frame.c — report when a window's first frame is drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the start-up benchmark (tests/bench/): with MG_BENCH_FIRST_FRAME
 * set, the app prints "first-frame <µs>" (CLOCK_MONOTONIC, the clock the
 * benchmark started it by) once its window has drawn its first frame, and
 * closes the window. The project's minimal libadwaita window compiles this
 * same file, so both are timed the same way. Without the variable nothing
 * is connected.
 */
#include "config.h"

#include <stdio.h>

#include "mg-first-frame.h"

static void
on_after_paint (GdkFrameClock *clock,
                GtkWindow     *window)
{
  /* Taken before anything else, and printed unbuffered. */
  gint64 now = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, window);
  fprintf (stdout, "first-frame %" G_GINT64_FORMAT "\n", now);
  fflush (stdout);
  gtk_window_close (window);
}

static void
on_map (GtkWidget *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_after_paint), window, 0);
}

/**
 * mg_first_frame_watch:
 * @window: a window about to be presented
 *
 * Does nothing unless MG_BENCH_FIRST_FRAME is set.
 */
void
mg_first_frame_watch (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_getenv ("MG_BENCH_FIRST_FRAME") == NULL)
    return;

  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
}
