/* test-widgets.c — the shared widgets: severity badge, sources view,
 * medicine-list editor (run with GTK_A11Y=test)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mg-medicine-list-editor.h"
#include "mg-pinned-selection.h"
#include "mg-severity.h"
#include "mg-severity-badge.h"
#include "mg-sources-view.h"
#include "mg-test-kb-faults.h"
#include "mg-test-ui-utils.h"

static GtkWindow *
show_in_window (GtkWidget *child)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 360, 600);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  mg_test_ui_wait_for_mapped (child);

  return window;
}

static void
clear_medicines (MgContext *context)
{
  GtkStringList *medicines = mg_context_get_medicines (context);

  while (g_list_model_get_n_items (G_LIST_MODEL (medicines)) > 0)
    mg_context_remove_medicine (context, 0);
}

static void
test_severity_order_and_words (void)
{
  const char *order[] = { "major", "moderate", "minor", "unknown", "none", "not-found" };

  for (guint i = 0; i + 1 < G_N_ELEMENTS (order); i++)
    g_assert_cmpint (mg_severity_compare (order[i], order[i + 1]), <, 0);

  /* Each rating has its own shape, not only its own colour. */
  g_assert_cmpstr (mg_severity_get_icon_name ("major"), !=, mg_severity_get_icon_name ("moderate"));
  g_assert_cmpstr (mg_severity_get_icon_name ("moderate"), !=, mg_severity_get_icon_name ("minor"));
  g_assert_cmpstr (mg_severity_get_label ("major"), ==, "Major");
  g_assert_cmpstr (mg_severity_get_label ("unknown"), ==, "Severity unknown");
  g_assert_cmpstr (mg_severity_get_label ("not-found"), ==, "Not in this knowledge base");

  /* A value from a newer knowledge base is never read as harmless. */
  g_assert_cmpint (mg_severity_get_rank ("catastrophic"), ==, mg_severity_get_rank ("unknown"));
}

static void
test_severity_badge_accessible (void)
{
  GtkWidget *badge = g_object_ref_sink (mg_severity_badge_new ("major"));
  GtkWidget *icon = gtk_widget_get_first_child (badge);

  gtk_test_accessible_assert_property (badge, GTK_ACCESSIBLE_PROPERTY_LABEL, "Major");
  gtk_test_accessible_assert_property (badge, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Severity: Major");
  gtk_test_accessible_assert_role (icon, GTK_ACCESSIBLE_ROLE_PRESENTATION);
  g_assert_true (gtk_widget_has_css_class (badge, "severity-major"));
  g_assert_true (mg_test_ui_has_label (badge, "Major"));

  mg_severity_badge_set_severity (MG_SEVERITY_BADGE (badge), "minor");
  gtk_test_accessible_assert_property (badge, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Severity: Minor");
  g_assert_false (gtk_widget_has_css_class (badge, "severity-major"));
  g_assert_true (gtk_widget_has_css_class (badge, "severity-minor"));

  g_object_unref (badge);
}

static void
test_sources_view_summary_and_citations (void)
{
  MgKb *kb = mg_context_get_kb (mg_test_ui_get_context ());
  MgSourcesView *view = MG_SOURCES_VIEW (mg_sources_view_new ());
  GtkWindow *window = show_in_window (GTK_WIDGET (view));
  GtkListBox *list;
  GtkWidget *link;

  /* Nothing cited reads as such, and cannot be expanded into nothing. */
  g_assert_cmpstr (mg_sources_view_get_summary (view), ==, "No source recorded");

  mg_sources_view_set_owner (view, kb, "interaction:integrase-inhibitors");
  g_assert_nonnull (strstr (mg_sources_view_get_summary (view), "Sources: "));
  g_assert_nonnull (strstr (mg_sources_view_get_summary (view), "Drugs.com"));
  g_assert_nonnull (strstr (mg_sources_view_get_summary (view), "Arora et al. 2025"));
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (view), mg_sources_view_get_summary (view)));

  /* Collapsed, the citations are not in the widget tree at all. */
  g_assert_null (mg_test_ui_find_by_type (GTK_WIDGET (view), GTK_TYPE_LIST_BOX, "boxed-list"));
  mg_sources_view_set_expanded (view, TRUE);
  list = GTK_LIST_BOX (mg_test_ui_find_by_type (GTK_WIDGET (view), GTK_TYPE_LIST_BOX, "boxed-list"));
  g_assert_nonnull (list);
  mg_test_ui_wait_for_mapped (GTK_WIDGET (list));
  /* Its seven sources, the EU Tivicay leaflet last. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 6));
  g_assert_null (gtk_list_box_get_row_at_index (list, 7));

  /* The full citation is one click away, with a link to read it. */
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (list),
                                       "Arora et al. Bictegravir with polyvalent-cation antacids. "
                                       "Antimicrobial Agents and Chemotherapy; 2025."));
  link = mg_test_ui_find_by_type (GTK_WIDGET (list), GTK_TYPE_LINK_BUTTON, NULL);
  g_assert_nonnull (link);
  g_assert_true (g_str_has_prefix (gtk_link_button_get_uri (GTK_LINK_BUTTON (link)), "https://"));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (link), GTK_ACCESSIBLE_PROPERTY_LABEL));

  mg_sources_view_set_title (view, "Sources of the hours");
  mg_sources_view_set_owner (view, kb, "interaction:integrase-inhibitors/separation/0");
  g_assert_true (g_str_has_prefix (mg_sources_view_get_summary (view), "Sources of the hours: "));
  gtk_test_accessible_assert_property (gtk_widget_get_first_child (GTK_WIDGET (view)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, mg_sources_view_get_summary (view));

  gtk_window_destroy (window);
}

/* A citation table that cannot be read must not read "No source recorded". */
static void
test_sources_view_failure (void)
{
  g_autoptr(GBytes) shipped = g_resources_lookup_data (MG_KB_RESOURCE_PATH, 0, NULL);
  g_autofree char *path = mg_test_kb_copy (shipped, NULL);
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(MgKb) kb = NULL;
  g_autoptr(GError) error = NULL;
  MgSourcesView *view = MG_SOURCES_VIEW (mg_sources_view_new ());
  GtkWindow *window = show_in_window (GTK_WIDGET (view));

  mg_test_kb_damage_table (path, "citation");
  damaged = mg_test_kb_read (path);
  mg_test_kb_remove (path);
  /* through bytes: a file would be refused when opening */
  kb = mg_kb_new_for_bytes (damaged, &error);
  g_assert_no_error (error);

  mg_sources_view_set_owner (view, kb, "interaction:integrase-inhibitors");
  g_assert_true (g_str_has_prefix (mg_sources_view_get_summary (view), "The sources could not be read: "));
  g_assert_nonnull (strstr (mg_sources_view_get_summary (view), "damaged"));
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (view), mg_sources_view_get_summary (view)));

  /* Sources that can be read clear it. */
  mg_sources_view_set_owner (view, mg_context_get_kb (mg_test_ui_get_context ()), "interaction:integrase-inhibitors");
  g_assert_true (g_str_has_prefix (mg_sources_view_get_summary (view), "Sources: "));

  gtk_window_destroy (window);
}

static GtkListBox *
find_list (GtkWidget  *root,
           const char *accessible_name)
{
  GtkWidget *child;

  /* The list's accessible label tells the boxed lists apart. */
  if (GTK_IS_LIST_BOX (root) &&
      gtk_test_accessible_has_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      g_autofree char *mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (root),
                                                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                      accessible_name);
      if (mismatch == NULL)
        return GTK_LIST_BOX (root);
    }

  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkListBox *found = find_list (child, accessible_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkEventController *
find_key_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;   /* the widget keeps it alive */
    }

  return NULL;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

static void
test_medicine_list_editor (void)
{
  MgContext *context = mg_test_ui_get_context ();
  GtkStringList *medicines = mg_context_get_medicines (context);
  MgMedicineListEditor *editor;
  GtkWindow *window;
  GtkEditable *entry;
  GtkListBox *suggestions, *list;
  GtkWidget *row, *button;
  GtkEventController *keys;
  gboolean handled = FALSE;

  clear_medicines (context);
  editor = MG_MEDICINE_LIST_EDITOR (mg_medicine_list_editor_new (context));
  window = show_in_window (GTK_WIDGET (editor));
  entry = GTK_EDITABLE (mg_test_ui_find_by_type (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, NULL));
  suggestions = find_list (GTK_WIDGET (editor), "Names in the knowledge base");
  list = find_list (GTK_WIDGET (editor), "Medicines on the list");
  g_assert_nonnull (suggestions);
  g_assert_nonnull (list);
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (editor), "No medicines on the list yet"));

  /* A brand completes to itself and says what it is. */
  gtk_editable_set_text (entry, "tivi");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (suggestions)));
  row = mg_test_ui_find_row (GTK_WIDGET (suggestions), "Tivicay");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Medicine: dolutegravir");
  g_signal_emit_by_name (suggestions, "row-activated", row);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (medicines)), ==, 1);
  g_assert_cmpstr (gtk_string_list_get_string (medicines, 0), ==, "Tivicay");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");

  /* Typed and Enter: a class, then a name the knowledge base lacks. */
  gtk_editable_set_text (entry, "quinolones");
  g_signal_emit_by_name (entry, "entry-activated");
  gtk_editable_set_text (entry, "Zyxoprazine");
  g_signal_emit_by_name (entry, "entry-activated");
  g_assert_cmpuint (count_rows (list), ==, 3);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, 1))),
                   ==, "Medicine class: Quinolone antibiotics");
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Not in this knowledge base");
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Not in this knowledge base");

  /* A duplicate (any case) or nothing: a message, and the text stays. */
  gtk_editable_set_text (entry, "TIVICAY");
  g_signal_emit_by_name (entry, "entry-activated");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "TIVICAY");
  g_assert_true (mg_test_ui_has_label (GTK_WIDGET (editor), "“TIVICAY” is already on the list."));
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "“TIVICAY” is already on the list.");
  gtk_test_accessible_assert_state (entry, GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE);
  gtk_editable_set_text (entry, "   ");
  g_assert_false (mg_medicine_list_editor_add_typed (editor));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "   ");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (medicines)), ==, 3);
  gtk_editable_set_text (entry, "");

  /* The remove button says what it removes, and removes it. */
  button = mg_test_ui_find_by_type (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)), GTK_TYPE_BUTTON, "flat");
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Remove Tivicay");
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (medicines)), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (medicines, 0), ==, "quinolones");

  /* Delete on a focused row removes it and keeps focus in the list. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  gtk_widget_grab_focus (row);
  keys = find_key_controller (GTK_WIDGET (list));
  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Delete, 0, 0, &handled);
  g_assert_true (handled);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (medicines)), ==, 1);
  g_assert_cmpstr (gtk_string_list_get_string (medicines, 0), ==, "Zyxoprazine");
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))));

  /* The list is the context's and is remembered in the settings. */
  {
    g_auto(GStrv) saved = g_settings_get_strv (mg_context_get_settings (context), "medicines");
    g_assert_cmpstrv (saved, ((const char * const[]) { "Zyxoprazine", NULL }));
  }

  gtk_window_destroy (window);
  clear_medicines (context);
}

static void
count_changes (GtkSelectionModel *model,
               guint              position,
               guint              n_items,
               guint             *changes)
{
  (*changes)++;
}

/* What a list view asks of the model when the pointer rests on a row or a
 * row is clicked (select_item and friends) changes nothing; only the app
 * moves the selection, and it follows its item through changes. */
static void
test_pinned_selection (void)
{
  GtkStringList *strings = gtk_string_list_new ((const char * const[]) { "a", "b", "c", "d", NULL });
  g_autoptr(MgPinnedSelection) selection = mg_pinned_selection_new (G_LIST_MODEL (strings));
  GtkSelectionModel *model = GTK_SELECTION_MODEL (selection);
  g_autoptr(GListModel) sources = mg_kb_list_sources (mg_context_get_kb (mg_test_ui_get_context ()), NULL);
  g_autoptr(MgSource) third = NULL;
  g_autoptr(MgPinnedSelection) by_id = NULL;
  guint changes = 0;

  g_signal_connect (model, "selection-changed", G_CALLBACK (count_changes), &changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 4);
  g_assert_cmpuint (mg_pinned_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);

  mg_pinned_selection_set_selected (selection, 2);
  g_assert_true (gtk_selection_model_is_selected (model, 2));
  g_assert_cmpuint (changes, ==, 1);

  g_assert_false (gtk_selection_model_select_item (model, 0, TRUE));
  g_assert_false (gtk_selection_model_unselect_all (model));
  g_assert_cmpuint (mg_pinned_selection_get_selected (selection), ==, 2);
  g_assert_cmpuint (changes, ==, 1);

  /* An item removed before it moves the selection with its item… */
  gtk_string_list_remove (strings, 0);
  g_assert_cmpuint (mg_pinned_selection_get_selected (selection), ==, 1);
  g_assert_cmpstr (gtk_string_list_get_string (strings, 1), ==, "c");
  /* …and the item itself removed leaves nothing selected. */
  gtk_string_list_remove (strings, 1);
  g_assert_cmpuint (mg_pinned_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);

  /* Out of range is none; a record is found by its id. */
  mg_pinned_selection_set_selected (selection, 99);
  g_assert_cmpuint (mg_pinned_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);
  g_assert_nonnull (sources);
  third = g_list_model_get_item (sources, 2);
  by_id = mg_pinned_selection_new (g_object_ref (sources));
  mg_pinned_selection_select_id (by_id, mg_source_get_id (third));
  g_assert_cmpuint (mg_pinned_selection_get_selected (by_id), ==, 2);
  mg_pinned_selection_select_id (by_id, "no-such-source");
  g_assert_cmpuint (mg_pinned_selection_get_selected (by_id), ==, GTK_INVALID_LIST_POSITION);
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/widgets/severity/order-and-words", test_severity_order_and_words);
  g_test_add_func ("/widgets/severity/badge-accessible", test_severity_badge_accessible);
  g_test_add_func ("/widgets/sources-view/summary-and-citations", test_sources_view_summary_and_citations);
  g_test_add_func ("/widgets/sources-view/failure", test_sources_view_failure);
  g_test_add_func ("/widgets/medicine-list-editor", test_medicine_list_editor);
  g_test_add_func ("/widgets/pinned-selection", test_pinned_selection);

  return g_test_run ();
}
