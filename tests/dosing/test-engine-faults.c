/* test-engine-faults.c — the engine under a knowledge base that fails
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Copies of the built-in knowledge base with one fault each. Whatever
 * fails underneath, evaluate returns MG_DOSE_ENGINE_ERROR_KB: never an
 * evaluation that says "within the limit" or lists no interaction because
 * a lookup did not succeed.
 */
#include "config.h"

#include <string.h>

#include "mg-dose-engine.h"
#include "mg-dose-rules.h"
#include "mg-i18n.h"
#include "mg-test-kb-faults.h"

static GBytes *shipped;

static MgKb *
open_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  MgKb *kb = mg_kb_new_for_bytes (bytes, &error);

  g_assert_no_error (error);
  mg_kb_set_language (kb, "en");
  return kb;
}

/* Through bytes: files get a page check when opening, which would refuse
 * the damage before the engine could meet it. */
static MgKb *
open_damaged (const char *table)
{
  g_autofree char *path = mg_test_kb_copy (shipped, NULL);
  g_autoptr(GBytes) bytes = NULL;

  mg_test_kb_damage_table (path, table);
  bytes = mg_test_kb_read (path);
  mg_test_kb_remove (path);

  return open_bytes (bytes);
}

static MgKb *
open_changed (const char *sql)
{
  g_autofree char *path = mg_test_kb_copy (shipped, sql);
  g_autoptr(GBytes) bytes = mg_test_kb_read (path);

  mg_test_kb_remove (path);
  return open_bytes (bytes);
}

/* A woman of 40 taking 500 mg magnesium oxide (301.5 mg, above the EU
 * limit) and, if given, a medicine. */
static MgDoseEvaluation *
evaluate (MgKb        *kb,
          const char  *medicine,
          GError     **error)
{
  g_autoptr(MgProfile) profile = mg_profile_new ();
  g_autoptr(MgPlan) plan = mg_plan_new ();
  g_autoptr(MgProduct) product = mg_product_new ("oxide", 500, MG_AMOUNT_UNIT_MG, 1, 1);

  mg_profile_set_age (profile, 40, 0);
  mg_profile_set_sex (profile, MG_SEX_FEMALE);
  mg_plan_add_product (plan, product);
  if (medicine != NULL)
    mg_plan_add_medicine (plan, medicine);

  return mg_dose_engine_evaluate (kb, profile, plan, error);
}

static void
assert_kb_error (MgDoseEvaluation *evaluation,
                 GError           *error,
                 const char       *message_part)
{
  g_assert_null (evaluation);
  g_assert_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_KB);
  g_test_message ("%s", error->message);
  if (message_part != NULL)
    g_assert_nonnull (strstr (error->message, message_part));
}

static void
assert_evaluates (MgKb       *kb,
                  const char *medicine)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgDoseEvaluation) evaluation = evaluate (kb, medicine, &error);

  g_assert_no_error (error);
  g_assert_nonnull (evaluation);
}

static void
test_damaged_page (void)
{
  static const struct {
    const char *table;
    const char *medicine;
  } cases[] = {
    /* the compound, the intake, the limit, the sets */
    { "compound", NULL },
    { "intake", NULL },
    { "upper_limit", NULL },
    { "limit_set", NULL },
    /* the sources of every figure */
    { "citation", NULL },
    /* the medicine's interactions */
    { "interaction", "ciprofloxacin" },
    { "interaction_medicine", "ciprofloxacin" },
    { "name", "Ciproxin" },
    /* the kidney caution and the split-dose advice */
    { "caution", NULL },
    { "dosing_advice", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MgKb) kb = open_damaged (cases[i].table);
      g_autoptr(MgDoseEvaluation) evaluation = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("damaged: %s", cases[i].table);
      evaluation = evaluate (kb, cases[i].medicine, &error);
      assert_kb_error (evaluation, error, "damaged");
    }
}

/* A medicine's interactions are only looked up when the plan has one: the
 * damage does not stop an evaluation that does not need the table. */
static void
test_damage_elsewhere (void)
{
  g_autoptr(MgKb) kb = open_damaged ("interaction");

  assert_evaluates (kb, NULL);
}

static void
test_table_dropped_while_open (void)
{
  g_autofree char *path = mg_test_kb_copy (shipped, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MgKb) kb = mg_kb_new_for_path (path, &error);
  g_autoptr(MgDoseEvaluation) evaluation = NULL;

  g_assert_no_error (error);
  assert_evaluates (kb, "ciprofloxacin");

  mg_test_kb_exec (path, "DROP TABLE interaction_medicine;");
  evaluation = evaluate (kb, "ciprofloxacin", &error);
  assert_kb_error (evaluation, error, "interaction_medicine");

  mg_test_kb_remove (path);
}

static void
test_failing_statement (void)
{
  g_autofree char *path = mg_test_kb_copy (shipped, MG_TEST_KB_FAILING_ROWS_SQL ("ciprofloxacin"));
  g_autoptr(GError) error = NULL;
  g_autoptr(MgKb) kb = mg_kb_new_for_path (path, &error);
  g_autoptr(MgDoseEvaluation) evaluation = NULL;

  g_assert_no_error (error);
  assert_evaluates (kb, "levothyroxine");

  evaluation = evaluate (kb, "ciprofloxacin", &error);
  assert_kb_error (evaluation, error, "integer overflow");

  mg_test_kb_remove (path);
}

static void
test_unusable_values (void)
{
  static const struct {
    const char *sql;
    const char *message_part;
  } cases[] = {
    { "UPDATE compound SET elemental_fraction = 1.5 WHERE id = 'oxide';", "oxide" },
    { "UPDATE compound SET elemental_fraction = 0 WHERE id = 'oxide';", "oxide" },
    { "UPDATE compound SET elemental_fraction = NULL WHERE id = 'oxide';", "oxide" },
    { "DELETE FROM caution WHERE id = '" MG_DOSE_RENAL_CAUTION_ID "';", MG_DOSE_RENAL_CAUTION_ID },
    { "DELETE FROM dosing_advice;", MG_DOSE_SPLIT_ADVICE_ID },
    { "UPDATE dosing_advice SET above_mg = NULL;", MG_DOSE_SPLIT_ADVICE_ID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MgKb) kb = open_changed (cases[i].sql);
      g_autoptr(MgDoseEvaluation) evaluation = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", cases[i].sql);
      evaluation = evaluate (kb, NULL, &error);
      assert_kb_error (evaluation, error, cases[i].message_part);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  shipped = g_resources_lookup_data (MG_KB_RESOURCE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);

  g_test_add_func ("/dosing/engine-faults/damaged-page", test_damaged_page);
  g_test_add_func ("/dosing/engine-faults/damage-elsewhere", test_damage_elsewhere);
  g_test_add_func ("/dosing/engine-faults/table-dropped-while-open", test_table_dropped_while_open);
  g_test_add_func ("/dosing/engine-faults/failing-statement", test_failing_statement);
  g_test_add_func ("/dosing/engine-faults/unusable-values", test_unusable_values);

  return g_test_run ();
}
