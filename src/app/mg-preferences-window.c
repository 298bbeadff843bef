/* mg-preferences-window.c — which published tables the guide uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-preferences-window.h"

struct _MgPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

  AdwComboRow *reference_row;
  AdwComboRow *limit_row;
};

G_DEFINE_FINAL_TYPE (MgPreferencesWindow, mg_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)


static gboolean
nick_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    {
      if (g_str_equal (nicks[i], nick))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
position_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) nicks))
    return NULL;

  return g_variant_new_string (nicks[position]);
}

/* The set ids are written once, as the GSettings enum of @key (checked
 * against the knowledge base's sets by the preferences test); the combo
 * row lists their names in that order (ui/mg-preferences-window.ui). */
static void
bind_combo_row (MgPreferencesWindow *self,
                const char          *key,
                AdwComboRow         *row)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) values = NULL;
  const char *type;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &type, &values);
  g_assert (g_str_equal (type, "enum"));

  g_settings_bind_with_mapping (self->settings, key,
                                row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                nick_to_position, position_to_nick,
                                g_variant_dup_strv (values, NULL), (GDestroyNotify) g_strfreev);
}

MgPreferencesWindow *
mg_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (MG_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}

static void
mg_preferences_window_dispose (GObject *object)
{
  MgPreferencesWindow *self = MG_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mg_preferences_window_parent_class)->dispose (object);
}

static void
mg_preferences_window_class_init (MgPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MgPreferencesWindow, reference_row);
  gtk_widget_class_bind_template_child (widget_class, MgPreferencesWindow, limit_row);
}

static void
mg_preferences_window_init (MgPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  bind_combo_row (self, "reference-set", self->reference_row);
  bind_combo_row (self, "limit-set", self->limit_row);
}
