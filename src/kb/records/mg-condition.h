/* mg-condition.h — a condition magnesium is used or studied for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_CONDITION (mg_condition_get_type ())

G_DECLARE_FINAL_TYPE (MgCondition, mg_condition, MG, CONDITION, GObject)

const char         *mg_condition_get_id      (MgCondition *self);
const char         *mg_condition_get_name    (MgCondition *self);
const char         *mg_condition_get_summary (MgCondition *self);
const char         *mg_condition_get_route   (MgCondition *self);
/**
 * mg_condition_get_ratings:
 *
 * Returns: (transfer none): #MgRating, the one to show first first; never %NULL
 */
GListModel         *mg_condition_get_ratings (MgCondition *self);
/**
 * mg_condition_get_doses:
 *
 * Returns: (transfer none): the texts of the doses studied (#MgArticle: text,
 *   route, sources), never %NULL; mg_condition_get_studied_doses() gives the
 *   same doses, in the same order, with their amounts
 */
GListModel         *mg_condition_get_doses   (MgCondition *self);
/**
 * mg_condition_get_studied_doses:
 *
 * Returns: (transfer none): #MgStudiedDose, the doses studied with their
 *   amounts, daily magnesium and whether an oral one is above the upper
 *   limit; never %NULL
 */
GListModel         *mg_condition_get_studied_doses (MgCondition *self);
/**
 * mg_condition_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_condition_get_sources (MgCondition *self);

G_END_DECLS
