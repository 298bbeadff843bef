/* mg-fact-row.h — one fact of a record: a name, a figure, a text, its sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row for boxed lists and #AdwPreferencesGroup that shows a figure with
 * its source beside it (the title is #AdwPreferencesRow:title, plain text):
 *
 *   Molar mass                                   40.30 g/mol
 *   Calculated from the formula with IUPAC atomic weights.
 *   ▸ Source: Molecules 2020
 *
 * The title and value are the row's accessible name, the text its
 * description. The optional icon is decoration: the value or the text
 * must say in words what it shows.
 */
#pragma once

#include <adwaita.h>

#include "mg-kb.h"

G_BEGIN_DECLS

#define MG_TYPE_FACT_ROW (mg_fact_row_get_type ())

G_DECLARE_FINAL_TYPE (MgFactRow, mg_fact_row, MG, FACT_ROW, AdwPreferencesRow)

GtkWidget  *mg_fact_row_new         (const char *title,
                                     const char *value,
                                     const char *text);
void        mg_fact_row_set_title   (MgFactRow  *self,
                                     const char *title);
const char *mg_fact_row_get_title   (MgFactRow  *self);
void        mg_fact_row_set_value   (MgFactRow  *self,
                                     const char *value);
const char *mg_fact_row_get_value   (MgFactRow  *self);
void        mg_fact_row_set_text    (MgFactRow  *self,
                                     const char *text);
const char *mg_fact_row_get_text    (MgFactRow  *self);
void        mg_fact_row_set_icon_name (MgFactRow *self,
                                       const char *icon_name);
void        mg_fact_row_set_sources (MgFactRow  *self,
                                     GListModel *sources);
void        mg_fact_row_set_sources_owner (MgFactRow  *self,
                                           MgKb       *kb,
                                           const char *owner);
void        mg_fact_row_set_sources_title (MgFactRow  *self,
                                           const char *title);
GtkWidget  *mg_fact_row_get_sources_view (MgFactRow *self);

G_END_DECLS
