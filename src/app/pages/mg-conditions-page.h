/* mg-conditions-page.h — conditions magnesium was studied for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-page.h"

G_BEGIN_DECLS

#define MG_TYPE_CONDITIONS_PAGE (mg_conditions_page_get_type ())

G_DECLARE_FINAL_TYPE (MgConditionsPage, mg_conditions_page, MG, CONDITIONS_PAGE, MgPage)

GListModel  *mg_conditions_page_get_model     (MgConditionsPage *self);
void         mg_conditions_page_set_filter    (MgConditionsPage *self,
                                               const char       *rating);
MgCondition *mg_conditions_page_get_condition (MgConditionsPage *self);
GtkWidget   *mg_conditions_page_get_detail    (MgConditionsPage *self);

G_END_DECLS
