/* mg-medicine-page.h — a medicine or a medicine class, with its interactions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-page.h"

G_BEGIN_DECLS

#define MG_TYPE_MEDICINE_PAGE (mg_medicine_page_get_type ())

G_DECLARE_FINAL_TYPE (MgMedicinePage, mg_medicine_page, MG, MEDICINE_PAGE, MgPage)

const char *mg_medicine_page_get_kind  (MgMedicinePage *self);
const char *mg_medicine_page_get_id    (MgMedicinePage *self);
const char *mg_medicine_page_get_title (MgMedicinePage *self);

G_END_DECLS
