/* mg-reference-set.h — a set of recommended intakes or of upper limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Recommended intakes or upper limits. The nicks are the kinds the
 * reference sets had as text before, for anyone who shows them. */
typedef enum
{
  MG_SET_KIND_INTAKE,  /*< nick=intake >*/
  MG_SET_KIND_LIMIT,   /*< nick=limit >*/
} MgSetKind;

#define MG_TYPE_REFERENCE_SET (mg_reference_set_get_type ())

G_DECLARE_FINAL_TYPE (MgReferenceSet, mg_reference_set, MG, REFERENCE_SET, GObject)

const char         *mg_reference_set_get_id         (MgReferenceSet *self);
MgSetKind           mg_reference_set_get_kind       (MgReferenceSet *self);
const char         *mg_reference_set_get_name       (MgReferenceSet *self);
const char         *mg_reference_set_get_note       (MgReferenceSet *self);
gboolean            mg_reference_set_get_is_default (MgReferenceSet *self);
/**
 * mg_reference_set_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_reference_set_get_sources    (MgReferenceSet *self);

G_END_DECLS

#include "mg-kb-enums.h"
