/* mg-generic-name.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-generic-name.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SYNONYMS,
  PROP_RESOLVES_TO,
  PROP_FORMS,
  PROP_NOTES,
  PROP_DISAGREEMENTS,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgGenericName, mg_generic_name, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_generic_name_finalize (GObject *object)
{
  MgGenericName *self = (MgGenericName *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->synonyms, g_strfreev);
  g_clear_pointer (&self->resolves_to, g_free);
  g_clear_object (&self->forms);
  g_clear_object (&self->notes);
  g_clear_object (&self->disagreements);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_generic_name_parent_class)->finalize (object);
}

static void
mg_generic_name_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MgGenericName *self = MG_GENERIC_NAME (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SYNONYMS:
      g_value_set_boxed (value, self->synonyms);
      break;

    case PROP_RESOLVES_TO:
      g_value_set_string (value, self->resolves_to);
      break;

    case PROP_FORMS:
      g_value_set_object (value, self->forms);
      break;

    case PROP_NOTES:
      g_value_set_object (value, self->notes);
      break;

    case PROP_DISAGREEMENTS:
      g_value_set_object (value, self->disagreements);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_generic_name_class_init (MgGenericNameClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_generic_name_finalize;
  object_class->get_property = mg_generic_name_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SYNONYMS] =
    g_param_spec_boxed ("synonyms", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RESOLVES_TO] =
    g_param_spec_string ("resolves-to", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FORMS] =
    g_param_spec_object ("forms", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_object ("notes", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DISAGREEMENTS] =
    g_param_spec_object ("disagreements", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_generic_name_init (MgGenericName *self)
{
  self->forms = G_LIST_MODEL (g_list_store_new (MG_TYPE_COMPOUND));
  self->notes = G_LIST_MODEL (g_list_store_new (MG_TYPE_ARTICLE));
  self->disagreements = G_LIST_MODEL (g_list_store_new (MG_TYPE_ARTICLE));
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_generic_name_get_id (MgGenericName *self)
{
  g_return_val_if_fail (MG_IS_GENERIC_NAME (self), NULL);

  return self->id;
}

const char *
mg_generic_name_get_name (MgGenericName *self)
{
  g_return_val_if_fail (MG_IS_GENERIC_NAME (self), NULL);

  return self->name;
}

const char * const *
mg_generic_name_get_synonyms (MgGenericName *self)
{
  g_return_val_if_fail (MG_IS_GENERIC_NAME (self), NULL);

  return (const char * const *) self->synonyms;
}

const char *
mg_generic_name_get_resolves_to (MgGenericName *self)
{
  g_return_val_if_fail (MG_IS_GENERIC_NAME (self), NULL);

  return self->resolves_to;
}

GListModel *
mg_generic_name_get_forms (MgGenericName *self)
{
  g_return_val_if_fail (MG_IS_GENERIC_NAME (self), NULL);

  return self->forms;
}

GListModel *
mg_generic_name_get_notes (MgGenericName *self)
{
  g_return_val_if_fail (MG_IS_GENERIC_NAME (self), NULL);

  return self->notes;
}

GListModel *
mg_generic_name_get_disagreements (MgGenericName *self)
{
  g_return_val_if_fail (MG_IS_GENERIC_NAME (self), NULL);

  return self->disagreements;
}

GListModel *
mg_generic_name_get_sources (MgGenericName *self)
{
  g_return_val_if_fail (MG_IS_GENERIC_NAME (self), NULL);

  return self->sources;
}

/**
 * mg_generic_name_is_ambiguous:
 *
 * Returns: %TRUE when the name can mean several forms and none is the one
 *   the pharmacopoeia and the market use: ask which form is meant
 */
gboolean
mg_generic_name_is_ambiguous (MgGenericName *self)
{
  g_return_val_if_fail (MG_IS_GENERIC_NAME (self), FALSE);

  return self->resolves_to == NULL;
}
