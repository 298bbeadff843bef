/* mg-first-frame.h — report when a window's first frame is drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void mg_first_frame_watch (GtkWindow *window);

G_END_DECLS
