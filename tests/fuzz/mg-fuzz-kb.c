/* mg-fuzz-kb.c — every MgKb query, and what every answer must be
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What must hold for any database the reader opened:
 *  - each query returns a result or sets an MG_KB_ERROR with a one-line
 *    message, never both and never neither;
 *  - every text in a result is valid UTF-8 (it goes into a GtkLabel);
 *  - every number is finite, and the numbers the dosing engine computes
 *    with are in their range: an elemental fraction in (0, 1], an intake
 *    or upper limit above 0 when it has a value, hours apart 0 or more
 *    (or -1 for none given), food magnesium 0 or more.
 * A NaN or a negative limit would not crash anything; it would give a
 * wrong answer without saying so, which is worse.
 */
#include <math.h>
#include <string.h>

#include "mg-fuzz.h"
#include "mg-fuzz-kb.h"

/* Records checked per list and nesting followed: enough to reach every
 * kind of row, few enough to keep thousands of runs a second. */
#define MAX_ITEMS 12
#define MAX_DEPTH 4

typedef struct
{
  MgKb          *kb;
  MgFuzzKbTrust  trust;
  const char    *subject;
} Ctx;

static void check_object (Ctx *ctx, GObject *object, guint depth);

static void
check_text (Ctx        *ctx,
            const char *text)
{
  if (text != NULL)
    MG_FUZZ_CHECK (g_utf8_validate (text, -1, NULL), ctx->subject);
}

static void
check_model (Ctx        *ctx,
             GListModel *model,
             guint       depth)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < MIN (n, MAX_ITEMS); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      MG_FUZZ_CHECK (item != NULL, ctx->subject);
      check_object (ctx, item, depth + 1);
    }
}

/* The ranges the engine relies on (docs/kb-format.md). */
static void
check_record (Ctx     *ctx,
              GObject *object)
{
  const char *s = ctx->subject;

  if (MG_IS_COMPOUND (object))
    {
      double fraction = mg_compound_get_elemental_fraction (MG_COMPOUND (object));

      MG_FUZZ_CHECK (fraction > 0.0 && fraction <= 1.0, s);
    }
  else if (MG_IS_INTAKE_REFERENCE (object))
    {
      MgIntakeReference *intake = MG_INTAKE_REFERENCE (object);

      if (mg_intake_reference_get_has_value (intake))
        MG_FUZZ_CHECK (mg_intake_reference_get_mg (intake) > 0.0, s);
    }
  else if (MG_IS_UPPER_LIMIT (object))
    {
      MgUpperLimit *limit = MG_UPPER_LIMIT (object);

      if (mg_upper_limit_get_has_value (limit))
        MG_FUZZ_CHECK (mg_upper_limit_get_mg (limit) > 0.0, s);
    }
  else if (MG_IS_INTERACTION (object))
    {
      MgInteraction *interaction = MG_INTERACTION (object);
      double before = mg_interaction_get_hours_before (interaction);
      double after = mg_interaction_get_hours_after (interaction);

      MG_FUZZ_CHECK (before >= 0.0 || before == -1.0, s);
      MG_FUZZ_CHECK (after >= 0.0 || after == -1.0, s);
    }
  else if (MG_IS_FOOD (object))
    {
      MG_FUZZ_CHECK (mg_food_get_mg_per_100g (MG_FOOD (object)) >= 0.0, s);
    }
}

/* Every readable property, whatever the record: texts, lists of texts,
 * numbers, and the records and lists inside. */
static void
check_object (Ctx     *ctx,
              GObject *object,
              guint    depth)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  if (depth > MAX_DEPTH)
    return;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
      g_auto(GValue) value = G_VALUE_INIT;

      if (!(pspec->flags & G_PARAM_READABLE))
        continue;

      g_value_init (&value, type);
      g_object_get_property (object, pspec->name, &value);

      if (type == G_TYPE_STRING)
        check_text (ctx, g_value_get_string (&value));
      else if (type == G_TYPE_STRV)
        {
          const char * const *strv = g_value_get_boxed (&value);

          for (guint j = 0; strv != NULL && strv[j] != NULL; j++)
            check_text (ctx, strv[j]);
        }
      else if (type == G_TYPE_DOUBLE)
        MG_FUZZ_CHECK (isfinite (g_value_get_double (&value)), ctx->subject);
      else if (g_type_is_a (type, G_TYPE_LIST_MODEL) && g_value_get_object (&value) != NULL)
        check_model (ctx, g_value_get_object (&value), depth);
      else if (g_type_is_a (type, G_TYPE_OBJECT) && g_value_get_object (&value) != NULL)
        check_object (ctx, g_value_get_object (&value), depth + 1);
    }

  check_record (ctx, object);
}

/* A query's outcome: exactly one of @result and @error. Takes both. */
static void
check_answer (Ctx      *ctx,
              gpointer  result,
              GError   *error)
{
  MG_FUZZ_CHECK ((result == NULL) != (error == NULL), ctx->subject);

  if (error != NULL)
    {
      MG_FUZZ_CHECK (error->domain == MG_KB_ERROR, ctx->subject);
      mg_fuzz_check_message (error->message, ctx->subject);
      if (ctx->trust == MG_FUZZ_KB_COMPILED)
        MG_FUZZ_CHECK (error->code == MG_KB_ERROR_NOT_FOUND, ctx->subject);
      g_error_free (error);
    }
  else if (G_IS_LIST_MODEL (result))
    {
      check_model (ctx, result, 0);
      g_object_unref (result);
    }
  else
    {
      check_object (ctx, result, 0);
      g_object_unref (result);
    }
}

#define ANSWER(ctx, call) \
  G_STMT_START { \
    GError *answer_error = NULL; \
    gpointer answer = (call); \
    check_answer ((ctx), answer, answer_error); \
  } G_STMT_END

/* The ids of the first records of a list query, to look each one up. */
static GPtrArray *
first_ids (Ctx        *ctx,
           GListModel *model)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; model != NULL && i < MIN (g_list_model_get_n_items (model), MAX_ITEMS / 3); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *id = NULL;

      g_object_get (item, "id", &id, NULL);
      if (id != NULL)
        g_ptr_array_add (ids, g_steal_pointer (&id));
    }

  return ids;
}

/* Runs a list query, checks it, and hands back the ids it starts with. */
#define LIST_IDS(ctx, ids, call) \
  G_STMT_START { \
    GError *list_error = NULL; \
    GListModel *list = (call); \
    ids = first_ids ((ctx), list); \
    check_answer ((ctx), list, list_error); \
  } G_STMT_END

static void
check_people (Ctx *ctx)
{
  static const guint ages[] = { 0, 11, 48, 240, 1200 };
  static const char * const sexes[] = { "female", "male" };
  static const char * const statuses[] = { "none", "pregnant", "lactating" };
  g_autoptr(GPtrArray) sets = NULL;
  g_autoptr(GPtrArray) limit_sets = NULL;

  LIST_IDS (ctx, sets, mg_kb_list_reference_sets (ctx->kb, &list_error));
  LIST_IDS (ctx, limit_sets, mg_kb_list_limit_sets (ctx->kb, &list_error));
  /* NULL: the default set, as the app asks first. */
  g_ptr_array_insert (sets, 0, NULL);
  g_ptr_array_insert (limit_sets, 0, NULL);

  for (guint i = 0; i < sets->len; i++)
    {
      const char *set = g_ptr_array_index (sets, i);

      ANSWER (ctx, mg_kb_list_intakes (ctx->kb, set, &answer_error));
      for (guint a = 0; a < G_N_ELEMENTS (ages); a++)
        for (guint x = 0; x < G_N_ELEMENTS (sexes); x++)
          for (guint t = 0; t < G_N_ELEMENTS (statuses); t++)
            ANSWER (ctx, mg_kb_get_intake (ctx->kb, set, ages[a], sexes[x], statuses[t], &answer_error));
    }

  for (guint i = 0; i < limit_sets->len; i++)
    {
      const char *set = g_ptr_array_index (limit_sets, i);

      ANSWER (ctx, mg_kb_list_upper_limits (ctx->kb, set, &answer_error));
      for (guint a = 0; a < G_N_ELEMENTS (ages); a++)
        for (guint t = 0; t < G_N_ELEMENTS (statuses); t++)
          ANSWER (ctx, mg_kb_get_upper_limit (ctx->kb, set, ages[a], statuses[t], &answer_error));
    }
}

static void
check_meta (Ctx *ctx)
{
  static const char * const keys[] = { "schema_version", "languages", "default_reference", "default_limits",
                                       "no-such-key" };
  const char * const *languages = mg_kb_get_languages (ctx->kb);

  MG_FUZZ_CHECK (languages != NULL && languages[0] != NULL, ctx->subject);
  for (guint i = 0; languages[i] != NULL; i++)
    check_text (ctx, languages[i]);
  check_text (ctx, mg_kb_get_language (ctx->kb));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GError *error = NULL;
      char *value = mg_kb_dup_meta (ctx->kb, keys[i], &error);

      MG_FUZZ_CHECK ((value == NULL) != (error == NULL), ctx->subject);
      check_text (ctx, value);
      if (error != NULL)
        {
          mg_fuzz_check_message (error->message, ctx->subject);
          if (ctx->trust == MG_FUZZ_KB_COMPILED)
            MG_FUZZ_CHECK (error->code == MG_KB_ERROR_NOT_FOUND, ctx->subject);
        }
      g_clear_error (&error);
      g_free (value);
    }
}

static void
check_search (Ctx *ctx)
{
  /* Short, prefix, substring, FTS syntax that must be taken literally,
   * accents and the empty text. */
  static const char * const texts[] = { "", "m", "ma", "magn", "cipro", "\"*(", "NEAR(a b)", "é", "citr" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    ANSWER (ctx, mg_kb_search (ctx->kb, texts[i], i % 3 == 0 ? 0 : 5, &answer_error));
}

/* A record's names (never NULL on success) and its texts. */
static void
check_record_texts (Ctx        *ctx,
                    const char *kind,
                    const char *id)
{
  static const char * const languages[] = { "en", "nl" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      GError *error = NULL;
      g_auto(GStrv) names = mg_kb_dup_names (ctx->kb, kind, id, languages[i], &error);

      MG_FUZZ_CHECK ((names == NULL) != (error == NULL), ctx->subject);
      for (guint j = 0; names != NULL && names[j] != NULL; j++)
        check_text (ctx, names[j]);
      if (error != NULL)
        {
          MG_FUZZ_CHECK (error->domain == MG_KB_ERROR, ctx->subject);
          mg_fuzz_check_message (error->message, ctx->subject);
          MG_FUZZ_CHECK (ctx->trust != MG_FUZZ_KB_COMPILED, ctx->subject);
          g_error_free (error);
        }
    }

  ANSWER (ctx, mg_kb_list_record_texts (ctx->kb, kind, id, &answer_error));
}

/* Brands and products, generic salt names, and the names suggested for
 * what the knowledge base does not know. */
static void
check_names (Ctx        *ctx,
             GPtrArray  *medicines)
{
  static const char * const suggest_kinds[] = { "medicine", "compound", NULL };
  static const char * const texts[] = { "", "cipr", "Juluca", "magnesiumsulfaat", "\"*(", "zzzz" };
  g_autoptr(GPtrArray) brands = NULL;
  g_autoptr(GPtrArray) generics = NULL;

  LIST_IDS (ctx, brands, mg_kb_list_brands (ctx->kb, &list_error));
  for (guint i = 0; i < brands->len; i++)
    ANSWER (ctx, mg_kb_lookup_brand (ctx->kb, g_ptr_array_index (brands, i), &answer_error));
  for (guint i = 0; i < medicines->len; i++)
    ANSWER (ctx, mg_kb_list_brands_containing (ctx->kb, g_ptr_array_index (medicines, i), &answer_error));

  LIST_IDS (ctx, generics, mg_kb_list_generic_names (ctx->kb, &list_error));
  for (guint i = 0; i < generics->len; i++)
    ANSWER (ctx, mg_kb_lookup_generic_name (ctx->kb, g_ptr_array_index (generics, i), &answer_error));

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      ANSWER (ctx, mg_kb_lookup_brand (ctx->kb, texts[i], &answer_error));
      ANSWER (ctx, mg_kb_lookup_generic_name (ctx->kb, texts[i], &answer_error));
      ANSWER (ctx, mg_kb_suggest (ctx->kb, texts[i], i % 2 == 0 ? NULL : suggest_kinds, 5, &answer_error));
    }
}

/**
 * mg_fuzz_kb_check_all:
 * @kb: an opened knowledge base
 * @trust: which failures are allowed
 * @subject: the input, for reports
 *
 * Runs every query of mg-kb.h: each list, each lookup on the first ids of
 * its list and on a name that does not exist, intakes and limits for a
 * few ages, sexes and statuses, searches, and the sources of what it saw.
 */
void
mg_fuzz_kb_check_all (MgKb          *kb,
                      MgFuzzKbTrust  trust,
                      const char    *subject)
{
  Ctx ctx = { kb, trust, subject };
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) compounds = NULL;
  g_autoptr(GPtrArray) medicines = NULL;
  g_autoptr(GPtrArray) interactions = NULL;
  g_autoptr(GPtrArray) conditions = NULL;
  g_autoptr(GPtrArray) facts = NULL;

  check_meta (&ctx);

  LIST_IDS (&ctx, sources, mg_kb_list_sources (kb, &list_error));
  for (guint i = 0; i < sources->len; i++)
    {
      ANSWER (&ctx, mg_kb_lookup_source (kb, g_ptr_array_index (sources, i), &answer_error));
      ANSWER (&ctx, mg_kb_list_citing (kb, g_ptr_array_index (sources, i), &answer_error));
    }

  LIST_IDS (&ctx, compounds, mg_kb_list_compounds (kb, &list_error));
  for (guint i = 0; i < compounds->len; i++)
    {
      const char *id = g_ptr_array_index (compounds, i);
      g_autofree char *owner = g_strconcat ("compound:", id, NULL);

      ANSWER (&ctx, mg_kb_lookup_compound (kb, id, &answer_error));
      ANSWER (&ctx, mg_kb_list_generic_names_for_form (kb, id, &answer_error));
      ANSWER (&ctx, mg_kb_get_sources_for (kb, owner, &answer_error));
      check_record_texts (&ctx, "compound", id);
    }
  ANSWER (&ctx, mg_kb_lookup_compound (kb, "magnesiumcitraat", &answer_error));

  LIST_IDS (&ctx, medicines, mg_kb_list_medicines (kb, &list_error));
  for (guint i = 0; i < medicines->len; i++)
    {
      const char *id = g_ptr_array_index (medicines, i);

      ANSWER (&ctx, mg_kb_lookup_medicine (kb, id, &answer_error));
      ANSWER (&ctx, mg_kb_find_interactions (kb, id, &answer_error));
      check_record_texts (&ctx, "medicine", id);
    }
  ANSWER (&ctx, mg_kb_find_interactions (kb, "Ciprofloxacine", &answer_error));
  ANSWER (&ctx, mg_kb_lookup_medicine (kb, "no such medicine", &answer_error));

  LIST_IDS (&ctx, interactions, mg_kb_list_interactions (kb, &list_error));
  for (guint i = 0; i < interactions->len; i++)
    {
      const char *id = g_ptr_array_index (interactions, i);
      g_autofree char *owner = g_strconcat ("interaction:", id, NULL);

      ANSWER (&ctx, mg_kb_lookup_interaction (kb, id, &answer_error));
      ANSWER (&ctx, mg_kb_find_interactions (kb, id, &answer_error));
      ANSWER (&ctx, mg_kb_get_sources_for (kb, owner, &answer_error));
    }

  LIST_IDS (&ctx, conditions, mg_kb_list_conditions (kb, &list_error));
  for (guint i = 0; i < conditions->len; i++)
    ANSWER (&ctx, mg_kb_lookup_condition (kb, g_ptr_array_index (conditions, i), &answer_error));

  LIST_IDS (&ctx, facts, mg_kb_list_facts (kb, NULL, &list_error));
  ANSWER (&ctx, mg_kb_list_facts (kb, "absorption", &answer_error));
  ANSWER (&ctx, mg_kb_list_foods (kb, &answer_error));
  ANSWER (&ctx, mg_kb_list_cautions (kb, &answer_error));
  ANSWER (&ctx, mg_kb_list_lab_interferences (kb, &answer_error));
  ANSWER (&ctx, mg_kb_list_serum_ranges (kb, &answer_error));
  ANSWER (&ctx, mg_kb_list_serum_disagreements (kb, &answer_error));
  ANSWER (&ctx, mg_kb_lookup_dosing_advice (kb, "split-dose", &answer_error));

  check_names (&ctx, medicines);
  check_people (&ctx);
  check_search (&ctx);
}

/**
 * mg_fuzz_kb_check_path:
 * @path: a database the compiler just wrote
 * @language: the language to read it in
 * @subject: the compiler's input, for reports
 *
 * The reader must open what the compiler wrote, and answer every query
 * with a result or "not found".
 */
void
mg_fuzz_kb_check_path (const char *path,
                       const char *language,
                       const char *subject)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgKb) kb = mg_kb_new_for_path (path, &error);

  if (kb == NULL)
    g_printerr ("the reader refused the compiler's output: %s\n", error->message);
  MG_FUZZ_CHECK (kb != NULL, subject);

  mg_kb_set_language (kb, language);
  mg_fuzz_kb_check_all (kb, MG_FUZZ_KB_COMPILED, subject);
}
