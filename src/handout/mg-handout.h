/* mg-handout.h — the one-page patient handout, drawn with Pango and cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "mg-kb.h"
#include "mg-plan.h"
#include "mg-profile.h"

G_BEGIN_DECLS

/* ISO A4 in points, what the PDF export and the CLI write. */
#define MG_HANDOUT_A4_WIDTH  595.276
#define MG_HANDOUT_A4_HEIGHT 841.89

#define MG_TYPE_HANDOUT (mg_handout_get_type ())

G_DECLARE_FINAL_TYPE (MgHandout, mg_handout, MG, HANDOUT, GObject)

MgHandout  *mg_handout_new           (MgKb        *kb,
                                      MgProfile   *profile,
                                      gboolean     age_in_months,
                                      MgPlan      *plan,
                                      const char  *plan_name,
                                      const char  *language,
                                      GError     **error);
const char *mg_handout_get_language  (MgHandout   *self);
char       *mg_handout_get_text      (MgHandout   *self);
double      mg_handout_draw          (MgHandout   *self,
                                      cairo_t     *cr,
                                      double       width,
                                      double       height);
gboolean    mg_handout_write_pdf     (MgHandout   *self,
                                      const char  *path,
                                      GError     **error);

G_END_DECLS
