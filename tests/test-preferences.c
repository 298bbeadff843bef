/* test-preferences.c — the preferences write and follow GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-preferences-window.h"
#include "mg-test-ui-utils.h"

static AdwComboRow *
find_combo (GtkWidget  *root,
            const char *title)
{
  GtkWidget *row = mg_test_ui_find_row (root, title);

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_COMBO_ROW (row));
  return ADW_COMBO_ROW (row);
}

static void
test_preferences_follow_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MgPreferencesWindow *preferences;
  AdwComboRow *reference, *limits;

  g_settings_reset (settings, "reference-set");
  g_settings_reset (settings, "limit-set");

  preferences = mg_preferences_window_new (NULL);
  gtk_window_present (GTK_WINDOW (preferences));
  mg_test_ui_wait_for_mapped (GTK_WIDGET (preferences));

  reference = find_combo (GTK_WIDGET (preferences), "Reference _Set");
  limits = find_combo (GTK_WIDGET (preferences), "_Limit Set");

  /* Defaults: the Dutch table and the EU limit. */
  g_assert_cmpuint (adw_combo_row_get_selected (reference), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (limits), ==, 0);

  g_settings_set_string (settings, "reference-set", "us");
  g_assert_cmpuint (adw_combo_row_get_selected (reference), ==, 2);

  adw_combo_row_set_selected (reference, 1);
  {
    g_autofree char *nick = g_settings_get_string (settings, "reference-set");
    g_assert_cmpstr (nick, ==, "efsa");
  }

  adw_combo_row_set_selected (limits, 1);
  {
    g_autofree char *nick = g_settings_get_string (settings, "limit-set");
    g_assert_cmpstr (nick, ==, "us");
  }

  gtk_window_destroy (GTK_WINDOW (preferences));
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/preferences/follow-settings", test_preferences_follow_settings);

  return g_test_run ();
}
