/* test-kb-pages.c — conditions, foods, lab values, sources, background
 * and "about this knowledge base", driven through the real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mg-about-kb-page.h"
#include "mg-conditions-page.h"
#include "mg-fact-row.h"
#include "mg-facts-page.h"
#include "mg-foods-page.h"
#include "mg-lab-page.h"
#include "mg-number-row.h"
#include "mg-number.h"
#include "mg-sources-page.h"
#include "mg-test-ui-utils.h"
#include "mg-window.h"

static MgWindow *
show_window (const char *page,
             int         width)
{
  MgWindow *window = mg_window_new (NULL, mg_test_ui_get_context ());

  gtk_window_set_default_size (GTK_WINDOW (window), width, 760);
  gtk_window_present (GTK_WINDOW (window));
  mg_window_set_visible_page (window, page);
  mg_test_ui_wait_for_mapped (mg_window_get_page (window, page));

  return window;
}

static const char *
value_of (GtkWidget *row)
{
  return mg_fact_row_get_value (MG_FACT_ROW (row));
}

static char *
serum (double      value,
       MgSerumUnit unit)
{
  g_autofree char *number = mg_number_format_fixed (value, 2);

  return g_strdup_printf ("%s %s", number, mg_serum_unit_to_string (unit));
}

/* 0,7 and 0.7 mmol/L give the same mg/dL and mEq/L as the engine's
 * conversion, and the band of the chosen reference range. */
static void
test_lab_converter (void)
{
  MgWindow *window = show_window ("lab", 1100);
  MgLabPage *page = MG_LAB_PAGE (mg_window_get_page (window, "lab"));
  MgNumberRow *value = MG_NUMBER_ROW (mg_lab_page_get_value_row (page));
  g_autofree char *mgdl = serum (mg_units_convert_serum (0.7, MG_SERUM_UNIT_MMOL_L, MG_SERUM_UNIT_MG_DL), MG_SERUM_UNIT_MG_DL);
  g_autofree char *meq = serum (mg_units_convert_serum (0.7, MG_SERUM_UNIT_MMOL_L, MG_SERUM_UNIT_MEQ_L), MG_SERUM_UNIT_MEQ_L);
  const char *texts[] = { "0,7", "0.7" };

  g_assert_cmpstr (mgdl, ==, "1.70 mg/dL");
  g_assert_cmpstr (meq, ==, "1.40 mEq/L");
  mg_lab_page_set_range (page, "normal-adult");

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      mg_lab_page_set_result (page, texts[i], MG_SERUM_UNIT_MMOL_L);
      g_assert_true (mg_number_row_get_valid (value));
      g_assert_cmpstr (value_of (mg_lab_page_get_unit_row (page, MG_SERUM_UNIT_MG_DL)), ==, mgdl);
      g_assert_cmpstr (value_of (mg_lab_page_get_unit_row (page, MG_SERUM_UNIT_MEQ_L)), ==, meq);
      g_assert_cmpint (mg_lab_page_get_band (page), ==, MG_LAB_BAND_NORMAL);
      g_assert_cmpstr (value_of (mg_lab_page_get_band_row (page)), ==, "Normal");
    }

  /* 0.5 mmol/L is low, with the symptoms the knowledge base lists. */
  mg_lab_page_set_result (page, "0,5", MG_SERUM_UNIT_MMOL_L);
  g_assert_cmpint (mg_lab_page_get_band (page), ==, MG_LAB_BAND_LOW);
  g_assert_cmpstr (value_of (mg_lab_page_get_band_row (page)), ==, "Low");
  g_assert_cmpuint (mg_lab_page_get_meanings (page)->len, >, 0);
  /* The sources put "low" at other levels: both, and the app's choice. */
  g_assert_nonnull (mg_test_ui_find_row (GTK_WIDGET (page), "Thresholds for low magnesium differ between sources"));
  g_assert_nonnull (mg_test_ui_find_row (GTK_WIDGET (page), "Normal ranges differ between sources"));
  mg_test_ui_screenshot (GTK_WIDGET (window), "lab-low");

  /* 2.6 mg/dL is high against the same range. */
  mg_lab_page_set_result (page, "2,6", MG_SERUM_UNIT_MG_DL);
  g_assert_cmpint (mg_lab_page_get_band (page), ==, MG_LAB_BAND_HIGH);

  /* Bad input: a message beside the field, the text kept, no figures. */
  mg_lab_page_set_result (page, "0,7,1", MG_SERUM_UNIT_MMOL_L);
  g_assert_nonnull (mg_number_row_get_message (value));
  g_assert_cmpstr (mg_number_row_get_text (value), ==, "0,7,1");
  g_assert_cmpstr (value_of (mg_lab_page_get_unit_row (page, MG_SERUM_UNIT_MG_DL)), ==, "—");
  g_assert_cmpint (mg_lab_page_get_band (page), ==, MG_LAB_BAND_NONE);
  mg_test_ui_screenshot (GTK_WIDGET (window), "lab-bad-input");

  /* A disagreement found by the search opens here, listed with its
   * sources even without a result. */
  mg_window_set_visible_page (window, "search");
  g_assert_true (mg_window_show_record (window, "serum-disagreement", "high-magnesium-signs"));
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "lab");
  g_assert_nonnull (mg_test_ui_find_row (GTK_WIDGET (page), "Signs of high magnesium: the levels differ by source"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_conditions_filter (void)
{
  MgWindow *window = show_window ("conditions", 1100);
  MgConditionsPage *page = MG_CONDITIONS_PAGE (mg_window_get_page (window, "conditions"));
  GListModel *model = mg_conditions_page_get_model (page);
  guint all = g_list_model_get_n_items (model);

  g_assert_cmpuint (all, >, 0);
  mg_conditions_page_set_filter (page, "effective");
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, all);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MgCondition) condition = g_list_model_get_item (model, i);
      g_autoptr(MgRating) first = g_list_model_get_item (mg_condition_get_ratings (condition), 0);

      g_assert_cmpstr (mg_rating_get_value (first), ==, "effective");
    }

  /* A search result opens even when the filter hides it. */
  g_assert_true (mg_window_show_record (window, "condition", "depression"));
  g_assert_cmpstr (mg_condition_get_id (mg_conditions_page_get_condition (page)), ==, "depression");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);
  g_assert_true (mg_test_ui_has_label (mg_conditions_page_get_detail (page), "Insufficient evidence"));

  g_assert_true (mg_window_show_record (window, "condition", "migraine"));
  g_assert_true (mg_test_ui_has_label (mg_conditions_page_get_detail (page), "Effective"));
  /* The doses with their amounts, the daily magnesium and, above the upper
   * limit, the warning: what the CLI prints, in the window too. */
  g_assert_true (mg_test_ui_has_label_containing (mg_conditions_page_get_detail (page),
                                                  "24 mmol of magnesium a day, as Trimagnesium dicitrate, in 1 intake a day"));
  g_assert_true (mg_test_ui_has_label (mg_conditions_page_get_detail (page), "583.3 mg a day"));
  g_assert_true (mg_test_ui_has_label (mg_conditions_page_get_detail (page), "360–600 mg a day"));
  g_assert_true (mg_test_ui_has_label_containing (mg_conditions_page_get_detail (page),
                                                  "360 mg of magnesium a day, as Magnesium pidolate, in 3 intakes a day"));
  g_assert_true (mg_test_ui_has_label_containing (mg_conditions_page_get_detail (page),
                                                  "Above the upper limit of 250 mg a day for supplements"));
  mg_test_ui_screenshot (GTK_WIDGET (window), "conditions-migraine");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_foods_sort_and_search (void)
{
  MgWindow *window = show_window ("foods", 1100);
  MgFoodsPage *page = MG_FOODS_PAGE (mg_window_get_page (window, "foods"));
  GListModel *model = mg_foods_page_get_model (page);
  g_autoptr(MgFood) first = g_list_model_get_item (model, 0);
  double previous = G_MAXDOUBLE;

  g_assert_cmpstr (mg_food_get_id (first), ==, "pumpkin-seeds-dried");
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MgFood) food = g_list_model_get_item (model, i);

      g_assert_cmpfloat (mg_food_get_mg_per_100g (food), <=, previous);
      previous = mg_food_get_mg_per_100g (food);
    }

  /* Case and accents do not matter. */
  mg_foods_page_set_search (page, "SPINACH");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  mg_foods_page_set_search (page, "no such food");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  mg_foods_page_set_search (page, NULL);

  mg_foods_page_set_sort (page, MG_FOODS_SORT_PER_PORTION);
  g_clear_object (&first);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpfloat (mg_food_get_mg_per_portion (first), >=, 0.0);

  g_assert_true (mg_window_show_record (window, "food", "almonds"));
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  mg_test_ui_screenshot (GTK_WIDGET (window), "foods-almonds");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
show_record_action_done (gpointer data)
{
  return g_strcmp0 (mg_window_get_visible_page (MG_WINDOW (data)), "intake") == 0;
}

/* Search, a source's details, and from what cites it to that record. */
static void
test_sources (void)
{
  MgWindow *window = show_window ("sources", 1100);
  MgSourcesPage *page = MG_SOURCES_PAGE (mg_window_get_page (window, "sources"));
  GListModel *model = mg_sources_page_get_model (page);
  GtkListBox *citing;
  GtkListBoxRow *first_row;
  guint all = g_list_model_get_n_items (model);

  mg_sources_page_set_search (page, "efsa");
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), <, all);
  mg_sources_page_set_search (page, "");

  g_assert_true (mg_window_show_record (window, "source", "efsa-2015"));
  g_assert_cmpstr (mg_source_get_id (mg_sources_page_get_source (page)), ==, "efsa-2015");
  g_assert_cmpuint (g_list_model_get_n_items (mg_sources_page_get_citing (page)), >, 0);
  mg_test_ui_screenshot (GTK_WIDGET (window), "sources-efsa");

  /* Its first citing record is the EFSA table: activating it opens the
   * daily amounts page. */
  citing = GTK_LIST_BOX (mg_sources_page_get_citing_list (page));
  first_row = gtk_list_box_get_row_at_index (citing, 0);
  g_assert_nonnull (first_row);
  gtk_widget_activate (GTK_WIDGET (first_row));
  mg_test_ui_wait_until (show_record_action_done, window);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_about_and_facts (void)
{
  MgWindow *window = show_window ("about-kb", 1100);
  MgAboutKbPage *about = MG_ABOUT_KB_PAGE (mg_window_get_page (window, "about-kb"));
  g_autofree char *edition = mg_kb_dup_meta (mg_context_get_kb (mg_test_ui_get_context ()), "edition", NULL);
  g_autoptr(GListModel) sources = mg_kb_list_sources (mg_context_get_kb (mg_test_ui_get_context ()), NULL);
  g_autofree char *count = g_strdup_printf ("%u", g_list_model_get_n_items (sources));
  g_autoptr(GListModel) brands = NULL;
  g_autofree char *brand_count = NULL;
  GtkWidget *row;

  g_assert_true (mg_test_ui_has_label (mg_about_kb_page_get_content (about), edition));
  g_assert_true (mg_test_ui_has_label (mg_about_kb_page_get_content (about), count));
  brands = mg_kb_list_brands (mg_context_get_kb (mg_test_ui_get_context ()), NULL);
  brand_count = g_strdup_printf ("%u", g_list_model_get_n_items (brands));
  g_assert_cmpuint (g_list_model_get_n_items (brands), >, 0);
  g_assert_cmpstr (mg_fact_row_get_value (MG_FACT_ROW (mg_test_ui_find_row (mg_about_kb_page_get_content (about),
                                                                            "Products as sold"))), ==, brand_count);
  g_assert_true (mg_test_ui_has_label (mg_about_kb_page_get_content (about), "2015"));
  mg_test_ui_screenshot (GTK_WIDGET (window), "about-kb");

  g_assert_true (mg_window_show_record (window, "caution", "severe-renal-impairment"));
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "facts");
  row = mg_facts_page_get_row (MG_FACTS_PAGE (mg_window_get_page (window, "facts")), "caution", "severe-renal-impairment");
  g_assert_nonnull (row);
  g_assert_true (mg_window_show_record (window, "fact", "absorption-salts"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/kb-pages/lab-converter", test_lab_converter);
  g_test_add_func ("/kb-pages/conditions-filter", test_conditions_filter);
  g_test_add_func ("/kb-pages/foods", test_foods_sort_and_search);
  g_test_add_func ("/kb-pages/sources", test_sources);
  g_test_add_func ("/kb-pages/about-and-facts", test_about_and_facts);

  return g_test_run ();
}
