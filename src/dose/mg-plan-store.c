/* mg-plan-store.c — opening, migrating and guarding the plans file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The recipe is ui-patterns.md §6 (after Epiphany and TinySPARQL): WAL,
 * checked; user_version with one step per version, all in one
 * transaction; a file SQLite calls damaged is renamed aside together with
 * its -wal and -shm, never deleted, and the user is told where it went.
 * synchronous=FULL rather than NORMAL: a save is one small transaction a
 * person asked for, and it must survive a power cut, not only a crash.
 * Statements are prepared once and kept; values are always bound.
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "mg-gettext.h"
#include "mg-plan-store-private.h"

struct _MgPlanStore
{
  GObject     parent_instance;

  char       *path;
  char       *moved_aside;
  sqlite3    *db;
  GHashTable *statements;  /* static SQL text -> sqlite3_stmt */
};

G_DEFINE_FINAL_TYPE (MgPlanStore, mg_plan_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (mg-plan-store-error-quark, mg_plan_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_MOVED_ASIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Step N brings a file from user_version N-1 to N. Add steps; never edit
 * one that has shipped. An amount of 0 is a product whose amount is not
 * typed yet (the working plan keeps it). */
static const char * const migrations[] = {
  /* 1: plans with their person, products (times as minutes, "-" where the
   * default applies), foods and medicines. The working plan is the one
   * row with working = 1; its name is the saved plan it came from. */
  "CREATE TABLE plans ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  working INTEGER NOT NULL DEFAULT 0 CHECK (working IN (0, 1)),"
  "  saved_at INTEGER NOT NULL,"
  "  age_months INTEGER NOT NULL CHECK (age_months >= 0),"
  "  age_in_months INTEGER NOT NULL CHECK (age_in_months IN (0, 1)),"
  "  sex TEXT NOT NULL CHECK (sex IN ('female', 'male')),"
  "  pregnant INTEGER NOT NULL CHECK (pregnant IN (0, 1)),"
  "  lactating INTEGER NOT NULL CHECK (lactating IN (0, 1)),"
  "  renal_impairment INTEGER NOT NULL CHECK (renal_impairment IN (0, 1)),"
  "  food_mg REAL NOT NULL CHECK (food_mg >= 0)"
  ");"
  "CREATE UNIQUE INDEX plans_by_name ON plans (name) WHERE working = 0;"
  "CREATE UNIQUE INDEX plans_working ON plans (working) WHERE working = 1;"
  "CREATE TABLE products ("
  "  plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  compound TEXT NOT NULL,"
  "  amount REAL NOT NULL CHECK (amount >= 0),"
  "  unit TEXT NOT NULL,"
  "  units_per_intake REAL NOT NULL CHECK (units_per_intake > 0),"
  "  intakes_per_day INTEGER NOT NULL CHECK (intakes_per_day >= 1),"
  "  times TEXT NOT NULL,"
  "  PRIMARY KEY (plan_id, position)"
  ");"
  "CREATE TABLE foods ("
  "  plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  food TEXT NOT NULL,"
  "  portions REAL NOT NULL CHECK (portions > 0),"
  "  PRIMARY KEY (plan_id, position)"
  ");"
  "CREATE TABLE medicines ("
  "  plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  name TEXT NOT NULL,"
  "  minute INTEGER NOT NULL CHECK (minute >= 0 AND minute < 1440),"
  "  PRIMARY KEY (plan_id, position)"
  ");",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == MG_PLAN_STORE_VERSION);

/**
 * mg_plan_store_default_path:
 *
 * Returns: (transfer full): plans.sqlite in the user's data folder
 */
char *
mg_plan_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "magnesium-guide", "plans.sqlite", NULL);
}

sqlite3 *
mg_plan_store_get_db (MgPlanStore *self)
{
  return self->db;
}

gboolean
mg_plan_store_fail (MgPlanStore  *self,
                    GError      **error)
{
  /* Translators: the file's path, then SQLite's own message. */
  g_set_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_FAILED,
               _("The saved plans in %s cannot be read or written: %s"),
               self->path, sqlite3_errmsg (self->db));
  return FALSE;
}

sqlite3_stmt *
mg_plan_store_statement (MgPlanStore  *self,
                         const char   *sql,
                         GError      **error)
{
  sqlite3_stmt *statement = g_hash_table_lookup (self->statements, sql);

  if (statement != NULL)
    {
      sqlite3_reset (statement);
      sqlite3_clear_bindings (statement);
      return statement;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, NULL) != SQLITE_OK)
    {
      mg_plan_store_fail (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, statement);
  return statement;
}

gboolean
mg_plan_store_step_done (MgPlanStore   *self,
                         sqlite3_stmt  *statement,
                         GError       **error)
{
  int rc = sqlite3_step (statement);

  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    return mg_plan_store_fail (self, error);

  return TRUE;
}

/* Only for fixed SQL without values: PRAGMAs, BEGIN, COMMIT, the schema. */
gboolean
mg_plan_store_exec (MgPlanStore  *self,
                    const char   *sql,
                    GError      **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return mg_plan_store_fail (self, error);

  return TRUE;
}

static void
close_db (MgPlanStore *self)
{
  GHashTableIter iter;
  gpointer statement;

  g_hash_table_iter_init (&iter, self->statements);
  while (g_hash_table_iter_next (&iter, NULL, &statement))
    sqlite3_finalize (statement);
  g_hash_table_remove_all (self->statements);

  g_clear_pointer (&self->db, sqlite3_close);
}

static gboolean
is_damage (int code)
{
  code &= 0xff;
  return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

/* A single-value PRAGMA; returns the SQLite result code. */
static int
pragma_text (MgPlanStore  *self,
             const char   *sql,
             char        **out_value)
{
  sqlite3_stmt *statement = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &statement, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (statement);
      if (rc == SQLITE_ROW)
        {
          *out_value = g_strdup ((const char *) sqlite3_column_text (statement, 0));
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  if (rc != SQLITE_OK)
    rc = sqlite3_extended_errcode (self->db);
  sqlite3_finalize (statement);

  return rc;
}

typedef enum
{
  OPEN_OK,
  OPEN_DAMAGED,
  OPEN_FAILED,
} OpenResult;

static OpenResult
migrate (MgPlanStore  *self,
         gint64        version,
         GError      **error)
{
  g_autofree char *set_version = NULL;

  if (version == MG_PLAN_STORE_VERSION)
    return OPEN_OK;

  if (!mg_plan_store_exec (self, "BEGIN IMMEDIATE", error))
    return OPEN_FAILED;

  /* From the next version on: step `version` is already in the file. */
  for (gint64 step = version; step < MG_PLAN_STORE_VERSION; step++)
    if (sqlite3_exec (self->db, migrations[step], NULL, NULL, NULL) != SQLITE_OK)
      {
        /* A database, but with tables that are not ours to change. */
        int code = sqlite3_extended_errcode (self->db);

        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
        if (is_damage (code) || (code & 0xff) == SQLITE_ERROR)
          return OPEN_DAMAGED;
        mg_plan_store_fail (self, error);
        return OPEN_FAILED;
      }

  set_version = g_strdup_printf ("PRAGMA user_version = %d", MG_PLAN_STORE_VERSION);
  if (!mg_plan_store_exec (self, set_version, error) ||
      !mg_plan_store_exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return OPEN_FAILED;
    }

  return OPEN_OK;
}

/* Every table and index with its SQL, one a line, in a fixed order. */
static int
schema_of_file (sqlite3  *db,
                char    **out_schema)
{
  GString *schema = g_string_new (NULL);
  sqlite3_stmt *statement = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name", -1,
                               &statement, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      for (int column = 0; column < 4; column++)
        {
          const char *text = (const char *) sqlite3_column_text (statement, column);

          g_string_append (schema, text != NULL ? text : "(null)");
          g_string_append_c (schema, column < 3 ? '|' : '\n');
        }
      rc = SQLITE_OK;
    }
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  else
    rc = sqlite3_extended_errcode (db);
  sqlite3_finalize (statement);

  *out_schema = g_string_free (schema, FALSE);
  return rc;
}

/* What the migrations up to @version make, in a database in memory. */
static char *
expected_schema (gint64 version)
{
  sqlite3 *db = NULL;
  char *schema = NULL;

  if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
    {
      for (gint64 step = 0; step < version && step < MG_PLAN_STORE_VERSION; step++)
        if (sqlite3_exec (db, migrations[step], NULL, NULL, NULL) != SQLITE_OK)
          g_error ("plans migration %" G_GINT64_FORMAT " fails in memory: %s", step + 1, sqlite3_errmsg (db));
      schema_of_file (db, &schema);
    }
  sqlite3_close (db);

  return schema;
}

static OpenResult
try_open (MgPlanStore  *self,
          GError      **error)
{
  g_autofree char *schema = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *check = NULL;
  g_autofree char *version_text = NULL;
  g_autofree char *tables = NULL;
  gint64 version;
  int rc;

  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      mg_plan_store_fail (self, error);
      return OPEN_FAILED;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);

  /* Everything that decides whether the file is ours is read before
   * anything is written: a newer version's file or someone else's
   * database must come out of this byte for byte as it went in. A file
   * that is not a database at all says so at its first statement. */
  rc = pragma_text (self, "PRAGMA user_version", &version_text);
  if (is_damage (rc))
    return OPEN_DAMAGED;
  if (rc != SQLITE_OK)
    {
      mg_plan_store_fail (self, error);
      return OPEN_FAILED;
    }
  version = g_ascii_strtoll (version_text, NULL, 10);
  /* The header's version is a signed number and no version of the app
   * writes a negative one: damage, not a version to migrate from (found
   * by fuzz-plans; it indexed the migrations with it). */
  if (version < 0)
    return OPEN_DAMAGED;
  if (version > MG_PLAN_STORE_VERSION)
    {
      g_set_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_NEWER,
                   _("The saved plans in %s were written by a newer version of Magnesium Guide; they are left as they are. Update the app to use them."),
                   self->path);
      return OPEN_FAILED;
    }

  rc = pragma_text (self, "SELECT count(*) FROM sqlite_master", &tables);
  if (is_damage (rc))
    return OPEN_DAMAGED;
  if (version == 0 && g_strcmp0 (tables, "0") != 0)
    return OPEN_DAMAGED;

  /* The full check, not quick_check: an index that no longer matches its
   * table would make a saved plan impossible to find again. A plans file
   * is small, so this takes milliseconds. */
  rc = pragma_text (self, "PRAGMA integrity_check(1)", &check);
  if (is_damage (rc) || (rc == SQLITE_OK && g_strcmp0 (check, "ok") != 0))
    return OPEN_DAMAGED;

  /* Tables and indexes must be exactly the ones this version's
   * migrations make: a changed index or column would take saves that
   * cannot be read back (found by fuzz-plans). */
  rc = schema_of_file (self->db, &schema);
  if (is_damage (rc))
    return OPEN_DAMAGED;
  if (rc != SQLITE_OK)
    {
      mg_plan_store_fail (self, error);
      return OPEN_FAILED;
    }
  expected = expected_schema (version);
  if (version > 0 && g_strcmp0 (schema, expected) != 0)
    return OPEN_DAMAGED;

  /* WAL cannot be switched on inside a transaction. */
  rc = pragma_text (self, "PRAGMA journal_mode = WAL", &mode);
  if (is_damage (rc))
    return OPEN_DAMAGED;
  if (rc != SQLITE_OK || g_strcmp0 (mode, "wal") != 0)
    {
      mg_plan_store_fail (self, error);
      return OPEN_FAILED;
    }

  if (!mg_plan_store_exec (self, "PRAGMA synchronous = FULL", error) ||
      !mg_plan_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return OPEN_FAILED;

  return migrate (self, version, error);
}

/* Renames the file and its -wal and -shm to one new name, so that they
 * still belong together and nothing of what was in them is lost. */
static gboolean
move_aside (MgPlanStore  *self,
            GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = NULL;
  const char *suffixes[] = { "-wal", "-shm" };

  for (guint n = 1; target == NULL || g_file_test (target, G_FILE_TEST_EXISTS); n++)
    {
      g_free (target);
      target = n == 1 ? g_strdup_printf ("%s.damaged-%s", self->path, stamp)
                      : g_strdup_printf ("%s.damaged-%s-%u", self->path, stamp, n);
    }

  if (g_rename (self->path, target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_FAILED,
                   _("The saved plans in %s are damaged and could not be moved aside: %s"),
                   self->path, g_strerror (saved_errno));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (self->path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (target, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }

  g_message ("Damaged plans file moved aside to %s", target);
  self->moved_aside = g_steal_pointer (&target);
  return TRUE;
}

/**
 * mg_plan_store_new:
 * @path: the plans file; created with its folder if missing
 *
 * A damaged file is moved aside and a new one started: the store then
 * says where it went (mg_plan_store_get_moved_aside()) so that the user
 * can be told.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error
 *   when no plans file can be used (a newer version's is left as it is)
 */
MgPlanStore *
mg_plan_store_new (const char  *path,
                   GError     **error)
{
  g_autoptr(MgPlanStore) self = NULL;
  g_autofree char *folder = NULL;
  OpenResult result;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (MG_TYPE_PLAN_STORE, "path", path, NULL);
  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_FAILED,
                   _("The folder for saved plans, %s, cannot be created: %s"), folder, g_strerror (saved_errno));
      return NULL;
    }

  result = try_open (self, error);
  if (result == OPEN_DAMAGED)
    {
      gboolean moved;

      /* SQLite's last close checkpoints the WAL into the file and deletes
       * the -wal and -shm: neither may happen to a damaged file. So no
       * checkpoint, and the files are renamed while still open, which
       * leaves nothing under the old names for the close to remove. */
      sqlite3_db_config (self->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
      moved = move_aside (self, error);
      close_db (self);
      if (!moved)
        return NULL;
      result = try_open (self, error);
    }

  if (result != OPEN_OK)
    return NULL;

  return g_steal_pointer (&self);
}

const char *
mg_plan_store_get_path (MgPlanStore *self)
{
  g_return_val_if_fail (MG_IS_PLAN_STORE (self), NULL);

  return self->path;
}

/**
 * mg_plan_store_get_moved_aside:
 *
 * Returns: (nullable): where a damaged plans file was moved when the
 *   store opened, %NULL when it was fine
 */
const char *
mg_plan_store_get_moved_aside (MgPlanStore *self)
{
  g_return_val_if_fail (MG_IS_PLAN_STORE (self), NULL);

  return self->moved_aside;
}

/**
 * mg_plan_store_check_integrity:
 *
 * Runs the full PRAGMA integrity_check.
 *
 * Returns: %TRUE when it says "ok"
 */
gboolean
mg_plan_store_check_integrity (MgPlanStore  *self,
                               GError      **error)
{
  g_autofree char *result = NULL;

  g_return_val_if_fail (MG_IS_PLAN_STORE (self), FALSE);

  if (pragma_text (self, "PRAGMA integrity_check", &result) != SQLITE_OK)
    return mg_plan_store_fail (self, error);

  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_FAILED,
                   "integrity_check: %s", result != NULL ? result : "(no answer)");
      return FALSE;
    }

  return TRUE;
}

static void
mg_plan_store_finalize (GObject *object)
{
  MgPlanStore *self = MG_PLAN_STORE (object);

  close_db (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->moved_aside, g_free);

  G_OBJECT_CLASS (mg_plan_store_parent_class)->finalize (object);
}

static void
mg_plan_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MgPlanStore *self = MG_PLAN_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_MOVED_ASIDE:
      g_value_set_string (value, self->moved_aside);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_plan_store_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MgPlanStore *self = MG_PLAN_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_plan_store_class_init (MgPlanStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_plan_store_finalize;
  object_class->get_property = mg_plan_store_get_property;
  object_class->set_property = mg_plan_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MOVED_ASIDE] =
    g_param_spec_string ("moved-aside", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_plan_store_init (MgPlanStore *self)
{
  self->statements = g_hash_table_new (g_direct_hash, g_direct_equal);
}
