/* mg-food-estimate.h — magnesium from food: a typed daily figure and foods
 * picked from the knowledge base with portions a day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mg-kb.h"
#include "mg-plan.h"

G_BEGIN_DECLS

#define MG_TYPE_FOOD_ESTIMATE (mg_food_estimate_get_type ())

G_DECLARE_FINAL_TYPE (MgFoodEstimate, mg_food_estimate, MG, FOOD_ESTIMATE, AdwBin)

GtkWidget *mg_food_estimate_new       (void);
void       mg_food_estimate_set_plan  (MgFoodEstimate *self,
                                       MgKb           *kb,
                                       MgPlan         *plan);
gboolean   mg_food_estimate_get_valid (MgFoodEstimate *self);

G_END_DECLS
