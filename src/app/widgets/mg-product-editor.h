/* mg-product-editor.h — one supplement of a plan, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mg-kb.h"
#include "mg-product.h"

G_BEGIN_DECLS

#define MG_TYPE_PRODUCT_EDITOR (mg_product_editor_get_type ())

G_DECLARE_FINAL_TYPE (MgProductEditor, mg_product_editor, MG, PRODUCT_EDITOR, AdwExpanderRow)

GtkWidget *mg_product_editor_new         (MgKb            *kb,
                                          MgProduct       *product);
MgProduct *mg_product_editor_get_product (MgProductEditor *self);
gboolean   mg_product_editor_get_valid   (MgProductEditor *self);

G_END_DECLS
