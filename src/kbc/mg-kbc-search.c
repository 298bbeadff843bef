/* mg-kbc-search.c — the per-language search rows: one record's names and
 * texts gathered while it is written, then one FTS5 row per language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calls only the statements (mg-kbc-sql.c).
 */

#include "mg-fold.h"
#include "mg-kbc-sql.h"

struct _MgKbcSearchRecord
{
  char      *kind;
  char      *id;
  xmlNode   *title;
  GString   *names;
  GString  **bodies;   /* one per language of the writer */
};

static void
append_line (GString    *out,
             const char *text)
{
  g_autofree char *folded = mg_fold (text);

  if (folded == NULL || *folded == '\0')
    return;
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, folded);
}

void
mg_kbc_search_append_name (MgKbcWriter  *w,
                           const char   *name)
{
  if (w->record != NULL)
    append_line (w->record->names, name);
}

void
mg_kbc_search_append_body (MgKbcWriter  *w,
                          guint       lang_index,
                          const char *text)
{
  if (w->record != NULL)
    append_line (w->record->bodies[lang_index], text);
}

/* Names are searched in every language's table. */
void
mg_kbc_search_append_names (MgKbcWriter  *w,
                           xmlNode    *english)
{
  for (guint i = 0; w->record != NULL && w->langs[i] != NULL; i++)
    {
      xmlNode *node = i == 0 ? english : mg_kbc_translation (english, w->langs[i]);
      g_autofree char *value = node != NULL ? mg_kbc_text (node) : NULL;

      if (value != NULL)
        mg_kbc_search_append_name (w, value);
    }
}

void
mg_kbc_search_begin (MgKbcWriter  *w,
                    const char *kind,
                    const char *id,
                    xmlNode    *title)
{
  guint n = g_strv_length (w->langs);

  g_assert (w->record == NULL);

  w->record = g_new0 (MgKbcSearchRecord, 1);
  w->record->kind = g_strdup (kind);
  w->record->id = g_strdup (id);
  w->record->title = title;
  w->record->names = g_string_new (NULL);
  w->record->bodies = g_new0 (GString *, n);
  for (guint i = 0; i < n; i++)
    w->record->bodies[i] = g_string_new (NULL);
}

void
mg_kbc_search_end (MgKbcWriter  *w)
{
  MgKbcSearchRecord *record = w->record;

  g_assert (record != NULL);

  for (guint i = 0; w->langs[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO search_%s VALUES (?, ?, ?, ?, ?)", w->langs[i]);
      xmlNode *title = NULL;
      g_autofree char *title_text = NULL;

      if (record->title != NULL)
        {
          title = i == 0 ? NULL : mg_kbc_translation (record->title, w->langs[i]);
          title_text = mg_kbc_text (title != NULL ? title : record->title);
        }

      mg_kbc_sql_insert (w, sql, "ttttt", record->kind, record->id, title_text,
                        record->names->str, record->bodies[i]->str);
    }

  for (guint i = 0; w->langs[i] != NULL; i++)
    g_string_free (record->bodies[i], TRUE);
  g_free (record->bodies);
  g_string_free (record->names, TRUE);
  g_free (record->kind);
  g_free (record->id);
  g_free (record);
  w->record = NULL;
}
