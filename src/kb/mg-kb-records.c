/* mg-kb-records.c — conditions, foods, serum ranges, dosing advice and the
 * article-like records (facts, cautions, lab interferences, child texts)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "mg-kb-private.h"

/* Collects rows of (owner-or-id, a, b) first: building the objects runs
 * other cached statements. */
typedef struct
{
  char *key;
  char *a;
  char *b;
} Row;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->key);
  g_free (row->a);
  g_free (row->b);
  g_free (row);
}

static GPtrArray *
collect_rows (MgKb       *kb,
              const char *sql,
              const char *param)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (row_free);
  sqlite3_stmt *stmt = _mg_kb_statement (kb, sql);

  if (stmt != NULL && param != NULL)
    sqlite3_bind_text (stmt, 1, param, -1, SQLITE_TRANSIENT);

  while (_mg_kb_step (kb, stmt))
    {
      Row *row = g_new0 (Row, 1);

      row->key = _mg_kb_column_dup (stmt, 0);
      if (sqlite3_column_count (stmt) > 1)
        row->a = _mg_kb_column_dup (stmt, 1);
      if (sqlite3_column_count (stmt) > 2)
        row->b = _mg_kb_column_dup (stmt, 2);
      g_ptr_array_add (rows, row);
    }

  return rows;
}

static MgArticle *
article_new (MgKb       *kb,
             const char *owner,
             const char *kind)
{
  MgArticle *article = g_object_new (MG_TYPE_ARTICLE, NULL);

  article->id = g_strdup (owner);
  article->kind = g_strdup (kind);
  article->text = _mg_kb_text (kb, owner, NULL);
  _mg_kb_take_model (&article->sources, _mg_kb_sources_for (kb, owner));

  return article;
}

/* Child texts such as "<owner>/disagreement/<n>" as MgArticles of @kind */
GListModel *
_mg_kb_articles_for (MgKb       *kb,
                     const char *owner,
                     const char *child,
                     const char *kind)
{
  GListStore *store = g_list_store_new (MG_TYPE_ARTICLE);
  g_autoptr(GPtrArray) owners = _mg_kb_child_owners (kb, owner, child);

  for (guint i = 0; i < owners->len; i++)
    {
      g_autoptr(MgArticle) article = article_new (kb, g_ptr_array_index (owners, i), kind);
      g_list_store_append (store, article);
    }

  return G_LIST_MODEL (store);
}

static GListModel *
list_articles (MgKb       *kb,
               const char *sql,
               const char *param,
               const char *kind,
               gboolean    a_is_topic)
{
  GListStore *store = g_list_store_new (MG_TYPE_ARTICLE);
  g_autoptr(GPtrArray) rows = collect_rows (kb, sql, param);

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      g_autoptr(MgArticle) article = g_object_new (MG_TYPE_ARTICLE, NULL);
      g_autofree char *owner = g_strconcat (kind, ":", row->key, NULL);

      article->id = g_strdup (row->key);
      article->kind = g_strdup (kind);
      article->topic = g_strdup (a_is_topic ? row->a : NULL);
      article->route = g_strdup (row->b);
      article->title = _mg_kb_text (kb, owner, "title");
      article->text = _mg_kb_text (kb, owner, "text");
      _mg_kb_take_model (&article->sources, _mg_kb_sources_for (kb, owner));
      g_list_store_append (store, article);
    }

  return G_LIST_MODEL (store);
}

GListModel *
mg_kb_list_facts (MgKb        *kb,
                  const char  *topic,
                  GError     **error)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  return _mg_kb_finish (kb,
                        list_articles (kb, "SELECT id, topic FROM fact WHERE ?1 IS NULL OR topic = ?1 ORDER BY ord",
                                       topic, "fact", TRUE),
                        NULL, error);
}

/* A caution's level (contraindication or caution) is its topic. */
GListModel *
mg_kb_list_cautions (MgKb    *kb,
                     GError **error)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  return _mg_kb_finish (kb,
                        list_articles (kb, "SELECT id, level, route FROM caution ORDER BY ord", NULL, "caution", TRUE),
                        NULL, error);
}

GListModel *
mg_kb_list_lab_interferences (MgKb    *kb,
                              GError **error)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  return _mg_kb_finish (kb,
                        list_articles (kb, "SELECT id FROM lab_interference ORDER BY ord", NULL,
                                       "lab-interference", FALSE),
                        NULL, error);
}

static MgCondition *
condition_new (MgKb       *kb,
               const char *id,
               const char *route)
{
  MgCondition *condition = g_object_new (MG_TYPE_CONDITION, NULL);
  g_autofree char *owner = g_strconcat ("condition:", id, NULL);
  g_autoptr(GPtrArray) ratings = NULL;
  g_autoptr(GPtrArray) doses = NULL;
  GListStore *store;

  condition->id = g_strdup (id);
  condition->route = g_strdup (route);
  condition->name = _mg_kb_text (kb, owner, "name");
  condition->summary = _mg_kb_text (kb, owner, "summary");
  _mg_kb_take_model (&condition->sources, _mg_kb_sources_for (kb, owner));

  store = g_list_store_new (MG_TYPE_RATING);
  ratings = collect_rows (kb, "SELECT owner, value, scheme FROM condition_rating WHERE condition_id = ?1 "
                              "ORDER BY ord", id);
  for (guint i = 0; i < ratings->len; i++)
    {
      Row *row = g_ptr_array_index (ratings, i);
      g_autoptr(MgRating) rating = g_object_new (MG_TYPE_RATING, NULL);

      rating->id = g_strdup (row->key);
      rating->value = g_strdup (row->a);
      rating->scheme = g_strdup (row->b);
      _mg_kb_take_model (&rating->sources, _mg_kb_sources_for (kb, row->key));
      g_list_store_append (store, rating);
    }
  _mg_kb_take_model (&condition->ratings, G_LIST_MODEL (store));

  store = g_list_store_new (MG_TYPE_ARTICLE);
  doses = collect_rows (kb, "SELECT owner, route FROM condition_dose WHERE condition_id = ?1 ORDER BY ord", id);
  for (guint i = 0; i < doses->len; i++)
    {
      Row *row = g_ptr_array_index (doses, i);
      g_autoptr(MgArticle) dose = g_object_new (MG_TYPE_ARTICLE, NULL);

      dose->id = g_strdup (row->key);
      dose->kind = g_strdup ("dose");
      /* a dose without its own route has the condition's */
      dose->route = g_strdup (row->a != NULL ? row->a : route);
      dose->text = _mg_kb_text (kb, row->key, NULL);
      _mg_kb_take_model (&dose->sources, _mg_kb_sources_for (kb, row->key));
      g_list_store_append (store, dose);
    }
  _mg_kb_take_model (&condition->doses, G_LIST_MODEL (store));
  _mg_kb_take_model (&condition->studied_doses, _mg_kb_studied_doses (kb, id, route));

  return condition;
}

GListModel *
mg_kb_list_conditions (MgKb    *kb,
                       GError **error)
{
  GListStore *store;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  store = g_list_store_new (MG_TYPE_CONDITION);
  rows = collect_rows (kb, "SELECT id, route FROM condition ORDER BY ord", NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      g_autoptr(MgCondition) condition = condition_new (kb, row->key, row->a);

      g_list_store_append (store, condition);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}

MgCondition *
mg_kb_lookup_condition (MgKb        *kb,
                        const char  *id,
                        GError     **error)
{
  g_autoptr(GError) query_error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  rows = collect_rows (kb, "SELECT id, route FROM condition WHERE id = ?1", id);
  if (rows->len == 0)
    {
      _mg_kb_set_not_found (&query_error, "condition", id);
      return _mg_kb_finish (kb, NULL, g_steal_pointer (&query_error), error);
    }

  return _mg_kb_finish (kb, condition_new (kb, id, ((Row *) g_ptr_array_index (rows, 0))->a), NULL, error);
}

GListModel *
mg_kb_list_foods (MgKb    *kb,
                  GError **error)
{
  GListStore *store;
  g_autoptr(GPtrArray) foods = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  store = g_list_store_new (MG_TYPE_FOOD);
  stmt = _mg_kb_statement (kb, "SELECT id, mg_per_100g, ndb, portion_g FROM food ORDER BY ord");
  while (_mg_kb_step (kb, stmt))
    {
      MgFood *food = g_object_new (MG_TYPE_FOOD, NULL);

      food->id = _mg_kb_column_dup (stmt, 0);
      food->mg_per_100g = _mg_kb_column_double (stmt, 1);
      food->ndb = _mg_kb_column_dup (stmt, 2);
      food->portion_grams = _mg_kb_column_double (stmt, 3);
      g_ptr_array_add (foods, food);

      /* These add to a person's daily intake: a negative or missing amount
       * would lower the total without saying so. A portion is optional. */
      if (sqlite3_column_type (stmt, 1) == SQLITE_NULL ||
          !isfinite (food->mg_per_100g) || food->mg_per_100g < 0.0)
        {
          _mg_kb_fail (kb, MG_KB_ERROR_INVALID_DATA,
                       _("The knowledge base gives the food “%s” no valid amount of magnesium per 100 g"),
                       food->id != NULL ? food->id : "");
          break;
        }
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL &&
          (!isfinite (food->portion_grams) || food->portion_grams <= 0.0))
        {
          _mg_kb_fail (kb, MG_KB_ERROR_INVALID_DATA,
                       _("The knowledge base gives the food “%s” a portion that is not a positive weight"),
                       food->id != NULL ? food->id : "");
          break;
        }
      if (food->portion_grams > 0.0)
        food->mg_per_portion = food->mg_per_100g * food->portion_grams / 100.0;
    }

  for (guint i = 0; i < foods->len; i++)
    {
      MgFood *food = g_ptr_array_index (foods, i);
      g_autofree char *owner = g_strconcat ("food:", food->id, NULL);

      food->name = _mg_kb_text (kb, owner, "name");
      /* The portion's text is the <portion> child's; accept it on the food
       * itself as well. */
      food->portion = _mg_kb_text (kb, owner, "portion");
      if (food->portion == NULL)
        {
          g_autoptr(GPtrArray) portions = _mg_kb_child_owners (kb, owner, "portion");

          if (portions->len > 0)
            food->portion = _mg_kb_text (kb, g_ptr_array_index (portions, 0), NULL);
        }
      _mg_kb_take_model (&food->sources, _mg_kb_sources_for (kb, owner));
      g_list_store_append (store, food);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}

GListModel *
mg_kb_list_serum_ranges (MgKb    *kb,
                         GError **error)
{
  GListStore *store;
  g_autoptr(GPtrArray) ranges = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  store = g_list_store_new (MG_TYPE_SERUM_RANGE);
  stmt = _mg_kb_statement (kb, "SELECT id, kind, population, unit, low, high, low_mmol, high_mmol, findings "
                               "FROM serum_range ORDER BY ord");
  while (_mg_kb_step (kb, stmt))
    {
      MgSerumRange *range = g_object_new (MG_TYPE_SERUM_RANGE, NULL);

      range->id = _mg_kb_column_dup (stmt, 0);
      range->kind = _mg_kb_column_dup (stmt, 1);
      range->population = _mg_kb_column_dup (stmt, 2);
      range->unit = _mg_kb_column_dup (stmt, 3);
      range->low = _mg_kb_column_double (stmt, 4);
      range->high = _mg_kb_column_double (stmt, 5);
      range->low_mmol = _mg_kb_column_double (stmt, 6);
      range->high_mmol = _mg_kb_column_double (stmt, 7);
      range->findings = g_strsplit ((const char *) sqlite3_column_text (stmt, 8) ?: "", " ", -1);
      g_ptr_array_add (ranges, range);
    }

  for (guint i = 0; i < ranges->len; i++)
    {
      MgSerumRange *range = g_ptr_array_index (ranges, i);
      g_autofree char *owner = g_strconcat ("serum-range:", range->id, NULL);

      range->label = _mg_kb_text (kb, owner, "label");
      range->note = _mg_kb_text (kb, owner, "note");
      _mg_kb_take_model (&range->disagreements, _mg_kb_serum_disagreements (kb, range->id));
      _mg_kb_take_model (&range->sources, _mg_kb_sources_for (kb, owner));
      g_list_store_append (store, range);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}

MgDosingAdvice *
mg_kb_lookup_dosing_advice (MgKb        *kb,
                            const char  *id,
                            GError     **error)
{
  g_autoptr(GError) query_error = NULL;
  g_autoptr(MgDosingAdvice) advice = NULL;
  g_autofree char *owner = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  stmt = _mg_kb_statement (kb, "SELECT above_mg FROM dosing_advice WHERE id = ?1");
  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (!_mg_kb_step (kb, stmt))
    {
      _mg_kb_set_not_found (&query_error, "dosing advice", id);
      return _mg_kb_finish (kb, NULL, g_steal_pointer (&query_error), error);
    }

  owner = g_strconcat ("dosing-advice:", id, NULL);
  advice = g_object_new (MG_TYPE_DOSING_ADVICE, NULL);
  advice->id = g_strdup (id);
  advice->above_mg = _mg_kb_column_double (stmt, 0);
  /* A threshold that is absent would switch the advice off unseen. */
  if (advice->above_mg <= 0.0)
    _mg_kb_fail (kb, MG_KB_ERROR_INVALID_DATA,
                 _("The knowledge base gives the dosing advice “%s” no valid amount"), id);
  advice->text = _mg_kb_text (kb, owner, "text");
  _mg_kb_take_model (&advice->sources, _mg_kb_sources_for (kb, owner));

  return _mg_kb_finish (kb, g_steal_pointer (&advice), NULL, error);
}
