/* mg-upper-limit.h — a tolerable upper limit for supplemental magnesium in one age band
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_UPPER_LIMIT (mg_upper_limit_get_type ())

G_DECLARE_FINAL_TYPE (MgUpperLimit, mg_upper_limit, MG, UPPER_LIMIT, GObject)

const char         *mg_upper_limit_get_id            (MgUpperLimit *self);
const char         *mg_upper_limit_get_set_id        (MgUpperLimit *self);
const char         *mg_upper_limit_get_set_name      (MgUpperLimit *self);
int                 mg_upper_limit_get_from_months   (MgUpperLimit *self);
int                 mg_upper_limit_get_to_months     (MgUpperLimit *self);
const char         *mg_upper_limit_get_status        (MgUpperLimit *self);
gboolean            mg_upper_limit_get_has_value     (MgUpperLimit *self);
double              mg_upper_limit_get_mg            (MgUpperLimit *self);
const char         *mg_upper_limit_get_note          (MgUpperLimit *self);
/**
 * mg_upper_limit_get_disagreements:
 *
 * Returns: (transfer none): #MgArticle disagreements, never %NULL
 */
GListModel         *mg_upper_limit_get_disagreements (MgUpperLimit *self);
/**
 * mg_upper_limit_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_upper_limit_get_sources       (MgUpperLimit *self);

G_END_DECLS
