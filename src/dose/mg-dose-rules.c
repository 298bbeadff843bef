/* mg-dose-rules.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every number a person acts on passes through here, so the rules are
 * plain functions of their inputs: no knowledge base, no globals.
 */
#include "config.h"

#include "mg-gettext.h"
#include <math.h>

#include "mg-dose-evaluation-private.h"
#include "mg-dose-rules.h"
#include "mg-profile.h"
#include "mg-number.h"

MgProductFigures
mg_dose_rules_product_figures (const MgDoseRuleProduct *product)
{
  MgProductFigures figures = { 0, };
  double fraction;

  g_return_val_if_fail (product != NULL, figures);

  fraction = mg_amount_unit_is_mass (product->unit) ? product->elemental_fraction : 1.0;

  figures.elemental_fraction = product->elemental_fraction;
  figures.elemental_mg_per_unit = mg_units_elemental_mg (product->amount, product->unit, fraction);
  figures.elemental_mg_per_intake = figures.elemental_mg_per_unit * product->units_per_intake;
  figures.elemental_mg_per_day = figures.elemental_mg_per_intake * product->intakes_per_day;
  figures.elemental_mmol_per_day = mg_units_mg_to_mmol (figures.elemental_mg_per_day);

  return figures;
}

static void
add_warning (MgDoseEvaluation        *evaluation,
             MgDoseWarningCode        code,
             const char              *message,
             const MgDoseWarningData *data)
{
  g_autoptr(MgDoseWarning) warning = mg_dose_warning_new (code, message, data);

  mg_dose_evaluation_add_warning (evaluation, warning);
}

static void
check_limit (MgDoseEvaluation       *evaluation,
             const MgDoseRuleInputs *inputs)
{
  MgDoseWarningData data = MG_DOSE_WARNING_DATA_INIT;
  g_autofree char *total = NULL;
  g_autofree char *limit = NULL;
  g_autofree char *over = NULL;
  g_autofree char *message = NULL;

  data.sources = inputs->limit_sources;

  if (inputs->limit_mg < 0.0)
    {
      /* Never let "no limit" read as "within limits". */
      if (g_strcmp0 (inputs->limit_set_id, MG_LIMIT_SET_EU) == 0 &&
          inputs->age_months < MG_DOSE_EU_LIMIT_FROM_MONTHS)
        message = g_strdup (_("The EU has set no upper limit for supplemental magnesium under the age of 4 years, so no amount can be called safe here. Ask a doctor before giving a young child magnesium supplements."));
      else
        message = g_strdup (_("No upper limit for supplemental magnesium has been set for this age, so no amount can be called safe here. Ask a doctor before giving magnesium supplements."));

      add_warning (evaluation, MG_DOSE_WARNING_NO_UPPER_LIMIT_FOR_AGE, message, &data);
      return;
    }

  if (!mg_dose_evaluation_get_above_upper_limit (evaluation))
    return;

  total = mg_number_format (mg_dose_evaluation_get_supplemental_mg (evaluation), 1);
  limit = mg_number_format (inputs->limit_mg, 1);
  over = mg_number_format (mg_dose_evaluation_get_over_limit_mg (evaluation), 1);
  data.threshold_mg = inputs->limit_mg;
  /* Translators: amounts in mg of elemental magnesium: total, excess, limit. */
  message = g_strdup_printf (_("The supplements give %s mg of magnesium a day, %s mg above the upper limit of %s mg a day for supplemental magnesium. Lower the amount, or take this much only on a doctor’s advice."),
                             total, over, limit);
  add_warning (evaluation, MG_DOSE_WARNING_ABOVE_UPPER_LIMIT, message, &data);
}

static void
check_renal (MgDoseEvaluation       *evaluation,
             const MgDoseRuleInputs *inputs)
{
  MgDoseWarningData data = MG_DOSE_WARNING_DATA_INIT;

  if (!inputs->renal_impairment)
    return;

  data.sources = inputs->renal_sources;
  add_warning (evaluation, MG_DOSE_WARNING_RENAL_IMPAIRMENT,
               _("With reduced kidney function (eGFR below 30 mL/min) the body cannot remove extra magnesium well, and it can build up to harmful levels. Take magnesium supplements only on a doctor’s advice."),
               &data);
}

static char *
format_hours (double hours)
{
  g_autofree char *number = mg_number_format (hours, 1);
  gulong n = hours == 1.0 ? 1 : (gulong) MAX (2.0, ceil (hours));

  /* Translators: a number of hours, such as "2 hours" or "1.5 hours". */
  return g_strdup_printf (mg_ngettext ("%s hour", "%s hours", n), number);
}

/**
 * mg_dose_rules_format_separation:
 * @hours_before: hours to take the medicine before magnesium; negative: none
 * @hours_after: hours to take it after magnesium; negative: none
 *
 * Returns: (transfer full) (nullable): a sentence, or %NULL when neither
 *   is given
 */
char *
mg_dose_rules_format_separation (double hours_before,
                                 double hours_after)
{
  return mg_dose_rules_format_spacing ("hours", hours_before, hours_after, FALSE);
}

/**
 * mg_dose_rules_format_spacing:
 * @spacing: (nullable): "hours", "not-given", "ineffective" or %NULL
 *   (mg_interaction_get_spacing(), mg_brand_get_spacing())
 * @hours_before: hours to take the medicine before magnesium; negative: none
 * @hours_after: hours to take it after magnesium; negative: none
 * @after_with_food: whether @hours_after holds only when the medicine is
 *   taken with food
 *
 * Every case says what the sources say: hours, that they give none, or that
 * keeping them apart does not help (so "no hours" is never mistaken for
 * either).
 *
 * Returns: (transfer full) (nullable): a sentence, or %NULL when the
 *   interaction is not about spacing
 */
char *
mg_dose_rules_format_spacing (const char *spacing,
                              double      hours_before,
                              double      hours_after,
                              gboolean    after_with_food)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (g_strcmp0 (spacing, "ineffective") == 0)
    return g_strdup (_("Do not take the medicine together with magnesium: the sources say that keeping them apart does not help."));
  if (g_strcmp0 (spacing, "not-given") == 0)
    return g_strdup (_("The sources give no number of hours to keep them apart."));
  if (g_strcmp0 (spacing, "hours") != 0)
    return NULL;

  before = hours_before >= 0.0 ? format_hours (hours_before) : NULL;
  after = hours_after >= 0.0 ? format_hours (hours_after) : NULL;

  if (before != NULL && after != NULL && after_with_food)
    /* Translators: two durations such as "2 hours". */
    return g_strdup_printf (_("Take the medicine at least %s before magnesium, or with food at least %s after it."), before, after);
  if (before != NULL && after != NULL)
    /* Translators: two durations such as "2 hours". */
    return g_strdup_printf (_("Take the medicine at least %s before or at least %s after magnesium."), before, after);
  if (before != NULL)
    return g_strdup_printf (_("Take the medicine at least %s before magnesium."), before);
  if (after != NULL && after_with_food)
    return g_strdup_printf (_("Take the medicine with food, at least %s after magnesium."), after);
  if (after != NULL)
    return g_strdup_printf (_("Take the medicine at least %s after magnesium."), after);

  return NULL;
}

/* A caller that gives hours without saying how they are meant means hours. */
static const char *
effective_spacing (const MgDoseRuleInteraction *interaction)
{
  if (interaction->spacing != NULL)
    return interaction->spacing;

  return interaction->hours_before >= 0.0 || interaction->hours_after >= 0.0 ? "hours" : NULL;
}

static char *
interaction_message (const MgDoseRuleInteraction *interaction)
{
  g_autofree char *subject = NULL;
  g_autofree char *timing = NULL;
  g_autofree char *opening = NULL;
  const char *name = interaction->medicine_name != NULL ? interaction->medicine_name : interaction->medicine_id;
  const char *class_name = interaction->class_name != NULL ? interaction->class_name : "";

  /* A product names what it contains: the warning comes from those. */
  if (interaction->product_id != NULL && interaction->ingredient_names != NULL && interaction->ingredient_names[0] != NULL)
    {
      g_autofree char *ingredients = g_strjoinv (" + ", (char **) interaction->ingredient_names);

      /* Translators: a product and its ingredients, such as "Juluca (dolutegravir + rilpivirine)". */
      subject = g_strdup_printf (_("%s (%s)"), name, ingredients);
    }
  else
    subject = g_strdup (name);

  if (interaction->product_id != NULL)
    /* Translators: a product with its ingredients, then the ingredient each
     * interaction comes from ("dolutegravir — HIV integrase inhibitors"). */
    opening = g_strdup_printf (_("%s interacts with magnesium through %s."), subject, class_name);
  else
    /* Translators: a medicine, then the class of its interaction. */
    opening = g_strdup_printf (_("%s (%s) interacts with magnesium."), subject, class_name);

  timing = mg_dose_rules_format_spacing (effective_spacing (interaction), interaction->hours_before,
                                         interaction->hours_after, interaction->after_with_food);
  /* Where a combination's hours come from: its own figure, or the
   * strictest of its ingredients'. */
  if (timing != NULL && interaction->product_id != NULL && g_strcmp0 (effective_spacing (interaction), "hours") == 0 &&
      interaction->ingredient_names != NULL && interaction->ingredient_names[0] != NULL &&
      interaction->ingredient_names[1] != NULL)
    {
      char *with_origin = g_strconcat (timing, " ",
                                       interaction->hours_from_product
                                         ? _("This is the product’s own figure.")
                                         : _("This is the strictest figure of its ingredients."),
                                       NULL);

      g_free (timing);
      timing = with_origin;
    }

  {
    GString *message = g_string_new (opening);

    if (timing != NULL)
      g_string_append_printf (message, " %s", timing);
    if (interaction->management != NULL && *interaction->management != '\0')
      g_string_append_printf (message, " %s", interaction->management);

    return g_string_free (message, FALSE);
  }
}

static void
check_interactions (MgDoseEvaluation       *evaluation,
                    const MgDoseRuleInputs *inputs)
{
  for (guint i = 0; i < inputs->n_interactions; i++)
    {
      const MgDoseRuleInteraction *interaction = &inputs->interactions[i];
      MgDoseWarningData data = MG_DOSE_WARNING_DATA_INIT;
      g_autofree char *message = interaction_message (interaction);

      data.subject = interaction->medicine_id;
      data.hours_before = g_strcmp0 (effective_spacing (interaction), "hours") == 0 ? interaction->hours_before : -1.0;
      data.hours_after = g_strcmp0 (effective_spacing (interaction), "hours") == 0 ? interaction->hours_after : -1.0;
      data.sources = interaction->sources;
      data.product = interaction->product_id;
      data.ingredients = interaction->ingredients;
      add_warning (evaluation, MG_DOSE_WARNING_INTERACTION, message, &data);
    }
}

static void
check_split (MgDoseEvaluation       *evaluation,
             const MgDoseRuleInputs *inputs)
{
  if (inputs->split_threshold_mg < 0.0)
    return;

  for (guint i = 0; i < inputs->n_products; i++)
    {
      const MgDoseRuleProduct *product = &inputs->products[i];
      const MgProductFigures *figures = mg_dose_evaluation_get_product (evaluation, i);
      MgDoseWarningData data = MG_DOSE_WARNING_DATA_INIT;
      g_autofree char *per_intake = NULL;
      g_autofree char *threshold = NULL;
      g_autofree char *message = NULL;

      if (figures->elemental_mg_per_intake <= inputs->split_threshold_mg)
        continue;

      per_intake = mg_number_format (figures->elemental_mg_per_intake, 1);
      threshold = mg_number_format (inputs->split_threshold_mg, 0);
      data.subject = product->compound_id;
      data.threshold_mg = inputs->split_threshold_mg;
      data.sources = inputs->split_sources;
      /* Translators: product name, mg in one intake, the threshold in mg. */
      message = g_strdup_printf (_("%s: one intake gives %s mg of magnesium, more than %s mg. Split it into smaller portions over the day."),
                                 product->title != NULL ? product->title : product->compound_id,
                                 per_intake, threshold);
      /* The reason and its figures come from the knowledge base, with the
       * threshold, so that the two can never disagree. */
      if (inputs->split_text != NULL && *inputs->split_text != '\0')
        {
          char *with_reason = g_strconcat (message, " ", inputs->split_text, NULL);

          g_free (message);
          message = with_reason;
        }
      add_warning (evaluation, MG_DOSE_WARNING_SPLIT_DOSE, message, &data);
    }
}

/* No recommended amount is an answer only with its reason. */
static void
check_reference (MgDoseEvaluation       *evaluation,
                 const MgDoseRuleInputs *inputs)
{
  MgDoseWarningData data = MG_DOSE_WARNING_DATA_INIT;

  if (inputs->reference_mg >= 0.0 || inputs->reference_reason == NULL)
    return;

  data.sources = inputs->reference_sources;
  add_warning (evaluation, MG_DOSE_WARNING_NO_REFERENCE_INTAKE, inputs->reference_reason, &data);
}

/**
 * mg_dose_rules_evaluate:
 * @inputs: everything already looked up
 *
 * Returns: (transfer full): the evaluation; warnings come most serious
 *   first: the limit, kidneys, interactions, then splitting.
 */
MgDoseEvaluation *
mg_dose_rules_evaluate (const MgDoseRuleInputs *inputs)
{
  MgDoseEvaluation *evaluation;

  g_return_val_if_fail (inputs != NULL, NULL);
  g_return_val_if_fail (inputs->n_products == 0 || inputs->products != NULL, NULL);
  g_return_val_if_fail (inputs->n_interactions == 0 || inputs->interactions != NULL, NULL);

  evaluation = mg_dose_evaluation_new ();

  for (guint i = 0; i < inputs->n_products; i++)
    {
      MgProductFigures figures = mg_dose_rules_product_figures (&inputs->products[i]);

      mg_dose_evaluation_add_product (evaluation, &figures);
    }

  mg_dose_evaluation_set_food_mg (evaluation, inputs->food_mg);
  mg_dose_evaluation_set_reference (evaluation, inputs->reference_mg,
                                    inputs->reference_kind, inputs->reference_sources);
  mg_dose_evaluation_set_limit (evaluation, inputs->limit_mg, inputs->limit_sources);

  check_limit (evaluation, inputs);
  check_renal (evaluation, inputs);
  check_interactions (evaluation, inputs);
  check_split (evaluation, inputs);
  check_reference (evaluation, inputs);

  return evaluation;
}

/**
 * mg_dose_rules_units_for_target:
 * @target_mg: elemental magnesium wanted per day
 * @mg_per_unit: elemental magnesium in one tablet, sachet…
 * @allow_half: whether the unit can be halved (scored tablets)
 * @out_units: (out): units per day, rounded down to whole or half units
 * @out_mg: (out): what those units give
 *
 * Rounds down so the result never exceeds the target: overshooting a
 * target set just under a limit would defeat its purpose.
 *
 * Returns: %FALSE when even the smallest portion gives more than the target
 */
gboolean
mg_dose_rules_units_for_target (double    target_mg,
                                double    mg_per_unit,
                                gboolean  allow_half,
                                double   *out_units,
                                double   *out_mg)
{
  double step = allow_half ? 0.5 : 1.0;
  double steps;

  g_return_val_if_fail (target_mg > 0.0 && isfinite (target_mg), FALSE);
  g_return_val_if_fail (mg_per_unit > 0.0 && isfinite (mg_per_unit), FALSE);
  g_return_val_if_fail (out_units != NULL, FALSE);
  g_return_val_if_fail (out_mg != NULL, FALSE);

  /* The tiny allowance keeps 250 / 125 from flooring to 1.999… */
  steps = floor (target_mg / (mg_per_unit * step) + 1e-9);

  *out_units = steps * step;
  *out_mg = *out_units * mg_per_unit;

  return steps >= 1.0;
}
