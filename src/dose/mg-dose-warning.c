/* mg-dose-warning.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Immutable once made: the engine builds a fresh evaluation every time the
 * plan changes, so nothing needs to watch a warning change.
 */
#include "config.h"

#include "mg-dose-warning.h"
#include "mg-enum.h"

struct _MgDoseWarning
{
  GObject parent_instance;

  MgDoseWarningCode code;
  char *message;
  char *subject;
  double hours_before;
  double hours_after;
  double threshold_mg;
  GStrv sources;
  char *product;
  GStrv ingredients;
};

G_DEFINE_FINAL_TYPE (MgDoseWarning, mg_dose_warning, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_MESSAGE,
  PROP_SUBJECT,
  PROP_HOURS_BEFORE,
  PROP_HOURS_AFTER,
  PROP_THRESHOLD_MG,
  PROP_SOURCES,
  PROP_PRODUCT,
  PROP_INGREDIENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mg_dose_warning_finalize (GObject *object)
{
  MgDoseWarning *self = MG_DOSE_WARNING (object);

  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->sources, g_strfreev);
  g_clear_pointer (&self->product, g_free);
  g_clear_pointer (&self->ingredients, g_strfreev);

  G_OBJECT_CLASS (mg_dose_warning_parent_class)->finalize (object);
}

static void
mg_dose_warning_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MgDoseWarning *self = MG_DOSE_WARNING (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_enum (value, self->code);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_HOURS_BEFORE:
      g_value_set_double (value, self->hours_before);
      break;
    case PROP_HOURS_AFTER:
      g_value_set_double (value, self->hours_after);
      break;
    case PROP_THRESHOLD_MG:
      g_value_set_double (value, self->threshold_mg);
      break;
    case PROP_SOURCES:
      g_value_set_boxed (value, self->sources);
      break;
    case PROP_PRODUCT:
      g_value_set_string (value, self->product);
      break;
    case PROP_INGREDIENTS:
      g_value_set_boxed (value, self->ingredients);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_dose_warning_class_init (MgDoseWarningClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_dose_warning_finalize;
  object_class->get_property = mg_dose_warning_get_property;

  properties[PROP_CODE] =
    g_param_spec_enum ("code", NULL, NULL, MG_TYPE_DOSE_WARNING_CODE,
                       MG_DOSE_WARNING_ABOVE_UPPER_LIMIT,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOURS_BEFORE] =
    g_param_spec_double ("hours-before", NULL, NULL, -1.0, G_MAXDOUBLE, -1.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOURS_AFTER] =
    g_param_spec_double ("hours-after", NULL, NULL, -1.0, G_MAXDOUBLE, -1.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THRESHOLD_MG] =
    g_param_spec_double ("threshold-mg", NULL, NULL, -1.0, G_MAXDOUBLE, -1.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCES] =
    g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PRODUCT] =
    g_param_spec_string ("product", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INGREDIENTS] =
    g_param_spec_boxed ("ingredients", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_dose_warning_init (MgDoseWarning *self)
{
  self->hours_before = -1.0;
  self->hours_after = -1.0;
  self->threshold_mg = -1.0;
}

/**
 * mg_dose_warning_new:
 * @code: the stable code
 * @message: the translated message, complete in itself
 * @data: (nullable): what a UI may show next to it
 *
 * Returns: (transfer full): a new warning
 */
MgDoseWarning *
mg_dose_warning_new (MgDoseWarningCode        code,
                     const char              *message,
                     const MgDoseWarningData *data)
{
  MgDoseWarning *self;

  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (MG_TYPE_DOSE_WARNING, NULL);
  self->code = code;
  self->message = g_strdup (message);

  if (data != NULL)
    {
      self->subject = g_strdup (data->subject);
      self->hours_before = data->hours_before < 0 ? -1.0 : data->hours_before;
      self->hours_after = data->hours_after < 0 ? -1.0 : data->hours_after;
      self->threshold_mg = data->threshold_mg < 0 ? -1.0 : data->threshold_mg;
      self->sources = g_strdupv ((GStrv) data->sources);
      self->product = g_strdup (data->product);
      self->ingredients = g_strdupv ((GStrv) data->ingredients);
    }

  if (self->sources == NULL)
    self->sources = g_new0 (char *, 1);

  return self;
}

MgDoseWarningCode
mg_dose_warning_get_code (MgDoseWarning *self)
{
  g_return_val_if_fail (MG_IS_DOSE_WARNING (self), 0);

  return self->code;
}

const char *
mg_dose_warning_get_code_string (MgDoseWarning *self)
{
  g_return_val_if_fail (MG_IS_DOSE_WARNING (self), NULL);

  return mg_dose_warning_code_to_string (self->code);
}

const char *
mg_dose_warning_get_message (MgDoseWarning *self)
{
  g_return_val_if_fail (MG_IS_DOSE_WARNING (self), NULL);

  return self->message;
}

const char *
mg_dose_warning_get_subject (MgDoseWarning *self)
{
  g_return_val_if_fail (MG_IS_DOSE_WARNING (self), NULL);

  return self->subject;
}

double
mg_dose_warning_get_hours_before (MgDoseWarning *self)
{
  g_return_val_if_fail (MG_IS_DOSE_WARNING (self), -1.0);

  return self->hours_before;
}

double
mg_dose_warning_get_hours_after (MgDoseWarning *self)
{
  g_return_val_if_fail (MG_IS_DOSE_WARNING (self), -1.0);

  return self->hours_after;
}

double
mg_dose_warning_get_threshold_mg (MgDoseWarning *self)
{
  g_return_val_if_fail (MG_IS_DOSE_WARNING (self), -1.0);

  return self->threshold_mg;
}

const char * const *
mg_dose_warning_get_sources (MgDoseWarning *self)
{
  g_return_val_if_fail (MG_IS_DOSE_WARNING (self), NULL);

  return (const char * const *) self->sources;
}

const char *
mg_dose_warning_get_product (MgDoseWarning *self)
{
  g_return_val_if_fail (MG_IS_DOSE_WARNING (self), NULL);

  return self->product;
}

const char * const *
mg_dose_warning_get_ingredients (MgDoseWarning *self)
{
  g_return_val_if_fail (MG_IS_DOSE_WARNING (self), NULL);

  return (const char * const *) self->ingredients;
}

const char *
mg_dose_warning_code_to_string (MgDoseWarningCode code)
{
  return mg_enum_to_nick (MG_TYPE_DOSE_WARNING_CODE, code);
}
