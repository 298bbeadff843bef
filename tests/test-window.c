/* test-window.c — the main window's shell: pages, folding, saved state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "mg-test-ui-utils.h"
#include "mg-window.h"

static MgWindow *
show_window (int width,
             int height)
{
  MgWindow *window = mg_window_new (NULL, mg_test_ui_get_context ());

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_ui_wait_for_mapped (GTK_WIDGET (window));

  return window;
}

static AdwLeaflet *
get_leaflet (MgWindow *window)
{
  GtkWidget *leaflet = mg_test_ui_find_by_type (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL);

  g_assert_nonnull (leaflet);
  return ADW_LEAFLET (leaflet);
}

static void
test_window_opens_on_search (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MgWindow *window;
  GtkListBox *sidebar;

  g_settings_reset (settings, "last-page");
  window = show_window (960, 680);
  sidebar = GTK_LIST_BOX (mg_test_ui_find_by_type (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "navigation-sidebar"));

  /* Search is the first page, and what the welcome page said is its
   * empty state. */
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "search");
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (window), "Welcome to Magnesium Guide"));
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (window), "Not Medical Advice"));
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, 0))), ==, "search");
  g_assert_true (gtk_list_box_row_is_selected (gtk_list_box_get_row_at_index (sidebar, 0)));
  g_assert_false (adw_leaflet_get_folded (get_leaflet (window)));

  /* Detail pages are opened from records, not listed in the sidebar. */
  for (guint i = 0; gtk_list_box_get_row_at_index (sidebar, i) != NULL; i++)
    {
      const char *name = gtk_widget_get_name (GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, i)));

      g_assert_cmpstr (name, !=, "record");
      g_assert_cmpstr (name, !=, "medicine");
    }

  /* A detail page keeps the row it was opened from selected, and choosing
   * a page in the sidebar leaves nothing to go back to. */
  g_assert_true (mg_window_show_record (window, "medicine", "doxycycline"));
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "medicine");
  g_assert_true (gtk_list_box_row_is_selected (gtk_list_box_get_row_at_index (sidebar, 0)));
  g_signal_emit_by_name (sidebar, "row-activated", gtk_list_box_get_row_at_index (sidebar, 1));
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "interactions");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.go-back", NULL));
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "interactions");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_folds_when_narrow (void)
{
  MgWindow *window = show_window (360, 640);
  AdwLeaflet *leaflet = get_leaflet (window);
  GtkListBox *sidebar = GTK_LIST_BOX (mg_test_ui_find_by_type (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "navigation-sidebar"));

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  /* Folded, the window opens on the page, not on the sidebar. */
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");

  /* Choosing a page in the folded sidebar shows the content, and back returns. */
  adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  mg_test_ui_await (g_strcmp0 (adw_leaflet_get_visible_child_name (leaflet), "sidebar") == 0);

  g_signal_emit_by_name (sidebar, "row-activated", gtk_list_box_get_row_at_index (sidebar, 0));
  mg_test_ui_await (g_strcmp0 (adw_leaflet_get_visible_child_name (leaflet), "content") == 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.go-back", NULL));
  mg_test_ui_await (g_strcmp0 (adw_leaflet_get_visible_child_name (leaflet), "sidebar") == 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_saves_size_and_page (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MgWindow *window;

  g_settings_set_string (settings, "last-page", "interactions");
  window = show_window (800, 600);
  /* The window saves its state as it goes: wait until it has gone. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  mg_test_ui_await (window == NULL);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  {
    g_autofree char *last_page = g_settings_get_string (settings, "last-page");
    g_assert_cmpstr (last_page, ==, "interactions");
  }
}

/* Closed on a detail page, the window comes back on search: the detail
 * page alone, without its record, would be empty. */
static void
test_window_does_not_save_detail_page (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MgWindow *window = show_window (800, 600);
  g_autofree char *last_page = NULL;

  g_assert_true (mg_window_show_record (window, "medicine", "ciprofloxacin"));
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "medicine");
  /* The window saves its state as it goes: wait until it has gone. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_close (GTK_WINDOW (window));
  mg_test_ui_await (window == NULL);

  last_page = g_settings_get_string (settings, "last-page");
  g_assert_cmpstr (last_page, ==, "search");
}

static void
test_window_ignores_unknown_saved_page (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MgWindow *window;

  /* A page name saved by another version must not leave the window empty. */
  g_settings_set_string (settings, "last-page", "no-such-page");
  window = show_window (960, 680);

  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "search");

  mg_window_set_visible_page (window, "also-missing");
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "search");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A knowledge base that cannot be read is an error page, never pages that
 * would answer "not found" to every question. */
static void
test_window_shows_kb_error (void)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "mg-test-not-a-kb.sqlite", NULL);
  g_autoptr(MgContext) context = NULL;
  MgWindow *window;

  g_assert_true (g_file_set_contents (path, "this is not a database", -1, NULL));
  context = mg_context_new (path);
  g_assert_null (mg_context_get_kb (context));
  g_assert_nonnull (mg_context_get_kb_error (context));

  window = mg_window_new (NULL, context);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_ui_wait_for_mapped (GTK_WIDGET (window));

  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (window), "The Knowledge Base Cannot Be Opened"));
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (window), mg_context_get_kb_error (context)->message));
  g_assert_null (mg_test_ui_find_by_type (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));
  g_assert_null (mg_window_get_visible_page (window));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/window/opens-on-search", test_window_opens_on_search);
  g_test_add_func ("/window/folds-when-narrow", test_window_folds_when_narrow);
  g_test_add_func ("/window/saves-size-and-page", test_window_saves_size_and_page);
  g_test_add_func ("/window/does-not-save-detail-page", test_window_does_not_save_detail_page);
  g_test_add_func ("/window/ignores-unknown-saved-page", test_window_ignores_unknown_saved_page);
  g_test_add_func ("/window/shows-kb-error", test_window_shows_kb_error);

  return g_test_run ();
}
