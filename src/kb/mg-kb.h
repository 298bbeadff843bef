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
 *
 * Errors: every query that reads the database takes a GError. When SQLite
 * fails anywhere inside a query (a damaged page, a missing table) the
 * query returns %NULL with an #MG_KB_ERROR other than
 * %MG_KB_ERROR_NOT_FOUND, never a shorter list, an empty one or "not
 * found". A query returns %NULL only with @error set.
 *
 * Ownership: every function that returns an object or a list returns a
 * new reference (transfer full) — the list_, lookup_, get_…_for, find_ and
 * dup_ functions below; the records' getters return what the record owns
 * (transfer none).
 */
#pragma once

#include <gio/gio.h>

#include "mg-article.h"
#include "mg-brand.h"
#include "mg-compound.h"
#include "mg-condition.h"
#include "mg-dosing-advice.h"
#include "mg-food.h"
#include "mg-generic-name.h"
#include "mg-intake-reference.h"
#include "mg-interaction.h"
#include "mg-kb-schema.h"
#include "mg-medicine.h"
#include "mg-published-fraction.h"
#include "mg-rating.h"
#include "mg-reference-set.h"
#include "mg-search-result.h"
#include "mg-serum-disagreement.h"
#include "mg-serum-range.h"
#include "mg-source.h"
#include "mg-studied-dose.h"
#include "mg-upper-limit.h"

G_BEGIN_DECLS

/* The schema version this reader understands, MG_KB_SCHEMA_VERSION, and
 * the tables, are in mg-kb-schema.h, shared with the compiler. */

/* Where the build embeds the knowledge base. */
#define MG_KB_RESOURCE_PATH "/io/github/mgguide/MagnesiumGuide/kb/kb.sqlite"

#define MG_KB_ERROR (mg_kb_error_quark ())

typedef enum
{
  MG_KB_ERROR_FAILED,           /* any other SQLite error */
  MG_KB_ERROR_OPEN,             /* the file or resource cannot be opened */
  MG_KB_ERROR_CORRUPT,          /* not a database, truncated, damaged, empty */
  MG_KB_ERROR_SCHEMA,           /* not ours, another schema_version, a table or column missing */
  MG_KB_ERROR_NOT_FOUND,        /* no such id or name, no band for that age */
  MG_KB_ERROR_INVALID_ARGUMENT, /* e.g. sex "x", a status that does not exist */
  MG_KB_ERROR_INVALID_DATA,     /* a stored value no answer may use (a fraction outside (0, 1]) */
} MgKbError;

GQuark mg_kb_error_quark (void);

#define MG_TYPE_KB (mg_kb_get_type ())

G_DECLARE_FINAL_TYPE (MgKb, mg_kb, MG, KB, GObject)

/**
 * mg_kb_new_default:
 *
 * Opens the knowledge base embedded in the program (#MG_KB_RESOURCE_PATH).
 *
 * Returns: (transfer full): the knowledge base, or %NULL with @error set
 */
MgKb               *mg_kb_new_default          (GError     **error);
/**
 * mg_kb_new_for_path:
 * @path: a kb.sqlite file, such as one given with --kb
 *
 * Reads every page once (quick_check) before trusting the file: a damaged,
 * truncated, foreign or wrong-version file is refused here.
 *
 * Returns: (transfer full): the knowledge base, or %NULL with @error set
 */
MgKb               *mg_kb_new_for_path         (const char  *path,
                                                GError     **error);
/**
 * mg_kb_new_for_bytes:
 * @bytes: a whole kb.sqlite image; referenced and read in place, not copied
 *
 * Returns: (transfer full): the knowledge base, or %NULL with @error set
 */
MgKb               *mg_kb_new_for_bytes        (GBytes      *bytes,
                                                GError     **error);

/**
 * mg_kb_get_language:
 *
 * Returns: (transfer none): the language of the texts, such as "nl"
 */
const char         *mg_kb_get_language         (MgKb        *kb);
/**
 * mg_kb_set_language:
 * @language: (nullable): "en", "nl", a locale name such as "nl_BE.UTF-8",
 *   or %NULL for the first of g_get_language_names() that the knowledge
 *   base has. A language it lacks becomes "en".
 */
void                mg_kb_set_language         (MgKb        *kb,
                                                const char  *language);
/**
 * mg_kb_get_languages:
 *
 * Returns: (transfer none) (array zero-terminated=1): meta.languages,
 *   such as { "en", "nl", NULL }
 */
const char * const *mg_kb_get_languages        (MgKb        *kb);
/**
 * mg_kb_dup_meta:
 * @key: a meta key: schema_version, languages, default_reference…
 *
 * Returns: (transfer full): the value, or %NULL with @error set
 *   (%MG_KB_ERROR_NOT_FOUND for a key the knowledge base lacks)
 */
char               *mg_kb_dup_meta             (MgKb        *kb,
                                                const char  *key,
                                                GError     **error);

/**
 * mg_kb_get_sources_for:
 * @owner: an owner key ("compound:oxide", "interaction:quinolones",
 *   "intake:nl/3", any child owner)
 *
 * Returns: (transfer full): a #GListModel of #MgSource in the source
 *   list's order, empty when the owner cites nothing; %NULL with @error
 *   set
 */
GListModel         *mg_kb_get_sources_for      (MgKb        *kb,
                                                const char  *owner,
                                                GError     **error);
/**
 * mg_kb_lookup_source:
 *
 * Returns: (transfer full): the source, or %NULL with @error set
 */
MgSource           *mg_kb_lookup_source        (MgKb        *kb,
                                                const char  *source_id,
                                                GError     **error);
/**
 * mg_kb_list_sources:
 *
 * Returns: (transfer full): every #MgSource, or %NULL with @error set
 */
GListModel         *mg_kb_list_sources         (MgKb        *kb,
                                                GError     **error);
/**
 * mg_kb_list_citing:
 * @source_id: a source's id
 *
 * The reverse of mg_kb_get_sources_for(): what cites a source.
 *
 * Returns: (transfer full): a #GListModel of #MgSearchResult (empty for an
 *   unknown source), or %NULL with @error set
 */
GListModel         *mg_kb_list_citing          (MgKb        *kb,
                                                const char  *source_id,
                                                GError     **error);

/**
 * mg_kb_list_compounds:
 *
 * Returns: (transfer full): every #MgCompound, or %NULL with @error set
 */
GListModel         *mg_kb_list_compounds       (MgKb        *kb,
                                                GError     **error);
/**
 * mg_kb_lookup_compound:
 * @id_or_name: an id, or any name or synonym in any language, insensitive
 *   to case and accents
 *
 * Returns: (transfer full): the compound, or %NULL with @error set
 *   (%MG_KB_ERROR_NOT_FOUND when unknown)
 */
MgCompound         *mg_kb_lookup_compound      (MgKb        *kb,
                                                const char  *id_or_name,
                                                GError     **error);
/**
 * mg_kb_list_generic_names:
 *
 * Returns: (transfer full): every #MgGenericName (the plain names of salts
 *   with several forms), or %NULL with @error set
 */
GListModel         *mg_kb_list_generic_names   (MgKb        *kb,
                                                GError     **error);
/**
 * mg_kb_list_generic_names_for_form:
 * @compound_id: a compound's id ("sulfate-heptahydrate")
 *
 * The plain names that stand for this form, so that a salt's page can say
 * that "magnesium sulfate" on a label means the heptahydrate. Ambiguous
 * names, which only list the form, are not among them.
 *
 * Returns: (transfer full): a #GListModel of #MgGenericName, empty when no
 *   name stands for the form; %NULL with @error set
 */
GListModel         *mg_kb_list_generic_names_for_form (MgKb        *kb,
                                                       const char  *compound_id,
                                                       GError     **error);
/**
 * mg_kb_lookup_generic_name:
 * @id_or_name: an id ("sulfate"), or the plain name of a salt in any
 *   language ("magnesiumsulfaat"), insensitive to case and accents
 *
 * Look this up before mg_kb_lookup_compound() whenever a person types a
 * salt's name: the plain name "magnesium sulfate" stands for the
 * heptahydrate (mg_generic_name_get_resolves_to()), and "magnesium citrate"
 * is ambiguous (mg_generic_name_is_ambiguous(); its forms list what it can
 * mean). Say which form was used, or ask which one is meant.
 *
 * Returns: (transfer full): the generic name, or %NULL with @error set
 *   (%MG_KB_ERROR_NOT_FOUND when the name is not a plain salt name)
 */
MgGenericName      *mg_kb_lookup_generic_name  (MgKb        *kb,
                                                const char  *id_or_name,
                                                GError     **error);

/* Recommended intake and upper limits. set_id NULL = the default set
 * (meta default_reference / default_limits). sex: "female" or "male";
 * status: "none", "pregnant" or "lactating" (NULL = "none").
 * Bands are half-open [from, to). A band the set covers with "no value
 * set" is a result (has-value FALSE), not an error; an age or status the set
 * does not cover at all is MG_KB_ERROR_NOT_FOUND. */

/**
 * mg_kb_list_reference_sets:
 *
 * Returns: (transfer full): every #MgReferenceSet of recommended intakes,
 *   or %NULL with @error set
 */
GListModel         *mg_kb_list_reference_sets  (MgKb        *kb,
                                                GError     **error);
/**
 * mg_kb_list_limit_sets:
 *
 * Returns: (transfer full): every #MgReferenceSet of upper limits, or
 *   %NULL with @error set
 */
GListModel         *mg_kb_list_limit_sets      (MgKb        *kb,
                                                GError     **error);
/**
 * mg_kb_list_intakes:
 * @set_id: (nullable): a reference set, %NULL for the default
 *
 * Returns: (transfer full): the set's #MgIntakeReference bands, or %NULL
 *   with @error set
 */
GListModel         *mg_kb_list_intakes         (MgKb        *kb,
                                                const char  *set_id,
                                                GError     **error);
/**
 * mg_kb_list_upper_limits:
 * @set_id: (nullable): a limit set, %NULL for the default
 *
 * Returns: (transfer full): the set's #MgUpperLimit bands, or %NULL with
 *   @error set
 */
GListModel         *mg_kb_list_upper_limits    (MgKb        *kb,
                                                const char  *set_id,
                                                GError     **error);
/**
 * mg_kb_get_intake:
 * @set_id: (nullable): a reference set, %NULL for the default
 * @status: (nullable): "none", "pregnant" or "lactating"
 *
 * Returns: (transfer full): the band for this person, or %NULL with
 *   @error set
 */
MgIntakeReference  *mg_kb_get_intake           (MgKb        *kb,
                                                const char  *set_id,
                                                guint        age_months,
                                                const char  *sex,
                                                const char  *status,
                                                GError     **error);
/**
 * mg_kb_get_upper_limit:
 * @set_id: (nullable): a limit set, %NULL for the default
 * @status: (nullable): "none", "pregnant" or "lactating"
 *
 * Returns: (transfer full): the band for this age, or %NULL with @error
 *   set; check mg_upper_limit_get_has_value()
 */
MgUpperLimit       *mg_kb_get_upper_limit      (MgKb        *kb,
                                                const char  *set_id,
                                                guint        age_months,
                                                const char  *status,
                                                GError     **error);

/**
 * mg_kb_list_medicines:
 *
 * Returns: (transfer full): every #MgMedicine, or %NULL with @error set
 */
GListModel         *mg_kb_list_medicines       (MgKb        *kb,
                                                GError     **error);
/**
 * mg_kb_lookup_medicine:
 * @id_or_name: an id, an INN in any language, a synonym or a brand
 *
 * Returns: (transfer full): the medicine, or %NULL with @error set
 *   (%MG_KB_ERROR_NOT_FOUND when unknown)
 */
MgMedicine         *mg_kb_lookup_medicine      (MgKb        *kb,
                                                const char  *id_or_name,
                                                GError     **error);
/**
 * mg_kb_list_interactions:
 *
 * Returns: (transfer full): every #MgInteraction, or %NULL with @error set
 */
GListModel         *mg_kb_list_interactions    (MgKb        *kb,
                                                GError     **error);
/**
 * mg_kb_lookup_interaction:
 *
 * Returns: (transfer full): the interaction, or %NULL with @error set
 */
MgInteraction      *mg_kb_lookup_interaction   (MgKb        *kb,
                                                const char  *id,
                                                GError     **error);
/**
 * mg_kb_list_brands:
 *
 * Returns: (transfer full): every #MgBrand (product as sold), or %NULL with
 *   @error set
 */
GListModel         *mg_kb_list_brands          (MgKb        *kb,
                                                GError     **error);
/**
 * mg_kb_list_brands_containing:
 * @medicine_id: a medicine id
 *
 * Returns: (transfer full): the #MgBrand products that have the medicine as
 *   an ingredient, alone or in a combination; %NULL with @error set
 */
GListModel         *mg_kb_list_brands_containing (MgKb      *kb,
                                                const char  *medicine_id,
                                                GError     **error);
/**
 * mg_kb_lookup_brand:
 * @id_or_name: a product id or any of its names, insensitive to case and
 *   accents
 *
 * Returns: (transfer full): the product, or %NULL with @error set
 *   (%MG_KB_ERROR_NOT_FOUND when the name is not a product's)
 */
MgBrand            *mg_kb_lookup_brand         (MgKb        *kb,
                                                const char  *id_or_name,
                                                GError     **error);
/**
 * mg_kb_find_interactions:
 * @medicine_name: a medicine id, an INN in any language, a synonym, a
 *   product id or name (a brand, one or more ingredients) or an
 *   interaction's class name (case and accents ignored)
 *
 * For a medicine, each #MgInteraction carries that medicine's resolved
 * hours, spacing and matched-medicine; for a class, the interaction-wide
 * ones. For a product, the interactions of every ingredient: each has
 * matched-product and matched-medicine (the ingredient it comes from), and
 * the hours that apply to the product (its own cited figure when it has
 * one, hours-from-product); the product's overall figure, the strictest of
 * its ingredients' when it has none of its own, is on #MgBrand
 * (mg_kb_lookup_brand()).
 *
 * Returns: (transfer full): the interactions, most severe first (empty:
 *   the medicine is known and has none); %NULL with @error set, and
 *   %MG_KB_ERROR_NOT_FOUND for an unknown name, so that "unknown medicine"
 *   never looks like "no interaction"
 */
GListModel         *mg_kb_find_interactions    (MgKb        *kb,
                                                const char  *medicine_name,
                                                GError     **error);

/**
 * mg_kb_list_conditions:
 *
 * Returns: (transfer full): every #MgCondition, or %NULL with @error set
 */
GListModel         *mg_kb_list_conditions      (MgKb        *kb,
                                                GError     **error);
/**
 * mg_kb_lookup_condition:
 *
 * Returns: (transfer full): the condition, or %NULL with @error set
 */
MgCondition        *mg_kb_lookup_condition     (MgKb        *kb,
                                                const char  *id,
                                                GError     **error);
/**
 * mg_kb_list_foods:
 *
 * Returns: (transfer full): every #MgFood, or %NULL with @error set
 */
GListModel         *mg_kb_list_foods           (MgKb        *kb,
                                                GError     **error);
/**
 * mg_kb_list_facts:
 * @topic: (nullable): a fact topic such as "absorption"; %NULL for all
 *
 * Returns: (transfer full): the facts as #MgArticle, or %NULL with @error
 *   set
 */
GListModel         *mg_kb_list_facts           (MgKb        *kb,
                                                const char  *topic,
                                                GError     **error);
/**
 * mg_kb_list_cautions:
 *
 * Returns: (transfer full): the cautions as #MgArticle (topic = level),
 *   or %NULL with @error set
 */
GListModel         *mg_kb_list_cautions        (MgKb        *kb,
                                                GError     **error);
/**
 * mg_kb_list_lab_interferences:
 *
 * Returns: (transfer full): the lab interferences as #MgArticle, or %NULL
 *   with @error set
 */
GListModel         *mg_kb_list_lab_interferences (MgKb      *kb,
                                                  GError   **error);
/**
 * mg_kb_list_serum_ranges:
 *
 * Returns: (transfer full): every #MgSerumRange, or %NULL with @error set
 */
GListModel         *mg_kb_list_serum_ranges    (MgKb        *kb,
                                                GError     **error);
/**
 * mg_kb_list_serum_disagreements:
 *
 * Each entry covers serum bands from different sources that put the same
 * finding at different levels (mg_serum_range_get_disagreements() gives a
 * band's entries); show it next to those bands.
 *
 * Returns: (transfer full): every #MgSerumDisagreement, or %NULL with @error
 *   set
 */
GListModel         *mg_kb_list_serum_disagreements (MgKb    *kb,
                                                GError     **error);
/**
 * mg_kb_lookup_dosing_advice:
 * @id: such as "split-dose"
 *
 * Returns: (transfer full): the advice and its threshold, or %NULL with
 *   @error set
 */
MgDosingAdvice     *mg_kb_lookup_dosing_advice (MgKb        *kb,
                                                const char  *id,
                                                GError     **error);

/**
 * mg_kb_list_record_texts:
 * @kind: a record kind ("condition", "fact", one this build does not know)
 * @id: the record's id
 *
 * Every text of a record and of its children (doses, notes,
 * disagreements…), in the current language, else English, for views of
 * kinds they do not know. Each is an #MgArticle whose id is the text's
 * owner key, kind the text's field ("name", "summary", "dose"…), text the
 * text, and sources those cited for that owner; the record's own texts
 * first, then its children in natural order.
 *
 * Returns: (transfer full): a #GListModel of #MgArticle, empty for an
 *   unknown record; %NULL with @error set
 */
GListModel         *mg_kb_list_record_texts    (MgKb        *kb,
                                                const char  *kind,
                                                const char  *id,
                                                GError     **error);
/**
 * mg_kb_dup_names:
 * @kind: "medicine", "compound" or "interaction" (the kinds with names)
 * @id: the record's id
 * @language: "en", "nl"…; "" for brands, which belong to no language
 *
 * The record's names in one language, the main name first, then its
 * synonyms in source order. No fallback: an empty array means the
 * knowledge base gives no name in that language.
 *
 * Returns: (transfer full): a %NULL-terminated array, maybe empty; %NULL
 *   with @error set
 */
GStrv               mg_kb_dup_names            (MgKb        *kb,
                                                const char  *kind,
                                                const char  *id,
                                                const char  *language,
                                                GError     **error);

/**
 * mg_kb_search:
 * @text: what the person typed
 * @limit: the most results to return; 0 for the default (50)
 *
 * Searches everything in the current language: exact name, then name
 * prefix, then substring; medicines, interactions and compounds before
 * long texts, sources (by author, title, publisher) last. A result found
 * by a brand or synonym says so in #MgSearchResult:matched-name.
 *
 * Returns: (transfer full): a #GListModel of #MgSearchResult, best first
 *   (empty for an empty @text), or %NULL with @error set
 */
GListModel         *mg_kb_search               (MgKb        *kb,
                                                const char  *text,
                                                guint        limit,
                                                GError     **error);
/**
 * mg_kb_suggest:
 * @text: a name the knowledge base may not know, as typed
 * @kinds: (nullable) (array zero-terminated=1): the record kinds to offer
 *   ("medicine", "interaction"…), preferred in this order on a tie; %NULL
 *   for every kind with names
 * @limit: the most results to return; 0 for 5
 *
 * The names closest to @text, for "did you mean": by edit distance, only
 * those within about a third of its length.
 *
 * Returns: (transfer full): a #GListModel of #MgSearchResult, closest
 *   first, empty when nothing is close; %NULL with @error set
 */
GListModel         *mg_kb_suggest              (MgKb               *kb,
                                                const char         *text,
                                                const char * const *kinds,
                                                guint               limit,
                                                GError            **error);

G_END_DECLS
