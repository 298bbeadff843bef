/* mg-dose-engine-private.h — pieces of the engine split across files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files stack without circles: mg-dose-lookup.c (the error domain and
 * single lookups) <- mg-dose-interactions.c (the plan's medicines) <-
 * mg-dose-engine.c (evaluate, on top). A file calls only those below it.
 */
#pragma once

#include "mg-dose-engine.h"

G_BEGIN_DECLS

/* One warning per medicine even when it is in several interactions (digoxin
 * is both absorbed less and made more toxic by low magnesium): the longest
 * separation of them all, every class and every source. One warning per
 * product, with the product's own figure or the strictest of its
 * ingredients', and every ingredient an interaction comes from. */
typedef struct
{
  char *key;
  char *medicine_id;
  char *name;
  char *product_id;             /* NULL for a medicine */
  GString *classes;             /* for a product: "ingredient — class; …" */
  GString *management;
  char *spacing;                /* hours, not-given, ineffective or NULL */
  double hours_before;
  double hours_after;
  gboolean after_with_food;
  gboolean hours_from_product;
  GPtrArray *ingredients;       /* a product's ingredients the interactions come from (ids) */
  GPtrArray *ingredient_names;  /* all the product's ingredients, by name */
  GStrvBuilder *sources;
  GStrv sources_strv;
} MgMergedInteraction;

/* mg-dose-lookup.c: passes a failed lookup on as MG_DOSE_ENGINE_ERROR_KB,
 * with the knowledge base's message. Takes @kb_error; returns FALSE. */
gboolean   mg_dose_engine_kb_failed            (GError              *kb_error,
                                                GError             **error);

/**
 * mg_dose_engine_collect_interactions: (mg-dose-interactions.c)
 *
 * Returns: (transfer full) (element-type MgMergedInteraction): one per
 *   medicine, in the order given; %NULL with @error for an unknown name or
 *   a failed lookup, never a list that left one out
 */
GPtrArray *mg_dose_engine_collect_interactions (MgKb                *kb,
                                                const char * const  *medicines,
                                                GError             **error);

G_END_DECLS
