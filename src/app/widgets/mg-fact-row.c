/* mg-fact-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AdwActionRow lays its parts out in one line; a fact needs its sources
 * under it, one click from the full citation, so this row stacks them.
 */
#include "config.h"

#include "mg-fact-row.h"
#include "mg-sources-view.h"

struct _MgFactRow
{
  AdwPreferencesRow parent_instance;

  GtkImage *icon;
  GtkLabel *title_label;
  GtkLabel *value_label;
  GtkLabel *text_label;
  MgSourcesView *sources_view;
};

G_DEFINE_FINAL_TYPE (MgFactRow, mg_fact_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mg_fact_row_new:
 * @title: what the fact is about, such as "Molar mass"
 * @value: (nullable): the figure or short answer
 * @text: (nullable): an explanation under it
 *
 * Returns: (transfer floating): a new row without sources
 */
GtkWidget *
mg_fact_row_new (const char *title,
                 const char *value,
                 const char *text)
{
  return g_object_new (MG_TYPE_FACT_ROW,
                       "title", title,
                       "value", value,
                       "text", text,
                       NULL);
}

static void
update_accessible (MgFactRow *self)
{
  const char *title = gtk_label_get_text (self->title_label);
  const char *value = gtk_label_get_text (self->value_label);
  g_autofree char *label = NULL;

  if (*value != '\0' && *title != '\0')
    label = g_strdup_printf ("%s: %s", title, value);
  else
    label = g_strdup (*title != '\0' ? title : value);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, gtk_label_get_text (self->text_label),
                                  -1);
}

static void
set_label (MgFactRow  *self,
           GtkLabel   *label,
           const char *text,
           int         prop)
{
  if (g_strcmp0 (gtk_label_get_text (label), text != NULL ? text : "") == 0)
    return;

  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
mg_fact_row_set_title (MgFactRow  *self,
                       const char *title)
{
  g_return_if_fail (MG_IS_FACT_ROW (self));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title != NULL ? title : "");
}

static void
on_title_changed (MgFactRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));

  gtk_label_set_text (self->title_label, title != NULL ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), title != NULL && *title != '\0');
  update_accessible (self);
}

const char *
mg_fact_row_get_title (MgFactRow *self)
{
  g_return_val_if_fail (MG_IS_FACT_ROW (self), NULL);

  return gtk_label_get_text (self->title_label);
}

/**
 * mg_fact_row_set_value:
 * @value: (nullable): the figure, "40.30 g/mol"
 */
void
mg_fact_row_set_value (MgFactRow  *self,
                       const char *value)
{
  g_return_if_fail (MG_IS_FACT_ROW (self));

  set_label (self, self->value_label, value, PROP_VALUE);
}

const char *
mg_fact_row_get_value (MgFactRow *self)
{
  g_return_val_if_fail (MG_IS_FACT_ROW (self), NULL);

  return gtk_label_get_text (self->value_label);
}

/**
 * mg_fact_row_set_text:
 * @text: (nullable): plain text under the title
 */
void
mg_fact_row_set_text (MgFactRow  *self,
                      const char *text)
{
  g_return_if_fail (MG_IS_FACT_ROW (self));

  set_label (self, self->text_label, text, PROP_TEXT);
}

const char *
mg_fact_row_get_text (MgFactRow *self)
{
  g_return_val_if_fail (MG_IS_FACT_ROW (self), NULL);

  return gtk_label_get_text (self->text_label);
}

/**
 * mg_fact_row_set_icon_name:
 * @icon_name: (nullable): a decorative icon before the title
 */
void
mg_fact_row_set_icon_name (MgFactRow  *self,
                           const char *icon_name)
{
  g_return_if_fail (MG_IS_FACT_ROW (self));

  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->icon), icon_name != NULL);
}

/**
 * mg_fact_row_set_sources:
 * @sources: (nullable): a #GListModel of #MgSource
 */
void
mg_fact_row_set_sources (MgFactRow  *self,
                         GListModel *sources)
{
  g_return_if_fail (MG_IS_FACT_ROW (self));

  mg_sources_view_set_sources (self->sources_view, sources);
  gtk_widget_set_visible (GTK_WIDGET (self->sources_view), sources != NULL);
}

/**
 * mg_fact_row_set_sources_owner:
 * @owner: an owner key, "compound:oxide/absorption/0"
 */
void
mg_fact_row_set_sources_owner (MgFactRow  *self,
                               MgKb       *kb,
                               const char *owner)
{
  g_return_if_fail (MG_IS_FACT_ROW (self));
  g_return_if_fail (MG_IS_KB (kb));
  g_return_if_fail (owner != NULL);

  mg_sources_view_set_owner (self->sources_view, kb, owner);
  gtk_widget_set_visible (GTK_WIDGET (self->sources_view), TRUE);
}

/**
 * mg_fact_row_set_sources_title:
 * @title: (nullable): what the sources are for, "Sources of the published value"
 */
void
mg_fact_row_set_sources_title (MgFactRow  *self,
                               const char *title)
{
  g_return_if_fail (MG_IS_FACT_ROW (self));

  mg_sources_view_set_title (self->sources_view, title);
}

/**
 * mg_fact_row_get_sources_view:
 *
 * Returns: (transfer none): the row's #MgSourcesView
 */
GtkWidget *
mg_fact_row_get_sources_view (MgFactRow *self)
{
  g_return_val_if_fail (MG_IS_FACT_ROW (self), NULL);

  return GTK_WIDGET (self->sources_view);
}

static void
mg_fact_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MgFactRow *self = MG_FACT_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_string (value, mg_fact_row_get_value (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, mg_fact_row_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_fact_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MgFactRow *self = MG_FACT_ROW (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      mg_fact_row_set_value (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      mg_fact_row_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_fact_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MG_TYPE_FACT_ROW);

  G_OBJECT_CLASS (mg_fact_row_parent_class)->dispose (object);
}

static void
mg_fact_row_class_init (MgFactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_fact_row_dispose;
  object_class->get_property = mg_fact_row_get_property;
  object_class->set_property = mg_fact_row_set_property;

  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MG_TYPE_SOURCES_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-fact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MgFactRow, icon);
  gtk_widget_class_bind_template_child (widget_class, MgFactRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, MgFactRow, value_label);
  gtk_widget_class_bind_template_child (widget_class, MgFactRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, MgFactRow, sources_view);
}

static void
mg_fact_row_init (MgFactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_changed), NULL);
}
