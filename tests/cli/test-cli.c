/* test-cli.c — run magnesium-guide-cli and check what scripts rely on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "mg-test-kb-faults.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* env: NULL-terminated "NAME=value" pairs to set for the child. */
static void
run_cli (Run                *run,
         const char * const *env,
         const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (char *) g_getenv ("MG_TEST_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  for (guint i = 0; env != NULL && env[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (env[i], "=", 2);

      g_subprocess_launcher_setenv (launcher, pair[0], pair[1], TRUE);
    }

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

#define RUN(run, ...) run_cli ((run), NULL, (const char *[]) { __VA_ARGS__, NULL })
#define RUN_ENV(run, env, ...) run_cli ((run), (const char *[]) { env, NULL }, (const char *[]) { __VA_ARGS__, NULL })

static JsonObject *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  return json_object_ref (json_node_get_object (root));
}

static JsonObject *
run_json_ok (const char * const *args)
{
  g_auto(Run) run = { 0, };

  run_cli (&run, NULL, args);
  if (run.status != 0)
    g_test_message ("stderr: %s", run.err);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  return parse_json (run.out);
}

#define JSON_OK(...) run_json_ok ((const char *[]) { "--json", __VA_ARGS__, NULL })

static void
test_compounds (void)
{
  g_autoptr(JsonObject) root = JSON_OK ("compounds");
  JsonArray *compounds = json_object_get_array_member (root, "compounds");
  gboolean seen_oxide = FALSE;

  g_assert_cmpuint (json_array_get_length (compounds), >, 10);
  for (guint i = 0; i < json_array_get_length (compounds); i++)
    {
      JsonObject *compound = json_array_get_object_element (compounds, i);
      double fraction = json_object_get_double_member (compound, "elemental_fraction");

      g_assert_nonnull (json_object_get_string_member (compound, "id"));
      g_assert_nonnull (json_object_get_string_member (compound, "name"));
      g_assert_nonnull (json_object_get_string_member (compound, "formula"));
      g_assert_cmpfloat (json_object_get_double_member (compound, "molar_mass"), >, 24.3);
      g_assert_cmpfloat (fraction, >, 0.0);
      g_assert_cmpfloat (fraction, <, 1.0);
      if (g_strcmp0 (json_object_get_string_member (compound, "id"), "oxide") == 0)
        {
          seen_oxide = TRUE;
          g_assert_cmpfloat_with_epsilon (fraction, 0.603, 0.001);
        }
    }
  g_assert_true (seen_oxide);
}

static void
test_elemental (void)
{
  g_autoptr(JsonObject) oxide = JSON_OK ("elemental", "oxide", "500mg");
  g_autoptr(JsonObject) spaced = JSON_OK ("elemental", "Magnesium", "oxide", "1,5", "g");
  g_autoptr(JsonObject) mmol = JSON_OK ("elemental", "citrate-nonahydrate", "10mmol");

  g_assert_cmpstr (json_object_get_string_member (oxide, "compound"), ==, "oxide");
  g_assert_cmpfloat (json_object_get_double_member (oxide, "amount_mg"), ==, 500.0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (oxide, "elemental_mg"), 301.5, 0.1);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (oxide, "elemental_mmol"), 12.405, 0.01);

  g_assert_cmpfloat (json_object_get_double_member (spaced, "amount_mg"), ==, 1500.0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (spaced, "elemental_mg"), 904.6, 0.1);

  /* mmol count magnesium, whatever the salt. */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (mmol, "elemental_mg"), 243.05, 1e-9);
}

static void
test_elemental_dutch_name (void)
{
  g_auto(Run) run = { 0, };
  g_autoptr(JsonObject) root = NULL;

  /* A Dutch name works whatever the output language: the knowledge base
   * has them (kb-translations-complete fails when one is missing). */
  RUN (&run, "--json", "elemental", "magnesiumsulfaat", "4g");
  if (run.status != 0)
    g_test_message ("stderr: %s", run.err);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  /* The generic name means the pharmacopoeia's heptahydrate: 4 g is the
   * 16 mmol of the infusion doses, not the 33 mmol of the anhydrous salt. */
  g_assert_cmpstr (json_object_get_string_member (root, "compound"), ==, "sulfate-heptahydrate");
  g_assert_cmpfloat (json_object_get_double_member (root, "amount_mg"), ==, 4000.0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "elemental_mmol"), 16.23, 0.01);
}


/* Issue 8: a salt's plain name names its form, or every form it can mean. */
static void
test_elemental_forms (void)
{
  g_autoptr(JsonObject) sulfate = JSON_OK ("elemental", "magnesium", "sulfate", "4g");
  g_autoptr(JsonObject) citrate = JSON_OK ("elemental", "magnesiumcitraat", "1,5g");
  JsonArray *forms;
  gboolean nonahydrate = FALSE;
  g_auto(Run) human = { 0, };

  g_assert_cmpstr (json_object_get_string_member (sulfate, "compound"), ==, "sulfate-heptahydrate");
  g_assert_cmpstr (json_object_get_string_member (sulfate, "generic_name"), ==, "sulfate");
  g_assert_false (json_object_get_boolean_member (sulfate, "ambiguous"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (sulfate, "elemental_mmol"), 16.23, 0.01);

  g_assert_true (json_object_get_null_member (citrate, "compound"));
  g_assert_true (json_object_get_boolean_member (citrate, "ambiguous"));
  g_assert_cmpstr (json_object_get_string_member (citrate, "generic_name"), ==, "citrate");
  forms = json_object_get_array_member (citrate, "forms");
  g_assert_cmpuint (json_array_get_length (forms), ==, 4);
  for (guint i = 0; i < json_array_get_length (forms); i++)
    {
      JsonObject *form = json_array_get_object_element (forms, i);

      g_assert_cmpfloat (json_object_get_double_member (form, "elemental_fraction"), >, 0.08);
      g_assert_cmpfloat (json_object_get_double_member (form, "elemental_fraction"), <, 0.17);
      if (g_strcmp0 (json_object_get_string_member (form, "id"), "citrate-nonahydrate") == 0)
        {
          nonahydrate = TRUE;
          g_assert_cmpfloat_with_epsilon (json_object_get_double_member (form, "elemental_mg"), 178.3, 0.1);
        }
    }
  g_assert_true (nonahydrate);

  /* The person reads which form was used. */
  RUN (&human, "elemental", "magnesiumsulfaat", "4g");
  g_assert_cmpint (human.status, ==, 0);
  g_assert_nonnull (strstr (human.out, "heptahydrate"));
  g_assert_nonnull (strstr (human.out, "sulfate-heptahydrate"));
}

/* A plan with an ambiguous salt is refused with its forms, a resolved one
 * names the form in the JSON. */
static void
test_check_forms (void)
{
  g_autoptr(JsonObject) resolved = JSON_OK ("check", "--age", "40", "--sex", "female", "--take", "magnesiumsulfaat:1g");
  JsonObject *product = json_array_get_object_element (json_object_get_array_member (resolved, "products"), 0);
  g_auto(Run) ambiguous = { 0, };

  g_assert_cmpstr (json_object_get_string_member (product, "compound"), ==, "sulfate-heptahydrate");
  g_assert_cmpstr (json_object_get_string_member (product, "generic_name"), ==, "sulfate");

  RUN (&ambiguous, "check", "--age", "40", "--sex", "female", "--take", "citrate:500mg");
  g_assert_cmpint (ambiguous.status, ==, 2);
  g_assert_nonnull (strstr (ambiguous.err, "citrate-nonahydrate"));
}

/* A combination product: its own hours, and which ingredient each
 * interaction comes from. */
static void
test_interactions_products (void)
{
  g_autoptr(JsonObject) juluca = JSON_OK ("interactions", "Juluca");
  g_autoptr(JsonObject) check = JSON_OK ("check", "--age", "40", "--sex", "female", "--take", "oxide:100mg",
                                         "--medicine", "Juluca");
  JsonObject *product = json_array_get_object_element (json_object_get_array_member (juluca, "products"), 0);
  JsonArray *matches = json_object_get_array_member (juluca, "matches");
  JsonArray *warnings = json_object_get_array_member (check, "warnings");
  gboolean warned = FALSE;

  g_assert_cmpstr (json_object_get_string_member (product, "id"), ==, "juluca");
  g_assert_cmpfloat (json_object_get_double_member (product, "separate_hours_before"), ==, 4);
  g_assert_cmpfloat (json_object_get_double_member (product, "separate_hours_after"), ==, 6);
  g_assert_cmpstr (json_object_get_string_member (product, "hours_from"), ==, "product");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (product, "ingredients")), ==, 2);

  g_assert_cmpuint (json_array_get_length (matches), ==, 2);
  for (guint i = 0; i < json_array_get_length (matches); i++)
    {
      JsonObject *match = json_array_get_object_element (matches, i);
      const char *ingredient = json_object_get_string_member (match, "medicine_id");

      g_assert_cmpstr (json_object_get_string_member (match, "product_id"), ==, "juluca");
      g_assert_true (g_strcmp0 (ingredient, "dolutegravir") == 0 || g_strcmp0 (ingredient, "rilpivirine") == 0);
      g_assert_cmpfloat (json_object_get_double_member (match, "separate_hours_before"), ==, 4);
    }

  for (guint i = 0; i < json_array_get_length (warnings); i++)
    {
      JsonObject *warning = json_array_get_object_element (warnings, i);

      if (g_strcmp0 (json_object_get_string_member (warning, "code"), "interaction") != 0)
        continue;
      warned = TRUE;
      g_assert_cmpstr (json_object_get_string_member (warning, "product"), ==, "juluca");
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (warning, "ingredients")), ==, 2);
    }
  g_assert_true (warned);
}

/* The conditions command: ratings, route, doses and the daily amount. */
static void
test_conditions (void)
{
  g_autoptr(JsonObject) all = JSON_OK ("conditions");
  g_autoptr(JsonObject) migraine = JSON_OK ("conditions", "migraine");
  JsonObject *condition = json_array_get_object_element (json_object_get_array_member (migraine, "conditions"), 0);
  JsonArray *doses = json_object_get_array_member (condition, "doses");
  gboolean menstrual = FALSE;
  g_auto(Run) unknown = { 0, };
  g_auto(Run) human = { 0, };

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (all, "conditions")), >, 20);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (migraine, "conditions")), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (condition, "id"), ==, "migraine");
  g_assert_cmpstr (json_object_get_string_member (condition, "route"), ==, "oral");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (condition, "ratings")), >, 0);

  for (guint i = 0; i < json_array_get_length (doses); i++)
    {
      JsonObject *dose = json_array_get_object_element (doses, i);

      if (g_strcmp0 (json_object_get_string_member (dose, "compound"), "pidolate") != 0)
        continue;
      menstrual = TRUE;
      /* 360 mg a day in three doses, not three times 360 mg */
      g_assert_cmpfloat (json_object_get_double_member (dose, "daily_elemental_mg_max"), ==, 360);
      g_assert_cmpfloat (json_object_get_double_member (dose, "intakes_per_day"), ==, 3);
      g_assert_true (json_object_get_boolean_member (dose, "above_upper_limit"));
      g_assert_true (json_object_get_boolean_member (dose, "supervised"));
    }
  g_assert_true (menstrual);

  RUN (&human, "conditions", "migraine");
  g_assert_cmpint (human.status, ==, 0);
  g_assert_nonnull (strstr (human.out, "medical supervision"));
  /* A salt's dose gets its daily magnesium; a dose already published as mg
   * of magnesium a day is not repeated as "= the same". */
  g_assert_nonnull (strstr (human.out, "= 583.3 mg of magnesium a day"));
  g_assert_nonnull (strstr (human.out, ": 360–600 mg of magnesium a day"));
  g_assert_null (strstr (human.out, "= 360–600 mg"));

  RUN (&unknown, "conditions", "no such condition");
  g_assert_cmpint (unknown.status, ==, 2);
}

/* No value outside the set's table, with the reason. */
static void
test_intake_reason (void)
{
  g_autoptr(JsonObject) under_14 = JSON_OK ("intake", "--age", "13", "--sex", "female", "--pregnant",
                                            "--reference", "us", "--limits", "us");

  g_assert_true (json_object_get_null_member (under_14, "mg_per_day"));
  g_assert_nonnull (strstr (json_object_get_string_member (under_14, "no_value_reason"), "14"));
}

static void
test_intake (void)
{
  g_autoptr(JsonObject) teen = JSON_OK ("intake", "--age", "15", "--sex", "female", "--pregnant");
  g_autoptr(JsonObject) baby = JSON_OK ("intake", "--age-months", "11", "--sex", "male");
  g_autoptr(JsonObject) us = JSON_OK ("intake", "--age", "14", "--sex", "male", "--reference", "us", "--limits", "us");

  g_assert_cmpfloat (json_object_get_double_member (teen, "mg_per_day"), ==, 300.0);
  g_assert_nonnull (json_object_get_string_member (teen, "kind"));
  g_assert_cmpfloat (json_object_get_double_member (teen, "upper_limit_mg_per_day"), ==, 250.0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (teen, "sources")), >, 0);

  g_assert_cmpfloat (json_object_get_double_member (baby, "mg_per_day"), ==, 80.0);
  g_assert_true (json_object_get_null_member (baby, "upper_limit_mg_per_day"));

  g_assert_cmpfloat (json_object_get_double_member (us, "mg_per_day"), ==, 410.0);
  g_assert_cmpfloat (json_object_get_double_member (us, "upper_limit_mg_per_day"), ==, 350.0);
  g_assert_cmpstr (json_object_get_string_member (us, "kind"), ==, "rda");
}

static gboolean
has_warning (JsonObject *root,
             const char *code)
{
  JsonArray *warnings = json_object_get_array_member (root, "warnings");

  for (guint i = 0; i < json_array_get_length (warnings); i++)
    {
      JsonObject *warning = json_array_get_object_element (warnings, i);

      g_assert_nonnull (json_object_get_string_member (warning, "message"));
      if (g_strcmp0 (json_object_get_string_member (warning, "code"), code) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_check_limits (void)
{
  g_autoptr(JsonObject) exact = JSON_OK ("check", "--age", "40", "--sex", "female", "--take", "elemental:250mg");
  g_autoptr(JsonObject) above = JSON_OK ("check", "--age", "40", "--sex", "female", "--take", "elemental:250,5mg");
  g_autoptr(JsonObject) several = JSON_OK ("check", "--age", "4", "--sex", "male",
                                           "--take", "elemental:100mg:1:1", "--take", "oxide:125mg:1:2",
                                           "--food", "300");
  g_autoptr(JsonObject) toddler = JSON_OK ("check", "--age", "3", "--sex", "male", "--take", "oxide:500mg");

  g_assert_cmpfloat (json_object_get_double_member (exact, "supplemental_elemental_mg_per_day"), ==, 250.0);
  g_assert_false (json_object_get_boolean_member (exact, "above_upper_limit"));
  g_assert_cmpfloat (json_object_get_double_member (exact, "over_limit_mg"), ==, 0.0);
  g_assert_false (has_warning (exact, "above_upper_limit"));
  g_assert_cmpfloat (json_object_get_double_member (exact, "upper_limit_mg_per_day"), ==, 250.0);
  g_assert_cmpfloat (json_object_get_double_member (exact, "reference_intake_mg_per_day"), ==, 300.0);

  g_assert_true (json_object_get_boolean_member (above, "above_upper_limit"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (above, "over_limit_mg"), 0.5, 1e-9);
  g_assert_true (has_warning (above, "above_upper_limit"));
  g_assert_true (has_warning (above, "split_dose"));

  /* 100 + 2 × 75.4 = 250.8 mg: the two products cross the limit together;
   * food (300 mg) never counts toward it. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (several, "products")), ==, 2);
  g_assert_true (json_object_get_boolean_member (several, "above_upper_limit"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (several, "supplemental_elemental_mg_per_day"), 250.76, 0.01);

  g_assert_true (json_object_get_null_member (toddler, "upper_limit_mg_per_day"));
  g_assert_false (json_object_get_boolean_member (toddler, "above_upper_limit"));
  g_assert_cmpstr (json_object_get_string_member (toddler, "limit_status"), ==, "no_limit");
  g_assert_true (has_warning (toddler, "no_upper_limit_for_age"));
}

static void
test_check_warnings (void)
{
  g_autoptr(JsonObject) root = JSON_OK ("check", "--age", "70", "--sex", "male", "--renal-impairment",
                                        "--take", "elemental:100mg", "--medicine", "ciprofloxacin",
                                        "--medicine", "levothyroxine");
  JsonArray *warnings = json_object_get_array_member (root, "warnings");
  guint interactions = 0;

  g_assert_true (has_warning (root, "renal_impairment"));
  for (guint i = 0; i < json_array_get_length (warnings); i++)
    {
      JsonObject *warning = json_array_get_object_element (warnings, i);

      if (g_strcmp0 (json_object_get_string_member (warning, "code"), "interaction") != 0)
        continue;
      interactions++;
      g_assert_false (json_object_get_null_member (warning, "hours_before"));
      if (g_strcmp0 (json_object_get_string_member (warning, "subject"), "ciprofloxacin") == 0)
        {
          g_assert_cmpfloat (json_object_get_double_member (warning, "hours_before"), ==, 2.0);
          g_assert_cmpfloat (json_object_get_double_member (warning, "hours_after"), ==, 6.0);
        }
    }
  g_assert_cmpuint (interactions, ==, 2);
}

static void
test_interactions (void)
{
  g_auto(Run) run = { 0, };
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(JsonObject) known = JSON_OK ("interactions", "ciprofloxacin");
  JsonArray *matches = json_object_get_array_member (known, "matches");
  JsonObject *match;

  g_assert_cmpuint (json_array_get_length (matches), >=, 1);
  match = json_array_get_object_element (matches, 0);
  g_assert_cmpstr (json_object_get_string_member (match, "query"), ==, "ciprofloxacin");
  g_assert_nonnull (json_object_get_string_member (match, "class"));
  g_assert_nonnull (json_object_get_string_member (match, "direction"));
  g_assert_nonnull (json_object_get_string_member (match, "severity"));
  g_assert_cmpfloat (json_object_get_double_member (match, "separate_hours_before"), ==, 2.0);
  g_assert_cmpfloat (json_object_get_double_member (match, "separate_hours_after"), ==, 6.0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (match, "sources")), >, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (known, "unrecognised")), ==, 0);

  /* An unknown name fails the command, after the output for the known ones. */
  RUN (&run, "--json", "interactions", "ciprofloxacin", "notamedicine");
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "notamedicine"));
  root = parse_json (run.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "matches")), >=, 1);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (root, "unrecognised"), 0), ==, "notamedicine");
}

static void
test_interactions_suggest_names (void)
{
  g_auto(Run) partial = { 0, };
  g_auto(Run) garbage = { 0, };
  g_auto(Run) typo = { 0, };
  g_auto(Run) mentioned = { 0, };

  /* The start of a name is not guessed at, but what it could be is offered. */
  RUN (&partial, "--lang", "en", "interactions", "cipro");
  g_assert_cmpint (partial.status, ==, 2);
  g_assert_nonnull (strstr (partial.err, "“cipro”"));
  g_assert_nonnull (strstr (partial.err, "did you mean: ciprofloxacin"));
  g_assert_cmpuint (strlen (partial.err), ==, strcspn (partial.err, "\n") + 1);

  RUN (&garbage, "--lang", "en", "interactions", "xqzvw");
  g_assert_cmpint (garbage.status, ==, 2);
  g_assert_null (strstr (garbage.err, "did you mean"));
  g_assert_nonnull (strstr (garbage.err, "check the spelling"));

  /* A slip inside a name finds it, once; a medicine the knowledge base only
   * mentions in a text (baclofen, beside the neuromuscular blockers) is not
   * offered as something it is not. */
  RUN (&typo, "--lang", "en", "interactions", "levotyroxine");
  g_assert_cmpint (typo.status, ==, 2);
  g_assert_nonnull (strstr (typo.err, "did you mean: levothyroxine?"));
  RUN (&mentioned, "--lang", "en", "interactions", "baclofen");
  g_assert_cmpint (mentioned.status, ==, 2);
  g_assert_null (strstr (mentioned.err, "did you mean"));
}

static void
test_search_and_convert (void)
{
  g_autoptr(JsonObject) search = JSON_OK ("search", "citrate");
  g_autoptr(JsonObject) convert = JSON_OK ("convert", "1", "mmol/L", "mg/dL");
  g_autoptr(JsonObject) back = JSON_OK ("convert", "2", "mEq/L", "mmol/L");
  JsonArray *results = json_object_get_array_member (search, "results");
  JsonObject *first;

  g_assert_cmpuint (json_array_get_length (results), >, 0);
  first = json_array_get_object_element (results, 0);
  g_assert_nonnull (json_object_get_string_member (first, "kind"));
  g_assert_nonnull (json_object_get_string_member (first, "id"));
  g_assert_nonnull (json_object_get_string_member (first, "title"));

  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (convert, "value"), 2.431, 0.001);
  g_assert_cmpstr (json_object_get_string_member (convert, "unit"), ==, "mg/dL");
  g_assert_cmpfloat (json_object_get_double_member (back, "value"), ==, 1.0);
}

/* Bad input: status 2, one line on stderr that says what and how. */
static const char * const bad_inputs[][12] = {
  { NULL },
  { "frobnicate", NULL },
  { "--bogus", "compounds", NULL },
  { "compounds", "--bogus", NULL },
  { "--lang", "fr", "compounds", NULL },
  { "elemental", "oxide", NULL },
  { "elemental", "oxide", "500", NULL },
  { "elemental", "unobtainium", "500mg", NULL },
  { "elemental", "oxide", "nan mg", NULL },
  { "elemental", "oxide", "inf mg", NULL },
  { "elemental", "oxide", "-5mg", NULL },
  { "elemental", "oxide", "0mg", NULL },
  { "elemental", "oxide", "1,234.5mg", NULL },
  { "elemental", "oxide", "5kg", NULL },
  { "elemental", "oxide", "1000000mg", NULL },
  { "convert", "abc", "mmol/L", "mg/dL", NULL },
  { "convert", "1", "mmol/L", "kg", NULL },
  { "convert", "1", "mmol/L", NULL },
  { "intake", "--sex", "female", NULL },
  { "intake", "--age", "40", NULL },
  { "intake", "--age", "4,5", "--sex", "female", NULL },
  { "intake", "--age", "40", "--sex", "other", NULL },
  { "intake", "--age", "40", "--sex", "female", "--reference", "xx", NULL },
  { "intake", "--age", "40", "--age-months", "3", "--sex", "female", NULL },
  { "check", "--age", "40", "--sex", "male", "--pregnant", "--take", "oxide:500mg", NULL },
  { "check", "--age", "40", "--sex", "female", NULL },
  { "check", "--age", "40", "--sex", "female", "--take", "oxide", NULL },
  { "check", "--age", "40", "--sex", "female", "--take", "oxide:500mg:0", NULL },
  { "check", "--age", "40", "--sex", "female", "--take", "oxide:500mg:1:1,5", NULL },
  { "check", "--age", "40", "--sex", "female", "--take", "oxide:500mg", "--medicine", "notamedicine", NULL },
  { "check", "--age", "40", "--sex", "female", "--take", "oxide:500mg", "--limits", "mars", NULL },
  { "interactions", NULL },
  { "search", NULL },
};

static void
test_bad_input (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *joined = g_strjoinv (" ", (char **) bad_inputs[i]);
      g_auto(Run) run = { 0, };
      const char *newline;

      g_test_message ("magnesium-guide-cli %s", joined);
      run_cli (&run, NULL, bad_inputs[i]);
      g_test_message ("→ %d: %s", run.status, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_prefix (run.err, "magnesium-guide-cli"));
      newline = strchr (run.err, '\n');
      g_assert_nonnull (newline);
      g_assert_cmpstr (newline + 1, ==, "");
      g_assert_cmpuint (strlen (run.err), >, 40);
    }
}

static void
test_internal_error (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mg-cli-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "kb.sqlite", NULL);
  g_autofree char *overlay = g_strdup_printf ("G_RESOURCE_OVERLAYS=/io/github/mgguide/MagnesiumGuide/kb=%s", dir);
  g_auto(Run) run = { 0, };

  /* A damaged knowledge base is our fault, not the user's: status 1. */
  g_assert_true (g_file_set_contents (file, "this is not a database, just some bytes to fill a page", -1, NULL));
  RUN_ENV (&run, overlay, "compounds");
  g_assert_cmpint (run.status, ==, 1);
  /* GLib announces the overlay first; ours is the one last line. */
  g_assert_nonnull (strstr (run.err, "magnesium-guide-cli compounds: "));
  g_assert_cmpstr (strchr (strstr (run.err, "magnesium-guide-cli compounds: "), '\n') + 1, ==, "");

  g_unlink (file);
  g_rmdir (dir);
}

/* One line on stderr, "magnesium-guide-cli COMMAND: …", nothing on stdout
 * that could pass for an answer, status 1. */
static void
assert_refused (Run        *run,
                const char *command,
                const char *message_part)
{
  g_autofree char *prefix = g_strdup_printf ("magnesium-guide-cli %s: ", command);

  g_test_message ("%s", run->err);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, prefix));
  /* the first line break is the last character */
  g_assert_cmpstr (strchr (run->err, '\n'), ==, "\n");
  g_assert_nonnull (strstr (run->err, message_part));
}

static GBytes *
shipped_kb (void)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (g_getenv ("MG_TEST_KB"), &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static void
test_kb_option (void)
{
  g_autoptr(GBytes) image = shipped_kb ();
  g_autofree char *path = mg_test_kb_copy (image, NULL);
  g_autofree char *with_equals = g_strconcat ("--kb=", path, NULL);
  g_autoptr(JsonObject) builtin = JSON_OK ("compounds");
  g_autoptr(JsonObject) before = JSON_OK ("--kb", path, "compounds");
  g_autoptr(JsonObject) after = JSON_OK ("compounds", "--kb", path);
  g_autoptr(JsonObject) equals = JSON_OK (with_equals, "compounds");
  g_auto(Run) missing_value = { 0, };
  guint n = json_array_get_length (json_object_get_array_member (builtin, "compounds"));

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (before, "compounds")), ==, n);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (after, "compounds")), ==, n);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (equals, "compounds")), ==, n);

  /* One fewer compound in the given file shows it is the one read. */
  mg_test_kb_exec (path, "DELETE FROM compound WHERE id = 'oxide';");
  {
    g_autoptr(JsonObject) changed = JSON_OK ("--kb", path, "compounds");

    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (changed, "compounds")), ==, n - 1);
  }

  RUN (&missing_value, "compounds", "--kb");
  g_assert_cmpint (missing_value.status, ==, 2);

  mg_test_kb_remove (path);
}

/* Every kind of bad file is refused when opening, with one line. */
static void
test_kb_refused (void)
{
  g_autoptr(GBytes) image = shipped_kb ();
  g_autofree char *dir = g_dir_make_tmp ("mg-cli-kb-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.sqlite", NULL);
  g_autofree char *text = g_build_filename (dir, "text.sqlite", NULL);
  g_autofree char *truncated = mg_test_kb_copy (image, NULL);
  g_autofree char *damaged = mg_test_kb_copy (image, NULL);
  g_autofree char *foreign = mg_test_kb_copy (image, NULL);
  g_autofree char *old = mg_test_kb_copy (image, "UPDATE meta SET value = '1' WHERE key = 'schema_version';");
  g_autofree char *no_table = mg_test_kb_copy (image, "DROP TABLE interaction_medicine;");
  const struct {
    const char *path;
    const char *message_part;
  } cases[] = {
    { missing, "Cannot open the knowledge base" },
    { text, "not an SQLite database" },
    { truncated, "truncated" },
    { damaged, "damaged" },
    { foreign, "Not a Magnesium Guide knowledge base" },
    { old, "schema version 1" },
    { no_table, "interaction_medicine" },
  };
  gsize size;

  g_assert_true (g_file_set_contents (text, "<?xml version=\"1.0\"?><knowledge-base/>", -1, NULL));
  g_assert_true (g_file_set_contents (truncated, g_bytes_get_data (image, &size), g_bytes_get_size (image) / 2, NULL));
  mg_test_kb_damage_table (damaged, "interaction");
  g_assert_true (g_file_set_contents (foreign, "", 0, NULL));
  mg_test_kb_exec (foreign, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x');");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) compounds = { 0, };
      g_auto(Run) interactions = { 0, };

      RUN (&compounds, "--kb", cases[i].path, "compounds");
      assert_refused (&compounds, "compounds", cases[i].message_part);
      /* It names the file. */
      g_assert_nonnull (strstr (compounds.err, cases[i].path));

      RUN (&interactions, "interactions", "ciprofloxacin", "--kb", cases[i].path);
      assert_refused (&interactions, "interactions", cases[i].message_part);
    }

  g_unlink (text);
  g_rmdir (dir);
  mg_test_kb_remove (truncated);
  mg_test_kb_remove (damaged);
  mg_test_kb_remove (foreign);
  mg_test_kb_remove (old);
  mg_test_kb_remove (no_table);
}

/* The file opens fine; the lookups of one medicine fail. Before, this read
 * "no interaction with magnesium is listed". */
static void
test_kb_failing_query (void)
{
  g_autoptr(GBytes) image = shipped_kb ();
  g_autofree char *path = mg_test_kb_copy (image, MG_TEST_KB_FAILING_ROWS_SQL ("ciprofloxacin"));
  g_autofree char *fraction = mg_test_kb_copy (image, "UPDATE compound SET elemental_fraction = 1.5 WHERE id = 'oxide';");
  g_auto(Run) other = { 0, };
  g_auto(Run) cipro = { 0, };
  g_auto(Run) both = { 0, };
  g_auto(Run) check = { 0, };
  g_auto(Run) elemental = { 0, };
  g_auto(Run) compounds = { 0, };

  RUN (&other, "--kb", path, "interactions", "levothyroxine");
  g_assert_cmpint (other.status, ==, 0);

  RUN (&cipro, "--kb", path, "interactions", "ciprofloxacin");
  assert_refused (&cipro, "interactions", "integer overflow");
  RUN (&both, "--kb", path, "--json", "interactions", "levothyroxine", "ciprofloxacin");
  assert_refused (&both, "interactions", "integer overflow");

  RUN (&check, "--kb", path, "check", "--age", "40", "--sex", "female", "--take", "oxide:100mg",
       "--medicine", "ciprofloxacin");
  assert_refused (&check, "check", "integer overflow");

  /* A fraction outside (0, 1] is an error, not a larger total. */
  RUN (&elemental, "--kb", fraction, "elemental", "oxide", "500mg");
  assert_refused (&elemental, "elemental", "oxide");
  RUN (&compounds, "--kb", fraction, "compounds");
  assert_refused (&compounds, "compounds", "oxide");

  mg_test_kb_remove (path);
  mg_test_kb_remove (fraction);
}

static void
test_languages (void)
{
  g_auto(Run) flag = { 0, };
  g_auto(Run) env = { 0, };
  g_auto(Run) help = { 0, };
  g_auto(Run) top = { 0, };
  g_auto(Run) bad = { 0, };

  RUN (&flag, "--lang", "nl", "check", "--age", "40", "--sex", "female", "--take", "elemental:250,5mg");
  g_assert_cmpint (flag.status, ==, 0);
  g_assert_nonnull (strstr (flag.out, "bovengrens"));
  g_assert_nonnull (strstr (flag.out, "250,5"));

  RUN_ENV (&env, "LANGUAGE=nl", "check", "--age", "40", "--sex", "female", "--take", "elemental:250.5mg");
  g_assert_cmpint (env.status, ==, 0);
  g_assert_nonnull (strstr (env.out, "bovengrens"));

  RUN (&help, "compounds", "--help", "--lang", "nl");
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "Toon de magnesiumverbindingen"));

  RUN (&top, "--help");
  g_assert_cmpint (top.status, ==, 0);
  g_assert_nonnull (strstr (top.out, "Commands:"));
  g_assert_nonnull (strstr (top.out, "convert"));

  RUN (&bad, "--lang", "nl", "elemental", "oxide", "500");
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "heeft geen eenheid"));
}

/* 2,5 must parse the same under a Dutch locale (decimal comma) and under C. */
static void
test_decimal_comma_locales (void)
{
  const char *locales[] = { "LC_ALL=C", "LC_ALL=nl_NL.UTF-8" };

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_auto(Run) comma = { 0, };
      g_auto(Run) point = { 0, };

      /* Configuring the tests checks that the locale is installed. */
      if (i == 1)
        g_assert_nonnull (setlocale (LC_ALL, "nl_NL.UTF-8"));
      setlocale (LC_ALL, "C.UTF-8");

      RUN_ENV (&comma, locales[i], "--json", "convert", "2,5", "mEq/L", "mmol/L");
      RUN_ENV (&point, locales[i], "--json", "convert", "2.5", "mEq/L", "mmol/L");
      g_assert_cmpint (comma.status, ==, 0);
      g_assert_cmpint (point.status, ==, 0);
      g_assert_cmpstr (comma.out, ==, point.out);
      g_assert_nonnull (strstr (comma.out, "1.25"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("MG_TEST_CLI") == NULL)
    {
      g_printerr ("MG_TEST_CLI must name the magnesium-guide-cli binary (meson sets it)\n");
      return 1;
    }

  g_test_add_func ("/cli/compounds", test_compounds);
  g_test_add_func ("/cli/elemental", test_elemental);
  g_test_add_func ("/cli/elemental-dutch-name", test_elemental_dutch_name);
  g_test_add_func ("/cli/intake", test_intake);
  g_test_add_func ("/cli/intake-reason", test_intake_reason);
  g_test_add_func ("/cli/elemental-forms", test_elemental_forms);
  g_test_add_func ("/cli/check-forms", test_check_forms);
  g_test_add_func ("/cli/interactions-products", test_interactions_products);
  g_test_add_func ("/cli/conditions", test_conditions);
  g_test_add_func ("/cli/check-limits", test_check_limits);
  g_test_add_func ("/cli/check-warnings", test_check_warnings);
  g_test_add_func ("/cli/interactions", test_interactions);
  g_test_add_func ("/cli/interactions-suggest-names", test_interactions_suggest_names);
  g_test_add_func ("/cli/search-and-convert", test_search_and_convert);
  g_test_add_func ("/cli/bad-input", test_bad_input);
  g_test_add_func ("/cli/internal-error", test_internal_error);
  g_test_add_func ("/cli/kb-option", test_kb_option);
  g_test_add_func ("/cli/kb-refused", test_kb_refused);
  g_test_add_func ("/cli/kb-failing-query", test_kb_failing_query);
  g_test_add_func ("/cli/languages", test_languages);
  g_test_add_func ("/cli/decimal-comma-locales", test_decimal_comma_locales);

  return g_test_run ();
}
