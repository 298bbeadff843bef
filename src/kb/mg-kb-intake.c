/* mg-kb-intake.c — recommended intakes and upper limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-kb-private.h"

static gboolean
check_choice (const char  *value,
              const char  *what,
              const char  *choices,
              GError     **error)
{
  g_auto(GStrv) valid = g_strsplit (choices, " ", -1);

  if (value != NULL && g_strv_contains ((const char * const *) valid, value))
    return TRUE;

  g_set_error (error, MG_KB_ERROR, MG_KB_ERROR_INVALID_ARGUMENT,
               "Invalid %s “%s” (expected one of: %s)", what, value ? value : "(null)", choices);
  return FALSE;
}

/* Where each kind of set lives (docs/kb-format.md). */
static const struct
{
  const char *table;
  const char *owner;      /* owner key prefix of the set's own texts */
  const char *meta_key;   /* names the default set */
  const char *what;       /* for "not found" */
} set_places[] = {
  [MG_SET_KIND_INTAKE] = { "reference_set", "reference-set", MG_KB_META_DEFAULT_REFERENCE, "reference set" },
  [MG_SET_KIND_LIMIT] = { "limit_set", "limit-set", MG_KB_META_DEFAULT_LIMITS, "limit set" },
};

static GListModel *
list_sets (MgKb      *kb,
           MgSetKind  kind)
{
  GListStore *store = g_list_store_new (MG_TYPE_REFERENCE_SET);
  g_autofree char *sql = g_strdup_printf ("SELECT id, is_default FROM %s ORDER BY ord", set_places[kind].table);
  g_autoptr(GPtrArray) sets = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = _mg_kb_statement (kb, sql);

  while (_mg_kb_step (kb, stmt))
    {
      MgReferenceSet *set = g_object_new (MG_TYPE_REFERENCE_SET, NULL);

      set->id = _mg_kb_column_dup (stmt, 0);
      set->kind = kind;
      set->is_default = sqlite3_column_int (stmt, 1) != 0;
      g_ptr_array_add (sets, set);
    }

  for (guint i = 0; i < sets->len; i++)
    {
      MgReferenceSet *set = g_ptr_array_index (sets, i);
      g_autofree char *owner = g_strdup_printf ("%s:%s", set_places[kind].owner, set->id);

      set->name = _mg_kb_text (kb, owner, "name");
      set->note = _mg_kb_text (kb, owner, "note");
      _mg_kb_take_model (&set->sources, _mg_kb_sources_for (kb, owner));
      g_list_store_append (store, set);
    }

  return G_LIST_MODEL (store);
}

GListModel *
mg_kb_list_reference_sets (MgKb    *kb,
                           GError **error)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  return _mg_kb_finish (kb, list_sets (kb, MG_SET_KIND_INTAKE), NULL, error);
}

GListModel *
mg_kb_list_limit_sets (MgKb    *kb,
                       GError **error)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  return _mg_kb_finish (kb, list_sets (kb, MG_SET_KIND_LIMIT), NULL, error);
}

/* NULL = the default set: meta names it; is_default backs it up. */
static char *
resolve_set (MgKb        *kb,
             MgSetKind    kind,
             const char  *set_id,
             GError     **error)
{
  const char *table = set_places[kind].table;
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE id = ?1 "
                                          "UNION ALL SELECT id FROM %s WHERE ?1 IS NULL AND is_default "
                                          "LIMIT 1", table, table);
  g_autofree char *wanted = set_id != NULL ? g_strdup (set_id) : _mg_kb_meta (kb, set_places[kind].meta_key);
  sqlite3_stmt *stmt = _mg_kb_statement (kb, sql);

  if (stmt != NULL && wanted != NULL)
    sqlite3_bind_text (stmt, 1, wanted, -1, SQLITE_TRANSIENT);
  if (_mg_kb_step (kb, stmt))
    return _mg_kb_column_dup (stmt, 0);

  _mg_kb_set_not_found (error, set_places[kind].what, wanted != NULL ? wanted : "(default)");
  return NULL;
}

static MgIntakeReference *
intake_new (MgKb       *kb,
            const char *owner,
            gboolean    alternative)
{
  g_autoptr(MgIntakeReference) intake = NULL;
  g_autoptr(GPtrArray) alternatives = NULL;
  g_autofree char *set_owner = NULL;
  GListStore *store;
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT set_id, from_months, to_months, sex, status, mg, kind "
                               "FROM intake WHERE owner = ?1");
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, owner, -1, SQLITE_TRANSIENT);
  if (!_mg_kb_step (kb, stmt))
    return NULL;

  intake = g_object_new (MG_TYPE_INTAKE_REFERENCE, NULL);
  intake->id = g_strdup (owner);
  intake->set_id = _mg_kb_column_dup (stmt, 0);
  intake->from_months = _mg_kb_column_int (stmt, 1);
  intake->to_months = _mg_kb_column_int (stmt, 2);
  intake->sex = _mg_kb_column_dup (stmt, 3);
  intake->status = _mg_kb_column_dup (stmt, 4);
  intake->has_value = sqlite3_column_type (stmt, 5) != SQLITE_NULL;
  intake->mg = _mg_kb_column_double (stmt, 5);
  intake->kind = _mg_kb_column_dup (stmt, 6);

  set_owner = g_strconcat ("reference-set:", intake->set_id, NULL);
  intake->set_name = _mg_kb_text (kb, set_owner, "name");
  intake->note = _mg_kb_text (kb, owner, "note");
  _mg_kb_take_model (&intake->disagreements, _mg_kb_articles_for (kb, owner, "disagreement", "disagreement"));
  _mg_kb_take_model (&intake->sources, _mg_kb_sources_for (kb, owner));

  if (alternative)
    return g_steal_pointer (&intake);

  /* Another source's value for the same band: same fields, its own mg and
   * sources. Shown for comparison, never used for advice. */
  store = g_list_store_new (MG_TYPE_INTAKE_REFERENCE);
  alternatives = _mg_kb_column_ids (kb, "SELECT owner FROM intake_alternative WHERE intake_owner = ?1 ORDER BY rowid", owner);
  for (guint i = 0; i < alternatives->len; i++)
    {
      const char *alt_owner = g_ptr_array_index (alternatives, i);
      g_autoptr(MgIntakeReference) alt = intake_new (kb, owner, TRUE);

      stmt = _mg_kb_statement (kb, "SELECT mg FROM intake_alternative WHERE owner = ?1");
      if (alt == NULL || stmt == NULL)
        break;
      sqlite3_bind_text (stmt, 1, alt_owner, -1, SQLITE_TRANSIENT);
      if (!_mg_kb_step (kb, stmt))
        break;

      g_free (alt->id);
      alt->id = g_strdup (alt_owner);
      alt->is_alternative = TRUE;
      alt->has_value = sqlite3_column_type (stmt, 0) != SQLITE_NULL;
      alt->mg = _mg_kb_column_double (stmt, 0);
      g_clear_pointer (&alt->note, g_free);
      _mg_kb_take_model (&alt->disagreements, G_LIST_MODEL (g_list_store_new (MG_TYPE_ARTICLE)));
      _mg_kb_take_model (&alt->sources, _mg_kb_sources_for (kb, alt_owner));
      g_list_store_append (store, alt);
    }
  _mg_kb_take_model (&intake->alternatives, G_LIST_MODEL (store));

  return g_steal_pointer (&intake);
}

GListModel *
mg_kb_list_intakes (MgKb        *kb,
                    const char  *set_id,
                    GError     **error)
{
  g_autoptr(GError) query_error = NULL;
  g_autofree char *set = NULL;
  g_autoptr(GPtrArray) owners = NULL;
  GListStore *store;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  set = resolve_set (kb, MG_SET_KIND_INTAKE, set_id, &query_error);
  if (set == NULL)
    return _mg_kb_finish (kb, NULL, g_steal_pointer (&query_error), error);

  store = g_list_store_new (MG_TYPE_INTAKE_REFERENCE);
  owners = _mg_kb_column_ids (kb, "SELECT owner FROM intake WHERE set_id = ?1 ORDER BY rowid", set);
  for (guint i = 0; i < owners->len; i++)
    {
      g_autoptr(MgIntakeReference) intake = intake_new (kb, g_ptr_array_index (owners, i), FALSE);

      if (intake != NULL)
        g_list_store_append (store, intake);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}

MgIntakeReference *
mg_kb_get_intake (MgKb        *kb,
                  const char  *set_id,
                  guint        age_months,
                  const char  *sex,
                  const char  *status,
                  GError     **error)
{
  g_autoptr(GError) query_error = NULL;
  g_autofree char *set = NULL;
  g_autofree char *owner = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (status == NULL)
    status = "none";
  if (!check_choice (sex, "sex", "female male", error) ||
      !check_choice (status, "status", "none pregnant lactating", error))
    return NULL;

  _mg_kb_begin (kb);
  set = resolve_set (kb, MG_SET_KIND_INTAKE, set_id, &query_error);
  if (set == NULL)
    return _mg_kb_finish (kb, NULL, g_steal_pointer (&query_error), error);

  /* A row for this sex beats one for "any" in the same band. */
  stmt = _mg_kb_statement (kb, "SELECT owner FROM intake WHERE set_id = ?1 AND from_months <= ?2 "
                               "AND (to_months IS NULL OR ?2 < to_months) AND sex IN (?3, 'any') "
                               "AND status = ?4 ORDER BY sex = ?3 DESC, rowid LIMIT 1");
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, set, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, age_months);
      sqlite3_bind_text (stmt, 3, sex, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, status, -1, SQLITE_TRANSIENT);
      if (_mg_kb_step (kb, stmt))
        owner = _mg_kb_column_dup (stmt, 0);
    }

  if (owner == NULL)
    {
      g_set_error (&query_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND,
                   "The reference set “%s” has no intake for %u months, %s, status %s",
                   set, age_months, sex, status);
      return _mg_kb_finish (kb, NULL, g_steal_pointer (&query_error), error);
    }

  return _mg_kb_finish (kb, intake_new (kb, owner, FALSE), NULL, error);
}

static MgUpperLimit *
limit_new (MgKb       *kb,
           const char *owner)
{
  g_autoptr(MgUpperLimit) limit = NULL;
  g_autofree char *set_owner = NULL;
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT set_id, from_months, to_months, coalesce(status, 'any'), mg "
                               "FROM upper_limit WHERE owner = ?1");
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, owner, -1, SQLITE_TRANSIENT);
  if (!_mg_kb_step (kb, stmt))
    return NULL;

  limit = g_object_new (MG_TYPE_UPPER_LIMIT, NULL);
  limit->id = g_strdup (owner);
  limit->set_id = _mg_kb_column_dup (stmt, 0);
  limit->from_months = _mg_kb_column_int (stmt, 1);
  limit->to_months = _mg_kb_column_int (stmt, 2);
  limit->status = _mg_kb_column_dup (stmt, 3);
  limit->has_value = sqlite3_column_type (stmt, 4) != SQLITE_NULL;
  limit->mg = _mg_kb_column_double (stmt, 4);

  set_owner = g_strconcat ("limit-set:", limit->set_id, NULL);
  limit->set_name = _mg_kb_text (kb, set_owner, "name");
  limit->note = _mg_kb_text (kb, owner, "note");
  _mg_kb_take_model (&limit->disagreements, _mg_kb_articles_for (kb, owner, "disagreement", "disagreement"));
  _mg_kb_take_model (&limit->sources, _mg_kb_sources_for (kb, owner));

  return g_steal_pointer (&limit);
}

GListModel *
mg_kb_list_upper_limits (MgKb        *kb,
                         const char  *set_id,
                         GError     **error)
{
  g_autoptr(GError) query_error = NULL;
  g_autofree char *set = NULL;
  g_autoptr(GPtrArray) owners = NULL;
  GListStore *store;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  set = resolve_set (kb, MG_SET_KIND_LIMIT, set_id, &query_error);
  if (set == NULL)
    return _mg_kb_finish (kb, NULL, g_steal_pointer (&query_error), error);

  store = g_list_store_new (MG_TYPE_UPPER_LIMIT);
  owners = _mg_kb_column_ids (kb, "SELECT owner FROM upper_limit WHERE set_id = ?1 ORDER BY rowid", set);
  for (guint i = 0; i < owners->len; i++)
    {
      g_autoptr(MgUpperLimit) limit = limit_new (kb, g_ptr_array_index (owners, i));

      if (limit != NULL)
        g_list_store_append (store, limit);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}

MgUpperLimit *
mg_kb_get_upper_limit (MgKb        *kb,
                       const char  *set_id,
                       guint        age_months,
                       const char  *status,
                       GError     **error)
{
  g_autoptr(GError) query_error = NULL;
  g_autofree char *set = NULL;
  g_autofree char *owner = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (status == NULL)
    status = "none";
  if (!check_choice (status, "status", "none pregnant lactating", error))
    return NULL;

  _mg_kb_begin (kb);
  set = resolve_set (kb, MG_SET_KIND_LIMIT, set_id, &query_error);
  if (set == NULL)
    return _mg_kb_finish (kb, NULL, g_steal_pointer (&query_error), error);

  /* A limit for pregnancy or lactation beats the general one. */
  stmt = _mg_kb_statement (kb, "SELECT owner FROM upper_limit WHERE set_id = ?1 AND from_months <= ?2 "
                               "AND (to_months IS NULL OR ?2 < to_months) "
                               "AND coalesce(status, 'any') IN (?3, 'any') "
                               "ORDER BY coalesce(status, 'any') = ?3 DESC, rowid LIMIT 1");
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, set, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, age_months);
      sqlite3_bind_text (stmt, 3, status, -1, SQLITE_TRANSIENT);
      if (_mg_kb_step (kb, stmt))
        owner = _mg_kb_column_dup (stmt, 0);
    }

  if (owner == NULL)
    {
      g_set_error (&query_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND,
                   "The limit set “%s” has no band for %u months", set, age_months);
      return _mg_kb_finish (kb, NULL, g_steal_pointer (&query_error), error);
    }

  return _mg_kb_finish (kb, limit_new (kb, owner), NULL, error);
}
