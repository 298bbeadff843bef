/* mg-profile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Setters never refuse a combination (a form sets one field at a time and
 * must not lose what was entered); mg_profile_validate() says what is
 * inconsistent once the profile is used.
 */
#include "config.h"

#include "mg-gettext.h"

#include "mg-profile.h"

struct _MgProfile
{
  GObject parent_instance;

  guint age_months;
  MgSex sex;
  guint pregnant : 1;
  guint lactating : 1;
  guint renal_impairment : 1;
  char *reference_set;
  char *limit_set;
};

G_DEFINE_FINAL_TYPE (MgProfile, mg_profile, G_TYPE_OBJECT)

G_DEFINE_QUARK (mg-profile-error-quark, mg_profile_error)

enum {
  PROP_0,
  PROP_AGE_MONTHS,
  PROP_SEX,
  PROP_PREGNANT,
  PROP_LACTATING,
  PROP_RENAL_IMPAIRMENT,
  PROP_REFERENCE_SET,
  PROP_LIMIT_SET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mg_profile_finalize (GObject *object)
{
  MgProfile *self = MG_PROFILE (object);

  g_clear_pointer (&self->reference_set, g_free);
  g_clear_pointer (&self->limit_set, g_free);

  G_OBJECT_CLASS (mg_profile_parent_class)->finalize (object);
}

static void
mg_profile_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MgProfile *self = MG_PROFILE (object);

  switch (prop_id)
    {
    case PROP_AGE_MONTHS:
      g_value_set_uint (value, self->age_months);
      break;
    case PROP_SEX:
      g_value_set_enum (value, self->sex);
      break;
    case PROP_PREGNANT:
      g_value_set_boolean (value, self->pregnant);
      break;
    case PROP_LACTATING:
      g_value_set_boolean (value, self->lactating);
      break;
    case PROP_RENAL_IMPAIRMENT:
      g_value_set_boolean (value, self->renal_impairment);
      break;
    case PROP_REFERENCE_SET:
      g_value_set_string (value, self->reference_set);
      break;
    case PROP_LIMIT_SET:
      g_value_set_string (value, self->limit_set);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_profile_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MgProfile *self = MG_PROFILE (object);

  switch (prop_id)
    {
    case PROP_AGE_MONTHS:
      mg_profile_set_age_months (self, g_value_get_uint (value));
      break;
    case PROP_SEX:
      mg_profile_set_sex (self, g_value_get_enum (value));
      break;
    case PROP_PREGNANT:
      mg_profile_set_pregnant (self, g_value_get_boolean (value));
      break;
    case PROP_LACTATING:
      mg_profile_set_lactating (self, g_value_get_boolean (value));
      break;
    case PROP_RENAL_IMPAIRMENT:
      mg_profile_set_renal_impairment (self, g_value_get_boolean (value));
      break;
    case PROP_REFERENCE_SET:
      mg_profile_set_reference_set (self, g_value_get_string (value));
      break;
    case PROP_LIMIT_SET:
      mg_profile_set_limit_set (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_profile_class_init (MgProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_profile_finalize;
  object_class->get_property = mg_profile_get_property;
  object_class->set_property = mg_profile_set_property;

  properties[PROP_AGE_MONTHS] =
    g_param_spec_uint ("age-months", NULL, NULL,
                       0, MG_PROFILE_MAX_AGE_MONTHS, 30 * 12,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEX] =
    g_param_spec_enum ("sex", NULL, NULL,
                       MG_TYPE_SEX, MG_SEX_FEMALE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREGNANT] =
    g_param_spec_boolean ("pregnant", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LACTATING] =
    g_param_spec_boolean ("lactating", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RENAL_IMPAIRMENT] =
    g_param_spec_boolean ("renal-impairment", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFERENCE_SET] =
    g_param_spec_string ("reference-set", NULL, NULL, MG_PROFILE_DEFAULT_REFERENCE_SET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIMIT_SET] =
    g_param_spec_string ("limit-set", NULL, NULL, MG_PROFILE_DEFAULT_LIMIT_SET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_profile_init (MgProfile *self)
{
  self->age_months = 30 * 12;
  self->sex = MG_SEX_FEMALE;
  self->reference_set = g_strdup (MG_PROFILE_DEFAULT_REFERENCE_SET);
  self->limit_set = g_strdup (MG_PROFILE_DEFAULT_LIMIT_SET);
}

MgProfile *
mg_profile_new (void)
{
  return g_object_new (MG_TYPE_PROFILE, NULL);
}

guint
mg_profile_get_age_months (MgProfile *self)
{
  g_return_val_if_fail (MG_IS_PROFILE (self), 0);

  return self->age_months;
}

void
mg_profile_set_age_months (MgProfile *self,
                           guint      age_months)
{
  g_return_if_fail (MG_IS_PROFILE (self));

  age_months = MIN (age_months, MG_PROFILE_MAX_AGE_MONTHS);
  if (self->age_months == age_months)
    return;

  self->age_months = age_months;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGE_MONTHS]);
}

void
mg_profile_set_age (MgProfile *self,
                    guint      years,
                    guint      months)
{
  g_return_if_fail (MG_IS_PROFILE (self));
  g_return_if_fail (years <= MG_PROFILE_MAX_AGE_MONTHS / 12);

  mg_profile_set_age_months (self, years * 12 + months);
}

MgSex
mg_profile_get_sex (MgProfile *self)
{
  g_return_val_if_fail (MG_IS_PROFILE (self), MG_SEX_FEMALE);

  return self->sex;
}

void
mg_profile_set_sex (MgProfile *self,
                    MgSex      sex)
{
  g_return_if_fail (MG_IS_PROFILE (self));
  g_return_if_fail (sex == MG_SEX_FEMALE || sex == MG_SEX_MALE);

  if (self->sex == sex)
    return;

  self->sex = sex;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEX]);
}

#define DEFINE_FLAG(name, NAME)                                             \
gboolean                                                                    \
mg_profile_get_##name (MgProfile *self)                                     \
{                                                                           \
  g_return_val_if_fail (MG_IS_PROFILE (self), FALSE);                       \
  return self->name;                                                        \
}                                                                           \
                                                                            \
void                                                                        \
mg_profile_set_##name (MgProfile *self,                                     \
                       gboolean   value)                                    \
{                                                                           \
  g_return_if_fail (MG_IS_PROFILE (self));                                  \
  value = !!value;                                                          \
  if (self->name == (guint) value)                                          \
    return;                                                                 \
  self->name = value;                                                       \
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_##NAME]);      \
}

DEFINE_FLAG (pregnant, PREGNANT)
DEFINE_FLAG (lactating, LACTATING)
DEFINE_FLAG (renal_impairment, RENAL_IMPAIRMENT)

#undef DEFINE_FLAG

const char *
mg_profile_get_reference_set (MgProfile *self)
{
  g_return_val_if_fail (MG_IS_PROFILE (self), NULL);

  return self->reference_set;
}

void
mg_profile_set_reference_set (MgProfile  *self,
                              const char *reference_set)
{
  g_return_if_fail (MG_IS_PROFILE (self));

  if (reference_set == NULL)
    reference_set = MG_PROFILE_DEFAULT_REFERENCE_SET;

  if (g_strcmp0 (self->reference_set, reference_set) == 0)
    return;

  g_free (self->reference_set);
  self->reference_set = g_strdup (reference_set);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_SET]);
}

const char *
mg_profile_get_limit_set (MgProfile *self)
{
  g_return_val_if_fail (MG_IS_PROFILE (self), NULL);

  return self->limit_set;
}

void
mg_profile_set_limit_set (MgProfile  *self,
                          const char *limit_set)
{
  g_return_if_fail (MG_IS_PROFILE (self));

  if (limit_set == NULL)
    limit_set = MG_PROFILE_DEFAULT_LIMIT_SET;

  if (g_strcmp0 (self->limit_set, limit_set) == 0)
    return;

  g_free (self->limit_set);
  self->limit_set = g_strdup (limit_set);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIMIT_SET]);
}

MgStatus
mg_profile_get_status (MgProfile *self)
{
  g_return_val_if_fail (MG_IS_PROFILE (self), MG_STATUS_NONE);

  if (self->sex != MG_SEX_FEMALE)
    return MG_STATUS_NONE;
  if (self->pregnant)
    return MG_STATUS_PREGNANT;
  if (self->lactating)
    return MG_STATUS_LACTATING;

  return MG_STATUS_NONE;
}

/**
 * mg_profile_validate:
 * @self: a #MgProfile
 * @error: an #MG_PROFILE_ERROR saying what to change
 *
 * Reference sets are looked up elsewhere (they live in the knowledge base);
 * this checks only what is inconsistent on its face.
 */
gboolean
mg_profile_validate (MgProfile  *self,
                     GError    **error)
{
  g_return_val_if_fail (MG_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->age_months > MG_PROFILE_MAX_AGE_MONTHS)
    {
      g_set_error (error, MG_PROFILE_ERROR, MG_PROFILE_ERROR_AGE,
                   _("The age is above 130 years; enter the age in years, or in months for babies"));
      return FALSE;
    }

  if ((self->pregnant || self->lactating) && self->sex != MG_SEX_FEMALE)
    {
      g_set_error (error, MG_PROFILE_ERROR, MG_PROFILE_ERROR_STATUS_NEEDS_FEMALE,
                   _("Pregnant and breastfeeding apply only to the female sex; choose female or clear them"));
      return FALSE;
    }

  if (self->pregnant && self->lactating)
    {
      g_set_error (error, MG_PROFILE_ERROR, MG_PROFILE_ERROR_PREGNANT_AND_LACTATING,
                   _("Choose either pregnant or breastfeeding, not both"));
      return FALSE;
    }

  if ((self->pregnant || self->lactating) && self->age_months < MG_PROFILE_MIN_STATUS_AGE_MONTHS)
    {
      g_set_error (error, MG_PROFILE_ERROR, MG_PROFILE_ERROR_STATUS_TOO_YOUNG,
                   _("Pregnant or breastfeeding can be set from the age of 10 years; check the age"));
      return FALSE;
    }

  return TRUE;
}
