/* bench-startup.c — start-up to first drawn frame: the app against a
 * minimal libadwaita window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-startup APP MINIMAL [ROUNDS]   (default 15 rounds)
 *
 * Starts the two programs alternately (which goes first changes every
 * round, so neither always finds a warmer cache), with MG_BENCH_FIRST_FRAME
 * set: each prints the CLOCK_MONOTONIC time of its first drawn frame and
 * closes. The time counted is from just before the spawn to that frame.
 * Two warm-up rounds are not counted. Prints medians and their ratio,
 * and the CPU time of each process (less sensitive to a busy machine than
 * wall time); figures only, never an assertion.
 *
 * GDK_DEBUG=gl-disable is set unless GDK_DEBUG is given: under Xvfb the
 * X server's software GL set-up adds about a second to both programs,
 * which says nothing about either and would hide the app's own cost.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <glib.h>

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
run_once (const char *program,
          double     *cpu_ms)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "MG_BENCH_FIRST_FRAME", "1", TRUE);
  struct rusage before, after;
  const char *argv[] = { program, NULL };
  const char *line;
  gint64 start, frame;
  int status;

  env = g_environ_setenv (env, "GDK_DEBUG", "gl-disable", FALSE);
  getrusage (RUSAGE_CHILDREN, &before);
  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error))
    g_error ("%s: %s", program, error->message);
  getrusage (RUSAGE_CHILDREN, &after);
  *cpu_ms = ((after.ru_utime.tv_sec - before.ru_utime.tv_sec) + (after.ru_stime.tv_sec - before.ru_stime.tv_sec)) * 1000.0 +
            ((after.ru_utime.tv_usec - before.ru_utime.tv_usec) + (after.ru_stime.tv_usec - before.ru_stime.tv_usec)) / 1000.0;

  line = out != NULL ? g_strrstr (out, "first-frame ") : NULL;
  if (line == NULL)
    g_error ("%s drew no frame (status %d): %s", program, status, err != NULL ? err : "");
  frame = g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10);

  return (frame - start) / 1000.0;
}

static double
percentile (GArray *sorted,
            double  p)
{
  guint i = (guint) MIN (sorted->len - 1, (guint) (p * (sorted->len - 1) + 0.5));

  return g_array_index (sorted, double, i);
}

static void
report (const char *label,
        GArray     *samples)
{
  g_array_sort (samples, compare_doubles);
  g_print ("  %-26s median %7.1f ms   min %7.1f ms   p90 %7.1f ms   (%u runs)\n",
           label, percentile (samples, 0.5), g_array_index (samples, double, 0),
           percentile (samples, 0.9), samples->len);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) app = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) minimal = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) app_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) minimal_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  guint rounds;

  setlocale (LC_ALL, "");
  if (argc < 3)
    {
      g_printerr ("usage: %s APP MINIMAL [ROUNDS]\n", argv[0]);
      return 2;
    }
  rounds = argc > 3 ? MAX (1, atoi (argv[3])) : 15;

  for (guint r = 0; r < rounds + 2; r++)
    {
      gboolean app_first = r % 2 == 0;
      double a, m, a_cpu, m_cpu;

      if (app_first)
        {
          a = run_once (argv[1], &a_cpu);
          m = run_once (argv[2], &m_cpu);
        }
      else
        {
          m = run_once (argv[2], &m_cpu);
          a = run_once (argv[1], &a_cpu);
        }

      if (r >= 2)
        {
          g_array_append_val (app, a);
          g_array_append_val (minimal, m);
          g_array_append_val (app_cpu, a_cpu);
          g_array_append_val (minimal_cpu, m_cpu);
        }
    }

  g_print ("Start-up to first drawn frame (%u alternating rounds after 2 warm-up rounds)\n", rounds);
  report ("Magnesium Guide", app);
  report ("minimal libadwaita window", minimal);
  g_print ("  ratio of medians           %.2f (target: 1.25 or less)\n",
           percentile (app, 0.5) / percentile (minimal, 0.5));
  g_print ("CPU time of the whole process (start to exit)\n");
  report ("Magnesium Guide", app_cpu);
  report ("minimal libadwaita window", minimal_cpu);
  g_print ("  ratio of medians           %.2f\n", percentile (app_cpu, 0.5) / percentile (minimal_cpu, 0.5));

  return 0;
}
