/* mg-food-estimate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan's food figure is what is typed plus the picked foods' portions
 * times their magnesium per portion (from the knowledge base, with its
 * source); the picked foods are kept in the plan too, so a saved plan
 * comes back with them.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-a11y.h"
#include "mg-food-estimate.h"
#include "mg-number.h"
#include "mg-number-row.h"

struct _MgFoodEstimate
{
  AdwBin               parent_instance;

  MgPlan              *plan;
  GPtrArray           *foods;      /* MgFood with a portion, in the list's order */
  GPtrArray           *spins;      /* GtkSpinButton, parallel to foods */
  double               typed_mg;   /* the last valid typed figure */
  gboolean             updating;

  MgNumberRow         *typed_row;
  AdwExpanderRow      *foods_row;
};

G_DEFINE_FINAL_TYPE (MgFoodEstimate, mg_food_estimate, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GtkWidget *
mg_food_estimate_new (void)
{
  return g_object_new (MG_TYPE_FOOD_ESTIMATE, NULL);
}

gboolean
mg_food_estimate_get_valid (MgFoodEstimate *self)
{
  g_return_val_if_fail (MG_IS_FOOD_ESTIMATE (self), FALSE);

  return mg_number_row_get_valid (self->typed_row);
}

/* Writes the typed figure and the portions into the plan. */
static void
store (MgFoodEstimate *self)
{
  double picked = 0.0;

  if (self->plan == NULL || self->updating)
    return;

  self->updating = TRUE;
  mg_plan_clear_foods (self->plan);
  for (guint i = 0; i < self->foods->len; i++)
    {
      MgFood *food = g_ptr_array_index (self->foods, i);
      double portions = gtk_spin_button_get_value (g_ptr_array_index (self->spins, i));

      if (portions > 0.0)
        {
          mg_plan_add_food (self->plan, mg_food_get_id (food), portions);
          picked += portions * mg_food_get_mg_per_portion (food);
        }
    }
  mg_plan_set_food_mg_per_day (self->plan, MIN (self->typed_mg + picked, MG_NUMBER_MAX_AMOUNT_MG));
  self->updating = FALSE;

  if (self->foods->len > 0)
  {
    g_autofree char *mg = mg_number_format (picked, 0);
    /* Translators: mg of magnesium from the picked foods. */
    g_autofree char *subtitle = g_strdup_printf (_("%s mg a day from the foods picked"), mg);

    adw_expander_row_set_subtitle (self->foods_row, subtitle);
  }
}

static void
on_typed_changed (MgFoodEstimate *self)
{
  /* The plan keeps the last valid figure while the field is wrong. */
  if (mg_number_row_get_valid (self->typed_row))
    self->typed_mg = mg_number_row_get_value (self->typed_row);
  store (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

static GtkWidget *
food_row_new (MgFood         *food,
              GtkSpinButton **out_spin)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0.0, 20.0, 0.5);
  g_autofree char *title = g_strdup_printf ("%s (%s)", mg_food_get_name (food), mg_food_get_portion (food));
  g_autofree char *mg = mg_number_format (mg_food_get_mg_per_portion (food), 0);
  /* Translators: mg of magnesium in one portion. */
  g_autofree char *subtitle = g_strdup_printf (_("%s mg a portion"), mg);
  /* Translators: a food and its portion, as the spin button's name. */
  g_autofree char *label = g_strdup_printf (_("Portions a day of %s"), title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  /* libadwaita labels the activatable widget by the row's title too, and
   * GTK 4.8 then reads both: the food twice. The name above says it all. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_RELATION_LABELLED_BY);

  *out_spin = GTK_SPIN_BUTTON (spin);
  return row;
}

/**
 * mg_food_estimate_set_plan:
 *
 * Shows @plan's foods and figure and edits them from now on. The first
 * call also lists the foods of @kb.
 */
void
mg_food_estimate_set_plan (MgFoodEstimate *self,
                           MgKb           *kb,
                           MgPlan         *plan)
{
  double picked = 0.0;

  g_return_if_fail (MG_IS_FOOD_ESTIMATE (self));
  g_return_if_fail (MG_IS_KB (kb));
  g_return_if_fail (MG_IS_PLAN (plan));

  if (self->foods->len == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) foods = mg_kb_list_foods (kb, &error);

      if (foods == NULL)
        {
          adw_expander_row_set_subtitle (self->foods_row, error->message);
          foods = G_LIST_MODEL (g_list_store_new (MG_TYPE_FOOD));
        }

      for (guint i = 0; i < g_list_model_get_n_items (foods); i++)
        {
          g_autoptr(MgFood) food = g_list_model_get_item (foods, i);
          GtkSpinButton *spin;

          if (mg_food_get_mg_per_portion (food) <= 0.0)
            continue;
          adw_expander_row_add_row (self->foods_row, food_row_new (food, &spin));
          g_ptr_array_add (self->foods, g_object_ref (food));
          g_ptr_array_add (self->spins, spin);
          g_signal_connect_object (spin, "value-changed", G_CALLBACK (store), self, G_CONNECT_SWAPPED);
        }
    }

  g_set_object (&self->plan, plan);

  self->updating = TRUE;
  for (guint i = 0; i < self->foods->len; i++)
    {
      MgFood *food = g_ptr_array_index (self->foods, i);
      double portions = 0.0;

      for (guint f = 0; f < mg_plan_get_n_foods (plan); f++)
        {
          double p = 0.0;

          if (g_strcmp0 (mg_plan_get_food (plan, f, &p), mg_food_get_id (food)) == 0)
            portions = p;
        }
      gtk_spin_button_set_value (g_ptr_array_index (self->spins, i), portions);
      picked += portions * mg_food_get_mg_per_portion (food);
    }
  self->typed_mg = MAX (0.0, mg_plan_get_food_mg_per_day (plan) - picked);
  mg_number_row_set_value (self->typed_row, self->typed_mg);
  self->updating = FALSE;

  store (self);
}

static void
mg_food_estimate_dispose (GObject *object)
{
  MgFoodEstimate *self = MG_FOOD_ESTIMATE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_FOOD_ESTIMATE);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->foods, g_ptr_array_unref);
  g_clear_pointer (&self->spins, g_ptr_array_unref);

  G_OBJECT_CLASS (mg_food_estimate_parent_class)->dispose (object);
}

static void
mg_food_estimate_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MgFoodEstimate *self = MG_FOOD_ESTIMATE (object);

  switch (prop_id)
    {
    case PROP_VALID:
      g_value_set_boolean (value, mg_food_estimate_get_valid (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_food_estimate_class_init (MgFoodEstimateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_food_estimate_dispose;
  object_class->get_property = mg_food_estimate_get_property;

  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MG_TYPE_NUMBER_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-food-estimate.ui");
  gtk_widget_class_bind_template_child (widget_class, MgFoodEstimate, typed_row);
  gtk_widget_class_bind_template_child (widget_class, MgFoodEstimate, foods_row);
  gtk_widget_class_bind_template_callback (widget_class, on_typed_changed);
}

static void
mg_food_estimate_init (MgFoodEstimate *self)
{
  self->foods = g_ptr_array_new_with_free_func (g_object_unref);
  self->spins = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  mg_a11y_hide_decorative_images (GTK_WIDGET (self->foods_row));
}
