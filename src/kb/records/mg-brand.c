/* mg-brand.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-brand.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SYNONYMS,
  PROP_MARKET,
  PROP_INGREDIENT_IDS,
  PROP_INGREDIENT_NAMES,
  PROP_SPACING,
  PROP_HOURS_BEFORE,
  PROP_HOURS_AFTER,
  PROP_AFTER_WITH_FOOD,
  PROP_HAS_OWN_SEPARATION,
  PROP_SEPARATION_SOURCES,
  PROP_NOTES,
  PROP_DISAGREEMENTS,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgBrand, mg_brand, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_brand_finalize (GObject *object)
{
  MgBrand *self = (MgBrand *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->synonyms, g_strfreev);
  g_clear_pointer (&self->market, g_free);
  g_clear_pointer (&self->ingredient_ids, g_strfreev);
  g_clear_pointer (&self->ingredient_names, g_strfreev);
  g_clear_pointer (&self->spacing, g_free);
  g_clear_object (&self->separation_sources);
  g_clear_object (&self->notes);
  g_clear_object (&self->disagreements);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_brand_parent_class)->finalize (object);
}

static void
mg_brand_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  MgBrand *self = MG_BRAND (object);

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

    case PROP_MARKET:
      g_value_set_string (value, self->market);
      break;

    case PROP_INGREDIENT_IDS:
      g_value_set_boxed (value, self->ingredient_ids);
      break;

    case PROP_INGREDIENT_NAMES:
      g_value_set_boxed (value, self->ingredient_names);
      break;

    case PROP_SPACING:
      g_value_set_string (value, self->spacing);
      break;

    case PROP_HOURS_BEFORE:
      g_value_set_double (value, self->hours_before);
      break;

    case PROP_HOURS_AFTER:
      g_value_set_double (value, self->hours_after);
      break;

    case PROP_AFTER_WITH_FOOD:
      g_value_set_boolean (value, self->after_with_food);
      break;

    case PROP_HAS_OWN_SEPARATION:
      g_value_set_boolean (value, self->has_own_separation);
      break;

    case PROP_SEPARATION_SOURCES:
      g_value_set_object (value, self->separation_sources);
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
mg_brand_class_init (MgBrandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_brand_finalize;
  object_class->get_property = mg_brand_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SYNONYMS] =
    g_param_spec_boxed ("synonyms", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MARKET] =
    g_param_spec_string ("market", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INGREDIENT_IDS] =
    g_param_spec_boxed ("ingredient-ids", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INGREDIENT_NAMES] =
    g_param_spec_boxed ("ingredient-names", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SPACING] =
    g_param_spec_string ("spacing", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HOURS_BEFORE] =
    g_param_spec_double ("hours-before", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HOURS_AFTER] =
    g_param_spec_double ("hours-after", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AFTER_WITH_FOOD] =
    g_param_spec_boolean ("after-with-food", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_OWN_SEPARATION] =
    g_param_spec_boolean ("has-own-separation", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SEPARATION_SOURCES] =
    g_param_spec_object ("separation-sources", NULL, NULL, G_TYPE_LIST_MODEL,
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
mg_brand_init (MgBrand *self)
{
  self->hours_before = -1.0;
  self->hours_after = -1.0;
  self->separation_sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
  self->notes = G_LIST_MODEL (g_list_store_new (MG_TYPE_ARTICLE));
  self->disagreements = G_LIST_MODEL (g_list_store_new (MG_TYPE_ARTICLE));
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_brand_get_id (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), NULL);

  return self->id;
}

const char *
mg_brand_get_name (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), NULL);

  return self->name;
}

const char * const *
mg_brand_get_synonyms (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), NULL);

  return (const char * const *) self->synonyms;
}

const char *
mg_brand_get_market (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), NULL);

  return self->market;
}

const char * const *
mg_brand_get_ingredient_ids (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), NULL);

  return (const char * const *) self->ingredient_ids;
}

const char * const *
mg_brand_get_ingredient_names (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), NULL);

  return (const char * const *) self->ingredient_names;
}

const char *
mg_brand_get_spacing (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), NULL);

  return self->spacing;
}

double
mg_brand_get_hours_before (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), -1.0);

  return self->hours_before;
}

double
mg_brand_get_hours_after (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), -1.0);

  return self->hours_after;
}

gboolean
mg_brand_get_after_with_food (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), FALSE);

  return self->after_with_food;
}

gboolean
mg_brand_get_has_own_separation (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), FALSE);

  return self->has_own_separation;
}

GListModel *
mg_brand_get_separation_sources (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), NULL);

  return self->separation_sources;
}

GListModel *
mg_brand_get_notes (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), NULL);

  return self->notes;
}

GListModel *
mg_brand_get_disagreements (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), NULL);

  return self->disagreements;
}

GListModel *
mg_brand_get_sources (MgBrand *self)
{
  g_return_val_if_fail (MG_IS_BRAND (self), NULL);

  return self->sources;
}
