/* mg-reference-set.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-reference-set.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NAME,
  PROP_NOTE,
  PROP_IS_DEFAULT,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgReferenceSet, mg_reference_set, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_reference_set_finalize (GObject *object)
{
  MgReferenceSet *self = (MgReferenceSet *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_reference_set_parent_class)->finalize (object);
}

static void
mg_reference_set_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MgReferenceSet *self = MG_REFERENCE_SET (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_IS_DEFAULT:
      g_value_set_boolean (value, self->is_default);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_reference_set_class_init (MgReferenceSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_reference_set_finalize;
  object_class->get_property = mg_reference_set_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       MG_TYPE_SET_KIND, MG_SET_KIND_INTAKE,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_IS_DEFAULT] =
    g_param_spec_boolean ("is-default", NULL, NULL,
                         FALSE,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_reference_set_init (MgReferenceSet *self)
{
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_reference_set_get_id (MgReferenceSet *self)
{
  g_return_val_if_fail (MG_IS_REFERENCE_SET (self), NULL);

  return self->id;
}

MgSetKind
mg_reference_set_get_kind (MgReferenceSet *self)
{
  g_return_val_if_fail (MG_IS_REFERENCE_SET (self), MG_SET_KIND_INTAKE);

  return self->kind;
}

const char *
mg_reference_set_get_name (MgReferenceSet *self)
{
  g_return_val_if_fail (MG_IS_REFERENCE_SET (self), NULL);

  return self->name;
}

const char *
mg_reference_set_get_note (MgReferenceSet *self)
{
  g_return_val_if_fail (MG_IS_REFERENCE_SET (self), NULL);

  return self->note;
}

gboolean
mg_reference_set_get_is_default (MgReferenceSet *self)
{
  g_return_val_if_fail (MG_IS_REFERENCE_SET (self), FALSE);

  return self->is_default;
}

/* transfer none; never NULL */
GListModel *
mg_reference_set_get_sources (MgReferenceSet *self)
{
  g_return_val_if_fail (MG_IS_REFERENCE_SET (self), NULL);

  return self->sources;
}
