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
  MG_DOSE_ENGINE_ERROR_KB,          /* the knowledge base failed or holds an unusable value */
  MG_DOSE_ENGINE_ERROR_AMBIGUOUS_COMPOUND, /* a salt's plain name that can mean several forms */
} MgDoseEngineError;

GQuark            mg_dose_engine_error_quark        (void);

/* TRUE for "elemental" and "elementair": the label states elemental magnesium. */
gboolean          mg_dose_engine_is_elemental_name  (const char  *name);
/**
 * mg_dose_engine_resolve_compound:
 * @id_or_name: a compound's id or name, a salt's plain name
 *   ("magnesiumsulfaat", #MgGenericName), or "elemental"
 * @out_id: (out) (transfer full) (optional): the id of the form used
 * @out_title: (out) (transfer full) (optional): its name, which names the
 *   form and hydrate ("Magnesium sulfate heptahydrate"), for messages
 * @out_fraction: (out) (optional): its elemental fraction, in (0, 1]
 *
 * A plain name resolves to the form the European Pharmacopoeia and the
 * products on the market use; one that can mean several forms is refused
 * with AMBIGUOUS_COMPOUND and a message that lists them with their
 * magnesium content.
 *
 * Returns: %TRUE, or %FALSE with @error: UNKNOWN_COMPOUND,
 *   AMBIGUOUS_COMPOUND, or KB when the knowledge base failed or holds a
 *   fraction outside (0, 1]
 */
char             *mg_dose_engine_describe_forms     (MgGenericName *generic);
gboolean          mg_dose_engine_resolve_compound   (MgKb        *kb,
                                                     const char  *id_or_name,
                                                     char       **out_id,
                                                     char       **out_title,
                                                     double      *out_fraction,
                                                     GError     **error);
/**
 * mg_dose_engine_check_sets:
 *
 * Validates the profile and checks that its reference and limit sets exist.
 *
 * Returns: %TRUE, or %FALSE with @error: INVALID_PROFILE, UNKNOWN_SET or KB
 */
gboolean          mg_dose_engine_check_sets         (MgKb        *kb,
                                                     MgProfile   *profile,
                                                     GError     **error);
/**
 * mg_dose_engine_lookup_intake:
 * @out_intake: (out) (transfer full) (nullable): the person's band, or
 *   %NULL when the set covers nothing for them
 *
 * Returns: %TRUE, or %FALSE with @error (KB) when the knowledge base failed
 */
gboolean          mg_dose_engine_lookup_intake      (MgKb               *kb,
                                                     MgProfile          *profile,
                                                     MgIntakeReference **out_intake,
                                                     GError            **error);
/**
 * mg_dose_engine_lookup_limit:
 * @out_limit: (out) (transfer full) (nullable): the band for the person's
 *   age, or %NULL when the set covers nothing; check has-value either way
 *
 * Returns: %TRUE, or %FALSE with @error (KB) when the knowledge base failed
 */
char             *mg_dose_engine_dup_intake_reason  (MgProfile          *profile,
                                                     MgIntakeReference  *intake);
gboolean          mg_dose_engine_lookup_limit       (MgKb               *kb,
                                                     MgProfile          *profile,
                                                     MgUpperLimit      **out_limit,
                                                     GError            **error);
/**
 * mg_dose_engine_evaluate:
 *
 * Returns: (transfer full): the evaluation, or %NULL with @error set; a
 *   lookup that failed is always an error, never a softer answer
 */
MgDoseEvaluation *mg_dose_engine_evaluate           (MgKb        *kb,
                                                     MgProfile   *profile,
                                                     MgPlan      *plan,
                                                     GError     **error);

G_END_DECLS
