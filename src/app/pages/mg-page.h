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
 * @go_back: go one step back inside the page (detail to list). The default
 *   navigates the leaflet given to mg_page_set_leaflet().
 */
struct _MgPageClass
{
  AdwBinClass parent_class;

  void (*show_record) (MgPage     *self,
                       const char *kind,
                       const char *id);
  void (*go_back)     (MgPage     *self);
};

MgContext  *mg_page_get_context     (MgPage     *self);
MgKb       *mg_page_get_kb          (MgPage     *self);
void        mg_page_show_record     (MgPage     *self,
                                     const char *kind,
                                     const char *id);

/* Navigation inside a page: the window's back button and Alt+Left go back
 * inside the page first while it can. */
gboolean    mg_page_get_can_go_back (MgPage     *self);
void        mg_page_set_can_go_back (MgPage     *self,
                                     gboolean    can_go_back);
gboolean    mg_page_go_back         (MgPage     *self);
void        mg_page_set_leaflet     (MgPage     *self,
                                     AdwLeaflet *leaflet);

/* A query failed while the page was being built: the page says so instead
 * of showing a list that would look complete. */
void        mg_page_show_error      (MgPage       *self,
                                     const GError *error);

/* Shown under the page's title in the window's header bar. */
const char *mg_page_get_subtitle    (MgPage     *self);
void        mg_page_set_subtitle    (MgPage     *self,
                                     const char *subtitle);

G_END_DECLS
