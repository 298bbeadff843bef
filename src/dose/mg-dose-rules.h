/* mg-dose-rules.h — the dosing rules on plain values, no knowledge base
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mg-dose-engine.c looks the values up in MgKb and calls these; tests call
 * them directly with the numbers of each rule's edge cases.
 */
#pragma once

#include "mg-dose-evaluation.h"
#include "mg-units.h"

G_BEGIN_DECLS

/* The knowledge base's dosing advice for splitting the dose: its amount
 * per intake (strictly more warns, like the upper limit), its reason and its
 * sources (resources/kb/magnesium.kb.xml.in, <dosing-advice>). */
#define MG_DOSE_SPLIT_ADVICE_ID    "split-dose"
/* The knowledge base's caution that the renal_impairment warning cites. */
#define MG_DOSE_RENAL_CAUTION_ID   "severe-renal-impairment"

/* The EU (SCF 2001) sets no upper limit below this age. */
#define MG_DOSE_EU_LIMIT_FROM_MONTHS 48

typedef struct
{
  const char   *title;               /* for messages: the compound's name */
  const char   *compound_id;
  double        elemental_fraction;  /* 1.0 when the label states elemental Mg */
  double        amount;              /* per unit (tablet, sachet, ml…) */
  MgAmountUnit  unit;
  double        units_per_intake;
  guint         intakes_per_day;
} MgDoseRuleProduct;

typedef struct
{
  const char         *medicine_id;     /* the medicine's, or the product's id */
  const char         *medicine_name;   /* as the person knows it */
  const char         *class_name;      /* for a product: "ingredient — class; …" */
  const char         *management;      /* may be NULL */
  double              hours_before;    /* negative: none given */
  double              hours_after;
  const char * const *sources;
  /* How far apart: "hours", "not-given" (no source gives hours),
   * "ineffective" (keeping them apart does not help) or NULL (the
   * interaction is not about spacing). */
  const char         *spacing;
  gboolean            after_with_food; /* hours_after holds only with food */
  /* A product: its id, the ingredients that bring the interactions, all
   * its ingredients by name, and whether the hours are its own figure
   * rather than the strictest of its ingredients'. */
  const char         *product_id;
  const char * const *ingredients;       /* medicine ids */
  const char * const *ingredient_names;  /* every ingredient */
  gboolean            hours_from_product;
} MgDoseRuleInteraction;

typedef struct
{
  guint                        age_months;
  const char                  *limit_set_id;
  const MgDoseRuleProduct     *products;
  guint                        n_products;
  double                       food_mg;
  double                       reference_mg;        /* negative: none */
  const char                  *reference_kind;
  const char * const          *reference_sources;
  double                       limit_mg;            /* negative: none for this age */
  const char * const          *limit_sources;
  gboolean                     renal_impairment;
  const char * const          *renal_sources;
  const MgDoseRuleInteraction *interactions;
  guint                        n_interactions;
  double                       split_threshold_mg;  /* negative: do not check */
  /* Why there is no recommended amount (reference_mg negative): the set's
   * own note, or that it covers nothing for this person; never silent. */
  const char                  *reference_reason;
  const char                  *split_text;          /* the advice's reason; may be NULL */
  const char * const          *split_sources;
} MgDoseRuleInputs;

MgProductFigures  mg_dose_rules_product_figures  (const MgDoseRuleProduct *product);
/**
 * mg_dose_rules_evaluate:
 *
 * Returns: (transfer full): the evaluation; warnings come most serious first
 */
MgDoseEvaluation *mg_dose_rules_evaluate         (const MgDoseRuleInputs  *inputs);
/**
 * mg_dose_rules_format_separation:
 *
 * Returns: (transfer full) (nullable): a sentence, or %NULL when neither is given
 */
char             *mg_dose_rules_format_separation (double             hours_before,
                                                  double             hours_after);
char             *mg_dose_rules_format_spacing    (const char        *spacing,
                                                  double             hours_before,
                                                  double             hours_after,
                                                  gboolean           after_with_food);
gboolean          mg_dose_rules_units_for_target (double                   target_mg,
                                                  double                   mg_per_unit,
                                                  gboolean                 allow_half,
                                                  double                  *out_units,
                                                  double                  *out_mg);

G_END_DECLS
