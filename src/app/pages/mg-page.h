/* mg-page.h — the base of every page of the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "mg-context.h"

G_BEGIN_DECLS

#define MG_TYPE_PAGE (mg_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (MgPage, mg_page, MG, PAGE, AdwBin)

/**
 * MgPageClass:
 * @show_record: show one record of a kind the page owns (a search result,
 *   a link from another page). Pages that own no kind leave it %NULL.
 */
struct _MgPageClass
{
  AdwBinClass parent_class;

  void (*show_record) (MgPage     *self,
                       const char *kind,
                       const char *id);
};

MgContext *mg_page_get_context (MgPage     *self);
MgKb      *mg_page_get_kb      (MgPage     *self);
void       mg_page_show_record (MgPage     *self,
                                const char *kind,
                                const char *id);

G_END_DECLS
