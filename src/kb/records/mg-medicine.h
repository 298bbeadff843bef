/* mg-medicine.h — a medicine: INN names, synonyms and brands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_MEDICINE (mg_medicine_get_type ())

G_DECLARE_FINAL_TYPE (MgMedicine, mg_medicine, MG, MEDICINE, GObject)

const char         *mg_medicine_get_id       (MgMedicine *self);
const char         *mg_medicine_get_name     (MgMedicine *self);
/**
 * mg_medicine_get_synonyms:
 *
 * Returns: (transfer none) (array zero-terminated=1): other names
 */
const char * const *mg_medicine_get_synonyms (MgMedicine *self);
/**
 * mg_medicine_get_brands:
 *
 * Returns: (transfer none) (array zero-terminated=1): brand names
 */
const char * const *mg_medicine_get_brands   (MgMedicine *self);
/**
 * mg_medicine_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_medicine_get_sources  (MgMedicine *self);

G_END_DECLS
