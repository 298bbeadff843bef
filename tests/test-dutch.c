/* test-dutch.c — run with LANGUAGE=nl: the window speaks Dutch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-test-ui-utils.h"
#include "mg-window.h"

static void
test_dutch_welcome_page (void)
{
  MgWindow *window = mg_window_new (NULL, mg_test_ui_get_context ());

  gtk_window_present (GTK_WINDOW (window));
  mg_test_ui_wait_for_mapped (GTK_WIDGET (window));

  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (window), "Welkom bij Magnesiumgids"));
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (window), "Geen medisch advies"));
  g_assert_false (mg_test_ui_has_label (GTK_WIDGET (window), "Welcome to Magnesium Guide"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Magnesiumgids");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/dutch/welcome-page", test_dutch_welcome_page);

  return g_test_run ();
}
