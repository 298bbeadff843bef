/* mg-dose-evaluation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built once by the rules (mg-dose-rules.c) and read-only afterwards.
 * Limits apply to supplemental magnesium only: food counts toward the
 * reference intake and never toward the upper limit (SCF 2001).
 */
#include "config.h"

#include "mg-dose-evaluation-private.h"
#include "mg-units.h"

/* "Above" is strictly greater (250.0 mg is not above 250 mg). Sums of
 * fractions such as 0.1 + 0.2 are not exact in binary; a millionth of a
 * milligram keeps such noise from tipping an exact 250 over the limit. */
#define LIMIT_EPSILON_MG 1e-6

struct _MgDoseEvaluation
{
  GObject parent_instance;

  GArray *products;
  double supplemental_mg;
  double food_mg;

  double reference_mg;          /* negative: none */
  char *reference_kind;
  GStrv reference_sources;

  double limit_mg;              /* negative: none */
  GStrv limit_sources;

  GListStore *warnings;
};

G_DEFINE_FINAL_TYPE (MgDoseEvaluation, mg_dose_evaluation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SUPPLEMENTAL_MG,
  PROP_TOTAL_MG,
  PROP_REFERENCE_INTAKE_MG,
  PROP_UPPER_LIMIT_MG,
  PROP_ABOVE_UPPER_LIMIT,
  PROP_OVER_LIMIT_MG,
  PROP_WARNINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mg_dose_evaluation_dispose (GObject *object)
{
  MgDoseEvaluation *self = MG_DOSE_EVALUATION (object);

  g_clear_object (&self->warnings);

  G_OBJECT_CLASS (mg_dose_evaluation_parent_class)->dispose (object);
}

static void
mg_dose_evaluation_finalize (GObject *object)
{
  MgDoseEvaluation *self = MG_DOSE_EVALUATION (object);

  g_clear_pointer (&self->products, g_array_unref);
  g_clear_pointer (&self->reference_kind, g_free);
  g_clear_pointer (&self->reference_sources, g_strfreev);
  g_clear_pointer (&self->limit_sources, g_strfreev);

  G_OBJECT_CLASS (mg_dose_evaluation_parent_class)->finalize (object);
}

static void
mg_dose_evaluation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MgDoseEvaluation *self = MG_DOSE_EVALUATION (object);

  switch (prop_id)
    {
    case PROP_SUPPLEMENTAL_MG:
      g_value_set_double (value, self->supplemental_mg);
      break;
    case PROP_TOTAL_MG:
      g_value_set_double (value, mg_dose_evaluation_get_total_mg (self));
      break;
    case PROP_REFERENCE_INTAKE_MG:
      g_value_set_double (value, self->reference_mg);
      break;
    case PROP_UPPER_LIMIT_MG:
      g_value_set_double (value, self->limit_mg);
      break;
    case PROP_ABOVE_UPPER_LIMIT:
      g_value_set_boolean (value, mg_dose_evaluation_get_above_upper_limit (self));
      break;
    case PROP_OVER_LIMIT_MG:
      g_value_set_double (value, mg_dose_evaluation_get_over_limit_mg (self));
      break;
    case PROP_WARNINGS:
      g_value_set_object (value, self->warnings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_dose_evaluation_class_init (MgDoseEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_dose_evaluation_dispose;
  object_class->finalize = mg_dose_evaluation_finalize;
  object_class->get_property = mg_dose_evaluation_get_property;

  properties[PROP_SUPPLEMENTAL_MG] =
    g_param_spec_double ("supplemental-mg", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL_MG] =
    g_param_spec_double ("total-mg", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFERENCE_INTAKE_MG] =
    g_param_spec_double ("reference-intake-mg", NULL, NULL, -1.0, G_MAXDOUBLE, -1.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPPER_LIMIT_MG] =
    g_param_spec_double ("upper-limit-mg", NULL, NULL, -1.0, G_MAXDOUBLE, -1.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ABOVE_UPPER_LIMIT] =
    g_param_spec_boolean ("above-upper-limit", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OVER_LIMIT_MG] =
    g_param_spec_double ("over-limit-mg", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WARNINGS] =
    g_param_spec_object ("warnings", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_dose_evaluation_init (MgDoseEvaluation *self)
{
  self->products = g_array_new (FALSE, TRUE, sizeof (MgProductFigures));
  self->reference_mg = -1.0;
  self->reference_sources = g_new0 (char *, 1);
  self->limit_mg = -1.0;
  self->limit_sources = g_new0 (char *, 1);
  self->warnings = g_list_store_new (MG_TYPE_DOSE_WARNING);
}

MgDoseEvaluation *
mg_dose_evaluation_new (void)
{
  return g_object_new (MG_TYPE_DOSE_EVALUATION, NULL);
}

void
mg_dose_evaluation_add_product (MgDoseEvaluation       *self,
                                const MgProductFigures *figures)
{
  g_return_if_fail (MG_IS_DOSE_EVALUATION (self));
  g_return_if_fail (figures != NULL);

  g_array_append_val (self->products, *figures);
  self->supplemental_mg += figures->elemental_mg_per_day;
}

void
mg_dose_evaluation_set_food_mg (MgDoseEvaluation *self,
                                double            food_mg)
{
  g_return_if_fail (MG_IS_DOSE_EVALUATION (self));

  self->food_mg = MAX (food_mg, 0.0);
}

void
mg_dose_evaluation_set_reference (MgDoseEvaluation   *self,
                                  double              mg,
                                  const char         *kind,
                                  const char * const *sources)
{
  g_return_if_fail (MG_IS_DOSE_EVALUATION (self));

  self->reference_mg = mg < 0 ? -1.0 : mg;
  g_free (self->reference_kind);
  self->reference_kind = g_strdup (kind);
  g_strfreev (self->reference_sources);
  self->reference_sources = sources != NULL ? g_strdupv ((GStrv) sources) : g_new0 (char *, 1);
}

void
mg_dose_evaluation_set_limit (MgDoseEvaluation   *self,
                              double              mg,
                              const char * const *sources)
{
  g_return_if_fail (MG_IS_DOSE_EVALUATION (self));

  self->limit_mg = mg < 0 ? -1.0 : mg;
  g_strfreev (self->limit_sources);
  self->limit_sources = sources != NULL ? g_strdupv ((GStrv) sources) : g_new0 (char *, 1);
}

void
mg_dose_evaluation_add_warning (MgDoseEvaluation *self,
                                MgDoseWarning    *warning)
{
  g_return_if_fail (MG_IS_DOSE_EVALUATION (self));
  g_return_if_fail (MG_IS_DOSE_WARNING (warning));

  g_list_store_append (self->warnings, warning);
}

guint
mg_dose_evaluation_get_n_products (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), 0);

  return self->products->len;
}

const MgProductFigures *
mg_dose_evaluation_get_product (MgDoseEvaluation *self,
                                guint             position)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), NULL);
  g_return_val_if_fail (position < self->products->len, NULL);

  return &g_array_index (self->products, MgProductFigures, position);
}

double
mg_dose_evaluation_get_supplemental_mg (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), 0.0);

  return self->supplemental_mg;
}

double
mg_dose_evaluation_get_supplemental_mmol (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), 0.0);

  return mg_units_mg_to_mmol (self->supplemental_mg);
}

double
mg_dose_evaluation_get_food_mg (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), 0.0);

  return self->food_mg;
}

/* Supplements plus food: what to compare with the reference intake. */
double
mg_dose_evaluation_get_total_mg (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), 0.0);

  return self->supplemental_mg + self->food_mg;
}

gboolean
mg_dose_evaluation_has_reference_intake (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), FALSE);

  return self->reference_mg >= 0.0;
}

double
mg_dose_evaluation_get_reference_intake_mg (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), -1.0);

  return self->reference_mg;
}

const char *
mg_dose_evaluation_get_reference_kind (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), NULL);

  return self->reference_kind;
}

const char * const *
mg_dose_evaluation_get_reference_sources (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), NULL);

  return (const char * const *) self->reference_sources;
}

MgLimitStatus
mg_dose_evaluation_get_limit_status (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), MG_LIMIT_STATUS_NO_LIMIT);

  if (self->limit_mg < 0.0)
    return MG_LIMIT_STATUS_NO_LIMIT;
  if (self->supplemental_mg > self->limit_mg + LIMIT_EPSILON_MG)
    return MG_LIMIT_STATUS_ABOVE;

  return MG_LIMIT_STATUS_WITHIN;
}

gboolean
mg_dose_evaluation_has_upper_limit (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), FALSE);

  return self->limit_mg >= 0.0;
}

double
mg_dose_evaluation_get_upper_limit_mg (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), -1.0);

  return self->limit_mg;
}

const char * const *
mg_dose_evaluation_get_limit_sources (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), NULL);

  return (const char * const *) self->limit_sources;
}

gboolean
mg_dose_evaluation_get_above_upper_limit (MgDoseEvaluation *self)
{
  return mg_dose_evaluation_get_limit_status (self) == MG_LIMIT_STATUS_ABOVE;
}

/* 0 when within the limit or when there is none. */
double
mg_dose_evaluation_get_over_limit_mg (MgDoseEvaluation *self)
{
  if (!mg_dose_evaluation_get_above_upper_limit (self))
    return 0.0;

  return self->supplemental_mg - self->limit_mg;
}

/**
 * mg_dose_evaluation_get_warnings:
 *
 * Returns: (transfer none): a list of #MgDoseWarning, most serious first
 */
GListModel *
mg_dose_evaluation_get_warnings (MgDoseEvaluation *self)
{
  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), NULL);

  return G_LIST_MODEL (self->warnings);
}

/**
 * mg_dose_evaluation_find_warning:
 *
 * Returns: (transfer none) (nullable): the first warning with @code
 */
MgDoseWarning *
mg_dose_evaluation_find_warning (MgDoseEvaluation  *self,
                                 MgDoseWarningCode  code)
{
  guint n;

  g_return_val_if_fail (MG_IS_DOSE_EVALUATION (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->warnings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgDoseWarning) warning = g_list_model_get_item (G_LIST_MODEL (self->warnings), i);

      if (mg_dose_warning_get_code (warning) == code)
        return warning;
    }

  return NULL;
}
