/* mg-kbc-check-doses.c — generic salt names and studied doses
 *
 * "Magnesium sulfate" once meant the anhydrous salt, twice the magnesium of
 * the heptahydrate that every infusion uses; a migraine dose once read three
 * times the amount studied. Here every salt with more than one form in the
 * knowledge base needs a generic name that lists them all, and every
 * studied dose gives its amount as numbers that the compiler turns into a
 * daily amount of magnesium and holds against the upper limit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "mg-formula.h"
#include "mg-kbc-model.h"

/* "360 mg", "4 g", "10-20 mmol", "65 mg/kg" */
#define AMOUNT_PATTERN "\\b\\d+(?:[.,]\\d+)?(?:\\s*(?:-|–|to)\\s*\\d+(?:[.,]\\d+)?)?\\s*(?:mg|g|mmol|mEq)\\b"

/* "Above" is strictly greater, as in the dosing rules. */
#define LIMIT_EPSILON_MG 1e-6

static gboolean
lists (const char *list,
       const char *id)
{
  g_auto(GStrv) ids = g_strsplit_set (list != NULL ? list : "", " \t\r\n", -1);

  return g_strv_contains ((const char * const *) ids, id);
}

void
mg_kbc_check_generic_names (MgKbc *self)
{
  xmlNode *root = xmlDocGetRootElement (self->doc);
  xmlNode *compounds = mg_kbc_first_child (root, "compounds");
  xmlNode *generics = mg_kbc_first_child (root, "generic-names");
  g_autoptr(GHashTable) families = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  MG_KBC_FOREACH_ELEMENT (generics, generic)
    {
      g_autofree char *forms = mg_kbc_attr (generic, "forms");
      g_autofree char *resolves_to = mg_kbc_attr (generic, "resolves-to");

      if (resolves_to != NULL && !lists (forms, resolves_to))
        mg_kbc_error (self, generic, "resolves-to", 0,
                      "resolves-to=\"%s\" is not one of the forms of this name", resolves_to);
    }

  /* Group the compounds by their salt without water of crystallisation. */
  MG_KBC_FOREACH_ELEMENT (compounds, compound)
    {
      g_autofree char *formula_text = mg_kbc_attr (compound, "formula");
      g_autoptr(MgFormula) formula = NULL;
      GPtrArray *members;
      char *family;

      if (formula_text == NULL || !mg_formula_parse (formula_text, &formula, NULL))
        continue;   /* reported by the compound checks */

      family = mg_formula_dup_anhydrous_hill (formula);
      members = g_hash_table_lookup (families, family);
      if (members == NULL)
        {
          members = g_ptr_array_new ();
          g_hash_table_insert (families, family, members);
        }
      else
        g_free (family);
      g_ptr_array_add (members, compound);
    }

  g_hash_table_iter_init (&iter, families);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *members = value;
      gboolean covered = FALSE;

      if (members->len < 2)
        continue;

      MG_KBC_FOREACH_ELEMENT (generics, generic)
        {
          g_autofree char *forms = mg_kbc_attr (generic, "forms");
          gboolean all = TRUE;

          for (guint i = 0; i < members->len && all; i++)
            {
              g_autofree char *id = mg_kbc_attr (g_ptr_array_index (members, i), "id");

              all = id != NULL && lists (forms, id);
            }
          covered |= all;
        }

      if (!covered)
        {
          xmlNode *second = g_ptr_array_index (members, 1);
          g_autofree char *first_id = mg_kbc_attr (g_ptr_array_index (members, 0), "id");
          g_autofree char *second_id = mg_kbc_attr (second, "id");

          mg_kbc_error (self, second, "id", 0,
                        "“%s” and “%s” are forms of the same salt (%s): add a <generic-name> whose "
                        "forms=\"…\" lists every form, so that the salt's plain name never picks one silently",
                        first_id, second_id, (const char *) key);
        }
    }
}

static void
check_dose (MgKbc   *self,
            GRegex  *amounts,
            xmlNode *dose)
{
  g_autofree char *problem = NULL;
  g_autofree char *text = mg_kbc_text (dose);
  g_autofree char *supervised = mg_kbc_attr (dose, "supervised");
  g_autofree char *unit = NULL;
  g_autofree char *per = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  MgKbcDose computed;

  /* Amounts in the text are neither computed nor checked, and can
   * contradict the attributes: "360 mg three times a day". */
  if (g_regex_match (amounts, text, 0, &match))
    {
      g_autofree char *found = g_match_info_fetch (match, 0);

      mg_kbc_error (self, dose, NULL, 0,
                    "the dose text states an amount (“%s”): give it as amount (or min and max), unit, "
                    "basis and per, so that the daily amount is computed and checked", found);
    }

  if (!mg_kbc_dose_compute (self, dose, &computed, &problem))
    {
      mg_kbc_error (self, dose, NULL, 0, "%s", problem);
      return;
    }

  if (!computed.has_amount || !mg_kbc_dose_is_oral (dose))
    return;

  unit = mg_kbc_attr (dose, "unit");
  per = mg_kbc_attr (dose, "per");
  if (isnan (computed.daily_mg_max))
    {
      if (g_strcmp0 (unit, "mg/kg") == 0)
        mg_kbc_error (self, dose, "unit", 0, "an oral dose per kilogram has no daily amount to hold against the upper limit");
      else if (g_strcmp0 (per, "intake") == 0)
        mg_kbc_error (self, dose, "per", 0, "an oral dose per intake needs intakes-per-day to give a daily amount");
      else
        mg_kbc_error (self, dose, "per", 0, "an oral dose needs an amount per day, per hour or per intake");
      return;
    }

  if (isnan (computed.limit_mg))
    {
      mg_kbc_error (self, dose, "population", 0,
                    "the default limit set has no upper limit for this population to hold the dose against");
      return;
    }

  if (computed.daily_mg_max > computed.limit_mg + LIMIT_EPSILON_MG && g_strcmp0 (supervised, "true") != 0)
    mg_kbc_error (self, dose, NULL, 0,
                  "this oral dose gives up to %.0f mg of magnesium a day, above the upper limit of %g mg "
                  "(limit set “%s”); such a dose is only acceptable when the source studied it under "
                  "medical supervision: say so with supervised=\"true\"",
                  computed.daily_mg_max, computed.limit_mg, self->default_limits);
}

void
mg_kbc_check_doses (MgKbc *self)
{
  xmlNode *conditions = mg_kbc_first_child (xmlDocGetRootElement (self->doc), "conditions");
  g_autoptr(GRegex) amounts = g_regex_new (AMOUNT_PATTERN, 0, 0, NULL);

  MG_KBC_FOREACH_ELEMENT (conditions, condition)
    MG_KBC_FOREACH_ELEMENT (condition, dose)
      {
        g_autofree char *lang = NULL;

        if (!mg_kbc_is (dose, "dose"))
          continue;
        lang = mg_kbc_lang (dose);
        if (lang == NULL)
          check_dose (self, amounts, dose);
      }
}
