/* mg-plan-store.h — saved plans in an SQLite file in the user's data folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-plan.h"
#include "mg-profile.h"

G_BEGIN_DECLS

#define MG_PLAN_STORE_ERROR (mg_plan_store_error_quark ())

typedef enum
{
  MG_PLAN_STORE_ERROR_FAILED,     /* SQLite failed: disk full, read-only… */
  MG_PLAN_STORE_ERROR_NEWER,      /* written by a newer version: left alone */
  MG_PLAN_STORE_ERROR_NOT_FOUND,  /* no plan of that name */
  MG_PLAN_STORE_ERROR_EXISTS,     /* a plan of that name exists already */
  MG_PLAN_STORE_ERROR_INVALID,    /* an empty name, a damaged row */
} MgPlanStoreError;

/* The schema version this build writes (PRAGMA user_version). */
#define MG_PLAN_STORE_VERSION 1

#define MG_TYPE_PLAN_STORE (mg_plan_store_get_type ())

G_DECLARE_FINAL_TYPE (MgPlanStore, mg_plan_store, MG, PLAN_STORE, GObject)

GQuark       mg_plan_store_error_quark      (void);

char        *mg_plan_store_default_path     (void);
MgPlanStore *mg_plan_store_new              (const char   *path,
                                             GError      **error);
const char  *mg_plan_store_get_path         (MgPlanStore  *self);
const char  *mg_plan_store_get_moved_aside  (MgPlanStore  *self);

char       **mg_plan_store_list             (MgPlanStore  *self,
                                             GError      **error);
gboolean     mg_plan_store_save             (MgPlanStore  *self,
                                             const char   *name,
                                             MgProfile    *profile,
                                             gboolean      age_in_months,
                                             MgPlan       *plan,
                                             GError      **error);
gboolean     mg_plan_store_load             (MgPlanStore  *self,
                                             const char   *name,
                                             MgProfile    *profile,
                                             gboolean     *out_age_in_months,
                                             MgPlan      **out_plan,
                                             GError      **error);
gboolean     mg_plan_store_rename           (MgPlanStore  *self,
                                             const char   *name,
                                             const char   *new_name,
                                             GError      **error);
gboolean     mg_plan_store_delete           (MgPlanStore  *self,
                                             const char   *name,
                                             GError      **error);

/* The plan on screen, kept as it is edited so that it is back after a
 * restart; @name is the saved plan it was opened as or saved to. */
gboolean     mg_plan_store_save_working     (MgPlanStore  *self,
                                             const char   *name,
                                             MgProfile    *profile,
                                             gboolean      age_in_months,
                                             MgPlan       *plan,
                                             GError      **error);
gboolean     mg_plan_store_load_working     (MgPlanStore  *self,
                                             char        **out_name,
                                             MgProfile    *profile,
                                             gboolean     *out_age_in_months,
                                             MgPlan      **out_plan,
                                             GError      **error);

gboolean     mg_plan_store_check_integrity  (MgPlanStore  *self,
                                             GError      **error);

G_END_DECLS
