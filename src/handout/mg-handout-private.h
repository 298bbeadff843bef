/* mg-handout-private.h — the handout's content, built in its language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-dose-engine.h"
#include "mg-dose-timeline.h"
#include "mg-handout.h"

G_BEGIN_DECLS

typedef enum
{
  MG_HANDOUT_TITLE,
  MG_HANDOUT_SUBTITLE,
  MG_HANDOUT_HEADING,
  MG_HANDOUT_TEXT,
  MG_HANDOUT_ALERT,      /* above the limit, a conflict: bold, with a sign */
  MG_HANDOUT_TABLE,      /* cells: the header row first */
  MG_HANDOUT_SMALL,      /* sources, disclaimer */
} MgHandoutBlockKind;

typedef struct
{
  MgHandoutBlockKind kind;
  char              *markup;     /* Pango markup, escaped */
  GPtrArray         *rows;       /* of GStrv, for tables */
  const double      *columns;    /* relative widths, for tables */
  gboolean           header;     /* the first row names the columns */
} MgHandoutBlock;

typedef struct
{
  MgKb             *kb;
  MgProfile        *profile;
  gboolean          age_in_months;
  MgPlan           *plan;
  const char       *plan_name;
  MgDoseEvaluation *evaluation;
  MgDoseTimeline   *timeline;
  GPtrArray        *blocks;      /* MgHandoutBlock */
  GPtrArray        *source_ids;  /* cited, in order of first citation */
  GError           *error;       /* the first knowledge-base failure */
} MgHandoutBuilder;

void  mg_handout_block_free    (gpointer          data);
gboolean mg_handout_build_content (MgHandoutBuilder  *builder,
                                   GError           **error);
char *mg_handout_cite          (MgHandoutBuilder *builder,
                                const char * const *source_ids);

G_END_DECLS
