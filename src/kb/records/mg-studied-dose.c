/* mg-studied-dose.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-studied-dose.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_ROUTE,
  PROP_TEXT,
  PROP_POPULATION,
  PROP_FROM_MONTHS,
  PROP_TO_MONTHS,
  PROP_HAS_AMOUNT,
  PROP_AMOUNT_MIN,
  PROP_AMOUNT_MAX,
  PROP_UNIT,
  PROP_BASIS,
  PROP_COMPOUND_ID,
  PROP_COMPOUND_NAME,
  PROP_PER,
  PROP_INTAKES_PER_DAY,
  PROP_DAILY_MG_MIN,
  PROP_DAILY_MG_MAX,
  PROP_LIMIT_MG,
  PROP_SUPERVISED,
  PROP_ABOVE_LIMIT,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgStudiedDose, mg_studied_dose, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_studied_dose_finalize (GObject *object)
{
  MgStudiedDose *self = (MgStudiedDose *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->route, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->population, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->basis, g_free);
  g_clear_pointer (&self->compound_id, g_free);
  g_clear_pointer (&self->compound_name, g_free);
  g_clear_pointer (&self->per, g_free);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_studied_dose_parent_class)->finalize (object);
}

static void
mg_studied_dose_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MgStudiedDose *self = MG_STUDIED_DOSE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_ROUTE:
      g_value_set_string (value, self->route);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_POPULATION:
      g_value_set_string (value, self->population);
      break;

    case PROP_FROM_MONTHS:
      g_value_set_int (value, self->from_months);
      break;

    case PROP_TO_MONTHS:
      g_value_set_int (value, self->to_months);
      break;

    case PROP_HAS_AMOUNT:
      g_value_set_boolean (value, self->has_amount);
      break;

    case PROP_AMOUNT_MIN:
      g_value_set_double (value, self->amount_min);
      break;

    case PROP_AMOUNT_MAX:
      g_value_set_double (value, self->amount_max);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_BASIS:
      g_value_set_string (value, self->basis);
      break;

    case PROP_COMPOUND_ID:
      g_value_set_string (value, self->compound_id);
      break;

    case PROP_COMPOUND_NAME:
      g_value_set_string (value, self->compound_name);
      break;

    case PROP_PER:
      g_value_set_string (value, self->per);
      break;

    case PROP_INTAKES_PER_DAY:
      g_value_set_int (value, self->intakes_per_day);
      break;

    case PROP_DAILY_MG_MIN:
      g_value_set_double (value, self->daily_mg_min);
      break;

    case PROP_DAILY_MG_MAX:
      g_value_set_double (value, self->daily_mg_max);
      break;

    case PROP_LIMIT_MG:
      g_value_set_double (value, self->limit_mg);
      break;

    case PROP_SUPERVISED:
      g_value_set_boolean (value, self->supervised);
      break;

    case PROP_ABOVE_LIMIT:
      g_value_set_boolean (value, self->above_limit);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_studied_dose_class_init (MgStudiedDoseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_studied_dose_finalize;
  object_class->get_property = mg_studied_dose_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROUTE] =
    g_param_spec_string ("route", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POPULATION] =
    g_param_spec_string ("population", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FROM_MONTHS] =
    g_param_spec_int ("from-months", NULL, NULL, -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TO_MONTHS] =
    g_param_spec_int ("to-months", NULL, NULL, -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_AMOUNT] =
    g_param_spec_boolean ("has-amount", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AMOUNT_MIN] =
    g_param_spec_double ("amount-min", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AMOUNT_MAX] =
    g_param_spec_double ("amount-max", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BASIS] =
    g_param_spec_string ("basis", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPOUND_ID] =
    g_param_spec_string ("compound-id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPOUND_NAME] =
    g_param_spec_string ("compound-name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PER] =
    g_param_spec_string ("per", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INTAKES_PER_DAY] =
    g_param_spec_int ("intakes-per-day", NULL, NULL, -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DAILY_MG_MIN] =
    g_param_spec_double ("daily-mg-min", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DAILY_MG_MAX] =
    g_param_spec_double ("daily-mg-max", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LIMIT_MG] =
    g_param_spec_double ("limit-mg", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUPERVISED] =
    g_param_spec_boolean ("supervised", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ABOVE_LIMIT] =
    g_param_spec_boolean ("above-limit", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_studied_dose_init (MgStudiedDose *self)
{
  self->from_months = -1;
  self->to_months = -1;
  self->amount_min = -1.0;
  self->amount_max = -1.0;
  self->intakes_per_day = -1;
  self->daily_mg_min = -1.0;
  self->daily_mg_max = -1.0;
  self->limit_mg = -1.0;
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_studied_dose_get_id (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), NULL);

  return self->id;
}

const char *
mg_studied_dose_get_route (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), NULL);

  return self->route;
}

const char *
mg_studied_dose_get_text (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), NULL);

  return self->text;
}

const char *
mg_studied_dose_get_population (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), NULL);

  return self->population;
}

int
mg_studied_dose_get_from_months (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), -1);

  return self->from_months;
}

int
mg_studied_dose_get_to_months (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), -1);

  return self->to_months;
}

gboolean
mg_studied_dose_get_has_amount (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), FALSE);

  return self->has_amount;
}

double
mg_studied_dose_get_amount_min (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), -1.0);

  return self->amount_min;
}

double
mg_studied_dose_get_amount_max (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), -1.0);

  return self->amount_max;
}

const char *
mg_studied_dose_get_unit (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), NULL);

  return self->unit;
}

const char *
mg_studied_dose_get_basis (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), NULL);

  return self->basis;
}

const char *
mg_studied_dose_get_compound_id (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), NULL);

  return self->compound_id;
}

const char *
mg_studied_dose_get_compound_name (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), NULL);

  return self->compound_name;
}

const char *
mg_studied_dose_get_per (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), NULL);

  return self->per;
}

int
mg_studied_dose_get_intakes_per_day (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), -1);

  return self->intakes_per_day;
}

double
mg_studied_dose_get_daily_mg_min (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), -1.0);

  return self->daily_mg_min;
}

double
mg_studied_dose_get_daily_mg_max (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), -1.0);

  return self->daily_mg_max;
}

double
mg_studied_dose_get_limit_mg (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), -1.0);

  return self->limit_mg;
}

gboolean
mg_studied_dose_get_supervised (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), FALSE);

  return self->supervised;
}

gboolean
mg_studied_dose_get_above_limit (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), FALSE);

  return self->above_limit;
}

GListModel *
mg_studied_dose_get_sources (MgStudiedDose *self)
{
  g_return_val_if_fail (MG_IS_STUDIED_DOSE (self), NULL);

  return self->sources;
}
