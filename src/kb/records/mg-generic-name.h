/* mg-generic-name.h — the plain name of a salt and the forms it can mean
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Magnesium sulfate" stands for the heptahydrate (resolves-to), because the
 * European Pharmacopoeia and the products on the market use it; "magnesium
 * citrate" is ambiguous (resolves-to %NULL) and the forms say what it can
 * mean, each with its elemental fraction.
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_GENERIC_NAME (mg_generic_name_get_type ())

G_DECLARE_FINAL_TYPE (MgGenericName, mg_generic_name, MG, GENERIC_NAME, GObject)

const char         *mg_generic_name_get_id            (MgGenericName *self);
const char         *mg_generic_name_get_name          (MgGenericName *self);
/**
 * mg_generic_name_get_synonyms:
 *
 * Returns: (transfer none) (array zero-terminated=1): other names
 */
const char * const *mg_generic_name_get_synonyms      (MgGenericName *self);
/**
 * mg_generic_name_get_resolves_to:
 *
 * Returns: (transfer none) (nullable): the compound id the name stands for; %NULL
 *   when the name is ambiguous
 */
const char         *mg_generic_name_get_resolves_to   (MgGenericName *self);
/**
 * mg_generic_name_get_forms:
 *
 * Returns: (transfer none): every #MgCompound the name can mean, the one it
 *   resolves to first
 */
GListModel         *mg_generic_name_get_forms         (MgGenericName *self);
/**
 * mg_generic_name_get_notes:
 *
 * Returns: (transfer none): cited notes (#MgArticle): why this form, or why none
 */
GListModel         *mg_generic_name_get_notes         (MgGenericName *self);
/**
 * mg_generic_name_get_disagreements:
 *
 * Returns: (transfer none): what other sources say (#MgArticle)
 */
GListModel         *mg_generic_name_get_disagreements (MgGenericName *self);
/**
 * mg_generic_name_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_generic_name_get_sources       (MgGenericName *self);
gboolean            mg_generic_name_is_ambiguous     (MgGenericName *self);

G_END_DECLS
