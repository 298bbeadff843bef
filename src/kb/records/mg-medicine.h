/* mg-medicine.h — a medicine: INN names, synonyms and brands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_MEDICINE (mg_medicine_get_type ())

G_DECLARE_FINAL_TYPE (MgMedicine, mg_medicine, MG, MEDICINE, GObject)

const char         *mg_medicine_get_id       (MgMedicine *self);
const char         *mg_medicine_get_name     (MgMedicine *self);
const char * const *mg_medicine_get_synonyms (MgMedicine *self);
const char * const *mg_medicine_get_brands   (MgMedicine *self);
GListModel         *mg_medicine_get_sources  (MgMedicine *self);

G_END_DECLS
