/* mg-kb-suggest.c — the names closest to one the knowledge base does not know
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When search finds nothing ("ciprofloxaxin", "siprofloxacin"), the user
 * still needs a way forward. Candidates come from two cheap lookups that
 * survive one typo wherever it is:
 *   - names that start with ever shorter starts of the query (the name
 *     index, range scans), for a typo near the end;
 *   - names that contain ever shorter ends of the query (FTS5 trigram on
 *     the names column), for a typo near the start.
 * Each candidate name is then scored by edit distance (optimal string
 * alignment: insertions, deletions, substitutions, swaps of neighbours)
 * on folded text; only names within about a third of the query's length
 * are offered, closest first. A query that is the start of names
 * ("cipro") offers those names as well, ranked as one typo away: the
 * CLI and the interaction checker want a whole name. The cost grows with the square of the
 * query's length (a lookup per start and end of it), never with the size
 * of the knowledge base; a query longer than any name is not a typo of
 * one, so past MAX_QUERY characters nothing is suggested.
 */
#include "config.h"

#include <string.h>

#include "mg-fold.h"
#include "mg-kb-private.h"

#define CANDIDATES_PER_LOOKUP 20
#define MIN_PART 3
/* Longer than any medicine, brand or compound name: 100,000 characters
 * pasted into a field once took minutes here. */
#define MAX_QUERY 100

typedef struct
{
  char  *kind;
  char  *id;
  char  *name;      /* the closest of the record's names, as written */
  guint  distance;
  guint  kind_order;
} Suggestion;

static void
suggestion_free (gpointer data)
{
  Suggestion *s = data;

  g_free (s->kind);
  g_free (s->id);
  g_free (s->name);
  g_free (s);
}

static guint
edit_distance (const gunichar *a,
               glong           n,
               const gunichar *b,
               glong           m)
{
  g_autofree guint *d = g_new (guint, (n + 1) * (m + 1));
  guint result;

#define D(i, j) d[(i) * (m + 1) + (j)]
  for (glong i = 0; i <= n; i++)
    D (i, 0) = i;
  for (glong j = 0; j <= m; j++)
    D (0, j) = j;

  for (glong i = 1; i <= n; i++)
    for (glong j = 1; j <= m; j++)
      {
        guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
        guint best = MIN (D (i - 1, j) + 1, D (i, j - 1) + 1);

        best = MIN (best, D (i - 1, j - 1) + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          best = MIN (best, D (i - 2, j - 2) + 1);
        D (i, j) = best;
      }

  result = D (n, m);
#undef D

  return result;
}

typedef struct
{
  MgKb               *kb;
  const char * const *kinds;
  gunichar           *query;
  glong               query_len;
  guint               max_distance;
  GHashTable         *by_key;      /* "kind:id" -> Suggestion */
} Context;

static gboolean
kind_wanted (Context    *ctx,
             const char *kind)
{
  return ctx->kinds == NULL || g_strv_contains (ctx->kinds, kind);
}

static guint
kind_order (Context    *ctx,
            const char *kind)
{
  if (ctx->kinds == NULL)
    return 0;

  for (guint i = 0; ctx->kinds[i] != NULL; i++)
    if (g_str_equal (ctx->kinds[i], kind))
      return i;

  return G_MAXUINT;
}

static void
consider (Context    *ctx,
          const char *kind,
          const char *id,
          const char *name,
          const char *folded,
          gboolean    completion)
{
  g_autofree char *key = NULL;
  g_autofree gunichar *chars = NULL;
  glong len;
  guint distance;
  Suggestion *s;

  if (kind == NULL || id == NULL || name == NULL || folded == NULL || !kind_wanted (ctx, kind))
    return;

  chars = g_utf8_to_ucs4_fast (folded, -1, &len);
  if (completion)
    {
      distance = MIN (1, ctx->max_distance);
    }
  else
    {
      /* Names far longer or shorter cannot be close: skip the matrix. */
      if ((guint) ABS (len - ctx->query_len) > ctx->max_distance)
        return;

      distance = edit_distance (ctx->query, ctx->query_len, chars, len);
      if (distance > ctx->max_distance)
        return;
    }

  key = g_strconcat (kind, ":", id, NULL);
  s = g_hash_table_lookup (ctx->by_key, key);
  if (s != NULL)
    {
      if (distance < s->distance)
        {
          s->distance = distance;
          g_free (s->name);
          s->name = g_strdup (name);
        }
      return;
    }

  s = g_new0 (Suggestion, 1);
  s->kind = g_strdup (kind);
  s->id = g_strdup (id);
  s->name = g_strdup (name);
  s->distance = distance;
  s->kind_order = kind_order (ctx, kind);
  g_hash_table_insert (ctx->by_key, g_steal_pointer (&key), s);
}

static void
from_prefix (Context    *ctx,
             const char *prefix,
             gboolean    completion)
{
  g_autofree char *high = g_strconcat (prefix, "\xf4\x8f\xbf\xbf", NULL);
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (ctx->kb, "SELECT kind, id, name, folded FROM name "
                                    "WHERE folded >= ?1 AND folded < ?2 LIMIT ?3");
  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, high, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, CANDIDATES_PER_LOOKUP);

  while (_mg_kb_step (ctx->kb, stmt))
    consider (ctx,
              (const char *) sqlite3_column_text (stmt, 0),
              (const char *) sqlite3_column_text (stmt, 1),
              (const char *) sqlite3_column_text (stmt, 2),
              (const char *) sqlite3_column_text (stmt, 3),
              completion);
}

/* Records found by a part of a name: score each of their names. Records
 * without name rows (foods, conditions…) are scored by their title. */
static void
from_substring (Context    *ctx,
                const char *part)
{
  g_autofree char *sql = g_strdup_printf ("SELECT kind, id, title FROM search_%s "
                                          "WHERE search_%s MATCH ?1 LIMIT ?2",
                                          ctx->kb->language, ctx->kb->language);
  g_autofree char *match = g_strdup_printf ("names : \"%s\"", part);
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  if (strchr (part, '"') != NULL)
    return;

  stmt = _mg_kb_statement (ctx->kb, sql);
  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, CANDIDATES_PER_LOOKUP);

  /* Collected first: the name statement below must not interleave. */
  while (_mg_kb_step (ctx->kb, stmt))
    for (int c = 0; c < 3; c++)
      g_ptr_array_add (hits, g_strdup ((const char *) sqlite3_column_text (stmt, c)));

  for (guint i = 0; i + 2 < hits->len; i += 3)
    {
      const char *kind = g_ptr_array_index (hits, i);
      const char *id = g_ptr_array_index (hits, i + 1);
      const char *title = g_ptr_array_index (hits, i + 2);
      g_autofree char *folded_title = title != NULL ? mg_fold (title) : NULL;

      consider (ctx, kind, id, title, folded_title, FALSE);

      stmt = _mg_kb_statement (ctx->kb, "SELECT name, folded FROM name WHERE kind = ?1 AND id = ?2");
      if (stmt == NULL)
        return;
      sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, id, -1, SQLITE_TRANSIENT);
      while (_mg_kb_step (ctx->kb, stmt))
        consider (ctx, kind, id,
                  (const char *) sqlite3_column_text (stmt, 0),
                  (const char *) sqlite3_column_text (stmt, 1),
                  FALSE);
    }
}

static int
suggestion_compare (gconstpointer a,
                    gconstpointer b)
{
  const Suggestion *x = *(const Suggestion * const *) a;
  const Suggestion *y = *(const Suggestion * const *) b;

  if (x->distance != y->distance)
    return x->distance < y->distance ? -1 : 1;
  if (x->kind_order != y->kind_order)
    return x->kind_order < y->kind_order ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

/**
 * mg_kb_suggest:
 * @kb: the knowledge base
 * @text: a name the knowledge base may not know, as typed
 * @kinds: (nullable) (array zero-terminated=1): the record kinds to offer
 *   ("medicine", "interaction"…), in the order they are preferred on a
 *   tie; %NULL for every kind that has names
 * @limit: the most results to return; 0 for 5
 *
 * The names closest to @text, for "did you mean". Each result's
 * matched-name is the name that came closest when it is not the title.
 *
 * Returns: (transfer full): a #GListModel of #MgSearchResult, closest
 *   first; empty when nothing is close; %NULL with @error set
 */
GListModel *
mg_kb_suggest (MgKb                *kb,
               const char          *text,
               const char * const  *kinds,
               guint                limit,
               GError             **error)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, suggestion_free);
  g_autoptr(GPtrArray) sorted = NULL;
  g_autofree char *folded = NULL;
  g_autofree gunichar *query = NULL;
  GHashTableIter iter;
  gpointer value;
  GListStore *store;
  Context ctx = { kb, kinds };

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  store = g_list_store_new (MG_TYPE_SEARCH_RESULT);
  folded = mg_fold (text);
  if (folded == NULL || g_utf8_strlen (folded, -1) < MIN_PART || g_utf8_strlen (folded, -1) > MAX_QUERY)
    return G_LIST_MODEL (store);

  _mg_kb_begin (kb);
  query = g_utf8_to_ucs4_fast (folded, -1, &ctx.query_len);
  ctx.query = query;
  ctx.max_distance = MAX (1, ctx.query_len / 3);
  ctx.by_key = by_key;

  from_prefix (&ctx, folded, TRUE);
  for (glong keep = ctx.query_len - 1; keep >= MAX (MIN_PART, ctx.query_len / 2); keep--)
    {
      g_autofree char *prefix = g_ucs4_to_utf8 (query, keep, NULL, NULL, NULL);

      from_prefix (&ctx, prefix, FALSE);
    }

  for (glong drop = 1; ctx.query_len - drop >= MAX (MIN_PART, ctx.query_len / 2); drop++)
    {
      g_autofree char *tail = g_ucs4_to_utf8 (query + drop, ctx.query_len - drop, NULL, NULL, NULL);

      from_substring (&ctx, tail);
    }

  sorted = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, by_key);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (sorted, value);
  g_ptr_array_sort (sorted, suggestion_compare);

  for (guint i = 0; i < sorted->len && i < (limit > 0 ? limit : 5); i++)
    {
      Suggestion *s = g_ptr_array_index (sorted, i);
      g_autoptr(MgSearchResult) result = _mg_kb_search_result_new (kb, s->kind, s->id, NULL, s->name);

      g_list_store_append (store, result);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}
