/* mg-kb-generics.c — the plain names of salts and the forms they mean
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-kb-private.h"

static MgGenericName *
generic_name_new (MgKb       *kb,
                  const char *id)
{
  g_autoptr(MgGenericName) generic = NULL;
  g_autoptr(GPtrArray) forms = NULL;
  g_autofree char *owner = g_strconcat ("generic-name:", id, NULL);
  GListStore *store;
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT resolves_to FROM generic_name WHERE id = ?1");
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (!_mg_kb_step (kb, stmt))
    return NULL;

  generic = g_object_new (MG_TYPE_GENERIC_NAME, NULL);
  generic->id = g_strdup (id);
  generic->resolves_to = _mg_kb_column_dup (stmt, 0);
  generic->name = _mg_kb_text (kb, owner, "name");
  generic->synonyms = _mg_kb_text_list (kb, owner, "synonyms");

  /* The form it stands for first, then the others in their order. */
  forms = _mg_kb_column_ids (kb, "SELECT compound_id FROM generic_form f JOIN generic_name g ON g.id = f.generic_id "
                                 "WHERE f.generic_id = ?1 ORDER BY f.compound_id IS NOT g.resolves_to, f.ord", id);
  store = g_list_store_new (MG_TYPE_COMPOUND);
  for (guint i = 0; i < forms->len && !_mg_kb_failed (kb); i++)
    {
      g_autoptr(MgCompound) compound = _mg_kb_compound_new (kb, g_ptr_array_index (forms, i));

      if (compound != NULL)
        g_list_store_append (store, compound);
    }
  _mg_kb_take_model (&generic->forms, G_LIST_MODEL (store));

  _mg_kb_take_model (&generic->notes, _mg_kb_articles_for (kb, owner, "note", "note"));
  _mg_kb_take_model (&generic->disagreements, _mg_kb_articles_for (kb, owner, "disagreement", "disagreement"));
  _mg_kb_take_model (&generic->sources, _mg_kb_sources_for (kb, owner));

  return g_steal_pointer (&generic);
}

/* The generic names whose ids @sql selects (with @param as ?1). */
static GListModel *
list_generic_names (MgKb        *kb,
                    const char  *sql,
                    const char  *param,
                    GError     **error)
{
  GListStore *store;
  g_autoptr(GPtrArray) ids = NULL;

  _mg_kb_begin (kb);
  store = g_list_store_new (MG_TYPE_GENERIC_NAME);
  ids = _mg_kb_column_ids (kb, sql, param);
  for (guint i = 0; i < ids->len && !_mg_kb_failed (kb); i++)
    {
      g_autoptr(MgGenericName) generic = generic_name_new (kb, g_ptr_array_index (ids, i));

      if (generic != NULL)
        g_list_store_append (store, generic);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}

GListModel *
mg_kb_list_generic_names (MgKb    *kb,
                          GError **error)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_generic_names (kb, "SELECT id FROM generic_name ORDER BY ord", NULL, error);
}

GListModel *
mg_kb_list_generic_names_for_form (MgKb        *kb,
                                   const char  *compound_id,
                                   GError     **error)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (compound_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return list_generic_names (kb, "SELECT id FROM generic_name WHERE resolves_to = ?1 ORDER BY ord",
                             compound_id, error);
}

MgGenericName *
mg_kb_lookup_generic_name (MgKb        *kb,
                           const char  *id_or_name,
                           GError     **error)
{
  g_autoptr(GError) query_error = NULL;
  g_autofree char *id = NULL;
  MgGenericName *generic = NULL;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (id_or_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  id = _mg_kb_resolve_name (kb, "generic-name", "SELECT id FROM generic_name WHERE id = ?1", id_or_name);
  if (id != NULL)
    generic = generic_name_new (kb, id);

  if (generic == NULL)
    _mg_kb_set_not_found (&query_error, "generic name", id_or_name);

  return _mg_kb_finish (kb, generic, g_steal_pointer (&query_error), error);
}
