/* mg-severity-badge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-severity.h"
#include "mg-severity-badge.h"

struct _MgSeverityBadge
{
  GtkWidget  parent_instance;

  char      *severity;
  const char *css_class;

  GtkImage  *icon;
  GtkLabel  *label;
};

G_DEFINE_FINAL_TYPE (MgSeverityBadge, mg_severity_badge, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SEVERITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mg_severity_badge_new:
 * @severity: (nullable): "major", "moderate", "minor", "unknown", "none"
 *   or "not-found"
 *
 * Returns: (transfer floating): a new badge
 */
GtkWidget *
mg_severity_badge_new (const char *severity)
{
  return g_object_new (MG_TYPE_SEVERITY_BADGE, "severity", severity, NULL);
}

const char *
mg_severity_badge_get_severity (MgSeverityBadge *self)
{
  g_return_val_if_fail (MG_IS_SEVERITY_BADGE (self), NULL);

  return self->severity;
}

void
mg_severity_badge_set_severity (MgSeverityBadge *self,
                                const char      *severity)
{
  g_autofree char *description = NULL;

  g_return_if_fail (MG_IS_SEVERITY_BADGE (self));

  if (self->severity != NULL && g_strcmp0 (self->severity, severity) == 0)
    return;

  g_free (self->severity);
  self->severity = g_strdup (severity);

  if (self->css_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->css_class);
  self->css_class = mg_severity_get_css_class (severity);
  gtk_widget_add_css_class (GTK_WIDGET (self), self->css_class);

  gtk_image_set_from_icon_name (self->icon, mg_severity_get_icon_name (severity));
  gtk_label_set_text (self->label, mg_severity_get_label (severity));

  description = mg_severity_dup_description (severity);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, mg_severity_get_label (severity),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEVERITY]);
}

static void
mg_severity_badge_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MgSeverityBadge *self = MG_SEVERITY_BADGE (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_string (value, self->severity);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_severity_badge_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MgSeverityBadge *self = MG_SEVERITY_BADGE (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      mg_severity_badge_set_severity (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_severity_badge_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MG_TYPE_SEVERITY_BADGE);

  G_OBJECT_CLASS (mg_severity_badge_parent_class)->dispose (object);
}

static void
mg_severity_badge_finalize (GObject *object)
{
  MgSeverityBadge *self = MG_SEVERITY_BADGE (object);

  g_clear_pointer (&self->severity, g_free);

  G_OBJECT_CLASS (mg_severity_badge_parent_class)->finalize (object);
}

static void
mg_severity_badge_class_init (MgSeverityBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_severity_badge_dispose;
  object_class->finalize = mg_severity_badge_finalize;
  object_class->get_property = mg_severity_badge_get_property;
  object_class->set_property = mg_severity_badge_set_property;

  properties[PROP_SEVERITY] =
    g_param_spec_string ("severity", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-severity-badge.ui");
  gtk_widget_class_bind_template_child (widget_class, MgSeverityBadge, icon);
  gtk_widget_class_bind_template_child (widget_class, MgSeverityBadge, label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "severity-badge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mg_severity_badge_init (MgSeverityBadge *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  mg_severity_badge_set_severity (self, "unknown");
}
