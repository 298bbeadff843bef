/* mg-dose-warning.h — one warning about a plan, with a stable code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nicks ("above_upper_limit"…) are the stable codes that the CLI's
 * JSON and scripts rely on: never rename one. */
typedef enum
{
  MG_DOSE_WARNING_ABOVE_UPPER_LIMIT,      /*< nick=above_upper_limit >*/
  MG_DOSE_WARNING_NO_UPPER_LIMIT_FOR_AGE, /*< nick=no_upper_limit_for_age >*/
  MG_DOSE_WARNING_RENAL_IMPAIRMENT,       /*< nick=renal_impairment >*/
  MG_DOSE_WARNING_INTERACTION,            /*< nick=interaction >*/
  MG_DOSE_WARNING_SPLIT_DOSE,             /*< nick=split_dose >*/
  MG_DOSE_WARNING_NO_REFERENCE_INTAKE,    /*< nick=no_reference_intake >*/
} MgDoseWarningCode;

#define MG_TYPE_DOSE_WARNING (mg_dose_warning_get_type ())

G_DECLARE_FINAL_TYPE (MgDoseWarning, mg_dose_warning, MG, DOSE_WARNING, GObject)

/* A negative number means "not given". */
typedef struct
{
  const char         *subject;       /* medicine or compound id, or NULL */
  double              hours_before;
  double              hours_after;
  double              threshold_mg;
  const char * const *sources;       /* knowledge-base source ids */
  const char         *product;       /* a product's id, or NULL */
  const char * const *ingredients;   /* the product's ingredients it comes from */
} MgDoseWarningData;

#define MG_DOSE_WARNING_DATA_INIT { NULL, -1.0, -1.0, -1.0, NULL }

/**
 * mg_dose_warning_new:
 *
 * Returns: (transfer full): a new warning; @message and @data are copied
 */
MgDoseWarning      *mg_dose_warning_new              (MgDoseWarningCode        code,
                                                      const char              *message,
                                                      const MgDoseWarningData *data);

MgDoseWarningCode   mg_dose_warning_get_code         (MgDoseWarning *self);
const char         *mg_dose_warning_get_code_string  (MgDoseWarning *self);
const char         *mg_dose_warning_get_message      (MgDoseWarning *self);
const char         *mg_dose_warning_get_subject      (MgDoseWarning *self);
double              mg_dose_warning_get_hours_before (MgDoseWarning *self);
double              mg_dose_warning_get_hours_after  (MgDoseWarning *self);
double              mg_dose_warning_get_threshold_mg (MgDoseWarning *self);
/**
 * mg_dose_warning_get_sources:
 *
 * Returns: (transfer none) (array zero-terminated=1): knowledge-base source ids, never %NULL
 */
const char * const *mg_dose_warning_get_sources      (MgDoseWarning *self);
/**
 * mg_dose_warning_get_product:
 *
 * Returns: (transfer none) (nullable): for an interaction found through a
 *   product's name, the product's id (the subject is then the product too)
 */
const char         *mg_dose_warning_get_product      (MgDoseWarning *self);
/**
 * mg_dose_warning_get_ingredients:
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): for a
 *   product, the medicine ids of the ingredients the interaction comes from
 */
const char * const *mg_dose_warning_get_ingredients  (MgDoseWarning *self);

/**
 * mg_dose_warning_code_to_string:
 *
 * Returns: (transfer none): the stable code, such as "above_upper_limit"
 */
const char         *mg_dose_warning_code_to_string   (MgDoseWarningCode code);

G_END_DECLS

#include "mg-dose-enums.h"
