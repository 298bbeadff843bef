/* mg-sources-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From a source to what cites it: each fact opens its own page through
 * the window's "window.show-record" action, as a search result would.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-fact-row.h"
#include "mg-fold-filter.h"
#include "mg-kb-labels.h"
#include "mg-list-rows.h"
#include "mg-pinned-selection.h"
#include "mg-rows.h"
#include "mg-sources-page.h"

struct _MgSourcesPage
{
  MgPage parent_instance;

  GListModel *sources;
  GtkFilterListModel *filtered;
  MgFoldFilter *filter;
  MgPinnedSelection *selection;
  gboolean setting_text;        /* the entry's text is being set from code */
  MgSource *source;
  GListModel *citing;
  GtkWidget *citing_list;

  AdwLeaflet *leaflet;
  GtkSearchEntry *search_entry;
  GtkStack *list_stack;
  GtkListView *list_view;
  GtkStack *detail_stack;
  GtkScrolledWindow *detail_scroller;
  GtkBox *detail_box;
};

G_DEFINE_FINAL_TYPE (MgSourcesPage, mg_sources_page, MG_TYPE_PAGE)

static void
describe_source (gpointer       item,
                 MgListRowText *text)
{
  MgSource *source = item;

  text->title = mg_source_dup_short_name (source);
  text->subtitle = g_strdup (mg_source_get_title (source));
}

/* Authors, title, publisher, year and id: what a person may remember. */
static char *
source_text (gpointer item)
{
  MgSource *source = item;

  return g_strdup_printf ("%s %s %s %d %s",
                          mg_source_get_authors (source) != NULL ? mg_source_get_authors (source) : "",
                          mg_source_get_title (source) != NULL ? mg_source_get_title (source) : "",
                          mg_source_get_publisher (source) != NULL ? mg_source_get_publisher (source) : "",
                          mg_source_get_year (source),
                          mg_source_get_id (source));
}

/**
 * mg_sources_page_set_search:
 * @text: (nullable): part of an author, title, publisher or year
 */
void
mg_sources_page_set_search (MgSourcesPage *self,
                            const char    *text)
{
  g_return_if_fail (MG_IS_SOURCES_PAGE (self));

  mg_fold_filter_set_search (self->filter, text);

  mg_list_rows_show_search (GTK_EDITABLE (self->search_entry), text, &self->setting_text);

  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0 ? "list" : "empty");
}

static void
on_search_changed (MgSourcesPage *self)
{
  if (self->filter != NULL && !self->setting_text)
    mg_sources_page_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static GtkWidget *
add_detail (GtkWidget  *group,
            const char *title,
            const char *value)
{
  GtkWidget *row;

  if (value == NULL || *value == '\0')
    return NULL;

  row = mg_rows_action_row_new (title, value);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return row;
}

static void
open_link (GtkWidget *row,
           MgSource  *source)
{
  g_autofree char *link = mg_source_dup_link (source);
  GtkRoot *root = gtk_widget_get_root (row);

  if (link != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, link, GDK_CURRENT_TIME);
}

static GtkWidget *
create_citing_row (gpointer item,
                   gpointer user_data)
{
  MgSearchResult *result = item;
  const char *snippet = mg_search_result_get_snippet (result);
  const char *kind = mg_kb_label_record_kind (mg_search_result_get_kind (result));
  g_autofree char *subtitle = snippet != NULL ? g_strdup_printf ("%s · %s", kind, snippet) : g_strdup (kind);
  GtkWidget *row = mg_rows_action_row_new (mg_search_result_get_title (result), subtitle);
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", "go-next-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  /* Long notes would fill the page; the record shows them in full. */
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "window.show-record");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)",
                                    mg_search_result_get_kind (result),
                                    mg_search_result_get_id (result));

  return row;
}

static void
build_detail (MgSourcesPage *self)
{
  MgSource *source = self->source;
  g_autofree char *short_name = mg_source_dup_short_name (source);
  g_autofree char *citation = mg_source_format_citation (source);
  g_autofree char *link = mg_source_dup_link (source);
  g_autofree char *year = mg_source_get_year (source) > 0 ? g_strdup_printf ("%d", mg_source_get_year (source)) : NULL;
  GtkWidget *heading = mg_rows_heading_new (short_name);
  GtkWidget *group;
  GtkWidget *list;
  g_autoptr(GError) error = NULL;

  mg_rows_clear_box (self->detail_box);
  g_clear_object (&self->citing);
  self->citing_list = NULL;

  gtk_box_append (self->detail_box, heading);

  group = mg_rows_group_new (_("Reference"), NULL);
  add_detail (group, _("Citation"), citation);
  add_detail (group, _("Authors"), mg_source_get_authors (source));
  add_detail (group, _("Title"), mg_source_get_title (source));
  add_detail (group, _("Publisher or journal"), mg_source_get_publisher (source));
  add_detail (group, _("Year"), year);
  add_detail (group, _("Kind of source"), mg_kb_label_quality (mg_source_get_quality (source)));
  add_detail (group, _("DOI"), mg_source_get_doi (source));
  add_detail (group, _("PubMed"), mg_source_get_pmid (source));
  if (link != NULL)
    {
      GtkWidget *row = mg_rows_action_row_new (_("Open in the browser"), link);
      GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                      "icon-name", "web-browser-symbolic",
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                      NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect_object (row, "activated", G_CALLBACK (open_link), source, 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  else
    add_detail (group, _("Link"), _("The knowledge base has no web address for this source."));
  gtk_box_append (self->detail_box, group);

  self->citing = mg_kb_list_citing (mg_page_get_kb (MG_PAGE (self)), mg_source_get_id (source), &error);
  group = mg_rows_group_new (_("Cited For"), _("The facts in this guide that rest on this source. Open one to see it."));
  if (self->citing == NULL)
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 mg_fact_row_new (_("This list cannot be read"), NULL, error->message));
      gtk_box_append (self->detail_box, group);
      return;
    }
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Facts that cite this source"),
                                  -1);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), self->citing, create_citing_row, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  self->citing_list = list;
  if (g_list_model_get_n_items (self->citing) == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), _("No fact in this guide cites this source."));
  gtk_box_append (self->detail_box, group);
}

static void
show_source (MgSourcesPage *self,
             MgSource      *source)
{
  g_set_object (&self->source, source);
  mg_pinned_selection_select_id (self->selection, mg_source_get_id (source));
  build_detail (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->detail_scroller), 0.0);
  gtk_stack_set_visible_child_name (self->detail_stack, "source");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_list_activate (MgSourcesPage *self,
                  guint          position)
{
  g_autoptr(MgSource) source = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (source != NULL)
    show_source (self, source);
}

GListModel *
mg_sources_page_get_model (MgSourcesPage *self)
{
  g_return_val_if_fail (MG_IS_SOURCES_PAGE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

/**
 * mg_sources_page_get_source:
 *
 * Returns: (transfer none) (nullable): the source on show
 */
MgSource *
mg_sources_page_get_source (MgSourcesPage *self)
{
  g_return_val_if_fail (MG_IS_SOURCES_PAGE (self), NULL);

  return self->source;
}

/**
 * mg_sources_page_get_citing:
 *
 * Returns: (transfer none) (nullable): what cites the source on show, a
 *   #GListModel of #MgSearchResult
 */
GListModel *
mg_sources_page_get_citing (MgSourcesPage *self)
{
  g_return_val_if_fail (MG_IS_SOURCES_PAGE (self), NULL);

  return self->citing;
}

/**
 * mg_sources_page_get_citing_list:
 *
 * Returns: (transfer none) (nullable): the list box of the facts citing
 *   the source on show
 */
GtkWidget *
mg_sources_page_get_citing_list (MgSourcesPage *self)
{
  g_return_val_if_fail (MG_IS_SOURCES_PAGE (self), NULL);

  return self->citing_list;
}

static void
mg_sources_page_show_record (MgPage     *page,
                             const char *kind,
                             const char *id)
{
  MgSourcesPage *self = MG_SOURCES_PAGE (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(MgSource) source = mg_kb_lookup_source (mg_page_get_kb (page), id, &error);

  if (source != NULL)
    show_source (self, source);
  else if (!g_error_matches (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    mg_page_show_error (page, error);
}

static void
mg_sources_page_constructed (GObject *object)
{
  MgSourcesPage *self = MG_SOURCES_PAGE (object);
  g_autoptr(GtkListItemFactory) factory = mg_list_rows_factory_new (describe_source);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (mg_sources_page_parent_class)->constructed (object);

  self->sources = mg_kb_list_sources (mg_page_get_kb (MG_PAGE (self)), &error);
  if (self->sources == NULL)
    {
      mg_page_show_error (MG_PAGE (self), error);
      return;
    }

  self->filter = mg_fold_filter_new (source_text);
  self->filtered = gtk_filter_list_model_new (g_object_ref (self->sources), g_object_ref (GTK_FILTER (self->filter)));
  self->selection = mg_pinned_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));

  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  mg_page_set_leaflet (MG_PAGE (self), self->leaflet);
}

static void
mg_sources_page_dispose (GObject *object)
{
  MgSourcesPage *self = MG_SOURCES_PAGE (object);

  g_clear_object (&self->filter);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_SOURCES_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sources);
  g_clear_object (&self->source);
  g_clear_object (&self->citing);
  self->citing_list = NULL;

  G_OBJECT_CLASS (mg_sources_page_parent_class)->dispose (object);
}

static void
mg_sources_page_class_init (MgSourcesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MgPageClass *page_class = MG_PAGE_CLASS (klass);

  object_class->constructed = mg_sources_page_constructed;
  object_class->dispose = mg_sources_page_dispose;
  page_class->show_record = mg_sources_page_show_record;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-sources-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgSourcesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MgSourcesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MgSourcesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MgSourcesPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, MgSourcesPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, MgSourcesPage, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, MgSourcesPage, detail_box);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
}

static void
mg_sources_page_init (MgSourcesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
