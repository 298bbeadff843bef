/* bench-keystroke.c — keystroke in the search entry to results drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-keystroke [N_MEDICINES [ROUNDS]]   (defaults 100000 and 3)
 *
 * Types words into the real window's search entry one character at a
 * time, at a steady 60 ms a key (faster than people type), and times each
 * key from the insertion to the end of the first frame drawn after the
 * search page took the new text. Runs on the shipped knowledge base and on
 * one with N_MEDICINES generated medicines (three names each) on top of
 * the test fixture; prints p50, p95, p99 and the worst key against one
 * frame at 60 Hz, and how much of it mg_kb_search() alone takes. The
 * baseline, timed the same way in the same run: a window whose only
 * label changes its text, i.e. what GTK needs to show any change here.
 * Figures only, never an assertion.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "kb-test-utils.h"
#include "mg-search-page.h"
#include "mg-test-ui-utils.h"

#define KEY_INTERVAL_MS 60
#define FRAME_MS (1000.0 / 60.0)

static const char * const words[] = {
  "ciprofloxacin", "magnesium citrate", "Tivicay", "levothyroxine", "floxacine",
  "omeprazol", "bisglycinaat", "zzzq", "pompoenpitten", "dolutegravir", "mag", "statin",
};

/* One key, with the time of each step after it was typed: the search
 * page took the text (the search ran), then the frame clock laid out,
 * painted, and finished the frame. */
typedef struct
{
  MgSearchPage *page;
  const char   *text;
  gint64        applied;
  gint64        frame;
  gint64        layout;
  gint64        paint;
  gint64        drawn;
} Key;

static void
on_query (MgSearchPage *page,
          GParamSpec   *pspec,
          Key          *key)
{
  if (key != NULL && g_strcmp0 (mg_search_page_get_query (page), key->text) == 0)
    key->applied = g_get_monotonic_time ();
}

/* The window's own handlers of each phase were connected when it was
 * realized, before these: "update" (connected after) ends just before the
 * layout phase starts, and "layout" and "paint" run once GTK has laid out
 * and painted. */
static void
on_update (GdkFrameClock *clock,
           Key          **current)
{
  Key *key = *current;

  if (key != NULL && key->applied != 0 && key->frame == 0)
    key->frame = g_get_monotonic_time ();
}

static void
on_layout (GdkFrameClock *clock,
           Key          **current)
{
  Key *key = *current;

  if (key != NULL && key->frame != 0 && key->layout == 0)
    key->layout = g_get_monotonic_time ();
}

static void
on_paint (GdkFrameClock *clock,
          Key          **current)
{
  Key *key = *current;

  if (key != NULL && key->layout != 0 && key->paint == 0)
    key->paint = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Key          **current)
{
  Key *key = *current;

  if (key != NULL && key->paint != 0 && key->drawn == 0)
    key->drawn = g_get_monotonic_time ();
}

static gboolean
key_drawn (gpointer data)
{
  return ((Key *) data)->drawn != 0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (GArray *sorted,
            double  p)
{
  guint i = (guint) ceil (p * sorted->len) - 1;

  return g_array_index (sorted, double, MIN (i, sorted->len - 1));
}

static void
report (const char *label,
        GArray     *samples)
{
  g_array_sort (samples, compare_doubles);
  g_print ("  %-28s p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms   max %6.2f ms   (%u keys)\n",
           label, percentile (samples, 0.5), percentile (samples, 0.95), percentile (samples, 0.99),
           g_array_index (samples, double, samples->len - 1), samples->len);
}

static void
bench (const char *title,
       const char *kb_path,
       guint       rounds)
{
  g_autoptr(MgContext) context = mg_context_new (kb_path);
  g_autoptr(GArray) drawn = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) searched = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) to_applied = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) to_frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame_layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layout_paint = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) paint_done = g_array_new (FALSE, FALSE, sizeof (double));
  GdkFrameClock *clock;
  MgWindow *window;
  MgSearchPage *page;
  GtkEditable *entry;
  Key *current = NULL;
  gulong query_handler, handlers[4];

  g_assert_nonnull (mg_context_get_kb (context));
  window = mg_test_ui_show_window (context, 960, 680);
  page = MG_SEARCH_PAGE (mg_window_get_page (window, "search"));
  entry = mg_test_ui_get_search_entry (window);
  query_handler = g_signal_connect (page, "notify::query", G_CALLBACK (on_query), NULL);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handlers[0] = g_signal_connect (clock, "layout", G_CALLBACK (on_layout), &current);
  handlers[1] = g_signal_connect (clock, "paint", G_CALLBACK (on_paint), &current);
  handlers[2] = g_signal_connect_after (clock, "after-paint", G_CALLBACK (on_after_paint), &current);
  handlers[3] = g_signal_connect_after (clock, "update", G_CALLBACK (on_update), &current);

  for (guint r = 0; r < rounds; r++)
    for (guint w = 0; w < G_N_ELEMENTS (words); w++)
      {
        mg_test_ui_search (window, "");
        mg_test_ui_pace (KEY_INTERVAL_MS);

        for (const char *c = words[w]; *c != '\0'; c = g_utf8_next_char (c))
          {
            g_autofree char *text = g_strndup (words[w], g_utf8_next_char (c) - words[w]);
            int position = g_utf8_strlen (gtk_editable_get_text (entry), -1);
            Key key = { page, text, 0, 0, 0, 0, 0 };
            gint64 start;

            g_signal_handler_disconnect (page, query_handler);
            query_handler = g_signal_connect (page, "notify::query", G_CALLBACK (on_query), &key);
            current = &key;

            start = g_get_monotonic_time ();
            gtk_editable_insert_text (entry, c, g_utf8_next_char (c) - c, &position);
            mg_test_ui_wait_until (key_drawn, &key);
            current = NULL;

            {
              double ms = (key.drawn - start) / 1000.0;
              g_autoptr(GListModel) results = NULL;

              g_array_append_val (drawn, ms);
              ms = (key.applied - start) / 1000.0;
              g_array_append_val (to_applied, ms);
              ms = (key.frame - key.applied) / 1000.0;
              g_array_append_val (to_frame, ms);
              ms = (key.layout - key.frame) / 1000.0;
              g_array_append_val (frame_layout, ms);
              ms = (key.paint - key.layout) / 1000.0;
              g_array_append_val (layout_paint, ms);
              ms = (key.drawn - key.paint) / 1000.0;
              g_array_append_val (paint_done, ms);
              /* The same search alone, to see the reader's share. */
              start = g_get_monotonic_time ();
              results = mg_kb_search (mg_context_get_kb (context), text, 60, NULL);
              ms = (g_get_monotonic_time () - start) / 1000.0;
              g_array_append_val (searched, ms);
            }

            mg_test_ui_pace (KEY_INTERVAL_MS);
          }
      }

  g_signal_handler_disconnect (page, query_handler);
  for (guint i = 0; i < G_N_ELEMENTS (handlers); i++)
    g_signal_handler_disconnect (clock, handlers[i]);
  gtk_window_destroy (GTK_WINDOW (window));

  g_print ("%s\n", title);
  report ("keystroke to results drawn", drawn);
  report ("  key to search done", to_applied);
  report ("    of which mg_kb_search()", searched);
  report ("  search done to frame", to_frame);
  report ("  layout (measure, allocate)", frame_layout);
  report ("  paint (snapshot, render)", layout_paint);
  report ("  after paint", paint_done);
  g_print ("  one frame at 60 Hz          %6.2f ms: p95 %s\n", FRAME_MS,
           percentile (drawn, 0.95) <= FRAME_MS ? "within it" : "OVER IT");
}

static void
on_label_painted (GdkFrameClock *clock,
                  gint64        *drawn)
{
  if (*drawn == 0)
    *drawn = g_get_monotonic_time ();
}

static gboolean
label_drawn (gpointer data)
{
  return *(gint64 *) data != 0;
}

static void
on_entry_changed (GtkEditable *entry,
                  GtkLabel    *label)
{
  gtk_label_set_text (label, gtk_editable_get_text (entry));
}

/* What any change costs to show, at the same pace: a label's text; and a
 * key typed into a focused entry whose text a label then shows, which is
 * what GTK needs for any search as you type (the entry's blinking cursor
 * keeps the frame clock running, so a change waits for the next frame). */
static void
baseline (guint    n_keys,
          gboolean with_entry)
{
  g_autoptr(GArray) drawn = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *label = gtk_label_new ("");
  gint64 painted = 0;
  gulong handler;

  gtk_window_set_default_size (window, 960, 680);
  if (with_entry)
    gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), label);
  gtk_window_set_child (window, box);
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed), label);
  gtk_window_present (window);
  mg_test_ui_wait_for_mapped (GTK_WIDGET (window));
  if (with_entry)
    gtk_widget_grab_focus (entry);
  handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                              G_CALLBACK (on_label_painted), &painted);

  for (guint i = 0; i < n_keys; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", i % 10);
      int position = -1;
      gint64 start;
      double ms;

      /* A fresh word now and then, as in the search benchmark. */
      if (with_entry && i % 12 == 0)
        {
          gtk_editable_set_text (GTK_EDITABLE (entry), "");
          mg_test_ui_pace (KEY_INTERVAL_MS);
        }

      painted = 0;
      start = g_get_monotonic_time ();
      if (with_entry)
        gtk_editable_insert_text (GTK_EDITABLE (entry), text, -1, &position);
      else
        gtk_label_set_text (GTK_LABEL (label), text);
      mg_test_ui_wait_until (label_drawn, &painted);
      ms = (painted - start) / 1000.0;
      g_array_append_val (drawn, ms);
      mg_test_ui_pace (KEY_INTERVAL_MS);
    }

  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), handler);
  gtk_window_destroy (window);
  if (with_entry)
    {
      g_print ("(baseline) a key in a focused entry, shown by a label, same pace\n");
      report ("key to drawn", drawn);
    }
  else
    {
      g_print ("(baseline) a label's new text, same pace\n");
      report ("change to drawn", drawn);
    }
}

int
main (int   argc,
      char *argv[])
{
  guint n_medicines = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  guint rounds = argc > 2 ? MAX (1, atoi (argv[2])) : 3;
  g_autofree char *path = NULL;
  g_autofree char *title = NULL;

  mg_test_ui_init (&argc, &argv);
  setlocale (LC_NUMERIC, "C");
  if (g_getenv ("MG_BENCH_NO_BLINK") != NULL)
    g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);

  baseline (120, FALSE);
  g_print ("\n");
  baseline (120, TRUE);
  g_print ("\n");

  bench ("(a) shipped knowledge base", NULL, rounds);
  g_print ("\n");

  path = kb_test_generate (n_medicines);
  title = g_strdup_printf ("(b) generated knowledge base, %u medicines (%u names)", n_medicines, 3 * n_medicines);
  bench (title, path, rounds);
  g_remove (path);

  return 0;
}
