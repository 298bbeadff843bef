/* mg-dose-interactions.c — the plan's medicines, one warning each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "mg-dose-engine-private.h"

static void
merged_free (gpointer data)
{
  MgMergedInteraction *merged = data;

  g_free (merged->key);
  g_free (merged->medicine_id);
  g_free (merged->name);
  g_string_free (merged->classes, TRUE);
  g_string_free (merged->management, TRUE);
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
  merged->sources = g_strv_builder_new ();
  g_ptr_array_add (merged_list, merged);

  return merged;
}

static gboolean
merge_interaction (MgKb           *kb,
                   GPtrArray      *merged_list,
                   const char     *query,
                   MgInteraction  *interaction,
                   GError        **error)
{
  const char *matched = mg_interaction_get_matched_medicine (interaction);
  GListModel *sources = mg_interaction_get_sources (interaction);  /* transfer none */
  g_auto(GStrv) source_ids = mg_source_list_dup_ids (sources);
  const char *management = mg_interaction_get_management (interaction);
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

  if (merged->classes->len > 0)
    g_string_append (merged->classes, "; ");
  g_string_append (merged->classes, mg_interaction_get_class_name (interaction));

  if (management != NULL && *management != '\0')
    {
      if (merged->management->len > 0)
        g_string_append_c (merged->management, ' ');
      g_string_append (merged->management, management);
    }

  merged->hours_before = MAX (merged->hours_before, mg_interaction_get_hours_before (interaction));
  merged->hours_after = MAX (merged->hours_after, mg_interaction_get_hours_after (interaction));

  for (guint i = 0; source_ids[i] != NULL; i++)
    g_strv_builder_add (merged->sources, source_ids[i]);

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
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(MgInteraction) interaction = g_list_model_get_item (found, j);

          if (!merge_interaction (kb, merged_list, medicines[i], interaction, error))
            return NULL;
        }
    }

  return g_steal_pointer (&merged_list);
}

