/* mg-rating.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-rating.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_VALUE,
  PROP_SCHEME,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgRating, mg_rating, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_rating_finalize (GObject *object)
{
  MgRating *self = (MgRating *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->value, g_free);
  g_clear_pointer (&self->scheme, g_free);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_rating_parent_class)->finalize (object);
}

static void
mg_rating_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MgRating *self = MG_RATING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;

    case PROP_SCHEME:
      g_value_set_string (value, self->scheme);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_rating_class_init (MgRatingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_rating_finalize;
  object_class->get_property = mg_rating_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SCHEME] =
    g_param_spec_string ("scheme", NULL, NULL,
                         NULL,
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
mg_rating_init (MgRating *self)
{
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_rating_get_id (MgRating *self)
{
  g_return_val_if_fail (MG_IS_RATING (self), NULL);

  return self->id;
}

const char *
mg_rating_get_value (MgRating *self)
{
  g_return_val_if_fail (MG_IS_RATING (self), NULL);

  return self->value;
}

const char *
mg_rating_get_scheme (MgRating *self)
{
  g_return_val_if_fail (MG_IS_RATING (self), NULL);

  return self->scheme;
}

/* transfer none; never NULL */
GListModel *
mg_rating_get_sources (MgRating *self)
{
  g_return_val_if_fail (MG_IS_RATING (self), NULL);

  return self->sources;
}
