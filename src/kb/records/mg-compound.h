/* mg-compound.h — a magnesium salt or form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_COMPOUND (mg_compound_get_type ())

G_DECLARE_FINAL_TYPE (MgCompound, mg_compound, MG, COMPOUND, GObject)

const char         *mg_compound_get_id                     (MgCompound *self);
const char         *mg_compound_get_name                   (MgCompound *self);
/**
 * mg_compound_get_synonyms:
 *
 * Returns: (transfer none) (array zero-terminated=1): other names, in the current language
 */
const char * const *mg_compound_get_synonyms               (MgCompound *self);
const char         *mg_compound_get_formula                (MgCompound *self);
const char         *mg_compound_get_kind                   (MgCompound *self);
const char         *mg_compound_get_laxative               (MgCompound *self);
double              mg_compound_get_molar_mass             (MgCompound *self);
double              mg_compound_get_elemental_fraction     (MgCompound *self);
int                 mg_compound_get_mg_atoms               (MgCompound *self);
const char         *mg_compound_get_solubility             (MgCompound *self);
double              mg_compound_get_solubility_g_per_100ml (MgCompound *self);
const char         *mg_compound_get_absorption             (MgCompound *self);
const char         *mg_compound_get_laxative_note          (MgCompound *self);
/**
 * mg_compound_get_uses:
 *
 * Returns: (transfer none) (array zero-terminated=1): uses such as "supplement", "laxative"
 */
const char * const *mg_compound_get_uses                   (MgCompound *self);
/**
 * mg_compound_get_notes:
 *
 * Returns: (transfer none): #MgArticle notes (solubility, absorption, laxative, note), never %NULL
 */
GListModel         *mg_compound_get_notes                  (MgCompound *self);
/**
 * mg_compound_get_disagreements:
 *
 * Returns: (transfer none): #MgArticle disagreements, never %NULL
 */
GListModel         *mg_compound_get_disagreements          (MgCompound *self);
/**
 * mg_compound_get_published_fractions:
 *
 * Returns: (transfer none): #MgPublishedFraction, never %NULL
 */
GListModel         *mg_compound_get_published_fractions    (MgCompound *self);
/**
 * mg_compound_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_compound_get_sources                (MgCompound *self);

G_END_DECLS
