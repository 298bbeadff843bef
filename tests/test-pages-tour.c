/* test-pages-tour.c — every page of the window, wide, narrow (360 px)
 * and dark, with a screenshot of each; run once in English and once in
 * Dutch (LANGUAGE=nl)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-test-ui-utils.h"
#include "mg-window.h"

static GPtrArray *
page_names (MgWindow *window)
{
  GtkWidget *sidebar = mg_test_ui_find_by_type (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "navigation-sidebar");
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (sidebar);
  for (GtkWidget *row = gtk_widget_get_first_child (sidebar); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      g_ptr_array_add (names, g_strdup (gtk_widget_get_name (row)));

  return names;
}

/* Nothing may ask for more than the window's width: a child wider than
 * the window would be cut off at the right. */
static void
assert_fits (GtkWidget  *window,
             int         width,
             const char *name)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  int minimum = 0;

  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > width)
    g_error ("page %s needs %d px, more than %d", name, minimum, width);
  g_assert_cmpint (gtk_widget_get_width (window), <=, width);
}

static void
tour (int      width,
      int      height,
      gboolean dark,
      const char *suffix)
{
  MgWindow *window = mg_window_new (NULL, mg_test_ui_get_context ());
  const char *language = g_strcmp0 (g_getenv ("LANGUAGE"), "nl") == 0 ? "nl" : "en";
  g_autoptr(GPtrArray) names = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_ui_wait_for_mapped (GTK_WIDGET (window));
  mg_test_ui_set_dark (dark);

  names = page_names (window);
  g_assert_cmpuint (names->len, >=, 2);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *file = g_strdup_printf ("tour-%s-%s-%s", name, suffix, language);
      GtkWidget *page;

      mg_window_set_visible_page (window, name);
      page = mg_window_get_page (window, name);
      g_assert_nonnull (page);
      mg_test_ui_wait_for_mapped (page);
      g_assert_cmpstr (mg_window_get_visible_page (window), ==, name);

      assert_fits (GTK_WIDGET (window), MAX (width, 360), name);
      mg_test_ui_screenshot (GTK_WIDGET (window), file);
    }

  mg_test_ui_set_dark (FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_tour_wide (void)
{
  tour (1100, 760, FALSE, "wide");
}

static void
test_tour_narrow (void)
{
  tour (360, 720, FALSE, "narrow");
}

/* Dark at the narrow width: the same colours, less work than twice. */
static void
test_tour_dark (void)
{
  tour (360, 720, TRUE, "narrow-dark");
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/tour/wide", test_tour_wide);
  g_test_add_func ("/tour/narrow", test_tour_narrow);
  g_test_add_func ("/tour/dark", test_tour_dark);

  return g_test_run ();
}
