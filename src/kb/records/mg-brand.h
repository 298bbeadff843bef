/* mg-brand.h — a product as sold: its name and all its active ingredients
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The knowledge base's <product>: a brand or a combination. Its hours
 * apart are its own cited figure (has-own-separation) or the strictest of
 * its ingredients' (mg_kb_find_interactions() gives each ingredient's
 * interactions for a product name).
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_BRAND (mg_brand_get_type ())

G_DECLARE_FINAL_TYPE (MgBrand, mg_brand, MG, BRAND, GObject)

const char         *mg_brand_get_id                 (MgBrand *self);
const char         *mg_brand_get_name               (MgBrand *self);
/**
 * mg_brand_get_synonyms:
 *
 * Returns: (transfer none) (array zero-terminated=1): other names of the product
 */
const char * const *mg_brand_get_synonyms           (MgBrand *self);
/**
 * mg_brand_get_market:
 *
 * Returns: (transfer none) (nullable): where the name is used: "eu", "nl" or "us"
 */
const char         *mg_brand_get_market             (MgBrand *self);
/**
 * mg_brand_get_ingredient_ids:
 *
 * Returns: (transfer none) (array zero-terminated=1): the medicine id of every active ingredient
 */
const char * const *mg_brand_get_ingredient_ids     (MgBrand *self);
/**
 * mg_brand_get_ingredient_names:
 *
 * Returns: (transfer none) (array zero-terminated=1): their names in the current language, in the same order
 */
const char * const *mg_brand_get_ingredient_names   (MgBrand *self);
/**
 * mg_brand_get_spacing:
 *
 * Returns: (transfer none) (nullable): "hours", "not-given" (no source gives hours) or
 *   "ineffective" (keeping them apart does not help); %NULL when no ingredient
 *   has an interaction about spacing
 */
const char         *mg_brand_get_spacing            (MgBrand *self);
/**
 * mg_brand_get_hours_before:
 *
 * Returns: hours to take the product before magnesium; negative: none given
 */
double              mg_brand_get_hours_before       (MgBrand *self);
/**
 * mg_brand_get_hours_after:
 *
 * Returns: hours to take the product after magnesium; negative: none given
 */
double              mg_brand_get_hours_after        (MgBrand *self);
/**
 * mg_brand_get_after_with_food:
 *
 * Returns: whether the hours after hold only when the product is taken with food
 */
gboolean            mg_brand_get_after_with_food    (MgBrand *self);
/**
 * mg_brand_get_has_own_separation:
 *
 * Returns: %TRUE when the hours are the product's own cited figure, %FALSE when
 *   they are the strictest of its ingredients'
 */
gboolean            mg_brand_get_has_own_separation (MgBrand *self);
/**
 * mg_brand_get_separation_sources:
 *
 * Returns: (transfer none): the #MgSource list of the product's own figure,
 *   empty without one
 */
GListModel         *mg_brand_get_separation_sources (MgBrand *self);
/**
 * mg_brand_get_notes:
 *
 * Returns: (transfer none): cited notes (#MgArticle), such as rules for food
 */
GListModel         *mg_brand_get_notes              (MgBrand *self);
/**
 * mg_brand_get_disagreements:
 *
 * Returns: (transfer none): what other sources say (#MgArticle)
 */
GListModel         *mg_brand_get_disagreements      (MgBrand *self);
/**
 * mg_brand_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_brand_get_sources            (MgBrand *self);

G_END_DECLS
