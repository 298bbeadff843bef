/* mg-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Medicines are kept as typed (a name, synonym, brand or id); the engine
 * resolves them against the knowledge base so that an unrecognised name
 * can be reported instead of silently dropped.
 */
#include "config.h"

#include "mg-number.h"
#include "mg-plan.h"

struct _MgPlan
{
  GObject parent_instance;

  GListStore *products;
  double food_mg_per_day;
  GPtrArray *medicines;
  GArray *medicine_times;   /* guint, minutes after midnight, per medicine */
  /* The foods the food estimate was picked from, with portions a day; the
   * estimate itself is food_mg_per_day, which may also have been typed. */
  GPtrArray *food_ids;
  GArray *food_portions;    /* double */
};

G_DEFINE_FINAL_TYPE (MgPlan, mg_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PRODUCTS,
  PROP_FOOD_MG_PER_DAY,
  PROP_MEDICINES,
  PROP_FOODS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mg_plan_dispose (GObject *object)
{
  MgPlan *self = MG_PLAN (object);

  g_clear_object (&self->products);

  G_OBJECT_CLASS (mg_plan_parent_class)->dispose (object);
}

static void
mg_plan_finalize (GObject *object)
{
  MgPlan *self = MG_PLAN (object);

  g_clear_pointer (&self->medicines, g_ptr_array_unref);
  g_clear_pointer (&self->medicine_times, g_array_unref);
  g_clear_pointer (&self->food_ids, g_ptr_array_unref);
  g_clear_pointer (&self->food_portions, g_array_unref);

  G_OBJECT_CLASS (mg_plan_parent_class)->finalize (object);
}

static void
mg_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  MgPlan *self = MG_PLAN (object);

  switch (prop_id)
    {
    case PROP_PRODUCTS:
      g_value_set_object (value, self->products);
      break;
    case PROP_FOOD_MG_PER_DAY:
      g_value_set_double (value, self->food_mg_per_day);
      break;
    case PROP_MEDICINES:
      g_value_set_boxed (value, mg_plan_get_medicines (self));
      break;
    case PROP_FOODS:
      g_value_set_uint (value, self->food_ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_plan_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  MgPlan *self = MG_PLAN (object);

  switch (prop_id)
    {
    case PROP_FOOD_MG_PER_DAY:
      mg_plan_set_food_mg_per_day (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_plan_class_init (MgPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_plan_dispose;
  object_class->finalize = mg_plan_finalize;
  object_class->get_property = mg_plan_get_property;
  object_class->set_property = mg_plan_set_property;

  properties[PROP_PRODUCTS] =
    g_param_spec_object ("products", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOOD_MG_PER_DAY] =
    g_param_spec_double ("food-mg-per-day", NULL, NULL,
                         0.0, MG_NUMBER_MAX_AMOUNT_MG, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEDICINES] =
    g_param_spec_boxed ("medicines", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * MgPlan:foods:
   *
   * How many foods the food estimate was picked from; notified when they
   * change (mg_plan_get_food()).
   */
  properties[PROP_FOODS] =
    g_param_spec_uint ("foods", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_plan_init (MgPlan *self)
{
  self->products = g_list_store_new (MG_TYPE_PRODUCT);
  self->medicines = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  self->medicine_times = g_array_new (FALSE, FALSE, sizeof (guint));
  self->food_ids = g_ptr_array_new_with_free_func (g_free);
  self->food_portions = g_array_new (FALSE, FALSE, sizeof (double));
}

MgPlan *
mg_plan_new (void)
{
  return g_object_new (MG_TYPE_PLAN, NULL);
}

/**
 * mg_plan_get_products:
 *
 * Returns: (transfer none): a list of #MgProduct; add and remove through
 *   the plan
 */
GListModel *
mg_plan_get_products (MgPlan *self)
{
  g_return_val_if_fail (MG_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->products);
}

void
mg_plan_add_product (MgPlan    *self,
                     MgProduct *product)
{
  g_return_if_fail (MG_IS_PLAN (self));
  g_return_if_fail (MG_IS_PRODUCT (product));

  g_list_store_append (self->products, product);
}

void
mg_plan_remove_product (MgPlan *self,
                        guint   position)
{
  g_return_if_fail (MG_IS_PLAN (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->products)));

  g_list_store_remove (self->products, position);
}

double
mg_plan_get_food_mg_per_day (MgPlan *self)
{
  g_return_val_if_fail (MG_IS_PLAN (self), 0.0);

  return self->food_mg_per_day;
}

void
mg_plan_set_food_mg_per_day (MgPlan *self,
                             double  food_mg_per_day)
{
  g_return_if_fail (MG_IS_PLAN (self));
  g_return_if_fail (food_mg_per_day >= 0.0);

  if (self->food_mg_per_day == food_mg_per_day)
    return;

  self->food_mg_per_day = food_mg_per_day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOOD_MG_PER_DAY]);
}

/**
 * mg_plan_get_medicines:
 *
 * Returns: (transfer none): the medicines as entered, %NULL-terminated
 */
const char * const *
mg_plan_get_medicines (MgPlan *self)
{
  static const char * const empty[] = { NULL };

  g_return_val_if_fail (MG_IS_PLAN (self), NULL);

  if (self->medicines->pdata == NULL)
    return empty;

  return (const char * const *) self->medicines->pdata;
}

void
mg_plan_add_medicine (MgPlan     *self,
                      const char *medicine)
{
  g_return_if_fail (MG_IS_PLAN (self));
  g_return_if_fail (medicine != NULL);

  guint minute = MG_PLAN_DEFAULT_MEDICINE_TIME;

  g_ptr_array_add (self->medicines, g_strdup (medicine));
  g_array_append_val (self->medicine_times, minute);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEDICINES]);
}

void
mg_plan_clear_medicines (MgPlan *self)
{
  g_return_if_fail (MG_IS_PLAN (self));

  if (self->medicines->len == 0)
    return;

  g_ptr_array_set_size (self->medicines, 0);
  g_array_set_size (self->medicine_times, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEDICINES]);
}

/**
 * mg_plan_get_medicine_time:
 * @position: a medicine's position in mg_plan_get_medicines()
 *
 * Returns: when the medicine is taken, in minutes after midnight
 */
guint
mg_plan_get_medicine_time (MgPlan *self,
                           guint   position)
{
  g_return_val_if_fail (MG_IS_PLAN (self), MG_PLAN_DEFAULT_MEDICINE_TIME);
  g_return_val_if_fail (position < self->medicine_times->len, MG_PLAN_DEFAULT_MEDICINE_TIME);

  return g_array_index (self->medicine_times, guint, position);
}

void
mg_plan_set_medicine_time (MgPlan *self,
                           guint   position,
                           guint   minute)
{
  g_return_if_fail (MG_IS_PLAN (self));
  g_return_if_fail (position < self->medicine_times->len);
  g_return_if_fail (minute < MG_MINUTES_PER_DAY);

  if (g_array_index (self->medicine_times, guint, position) == minute)
    return;

  g_array_index (self->medicine_times, guint, position) = minute;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEDICINES]);
}

guint
mg_plan_get_n_foods (MgPlan *self)
{
  g_return_val_if_fail (MG_IS_PLAN (self), 0);

  return self->food_ids->len;
}

/**
 * mg_plan_get_food:
 * @out_portions: (out) (optional): portions a day
 *
 * Returns: (transfer none): the food's knowledge-base id
 */
const char *
mg_plan_get_food (MgPlan *self,
                  guint   position,
                  double *out_portions)
{
  g_return_val_if_fail (MG_IS_PLAN (self), NULL);
  g_return_val_if_fail (position < self->food_ids->len, NULL);

  if (out_portions != NULL)
    *out_portions = g_array_index (self->food_portions, double, position);

  return g_ptr_array_index (self->food_ids, position);
}

void
mg_plan_add_food (MgPlan     *self,
                  const char *food_id,
                  double      portions)
{
  g_return_if_fail (MG_IS_PLAN (self));
  g_return_if_fail (food_id != NULL);
  g_return_if_fail (portions > 0.0);

  g_ptr_array_add (self->food_ids, g_strdup (food_id));
  g_array_append_val (self->food_portions, portions);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOODS]);
}

void
mg_plan_remove_food (MgPlan *self,
                     guint   position)
{
  g_return_if_fail (MG_IS_PLAN (self));
  g_return_if_fail (position < self->food_ids->len);

  g_ptr_array_remove_index (self->food_ids, position);
  g_array_remove_index (self->food_portions, position);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOODS]);
}

void
mg_plan_clear_foods (MgPlan *self)
{
  g_return_if_fail (MG_IS_PLAN (self));

  if (self->food_ids->len == 0)
    return;

  g_ptr_array_set_size (self->food_ids, 0);
  g_array_set_size (self->food_portions, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOODS]);
}
