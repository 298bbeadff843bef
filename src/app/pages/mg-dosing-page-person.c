/* mg-dosing-page-person.c — the person: age in years or months, sex,
 * pregnancy, breastfeeding, kidneys, and the reference and limit sets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-a11y.h"
#include "mg-dosing-page-private.h"
#include "mg-kb-labels.h"

gboolean
mg_dosing_page_age_in_months (MgDosingPage *self)
{
  return gtk_drop_down_get_selected (self->age_unit_dropdown) == 1;
}

/**
 * mg_dosing_page_build_profile:
 *
 * Returns: (transfer full) (nullable): the person as entered, with the
 *   sets from the settings; %NULL with @error when it does not validate
 */
MgProfile *
mg_dosing_page_build_profile (MgDosingPage  *self,
                              GError       **error)
{
  GSettings *settings = mg_context_get_settings (mg_page_get_context (MG_PAGE (self)));
  g_autoptr(MgProfile) profile = mg_profile_new ();
  g_autofree char *reference = g_settings_get_string (settings, "reference-set");
  g_autofree char *limits = g_settings_get_string (settings, "limit-set");
  double age = mg_number_row_get_value (self->age_row);

  if (mg_dosing_page_age_in_months (self))
    mg_profile_set_age_months (profile, (guint) age);
  else
    mg_profile_set_age (profile, (guint) age, 0);
  mg_profile_set_sex (profile, adw_combo_row_get_selected (self->sex_row) == 1 ? MG_SEX_MALE : MG_SEX_FEMALE);
  mg_profile_set_pregnant (profile, gtk_switch_get_active (self->pregnant_switch));
  mg_profile_set_lactating (profile, gtk_switch_get_active (self->lactating_switch));
  mg_profile_set_renal_impairment (profile, gtk_switch_get_active (self->renal_switch));
  mg_profile_set_reference_set (profile, reference);
  mg_profile_set_limit_set (profile, limits);

  if (!mg_profile_validate (profile, error))
    return NULL;

  return g_steal_pointer (&profile);
}

/* Pregnancy for a man, or for a child, is said next to the switch. */
void
mg_dosing_page_show_profile_error (MgDosingPage *self,
                    const GError *error)
{
  gboolean status = error != NULL && error->domain == MG_PROFILE_ERROR &&
                    error->code != MG_PROFILE_ERROR_AGE;

  adw_action_row_set_subtitle (self->pregnant_row,
                               status && gtk_switch_get_active (self->pregnant_switch) ? error->message : "");
  adw_action_row_set_subtitle (self->lactating_row,
                               status && !gtk_switch_get_active (self->pregnant_switch) ? error->message : "");
}

void
mg_dosing_page_on_age_unit_changed (MgDosingPage *self)
{
  gboolean months = mg_dosing_page_age_in_months (self);

  mg_number_row_set_rules (self->age_row,
                           MG_NUMBER_RULES (MG_NUMBER_FLAGS_WHOLE | MG_NUMBER_FLAGS_ALLOW_ZERO,
                                            months ? MG_PROFILE_MAX_AGE_MONTHS : MG_PROFILE_MAX_AGE_MONTHS / 12));
  g_signal_emit_by_name (self, "changed");
}

/* The sets are the application's settings, the same keys the Preferences
 * window shows: switching here switches there, and the other way round. */
static void
fill_sets (AdwComboRow *row,
           GListModel  *sets,
           GSettings   *settings,
           const char  *key)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *current = g_settings_get_string (settings, key);
  guint selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (sets, i);

      gtk_string_list_append (names, mg_reference_set_get_name (set));
      if (g_strcmp0 (mg_reference_set_get_id (set), current) == 0)
        selected = i;
    }

  g_object_set_data_full (G_OBJECT (row), "sets", g_object_ref (sets), g_object_unref);
  g_object_set_data (G_OBJECT (row), "key", (gpointer) key);
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected);
}

void
mg_dosing_page_on_set_selected (MgDosingPage *self,
                 GParamSpec   *pspec,
                 AdwComboRow  *row)
{
  GListModel *sets = g_object_get_data (G_OBJECT (row), "sets");
  const char *key = g_object_get_data (G_OBJECT (row), "key");
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(MgReferenceSet) set = NULL;
  g_autofree char *current = NULL;

  if (sets == NULL || selected >= g_list_model_get_n_items (sets))
    return;

  set = g_list_model_get_item (sets, selected);
  current = g_settings_get_string (mg_context_get_settings (mg_page_get_context (MG_PAGE (self))), key);
  if (g_strcmp0 (current, mg_reference_set_get_id (set)) != 0)
    g_settings_set_string (mg_context_get_settings (mg_page_get_context (MG_PAGE (self))), key,
                           mg_reference_set_get_id (set));
}

static void
on_settings_changed (MgDosingPage *self,
                     const char   *key)
{
  AdwComboRow *row = g_str_equal (key, "reference-set") ? self->reference_row
                   : g_str_equal (key, "limit-set") ? self->limit_row : NULL;
  GListModel *sets;
  g_autofree char *current = NULL;

  if (row == NULL)
    return;

  sets = g_object_get_data (G_OBJECT (row), "sets");
  current = g_settings_get_string (mg_context_get_settings (mg_page_get_context (MG_PAGE (self))), key);
  for (guint i = 0; sets != NULL && i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (sets, i);

      if (g_strcmp0 (mg_reference_set_get_id (set), current) == 0 && adw_combo_row_get_selected (row) != i)
        adw_combo_row_set_selected (row, i);
    }
  g_signal_emit_by_name (self, "changed");
}

/* GtkMenuButton and GtkDropDown (GTK 4.8) show screen readers their inner
 * toggle button, which has no name of its own: give it the control's. */
static void
name_inner_button (GtkWidget  *widget,
                   const char *name)
{
  GtkWidget *button = gtk_widget_get_first_child (widget);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (button != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

void
mg_dosing_page_person_init (MgDosingPage *self)
{
  MgKb *kb = mg_page_get_kb (MG_PAGE (self));
  GSettings *settings = mg_context_get_settings (mg_page_get_context (MG_PAGE (self)));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) references = mg_kb_list_reference_sets (kb, &error);
  g_autoptr(GListModel) limits = references != NULL ? mg_kb_list_limit_sets (kb, &error) : NULL;
  g_autoptr(GtkStringList) units = gtk_string_list_new ((const char *[]) { _("years"), _("months"), NULL });
  g_autoptr(GtkStringList) sexes = gtk_string_list_new ((const char *[]) { mg_kb_label_sex ("female"),
                                                                          mg_kb_label_sex ("male"), NULL });

  gtk_drop_down_set_model (self->age_unit_dropdown, G_LIST_MODEL (units));
  name_inner_button (GTK_WIDGET (self->age_unit_dropdown), _("Age in years or in months"));
  name_inner_button (GTK_WIDGET (self->open_button), _("Open a Saved Plan"));
  name_inner_button (GTK_WIDGET (self->menu_button), _("Plan and Handout"));
  adw_combo_row_set_model (self->sex_row, G_LIST_MODEL (sexes));
  /* The combo rows' arrows: the rows have the names. */
  mg_a11y_hide_decorative_images (GTK_WIDGET (self->sex_row));
  mg_a11y_hide_decorative_images (GTK_WIDGET (self->reference_row));
  mg_a11y_hide_decorative_images (GTK_WIDGET (self->limit_row));
  /* A knowledge base that fails says so where the sets would be. */
  if (limits == NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->reference_row), error->message);
      g_clear_object (&references);
      references = G_LIST_MODEL (g_list_store_new (MG_TYPE_REFERENCE_SET));
      limits = G_LIST_MODEL (g_list_store_new (MG_TYPE_REFERENCE_SET));
    }
  fill_sets (self->reference_row, references, settings, "reference-set");
  fill_sets (self->limit_row, limits, settings, "limit-set");
  g_signal_connect_object (settings, "changed", G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
}
