/* mg-kb-record.c — any record's texts and names, whatever its kind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For views that show a record without knowing its kind (a generic
 * detail page, a record of a kind a newer knowledge base adds): the texts
 * of the record and of its children, and its names per language.
 */
#include "config.h"

#include <string.h>

#include "mg-kb-private.h"

typedef struct
{
  char *owner;
  char *field;
  char *value;
  char *sort_key;
} TextRow;

static void
text_row_free (gpointer data)
{
  TextRow *row = data;

  g_free (row->owner);
  g_free (row->field);
  g_free (row->value);
  g_free (row->sort_key);
  g_free (row);
}

/* The record first, then its children in natural order ("/dose/2"
 * before "/dose/10"), and source order within one owner. */
static int
text_row_compare (gconstpointer a,
                  gconstpointer b)
{
  const TextRow *x = *(const TextRow * const *) a;
  const TextRow *y = *(const TextRow * const *) b;

  return strcmp (x->sort_key, y->sort_key);
}

/**
 * mg_kb_list_record_texts:
 * @kb: the knowledge base
 * @kind: a record kind ("condition", "fact", a kind this build does not know)
 * @id: the record's id
 *
 * Every text of the record and of its children (doses, notes, ratings,
 * disagreements…), in the current language, else English. Each is an
 * #MgArticle whose id is the text's owner key, kind the text's field
 * ("name", "summary", "dose"…), text the text, and sources those cited
 * for that owner.
 *
 * Returns: (transfer full): a #GListModel of #MgArticle; empty for an
 *   unknown record
 */
GListModel *
mg_kb_list_record_texts (MgKb        *kb,
                         const char  *kind,
                         const char  *id,
                         GError     **error)
{
  g_autofree char *owner = NULL;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autoptr(GHashTable) chosen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (text_row_free);
  GListStore *store;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  store = g_list_store_new (MG_TYPE_ARTICLE);
  owner = g_strconcat (kind, ":", id, NULL);
  low = g_strconcat (owner, "/", NULL);
  high = g_strconcat (owner, "0", NULL);   /* '0' follows '/' */

  /* The current language sorts before English, so the first row of an
   * (owner, field) pair is the one to show. */
  stmt = _mg_kb_statement (kb, "SELECT owner, field, value FROM text "
                               "WHERE (owner = ?1 OR (owner > ?2 AND owner < ?3)) AND lang IN (?4, 'en') "
                               "ORDER BY owner, field, lang = 'en'");
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, owner, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, low, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, high, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, kb->language, -1, SQLITE_TRANSIENT);
    }

  while (_mg_kb_step (kb, stmt))
    {
      TextRow *row = g_new0 (TextRow, 1);
      g_autofree char *pair = NULL;

      row->owner = _mg_kb_column_dup (stmt, 0);
      row->field = _mg_kb_column_dup (stmt, 1);
      row->value = _mg_kb_column_dup (stmt, 2);
      pair = g_strconcat (row->owner, "\n", row->field, NULL);
      if (row->value == NULL || g_hash_table_contains (chosen, pair))
        {
          text_row_free (row);
          continue;
        }

      row->sort_key = g_utf8_collate_key_for_filename (row->owner, -1);
      g_hash_table_add (chosen, g_steal_pointer (&pair));
      g_ptr_array_add (rows, row);
    }

  g_ptr_array_sort (rows, text_row_compare);

  for (guint i = 0; i < rows->len; i++)
    {
      TextRow *row = g_ptr_array_index (rows, i);
      g_autoptr(MgArticle) article = g_object_new (MG_TYPE_ARTICLE, NULL);

      article->id = g_strdup (row->owner);
      article->kind = g_strdup (row->field);
      article->text = g_strdup (row->value);
      _mg_kb_take_model (&article->sources, _mg_kb_sources_for (kb, row->owner));
      g_list_store_append (store, article);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}

/**
 * mg_kb_dup_names:
 * @kb: the knowledge base
 * @kind: "medicine", "compound" or "interaction" (the kinds with names)
 * @id: the record's id
 * @language: "en", "nl"…; "" for brands, which belong to no language
 *
 * The record's names in one language, the main name first, then its
 * synonyms in source order. No fallback: an empty list means the
 * knowledge base gives no name in that language.
 *
 * Returns: (transfer full): a %NULL-terminated array, maybe empty
 */
GStrv
mg_kb_dup_names (MgKb        *kb,
                 const char  *kind,
                 const char  *id,
                 const char  *language,
                 GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  stmt = _mg_kb_statement (kb, "SELECT name FROM name WHERE kind = ?1 AND id = ?2 AND lang = ?3 "
                               "ORDER BY is_primary DESC, rowid");
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, language, -1, SQLITE_TRANSIENT);
    }
  while (_mg_kb_step (kb, stmt))
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));

  names = g_strv_builder_end (builder);
  if (!_mg_kb_end (kb, error))
    return NULL;

  return g_steal_pointer (&names);
}
