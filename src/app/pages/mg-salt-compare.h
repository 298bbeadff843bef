/* mg-salt-compare.h — two or three salts side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mg-kb.h"

G_BEGIN_DECLS

#define MG_TYPE_SALT_COMPARE (mg_salt_compare_get_type ())

G_DECLARE_FINAL_TYPE (MgSaltCompare, mg_salt_compare, MG, SALT_COMPARE, GtkWidget)

void        mg_salt_compare_set_model (MgSaltCompare      *self,
                                       GListModel         *compounds);
void        mg_salt_compare_choose    (MgSaltCompare      *self,
                                       const char * const *ids);
GPtrArray  *mg_salt_compare_get_chosen (MgSaltCompare     *self);
const char *mg_salt_compare_get_cell  (MgSaltCompare      *self,
                                       guint               row,
                                       guint               column);

G_END_DECLS
