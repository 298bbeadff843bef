/* mg-dose-engine.c — from MgKb records to the plain values of the rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mg-dose-engine.h"
#include "mg-dose-engine-private.h"
#include "mg-dose-rules.h"
#include "mg-number.h"

G_DEFINE_QUARK (mg-dose-engine-error-quark, mg_dose_engine_error)

static const char *
status_string (MgStatus status)
{
  switch (status)
    {
    case MG_STATUS_PREGNANT:
      return "pregnant";
    case MG_STATUS_LACTATING:
      return "lactating";
    case MG_STATUS_NONE:
    default:
      return "none";
    }
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
 * mg_dose_engine_source_ids:
 * @sources: (nullable): a list of #MgSource
 *
 * Returns: (transfer full): their ids, %NULL-terminated
 */
char **
mg_dose_engine_source_ids (GListModel *sources)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = sources != NULL ? g_list_model_get_n_items (sources) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgSource) source = g_list_model_get_item (sources, i);

      g_strv_builder_add (builder, mg_source_get_id (source));
    }

  return g_strv_builder_end (builder);
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
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MG_IS_KB (kb), FALSE);
  g_return_val_if_fail (id_or_name != NULL, FALSE);

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

  compound = mg_kb_lookup_compound (kb, id_or_name, &local_error);
  if (compound == NULL)
    {
      if (g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
        g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_UNKNOWN_COMPOUND,
                     _("Unknown compound “%s”; use a compound’s name or id, such as oxide or citrate, or “elemental” when the label states elemental magnesium"),
                     id_or_name);
      else
        g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_KB,
                     "%s", local_error->message);
      return FALSE;
    }

  if (out_id != NULL)
    *out_id = g_strdup (mg_compound_get_id (compound));
  if (out_title != NULL)
    *out_title = g_strdup (mg_compound_get_name (compound));
  if (out_fraction != NULL)
    *out_fraction = mg_compound_get_elemental_fraction (compound);

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

  if (!mg_profile_validate (profile, &local_error))
    {
      g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_INVALID_PROFILE,
                   "%s", local_error->message);
      return FALSE;
    }

  references = mg_kb_list_reference_sets (kb);
  if (!set_exists (references, mg_profile_get_reference_set (profile), &reference_ids))
    {
      /* Translators: the second %s lists the known sets, such as "nl, efsa, us". */
      g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_UNKNOWN_SET,
                   _("Unknown reference set “%s”; use one of: %s"),
                   mg_profile_get_reference_set (profile), reference_ids);
      return FALSE;
    }

  limits = mg_kb_list_limit_sets (kb);
  if (!set_exists (limits, mg_profile_get_limit_set (profile), &limit_ids))
    {
      g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_UNKNOWN_SET,
                   _("Unknown set of upper limits “%s”; use one of: %s"),
                   mg_profile_get_limit_set (profile), limit_ids);
      return FALSE;
    }

  return TRUE;
}

gboolean
mg_dose_engine_kb_failed (GError  *local_error,
                          GError **error)
{
  g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_KB, "%s", local_error->message);
  return FALSE;
}

/**
 * mg_dose_engine_lookup_intake:
 * @out_intake: (out) (transfer full) (nullable): the band, or %NULL when the
 *   set covers nothing for this person
 *
 * A set without values for pregnancy at some age (EFSA uses the ordinary
 * values) falls back to the person's age and sex without the status.
 */
gboolean
mg_dose_engine_lookup_intake (MgKb               *kb,
                              MgProfile          *profile,
                              MgIntakeReference **out_intake,
                              GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  MgStatus status = mg_profile_get_status (profile);
  const char *sex = mg_profile_get_sex (profile) == MG_SEX_MALE ? "male" : "female";
  MgIntakeReference *intake;

  g_return_val_if_fail (MG_IS_KB (kb), FALSE);
  g_return_val_if_fail (MG_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (out_intake != NULL, FALSE);

  intake = mg_kb_get_intake (kb, mg_profile_get_reference_set (profile),
                             mg_profile_get_age_months (profile), sex,
                             status_string (status), &local_error);
  if (intake == NULL && status != MG_STATUS_NONE &&
      g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    {
      g_clear_error (&local_error);
      intake = mg_kb_get_intake (kb, mg_profile_get_reference_set (profile),
                                 mg_profile_get_age_months (profile), sex,
                                 "none", &local_error);
    }

  if (intake == NULL && !g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    return mg_dose_engine_kb_failed (local_error, error);

  *out_intake = intake;
  return TRUE;
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
  MgStatus status = mg_profile_get_status (profile);
  MgUpperLimit *limit;

  g_return_val_if_fail (MG_IS_KB (kb), FALSE);
  g_return_val_if_fail (MG_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (out_limit != NULL, FALSE);

  limit = mg_kb_get_upper_limit (kb, mg_profile_get_limit_set (profile),
                                 mg_profile_get_age_months (profile),
                                 status_string (status), &local_error);
  if (limit == NULL && status != MG_STATUS_NONE &&
      g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    {
      g_clear_error (&local_error);
      limit = mg_kb_get_upper_limit (kb, mg_profile_get_limit_set (profile),
                                     mg_profile_get_age_months (profile),
                                     "none", &local_error);
    }

  if (limit == NULL && !g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    return mg_dose_engine_kb_failed (local_error, error);

  *out_limit = limit;
  return TRUE;
}

/* The renal warning cites the knowledge base's caution for oral magnesium in
 * severe renal impairment (MG_DOSE_RENAL_CAUTION_ID); the engine test checks
 * that the shipped knowledge base has it. */
static char **
renal_source_ids (MgKb *kb)
{
  g_autoptr(GListModel) cautions = mg_kb_list_cautions (kb);
  guint n = g_list_model_get_n_items (cautions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgArticle) caution = g_list_model_get_item (cautions, i);

      if (g_strcmp0 (mg_article_get_id (caution), MG_DOSE_RENAL_CAUTION_ID) == 0)
        return mg_dose_engine_source_ids (mg_article_get_sources (caution));
    }

  return g_new0 (char *, 1);
}

static char **
split_source_ids (MgKb *kb)
{
  g_autoptr(MgSource) source = mg_kb_lookup_source (kb, MG_DOSE_SPLIT_SOURCE_ID, NULL);
  char **ids = g_new0 (char *, 2);

  if (source != NULL)
    ids[0] = g_strdup (mg_source_get_id (source));

  return ids;
}

static gboolean
check_product (MgProduct  *product,
               GError    **error)
{
  if (mg_product_get_amount (product) <= 0.0 || mg_product_get_units_per_intake (product) <= 0.0)
    {
      g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_INVALID_PRODUCT,
                   _("A product has an amount or a number of units of zero; enter how much one unit contains and how many units you take"));
      return FALSE;
    }

  return TRUE;
}

/**
 * mg_dose_engine_evaluate:
 * @kb: the knowledge base (fractions, intakes, limits, interactions)
 * @profile: the person
 * @plan: what they take
 * @error: an #MG_DOSE_ENGINE_ERROR: an invalid profile, an unknown set,
 *   compound or medicine, an empty product
 *
 * Returns: (transfer full): the evaluation, or %NULL with @error set
 */
MgDoseEvaluation *
mg_dose_engine_evaluate (MgKb       *kb,
                         MgProfile  *profile,
                         MgPlan     *plan,
                         GError    **error)
{
  g_autoptr(MgIntakeReference) intake = NULL;
  g_autoptr(MgUpperLimit) limit = NULL;
  GListModel *intake_sources = NULL;
  GListModel *limit_sources = NULL;
  g_auto(GStrv) intake_ids = NULL;
  g_auto(GStrv) limit_ids = NULL;
  g_auto(GStrv) renal_ids = NULL;
  g_auto(GStrv) split_ids = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) products = g_array_new (FALSE, TRUE, sizeof (MgDoseRuleProduct));
  g_autoptr(GArray) interactions = g_array_new (FALSE, TRUE, sizeof (MgDoseRuleInteraction));
  GListModel *plan_products;
  MgDoseRuleInputs inputs = { 0, };

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (MG_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (MG_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mg_dose_engine_check_sets (kb, profile, error) ||
      !mg_dose_engine_lookup_intake (kb, profile, &intake, error) ||
      !mg_dose_engine_lookup_limit (kb, profile, &limit, error))
    return NULL;

  plan_products = mg_plan_get_products (plan);
  for (guint i = 0; i < g_list_model_get_n_items (plan_products); i++)
    {
      g_autoptr(MgProduct) product = g_list_model_get_item (plan_products, i);
      MgDoseRuleProduct rule = { 0, };
      char *id = NULL;
      char *title = NULL;

      if (!check_product (product, error) ||
          !mg_dose_engine_resolve_compound (kb, mg_product_get_compound_id (product),
                                            &id, &title, &rule.elemental_fraction, error))
        return NULL;

      g_ptr_array_add (strings, id);
      g_ptr_array_add (strings, title);
      rule.compound_id = id;
      rule.title = title;
      rule.amount = mg_product_get_amount (product);
      rule.unit = mg_product_get_unit (product);
      rule.units_per_intake = mg_product_get_units_per_intake (product);
      rule.intakes_per_day = mg_product_get_intakes_per_day (product);
      g_array_append_val (products, rule);
    }

  merged = mg_dose_engine_collect_interactions (kb, mg_plan_get_medicines (plan), error);
  if (merged == NULL)
    return NULL;

  for (guint i = 0; i < merged->len; i++)
    {
      MgMergedInteraction *m = g_ptr_array_index (merged, i);
      MgDoseRuleInteraction rule = { 0, };

      m->sources_strv = g_strv_builder_end (m->sources);
      rule.medicine_id = m->medicine_id;
      rule.medicine_name = m->name;
      rule.class_name = m->classes->str;
      rule.management = m->management->str;
      rule.hours_before = m->hours_before;
      rule.hours_after = m->hours_after;
      rule.sources = (const char * const *) m->sources_strv;
      g_array_append_val (interactions, rule);
    }

  if (intake != NULL && mg_intake_reference_get_has_value (intake))
    {
      intake_sources = mg_intake_reference_get_sources (intake);
      intake_ids = mg_dose_engine_source_ids (intake_sources);
      inputs.reference_mg = mg_intake_reference_get_mg (intake);
      inputs.reference_kind = mg_intake_reference_get_kind (intake);
      inputs.reference_sources = (const char * const *) intake_ids;
    }
  else
    inputs.reference_mg = -1.0;

  if (limit != NULL)
    {
      limit_sources = mg_upper_limit_get_sources (limit);
      limit_ids = mg_dose_engine_source_ids (limit_sources);
      inputs.limit_sources = (const char * const *) limit_ids;
    }
  /* No band at all is treated like a band without a value: never "within". */
  inputs.limit_mg = limit != NULL && mg_upper_limit_get_has_value (limit) ? mg_upper_limit_get_mg (limit) : -1.0;

  renal_ids = renal_source_ids (kb);
  split_ids = split_source_ids (kb);

  inputs.age_months = mg_profile_get_age_months (profile);
  inputs.limit_set_id = mg_profile_get_limit_set (profile);
  inputs.products = (const MgDoseRuleProduct *) (gpointer) products->data;
  inputs.n_products = products->len;
  inputs.food_mg = mg_plan_get_food_mg_per_day (plan);
  inputs.renal_impairment = mg_profile_get_renal_impairment (profile);
  inputs.renal_sources = (const char * const *) renal_ids;
  inputs.interactions = (const MgDoseRuleInteraction *) (gpointer) interactions->data;
  inputs.n_interactions = interactions->len;
  inputs.split_threshold_mg = MG_DOSE_SPLIT_THRESHOLD_MG;
  inputs.split_sources = (const char * const *) split_ids;

  return mg_dose_rules_evaluate (&inputs);
}
