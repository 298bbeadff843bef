/* mg-kbc-checks.c — what RelaxNG cannot say: ids, references,
 * citations, ranges, formulas and names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "mg-fold.h"
#include "mg-formula.h"
#include "mg-kbc-private.h"

/* How far a stated "as-is" fraction may be from the computed one. */
#define FRACTION_TOLERANCE 0.002

typedef void (*ElementFunc) (MgKbc        *self,
                             xmlNode      *node);

static void
walk (MgKbc        *self,
      xmlNode      *parent,
      ElementFunc   func)
{
  MG_KBC_FOREACH_ELEMENT (parent, child)
    {
      func (self, child);
      walk (self, child, func);
    }
}

static GHashTable *
ids_of (MgKbc        *self,
        const char   *kind)
{
  GHashTable *table = g_hash_table_lookup (self->ids, kind);

  if (table == NULL)
    {
      table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (self->ids, g_strdup (kind), table);
    }

  return table;
}

static void
check_cited (MgKbc        *self,
             xmlNode      *node)
{
  g_autofree char *sources = NULL;
  g_autofree char *lang = NULL;

  if (!mg_kbc_is_cited (node))
    return;

  /* Translated copies repeat the English element's sources. */
  lang = mg_kbc_lang (node);
  if (lang != NULL)
    return;

  sources = mg_kbc_attr (node, "sources");
  if (sources == NULL || *g_strstrip (sources) == '\0')
    mg_kbc_error (self, node, NULL, 0,
                 "<%s> has no sources: every fact needs at least one source (sources=\"…\")",
                 node->name);
}

void
mg_kbc_check_citations (MgKbc        *self)
{
  walk (self, xmlDocGetRootElement (self->doc), check_cited);
}

void
mg_kbc_check_ids (MgKbc        *self)
{
  xmlNode *root = xmlDocGetRootElement (self->doc);

  MG_KBC_FOREACH_ELEMENT (root, section)
    MG_KBC_FOREACH_ELEMENT (section, record)
      {
        g_autofree char *id = mg_kbc_attr (record, "id");
        g_autofree char *is_default = NULL;
        GHashTable *table;
        xmlNode *first;

        if (id == NULL)
          continue;

        table = ids_of (self, (const char *) record->name);
        first = g_hash_table_lookup (table, id);
        if (first != NULL)
          {
            mg_kbc_error (self, record, "id", 0, "duplicate %s id “%s” (first defined on line %ld)",
                         record->name, id, xmlGetLineNo (first));
            continue;
          }
        g_hash_table_insert (table, g_strdup (id), record);

        is_default = mg_kbc_attr (record, "default");
        if (g_strcmp0 (is_default, "true") != 0)
          continue;

        if (mg_kbc_is (record, "reference-set") || mg_kbc_is (record, "limit-set"))
          {
            char **slot = mg_kbc_is (record, "reference-set") ? &self->default_reference : &self->default_limits;

            if (*slot != NULL)
              mg_kbc_error (self, record, "default", 0, "more than one default %s (“%s” is the default already)",
                           record->name, *slot);
            else
              *slot = g_strdup (id);
          }
      }

  MG_KBC_FOREACH_ELEMENT (root, section)
    {
      if (mg_kbc_is (section, "reference-sets") && self->default_reference == NULL)
        mg_kbc_error (self, section, NULL, 0, "no reference-set has default=\"true\"");
      if (mg_kbc_is (section, "limit-sets") && self->default_limits == NULL)
        mg_kbc_error (self, section, NULL, 0, "no limit-set has default=\"true\"");
    }
}

/* Each space-separated token of @attr must be a known id of @kind (and one
 * of @allowed if given); errors point at the token itself. */
static void
check_id_list (MgKbc        *self,
               xmlNode      *node,
               const char   *attr,
               const char   *kind,
               const char   *allowed)
{
  g_autofree char *value = mg_kbc_attr (node, attr);
  g_auto(GStrv) allowed_ids = allowed != NULL ? g_strsplit_set (allowed, " \t\n", -1) : NULL;
  GHashTable *table = ids_of (self, kind);
  guint offset = 0;
  const char *p = value;

  if (value == NULL)
    return;

  while (*p != '\0')
    {
      g_autofree char *token = NULL;
      const char *start;
      guint token_offset;

      while (*p != '\0' && g_ascii_isspace (*p))
        p++, offset++;
      if (*p == '\0')
        break;

      start = p;
      token_offset = offset;
      while (*p != '\0' && !g_ascii_isspace (*p))
        p = g_utf8_next_char (p), offset++;
      token = g_strndup (start, p - start);

      if (!g_hash_table_contains (table, token))
        mg_kbc_error (self, node, attr, token_offset, "unknown %s “%s”", kind, token);
      else if (allowed_ids != NULL && !g_strv_contains ((const char * const *) allowed_ids, token))
        mg_kbc_error (self, node, attr, token_offset, "%s “%s” is not one of this interaction's medicines",
                     kind, token);
    }
}

static void
check_reference (MgKbc        *self,
                 xmlNode      *node)
{
  check_id_list (self, node, "sources", "source", NULL);

  if (mg_kbc_is (node, "interaction"))
    check_id_list (self, node, "medicines", "medicine", NULL);

  if (mg_kbc_is (node, "separation") && mg_kbc_is (node->parent, "interaction"))
    {
      g_autofree char *medicines = mg_kbc_attr (node->parent, "medicines");

      check_id_list (self, node, "medicine", "medicine", medicines != NULL ? medicines : "");
    }

  if (mg_kbc_is (node, "product"))
    check_id_list (self, node, "ingredients", "medicine", NULL);

  if (mg_kbc_is (node, "generic-name"))
    {
      check_id_list (self, node, "forms", "compound", NULL);
      check_id_list (self, node, "resolves-to", "compound", NULL);
    }

  if (mg_kbc_is (node, "serum-disagreement"))
    check_id_list (self, node, "ranges", "serum-range", NULL);

  /* A dose names a compound or a generic name ("sulfate"). */
  if (mg_kbc_is (node, "dose"))
    {
      g_autofree char *compound = mg_kbc_attr (node, "compound");

      if (compound != NULL &&
          !g_hash_table_contains (ids_of (self, "compound"), compound) &&
          !g_hash_table_contains (ids_of (self, "generic-name"), compound))
        mg_kbc_error (self, node, "compound", 0, "unknown compound or generic name “%s”", compound);
    }
}

void
mg_kbc_check_references (MgKbc        *self)
{
  walk (self, xmlDocGetRootElement (self->doc), check_reference);
}

/* Returns NAN when the attribute is absent or wrong (and says so). */
static double
check_range (MgKbc        *self,
             xmlNode      *node,
             const char   *attr,
             double        min,
             gboolean      min_exclusive,
             double        max,
             gboolean      integer)
{
  g_autofree char *text = mg_kbc_attr (node, attr);
  double value;

  if (text == NULL)
    return NAN;

  if (!mg_kbc_parse_number (text, &value) || (integer && value != floor (value)))
    {
      mg_kbc_error (self, node, attr, 0, "%s=\"%s\" is not a %s", attr, text,
                   integer ? "whole number" : "number (use a decimal point)");
      return NAN;
    }

  if ((min_exclusive ? value <= min : value < min) || value > max)
    {
      mg_kbc_error (self, node, attr, 0, "%s=\"%s\" is out of range: must be %s %g and at most %g",
                   attr, text, min_exclusive ? "above" : "at least", min, max);
      return NAN;
    }

  return value;
}

static void
check_number (MgKbc        *self,
              xmlNode      *node)
{
  g_autofree char *lang = mg_kbc_lang (node);

  if (lang != NULL)
    return;

  if (mg_kbc_is (node, "intake") || mg_kbc_is (node, "no-intake")
      || mg_kbc_is (node, "limit") || mg_kbc_is (node, "no-limit"))
    {
      double from = check_range (self, node, "from-months", 0, FALSE, 1800, TRUE);
      double to = check_range (self, node, "to-months", 0, TRUE, 1800, TRUE);

      if (!isnan (from) && !isnan (to) && from >= to)
        mg_kbc_error (self, node, "to-months", 0, "empty age band: from-months (%g) must be below to-months (%g)",
                     from, to);
    }

  if (mg_kbc_is (node, "intake") || mg_kbc_is (node, "alternative") || mg_kbc_is (node, "limit"))
    check_range (self, node, "mg", 0, TRUE, 5000, FALSE);
  if (mg_kbc_is (node, "advice"))
    check_range (self, node, "above-mg", 0, FALSE, 5000, FALSE);

  if (mg_kbc_is (node, "published-fraction"))
    {
      double min, max;

      check_range (self, node, "value", 0, TRUE, 1, FALSE);
      min = check_range (self, node, "min", 0, TRUE, 1, FALSE);
      max = check_range (self, node, "max", 0, TRUE, 1, FALSE);
      if (!isnan (min) && !isnan (max) && min > max)
        mg_kbc_error (self, node, "max", 0, "max (%g) is below min (%g)", max, min);
    }

  if (mg_kbc_is (node, "separation"))
    {
      double before = check_range (self, node, "hours-before", 0, TRUE, 72, FALSE);
      double after = check_range (self, node, "hours-after", 0, TRUE, 72, FALSE);

      if (!xmlHasProp (node, (const xmlChar *) "hours-before") && !xmlHasProp (node, (const xmlChar *) "hours-after")
          && !xmlHasProp (node, (const xmlChar *) "spacing"))
        mg_kbc_error (self, node, NULL, 0,
                      "a separation needs hours-before, hours-after or both, or spacing=\"not-given\" "
                      "or spacing=\"ineffective\"");
      (void) before;
      (void) after;
    }

  if (mg_kbc_is (node, "food"))
    check_range (self, node, "mg-per-100g", 0, FALSE, 2000, FALSE);
  if (mg_kbc_is (node, "portion"))
    check_range (self, node, "grams", 0, TRUE, 2000, FALSE);
  if (mg_kbc_is (node, "solubility"))
    check_range (self, node, "g-per-100ml", 0, FALSE, 500, FALSE);

  if (mg_kbc_is (node, "serum-range"))
    {
      double low = check_range (self, node, "low", 0, FALSE, 50, FALSE);
      double high = check_range (self, node, "high", 0, FALSE, 50, FALSE);

      if (!isnan (low) && !isnan (high) && low >= high)
        mg_kbc_error (self, node, "high", 0, "high (%g) must be above low (%g)", high, low);
    }
}

void
mg_kbc_check_numbers (MgKbc        *self)
{
  walk (self, xmlDocGetRootElement (self->doc), check_number);
}

static void
check_compound (MgKbc        *self,
                xmlNode      *compound)
{
  g_autofree char *formula_text = mg_kbc_attr (compound, "formula");
  g_autoptr(MgFormula) formula = NULL;
  g_autoptr(GError) error = NULL;
  guint offset = 0;
  double computed;

  if (formula_text == NULL)
    return;

  if (!mg_formula_parse_full (formula_text, &formula, &offset, &error))
    {
      mg_kbc_error (self, compound, "formula", offset, "%s", error->message);
      return;
    }

  if (mg_formula_get_mg_atoms (formula) == 0)
    {
      mg_kbc_error (self, compound, "formula", 0, "formula “%s” contains no magnesium", formula_text);
      return;
    }

  computed = mg_formula_elemental_fraction (formula, "Mg");

  MG_KBC_FOREACH_ELEMENT (compound, child)
    {
      g_autofree char *basis = NULL;
      g_autofree char *value_text = NULL;
      double value;

      if (!mg_kbc_is (child, "published-fraction"))
        continue;

      basis = mg_kbc_attr (child, "basis");
      value_text = mg_kbc_attr (child, "value");
      if (g_strcmp0 (basis, "as-is") != 0 || !mg_kbc_parse_number (value_text, &value))
        continue;

      if (fabs (value - computed) > FRACTION_TOLERANCE)
        mg_kbc_error (self, child, "value", 0,
                     "published fraction %s disagrees with %.4f computed from “%s” (M = %.2f g/mol); "
                     "tolerance %.3f", value_text, computed, formula_text,
                     mg_formula_get_molar_mass (formula), FRACTION_TOLERANCE);
    }
}

void
mg_kbc_check_compounds (MgKbc        *self)
{
  xmlNode *compounds = mg_kbc_first_child (xmlDocGetRootElement (self->doc), "compounds");

  MG_KBC_FOREACH_ELEMENT (compounds, compound)
    if (mg_kbc_is (compound, "compound"))
      check_compound (self, compound);
}

typedef struct
{
  char    *id;
  xmlNode *node;
} NameOwner;

static void
name_owner_free (gpointer data)
{
  NameOwner *owner = data;

  g_free (owner->id);
  g_free (owner);
}

/* A search for a name or synonym, in any language, must land on one
 * record: "magnesium citrate" cannot mean two salts, and a brand cannot be
 * the name of a medicine. Compounds share their names with the generic
 * names, medicines with the products; ids too, since lookups accept them. */
static void
check_names_of (MgKbc              *self,
                const char * const *sections,
                const char * const *kinds)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, name_owner_free);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint k = 0; sections[k] != NULL; k++)
    {
      xmlNode *section = mg_kbc_first_child (xmlDocGetRootElement (self->doc), sections[k]);

      MG_KBC_FOREACH_ELEMENT (section, record)
        {
          g_autofree char *id = mg_kbc_attr (record, "id");
          g_autofree char *owner_id = NULL;
          xmlNode *first;

          if (id == NULL || !mg_kbc_is (record, kinds[k]))
            continue;

          first = g_hash_table_lookup (ids, id);
          if (first != NULL && first->parent != record->parent)
            mg_kbc_error (self, record, "id", 0, "id “%s” is also the id of the %s on line %ld",
                          id, first->name, xmlGetLineNo (first));
          else if (first == NULL)
            g_hash_table_insert (ids, g_strdup (id), record);

          owner_id = g_strdup_printf ("%s “%s”", kinds[k], id);

          MG_KBC_FOREACH_ELEMENT (record, child)
            {
              g_autofree char *text = NULL;
              g_auto(GStrv) items = NULL;

              if (!mg_kbc_is (child, "name") && !mg_kbc_is (child, "synonyms"))
                continue;

              text = mg_kbc_text (child);
              items = mg_kbc_is (child, "synonyms") ? g_strsplit (text, ";", -1) : g_strsplit (text, ";", 1);

              for (guint i = 0; items[i] != NULL; i++)
                {
                  g_autofree char *folded = mg_fold (g_strstrip (items[i]));
                  NameOwner *owner;

                  if (folded == NULL || *folded == '\0')
                    continue;

                  owner = g_hash_table_lookup (seen, folded);
                  if (owner == NULL)
                    {
                      owner = g_new0 (NameOwner, 1);
                      owner->id = g_strdup (owner_id);
                      owner->node = child;
                      g_hash_table_insert (seen, g_strdup (folded), owner);
                    }
                  else if (strcmp (owner->id, owner_id) != 0)
                    {
                      mg_kbc_error (self, child, NULL, 0,
                                   "ambiguous name “%s”: it names %s (line %ld) and %s",
                                   items[i], owner->id, xmlGetLineNo (owner->node), owner_id);
                    }
                }
            }
        }
    }
}

void
mg_kbc_check_names (MgKbc        *self)
{
  static const char * const salt_sections[] = { "compounds", "generic-names", NULL };
  static const char * const salt_kinds[] = { "compound", "generic-name", NULL };
  static const char * const medicine_sections[] = { "medicines", "products", NULL };
  static const char * const medicine_kinds[] = { "medicine", "product", NULL };

  check_names_of (self, salt_sections, salt_kinds);
  check_names_of (self, medicine_sections, medicine_kinds);
}

static void
check_translated (MgKbc        *self,
                  xmlNode      *node)
{
  g_autofree char *lang = NULL;

  if (!mg_kbc_is_translatable (node))
    return;

  lang = mg_kbc_lang (node);
  if (lang != NULL)
    return;

  for (guint i = 0; self->languages[i] != NULL; i++)
    {
      if (mg_kbc_translation (node, self->languages[i]) != NULL)
        continue;

      if (self->require_translations)
        mg_kbc_error (self, node, NULL, 0, "<%s> has no “%s” translation", node->name, self->languages[i]);
      else
        mg_kbc_warning (self, node, "<%s> has no “%s” translation; English is used", node->name,
                       self->languages[i]);
    }
}

void
mg_kbc_check_translations (MgKbc        *self)
{
  walk (self, xmlDocGetRootElement (self->doc), check_translated);
}
