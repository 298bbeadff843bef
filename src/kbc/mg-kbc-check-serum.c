/* mg-kbc-check-serum.c — serum bands from different sources, held against
 * each other
 *
 * Two tables once put cardiac arrest at more than 5 and at 8.5 mmol/L or
 * more, and nothing told the user. Every band names what it is about
 * (findings); two bands from different sources that share a finding but
 * not their levels, once both are in mmol/L (by the same conversion the
 * app shows), must be listed together in a <serum-disagreement> that says
 * what the user should make of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "mg-kbc-private.h"
#include "mg-units.h"

/* Conversions are rounded in the sources: 1.7 mg/dL is 0.699 mmol/L and
 * is given as 0.70. Closer than this is the same level. */
#define SERUM_TOLERANCE_MMOL_L 0.02

typedef struct
{
  xmlNode *node;
  char    *id;
  GStrv    findings;
  GStrv    sources;
  char    *population;
  double   low;       /* mmol/L; -inf when open */
  double   high;      /* mmol/L; +inf when open */
} Band;

static void
band_free (gpointer data)
{
  Band *band = data;

  g_free (band->id);
  g_strfreev (band->findings);
  g_strfreev (band->sources);
  g_free (band->population);
  g_free (band);
}

static double
read_mmol (xmlNode     *node,
           const char  *attr,
           MgSerumUnit  unit,
           double       open)
{
  g_autofree char *text = mg_kbc_attr (node, attr);
  double value;

  if (text == NULL || !mg_kbc_parse_number (text, &value))
    return open;

  return mg_units_convert_serum (value, unit, MG_SERUM_UNIT_MMOL_L);
}

static Band *
band_read (xmlNode *node)
{
  g_autofree char *unit_text = mg_kbc_attr (node, "unit");
  g_autofree char *findings = mg_kbc_attr (node, "findings");
  g_autofree char *sources = mg_kbc_attr (node, "sources");
  MgSerumUnit unit;
  Band *band;

  g_autofree char *id = mg_kbc_attr (node, "id");

  /* Without an id a band cannot be named in a serum-disagreement. */
  if (unit_text == NULL || !mg_serum_unit_from_string (unit_text, &unit) || findings == NULL || id == NULL)
    return NULL;   /* the schema says what is wrong */

  band = g_new0 (Band, 1);
  band->node = node;
  band->id = g_steal_pointer (&id);
  band->findings = g_strsplit_set (findings, " \t\r\n", -1);
  band->sources = g_strsplit_set (sources != NULL ? sources : "", " \t\r\n", -1);
  band->population = mg_kbc_attr (node, "population");
  band->low = read_mmol (node, "low", unit, -INFINITY);
  band->high = read_mmol (node, "high", unit, INFINITY);

  return band;
}

static gboolean
share_any (GStrv a,
           GStrv b)
{
  for (guint i = 0; a[i] != NULL; i++)
    if (*a[i] != '\0' && g_strv_contains ((const char * const *) b, a[i]))
      return TRUE;

  return FALSE;
}

static gboolean
same_level (double a,
            double b)
{
  if (isinf (a) || isinf (b))
    return a == b;

  return fabs (a - b) <= SERUM_TOLERANCE_MMOL_L;
}

static gboolean
populations_meet (const char *a,
                  const char *b)
{
  return g_strcmp0 (a, b) == 0 || g_strcmp0 (a, "any") == 0 || g_strcmp0 (b, "any") == 0;
}

static gboolean
listed_together (xmlNode    *section,
                 const char *a,
                 const char *b)
{
  MG_KBC_FOREACH_ELEMENT (section, entry)
    {
      g_autofree char *ranges = NULL;
      g_auto(GStrv) ids = NULL;

      if (!mg_kbc_is (entry, "serum-disagreement"))
        continue;

      ranges = mg_kbc_attr (entry, "ranges");
      ids = g_strsplit_set (ranges != NULL ? ranges : "", " \t\r\n", -1);
      if (g_strv_contains ((const char * const *) ids, a) && g_strv_contains ((const char * const *) ids, b))
        return TRUE;
    }

  return FALSE;
}

static char *
format_band (const Band *band)
{
  if (isinf (band->low))
    return g_strdup_printf ("below %.2f mmol/L", band->high);
  if (isinf (band->high))
    return g_strdup_printf ("from %.2f mmol/L", band->low);
  return g_strdup_printf ("%.2f-%.2f mmol/L", band->low, band->high);
}

void
mg_kbc_check_serum (MgKbc *self)
{
  xmlNode *section = mg_kbc_first_child (xmlDocGetRootElement (self->doc), "serum-ranges");
  g_autoptr(GPtrArray) bands = g_ptr_array_new_with_free_func (band_free);
  g_autoptr(GHashTable) reported = g_hash_table_new (NULL, NULL);

  MG_KBC_FOREACH_ELEMENT (section, node)
    {
      Band *band;

      if (mg_kbc_is (node, "serum-range") && (band = band_read (node)) != NULL)
        g_ptr_array_add (bands, band);
    }

  /* An entry must compare something: two bands or more, two sources or more. */
  MG_KBC_FOREACH_ELEMENT (section, entry)
    {
      g_autofree char *ranges = NULL;
      g_auto(GStrv) ids = NULL;
      g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
      guint n = 0;

      if (!mg_kbc_is (entry, "serum-disagreement"))
        continue;

      ranges = mg_kbc_attr (entry, "ranges");
      ids = g_strsplit_set (ranges != NULL ? ranges : "", " \t\r\n", -1);
      for (guint i = 0; ids[i] != NULL; i++)
        for (guint j = 0; j < bands->len; j++)
          {
            Band *band = g_ptr_array_index (bands, j);

            if (*ids[i] == '\0' || g_strcmp0 (band->id, ids[i]) != 0)
              continue;
            n++;
            for (guint k = 0; band->sources[k] != NULL; k++)
              if (*band->sources[k] != '\0')
                g_hash_table_add (sources, band->sources[k]);
          }

      if (n < 2 || g_hash_table_size (sources) < 2)
        mg_kbc_error (self, entry, "ranges", 0,
                      "a serum disagreement lists bands from at least two sources");
    }

  for (guint i = 0; i < bands->len; i++)
    for (guint j = i + 1; j < bands->len; j++)
      {
        Band *a = g_ptr_array_index (bands, i);
        Band *b = g_ptr_array_index (bands, j);
        g_autofree char *a_text = NULL;
        g_autofree char *b_text = NULL;

        /* A source may give several bands for one finding (mild, severe);
         * only different sources can contradict each other. */
        if (!share_any (a->findings, b->findings) || share_any (a->sources, b->sources) ||
            !populations_meet (a->population, b->population))
          continue;
        if (same_level (a->low, b->low) && same_level (a->high, b->high))
          continue;
        if (listed_together (section, a->id, b->id) || g_hash_table_contains (reported, b->node))
          continue;

        g_hash_table_add (reported, b->node);
        a_text = format_band (a);
        b_text = format_band (b);
        mg_kbc_error (self, b->node, "findings", 0,
                      "serum band “%s” (%s) and “%s” on line %ld (%s) come from different sources and "
                      "disagree about the same finding: list both in a <serum-disagreement> that tells "
                      "the user what to make of it",
                      b->id, b_text, a->id, xmlGetLineNo (a->node), a_text);
      }
}
