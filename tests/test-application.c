/* test-application.c — the primary menu's actions open their windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mg-application.h"
#include "mg-preferences-window.h"
#include "mg-test-ui-utils.h"
#include "mg-window.h"

static GtkWindow *
find_window_of_type (GtkApplication *app,
                     GType           type)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (g_type_is_a (G_OBJECT_TYPE (l->data), type))
      return l->data;

  return NULL;
}

static MgApplication *
start_application (void)
{
  g_autoptr(GError) error = NULL;
  MgApplication *app = mg_application_new ();

  /* No session bus under the test runner: stay a plain local instance. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  return app;
}

static void
test_application_menu_actions (void)
{
  g_autoptr(MgApplication) app = start_application ();
  GtkApplication *gtk_app = GTK_APPLICATION (app);
  GtkWindow *main_window = find_window_of_type (gtk_app, MG_TYPE_WINDOW);

  g_assert_nonnull (main_window);
  mg_test_ui_wait_for_mapped (GTK_WIDGET (main_window));

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_assert_nonnull (find_window_of_type (gtk_app, MG_TYPE_PREFERENCES_WINDOW));
  gtk_window_destroy (find_window_of_type (gtk_app, MG_TYPE_PREFERENCES_WINDOW));

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  {
    GtkWindow *about = find_window_of_type (gtk_app, ADW_TYPE_ABOUT_WINDOW);

    g_assert_nonnull (about);
    g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, VERSION);
    /* What the welcome page said at length is here now. */
    g_assert_nonnull (strstr (adw_about_window_get_comments (ADW_ABOUT_WINDOW (about)), "Pharmacists: Look up an interaction"));
    g_assert_nonnull (strstr (adw_about_window_get_comments (ADW_ABOUT_WINDOW (about)), "Offline and private: "));
    g_assert_true (gtk_window_get_transient_for (about) == main_window);
    gtk_window_destroy (about);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window), "win.show-help-overlay", NULL));
  {
    GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (main_window));

    g_assert_nonnull (shortcuts);
    mg_test_ui_await (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
    gtk_window_close (GTK_WINDOW (shortcuts));
  }

  /* Quit closes the windows (so they save their state) instead of exiting hard. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  mg_test_ui_await (find_window_of_type (gtk_app, MG_TYPE_WINDOW) == NULL);
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/application/menu-actions", test_application_menu_actions);

  return g_test_run ();
}
