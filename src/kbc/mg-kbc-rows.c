/* mg-kbc-rows.c — the rows every record writes: texts in every language,
 * names, brands, citations, disagreements, and numbers from attributes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calls only the statements (mg-kbc-sql.c) and the search rows
 * (mg-kbc-search.c) below it; the sections (mg-kbc-write*.c) call these.
 */

#include <math.h>

#include "mg-fold.h"
#include "mg-kbc-sql.h"

double
mg_kbc_number (xmlNode    *node,
        const char *attr)
{
  g_autofree char *text = mg_kbc_attr (node, attr);
  double value;

  return mg_kbc_parse_number (text, &value) ? value : NAN;
}

/* Whole months; -1 (NULL) when absent. */
int
mg_kbc_months (xmlNode    *node,
        const char *attr)
{
  double value = mg_kbc_number (node, attr);

  return isnan (value) ? -1 : (int) value;
}

gboolean
mg_kbc_is_english (xmlNode *node)
{
  g_autofree char *lang = mg_kbc_lang (node);

  return lang == NULL;
}

/* One text row per language that has the element (English always); the
 * search body gets the English text where a translation is missing. */
void
mg_kbc_write_text (MgKbcWriter  *w,
                  const char *owner,
                  xmlNode    *english,
                  gboolean    searchable)
{
  for (guint i = 0; w->langs[i] != NULL; i++)
    {
      xmlNode *node = i == 0 ? english : mg_kbc_translation (english, w->langs[i]);
      g_autofree char *value = mg_kbc_text (node != NULL ? node : english);

      if (node != NULL)
        mg_kbc_sql_insert (w, "INSERT INTO text VALUES (?, ?, ?, ?)", "tttt",
                          owner, (const char *) english->name, w->langs[i], value);

      if (searchable)
        mg_kbc_search_append_body (w, i, value);
    }
}

/* <name>/<class> (primary) and <synonyms> (';'-separated) in every
 * language, as name rows and as searchable names. */
void
mg_kbc_write_names (MgKbcWriter  *w,
                   const char *kind,
                   const char *id,
                   xmlNode    *english)
{
  g_autofree char *owner = g_strdup_printf ("%s:%s", kind, id);

  mg_kbc_write_text (w, owner, english, FALSE);
  mg_kbc_write_name_rows (w, kind, id, english, TRUE);
}

/* The name rows alone, in every language; @searchable adds them to the
 * search record being written. */
void
mg_kbc_write_name_rows (MgKbcWriter  *w,
                        const char   *kind,
                        const char   *id,
                        xmlNode      *english,
                        gboolean      searchable)
{
  gboolean primary = !mg_kbc_is (english, "synonyms");

  for (guint i = 0; w->langs[i] != NULL; i++)
    {
      xmlNode *node = i == 0 ? english : mg_kbc_translation (english, w->langs[i]);
      g_autofree char *value = NULL;
      g_auto(GStrv) items = NULL;

      if (node == NULL)
        continue;

      value = mg_kbc_text (node);
      /* A primary name is one item, even if it contains a ';'. */
      items = primary ? g_strsplit (value, ";", 1) : g_strsplit (value, ";", -1);

      for (guint j = 0; items[j] != NULL; j++)
        {
          g_autofree char *folded = NULL;
          char *item = g_strstrip (items[j]);

          if (*item == '\0')
            continue;

          folded = mg_fold (item);
          mg_kbc_sql_insert (w, "INSERT INTO name VALUES (?, ?, ?, ?, ?, ?)", "ttttti",
                            kind, id, w->langs[i], item, folded, (gint64) primary);
          if (searchable)
            mg_kbc_search_append_name (w, item);
        }
    }
}

/* @value: brand names separated by ';' (rows without a language) */
void
mg_kbc_write_brands (MgKbcWriter  *w,
                    const char *kind,
                    const char *id,
                    const char *value)
{
  g_auto(GStrv) items = g_strsplit (value, ";", -1);

  for (guint j = 0; items[j] != NULL; j++)
    {
      g_autofree char *folded = NULL;
      char *item = g_strstrip (items[j]);

      if (*item == '\0')
        continue;

      folded = mg_fold (item);
      mg_kbc_sql_insert (w, "INSERT INTO name VALUES (?, ?, '', ?, ?, 0)", "tttt",
                        kind, id, item, folded);
      mg_kbc_search_append_name (w, item);
    }
}

void
mg_kbc_write_citations (MgKbcWriter  *w,
                       const char *owner,
                       xmlNode    *node)
{
  g_autofree char *sources = mg_kbc_attr (node, "sources");
  g_auto(GStrv) ids = g_strsplit_set (sources != NULL ? sources : "", " \t\r\n", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    if (*ids[i] != '\0')
      mg_kbc_sql_insert (w, "INSERT OR IGNORE INTO citation VALUES (?, ?)", "tt", owner, ids[i]);
}

/* Text children that belong to the record itself (<name>, <title>, …).
 * Where the format allows several (a set's <note>s), they become one text
 * row, paragraphs separated by a blank line, so the reader finds one
 * value per owner, field and language. */
void
mg_kbc_write_own_text (MgKbcWriter  *w,
                const char *owner,
                xmlNode    *record,
                const char *field,
                gboolean    searchable)
{
  g_autoptr(GPtrArray) english = g_ptr_array_new ();

  MG_KBC_FOREACH_ELEMENT (record, child)
    if (mg_kbc_is (child, field) && mg_kbc_is_english (child))
      g_ptr_array_add (english, child);

  if (english->len == 1)
    {
      mg_kbc_write_text (w, owner, g_ptr_array_index (english, 0), searchable);
      return;
    }

  for (guint i = 0; english->len > 0 && w->langs[i] != NULL; i++)
    {
      g_autoptr(GString) joined = g_string_new (NULL);
      gboolean translated = i == 0;

      for (guint j = 0; j < english->len; j++)
        {
          xmlNode *node = g_ptr_array_index (english, j);
          xmlNode *copy = i == 0 ? node : mg_kbc_translation (node, w->langs[i]);
          g_autofree char *value = mg_kbc_text (copy != NULL ? copy : node);

          translated |= copy != NULL;
          if (joined->len > 0)
            g_string_append (joined, "\n\n");
          g_string_append (joined, value);
        }

      if (translated)
        mg_kbc_sql_insert (w, "INSERT INTO text VALUES (?, ?, ?, ?)", "tttt", owner, field, w->langs[i], joined->str);
      if (searchable)
        mg_kbc_search_append_body (w, i, joined->str);
    }
}

/* Writes each English <disagreement> of @parent as @parent_owner/disagreement/n. */
void
mg_kbc_write_disagreements (MgKbcWriter  *w,
                     const char *parent_owner,
                     xmlNode    *parent,
                     const char *compound_id,
                     guint      *note_ord)
{
  guint n = 0;

  MG_KBC_FOREACH_ELEMENT (parent, child)
    {
      g_autofree char *owner = NULL;

      if (!mg_kbc_is (child, "disagreement") || !mg_kbc_is_english (child))
        continue;

      owner = g_strdup_printf ("%s/disagreement/%u", parent_owner, n++);
      mg_kbc_write_text (w, owner, child, TRUE);
      mg_kbc_write_citations (w, owner, child);
      if (compound_id != NULL)
        mg_kbc_sql_insert (w, "INSERT INTO compound_note VALUES (?, ?, 'disagreement', ?)", "tti",
                          owner, compound_id, (gint64) (*note_ord)++);
    }
}
