/* mg-intake-reference.h — a recommended daily intake for one age band, sex and status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_INTAKE_REFERENCE (mg_intake_reference_get_type ())

G_DECLARE_FINAL_TYPE (MgIntakeReference, mg_intake_reference, MG, INTAKE_REFERENCE, GObject)

const char         *mg_intake_reference_get_id             (MgIntakeReference *self);
const char         *mg_intake_reference_get_set_id         (MgIntakeReference *self);
const char         *mg_intake_reference_get_set_name       (MgIntakeReference *self);
int                 mg_intake_reference_get_from_months    (MgIntakeReference *self);
int                 mg_intake_reference_get_to_months      (MgIntakeReference *self);
const char         *mg_intake_reference_get_sex            (MgIntakeReference *self);
const char         *mg_intake_reference_get_status         (MgIntakeReference *self);
gboolean            mg_intake_reference_get_has_value      (MgIntakeReference *self);
double              mg_intake_reference_get_mg             (MgIntakeReference *self);
const char         *mg_intake_reference_get_kind           (MgIntakeReference *self);
const char         *mg_intake_reference_get_note           (MgIntakeReference *self);
gboolean            mg_intake_reference_get_is_alternative (MgIntakeReference *self);
/**
 * mg_intake_reference_get_alternatives:
 *
 * Returns: (transfer none): #MgIntakeReference values of other sources, shown for comparison and never used for advice; never %NULL
 */
GListModel         *mg_intake_reference_get_alternatives   (MgIntakeReference *self);
/**
 * mg_intake_reference_get_disagreements:
 *
 * Returns: (transfer none): #MgArticle disagreements, never %NULL
 */
GListModel         *mg_intake_reference_get_disagreements  (MgIntakeReference *self);
/**
 * mg_intake_reference_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_intake_reference_get_sources        (MgIntakeReference *self);

G_END_DECLS
