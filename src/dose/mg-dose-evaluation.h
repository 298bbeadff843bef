/* mg-dose-evaluation.h — what a plan gives a person, and what to watch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "mg-dose-warning.h"

G_BEGIN_DECLS

/* The nicks are the CLI's JSON "limit_status". */
typedef enum
{
  /* Never shown as "within limits" without a limit to be within. */
  MG_LIMIT_STATUS_NO_LIMIT,  /*< nick=no_limit >*/
  MG_LIMIT_STATUS_WITHIN,    /*< nick=within >*/
  MG_LIMIT_STATUS_ABOVE,     /*< nick=above >*/
} MgLimitStatus;

/* Per product, in the order of the plan. */
typedef struct
{
  double elemental_fraction;      /* 1.0 for elemental labels, mmol and mEq */
  double elemental_mg_per_unit;
  double elemental_mg_per_intake;
  double elemental_mg_per_day;
  double elemental_mmol_per_day;
} MgProductFigures;

#define MG_TYPE_DOSE_EVALUATION (mg_dose_evaluation_get_type ())

G_DECLARE_FINAL_TYPE (MgDoseEvaluation, mg_dose_evaluation, MG, DOSE_EVALUATION, GObject)

guint                   mg_dose_evaluation_get_n_products              (MgDoseEvaluation *self);
/**
 * mg_dose_evaluation_get_product:
 *
 * Returns: (transfer none): the figures of the product at @position, in plan order
 */
const MgProductFigures *mg_dose_evaluation_get_product                 (MgDoseEvaluation *self,
                                                                        guint             position);

double                  mg_dose_evaluation_get_supplemental_mg         (MgDoseEvaluation *self);
double                  mg_dose_evaluation_get_supplemental_mmol       (MgDoseEvaluation *self);
double                  mg_dose_evaluation_get_food_mg                 (MgDoseEvaluation *self);
double                  mg_dose_evaluation_get_total_mg                (MgDoseEvaluation *self);

gboolean                mg_dose_evaluation_has_reference_intake        (MgDoseEvaluation *self);
double                  mg_dose_evaluation_get_reference_intake_mg     (MgDoseEvaluation *self);
const char             *mg_dose_evaluation_get_reference_kind          (MgDoseEvaluation *self);
/**
 * mg_dose_evaluation_get_reference_sources:
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): source ids of the recommended intake
 */
const char * const     *mg_dose_evaluation_get_reference_sources       (MgDoseEvaluation *self);

MgLimitStatus           mg_dose_evaluation_get_limit_status            (MgDoseEvaluation *self);
gboolean                mg_dose_evaluation_has_upper_limit             (MgDoseEvaluation *self);
double                  mg_dose_evaluation_get_upper_limit_mg          (MgDoseEvaluation *self);
/**
 * mg_dose_evaluation_get_limit_sources:
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): source ids of the upper limit
 */
const char * const     *mg_dose_evaluation_get_limit_sources           (MgDoseEvaluation *self);
gboolean                mg_dose_evaluation_get_above_upper_limit       (MgDoseEvaluation *self);
double                  mg_dose_evaluation_get_over_limit_mg           (MgDoseEvaluation *self);

/**
 * mg_dose_evaluation_get_warnings:
 *
 * Returns: (transfer none): #MgDoseWarning, most serious first; never %NULL
 */
GListModel             *mg_dose_evaluation_get_warnings                (MgDoseEvaluation *self);
/**
 * mg_dose_evaluation_find_warning:
 *
 * Returns: (transfer none) (nullable): the first warning with @code
 */
MgDoseWarning          *mg_dose_evaluation_find_warning                (MgDoseEvaluation *self,
                                                                        MgDoseWarningCode code);

G_END_DECLS

#include "mg-dose-enums.h"
