/* mg-plan.h — what a person takes: products, food and medicines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mg-product.h"

G_BEGIN_DECLS

/* When a medicine is taken unless the person says otherwise: mornings,
 * like the first magnesium intake (mg_product_default_intake_time()), so a
 * new plan shows at once whether the two need to be kept apart. */
#define MG_PLAN_DEFAULT_MEDICINE_TIME (8 * 60)

#define MG_TYPE_PLAN (mg_plan_get_type ())

G_DECLARE_FINAL_TYPE (MgPlan, mg_plan, MG, PLAN, GObject)

/**
 * mg_plan_new:
 *
 * Returns: (transfer full): an empty plan
 */
MgPlan             *mg_plan_new                  (void);

/**
 * mg_plan_get_products:
 *
 * Returns: (transfer none): the plan's #MgProduct list, never %NULL
 */
GListModel         *mg_plan_get_products         (MgPlan     *self);
void                mg_plan_add_product          (MgPlan     *self,
                                                  MgProduct  *product);
void                mg_plan_remove_product       (MgPlan     *self,
                                                  guint       position);

double              mg_plan_get_food_mg_per_day  (MgPlan     *self);
void                mg_plan_set_food_mg_per_day  (MgPlan     *self,
                                                  double      food_mg_per_day);

guint               mg_plan_get_n_foods          (MgPlan     *self);
const char         *mg_plan_get_food             (MgPlan     *self,
                                                  guint       position,
                                                  double     *out_portions);
void                mg_plan_add_food             (MgPlan     *self,
                                                  const char *food_id,
                                                  double      portions);
void                mg_plan_remove_food          (MgPlan     *self,
                                                  guint       position);
void                mg_plan_clear_foods          (MgPlan     *self);

/**
 * mg_plan_get_medicines:
 *
 * Returns: (transfer none) (array zero-terminated=1): the medicine names as entered
 */
const char * const *mg_plan_get_medicines        (MgPlan     *self);
void                mg_plan_add_medicine         (MgPlan     *self,
                                                  const char *medicine);
void                mg_plan_clear_medicines      (MgPlan     *self);
guint               mg_plan_get_medicine_time    (MgPlan     *self,
                                                  guint       position);
void                mg_plan_set_medicine_time    (MgPlan     *self,
                                                  guint       position,
                                                  guint       minute);

G_END_DECLS
