/* mg-kbc-bands.c — age bands cover every age exactly once
 *
 * The dosing helper looks up "the" recommended amount and "the" upper limit
 * for a person; a gap would leave someone without an answer and an overlap
 * would give two. Bands are half-open [from, to) in months, to = ∞ when
 * to-months is missing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "mg-kbc-private.h"

#define OPEN_END G_MAXINT

typedef struct
{
  int      from;
  int      to;
  guint    ord;
  xmlNode *node;
} Band;

static int
compare_bands (gconstpointer a,
               gconstpointer b)
{
  const Band *x = a, *y = b;

  if (x->from != y->from)
    return x->from < y->from ? -1 : 1;
  return x->ord < y->ord ? -1 : x->ord > y->ord;
}

static gboolean
read_band (xmlNode *node,
           Band    *band)
{
  g_autofree char *from = mg_kbc_attr (node, "from-months");
  g_autofree char *to = mg_kbc_attr (node, "to-months");
  double f, t = OPEN_END;

  if (!mg_kbc_parse_number (from, &f) || f < 0 || f > 1800)
    return FALSE;
  if (to != NULL && (!mg_kbc_parse_number (to, &t) || t <= f || t > 1800))
    return FALSE;

  band->from = (int) f;
  band->to = to != NULL ? (int) t : OPEN_END;
  band->node = node;
  return TRUE;
}

static char *
format_months (int months)
{
  return months == OPEN_END ? g_strdup ("∞") : g_strdup_printf ("%d", months);
}

/* @reported keeps a band that belongs to two groups (sex="any") from
 * being reported twice for the same problem. */
static void
check_group (MgKbc        *self,
             xmlNode      *set,
             GArray       *bands,
             gboolean      must_cover,
             const char   *what,
             GHashTable   *reported)
{
  int covered = 0;

  if (must_cover && bands->len == 0)
    {
      mg_kbc_error (self, set, NULL, 0,
                    "no band for %s: add bands, or a <no-intake> with a note that says why there is no value",
                    what);
      return;
    }

  g_array_sort (bands, compare_bands);

  for (guint i = 0; i < bands->len; i++)
    {
      Band *band = &g_array_index (bands, Band, i);
      Band *prev = i > 0 ? &g_array_index (bands, Band, i - 1) : NULL;

      if (prev != NULL && band->from < covered)
        {
          if (g_hash_table_add (reported, band->node))
            {
              g_autofree char *prev_to = format_months (prev->to);

              mg_kbc_error (self, band->node, "from-months", 0,
                           "age-band overlap for %s: [%d, %s) on line %ld also covers month %d",
                           what, prev->from, prev_to, xmlGetLineNo (prev->node), band->from);
            }
        }
      else if (must_cover && band->from > covered)
        {
          if (g_hash_table_add (reported, band->node))
            mg_kbc_error (self, band->node, "from-months", 0,
                         "age-band gap for %s: months [%d, %d) are not covered", what, covered, band->from);
        }

      covered = MAX (covered, band->to);
    }

  if (must_cover && covered != OPEN_END)
    {
      xmlNode *last = bands->len > 0 ? g_array_index (bands, Band, bands->len - 1).node : NULL;

      if (last == NULL)
        return;

      if (g_hash_table_add (reported, last))
        mg_kbc_error (self, last, "to-months", 0,
                     "age-band gap for %s: nothing covers month %d and older (leave out to-months on the last band)",
                     what, covered);
    }
}

static void
collect (xmlNode    *set,
         const char *status,
         const char *sex,
         GArray     *out)
{
  guint ord = 0;

  MG_KBC_FOREACH_ELEMENT (set, child)
    {
      g_autofree char *child_status = mg_kbc_attr (child, "status");
      g_autofree char *child_sex = mg_kbc_attr (child, "sex");
      Band band = { 0 };

      ord++;
      if (!mg_kbc_is (child, "intake") && !mg_kbc_is (child, "no-intake")
          && !mg_kbc_is (child, "limit") && !mg_kbc_is (child, "no-limit"))
        continue;

      /* Limits without a status, and no-limit, apply to everyone. */
      if (child_status == NULL)
        child_status = g_strdup (mg_kbc_is (set, "limit-set") ? "any" : "none");
      if (g_strcmp0 (child_status, status) != 0)
        continue;

      if (sex != NULL && g_strcmp0 (child_sex, sex) != 0 && g_strcmp0 (child_sex, "any") != 0)
        continue;

      if (!read_band (child, &band))
        continue;   /* already reported by the number checks */

      band.ord = ord;
      g_array_append_val (out, band);
    }
}

static void
check_set (MgKbc        *self,
           xmlNode      *set,
           const char   *id)
{
  static const char * const sexes[] = { "female", "male" };
  g_autoptr(GHashTable) reported = g_hash_table_new (NULL, NULL);
  gboolean is_limit = mg_kbc_is (set, "limit-set");
  const char * const everyone = is_limit ? "any" : "none";
  const char * const special[] = { "pregnant", "lactating" };

  if (is_limit)
    {
      g_autoptr(GArray) bands = g_array_new (FALSE, FALSE, sizeof (Band));
      g_autofree char *what = g_strdup_printf ("limit-set “%s”", id);

      collect (set, everyone, NULL, bands);
      check_group (self, set, bands, TRUE, what, reported);

      for (guint j = 0; j < G_N_ELEMENTS (special); j++)
        {
          g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (Band));
          g_autofree char *what_status = g_strdup_printf ("limit-set “%s”, %s", id, special[j]);

          collect (set, special[j], NULL, others);
          check_group (self, set, others, FALSE, what_status, reported);
        }
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sexes); i++)
    {
      g_autoptr(GArray) bands = g_array_new (FALSE, FALSE, sizeof (Band));
      g_autofree char *what = g_strdup_printf ("reference-set “%s”, %s", id, sexes[i]);

      collect (set, everyone, sexes[i], bands);
      check_group (self, set, bands, TRUE, what, reported);

      /* Pregnancy and lactation must cover every age as well, with a
       * <no-intake> and its reason where the set has no value: a lookup
       * outside the table must say why, never fall back silently to the
       * value for women who are not pregnant. */
      for (guint j = 0; j < G_N_ELEMENTS (special) && g_str_equal (sexes[i], "female"); j++)
        {
          g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (Band));
          g_autofree char *what_status = g_strdup_printf ("reference-set “%s”, %s, %s", id, sexes[i], special[j]);

          collect (set, special[j], sexes[i], others);
          check_group (self, set, others, TRUE, what_status, reported);
        }
    }
}

void
mg_kbc_check_bands (MgKbc        *self)
{
  xmlNode *root = xmlDocGetRootElement (self->doc);

  MG_KBC_FOREACH_ELEMENT (root, section)
    {
      if (!mg_kbc_is (section, "reference-sets") && !mg_kbc_is (section, "limit-sets"))
        continue;

      MG_KBC_FOREACH_ELEMENT (section, set)
        {
          g_autofree char *id = mg_kbc_attr (set, "id");

          if (mg_kbc_is (set, "reference-set") || mg_kbc_is (set, "limit-set"))
            check_set (self, set, id != NULL ? id : "?");
        }
    }
}
