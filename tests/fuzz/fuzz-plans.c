/* fuzz-plans.c — the saved-plans store on any bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plans file lives in the user's data folder, where a crash, a full
 * disk, a sync tool or another version of the app may have left anything.
 * The seeds are plans files this store wrote (named plans, the working
 * plan, babies and adults, several products, foods and medicines) and one
 * of schema version 0; libFuzzer damages them byte by byte.
 *
 * What must hold: opening gives a store or an MG_PLAN_STORE_ERROR with a
 * one-line message, never both; a damaged file is moved aside whole, never
 * deleted; every name the list gives is valid UTF-8 and loads, or fails
 * with a one-line error; what loads is a plan the page can show (valid
 * UTF-8 names, amounts and times in range, the age within the profile's);
 * and a plan saved into whatever opened comes back the same.
 */
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mg-fuzz.h"
#include "mg-number.h"
#include "mg-plan-store.h"

static char *work_dir;
static char *plans_path;

/* Empties the folder: the plans file, its -wal and -shm, and whatever was
 * moved aside. */
static void
clear_work_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (work_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (work_dir, name, NULL);

      g_unlink (path);
    }
}

static void
remove_work_dir (void)
{
  clear_work_dir ();
  g_rmdir (work_dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  g_autofree char *template = g_build_filename (base, "mg-fuzz-plans-XXXXXX", NULL);

  mg_fuzz_init ();

  work_dir = g_mkdtemp (g_steal_pointer (&template));
  g_assert (work_dir != NULL);
  plans_path = g_build_filename (work_dir, "plans.sqlite", NULL);
  atexit (remove_work_dir);
  return 0;
}

static void
check_error (const GError *error,
             const char   *subject)
{
  MG_FUZZ_CHECK (error != NULL && error->domain == MG_PLAN_STORE_ERROR, subject);
  mg_fuzz_check_message (error->message, subject);
}

static void
check_text (const char *text,
            const char *subject)
{
  MG_FUZZ_CHECK (text != NULL && g_utf8_validate (text, -1, NULL), subject);
}

/* What the dosing page and the handout take from a loaded plan. */
static void
check_plan (MgProfile  *profile,
            MgPlan     *plan,
            const char *subject)
{
  GListModel *products = mg_plan_get_products (plan);
  const char * const *medicines = mg_plan_get_medicines (plan);
  double food = mg_plan_get_food_mg_per_day (plan);

  MG_FUZZ_CHECK (mg_profile_get_age_months (profile) <= MG_PROFILE_MAX_AGE_MONTHS, subject);
  MG_FUZZ_CHECK (isfinite (food) && food >= 0.0 && food <= MG_NUMBER_MAX_AMOUNT_MG, subject);

  for (guint i = 0; i < g_list_model_get_n_items (products); i++)
    {
      g_autoptr(MgProduct) product = g_list_model_get_item (products, i);
      guint intakes = mg_product_get_intakes_per_day (product);

      check_text (mg_product_get_compound_id (product), subject);
      MG_FUZZ_CHECK (mg_product_get_amount (product) >= 0.0 &&
                     mg_product_get_amount (product) <= MG_NUMBER_MAX_AMOUNT_MG, subject);
      MG_FUZZ_CHECK (mg_product_get_units_per_intake (product) > 0.0 &&
                     mg_product_get_units_per_intake (product) <= MG_NUMBER_MAX_UNITS_PER_INTAKE, subject);
      MG_FUZZ_CHECK (intakes >= 1 && intakes <= MG_NUMBER_MAX_INTAKES_PER_DAY, subject);
      for (guint j = 0; j < intakes; j++)
        MG_FUZZ_CHECK (mg_product_get_intake_time (product, j) < MG_MINUTES_PER_DAY, subject);
    }

  for (guint i = 0; i < mg_plan_get_n_foods (plan); i++)
    {
      double portions = 0.0;

      check_text (mg_plan_get_food (plan, i, &portions), subject);
      MG_FUZZ_CHECK (portions > 0.0 && portions <= MG_NUMBER_MAX_UNITS_PER_INTAKE, subject);
    }

  for (guint i = 0; medicines[i] != NULL; i++)
    {
      check_text (medicines[i], subject);
      MG_FUZZ_CHECK (mg_plan_get_medicine_time (plan, i) < MG_MINUTES_PER_DAY, subject);
    }
}

/* A plan saved into the store that opened must come back as it was. */
static void
check_round_trip (MgPlanStore *store,
                  const char  *subject)
{
  g_autoptr(MgProfile) profile = mg_profile_new ();
  g_autoptr(MgProfile) loaded_profile = mg_profile_new ();
  g_autoptr(MgPlan) plan = mg_plan_new ();
  g_autoptr(MgPlan) loaded = NULL;
  g_autoptr(MgProduct) product = mg_product_new ("oxide", 500.0, MG_AMOUNT_UNIT_MG, 1.0, 2);
  g_autoptr(MgProduct) back = NULL;
  g_autoptr(GError) error = NULL;
  gboolean in_months = TRUE;

  mg_profile_set_age_months (profile, 40 * 12);
  mg_product_set_intake_time (product, 0, 8 * 60);
  mg_plan_add_product (plan, product);
  mg_plan_add_medicine (plan, "ciprofloxacin");
  mg_plan_set_medicine_time (plan, 0, 6 * 60);

  if (!mg_plan_store_save (store, "fuzz round trip", profile, FALSE, plan, &error))
    {
      /* Only SQLite itself may refuse, saying why. */
      check_error (error, subject);
      MG_FUZZ_CHECK (error->code == MG_PLAN_STORE_ERROR_FAILED, subject);
      return;
    }

  MG_FUZZ_CHECK (mg_plan_store_load (store, "fuzz round trip", loaded_profile, &in_months, &loaded, &error), subject);
  MG_FUZZ_CHECK (!in_months, subject);
  MG_FUZZ_CHECK (mg_profile_get_age_months (loaded_profile) == 40 * 12, subject);
  MG_FUZZ_CHECK (g_list_model_get_n_items (mg_plan_get_products (loaded)) == 1, subject);
  back = g_list_model_get_item (mg_plan_get_products (loaded), 0);
  MG_FUZZ_CHECK (g_strcmp0 (mg_product_get_compound_id (back), "oxide") == 0, subject);
  MG_FUZZ_CHECK (mg_product_get_amount (back) == 500.0 && mg_product_get_intakes_per_day (back) == 2, subject);
  MG_FUZZ_CHECK (mg_product_get_intake_time (back, 0) == 8 * 60, subject);
  MG_FUZZ_CHECK (g_strcmp0 (mg_plan_get_medicines (loaded)[0], "ciprofloxacin") == 0, subject);
  MG_FUZZ_CHECK (mg_plan_get_medicine_time (loaded, 0) == 6 * 60, subject);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgPlanStore) store = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *subject = g_strdup_printf ("%zu bytes of plans file", size);

  clear_work_dir ();
  if (!g_file_set_contents (plans_path, (const char *) data, size, &error))
    g_error ("cannot write %s: %s", plans_path, error->message);

  store = mg_plan_store_new (plans_path, &error);
  MG_FUZZ_CHECK ((store == NULL) != (error == NULL), subject);
  if (store == NULL)
    {
      check_error (error, subject);
      /* Refused (a newer version's file): left where it was, untouched. */
      MG_FUZZ_CHECK (g_file_test (plans_path, G_FILE_TEST_EXISTS), subject);
      return 0;
    }

  /* Damaged: moved aside whole, and the user is told where. */
  if (mg_plan_store_get_moved_aside (store) != NULL)
    {
      g_autofree char *moved = NULL;
      gsize moved_size = 0;

      MG_FUZZ_CHECK (g_file_get_contents (mg_plan_store_get_moved_aside (store), &moved, &moved_size, NULL), subject);
      MG_FUZZ_CHECK (moved_size == size && memcmp (moved, data, size) == 0, subject);
    }

  names = mg_plan_store_list (store, &error);
  MG_FUZZ_CHECK ((names == NULL) != (error == NULL), subject);
  if (names == NULL)
    check_error (error, subject);
  g_clear_error (&error);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autoptr(MgProfile) profile = mg_profile_new ();
      g_autoptr(MgPlan) plan = NULL;

      check_text (names[i], subject);
      if (mg_plan_store_load (store, names[i], profile, NULL, &plan, &error))
        check_plan (profile, plan, subject);
      else
        check_error (error, subject);
      g_clear_error (&error);
    }

  {
    g_autoptr(MgProfile) profile = mg_profile_new ();
    g_autoptr(MgPlan) plan = NULL;
    g_autofree char *name = NULL;

    if (mg_plan_store_load_working (store, &name, profile, NULL, &plan, &error))
      {
        /* Nothing kept is an answer too: no plan then. */
        if (plan != NULL)
          check_plan (profile, plan, subject);
        if (name != NULL)
          check_text (name, subject);
      }
    else
      check_error (error, subject);
    g_clear_error (&error);
  }

  check_round_trip (store, subject);

  if (!mg_plan_store_check_integrity (store, &error))
    check_error (error, subject);

  return 0;
}
