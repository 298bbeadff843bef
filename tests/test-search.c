/* test-search.c — search everywhere: the search page, the header's entry,
 * the detail pages it opens (run with GTK_A11Y=test)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-medicine-page.h"
#include "mg-pinned-selection.h"
#include "mg-record-page.h"
#include "mg-search-header.h"
#include "mg-search-page.h"
#include "mg-sources-page.h"
#include "mg-test-ui-utils.h"

static MgSearchPage *
search_page (MgWindow *window)
{
  return MG_SEARCH_PAGE (mg_window_get_page (window, "search"));
}

static GListModel *
results_model (MgWindow *window)
{
  GtkListView *view = GTK_LIST_VIEW (mg_search_page_get_results_view (search_page (window)));

  return G_LIST_MODEL (gtk_list_view_get_model (view));
}

/* The item at @position: a heading (GtkStringObject) or a result. */
static GObject *
item_at (MgWindow *window,
         guint     position)
{
  return g_list_model_get_item (results_model (window), position);
}

static guint
selected (MgWindow *window)
{
  return mg_pinned_selection_get_selected (MG_PINNED_SELECTION (results_model (window)));
}

static MgSearchHeader *
header (MgWindow *window)
{
  GtkWidget *found = mg_test_ui_find_by_type (GTK_WIDGET (window), MG_TYPE_SEARCH_HEADER, NULL);

  g_assert_nonnull (found);
  return MG_SEARCH_HEADER (found);
}

static void
assert_heading (MgWindow   *window,
                guint       position,
                const char *text)
{
  g_autoptr(GObject) item = item_at (window, position);

  g_assert_true (GTK_IS_STRING_OBJECT (item));
  g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), ==, text);
}

static MgSearchResult *
result_at (MgWindow *window,
           guint     position)
{
  GObject *item = item_at (window, position);

  g_assert_true (MG_IS_SEARCH_RESULT (item));
  return MG_SEARCH_RESULT (item);
}

static void
test_opens_ready_to_search (void)
{
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), 960, 680);
  GtkEditable *entry = mg_test_ui_get_search_entry (window);

  /* The first page, the welcome as its empty state, the entry ready. */
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "search");
  g_assert_true (mg_search_header_get_search_mode (header (window)));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (entry)));
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (window), "Welcome to Magnesium Guide"));
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (window), "Not Medical Advice"));
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_LABEL, "Search the knowledge base");
  mg_test_ui_screenshot (GTK_WIDGET (window), "search-welcome-en-960");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_grouped_best_first (void)
{
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), 960, 680);
  g_autoptr(MgSearchResult) first = NULL;
  g_autoptr(MgSearchResult) brand = NULL;

  /* A prefix: medicines first, each group headed by its kind. */
  mg_test_ui_search (window, "cipro");
  g_assert_cmpuint (mg_search_page_get_n_results (search_page (window)), >, 0);
  assert_heading (window, 0, "Medicines");
  first = result_at (window, 1);
  g_assert_cmpstr (mg_search_result_get_id (first), ==, "ciprofloxacin");
  g_assert_cmpuint (selected (window), ==, 1);
  mg_test_ui_screenshot (GTK_WIDGET (window), "search-results-en-960");

  /* A brand shows which medicine it is. */
  mg_test_ui_search (window, "Tivicay");
  brand = result_at (window, 1);
  g_assert_cmpstr (mg_search_result_get_id (brand), ==, "dolutegravir");
  g_assert_cmpstr (mg_search_result_get_matched_name (brand), ==, "Tivicay");
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (window), "Tivicay — dolutegravir"));
  /* The row a screen reader lands on says the kind and the name. */
  {
    GtkWidget *label = mg_test_ui_find_label (GTK_WIDGET (window), "Tivicay — dolutegravir");
    GtkWidget *row = gtk_widget_get_parent (gtk_widget_get_parent (label));

    gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, "Medicine: Tivicay — dolutegravir");
  }

  /* A combination product under its own heading, with what it contains. */
  mg_test_ui_search (window, "Juluca");
  assert_heading (window, 0, "Brands and Products");
  {
    g_autoptr(MgSearchResult) product = result_at (window, 1);
    g_assert_cmpstr (mg_search_result_get_kind (product), ==, "product");
    g_assert_cmpstr (mg_search_result_get_id (product), ==, "juluca");
  }
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (window), "dolutegravir + rilpivirine"));

  /* Substring of a Dutch name, case and accents ignored. */
  mg_test_ui_search (window, "FLOXACINE");
  g_assert_cmpuint (mg_search_page_get_n_results (search_page (window)), >=, 5);
  mg_test_ui_search (window, "citraat");
  {
    g_autoptr(MgSearchResult) salt = result_at (window, 1);
    g_assert_cmpstr (mg_search_result_get_kind (salt), ==, "compound");
  }

  /* Sources are found too, under their own heading. */
  mg_test_ui_search (window, "Arora");
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (window), "Sources"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keyboard_moves_and_opens (void)
{
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), 960, 680);
  MgMedicinePage *medicine;
  guint second;

  mg_test_ui_search (window, "floxacin");
  g_assert_cmpuint (selected (window), ==, 1);

  /* Down moves over results only; Up comes back; neither leaves the list. */
  g_signal_emit_by_name (header (window), "move", 1);
  second = selected (window);
  g_assert_cmpuint (second, >, 1);
  {
    g_autoptr(GObject) item = item_at (window, second);
    g_assert_true (MG_IS_SEARCH_RESULT (item));
  }
  g_signal_emit_by_name (header (window), "move", -1);
  g_assert_cmpuint (selected (window), ==, 1);
  g_signal_emit_by_name (header (window), "move", -1);
  g_assert_cmpuint (selected (window), ==, 1);

  /* Enter opens the selected result: a medicine opens its interactions. */
  g_signal_emit_by_name (header (window), "move", 1);
  {
    g_autoptr(GObject) item = item_at (window, selected (window));
    g_autofree char *id = g_strdup (mg_search_result_get_id (MG_SEARCH_RESULT (item)));

    g_signal_emit_by_name (mg_test_ui_get_search_entry (window), "activate");
    g_assert_cmpstr (mg_window_get_visible_page (window), ==, "medicine");
    medicine = MG_MEDICINE_PAGE (mg_window_get_page (window, "medicine"));
    g_assert_cmpstr (mg_medicine_page_get_id (medicine), ==, id);
  }
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (medicine), "Quinolone antibiotics"));
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (medicine), "hours before"));
  mg_test_ui_screenshot (GTK_WIDGET (window), "medicine-en-960");

  /* Back (Alt+Left) returns to the results, the query kept. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.go-back", NULL));
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "search");
  g_assert_cmpstr (mg_search_page_get_query (search_page (window)), ==, "floxacin");

  /* Enter with nothing moved opens the best result. */
  mg_test_ui_search (window, "ciprofloxacin");
  g_signal_emit_by_name (mg_test_ui_get_search_entry (window), "activate");
  g_assert_cmpstr (mg_medicine_page_get_id (medicine), ==, "ciprofloxacin");
  g_assert_cmpstr (mg_medicine_page_get_title (medicine), ==, "ciprofloxacin");

  /* Escape closes the search and clears it. */
  g_signal_emit_by_name (mg_test_ui_get_search_entry (window), "stop-search");
  g_assert_false (mg_search_header_get_search_mode (header (window)));
  g_assert_cmpstr (gtk_editable_get_text (mg_test_ui_get_search_entry (window)), ==, "");

  /* Ctrl+F opens it again, with the keyboard in it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.search", NULL));
  g_assert_true (mg_search_header_get_search_mode (header (window)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (mg_test_ui_get_search_entry (window))) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (mg_test_ui_get_search_entry (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_no_result_suggests (void)
{
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), 960, 680);
  MgSearchPage *page = search_page (window);
  GtkWidget *row;

  mg_test_ui_search (window, "ciprofloxaxin");
  g_assert_cmpuint (mg_search_page_get_n_results (page), ==, 0);
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (page), "Nothing in this knowledge base matches “ciprofloxaxin”"));
  row = mg_test_ui_find_row (GTK_WIDGET (page), "ciprofloxacin");
  g_assert_nonnull (row);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Medicine");
  mg_test_ui_screenshot (GTK_WIDGET (window), "search-none-en-960");

  /* A suggestion opens its record. */
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "medicine");

  /* Nothing close: said so, no suggestion offered. */
  mg_test_ui_search (window, "qwxqwxqwx");
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "search");
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (page), "no name in it is close"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_generic_record (void)
{
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), 960, 680);
  MgRecordPage *record;

  /* A source opens on the sources page, a caution on the Background
   * page; Back walks them in reverse, then to the search. */
  mg_test_ui_search (window, "Arora");
  g_signal_emit_by_name (mg_test_ui_get_search_entry (window), "activate");
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "sources");
  g_assert_cmpstr (mg_source_get_id (mg_sources_page_get_source (MG_SOURCES_PAGE (mg_window_get_page (window, "sources")))),
                   ==, "arora-2025");

  g_assert_true (mg_window_show_record (window, "caution", "dehydration"));
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "facts");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.go-back", NULL));
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "sources");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.go-back", NULL));
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "search");

  /* The generic detail, for a kind no page claims: text and sources. */
  mg_window_set_visible_page (window, "record");
  record = MG_RECORD_PAGE (mg_window_get_page (window, "record"));
  mg_page_show_record (MG_PAGE (record), "caution", "dehydration");
  g_assert_cmpstr (mg_record_page_get_kind (record), ==, "caution");
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (record), "Source"));
  mg_test_ui_screenshot (GTK_WIDGET (window), "record-en-960");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_typing_elsewhere_searches (void)
{
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), 960, 680);

  mg_window_set_visible_page (window, "interactions");
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "interactions");
  mg_test_ui_search (window, "levothyroxine");
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "search");
  g_assert_cmpuint (mg_search_page_get_n_results (search_page (window)), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_narrow (void)
{
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), 360, 640);
  AdwLeaflet *leaflet = ADW_LEAFLET (mg_test_ui_find_by_type (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  mg_test_ui_screenshot (GTK_WIDGET (window), "search-welcome-en-360");
  mg_test_ui_search (window, "magnesium citrate");
  g_assert_cmpuint (mg_search_page_get_n_results (search_page (window)), >, 0);
  g_assert_cmpint (gtk_widget_get_width (mg_search_page_get_results_view (search_page (window))), <=, 360);
  mg_test_ui_screenshot (GTK_WIDGET (window), "search-results-en-360");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  mg_test_ui_screenshot (GTK_WIDGET (window), "search-results-en-360-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  g_signal_emit_by_name (mg_test_ui_get_search_entry (window), "activate");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  mg_test_ui_screenshot (GTK_WIDGET (window), "record-en-360");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/search/opens-ready-to-search", test_opens_ready_to_search);
  g_test_add_func ("/search/grouped-best-first", test_grouped_best_first);
  g_test_add_func ("/search/keyboard-moves-and-opens", test_keyboard_moves_and_opens);
  g_test_add_func ("/search/no-result-suggests", test_no_result_suggests);
  g_test_add_func ("/search/generic-record", test_generic_record);
  g_test_add_func ("/search/typing-elsewhere-searches", test_typing_elsewhere_searches);
  g_test_add_func ("/search/narrow", test_narrow);

  return g_test_run ();
}
