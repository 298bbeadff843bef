/* mg-intake-page.h — recommended daily amounts and upper limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-page.h"

G_BEGIN_DECLS

#define MG_TYPE_INTAKE_PAGE (mg_intake_page_get_type ())

G_DECLARE_FINAL_TYPE (MgIntakePage, mg_intake_page, MG, INTAKE_PAGE, MgPage)

const char *mg_intake_page_get_reference_set (MgIntakePage *self);
const char *mg_intake_page_get_heading       (MgIntakePage *self);
GtkWidget  *mg_intake_page_get_set_row       (MgIntakePage *self);
GtkWidget  *mg_intake_page_get_person        (MgIntakePage *self);
GtkWidget  *mg_intake_page_get_tables        (MgIntakePage *self);
GtkWidget  *mg_intake_page_get_limits        (MgIntakePage *self);

G_END_DECLS
