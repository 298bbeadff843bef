/* mg-kbc-write.c — one function per record section of the format, rows
 * in source order (owner keys: docs/kb-format.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "mg-formula.h"
#include "mg-kbc-model.h"
#include "mg-kbc-sql.h"
#include "mg-units.h"

static void
write_compound_children (MgKbcWriter  *w,
                         const char *owner,
                         const char *id,
                         xmlNode    *compound)
{
  static const struct { const char *element; const char *topic; } notes[] = {
    { "solubility", "solubility" },
    { "absorption", "absorption" },
    { "laxative-note", "laxative" },
    { "note", "note" },
  };
  guint counts[G_N_ELEMENTS (notes)] = { 0 };
  guint fractions = 0;
  guint note_ord = 0;

  MG_KBC_FOREACH_ELEMENT (compound, child)
    {
      g_autofree char *child_owner = NULL;

      if (!mg_kbc_is_english (child))
        continue;

      if (mg_kbc_is (child, "published-fraction"))
        {
          g_autofree char *basis = mg_kbc_attr (child, "basis");

          child_owner = g_strdup_printf ("%s/published-fraction/%u", owner, fractions++);
          mg_kbc_sql_insert (w, "INSERT INTO published_fraction VALUES (?, ?, ?, ?, ?, ?)", "ttdddt",
                            child_owner, id, mg_kbc_number (child, "value"), mg_kbc_number (child, "min"),
                            mg_kbc_number (child, "max"), basis);
          mg_kbc_write_citations (w, child_owner, child);
        }
      else if (mg_kbc_is (child, "use"))
        {
          g_autofree char *use = mg_kbc_attr (child, "kind");

          mg_kbc_sql_insert (w, "INSERT INTO compound_use VALUES (?, ?)", "tt", id, use);
        }

      for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
        {
          if (!mg_kbc_is (child, notes[i].element))
            continue;

          child_owner = g_strdup_printf ("%s/%s/%u", owner, notes[i].element, counts[i]++);
          mg_kbc_sql_insert (w, "INSERT INTO compound_note VALUES (?, ?, ?, ?)", "ttti",
                            child_owner, id, notes[i].topic, (gint64) note_ord++);
          mg_kbc_write_citations (w, child_owner, child);

          if (mg_kbc_first_child (child, "text") != NULL)
            mg_kbc_write_own_text (w, child_owner, child, "text", TRUE);
          else
            mg_kbc_write_text (w, child_owner, child, TRUE);

          if (!mg_kbc_is (child, "note"))
            mg_kbc_write_disagreements (w, child_owner, child, id, &note_ord);
        }
    }

  mg_kbc_write_disagreements (w, owner, compound, id, &note_ord);
}

void
mg_kbc_write_compounds (MgKbcWriter  *w,
                 xmlNode    *section)
{
  gint64 ord = 0;

  MG_KBC_FOREACH_ELEMENT (section, compound)
    {
      g_autofree char *id = mg_kbc_attr (compound, "id");
      g_autofree char *formula_text = mg_kbc_attr (compound, "formula");
      g_autofree char *kind = mg_kbc_attr (compound, "kind");
      g_autofree char *laxative = mg_kbc_attr (compound, "laxative");
      g_autofree char *owner = g_strdup_printf ("compound:%s", id);
      g_autoptr(MgFormula) formula = NULL;
      double solubility = NAN;

      /* Checked before writing; a failure here would be a compiler bug. */
      if (!mg_formula_parse (formula_text, &formula, NULL))
        g_error ("formula %s of %s was checked but does not parse", formula_text, id);

      MG_KBC_FOREACH_ELEMENT (compound, child)
        if (mg_kbc_is (child, "solubility") && isnan (solubility))
          solubility = mg_kbc_number (child, "g-per-100ml");

      mg_kbc_sql_insert (w, "INSERT INTO compound VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", "titttddid",
                        id, ord++, formula_text, kind, laxative,
                        mg_formula_get_molar_mass (formula),
                        mg_formula_elemental_fraction (formula, "Mg"),
                        (gint64) mg_formula_get_mg_atoms (formula), solubility);

      mg_kbc_search_begin (w, "compound", id, mg_kbc_first_child (compound, "name"));
      mg_kbc_write_citations (w, owner, compound);
      MG_KBC_FOREACH_ELEMENT (compound, child)
        if ((mg_kbc_is (child, "name") || mg_kbc_is (child, "synonyms")) && mg_kbc_is_english (child))
          mg_kbc_write_names (w, "compound", id, child);
      write_compound_children (w, owner, id, compound);
      mg_kbc_search_end (w);
    }
}

/* A medicine's brands are the names of the products made of it alone;
 * a combination product is never a brand of one of its ingredients. */
static char *
single_ingredient_brands (MgKbcWriter *w,
                          const char  *medicine_id)
{
  xmlNode *products = mg_kbc_first_child (xmlDocGetRootElement (w->compiler->doc), "products");
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  MG_KBC_FOREACH_ELEMENT (products, product)
    {
      g_autofree char *ingredients = mg_kbc_attr (product, "ingredients");
      g_auto(GStrv) ids = g_strsplit_set (ingredients != NULL ? ingredients : "", " \t\r\n", -1);
      xmlNode *name = mg_kbc_first_child (product, "name");

      if (g_strv_length (ids) == 1 && g_strcmp0 (ids[0], medicine_id) == 0 && name != NULL)
        g_ptr_array_add (names, mg_kbc_text (name));
    }

  if (names->len == 0)
    return NULL;

  g_ptr_array_add (names, NULL);
  return g_strjoinv ("; ", (char **) names->pdata);
}

void
mg_kbc_write_medicines (MgKbcWriter  *w,
                 xmlNode    *section)
{
  gint64 ord = 0;

  MG_KBC_FOREACH_ELEMENT (section, medicine)
    {
      g_autofree char *id = mg_kbc_attr (medicine, "id");
      g_autofree char *owner = g_strdup_printf ("medicine:%s", id);
      g_autofree char *brands_text = single_ingredient_brands (w, id);

      mg_kbc_sql_insert (w, "INSERT INTO medicine VALUES (?, ?, ?)", "tit", id, ord++, brands_text);

      mg_kbc_search_begin (w, "medicine", id, mg_kbc_first_child (medicine, "name"));
      mg_kbc_write_citations (w, owner, medicine);
      MG_KBC_FOREACH_ELEMENT (medicine, child)
        if ((mg_kbc_is (child, "name") || mg_kbc_is (child, "synonyms")) && mg_kbc_is_english (child))
          mg_kbc_write_names (w, "medicine", id, child);
      if (brands_text != NULL)
        mg_kbc_write_brands (w, "medicine", id, brands_text);
      mg_kbc_write_disagreements (w, owner, medicine, NULL, NULL);
      mg_kbc_search_end (w);
    }
}

/* The owner key whose citations back @separation's hours: separations are
 * numbered in document order, as the citation loop below writes them. */
static char *
separation_owner (const char *owner,
                  xmlNode    *interaction,
                  xmlNode    *separation)
{
  guint n = 0;

  if (separation == NULL)
    return NULL;

  MG_KBC_FOREACH_ELEMENT (interaction, child)
    {
      if (!mg_kbc_is_english (child) || !mg_kbc_is (child, "separation"))
        continue;
      if (child == separation)
        return g_strdup_printf ("%s/separation/%u", owner, n);
      n++;
    }

  return NULL;
}

void
mg_kbc_write_interactions (MgKbcWriter  *w,
                    xmlNode    *section)
{
  gint64 ord = 0;

  MG_KBC_FOREACH_ELEMENT (section, interaction)
    {
      g_autofree char *id = mg_kbc_attr (interaction, "id");
      g_autofree char *direction = mg_kbc_attr (interaction, "direction");
      g_autofree char *severity = mg_kbc_attr (interaction, "severity");
      g_autofree char *evidence = mg_kbc_attr (interaction, "evidence");
      g_autofree char *route = mg_kbc_attr (interaction, "route");
      g_autofree char *medicines = mg_kbc_attr (interaction, "medicines");
      g_autofree char *owner = g_strdup_printf ("interaction:%s", id);
      g_auto(GStrv) medicine_ids = g_strsplit_set (medicines != NULL ? medicines : "", " \t\r\n", -1);
      MgKbcSeparation general;
      g_autofree char *general_owner = NULL;
      guint n = 0;

      if (mg_kbc_interaction_separation (interaction, NULL, &general))
        general_owner = separation_owner (owner, interaction, general.node);
      mg_kbc_sql_insert (w, "INSERT INTO interaction VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "tittttddttt",
                        id, ord++, direction, severity, evidence, route,
                        general.hours_before >= 0.0 ? general.hours_before : NAN,
                        general.hours_after >= 0.0 ? general.hours_after : NAN,
                        mg_kbc_spacing_to_string (general.spacing),
                        general.after_with_food ? "with-food" : NULL,
                        general_owner);

      /* An override replaces the interaction-wide separation as a whole. */
      for (guint i = 0; medicine_ids[i] != NULL; i++)
        {
          MgKbcSeparation chosen;
          g_autofree char *chosen_owner = NULL;

          if (*medicine_ids[i] == '\0')
            continue;

          if (mg_kbc_interaction_separation (interaction, medicine_ids[i], &chosen))
            chosen_owner = separation_owner (owner, interaction, chosen.node);
          mg_kbc_sql_insert (w, "INSERT INTO interaction_medicine VALUES (?, ?, ?, ?, ?, ?, ?)", "ttddttt",
                            id, medicine_ids[i],
                            chosen.hours_before >= 0.0 ? chosen.hours_before : NAN,
                            chosen.hours_after >= 0.0 ? chosen.hours_after : NAN,
                            mg_kbc_spacing_to_string (chosen.spacing),
                            chosen.after_with_food ? "with-food" : NULL,
                            chosen_owner);
        }

      mg_kbc_search_begin (w, "interaction", id, mg_kbc_first_child (interaction, "class"));
      mg_kbc_write_citations (w, owner, interaction);
      MG_KBC_FOREACH_ELEMENT (interaction, child)
        {
          if (!mg_kbc_is_english (child))
            continue;

          if (mg_kbc_is (child, "class") || mg_kbc_is (child, "synonyms"))
            mg_kbc_write_names (w, "interaction", id, child);
          else if (mg_kbc_is (child, "mechanism") || mg_kbc_is (child, "management"))
            mg_kbc_write_text (w, owner, child, TRUE);
          else if (mg_kbc_is (child, "separation"))
            {
              g_autofree char *separation_owner = g_strdup_printf ("%s/separation/%u", owner, n++);

              mg_kbc_write_citations (w, separation_owner, child);
            }
        }
      mg_kbc_write_disagreements (w, owner, interaction, NULL, NULL);
      mg_kbc_search_end (w);
    }
}

/* caution, lab-interference and fact: title + text, a few attributes. */
void
mg_kbc_write_titled (MgKbcWriter  *w,
              xmlNode    *section,
              const char *kind)
{
  gint64 ord = 0;

  MG_KBC_FOREACH_ELEMENT (section, record)
    {
      g_autofree char *id = mg_kbc_attr (record, "id");
      g_autofree char *owner = g_strdup_printf ("%s:%s", kind, id);

      if (strcmp (kind, "caution") == 0)
        {
          g_autofree char *level = mg_kbc_attr (record, "level");
          g_autofree char *route = mg_kbc_attr (record, "route");

          mg_kbc_sql_insert (w, "INSERT INTO caution VALUES (?, ?, ?, ?)", "titt", id, ord++, level, route);
        }
      else if (strcmp (kind, "fact") == 0)
        {
          g_autofree char *topic = mg_kbc_attr (record, "topic");

          mg_kbc_sql_insert (w, "INSERT INTO fact VALUES (?, ?, ?)", "tit", id, ord++, topic);
        }
      else
        {
          mg_kbc_sql_insert (w, "INSERT INTO lab_interference VALUES (?, ?)", "ti", id, ord++);
        }

      mg_kbc_search_begin (w, kind, id, mg_kbc_first_child (record, "title"));
      mg_kbc_write_citations (w, owner, record);
      mg_kbc_write_own_text (w, owner, record, "title", TRUE);
      mg_kbc_write_own_text (w, owner, record, "text", TRUE);
      mg_kbc_write_disagreements (w, owner, record, NULL, NULL);
      mg_kbc_search_end (w);
    }
}

void
mg_kbc_write_conditions (MgKbcWriter  *w,
                  xmlNode    *section)
{
  gint64 ord = 0;

  MG_KBC_FOREACH_ELEMENT (section, condition)
    {
      g_autofree char *id = mg_kbc_attr (condition, "id");
      g_autofree char *route = mg_kbc_attr (condition, "route");
      g_autofree char *owner = g_strdup_printf ("condition:%s", id);
      guint ratings = 0, doses = 0;

      mg_kbc_sql_insert (w, "INSERT INTO condition VALUES (?, ?, ?)", "tit", id, ord++, route);

      mg_kbc_search_begin (w, "condition", id, mg_kbc_first_child (condition, "name"));
      mg_kbc_write_citations (w, owner, condition);
      mg_kbc_write_own_text (w, owner, condition, "name", FALSE);
      mg_kbc_search_append_names (w, mg_kbc_first_child (condition, "name"));
      mg_kbc_write_own_text (w, owner, condition, "summary", TRUE);

      MG_KBC_FOREACH_ELEMENT (condition, child)
        {
          g_autofree char *child_owner = NULL;
          g_autofree char *a = NULL;
          g_autofree char *b = NULL;

          if (mg_kbc_is (child, "rating"))
            {
              child_owner = g_strdup_printf ("%s/rating/%u", owner, ratings);
              a = mg_kbc_attr (child, "value");
              b = mg_kbc_attr (child, "scheme");
              mg_kbc_sql_insert (w, "INSERT INTO condition_rating VALUES (?, ?, ?, ?, ?)", "ttitt",
                                child_owner, id, (gint64) ratings++, a, b);
              mg_kbc_write_citations (w, child_owner, child);
            }
          else if (mg_kbc_is (child, "dose") && mg_kbc_is_english (child))
            {
              g_autofree char *population = mg_kbc_attr (child, "population");
              g_autofree char *unit = mg_kbc_attr (child, "unit");
              g_autofree char *basis = mg_kbc_attr (child, "basis");
              g_autofree char *compound = mg_kbc_attr (child, "compound");
              g_autofree char *per = mg_kbc_attr (child, "per");
              g_autofree char *supervised = mg_kbc_attr (child, "supervised");
              MgKbcDose dose;

              /* Checked before writing; a failure here would be a compiler bug. */
              if (!mg_kbc_dose_compute (w->compiler, child, &dose, NULL))
                g_error ("a dose of %s was checked but cannot be computed", id);

              child_owner = g_strdup_printf ("%s/dose/%u", owner, doses);
              a = mg_kbc_attr (child, "route");
              mg_kbc_sql_insert (w, "INSERT INTO condition_dose VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                "ttittnnddtttt" "nddd" "i",
                                child_owner, id, (gint64) doses++, a, population,
                                mg_kbc_months (child, "from-months"), mg_kbc_months (child, "to-months"),
                                dose.min, dose.max, unit, basis, compound, per,
                                mg_kbc_months (child, "intakes-per-day"),
                                dose.daily_mg_min, dose.daily_mg_max, dose.limit_mg,
                                (gint64) (g_strcmp0 (supervised, "true") == 0));
              mg_kbc_write_citations (w, child_owner, child);
              mg_kbc_write_text (w, child_owner, child, TRUE);
            }
        }

      mg_kbc_write_disagreements (w, owner, condition, NULL, NULL);
      mg_kbc_search_end (w);
    }
}

void
mg_kbc_write_foods (MgKbcWriter  *w,
             xmlNode    *section)
{
  gint64 ord = 0;

  MG_KBC_FOREACH_ELEMENT (section, food)
    {
      g_autofree char *id = mg_kbc_attr (food, "id");
      g_autofree char *ndb = mg_kbc_attr (food, "ndb");
      g_autofree char *owner = g_strdup_printf ("food:%s", id);
      g_autofree char *portion_owner = g_strdup_printf ("%s/portion/0", owner);
      xmlNode *portion = mg_kbc_first_child (food, "portion");

      mg_kbc_sql_insert (w, "INSERT INTO food VALUES (?, ?, ?, ?, ?)", "tidtd",
                        id, ord++, mg_kbc_number (food, "mg-per-100g"), ndb,
                        portion != NULL ? mg_kbc_number (portion, "grams") : NAN);

      mg_kbc_search_begin (w, "food", id, mg_kbc_first_child (food, "name"));
      mg_kbc_write_citations (w, owner, food);
      mg_kbc_write_own_text (w, owner, food, "name", FALSE);
      mg_kbc_search_append_names (w, mg_kbc_first_child (food, "name"));
      if (portion != NULL)
        {
          mg_kbc_write_text (w, owner, portion, FALSE);
          mg_kbc_write_citations (w, portion_owner, portion);
        }
      mg_kbc_write_disagreements (w, owner, food, NULL, NULL);
      mg_kbc_search_end (w);
    }
}

void
mg_kbc_write_serum_ranges (MgKbcWriter  *w,
                    xmlNode    *section)
{
  gint64 ord = 0;

  MG_KBC_FOREACH_ELEMENT (section, range)
    {
      g_autofree char *id = NULL;
      g_autofree char *kind = mg_kbc_attr (range, "kind");
      g_autofree char *population = mg_kbc_attr (range, "population");
      g_autofree char *unit = mg_kbc_attr (range, "unit");
      g_autofree char *findings = mg_kbc_attr (range, "findings");
      g_autofree char *owner = NULL;
      double low = mg_kbc_number (range, "low");
      double high = mg_kbc_number (range, "high");
      MgSerumUnit from;
      /* The schema allows only the three units; the CLI converts with the same function. */
      gboolean known = unit != NULL && mg_serum_unit_from_string (unit, &from);

      if (!mg_kbc_is (range, "serum-range"))
        continue;

      id = mg_kbc_attr (range, "id");
      owner = g_strdup_printf ("serum-range:%s", id);
      mg_kbc_sql_insert (w, "INSERT INTO serum_range VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "titttddddt",
                        id, ord++, kind, population, unit, low, high,
                        known ? mg_units_convert_serum (low, from, MG_SERUM_UNIT_MMOL_L) : NAN,
                        known ? mg_units_convert_serum (high, from, MG_SERUM_UNIT_MMOL_L) : NAN,
                        findings);

      mg_kbc_search_begin (w, "serum-range", id, mg_kbc_first_child (range, "label"));
      mg_kbc_write_citations (w, owner, range);
      mg_kbc_write_own_text (w, owner, range, "label", TRUE);
      mg_kbc_write_own_text (w, owner, range, "note", TRUE);
      mg_kbc_write_disagreements (w, owner, range, NULL, NULL);
      mg_kbc_search_end (w);
    }
}
