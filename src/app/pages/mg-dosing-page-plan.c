/* mg-dosing-page-plan.c — the plan on the page: its supplement editors,
 * the medicines' times, and the plan they make together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Below the page's other files: it calls none of them, and says that the
 * input changed with the page's "changed" signal.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-dosing-page-private.h"
#include "mg-product-editor.h"

static guint
medicine_time (MgDosingPage *self,
               const char   *name)
{
  g_autofree char *key = g_utf8_casefold (name, -1);
  gpointer value = g_hash_table_lookup (self->medicine_times, key);

  return value != NULL ? GPOINTER_TO_UINT (value) - 1 : MG_PLAN_DEFAULT_MEDICINE_TIME;
}

/**
 * mg_dosing_page_set_medicine_time:
 * @medicine: a name on the medicine list
 * @minute: when it is taken, minutes after midnight
 *
 * Returns: %TRUE if the time changed
 */
gboolean
mg_dosing_page_set_medicine_time (MgDosingPage *self,
                                  const char   *medicine,
                                  guint         minute)
{
  g_return_val_if_fail (MG_IS_DOSING_PAGE (self), FALSE);
  g_return_val_if_fail (medicine != NULL, FALSE);
  g_return_val_if_fail (minute < MG_MINUTES_PER_DAY, FALSE);

  if (medicine_time (self, medicine) == minute)
    return FALSE;

  g_hash_table_insert (self->medicine_times, g_utf8_casefold (medicine, -1), GUINT_TO_POINTER (minute + 1));
  g_signal_emit_by_name (self, "changed");
  return TRUE;
}

/**
 * mg_dosing_page_build_plan:
 *
 * Returns: (transfer full): the products (their last valid values), the
 *   food figure, and every medicine on the list with its time
 */
MgPlan *
mg_dosing_page_build_plan (MgDosingPage *self)
{
  GtkStringList *medicines = mg_context_get_medicines (mg_page_get_context (MG_PAGE (self)));
  MgPlan *plan = mg_plan_new ();
  GListModel *products = mg_plan_get_products (self->plan);

  for (guint i = 0; i < g_list_model_get_n_items (products); i++)
    {
      g_autoptr(MgProduct) product = g_list_model_get_item (products, i);

      mg_plan_add_product (plan, product);
    }
  mg_plan_set_food_mg_per_day (plan, mg_plan_get_food_mg_per_day (self->plan));
  for (guint i = 0; i < mg_plan_get_n_foods (self->plan); i++)
    {
      double portions = 0.0;
      const char *food = mg_plan_get_food (self->plan, i, &portions);

      mg_plan_add_food (plan, food, portions);
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (medicines)); i++)
    {
      const char *name = gtk_string_list_get_string (medicines, i);

      mg_plan_add_medicine (plan, name);
      mg_plan_set_medicine_time (plan, i, medicine_time (self, name));
    }

  return plan;
}

static void
on_product_notify (MgDosingPage *self)
{
  g_signal_emit_by_name (self, "changed");
}

static void
on_editor_remove (MgDosingPage    *self,
                  MgProductEditor *editor)
{
  guint position;

  if (!g_ptr_array_find (self->editors, editor, &position))
    return;

  adw_preferences_group_remove (self->products_group, GTK_WIDGET (editor));
  g_ptr_array_remove_index (self->editors, position);
  mg_plan_remove_product (self->plan, position);
  g_signal_emit_by_name (self, "changed");
}

static void
add_editor (MgDosingPage *self,
            MgProduct    *product)
{
  GtkWidget *editor = mg_product_editor_new (mg_page_get_kb (MG_PAGE (self)), product);

  g_signal_connect_object (editor, "remove", G_CALLBACK (on_editor_remove), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "notify::valid", G_CALLBACK (on_product_notify), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (product, "notify", G_CALLBACK (on_product_notify), self, G_CONNECT_SWAPPED);
  g_ptr_array_add (self->editors, editor);
  adw_preferences_group_add (self->products_group, editor);
}

/**
 * mg_dosing_page_add_product:
 *
 * Adds an empty supplement for the person to fill in: elemental
 * magnesium, once a day, with the amount still to type.
 */
void
mg_dosing_page_add_product (MgDosingPage *self)
{
  g_autoptr(MgProduct) product = NULL;

  g_return_if_fail (MG_IS_DOSING_PAGE (self));

  product = mg_product_new (MG_PRODUCT_ELEMENTAL, 0.0, MG_AMOUNT_UNIT_MG, 1.0, 1);
  mg_plan_add_product (self->plan, product);
  add_editor (self, product);
  g_signal_emit_by_name (self, "changed");
}

static void
clear_editors (MgDosingPage *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    adw_preferences_group_remove (self->products_group, g_ptr_array_index (self->editors, i));
  g_ptr_array_set_size (self->editors, 0);
}

/**
 * mg_dosing_page_load:
 * @name: the saved plan's name, "" for an unsaved one
 *
 * @replace_medicines: make the plan's medicines the context's medicine
 *   list (opening another person's plan); otherwise the list stays as the
 *   interaction checker left it and only the plan's times are taken
 *
 * Shows a plan: the person, the products, the food and the medicines'
 * times.
 */
void
mg_dosing_page_load (MgDosingPage *self,
                     MgProfile    *profile,
                     gboolean      age_in_months,
                     MgPlan       *plan,
                     const char   *name,
                     gboolean      replace_medicines)
{
  MgContext *context = mg_page_get_context (MG_PAGE (self));
  GtkStringList *medicines = mg_context_get_medicines (context);
  const char * const *names = mg_plan_get_medicines (plan);
  GListModel *products = mg_plan_get_products (plan);
  guint months = mg_profile_get_age_months (profile);

  self->restoring = TRUE;

  gtk_drop_down_set_selected (self->age_unit_dropdown, age_in_months ? 1 : 0);
  mg_number_row_set_value (self->age_row, age_in_months ? months : months / 12);
  adw_combo_row_set_selected (self->sex_row, mg_profile_get_sex (profile) == MG_SEX_MALE ? 1 : 0);
  gtk_switch_set_active (self->pregnant_switch, mg_profile_get_pregnant (profile));
  gtk_switch_set_active (self->lactating_switch, mg_profile_get_lactating (profile));
  gtk_switch_set_active (self->renal_switch, mg_profile_get_renal_impairment (profile));

  clear_editors (self);
  g_set_object (&self->plan, mg_plan_new ());
  for (guint i = 0; i < g_list_model_get_n_items (products); i++)
    {
      g_autoptr(MgProduct) product = g_list_model_get_item (products, i);

      mg_plan_add_product (self->plan, product);
      add_editor (self, product);
    }
  mg_plan_set_food_mg_per_day (self->plan, mg_plan_get_food_mg_per_day (plan));
  for (guint i = 0; i < mg_plan_get_n_foods (plan); i++)
    {
      double portions = 0.0;
      const char *food = mg_plan_get_food (plan, i, &portions);

      mg_plan_add_food (self->plan, food, portions);
    }
  mg_food_estimate_set_plan (self->food_estimate, mg_page_get_kb (MG_PAGE (self)), self->plan);

  if (replace_medicines)
    while (g_list_model_get_n_items (G_LIST_MODEL (medicines)) > 0)
      mg_context_remove_medicine (context, 0);
  g_hash_table_remove_all (self->medicine_times);
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (replace_medicines)
        mg_context_add_medicine (context, names[i]);
      g_hash_table_insert (self->medicine_times, g_utf8_casefold (names[i], -1),
                           GUINT_TO_POINTER (mg_plan_get_medicine_time (plan, i) + 1));
    }

  g_free (self->plan_name);
  self->plan_name = g_strdup (name != NULL ? name : "");
  g_object_notify (G_OBJECT (self), "plan-name");

  self->restoring = FALSE;
  g_signal_emit_by_name (self, "changed");
}

