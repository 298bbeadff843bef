/* mg-upper-limit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-upper-limit.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_SET_ID,
  PROP_SET_NAME,
  PROP_FROM_MONTHS,
  PROP_TO_MONTHS,
  PROP_STATUS,
  PROP_HAS_VALUE,
  PROP_MG,
  PROP_NOTE,
  PROP_DISAGREEMENTS,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgUpperLimit, mg_upper_limit, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_upper_limit_finalize (GObject *object)
{
  MgUpperLimit *self = (MgUpperLimit *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->set_id, g_free);
  g_clear_pointer (&self->set_name, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_object (&self->disagreements);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_upper_limit_parent_class)->finalize (object);
}

static void
mg_upper_limit_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MgUpperLimit *self = MG_UPPER_LIMIT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_SET_ID:
      g_value_set_string (value, self->set_id);
      break;

    case PROP_SET_NAME:
      g_value_set_string (value, self->set_name);
      break;

    case PROP_FROM_MONTHS:
      g_value_set_int (value, self->from_months);
      break;

    case PROP_TO_MONTHS:
      g_value_set_int (value, self->to_months);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_HAS_VALUE:
      g_value_set_boolean (value, self->has_value);
      break;

    case PROP_MG:
      g_value_set_double (value, self->mg);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
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
mg_upper_limit_class_init (MgUpperLimitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_upper_limit_finalize;
  object_class->get_property = mg_upper_limit_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SET_ID] =
    g_param_spec_string ("set-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SET_NAME] =
    g_param_spec_string ("set-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_FROM_MONTHS] =
    g_param_spec_int ("from-months", NULL, NULL,
                         -1, G_MAXINT, -1,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TO_MONTHS] =
    g_param_spec_int ("to-months", NULL, NULL,
                         -1, G_MAXINT, -1,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_VALUE] =
    g_param_spec_boolean ("has-value", NULL, NULL,
                         FALSE,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MG] =
    g_param_spec_double ("mg", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DISAGREEMENTS] =
    g_param_spec_object ("disagreements", NULL, NULL,
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
mg_upper_limit_init (MgUpperLimit *self)
{
  self->from_months = -1;
  self->to_months = -1;
  self->mg = -1;
  self->disagreements = G_LIST_MODEL (g_list_store_new (MG_TYPE_ARTICLE));
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_upper_limit_get_id (MgUpperLimit *self)
{
  g_return_val_if_fail (MG_IS_UPPER_LIMIT (self), NULL);

  return self->id;
}

const char *
mg_upper_limit_get_set_id (MgUpperLimit *self)
{
  g_return_val_if_fail (MG_IS_UPPER_LIMIT (self), NULL);

  return self->set_id;
}

const char *
mg_upper_limit_get_set_name (MgUpperLimit *self)
{
  g_return_val_if_fail (MG_IS_UPPER_LIMIT (self), NULL);

  return self->set_name;
}

int
mg_upper_limit_get_from_months (MgUpperLimit *self)
{
  g_return_val_if_fail (MG_IS_UPPER_LIMIT (self), -1);

  return self->from_months;
}

int
mg_upper_limit_get_to_months (MgUpperLimit *self)
{
  g_return_val_if_fail (MG_IS_UPPER_LIMIT (self), -1);

  return self->to_months;
}

const char *
mg_upper_limit_get_status (MgUpperLimit *self)
{
  g_return_val_if_fail (MG_IS_UPPER_LIMIT (self), NULL);

  return self->status;
}

gboolean
mg_upper_limit_get_has_value (MgUpperLimit *self)
{
  g_return_val_if_fail (MG_IS_UPPER_LIMIT (self), FALSE);

  return self->has_value;
}

double
mg_upper_limit_get_mg (MgUpperLimit *self)
{
  g_return_val_if_fail (MG_IS_UPPER_LIMIT (self), -1.0);

  return self->mg;
}

const char *
mg_upper_limit_get_note (MgUpperLimit *self)
{
  g_return_val_if_fail (MG_IS_UPPER_LIMIT (self), NULL);

  return self->note;
}

/* transfer none; never NULL */
GListModel *
mg_upper_limit_get_disagreements (MgUpperLimit *self)
{
  g_return_val_if_fail (MG_IS_UPPER_LIMIT (self), NULL);

  return self->disagreements;
}

/* transfer none; never NULL */
GListModel *
mg_upper_limit_get_sources (MgUpperLimit *self)
{
  g_return_val_if_fail (MG_IS_UPPER_LIMIT (self), NULL);

  return self->sources;
}
