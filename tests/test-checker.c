/* test-checker.c — the interaction checker and the medicine page
 * (run with GTK_A11Y=test)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "mg-check-result.h"
#include "mg-checker-page.h"
#include "mg-interaction-card.h"
#include "mg-kb.h"
#include "mg-medicine-list-editor.h"
#include "mg-medicine-page.h"
#include "mg-product-card.h"
#include "mg-sources-view.h"
#include "mg-test-ui-utils.h"

static MgCheckerPage *
open_checker (MgWindow *window)
{
  mg_window_set_visible_page (window, "interactions");
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "interactions");

  return MG_CHECKER_PAGE (mg_window_get_page (window, "interactions"));
}

static void
add (MgCheckerPage *page,
     const char    *name)
{
  GtkWidget *entry = mg_test_ui_find_by_type (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, NULL);

  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  g_signal_emit_by_name (entry, "entry-activated");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

static MgCheckResult *
result_at (MgCheckerPage *page,
           guint          position)
{
  MgCheckResult *result = g_list_model_get_item (mg_checker_page_get_results (page), position);

  g_assert_nonnull (result);
  return result;
}

/* The cards in the order they are shown. */
static GPtrArray *
cards (GtkWidget *root)
{
  GPtrArray *found = g_ptr_array_new ();
  GPtrArray *todo = g_ptr_array_new ();

  g_ptr_array_add (todo, root);
  while (todo->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (todo, 0);
      guint at = 0;

      if (MG_IS_INTERACTION_CARD (widget) && gtk_widget_get_visible (widget))
        g_ptr_array_add (found, widget);
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_insert (todo, at++, child);
    }
  g_ptr_array_unref (todo);

  return found;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_sorted_by_severity (void)
{
  MgContext *context = mg_test_ui_get_context ();
  MgWindow *window;
  MgCheckerPage *page;
  g_autoptr(GPtrArray) shown = NULL;
  g_autoptr(MgCheckResult) first = NULL;
  g_autoptr(MgCheckResult) second = NULL;
  GtkWidget *card, *row;

  mg_test_ui_clear_medicines (context);
  window = mg_test_ui_show_window (context, 960, 800);
  page = open_checker (window);

  /* Added in the other order: the major interaction still comes first. */
  add (page, "levothyroxine");
  add (page, "Tivicay");
  g_assert_cmpuint (g_list_model_get_n_items (mg_checker_page_get_results (page)), ==, 2);
  first = result_at (page, 0);
  second = result_at (page, 1);
  g_assert_cmpstr (mg_check_result_get_name (first), ==, "Tivicay");
  g_assert_cmpstr (mg_check_result_get_severity (first), ==, "major");
  g_assert_cmpstr (mg_check_result_get_name (second), ==, "levothyroxine");
  g_assert_cmpstr (mg_check_result_get_severity (second), ==, "moderate");

  shown = cards (GTK_WIDGET (page));
  g_assert_cmpuint (shown->len, ==, 2);
  card = g_ptr_array_index (shown, 0);
  g_assert_true (g_str_has_prefix (mg_interaction_card_get_title (MG_INTERACTION_CARD (card)),
                                   "Tivicay (dolutegravir) — HIV integrase inhibitors"));

  /* Severity in words and in the accessible description, never colour alone. */
  g_assert_true (mg_test_ui_has_label (card, "Major"));
  gtk_test_accessible_assert_property (card, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Severity: Major");
  row = gtk_widget_get_ancestor (card, GTK_TYPE_LIST_BOX_ROW);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Severity: Major");
  g_assert_true (mg_test_ui_has_label ((GtkWidget *) g_ptr_array_index (shown, 1), "Moderate"));

  /* Direction, what to do, hours as numbers with their own sources, evidence. */
  g_assert_true (mg_test_ui_has_label (card, "Magnesium lowers the medicine’s absorption"));
  g_assert_true (mg_test_ui_has_label (card, "Take the medicine at least 2 hours before or at least 6 hours after magnesium."));
  g_assert_true (mg_test_ui_has_label_containing (card, "Sources of the hours: "));
  g_assert_true (mg_test_ui_has_label (card, "Evidence: Strong · Route: Oral"));
  /* Where sources disagree, both and the app's choice. */
  g_assert_true (mg_test_ui_has_label_containing (card, "The app rates both major"));
  g_assert_true (mg_test_ui_has_label_containing ((GtkWidget *) g_ptr_array_index (shown, 1),
                                                  "4 hours before or at least 4 hours after"));

  mg_test_ui_screenshot (GTK_WIDGET (window), "checker-en-960");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  mg_test_ui_screenshot (GTK_WIDGET (window), "checker-en-960-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Remembered: the list is the context's, kept in the settings. */
  {
    g_auto(GStrv) saved = g_settings_get_strv (mg_context_get_settings (context), "medicines");
    g_assert_cmpstrv (saved, ((const char * const[]) { "levothyroxine", "Tivicay", NULL }));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_medicine_hours_have_own_sources (void)
{
  MgContext *context = mg_test_ui_get_context ();
  MgWindow *window;
  MgCheckerPage *page;
  g_autoptr(GPtrArray) shown = NULL;
  GtkWidget *hours;

  mg_test_ui_clear_medicines (context);
  window = mg_test_ui_show_window (context, 960, 800);
  page = open_checker (window);
  add (page, "moxifloxacin");

  /* Moxifloxacin has its own hours (4 and 8), cited by WebMD alone. */
  shown = cards (GTK_WIDGET (page));
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_true (mg_test_ui_has_label (g_ptr_array_index (shown, 0),
                                       "Take the medicine at least 4 hours before or at least 8 hours after magnesium."));
  hours = mg_test_ui_find_by_type (g_ptr_array_index (shown, 0), MG_TYPE_SOURCES_VIEW, NULL);
  g_assert_cmpstr (mg_sources_view_get_summary (MG_SOURCES_VIEW (hours)), ==, "Sources of the hours: WebMD");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_unknown_name (void)
{
  MgContext *context = mg_test_ui_get_context ();
  MgWindow *window;
  MgCheckerPage *page;
  GtkWidget *suggestion;
  GtkWidget *not_found;

  mg_test_ui_clear_medicines (context);
  window = mg_test_ui_show_window (context, 360, 720);
  page = open_checker (window);

  add (page, "Zyxoprazine");
  add (page, "ciprofloxacn");
  {
    g_autoptr(MgCheckResult) last = result_at (page, 1);
    g_assert_cmpstr (mg_check_result_get_severity (last), ==, "not-found");
  }

  /* Said, with the closest name offered; never silently dropped. */
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (page), "“Zyxoprazine” is not in this knowledge base"));
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (page), "“ciprofloxacn” is not in this knowledge base"));
  not_found = mg_test_ui_find_label (GTK_WIDGET (page), "Not in this knowledge base");
  g_assert_nonnull (not_found);
  suggestion = find_button (GTK_WIDGET (page), "ciprofloxacin");
  g_assert_nonnull (suggestion);
  gtk_test_accessible_assert_property (suggestion, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Replace “ciprofloxacn” with “ciprofloxacin”");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (page)), <=, 360);
  mg_test_ui_screenshot (GTK_WIDGET (window), "checker-unknown-en-360");

  /* The suggestion takes the misspelt name's place. */
  g_signal_emit_by_name (suggestion, "clicked");
  g_assert_cmpstr (gtk_string_list_get_string (mg_context_get_medicines (context), 1), ==, "ciprofloxacin");
  {
    g_autoptr(MgCheckResult) first = result_at (page, 0);
    g_assert_cmpstr (mg_check_result_get_name (first), ==, "ciprofloxacin");
    g_assert_nonnull (mg_check_result_get_interaction (first));
  }

  mg_test_ui_clear_medicines (context);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The shipped knowledge base lists an interaction for every medicine it
 * holds: add one without, to a copy. */
static char *
kb_with_medicine_without_interaction (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (MG_KB_RESOURCE_PATH, 0, NULL);
  g_autofree char *path = NULL;
  sqlite3 *db;
  int fd = g_file_open_tmp ("mg-test-kb-XXXXXX.sqlite", &path, NULL);

  g_assert_cmpint (fd, >=, 0);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  close (fd);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO medicine VALUES ('paracetamol', 9999, NULL);"
                                 "INSERT INTO text VALUES ('medicine:paracetamol', 'name', 'en', 'paracetamol');"
                                 "INSERT INTO name VALUES ('medicine', 'paracetamol', 'en', 'paracetamol', 'paracetamol', 1);"
                                 "INSERT INTO citation VALUES ('medicine:paracetamol', 'drugs-com');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  return g_steal_pointer (&path);
}

static void
test_no_interaction_recorded (void)
{
  g_autofree char *path = kb_with_medicine_without_interaction ();
  g_autoptr(MgContext) context = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *expected = NULL;
  MgWindow *window;
  MgCheckerPage *page;

  mg_test_ui_clear_medicines (mg_test_ui_get_context ());
  context = mg_context_new (path);
  g_assert_nonnull (mg_context_get_kb (context));
  window = mg_test_ui_show_window (context, 960, 720);
  page = open_checker (window);
  add (page, "Paracetamol");

  {
    g_autoptr(MgCheckResult) result = result_at (page, 0);
    g_assert_cmpstr (mg_check_result_get_severity (result), ==, "none");
  }

  /* The version names this knowledge base, and the words never say "safe". */
  g_assert_true (g_str_has_prefix (mg_context_get_kb_version (context), basename));
  expected = g_strdup_printf ("No interaction with magnesium is recorded for “Paracetamol” in this knowledge base "
                              "(version %s). That does not mean that they are safe together",
                              mg_context_get_kb_version (context));
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (page), expected));
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (page), "No interaction recorded"));
  mg_test_ui_screenshot (GTK_WIDGET (window), "checker-none-en-960");

  gtk_window_destroy (GTK_WINDOW (window));
  mg_test_ui_clear_medicines (context);
  g_unlink (path);
}

static void
test_medicine_page_both_languages (void)
{
  MgContext *context = mg_test_ui_get_context ();
  MgWindow *window;
  GtkWidget *page;

  mg_test_ui_clear_medicines (context);
  window = mg_test_ui_show_window (context, 960, 800);
  g_assert_true (mg_window_show_record (window, "medicine", "dolutegravir"));
  page = mg_window_get_page (window, "medicine");

  /* Names in both languages, brands, every interaction, sources. */
  g_assert_nonnull (mg_test_ui_find_row (page, "English"));
  g_assert_nonnull (mg_test_ui_find_row (page, "Dutch"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (mg_test_ui_find_row (page, "Brands"))),
                           "Tivicay"));
  {
    g_autoptr(GPtrArray) shown = cards (page);
    g_assert_cmpuint (shown->len, >=, 1);
  }
  g_assert_true (mg_test_ui_has_label_containing (page, "Source"));

  /* Add to the list from here; the button then says it is on the list. */
  g_assert_true (mg_test_ui_has_label (page, "Add to Your Medicines"));
  g_signal_emit_by_name (find_button (page, "Add to Your Medicines"), "clicked");
  g_assert_cmpstr (gtk_string_list_get_string (mg_context_get_medicines (context), 0), ==, "dolutegravir");
  g_assert_true (mg_test_ui_has_label (page, "On Your Medicine List"));

  /* A class lists its medicines, each with its own hours, and opens them. */
  g_assert_true (mg_window_show_record (window, "interaction", "quinolones"));
  g_assert_nonnull (mg_test_ui_find_row (page, "moxifloxacin"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (mg_test_ui_find_row (page, "moxifloxacin"))),
                   ==, "Take the medicine at least 4 hours before or at least 8 hours after magnesium.");
  mg_test_ui_screenshot (GTK_WIDGET (window), "class-en-960");

  mg_test_ui_clear_medicines (context);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A combination is all its ingredients: each warning names the one it
 * comes from, and the hours are the product's own cited figure. */
static void
test_combination_product (void)
{
  MgContext *context = mg_test_ui_get_context ();
  MgWindow *window;
  MgCheckerPage *page;
  GtkWidget *medicine_page;
  GtkWidget *product_card;
  g_autoptr(GPtrArray) shown = NULL;
  const char *hours = "Take the medicine at least 4 hours before or at least 6 hours after magnesium. "
                      "This is the product’s own figure.";

  mg_test_ui_clear_medicines (context);
  window = mg_test_ui_show_window (context, 960, 800);
  page = open_checker (window);
  add (page, "juluca");

  /* The list says what the name is: a product, not one of its ingredients. */
  g_assert_nonnull (mg_test_ui_find_row (GTK_WIDGET (page), "juluca"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (mg_test_ui_find_row (GTK_WIDGET (page), "juluca"))),
                   ==, "Product: dolutegravir + rilpivirine");

  shown = cards (GTK_WIDGET (page));
  g_assert_cmpuint (shown->len, ==, 2);
  g_assert_true (g_str_has_prefix (mg_interaction_card_get_title (g_ptr_array_index (shown, 0)),
                                   "Juluca, through dolutegravir — HIV integrase inhibitors"));
  g_assert_true (g_str_has_prefix (mg_interaction_card_get_title (g_ptr_array_index (shown, 1)),
                                   "Juluca, through rilpivirine — "));
  for (guint i = 0; i < shown->len; i++)
    g_assert_true (mg_test_ui_has_label (g_ptr_array_index (shown, i), hours));
  gtk_test_accessible_assert_property (g_ptr_array_index (shown, 0), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       mg_interaction_card_get_title (g_ptr_array_index (shown, 0)));
  gtk_test_accessible_assert_property (g_ptr_array_index (shown, 0), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Severity: Major");
  mg_test_ui_screenshot (GTK_WIDGET (window), "checker-product-en-960");

  /* Its page: the product as a whole, then each ingredient's warning, then
   * the ingredients, each opening its own page. Each warning offers it. */
  {
    GtkWidget *link = find_button (g_ptr_array_index (shown, 1), "Juluca as a whole: hours and notes");

    g_assert_nonnull (link);
    g_assert_true (gtk_widget_get_visible (link));
    g_signal_emit_by_name (link, "clicked");
  }
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "medicine");
  medicine_page = mg_window_get_page (window, "medicine");
  g_assert_cmpstr (mg_medicine_page_get_title (MG_MEDICINE_PAGE (medicine_page)), ==, "Juluca");
  product_card = mg_test_ui_find_by_type (medicine_page, MG_TYPE_PRODUCT_CARD, NULL);
  g_assert_nonnull (product_card);
  g_assert_cmpstr (mg_product_card_get_hours (MG_PRODUCT_CARD (product_card)), ==, hours);
  gtk_test_accessible_assert_property (product_card, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Juluca (dolutegravir + rilpivirine)");
  g_assert_true (mg_test_ui_has_label_containing (product_card, "Sources of the hours: "));
  g_assert_true (mg_test_ui_has_label_containing (product_card, "Juluca is taken with a meal."));
  {
    g_autoptr(GPtrArray) page_cards = cards (medicine_page);
    g_assert_cmpuint (page_cards->len, ==, 2);
    /* Already on the product's page: no link to itself. */
    GtkWidget *link = find_button (g_ptr_array_index (page_cards, 0), "Juluca as a whole: hours and notes");
    g_assert_true (link == NULL || !gtk_widget_get_visible (link));
  }
  g_assert_true (mg_test_ui_has_label (medicine_page, "Ingredients"));
  g_assert_nonnull (mg_test_ui_find_row (medicine_page, "rilpivirine"));
  mg_test_ui_screenshot (GTK_WIDGET (window), "product-en-960");

  g_signal_emit_by_name (mg_test_ui_find_row (medicine_page, "rilpivirine"), "activate");
  g_assert_cmpstr (mg_medicine_page_get_id (MG_MEDICINE_PAGE (medicine_page)), ==, "rilpivirine");
  /* A medicine lists the products that contain it. */
  g_assert_true (mg_test_ui_has_label (medicine_page, "Brands and Products"));
  g_assert_nonnull (mg_test_ui_find_row (medicine_page, "Juluca"));

  mg_test_ui_clear_medicines (context);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/checker/sorted-by-severity", test_sorted_by_severity);
  g_test_add_func ("/checker/medicine-hours-have-own-sources", test_medicine_hours_have_own_sources);
  g_test_add_func ("/checker/unknown-name", test_unknown_name);
  g_test_add_func ("/checker/no-interaction-recorded", test_no_interaction_recorded);
  g_test_add_func ("/checker/medicine-page", test_medicine_page_both_languages);
  g_test_add_func ("/checker/combination-product", test_combination_product);

  return g_test_run ();
}
