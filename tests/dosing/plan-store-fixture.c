/* plan-store-fixture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "plan-store-fixture.h"

static const char * const compounds[] = { "oxide", "citrate-nonahydrate", "elemental", "bisglycinate" };

char *
fixture_plan_name (guint index)
{
  return g_strdup_printf ("plan %06u", index);
}

MgProfile *
fixture_profile (guint index)
{
  MgProfile *profile = mg_profile_new ();

  mg_profile_set_age_months (profile, 12 * 18 + index % 700);
  mg_profile_set_sex (profile, index % 2 ? MG_SEX_MALE : MG_SEX_FEMALE);
  mg_profile_set_renal_impairment (profile, index % 5 == 0);

  return profile;
}

MgPlan *
fixture_plan (guint index)
{
  MgPlan *plan = mg_plan_new ();

  for (guint p = 0; p < 1 + index % 3; p++)
    {
      g_autoptr(MgProduct) product = mg_product_new (compounds[(index + p) % G_N_ELEMENTS (compounds)],
                                                     100 + index % 900 + p, MG_AMOUNT_UNIT_MG,
                                                     1 + p * 0.5, 1 + (index + p) % 3);

      mg_product_set_intake_time (product, 0, (index * 7 + p) % MG_MINUTES_PER_DAY);
      mg_plan_add_product (plan, product);
    }

  mg_plan_set_food_mg_per_day (plan, index % 400);
  if (index % 4 == 1)
    mg_plan_add_food (plan, "almonds", 1 + index % 3);
  mg_plan_add_medicine (plan, "ciprofloxacin");
  mg_plan_set_medicine_time (plan, 0, index % MG_MINUTES_PER_DAY);
  if (index % 3 == 0)
    mg_plan_add_medicine (plan, "levothyroxine");

  return plan;
}

static gboolean
products_match (MgPlan *expected,
                MgPlan *plan)
{
  GListModel *a = mg_plan_get_products (expected);
  GListModel *b = mg_plan_get_products (plan);

  if (g_list_model_get_n_items (a) != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(MgProduct) x = g_list_model_get_item (a, i);
      g_autoptr(MgProduct) y = g_list_model_get_item (b, i);

      if (g_strcmp0 (mg_product_get_compound_id (x), mg_product_get_compound_id (y)) != 0 ||
          mg_product_get_amount (x) != mg_product_get_amount (y) ||
          mg_product_get_unit (x) != mg_product_get_unit (y) ||
          mg_product_get_units_per_intake (x) != mg_product_get_units_per_intake (y) ||
          mg_product_get_intakes_per_day (x) != mg_product_get_intakes_per_day (y))
        return FALSE;

      for (guint t = 0; t < mg_product_get_intakes_per_day (x); t++)
        if (mg_product_has_intake_time (x, t) != mg_product_has_intake_time (y, t) ||
            mg_product_get_intake_time (x, t) != mg_product_get_intake_time (y, t))
          return FALSE;
    }

  return TRUE;
}

gboolean
fixture_plan_matches (guint      index,
                      MgProfile *profile,
                      gboolean   age_in_months,
                      MgPlan    *plan)
{
  g_autoptr(MgProfile) expected_profile = fixture_profile (index);
  g_autoptr(MgPlan) expected = fixture_plan (index);
  const char * const *a = mg_plan_get_medicines (expected);
  const char * const *b = mg_plan_get_medicines (plan);

  if (mg_profile_get_age_months (profile) != mg_profile_get_age_months (expected_profile) ||
      mg_profile_get_sex (profile) != mg_profile_get_sex (expected_profile) ||
      mg_profile_get_renal_impairment (profile) != mg_profile_get_renal_impairment (expected_profile) ||
      age_in_months != (index % 2 == 0) ||
      mg_plan_get_food_mg_per_day (plan) != mg_plan_get_food_mg_per_day (expected) ||
      mg_plan_get_n_foods (plan) != mg_plan_get_n_foods (expected) ||
      !g_strv_equal (a, b) || !products_match (expected, plan))
    return FALSE;

  for (guint i = 0; a[i] != NULL; i++)
    if (mg_plan_get_medicine_time (plan, i) != mg_plan_get_medicine_time (expected, i))
      return FALSE;

  return TRUE;
}
