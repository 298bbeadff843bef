/* mg-kb-labels.h — translated labels for the knowledge base's enum-like values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The knowledge base stores contract values ("major", "drug-lowers-mg",
 * "lactating"); the UI and the CLI show these labels instead. Every
 * function returns a translated, static string (transfer none); a value this version does
 * not know comes back unchanged (never NULL for non-NULL input), so that a
 * newer knowledge base still shows something rather than nothing.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *mg_kb_label_severity        (const char *value);  /* major moderate minor unknown */
const char *mg_kb_label_direction       (const char *value);  /* mg-lowers-drug-absorption … */
const char *mg_kb_label_evidence        (const char *value);  /* strong moderate limited theoretical unknown */
const char *mg_kb_label_route           (const char *value);  /* oral parenteral any */
const char *mg_kb_label_sex             (const char *value);  /* female male any */
const char *mg_kb_label_status          (const char *value);  /* none pregnant lactating any */
const char *mg_kb_label_intake_kind     (const char *value);  /* ai rda adh ear */
const char *mg_kb_label_compound_kind   (const char *value);  /* organic inorganic */
const char *mg_kb_label_laxative        (const char *value);  /* strong moderate mild unknown */
const char *mg_kb_label_use             (const char *value);  /* supplement laxative antacid … */
const char *mg_kb_label_basis           (const char *value);  /* as-is dried */
const char *mg_kb_label_quality         (const char *value);  /* primary secondary weak */
const char *mg_kb_label_rating          (const char *value);  /* effective … insufficient-evidence */
const char *mg_kb_label_rating_scheme   (const char *value);  /* natmed aafp … */
const char *mg_kb_label_caution_level   (const char *value);  /* contraindication caution */
const char *mg_kb_label_fact_topic      (const char *value);  /* absorption deficiency-cause … */
const char *mg_kb_label_note_topic      (const char *value);  /* solubility absorption laxative note disagreement */
const char *mg_kb_label_serum_kind      (const char *value);  /* normal hypo hyper severity symptom target */
const char *mg_kb_label_population      (const char *value);  /* adult neonate any; adults children women pregnant-women */
const char *mg_kb_label_record_kind     (const char *value);  /* compound medicine interaction … (search results) */
const char *mg_kb_label_spacing         (const char *value);  /* hours not-given ineffective */
const char *mg_kb_label_market          (const char *value);  /* eu nl us */
const char *mg_kb_label_dose_basis      (const char *value);  /* elemental compound */
const char *mg_kb_label_dose_per        (const char *value);  /* intake hour day course */
const char *mg_kb_label_finding         (const char *value);  /* normal-range reflexes-lost cardiac-arrest … */

G_END_DECLS
