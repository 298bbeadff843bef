/* mg-dosing-page.h — the dosing helper: a person's supplements against the
 * recommended intake and the upper limit, the day's timeline, saved plans
 * and the patient handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-dose-evaluation.h"
#include "mg-dose-timeline.h"
#include "mg-page.h"
#include "mg-plan-store.h"

G_BEGIN_DECLS

#define MG_TYPE_DOSING_PAGE (mg_dosing_page_get_type ())

G_DECLARE_FINAL_TYPE (MgDosingPage, mg_dosing_page, MG, DOSING_PAGE, MgPage)

MgDoseEvaluation *mg_dosing_page_get_evaluation (MgDosingPage *self);
MgDoseTimeline   *mg_dosing_page_get_timeline   (MgDosingPage *self);
gboolean          mg_dosing_page_get_stale      (MgDosingPage *self);
const char       *mg_dosing_page_get_plan_name  (MgDosingPage *self);
MgPlanStore      *mg_dosing_page_get_store      (MgDosingPage *self);
const GError     *mg_dosing_page_get_store_error (MgDosingPage *self);
void              mg_dosing_page_add_product    (MgDosingPage *self);
gboolean          mg_dosing_page_save_as        (MgDosingPage *self,
                                                 const char   *name,
                                                 GError      **error);
gboolean          mg_dosing_page_open           (MgDosingPage *self,
                                                 const char   *name,
                                                 GError      **error);
gboolean          mg_dosing_page_set_medicine_time (MgDosingPage *self,
                                                 const char   *medicine,
                                                 guint         minute);
gboolean          mg_dosing_page_export_pdf     (MgDosingPage *self,
                                                 const char   *path,
                                                 const char   *language,
                                                 GError      **error);

G_END_DECLS
