/* mg-food.h — a food and its magnesium content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_FOOD (mg_food_get_type ())

G_DECLARE_FINAL_TYPE (MgFood, mg_food, MG, FOOD, GObject)

const char         *mg_food_get_id             (MgFood *self);
const char         *mg_food_get_name           (MgFood *self);
double              mg_food_get_mg_per_100g    (MgFood *self);
const char         *mg_food_get_ndb            (MgFood *self);
double              mg_food_get_portion_grams  (MgFood *self);
const char         *mg_food_get_portion        (MgFood *self);
double              mg_food_get_mg_per_portion (MgFood *self);
/**
 * mg_food_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_food_get_sources        (MgFood *self);

G_END_DECLS
