/* mg-dosing-advice.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-dosing-advice.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_ABOVE_MG,
  PROP_TEXT,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgDosingAdvice, mg_dosing_advice, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_dosing_advice_finalize (GObject *object)
{
  MgDosingAdvice *self = (MgDosingAdvice *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_dosing_advice_parent_class)->finalize (object);
}

static void
mg_dosing_advice_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MgDosingAdvice *self = MG_DOSING_ADVICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_ABOVE_MG:
      g_value_set_double (value, self->above_mg);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_dosing_advice_class_init (MgDosingAdviceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_dosing_advice_finalize;
  object_class->get_property = mg_dosing_advice_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ABOVE_MG] =
    g_param_spec_double ("above-mg", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
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
mg_dosing_advice_init (MgDosingAdvice *self)
{
  self->above_mg = -1.0;
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_dosing_advice_get_id (MgDosingAdvice *self)
{
  g_return_val_if_fail (MG_IS_DOSING_ADVICE (self), NULL);

  return self->id;
}

double
mg_dosing_advice_get_above_mg (MgDosingAdvice *self)
{
  g_return_val_if_fail (MG_IS_DOSING_ADVICE (self), -1.0);

  return self->above_mg;
}

const char *
mg_dosing_advice_get_text (MgDosingAdvice *self)
{
  g_return_val_if_fail (MG_IS_DOSING_ADVICE (self), NULL);

  return self->text;
}

GListModel *
mg_dosing_advice_get_sources (MgDosingAdvice *self)
{
  g_return_val_if_fail (MG_IS_DOSING_ADVICE (self), NULL);

  return self->sources;
}
