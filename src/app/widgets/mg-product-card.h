/* mg-product-card.h — a product as a whole: what it contains, its hours apart, its notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A combination product (Juluca: dolutegravir + rilpivirine) has one
 * answer to "how many hours apart": its own cited figure when a source
 * gives one, else the strictest of its ingredients'. This card says which,
 * with the figure's sources, the product's notes (rules for food) and
 * where sources disagree; the interaction cards below it say what each
 * ingredient does.
 *
 * |[<!-- language="C" -->
 * g_autoptr(MgBrand) brand = mg_kb_lookup_brand (kb, "Juluca", &error);
 * GtkWidget *card = mg_product_card_new ();
 *
 * mg_product_card_set_brand (MG_PRODUCT_CARD (card), brand);
 * ]|
 */
#pragma once

#include <gtk/gtk.h>

#include "mg-kb.h"

G_BEGIN_DECLS

#define MG_TYPE_PRODUCT_CARD (mg_product_card_get_type ())

G_DECLARE_FINAL_TYPE (MgProductCard, mg_product_card, MG, PRODUCT_CARD, GtkWidget)

GtkWidget  *mg_product_card_new       (void);
MgBrand    *mg_product_card_get_brand (MgProductCard *self);
void        mg_product_card_set_brand (MgProductCard *self,
                                       MgBrand       *brand);
const char *mg_product_card_get_hours (MgProductCard *self);

G_END_DECLS
