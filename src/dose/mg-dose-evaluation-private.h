/* mg-dose-evaluation-private.h — how the rules fill an evaluation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-dose-evaluation.h"

G_BEGIN_DECLS

MgDoseEvaluation *mg_dose_evaluation_new            (void);
void              mg_dose_evaluation_add_product    (MgDoseEvaluation       *self,
                                                     const MgProductFigures *figures);
void              mg_dose_evaluation_set_food_mg    (MgDoseEvaluation       *self,
                                                     double                  food_mg);
void              mg_dose_evaluation_set_reference  (MgDoseEvaluation       *self,
                                                     double                  mg,
                                                     const char             *kind,
                                                     const char * const     *sources);
void              mg_dose_evaluation_set_limit      (MgDoseEvaluation       *self,
                                                     double                  mg,
                                                     const char * const     *sources);
void              mg_dose_evaluation_add_warning    (MgDoseEvaluation       *self,
                                                     MgDoseWarning          *warning);

G_END_DECLS
