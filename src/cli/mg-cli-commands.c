/* mg-cli-commands.c — compounds, convert and search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-cli-private.h"
#include "mg-dose-engine.h"
#include "mg-kb-labels.h"
#include "mg-number.h"

static gboolean
no_arguments (int      argc,
              GError **error)
{
  if (argc > 1)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("This command takes no arguments; run “%s --help”"), g_get_prgname ());
      return FALSE;
    }

  return TRUE;
}

int
mg_cli_compounds (MgCli   *cli,
                  int      argc,
                  char   **argv,
                  GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GListModel) compounds = NULL;
  glong name_width, formula_width;
  guint n;

  context = mg_cli_option_context (cli, NULL, _("List the magnesium compounds and how much magnesium each contains."),
                                   NULL, NULL);
  if (!mg_cli_parse (context, &argc, &argv, error) || !no_arguments (argc, error) ||
      !mg_cli_open_kb (cli, error))
    return MG_CLI_EXIT_BAD_INPUT;

  compounds = mg_kb_list_compounds (cli->kb, error);
  if (compounds == NULL)
    return MG_CLI_EXIT_INTERNAL;
  n = g_list_model_get_n_items (compounds);

  json_builder_set_member_name (cli->builder, "compounds");
  json_builder_begin_array (cli->builder);

  /* Columns are as wide as their longest entry, counted in characters
   * (formulas hold "·", two bytes in UTF-8). */
  name_width = g_utf8_strlen (_("Compound"), -1);
  formula_width = g_utf8_strlen (_("Formula"), -1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgCompound) compound = g_list_model_get_item (compounds, i);

      name_width = MAX (name_width, g_utf8_strlen (mg_compound_get_name (compound), -1));
      formula_width = MAX (formula_width, g_utf8_strlen (mg_compound_get_formula (compound), -1));
    }
  mg_cli_append_cell (cli->out, _("Compound"), name_width, FALSE);
  mg_cli_append_cell (cli->out, _("Formula"), formula_width, FALSE);
  mg_cli_append_cell (cli->out, _("% Mg"), 6, TRUE);
  g_string_append_printf (cli->out, "  %s\n", _("Id"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgCompound) compound = g_list_model_get_item (compounds, i);
      double fraction = mg_compound_get_elemental_fraction (compound);
      g_autofree char *percent = mg_number_format_fixed (fraction * 100.0, 1);

      json_builder_begin_object (cli->builder);
      json_builder_set_member_name (cli->builder, "id");
      json_builder_add_string_value (cli->builder, mg_compound_get_id (compound));
      json_builder_set_member_name (cli->builder, "name");
      json_builder_add_string_value (cli->builder, mg_compound_get_name (compound));
      json_builder_set_member_name (cli->builder, "formula");
      json_builder_add_string_value (cli->builder, mg_compound_get_formula (compound));
      json_builder_set_member_name (cli->builder, "molar_mass");
      json_builder_add_double_value (cli->builder, mg_compound_get_molar_mass (compound));
      json_builder_set_member_name (cli->builder, "elemental_fraction");
      json_builder_add_double_value (cli->builder, fraction);
      json_builder_end_object (cli->builder);

      mg_cli_append_cell (cli->out, mg_compound_get_name (compound), name_width, FALSE);
      mg_cli_append_cell (cli->out, mg_compound_get_formula (compound), formula_width, FALSE);
      mg_cli_append_cell (cli->out, percent, 6, TRUE);
      g_string_append_printf (cli->out, "  %s\n", mg_compound_get_id (compound));
    }

  json_builder_end_array (cli->builder);

  /* The plain names, and the form each stands for (or that it is ambiguous). */
  if (!mg_cli_generic_names (cli, error))
    return MG_CLI_EXIT_INTERNAL;

  return MG_CLI_EXIT_OK;
}

int
mg_cli_convert (MgCli   *cli,
                int      argc,
                char   **argv,
                GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *from_s = NULL, *to_s = NULL;
  MgSerumUnit from, to;
  double value, result;

  context = mg_cli_option_context (cli, _("VALUE FROM_UNIT TO_UNIT"),
                                   _("Convert a serum magnesium value between mg/dL, mmol/L and mEq/L."),
                                   _("1 mmol/L = 2.431 mg/dL = 2 mEq/L (magnesium: 24.305 g/mol, charge 2+).\n\n"
                                     "Example:\n  magnesium-guide-cli convert 0,75 mmol/L mg/dL"),
                                   NULL);
  if (!mg_cli_parse (context, &argc, &argv, error))
    return MG_CLI_EXIT_BAD_INPUT;

  if (argc != 4)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Give a value and two units, such as: convert 0,75 mmol/L mg/dL"));
      return MG_CLI_EXIT_BAD_INPUT;
    }

  if (!mg_number_parse (argv[1], MG_NUMBER_RULES (MG_NUMBER_FLAGS_NONE, MG_NUMBER_MAX_SERUM), &value, error))
    return MG_CLI_EXIT_BAD_INPUT;

  for (int i = 2; i <= 3; i++)
    {
      if (!mg_serum_unit_from_string (argv[i], i == 2 ? &from : &to))
        {
          g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                       _("Unknown serum unit “%s”; use mg/dL, mmol/L or mEq/L"), argv[i]);
          return MG_CLI_EXIT_BAD_INPUT;
        }
    }

  result = mg_units_convert_serum (value, from, to);

  json_builder_set_member_name (cli->builder, "value");
  json_builder_add_double_value (cli->builder, result);
  json_builder_set_member_name (cli->builder, "unit");
  json_builder_add_string_value (cli->builder, mg_serum_unit_to_string (to));
  json_builder_set_member_name (cli->builder, "from_value");
  json_builder_add_double_value (cli->builder, value);
  json_builder_set_member_name (cli->builder, "from_unit");
  json_builder_add_string_value (cli->builder, mg_serum_unit_to_string (from));

  from_s = mg_cli_format (value, 4);
  to_s = mg_cli_format (result, 3);
  g_string_append_printf (cli->out, "%s %s = %s %s\n",
                          from_s, mg_serum_unit_to_string (from), to_s, mg_serum_unit_to_string (to));

  return MG_CLI_EXIT_OK;
}

int
mg_cli_search (MgCli   *cli,
               int      argc,
               char   **argv,
               GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GListModel) results = NULL;
  g_autofree char *text = NULL;
  guint n;

  context = mg_cli_option_context (cli, _("TEXT"), _("Search the knowledge base: compounds, medicines, "
                                                     "interactions, conditions, foods and facts."),
                                   NULL, NULL);
  if (!mg_cli_parse (context, &argc, &argv, error))
    return MG_CLI_EXIT_BAD_INPUT;

  text = argc > 1 ? g_strstrip (g_strjoinv (" ", argv + 1)) : g_strdup ("");
  if (*text == '\0')
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Give something to search for, such as: search citrate"));
      return MG_CLI_EXIT_BAD_INPUT;
    }

  if (!mg_cli_open_kb (cli, error))
    return MG_CLI_EXIT_INTERNAL;

  results = mg_kb_search (cli->kb, text, 25, error);
  if (results == NULL)
    return MG_CLI_EXIT_INTERNAL;
  n = g_list_model_get_n_items (results);

  json_builder_set_member_name (cli->builder, "query");
  json_builder_add_string_value (cli->builder, text);
  json_builder_set_member_name (cli->builder, "results");
  json_builder_begin_array (cli->builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgSearchResult) result = g_list_model_get_item (results, i);

      json_builder_begin_object (cli->builder);
      json_builder_set_member_name (cli->builder, "kind");
      json_builder_add_string_value (cli->builder, mg_search_result_get_kind (result));
      json_builder_set_member_name (cli->builder, "id");
      json_builder_add_string_value (cli->builder, mg_search_result_get_id (result));
      json_builder_set_member_name (cli->builder, "title");
      json_builder_add_string_value (cli->builder, mg_search_result_get_title (result));
      mg_cli_json_string_or_null (cli->builder, "snippet", mg_search_result_get_snippet (result));
      json_builder_end_object (cli->builder);

      g_string_append_printf (cli->out, "%-14s %s  (%s)\n",
                              mg_kb_label_record_kind (mg_search_result_get_kind (result)),
                              mg_search_result_get_title (result),
                              mg_search_result_get_id (result));
    }
  json_builder_end_array (cli->builder);

  if (n == 0)
    g_string_append_printf (cli->out, _("Nothing found for “%s”."), text);
  if (n == 0)
    g_string_append_c (cli->out, '\n');

  return MG_CLI_EXIT_OK;
}
