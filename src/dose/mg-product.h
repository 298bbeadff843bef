/* mg-product.h — one supplement in a plan: what it is and how it is taken
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "mg-units.h"

G_BEGIN_DECLS

/* Minutes after midnight; a day has 1440. */
#define MG_MINUTES_PER_DAY 1440
/* Stands for "no time chosen": the default spread is used instead. */
#define MG_PRODUCT_TIME_UNSET G_MAXUINT16

/* The compound id for labels that state elemental magnesium. */
#define MG_PRODUCT_ELEMENTAL "elemental"

#define MG_TYPE_PRODUCT (mg_product_get_type ())

G_DECLARE_FINAL_TYPE (MgProduct, mg_product, MG, PRODUCT, GObject)

/**
 * mg_product_new:
 *
 * Returns: (transfer full): the product
 */
MgProduct    *mg_product_new                  (const char   *compound_id,
                                               double        amount,
                                               MgAmountUnit  unit,
                                               double        units_per_intake,
                                               guint         intakes_per_day);

const char   *mg_product_get_compound_id      (MgProduct    *self);
void          mg_product_set_compound_id      (MgProduct    *self,
                                               const char   *compound_id);
gboolean      mg_product_is_elemental         (MgProduct    *self);
double        mg_product_get_amount           (MgProduct    *self);
void          mg_product_set_amount           (MgProduct    *self,
                                               double        amount);
MgAmountUnit  mg_product_get_unit             (MgProduct    *self);
void          mg_product_set_unit             (MgProduct    *self,
                                               MgAmountUnit  unit);
double        mg_product_get_units_per_intake (MgProduct    *self);
void          mg_product_set_units_per_intake (MgProduct    *self,
                                               double        units_per_intake);
guint         mg_product_get_intakes_per_day  (MgProduct    *self);
void          mg_product_set_intakes_per_day  (MgProduct    *self,
                                               guint         intakes_per_day);
guint         mg_product_get_intake_time      (MgProduct    *self,
                                               guint         intake);
gboolean      mg_product_has_intake_time      (MgProduct    *self,
                                               guint         intake);
void          mg_product_set_intake_time      (MgProduct    *self,
                                               guint         intake,
                                               guint         minute);

guint         mg_product_default_intake_time  (guint         intake,
                                               guint         intakes_per_day);

G_END_DECLS
