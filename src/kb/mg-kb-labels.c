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

#include "mg-gettext.h"

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
      return mg_pgettext (labels[i].context, labels[i].label);

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
    { "mg-dissolves-coating", "interaction direction", NC_("interaction direction", "Magnesium antacids make the medicine’s coating dissolve too early") },
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
    /* the populations of studied doses */
    { "adults", "population", NC_("population", "Adults") },
    { "children", "population", NC_("population", "Children") },
    { "women", "population", NC_("population", "Women") },
    { "pregnant-women", "population", NC_("population", "Pregnant women") },
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
    { "product", "record kind", NC_("record kind", "Product") },
    { "generic-name", "record kind", NC_("record kind", "Salt name") },
    { "serum-disagreement", "record kind", NC_("record kind", "Serum levels that differ by source") },
    { "source", "record kind", NC_("record kind", "Source") },
    { "reference-set", "record kind", NC_("record kind", "Table of daily amounts") },
    { "limit-set", "record kind", NC_("record kind", "Set of upper limits") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_spacing (const char *value)
{
  static const Label labels[] = {
    { "hours", "spacing", NC_("spacing", "Keep them some hours apart") },
    { "not-given", "spacing", NC_("spacing", "The sources give no number of hours") },
    { "ineffective", "spacing", NC_("spacing", "Keeping them apart does not help") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_market (const char *value)
{
  static const Label labels[] = {
    { "eu", "market", NC_("market", "European Union") },
    { "nl", "market", NC_("market", "Netherlands") },
    { "us", "market", NC_("market", "United States") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_dose_basis (const char *value)
{
  static const Label labels[] = {
    { "elemental", "dose basis", NC_("dose basis", "of magnesium") },
    { "compound", "dose basis", NC_("dose basis", "of the salt") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_dose_per (const char *value)
{
  static const Label labels[] = {
    { "intake", "dose per", NC_("dose per", "per intake") },
    { "hour", "dose per", NC_("dose per", "an hour") },
    { "day", "dose per", NC_("dose per", "a day") },
    { "course", "dose per", NC_("dose per", "in total for the course") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}

const char *
mg_kb_label_finding (const char *value)
{
  static const Label labels[] = {
    { "normal-range", "serum finding", NC_("serum finding", "Normal range") },
    { "hypomagnesaemia", "serum finding", NC_("serum finding", "Low magnesium") },
    { "hypermagnesaemia", "serum finding", NC_("serum finding", "High magnesium") },
    { "mild", "serum finding", NC_("serum finding", "Mild deficiency") },
    { "moderate", "serum finding", NC_("serum finding", "Moderate deficiency") },
    { "severe", "serum finding", NC_("serum finding", "Severe deficiency") },
    { "deficiency-symptoms", "serum finding", NC_("serum finding", "Symptoms of deficiency") },
    { "anticonvulsant-target", "serum finding", NC_("serum finding", "Target when preventing seizures") },
    { "no-symptoms", "serum finding", NC_("serum finding", "No symptoms") },
    { "nausea-flushing", "serum finding", NC_("serum finding", "Nausea and flushing") },
    { "muscle-weakness", "serum finding", NC_("serum finding", "Muscle weakness") },
    { "reflexes-reduced", "serum finding", NC_("serum finding", "Weaker tendon reflexes") },
    { "reflexes-lost", "serum finding", NC_("serum finding", "Tendon reflexes lost") },
    { "drowsiness", "serum finding", NC_("serum finding", "Drowsiness") },
    { "bradycardia", "serum finding", NC_("serum finding", "Slow heart rate") },
    { "hypotension", "serum finding", NC_("serum finding", "Low blood pressure") },
    { "ecg-changes", "serum finding", NC_("serum finding", "ECG changes") },
    { "ileus", "serum finding", NC_("serum finding", "Bowel paralysis (ileus)") },
    { "arrhythmia", "serum finding", NC_("serum finding", "Heart rhythm disorder") },
    { "flaccid-paralysis", "serum finding", NC_("serum finding", "Flaccid paralysis") },
    { "respiratory-depression", "serum finding", NC_("serum finding", "Depressed breathing") },
    { "respiratory-arrest", "serum finding", NC_("serum finding", "Breathing stops") },
    { "heart-block", "serum finding", NC_("serum finding", "Heart block") },
    { "coma", "serum finding", NC_("serum finding", "Coma") },
    { "cardiac-arrest", "serum finding", NC_("serum finding", "Cardiac arrest") },
  };

  return lookup (labels, G_N_ELEMENTS (labels), value);
}
