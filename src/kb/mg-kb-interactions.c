/* mg-kb-interactions.c — medicines and their interactions with magnesium
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-fold.h"
#include "mg-kb-private.h"

static MgMedicine *
medicine_new (MgKb       *kb,
              const char *id)
{
  g_autoptr(MgMedicine) medicine = NULL;
  g_autofree char *owner = g_strconcat ("medicine:", id, NULL);
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT brands FROM medicine WHERE id = ?1");
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (!_mg_kb_step (kb, stmt))
    return NULL;

  medicine = g_object_new (MG_TYPE_MEDICINE, NULL);
  medicine->id = g_strdup (id);
  medicine->brands = _mg_kb_split_list ((const char *) sqlite3_column_text (stmt, 0));
  medicine->name = _mg_kb_text (kb, owner, "name");
  medicine->synonyms = _mg_kb_text_list (kb, owner, "synonyms");
  _mg_kb_take_model (&medicine->sources, _mg_kb_sources_for (kb, owner));

  return g_steal_pointer (&medicine);
}

GListModel *
mg_kb_list_medicines (MgKb    *kb,
                      GError **error)
{
  GListStore *store;
  g_autoptr(GPtrArray) ids = NULL;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  store = g_list_store_new (MG_TYPE_MEDICINE);
  ids = _mg_kb_column_ids (kb, "SELECT id FROM medicine ORDER BY ord", NULL);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(MgMedicine) medicine = medicine_new (kb, g_ptr_array_index (ids, i));

      if (medicine != NULL)
        g_list_store_append (store, medicine);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}

MgMedicine *
mg_kb_lookup_medicine (MgKb        *kb,
                       const char  *id_or_name,
                       GError     **error)
{
  g_autoptr(GError) query_error = NULL;
  g_autofree char *id = NULL;
  MgMedicine *medicine = NULL;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (id_or_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  id = _mg_kb_resolve_name (kb, "medicine", "SELECT id FROM medicine WHERE id = ?1", id_or_name);
  if (id != NULL)
    medicine = medicine_new (kb, id);

  if (medicine == NULL)
    _mg_kb_set_not_found (&query_error, "medicine", id_or_name);

  return _mg_kb_finish (kb, medicine, g_steal_pointer (&query_error), error);
}

static MgInteraction *
interaction_new (MgKb       *kb,
                 const char *id,
                 const char *matched_medicine)
{
  g_autoptr(MgInteraction) interaction = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) separation_owners = g_strv_builder_new ();
  g_autofree char *owner = g_strconcat ("interaction:", id, NULL);
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT direction, severity, evidence, route, hours_before, hours_after, "
                               "separation_owner, spacing, after_condition FROM interaction WHERE id = ?1");
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (!_mg_kb_step (kb, stmt))
    return NULL;

  interaction = g_object_new (MG_TYPE_INTERACTION, NULL);
  interaction->id = g_strdup (id);
  interaction->direction = _mg_kb_column_dup (stmt, 0);
  interaction->severity = _mg_kb_column_dup (stmt, 1);
  interaction->evidence = _mg_kb_column_dup (stmt, 2);
  interaction->route = _mg_kb_column_dup (stmt, 3);
  interaction->hours_before = _mg_kb_column_double (stmt, 4);
  interaction->hours_after = _mg_kb_column_double (stmt, 5);
  interaction->separation_owner = _mg_kb_column_dup (stmt, 6);
  interaction->spacing = _mg_kb_column_dup (stmt, 7);
  interaction->after_with_food = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 8), "with-food") == 0;

  stmt = _mg_kb_statement (kb, "SELECT medicine_id, hours_before, hours_after, ifnull(separation_owner, '') "
                               "FROM interaction_medicine WHERE interaction_id = ?1 ORDER BY rowid");
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  while (_mg_kb_step (kb, stmt))
    {
      const char *medicine_id = (const char *) sqlite3_column_text (stmt, 0);
      double before = _mg_kb_column_double (stmt, 1);
      double after = _mg_kb_column_double (stmt, 2);

      g_strv_builder_add (ids, medicine_id);
      g_strv_builder_add (separation_owners, (const char *) sqlite3_column_text (stmt, 3));
      g_array_append_val (interaction->medicine_hours_before, before);
      g_array_append_val (interaction->medicine_hours_after, after);
    }
  interaction->medicine_ids = g_strv_builder_end (ids);
  interaction->medicine_separation_owners = g_strv_builder_end (separation_owners);

  for (guint i = 0; interaction->medicine_ids[i] != NULL; i++)
    {
      g_autofree char *medicine_owner = g_strconcat ("medicine:", interaction->medicine_ids[i], NULL);
      g_autofree char *name = _mg_kb_text (kb, medicine_owner, "name");

      g_strv_builder_add (names, name != NULL ? name : interaction->medicine_ids[i]);
    }
  interaction->medicine_names = g_strv_builder_end (names);

  /* For a looked-up medicine the hours that matter are its own, and so is
   * whether hours help at all. */
  if (matched_medicine != NULL &&
      mg_interaction_get_separation (interaction, matched_medicine,
                                     &interaction->hours_before, &interaction->hours_after))
    {
      interaction->matched_medicine = g_strdup (matched_medicine);
      for (guint i = 0; interaction->medicine_ids[i] != NULL; i++)
        if (g_str_equal (interaction->medicine_ids[i], matched_medicine))
          {
            const char *separation = interaction->medicine_separation_owners[i];

            g_free (interaction->separation_owner);
            interaction->separation_owner = *separation != '\0' ? g_strdup (separation) : NULL;
          }
      stmt = _mg_kb_statement (kb, "SELECT spacing, after_condition FROM interaction_medicine "
                                   "WHERE interaction_id = ?1 AND medicine_id = ?2");
      if (stmt != NULL)
        {
          sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, matched_medicine, -1, SQLITE_TRANSIENT);
          if (_mg_kb_step (kb, stmt))
            {
              g_free (interaction->spacing);
              interaction->spacing = _mg_kb_column_dup (stmt, 0);
              interaction->after_with_food = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "with-food") == 0;
            }
        }
    }

  interaction->class_name = _mg_kb_text (kb, owner, "class");
  interaction->synonyms = _mg_kb_text_list (kb, owner, "synonyms");
  interaction->mechanism = _mg_kb_text (kb, owner, "mechanism");
  interaction->management = _mg_kb_text (kb, owner, "management");
  _mg_kb_take_model (&interaction->disagreements, _mg_kb_articles_for (kb, owner, "disagreement", "disagreement"));
  _mg_kb_take_model (&interaction->sources, _mg_kb_sources_for (kb, owner));

  return g_steal_pointer (&interaction);
}

GListModel *
mg_kb_list_interactions (MgKb    *kb,
                         GError **error)
{
  GListStore *store;
  g_autoptr(GPtrArray) ids = NULL;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  store = g_list_store_new (MG_TYPE_INTERACTION);
  ids = _mg_kb_column_ids (kb, "SELECT id FROM interaction ORDER BY ord", NULL);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(MgInteraction) interaction = interaction_new (kb, g_ptr_array_index (ids, i), NULL);

      if (interaction != NULL)
        g_list_store_append (store, interaction);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}

MgInteraction *
mg_kb_lookup_interaction (MgKb        *kb,
                          const char  *id,
                          GError     **error)
{
  g_autoptr(GError) query_error = NULL;
  MgInteraction *interaction;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  interaction = interaction_new (kb, id, NULL);
  if (interaction == NULL)
    _mg_kb_set_not_found (&query_error, "interaction", id);

  return _mg_kb_finish (kb, interaction, g_steal_pointer (&query_error), error);
}

typedef struct
{
  char    *interaction_id;
  char    *medicine_id;    /* NULL when the class name matched */
  int      severity_rank;
  int      ord;
  /* A product's row: its spacing for this ingredient's interaction */
  char    *spacing;
  double   hours_before;
  double   hours_after;
  gboolean after_with_food;
  gboolean from_product;
} Hit;

static void
hit_free (gpointer data)
{
  Hit *hit = data;

  g_free (hit->interaction_id);
  g_free (hit->medicine_id);
  g_free (hit->spacing);
  g_free (hit);
}

static int
hit_compare (gconstpointer a,
             gconstpointer b)
{
  const Hit *x = *(const Hit * const *) a;
  const Hit *y = *(const Hit * const *) b;

  if (x->severity_rank != y->severity_rank)
    return x->severity_rank - y->severity_rank;
  return x->ord - y->ord;
}

#define SEVERITY_RANK "CASE i.severity WHEN 'major' THEN 0 WHEN 'moderate' THEN 1 " \
                      "WHEN 'minor' THEN 2 ELSE 3 END"

/* Adds the interactions of one (kind, id) match unless already present;
 * a medicine match is added before class matches so that its own hours win. */
static void
add_hits (MgKb       *kb,
          GPtrArray  *hits,
          GHashTable *seen,
          const char *kind,
          const char *id)
{
  gboolean is_medicine = g_str_equal (kind, "medicine");
  sqlite3_stmt *stmt;

  if (is_medicine)
    stmt = _mg_kb_statement (kb, "SELECT i.id, " SEVERITY_RANK ", i.ord FROM interaction_medicine im "
                                 "JOIN interaction i ON i.id = im.interaction_id WHERE im.medicine_id = ?1");
  else
    stmt = _mg_kb_statement (kb, "SELECT i.id, " SEVERITY_RANK ", i.ord FROM interaction i WHERE i.id = ?1");
  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);

  while (_mg_kb_step (kb, stmt))
    {
      const char *interaction_id = (const char *) sqlite3_column_text (stmt, 0);
      Hit *hit;

      if (g_hash_table_contains (seen, interaction_id))
        continue;

      hit = g_new0 (Hit, 1);
      hit->interaction_id = g_strdup (interaction_id);
      hit->medicine_id = is_medicine ? g_strdup (id) : NULL;
      hit->severity_rank = sqlite3_column_int (stmt, 1);
      hit->ord = sqlite3_column_int (stmt, 2);
      g_hash_table_add (seen, g_strdup (interaction_id));
      g_ptr_array_add (hits, hit);
    }
}

/* A product brings the interactions of all its ingredients, each with
 * the spacing that applies to the product (its own cited figure, else the
 * ingredient's; the product's overall figure is on MgBrand). */
static GListModel *
product_interactions (MgKb       *kb,
                      const char *product_id)
{
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (hit_free);
  g_autofree char *owner = g_strconcat ("product:", product_id, NULL);
  g_autofree char *product_name = _mg_kb_text (kb, owner, "name");
  GListStore *store = g_list_store_new (MG_TYPE_INTERACTION);
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT p.interaction_id, p.medicine_id, " SEVERITY_RANK ", p.ord, p.spacing, "
                               "p.hours_before, p.hours_after, p.after_condition, p.from_product "
                               "FROM product_interaction p JOIN interaction i ON i.id = p.interaction_id "
                               "WHERE p.product_id = ?1");
  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, product_id, -1, SQLITE_TRANSIENT);
  while (_mg_kb_step (kb, stmt))
    {
      Hit *hit = g_new0 (Hit, 1);

      hit->interaction_id = _mg_kb_column_dup (stmt, 0);
      hit->medicine_id = _mg_kb_column_dup (stmt, 1);
      hit->severity_rank = sqlite3_column_int (stmt, 2);
      hit->ord = sqlite3_column_int (stmt, 3);
      hit->spacing = _mg_kb_column_dup (stmt, 4);
      hit->hours_before = _mg_kb_column_double (stmt, 5);
      hit->hours_after = _mg_kb_column_double (stmt, 6);
      hit->after_with_food = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 7), "with-food") == 0;
      hit->from_product = sqlite3_column_int (stmt, 8) != 0;
      g_ptr_array_add (hits, hit);
    }

  g_ptr_array_sort (hits, hit_compare);
  for (guint i = 0; i < hits->len && !_mg_kb_failed (kb); i++)
    {
      Hit *hit = g_ptr_array_index (hits, i);
      g_autoptr(MgInteraction) interaction = interaction_new (kb, hit->interaction_id, hit->medicine_id);

      if (interaction == NULL)
        continue;

      g_free (interaction->spacing);
      interaction->spacing = g_strdup (hit->spacing);
      interaction->hours_before = hit->hours_before;
      interaction->hours_after = hit->hours_after;
      interaction->after_with_food = hit->after_with_food;
      interaction->hours_from_product = hit->from_product;
      /* The product's own figure is cited on the product, not on the
       * ingredient's interaction. */
      if (hit->from_product)
        {
          g_free (interaction->separation_owner);
          interaction->separation_owner = g_strdup_printf ("product:%s/separation/0", product_id);
        }
      interaction->matched_product = g_strdup (product_id);
      interaction->matched_product_name = g_strdup (product_name);
      g_list_store_append (store, interaction);
    }

  return G_LIST_MODEL (store);
}

GListModel *
mg_kb_find_interactions (MgKb        *kb,
                         const char  *medicine_name,
                         GError     **error)
{
  g_autoptr(GPtrArray) kinds = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (hit_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) query_error = NULL;
  g_autofree char *folded = NULL;
  GListStore *store;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (medicine_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);

  /* A product's name means the product with all its ingredients, never
   * one of them: a combination's spacing is not its first ingredient's. */
  {
    g_autofree char *product_id = _mg_kb_resolve_brand (kb, medicine_name);

    if (product_id != NULL)
      return _mg_kb_finish (kb, product_interactions (kb, product_id), NULL, error);
  }

  /* Ids first, then every name, synonym and brand that folds the same;
   * medicines before classes, so a medicine's own hours are used. */
  stmt = _mg_kb_statement (kb, "SELECT 'medicine', id FROM medicine WHERE id = ?1 "
                               "UNION ALL SELECT 'interaction', id FROM interaction WHERE id = ?1");
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, medicine_name, -1, SQLITE_TRANSIENT);
      while (_mg_kb_step (kb, stmt))
        {
          g_ptr_array_add (kinds, _mg_kb_column_dup (stmt, 0));
          g_ptr_array_add (ids, _mg_kb_column_dup (stmt, 1));
        }
    }

  folded = mg_fold (medicine_name);
  stmt = _mg_kb_statement (kb, "SELECT DISTINCT kind, id FROM name WHERE folded = ?1 "
                               "AND kind IN ('medicine', 'interaction') ORDER BY kind = 'medicine' DESC");
  if (stmt != NULL && folded != NULL && *folded != '\0')
    {
      sqlite3_bind_text (stmt, 1, folded, -1, SQLITE_TRANSIENT);
      while (_mg_kb_step (kb, stmt))
        {
          g_ptr_array_add (kinds, _mg_kb_column_dup (stmt, 0));
          g_ptr_array_add (ids, _mg_kb_column_dup (stmt, 1));
        }
    }

  if (ids->len == 0)
    {
      _mg_kb_set_not_found (&query_error, "medicine or medicine class", medicine_name);
      return _mg_kb_finish (kb, NULL, g_steal_pointer (&query_error), error);
    }

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < ids->len; i++)
      if (g_str_equal (g_ptr_array_index (kinds, i), "medicine") == (pass == 0))
        add_hits (kb, hits, seen, g_ptr_array_index (kinds, i), g_ptr_array_index (ids, i));

  g_ptr_array_sort (hits, hit_compare);

  store = g_list_store_new (MG_TYPE_INTERACTION);
  for (guint i = 0; i < hits->len; i++)
    {
      Hit *hit = g_ptr_array_index (hits, i);
      g_autoptr(MgInteraction) interaction = interaction_new (kb, hit->interaction_id, hit->medicine_id);

      if (interaction != NULL)
        g_list_store_append (store, interaction);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}
