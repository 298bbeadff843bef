/* mg-profile.h — the person a dose is for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MG_PROFILE_ERROR (mg_profile_error_quark ())

typedef enum
{
  MG_PROFILE_ERROR_AGE,
  MG_PROFILE_ERROR_STATUS_NEEDS_FEMALE,
  MG_PROFILE_ERROR_STATUS_TOO_YOUNG,
  MG_PROFILE_ERROR_PREGNANT_AND_LACTATING,
  MG_PROFILE_ERROR_UNKNOWN_SET,
} MgProfileError;

typedef enum
{
  MG_SEX_FEMALE,
  MG_SEX_MALE,
} MgSex;

/* Matches the knowledge base's `status` attribute. */
typedef enum
{
  MG_STATUS_NONE,
  MG_STATUS_PREGNANT,
  MG_STATUS_LACTATING,
} MgStatus;

#define MG_TYPE_SEX (mg_sex_get_type ())
GType mg_sex_get_type (void);

/* 130 years: beyond that the age is a typo. */
#define MG_PROFILE_MAX_AGE_MONTHS (130 * 12)
/* Pregnancy or lactation below this age is taken as a slip of the mouse
 * rather than guessed at: no reference set has values for it. */
#define MG_PROFILE_MIN_STATUS_AGE_MONTHS (10 * 12)

#define MG_PROFILE_DEFAULT_REFERENCE_SET "nl"
#define MG_PROFILE_DEFAULT_LIMIT_SET "eu"

#define MG_TYPE_PROFILE (mg_profile_get_type ())

G_DECLARE_FINAL_TYPE (MgProfile, mg_profile, MG, PROFILE, GObject)

GQuark      mg_profile_error_quark        (void);

/**
 * mg_profile_new:
 *
 * Returns: (transfer full): a woman of 30 with the default sets, to be filled in
 */
MgProfile  *mg_profile_new                (void);

guint       mg_profile_get_age_months     (MgProfile  *self);
void        mg_profile_set_age_months     (MgProfile  *self,
                                           guint       age_months);
void        mg_profile_set_age            (MgProfile  *self,
                                           guint       years,
                                           guint       months);
MgSex       mg_profile_get_sex            (MgProfile  *self);
void        mg_profile_set_sex            (MgProfile  *self,
                                           MgSex       sex);
gboolean    mg_profile_get_pregnant       (MgProfile  *self);
void        mg_profile_set_pregnant       (MgProfile  *self,
                                           gboolean    pregnant);
gboolean    mg_profile_get_lactating      (MgProfile  *self);
void        mg_profile_set_lactating      (MgProfile  *self,
                                           gboolean    lactating);
gboolean    mg_profile_get_renal_impairment (MgProfile *self);
void        mg_profile_set_renal_impairment (MgProfile *self,
                                             gboolean   renal_impairment);
const char *mg_profile_get_reference_set  (MgProfile  *self);
void        mg_profile_set_reference_set  (MgProfile  *self,
                                           const char *reference_set);
const char *mg_profile_get_limit_set      (MgProfile  *self);
void        mg_profile_set_limit_set      (MgProfile  *self,
                                           const char *limit_set);

MgStatus    mg_profile_get_status         (MgProfile  *self);
gboolean    mg_profile_validate           (MgProfile  *self,
                                           GError    **error);

G_END_DECLS
