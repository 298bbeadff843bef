/* mg-kbc-write-products.c — generic names, products and serum
 * disagreements (owner keys: docs/kb-format.md)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "mg-fold.h"
#include "mg-kbc-model.h"
#include "mg-kbc-sql.h"

static void
write_id_list (MgKbcWriter *w,
               const char  *sql,
               const char  *owner_id,
               xmlNode     *node,
               const char  *attr)
{
  g_autofree char *list = mg_kbc_attr (node, attr);
  g_auto(GStrv) ids = g_strsplit_set (list != NULL ? list : "", " \t\r\n", -1);
  gint64 ord = 0;

  for (guint i = 0; ids[i] != NULL; i++)
    if (*ids[i] != '\0')
      mg_kbc_sql_insert (w, sql, "tti", owner_id, ids[i], ord++);
}

/* Several cited notes of one record: <owner>/note/<n>, each with its own
 * text row and citations. */
static void
write_notes (MgKbcWriter *w,
             const char  *owner,
             xmlNode     *record)
{
  guint n = 0;

  MG_KBC_FOREACH_ELEMENT (record, child)
    {
      g_autofree char *note_owner = NULL;

      if (!mg_kbc_is (child, "note") || !mg_kbc_is_english (child))
        continue;

      note_owner = g_strdup_printf ("%s/note/%u", owner, n++);
      mg_kbc_write_text (w, note_owner, child, TRUE);
      mg_kbc_write_citations (w, note_owner, child);
    }
}

void
mg_kbc_write_generic_names (MgKbcWriter *w,
                            xmlNode     *section)
{
  gint64 ord = 0;

  MG_KBC_FOREACH_ELEMENT (section, generic)
    {
      g_autofree char *id = mg_kbc_attr (generic, "id");
      g_autofree char *resolves_to = mg_kbc_attr (generic, "resolves-to");
      g_autofree char *owner = g_strdup_printf ("generic-name:%s", id);

      mg_kbc_sql_insert (w, "INSERT INTO generic_name VALUES (?, ?, ?)", "tit", id, ord++, resolves_to);
      write_id_list (w, "INSERT INTO generic_form VALUES (?, ?, ?)", id, generic, "forms");

      mg_kbc_search_begin (w, "generic-name", id, mg_kbc_first_child (generic, "name"));
      mg_kbc_write_citations (w, owner, generic);
      MG_KBC_FOREACH_ELEMENT (generic, child)
        if ((mg_kbc_is (child, "name") || mg_kbc_is (child, "synonyms")) && mg_kbc_is_english (child))
          {
            mg_kbc_write_names (w, "generic-name", id, child);
            /* Readers that look up compounds by name find the form the
             * name stands for; an ambiguous name finds no compound. */
            if (resolves_to != NULL)
              mg_kbc_write_name_rows (w, "compound", resolves_to, child, FALSE);
          }
      write_notes (w, owner, generic);
      mg_kbc_write_disagreements (w, owner, generic, NULL, NULL);
      mg_kbc_search_end (w);
    }
}

static const char *
condition_of (const MgKbcSeparation *separation)
{
  return separation->after_with_food ? "with-food" : NULL;
}

static double
hours_or_nan (double hours)
{
  return hours >= 0.0 ? hours : NAN;
}

/* A product's brand name and its other names are not translated: one
 * name row each, without a language, as brands are. */
static void
write_product_names (MgKbcWriter *w,
                     const char  *id,
                     xmlNode     *product)
{
  g_autofree char *owner = g_strdup_printf ("product:%s", id);

  MG_KBC_FOREACH_ELEMENT (product, child)
    {
      gboolean primary = mg_kbc_is (child, "name");
      g_autofree char *value = NULL;
      g_auto(GStrv) items = NULL;

      if (!primary && !mg_kbc_is (child, "synonyms"))
        continue;

      value = mg_kbc_text (child);
      mg_kbc_sql_insert (w, "INSERT INTO text VALUES (?, ?, 'en', ?)", "ttt", owner, (const char *) child->name, value);
      items = primary ? g_strsplit (value, ";", 1) : g_strsplit (value, ";", -1);
      for (guint i = 0; items[i] != NULL; i++)
        {
          g_autofree char *folded = NULL;
          char *item = g_strstrip (items[i]);

          if (*item == '\0')
            continue;
          folded = mg_fold (item);
          mg_kbc_sql_insert (w, "INSERT INTO name VALUES ('product', ?, '', ?, ?, ?)", "ttti",
                            id, item, folded, (gint64) primary);
          mg_kbc_search_append_name (w, item);
        }
    }
}

void
mg_kbc_write_products (MgKbcWriter *w,
                       xmlNode     *section)
{
  gint64 ord = 0;

  MG_KBC_FOREACH_ELEMENT (section, product)
    {
      g_autofree char *id = mg_kbc_attr (product, "id");
      g_autofree char *market = mg_kbc_attr (product, "market");
      g_autofree char *owner = g_strdup_printf ("product:%s", id);
      g_autoptr(GPtrArray) rows = NULL;
      xmlNode *own = mg_kbc_first_child (product, "separation");
      MgKbcSeparation overall;
      gboolean has_own;
      gint64 row_ord = 0;

      rows = mg_kbc_product_interactions (w->compiler, product, &overall, &has_own);
      mg_kbc_sql_insert (w, "INSERT INTO product VALUES (?, ?, ?, ?, ?, ?, ?, ?)", "tittddti",
                        id, ord++, market, mg_kbc_spacing_to_string (overall.spacing),
                        hours_or_nan (overall.hours_before), hours_or_nan (overall.hours_after),
                        condition_of (&overall), (gint64) has_own);
      write_id_list (w, "INSERT INTO product_ingredient VALUES (?, ?, ?)", id, product, "ingredients");

      for (guint i = 0; i < rows->len; i++)
        {
          MgKbcProductInteraction *row = g_ptr_array_index (rows, i);
          g_autofree char *interaction_id = mg_kbc_attr (row->interaction, "id");

          mg_kbc_sql_insert (w, "INSERT INTO product_interaction VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", "tttitddti",
                            id, row->ingredient, interaction_id, row_ord++,
                            mg_kbc_spacing_to_string (row->separation.spacing),
                            hours_or_nan (row->separation.hours_before), hours_or_nan (row->separation.hours_after),
                            condition_of (&row->separation), (gint64) row->from_product);
        }

      mg_kbc_search_begin (w, "product", id, mg_kbc_first_child (product, "name"));
      mg_kbc_write_citations (w, owner, product);
      if (own != NULL)
        {
          g_autofree char *separation_owner = g_strdup_printf ("%s/separation/0", owner);

          mg_kbc_write_citations (w, separation_owner, own);
        }
      write_product_names (w, id, product);
      write_notes (w, owner, product);
      mg_kbc_write_disagreements (w, owner, product, NULL, NULL);
      mg_kbc_search_end (w);
    }
}

void
mg_kbc_write_serum_disagreements (MgKbcWriter *w,
                                  xmlNode     *section)
{
  gint64 ord = 0;

  MG_KBC_FOREACH_ELEMENT (section, entry)
    {
      g_autofree char *id = NULL;
      g_autofree char *owner = NULL;

      if (!mg_kbc_is (entry, "serum-disagreement"))
        continue;

      id = mg_kbc_attr (entry, "id");
      owner = g_strdup_printf ("serum-disagreement:%s", id);
      mg_kbc_sql_insert (w, "INSERT INTO serum_disagreement VALUES (?, ?)", "ti", id, ord++);
      write_id_list (w, "INSERT INTO serum_disagreement_range VALUES (?, ?, ?)", id, entry, "ranges");

      mg_kbc_search_begin (w, "serum-disagreement", id, mg_kbc_first_child (entry, "title"));
      mg_kbc_write_citations (w, owner, entry);
      mg_kbc_write_own_text (w, owner, entry, "title", TRUE);
      mg_kbc_write_own_text (w, owner, entry, "text", TRUE);
      mg_kbc_search_end (w);
    }
}
