/* mg-dose-interactions.c — the plan's medicines, one warning each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-gettext.h"

#include "mg-dose-engine-private.h"

static void
merged_free (gpointer data)
{
  MgMergedInteraction *merged = data;

  g_free (merged->key);
  g_free (merged->medicine_id);
  g_free (merged->name);
  g_free (merged->product_id);
  g_free (merged->spacing);
  g_string_free (merged->classes, TRUE);
  g_string_free (merged->management, TRUE);
  g_ptr_array_unref (merged->ingredients);
  g_ptr_array_unref (merged->ingredient_names);
  g_strv_builder_unref (merged->sources);
  g_strfreev (merged->sources_strv);
  g_free (merged);
}

static MgMergedInteraction *
merged_for (GPtrArray  *merged_list,
            const char *key)
{
  MgMergedInteraction *merged;

  for (guint i = 0; i < merged_list->len; i++)
    {
      merged = g_ptr_array_index (merged_list, i);
      if (g_strcmp0 (merged->key, key) == 0)
        return merged;
    }

  merged = g_new0 (MgMergedInteraction, 1);
  merged->key = g_strdup (key);
  merged->classes = g_string_new (NULL);
  merged->management = g_string_new (NULL);
  merged->hours_before = -1.0;
  merged->hours_after = -1.0;
  merged->ingredients = g_ptr_array_new_with_free_func (g_free);
  merged->ingredient_names = g_ptr_array_new_with_free_func (g_free);
  merged->sources = g_strv_builder_new ();
  g_ptr_array_add (merged_list, merged);

  return merged;
}

static int
spacing_rank (const char *spacing)
{
  if (g_strcmp0 (spacing, "ineffective") == 0)
    return 3;
  if (g_strcmp0 (spacing, "hours") == 0)
    return 2;
  if (g_strcmp0 (spacing, "not-given") == 0)
    return 1;
  return 0;
}

/* The strictest over a medicine's interactions, as the compiler does for a
 * product: spacing that does not help beats hours, hours beat none given,
 * and the longest interval on each side wins; "with food" only holds when
 * every interval after magnesium holds with food. */
static void
combine_spacing (MgMergedInteraction *merged,
                 MgInteraction       *interaction)
{
  const char *spacing = mg_interaction_get_spacing (interaction);
  double after = mg_interaction_get_hours_after (interaction);

  if (spacing_rank (spacing) > spacing_rank (merged->spacing))
    {
      g_free (merged->spacing);
      merged->spacing = g_strdup (spacing);
    }

  if (g_strcmp0 (spacing, "hours") != 0)
    return;

  merged->hours_before = MAX (merged->hours_before, mg_interaction_get_hours_before (interaction));
  if (after > merged->hours_after)
    merged->after_with_food = mg_interaction_get_after_with_food (interaction);
  else if (after == merged->hours_after)
    merged->after_with_food = merged->after_with_food && mg_interaction_get_after_with_food (interaction);
  merged->hours_after = MAX (merged->hours_after, after);
}

static void
append_text (GString    *out,
             const char *separator,
             const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  if (out->len > 0)
    g_string_append (out, separator);
  g_string_append (out, text);
}

static void
append_sources (MgMergedInteraction *merged,
                GListModel          *sources)
{
  g_auto(GStrv) source_ids = mg_source_list_dup_ids (sources);

  for (guint i = 0; source_ids[i] != NULL; i++)
    g_strv_builder_add (merged->sources, source_ids[i]);
}

static gboolean
merge_interaction (MgKb           *kb,
                   GPtrArray      *merged_list,
                   const char     *query,
                   MgInteraction  *interaction,
                   GError        **error)
{
  const char *matched = mg_interaction_get_matched_medicine (interaction);
  MgMergedInteraction *merged = merged_for (merged_list, matched != NULL ? matched : query);

  if (merged->name == NULL)
    {
      g_autoptr(MgMedicine) medicine = NULL;

      /* The medicine's own name, as the person knows it; its id came from
       * the knowledge base, so failing to find it is the base's fault. */
      if (matched != NULL)
        {
          g_autoptr(GError) local_error = NULL;

          medicine = mg_kb_lookup_medicine (kb, matched, &local_error);
          if (medicine == NULL)
            return mg_dose_engine_kb_failed (g_steal_pointer (&local_error), error);
        }
      merged->medicine_id = g_strdup (matched != NULL ? matched : mg_interaction_get_id (interaction));
      merged->name = g_strdup (medicine != NULL ? mg_medicine_get_name (medicine) : query);
    }

  append_text (merged->classes, "; ", mg_interaction_get_class_name (interaction));
  append_text (merged->management, " ", mg_interaction_get_management (interaction));
  combine_spacing (merged, interaction);
  append_sources (merged, mg_interaction_get_sources (interaction));

  return TRUE;
}

/* A product: every ingredient's interactions in one warning that names the
 * ingredient each comes from; the hours are the product's (MgBrand: its
 * own cited figure, or the strictest of its ingredients'). */
static gboolean
merge_product (MgKb        *kb,
               GPtrArray   *merged_list,
               MgBrand     *brand,
               GListModel  *found,
               GError     **error)
{
  g_autofree char *key = g_strconcat ("product:", mg_brand_get_id (brand), NULL);
  MgMergedInteraction *merged = merged_for (merged_list, key);
  GListModel *notes = mg_brand_get_notes (brand);
  guint n = g_list_model_get_n_items (found);

  merged->product_id = g_strdup (mg_brand_get_id (brand));
  merged->medicine_id = g_strdup (mg_brand_get_id (brand));
  merged->name = g_strdup (mg_brand_get_name (brand));
  merged->spacing = g_strdup (mg_brand_get_spacing (brand));
  merged->hours_before = mg_brand_get_hours_before (brand);
  merged->hours_after = mg_brand_get_hours_after (brand);
  merged->after_with_food = mg_brand_get_after_with_food (brand);
  merged->hours_from_product = mg_brand_get_has_own_separation (brand);
  for (const char * const *name = mg_brand_get_ingredient_names (brand); *name != NULL; name++)
    g_ptr_array_add (merged->ingredient_names, g_strdup (*name));
  if (merged->hours_from_product)
    append_sources (merged, mg_brand_get_separation_sources (brand));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgInteraction) interaction = g_list_model_get_item (found, i);
      const char *ingredient = mg_interaction_get_matched_medicine (interaction);
      g_autoptr(MgMedicine) medicine = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autofree char *from = NULL;

      medicine = mg_kb_lookup_medicine (kb, ingredient, &local_error);
      if (medicine == NULL)
        return mg_dose_engine_kb_failed (g_steal_pointer (&local_error), error);

      if (!g_ptr_array_find_with_equal_func (merged->ingredients, ingredient, g_str_equal, NULL))
        g_ptr_array_add (merged->ingredients, g_strdup (ingredient));

      /* Translators: an ingredient of a product and the class of the
       * interaction it brings, such as "rilpivirine — Rilpivirine". */
      from = g_strdup_printf (_("%s — %s"), mg_medicine_get_name (medicine), mg_interaction_get_class_name (interaction));
      append_text (merged->classes, "; ", from);
      append_text (merged->management, " ", mg_interaction_get_management (interaction));
      append_sources (merged, mg_interaction_get_sources (interaction));
    }

  /* What the product's own information adds: with food, other supplements. */
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(MgArticle) note = g_list_model_get_item (notes, i);

      append_text (merged->management, " ", mg_article_get_text (note));
      append_sources (merged, mg_article_get_sources (note));
    }

  return TRUE;
}

GPtrArray *
mg_dose_engine_collect_interactions (MgKb                *kb,
                                     const char * const  *medicines,
                                     GError             **error)
{
  g_autoptr(GPtrArray) merged_list = g_ptr_array_new_with_free_func (merged_free);

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (medicines != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; medicines[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GListModel) found = mg_kb_find_interactions (kb, medicines[i], &local_error);
      g_autoptr(MgBrand) brand = NULL;
      guint n;

      /* An unknown name, or a lookup that failed, must never read as
       * "no interaction". */
      if (found == NULL)
        {
          if (!g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
            {
              mg_dose_engine_kb_failed (g_steal_pointer (&local_error), error);
              return NULL;
            }
          g_set_error (error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_UNKNOWN_MEDICINE,
                       _("Unknown medicine “%s”; check the spelling, or use its generic name (INN) such as ciprofloxacin"),
                       medicines[i]);
          return NULL;
        }

      n = g_list_model_get_n_items (found);
      if (n == 0)
        continue;

      brand = mg_kb_lookup_brand (kb, medicines[i], &local_error);
      if (brand == NULL && !g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
        {
          mg_dose_engine_kb_failed (g_steal_pointer (&local_error), error);
          return NULL;
        }

      if (brand != NULL)
        {
          if (!merge_product (kb, merged_list, brand, found, error))
            return NULL;
          continue;
        }

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(MgInteraction) interaction = g_list_model_get_item (found, j);

          if (!merge_interaction (kb, merged_list, medicines[i], interaction, error))
            return NULL;
        }
    }

  return g_steal_pointer (&merged_list);
}
