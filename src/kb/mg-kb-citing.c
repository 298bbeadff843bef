/* mg-kb-citing.c — from a source back to the records that cite it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mg-kb-private.h"
#include "mg-records-private.h"

/* Owner kinds, the record kind a page opens, and the text field that
 * names the record. Children of a set (intake:nl/3) open their set. */
static const struct
{
  const char *owner_kind;
  const char *record_kind;
  const char *title_field;
} citing_kinds[] = {
  { "compound", "compound", "name" },
  { "medicine", "medicine", "name" },
  { "interaction", "interaction", "class" },
  { "caution", "caution", "title" },
  { "lab-interference", "lab-interference", "title" },
  { "condition", "condition", "name" },
  { "food", "food", "name" },
  { "fact", "fact", "title" },
  { "serum-range", "serum-range", "label" },
  { "reference-set", "reference-set", "name" },
  { "intake", "reference-set", "name" },
  { "limit-set", "limit-set", "name" },
  { "limit", "limit-set", "name" },
};

static MgSearchResult *
citing_new (MgKb       *kb,
            const char *owner)
{
  g_autofree char *owner_kind = NULL;
  g_autofree char *id = NULL;
  g_autofree char *record_owner = NULL;
  const char *colon = strchr (owner, ':');
  const char *slash;
  MgSearchResult *result;

  if (colon == NULL)
    return NULL;

  slash = strchr (colon, '/');
  owner_kind = g_strndup (owner, colon - owner);
  id = slash != NULL ? g_strndup (colon + 1, slash - colon - 1) : g_strdup (colon + 1);

  for (guint i = 0; i < G_N_ELEMENTS (citing_kinds); i++)
    {
      if (!g_str_equal (citing_kinds[i].owner_kind, owner_kind))
        continue;

      record_owner = g_strconcat (citing_kinds[i].record_kind, ":", id, NULL);
      result = g_object_new (MG_TYPE_SEARCH_RESULT, NULL);
      result->kind = g_strdup (citing_kinds[i].record_kind);
      result->id = g_steal_pointer (&id);
      result->title = _mg_kb_text (kb, record_owner, citing_kinds[i].title_field);
      if (result->title == NULL)
        result->title = g_strdup (result->id);
      /* A cited child with a text of its own (a note, a dose, a
       * disagreement) is the fact itself; the record alone says less. */
      if (slash != NULL)
        result->snippet = _mg_kb_text (kb, owner, NULL);

      return result;
    }

  return NULL;
}

/**
 * mg_kb_list_citing:
 * @source_id: a source's id
 *
 * What cites @source_id: one #MgSearchResult per record, and one per
 * cited child text (a note, a dose, a disagreement) with that text as the
 * snippet, in knowledge-base order. The kind and id open the record:
 * intake and limit bands give their set ("reference-set", "limit-set").
 *
 * Returns: (transfer full): a #GListModel of #MgSearchResult, empty for an
 *   unknown source, or %NULL with @error set
 */
GListModel *
mg_kb_list_citing (MgKb        *kb,
                   const char  *source_id,
                   GError     **error)
{
  g_autoptr(GPtrArray) owners = NULL;
  g_autoptr(GHashTable) seen = NULL;
  GListStore *store;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (source_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  store = g_list_store_new (MG_TYPE_SEARCH_RESULT);
  owners = _mg_kb_column_ids (kb, "SELECT owner FROM citation WHERE source_id = ?1 ORDER BY rowid", source_id);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < owners->len; i++)
    {
      g_autoptr(MgSearchResult) result = citing_new (kb, g_ptr_array_index (owners, i));
      g_autofree char *key = NULL;

      if (result == NULL)
        continue;

      /* Ten age bands of one set citing the same table are one row. */
      key = g_strjoin ("\x1f", result->kind, result->id, result->snippet != NULL ? result->snippet : "", NULL);
      if (!g_hash_table_add (seen, g_steal_pointer (&key)))
        continue;

      g_list_store_append (store, result);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}
