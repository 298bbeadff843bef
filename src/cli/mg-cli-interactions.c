/* mg-cli-interactions.c — which medicines interact, and how far apart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A name the knowledge base does not know is reported as unrecognised and
 * fails the command (status 2), after the output for the names it did
 * know: an unknown name must never pass for "no interaction".
 *
 * A product's name gives the interactions of all its ingredients, each
 * saying which ingredient it comes from, and one line with the product's
 * hours: its own figure, or the strictest of its ingredients'.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-cli-private.h"
#include "mg-fold.h"
#include "mg-dose-engine.h"
#include "mg-dose-rules.h"
#include "mg-kb-labels.h"

static gboolean
add_match (MgCli          *cli,
           const char     *query,
           MgInteraction  *interaction,
           GError        **error)
{
  const char *matched = mg_interaction_get_matched_medicine (interaction);
  g_autoptr(MgMedicine) medicine = NULL;
  GListModel *sources = mg_interaction_get_sources (interaction);  /* transfer none */
  double before = mg_interaction_get_hours_before (interaction);
  double after = mg_interaction_get_hours_after (interaction);
  const char *product = mg_interaction_get_matched_product_name (interaction);
  g_autofree char *separation = mg_dose_rules_format_spacing (mg_interaction_get_spacing (interaction), before, after,
                                                               mg_interaction_get_after_with_food (interaction));
  g_autofree char *name = NULL;

  /* The id came from the knowledge base: not finding it is its failure. */
  if (matched != NULL)
    {
      medicine = mg_kb_lookup_medicine (cli->kb, matched, error);
      if (medicine == NULL)
        return FALSE;
    }
  if (product != NULL)
    /* Translators: a product and the ingredient an interaction comes from. */
    name = g_strdup_printf (_("%s, through %s"), product, mg_medicine_get_name (medicine));
  else
    name = g_strdup (medicine != NULL ? mg_medicine_get_name (medicine) : query);

  json_builder_begin_object (cli->builder);
  json_builder_set_member_name (cli->builder, "query");
  json_builder_add_string_value (cli->builder, query);
  mg_cli_json_string_or_null (cli->builder, "medicine", medicine != NULL ? mg_medicine_get_name (medicine) : NULL);
  mg_cli_json_string_or_null (cli->builder, "medicine_id", matched);
  /* Through a product: the product, and the ingredient (medicine_id) this
   * interaction comes from. */
  mg_cli_json_string_or_null (cli->builder, "product_id", mg_interaction_get_matched_product (interaction));
  mg_cli_json_string_or_null (cli->builder, "product", product);
  json_builder_set_member_name (cli->builder, "interaction_id");
  json_builder_add_string_value (cli->builder, mg_interaction_get_id (interaction));
  json_builder_set_member_name (cli->builder, "class");
  json_builder_add_string_value (cli->builder, mg_interaction_get_class_name (interaction));
  json_builder_set_member_name (cli->builder, "direction");
  json_builder_add_string_value (cli->builder, mg_interaction_get_direction (interaction));
  json_builder_set_member_name (cli->builder, "severity");
  json_builder_add_string_value (cli->builder, mg_interaction_get_severity (interaction));
  json_builder_set_member_name (cli->builder, "evidence");
  json_builder_add_string_value (cli->builder, mg_interaction_get_evidence (interaction));
  json_builder_set_member_name (cli->builder, "route");
  json_builder_add_string_value (cli->builder, mg_interaction_get_route (interaction));
  mg_cli_json_double_or_null (cli->builder, "separate_hours_before", before);
  mg_cli_json_double_or_null (cli->builder, "separate_hours_after", after);
  mg_cli_json_string_or_null (cli->builder, "spacing", mg_interaction_get_spacing (interaction));
  mg_cli_json_string_or_null (cli->builder, "after_condition",
                              mg_interaction_get_after_with_food (interaction) ? "with-food" : NULL);
  json_builder_set_member_name (cli->builder, "hours_from_product");
  json_builder_add_boolean_value (cli->builder, mg_interaction_get_hours_from_product (interaction));
  mg_cli_json_string_or_null (cli->builder, "mechanism", mg_interaction_get_mechanism (interaction));
  mg_cli_json_string_or_null (cli->builder, "management", mg_interaction_get_management (interaction));
  mg_cli_json_sources (cli->builder, sources);
  json_builder_end_object (cli->builder);

  g_string_append_printf (cli->out, "%s — %s\n", name, mg_interaction_get_class_name (interaction));
  /* Translators: severity label, then what happens (a direction label). */
  g_string_append_printf (cli->out, _("  Severity: %s. %s."), mg_kb_label_severity (mg_interaction_get_severity (interaction)),
                          mg_kb_label_direction (mg_interaction_get_direction (interaction)));
  g_string_append_c (cli->out, '\n');
  if (separation != NULL)
    g_string_append_printf (cli->out, "  %s\n", separation);
  if (mg_interaction_get_management (interaction) != NULL)
    g_string_append_printf (cli->out, "  %s\n", mg_interaction_get_management (interaction));
  /* At the counter the source itself matters, not just its key. */
  mg_cli_human_sources (cli->out, sources);
  g_string_append_c (cli->out, '\n');

  return TRUE;
}

/* Pharmacists type the start of a name ("cipro") or slip a letter: offer
 * whole names instead of guessing, so the answer always names the
 * medicine it is about. */
static gboolean
suggest_names (MgCli       *cli,
               const char  *query,
               char       **out_names,
               GError     **error)
{
  /* The names the window's interaction checker offers, never a record
   * that only mentions @query in its text. */
  static const char * const kinds[] = { "medicine", "product", "interaction", NULL };
  g_autoptr(GListModel) results = mg_kb_suggest (cli->kb, query, kinds, 8, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n;

  *out_names = NULL;
  if (results == NULL)
    return FALSE;

  n = g_list_model_get_n_items (results);

  for (guint i = 0; i < n && names->len < 3; i++)
    {
      g_autoptr(MgSearchResult) result = g_list_model_get_item (results, i);
      const char *name = mg_search_result_get_matched_name (result);

      if (name == NULL)
        name = mg_search_result_get_title (result);
      /* A medicine and its interaction often share a name. */
      if (g_hash_table_add (seen, mg_fold (name)))
        g_ptr_array_add (names, g_strdup (name));
    }

  if (names->len > 0)
    {
      g_ptr_array_add (names, NULL);
      *out_names = g_strjoinv (", ", (char **) names->pdata);
    }

  return TRUE;
}

/* The product's own line: what it contains and its hours apart. */
static void
human_product (MgCli   *cli,
               MgBrand *brand)
{
  g_autofree char *ingredients = g_strjoinv (" + ", (char **) mg_brand_get_ingredient_names (brand));
  g_autofree char *separation = mg_dose_rules_format_spacing (mg_brand_get_spacing (brand),
                                                               mg_brand_get_hours_before (brand),
                                                               mg_brand_get_hours_after (brand),
                                                               mg_brand_get_after_with_food (brand));
  GListModel *notes = mg_brand_get_notes (brand);
  GListModel *disagreements = mg_brand_get_disagreements (brand);
  gboolean combination = g_strv_length ((char **) mg_brand_get_ingredient_ids (brand)) > 1;

  /* Translators: a product and its ingredients, such as "Juluca (dolutegravir + rilpivirine)". */
  g_string_append_printf (cli->out, _("%s (%s)"), mg_brand_get_name (brand), ingredients);
  g_string_append_c (cli->out, '\n');
  if (separation != NULL)
    {
      g_string_append_printf (cli->out, "  %s", separation);
      /* Where the hours come from, when a combination could have two answers. */
      if (combination && g_strcmp0 (mg_brand_get_spacing (brand), "hours") == 0)
        g_string_append_printf (cli->out, " %s", mg_brand_get_has_own_separation (brand)
                                                   ? _("This is the product’s own figure.")
                                                   : _("This is the strictest figure of its ingredients."));
      g_string_append_c (cli->out, '\n');
    }
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(MgArticle) note = g_list_model_get_item (notes, i);

      g_string_append_printf (cli->out, "  %s\n", mg_article_get_text (note));
    }
  for (guint i = 0; i < g_list_model_get_n_items (disagreements); i++)
    {
      g_autoptr(MgArticle) disagreement = g_list_model_get_item (disagreements, i);

      /* Translators: what another source says. */
      g_string_append_printf (cli->out, _("  Sources disagree: %s"), mg_article_get_text (disagreement));
      g_string_append_c (cli->out, '\n');
    }
  if (mg_brand_get_has_own_separation (brand))
    mg_cli_human_sources (cli->out, mg_brand_get_separation_sources (brand));
  g_string_append_c (cli->out, '\n');
}

static void
json_product (JsonBuilder *builder,
              const char  *query,
              MgBrand     *brand)
{
  GListModel *notes = mg_brand_get_notes (brand);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "query");
  json_builder_add_string_value (builder, query);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, mg_brand_get_id (brand));
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, mg_brand_get_name (brand));
  json_builder_set_member_name (builder, "ingredients");
  json_builder_begin_array (builder);
  for (const char * const *id = mg_brand_get_ingredient_ids (brand); *id != NULL; id++)
    json_builder_add_string_value (builder, *id);
  json_builder_end_array (builder);
  mg_cli_json_string_or_null (builder, "spacing", mg_brand_get_spacing (brand));
  mg_cli_json_double_or_null (builder, "separate_hours_before", mg_brand_get_hours_before (brand));
  mg_cli_json_double_or_null (builder, "separate_hours_after", mg_brand_get_hours_after (brand));
  mg_cli_json_string_or_null (builder, "after_condition", mg_brand_get_after_with_food (brand) ? "with-food" : NULL);
  /* "product": its own cited figure; "ingredients": the strictest of theirs */
  json_builder_set_member_name (builder, "hours_from");
  json_builder_add_string_value (builder, mg_brand_get_has_own_separation (brand) ? "product" : "ingredients");
  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(MgArticle) note = g_list_model_get_item (notes, i);

      json_builder_add_string_value (builder, mg_article_get_text (note));
    }
  json_builder_end_array (builder);
  mg_cli_json_sources (builder, mg_brand_get_has_own_separation (brand) ? mg_brand_get_separation_sources (brand)
                                                                        : mg_brand_get_sources (brand));
  json_builder_end_object (builder);
}

static void
json_strings (JsonBuilder *builder,
              const char  *member,
              GPtrArray   *strings)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < strings->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (strings, i));
  json_builder_end_array (builder);
}

int
mg_cli_interactions (MgCli   *cli,
                     int      argc,
                     char   **argv,
                     GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) unrecognised = g_ptr_array_new ();
  g_autoptr(GPtrArray) without = g_ptr_array_new ();
  g_autoptr(GPtrArray) brands = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) brand_queries = g_ptr_array_new ();

  context = mg_cli_option_context (cli, _("NAME…"),
                                   _("Interactions of medicines with magnesium, and how many hours to keep them apart."),
                                   _("NAME is a generic name (INN) in English or Dutch, a brand name or a class, "
                                     "such as ciprofloxacin, Biktarvy or quinolones.\n\n"
                                     "Example:\n  magnesium-guide-cli interactions ciprofloxacin levothyroxine"),
                                   NULL);
  if (!mg_cli_parse (context, &argc, &argv, error))
    return MG_CLI_EXIT_BAD_INPUT;

  if (argc < 2)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Give one or more medicine names, such as: interactions ciprofloxacin levothyroxine"));
      return MG_CLI_EXIT_BAD_INPUT;
    }

  if (!mg_cli_open_kb (cli, error))
    return MG_CLI_EXIT_INTERNAL;

  json_builder_set_member_name (cli->builder, "matches");
  json_builder_begin_array (cli->builder);
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GListModel) found = mg_kb_find_interactions (cli->kb, argv[i], &local_error);
      g_autoptr(MgBrand) brand = NULL;
      guint n;

      if (found == NULL)
        {
          if (!g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
            {
              json_builder_end_array (cli->builder);
              g_propagate_error (error, g_steal_pointer (&local_error));
              return MG_CLI_EXIT_INTERNAL;
            }
          g_ptr_array_add (unrecognised, argv[i]);
          continue;
        }

      brand = mg_kb_lookup_brand (cli->kb, argv[i], &local_error);
      if (brand == NULL && !g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
        {
          json_builder_end_array (cli->builder);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return MG_CLI_EXIT_INTERNAL;
        }
      g_clear_error (&local_error);

      n = g_list_model_get_n_items (found);
      if (n == 0)
        g_ptr_array_add (without, argv[i]);
      else if (brand != NULL)
        {
          human_product (cli, brand);
          g_ptr_array_add (brand_queries, argv[i]);
          g_ptr_array_add (brands, g_steal_pointer (&brand));
        }
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(MgInteraction) interaction = g_list_model_get_item (found, j);

          if (!add_match (cli, argv[i], interaction, error))
            return MG_CLI_EXIT_INTERNAL;
        }
    }
  json_builder_end_array (cli->builder);

  json_builder_set_member_name (cli->builder, "products");
  json_builder_begin_array (cli->builder);
  for (guint i = 0; i < brands->len; i++)
    json_product (cli->builder, g_ptr_array_index (brand_queries, i), g_ptr_array_index (brands, i));
  json_builder_end_array (cli->builder);

  json_strings (cli->builder, "no_interaction_listed", without);
  json_strings (cli->builder, "unrecognised", unrecognised);

  for (guint i = 0; i < without->len; i++)
    {
      g_string_append_printf (cli->out, _("%s: no interaction with magnesium is listed."),
                              (const char *) g_ptr_array_index (without, i));
      g_string_append_c (cli->out, '\n');
    }

  if (unrecognised->len > 0)
    {
      g_autofree char *names = NULL;
      g_autofree char *suggestions = NULL;

      if (unrecognised->len == 1 &&
          !suggest_names (cli, g_ptr_array_index (unrecognised, 0), &suggestions, error))
        return MG_CLI_EXIT_INTERNAL;

      g_ptr_array_add (unrecognised, NULL);
      names = g_strjoinv ("”, “", (char **) unrecognised->pdata);
      cli->partial = TRUE;
      if (suggestions != NULL)
        g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                     _("Unknown medicine “%s”: nothing can be said about its interactions; did you mean: %s?"),
                     names, suggestions);
      else
        g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                     _("Unknown medicine “%s”: nothing can be said about its interactions; check the spelling or use the generic name (INN)"),
                     names);
      return MG_CLI_EXIT_BAD_INPUT;
    }

  return MG_CLI_EXIT_OK;
}
