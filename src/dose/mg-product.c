/* mg-product.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The amount is per unit (tablet, sachet, ml…). With mg or g it weighs the
 * compound, unless the compound is MG_PRODUCT_ELEMENTAL (the label states
 * elemental magnesium); mmol and mEq always count magnesium.
 */
#include "config.h"

#include "mg-number.h"
#include "mg-product.h"

struct _MgProduct
{
  GObject parent_instance;

  char *compound_id;
  double amount;
  MgAmountUnit unit;
  double units_per_intake;
  guint intakes_per_day;
  /* guint16 minutes, one per intake chosen so far; MG_PRODUCT_TIME_UNSET
   * where the default spread applies. */
  GArray *times;
};

G_DEFINE_FINAL_TYPE (MgProduct, mg_product, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COMPOUND_ID,
  PROP_AMOUNT,
  PROP_UNIT,
  PROP_UNITS_PER_INTAKE,
  PROP_INTAKES_PER_DAY,
  PROP_TIMES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mg_product_finalize (GObject *object)
{
  MgProduct *self = MG_PRODUCT (object);

  g_clear_pointer (&self->compound_id, g_free);
  g_clear_pointer (&self->times, g_array_unref);

  G_OBJECT_CLASS (mg_product_parent_class)->finalize (object);
}

static void
mg_product_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MgProduct *self = MG_PRODUCT (object);

  switch (prop_id)
    {
    case PROP_COMPOUND_ID:
      g_value_set_string (value, self->compound_id);
      break;
    case PROP_AMOUNT:
      g_value_set_double (value, self->amount);
      break;
    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;
    case PROP_UNITS_PER_INTAKE:
      g_value_set_double (value, self->units_per_intake);
      break;
    case PROP_INTAKES_PER_DAY:
      g_value_set_uint (value, self->intakes_per_day);
      break;
    case PROP_TIMES:
      {
        g_autofree guint16 *minutes = g_new (guint16, self->intakes_per_day);

        for (guint i = 0; i < self->intakes_per_day; i++)
          minutes[i] = mg_product_get_intake_time (self, i);
        g_value_set_variant (value, g_variant_new_fixed_array (G_VARIANT_TYPE_UINT16, minutes,
                                                               self->intakes_per_day, sizeof (guint16)));
      }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_product_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MgProduct *self = MG_PRODUCT (object);

  switch (prop_id)
    {
    case PROP_COMPOUND_ID:
      mg_product_set_compound_id (self, g_value_get_string (value));
      break;
    case PROP_AMOUNT:
      mg_product_set_amount (self, g_value_get_double (value));
      break;
    case PROP_UNIT:
      mg_product_set_unit (self, g_value_get_enum (value));
      break;
    case PROP_UNITS_PER_INTAKE:
      mg_product_set_units_per_intake (self, g_value_get_double (value));
      break;
    case PROP_INTAKES_PER_DAY:
      mg_product_set_intakes_per_day (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_product_class_init (MgProductClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_product_finalize;
  object_class->get_property = mg_product_get_property;
  object_class->set_property = mg_product_set_property;

  properties[PROP_COMPOUND_ID] =
    g_param_spec_string ("compound-id", NULL, NULL, MG_PRODUCT_ELEMENTAL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AMOUNT] =
    g_param_spec_double ("amount", NULL, NULL,
                         0.0, MG_NUMBER_MAX_AMOUNT_MG, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL, MG_TYPE_AMOUNT_UNIT, MG_AMOUNT_UNIT_MG,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNITS_PER_INTAKE] =
    g_param_spec_double ("units-per-intake", NULL, NULL,
                         0.0, MG_NUMBER_MAX_UNITS_PER_INTAKE, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTAKES_PER_DAY] =
    g_param_spec_uint ("intakes-per-day", NULL, NULL,
                       1, (guint) MG_NUMBER_MAX_INTAKES_PER_DAY, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MgProduct:times:
   *
   * When each intake is taken, in minutes after midnight ("aq"), one per
   * intake: chosen ones and the default spread for the rest.
   */
  properties[PROP_TIMES] =
    g_param_spec_variant ("times", NULL, NULL, G_VARIANT_TYPE ("aq"), NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_product_init (MgProduct *self)
{
  self->compound_id = g_strdup (MG_PRODUCT_ELEMENTAL);
  self->unit = MG_AMOUNT_UNIT_MG;
  self->units_per_intake = 1.0;
  self->intakes_per_day = 1;
  self->times = g_array_new (FALSE, FALSE, sizeof (guint16));
}

MgProduct *
mg_product_new (const char   *compound_id,
                double        amount,
                MgAmountUnit  unit,
                double        units_per_intake,
                guint         intakes_per_day)
{
  g_return_val_if_fail (compound_id != NULL, NULL);

  return g_object_new (MG_TYPE_PRODUCT,
                       "compound-id", compound_id,
                       "amount", amount,
                       "unit", unit,
                       "units-per-intake", units_per_intake,
                       "intakes-per-day", intakes_per_day,
                       NULL);
}

const char *
mg_product_get_compound_id (MgProduct *self)
{
  g_return_val_if_fail (MG_IS_PRODUCT (self), NULL);

  return self->compound_id;
}

void
mg_product_set_compound_id (MgProduct  *self,
                            const char *compound_id)
{
  g_return_if_fail (MG_IS_PRODUCT (self));
  g_return_if_fail (compound_id != NULL);

  if (g_strcmp0 (self->compound_id, compound_id) == 0)
    return;

  g_free (self->compound_id);
  self->compound_id = g_strdup (compound_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPOUND_ID]);
}

gboolean
mg_product_is_elemental (MgProduct *self)
{
  g_return_val_if_fail (MG_IS_PRODUCT (self), FALSE);

  return g_strcmp0 (self->compound_id, MG_PRODUCT_ELEMENTAL) == 0;
}

double
mg_product_get_amount (MgProduct *self)
{
  g_return_val_if_fail (MG_IS_PRODUCT (self), 0.0);

  return self->amount;
}

void
mg_product_set_amount (MgProduct *self,
                       double     amount)
{
  g_return_if_fail (MG_IS_PRODUCT (self));
  g_return_if_fail (amount >= 0.0);

  if (self->amount == amount)
    return;

  self->amount = amount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
}

MgAmountUnit
mg_product_get_unit (MgProduct *self)
{
  g_return_val_if_fail (MG_IS_PRODUCT (self), MG_AMOUNT_UNIT_MG);

  return self->unit;
}

void
mg_product_set_unit (MgProduct    *self,
                     MgAmountUnit  unit)
{
  g_return_if_fail (MG_IS_PRODUCT (self));
  g_return_if_fail (unit <= MG_AMOUNT_UNIT_MEQ);

  if (self->unit == unit)
    return;

  self->unit = unit;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

double
mg_product_get_units_per_intake (MgProduct *self)
{
  g_return_val_if_fail (MG_IS_PRODUCT (self), 0.0);

  return self->units_per_intake;
}

void
mg_product_set_units_per_intake (MgProduct *self,
                                 double     units_per_intake)
{
  g_return_if_fail (MG_IS_PRODUCT (self));
  g_return_if_fail (units_per_intake >= 0.0);

  if (self->units_per_intake == units_per_intake)
    return;

  self->units_per_intake = units_per_intake;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNITS_PER_INTAKE]);
}

guint
mg_product_get_intakes_per_day (MgProduct *self)
{
  g_return_val_if_fail (MG_IS_PRODUCT (self), 0);

  return self->intakes_per_day;
}

void
mg_product_set_intakes_per_day (MgProduct *self,
                                guint      intakes_per_day)
{
  g_return_if_fail (MG_IS_PRODUCT (self));
  g_return_if_fail (intakes_per_day >= 1);

  if (self->intakes_per_day == intakes_per_day)
    return;

  self->intakes_per_day = intakes_per_day;
  /* Times chosen for intakes that no longer exist are dropped. */
  if (self->times->len > intakes_per_day)
    g_array_set_size (self->times, intakes_per_day);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTAKES_PER_DAY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMES]);
}

/**
 * mg_product_default_intake_time:
 * @intake: which intake of the day, from 0
 * @intakes_per_day: how many there are
 *
 * Spreads the intakes evenly over the waking day, 08:00 to 20:00, on
 * quarter hours: one at 08:00, two at 08:00 and 20:00, three at 08:00,
 * 14:00 and 20:00. Magnesium is better tolerated in several portions
 * (mg-dose-rules.h), so the default keeps them apart.
 *
 * Returns: minutes after midnight
 */
guint
mg_product_default_intake_time (guint intake,
                                guint intakes_per_day)
{
  const guint first = 8 * 60, span = 12 * 60;
  guint step;

  g_return_val_if_fail (intakes_per_day >= 1, first);
  g_return_val_if_fail (intake < intakes_per_day, first);

  if (intakes_per_day == 1)
    return first;

  step = span / (intakes_per_day - 1);
  return first + (intake * step) / 15 * 15;
}

/**
 * mg_product_get_intake_time:
 * @intake: which intake of the day, from 0, below intakes-per-day
 *
 * Returns: when it is taken, in minutes after midnight
 */
guint
mg_product_get_intake_time (MgProduct *self,
                            guint      intake)
{
  g_return_val_if_fail (MG_IS_PRODUCT (self), 0);
  g_return_val_if_fail (intake < self->intakes_per_day, 0);

  if (mg_product_has_intake_time (self, intake))
    return g_array_index (self->times, guint16, intake);

  return mg_product_default_intake_time (intake, self->intakes_per_day);
}

/**
 * mg_product_has_intake_time:
 *
 * Returns: whether a time was chosen for @intake (rather than the default)
 */
gboolean
mg_product_has_intake_time (MgProduct *self,
                            guint      intake)
{
  g_return_val_if_fail (MG_IS_PRODUCT (self), FALSE);

  return intake < self->times->len &&
         g_array_index (self->times, guint16, intake) != MG_PRODUCT_TIME_UNSET;
}

/**
 * mg_product_set_intake_time:
 * @intake: which intake of the day, from 0, below intakes-per-day
 * @minute: minutes after midnight, below %MG_MINUTES_PER_DAY
 */
void
mg_product_set_intake_time (MgProduct *self,
                            guint      intake,
                            guint      minute)
{
  guint16 unset = MG_PRODUCT_TIME_UNSET;
  guint16 value = (guint16) minute;

  g_return_if_fail (MG_IS_PRODUCT (self));
  g_return_if_fail (intake < self->intakes_per_day);
  g_return_if_fail (minute < MG_MINUTES_PER_DAY);

  if (mg_product_has_intake_time (self, intake) && g_array_index (self->times, guint16, intake) == value)
    return;

  while (self->times->len <= intake)
    g_array_append_val (self->times, unset);
  g_array_index (self->times, guint16, intake) = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMES]);
}
