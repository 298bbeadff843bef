/* test-plan-store.c — saved plans: round trip, names, the working plan,
 * versions, and damaged files moved aside
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "mg-i18n.h"
#include "plan-store-fixture.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("mg-plans-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "sub", "plans.sqlite", NULL);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_remove (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  char *result = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  if (sqlite3_step (statement) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  sqlite3_close (db);

  return result;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgPlanStore) store = mg_plan_store_new (fixture->path, &error);
  g_autofree char *mode = NULL;
  g_autofree char *version = NULL;

  g_assert_no_error (error);
  g_assert_null (mg_plan_store_get_moved_aside (store));

  for (guint index = 0; index < 12; index++)
    {
      g_autofree char *name = fixture_plan_name (index);
      g_autoptr(MgProfile) profile = fixture_profile (index);
      g_autoptr(MgPlan) plan = fixture_plan (index);

      g_assert_true (mg_plan_store_save (store, name, profile, index % 2 == 0, plan, &error));
      g_assert_no_error (error);
    }

  for (guint index = 0; index < 12; index++)
    {
      g_autofree char *name = fixture_plan_name (index);
      g_autoptr(MgProfile) profile = mg_profile_new ();
      g_autoptr(MgPlan) plan = NULL;
      gboolean in_months;

      /* The sets are the reader's, not the plan's. */
      mg_profile_set_reference_set (profile, "efsa");
      g_assert_true (mg_plan_store_load (store, name, profile, &in_months, &plan, &error));
      g_assert_no_error (error);
      g_assert_true (fixture_plan_matches (index, profile, in_months, plan));
      g_assert_cmpstr (mg_profile_get_reference_set (profile), ==, "efsa");
    }

  mode = query_text (fixture->path, "PRAGMA journal_mode");
  version = query_text (fixture->path, "PRAGMA user_version");
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpstr (version, ==, "1");
  g_assert_true (mg_plan_store_check_integrity (store, &error));
}

static void
test_names (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgPlanStore) store = mg_plan_store_new (fixture->path, &error);
  g_autoptr(MgProfile) profile = fixture_profile (3);
  g_autoptr(MgPlan) plan = fixture_plan (3);
  g_autoptr(MgPlan) loaded = NULL;
  g_auto(GStrv) names = NULL;
  g_autofree char *working = NULL;
  const char *expected[] = { "anna", "Bert", "Zoë", NULL };

  g_assert_true (mg_plan_store_save (store, "Zoë", profile, FALSE, plan, &error));
  g_assert_true (mg_plan_store_save (store, "Bert", profile, FALSE, plan, &error));
  g_assert_true (mg_plan_store_save (store, "anna", profile, FALSE, plan, &error));
  /* Saving under the same name replaces. */
  g_assert_true (mg_plan_store_save (store, "anna", profile, FALSE, plan, &error));
  names = mg_plan_store_list (store, &error);
  g_assert_cmpstrv (names, expected);

  g_assert_false (mg_plan_store_save (store, "", profile, FALSE, plan, &error));
  g_assert_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The working plan follows a rename, and becomes unsaved on delete. */
  g_assert_true (mg_plan_store_save_working (store, "Bert", profile, FALSE, plan, &error));
  g_assert_false (mg_plan_store_rename (store, "Bert", "anna", &error));
  g_assert_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (mg_plan_store_rename (store, "nobody", "Carl", &error));
  g_assert_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (mg_plan_store_rename (store, "Bert", "Bert de Vries", &error));
  g_assert_no_error (error);
  g_assert_true (mg_plan_store_load_working (store, &working, profile, NULL, &loaded, &error));
  g_assert_cmpstr (working, ==, "Bert de Vries");
  g_clear_pointer (&working, g_free);
  g_clear_object (&loaded);

  g_assert_true (mg_plan_store_delete (store, "Bert de Vries", &error));
  g_assert_false (mg_plan_store_load (store, "Bert de Vries", profile, NULL, &loaded, &error));
  g_assert_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (mg_plan_store_load_working (store, &working, profile, NULL, &loaded, &error));
  g_assert_cmpstr (working, ==, "");
  g_assert_true (fixture_plan_matches (3, profile, FALSE, loaded));
}

static void
test_working_first_start (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgPlanStore) store = mg_plan_store_new (fixture->path, &error);
  g_autoptr(MgProfile) profile = mg_profile_new ();
  g_autoptr(MgPlan) plan = NULL;
  g_autofree char *name = NULL;

  g_assert_false (mg_plan_store_load_working (store, &name, profile, NULL, &plan, &error));
  g_assert_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_NOT_FOUND);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autofree char *folder = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
assert_moved_aside (Fixture    *fixture,
                    const char *original,
                    gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgPlanStore) store = mg_plan_store_new (fixture->path, &error);
  g_autofree char *moved = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) names = NULL;
  gsize moved_length = 0;

  g_assert_no_error (error);
  g_assert_nonnull (mg_plan_store_get_moved_aside (store));
  moved = g_strdup (mg_plan_store_get_moved_aside (store));
  g_assert_true (g_str_has_prefix (moved, fixture->path));
  g_assert_nonnull (strstr (moved, ".damaged-"));

  /* Moved whole, with its companion; never deleted or overwritten. */
  g_assert_true (g_file_get_contents (moved, &contents, &moved_length, NULL));
  g_assert_cmpmem (contents, moved_length, original, length);
  wal = g_strconcat (moved, "-wal", NULL);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* A new, empty and working store in its place. */
  names = mg_plan_store_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (names), ==, 0);
  {
    g_autoptr(MgProfile) profile = fixture_profile (1);
    g_autoptr(MgPlan) plan = fixture_plan (1);

    g_assert_true (mg_plan_store_save (store, "after", profile, FALSE, plan, &error));
    g_assert_no_error (error);
  }
}

static void
test_damaged_garbage (Fixture       *fixture,
                      gconstpointer  data)
{
  const char garbage[] = "This is not an SQLite database, but it is someone's file all the same.";
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  write_file (fixture->path, garbage, sizeof garbage);
  write_file (wal, "wal bytes", -1);
  assert_moved_aside (fixture, garbage, sizeof garbage);
}

static void
test_damaged_pages (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  gsize length = 0;

  /* A real plans file, then scribbled over past its header. */
  {
    g_autoptr(MgPlanStore) store = mg_plan_store_new (fixture->path, &error);

    for (guint i = 0; i < 40; i++)
      {
        g_autofree char *name = fixture_plan_name (i);
        g_autoptr(MgProfile) profile = fixture_profile (i);
        g_autoptr(MgPlan) plan = fixture_plan (i);

        g_assert_true (mg_plan_store_save (store, name, profile, FALSE, plan, &error));
      }
  }
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4096 * 3);
  memset (contents + 4096 + 100, 0x5a, 4096 * 2);
  write_file (fixture->path, contents, length);
  write_file (wal, "", 0);

  assert_moved_aside (fixture, contents, length);
}

static void
test_foreign_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autofree char *contents = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  gsize length = 0;
  sqlite3 *db = NULL;

  /* Someone else's database at our path: a plans table of another shape. */
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE plans (x); INSERT INTO plans VALUES (42);", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  write_file (wal, "", 0);

  assert_moved_aside (fixture, contents, length);
}

/* A plans file whose header says a version below zero, as damage to
 * the header's bytes gives: moved aside, never migrated from. */
static void
test_negative_version (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  gsize length = 0;

  {
    g_autoptr(MgPlanStore) store = mg_plan_store_new (fixture->path, &error);
    sqlite3 *db = NULL;

    g_assert_no_error (error);
    g_clear_object (&store);
    g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = -134217727",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  write_file (wal, "", 0);

  assert_moved_aside (fixture, contents, length);
}

static void
test_newer_version (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgPlanStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length = 0, after_length = 0;

  store = mg_plan_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  g_assert_true (g_file_get_contents (fixture->path, &before, &before_length, NULL));

  store = mg_plan_store_new (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_NEWER);
  g_assert_nonnull (strstr (error->message, fixture->path));

  g_assert_true (g_file_get_contents (fixture->path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
}

int
main (int    argc,
      char **argv)
{
  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/plan-store/round-trip", test_round_trip);
  ADD ("/plan-store/names", test_names);
  ADD ("/plan-store/working-first-start", test_working_first_start);
  ADD ("/plan-store/damaged/garbage", test_damaged_garbage);
  ADD ("/plan-store/damaged/pages", test_damaged_pages);
  ADD ("/plan-store/damaged/foreign-database", test_foreign_database);
  ADD ("/plan-store/damaged/negative-version", test_negative_version);
  ADD ("/plan-store/newer-version", test_newer_version);
#undef ADD

  return g_test_run ();
}
