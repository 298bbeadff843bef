/* mg-generic-name-view.h — which form a salt's plain name stands for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mg-kb.h"

G_BEGIN_DECLS

#define MG_TYPE_GENERIC_NAME_VIEW (mg_generic_name_view_get_type ())

G_DECLARE_FINAL_TYPE (MgGenericNameView, mg_generic_name_view, MG, GENERIC_NAME_VIEW, AdwBin)

GtkWidget     *mg_generic_name_view_new              (void);
MgGenericName *mg_generic_name_view_get_generic_name (MgGenericNameView *self);
void           mg_generic_name_view_set_generic_name (MgGenericNameView *self,
                                                      MgGenericName     *generic);
GtkWidget     *mg_generic_name_view_get_meaning_row  (MgGenericNameView *self);
GtkListBox    *mg_generic_name_view_get_forms_list   (MgGenericNameView *self);

G_END_DECLS
