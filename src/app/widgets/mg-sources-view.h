/* mg-sources-view.h — the sources of one fact: short names, full citations one click away
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every number the app shows needs a source the user can see. This widget
 * shows "Sources: Drugs.com, Arora et al. 2025" in one line; activating it
 * (click, Enter or Space) expands the full citations, each with a button
 * that opens its web page, DOI or PubMed record. Give it either the
 * owner key of a fact, or a list of MgSource a record already carries:
 *
 * |[<!-- language="C" -->
 * // a record's own sources
 * mg_sources_view_set_sources (view, mg_interaction_get_sources (interaction));
 * // the sources of any fact or child fact, by owner key (docs/kb-format.md)
 * mg_sources_view_set_owner (view, kb, "interaction:quinolones/separation/0");
 * ]|
 *
 * In a template (call g_type_ensure (MG_TYPE_SOURCES_VIEW) in class_init):
 * |[<!-- language="XML" -->
 * <object class="MgSourcesView" id="sources">
 *   <property name="title" translatable="yes">Sources of the hours</property>
 * </object>
 * ]|
 *
 * #MgSourcesView:title replaces the leading "Sources" (say what the sources
 * are for when a page shows several). An empty list reads "No source
 * recorded", never nothing, so a missing citation is noticed.
 */
#pragma once

#include <gtk/gtk.h>

#include "mg-kb.h"

G_BEGIN_DECLS

#define MG_TYPE_SOURCES_VIEW (mg_sources_view_get_type ())

G_DECLARE_FINAL_TYPE (MgSourcesView, mg_sources_view, MG, SOURCES_VIEW, GtkWidget)

GtkWidget  *mg_sources_view_new            (void);
GListModel *mg_sources_view_get_sources    (MgSourcesView *self);
void        mg_sources_view_set_sources    (MgSourcesView *self,
                                            GListModel    *sources);
void        mg_sources_view_set_owner      (MgSourcesView *self,
                                            MgKb          *kb,
                                            const char    *owner);
const char *mg_sources_view_get_title      (MgSourcesView *self);
void        mg_sources_view_set_title      (MgSourcesView *self,
                                            const char    *title);
gboolean    mg_sources_view_get_expanded   (MgSourcesView *self);
void        mg_sources_view_set_expanded   (MgSourcesView *self,
                                            gboolean       expanded);
const char *mg_sources_view_get_summary    (MgSourcesView *self);

G_END_DECLS
