/* mg-medicine-list-editor.h — the person's medicine list, editable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows and edits the medicine list of an MgContext (mg_context_get_medicines(),
 * remembered in the "medicines" setting): every page that shows this
 * widget shows the same list, and a change on one page is on the others at
 * once. Typing offers names from the knowledge base (English and Dutch
 * names, brands, classes); Enter or the add button adds what was typed,
 * a suggestion adds itself. A name the knowledge base does not know is
 * still added (its row says so): what the person takes is theirs to list.
 * Each row says what the name is in the knowledge base ("Medicine:
 * dolutegravir", "Medicine class: …", "Not in this knowledge base") and
 * has a remove button; Delete removes the focused row.
 *
 * |[<!-- language="C" -->
 * GtkWidget *editor = mg_medicine_list_editor_new (mg_page_get_context (MG_PAGE (self)));
 * gtk_box_append (box, editor);
 * // react to changes through the list itself:
 * g_signal_connect_object (mg_context_get_medicines (context), "items-changed",
 *                          G_CALLBACK (update_results), self, G_CONNECT_SWAPPED);
 * ]|
 *
 * In a template, set the construct-only "context" from code instead:
 * mg_medicine_list_editor_set_context() once, right after
 * gtk_widget_init_template(). #MgMedicineListEditor:title and
 * #MgMedicineListEditor:description head the list.
 */
#pragma once

#include <adwaita.h>

#include "mg-context.h"

G_BEGIN_DECLS

#define MG_TYPE_MEDICINE_LIST_EDITOR (mg_medicine_list_editor_get_type ())

G_DECLARE_FINAL_TYPE (MgMedicineListEditor, mg_medicine_list_editor, MG, MEDICINE_LIST_EDITOR, AdwBin)

GtkWidget *mg_medicine_list_editor_new         (MgContext            *context);
MgContext *mg_medicine_list_editor_get_context (MgMedicineListEditor *self);
void       mg_medicine_list_editor_set_context (MgMedicineListEditor *self,
                                                MgContext            *context);
gboolean   mg_medicine_list_editor_add_typed   (MgMedicineListEditor *self);
void       mg_medicine_list_editor_focus_entry (MgMedicineListEditor *self);

G_END_DECLS
