/* mg-check-result.h — one line of the interaction checker's results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A medicine from the person's list and what the knowledge base says of
 * it: an interaction (one result per interaction found), "none" (known,
 * nothing recorded), "not-found" (with the closest names), or "unknown"
 * with a message when the knowledge base could not answer.
 */
#pragma once

#include <gio/gio.h>

#include "mg-kb.h"

G_BEGIN_DECLS

#define MG_TYPE_CHECK_RESULT (mg_check_result_get_type ())

G_DECLARE_FINAL_TYPE (MgCheckResult, mg_check_result, MG, CHECK_RESULT, GObject)

MgCheckResult *mg_check_result_new             (const char    *name,
                                                guint          position,
                                                const char    *severity,
                                                MgInteraction *interaction,
                                                GListModel    *suggestions,
                                                const char    *message);
const char    *mg_check_result_get_name        (MgCheckResult *self);
guint          mg_check_result_get_position    (MgCheckResult *self);
const char    *mg_check_result_get_severity    (MgCheckResult *self);
MgInteraction *mg_check_result_get_interaction (MgCheckResult *self);
GListModel    *mg_check_result_get_suggestions (MgCheckResult *self);
const char    *mg_check_result_get_message     (MgCheckResult *self);
int            mg_check_result_compare         (gconstpointer  a,
                                                gconstpointer  b,
                                                gpointer       user_data);

G_END_DECLS
