/* mg-medicine.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-medicine.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SYNONYMS,
  PROP_BRANDS,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgMedicine, mg_medicine, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_medicine_finalize (GObject *object)
{
  MgMedicine *self = (MgMedicine *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->synonyms, g_strfreev);
  g_clear_pointer (&self->brands, g_strfreev);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_medicine_parent_class)->finalize (object);
}

static void
mg_medicine_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MgMedicine *self = MG_MEDICINE (object);

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

    case PROP_BRANDS:
      g_value_set_boxed (value, self->brands);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_medicine_class_init (MgMedicineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_medicine_finalize;
  object_class->get_property = mg_medicine_get_property;

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

  properties[PROP_SYNONYMS] =
    g_param_spec_boxed ("synonyms", NULL, NULL,
                         G_TYPE_STRV,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_BRANDS] =
    g_param_spec_boxed ("brands", NULL, NULL,
                         G_TYPE_STRV,
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
mg_medicine_init (MgMedicine *self)
{
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_medicine_get_id (MgMedicine *self)
{
  g_return_val_if_fail (MG_IS_MEDICINE (self), NULL);

  return self->id;
}

const char *
mg_medicine_get_name (MgMedicine *self)
{
  g_return_val_if_fail (MG_IS_MEDICINE (self), NULL);

  return self->name;
}

const char * const *
mg_medicine_get_synonyms (MgMedicine *self)
{
  g_return_val_if_fail (MG_IS_MEDICINE (self), NULL);

  return (const char * const *)self->synonyms;
}

const char * const *
mg_medicine_get_brands (MgMedicine *self)
{
  g_return_val_if_fail (MG_IS_MEDICINE (self), NULL);

  return (const char * const *)self->brands;
}

/* transfer none; never NULL */
GListModel *
mg_medicine_get_sources (MgMedicine *self)
{
  g_return_val_if_fail (MG_IS_MEDICINE (self), NULL);

  return self->sources;
}
