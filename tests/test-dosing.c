/* test-dosing.c — the dosing helper driven through its real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs under Xvfb with GTK_A11Y=test (the alert's role is checked) and an
 * XDG_DATA_HOME of its own, so the plans file is the test's. Screenshots
 * of the page and the handout's first page go to the build's meson-logs.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "mg-dosing-page-private.h"
#include "mg-i18n.h"
#include "mg-number-row.h"
#include "mg-product-editor.h"
#include "mg-test-ui-utils.h"
#include "mg-window.h"

static char *data_home;

static char *
log_path (const char *name)
{
  return g_build_filename (g_getenv ("MG_TEST_SCREENSHOT_DIR"), name, NULL);
}

/* The whole page, not only what the window shows: the content of its
 * scrolled window at its full height. */
static void
save_screenshot (MgDosingPage *page,
                 const char   *name)
{
  /* The page's child is the scrolled window, then its viewport, then
   * the clamp with everything, allocated at its full height. */
  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (page))));
  GtkWidget *content = GTK_IS_VIEWPORT (viewport) ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : viewport;
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (content);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = log_path (name);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (page)));
  int width = gtk_widget_get_width (content), height = gtk_widget_get_height (content);
  GdkRGBA background;

  /* Everything changed so far laid out and drawn. */
  mg_test_ui_drain ();
  mg_test_ui_wait_for_frame (GTK_WIDGET (page));
  /* A window background under the page, as on screen. */
  gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (page)), "window_bg_color", &background);
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

typedef struct
{
  GtkWidget    *window;
  MgDosingPage *page;
} Fixture;

static void
open_page (Fixture *fixture,
           int      width)
{
  fixture->window = GTK_WIDGET (mg_window_new (NULL, mg_test_ui_get_context ()));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 800);
  mg_window_set_visible_page (MG_WINDOW (fixture->window), "dosing");
  fixture->page = MG_DOSING_PAGE (mg_window_get_page (MG_WINDOW (fixture->window), "dosing"));
  gtk_window_present (GTK_WINDOW (fixture->window));
  mg_test_ui_wait_for_mapped (GTK_WIDGET (fixture->page));
}

static void
close_page (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  mg_test_ui_drain ();
}

/* A fresh plan: a new plan with an adult and no medicines. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  MgContext *context = mg_test_ui_get_context ();

  /* The page opens on the plan an earlier test left; start anew, with
   * no medicines (a new plan keeps the person's list, so clear it). */
  open_page (fixture, 960);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dosing.new", NULL);
  while (g_list_model_get_n_items (G_LIST_MODEL (mg_context_get_medicines (context))) > 0)
    mg_context_remove_medicine (context, 0);
  mg_test_ui_drain ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  close_page (fixture);
}

static MgProductEditor *
editor (Fixture *fixture,
        guint    position)
{
  g_assert_cmpuint (position, <, fixture->page->editors->len);
  return g_ptr_array_index (fixture->page->editors, position);
}

static MgNumberRow *
editor_row (MgProductEditor *product_editor,
            const char      *title)
{
  GtkWidget *row = mg_test_ui_find_row (GTK_WIDGET (product_editor), title);

  g_assert_true (MG_IS_NUMBER_ROW (row));
  return MG_NUMBER_ROW (row);
}

static void
type_into (MgNumberRow *row,
           const char  *text)
{
  gtk_editable_set_text (mg_number_row_get_editable (row), text);
  mg_test_ui_drain ();
}

static void
choose_compound (MgProductEditor *product_editor,
                 const char      *name)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (mg_test_ui_find_by_type (GTK_WIDGET (product_editor), GTK_TYPE_DROP_DOWN, NULL));
  GListModel *names = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), name) == 0)
      {
        gtk_drop_down_set_selected (dropdown, i);
        mg_test_ui_drain ();
        return;
      }

  g_error ("no compound called %s", name);
}

static void
set_age (Fixture    *fixture,
         const char *years)
{
  type_into (fixture->page->age_row, years);
}

static void
test_oxide_above_limit (Fixture       *fixture,
                        gconstpointer  data)
{
  MgDoseEvaluation *evaluation;

  choose_compound (editor (fixture, 0), "Magnesium oxide");
  type_into (editor_row (editor (fixture, 0), "Amount in one unit"), "500");

  evaluation = mg_dosing_page_get_evaluation (fixture->page);
  g_assert_nonnull (evaluation);
  g_assert_false (mg_dosing_page_get_stale (fixture->page));
  g_assert_cmpint (mg_dose_evaluation_get_limit_status (evaluation), ==, MG_LIMIT_STATUS_ABOVE);

  /* The alert: visible, in words with the amount over, and an alert for
   * screen readers. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->page->alert_revealer)));
  g_assert_nonnull (strstr (gtk_label_get_text (fixture->page->alert_title), "51.5 mg"));
  g_assert_nonnull (strstr (gtk_label_get_text (fixture->page->alert_title), "Above the upper limit"));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (fixture->page->alert_box), GTK_ACCESSIBLE_ROLE_ALERT);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (fixture->page->alert_revealer), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->page->alert_box),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Above the upper limit by 51.5 mg a day");
  g_assert_nonnull (strstr (mg_dose_bar_get_summary (fixture->page->bar), "51.5 mg above it"));

  save_screenshot (fixture->page, "dosing-above-limit.png");
}

static void
test_elemental_250_within (Fixture       *fixture,
                           gconstpointer  data)
{
  MgDoseEvaluation *evaluation;

  type_into (editor_row (editor (fixture, 0), "Amount in one unit"), "250");

  evaluation = mg_dosing_page_get_evaluation (fixture->page);
  g_assert_cmpfloat (mg_dose_evaluation_get_supplemental_mg (evaluation), ==, 250.0);
  g_assert_cmpint (mg_dose_evaluation_get_limit_status (evaluation), ==, MG_LIMIT_STATUS_WITHIN);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->page->alert_revealer)));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (fixture->page->alert_revealer), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (fixture->page->result_list), "Not above it. Food does not count toward this limit."));

  save_screenshot (fixture->page, "dosing-wide.png");
}

static void
test_three_year_old (Fixture       *fixture,
                     gconstpointer  data)
{
  MgDoseEvaluation *evaluation;

  set_age (fixture, "3");
  type_into (editor_row (editor (fixture, 0), "Amount in one unit"), "50");

  evaluation = mg_dosing_page_get_evaluation (fixture->page);
  g_assert_cmpint (mg_dose_evaluation_get_limit_status (evaluation), ==, MG_LIMIT_STATUS_NO_LIMIT);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->page->alert_revealer)));
  g_assert_cmpstr (gtk_label_get_text (fixture->page->alert_title), ==, "No upper limit for this age: ask a doctor");
  g_assert_nonnull (strstr (gtk_label_get_text (fixture->page->alert_text), "under the age of 4 years"));
  g_assert_false (mg_test_ui_has_label (GTK_WIDGET (fixture->page), "Not above it. Food does not count toward this limit."));

  save_screenshot (fixture->page, "dosing-3-year-old.png");
}

/* A baby of one month: the Dutch set gives no recommended amount below
 * 6 months, and its reason is in the figure's row, not a warning with
 * another warning's title. */
static void
test_baby_no_reference (Fixture       *fixture,
                        gconstpointer  data)
{
  MgDoseEvaluation *evaluation;

  gtk_drop_down_set_selected (fixture->page->age_unit_dropdown, 1);
  set_age (fixture, "1");
  type_into (editor_row (editor (fixture, 0), "Amount in one unit"), "10");

  evaluation = mg_dosing_page_get_evaluation (fixture->page);
  g_assert_false (mg_dose_evaluation_has_reference_intake (evaluation));
  g_assert_nonnull (mg_dose_evaluation_find_warning (evaluation, MG_DOSE_WARNING_NO_REFERENCE_INTAKE));
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (fixture->page->result_list), "under 6 months"));
  g_assert_false (mg_test_ui_has_label_containing (GTK_WIDGET (fixture->page->warning_list), "under 6 months"));
  g_assert_false (mg_test_ui_has_label (GTK_WIDGET (fixture->page->warning_list), "No upper limit for this age"));
  g_assert_cmpint (mg_dose_evaluation_get_limit_status (evaluation), ==, MG_LIMIT_STATUS_NO_LIMIT);
}

static void
test_bad_amount_keeps_fields (Fixture       *fixture,
                              gconstpointer  data)
{
  MgNumberRow *amount = editor_row (editor (fixture, 0), "Amount in one unit");
  MgNumberRow *units = editor_row (editor (fixture, 0), "Units taken at once");
  double before;

  type_into (units, "2");
  type_into (amount, "100");
  before = mg_dose_evaluation_get_supplemental_mg (mg_dosing_page_get_evaluation (fixture->page));
  g_assert_cmpfloat (before, ==, 200.0);

  type_into (amount, "abc");
  g_assert_false (mg_number_row_get_valid (amount));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (amount)), "is not a number"));
  g_assert_true (mg_dosing_page_get_stale (fixture->page));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->page->stale_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (fixture->page->stale_label), "last valid input"));
  /* The last valid result stays, and nothing else was touched. */
  g_assert_cmpfloat (mg_dose_evaluation_get_supplemental_mg (mg_dosing_page_get_evaluation (fixture->page)), ==, before);
  g_assert_cmpstr (mg_number_row_get_text (amount), ==, "abc");
  g_assert_cmpstr (mg_number_row_get_text (units), ==, "2");
  g_assert_cmpstr (mg_number_row_get_text (fixture->page->age_row), ==, "40");

  type_into (amount, "-5");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (amount)), "negative"));
  type_into (amount, "");
  g_assert_false (mg_number_row_get_valid (amount));

  type_into (amount, "150");
  g_assert_false (mg_dosing_page_get_stale (fixture->page));
  g_assert_cmpfloat (mg_dose_evaluation_get_supplemental_mg (mg_dosing_page_get_evaluation (fixture->page)), ==, 300.0);
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_ciprofloxacin_conflict (Fixture       *fixture,
                             gconstpointer  data)
{
  MgDoseTimeline *timeline;
  GtkWidget *button;
  g_autofree char *description = NULL;

  type_into (editor_row (editor (fixture, 0), "Amount in one unit"), "200");
  mg_context_add_medicine (mg_test_ui_get_context (), "ciprofloxacin");
  mg_test_ui_drain ();

  timeline = mg_dosing_page_get_timeline (fixture->page);
  g_assert_cmpuint (mg_dose_timeline_get_n_medicines (timeline), ==, 1);
  g_assert_cmpuint (mg_dose_timeline_get_n_conflicts (timeline), ==, 1);
  g_assert_cmpint (mg_dose_timeline_get_medicine (timeline, 0)->status, ==, MG_TIMELINE_CONFLICT);
  g_assert_nonnull (find_named (GTK_WIDGET (fixture->page->medicine_time_list), "ciprofloxacin"));
  description = mg_dose_timeline_describe (timeline);
  g_assert_nonnull (strstr (description, "too close to magnesium"));
  save_screenshot (fixture->page, "dosing-conflict.png");

  /* The suggested time resolves it. */
  button = find_named (GTK_WIDGET (fixture->page->medicine_time_list), "use-suggested-time");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Take at 06:00");
  g_signal_emit_by_name (button, "clicked");
  mg_test_ui_drain ();

  timeline = mg_dosing_page_get_timeline (fixture->page);
  g_assert_cmpuint (mg_dose_timeline_get_n_conflicts (timeline), ==, 0);
  g_assert_cmpint (mg_dose_timeline_get_medicine (timeline, 0)->status, ==, MG_TIMELINE_APART);
  g_assert_cmpuint (mg_dose_timeline_get_medicine (timeline, 0)->minute, ==, 6 * 60);
}

static void
test_saved_plan_after_restart (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;

  set_age (fixture, "67");
  choose_compound (editor (fixture, 0), "Trimagnesium dicitrate nonahydrate");
  type_into (editor_row (editor (fixture, 0), "Amount in one unit"), "1,5");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (mg_test_ui_find_by_type (GTK_WIDGET (editor_row (editor (fixture, 0), "Amount in one unit")),
                                                                     GTK_TYPE_DROP_DOWN, NULL)), MG_AMOUNT_UNIT_G);
  mg_context_add_medicine (mg_test_ui_get_context (), "levothyroxine");
  mg_dosing_page_set_medicine_time (fixture->page, "levothyroxine", 7 * 60 + 30);
  g_assert_cmpuint (mg_dose_timeline_get_medicine (mg_dosing_page_get_timeline (fixture->page), 0)->minute, ==, 7 * 60 + 30);
  g_assert_true (mg_dosing_page_save_as (fixture->page, "Mrs Jansen", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mg_dosing_page_get_plan_name (fixture->page), ==, "Mrs Jansen");

  /* A new window and page open the plans file again, as after a restart;
   * the checker's list, edited meanwhile, is not overwritten by the plan. */
  close_page (fixture);
  mg_context_add_medicine (mg_test_ui_get_context (), "digoxin");
  open_page (fixture, 960);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mg_context_get_medicines (mg_test_ui_get_context ()))), ==, 2);

  g_assert_cmpstr (mg_dosing_page_get_plan_name (fixture->page), ==, "Mrs Jansen");
  g_assert_cmpstr (mg_number_row_get_text (fixture->page->age_row), ==, "67");
  g_assert_cmpuint (fixture->page->editors->len, ==, 1);
  g_assert_cmpstr (mg_product_get_compound_id (mg_product_editor_get_product (editor (fixture, 0))), ==, "citrate-nonahydrate");
  g_assert_cmpfloat (mg_product_get_amount (mg_product_editor_get_product (editor (fixture, 0))), ==, 1.5);
  g_assert_cmpint (mg_product_get_unit (mg_product_editor_get_product (editor (fixture, 0))), ==, MG_AMOUNT_UNIT_G);
  g_assert_cmpuint (mg_dose_timeline_get_medicine (mg_dosing_page_get_timeline (fixture->page), 0)->minute, ==, 7 * 60 + 30);

  names = mg_plan_store_list (mg_dosing_page_get_store (fixture->page), &error);
  g_assert_true (g_strv_contains ((const char * const *) names, "Mrs Jansen"));

  /* A name with an underscore is shown as typed in the open menu, not
   * taken as a mnemonic. */
  g_assert_true (mg_dosing_page_save_as (fixture->page, "Mr_Smith", &error));
  g_assert_no_error (error);
  {
    GMenuModel *menu = gtk_menu_button_get_menu_model (fixture->page->open_button);
    gboolean found = FALSE;

    for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
      {
        g_autofree char *label = NULL;

        g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
        found |= g_str_equal (label, "Mr__Smith");
      }
    g_assert_true (found);
  }
  g_assert_true (mg_plan_store_delete (mg_dosing_page_get_store (fixture->page), "Mr_Smith", &error));

  /* And it opens by name after another plan was on screen. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dosing.new", NULL);
  g_assert_cmpstr (mg_dosing_page_get_plan_name (fixture->page), ==, "");
  g_assert_true (mg_dosing_page_open (fixture->page, "Mrs Jansen", &error));
  g_assert_cmpstr (mg_number_row_get_text (fixture->page->age_row), ==, "67");
}

static char *
pdf_text (const char *pdf)
{
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  for (char *p = out; *p != '\0'; p++)
    if (*p == '\n')
      *p = ' ';

  return g_steal_pointer (&out);
}

static GtkWidget *
find_message_dialog (void)
{
  GtkWidget *dialog = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;

  return dialog;
}

static void
test_handout_languages (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *en = g_build_filename (data_home, "handout-en.pdf", NULL);
  g_autofree char *nl = g_build_filename (data_home, "handout-nl.pdf", NULL);
  g_autofree char *en_text = NULL;
  g_autofree char *nl_text = NULL;
  g_autofree char *png = log_path ("dosing-handout-nl");
  GtkWidget *dialog;
  GtkDropDown *languages;

  choose_compound (editor (fixture, 0), "Magnesium oxide");
  type_into (editor_row (editor (fixture, 0), "Amount in one unit"), "500");

  g_assert_true (mg_dosing_page_export_pdf (fixture->page, en, "en", &error));
  g_assert_true (mg_dosing_page_export_pdf (fixture->page, nl, "nl", &error));
  g_assert_no_error (error);
  en_text = pdf_text (en);
  nl_text = pdf_text (nl);

  g_assert_nonnull (strstr (en_text, "301.5 mg"));
  g_assert_nonnull (strstr (en_text, "ABOVE THE UPPER LIMIT"));
  g_assert_nonnull (strstr (en_text, "51.5 mg more"));
  /* Dutch from this English interface. */
  g_assert_nonnull (strstr (nl_text, "301,5 mg"));
  g_assert_nonnull (strstr (nl_text, "BOVEN DE BOVENGRENS"));
  g_assert_nonnull (strstr (nl_text, "51,5 mg meer"));
  g_assert_null (strstr (nl_text, "ABOVE THE UPPER LIMIT"));

  {
    const char *argv[] = { "pdftoppm", "-r", "80", "-png", "-singlefile", nl, png, NULL };
    int status;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  /* Asked at print time, the language defaults to the interface's. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "dosing.export", NULL);
  mg_test_ui_await ((dialog = find_message_dialog ()) != NULL);
  languages = g_object_get_data (G_OBJECT (dialog), "languages");
  g_assert_cmpuint (gtk_drop_down_get_selected (languages), ==, 0);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_narrow_and_dark (Fixture       *fixture,
                      gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  type_into (editor_row (editor (fixture, 0), "Amount in one unit"), "300");
  mg_context_add_medicine (mg_test_ui_get_context (), "ciprofloxacin");
  close_page (fixture);

  open_page (fixture, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->page)), <=, 360);
  save_screenshot (fixture->page, "dosing-narrow.png");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  mg_test_ui_await (adw_style_manager_get_dark (style));
  save_screenshot (fixture->page, "dosing-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* Dutch, in an nl_NL.UTF-8 session: a decimal comma and a decimal point
 * both work, with the same result. */
static void
test_dutch_decimal_comma (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(MgCompound) citrate = mg_kb_lookup_compound (mg_page_get_kb (MG_PAGE (fixture->page)), "citrate-nonahydrate", NULL);
  MgNumberRow *amount = MG_NUMBER_ROW (mg_test_ui_find_by_type (GTK_WIDGET (editor (fixture, 0)), MG_TYPE_NUMBER_ROW, NULL));
  GtkDropDown *unit = GTK_DROP_DOWN (mg_test_ui_find_by_type (GTK_WIDGET (amount), GTK_TYPE_DROP_DOWN, NULL));
  double with_comma, with_point;

  g_assert_cmpstr (mg_i18n_get_interface_language (), ==, "nl");
  g_assert_nonnull (citrate);
  choose_compound (editor (fixture, 0), mg_compound_get_name (citrate));
  gtk_drop_down_set_selected (unit, MG_AMOUNT_UNIT_G);

  type_into (amount, "2,5");
  g_assert_true (mg_number_row_get_valid (amount));
  g_assert_false (mg_dosing_page_get_stale (fixture->page));
  with_comma = mg_dose_evaluation_get_supplemental_mg (mg_dosing_page_get_evaluation (fixture->page));

  type_into (amount, "2.5");
  g_assert_true (mg_number_row_get_valid (amount));
  with_point = mg_dose_evaluation_get_supplemental_mg (mg_dosing_page_get_evaluation (fixture->page));

  g_assert_cmpfloat (with_comma, >, 0.0);
  g_assert_cmpfloat (with_comma, ==, with_point);
  g_assert_cmpfloat_with_epsilon (with_comma, 2500.0 * mg_compound_get_elemental_fraction (citrate), 1e-9);

  /* The figures speak Dutch too. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->page->alert_revealer)));
  g_assert_nonnull (strstr (gtk_label_get_text (fixture->page->alert_title), "mg per dag"));
  save_screenshot (fixture->page, "dosing-dutch.png");
}

static void
test_damaged_file_moved_aside (void)
{
  g_autofree char *path = mg_plan_store_default_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  Fixture fixture = { 0, };
  MgPlanStore *store;

  /* Any plan kept by an earlier test goes first, then garbage in its place. */
  g_remove (path);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "not a database, just words", -1, NULL));

  open_page (&fixture, 960);
  store = mg_dosing_page_get_store (fixture.page);
  g_assert_nonnull (store);
  g_assert_nonnull (mg_plan_store_get_moved_aside (store));
  g_assert_true (g_file_test (mg_plan_store_get_moved_aside (store), G_FILE_TEST_EXISTS));
  /* The person is told where it went. */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (fixture.page->plan_row),
                            mg_plan_store_get_moved_aside (store)));
  /* And the page works. */
  g_assert_nonnull (mg_dosing_page_get_evaluation (fixture.page));
  g_assert_cmpuint (fixture.page->editors->len, ==, 1);
  close_page (&fixture);
}

int
main (int    argc,
      char **argv)
{
  /* Before anything asks GLib for the data folder. */
  data_home = g_dir_make_tmp ("mg-dosing-ui-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  mg_test_ui_init (&argc, &argv);

  /* Run with LANGUAGE=nl (and nl_NL.UTF-8): the Dutch session's test. */
  if (g_str_equal (mg_i18n_get_interface_language (), "nl"))
    {
      g_test_add ("/dosing/dutch-decimal-comma", Fixture, NULL, fixture_set_up, test_dutch_decimal_comma, fixture_tear_down);
      return g_test_run ();
    }

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/dosing/oxide-above-limit", test_oxide_above_limit);
  ADD ("/dosing/elemental-250-within", test_elemental_250_within);
  ADD ("/dosing/three-year-old", test_three_year_old);
  ADD ("/dosing/baby-no-reference", test_baby_no_reference);
  ADD ("/dosing/bad-amount-keeps-fields", test_bad_amount_keeps_fields);
  ADD ("/dosing/ciprofloxacin-conflict", test_ciprofloxacin_conflict);
  ADD ("/dosing/saved-plan-after-restart", test_saved_plan_after_restart);
  ADD ("/dosing/handout-languages", test_handout_languages);
  ADD ("/dosing/narrow-and-dark", test_narrow_and_dark);
#undef ADD
  g_test_add_func ("/dosing/damaged-file-moved-aside", test_damaged_file_moved_aside);

  return g_test_run ();
}
