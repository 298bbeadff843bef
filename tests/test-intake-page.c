/* test-intake-page.c — daily amounts: the table in use, one person's
 * figures, the upper limits side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mg-fact-row.h"
#include "mg-intake-page.h"
#include "mg-intake-person.h"
#include "mg-number-row.h"
#include "mg-test-ui-utils.h"
#include "mg-window.h"

static MgWindow *
show_window (int width)
{
  MgWindow *window = mg_window_new (NULL, mg_test_ui_get_context ());

  gtk_window_set_default_size (GTK_WINDOW (window), width, 760);
  gtk_window_present (GTK_WINDOW (window));
  mg_window_set_visible_page (window, "intake");
  mg_test_ui_wait_for_mapped (mg_window_get_page (window, "intake"));

  return window;
}

static MgIntakePerson *
get_person (MgWindow *window)
{
  return MG_INTAKE_PERSON (mg_intake_page_get_person (MG_INTAKE_PAGE (mg_window_get_page (window, "intake"))));
}

static const char *
value_of (GtkWidget *row)
{
  return mg_fact_row_get_value (MG_FACT_ROW (row));
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack, needle);
}

static void
use_set (const char *id)
{
  g_settings_set_string (mg_context_get_settings (mg_test_ui_get_context ()), "reference-set", id);
  /* The setting's change reaches the page from the main loop. */
  mg_test_ui_drain ();
}

/* A 3-year-old: the EU sets no limit under 4 (in words, never a figure),
 * the US 65 mg; the Dutch table gives 120 mg. */
static void
test_intake_three_year_old (void)
{
  MgWindow *window;
  MgIntakePerson *person;
  GtkWidget *eu, *us;

  use_set ("nl");
  window = show_window (1100);
  person = get_person (window);
  mg_intake_person_set_person (person, "3", MG_AGE_UNIT_YEARS, "female", "none");

  eu = mg_intake_person_get_limit_row (person, "eu");
  us = mg_intake_person_get_limit_row (person, "us");
  g_assert_cmpstr (value_of (eu), ==, "None set");
  assert_contains (mg_fact_row_get_text (MG_FACT_ROW (eu)), "No upper limit is set under 4 years");
  g_assert_cmpstr (value_of (us), ==, "65 mg");
  g_assert_cmpstr (value_of (mg_intake_person_get_intake_row (person)), ==, "120 mg");

  /* The side-by-side table says it too. */
  g_assert_true (mg_test_ui_has_label (mg_intake_page_get_limits (MG_INTAKE_PAGE (mg_window_get_page (window, "intake"))),
                                       "EU: none set under 4 years\nUS: 65 mg"));
  mg_test_ui_screenshot (GTK_WIDGET (window), "intake-three-year-old");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Switching the set, from the setting or on the page, changes the named
 * set and the figures; the page's choice is the app's setting. */
static void
test_intake_switch_set (void)
{
  MgWindow *window;
  MgIntakePage *page;
  MgIntakePerson *person;
  GtkWidget *intake_row;
  g_autofree char *stored = NULL;

  use_set ("nl");
  window = show_window (1100);
  page = MG_INTAKE_PAGE (mg_window_get_page (window, "intake"));
  person = get_person (window);
  intake_row = mg_intake_person_get_intake_row (person);
  mg_intake_person_set_person (person, "40", MG_AGE_UNIT_YEARS, "female", "none");

  g_assert_cmpstr (mg_intake_page_get_heading (page), ==, "Netherlands (Health Council 2018 and Voedingscentrum)");
  g_assert_cmpstr (mg_page_get_subtitle (MG_PAGE (page)), ==, mg_intake_page_get_heading (page));
  g_assert_cmpstr (value_of (intake_row), ==, "300 mg");

  use_set ("us");
  g_assert_cmpstr (mg_intake_page_get_reference_set (page), ==, "us");
  g_assert_cmpstr (mg_intake_page_get_heading (page), ==, "United States (Institute of Medicine 1997)");
  g_assert_cmpstr (value_of (intake_row), ==, "320 mg");
  assert_contains (mg_fact_row_get_text (MG_FACT_ROW (intake_row)), "Recommended dietary allowance");
  g_assert_true (mg_test_ui_has_label (mg_intake_page_get_tables (page), "320 mg"));
  mg_test_ui_screenshot (GTK_WIDGET (window), "intake-us");

  /* Choosing on the page stores the choice. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (mg_intake_page_get_set_row (page)), 1);
  stored = g_settings_get_string (mg_context_get_settings (mg_test_ui_get_context ()), "reference-set");
  g_assert_cmpstr (stored, ==, "efsa");
  g_assert_cmpstr (mg_intake_page_get_heading (page), ==, "European Food Safety Authority (EFSA 2015)");

  use_set ("nl");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_intake_months_and_bad_age (void)
{
  MgWindow *window;
  MgIntakePerson *person;
  MgNumberRow *age;
  const char *bad[] = { "abc", "-1", "", "2,5" };

  use_set ("nl");
  window = show_window (1100);
  person = get_person (window);
  age = MG_NUMBER_ROW (mg_intake_person_get_age_row (person));

  mg_intake_person_set_person (person, "8", MG_AGE_UNIT_MONTHS, "male", "none");
  g_assert_cmpstr (value_of (mg_intake_person_get_intake_row (person)), ==, "80 mg");
  g_assert_cmpstr (value_of (mg_intake_person_get_limit_row (person, "us")), ==, "None set");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      mg_number_row_set_text (age, bad[i]);
      g_assert_nonnull (mg_number_row_get_message (age));
      g_assert_cmpstr (mg_number_row_get_text (age), ==, bad[i]);
      g_assert_cmpstr (value_of (mg_intake_person_get_intake_row (person)), ==, "—");
    }

  /* 200 years is refused; 200 months is a 16-year-old. */
  mg_intake_person_set_person (person, "200", MG_AGE_UNIT_YEARS, "male", "none");
  g_assert_false (mg_number_row_get_valid (age));
  mg_intake_person_set_person (person, "200", MG_AGE_UNIT_MONTHS, "male", "none");
  g_assert_true (mg_number_row_get_valid (age));
  g_assert_cmpstr (value_of (mg_intake_person_get_intake_row (person)), ==, "350 mg");

  /* Pregnancy for a man is refused with the engine's message. */
  mg_intake_person_set_person (person, "30", MG_AGE_UNIT_YEARS, "male", "pregnant");
  assert_contains (mg_fact_row_get_text (MG_FACT_ROW (mg_intake_person_get_intake_row (person))), "female");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_intake_narrow (void)
{
  MgWindow *window;

  use_set ("nl");
  window = show_window (360);
  mg_intake_person_set_person (get_person (window), "3", MG_AGE_UNIT_YEARS, "female", "none");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  mg_test_ui_screenshot (GTK_WIDGET (window), "intake-narrow");

  mg_test_ui_set_dark (TRUE);
  mg_test_ui_screenshot (GTK_WIDGET (window), "intake-narrow-dark");
  mg_test_ui_set_dark (FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/intake/three-year-old", test_intake_three_year_old);
  g_test_add_func ("/intake/switch-set", test_intake_switch_set);
  g_test_add_func ("/intake/months-and-bad-age", test_intake_months_and_bad_age);
  g_test_add_func ("/intake/narrow", test_intake_narrow);

  return g_test_run ();
}
