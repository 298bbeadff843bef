/* mg-kb-products.c — products as sold (brands and combinations) and the
 * interactions they bring through their ingredients
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-kb-private.h"

static GStrv
column_strv (MgKb       *kb,
             const char *sql,
             const char *param)
{
  g_autoptr(GPtrArray) ids = _mg_kb_column_ids (kb, sql, param);

  g_ptr_array_add (ids, NULL);
  return (GStrv) g_ptr_array_steal (ids, NULL);
}

MgBrand *
_mg_kb_brand_new (MgKb       *kb,
                  const char *id)
{
  g_autoptr(MgBrand) brand = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autofree char *owner = g_strconcat ("product:", id, NULL);
  g_autofree char *separation_owner = g_strconcat (owner, "/separation/0", NULL);
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT market, spacing, hours_before, hours_after, after_condition, own_separation "
                               "FROM product WHERE id = ?1");
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (!_mg_kb_step (kb, stmt))
    return NULL;

  brand = g_object_new (MG_TYPE_BRAND, NULL);
  brand->id = g_strdup (id);
  brand->market = _mg_kb_column_dup (stmt, 0);
  brand->spacing = _mg_kb_column_dup (stmt, 1);
  brand->hours_before = _mg_kb_column_double (stmt, 2);
  brand->hours_after = _mg_kb_column_double (stmt, 3);
  brand->after_with_food = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 4), "with-food") == 0;
  brand->has_own_separation = sqlite3_column_int (stmt, 5) != 0;

  brand->name = _mg_kb_text (kb, owner, "name");
  brand->synonyms = _mg_kb_text_list (kb, owner, "synonyms");
  brand->ingredient_ids = column_strv (kb, "SELECT medicine_id FROM product_ingredient WHERE product_id = ?1 "
                                           "ORDER BY ord", id);
  for (guint i = 0; brand->ingredient_ids[i] != NULL; i++)
    {
      g_autofree char *medicine_owner = g_strconcat ("medicine:", brand->ingredient_ids[i], NULL);
      g_autofree char *name = _mg_kb_text (kb, medicine_owner, "name");

      g_strv_builder_add (names, name != NULL ? name : brand->ingredient_ids[i]);
    }
  brand->ingredient_names = g_strv_builder_end (names);

  if (brand->has_own_separation)
    _mg_kb_take_model (&brand->separation_sources, _mg_kb_sources_for (kb, separation_owner));
  _mg_kb_take_model (&brand->notes, _mg_kb_articles_for (kb, owner, "note", "note"));
  _mg_kb_take_model (&brand->disagreements, _mg_kb_articles_for (kb, owner, "disagreement", "disagreement"));
  _mg_kb_take_model (&brand->sources, _mg_kb_sources_for (kb, owner));

  return g_steal_pointer (&brand);
}

/* A product id or any of its names; NULL when @id_or_name names none. */
char *
_mg_kb_resolve_brand (MgKb       *kb,
                      const char *id_or_name)
{
  return _mg_kb_resolve_name (kb, "product", "SELECT id FROM product WHERE id = ?1", id_or_name);
}

static GListModel *
brands_for (MgKb       *kb,
            const char *sql,
            const char *param)
{
  GListStore *store = g_list_store_new (MG_TYPE_BRAND);
  g_autoptr(GPtrArray) ids = _mg_kb_column_ids (kb, sql, param);

  for (guint i = 0; i < ids->len && !_mg_kb_failed (kb); i++)
    {
      g_autoptr(MgBrand) brand = _mg_kb_brand_new (kb, g_ptr_array_index (ids, i));

      if (brand != NULL)
        g_list_store_append (store, brand);
    }

  return G_LIST_MODEL (store);
}

GListModel *
mg_kb_list_brands (MgKb    *kb,
                   GError **error)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  return _mg_kb_finish (kb, brands_for (kb, "SELECT id FROM product ORDER BY ord", NULL), NULL, error);
}

GListModel *
mg_kb_list_brands_containing (MgKb        *kb,
                              const char  *medicine_id,
                              GError     **error)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (medicine_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  return _mg_kb_finish (kb,
                        brands_for (kb, "SELECT p.id FROM product_ingredient i JOIN product p ON p.id = i.product_id "
                                        "WHERE i.medicine_id = ?1 ORDER BY p.ord", medicine_id),
                        NULL, error);
}

MgBrand *
mg_kb_lookup_brand (MgKb        *kb,
                    const char  *id_or_name,
                    GError     **error)
{
  g_autoptr(GError) query_error = NULL;
  g_autofree char *id = NULL;
  MgBrand *brand = NULL;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (id_or_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  id = _mg_kb_resolve_brand (kb, id_or_name);
  if (id != NULL)
    brand = _mg_kb_brand_new (kb, id);

  if (brand == NULL)
    _mg_kb_set_not_found (&query_error, "product", id_or_name);

  return _mg_kb_finish (kb, brand, g_steal_pointer (&query_error), error);
}
