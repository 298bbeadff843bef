/* mg-kb-compiler-write-sets.c — sources, reference sets and limit sets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "mg-kb-compiler-sql.h"

void
mg_kb_write_sources (MgKbWriter *w,
               xmlNode    *section)
{
  static const char * const fields[] = { "authors", "title", "publisher", "year", "url", "doi", "pmid" };
  gint64 ord = 0;

  MG_KB_FOREACH_ELEMENT (section, source)
    {
      g_autofree char *id = mg_kb_attr (source, "id");
      g_autofree char *quality = mg_kb_attr (source, "quality");
      char *values[G_N_ELEMENTS (fields)] = { NULL };

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          xmlNode *child = mg_kb_first_child (source, fields[i]);

          values[i] = child != NULL ? mg_kb_text (child) : NULL;
        }

      mg_kb_sql_insert (w, "INSERT INTO source VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "titttttttt",
                        id, ord++, quality, values[0], values[1], values[2],
                        values[3], values[4], values[5], values[6]);

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        g_free (values[i]);
    }
}

/* reference-set/intake and limit-set/limit: the same shape twice. */
void
mg_kb_write_sets (MgKbWriter *w,
            xmlNode    *section,
            gboolean    limits)
{
  const char *set_kind = limits ? "limit-set" : "reference-set";
  gint64 ord = 0;

  MG_KB_FOREACH_ELEMENT (section, set)
    {
      g_autofree char *id = mg_kb_attr (set, "id");
      g_autofree char *is_default = mg_kb_attr (set, "default");
      g_autofree char *owner = g_strdup_printf ("%s:%s", set_kind, id);
      guint n = 0;

      mg_kb_sql_insert (w, limits ? "INSERT INTO limit_set VALUES (?, ?, ?)"
                                  : "INSERT INTO reference_set VALUES (?, ?, ?)",
                        "tii", id, ord++, (gint64) (g_strcmp0 (is_default, "true") == 0));
      mg_kb_write_citations (w, owner, set);
      mg_kb_write_own_text (w, owner, set, "name", FALSE);
      mg_kb_write_own_text (w, owner, set, "note", FALSE);
      mg_kb_write_disagreements (w, owner, set, NULL, NULL);

      MG_KB_FOREACH_ELEMENT (set, band)
        {
          g_autofree char *band_owner = NULL;
          g_autofree char *sex = NULL;
          g_autofree char *status = NULL;
          g_autofree char *kind = NULL;
          gboolean has_value = mg_kb_is (band, limits ? "limit" : "intake");
          guint k = 0;

          if (!has_value && !mg_kb_is (band, limits ? "no-limit" : "no-intake"))
            continue;

          band_owner = g_strdup_printf ("%s:%s/%u", limits ? "limit" : "intake", id, n++);
          status = mg_kb_attr (band, "status");
          if (limits)
            {
              mg_kb_sql_insert (w, "INSERT INTO upper_limit VALUES (?, ?, ?, ?, ?, ?)", "ttnntd",
                                band_owner, id, mg_kb_months (band, "from-months"), mg_kb_months (band, "to-months"),
                                status != NULL ? status : "any",
                                has_value ? mg_kb_number (band, "mg") : NAN);
            }
          else
            {
              sex = mg_kb_attr (band, "sex");
              kind = mg_kb_attr (band, "kind");
              mg_kb_sql_insert (w, "INSERT INTO intake VALUES (?, ?, ?, ?, ?, ?, ?, ?)", "ttnnttdt",
                                band_owner, id, mg_kb_months (band, "from-months"), mg_kb_months (band, "to-months"),
                                sex, status, has_value ? mg_kb_number (band, "mg") : NAN, kind);
            }

          mg_kb_write_citations (w, band_owner, band);
          mg_kb_write_own_text (w, band_owner, band, "note", FALSE);
          mg_kb_write_disagreements (w, band_owner, band, NULL, NULL);

          MG_KB_FOREACH_ELEMENT (band, alternative)
            {
              g_autofree char *alt_owner = NULL;

              if (!mg_kb_is (alternative, "alternative"))
                continue;

              alt_owner = g_strdup_printf ("%s/alternative/%u", band_owner, k++);
              mg_kb_sql_insert (w, "INSERT INTO intake_alternative VALUES (?, ?, ?)", "ttd",
                                alt_owner, band_owner, mg_kb_number (alternative, "mg"));
              mg_kb_write_citations (w, alt_owner, alternative);
            }
        }
    }
}
