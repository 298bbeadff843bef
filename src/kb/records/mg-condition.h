/* mg-condition.h — a condition magnesium is used or studied for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
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
GListModel         *mg_condition_get_ratings (MgCondition *self);
GListModel         *mg_condition_get_doses   (MgCondition *self);
GListModel         *mg_condition_get_sources (MgCondition *self);

G_END_DECLS
