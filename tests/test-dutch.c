/* test-dutch.c — run with LANGUAGE=nl: the window speaks Dutch, search
 * and the interaction checker included
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-check-result.h"
#include "mg-checker-page.h"
#include "mg-generic-name-view.h"
#include "mg-medicine-page.h"
#include "mg-salts-page.h"
#include "mg-search-page.h"
#include "mg-test-ui-utils.h"

static void
test_dutch_welcome (void)
{
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), 960, 680);

  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (window), "Welkom bij Magnesiumgids"));
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (window), "Geen medisch advies"));
  g_assert_false (mg_test_ui_has_label (GTK_WIDGET (window), "Welcome to Magnesium Guide"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Magnesiumgids");
  mg_test_ui_screenshot (GTK_WIDGET (window), "search-welcome-nl-960");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Typing "ciprofloxacine" finds the medicine, and Enter shows the
 * quinolone interaction with its hours. */
static void
search_ciprofloxacine (int width)
{
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), width, 720);
  MgSearchPage *search = MG_SEARCH_PAGE (mg_window_get_page (window, "search"));
  GtkWidget *medicine;
  g_autofree char *name = NULL;

  mg_test_ui_search (window, "ciprofloxacine");
  g_assert_cmpuint (mg_search_page_get_n_results (search), >, 0);
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (search), "Geneesmiddelen"));
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (search), "ciprofloxacine"));
  name = g_strdup_printf ("search-results-nl-%d", width);
  mg_test_ui_screenshot (GTK_WIDGET (window), name);

  g_signal_emit_by_name (mg_test_ui_get_search_entry (window), "activate");
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "medicine");
  medicine = mg_window_get_page (window, "medicine");
  g_assert_cmpstr (mg_medicine_page_get_id (MG_MEDICINE_PAGE (medicine)), ==, "ciprofloxacin");
  g_assert_true (mg_test_ui_has_label_containing (medicine, "Chinolonen"));
  g_assert_true (mg_test_ui_has_label (medicine, "Neem het geneesmiddel minstens 2 uur vóór of minstens 6 uur na magnesium in."));
  g_assert_true (mg_test_ui_has_label (medicine, "Matig"));
  g_free (name);
  name = g_strdup_printf ("medicine-nl-%d", width);
  mg_test_ui_screenshot (GTK_WIDGET (window), name);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_dutch_search_wide (void)
{
  search_ciprofloxacine (960);
}

static void
test_dutch_search_narrow (void)
{
  search_ciprofloxacine (360);
}

static void
add (GtkWidget  *page,
     const char *name)
{
  GtkWidget *entry = mg_test_ui_find_by_type (page, ADW_TYPE_ENTRY_ROW, NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  g_signal_emit_by_name (entry, "entry-activated");
}

static void
checker (int width)
{
  MgContext *context = mg_test_ui_get_context ();
  MgWindow *window;
  GtkWidget *page;
  GListModel *results;
  g_autofree char *name = NULL;

  mg_test_ui_clear_medicines (context);
  window = mg_test_ui_show_window (context, width, 900);
  mg_window_set_visible_page (window, "interactions");
  page = mg_window_get_page (window, "interactions");
  results = mg_checker_page_get_results (MG_CHECKER_PAGE (page));

  add (page, "levothyroxine");
  add (page, "dolutegravir");
  add (page, "Onbekendine");
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 3);
  {
    g_autoptr(MgCheckResult) first = g_list_model_get_item (results, 0);
    g_autoptr(MgCheckResult) second = g_list_model_get_item (results, 1);
    g_autoptr(MgCheckResult) last = g_list_model_get_item (results, 2);

    g_assert_cmpstr (mg_check_result_get_name (first), ==, "dolutegravir");
    g_assert_cmpstr (mg_check_result_get_name (second), ==, "levothyroxine");
    g_assert_cmpstr (mg_check_result_get_severity (last), ==, "not-found");
  }
  g_assert_true (mg_test_ui_has_label (page, "Ernstig"));
  g_assert_true (mg_test_ui_has_label (page, "Matig"));
  g_assert_true (mg_test_ui_has_label (page, "Niet in deze kennisbank"));
  g_assert_true (mg_test_ui_has_label_containing (page, "Hiv-integraseremmers"));
  g_assert_true (mg_test_ui_has_label (page, "Neem het geneesmiddel minstens 2 uur vóór of minstens 6 uur na magnesium in."));
  name = g_strdup_printf ("checker-nl-%d", width);
  mg_test_ui_screenshot (GTK_WIDGET (window), name);

  mg_test_ui_clear_medicines (context);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_dutch_checker_wide (void)
{
  checker (960);
}

static void
test_dutch_checker_narrow (void)
{
  checker (360);
}

static void
test_dutch_record (void)
{
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), 960, 720);

  /* A caution opens on the Background page, where it is listed. */
  g_assert_true (mg_window_show_record (window, "caution", "dehydration"));
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "facts");
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (window), "Contra-indicatie"));
  mg_test_ui_screenshot (GTK_WIDGET (window), "record-nl-960");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A salt's plain name says in Dutch what it stands for, and the form it
 * stands for says so on its own page. */
static void
test_dutch_salt_names (void)
{
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), 360, 720);
  GtkWidget *record;
  GtkWidget *view;
  GtkWidget *detail;

  mg_test_ui_search_and_open (window, "magnesiumcitraat", "generic-name");
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "record");
  record = mg_window_get_page (window, "record");
  view = mg_test_ui_find_by_type (record, MG_TYPE_GENERIC_NAME_VIEW, NULL);
  g_assert_nonnull (view);
  mg_test_ui_wait_for_mapped (view);
  g_assert_true (mg_test_ui_has_label_containing (view, "“Magnesiumcitraat” is niet eenduidig"));
  g_assert_true (mg_test_ui_has_label_containing (view, "Kijk welke formule op het etiket staat"));
  g_assert_true (mg_test_ui_has_label (view, "Vormen die ermee bedoeld kunnen zijn"));
  g_assert_nonnull (mg_test_ui_find_row (view, "Trimagnesiumdicitraatnonahydraat"));
  g_assert_false (mg_test_ui_has_label_containing (view, "stands for"));
  mg_test_ui_screenshot (GTK_WIDGET (window), "salt-name-citrate-nl-360");

  /* The record page builds a new view for each name it shows. */
  mg_test_ui_search_and_open (window, "magnesiumsulfaat", "generic-name");
  view = mg_test_ui_find_by_type (record, MG_TYPE_GENERIC_NAME_VIEW, NULL);
  g_assert_nonnull (view);
  mg_test_ui_wait_for_mapped (view);
  g_assert_true (mg_test_ui_has_label_containing (view, "“Magnesiumsulfaat” staat voor Magnesiumsulfaatheptahydraat"));
  g_assert_true (mg_test_ui_has_label_containing (view, "De vorm waarvoor deze naam staat"));
  mg_test_ui_screenshot (GTK_WIDGET (window), "salt-name-sulfate-nl-360");

  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (
    mg_generic_name_view_get_forms_list (MG_GENERIC_NAME_VIEW (view)), 0)));
  mg_test_ui_await (g_strcmp0 (mg_window_get_visible_page (window), "salts") == 0);
  detail = mg_salts_page_get_detail (MG_SALTS_PAGE (mg_window_get_page (window, "salts")));
  mg_test_ui_wait_for_mapped (detail);
  g_assert_true (mg_test_ui_has_label (detail, "“Magnesiumsulfaat” op een etiket betekent deze vorm."));
  mg_test_ui_screenshot (GTK_WIDGET (window), "salt-sulfate-plain-name-nl-360");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/dutch/welcome", test_dutch_welcome);
  g_test_add_func ("/dutch/search-wide", test_dutch_search_wide);
  g_test_add_func ("/dutch/search-narrow", test_dutch_search_narrow);
  g_test_add_func ("/dutch/checker-wide", test_dutch_checker_wide);
  g_test_add_func ("/dutch/checker-narrow", test_dutch_checker_narrow);
  g_test_add_func ("/dutch/record", test_dutch_record);
  g_test_add_func ("/dutch/salt-names", test_dutch_salt_names);

  return g_test_run ();
}
