/* mg-salt-detail.h — one salt: composition, properties, calculator, sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mg-kb.h"

G_BEGIN_DECLS

#define MG_TYPE_SALT_DETAIL (mg_salt_detail_get_type ())

G_DECLARE_FINAL_TYPE (MgSaltDetail, mg_salt_detail, MG, SALT_DETAIL, GtkWidget)

MgCompound *mg_salt_detail_get_compound   (MgSaltDetail *self);
void        mg_salt_detail_set_compound   (MgSaltDetail *self,
                                           MgCompound   *compound);
GtkWidget  *mg_salt_detail_get_calculator (MgSaltDetail *self);
void        mg_salt_detail_set_kb         (MgSaltDetail *self,
                                           MgKb         *kb);

G_END_DECLS
