/* mg-pinned-selection.h — a single selection that only the app moves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_PINNED_SELECTION (mg_pinned_selection_get_type ())

G_DECLARE_FINAL_TYPE (MgPinnedSelection, mg_pinned_selection, MG, PINNED_SELECTION, GObject)

MgPinnedSelection *mg_pinned_selection_new          (GListModel        *model);
GListModel        *mg_pinned_selection_get_model    (MgPinnedSelection *self);
guint              mg_pinned_selection_get_selected (MgPinnedSelection *self);
void               mg_pinned_selection_set_selected (MgPinnedSelection *self,
                                                     guint              position);
void               mg_pinned_selection_select_id    (MgPinnedSelection *self,
                                                     const char        *id);

G_END_DECLS
