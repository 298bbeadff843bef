/* mg-dose-engine-private.h — pieces of the engine split across files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-dose-engine.h"

G_BEGIN_DECLS

/* One warning per medicine even when it is in several interactions (digoxin
 * is both absorbed less and made more toxic by low magnesium): the longest
 * separation of them all, every class and every source. */
typedef struct
{
  char *key;
  char *medicine_id;
  char *name;
  GString *classes;
  GString *management;
  double hours_before;
  double hours_after;
  GStrvBuilder *sources;
  GStrv sources_strv;
} MgMergedInteraction;

gboolean   mg_dose_engine_kb_failed            (GError              *local_error,
                                                GError             **error);
/* Returns: (transfer full) (element-type MgMergedInteraction): one per
 * medicine, in the order given; %NULL with @error for an unknown name. */
GPtrArray *mg_dose_engine_collect_interactions (MgKb                *kb,
                                                const char * const  *medicines,
                                                GError             **error);

G_END_DECLS
