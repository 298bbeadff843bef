/* mg-kbc-model.c — separations, products, compound references and doses,
 * computed once for the checks and the writer alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "mg-enum.h"
#include "mg-formula.h"
#include "mg-kbc-model.h"
#include "mg-units.h"

/* Hours are given to the half hour at most; anything closer is equal. */
#define HOURS_EPSILON 1e-6

/* NULL for NONE: a row without a separation says nothing about spacing. */
const char *
mg_kbc_spacing_to_string (MgKbcSpacing spacing)
{
  return spacing == MG_KBC_SPACING_NONE ? NULL : mg_enum_to_nick (MG_TYPE_KBC_SPACING, spacing);
}

void
mg_kbc_separation_read (xmlNode         *separation,
                        MgKbcSeparation *out)
{
  g_autofree char *spacing = mg_kbc_attr (separation, "spacing");
  g_autofree char *condition = mg_kbc_attr (separation, "after-condition");
  double before = NAN, after = NAN;
  int value;

  *out = (MgKbcSeparation) MG_KBC_SEPARATION_INIT;
  out->node = separation;

  /* The schema allows spacing="not-given" or "ineffective"; no attribute
   * means hours. */
  if (mg_enum_from_nick (MG_TYPE_KBC_SPACING, spacing, &value) &&
      (value == MG_KBC_SPACING_NOT_GIVEN || value == MG_KBC_SPACING_INEFFECTIVE))
    out->spacing = value;
  else
    {
      g_autofree char *before_text = mg_kbc_attr (separation, "hours-before");
      g_autofree char *after_text = mg_kbc_attr (separation, "hours-after");

      out->spacing = MG_KBC_SPACING_HOURS;
      if (before_text != NULL && mg_kbc_parse_number (before_text, &before))
        out->hours_before = before;
      if (after_text != NULL && mg_kbc_parse_number (after_text, &after))
        out->hours_after = after;
      out->after_with_food = g_strcmp0 (condition, "with-food") == 0;
    }
}

/* A <separation medicine="id"> replaces the interaction-wide one as a whole;
 * FALSE when the interaction has neither. */
gboolean
mg_kbc_interaction_separation (xmlNode         *interaction,
                               const char      *medicine_id,
                               MgKbcSeparation *out)
{
  xmlNode *general = NULL;
  xmlNode *own = NULL;

  MG_KBC_FOREACH_ELEMENT (interaction, child)
    {
      g_autofree char *medicine = NULL;

      if (!mg_kbc_is (child, "separation"))
        continue;

      medicine = mg_kbc_attr (child, "medicine");
      if (medicine == NULL && general == NULL)
        general = child;
      else if (medicine != NULL && medicine_id != NULL && strcmp (medicine, medicine_id) == 0)
        own = child;
    }

  if (own == NULL && general == NULL)
    {
      *out = (MgKbcSeparation) MG_KBC_SEPARATION_INIT;
      return FALSE;
    }

  mg_kbc_separation_read (own != NULL ? own : general, out);
  return TRUE;
}

/* The strictest of two: spacing that does not help beats any hours; hours
 * beat none given (the ingredient without hours still shows its own row);
 * the longer interval on each side wins, and an interval without a
 * condition beats the same one that holds only with food. */
void
mg_kbc_separation_combine (MgKbcSeparation       *strictest,
                           const MgKbcSeparation *other)
{
  if (other->spacing == MG_KBC_SPACING_NONE || strictest->spacing == MG_KBC_SPACING_INEFFECTIVE)
    return;

  if (other->spacing == MG_KBC_SPACING_INEFFECTIVE ||
      strictest->spacing == MG_KBC_SPACING_NONE ||
      (strictest->spacing == MG_KBC_SPACING_NOT_GIVEN && other->spacing == MG_KBC_SPACING_HOURS))
    {
      *strictest = *other;
      return;
    }

  if (other->spacing != MG_KBC_SPACING_HOURS)
    return;

  strictest->hours_before = MAX (strictest->hours_before, other->hours_before);
  if (other->hours_after > strictest->hours_after + HOURS_EPSILON)
    {
      strictest->hours_after = other->hours_after;
      strictest->after_with_food = other->after_with_food;
    }
  else if (fabs (other->hours_after - strictest->hours_after) <= HOURS_EPSILON)
    strictest->after_with_food = strictest->after_with_food && other->after_with_food;
}

/* Does @separation ask less than @than anywhere? */
gboolean
mg_kbc_separation_is_looser (const MgKbcSeparation *separation,
                             const MgKbcSeparation *than)
{
  if (than->spacing == MG_KBC_SPACING_INEFFECTIVE)
    return separation->spacing != MG_KBC_SPACING_INEFFECTIVE;
  if (than->spacing != MG_KBC_SPACING_HOURS || separation->spacing == MG_KBC_SPACING_INEFFECTIVE)
    return FALSE;
  if (separation->spacing != MG_KBC_SPACING_HOURS)
    return TRUE;

  return separation->hours_before < than->hours_before - HOURS_EPSILON ||
         separation->hours_after < than->hours_after - HOURS_EPSILON ||
         (separation->after_with_food && !than->after_with_food);
}

static void
product_interaction_free (gpointer data)
{
  MgKbcProductInteraction *row = data;

  g_free (row->ingredient);
  g_free (row);
}

static gboolean
lists_medicine (xmlNode    *interaction,
                const char *medicine_id)
{
  g_autofree char *medicines = mg_kbc_attr (interaction, "medicines");
  g_auto(GStrv) ids = g_strsplit_set (medicines != NULL ? medicines : "", " \t\r\n", -1);

  return g_strv_contains ((const char * const *) ids, medicine_id);
}

GPtrArray *
mg_kbc_product_interactions (MgKbc           *self,
                             xmlNode         *product,
                             MgKbcSeparation *overall,
                             gboolean        *has_own)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (product_interaction_free);
  xmlNode *interactions = mg_kbc_first_child (xmlDocGetRootElement (self->doc), "interactions");
  xmlNode *own_node = mg_kbc_first_child (product, "separation");
  g_autofree char *ingredients = mg_kbc_attr (product, "ingredients");
  g_auto(GStrv) ids = g_strsplit_set (ingredients != NULL ? ingredients : "", " \t\r\n", -1);
  MgKbcSeparation own = MG_KBC_SEPARATION_INIT;

  *overall = (MgKbcSeparation) MG_KBC_SEPARATION_INIT;
  *has_own = own_node != NULL;
  if (own_node != NULL)
    mg_kbc_separation_read (own_node, &own);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (*ids[i] == '\0')
        continue;

      MG_KBC_FOREACH_ELEMENT (interactions, interaction)
        {
          MgKbcProductInteraction *row;

          if (!mg_kbc_is (interaction, "interaction") || !lists_medicine (interaction, ids[i]))
            continue;

          row = g_new0 (MgKbcProductInteraction, 1);
          row->ingredient = g_strdup (ids[i]);
          row->interaction = interaction;
          mg_kbc_interaction_separation (interaction, ids[i], &row->separation);
          mg_kbc_separation_combine (overall, &row->separation);

          /* The product's own figure replaces every spacing its ingredients
           * ask for; interactions without spacing keep none. */
          if (own_node != NULL && row->separation.spacing != MG_KBC_SPACING_NONE)
            {
              row->separation = own;
              row->from_product = TRUE;
            }
          g_ptr_array_add (rows, row);
        }
    }

  if (own_node != NULL)
    *overall = own;

  return rows;
}

static double
compound_fraction (MgKbc      *self,
                   const char *compound_id)
{
  xmlNode *compound = g_hash_table_lookup (g_hash_table_lookup (self->ids, "compound"), compound_id);
  g_autofree char *formula_text = compound != NULL ? mg_kbc_attr (compound, "formula") : NULL;
  g_autoptr(MgFormula) formula = NULL;

  if (formula_text == NULL || !mg_formula_parse (formula_text, &formula, NULL))
    return NAN;

  return mg_formula_elemental_fraction (formula, "Mg");
}

static void
widen (double  value,
       double *min,
       double *max)
{
  if (isnan (value))
    return;
  *min = isnan (*min) ? value : MIN (*min, value);
  *max = isnan (*max) ? value : MAX (*max, value);
}

gboolean
mg_kbc_fraction_range (MgKbc      *self,
                       const char *reference,
                       double     *min,
                       double     *max)
{
  GHashTable *compounds = g_hash_table_lookup (self->ids, "compound");
  GHashTable *generics = g_hash_table_lookup (self->ids, "generic-name");
  xmlNode *generic = reference != NULL && generics != NULL ? g_hash_table_lookup (generics, reference) : NULL;

  *min = *max = NAN;

  if (reference == NULL)
    {
      GHashTableIter iter;
      gpointer id;

      g_hash_table_iter_init (&iter, compounds);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        widen (compound_fraction (self, id), min, max);
    }
  else if (generic != NULL)
    {
      g_autofree char *resolves_to = mg_kbc_attr (generic, "resolves-to");
      g_autofree char *forms = mg_kbc_attr (generic, "forms");
      g_auto(GStrv) ids = g_strsplit_set (forms != NULL ? forms : "", " \t\r\n", -1);

      if (resolves_to != NULL)
        widen (compound_fraction (self, resolves_to), min, max);
      else
        for (guint i = 0; ids[i] != NULL; i++)
          if (*ids[i] != '\0')
            widen (compound_fraction (self, ids[i]), min, max);
    }
  else
    widen (compound_fraction (self, reference), min, max);

  return !isnan (*min);
}

/* Months a population covers when the dose does not say. */
static void
population_band (const char *population,
                 int        *from,
                 int        *to)
{
  *from = 0;
  *to = G_MAXINT;
  if (g_strcmp0 (population, "children") == 0)
    *to = 216;
  else if (g_strcmp0 (population, "adults") == 0 || g_strcmp0 (population, "women") == 0 ||
           g_strcmp0 (population, "pregnant-women") == 0)
    *from = 216;
}

/* The lowest upper limit of the default limit set over the dose's ages;
 * bands without a limit are skipped (there is nothing to exceed). */
static double
lowest_limit (MgKbc      *self,
              xmlNode    *dose,
              const char *population)
{
  GHashTable *sets = g_hash_table_lookup (self->ids, "limit-set");
  xmlNode *set = sets != NULL && self->default_limits != NULL ? g_hash_table_lookup (sets, self->default_limits) : NULL;
  gboolean pregnant = g_strcmp0 (population, "pregnant-women") == 0;
  double lowest = NAN;
  int from, to;

  population_band (population, &from, &to);
  if (xmlHasProp (dose, (const xmlChar *) "from-months"))
    from = mg_kbc_months_of (dose, "from-months", from);
  if (xmlHasProp (dose, (const xmlChar *) "to-months"))
    to = mg_kbc_months_of (dose, "to-months", to);

  MG_KBC_FOREACH_ELEMENT (set, limit)
    {
      g_autofree char *status = NULL;
      double mg;
      int band_from, band_to;

      if (!mg_kbc_is (limit, "limit"))
        continue;

      status = mg_kbc_attr (limit, "status");
      if (status != NULL && strcmp (status, "any") != 0 && !(pregnant && strcmp (status, "pregnant") == 0))
        continue;

      band_from = mg_kbc_months_of (limit, "from-months", 0);
      band_to = mg_kbc_months_of (limit, "to-months", G_MAXINT);
      if (band_from >= to || band_to <= from)
        continue;

      {
        g_autofree char *text = mg_kbc_attr (limit, "mg");

        if (mg_kbc_parse_number (text, &mg))
          lowest = isnan (lowest) ? mg : MIN (lowest, mg);
      }
    }

  return lowest;
}

/* "any" includes by mouth; a dose without a route has its condition's. */
gboolean
mg_kbc_dose_is_oral (xmlNode *dose)
{
  g_autofree char *route = mg_kbc_attr (dose, "route");

  if (route == NULL)
    route = mg_kbc_attr (dose->parent, "route");

  return g_strcmp0 (route, "parenteral") != 0;
}

static double
per_day_factor (const char *per,
                xmlNode    *dose)
{
  g_autofree char *intakes = mg_kbc_attr (dose, "intakes-per-day");
  double n;

  if (g_strcmp0 (per, "day") == 0)
    return 1.0;
  if (g_strcmp0 (per, "hour") == 0)
    return 24.0;
  if (g_strcmp0 (per, "intake") == 0 && intakes != NULL && mg_kbc_parse_number (intakes, &n))
    return n;

  return NAN;
}

/**
 * mg_kbc_dose_compute:
 * @problem: (out) (nullable): why the amount cannot be read, for a message
 *
 * Returns: %FALSE when the attributes contradict each other
 */
gboolean
mg_kbc_dose_compute (MgKbc      *self,
                     xmlNode    *dose,
                     MgKbcDose  *out,
                     char      **problem)
{
  g_autofree char *amount = mg_kbc_attr (dose, "amount");
  g_autofree char *min_text = mg_kbc_attr (dose, "min");
  g_autofree char *max_text = mg_kbc_attr (dose, "max");
  g_autofree char *unit_text = mg_kbc_attr (dose, "unit");
  g_autofree char *basis = mg_kbc_attr (dose, "basis");
  g_autofree char *compound = mg_kbc_attr (dose, "compound");
  g_autofree char *per = mg_kbc_attr (dose, "per");
  g_autofree char *population = mg_kbc_attr (dose, "population");
  double fraction_min = 1.0, fraction_max = 1.0;
  double factor;
  MgAmountUnit unit;

  *out = (MgKbcDose) { FALSE, NAN, NAN, NAN, NAN, NAN };
  if (problem != NULL)
    *problem = NULL;

#define FAIL(...) G_STMT_START { if (problem != NULL) *problem = g_strdup_printf (__VA_ARGS__); return FALSE; } G_STMT_END

  if (amount == NULL && min_text == NULL)
    {
      if (unit_text != NULL || basis != NULL || per != NULL || compound != NULL)
        FAIL ("a dose with unit, basis, per or compound needs amount=\"…\" or min=\"…\" max=\"…\"");
      return TRUE;
    }

  out->has_amount = TRUE;
  if (amount != NULL)
    {
      if (!mg_kbc_parse_number (amount, &out->min))
        FAIL ("amount=\"%s\" is not a number", amount);
      out->max = out->min;
    }
  else if (!mg_kbc_parse_number (min_text, &out->min) || !mg_kbc_parse_number (max_text, &out->max) ||
           out->min > out->max)
    FAIL ("min and max must be numbers with min ≤ max");

  if (unit_text == NULL || basis == NULL || per == NULL)
    FAIL ("a dose with an amount needs unit=\"…\", basis=\"elemental|compound\" and per=\"…\"");

  if (compound != NULL && !mg_kbc_fraction_range (self, compound, &fraction_min, &fraction_max))
    FAIL ("compound=\"%s\" is not a compound or generic name", compound);

  /* The upper limit concerns magnesium by mouth (supplements, antacids). */
  if (mg_kbc_dose_is_oral (dose))
    out->limit_mg = lowest_limit (self, dose, population);

  /* An amount per kilogram has no daily total without a weight. */
  if (strcmp (unit_text, "mg/kg") == 0)
    return TRUE;

  if (!mg_amount_unit_from_string (unit_text, &unit))
    FAIL ("unknown unit “%s”", unit_text);

  if (strcmp (basis, "compound") == 0)
    {
      if (!mg_amount_unit_is_mass (unit))
        FAIL ("mmol and mEq count magnesium itself: use basis=\"elemental\"");
      /* An unnamed salt: anything from the poorest to the richest. */
      if (compound == NULL)
        mg_kbc_fraction_range (self, NULL, &fraction_min, &fraction_max);
    }
  else
    fraction_min = fraction_max = 1.0;

  factor = per_day_factor (per, dose);
  out->daily_mg_min = mg_units_elemental_mg (out->min, unit, fraction_min) * factor;
  out->daily_mg_max = mg_units_elemental_mg (out->max, unit, fraction_max) * factor;

#undef FAIL
  return TRUE;
}
