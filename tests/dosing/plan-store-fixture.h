/* plan-store-fixture.h — plans made from a number, so that a reader can
 * tell exactly what a save of that number wrote
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-plan-store.h"

char     *fixture_plan_name   (guint       index);
MgProfile *fixture_profile    (guint       index);
MgPlan   *fixture_plan        (guint       index);
gboolean  fixture_plan_matches (guint      index,
                                MgProfile *profile,
                                gboolean   age_in_months,
                                MgPlan    *plan);
