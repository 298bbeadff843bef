/* mg-food.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-food.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_MG_PER_100G,
  PROP_NDB,
  PROP_PORTION_GRAMS,
  PROP_PORTION,
  PROP_MG_PER_PORTION,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgFood, mg_food, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_food_finalize (GObject *object)
{
  MgFood *self = (MgFood *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->ndb, g_free);
  g_clear_pointer (&self->portion, g_free);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_food_parent_class)->finalize (object);
}

static void
mg_food_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  MgFood *self = MG_FOOD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_MG_PER_100G:
      g_value_set_double (value, self->mg_per_100g);
      break;

    case PROP_NDB:
      g_value_set_string (value, self->ndb);
      break;

    case PROP_PORTION_GRAMS:
      g_value_set_double (value, self->portion_grams);
      break;

    case PROP_PORTION:
      g_value_set_string (value, self->portion);
      break;

    case PROP_MG_PER_PORTION:
      g_value_set_double (value, self->mg_per_portion);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_food_class_init (MgFoodClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_food_finalize;
  object_class->get_property = mg_food_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MG_PER_100G] =
    g_param_spec_double ("mg-per-100g", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NDB] =
    g_param_spec_string ("ndb", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PORTION_GRAMS] =
    g_param_spec_double ("portion-grams", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PORTION] =
    g_param_spec_string ("portion", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MG_PER_PORTION] =
    g_param_spec_double ("mg-per-portion", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
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
mg_food_init (MgFood *self)
{
  self->mg_per_100g = -1;
  self->portion_grams = -1;
  self->mg_per_portion = -1;
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_food_get_id (MgFood *self)
{
  g_return_val_if_fail (MG_IS_FOOD (self), NULL);

  return self->id;
}

const char *
mg_food_get_name (MgFood *self)
{
  g_return_val_if_fail (MG_IS_FOOD (self), NULL);

  return self->name;
}

double
mg_food_get_mg_per_100g (MgFood *self)
{
  g_return_val_if_fail (MG_IS_FOOD (self), -1.0);

  return self->mg_per_100g;
}

const char *
mg_food_get_ndb (MgFood *self)
{
  g_return_val_if_fail (MG_IS_FOOD (self), NULL);

  return self->ndb;
}

double
mg_food_get_portion_grams (MgFood *self)
{
  g_return_val_if_fail (MG_IS_FOOD (self), -1.0);

  return self->portion_grams;
}

const char *
mg_food_get_portion (MgFood *self)
{
  g_return_val_if_fail (MG_IS_FOOD (self), NULL);

  return self->portion;
}

double
mg_food_get_mg_per_portion (MgFood *self)
{
  g_return_val_if_fail (MG_IS_FOOD (self), -1.0);

  return self->mg_per_portion;
}

/* transfer none; never NULL */
GListModel *
mg_food_get_sources (MgFood *self)
{
  g_return_val_if_fail (MG_IS_FOOD (self), NULL);

  return self->sources;
}
