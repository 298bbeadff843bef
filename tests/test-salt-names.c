/* test-salt-names.c — a salt's plain name opens what it stands for: the
 * heptahydrate for "magnesium sulfate", every form for "magnesium
 * citrate", each opening its salt page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-fact-row.h"
#include "mg-format.h"
#include "mg-generic-name-view.h"
#include "mg-record-page.h"
#include "mg-salt-detail.h"
#include "mg-salts-page.h"
#include "mg-sources-view.h"
#include "mg-test-ui-utils.h"

/* Opens the result under "Salt Names", as a person would with the
 * arrow keys and Enter. */
static MgGenericNameView *
open_salt_name (MgWindow   *window,
                const char *typed)
{
  MgRecordPage *record;
  GtkWidget *view;

  mg_test_ui_search_and_open (window, typed, "generic-name");
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "record");
  record = MG_RECORD_PAGE (mg_window_get_page (window, "record"));
  g_assert_cmpstr (mg_record_page_get_kind (record), ==, "generic-name");

  view = mg_test_ui_find_by_type (GTK_WIDGET (record), MG_TYPE_GENERIC_NAME_VIEW, NULL);
  g_assert_nonnull (view);
  mg_test_ui_wait_for_mapped (view);

  return MG_GENERIC_NAME_VIEW (view);
}

static GtkWidget *
form_row (MgGenericNameView *view,
          guint              index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (mg_generic_name_view_get_forms_list (view), index);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

static guint
n_form_rows (MgGenericNameView *view)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (mg_generic_name_view_get_forms_list (view), n) != NULL)
    n++;

  return n;
}

static char *
percent_of (const char *id)
{
  g_autoptr(MgCompound) compound = mg_kb_lookup_compound (mg_context_get_kb (mg_test_ui_get_context ()), id, NULL);

  g_assert_nonnull (compound);
  return mg_format_percent (mg_compound_get_elemental_fraction (compound), 1);
}

/* gtk_test_accessible_assert_property() pastes its expected value into a
 * format string: a literal "%" there would be read as a conversion. */
static void
assert_accessible (GtkWidget              *widget,
                   GtkAccessibleProperty   property,
                   const char             *expected)
{
  gtk_test_accessible_assert_property (widget, property, expected);
}

static gboolean
has_source (GListModel *sources,
            const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(MgSource) source = g_list_model_get_item (sources, i);

      if (g_str_equal (mg_source_get_id (source), id))
        return TRUE;
    }

  return FALSE;
}

static gboolean
shows_salt (gpointer data)
{
  MgWindow *window = data;
  MgSaltsPage *page;
  MgCompound *compound;

  if (g_strcmp0 (mg_window_get_visible_page (window), "salts") != 0)
    return FALSE;

  page = MG_SALTS_PAGE (mg_window_get_page (window, "salts"));
  compound = mg_salt_detail_get_compound (MG_SALT_DETAIL (mg_salts_page_get_detail (page)));
  return compound != NULL && g_strcmp0 (mg_compound_get_id (compound), "sulfate-heptahydrate") == 0;
}

static void
test_resolved_name (void)
{
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), 960, 720);
  MgGenericNameView *view = open_salt_name (window, "magnesium sulfate");
  MgFactRow *meaning = MG_FACT_ROW (mg_generic_name_view_get_meaning_row (view));
  MgSourcesView *sources = MG_SOURCES_VIEW (mg_fact_row_get_sources_view (meaning));
  g_autofree char *percent = percent_of ("sulfate-heptahydrate");
  GtkWidget *detail;

  /* Which form, why, and from where. */
  g_assert_cmpstr (mg_generic_name_get_id (mg_generic_name_view_get_generic_name (view)), ==, "sulfate");
  g_assert_cmpstr (mg_fact_row_get_title (meaning), ==,
                   "“Magnesium sulfate” stands for Magnesium sulfate heptahydrate (MgSO₄·7H₂O), the form of the "
                   "European Pharmacopoeia and of the products on the market.");
  assert_accessible (GTK_WIDGET (meaning), GTK_ACCESSIBLE_PROPERTY_LABEL, mg_fact_row_get_title (meaning));
  g_assert_cmpuint (g_list_model_get_n_items (mg_sources_view_get_sources (sources)), >, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (sources)));
  g_assert_true (has_source (mg_sources_view_get_sources (sources), "ph-eur-sulfate"));

  /* The heptahydrate first, with its magnesium as the salts page shows
   * it; the anhydrous salt after it, not marked as meant. */
  g_assert_cmpuint (n_form_rows (view), ==, 2);
  g_assert_cmpstr (percent, ==, "9.9 %");
  assert_accessible (form_row (view, 0), GTK_ACCESSIBLE_PROPERTY_LABEL,
                     "Magnesium sulfate heptahydrate, 9.9 % magnesium");
  assert_accessible (form_row (view, 0), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                     "MgSO₄·7H₂O · 9.9 % magnesium · The form this name stands for");
  g_assert_true (mg_test_ui_has_label (form_row (view, 0), "MgSO₄·7H₂O · 9.9 % magnesium · The form this name stands for"));
  assert_accessible (form_row (view, 1), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                     "MgSO₄ · 20.2 % magnesium");
  assert_accessible (GTK_WIDGET (mg_generic_name_view_get_forms_list (view)),
                     GTK_ACCESSIBLE_PROPERTY_LABEL, "Forms of “Magnesium sulfate”");
  /* The notes that say why follow, each with its sources. */
  g_assert_true (mg_test_ui_has_label_containing (GTK_WIDGET (window), "Epsom salt"));
  mg_test_ui_screenshot (GTK_WIDGET (window), "salt-name-sulfate-en-960");

  /* The form opens its salt page, which says the plain name means it. */
  gtk_widget_activate (form_row (view, 0));
  mg_test_ui_wait_until (shows_salt, window);
  detail = mg_salts_page_get_detail (MG_SALTS_PAGE (mg_window_get_page (window, "salts")));
  mg_test_ui_wait_for_mapped (detail);
  g_assert_true (mg_test_ui_has_label (detail, "“Magnesium sulfate” on a label means this form."));
  mg_test_ui_screenshot (GTK_WIDGET (window), "salt-sulfate-plain-name-en-960");

  /* Back returns to the plain name. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.go-back", NULL));
  g_assert_cmpstr (mg_window_get_visible_page (window), ==, "record");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A form no plain name stands for says nothing of the kind. */
static void
test_other_forms_say_nothing (void)
{
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), 960, 720);
  GtkWidget *detail;

  g_assert_true (mg_window_show_record (window, "compound", "sulfate-anhydrous"));
  detail = mg_salts_page_get_detail (MG_SALTS_PAGE (mg_window_get_page (window, "salts")));
  mg_test_ui_wait_for_mapped (detail);
  g_assert_true (mg_test_ui_has_label (detail, "Magnesium sulfate, anhydrous"));
  g_assert_false (mg_test_ui_has_label_containing (detail, "on a label means this form"));

  g_assert_true (mg_window_show_record (window, "compound", "chloride-hexahydrate"));
  {
    GtkWidget *row = mg_test_ui_find_row (detail, "“Magnesium chloride” on a label means this form.");

    g_assert_nonnull (row);
    assert_accessible (row, GTK_ACCESSIBLE_PROPERTY_LABEL, "“Magnesium chloride” on a label means this form.");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_ambiguous_name (void)
{
  static const char * const forms[] = {
    "citrate-nonahydrate", "citrate-anhydrous", "hydrogen-citrate-anhydrous", "hydrogen-citrate-tetrahydrate",
  };
  static const char * const labels[] = {
    "Trimagnesium dicitrate nonahydrate, 11.9 % magnesium",
    "Trimagnesium dicitrate, anhydrous, 16.2 % magnesium",
    "Magnesium hydrogen citrate, anhydrous, 11.3 % magnesium",
    "Magnesium hydrogen citrate tetrahydrate, 8.5 % magnesium",
  };
  MgWindow *window = mg_test_ui_show_window (mg_test_ui_get_context (), 360, 720);
  MgGenericNameView *view = open_salt_name (window, "magnesium citrate");
  MgFactRow *meaning = MG_FACT_ROW (mg_generic_name_view_get_meaning_row (view));
  GListModel *model = mg_generic_name_get_forms (mg_generic_name_view_get_generic_name (view));

  g_assert_true (g_str_has_prefix (mg_fact_row_get_title (meaning), "“Magnesium citrate” is ambiguous"));
  g_assert_true (strstr (mg_fact_row_get_title (meaning), "Check the formula on the label") != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (mg_sources_view_get_sources (
                      MG_SOURCES_VIEW (mg_fact_row_get_sources_view (meaning)))), >, 0);

  /* Every form, none of them marked as the one meant, each named with
   * its magnesium for a screen reader. */
  g_assert_cmpuint (n_form_rows (view), ==, G_N_ELEMENTS (forms));
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(MgCompound) form = g_list_model_get_item (model, i);
      g_autofree char *percent = percent_of (forms[i]);
      g_autofree char *computed = g_strdup_printf ("%s, %s magnesium", mg_compound_get_name (form), percent);

      g_assert_cmpstr (mg_compound_get_id (form), ==, forms[i]);
      g_assert_cmpstr (computed, ==, labels[i]);
      assert_accessible (form_row (view, i), GTK_ACCESSIBLE_PROPERTY_LABEL, labels[i]);
      g_assert_false (mg_test_ui_has_label_containing (form_row (view, i), "The form this name stands for"));
    }
  assert_accessible (form_row (view, 0), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                     "C₁₂H₁₀Mg₃O₁₄·9H₂O · 11.9 % magnesium");

  /* 360 px: nothing wider than the window. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  g_assert_cmpint (gtk_widget_get_width (form_row (view, 0)), <=, 360);
  mg_test_ui_screenshot (GTK_WIDGET (window), "salt-name-citrate-en-360");
  mg_test_ui_set_dark (TRUE);
  mg_test_ui_screenshot (GTK_WIDGET (window), "salt-name-citrate-en-360-dark");
  mg_test_ui_set_dark (FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/salt-names/resolved", test_resolved_name);
  g_test_add_func ("/salt-names/other-forms", test_other_forms_say_nothing);
  g_test_add_func ("/salt-names/ambiguous", test_ambiguous_name);

  return g_test_run ();
}
