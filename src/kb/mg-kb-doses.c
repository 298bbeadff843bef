/* mg-kb-doses.c — the doses studied for a condition, with their amounts,
 * and the serum disagreements of a band
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-kb-private.h"

/* The name of a compound or generic name in the current language. */
static char *
compound_name (MgKb       *kb,
               const char *id)
{
  g_autofree char *compound_owner = g_strconcat ("compound:", id, NULL);
  g_autofree char *generic_owner = g_strconcat ("generic-name:", id, NULL);
  char *name = _mg_kb_text (kb, compound_owner, "name");

  return name != NULL ? name : _mg_kb_text (kb, generic_owner, "name");
}

GListModel *
_mg_kb_studied_doses (MgKb       *kb,
                      const char *condition_id,
                      const char *route)
{
  GListStore *store = g_list_store_new (MG_TYPE_STUDIED_DOSE);
  g_autoptr(GPtrArray) doses = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT owner, route, population, from_months, to_months, amount_min, amount_max, "
                               "unit, basis, compound, per, intakes_per_day, daily_mg_min, daily_mg_max, "
                               "limit_mg, supervised FROM condition_dose WHERE condition_id = ?1 ORDER BY ord");
  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, condition_id, -1, SQLITE_TRANSIENT);
  while (_mg_kb_step (kb, stmt))
    {
      MgStudiedDose *dose = g_object_new (MG_TYPE_STUDIED_DOSE, NULL);

      dose->id = _mg_kb_column_dup (stmt, 0);
      dose->route = _mg_kb_column_dup (stmt, 1);
      if (dose->route == NULL)
        dose->route = g_strdup (route);
      dose->population = _mg_kb_column_dup (stmt, 2);
      dose->from_months = _mg_kb_column_int (stmt, 3);
      dose->to_months = _mg_kb_column_int (stmt, 4);
      dose->has_amount = sqlite3_column_type (stmt, 5) != SQLITE_NULL;
      dose->amount_min = _mg_kb_column_double (stmt, 5);
      dose->amount_max = _mg_kb_column_double (stmt, 6);
      dose->unit = _mg_kb_column_dup (stmt, 7);
      dose->basis = _mg_kb_column_dup (stmt, 8);
      dose->compound_id = _mg_kb_column_dup (stmt, 9);
      dose->per = _mg_kb_column_dup (stmt, 10);
      dose->intakes_per_day = _mg_kb_column_int (stmt, 11);
      dose->daily_mg_min = _mg_kb_column_double (stmt, 12);
      dose->daily_mg_max = _mg_kb_column_double (stmt, 13);
      dose->limit_mg = _mg_kb_column_double (stmt, 14);
      dose->supervised = sqlite3_column_int (stmt, 15) != 0;
      /* Strictly above, as in the dosing rules. */
      dose->above_limit = g_strcmp0 (dose->route, "parenteral") != 0 &&
                          dose->limit_mg > 0.0 && dose->daily_mg_max > dose->limit_mg;
      g_ptr_array_add (doses, dose);
    }

  for (guint i = 0; i < doses->len && !_mg_kb_failed (kb); i++)
    {
      MgStudiedDose *dose = g_ptr_array_index (doses, i);

      dose->text = _mg_kb_text (kb, dose->id, NULL);
      if (dose->compound_id != NULL)
        dose->compound_name = compound_name (kb, dose->compound_id);
      _mg_kb_take_model (&dose->sources, _mg_kb_sources_for (kb, dose->id));
      g_list_store_append (store, dose);
    }

  return G_LIST_MODEL (store);
}

static MgSerumDisagreement *
serum_disagreement_new (MgKb       *kb,
                        const char *id)
{
  MgSerumDisagreement *entry = g_object_new (MG_TYPE_SERUM_DISAGREEMENT, NULL);
  g_autofree char *owner = g_strconcat ("serum-disagreement:", id, NULL);
  g_autoptr(GPtrArray) ranges = _mg_kb_column_ids (kb, "SELECT range_id FROM serum_disagreement_range "
                                                       "WHERE disagreement_id = ?1 ORDER BY ord", id);

  g_ptr_array_add (ranges, NULL);
  entry->id = g_strdup (id);
  entry->range_ids = (GStrv) g_ptr_array_steal (ranges, NULL);
  entry->title = _mg_kb_text (kb, owner, "title");
  entry->text = _mg_kb_text (kb, owner, "text");
  _mg_kb_take_model (&entry->sources, _mg_kb_sources_for (kb, owner));

  return entry;
}

/* @range_id NULL: every entry */
GListModel *
_mg_kb_serum_disagreements (MgKb       *kb,
                            const char *range_id)
{
  GListStore *store = g_list_store_new (MG_TYPE_SERUM_DISAGREEMENT);
  g_autoptr(GPtrArray) ids = NULL;

  if (range_id == NULL)
    ids = _mg_kb_column_ids (kb, "SELECT id FROM serum_disagreement ORDER BY ord", NULL);
  else
    ids = _mg_kb_column_ids (kb, "SELECT d.id FROM serum_disagreement d JOIN serum_disagreement_range r "
                                 "ON r.disagreement_id = d.id WHERE r.range_id = ?1 ORDER BY d.ord", range_id);

  for (guint i = 0; i < ids->len && !_mg_kb_failed (kb); i++)
    {
      g_autoptr(MgSerumDisagreement) entry = serum_disagreement_new (kb, g_ptr_array_index (ids, i));

      g_list_store_append (store, entry);
    }

  return G_LIST_MODEL (store);
}

GListModel *
mg_kb_list_serum_disagreements (MgKb    *kb,
                                GError **error)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  return _mg_kb_finish (kb, _mg_kb_serum_disagreements (kb, NULL), NULL, error);
}
