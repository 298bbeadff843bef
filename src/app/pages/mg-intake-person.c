/* mg-intake-person.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lookups are the dosing engine's (mg_dose_engine_lookup_intake and
 * _limit), so this row gives the same figure as the dosing helper and the
 * command line, including their fallbacks for pregnancy and lactation.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-dose-engine.h"
#include "mg-fact-row.h"
#include "mg-format.h"
#include "mg-intake-person.h"
#include "mg-kb-labels.h"
#include "mg-number-row.h"
#include "mg-rows.h"

struct _MgIntakePerson
{
  GtkWidget parent_instance;

  MgKb *kb;
  char *reference_set;
  GListModel *limit_sets;
  GPtrArray *limit_rows;        /* MgFactRow, in the order of limit_sets */

  AdwPreferencesGroup *group;
  MgNumberRow *age_row;
  AdwComboRow *age_unit_row;
  AdwComboRow *sex_row;
  AdwComboRow *status_row;
  MgFactRow *intake_row;
};

G_DEFINE_FINAL_TYPE (MgIntakePerson, mg_intake_person, GTK_TYPE_WIDGET)

static const char *sexes[] = { "female", "male" };
static const char *statuses[] = { "none", "pregnant", "lactating" };

static void
show_all_waiting (MgIntakePerson *self,
                  const char     *text)
{
  mg_fact_row_set_value (self->intake_row, "—");
  mg_fact_row_set_text (self->intake_row, text);
  mg_fact_row_set_sources (self->intake_row, NULL);

  for (guint i = 0; i < self->limit_rows->len; i++)
    {
      MgFactRow *row = g_ptr_array_index (self->limit_rows, i);

      mg_fact_row_set_value (row, "—");
      mg_fact_row_set_text (row, text);
      mg_fact_row_set_sources (row, NULL);
    }
}

/* "Adequate intake for 18 years and older. <note>" */
static void
show_intake (MgIntakePerson    *self,
             MgIntakeReference *intake)
{
  g_autofree char *band = NULL;
  g_autofree char *text = NULL;
  g_autofree char *value = NULL;
  const char *note = mg_intake_reference_get_note (intake);

  if (intake == NULL)
    return;

  band = mg_format_age_band (mg_intake_reference_get_from_months (intake),
                             mg_intake_reference_get_to_months (intake));

  if (mg_intake_reference_get_has_value (intake))
    {
      value = mg_format_mg (mg_intake_reference_get_mg (intake));
      /* Translators: the kind of value (such as "Adequate intake"), an age band, the set's name */
      text = g_strdup_printf (_("%s for %s, in the %s table."),
                              mg_kb_label_intake_kind (mg_intake_reference_get_kind (intake)),
                              band, mg_intake_reference_get_set_name (intake));
    }
  else
    {
      value = g_strdup (_("None set"));
      /* Translators: an age band, then the set's name */
      text = g_strdup_printf (_("No amount is set for %s in the %s table."),
                              band, mg_intake_reference_get_set_name (intake));
    }

  if (note != NULL && *note != '\0')
    {
      g_autofree char *with_note = g_strdup_printf ("%s %s", text, note);

      g_free (text);
      text = g_steal_pointer (&with_note);
    }

  mg_fact_row_set_value (self->intake_row, value);
  mg_fact_row_set_text (self->intake_row, text);
  mg_fact_row_set_sources (self->intake_row, mg_intake_reference_get_sources (intake));
}

/* A band without a limit is said in words, "No upper limit is set under
 * 4 years", never as a figure or as "within limits". */
static void
show_limit (MgFactRow    *row,
            MgUpperLimit *limit)
{
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;
  const char *note = mg_upper_limit_get_note (limit);
  int from = mg_upper_limit_get_from_months (limit);
  int to = mg_upper_limit_get_to_months (limit);

  if (mg_upper_limit_get_has_value (limit))
    {
      g_autofree char *band = mg_format_age_band (from, to);

      value = mg_format_mg (mg_upper_limit_get_mg (limit));
      /* Translators: an age band */
      text = g_strdup_printf (_("For supplemental magnesium at %s; magnesium from food does not count."), band);
    }
  else
    {
      g_autofree char *under = from <= 0 && to > 0 ? mg_format_age (to) : NULL;

      value = g_strdup (_("None set"));
      text = under != NULL
             /* Translators: an age such as "4 years" */
             ? g_strdup_printf (_("No upper limit is set under %s."), under)
             : g_strdup (_("No upper limit is set for this age."));
    }

  if (note != NULL && *note != '\0')
    {
      g_autofree char *with_note = g_strdup_printf ("%s %s", text, note);

      g_free (text);
      text = g_steal_pointer (&with_note);
    }

  mg_fact_row_set_value (row, value);
  mg_fact_row_set_text (row, text);
  mg_fact_row_set_sources (row, mg_upper_limit_get_sources (limit));
}

static void
show_not_covered (MgFactRow  *row,
                  const char *text)
{
  mg_fact_row_set_value (row, "—");
  mg_fact_row_set_text (row, text);
  mg_fact_row_set_sources (row, NULL);
}

static MgProfile *
build_profile (MgIntakePerson *self)
{
  MgProfile *profile = mg_profile_new ();
  guint age = (guint) mg_number_row_get_value (self->age_row);
  guint status = adw_combo_row_get_selected (self->status_row);

  if (adw_combo_row_get_selected (self->age_unit_row) == MG_AGE_UNIT_YEARS)
    age *= 12;

  mg_profile_set_age_months (profile, age);
  mg_profile_set_sex (profile, adw_combo_row_get_selected (self->sex_row) == 1 ? MG_SEX_MALE : MG_SEX_FEMALE);
  mg_profile_set_pregnant (profile, status == 1);
  mg_profile_set_lactating (profile, status == 2);
  mg_profile_set_reference_set (profile, self->reference_set);

  return profile;
}

static void
update (MgIntakePerson *self)
{
  g_autoptr(MgProfile) profile = NULL;
  g_autoptr(MgIntakeReference) intake = NULL;
  g_autoptr(GError) error = NULL;

  if (self->kb == NULL || self->reference_set == NULL)
    return;

  if (!mg_number_row_get_valid (self->age_row))
    {
      show_all_waiting (self, _("Enter an age above."));
      return;
    }

  profile = build_profile (self);
  if (!mg_profile_validate (profile, &error))
    {
      show_all_waiting (self, error->message);
      return;
    }

  if (!mg_dose_engine_lookup_intake (self->kb, profile, &intake, &error))
    show_not_covered (self->intake_row, error->message);
  else if (intake == NULL)
    show_not_covered (self->intake_row, _("This table gives no amount for this person."));
  else
    show_intake (self, intake);
  g_clear_error (&error);

  for (guint i = 0; i < self->limit_rows->len; i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (self->limit_sets, i);
      g_autoptr(MgUpperLimit) limit = NULL;
      MgFactRow *row = g_ptr_array_index (self->limit_rows, i);

      mg_profile_set_limit_set (profile, mg_reference_set_get_id (set));
      if (!mg_dose_engine_lookup_limit (self->kb, profile, &limit, &error))
        show_not_covered (row, error->message);
      else if (limit == NULL)
        show_not_covered (row, _("This set gives no upper limit for this person."));
      else
        show_limit (row, limit);
      g_clear_error (&error);
    }
}

static void
on_age_unit_changed (MgIntakePerson *self)
{
  gboolean years;

  /* The template sets the model before the rows are bound. */
  if (self->kb == NULL)
    return;

  years = adw_combo_row_get_selected (self->age_unit_row) == MG_AGE_UNIT_YEARS;

  /* The oldest age the profile accepts, in the unit chosen. */
  g_object_set (self->age_row, "maximum", years ? MG_PROFILE_MAX_AGE_MONTHS / 12.0 : (double) MG_PROFILE_MAX_AGE_MONTHS, NULL);
  mg_number_row_set_hint (self->age_row, years ? _("In whole years.") : _("In whole months, for babies and toddlers."));
  update (self);
}

/**
 * mg_intake_person_setup:
 * @kb: the knowledge base
 * @reference_set: the set of recommended amounts in use
 *
 * Adds one upper-limit row per limit set of @kb, side by side.
 */
void
mg_intake_person_setup (MgIntakePerson *self,
                        MgKb           *kb,
                        const char     *reference_set)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MG_IS_INTAKE_PERSON (self));
  g_return_if_fail (MG_IS_KB (kb));
  g_return_if_fail (self->kb == NULL);

  self->kb = g_object_ref (kb);
  self->reference_set = g_strdup (reference_set);
  self->limit_sets = mg_kb_list_limit_sets (kb, &error);

  /* Without the sets, say so where their rows would be. */
  if (self->limit_sets == NULL)
    {
      adw_preferences_group_add (self->group, mg_fact_row_new (_("The upper limits cannot be read"), NULL, error->message));
      self->limit_sets = G_LIST_MODEL (g_list_store_new (MG_TYPE_REFERENCE_SET));
    }

  for (guint i = 0; i < g_list_model_get_n_items (self->limit_sets); i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (self->limit_sets, i);
      g_autofree char *title = NULL;
      GtkWidget *row;

      /* Translators: the name of a set of upper limits, "European Union (…)" */
      title = g_strdup_printf (_("Upper limit for supplements: %s"), mg_reference_set_get_name (set));
      row = mg_fact_row_new (title, NULL, NULL);
      gtk_widget_set_name (row, mg_reference_set_get_id (set));
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->limit_rows, row);
    }

  on_age_unit_changed (self);
}

/**
 * mg_intake_person_set_reference_set:
 * @reference_set: a reference set's id
 */
void
mg_intake_person_set_reference_set (MgIntakePerson *self,
                                    const char     *reference_set)
{
  g_return_if_fail (MG_IS_INTAKE_PERSON (self));
  g_return_if_fail (reference_set != NULL);

  g_free (self->reference_set);
  self->reference_set = g_strdup (reference_set);
  update (self);
}

static guint
index_of (const char * const *values,
          guint               n,
          const char         *value)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;

  return 0;
}

/**
 * mg_intake_person_set_person:
 * @age: the age as typed, such as "3"
 * @unit: years or months
 * @sex: "female" or "male"
 * @status: "none", "pregnant" or "lactating"
 *
 * Fills the fields as a person would (tests, links from other pages).
 */
void
mg_intake_person_set_person (MgIntakePerson *self,
                             const char     *age,
                             MgAgeUnit       unit,
                             const char     *sex,
                             const char     *status)
{
  g_return_if_fail (MG_IS_INTAKE_PERSON (self));

  adw_combo_row_set_selected (self->age_unit_row, unit);
  adw_combo_row_set_selected (self->sex_row, index_of (sexes, G_N_ELEMENTS (sexes), sex));
  adw_combo_row_set_selected (self->status_row, index_of (statuses, G_N_ELEMENTS (statuses), status));
  mg_number_row_set_text (self->age_row, age);
}

GtkWidget *
mg_intake_person_get_age_row (MgIntakePerson *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_PERSON (self), NULL);
  return GTK_WIDGET (self->age_row);
}

GtkWidget *
mg_intake_person_get_intake_row (MgIntakePerson *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_PERSON (self), NULL);
  return GTK_WIDGET (self->intake_row);
}

/**
 * mg_intake_person_get_limit_row:
 * @limit_set: a limit set's id, "eu"
 *
 * Returns: (transfer none) (nullable): its row
 */
GtkWidget *
mg_intake_person_get_limit_row (MgIntakePerson *self,
                                const char     *limit_set)
{
  g_return_val_if_fail (MG_IS_INTAKE_PERSON (self), NULL);

  for (guint i = 0; i < self->limit_rows->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (g_ptr_array_index (self->limit_rows, i)), limit_set) == 0)
      return g_ptr_array_index (self->limit_rows, i);

  return NULL;
}

static void
mg_intake_person_dispose (GObject *object)
{
  MgIntakePerson *self = MG_INTAKE_PERSON (object);

  /* Disposing the combo rows changes their selection: update nothing. */
  g_clear_object (&self->kb);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_INTAKE_PERSON);
  g_clear_pointer (&self->limit_rows, g_ptr_array_unref);
  g_clear_object (&self->limit_sets);

  G_OBJECT_CLASS (mg_intake_person_parent_class)->dispose (object);
}

static void
mg_intake_person_finalize (GObject *object)
{
  MgIntakePerson *self = MG_INTAKE_PERSON (object);

  g_free (self->reference_set);

  G_OBJECT_CLASS (mg_intake_person_parent_class)->finalize (object);
}

static void
mg_intake_person_class_init (MgIntakePersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_intake_person_dispose;
  object_class->finalize = mg_intake_person_finalize;

  g_type_ensure (MG_TYPE_NUMBER_ROW);
  g_type_ensure (MG_TYPE_FACT_ROW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-intake-person.ui");
  gtk_widget_class_bind_template_child (widget_class, MgIntakePerson, group);
  gtk_widget_class_bind_template_child (widget_class, MgIntakePerson, age_row);
  gtk_widget_class_bind_template_child (widget_class, MgIntakePerson, age_unit_row);
  gtk_widget_class_bind_template_child (widget_class, MgIntakePerson, sex_row);
  gtk_widget_class_bind_template_child (widget_class, MgIntakePerson, status_row);
  gtk_widget_class_bind_template_child (widget_class, MgIntakePerson, intake_row);
  gtk_widget_class_bind_template_callback (widget_class, update);
  gtk_widget_class_bind_template_callback (widget_class, on_age_unit_changed);
}

static void
mg_intake_person_init (MgIntakePerson *self)
{
  self->limit_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  show_all_waiting (self, _("Enter an age above."));
}
