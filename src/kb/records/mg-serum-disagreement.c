/* mg-serum-disagreement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-serum-disagreement.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_TEXT,
  PROP_RANGE_IDS,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgSerumDisagreement, mg_serum_disagreement, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_serum_disagreement_finalize (GObject *object)
{
  MgSerumDisagreement *self = (MgSerumDisagreement *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->range_ids, g_strfreev);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_serum_disagreement_parent_class)->finalize (object);
}

static void
mg_serum_disagreement_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  MgSerumDisagreement *self = MG_SERUM_DISAGREEMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_RANGE_IDS:
      g_value_set_boxed (value, self->range_ids);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_serum_disagreement_class_init (MgSerumDisagreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_serum_disagreement_finalize;
  object_class->get_property = mg_serum_disagreement_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RANGE_IDS] =
    g_param_spec_boxed ("range-ids", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_serum_disagreement_init (MgSerumDisagreement *self)
{
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_serum_disagreement_get_id (MgSerumDisagreement *self)
{
  g_return_val_if_fail (MG_IS_SERUM_DISAGREEMENT (self), NULL);

  return self->id;
}

const char *
mg_serum_disagreement_get_title (MgSerumDisagreement *self)
{
  g_return_val_if_fail (MG_IS_SERUM_DISAGREEMENT (self), NULL);

  return self->title;
}

const char *
mg_serum_disagreement_get_text (MgSerumDisagreement *self)
{
  g_return_val_if_fail (MG_IS_SERUM_DISAGREEMENT (self), NULL);

  return self->text;
}

const char * const *
mg_serum_disagreement_get_range_ids (MgSerumDisagreement *self)
{
  g_return_val_if_fail (MG_IS_SERUM_DISAGREEMENT (self), NULL);

  return (const char * const *) self->range_ids;
}

GListModel *
mg_serum_disagreement_get_sources (MgSerumDisagreement *self)
{
  g_return_val_if_fail (MG_IS_SERUM_DISAGREEMENT (self), NULL);

  return self->sources;
}
