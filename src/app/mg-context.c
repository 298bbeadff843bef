/* mg-context.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application owns one MgContext (as gnome-calendar's GcalContext) and
 * hands it to every window and page as a construct property, so that pages
 * never open the knowledge base or the settings themselves.
 */
#include "config.h"

#include "mg-context.h"

struct _MgContext
{
  GObject        parent_instance;

  char          *kb_path;
  MgKb          *kb;
  GError        *kb_error;
  GSettings     *settings;
  GtkStringList *medicines;
  char          *kb_version;
};

G_DEFINE_FINAL_TYPE (MgContext, mg_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KB_PATH,
  PROP_KB,
  PROP_SETTINGS,
  PROP_MEDICINES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mg_context_new:
 * @kb_path: (nullable): a compiled knowledge base to use instead of the
 *   built-in one (the `--kb` option)
 *
 * Opens the knowledge base. A failure is kept, not fatal: the window shows
 * it (mg_context_get_kb_error()) instead of pages that would answer "not
 * found" to everything.
 *
 * Returns: (transfer full): a new context
 */
MgContext *
mg_context_new (const char *kb_path)
{
  return g_object_new (MG_TYPE_CONTEXT, "kb-path", kb_path, NULL);
}

/**
 * mg_context_get_kb:
 *
 * Returns: (transfer none) (nullable): the knowledge base, %NULL when it
 *   could not be opened
 */
MgKb *
mg_context_get_kb (MgContext *self)
{
  g_return_val_if_fail (MG_IS_CONTEXT (self), NULL);

  return self->kb;
}

/**
 * mg_context_get_kb_error:
 *
 * Returns: (transfer none) (nullable): why the knowledge base could not be
 *   opened, %NULL when it is open
 */
const GError *
mg_context_get_kb_error (MgContext *self)
{
  g_return_val_if_fail (MG_IS_CONTEXT (self), NULL);

  return self->kb_error;
}

/**
 * mg_context_get_settings:
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
mg_context_get_settings (MgContext *self)
{
  g_return_val_if_fail (MG_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * mg_context_get_medicines:
 *
 * The person's medicine list, as typed: the interaction checker and the
 * dosing helper show and edit the same list. It is kept in the settings.
 *
 * Returns: (transfer none): the list
 */
GtkStringList *
mg_context_get_medicines (MgContext *self)
{
  g_return_val_if_fail (MG_IS_CONTEXT (self), NULL);

  return self->medicines;
}

static void
save_medicines (MgContext *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->medicines));

  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, gtk_string_list_get_string (self->medicines, i));

  names = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "medicines", (const char * const *) names);
}

/**
 * mg_context_add_medicine:
 * @name: a medicine, brand or class name as the user typed it
 *
 * Adds @name to the end of the list unless it is there already (compared
 * after trimming, ignoring case).
 *
 * Returns: %TRUE if the list changed
 */
gboolean
mg_context_add_medicine (MgContext  *self,
                         const char *name)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;
  guint n;

  g_return_val_if_fail (MG_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (name));
  if (*trimmed == '\0')
    return FALSE;

  folded = g_utf8_casefold (trimmed, -1);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->medicines));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *other = g_utf8_casefold (gtk_string_list_get_string (self->medicines, i), -1);

      if (g_str_equal (folded, other))
        return FALSE;
    }

  gtk_string_list_append (self->medicines, trimmed);
  save_medicines (self);

  return TRUE;
}

void
mg_context_remove_medicine (MgContext *self,
                            guint      position)
{
  g_return_if_fail (MG_IS_CONTEXT (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->medicines)));

  gtk_string_list_remove (self->medicines, position);
  save_medicines (self);
}

/**
 * mg_context_replace_medicine:
 * @position: a position in the list
 * @name: what to put there instead (a suggestion for a misspelt name)
 *
 * Replaces one name in place, so the list keeps its order. A name already
 * elsewhere on the list only removes the one at @position.
 */
void
mg_context_replace_medicine (MgContext  *self,
                             guint       position,
                             const char *name)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;
  guint n;

  g_return_if_fail (MG_IS_CONTEXT (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->medicines)));

  trimmed = g_strstrip (g_strdup (name));
  folded = g_utf8_casefold (trimmed, -1);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->medicines));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *other = g_utf8_casefold (gtk_string_list_get_string (self->medicines, i), -1);

      if (i != position && g_str_equal (folded, other))
        {
          mg_context_remove_medicine (self, position);
          return;
        }
    }

  {
    const char *replacement[] = { trimmed, NULL };

    gtk_string_list_splice (self->medicines, position, 1, replacement);
  }
  save_medicines (self);
}

/**
 * mg_context_get_kb_version:
 *
 * Which knowledge base the answers come from, for sentences such as "no
 * interaction recorded in this knowledge base (version …)": the program's
 * version for the built-in one, the file's name for `--kb`, then the first
 * eight hex digits of the SHA-256 of its bytes, so that two different
 * contents never show the same version. Computed once, when first asked.
 *
 * Returns: the version, such as "0.1.0, 3f2a9c1e"
 */
const char *
mg_context_get_kb_version (MgContext *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (MG_IS_CONTEXT (self), NULL);

  if (self->kb_version != NULL)
    return self->kb_version;

  if (self->kb_path != NULL)
    {
      g_autoptr(GMappedFile) file = g_mapped_file_new (self->kb_path, FALSE, NULL);

      bytes = file != NULL ? g_mapped_file_get_bytes (file) : NULL;
      name = g_path_get_basename (self->kb_path);
    }
  else
    {
      bytes = g_resources_lookup_data (MG_KB_RESOURCE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      name = g_strdup (VERSION);
    }

  if (bytes != NULL)
    checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

  self->kb_version = checksum != NULL ? g_strdup_printf ("%s, %.8s", name, checksum) : g_strdup (name);

  return self->kb_version;
}

static void
mg_context_constructed (GObject *object)
{
  MgContext *self = MG_CONTEXT (object);
  g_auto(GStrv) medicines = NULL;

  G_OBJECT_CLASS (mg_context_parent_class)->constructed (object);

  self->settings = g_settings_new (APP_ID);

  if (self->kb_path != NULL)
    self->kb = mg_kb_new_for_path (self->kb_path, &self->kb_error);
  else
    self->kb = mg_kb_new_default (&self->kb_error);

  medicines = g_settings_get_strv (self->settings, "medicines");
  self->medicines = gtk_string_list_new ((const char * const *) medicines);
}

static void
mg_context_finalize (GObject *object)
{
  MgContext *self = MG_CONTEXT (object);

  g_clear_pointer (&self->kb_path, g_free);
  g_clear_object (&self->kb);
  g_clear_error (&self->kb_error);
  g_clear_object (&self->settings);
  g_clear_object (&self->medicines);
  g_clear_pointer (&self->kb_version, g_free);

  G_OBJECT_CLASS (mg_context_parent_class)->finalize (object);
}

static void
mg_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MgContext *self = MG_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_KB_PATH:
      g_value_set_string (value, self->kb_path);
      break;

    case PROP_KB:
      g_value_set_object (value, self->kb);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_MEDICINES:
      g_value_set_object (value, self->medicines);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MgContext *self = MG_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_KB_PATH:
      self->kb_path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_context_class_init (MgContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mg_context_constructed;
  object_class->finalize = mg_context_finalize;
  object_class->get_property = mg_context_get_property;
  object_class->set_property = mg_context_set_property;

  properties[PROP_KB_PATH] =
    g_param_spec_string ("kb-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL,
                         MG_TYPE_KB,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_MEDICINES] =
    g_param_spec_object ("medicines", NULL, NULL,
                         GTK_TYPE_STRING_LIST,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_context_init (MgContext *self)
{
}
