/* mg-kb.h — read-only access to the compiled knowledge base (kb.sqlite)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema is docs/kb-format.md. An MgKb owns one SQLite connection and
 * its cached statements: use one MgKb per thread.
 *
 * Every text comes in the current language (mg_kb_set_language()) with an
 * English fallback. Enum-like values (severity, direction, sex…) are the raw
 * contract strings; mg-kb-labels.h turns them into translated labels.
 *
 * Numbers that may be absent are negative when absent (an upper limit of
 * -1 is "no limit set", hours-before -1 is "no separation given"); the
 * objects also carry has-value style booleans where the difference matters
 * for safety.
 */
#pragma once

#include <gio/gio.h>

#include "mg-article.h"
#include "mg-compound.h"
#include "mg-condition.h"
#include "mg-food.h"
#include "mg-intake-reference.h"
#include "mg-interaction.h"
#include "mg-medicine.h"
#include "mg-published-fraction.h"
#include "mg-rating.h"
#include "mg-reference-set.h"
#include "mg-search-result.h"
#include "mg-serum-range.h"
#include "mg-source.h"
#include "mg-upper-limit.h"

G_BEGIN_DECLS

/* The schema version this reader understands (meta.schema_version). */
#define MG_KB_SCHEMA_VERSION 1

/* Where the build embeds the knowledge base. */
#define MG_KB_RESOURCE_PATH "/io/github/mgguide/MagnesiumGuide/kb/kb.sqlite"

#define MG_KB_ERROR (mg_kb_error_quark ())

typedef enum
{
  MG_KB_ERROR_FAILED,           /* any other SQLite error */
  MG_KB_ERROR_OPEN,             /* the file or resource cannot be opened */
  MG_KB_ERROR_CORRUPT,          /* not a database, truncated, damaged, empty */
  MG_KB_ERROR_SCHEMA,           /* a database, but not ours or another schema_version */
  MG_KB_ERROR_NOT_FOUND,        /* no such id or name, no band for that age */
  MG_KB_ERROR_INVALID_ARGUMENT, /* e.g. sex "x", a status that does not exist */
} MgKbError;

GQuark mg_kb_error_quark (void);

#define MG_TYPE_KB (mg_kb_get_type ())

G_DECLARE_FINAL_TYPE (MgKb, mg_kb, MG, KB, GObject)

/* Opening */
MgKb               *mg_kb_new_default          (GError     **error);
MgKb               *mg_kb_new_for_path         (const char  *path,
                                                GError     **error);
MgKb               *mg_kb_new_for_bytes        (GBytes      *bytes,
                                                GError     **error);

/* Language: "en", "nl". NULL picks the first of g_get_language_names() that
 * the knowledge base has, else "en". An unknown language becomes "en". */
const char         *mg_kb_get_language         (MgKb        *kb);
void                mg_kb_set_language         (MgKb        *kb,
                                                const char  *language);
/* meta.languages, e.g. { "en", "nl", NULL } */
const char * const *mg_kb_get_languages        (MgKb        *kb);
/* Any meta value (schema_version, default_reference, default_limits…) */
char               *mg_kb_dup_meta             (MgKb        *kb,
                                                const char  *key);

/* Sources: owner is an owner key ("compound:oxide",
 * "interaction:quinolones", "intake:nl/3", any child owner). Returns a
 * GListModel of MgSource, in the source list's order; empty when uncited. */
GListModel         *mg_kb_get_sources_for      (MgKb        *kb,
                                                const char  *owner);
MgSource           *mg_kb_lookup_source        (MgKb        *kb,
                                                const char  *source_id,
                                                GError     **error);
GListModel         *mg_kb_list_sources         (MgKb        *kb);

/* Compounds. lookup takes an id or any name or synonym in any language,
 * insensitive to case and accents. NULL + MG_KB_ERROR_NOT_FOUND if unknown. */
GListModel         *mg_kb_list_compounds       (MgKb        *kb);
MgCompound         *mg_kb_lookup_compound      (MgKb        *kb,
                                                const char  *id_or_name,
                                                GError     **error);

/* Recommended intake and upper limits. set_id NULL = the default set
 * (meta default_reference / default_limits). sex: "female" or "male";
 * status: "none", "pregnant" or "lactating" (NULL = "none").
 * Bands are half-open [from, to). A band the set covers with "no value
 * set" is a result (has-value FALSE), not an error; an age or status the set
 * does not cover at all is MG_KB_ERROR_NOT_FOUND. */
GListModel         *mg_kb_list_reference_sets  (MgKb        *kb);
GListModel         *mg_kb_list_limit_sets      (MgKb        *kb);
GListModel         *mg_kb_list_intakes         (MgKb        *kb,
                                                const char  *set_id,
                                                GError     **error);
GListModel         *mg_kb_list_upper_limits    (MgKb        *kb,
                                                const char  *set_id,
                                                GError     **error);
MgIntakeReference  *mg_kb_get_intake           (MgKb        *kb,
                                                const char  *set_id,
                                                guint        age_months,
                                                const char  *sex,
                                                const char  *status,
                                                GError     **error);
MgUpperLimit       *mg_kb_get_upper_limit      (MgKb        *kb,
                                                const char  *set_id,
                                                guint        age_months,
                                                const char  *status,
                                                GError     **error);

/* Medicines and interactions. find takes a medicine id, an INN in any
 * language, a synonym, a brand or an interaction's class name (case and
 * accents ignored). For a medicine, each MgInteraction carries that
 * medicine's resolved hours and matched-medicine; for a class, the
 * interaction-wide hours. Unknown name: NULL + MG_KB_ERROR_NOT_FOUND, so that
 * "unknown medicine" never looks like "no interaction". */
GListModel         *mg_kb_list_medicines       (MgKb        *kb);
MgMedicine         *mg_kb_lookup_medicine      (MgKb        *kb,
                                                const char  *id_or_name,
                                                GError     **error);
GListModel         *mg_kb_list_interactions    (MgKb        *kb);
MgInteraction      *mg_kb_lookup_interaction   (MgKb        *kb,
                                                const char  *id,
                                                GError     **error);
GListModel         *mg_kb_find_interactions    (MgKb        *kb,
                                                const char  *medicine_name,
                                                GError     **error);

/* Conditions, foods, and the article-like records (MgArticle). */
GListModel         *mg_kb_list_conditions      (MgKb        *kb);
MgCondition        *mg_kb_lookup_condition     (MgKb        *kb,
                                                const char  *id,
                                                GError     **error);
GListModel         *mg_kb_list_foods           (MgKb        *kb);
/* topic NULL = every fact */
GListModel         *mg_kb_list_facts           (MgKb        *kb,
                                                const char  *topic);
GListModel         *mg_kb_list_cautions        (MgKb        *kb);
GListModel         *mg_kb_list_lab_interferences (MgKb      *kb);
GListModel         *mg_kb_list_serum_ranges    (MgKb        *kb);

/* Search everything in the current language; a GListModel of
 * MgSearchResult, best first: exact name, then name prefix, then substring;
 * medicines, interactions and compounds before long texts. */
GListModel         *mg_kb_search               (MgKb        *kb,
                                                const char  *text,
                                                guint        limit);

G_END_DECLS
