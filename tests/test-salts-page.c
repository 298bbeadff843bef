/* test-salts-page.c — the salts list, a salt's page, its calculator and
 * the comparison, driven through the real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "mg-dose-rules.h"
#include "mg-fact-row.h"
#include "mg-format.h"
#include "mg-number-row.h"
#include "mg-pinned-selection.h"
#include "mg-salt-calculator.h"
#include "mg-salt-compare.h"
#include "mg-salt-detail.h"
#include "mg-salts-page.h"
#include "mg-test-ui-utils.h"
#include "mg-window.h"

static MgWindow *
show_window (int width)
{
  MgWindow *window = mg_window_new (NULL, mg_test_ui_get_context ());

  gtk_window_set_default_size (GTK_WINDOW (window), width, 720);
  gtk_window_present (GTK_WINDOW (window));
  mg_window_set_visible_page (window, "salts");
  mg_test_ui_wait_for_mapped (mg_window_get_page (window, "salts"));

  return window;
}

static MgSaltCalculator *
open_salt (MgWindow   *window,
           const char *id)
{
  MgSaltsPage *page = MG_SALTS_PAGE (mg_window_get_page (window, "salts"));
  MgSaltDetail *detail = MG_SALT_DETAIL (mg_salts_page_get_detail (page));

  g_assert_true (mg_window_show_record (window, "compound", id));
  g_assert_cmpstr (mg_compound_get_id (mg_salt_detail_get_compound (detail)), ==, id);
  mg_test_ui_wait_for_mapped (GTK_WIDGET (detail));

  return MG_SALT_CALCULATOR (mg_salt_detail_get_calculator (detail));
}

static gboolean
shows_oxide (gpointer data)
{
  return mg_test_ui_has_label (GTK_WIDGET (data), "Magnesium oxide");
}

static double
fraction_of (const char *id)
{
  g_autoptr(MgCompound) compound = mg_kb_lookup_compound (mg_context_get_kb (mg_test_ui_get_context ()), id, NULL);

  g_assert_nonnull (compound);
  return mg_compound_get_elemental_fraction (compound);
}

/* The list as drawn, sorted by elemental magnesium, starts with the oxide
 * (60.3 %), and every row carries an accessible name. */
static void
test_salts_sorted_by_elemental (void)
{
  MgWindow *window = show_window (1100);
  MgSaltsPage *page = MG_SALTS_PAGE (mg_window_get_page (window, "salts"));
  GListModel *model = mg_salts_page_get_model (page);
  g_autoptr(MgCompound) first = g_list_model_get_item (model, 0);
  GtkWidget *list = mg_test_ui_find_by_type (GTK_WIDGET (page), GTK_TYPE_LIST_VIEW, "navigation-sidebar");
  double previous = 1.0;

  g_assert_cmpstr (mg_compound_get_id (first), ==, "oxide");
  mg_test_ui_wait_until (shows_oxide, list);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MgCompound) compound = g_list_model_get_item (model, i);

      g_assert_cmpfloat (mg_compound_get_elemental_fraction (compound), <=, previous);
      previous = mg_compound_get_elemental_fraction (compound);
    }

  /* Other orders keep every salt. */
  mg_salts_page_set_sort (page, MG_SALTS_SORT_NAME);
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(MgCompound) a = g_list_model_get_item (model, i - 1);
      g_autoptr(MgCompound) b = g_list_model_get_item (model, i);
      g_autofree char *fa = g_utf8_casefold (mg_compound_get_name (a), -1);
      g_autofree char *fb = g_utf8_casefold (mg_compound_get_name (b), -1);

      g_assert_cmpint (g_utf8_collate (fa, fb), <=, 0);
    }
  mg_salts_page_set_sort (page, MG_SALTS_SORT_ABSORPTION);
  g_clear_object (&first);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpstr (mg_compound_get_kind (first), ==, "organic");
  mg_test_ui_screenshot (GTK_WIDGET (window), "salts-list-absorption");
  mg_salts_page_set_sort (page, MG_SALTS_SORT_ELEMENTAL);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_salts_calculator_oxide (void)
{
  MgWindow *window = show_window (1100);
  MgSaltCalculator *calculator = open_salt (window, "oxide");
  MgNumberRow *salt = MG_NUMBER_ROW (mg_salt_calculator_get_salt_row (calculator));
  MgNumberRow *target = MG_NUMBER_ROW (mg_salt_calculator_get_target_row (calculator));
  MgFactRow *elemental = MG_FACT_ROW (mg_salt_calculator_get_elemental_row (calculator));
  MgFactRow *needed = MG_FACT_ROW (mg_salt_calculator_get_salt_needed_row (calculator));
  MgDoseRuleProduct product = { "oxide", "oxide", fraction_of ("oxide"), 500.0, MG_AMOUNT_UNIT_MG, 1.0, 1 };
  g_autofree char *expected = mg_format_mg (mg_dose_rules_product_figures (&product).elemental_mg_per_unit);
  const char *bad[] = { "abc", "-5", "" };
  g_autofree char *needed_before = NULL;

  mg_number_row_set_text (target, "300");
  needed_before = g_strdup (mg_fact_row_get_value (needed));
  g_assert_cmpstr (needed_before, !=, "—");

  mg_number_row_set_text (salt, "500");
  g_assert_cmpstr (mg_fact_row_get_value (elemental), ==, expected);
  g_assert_cmpstr (expected, ==, "301.5 mg");
  mg_test_ui_screenshot (GTK_WIDGET (window), "salt-oxide-calculator");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      mg_number_row_set_text (salt, bad[i]);

      g_assert_false (mg_number_row_get_valid (salt));
      g_assert_nonnull (mg_number_row_get_message (salt));
      g_assert_cmpstr (mg_number_row_get_text (salt), ==, bad[i]);
      /* No stale answer for the bad field… */
      g_assert_cmpstr (mg_fact_row_get_value (elemental), ==, "—");
      /* …and the other field and its answer stay as they were. */
      g_assert_cmpstr (mg_number_row_get_text (target), ==, "300");
      g_assert_cmpstr (mg_fact_row_get_value (needed), ==, needed_before);
    }

  mg_number_row_set_text (salt, "abc");
  mg_test_ui_screenshot (GTK_WIDGET (window), "salt-oxide-bad-input");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Magnesium sulfate heptahydrate as a pharmacist doses it: 4 g of the salt,
 * or 16 mmol (32 mEq) of magnesium. The figures are the engine's. */
static void
test_salts_calculator_units (void)
{
  MgWindow *window = show_window (1100);
  MgSaltCalculator *calculator = open_salt (window, "sulfate-heptahydrate");
  MgNumberRow *salt = MG_NUMBER_ROW (mg_salt_calculator_get_salt_row (calculator));
  MgNumberRow *target = MG_NUMBER_ROW (mg_salt_calculator_get_target_row (calculator));
  GtkDropDown *salt_unit = GTK_DROP_DOWN (mg_salt_calculator_get_salt_unit (calculator));
  GtkDropDown *target_unit = GTK_DROP_DOWN (mg_salt_calculator_get_target_unit (calculator));
  MgFactRow *elemental = MG_FACT_ROW (mg_salt_calculator_get_elemental_row (calculator));
  MgFactRow *needed = MG_FACT_ROW (mg_salt_calculator_get_salt_needed_row (calculator));
  double fraction = fraction_of ("sulfate-heptahydrate");
  MgDoseRuleProduct four_grams = { "sulfate-heptahydrate", "sulfate-heptahydrate", fraction, 4.0, MG_AMOUNT_UNIT_G, 1.0, 1 };
  g_autofree char *expected = mg_format_mg (mg_dose_rules_product_figures (&four_grams).elemental_mg_per_unit);
  g_autofree char *expected_salt = mg_format_mg (mg_units_mmol_to_mg (16.0) / fraction);
  g_autofree char *in_mg = mg_format_mg (mg_units_mmol_to_mg (16.0));
  g_autofree char *asked = g_strdup_printf ("16 mmol (%s)", in_mg);

  gtk_test_accessible_assert_property (salt_unit, GTK_ACCESSIBLE_PROPERTY_LABEL, "Unit of the amount of salt");
  gtk_test_accessible_assert_property (target_unit, GTK_ACCESSIBLE_PROPERTY_LABEL, "Unit of the magnesium wanted");

  /* 4 in g is 4000 mg of the salt. */
  gtk_drop_down_set_selected (salt_unit, 1);
  mg_number_row_set_text (salt, "4");
  g_assert_cmpstr (mg_fact_row_get_value (elemental), ==, expected);
  g_assert_cmpstr (expected, ==, "394.5 mg");
  g_assert_nonnull (strstr (mg_fact_row_get_text (elemental), "16.23 mmol"));

  /* The ceiling is the same amount in every unit: 101 g is too much, 101 mg
   * is not, and the typed text stays while the unit changes. */
  mg_number_row_set_text (salt, "101");
  g_assert_false (mg_number_row_get_valid (salt));
  g_assert_cmpstr (mg_fact_row_get_value (elemental), ==, "—");
  gtk_drop_down_set_selected (salt_unit, 0);
  g_assert_true (mg_number_row_get_valid (salt));
  g_assert_cmpstr (mg_number_row_get_text (salt), ==, "101");

  /* 16 mmol and 32 mEq of magnesium ask for the same amount of salt. */
  gtk_drop_down_set_selected (target_unit, 1);
  mg_number_row_set_text (target, "16");
  g_assert_cmpstr (mg_fact_row_get_value (needed), ==, expected_salt);
  g_assert_nonnull (strstr (mg_fact_row_get_text (needed), asked));
  gtk_drop_down_set_selected (target_unit, 2);
  mg_number_row_set_text (target, "32");
  g_assert_cmpstr (mg_fact_row_get_value (needed), ==, expected_salt);
  mg_test_ui_screenshot (GTK_WIDGET (window), "salt-sulfate-units");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
list_scrolled (gpointer data)
{
  return gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (data))) > 0.0;
}

/* A salt opened from elsewhere is marked in the list and scrolled into
 * view, far down as it may be (8.5 % sorts near the end). */
static void
test_salts_list_follows_record (void)
{
  MgWindow *window = show_window (1100);
  MgSaltsPage *page = MG_SALTS_PAGE (mg_window_get_page (window, "salts"));
  GtkWidget *list = mg_test_ui_find_by_type (GTK_WIDGET (page), GTK_TYPE_LIST_VIEW, "navigation-sidebar");
  MgPinnedSelection *selection = MG_PINNED_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  g_autoptr(MgCompound) selected = NULL;

  open_salt (window, "hydrogen-citrate-tetrahydrate");
  selected = g_list_model_get_item (G_LIST_MODEL (selection), mg_pinned_selection_get_selected (selection));
  g_assert_nonnull (selected);
  g_assert_cmpstr (mg_compound_get_id (selected), ==, "hydrogen-citrate-tetrahydrate");
  mg_test_ui_wait_until (list_scrolled, list);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* 300 mg elemental from 400 mg citrate tablets: whole tablets, then half
 * tablets, each as the engine rounds, never above 300 mg. */
static void
test_salts_tablets_citrate (void)
{
  MgWindow *window = show_window (1100);
  MgSaltCalculator *calculator = open_salt (window, "citrate-anhydrous");
  double per_tablet = 400.0 * fraction_of ("citrate-anhydrous");
  double units, given;

  mg_salt_calculator_set_strength_kind (calculator, MG_STRENGTH_SALT);
  mg_number_row_set_text (MG_NUMBER_ROW (mg_salt_calculator_get_target_row (calculator)), "300");
  mg_number_row_set_text (MG_NUMBER_ROW (mg_salt_calculator_get_strength_row (calculator)), "400");

  gtk_switch_set_active (GTK_SWITCH (mg_salt_calculator_get_half_switch (calculator)), FALSE);
  g_assert_true (mg_dose_rules_units_for_target (300.0, per_tablet, FALSE, &units, &given));
  g_assert_cmpfloat (mg_salt_calculator_get_tablets (calculator), ==, units);
  g_assert_cmpfloat (units, ==, floor (units));
  g_assert_cmpfloat (units, ==, 4.0);
  g_assert_cmpstr (mg_fact_row_get_value (MG_FACT_ROW (mg_salt_calculator_get_tablets_row (calculator))), ==, "4 tablets");

  gtk_switch_set_active (GTK_SWITCH (mg_salt_calculator_get_half_switch (calculator)), TRUE);
  g_assert_true (mg_dose_rules_units_for_target (300.0, per_tablet, TRUE, &units, &given));
  g_assert_cmpfloat (mg_salt_calculator_get_tablets (calculator), ==, units);
  g_assert_cmpfloat (units * 2.0, ==, floor (units * 2.0));
  g_assert_cmpfloat (units, ==, 4.5);
  g_assert_cmpfloat (given, <=, 300.0);
  g_assert_cmpstr (mg_fact_row_get_value (MG_FACT_ROW (mg_salt_calculator_get_tablets_row (calculator))), ==, "4½ tablets");
  mg_test_ui_screenshot (GTK_WIDGET (window), "salt-citrate-tablets");

  /* A strength stated as elemental magnesium needs no fraction. */
  mg_salt_calculator_set_strength_kind (calculator, MG_STRENGTH_ELEMENTAL);
  mg_number_row_set_text (MG_NUMBER_ROW (mg_salt_calculator_get_strength_row (calculator)), "100");
  g_assert_cmpfloat (mg_salt_calculator_get_tablets (calculator), ==, 3.0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_salts_compare (void)
{
  MgWindow *window = show_window (1100);
  MgSaltsPage *page = MG_SALTS_PAGE (mg_window_get_page (window, "salts"));
  MgSaltCompare *compare = MG_SALT_COMPARE (mg_salts_page_get_compare (page));
  const char *ids[] = { "oxide", "citrate-anhydrous", "bisglycinate", NULL };
  const char *two[] = { "chloride-anhydrous", "malate-anhydrous", NULL };
  g_autofree char *oxide_percent = mg_format_percent (fraction_of ("oxide"), 1);

  mg_salts_page_compare (page, ids);
  mg_test_ui_wait_for_mapped (GTK_WIDGET (compare));
  g_assert_cmpuint (mg_salt_compare_get_chosen (compare)->len, ==, 3);
  g_assert_cmpstr (mg_salt_compare_get_cell (compare, 0, 1), ==, "Magnesium oxide");
  g_assert_cmpstr (mg_salt_compare_get_cell (compare, 0, 2), ==, "Trimagnesium dicitrate, anhydrous");
  g_assert_cmpstr (mg_salt_compare_get_cell (compare, 0, 3), ==, "Magnesium bisglycinate");
  g_assert_cmpstr (mg_salt_compare_get_cell (compare, 3, 0), ==, "Elemental magnesium");
  g_assert_cmpstr (mg_salt_compare_get_cell (compare, 3, 1), ==, oxide_percent);
  mg_test_ui_screenshot (GTK_WIDGET (window), "salts-compare");

  mg_salts_page_compare (page, two);
  g_assert_cmpuint (mg_salt_compare_get_chosen (compare)->len, ==, 2);
  g_assert_null (mg_salt_compare_get_cell (compare, 0, 3));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_on_list (gpointer data)
{
  return !mg_page_get_can_go_back (MG_PAGE (data));
}

/* At 360 px the page folds: the list first, a salt over it, and the
 * window's back button returns to the list before the sidebar. */
static void
test_salts_narrow (void)
{
  MgWindow *window = show_window (360);
  MgPage *page = MG_PAGE (mg_window_get_page (window, "salts"));

  g_assert_false (mg_page_get_can_go_back (page));
  mg_test_ui_screenshot (GTK_WIDGET (window), "salts-list-narrow");

  open_salt (window, "citrate-anhydrous");
  mg_test_ui_await (mg_page_get_can_go_back (page));
  g_assert_true (mg_page_get_can_go_back (page));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  mg_test_ui_screenshot (GTK_WIDGET (window), "salt-citrate-narrow");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.go-back", NULL));
  mg_test_ui_wait_until (is_on_list, page);
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "salts");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/salts/sorted-by-elemental", test_salts_sorted_by_elemental);
  g_test_add_func ("/salts/calculator-oxide", test_salts_calculator_oxide);
  g_test_add_func ("/salts/calculator-units", test_salts_calculator_units);
  g_test_add_func ("/salts/list-follows-record", test_salts_list_follows_record);
  g_test_add_func ("/salts/tablets-citrate", test_salts_tablets_citrate);
  g_test_add_func ("/salts/compare", test_salts_compare);
  g_test_add_func ("/salts/narrow", test_salts_narrow);

  return g_test_run ();
}
