/* mg-fold-filter.h — a list filter that ignores case and accents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_FOLD_FILTER (mg_fold_filter_get_type ())

G_DECLARE_FINAL_TYPE (MgFoldFilter, mg_fold_filter, MG, FOLD_FILTER, GtkFilter)

/**
 * MgFoldTextFunc:
 * @item: an item of the filtered model
 *
 * Returns: (transfer full): the text to search in, such as a name, or
 *   the parts of a citation joined by spaces
 */
typedef char *(*MgFoldTextFunc) (gpointer item);

MgFoldFilter *mg_fold_filter_new        (MgFoldTextFunc  text_func);
const char   *mg_fold_filter_get_search (MgFoldFilter   *self);
gboolean      mg_fold_filter_set_search (MgFoldFilter   *self,
                                         const char     *search);

G_END_DECLS
