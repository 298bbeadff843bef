/* mg-conditions-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A condition's rating is a word with an icon, never a colour alone. The
 * list shows and filters by the first rating, the one the knowledge base
 * lists first; the detail shows every rating with who gave it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-conditions-page.h"
#include "mg-fact-row.h"
#include "mg-format.h"
#include "mg-kb-dose-labels.h"
#include "mg-kb-labels.h"
#include "mg-list-rows.h"
#include "mg-pinned-selection.h"
#include "mg-rows.h"

/* The ratings in the order of the filter, best first. */
static const char *ratings[] = {
  "effective", "likely-effective", "possibly-effective", "insufficient-evidence",
  "possibly-ineffective", "likely-ineffective", "ineffective",
};

struct _MgConditionsPage
{
  MgPage parent_instance;

  GListModel *conditions;
  GtkFilterListModel *filtered;
  MgPinnedSelection *selection;
  char *filter_rating;          /* NULL: every rating */
  MgCondition *condition;

  AdwLeaflet *leaflet;
  GtkWidget *filter_label;
  GtkDropDown *filter_dropdown;
  GtkStack *list_stack;
  GtkListView *list_view;
  GtkStack *detail_stack;
  GtkScrolledWindow *detail_scroller;
  GtkBox *detail_box;
};

G_DEFINE_FINAL_TYPE (MgConditionsPage, mg_conditions_page, MG_TYPE_PAGE)

static const char *
first_rating (MgCondition *condition)
{
  GListModel *list = mg_condition_get_ratings (condition);
  g_autoptr(MgRating) rating = g_list_model_get_n_items (list) > 0 ? g_list_model_get_item (list, 0) : NULL;

  /* The string lives in the condition's rating, which the condition keeps. */
  return rating != NULL ? mg_rating_get_value (rating) : NULL;
}

static void
describe_condition (gpointer       item,
                    MgListRowText *text)
{
  MgCondition *condition = item;
  const char *rating = first_rating (condition);

  text->title = g_strdup (mg_condition_get_name (condition));
  /* Translators: a rating word, then how magnesium was given ("Oral") */
  text->subtitle = g_strdup_printf (_("%s · %s"),
                                    rating != NULL ? mg_kb_label_rating (rating) : _("Not rated"),
                                    mg_kb_label_route (mg_condition_get_route (condition)));
  text->icon_name = mg_format_rating_icon (rating);
  text->css_class = mg_format_rating_css_class (rating);
}

static gboolean
filter_condition (gpointer item,
                  gpointer user_data)
{
  MgConditionsPage *self = user_data;

  return self->filter_rating == NULL ||
         g_strcmp0 (first_rating (MG_CONDITION (item)), self->filter_rating) == 0;
}

static void
update_list_stack (MgConditionsPage *self)
{
  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0 ? "list" : "empty");
}

/**
 * mg_conditions_page_set_filter:
 * @rating: (nullable): a rating value ("effective"), %NULL for all
 */
void
mg_conditions_page_set_filter (MgConditionsPage *self,
                               const char       *rating)
{
  GtkFilter *filter;
  guint position = 0;

  g_return_if_fail (MG_IS_CONDITIONS_PAGE (self));

  g_free (self->filter_rating);
  self->filter_rating = g_strdup (rating);

  filter = gtk_filter_list_model_get_filter (self->filtered);
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_list_stack (self);

  for (guint i = 0; rating != NULL && i < G_N_ELEMENTS (ratings); i++)
    if (g_str_equal (ratings[i], rating))
      position = i + 1;
  if (gtk_drop_down_get_selected (self->filter_dropdown) != position)
    gtk_drop_down_set_selected (self->filter_dropdown, position);
}

static void
on_filter_changed (MgConditionsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->filter_dropdown);
  const char *rating = selected > 0 && selected <= G_N_ELEMENTS (ratings) ? ratings[selected - 1] : NULL;

  /* The template sets the dropdown before the page has its model. */
  if (self->filtered == NULL)
    return;

  if (g_strcmp0 (rating, self->filter_rating) != 0)
    mg_conditions_page_set_filter (self, rating);
}

GListModel *
mg_conditions_page_get_model (MgConditionsPage *self)
{
  g_return_val_if_fail (MG_IS_CONDITIONS_PAGE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

/**
 * mg_conditions_page_get_condition:
 *
 * Returns: (transfer none) (nullable): the condition on show
 */
MgCondition *
mg_conditions_page_get_condition (MgConditionsPage *self)
{
  g_return_val_if_fail (MG_IS_CONDITIONS_PAGE (self), NULL);

  return self->condition;
}

GtkWidget *
mg_conditions_page_get_detail (MgConditionsPage *self)
{
  g_return_val_if_fail (MG_IS_CONDITIONS_PAGE (self), NULL);

  return GTK_WIDGET (self->detail_box);
}

static GtkWidget *
add_row (GtkWidget  *group,
         const char *title,
         const char *value,
         const char *text,
         GListModel *sources)
{
  GtkWidget *row = mg_fact_row_new (title, value, text);

  if (sources != NULL)
    mg_fact_row_set_sources (MG_FACT_ROW (row), sources);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return row;
}

/* The route and who took it as the title and the magnesium it gives a day
 * as the figure beside it, for comparing doses at a glance; then what the
 * source gave, the warning for an oral dose above the upper limit (with an
 * icon, never colour alone) and what was studied. */
static void
add_dose_row (GtkWidget     *group,
              MgStudiedDose *dose)
{
  g_autofree char *amount = mg_kb_label_dose_amount (dose);
  g_autofree char *daily = mg_kb_label_dose_daily_mg (dose);
  g_autofree char *above_limit = mg_kb_label_dose_above_limit (dose);
  const char *route = mg_kb_label_route (mg_studied_dose_get_route (dose));
  const char *population = mg_studied_dose_get_population (dose);
  g_autofree char *title = NULL;
  g_autofree char *value = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  GtkWidget *row;

  if (population != NULL)
    /* Translators: a studied dose's route and who took it, "Oral, Women". */
    title = g_strdup_printf (C_("studied dose", "%s, %s"), route, mg_kb_label_population (population));
  else
    title = g_strdup (route);

  if (daily != NULL)
    /* Translators: mg of elemental magnesium a day, one number or a range,
     * shown beside a studied dose: "583.3 mg a day". */
    value = g_strdup_printf (_("%s mg a day"), daily);

  if (amount != NULL)
    g_ptr_array_add (lines, g_steal_pointer (&amount));
  if (above_limit != NULL)
    g_ptr_array_add (lines, g_steal_pointer (&above_limit));
  if (mg_studied_dose_get_text (dose) != NULL)
    g_ptr_array_add (lines, g_strdup (mg_studied_dose_get_text (dose)));
  g_ptr_array_add (lines, NULL);
  text = g_strjoinv ("\n", (char **) lines->pdata);

  row = add_row (group, title, value, text, mg_studied_dose_get_sources (dose));
  if (mg_studied_dose_get_above_limit (dose))
    mg_fact_row_set_icon_name (MG_FACT_ROW (row), "dialog-warning-symbolic");
}

static void
build_detail (MgConditionsPage *self)
{
  MgCondition *condition = self->condition;
  GListModel *list = mg_condition_get_ratings (condition);
  GListModel *doses = mg_condition_get_studied_doses (condition);
  GtkWidget *heading = mg_rows_heading_new (mg_condition_get_name (condition));
  GtkWidget *group;

  mg_rows_clear_box (self->detail_box);

  gtk_box_append (self->detail_box, heading);

  group = mg_rows_group_new (_("How Well It Works"),
                             _("Each rating with who gave it; the first is the one the list shows."));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(MgRating) rating = g_list_model_get_item (list, i);
      const char *value = mg_rating_get_value (rating);
      /* Translators: who gave a rating, "Rated by Aisle7" */
      g_autofree char *by = g_strdup_printf (_("Rated by %s"), mg_kb_label_rating_scheme (mg_rating_get_scheme (rating)));
      GtkWidget *row = add_row (group, by, mg_kb_label_rating (value), NULL, mg_rating_get_sources (rating));

      mg_fact_row_set_icon_name (MG_FACT_ROW (row), mg_format_rating_icon (value));
    }
  if (g_list_model_get_n_items (list) == 0)
    add_row (group, _("Not rated"), NULL, _("No rating was found for this condition."), NULL);
  add_row (group, _("Route"), mg_kb_label_route (mg_condition_get_route (condition)), NULL, NULL);
  gtk_box_append (self->detail_box, group);

  group = mg_rows_group_new (_("Summary"), NULL);
  add_row (group, NULL, NULL, mg_condition_get_summary (condition), mg_condition_get_sources (condition));
  gtk_box_append (self->detail_box, group);

  group = mg_rows_group_new (_("Doses Studied"), NULL);
  for (guint i = 0; i < g_list_model_get_n_items (doses); i++)
    {
      g_autoptr(MgStudiedDose) dose = g_list_model_get_item (doses, i);

      add_dose_row (group, dose);
    }
  if (g_list_model_get_n_items (doses) == 0)
    add_row (group, NULL, NULL, _("The sources give no dose for this condition."), NULL);
  gtk_box_append (self->detail_box, group);
}

static void
show_condition (MgConditionsPage *self,
                MgCondition      *condition)
{
  g_set_object (&self->condition, condition);
  mg_pinned_selection_select_id (self->selection, mg_condition_get_id (condition));
  build_detail (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0.0);
  gtk_stack_set_visible_child_name (self->detail_stack, "condition");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_list_activate (MgConditionsPage *self,
                  guint             position)
{
  g_autoptr(MgCondition) condition = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (condition != NULL)
    show_condition (self, condition);
}

static void
mg_conditions_page_show_record (MgPage     *page,
                                const char *kind,
                                const char *id)
{
  MgConditionsPage *self = MG_CONDITIONS_PAGE (page);

  for (guint i = 0; self->conditions != NULL && i < g_list_model_get_n_items (self->conditions); i++)
    {
      g_autoptr(MgCondition) condition = g_list_model_get_item (self->conditions, i);

      if (g_strcmp0 (mg_condition_get_id (condition), id) != 0)
        continue;

      /* A search result must show even when the filter hides it. */
      if (!filter_condition (condition, self))
        mg_conditions_page_set_filter (self, NULL);
      show_condition (self, condition);
      return;
    }
}

static void
mg_conditions_page_constructed (GObject *object)
{
  MgConditionsPage *self = MG_CONDITIONS_PAGE (object);
  g_autoptr(GtkListItemFactory) factory = mg_list_rows_factory_new (describe_condition);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  GtkCustomFilter *filter;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (mg_conditions_page_parent_class)->constructed (object);

  self->conditions = mg_kb_list_conditions (mg_page_get_kb (MG_PAGE (self)), &error);
  if (self->conditions == NULL)
    {
      mg_page_show_error (MG_PAGE (self), error);
      return;
    }

  gtk_string_list_append (choices, _("All ratings"));
  for (guint i = 0; i < G_N_ELEMENTS (ratings); i++)
    gtk_string_list_append (choices, mg_kb_label_rating (ratings[i]));

  filter = gtk_custom_filter_new (filter_condition, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (self->conditions), GTK_FILTER (filter));
  self->selection = mg_pinned_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));

  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  gtk_drop_down_set_model (self->filter_dropdown, G_LIST_MODEL (choices));
  mg_list_rows_setup_dropdown (self->filter_dropdown, self->filter_label);
  update_list_stack (self);
  mg_page_set_leaflet (MG_PAGE (self), self->leaflet);
}

static void
mg_conditions_page_dispose (GObject *object)
{
  MgConditionsPage *self = MG_CONDITIONS_PAGE (object);

  g_clear_object (&self->filtered);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_CONDITIONS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->conditions);
  g_clear_object (&self->condition);

  G_OBJECT_CLASS (mg_conditions_page_parent_class)->dispose (object);
}

static void
mg_conditions_page_finalize (GObject *object)
{
  MgConditionsPage *self = MG_CONDITIONS_PAGE (object);

  g_free (self->filter_rating);

  G_OBJECT_CLASS (mg_conditions_page_parent_class)->finalize (object);
}

static void
mg_conditions_page_class_init (MgConditionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MgPageClass *page_class = MG_PAGE_CLASS (klass);

  object_class->constructed = mg_conditions_page_constructed;
  object_class->dispose = mg_conditions_page_dispose;
  object_class->finalize = mg_conditions_page_finalize;
  page_class->show_record = mg_conditions_page_show_record;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-conditions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgConditionsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MgConditionsPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, MgConditionsPage, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MgConditionsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MgConditionsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, MgConditionsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, MgConditionsPage, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, MgConditionsPage, detail_box);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
}

static void
mg_conditions_page_init (MgConditionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
