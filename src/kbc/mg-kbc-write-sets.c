/* mg-kbc-write-sets.c — sources, reference sets, limit sets and the
 * dosing advice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>

#include "mg-kbc-sql.h"

void
mg_kbc_write_sources (MgKbcWriter  *w,
               xmlNode    *section)
{
  static const char * const fields[] = { "authors", "title", "publisher", "year", "url", "doi", "pmid" };
  gint64 ord = 0;

  MG_KBC_FOREACH_ELEMENT (section, source)
    {
      g_autofree char *id = mg_kbc_attr (source, "id");
      g_autofree char *quality = mg_kbc_attr (source, "quality");
      char *values[G_N_ELEMENTS (fields)] = { NULL };

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          xmlNode *child = mg_kbc_first_child (source, fields[i]);

          values[i] = child != NULL ? mg_kbc_text (child) : NULL;
        }

      mg_kbc_sql_insert (w, "INSERT INTO source VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "titttttttt",
                        id, ord++, quality, values[0], values[1], values[2],
                        values[3], values[4], values[5], values[6]);

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        g_free (values[i]);
    }
}

/* reference-set/intake and limit-set/limit: the same shape twice. */
void
mg_kbc_write_sets (MgKbcWriter  *w,
            xmlNode    *section,
            gboolean    limits)
{
  const char *set_kind = limits ? "limit-set" : "reference-set";
  gint64 ord = 0;

  MG_KBC_FOREACH_ELEMENT (section, set)
    {
      g_autofree char *id = mg_kbc_attr (set, "id");
      g_autofree char *is_default = mg_kbc_attr (set, "default");
      g_autofree char *owner = g_strdup_printf ("%s:%s", set_kind, id);
      guint n = 0;

      mg_kbc_sql_insert (w, limits ? "INSERT INTO limit_set VALUES (?, ?, ?)"
                                  : "INSERT INTO reference_set VALUES (?, ?, ?)",
                        "tii", id, ord++, (gint64) (g_strcmp0 (is_default, "true") == 0));
      mg_kbc_write_citations (w, owner, set);
      mg_kbc_write_own_text (w, owner, set, "name", FALSE);
      mg_kbc_write_own_text (w, owner, set, "note", FALSE);
      mg_kbc_write_disagreements (w, owner, set, NULL, NULL);

      MG_KBC_FOREACH_ELEMENT (set, band)
        {
          g_autofree char *band_owner = NULL;
          g_autofree char *sex = NULL;
          g_autofree char *status = NULL;
          g_autofree char *kind = NULL;
          gboolean has_value = mg_kbc_is (band, limits ? "limit" : "intake");
          guint k = 0;

          if (!has_value && !mg_kbc_is (band, limits ? "no-limit" : "no-intake"))
            continue;

          band_owner = g_strdup_printf ("%s:%s/%u", limits ? "limit" : "intake", id, n++);
          status = mg_kbc_attr (band, "status");
          if (limits)
            {
              mg_kbc_sql_insert (w, "INSERT INTO upper_limit VALUES (?, ?, ?, ?, ?, ?)", "ttnntd",
                                band_owner, id, mg_kbc_months (band, "from-months"), mg_kbc_months (band, "to-months"),
                                status != NULL ? status : "any",
                                has_value ? mg_kbc_number (band, "mg") : NAN);
            }
          else
            {
              sex = mg_kbc_attr (band, "sex");
              kind = mg_kbc_attr (band, "kind");
              mg_kbc_sql_insert (w, "INSERT INTO intake VALUES (?, ?, ?, ?, ?, ?, ?, ?)", "ttnnttdt",
                                band_owner, id, mg_kbc_months (band, "from-months"), mg_kbc_months (band, "to-months"),
                                sex, status, has_value ? mg_kbc_number (band, "mg") : NAN, kind);
            }

          mg_kbc_write_citations (w, band_owner, band);
          mg_kbc_write_own_text (w, band_owner, band, "note", FALSE);
          mg_kbc_write_disagreements (w, band_owner, band, NULL, NULL);

          MG_KBC_FOREACH_ELEMENT (band, alternative)
            {
              g_autofree char *alt_owner = NULL;

              if (!mg_kbc_is (alternative, "alternative"))
                continue;

              alt_owner = g_strdup_printf ("%s/alternative/%u", band_owner, k++);
              mg_kbc_sql_insert (w, "INSERT INTO intake_alternative VALUES (?, ?, ?)", "ttd",
                                alt_owner, band_owner, mg_kbc_number (alternative, "mg"));
              mg_kbc_write_citations (w, alt_owner, alternative);
            }
        }
    }
}

/* Thresholds the dosing engine applies, each with its reason and sources. */
void
mg_kbc_write_dosing_advice (MgKbcWriter  *w,
                            xmlNode      *section)
{
  gint64 ord = 0;

  MG_KBC_FOREACH_ELEMENT (section, advice)
    {
      g_autofree char *id = mg_kbc_attr (advice, "id");
      g_autofree char *owner = g_strdup_printf ("dosing-advice:%s", id);

      mg_kbc_sql_insert (w, "INSERT INTO dosing_advice VALUES (?, ?, ?)", "tid",
                         id, ord++, mg_kbc_number (advice, "above-mg"));
      mg_kbc_write_citations (w, owner, advice);
      mg_kbc_write_own_text (w, owner, advice, "text", FALSE);
    }
}
