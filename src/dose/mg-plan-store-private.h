/* mg-plan-store-private.h — what the store's two files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "mg-plan-store.h"

G_BEGIN_DECLS

sqlite3      *mg_plan_store_get_db    (MgPlanStore  *self);
sqlite3_stmt *mg_plan_store_statement (MgPlanStore  *self,
                                       const char   *sql,
                                       GError      **error);
gboolean      mg_plan_store_fail      (MgPlanStore  *self,
                                       GError      **error);
gboolean      mg_plan_store_exec      (MgPlanStore  *self,
                                       const char   *sql,
                                       GError      **error);
gboolean      mg_plan_store_step_done (MgPlanStore  *self,
                                       sqlite3_stmt *statement,
                                       GError      **error);

/* mg-plan-store-rows.c: one plan's rows, inside a transaction the caller
 * opened. */
gboolean      mg_plan_store_write_plan (MgPlanStore  *self,
                                        const char   *name,
                                        gboolean      working,
                                        MgProfile    *profile,
                                        gboolean      age_in_months,
                                        MgPlan       *plan,
                                        GError      **error);
gboolean      mg_plan_store_read_plan  (MgPlanStore  *self,
                                        sqlite3_int64 id,
                                        MgProfile    *profile,
                                        gboolean     *out_age_in_months,
                                        MgPlan      **out_plan,
                                        GError      **error);

G_END_DECLS
