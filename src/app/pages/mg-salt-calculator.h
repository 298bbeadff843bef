/* mg-salt-calculator.h — salt to elemental magnesium and back, with tablets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "mg-kb.h"

G_BEGIN_DECLS

#define MG_TYPE_SALT_CALCULATOR (mg_salt_calculator_get_type ())

G_DECLARE_FINAL_TYPE (MgSaltCalculator, mg_salt_calculator, MG, SALT_CALCULATOR, GtkWidget)

typedef enum
{
  MG_STRENGTH_SALT,
  MG_STRENGTH_ELEMENTAL,
} MgStrengthKind;

void        mg_salt_calculator_set_compound       (MgSaltCalculator *self,
                                                   MgCompound       *compound);
void        mg_salt_calculator_set_strength_kind  (MgSaltCalculator *self,
                                                   MgStrengthKind    kind);
GtkWidget  *mg_salt_calculator_get_salt_row       (MgSaltCalculator *self);
GtkWidget  *mg_salt_calculator_get_salt_unit      (MgSaltCalculator *self);
GtkWidget  *mg_salt_calculator_get_elemental_row  (MgSaltCalculator *self);
GtkWidget  *mg_salt_calculator_get_target_row     (MgSaltCalculator *self);
GtkWidget  *mg_salt_calculator_get_target_unit    (MgSaltCalculator *self);
GtkWidget  *mg_salt_calculator_get_strength_row   (MgSaltCalculator *self);
GtkWidget  *mg_salt_calculator_get_half_switch    (MgSaltCalculator *self);
GtkWidget  *mg_salt_calculator_get_salt_needed_row (MgSaltCalculator *self);
GtkWidget  *mg_salt_calculator_get_tablets_row    (MgSaltCalculator *self);
double      mg_salt_calculator_get_tablets        (MgSaltCalculator *self);

G_END_DECLS
