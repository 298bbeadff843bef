/* mg-sources-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-kb-labels.h"
#include "mg-sources-view.h"

struct _MgSourcesView
{
  GtkWidget    parent_instance;

  GListModel  *sources;
  char        *title;
  char        *summary;
  /* Why the sources of an owner could not be read: shown instead of
   * "No source recorded", which would be untrue. */
  char        *failure;

  GtkExpander *expander;
  GtkLabel    *summary_label;
  GtkListBox  *list;
  gboolean     bound;           /* the list shows the citations */
};

G_DEFINE_FINAL_TYPE (MgSourcesView, mg_sources_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SOURCES,
  PROP_TITLE,
  PROP_EXPANDED,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mg_sources_view_new:
 *
 * Returns: (transfer floating): a new, empty view
 */
GtkWidget *
mg_sources_view_new (void)
{
  return g_object_new (MG_TYPE_SOURCES_VIEW, NULL);
}

static void
update_summary (MgSourcesView *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n = self->sources != NULL ? g_list_model_get_n_items (self->sources) : 0;
  g_autofree char *joined = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgSource) source = g_list_model_get_item (self->sources, i);

      g_ptr_array_add (names, mg_source_dup_short_name (source));
    }
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (", ", (char **) names->pdata);

  g_free (self->summary);
  if (self->failure != NULL)
    /* Translators: %s says what failed, from the knowledge base */
    self->summary = g_strdup_printf (_("The sources could not be read: %s"), self->failure);
  else if (n == 0)
    self->summary = g_strdup (_("No source recorded"));
  else if (self->title != NULL)
    /* Translators: a title such as "Sources of the hours", then short source names */
    self->summary = g_strdup_printf (_("%s: %s"), self->title, joined);
  else if (n == 1)
    /* Translators: %s is a short source name, "Arora et al. 2025" */
    self->summary = g_strdup_printf (_("Source: %s"), joined);
  else
    /* Translators: %s is a list of short source names, "Drugs.com, Arora et al. 2025" */
    self->summary = g_strdup_printf (_("Sources: %s"), joined);

  gtk_label_set_text (self->summary_label, self->summary);
  gtk_widget_set_sensitive (GTK_WIDGET (self->expander), n > 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

static GtkWidget *
create_source_row (gpointer item,
                   gpointer user_data)
{
  MgSource *source = MG_SOURCE (item);
  g_autofree char *citation = mg_source_format_citation (source);
  g_autofree char *link = mg_source_dup_link (source);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (citation);
  GtkWidget *quality;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_box_append (GTK_BOX (box), label);

  quality = gtk_label_new (mg_kb_label_quality (mg_source_get_quality (source)));
  gtk_label_set_xalign (GTK_LABEL (quality), 0.0);
  gtk_widget_add_css_class (quality, "dim-label");
  gtk_widget_add_css_class (quality, "caption");
  gtk_box_append (GTK_BOX (box), quality);

  if (link != NULL)
    {
      GtkWidget *button = gtk_link_button_new_with_label (link, _("Open the source"));
      g_autofree char *short_name = mg_source_dup_short_name (source);
      g_autofree char *name = g_strdup_printf (_("Open the source: %s"), short_name);

      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (button, link);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      gtk_box_append (GTK_BOX (box), button);
    }

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* A row reads as its citation; its buttons have names of their own. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, citation,
                                  -1);

  return row;
}

static void
bind_citations (MgSourcesView *self)
{
  if (self->bound || self->sources == NULL || !gtk_expander_get_expanded (self->expander))
    return;

  gtk_list_box_bind_model (self->list, self->sources, create_source_row, self, NULL);
  self->bound = TRUE;
}

/**
 * mg_sources_view_get_sources:
 *
 * Returns: (transfer none) (nullable): the MgSource list shown
 */
GListModel *
mg_sources_view_get_sources (MgSourcesView *self)
{
  g_return_val_if_fail (MG_IS_SOURCES_VIEW (self), NULL);

  return self->sources;
}

/**
 * mg_sources_view_set_sources:
 * @sources: (nullable): a #GListModel of #MgSource
 */
void
mg_sources_view_set_sources (MgSourcesView *self,
                             GListModel    *sources)
{
  g_return_if_fail (MG_IS_SOURCES_VIEW (self));
  g_return_if_fail (sources == NULL || G_IS_LIST_MODEL (sources));

  if (self->sources == sources && self->failure == NULL)
    return;

  g_clear_pointer (&self->failure, g_free);

  if (self->sources != NULL)
    g_signal_handlers_disconnect_by_func (self->sources, update_summary, self);
  g_set_object (&self->sources, sources);

  if (self->sources != NULL)
    g_signal_connect_object (self->sources, "items-changed",
                             G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);

  /* The citations are built when first shown: a page may hold a hundred
   * of these views, and most stay closed. */
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  self->bound = FALSE;
  bind_citations (self);
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCES]);
}

/**
 * mg_sources_view_set_owner:
 * @kb: the knowledge base
 * @owner: an owner key: "interaction:quinolones", "intake:nl/3",
 *   "interaction:quinolones/separation/0"…
 *
 * Shows the sources the knowledge base cites for @owner. When they cannot
 * be read, the summary says so and why: never "No source recorded".
 */
void
mg_sources_view_set_owner (MgSourcesView *self,
                           MgKb          *kb,
                           const char    *owner)
{
  g_autoptr(GListModel) sources = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MG_IS_SOURCES_VIEW (self));
  g_return_if_fail (MG_IS_KB (kb));
  g_return_if_fail (owner != NULL);

  sources = mg_kb_get_sources_for (kb, owner, &error);
  mg_sources_view_set_sources (self, sources);
  if (sources == NULL)
    {
      self->failure = g_strdup (error->message);
      update_summary (self);
    }
}

const char *
mg_sources_view_get_title (MgSourcesView *self)
{
  g_return_val_if_fail (MG_IS_SOURCES_VIEW (self), NULL);

  return self->title;
}

/**
 * mg_sources_view_set_title:
 * @title: (nullable): what the sources are for ("Sources of the hours");
 *   %NULL for plain "Sources"
 */
void
mg_sources_view_set_title (MgSourcesView *self,
                           const char    *title)
{
  g_return_if_fail (MG_IS_SOURCES_VIEW (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gboolean
mg_sources_view_get_expanded (MgSourcesView *self)
{
  g_return_val_if_fail (MG_IS_SOURCES_VIEW (self), FALSE);

  return gtk_expander_get_expanded (self->expander);
}

void
mg_sources_view_set_expanded (MgSourcesView *self,
                              gboolean       expanded)
{
  g_return_if_fail (MG_IS_SOURCES_VIEW (self));

  gtk_expander_set_expanded (self->expander, expanded);
}

/**
 * mg_sources_view_get_summary:
 *
 * Returns: the line shown while collapsed, "Sources: Drugs.com, …"
 */
const char *
mg_sources_view_get_summary (MgSourcesView *self)
{
  g_return_val_if_fail (MG_IS_SOURCES_VIEW (self), NULL);

  return self->summary;
}

static void
on_expanded_changed (MgSourcesView *self)
{
  bind_citations (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

static void
mg_sources_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MgSourcesView *self = MG_SOURCES_VIEW (object);

  switch (prop_id)
    {
    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_EXPANDED:
      g_value_set_boolean (value, mg_sources_view_get_expanded (self));
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_sources_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MgSourcesView *self = MG_SOURCES_VIEW (object);

  switch (prop_id)
    {
    case PROP_SOURCES:
      mg_sources_view_set_sources (self, g_value_get_object (value));
      break;

    case PROP_TITLE:
      mg_sources_view_set_title (self, g_value_get_string (value));
      break;

    case PROP_EXPANDED:
      mg_sources_view_set_expanded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_sources_view_dispose (GObject *object)
{
  MgSourcesView *self = MG_SOURCES_VIEW (object);

  if (self->sources != NULL)
    g_signal_handlers_disconnect_by_func (self->sources, update_summary, self);
  g_clear_object (&self->sources);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_SOURCES_VIEW);

  G_OBJECT_CLASS (mg_sources_view_parent_class)->dispose (object);
}

static void
mg_sources_view_finalize (GObject *object)
{
  MgSourcesView *self = MG_SOURCES_VIEW (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->failure, g_free);

  G_OBJECT_CLASS (mg_sources_view_parent_class)->finalize (object);
}

static void
mg_sources_view_class_init (MgSourcesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_sources_view_dispose;
  object_class->finalize = mg_sources_view_finalize;
  object_class->get_property = mg_sources_view_get_property;
  object_class->set_property = mg_sources_view_set_property;

  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-sources-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MgSourcesView, expander);
  gtk_widget_class_bind_template_child (widget_class, MgSourcesView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MgSourcesView, list);
  gtk_widget_class_bind_template_callback (widget_class, on_expanded_changed);

  gtk_widget_class_set_css_name (widget_class, "sources-view");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mg_sources_view_init (MgSourcesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_summary (self);
}
