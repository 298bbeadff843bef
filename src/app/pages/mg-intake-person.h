/* mg-intake-person.h — the daily amount and upper limits for one person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mg-kb.h"

G_BEGIN_DECLS

#define MG_TYPE_INTAKE_PERSON (mg_intake_person_get_type ())

G_DECLARE_FINAL_TYPE (MgIntakePerson, mg_intake_person, MG, INTAKE_PERSON, GtkWidget)

typedef enum
{
  MG_AGE_UNIT_YEARS,
  MG_AGE_UNIT_MONTHS,
} MgAgeUnit;

void        mg_intake_person_setup          (MgIntakePerson *self,
                                             MgKb           *kb,
                                             const char     *reference_set);
void        mg_intake_person_set_reference_set (MgIntakePerson *self,
                                                const char     *reference_set);
void        mg_intake_person_set_person     (MgIntakePerson *self,
                                             const char     *age,
                                             MgAgeUnit       unit,
                                             const char     *sex,
                                             const char     *status);
GtkWidget  *mg_intake_person_get_age_row    (MgIntakePerson *self);
GtkWidget  *mg_intake_person_get_intake_row (MgIntakePerson *self);
GtkWidget  *mg_intake_person_get_limit_row  (MgIntakePerson *self,
                                             const char     *limit_set);

G_END_DECLS
