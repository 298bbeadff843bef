/* mg-intake-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reference set is the "reference-set" setting, the same key the
 * Preferences window changes: choosing a table here is choosing it for
 * the whole app, and the page names the table it shows in its heading and
 * in the header bar.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-fact-row.h"
#include "mg-format.h"
#include "mg-intake-limits.h"
#include "mg-intake-page.h"
#include "mg-intake-person.h"
#include "mg-kb-labels.h"
#include "mg-a11y.h"
#include "mg-rows.h"
#include "mg-settings-bind.h"

struct _MgIntakePage
{
  MgPage parent_instance;

  GListModel *sets;             /* MgReferenceSet the setting can hold */
  char *set_id;

  GtkScrolledWindow *scroller;
  GtkLabel *heading;
  MgFactRow *set_note;
  AdwComboRow *set_row;
  MgIntakePerson *person;
  GtkBox *tables_box;
  GtkBox *limits_box;
};

G_DEFINE_FINAL_TYPE (MgIntakePage, mg_intake_page, MG_TYPE_PAGE)

/* "14–17 years · Female" */
static char *
intake_title (MgIntakeReference *intake)
{
  g_autofree char *band = mg_format_age_band (mg_intake_reference_get_from_months (intake),
                                              mg_intake_reference_get_to_months (intake));
  const char *sex = mg_intake_reference_get_sex (intake);
  const char *status = mg_intake_reference_get_status (intake);
  GString *title = g_string_new (NULL);

  if (g_strcmp0 (status, "none") != 0 && status != NULL)
    {
      g_string_append (title, mg_kb_label_status (status));
      /* A status at any age needs no band. */
      if (mg_intake_reference_get_from_months (intake) > 0 || mg_intake_reference_get_to_months (intake) >= 0)
        g_string_append_printf (title, " · %s", band);
    }
  else
    g_string_append (title, band);

  if (g_strcmp0 (sex, "any") != 0 && sex != NULL && g_strcmp0 (status, "none") == 0)
    g_string_append_printf (title, " · %s", mg_kb_label_sex (sex));

  return g_string_free (title, FALSE);
}

static GtkWidget *
intake_row_new (MgIntakeReference *intake)
{
  g_autofree char *title = intake_title (intake);
  g_autofree char *value = mg_intake_reference_get_has_value (intake)
                           ? mg_format_mg (mg_intake_reference_get_mg (intake))
                           : g_strdup (_("None set"));
  const char *note = mg_intake_reference_get_note (intake);
  const char *kind = mg_intake_reference_get_has_value (intake)
                     ? mg_kb_label_intake_kind (mg_intake_reference_get_kind (intake))
                     : NULL;
  g_autofree char *text = NULL;
  GtkWidget *row;

  if (kind != NULL && note != NULL)
    text = g_strdup_printf ("%s. %s", kind, note);
  else if (kind != NULL)
    text = g_strdup (kind);
  else
    text = g_strdup (note);

  row = mg_fact_row_new (title, value, text);
  mg_fact_row_set_sources (MG_FACT_ROW (row), mg_intake_reference_get_sources (intake));

  return row;
}

/* Each disagreement with the other source's value beside the one used. */
static void
add_disagreements (GtkWidget         *group,
                   MgIntakeReference *intake)
{
  GListModel *disagreements = mg_intake_reference_get_disagreements (intake);
  GListModel *alternatives = mg_intake_reference_get_alternatives (intake);
  g_autofree char *title = intake_title (intake);
  g_autofree char *used = mg_format_mg (mg_intake_reference_get_mg (intake));

  for (guint i = 0; i < g_list_model_get_n_items (disagreements); i++)
    {
      g_autoptr(MgArticle) disagreement = g_list_model_get_item (disagreements, i);
      GtkWidget *row = mg_fact_row_new (title, used, mg_article_get_text (disagreement));

      mg_fact_row_set_icon_name (MG_FACT_ROW (row), "dialog-information-symbolic");
      mg_fact_row_set_sources (MG_FACT_ROW (row), mg_article_get_sources (disagreement));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  for (guint i = 0; i < g_list_model_get_n_items (alternatives); i++)
    {
      g_autoptr(MgIntakeReference) alternative = g_list_model_get_item (alternatives, i);
      g_autofree char *value = mg_format_mg (mg_intake_reference_get_mg (alternative));
      g_autofree char *alt_title = NULL;
      g_autofree char *text = NULL;
      GtkWidget *row;

      /* Translators: the age band or status the other value is for */
      alt_title = g_strdup_printf (_("Other value · %s"), title);
      /* Translators: the amount the app uses instead */
      text = g_strdup_printf (_("Given by other sources; not used. The app uses %s."), used);
      row = mg_fact_row_new (alt_title, value, text);
      mg_fact_row_set_sources (MG_FACT_ROW (row), mg_intake_reference_get_sources (alternative));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

static void
build_tables (MgIntakePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) intakes = mg_kb_list_intakes (mg_page_get_kb (MG_PAGE (self)), self->set_id, &error);
  GtkWidget *general;
  GtkWidget *status_group = NULL;
  GtkWidget *disagreements = NULL;

  mg_rows_clear_box (self->tables_box);

  if (intakes == NULL)
    {
      GtkWidget *group = mg_rows_group_new (_("Recommended per Day"), NULL);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 mg_fact_row_new (_("This table cannot be read"), NULL, error->message));
      gtk_box_append (self->tables_box, group);
      return;
    }

  general = mg_rows_group_new (_("Recommended per Day"),
                               _("Magnesium from food and supplements together, by age and sex."));
  gtk_box_append (self->tables_box, general);

  for (guint i = 0; i < g_list_model_get_n_items (intakes); i++)
    {
      g_autoptr(MgIntakeReference) intake = g_list_model_get_item (intakes, i);

      if (g_strcmp0 (mg_intake_reference_get_status (intake), "none") == 0)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (general), intake_row_new (intake));
      else
        {
          if (status_group == NULL)
            {
              status_group = mg_rows_group_new (_("Pregnancy and Breastfeeding"), NULL);
              gtk_box_append (self->tables_box, status_group);
            }
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (status_group), intake_row_new (intake));
        }
    }

  /* After the tables: what other sources say about their values. */
  for (guint i = 0; i < g_list_model_get_n_items (intakes); i++)
    {
      g_autoptr(MgIntakeReference) intake = g_list_model_get_item (intakes, i);

      if (g_list_model_get_n_items (mg_intake_reference_get_disagreements (intake)) == 0 &&
          g_list_model_get_n_items (mg_intake_reference_get_alternatives (intake)) == 0)
        continue;

      if (disagreements == NULL)
        {
          disagreements = mg_rows_group_new (_("Where Sources Disagree"),
                                             _("The value each source gives, and which one the app uses."));
          gtk_box_append (self->tables_box, disagreements);
        }
      add_disagreements (disagreements, intake);
    }
}

static void
show_set (MgIntakePage   *self,
          MgReferenceSet *set)
{
  const char *note = mg_reference_set_get_note (set);

  g_free (self->set_id);
  self->set_id = g_strdup (mg_reference_set_get_id (set));

  gtk_label_set_text (self->heading, mg_reference_set_get_name (set));
  mg_fact_row_set_text (self->set_note, note != NULL && *note != '\0' ? note : _("The sources give no further notes on this table."));
  mg_fact_row_set_sources (self->set_note, mg_reference_set_get_sources (set));
  mg_page_set_subtitle (MG_PAGE (self), mg_reference_set_get_name (set));

  mg_intake_person_set_reference_set (self->person, self->set_id);
  build_tables (self);
}

static void
on_set_changed (MgIntakePage *self)
{
  guint selected = adw_combo_row_get_selected (self->set_row);
  g_autoptr(MgReferenceSet) set = NULL;

  if (self->sets == NULL || selected >= g_list_model_get_n_items (self->sets))
    return;

  set = g_list_model_get_item (self->sets, selected);
  if (g_strcmp0 (self->set_id, mg_reference_set_get_id (set)) != 0)
    show_set (self, set);
}

/**
 * mg_intake_page_get_reference_set:
 *
 * Returns: (transfer none): the id of the set on show
 */
const char *
mg_intake_page_get_reference_set (MgIntakePage *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_PAGE (self), NULL);

  return self->set_id;
}

/**
 * mg_intake_page_get_heading:
 *
 * Returns: (transfer none): the page's heading: the set's name
 */
const char *
mg_intake_page_get_heading (MgIntakePage *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_PAGE (self), NULL);

  return gtk_label_get_text (self->heading);
}

GtkWidget *
mg_intake_page_get_set_row (MgIntakePage *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_PAGE (self), NULL);

  return GTK_WIDGET (self->set_row);
}

GtkWidget *
mg_intake_page_get_person (MgIntakePage *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_PAGE (self), NULL);

  return GTK_WIDGET (self->person);
}

GtkWidget *
mg_intake_page_get_tables (MgIntakePage *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_PAGE (self), NULL);

  return GTK_WIDGET (self->tables_box);
}

GtkWidget *
mg_intake_page_get_limits (MgIntakePage *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_PAGE (self), NULL);

  return GTK_WIDGET (self->limits_box);
}

/* Only the sets the setting can name are offered: the choice is kept. */
static GListModel *
settable_sets (MgKb       *kb,
               GSettings  *settings,
               GStrv      *out_ids,
               GError    **error)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GListModel) all = mg_kb_list_reference_sets (kb, error);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GListStore *store;

  if (all == NULL)
    return NULL;

  store = g_list_store_new (MG_TYPE_REFERENCE_SET);

  g_object_get (settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "reference-set");

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (all, i);

      if (!g_settings_schema_key_range_check (key, g_variant_new_string (mg_reference_set_get_id (set))))
        continue;

      g_list_store_append (store, set);
      g_strv_builder_add (ids, mg_reference_set_get_id (set));
    }

  *out_ids = g_strv_builder_end (ids);
  return G_LIST_MODEL (store);
}

static void
mg_intake_page_show_record (MgPage     *page,
                            const char *kind,
                            const char *id)
{
  MgIntakePage *self = MG_INTAKE_PAGE (page);
  GtkWidget *target = g_str_equal (kind, "limit-set") ? GTK_WIDGET (self->limits_box) : GTK_WIDGET (self->tables_box);
  graphene_point_t point;

  if (g_str_equal (kind, "reference-set"))
    {
      for (guint i = 0; i < g_list_model_get_n_items (self->sets); i++)
        {
          g_autoptr(MgReferenceSet) set = g_list_model_get_item (self->sets, i);

          if (g_strcmp0 (mg_reference_set_get_id (set), id) == 0)
            adw_combo_row_set_selected (self->set_row, i);
        }
    }

  /* Scroll the table or the limits into view. */
  if (gtk_widget_compute_point (target, GTK_WIDGET (gtk_scrolled_window_get_child (self->scroller)),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), point.y);
}

static void
mg_intake_page_constructed (GObject *object)
{
  MgIntakePage *self = MG_INTAKE_PAGE (object);
  MgKb *kb;
  GSettings *settings;
  g_auto(GStrv) ids = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (mg_intake_page_parent_class)->constructed (object);

  kb = mg_page_get_kb (MG_PAGE (self));
  settings = mg_context_get_settings (mg_page_get_context (MG_PAGE (self)));
  self->sets = settable_sets (kb, settings, &ids, &error);
  if (self->sets == NULL)
    {
      mg_page_show_error (MG_PAGE (self), error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (self->sets); i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (self->sets, i);

      gtk_string_list_append (names, mg_reference_set_get_name (set));
    }

  mg_intake_person_setup (self->person, kb, ids[0]);
  mg_intake_limits_build (self->limits_box, kb);

  adw_combo_row_set_model (self->set_row, G_LIST_MODEL (names));
  mg_settings_bind_choice (settings, "reference-set", self->set_row, "selected", (const char * const *) ids);
  /* The binding sets the row only when it differs from the first. */
  on_set_changed (self);
  mg_a11y_hide_row_arrows (GTK_WIDGET (self));
}

static void
mg_intake_page_dispose (GObject *object)
{
  MgIntakePage *self = MG_INTAKE_PAGE (object);

  if (self->set_row != NULL)
    g_settings_unbind (self->set_row, "selected");
  g_clear_object (&self->sets);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_INTAKE_PAGE);

  G_OBJECT_CLASS (mg_intake_page_parent_class)->dispose (object);
}

static void
mg_intake_page_finalize (GObject *object)
{
  MgIntakePage *self = MG_INTAKE_PAGE (object);

  g_free (self->set_id);

  G_OBJECT_CLASS (mg_intake_page_parent_class)->finalize (object);
}

static void
mg_intake_page_class_init (MgIntakePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MgPageClass *page_class = MG_PAGE_CLASS (klass);

  object_class->constructed = mg_intake_page_constructed;
  object_class->dispose = mg_intake_page_dispose;
  object_class->finalize = mg_intake_page_finalize;
  page_class->show_record = mg_intake_page_show_record;

  g_type_ensure (MG_TYPE_INTAKE_PERSON);
  g_type_ensure (MG_TYPE_FACT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-intake-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgIntakePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, MgIntakePage, heading);
  gtk_widget_class_bind_template_child (widget_class, MgIntakePage, set_note);
  gtk_widget_class_bind_template_child (widget_class, MgIntakePage, set_row);
  gtk_widget_class_bind_template_child (widget_class, MgIntakePage, person);
  gtk_widget_class_bind_template_child (widget_class, MgIntakePage, tables_box);
  gtk_widget_class_bind_template_child (widget_class, MgIntakePage, limits_box);
  gtk_widget_class_bind_template_callback (widget_class, on_set_changed);
}

static void
mg_intake_page_init (MgIntakePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
