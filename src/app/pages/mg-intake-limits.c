/* mg-intake-limits.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The EU and US sets cut their age bands at different ages, so the table
 * uses every age at which either changes: each line then holds one value
 * (or "none set") per set. A band without a limit is said in words.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-fact-row.h"
#include "mg-format.h"
#include "mg-intake-limits.h"
#include "mg-rows.h"

/* An adult age, for the lines on pregnancy and breastfeeding. */
#define ADULT_MONTHS (30 * 12)

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

static void
add_boundary (GArray *bounds,
              int     months)
{
  for (guint i = 0; i < bounds->len; i++)
    if (g_array_index (bounds, int, i) == months)
      return;

  g_array_append_val (bounds, months);
}

/* "EU: 250 mg", "EU: none set under 4 years" */
static char *
describe_limit (MgReferenceSet *set,
                MgUpperLimit   *limit,
                const GError   *error)
{
  g_autofree char *label = g_ascii_strup (mg_reference_set_get_id (set), -1);
  g_autofree char *value = NULL;

  if (limit == NULL && !g_error_matches (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    value = g_strdup (_("cannot be read"));
  else if (limit == NULL)
    value = g_strdup (_("not covered"));
  else if (mg_upper_limit_get_has_value (limit))
    value = mg_format_mg (mg_upper_limit_get_mg (limit));
  else if (mg_upper_limit_get_from_months (limit) <= 0 && mg_upper_limit_get_to_months (limit) > 0)
    {
      g_autofree char *age = mg_format_age (mg_upper_limit_get_to_months (limit));

      /* Translators: an age such as "4 years" */
      value = g_strdup_printf (_("none set under %s"), age);
    }
  else
    value = g_strdup (_("none set"));

  /* Translators: a set's short name (EU, US) and its limit */
  return g_strdup_printf (_("%s: %s"), label, value);
}

static void
add_sources (GListStore *store,
             GListModel *sources)
{
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(MgSource) source = g_list_model_get_item (sources, i);
      guint position;

      if (!g_list_store_find (store, source, &position))
        g_list_store_append (store, source);
    }
}

/* One line: the value of each set for @age_months (and @status). */
static GtkWidget *
limit_line_new (MgKb       *kb,
                GListModel *sets,
                const char *title,
                int         age_months,
                const char *status)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListStore) sources = g_list_store_new (MG_TYPE_SOURCE);
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;
  GtkWidget *row;

  for (guint i = 0; i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (sets, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(MgUpperLimit) limit = mg_kb_get_upper_limit (kb, mg_reference_set_get_id (set),
                                                             age_months, status, &error);

      g_ptr_array_add (values, describe_limit (set, limit, error));
      if (limit == NULL)
        {
          /* Not covered is an answer; a failure is said with its reason. */
          if (!g_error_matches (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
            g_ptr_array_add (notes, g_strdup (error->message));
          continue;
        }

      add_sources (sources, mg_upper_limit_get_sources (limit));
      if (mg_upper_limit_get_note (limit) != NULL && !mg_upper_limit_get_has_value (limit))
        g_ptr_array_add (notes, g_strdup (mg_upper_limit_get_note (limit)));
    }

  g_ptr_array_add (values, NULL);
  g_ptr_array_add (notes, NULL);
  value = g_strjoinv ("\n", (char **) values->pdata);
  text = g_strjoinv (" ", (char **) notes->pdata);

  row = mg_fact_row_new (title, value, *text != '\0' ? text : NULL);
  mg_fact_row_set_sources (MG_FACT_ROW (row), G_LIST_MODEL (sources));
  return row;
}

static void
add_disagreements (GtkBox     *box,
                   MgKb       *kb,
                   GListModel *sets)
{
  GtkWidget *group = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (sets, i);
      g_autoptr(GListModel) limits = mg_kb_list_upper_limits (kb, mg_reference_set_get_id (set), NULL);

      /* A failure here was already said by the table above. */
      for (guint j = 0; limits != NULL && j < g_list_model_get_n_items (limits); j++)
        {
          g_autoptr(MgUpperLimit) limit = g_list_model_get_item (limits, j);
          GListModel *disagreements = mg_upper_limit_get_disagreements (limit);

          for (guint k = 0; k < g_list_model_get_n_items (disagreements); k++)
            {
              g_autoptr(MgArticle) disagreement = g_list_model_get_item (disagreements, k);
              GtkWidget *row = mg_fact_row_new (mg_reference_set_get_name (set), NULL,
                                                mg_article_get_text (disagreement));

              if (group == NULL)
                {
                  group = mg_rows_group_new (_("Upper Limits: Where Sources Disagree"),
                                             _("Other limits that sources give, and which one the app uses."));
                  gtk_box_append (box, group);
                }
              mg_fact_row_set_icon_name (MG_FACT_ROW (row), "dialog-information-symbolic");
              mg_fact_row_set_sources (MG_FACT_ROW (row), mg_article_get_sources (disagreement));
              adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
            }
        }
    }
}

/**
 * mg_intake_limits_build:
 * @box: where the groups go
 *
 * Adds the upper limits of every limit set, one line per age band with
 * each set's value, then pregnancy and breastfeeding, then what other
 * sources say.
 */
void
mg_intake_limits_build (GtkBox *box,
                        MgKb   *kb)
{
  g_autoptr(GListModel) sets = NULL;
  g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GError) error = NULL;
  GtkWidget *group;

  g_return_if_fail (GTK_IS_BOX (box));
  g_return_if_fail (MG_IS_KB (kb));

  group = mg_rows_group_new (_("Upper Limits for Supplements"),
                             _("The most supplemental magnesium a day considered safe, per set side by side. Magnesium from food does not count."));
  gtk_box_append (box, group);

  sets = mg_kb_list_limit_sets (kb, &error);
  for (guint i = 0; sets != NULL && i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (sets, i);
      g_autoptr(GListModel) limits = mg_kb_list_upper_limits (kb, mg_reference_set_get_id (set), &error);

      if (limits == NULL)
        break;

      for (guint j = 0; limits != NULL && j < g_list_model_get_n_items (limits); j++)
        {
          g_autoptr(MgUpperLimit) limit = g_list_model_get_item (limits, j);
          const char *status = mg_upper_limit_get_status (limit);

          if (status != NULL && g_strcmp0 (status, "any") != 0 && g_strcmp0 (status, "none") != 0)
            continue;

          add_boundary (bounds, mg_upper_limit_get_from_months (limit));
          if (mg_upper_limit_get_to_months (limit) >= 0)
            add_boundary (bounds, mg_upper_limit_get_to_months (limit));
        }
    }
  g_array_sort (bounds, compare_ints);

  if (error != NULL)
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 mg_fact_row_new (_("The upper limits cannot be read"), NULL, error->message));
      return;
    }

  for (guint i = 0; i < bounds->len; i++)
    {
      int from = g_array_index (bounds, int, i);
      int to = i + 1 < bounds->len ? g_array_index (bounds, int, i + 1) : -1;
      g_autofree char *band = mg_format_age_band (from, to);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), limit_line_new (kb, sets, band, from, "none"));
    }

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             limit_line_new (kb, sets, _("Pregnant adults"), ADULT_MONTHS, "pregnant"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             limit_line_new (kb, sets, _("Breastfeeding adults"), ADULT_MONTHS, "lactating"));

  add_disagreements (box, kb, sets);
}
