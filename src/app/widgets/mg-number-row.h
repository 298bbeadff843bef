/* mg-number-row.h — a row for typing one number, with its message beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mg-number.h"

G_BEGIN_DECLS

#define MG_TYPE_NUMBER_ROW (mg_number_row_get_type ())

G_DECLARE_FINAL_TYPE (MgNumberRow, mg_number_row, MG, NUMBER_ROW, AdwActionRow)

/**
 * MgNumberRow:
 *
 * An #AdwActionRow with an entry for one number and a fixed unit after it
 * ("mg", "mmol/L"). What is typed is parsed with mg_number_parse(), so
 * `2,5` and `2.5` both work in any locale.
 *
 * Bad input (empty, not a number, negative, zero unless allowed, not whole
 * when whole numbers are asked for, above the maximum) is never corrected
 * or cleared: the typed text stays, the entry turns red and the row's
 * subtitle says what is wrong and how to write it. The same message is
 * the entry's accessible description, with the invalid state set, so a
 * screen reader announces it. While the text is valid the subtitle shows
 * the #MgNumberRow:hint.
 *
 * A row that starts empty does not complain until something was typed or
 * mg_number_row_check() is called (a form's "Calculate" button): an empty
 * form full of red is no help.
 *
 * Read #MgNumberRow:valid before #MgNumberRow:value: the value is the last
 * valid one and stays put while the text is being corrected. Both notify.
 *
 * |[<!-- language="C" -->
 * MgNumberRow *row = mg_number_row_new (_("Salt per tablet"), "mg");
 *
 * mg_number_row_set_rules (row, MG_NUMBER_RULES (MG_NUMBER_FLAGS_NONE,
 *                                                MG_NUMBER_MAX_AMOUNT_MG));
 * g_signal_connect_swapped (row, "notify::value", G_CALLBACK (update), self);
 * ]|
 */

MgNumberRow  *mg_number_row_new       (const char    *title,
                                       const char    *unit);

const char   *mg_number_row_get_text  (MgNumberRow   *self);
void          mg_number_row_set_text  (MgNumberRow   *self,
                                       const char    *text);
double        mg_number_row_get_value (MgNumberRow   *self);
void          mg_number_row_set_value (MgNumberRow   *self,
                                       double         value);
gboolean      mg_number_row_get_valid (MgNumberRow   *self);
const char   *mg_number_row_get_message (MgNumberRow *self);
gboolean      mg_number_row_check     (MgNumberRow   *self);

const char   *mg_number_row_get_unit  (MgNumberRow   *self);
void          mg_number_row_set_unit  (MgNumberRow   *self,
                                       const char    *unit);
const char   *mg_number_row_get_hint  (MgNumberRow   *self);
void          mg_number_row_set_hint  (MgNumberRow   *self,
                                       const char    *hint);
MgNumberRules mg_number_row_get_rules (MgNumberRow   *self);
void          mg_number_row_set_rules (MgNumberRow   *self,
                                       MgNumberRules  rules);
int           mg_number_row_get_digits (MgNumberRow  *self);
void          mg_number_row_set_digits (MgNumberRow  *self,
                                        int           digits);
GtkEditable  *mg_number_row_get_editable (MgNumberRow *self);

G_END_DECLS
