/* mg-condition.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-condition.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_ROUTE,
  PROP_RATINGS,
  PROP_DOSES,
  PROP_STUDIED_DOSES,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgCondition, mg_condition, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_condition_finalize (GObject *object)
{
  MgCondition *self = (MgCondition *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->route, g_free);
  g_clear_object (&self->ratings);
  g_clear_object (&self->doses);
  g_clear_object (&self->studied_doses);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_condition_parent_class)->finalize (object);
}

static void
mg_condition_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MgCondition *self = MG_CONDITION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_ROUTE:
      g_value_set_string (value, self->route);
      break;

    case PROP_RATINGS:
      g_value_set_object (value, self->ratings);
      break;

    case PROP_DOSES:
      g_value_set_object (value, self->doses);
      break;

    case PROP_STUDIED_DOSES:
      g_value_set_object (value, self->studied_doses);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_condition_class_init (MgConditionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_condition_finalize;
  object_class->get_property = mg_condition_get_property;

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

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ROUTE] =
    g_param_spec_string ("route", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_RATINGS] =
    g_param_spec_object ("ratings", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_STUDIED_DOSES] =
    g_param_spec_object ("studied-doses", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DOSES] =
    g_param_spec_object ("doses", NULL, NULL,
                         G_TYPE_LIST_MODEL,
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
mg_condition_init (MgCondition *self)
{
  self->ratings = G_LIST_MODEL (g_list_store_new (MG_TYPE_RATING));
  self->doses = G_LIST_MODEL (g_list_store_new (MG_TYPE_ARTICLE));
  self->studied_doses = G_LIST_MODEL (g_list_store_new (MG_TYPE_STUDIED_DOSE));
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_condition_get_id (MgCondition *self)
{
  g_return_val_if_fail (MG_IS_CONDITION (self), NULL);

  return self->id;
}

const char *
mg_condition_get_name (MgCondition *self)
{
  g_return_val_if_fail (MG_IS_CONDITION (self), NULL);

  return self->name;
}

const char *
mg_condition_get_summary (MgCondition *self)
{
  g_return_val_if_fail (MG_IS_CONDITION (self), NULL);

  return self->summary;
}

const char *
mg_condition_get_route (MgCondition *self)
{
  g_return_val_if_fail (MG_IS_CONDITION (self), NULL);

  return self->route;
}

/* transfer none; never NULL */
GListModel *
mg_condition_get_ratings (MgCondition *self)
{
  g_return_val_if_fail (MG_IS_CONDITION (self), NULL);

  return self->ratings;
}

/* transfer none; never NULL */
GListModel *
mg_condition_get_doses (MgCondition *self)
{
  g_return_val_if_fail (MG_IS_CONDITION (self), NULL);

  return self->doses;
}

/* transfer none; never NULL */
GListModel *
mg_condition_get_sources (MgCondition *self)
{
  g_return_val_if_fail (MG_IS_CONDITION (self), NULL);

  return self->sources;
}

/* transfer none; never NULL */
GListModel *
mg_condition_get_studied_doses (MgCondition *self)
{
  g_return_val_if_fail (MG_IS_CONDITION (self), NULL);

  return self->studied_doses;
}
