/* mg-serum-range.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-serum-range.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_POPULATION,
  PROP_UNIT,
  PROP_LOW,
  PROP_HIGH,
  PROP_LOW_MMOL,
  PROP_HIGH_MMOL,
  PROP_LABEL,
  PROP_NOTE,
  PROP_FINDINGS,
  PROP_DISAGREEMENTS,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgSerumRange, mg_serum_range, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_serum_range_finalize (GObject *object)
{
  MgSerumRange *self = (MgSerumRange *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->population, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->findings, g_strfreev);
  g_clear_object (&self->disagreements);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_serum_range_parent_class)->finalize (object);
}

static void
mg_serum_range_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MgSerumRange *self = MG_SERUM_RANGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_POPULATION:
      g_value_set_string (value, self->population);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_LOW:
      g_value_set_double (value, self->low);
      break;

    case PROP_HIGH:
      g_value_set_double (value, self->high);
      break;

    case PROP_LOW_MMOL:
      g_value_set_double (value, self->low_mmol);
      break;

    case PROP_HIGH_MMOL:
      g_value_set_double (value, self->high_mmol);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    case PROP_FINDINGS:
      g_value_set_boxed (value, self->findings);
      break;

    case PROP_DISAGREEMENTS:
      g_value_set_object (value, self->disagreements);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_serum_range_class_init (MgSerumRangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_serum_range_finalize;
  object_class->get_property = mg_serum_range_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_POPULATION] =
    g_param_spec_string ("population", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_LOW] =
    g_param_spec_double ("low", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_HIGH] =
    g_param_spec_double ("high", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_LOW_MMOL] =
    g_param_spec_double ("low-mmol", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_HIGH_MMOL] =
    g_param_spec_double ("high-mmol", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
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

  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_FINDINGS] =
    g_param_spec_boxed ("findings", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DISAGREEMENTS] =
    g_param_spec_object ("disagreements", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_serum_range_init (MgSerumRange *self)
{
  self->low = -1;
  self->high = -1;
  self->low_mmol = -1;
  self->high_mmol = -1;
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
  self->disagreements = G_LIST_MODEL (g_list_store_new (MG_TYPE_SERUM_DISAGREEMENT));
}

const char *
mg_serum_range_get_id (MgSerumRange *self)
{
  g_return_val_if_fail (MG_IS_SERUM_RANGE (self), NULL);

  return self->id;
}

const char *
mg_serum_range_get_kind (MgSerumRange *self)
{
  g_return_val_if_fail (MG_IS_SERUM_RANGE (self), NULL);

  return self->kind;
}

const char *
mg_serum_range_get_population (MgSerumRange *self)
{
  g_return_val_if_fail (MG_IS_SERUM_RANGE (self), NULL);

  return self->population;
}

const char *
mg_serum_range_get_unit (MgSerumRange *self)
{
  g_return_val_if_fail (MG_IS_SERUM_RANGE (self), NULL);

  return self->unit;
}

double
mg_serum_range_get_low (MgSerumRange *self)
{
  g_return_val_if_fail (MG_IS_SERUM_RANGE (self), -1.0);

  return self->low;
}

double
mg_serum_range_get_high (MgSerumRange *self)
{
  g_return_val_if_fail (MG_IS_SERUM_RANGE (self), -1.0);

  return self->high;
}

double
mg_serum_range_get_low_mmol (MgSerumRange *self)
{
  g_return_val_if_fail (MG_IS_SERUM_RANGE (self), -1.0);

  return self->low_mmol;
}

double
mg_serum_range_get_high_mmol (MgSerumRange *self)
{
  g_return_val_if_fail (MG_IS_SERUM_RANGE (self), -1.0);

  return self->high_mmol;
}

const char *
mg_serum_range_get_label (MgSerumRange *self)
{
  g_return_val_if_fail (MG_IS_SERUM_RANGE (self), NULL);

  return self->label;
}

const char *
mg_serum_range_get_note (MgSerumRange *self)
{
  g_return_val_if_fail (MG_IS_SERUM_RANGE (self), NULL);

  return self->note;
}

/* transfer none; never NULL */
GListModel *
mg_serum_range_get_sources (MgSerumRange *self)
{
  g_return_val_if_fail (MG_IS_SERUM_RANGE (self), NULL);

  return self->sources;
}

const char * const *
mg_serum_range_get_findings (MgSerumRange *self)
{
  g_return_val_if_fail (MG_IS_SERUM_RANGE (self), NULL);

  return (const char * const *) self->findings;
}

GListModel *
mg_serum_range_get_disagreements (MgSerumRange *self)
{
  g_return_val_if_fail (MG_IS_SERUM_RANGE (self), NULL);

  return self->disagreements;
}
