/* mg-kb-search.c — search across the whole knowledge base
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Four stages, each bounded by LIMIT so that a short query over a large
 * knowledge base never sorts or ranks every match:
 *   0  a name equals the query            (name table, index on folded)
 *   1  a name starts with the query       (same index, range scan)
 *   2  the record's names contain it      (FTS5 trigram, names column)
 *   3  its texts contain it               (FTS5 trigram, all columns)
 * Stages 2 and 3 need three characters, the trigram minimum. Within a
 * stage, medicines and compounds come before long texts. Sources are
 * matched on their authors, title and publisher (three characters or more)
 * and titled by their short name.
 */
#include "config.h"

#include <string.h>

#include "mg-fold.h"
#include "mg-kb-private.h"

#define DEFAULT_LIMIT 50
/* Longest text searched for inside texts (see mg_kb_search()). */
#define MAX_TEXT_SEARCH 256
#define SNIPPET_CHARS 100

typedef struct
{
  char *kind;
  char *id;
  char *title;         /* from the FTS row; NULL for name-table hits */
  char *matched_name;  /* the name that matched, as written */
  int   rank;
  int   kind_order;
  gsize length;        /* shorter matched names first */
  guint order;         /* arrival, to keep sorting stable */
} Candidate;

static void
candidate_free (gpointer data)
{
  Candidate *c = data;

  g_free (c->kind);
  g_free (c->id);
  g_free (c->title);
  g_free (c->matched_name);
  g_free (c);
}

static int
kind_order (const char *kind)
{
  static const char * const order[] = {
    "medicine", "product", "compound", "generic-name", "interaction", "condition", "food",
    "serum-range", "serum-disagreement", "caution", "lab-interference", "fact", "source",
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_strcmp0 (kind, order[i]) == 0)
      return i;

  return G_N_ELEMENTS (order);
}

static int
candidate_compare (gconstpointer a,
                   gconstpointer b)
{
  const Candidate *x = *(const Candidate * const *) a;
  const Candidate *y = *(const Candidate * const *) b;

  if (x->rank != y->rank)
    return x->rank - y->rank;
  if (x->kind_order != y->kind_order)
    return x->kind_order - y->kind_order;
  if (x->length != y->length)
    return x->length < y->length ? -1 : 1;
  return x->order < y->order ? -1 : (x->order > y->order);
}

typedef struct
{
  GPtrArray  *list;
  GHashTable *by_key;   /* "kind:id" -> Candidate, for keeping the best rank */
} Candidates;

static void
add_candidate (Candidates *cands,
               const char *kind,
               const char *id,
               const char *title,
               const char *matched_name,
               int         rank)
{
  g_autofree char *key = g_strconcat (kind, ":", id, NULL);
  Candidate *c = g_hash_table_lookup (cands->by_key, key);
  const char *shown = matched_name != NULL ? matched_name : title;

  if (c != NULL)
    {
      if (rank < c->rank)
        {
          c->rank = rank;
          g_free (c->matched_name);
          c->matched_name = g_strdup (matched_name);
          c->length = shown != NULL ? strlen (shown) : G_MAXSIZE;
        }
      return;
    }

  c = g_new0 (Candidate, 1);
  c->kind = g_strdup (kind);
  c->id = g_strdup (id);
  c->title = g_strdup (title);
  c->matched_name = g_strdup (matched_name);
  c->rank = rank;
  c->kind_order = kind_order (kind);
  c->length = shown != NULL ? strlen (shown) : G_MAXSIZE;
  c->order = cands->list->len;
  g_ptr_array_add (cands->list, c);
  g_hash_table_insert (cands->by_key, g_steal_pointer (&key), c);
}

static void
search_names (MgKb       *kb,
              Candidates *cands,
              const char *folded,
              guint       cap)
{
  g_autofree char *high = g_strconcat (folded, "\xf4\x8f\xbf\xbf", NULL);
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT kind, id, name, folded = ?1 FROM name "
                               "WHERE folded >= ?1 AND folded < ?2 LIMIT ?3");
  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, folded, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, high, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, cap);

  while (_mg_kb_step (kb, stmt))
    add_candidate (cands,
                   (const char *) sqlite3_column_text (stmt, 0),
                   (const char *) sqlite3_column_text (stmt, 1),
                   NULL,
                   (const char *) sqlite3_column_text (stmt, 2),
                   sqlite3_column_int (stmt, 3) ? 0 : 1);

  /* An exact name beyond the prefix cap must still come first. */
  stmt = _mg_kb_statement (kb, "SELECT kind, id, name FROM name WHERE folded = ?1 LIMIT ?2");
  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, folded, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, cap);
  while (_mg_kb_step (kb, stmt))
    add_candidate (cands,
                   (const char *) sqlite3_column_text (stmt, 0),
                   (const char *) sqlite3_column_text (stmt, 1),
                   NULL,
                   (const char *) sqlite3_column_text (stmt, 2),
                   0);
}

/* Every word of three characters or more as an FTS5 string, ANDed; NULL if
 * no word is long enough for the trigram index. */
static char *
build_match (const char *folded,
             const char *column)
{
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  GString *match = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *quoted = NULL;
      g_auto(GStrv) parts = NULL;

      if (g_utf8_strlen (words[i], -1) < 3)
        continue;

      parts = g_strsplit (words[i], "\"", -1);
      quoted = g_strjoinv ("\"\"", parts);
      g_string_append_printf (match, "%s%s\"%s\"", match->len > 0 ? " AND " : "",
                              column != NULL ? column : "", quoted);
    }

  if (match->len == 0)
    {
      g_string_free (match, TRUE);
      return NULL;
    }

  return g_string_free (match, FALSE);
}

static void
search_fts (MgKb       *kb,
            Candidates *cands,
            const char *folded,
            const char *column,
            int         rank,
            guint       cap)
{
  g_autofree char *sql = NULL;
  g_autofree char *match = build_match (folded, column);
  sqlite3_stmt *stmt;

  if (match == NULL)
    return;

  /* No ORDER BY and no bm25(): FTS5 stops after LIMIT rows instead of
   * ranking every match, which is what keeps "mag" fast on a large base. */
  sql = g_strdup_printf ("SELECT kind, id, title FROM search_%s WHERE search_%s MATCH ?1 LIMIT ?2",
                         kb->language, kb->language);
  stmt = _mg_kb_statement (kb, sql);
  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, cap);

  while (_mg_kb_step (kb, stmt))
    {
      const char *title = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *folded_title = title != NULL ? mg_fold (title) : NULL;
      int r = rank;

      /* Records without rows in the name table (foods, conditions…) still
       * rank as exact or prefix hits on their title. */
      if (folded_title != NULL && g_str_equal (folded_title, folded))
        r = 0;
      else if (folded_title != NULL && g_str_has_prefix (folded_title, folded))
        r = MIN (r, 1);

      add_candidate (cands,
                     (const char *) sqlite3_column_text (stmt, 0),
                     (const char *) sqlite3_column_text (stmt, 1),
                     title, NULL, r);
    }
}

/* Sources have no name rows or FTS rows: there are a few hundred at most,
 * so a scan of their folded authors, title and publisher is cheap. */
static void
search_sources (MgKb       *kb,
                Candidates *cands,
                const char *folded)
{
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT id, ifnull(authors, '') || ' ' || ifnull(title, '') || ' ' || "
                               "ifnull(publisher, '') FROM source ORDER BY ord");
  if (stmt == NULL)
    return;

  while (_mg_kb_step (kb, stmt))
    {
      g_autofree char *haystack = mg_fold ((const char *) sqlite3_column_text (stmt, 1));
      const char *id = (const char *) sqlite3_column_text (stmt, 0);

      if (haystack == NULL || strstr (haystack, folded) == NULL)
        continue;

      /* Like a long text: a source never outranks a name. */
      add_candidate (cands, "source", id, NULL, NULL, 3);
    }
}

static char *
truncate_text (char *text)
{
  const char *end;
  GString *out;

  if (text == NULL || g_utf8_strlen (text, -1) <= SNIPPET_CHARS)
    return text;

  end = g_utf8_offset_to_pointer (text, SNIPPET_CHARS);
  out = g_string_new_len (text, end - text);
  /* cut at the last space so no word is broken */
  if (strrchr (out->str, ' ') != NULL)
    g_string_truncate (out, strrchr (out->str, ' ') - out->str);
  g_string_append (out, "…");
  g_free (text);

  return g_string_free (out, FALSE);
}

static char *
default_snippet (MgKb       *kb,
                 const char *kind,
                 const char *id,
                 const char *owner)
{
  sqlite3_stmt *stmt = NULL;

  if (g_str_equal (kind, "compound"))
    stmt = _mg_kb_statement (kb, "SELECT formula FROM compound WHERE id = ?1");
  else if (g_str_equal (kind, "medicine"))
    stmt = _mg_kb_statement (kb, "SELECT replace(brands, ';', ',') FROM medicine WHERE id = ?1");
  else if (g_str_equal (kind, "interaction"))
    {
      /* The advice when there is one (it is optional), else how it works. */
      char *management = _mg_kb_text (kb, owner, "management");

      return truncate_text (management != NULL ? management : _mg_kb_text (kb, owner, "mechanism"));
    }
  else if (g_str_equal (kind, "product"))
    /* What it contains: a combination is never one of its ingredients. */
    stmt = _mg_kb_statement (kb, "SELECT group_concat(name, ' + ') FROM ("
                                 "SELECT coalesce(t.value, e.value, i.medicine_id) AS name FROM product_ingredient i "
                                 "LEFT JOIN text t ON t.owner = 'medicine:' || i.medicine_id AND t.field = 'name' "
                                 "AND t.lang = ?2 "
                                 "LEFT JOIN text e ON e.owner = 'medicine:' || i.medicine_id AND e.field = 'name' "
                                 "AND e.lang = 'en' WHERE i.product_id = ?1 ORDER BY i.ord)");
  else if (g_str_equal (kind, "generic-name"))
    /* The form it stands for, or every form it can mean. */
    stmt = _mg_kb_statement (kb, "SELECT group_concat(name, ', ') FROM ("
                                 "SELECT coalesce(t.value, e.value, f.compound_id) AS name "
                                 "FROM generic_form f JOIN generic_name g ON g.id = f.generic_id "
                                 "LEFT JOIN text t ON t.owner = 'compound:' || f.compound_id AND t.field = 'name' "
                                 "AND t.lang = ?2 "
                                 "LEFT JOIN text e ON e.owner = 'compound:' || f.compound_id AND e.field = 'name' "
                                 "AND e.lang = 'en' WHERE f.generic_id = ?1 "
                                 "AND (g.resolves_to IS NULL OR g.resolves_to = f.compound_id) ORDER BY f.ord)");
  else if (g_str_equal (kind, "condition"))
    return truncate_text (_mg_kb_text (kb, owner, "summary"));
  else if (g_str_equal (kind, "serum-range"))
    return truncate_text (_mg_kb_text (kb, owner, "note"));
  else if (g_str_equal (kind, "food"))
    return NULL;
  else if (g_str_equal (kind, "source"))
    stmt = _mg_kb_statement (kb, "SELECT title FROM source WHERE id = ?1");
  else
    return truncate_text (_mg_kb_text (kb, owner, "text"));

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_bind_parameter_count (stmt) > 1)
    sqlite3_bind_text (stmt, 2, mg_kb_get_language (kb), -1, SQLITE_TRANSIENT);

  return _mg_kb_step (kb, stmt) ? _mg_kb_column_dup (stmt, 0) : NULL;
}

/* Shared with mg-kb-suggest.c: a result for one record, titled in the
 * current language. @title may be NULL (looked up); @matched_name is the
 * name that matched, kept only when it differs from the title. */
MgSearchResult *
_mg_kb_search_result_new (MgKb       *kb,
                          const char *kind,
                          const char *id,
                          const char *title,
                          const char *matched_name)
{
  MgSearchResult *result = g_object_new (MG_TYPE_SEARCH_RESULT, NULL);
  g_autofree char *owner = g_strconcat (kind, ":", id, NULL);

  result->kind = g_strdup (kind);
  result->id = g_strdup (id);
  result->title = g_strdup (title);
  if (result->title == NULL && g_str_equal (kind, "source"))
    {
      g_autoptr(MgSource) source = _mg_kb_source (kb, id);

      result->title = source != NULL ? mg_source_dup_short_name (source) : NULL;
    }
  if (result->title == NULL)
    result->title = _mg_kb_text (kb, owner, g_str_equal (kind, "interaction") ? "class"
                                            : g_str_equal (kind, "serum-disagreement") ? "title" : "name");
  if (result->title == NULL)
    result->title = g_strdup (matched_name != NULL ? matched_name : id);

  /* A brand or synonym that matched says why the result is there. */
  if (matched_name != NULL)
    {
      g_autofree char *a = mg_fold (matched_name);
      g_autofree char *b = mg_fold (result->title);

      if (g_strcmp0 (a, b) != 0)
        {
          result->matched_name = g_strdup (matched_name);
          result->snippet = g_strdup (matched_name);
        }
    }
  if (result->snippet == NULL)
    result->snippet = default_snippet (kb, kind, id, owner);

  return result;
}

GListModel *
mg_kb_search (MgKb        *kb,
              const char  *text,
              guint        limit,
              GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (candidate_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Candidates cands = { list, by_key };
  g_autofree char *folded = NULL;
  GListStore *store;
  guint cap;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  store = g_list_store_new (MG_TYPE_SEARCH_RESULT);
  folded = mg_fold (text);
  if (folded == NULL || *folded == '\0')
    return G_LIST_MODEL (store);

  _mg_kb_begin (kb);

  if (limit == 0)
    limit = DEFAULT_LIMIT;
  /* Room for duplicates across stages and for re-sorting by kind. */
  cap = limit * 2 + 16;

  search_names (kb, &cands, folded, cap);
  /* The trigram index looks up every three characters of the text: a
   * pasted page (100,000 characters once took minutes) is looked up
   * among the names only. */
  if (g_utf8_strlen (folded, -1) >= 3 && g_utf8_strlen (folded, -1) <= MAX_TEXT_SEARCH)
    {
      search_fts (kb, &cands, folded, "names : ", 2, cap);
      if (list->len < cap)
        search_fts (kb, &cands, folded, NULL, 3, cap);
      search_sources (kb, &cands, folded);
    }

  g_ptr_array_sort (list, candidate_compare);

  for (guint i = 0; i < list->len && i < limit; i++)
    {
      Candidate *c = g_ptr_array_index (list, i);
      g_autoptr(MgSearchResult) result = _mg_kb_search_result_new (kb, c->kind, c->id, c->title, c->matched_name);

      g_list_store_append (store, result);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}
