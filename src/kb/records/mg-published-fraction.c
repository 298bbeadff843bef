/* mg-published-fraction.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-published-fraction.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_VALUE,
  PROP_MIN,
  PROP_MAX,
  PROP_BASIS,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgPublishedFraction, mg_published_fraction, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_published_fraction_finalize (GObject *object)
{
  MgPublishedFraction *self = (MgPublishedFraction *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->basis, g_free);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_published_fraction_parent_class)->finalize (object);
}

static void
mg_published_fraction_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MgPublishedFraction *self = MG_PUBLISHED_FRACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_MIN:
      g_value_set_double (value, self->min);
      break;

    case PROP_MAX:
      g_value_set_double (value, self->max);
      break;

    case PROP_BASIS:
      g_value_set_string (value, self->basis);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_published_fraction_class_init (MgPublishedFractionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_published_fraction_finalize;
  object_class->get_property = mg_published_fraction_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MIN] =
    g_param_spec_double ("min", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MAX] =
    g_param_spec_double ("max", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_BASIS] =
    g_param_spec_string ("basis", NULL, NULL,
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
mg_published_fraction_init (MgPublishedFraction *self)
{
  self->value = -1;
  self->min = -1;
  self->max = -1;
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_published_fraction_get_id (MgPublishedFraction *self)
{
  g_return_val_if_fail (MG_IS_PUBLISHED_FRACTION (self), NULL);

  return self->id;
}

double
mg_published_fraction_get_value (MgPublishedFraction *self)
{
  g_return_val_if_fail (MG_IS_PUBLISHED_FRACTION (self), -1.0);

  return self->value;
}

double
mg_published_fraction_get_min (MgPublishedFraction *self)
{
  g_return_val_if_fail (MG_IS_PUBLISHED_FRACTION (self), -1.0);

  return self->min;
}

double
mg_published_fraction_get_max (MgPublishedFraction *self)
{
  g_return_val_if_fail (MG_IS_PUBLISHED_FRACTION (self), -1.0);

  return self->max;
}

const char *
mg_published_fraction_get_basis (MgPublishedFraction *self)
{
  g_return_val_if_fail (MG_IS_PUBLISHED_FRACTION (self), NULL);

  return self->basis;
}

/* transfer none; never NULL */
GListModel *
mg_published_fraction_get_sources (MgPublishedFraction *self)
{
  g_return_val_if_fail (MG_IS_PUBLISHED_FRACTION (self), NULL);

  return self->sources;
}
