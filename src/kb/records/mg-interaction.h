/* mg-interaction.h — an interaction between magnesium and a medicine class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_INTERACTION (mg_interaction_get_type ())

G_DECLARE_FINAL_TYPE (MgInteraction, mg_interaction, MG, INTERACTION, GObject)

const char         *mg_interaction_get_id               (MgInteraction *self);
const char         *mg_interaction_get_class_name       (MgInteraction *self);
/**
 * mg_interaction_get_synonyms:
 *
 * Returns: (transfer none) (array zero-terminated=1): other names of the class
 */
const char * const *mg_interaction_get_synonyms         (MgInteraction *self);
/**
 * mg_interaction_get_medicine_ids:
 *
 * Returns: (transfer none) (array zero-terminated=1): the medicines it covers
 */
const char * const *mg_interaction_get_medicine_ids     (MgInteraction *self);
/**
 * mg_interaction_get_medicine_names:
 *
 * Returns: (transfer none) (array zero-terminated=1): their names, parallel to the ids
 */
const char * const *mg_interaction_get_medicine_names   (MgInteraction *self);
const char         *mg_interaction_get_direction        (MgInteraction *self);
const char         *mg_interaction_get_severity         (MgInteraction *self);
const char         *mg_interaction_get_evidence         (MgInteraction *self);
const char         *mg_interaction_get_route            (MgInteraction *self);
const char         *mg_interaction_get_mechanism        (MgInteraction *self);
const char         *mg_interaction_get_management       (MgInteraction *self);
double              mg_interaction_get_hours_before     (MgInteraction *self);
double              mg_interaction_get_hours_after      (MgInteraction *self);
const char         *mg_interaction_get_matched_medicine (MgInteraction *self);
/**
 * mg_interaction_get_spacing:
 *
 * Returns: (transfer none) (nullable): "hours" (see the hours), "not-given" (no
 *   source gives a number of hours), "ineffective" (the sources say keeping
 *   them apart does not help), or %NULL when the interaction is not about
 *   spacing. For a medicine or product found by name, its own.
 */
const char         *mg_interaction_get_spacing (MgInteraction *self);
/**
 * mg_interaction_get_after_with_food:
 *
 * Returns: whether the hours after magnesium hold only when the medicine is
 *   taken with food
 */
gboolean            mg_interaction_get_after_with_food (MgInteraction *self);
/**
 * mg_interaction_get_matched_product:
 *
 * Returns: (transfer none) (nullable): the product id when the interaction was
 *   found through a product's name; matched-medicine is then the ingredient
 *   it comes from
 */
const char         *mg_interaction_get_matched_product (MgInteraction *self);
/**
 * mg_interaction_get_matched_product_name:
 *
 * Returns: (transfer none) (nullable): that product's name
 */
const char         *mg_interaction_get_matched_product_name (MgInteraction *self);
/**
 * mg_interaction_get_hours_from_product:
 *
 * Returns: %TRUE when the hours (or spacing) are the product's own cited
 *   figure, which replaces the ingredient's (see mg_kb_lookup_brand())
 */
gboolean            mg_interaction_get_hours_from_product (MgInteraction *self);
/**
 * mg_interaction_get_disagreements:
 *
 * Returns: (transfer none): #MgArticle disagreements, never %NULL
 */
GListModel         *mg_interaction_get_disagreements    (MgInteraction *self);
/**
 * mg_interaction_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_interaction_get_sources          (MgInteraction *self);

/* The hours to separate for one of the interaction's medicines (its
 * override, else the interaction-wide value). Returns FALSE if medicine_id
 * is not part of this interaction. A negative hour means none given. */
/* The owner key whose sources back the hours above (for
 * mg_kb_get_sources_for()); NULL when no hours are given. */
const char         *mg_interaction_get_separation_owner     (MgInteraction *self);
const char         *mg_interaction_get_separation_owner_for (MgInteraction *self,
                                                             const char    *medicine_id);

gboolean            mg_interaction_get_separation (MgInteraction *self,
                                                   const char    *medicine_id,
                                                   double        *hours_before,
                                                   double        *hours_after);

G_END_DECLS
