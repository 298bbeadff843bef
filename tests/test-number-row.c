/* test-number-row.c — the shared numeric input: both decimal separators,
 * messages beside the field, typed text kept, accessibility
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-number-row.h"
#include "mg-test-ui-utils.h"

static MgNumberRow *
new_row (void)
{
  MgNumberRow *row = mg_number_row_new ("Salt per tablet", "mg");

  g_object_ref_sink (row);
  return row;
}

static void
test_number_row_both_separators (void)
{
  g_autoptr(MgNumberRow) row = new_row ();

  mg_number_row_set_text (row, "2,5");
  g_assert_true (mg_number_row_get_valid (row));
  g_assert_cmpfloat (mg_number_row_get_value (row), ==, 2.5);
  g_assert_null (mg_number_row_get_message (row));

  mg_number_row_set_text (row, " 400.25 ");
  g_assert_true (mg_number_row_get_valid (row));
  g_assert_cmpfloat (mg_number_row_get_value (row), ==, 400.25);
}

/* Each bad text keeps what was typed, keeps the last good value, and says
 * what is wrong beside the field and to assistive technologies. */
static void
test_number_row_refuses_bad_text (void)
{
  const struct { const char *text; const char *words; } cases[] = {
    { "abc", "not a number" },
    { "-5", "negative" },
    { "0", "zero" },
    { "1.234,5", "more than one separator" },
    { "250000", "too large" },
    { "nan", "not a finite number" },
  };
  g_autoptr(MgNumberRow) row = new_row ();
  GtkWidget *entry = GTK_WIDGET (mg_number_row_get_editable (row));

  mg_number_row_set_text (row, "500");
  g_assert_true (mg_number_row_get_valid (row));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *message;

      mg_number_row_set_text (row, cases[i].text);
      message = mg_number_row_get_message (row);

      g_assert_false (mg_number_row_get_valid (row));
      g_assert_nonnull (message);
      g_assert_nonnull (strstr (message, cases[i].words));
      g_assert_cmpstr (mg_number_row_get_text (row), ==, cases[i].text);
      g_assert_cmpfloat (mg_number_row_get_value (row), ==, 500.0);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, message);
      g_assert_true (gtk_widget_has_css_class (entry, "error"));
      gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message);
      gtk_test_accessible_assert_state (entry, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
    }

  mg_number_row_set_text (row, "12,5");
  g_assert_true (mg_number_row_get_valid (row));
  g_assert_null (mg_number_row_get_message (row));
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  gtk_test_accessible_assert_state (entry, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE);
}

/* A fresh empty field is quiet; once typed in and cleared, or checked by
 * a form, it says that a value is missing. */
static void
test_number_row_empty (void)
{
  g_autoptr(MgNumberRow) row = new_row ();

  g_assert_false (mg_number_row_get_valid (row));
  g_assert_null (mg_number_row_get_message (row));

  g_assert_false (mg_number_row_check (row));
  g_assert_nonnull (strstr (mg_number_row_get_message (row), "No value given"));

  g_clear_object (&row);
  row = new_row ();
  mg_number_row_set_text (row, "7");
  mg_number_row_set_text (row, "");
  g_assert_false (mg_number_row_get_valid (row));
  g_assert_nonnull (strstr (mg_number_row_get_message (row), "No value given"));
  g_assert_cmpfloat (mg_number_row_get_value (row), ==, 7.0);
}

static void
test_number_row_rules (void)
{
  g_autoptr(MgNumberRow) row = new_row ();

  mg_number_row_set_rules (row, MG_NUMBER_RULES (MG_NUMBER_FLAGS_WHOLE, 24.0));
  mg_number_row_set_text (row, "2,5");
  g_assert_false (mg_number_row_get_valid (row));
  g_assert_nonnull (strstr (mg_number_row_get_message (row), "whole number"));

  mg_number_row_set_text (row, "25");
  g_assert_false (mg_number_row_get_valid (row));
  mg_number_row_set_text (row, "0");
  g_assert_false (mg_number_row_get_valid (row));

  /* Changing the rules checks the text again. */
  g_object_set (row, "allow-zero", TRUE, NULL);
  g_assert_true (mg_number_row_get_valid (row));
  g_assert_cmpfloat (mg_number_row_get_value (row), ==, 0.0);
}

static void
test_number_row_set_value (void)
{
  g_autoptr(MgNumberRow) row = new_row ();
  guint notified = 0;

  g_signal_connect_swapped (row, "notify::value", G_CALLBACK (g_atomic_int_inc), &notified);
  mg_number_row_set_digits (row, 1);
  mg_number_row_set_value (row, 60.3045);

  g_assert_cmpstr (mg_number_row_get_text (row), ==, "60.3");
  g_assert_true (mg_number_row_get_valid (row));
  /* The value keeps its precision; only the text is rounded. */
  g_assert_cmpfloat (mg_number_row_get_value (row), ==, 60.3045);
  g_assert_cmpuint (notified, >=, 1);
}

static void
test_number_row_accessible (void)
{
  g_autoptr(MgNumberRow) row = new_row ();
  GtkWidget *entry = GTK_WIDGET (mg_number_row_get_editable (row));

  gtk_test_accessible_assert_role (entry, GTK_ACCESSIBLE_ROLE_TEXT_BOX);
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_LABEL, "Salt per tablet, mg");

  mg_number_row_set_hint (row, "As printed on the label");
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "As printed on the label");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Wanted & more");
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_LABEL, "Wanted & more, mg");
}

/* In a window, at 360 px, the message wraps under the title instead of
 * widening the row. */
static void
test_number_row_narrow (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  MgNumberRow *row = mg_number_row_new ("Elemental magnesium wanted per day", "mg");
  GtkWidget *message = NULL;

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (row));
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 200);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_ui_wait_for_mapped (GTK_WIDGET (row));

  mg_number_row_set_text (row, "abc");
  /* the message is shown and laid out: then the width is final */
  mg_test_ui_await (mg_number_row_get_message (row) != NULL &&
                         (message = mg_test_ui_find_label (GTK_WIDGET (row), mg_number_row_get_message (row))) != NULL &&
                         gtk_widget_get_mapped (message) && gtk_widget_get_width (message) > 0);
  g_assert_cmpint (gtk_widget_get_width (window), <=, 360);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/number-row/both-separators", test_number_row_both_separators);
  g_test_add_func ("/number-row/refuses-bad-text", test_number_row_refuses_bad_text);
  g_test_add_func ("/number-row/empty", test_number_row_empty);
  g_test_add_func ("/number-row/rules", test_number_row_rules);
  g_test_add_func ("/number-row/set-value", test_number_row_set_value);
  g_test_add_func ("/number-row/accessible", test_number_row_accessible);
  g_test_add_func ("/number-row/narrow", test_number_row_narrow);

  return g_test_run ();
}
