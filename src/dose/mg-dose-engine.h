/* mg-dose-engine.h — evaluate a plan for a person against the knowledge base
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-dose-evaluation.h"
#include "mg-kb.h"
#include "mg-plan.h"
#include "mg-profile.h"

G_BEGIN_DECLS

#define MG_DOSE_ENGINE_ERROR (mg_dose_engine_error_quark ())

typedef enum
{
  MG_DOSE_ENGINE_ERROR_INVALID_PROFILE,
  MG_DOSE_ENGINE_ERROR_UNKNOWN_SET,
  MG_DOSE_ENGINE_ERROR_UNKNOWN_COMPOUND,
  MG_DOSE_ENGINE_ERROR_UNKNOWN_MEDICINE,
  MG_DOSE_ENGINE_ERROR_INVALID_PRODUCT,
  MG_DOSE_ENGINE_ERROR_KB,
} MgDoseEngineError;

GQuark            mg_dose_engine_error_quark        (void);

gboolean          mg_dose_engine_is_elemental_name  (const char  *name);
gboolean          mg_dose_engine_resolve_compound   (MgKb        *kb,
                                                     const char  *id_or_name,
                                                     char       **out_id,
                                                     char       **out_title,
                                                     double      *out_fraction,
                                                     GError     **error);
gboolean          mg_dose_engine_check_sets         (MgKb        *kb,
                                                     MgProfile   *profile,
                                                     GError     **error);
gboolean          mg_dose_engine_lookup_intake      (MgKb               *kb,
                                                     MgProfile          *profile,
                                                     MgIntakeReference **out_intake,
                                                     GError            **error);
gboolean          mg_dose_engine_lookup_limit       (MgKb               *kb,
                                                     MgProfile          *profile,
                                                     MgUpperLimit      **out_limit,
                                                     GError            **error);
char            **mg_dose_engine_source_ids         (GListModel         *sources);
MgDoseEvaluation *mg_dose_engine_evaluate           (MgKb        *kb,
                                                     MgProfile   *profile,
                                                     MgPlan      *plan,
                                                     GError     **error);

G_END_DECLS
