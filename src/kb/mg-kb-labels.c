/* mg-kb-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The only place that knows how the knowledge base's enum-like values read
 * in the interface. Each label has a context (the value's kind) because the
 * same English word can need different Dutch ones: "Moderate" severity is
 * "matig", moderate evidence "redelijk".
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mg-kb-labels.h"

typedef struct
{
  const char *value;
  const char *context;
  const char *label;
} Label;

/* A newer knowledge base may carry a value this build does not know:
 * show it as it is rather than nothing. */
static const char *
lookup (const Label *labels,
        gsize        n_labels,
        const char  *value)
{
  if (value == NULL)
    return NULL;

  for (gsize i = 0; i < n_labels; i++)
    if (g_str_equal (labels[i].value, value))
      return g_dpgettext2 (GETTEXT_PACKAGE, labels[i].context, labels[i].label);

  return value;
}

const char *
mg_kb_label_severity (const char *value)
{
  static const Label labels[] = {
    { "major", "severity", NC_("severity", "Major") },
    { "moderate", "severity", NC_("severity", "Moderate") },
    { "minor", "severity", NC_("severity", "Minor") },
    { "unknown", "severity", NC_("severity", "Unknown") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_direction (const char *value)
{
  static const Label labels[] = {
    { "mg-lowers-drug-absorption", "interaction direction", NC_("interaction direction", "Magnesium lowers the medicine’s absorption") },
    { "drug-lowers-mg", "interaction direction", NC_("interaction direction", "The medicine lowers body magnesium") },
    { "additive", "interaction direction", NC_("interaction direction", "Additive or opposing effect") },
    { "drug-raises-mg", "interaction direction", NC_("interaction direction", "The medicine raises magnesium") },
    { "mg-raises-drug-absorption", "interaction direction", NC_("interaction direction", "Magnesium raises the medicine’s absorption") },
    { "unknown", "interaction direction", NC_("interaction direction", "Not known") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_evidence (const char *value)
{
  static const Label labels[] = {
    { "strong", "evidence", NC_("evidence", "Strong") },
    { "moderate", "evidence", NC_("evidence", "Moderate") },
    { "limited", "evidence", NC_("evidence", "Limited") },
    { "theoretical", "evidence", NC_("evidence", "Theoretical") },
    { "unknown", "evidence", NC_("evidence", "Unknown") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_route (const char *value)
{
  static const Label labels[] = {
    { "oral", "route", NC_("route", "Oral") },
    { "parenteral", "route", NC_("route", "Parenteral") },
    { "any", "route", NC_("route", "Any route") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_sex (const char *value)
{
  static const Label labels[] = {
    { "female", "sex", NC_("sex", "Female") },
    { "male", "sex", NC_("sex", "Male") },
    { "any", "sex", NC_("sex", "Any") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_status (const char *value)
{
  static const Label labels[] = {
    { "none", "pregnancy status", NC_("pregnancy status", "Not pregnant or breastfeeding") },
    { "pregnant", "pregnancy status", NC_("pregnancy status", "Pregnant") },
    { "lactating", "pregnancy status", NC_("pregnancy status", "Breastfeeding") },
    { "any", "pregnancy status", NC_("pregnancy status", "Any") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_intake_kind (const char *value)
{
  static const Label labels[] = {
    { "ai", "intake kind", NC_("intake kind", "Adequate intake") },
    { "rda", "intake kind", NC_("intake kind", "Recommended dietary allowance") },
    { "adh", "intake kind", NC_("intake kind", "Recommended daily amount (ADH)") },
    { "ear", "intake kind", NC_("intake kind", "Estimated average requirement") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_compound_kind (const char *value)
{
  static const Label labels[] = {
    { "organic", "compound kind", NC_("compound kind", "Organic") },
    { "inorganic", "compound kind", NC_("compound kind", "Inorganic") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_laxative (const char *value)
{
  static const Label labels[] = {
    { "strong", "laxative effect", NC_("laxative effect", "Strong") },
    { "moderate", "laxative effect", NC_("laxative effect", "Moderate") },
    { "mild", "laxative effect", NC_("laxative effect", "Mild") },
    { "unknown", "laxative effect", NC_("laxative effect", "Unknown") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_use (const char *value)
{
  static const Label labels[] = {
    { "supplement", "compound use", NC_("compound use", "Supplement") },
    { "laxative", "compound use", NC_("compound use", "Laxative") },
    { "antacid", "compound use", NC_("compound use", "Antacid") },
    { "infusion", "compound use", NC_("compound use", "Infusion") },
    { "bowel-preparation", "compound use", NC_("compound use", "Bowel preparation") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_basis (const char *value)
{
  static const Label labels[] = {
    { "as-is", "fraction basis", NC_("fraction basis", "As is") },
    { "dried", "fraction basis", NC_("fraction basis", "Dried substance") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_quality (const char *value)
{
  static const Label labels[] = {
    { "primary", "source quality", NC_("source quality", "Primary source") },
    { "secondary", "source quality", NC_("source quality", "Secondary source") },
    { "weak", "source quality", NC_("source quality", "Weak source") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_rating (const char *value)
{
  static const Label labels[] = {
    { "effective", "effectiveness", NC_("effectiveness", "Effective") },
    { "likely-effective", "effectiveness", NC_("effectiveness", "Likely effective") },
    { "possibly-effective", "effectiveness", NC_("effectiveness", "Possibly effective") },
    { "possibly-ineffective", "effectiveness", NC_("effectiveness", "Possibly ineffective") },
    { "likely-ineffective", "effectiveness", NC_("effectiveness", "Likely ineffective") },
    { "ineffective", "effectiveness", NC_("effectiveness", "Ineffective") },
    { "insufficient-evidence", "effectiveness", NC_("effectiveness", "Insufficient evidence") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_rating_scheme (const char *value)
{
  static const Label labels[] = {
    { "natmed", "rating scheme", NC_("rating scheme", "Natural Medicines") },
    { "aafp", "rating scheme", NC_("rating scheme", "American Family Physician") },
    { "natural-standard", "rating scheme", NC_("rating scheme", "Natural Standard") },
    { "aisle7", "rating scheme", NC_("rating scheme", "Aisle7") },
    { "review", "rating scheme", NC_("rating scheme", "Systematic review") },
    { "licence", "rating scheme", NC_("rating scheme", "Product licence") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_caution_level (const char *value)
{
  static const Label labels[] = {
    { "contraindication", "caution level", NC_("caution level", "Contraindication") },
    { "caution", "caution level", NC_("caution level", "Caution") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_fact_topic (const char *value)
{
  static const Label labels[] = {
    { "absorption", "fact topic", NC_("fact topic", "Absorption") },
    { "deficiency-cause", "fact topic", NC_("fact topic", "Causes of deficiency") },
    { "deficiency-symptom", "fact topic", NC_("fact topic", "Symptoms of deficiency") },
    { "body", "fact topic", NC_("fact topic", "Magnesium in the body") },
    { "pregnancy", "fact topic", NC_("fact topic", "Pregnancy") },
    { "safety", "fact topic", NC_("fact topic", "Safety") },
    { "mechanism", "fact topic", NC_("fact topic", "How it works") },
    { "diet", "fact topic", NC_("fact topic", "Diet") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_note_topic (const char *value)
{
  static const Label labels[] = {
    { "solubility", "note topic", NC_("note topic", "Solubility") },
    { "absorption", "note topic", NC_("note topic", "Absorption") },
    { "laxative", "note topic", NC_("note topic", "Laxative effect") },
    { "note", "note topic", NC_("note topic", "Note") },
    { "disagreement", "note topic", NC_("note topic", "Sources disagree") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_serum_kind (const char *value)
{
  static const Label labels[] = {
    { "normal", "serum range kind", NC_("serum range kind", "Normal range") },
    { "hypo", "serum range kind", NC_("serum range kind", "Low (hypomagnesaemia)") },
    { "hyper", "serum range kind", NC_("serum range kind", "High (hypermagnesaemia)") },
    { "severity", "serum range kind", NC_("serum range kind", "Severity") },
    { "symptom", "serum range kind", NC_("serum range kind", "Symptoms") },
    { "target", "serum range kind", NC_("serum range kind", "Treatment target") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_population (const char *value)
{
  static const Label labels[] = {
    { "adult", "population", NC_("population", "Adults") },
    { "neonate", "population", NC_("population", "Newborns") },
    { "any", "population", NC_("population", "Everyone") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_record_kind (const char *value)
{
  static const Label labels[] = {
    { "compound", "record kind", NC_("record kind", "Magnesium form") },
    { "medicine", "record kind", NC_("record kind", "Medicine") },
    { "interaction", "record kind", NC_("record kind", "Interaction") },
    { "condition", "record kind", NC_("record kind", "Condition") },
    { "food", "record kind", NC_("record kind", "Food") },
    { "fact", "record kind", NC_("record kind", "Fact") },
    { "caution", "record kind", NC_("record kind", "Caution") },
    { "lab-interference", "record kind", NC_("record kind", "Lab interference") },
    { "serum-range", "record kind", NC_("record kind", "Serum value") },
    { "source", "record kind", NC_("record kind", "Source") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}
