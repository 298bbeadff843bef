/* mg-plan-store-rows.c — a plan's rows: save, load, list, rename, delete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change is one transaction (BEGIN IMMEDIATE … COMMIT, ROLLBACK on
 * any error): a save that returned is all there after a crash, one that did
 * not return is not there at all, and never half.
 */
#include "config.h"

#include <string.h>

#include "mg-gettext.h"
#include "mg-number.h"
#include "mg-plan-store-private.h"

/* A name longer than this is a paste gone wrong. */
#define MAX_NAME_LENGTH 200

static gboolean
check_name (const char  *name,
            GError     **error)
{
  if (name == NULL || *name == '\0' || g_utf8_strlen (name, -1) > MAX_NAME_LENGTH ||
      !g_utf8_validate (name, -1, NULL))
    {
      g_set_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_INVALID,
                   _("Give the plan a name of 1 to 200 characters"));
      return FALSE;
    }

  return TRUE;
}

static char *
times_to_text (MgProduct *product)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < mg_product_get_intakes_per_day (product); i++)
    {
      if (i > 0)
        g_string_append_c (text, ',');
      if (mg_product_has_intake_time (product, i))
        g_string_append_printf (text, "%u", mg_product_get_intake_time (product, i));
      else
        g_string_append_c (text, '-');
    }

  return g_string_free (text, FALSE);
}

static gboolean
times_from_text (MgProduct  *product,
                 const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  guint n = g_strv_length (parts);

  if (n != mg_product_get_intakes_per_day (product))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      guint64 minute;

      if (g_str_equal (parts[i], "-"))
        continue;
      if (!g_ascii_string_to_unsigned (parts[i], 10, 0, MG_MINUTES_PER_DAY - 1, &minute, NULL))
        return FALSE;
      mg_product_set_intake_time (product, i, (guint) minute);
    }

  return TRUE;
}

static gboolean
write_products (MgPlanStore   *self,
                sqlite3_int64  id,
                MgPlan        *plan,
                GError       **error)
{
  GListModel *products = mg_plan_get_products (plan);

  for (guint i = 0; i < g_list_model_get_n_items (products); i++)
    {
      g_autoptr(MgProduct) product = g_list_model_get_item (products, i);
      g_autofree char *times = times_to_text (product);
      sqlite3_stmt *statement = mg_plan_store_statement (self,
        "INSERT INTO products (plan_id, position, compound, amount, unit, units_per_intake, intakes_per_day, times) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);

      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, id);
      sqlite3_bind_int (statement, 2, i);
      sqlite3_bind_text (statement, 3, mg_product_get_compound_id (product), -1, SQLITE_TRANSIENT);
      sqlite3_bind_double (statement, 4, mg_product_get_amount (product));
      sqlite3_bind_text (statement, 5, mg_amount_unit_to_string (mg_product_get_unit (product)), -1, SQLITE_STATIC);
      sqlite3_bind_double (statement, 6, mg_product_get_units_per_intake (product));
      sqlite3_bind_int (statement, 7, mg_product_get_intakes_per_day (product));
      sqlite3_bind_text (statement, 8, times, -1, SQLITE_TRANSIENT);
      if (!mg_plan_store_step_done (self, statement, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_foods_and_medicines (MgPlanStore   *self,
                           sqlite3_int64  id,
                           MgPlan        *plan,
                           GError       **error)
{
  const char * const *medicines = mg_plan_get_medicines (plan);

  for (guint i = 0; i < mg_plan_get_n_foods (plan); i++)
    {
      double portions = 0.0;
      const char *food = mg_plan_get_food (plan, i, &portions);
      sqlite3_stmt *statement = mg_plan_store_statement (self,
        "INSERT INTO foods (plan_id, position, food, portions) VALUES (?1, ?2, ?3, ?4)", error);

      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, id);
      sqlite3_bind_int (statement, 2, i);
      sqlite3_bind_text (statement, 3, food, -1, SQLITE_TRANSIENT);
      sqlite3_bind_double (statement, 4, portions);
      if (!mg_plan_store_step_done (self, statement, error))
        return FALSE;
    }

  for (guint i = 0; medicines[i] != NULL; i++)
    {
      sqlite3_stmt *statement = mg_plan_store_statement (self,
        "INSERT INTO medicines (plan_id, position, name, minute) VALUES (?1, ?2, ?3, ?4)", error);

      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, id);
      sqlite3_bind_int (statement, 2, i);
      sqlite3_bind_text (statement, 3, medicines[i], -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (statement, 4, mg_plan_get_medicine_time (plan, i));
      if (!mg_plan_store_step_done (self, statement, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
mg_plan_store_write_plan (MgPlanStore  *self,
                          const char   *name,
                          gboolean      working,
                          MgProfile    *profile,
                          gboolean      age_in_months,
                          MgPlan       *plan,
                          GError      **error)
{
  sqlite3_stmt *statement;
  sqlite3_int64 id;

  statement = working
    ? mg_plan_store_statement (self, "DELETE FROM plans WHERE working = 1", error)
    : mg_plan_store_statement (self, "DELETE FROM plans WHERE working = 0 AND name = ?1", error);
  if (statement == NULL)
    return FALSE;
  if (!working)
    sqlite3_bind_text (statement, 1, name, -1, SQLITE_TRANSIENT);
  if (!mg_plan_store_step_done (self, statement, error))
    return FALSE;

  statement = mg_plan_store_statement (self,
    "INSERT INTO plans (name, working, saved_at, age_months, age_in_months, sex, pregnant, lactating, renal_impairment, food_mg) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, name != NULL ? name : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 2, working ? 1 : 0);
  sqlite3_bind_int64 (statement, 3, g_get_real_time () / G_USEC_PER_SEC);
  sqlite3_bind_int (statement, 4, mg_profile_get_age_months (profile));
  sqlite3_bind_int (statement, 5, age_in_months ? 1 : 0);
  sqlite3_bind_text (statement, 6, mg_profile_get_sex (profile) == MG_SEX_MALE ? "male" : "female", -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 7, mg_profile_get_pregnant (profile) ? 1 : 0);
  sqlite3_bind_int (statement, 8, mg_profile_get_lactating (profile) ? 1 : 0);
  sqlite3_bind_int (statement, 9, mg_profile_get_renal_impairment (profile) ? 1 : 0);
  sqlite3_bind_double (statement, 10, mg_plan_get_food_mg_per_day (plan));
  if (!mg_plan_store_step_done (self, statement, error))
    return FALSE;

  id = sqlite3_last_insert_rowid (mg_plan_store_get_db (self));

  return write_products (self, id, plan, error) &&
         write_foods_and_medicines (self, id, plan, error);
}

static gboolean
damaged_row (const char  *what,
             GError     **error)
{
  g_set_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_INVALID,
               _("This saved plan is damaged (%s) and cannot be opened"), what);
  return FALSE;
}

/* A text column as this store writes it: present and valid UTF-8 (names
 * go into labels, menus and the handout). Anything else is damage. */
static const char *
column_text (sqlite3_stmt *statement,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (statement, column);

  return text != NULL && g_utf8_validate (text, -1, NULL) ? text : NULL;
}

static gboolean
read_products (MgPlanStore   *self,
               sqlite3_int64  id,
               MgPlan        *plan,
               GError       **error)
{
  sqlite3_stmt *statement = mg_plan_store_statement (self,
    "SELECT compound, amount, unit, units_per_intake, intakes_per_day, times FROM products "
    "WHERE plan_id = ?1 ORDER BY position", error);
  int rc;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      g_autoptr(MgProduct) product = NULL;
      MgAmountUnit unit;
      const char *compound = column_text (statement, 0);
      const char *unit_text = (const char *) sqlite3_column_text (statement, 2);
      double amount = sqlite3_column_double (statement, 1);
      double units = sqlite3_column_double (statement, 3);
      int intakes = sqlite3_column_int (statement, 4);

      /* The schema's checks hold for files we wrote; anything else is
       * refused here rather than turned into a wrong dose. */
      if (compound == NULL || unit_text == NULL || !mg_amount_unit_from_string (unit_text, &unit) ||
          !(amount >= 0.0 && amount <= MG_NUMBER_MAX_AMOUNT_MG) ||
          !(units > 0.0 && units <= MG_NUMBER_MAX_UNITS_PER_INTAKE) ||
          intakes < 1 || intakes > (int) MG_NUMBER_MAX_INTAKES_PER_DAY ||
          sqlite3_column_text (statement, 5) == NULL)
        {
          sqlite3_reset (statement);
          return damaged_row ("product", error);
        }

      product = mg_product_new (compound, amount, unit, units, (guint) intakes);
      if (!times_from_text (product, (const char *) sqlite3_column_text (statement, 5)))
        {
          sqlite3_reset (statement);
          return damaged_row ("times", error);
        }
      mg_plan_add_product (plan, product);
    }

  if (rc != SQLITE_DONE)
    return mg_plan_store_fail (self, error);
  return TRUE;
}

static gboolean
read_foods_and_medicines (MgPlanStore   *self,
                          sqlite3_int64  id,
                          MgPlan        *plan,
                          GError       **error)
{
  sqlite3_stmt *statement = mg_plan_store_statement (self,
    "SELECT food, portions FROM foods WHERE plan_id = ?1 ORDER BY position", error);
  int rc;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      const char *food = column_text (statement, 0);
      double portions = sqlite3_column_double (statement, 1);

      if (food == NULL || !(portions > 0.0 && portions <= MG_NUMBER_MAX_UNITS_PER_INTAKE))
        {
          sqlite3_reset (statement);
          return damaged_row ("food", error);
        }
      mg_plan_add_food (plan, food, portions);
    }
  if (rc != SQLITE_DONE)
    return mg_plan_store_fail (self, error);

  statement = mg_plan_store_statement (self,
    "SELECT name, minute FROM medicines WHERE plan_id = ?1 ORDER BY position", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  for (guint i = 0; (rc = sqlite3_step (statement)) == SQLITE_ROW; i++)
    {
      const char *name = column_text (statement, 0);
      int minute = sqlite3_column_int (statement, 1);

      if (name == NULL || minute < 0 || minute >= MG_MINUTES_PER_DAY)
        {
          sqlite3_reset (statement);
          return damaged_row ("medicine", error);
        }
      mg_plan_add_medicine (plan, name);
      mg_plan_set_medicine_time (plan, i, (guint) minute);
    }
  if (rc != SQLITE_DONE)
    return mg_plan_store_fail (self, error);

  return TRUE;
}

gboolean
mg_plan_store_read_plan (MgPlanStore   *self,
                         sqlite3_int64  id,
                         MgProfile     *profile,
                         gboolean      *out_age_in_months,
                         MgPlan       **out_plan,
                         GError       **error)
{
  g_autoptr(MgPlan) plan = mg_plan_new ();
  sqlite3_stmt *statement = mg_plan_store_statement (self,
    "SELECT age_months, age_in_months, sex, pregnant, lactating, renal_impairment, food_mg FROM plans WHERE id = ?1",
    error);
  int age_months;

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  if (sqlite3_step (statement) != SQLITE_ROW)
    {
      sqlite3_reset (statement);
      return mg_plan_store_fail (self, error);
    }

  age_months = sqlite3_column_int (statement, 0);
  if (age_months < 0 || age_months > MG_PROFILE_MAX_AGE_MONTHS)
    {
      sqlite3_reset (statement);
      return damaged_row ("age", error);
    }

  mg_profile_set_age_months (profile, (guint) age_months);
  mg_profile_set_sex (profile, g_strcmp0 ((const char *) sqlite3_column_text (statement, 2), "male") == 0
                               ? MG_SEX_MALE : MG_SEX_FEMALE);
  mg_profile_set_pregnant (profile, sqlite3_column_int (statement, 3) != 0);
  mg_profile_set_lactating (profile, sqlite3_column_int (statement, 4) != 0);
  mg_profile_set_renal_impairment (profile, sqlite3_column_int (statement, 5) != 0);
  mg_plan_set_food_mg_per_day (plan, MAX (0.0, sqlite3_column_double (statement, 6)));
  if (out_age_in_months != NULL)
    *out_age_in_months = sqlite3_column_int (statement, 1) != 0;
  sqlite3_reset (statement);

  if (!read_products (self, id, plan, error) ||
      !read_foods_and_medicines (self, id, plan, error))
    return FALSE;

  if (out_plan != NULL)
    *out_plan = g_steal_pointer (&plan);
  return TRUE;
}

/* Runs @write between BEGIN IMMEDIATE and COMMIT, or rolls back. */
static gboolean
finish_transaction (MgPlanStore  *self,
                    gboolean      ok,
                    GError      **error)
{
  if (ok && mg_plan_store_exec (self, "COMMIT", error))
    return TRUE;

  sqlite3_exec (mg_plan_store_get_db (self), "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static gboolean
save_in_transaction (MgPlanStore  *self,
                     const char   *name,
                     gboolean      working,
                     MgProfile    *profile,
                     gboolean      age_in_months,
                     MgPlan       *plan,
                     GError      **error)
{
  if (!mg_plan_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  return finish_transaction (self, mg_plan_store_write_plan (self, name, working, profile, age_in_months, plan, error),
                             error);
}

/**
 * mg_plan_store_save:
 * @name: the plan's name; a plan of that name is replaced
 * @age_in_months: whether the age was entered in months
 *
 * Returns: %TRUE once the plan is on disk
 */
gboolean
mg_plan_store_save (MgPlanStore  *self,
                    const char   *name,
                    MgProfile    *profile,
                    gboolean      age_in_months,
                    MgPlan       *plan,
                    GError      **error)
{
  g_return_val_if_fail (MG_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (MG_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (MG_IS_PLAN (plan), FALSE);

  return check_name (name, error) &&
         save_in_transaction (self, name, FALSE, profile, age_in_months, plan, error);
}

gboolean
mg_plan_store_save_working (MgPlanStore  *self,
                            const char   *name,
                            MgProfile    *profile,
                            gboolean      age_in_months,
                            MgPlan       *plan,
                            GError      **error)
{
  g_return_val_if_fail (MG_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (MG_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (MG_IS_PLAN (plan), FALSE);

  return save_in_transaction (self, name, TRUE, profile, age_in_months, plan, error);
}

static gboolean
find_id (MgPlanStore   *self,
         const char    *name,
         gboolean       working,
         sqlite3_int64 *out_id,
         char         **out_name,
         GError       **error)
{
  sqlite3_stmt *statement = working
    ? mg_plan_store_statement (self, "SELECT id, name FROM plans WHERE working = 1", error)
    : mg_plan_store_statement (self, "SELECT id, name FROM plans WHERE working = 0 AND name = ?1", error);
  int rc;

  if (statement == NULL)
    return FALSE;
  if (!working)
    sqlite3_bind_text (statement, 1, name, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (statement);
  if (rc == SQLITE_ROW)
    {
      const char *found = column_text (statement, 1);

      *out_id = sqlite3_column_int64 (statement, 0);
      if (found == NULL)
        {
          sqlite3_reset (statement);
          return damaged_row ("name", error);
        }
      if (out_name != NULL)
        *out_name = g_strdup (found);
      sqlite3_reset (statement);
      return TRUE;
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    return mg_plan_store_fail (self, error);

  /* Translators: a saved plan's name. */
  g_set_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_NOT_FOUND,
               _("There is no saved plan called “%s”"), name != NULL ? name : "");
  return FALSE;
}

/**
 * mg_plan_store_load:
 * @profile: receives the person (age, sex, status, kidneys); the
 *   reference and limit sets stay as they are
 * @out_plan: (out) (transfer full): the products, foods and medicines
 */
gboolean
mg_plan_store_load (MgPlanStore  *self,
                    const char   *name,
                    MgProfile    *profile,
                    gboolean     *out_age_in_months,
                    MgPlan      **out_plan,
                    GError      **error)
{
  sqlite3_int64 id;

  g_return_val_if_fail (MG_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (MG_IS_PROFILE (profile), FALSE);

  return find_id (self, name, FALSE, &id, NULL, error) &&
         mg_plan_store_read_plan (self, id, profile, out_age_in_months, out_plan, error);
}

/**
 * mg_plan_store_load_working:
 * @out_name: (out) (transfer full): the saved plan it came from, "" if none
 *
 * Returns: %FALSE with MG_PLAN_STORE_ERROR_NOT_FOUND when nothing was
 *   kept yet (the first start)
 */
gboolean
mg_plan_store_load_working (MgPlanStore  *self,
                            char        **out_name,
                            MgProfile    *profile,
                            gboolean     *out_age_in_months,
                            MgPlan      **out_plan,
                            GError      **error)
{
  sqlite3_int64 id;

  g_return_val_if_fail (MG_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (MG_IS_PROFILE (profile), FALSE);

  return find_id (self, NULL, TRUE, &id, out_name, error) &&
         mg_plan_store_read_plan (self, id, profile, out_age_in_months, out_plan, error);
}

/**
 * mg_plan_store_list:
 *
 * Returns: (transfer full) (nullable): the saved plans' names, sorted
 */
char **
mg_plan_store_list (MgPlanStore  *self,
                    GError      **error)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  sqlite3_stmt *statement;
  int rc;

  g_return_val_if_fail (MG_IS_PLAN_STORE (self), NULL);

  statement = mg_plan_store_statement (self, "SELECT name FROM plans WHERE working = 0 ORDER BY name COLLATE NOCASE, name", error);
  if (statement == NULL)
    return NULL;

  while ((rc = sqlite3_step (statement)) == SQLITE_ROW)
    {
      const char *name = column_text (statement, 0);

      /* This store never writes such a name: only damage does. The other
       * plans stay listed; this one cannot be shown or asked for. */
      if (name != NULL)
        g_strv_builder_add (names, name);
      else
        g_message ("A saved plan with a damaged name is left out of the list");
    }
  sqlite3_reset (statement);
  if (rc != SQLITE_DONE)
    {
      mg_plan_store_fail (self, error);
      return NULL;
    }

  return g_strv_builder_end (names);
}

static gboolean
change_name (MgPlanStore  *self,
             const char   *name,
             const char   *new_name,
             GError      **error)
{
  sqlite3_stmt *statement;
  sqlite3_int64 id;

  if (!find_id (self, name, FALSE, &id, NULL, error))
    return FALSE;

  statement = new_name != NULL
    ? mg_plan_store_statement (self, "UPDATE plans SET name = ?2 WHERE id = ?1", error)
    : mg_plan_store_statement (self, "DELETE FROM plans WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  if (new_name != NULL)
    sqlite3_bind_text (statement, 2, new_name, -1, SQLITE_TRANSIENT);
  if (!mg_plan_store_step_done (self, statement, error))
    return FALSE;

  /* The plan on screen follows its saved plan's new name, or becomes
   * unsaved when that plan is deleted. */
  statement = mg_plan_store_statement (self, "UPDATE plans SET name = ?2 WHERE working = 1 AND name = ?1", error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, new_name != NULL ? new_name : "", -1, SQLITE_TRANSIENT);

  return mg_plan_store_step_done (self, statement, error);
}

gboolean
mg_plan_store_rename (MgPlanStore  *self,
                      const char   *name,
                      const char   *new_name,
                      GError      **error)
{
  sqlite3_int64 existing;

  g_return_val_if_fail (MG_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!check_name (new_name, error))
    return FALSE;
  if (g_strcmp0 (name, new_name) == 0)
    return TRUE;
  if (!mg_plan_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (find_id (self, new_name, FALSE, &existing, NULL, NULL))
    {
      sqlite3_exec (mg_plan_store_get_db (self), "ROLLBACK", NULL, NULL, NULL);
      g_set_error (error, MG_PLAN_STORE_ERROR, MG_PLAN_STORE_ERROR_EXISTS,
                   _("A plan called “%s” exists already; choose another name"), new_name);
      return FALSE;
    }

  return finish_transaction (self, change_name (self, name, new_name, error), error);
}

gboolean
mg_plan_store_delete (MgPlanStore  *self,
                      const char   *name,
                      GError      **error)
{
  g_return_val_if_fail (MG_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!mg_plan_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  return finish_transaction (self, change_name (self, name, NULL, error), error);
}
