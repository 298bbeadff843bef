/* mg-cli-conditions.c — what magnesium is used or studied for: ratings,
 * route and the doses studied, with the magnesium they give a day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A studied dose is shown as its numbers (amount, unit, salt, intakes a
 * day) and the daily elemental amount the knowledge base computed from
 * them; an oral dose above the upper limit for supplements says so, and
 * that it was studied under medical supervision.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mg-cli-private.h"
#include "mg-fold.h"
#include "mg-kb-dose-labels.h"
#include "mg-kb-labels.h"

static void
json_dose (JsonBuilder   *builder,
           MgStudiedDose *dose)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, mg_studied_dose_get_id (dose));
  mg_cli_json_string_or_null (builder, "text", mg_studied_dose_get_text (dose));
  mg_cli_json_string_or_null (builder, "route", mg_studied_dose_get_route (dose));
  mg_cli_json_string_or_null (builder, "population", mg_studied_dose_get_population (dose));
  mg_cli_json_double_or_null (builder, "amount_min", mg_studied_dose_get_has_amount (dose) ? mg_studied_dose_get_amount_min (dose) : -1);
  mg_cli_json_double_or_null (builder, "amount_max", mg_studied_dose_get_has_amount (dose) ? mg_studied_dose_get_amount_max (dose) : -1);
  mg_cli_json_string_or_null (builder, "unit", mg_studied_dose_get_unit (dose));
  mg_cli_json_string_or_null (builder, "basis", mg_studied_dose_get_basis (dose));
  mg_cli_json_string_or_null (builder, "compound", mg_studied_dose_get_compound_id (dose));
  mg_cli_json_string_or_null (builder, "compound_name", mg_studied_dose_get_compound_name (dose));
  mg_cli_json_string_or_null (builder, "per", mg_studied_dose_get_per (dose));
  mg_cli_json_double_or_null (builder, "intakes_per_day", mg_studied_dose_get_intakes_per_day (dose));
  mg_cli_json_double_or_null (builder, "daily_elemental_mg_min", mg_studied_dose_get_daily_mg_min (dose));
  mg_cli_json_double_or_null (builder, "daily_elemental_mg_max", mg_studied_dose_get_daily_mg_max (dose));
  mg_cli_json_double_or_null (builder, "upper_limit_mg", mg_studied_dose_get_limit_mg (dose));
  json_builder_set_member_name (builder, "supervised");
  json_builder_add_boolean_value (builder, mg_studied_dose_get_supervised (dose));
  json_builder_set_member_name (builder, "above_upper_limit");
  json_builder_add_boolean_value (builder, mg_studied_dose_get_above_limit (dose));
  mg_cli_json_sources (builder, mg_studied_dose_get_sources (dose));
  json_builder_end_object (builder);
}

static void
human_dose (GString       *out,
            MgStudiedDose *dose)
{
  g_autofree char *amount = mg_kb_label_dose_amount (dose);
  g_autofree char *daily = mg_kb_label_dose_daily_mg (dose);
  g_autofree char *above_limit = mg_kb_label_dose_above_limit (dose);
  const char *population = mg_studied_dose_get_population (dose);

  g_string_append_printf (out, "  - %s", mg_kb_label_route (mg_studied_dose_get_route (dose)));
  if (population != NULL)
    g_string_append_printf (out, ", %s", mg_kb_label_population (population));
  if (amount != NULL)
    g_string_append_printf (out, ": %s", amount);
  g_string_append_c (out, '\n');

  /* "200–600 mg of magnesium a day = 200–600 mg…" says nothing new. */
  if (daily != NULL && !mg_kb_label_dose_is_daily_mg (dose))
    {
      /* Translators: mg of elemental magnesium a day, one number or a range. */
      g_string_append_printf (out, _("    = %s mg of magnesium a day"), daily);
      g_string_append_c (out, '\n');
    }

  if (above_limit != NULL)
    g_string_append_printf (out, "    %s\n", above_limit);

  if (mg_studied_dose_get_text (dose) != NULL)
    g_string_append_printf (out, "    %s\n", mg_studied_dose_get_text (dose));
}

static void
add_condition (MgCli       *cli,
               MgCondition *condition)
{
  GListModel *ratings = mg_condition_get_ratings (condition);
  GListModel *doses = mg_condition_get_studied_doses (condition);
  g_autoptr(GString) rating_text = g_string_new (NULL);

  json_builder_begin_object (cli->builder);
  json_builder_set_member_name (cli->builder, "id");
  json_builder_add_string_value (cli->builder, mg_condition_get_id (condition));
  mg_cli_json_string_or_null (cli->builder, "name", mg_condition_get_name (condition));
  mg_cli_json_string_or_null (cli->builder, "route", mg_condition_get_route (condition));
  mg_cli_json_string_or_null (cli->builder, "summary", mg_condition_get_summary (condition));

  json_builder_set_member_name (cli->builder, "ratings");
  json_builder_begin_array (cli->builder);
  for (guint i = 0; i < g_list_model_get_n_items (ratings); i++)
    {
      g_autoptr(MgRating) rating = g_list_model_get_item (ratings, i);

      json_builder_begin_object (cli->builder);
      json_builder_set_member_name (cli->builder, "value");
      json_builder_add_string_value (cli->builder, mg_rating_get_value (rating));
      json_builder_set_member_name (cli->builder, "scheme");
      json_builder_add_string_value (cli->builder, mg_rating_get_scheme (rating));
      mg_cli_json_sources (cli->builder, mg_rating_get_sources (rating));
      json_builder_end_object (cli->builder);

      if (rating_text->len > 0)
        g_string_append (rating_text, "; ");
      /* Translators: an effectiveness rating and who gave it, such as "Effective (Aisle7)". */
      g_string_append_printf (rating_text, _("%s (%s)"), mg_kb_label_rating (mg_rating_get_value (rating)),
                              mg_kb_label_rating_scheme (mg_rating_get_scheme (rating)));
    }
  json_builder_end_array (cli->builder);

  json_builder_set_member_name (cli->builder, "doses");
  json_builder_begin_array (cli->builder);
  for (guint i = 0; i < g_list_model_get_n_items (doses); i++)
    {
      g_autoptr(MgStudiedDose) dose = g_list_model_get_item (doses, i);

      json_dose (cli->builder, dose);
    }
  json_builder_end_array (cli->builder);
  mg_cli_json_sources (cli->builder, mg_condition_get_sources (condition));
  json_builder_end_object (cli->builder);

  /* Translators: a condition and its route, such as "Migraine (Oral)". */
  g_string_append_printf (cli->out, _("%s (%s)"), mg_condition_get_name (condition),
                          mg_kb_label_route (mg_condition_get_route (condition)));
  g_string_append_c (cli->out, '\n');
  g_string_append_printf (cli->out, _("  Rating: %s"), rating_text->str);
  g_string_append_c (cli->out, '\n');
  if (g_list_model_get_n_items (doses) > 0)
    g_string_append_printf (cli->out, "  %s\n", _("Doses studied:"));
  for (guint i = 0; i < g_list_model_get_n_items (doses); i++)
    {
      g_autoptr(MgStudiedDose) dose = g_list_model_get_item (doses, i);

      human_dose (cli->out, dose);
    }
  g_string_append_c (cli->out, '\n');
}

/* An id, or a name in the current language or English; a part of a name
 * when only one condition has it. */
static gboolean
matches (MgCondition *condition,
         const char  *folded_query,
         gboolean     exact)
{
  g_autofree char *name = mg_fold (mg_condition_get_name (condition));

  if (g_strcmp0 (mg_condition_get_id (condition), folded_query) == 0 || g_strcmp0 (name, folded_query) == 0)
    return TRUE;

  return !exact && name != NULL && strstr (name, folded_query) != NULL;
}

int
mg_cli_conditions (MgCli   *cli,
                   int      argc,
                   char   **argv,
                   GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GListModel) conditions = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *query = NULL;
  g_autofree char *folded = NULL;

  context = mg_cli_option_context (cli, _("[NAME]"),
                                   _("Conditions magnesium is used or studied for: ratings, route and the doses studied."),
                                   _("Without NAME, every condition. NAME is a condition's id or name in English or "
                                     "Dutch, or part of one.\n\n"
                                     "Example:\n  magnesium-guide-cli conditions migraine"),
                                   NULL);
  if (!mg_cli_parse (context, &argc, &argv, error))
    return MG_CLI_EXIT_BAD_INPUT;
  if (!mg_cli_open_kb (cli, error))
    return MG_CLI_EXIT_INTERNAL;

  conditions = mg_kb_list_conditions (cli->kb, error);
  if (conditions == NULL)
    return MG_CLI_EXIT_INTERNAL;

  if (argc > 1)
    {
      query = g_strjoinv (" ", argv + 1);
      folded = mg_fold (query);
    }

  for (int pass = 0; pass < 2 && chosen->len == 0; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (conditions); i++)
      {
        g_autoptr(MgCondition) condition = g_list_model_get_item (conditions, i);

        if (folded == NULL || matches (condition, folded, pass == 0))
          g_ptr_array_add (chosen, g_steal_pointer (&condition));
      }

  if (chosen->len == 0)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Unknown condition “%s”; run “conditions” without a name to list them"), query);
      return MG_CLI_EXIT_BAD_INPUT;
    }

  json_builder_set_member_name (cli->builder, "conditions");
  json_builder_begin_array (cli->builder);
  for (guint i = 0; i < chosen->len; i++)
    add_condition (cli, g_ptr_array_index (chosen, i));
  json_builder_end_array (cli->builder);

  return MG_CLI_EXIT_OK;
}
