/* mg-window-history.h — where Back returns to after opening a record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening a record (a search result, a medicine of a class) remembers the
 * page and record shown before; Back and Alt+Left go there again. Not a
 * GObject: the window owns one and frees it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MgWindowHistory MgWindowHistory;

MgWindowHistory *mg_window_history_new      (void);
void             mg_window_history_free     (MgWindowHistory *self);
void             mg_window_history_push     (MgWindowHistory *self,
                                             const char      *page,
                                             const char      *kind,
                                             const char      *id);
gboolean         mg_window_history_pop      (MgWindowHistory *self,
                                             char           **page,
                                             char           **kind,
                                             char           **id);
void             mg_window_history_clear    (MgWindowHistory *self);
gboolean         mg_window_history_is_empty (MgWindowHistory *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgWindowHistory, mg_window_history_free)

G_END_DECLS
