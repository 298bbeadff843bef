/* mg-dosing-page-private.h — what the dosing page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-dose-bar.h"
#include "mg-dose-engine.h"
#include "mg-dose-timeline-view.h"
#include "mg-dosing-page.h"
#include "mg-food-estimate.h"
#include "mg-number-row.h"
#include "mg-plan-store.h"

G_BEGIN_DECLS

struct _MgDosingPage
{
  MgPage              parent_instance;

  MgPlan             *plan;           /* products and food; medicines come from the context */
  GHashTable         *medicine_times; /* casefolded name -> minute + 1 */
  GPtrArray          *editors;        /* MgProductEditor, in the plan's order */
  MgDoseEvaluation   *evaluation;     /* the last valid one */
  MgDoseTimeline     *timeline;
  gboolean            stale;          /* the input is not valid right now */
  char               *plan_name;      /* "" when not saved */
  MgPlanStore        *store;
  GError             *store_error;
  guint               save_source;
  gboolean            restoring;
  GtkWidget          *medicines_editor;

  AdwActionRow       *plan_row;
  GtkMenuButton      *open_button;
  GtkMenuButton      *menu_button;
  GtkRevealer        *alert_revealer;
  GtkWidget          *alert_box;
  GtkImage           *alert_icon;
  GtkLabel           *alert_title;
  GtkLabel           *alert_text;
  MgNumberRow        *age_row;
  GtkDropDown        *age_unit_dropdown;
  AdwComboRow        *sex_row;
  AdwActionRow       *pregnant_row;
  GtkSwitch          *pregnant_switch;
  AdwActionRow       *lactating_row;
  GtkSwitch          *lactating_switch;
  GtkSwitch          *renal_switch;
  AdwComboRow        *reference_row;
  AdwComboRow        *limit_row;
  AdwPreferencesGroup *products_group;
  MgFoodEstimate     *food_estimate;
  GtkBox             *medicines_box;
  GtkLabel           *stale_label;
  GtkListBox         *result_list;
  MgDoseBar          *bar;
  AdwPreferencesGroup *warnings_group;
  GtkListBox         *warning_list;
  AdwPreferencesGroup *timeline_group;
  MgDoseTimelineView *timeline_view;
  GtkListBox         *medicine_time_list;
};

/* mg-dosing-page.c */
void       mg_dosing_page_recompute       (MgDosingPage *self);

/* mg-dosing-page-person.c: the person's rows */
MgProfile *mg_dosing_page_build_profile   (MgDosingPage *self,
                                           GError      **error);
gboolean   mg_dosing_page_age_in_months   (MgDosingPage *self);

/* mg-dosing-page-plan.c: the editors, the medicines' times, the plan */
MgPlan    *mg_dosing_page_build_plan      (MgDosingPage *self);
void       mg_dosing_page_load            (MgDosingPage *self,
                                           MgProfile    *profile,
                                           gboolean      age_in_months,
                                           MgPlan       *plan,
                                           const char   *name,
                                           gboolean      replace_medicines);

/* mg-dosing-page-person.c */
void       mg_dosing_page_person_init     (MgDosingPage *self);
void       mg_dosing_page_show_profile_error (MgDosingPage *self,
                                           const GError *error);
void       mg_dosing_page_on_age_unit_changed (MgDosingPage *self);
void       mg_dosing_page_on_set_selected (MgDosingPage *self,
                                           GParamSpec   *pspec,
                                           AdwComboRow  *row);

/* mg-dosing-page-results.c */
void       mg_dosing_page_show_results    (MgDosingPage *self);

/* mg-dosing-page-plans.c */
void       mg_dosing_page_plans_init      (MgDosingPage *self);
void       mg_dosing_page_plans_class_init (GtkWidgetClass *widget_class);
void       mg_dosing_page_schedule_keep   (MgDosingPage *self);
void       mg_dosing_page_keep_now        (MgDosingPage *self);

G_END_DECLS
