/* mg-dose-engine.c — from MgKb records to the plain values of the rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The top of the engine: the lookups below it (mg-dose-lookup.c,
 * mg-dose-interactions.c) fail with an error rather than a softer answer,
 * and evaluate stops at the first one, so no evaluation ever says "within
 * the limit" or "no interactions" when a lookup did not succeed.
 */
#include "config.h"

#include <string.h>

#include "mg-gettext.h"

#include "mg-dose-engine.h"
#include "mg-dose-engine-private.h"
#include "mg-dose-rules.h"

/* The renal warning cites the knowledge base's caution for oral magnesium in
 * severe renal impairment (MG_DOSE_RENAL_CAUTION_ID). */
static char **
renal_source_ids (MgKb    *kb,
                  GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GListModel) cautions = mg_kb_list_cautions (kb, &local_error);
  guint n;

  if (cautions == NULL)
    {
      mg_dose_engine_kb_failed (g_steal_pointer (&local_error), error);
      return NULL;
    }

  n = g_list_model_get_n_items (cautions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgArticle) caution = g_list_model_get_item (cautions, i);

      if (g_strcmp0 (mg_article_get_id (caution), MG_DOSE_RENAL_CAUTION_ID) == 0)
        return mg_source_list_dup_ids (mg_article_get_sources (caution));
    }

  g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_KB,
               _("The knowledge base lacks the caution “%s” that the kidney warning cites"),
               MG_DOSE_RENAL_CAUTION_ID);
  return NULL;
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
 *   compound or medicine, an empty product, or %MG_DOSE_ENGINE_ERROR_KB
 *   when the knowledge base failed under a lookup
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
  g_autoptr(MgDosingAdvice) split = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) intake_ids = NULL;
  g_autofree char *reference_reason = NULL;
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

  renal_ids = renal_source_ids (kb, error);
  if (renal_ids == NULL)
    return NULL;

  split = mg_kb_lookup_dosing_advice (kb, MG_DOSE_SPLIT_ADVICE_ID, &local_error);
  if (split == NULL)
    {
      mg_dose_engine_kb_failed (g_steal_pointer (&local_error), error);
      return NULL;
    }
  split_ids = mg_source_list_dup_ids (mg_dosing_advice_get_sources (split));

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
      rule.spacing = m->spacing;
      rule.after_with_food = m->after_with_food;
      rule.product_id = m->product_id;
      rule.hours_from_product = m->hours_from_product;
      if (m->product_id != NULL)
        {
          g_ptr_array_add (m->ingredients, NULL);
          g_ptr_array_add (m->ingredient_names, NULL);
          rule.ingredients = (const char * const *) m->ingredients->pdata;
          rule.ingredient_names = (const char * const *) m->ingredient_names->pdata;
        }
      g_array_append_val (interactions, rule);
    }

  if (intake != NULL && mg_intake_reference_get_has_value (intake))
    {
      intake_ids = mg_source_list_dup_ids (mg_intake_reference_get_sources (intake));
      inputs.reference_mg = mg_intake_reference_get_mg (intake);
      inputs.reference_kind = mg_intake_reference_get_kind (intake);
      inputs.reference_sources = (const char * const *) intake_ids;
    }
  else
    {
      /* No value is said out loud, with the set's reason and its sources. */
      inputs.reference_mg = -1.0;
      reference_reason = mg_dose_engine_dup_intake_reason (profile, intake);
      inputs.reference_reason = reference_reason;
      if (intake != NULL)
        {
          intake_ids = mg_source_list_dup_ids (mg_intake_reference_get_sources (intake));
          inputs.reference_sources = (const char * const *) intake_ids;
        }
    }

  if (limit != NULL)
    {
      limit_ids = mg_source_list_dup_ids (mg_upper_limit_get_sources (limit));
      inputs.limit_sources = (const char * const *) limit_ids;
    }
  /* No band at all is treated like a band without a value: never "within". */
  inputs.limit_mg = limit != NULL && mg_upper_limit_get_has_value (limit) ? mg_upper_limit_get_mg (limit) : -1.0;

  inputs.age_months = mg_profile_get_age_months (profile);
  inputs.limit_set_id = mg_profile_get_limit_set (profile);
  inputs.products = (const MgDoseRuleProduct *) (gpointer) products->data;
  inputs.n_products = products->len;
  inputs.food_mg = mg_plan_get_food_mg_per_day (plan);
  inputs.renal_impairment = mg_profile_get_renal_impairment (profile);
  inputs.renal_sources = (const char * const *) renal_ids;
  inputs.interactions = (const MgDoseRuleInteraction *) (gpointer) interactions->data;
  inputs.n_interactions = interactions->len;
  inputs.split_threshold_mg = mg_dosing_advice_get_above_mg (split);
  inputs.split_text = mg_dosing_advice_get_text (split);
  inputs.split_sources = (const char * const *) split_ids;

  return mg_dose_rules_evaluate (&inputs);
}
