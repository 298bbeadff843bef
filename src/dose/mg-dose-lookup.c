/* mg-dose-lookup.c — the engine's single lookups in the knowledge base:
 * a compound and its fraction, the person's sets, intake and limit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every failed lookup is an error the caller must pass on: "unknown",
 * "no band" and "the knowledge base failed" are three different answers,
 * and only the first two are about the person's input.
 */
#include "config.h"

#include "mg-gettext.h"
#include <math.h>

#include "mg-dose-engine.h"
#include "mg-dose-engine-private.h"
#include "mg-enum.h"
#include "mg-number.h"

G_DEFINE_QUARK (mg-dose-engine-error-quark, mg_dose_engine_error)

gboolean
mg_dose_engine_kb_failed (GError  *kb_error,
                          GError **error)
{
  g_set_error_literal (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_KB, kb_error->message);
  g_error_free (kb_error);
  return FALSE;
}

/* "elemental" (and the Dutch "elementair") mean the label states elemental
 * magnesium; no compound in the knowledge base is called that. */
gboolean
mg_dose_engine_is_elemental_name (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);

  return g_ascii_strcasecmp (name, MG_PRODUCT_ELEMENTAL) == 0 ||
         g_ascii_strcasecmp (name, "elementair") == 0;
}

/**
 * mg_dose_engine_describe_forms:
 * @generic: a salt's plain name
 *
 * Returns: (transfer full): its forms with their ids and magnesium content,
 *   for a message: "Trimagnesium dicitrate nonahydrate (citrate-nonahydrate,
 *   11.9 %), …"
 */
char *
mg_dose_engine_describe_forms (MgGenericName *generic)
{
  GListModel *forms;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (MG_IS_GENERIC_NAME (generic), NULL);

  forms = mg_generic_name_get_forms (generic);
  for (guint i = 0; i < g_list_model_get_n_items (forms); i++)
    {
      g_autoptr(MgCompound) form = g_list_model_get_item (forms, i);
      g_autofree char *percent = mg_number_format (100.0 * mg_compound_get_elemental_fraction (form), 1);

      if (out->len > 0)
        g_string_append (out, "; ");
      /* Translators: a form of a salt: its name, its id and its magnesium content in percent. */
      g_string_append_printf (out, _("%s (%s, %s %% magnesium)"),
                              mg_compound_get_name (form), mg_compound_get_id (form), percent);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
mg_dose_engine_resolve_compound (MgKb        *kb,
                                 const char  *id_or_name,
                                 char       **out_id,
                                 char       **out_title,
                                 double      *out_fraction,
                                 GError     **error)
{
  g_autoptr(MgCompound) compound = NULL;
  g_autoptr(MgGenericName) generic = NULL;
  g_autoptr(GError) local_error = NULL;
  double fraction;

  g_return_val_if_fail (MG_IS_KB (kb), FALSE);
  g_return_val_if_fail (id_or_name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (mg_dose_engine_is_elemental_name (id_or_name))
    {
      if (out_id != NULL)
        *out_id = g_strdup (MG_PRODUCT_ELEMENTAL);
      if (out_title != NULL)
        *out_title = g_strdup (_("elemental magnesium"));
      if (out_fraction != NULL)
        *out_fraction = 1.0;
      return TRUE;
    }

  /* A salt's plain name first: it may stand for one form or for several. */
  generic = mg_kb_lookup_generic_name (kb, id_or_name, &local_error);
  if (generic == NULL && !g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    return mg_dose_engine_kb_failed (g_steal_pointer (&local_error), error);
  g_clear_error (&local_error);

  if (generic != NULL && mg_generic_name_is_ambiguous (generic))
    {
      g_autofree char *forms = mg_dose_engine_describe_forms (generic);

      /* Translators: a salt's name, then its forms with their magnesium
       * content, such as "Trimagnesium dicitrate nonahydrate (citrate-nonahydrate, 11.9 %)". */
      g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_AMBIGUOUS_COMPOUND,
                   _("“%s” can mean several forms with different amounts of magnesium: %s. Give the form from the label by its id"),
                   mg_generic_name_get_name (generic), forms);
      return FALSE;
    }

  compound = mg_kb_lookup_compound (kb, generic != NULL ? mg_generic_name_get_resolves_to (generic) : id_or_name,
                                    &local_error);
  if (compound == NULL)
    {
      if (!g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
        return mg_dose_engine_kb_failed (g_steal_pointer (&local_error), error);

      g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_UNKNOWN_COMPOUND,
                   _("Unknown compound “%s”; use a compound’s name or id, such as oxide or bisglycinate, or “elemental” when the label states elemental magnesium"),
                   id_or_name);
      return FALSE;
    }

  /* The reader refuses such a compound too; every total is multiplied by
   * this, so check it where the totals are made as well. */
  fraction = mg_compound_get_elemental_fraction (compound);
  if (isnan (fraction) || fraction <= 0.0 || fraction > 1.0)
    {
      g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_KB,
                   _("The knowledge base gives the compound “%s” an elemental fraction of %g, outside 0 to 1"),
                   mg_compound_get_id (compound), fraction);
      return FALSE;
    }

  if (out_id != NULL)
    *out_id = g_strdup (mg_compound_get_id (compound));
  if (out_title != NULL)
    *out_title = g_strdup (mg_compound_get_name (compound));
  if (out_fraction != NULL)
    *out_fraction = fraction;

  return TRUE;
}

/* Also lists the ids, for an error message that says what would work. */
static gboolean
set_exists (GListModel  *sets,
            const char  *id,
            char       **out_ids)
{
  g_autoptr(GString) ids = g_string_new (NULL);
  guint n = g_list_model_get_n_items (sets);
  gboolean found = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (sets, i);

      if (g_strcmp0 (mg_reference_set_get_id (set), id) == 0)
        found = TRUE;
      if (ids->len > 0)
        g_string_append (ids, ", ");
      g_string_append (ids, mg_reference_set_get_id (set));
    }

  *out_ids = g_string_free (g_steal_pointer (&ids), FALSE);
  return found;
}

/* Validates the profile too: every caller needs both. */
gboolean
mg_dose_engine_check_sets (MgKb       *kb,
                           MgProfile  *profile,
                           GError    **error)
{
  g_autoptr(GListModel) references = NULL;
  g_autoptr(GListModel) limits = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *reference_ids = NULL;
  g_autofree char *limit_ids = NULL;

  g_return_val_if_fail (MG_IS_KB (kb), FALSE);
  g_return_val_if_fail (MG_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mg_profile_validate (profile, &local_error))
    {
      g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_INVALID_PROFILE,
                   "%s", local_error->message);
      return FALSE;
    }

  references = mg_kb_list_reference_sets (kb, &local_error);
  if (references == NULL)
    return mg_dose_engine_kb_failed (g_steal_pointer (&local_error), error);
  if (!set_exists (references, mg_profile_get_reference_set (profile), &reference_ids))
    {
      /* Translators: the second %s lists the known sets, such as "nl, efsa, us". */
      g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_UNKNOWN_SET,
                   _("Unknown reference set “%s”; use one of: %s"),
                   mg_profile_get_reference_set (profile), reference_ids);
      return FALSE;
    }

  limits = mg_kb_list_limit_sets (kb, &local_error);
  if (limits == NULL)
    return mg_dose_engine_kb_failed (g_steal_pointer (&local_error), error);
  if (!set_exists (limits, mg_profile_get_limit_set (profile), &limit_ids))
    {
      g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_UNKNOWN_SET,
                   _("Unknown set of upper limits “%s”; use one of: %s"),
                   mg_profile_get_limit_set (profile), limit_ids);
      return FALSE;
    }

  return TRUE;
}

/**
 * mg_dose_engine_lookup_intake:
 * @out_intake: (out) (transfer full) (nullable): the band, or %NULL when the
 *   set covers nothing for this person
 *
 * Never falls back to another status: a set that gives no value for
 * pregnancy at this age (the US set under 14) says so in a band without a
 * value and its note. Say why there is no value with
 * mg_dose_engine_dup_intake_reason().
 */
gboolean
mg_dose_engine_lookup_intake (MgKb               *kb,
                              MgProfile          *profile,
                              MgIntakeReference **out_intake,
                              GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  MgIntakeReference *intake;
  const char *sex;
  MgStatus status;

  g_return_val_if_fail (MG_IS_KB (kb), FALSE);
  g_return_val_if_fail (MG_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (out_intake != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  status = mg_profile_get_status (profile);
  sex = mg_enum_to_nick (MG_TYPE_SEX, mg_profile_get_sex (profile));

  intake = mg_kb_get_intake (kb, mg_profile_get_reference_set (profile),
                             mg_profile_get_age_months (profile), sex,
                             mg_enum_to_nick (MG_TYPE_STATUS, status), &local_error);

  if (intake == NULL && !g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    return mg_dose_engine_kb_failed (g_steal_pointer (&local_error), error);

  *out_intake = intake;
  return TRUE;
}

/**
 * mg_dose_engine_dup_intake_reason:
 * @profile: the person
 * @intake: (nullable): what mg_dose_engine_lookup_intake() found
 *
 * Returns: (transfer full) (nullable): why there is no recommended amount
 *   for this person: the set's own note for a band without a value, or
 *   that the set covers nothing for this age and status; %NULL when
 *   @intake has a value
 */
char *
mg_dose_engine_dup_intake_reason (MgProfile         *profile,
                                  MgIntakeReference *intake)
{
  const char *set;

  g_return_val_if_fail (MG_IS_PROFILE (profile), NULL);

  if (intake != NULL && mg_intake_reference_get_has_value (intake))
    return NULL;

  set = mg_profile_get_reference_set (profile);
  if (intake != NULL && mg_intake_reference_get_note (intake) != NULL)
    /* Translators: the name of a set of recommended amounts, then its own reason. */
    return g_strdup_printf (_("No recommended amount in “%s”: %s"),
                            mg_intake_reference_get_set_name (intake) != NULL
                              ? mg_intake_reference_get_set_name (intake) : set,
                            mg_intake_reference_get_note (intake));

  /* Translators: a set id such as "us". */
  return g_strdup_printf (_("The reference set “%s” gives no recommended amount for this age and status; the app does not borrow one from another group."),
                          set);
}

/**
 * mg_dose_engine_lookup_limit:
 * @out_limit: (out) (transfer full) (nullable): the band, or %NULL when the
 *   set covers nothing for this age; check has-value either way
 */
gboolean
mg_dose_engine_lookup_limit (MgKb          *kb,
                             MgProfile     *profile,
                             MgUpperLimit **out_limit,
                             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  MgUpperLimit *limit;
  MgStatus status;

  g_return_val_if_fail (MG_IS_KB (kb), FALSE);
  g_return_val_if_fail (MG_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (out_limit != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  status = mg_profile_get_status (profile);

  limit = mg_kb_get_upper_limit (kb, mg_profile_get_limit_set (profile),
                                 mg_profile_get_age_months (profile),
                                 mg_enum_to_nick (MG_TYPE_STATUS, status), &local_error);
  if (limit == NULL && status != MG_STATUS_NONE &&
      g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    {
      g_clear_error (&local_error);
      limit = mg_kb_get_upper_limit (kb, mg_profile_get_limit_set (profile),
                                     mg_profile_get_age_months (profile),
                                     mg_enum_to_nick (MG_TYPE_STATUS, MG_STATUS_NONE), &local_error);
    }

  if (limit == NULL && !g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    return mg_dose_engine_kb_failed (g_steal_pointer (&local_error), error);

  *out_limit = limit;
  return TRUE;
}
