/* mg-checker-page.c — the interaction checker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The person's medicine list (the context's, shared with the dosing
 * helper) above, the results below: one per interaction found, plus one
 * for each medicine without any, most serious first (a GtkSortListModel
 * over the results). A medicine with no interaction recorded and a name
 * the knowledge base does not know are results too, worded so that
 * neither reads as "safe".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-check-result.h"
#include "mg-checker-page.h"
#include "mg-interaction-card.h"
#include "mg-medicine-list-editor.h"
#include "mg-severity.h"
#include "mg-severity-badge.h"

#define MAX_SUGGESTIONS 3

struct _MgCheckerPage
{
  MgPage                parent_instance;

  GListStore           *results;
  GtkSortListModel     *sorted;

  MgMedicineListEditor *editor;
  GtkLabel             *summary_label;
  GtkListBox           *results_list;
};

G_DEFINE_FINAL_TYPE (MgCheckerPage, mg_checker_page, MG_TYPE_PAGE)

/**
 * mg_checker_page_get_results:
 *
 * Returns: (transfer none): the #MgCheckResult list as shown, most
 *   serious first
 */
GListModel *
mg_checker_page_get_results (MgCheckerPage *self)
{
  g_return_val_if_fail (MG_IS_CHECKER_PAGE (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

static void
on_suggestion_clicked (GtkButton     *button,
                       MgCheckerPage *self)
{
  MgContext *context = mg_page_get_context (MG_PAGE (self));
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position"));

  mg_context_replace_medicine (context, position, g_object_get_data (G_OBJECT (button), "name"));
}

static GtkWidget *
create_suggestions (MgCheckerPage *self,
                    MgCheckResult *result)
{
  GListModel *suggestions = mg_check_result_get_suggestions (result);
  GtkWidget *box = gtk_flow_box_new ();
  guint n = suggestions != NULL ? g_list_model_get_n_items (suggestions) : 0;

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 3);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgSearchResult) suggestion = g_list_model_get_item (suggestions, i);
      const char *name = mg_search_result_get_matched_name (suggestion) != NULL
                         ? mg_search_result_get_matched_name (suggestion)
                         : mg_search_result_get_title (suggestion);
      /* Translators: replace a name the knowledge base does not know by a close one */
      g_autofree char *label = g_strdup_printf (_("Replace “%s” with “%s”"), mg_check_result_get_name (result), name);
      GtkWidget *button = gtk_button_new_with_label (name);

      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "small-pill");
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      g_object_set_data_full (G_OBJECT (button), "name", g_strdup (name), g_free);
      g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (mg_check_result_get_position (result)));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_suggestion_clicked), self, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (box), button);
    }

  return box;
}

/* The two results that are not an interaction: say what is known and
 * what is not, never "safe". */
static GtkWidget *
create_status_card (MgCheckerPage *self,
                    MgCheckResult *result)
{
  MgContext *context = mg_page_get_context (MG_PAGE (self));
  const char *severity = mg_check_result_get_severity (result);
  const char *name = mg_check_result_get_name (result);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (name);
  GtkWidget *text;
  g_autofree char *message = NULL;
  g_autofree char *description = NULL;

  if (g_str_equal (severity, "none"))
    /* Translators: a medicine name, then the knowledge base's version */
    message = g_strdup_printf (_("No interaction with magnesium is recorded for “%s” in this knowledge base "
                                 "(version %s). That does not mean that they are safe together: the knowledge "
                                 "base does not hold every interaction. Ask a pharmacist or doctor."),
                               name, mg_context_get_kb_version (context));
  else if (mg_check_result_get_message (result) != NULL)
    /* Translators: a medicine name, then an error message */
    message = g_strdup_printf (_("“%s” could not be checked: %s"), name, mg_check_result_get_message (result));
  else if (mg_check_result_get_suggestions (result) != NULL &&
           g_list_model_get_n_items (mg_check_result_get_suggestions (result)) > 0)
    message = g_strdup_printf (_("“%s” is not in this knowledge base, so it was not checked. Did you mean one of these?"), name);
  else
    message = g_strdup_printf (_("“%s” is not in this knowledge base, so it was not checked. Check the spelling, "
                                 "or ask a pharmacist or doctor."), name);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "interaction-card");
  gtk_box_append (GTK_BOX (card), mg_severity_badge_new (severity));

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "title-4");
  gtk_box_append (GTK_BOX (card), title);

  text = gtk_label_new (message);
  gtk_label_set_xalign (GTK_LABEL (text), 0.0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_box_append (GTK_BOX (card), text);

  if (g_str_equal (severity, "not-found"))
    gtk_box_append (GTK_BOX (card), create_suggestions (self, result));

  description = mg_severity_dup_description (severity);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  g_object_set (card, "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP, NULL);

  return card;
}

static GtkWidget *
create_result_row (gpointer item,
                   gpointer user_data)
{
  MgCheckerPage *self = MG_CHECKER_PAGE (user_data);
  MgCheckResult *result = MG_CHECK_RESULT (item);
  MgInteraction *interaction = mg_check_result_get_interaction (result);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *child;
  g_autofree char *description = mg_severity_dup_description (mg_check_result_get_severity (result));

  if (interaction != NULL)
    {
      child = mg_interaction_card_new ();
      mg_interaction_card_set_product_link (MG_INTERACTION_CARD (child), TRUE);
      mg_interaction_card_set_interaction (MG_INTERACTION_CARD (child), mg_page_get_kb (MG_PAGE (self)),
                                           interaction, mg_check_result_get_name (result));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      mg_interaction_card_get_title (MG_INTERACTION_CARD (child)),
                                      -1);
    }
  else
    {
      child = create_status_card (self, result);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, mg_check_result_get_name (result),
                                      -1);
    }

  /* The row is what the keyboard lands on: it carries the severity too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);

  return row;
}

static void
check_one (MgCheckerPage *self,
           GPtrArray     *out,
           const char    *name,
           guint          position)
{
  static const char * const kinds[] = { "medicine", "product", "interaction", NULL };
  MgKb *kb = mg_page_get_kb (MG_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) found = mg_kb_find_interactions (kb, name, &error);
  guint n;

  if (found == NULL && g_error_matches (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    {
      /* Suggestions only help: without them the answer is still right. */
      g_autoptr(GListModel) suggestions = mg_kb_suggest (kb, name, kinds, MAX_SUGGESTIONS, NULL);

      g_ptr_array_add (out, mg_check_result_new (name, position, "not-found", NULL, suggestions, NULL));
      return;
    }

  if (found == NULL)
    {
      g_ptr_array_add (out, mg_check_result_new (name, position, "unknown", NULL, NULL,
                                                 error != NULL ? error->message : NULL));
      return;
    }

  n = g_list_model_get_n_items (found);
  if (n == 0)
    g_ptr_array_add (out, mg_check_result_new (name, position, "none", NULL, NULL, NULL));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgInteraction) interaction = g_list_model_get_item (found, i);

      g_ptr_array_add (out, mg_check_result_new (name, position, mg_interaction_get_severity (interaction),
                                                 interaction, NULL, NULL));
    }
}

static void
update_summary (MgCheckerPage *self,
                guint          n_medicines)
{
  guint counts[6] = { 0 };
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  g_autoptr(GString) text = g_string_new (NULL);

  if (n_medicines == 0)
    {
      gtk_label_set_text (self->summary_label, _("Add the medicines you take to see how each one goes with magnesium."));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgCheckResult) result = g_list_model_get_item (G_LIST_MODEL (self->results), i);

      counts[mg_severity_get_rank (mg_check_result_get_severity (result))]++;
    }

  /* Numbers first, so that no plural form is needed. */
  /* Translators: %u is a number of medicines */
  g_string_append_printf (text, _("Medicines checked: %u, the most serious first."), n_medicines);
  if (counts[mg_severity_get_rank ("not-found")] > 0)
    {
      g_string_append_c (text, ' ');
      /* Translators: %u is a number of names */
      g_string_append_printf (text, _("Names not in this knowledge base: %u."),
                              counts[mg_severity_get_rank ("not-found")]);
    }

  gtk_label_set_text (self->summary_label, text->str);
}

static void
recheck (MgCheckerPage *self)
{
  GtkStringList *medicines = mg_context_get_medicines (mg_page_get_context (MG_PAGE (self)));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (medicines));
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    check_one (self, results, gtk_string_list_get_string (medicines, i), i);

  g_list_store_splice (self->results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->results)),
                       results->pdata, results->len);
  update_summary (self, n);
}

static void
mg_checker_page_constructed (GObject *object)
{
  MgCheckerPage *self = MG_CHECKER_PAGE (object);
  MgContext *context = mg_page_get_context (MG_PAGE (self));

  G_OBJECT_CLASS (mg_checker_page_parent_class)->constructed (object);

  mg_medicine_list_editor_set_context (self->editor, context);
  g_signal_connect_object (mg_context_get_medicines (context), "items-changed",
                           G_CALLBACK (recheck), self, G_CONNECT_SWAPPED);
  recheck (self);
}

static void
mg_checker_page_dispose (GObject *object)
{
  MgCheckerPage *self = MG_CHECKER_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_CHECKER_PAGE);
  g_clear_object (&self->sorted);
  g_clear_object (&self->results);

  G_OBJECT_CLASS (mg_checker_page_parent_class)->dispose (object);
}

static void
mg_checker_page_class_init (MgCheckerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mg_checker_page_constructed;
  object_class->dispose = mg_checker_page_dispose;

  g_type_ensure (MG_TYPE_MEDICINE_LIST_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-checker-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgCheckerPage, editor);
  gtk_widget_class_bind_template_child (widget_class, MgCheckerPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MgCheckerPage, results_list);
}

static void
mg_checker_page_init (MgCheckerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->results = g_list_store_new (MG_TYPE_CHECK_RESULT);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->results)),
                                          GTK_SORTER (gtk_custom_sorter_new (mg_check_result_compare, NULL, NULL)));
  gtk_list_box_bind_model (self->results_list, G_LIST_MODEL (self->sorted), create_result_row, self, NULL);
}
