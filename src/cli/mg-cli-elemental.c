/* mg-cli-elemental.c — elemental magnesium in an amount of a salt, and the
 * plain names of salts with the forms they stand for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Magnesium sulfate" is the heptahydrate of the pharmacopoeia and of every
 * infusion, not the anhydrous salt with twice the magnesium: the answer
 * always names the form it used, and a name that can mean several forms
 * (citrate) gets one line per form instead of a guess.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-cli-private.h"
#include "mg-dose-engine.h"
#include "mg-number.h"

/* "magnesium oxide 500mg", "oxide 500 mg": the amount is at the end, the
 * compound's name (which may have spaces) before it. */
static gboolean
split_compound_and_amount (int       argc,
                           char    **argv,
                           char    **out_compound,
                           char    **out_amount,
                           GError  **error)
{
  g_autoptr(GString) compound = g_string_new (NULL);
  g_autoptr(GString) amount = g_string_new (NULL);
  int amount_start;

  if (argc < 3)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Give a compound and an amount, such as: elemental oxide 500mg"));
      return FALSE;
    }

  amount_start = argc - 1;
  if (argc >= 4 && mg_amount_unit_from_string (argv[argc - 1], NULL))
    amount_start = argc - 2;

  for (int i = 1; i < amount_start; i++)
    {
      if (compound->len > 0)
        g_string_append_c (compound, ' ');
      g_string_append (compound, argv[i]);
    }
  for (int i = amount_start; i < argc; i++)
    g_string_append (amount, argv[i]);

  *out_compound = g_string_free (g_steal_pointer (&compound), FALSE);
  *out_amount = g_string_free (g_steal_pointer (&amount), FALSE);
  return TRUE;
}

/* NULL and no error when @name is not a salt's plain name. */
static MgGenericName *
lookup_generic (MgCli       *cli,
                const char  *name,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  MgGenericName *generic = mg_kb_lookup_generic_name (cli->kb, name, &local_error);

  if (generic == NULL && !g_error_matches (local_error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));

  return generic;
}

/**
 * mg_cli_json_generic_name:
 * @name: what the person typed for the compound
 *
 * Adds @member: the plain name's id when @name is one, else null.
 *
 * Returns: %FALSE with @error when the knowledge base failed
 */
gboolean
mg_cli_json_generic_name (MgCli       *cli,
                          const char  *member,
                          const char  *name,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MgGenericName) generic = lookup_generic (cli, name, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  mg_cli_json_string_or_null (cli->builder, member, generic != NULL ? mg_generic_name_get_id (generic) : NULL);
  return TRUE;
}

static void
json_amounts (JsonBuilder *builder,
              double       amount_mg,
              double       elemental_mg)
{
  json_builder_set_member_name (builder, "amount_mg");
  json_builder_add_double_value (builder, amount_mg);
  json_builder_set_member_name (builder, "elemental_mg");
  json_builder_add_double_value (builder, elemental_mg);
  json_builder_set_member_name (builder, "elemental_mmol");
  json_builder_add_double_value (builder, mg_units_mg_to_mmol (elemental_mg));
  json_builder_set_member_name (builder, "elemental_meq");
  json_builder_add_double_value (builder, mg_units_mmol_to_meq (mg_units_mg_to_mmol (elemental_mg)));
}

/* An ambiguous name: every form with what the amount gives as that form. */
static int
elemental_per_form (MgCli         *cli,
                    MgGenericName *generic,
                    double         amount,
                    MgAmountUnit   unit)
{
  GListModel *forms = mg_generic_name_get_forms (generic);
  g_autofree char *amount_s = mg_cli_format (amount, 3);

  json_builder_set_member_name (cli->builder, "compound");
  json_builder_add_null_value (cli->builder);
  json_builder_set_member_name (cli->builder, "generic_name");
  json_builder_add_string_value (cli->builder, mg_generic_name_get_id (generic));
  json_builder_set_member_name (cli->builder, "ambiguous");
  json_builder_add_boolean_value (cli->builder, TRUE);
  json_builder_set_member_name (cli->builder, "amount");
  json_builder_add_double_value (cli->builder, amount);
  json_builder_set_member_name (cli->builder, "unit");
  json_builder_add_string_value (cli->builder, mg_amount_unit_to_string (unit));

  /* Translators: a salt's plain name, then an amount and its unit. */
  g_string_append_printf (cli->out, _("“%s” can mean several forms with different amounts of magnesium. %s %s gives:"),
                          mg_generic_name_get_name (generic), amount_s, mg_amount_unit_to_string (unit));
  g_string_append_c (cli->out, '\n');

  json_builder_set_member_name (cli->builder, "forms");
  json_builder_begin_array (cli->builder);
  for (guint i = 0; i < g_list_model_get_n_items (forms); i++)
    {
      g_autoptr(MgCompound) form = g_list_model_get_item (forms, i);
      double fraction = mg_compound_get_elemental_fraction (form);
      double elemental_mg = mg_units_elemental_mg (amount, unit, fraction);
      double amount_mg = mg_amount_unit_is_mass (unit) ? mg_units_compound_mg (amount, unit) : elemental_mg / fraction;
      g_autofree char *percent_s = mg_cli_format (fraction * 100.0, 1);
      g_autofree char *elemental_s = mg_cli_format (elemental_mg, 1);
      g_autofree char *mmol_s = mg_cli_format (mg_units_mg_to_mmol (elemental_mg), 2);

      json_builder_begin_object (cli->builder);
      json_builder_set_member_name (cli->builder, "id");
      json_builder_add_string_value (cli->builder, mg_compound_get_id (form));
      json_builder_set_member_name (cli->builder, "name");
      json_builder_add_string_value (cli->builder, mg_compound_get_name (form));
      json_builder_set_member_name (cli->builder, "formula");
      json_builder_add_string_value (cli->builder, mg_compound_get_formula (form));
      json_builder_set_member_name (cli->builder, "elemental_fraction");
      json_builder_add_double_value (cli->builder, fraction);
      json_amounts (cli->builder, amount_mg, elemental_mg);
      json_builder_end_object (cli->builder);

      /* Translators: a form, its formula, % magnesium, mg and mmol magnesium, its id. */
      g_string_append_printf (cli->out, _("  %s (%s, %s %% magnesium): %s mg elemental magnesium = %s mmol  [%s]"),
                              mg_compound_get_name (form), mg_compound_get_formula (form), percent_s,
                              elemental_s, mmol_s, mg_compound_get_id (form));
      g_string_append_c (cli->out, '\n');
    }
  json_builder_end_array (cli->builder);

  g_string_append (cli->out, _("Check the formula on the label and give the form by its id."));
  g_string_append_c (cli->out, '\n');
  mg_cli_human_sources (cli->out, mg_generic_name_get_sources (generic));

  return MG_CLI_EXIT_OK;
}

int
mg_cli_elemental (MgCli   *cli,
                  int      argc,
                  char   **argv,
                  GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(MgCompound) compound = NULL;
  g_autoptr(MgGenericName) generic = NULL;
  g_autoptr(GError) kb_error = NULL;
  g_autofree char *compound_text = NULL;
  g_autofree char *amount_text = NULL;
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  g_autofree char *amount_s = NULL, *elemental_s = NULL, *mmol_s = NULL, *meq_s = NULL, *percent_s = NULL;
  MgAmountUnit unit;
  double amount, fraction, elemental_mg, amount_mg;

  context = mg_cli_option_context (cli, _("COMPOUND AMOUNT"),
                                   _("How much elemental magnesium an amount of a compound gives."),
                                   _("AMOUNT is a number with a unit: mg, g, mmol or mEq (mmol and mEq count magnesium "
                                     "itself). COMPOUND is an id, or any name or synonym in English or Dutch; use "
                                     "“elemental” when the label states elemental magnesium. A salt's plain name stands "
                                     "for the form of the European Pharmacopoeia and the products on the market "
                                     "(magnesium sulfate: the heptahydrate); where the name can mean several forms "
                                     "(magnesium citrate), every form is listed.\n\n"
                                     "Examples:\n  magnesium-guide-cli elemental oxide 500mg\n"
                                     "  magnesium-guide-cli elemental magnesiumsulfaat 4g"),
                                   NULL);
  if (!mg_cli_parse (context, &argc, &argv, error) ||
      !split_compound_and_amount (argc, argv, &compound_text, &amount_text, error))
    return MG_CLI_EXIT_BAD_INPUT;

  if (!mg_amount_parse (amount_text, MG_NUMBER_RULES (MG_NUMBER_FLAGS_NONE, MG_NUMBER_MAX_AMOUNT_MG),
                        &amount, &unit, error))
    return MG_CLI_EXIT_BAD_INPUT;

  if (!mg_cli_open_kb (cli, error))
    return MG_CLI_EXIT_INTERNAL;

  if (!mg_dose_engine_is_elemental_name (compound_text))
    {
      generic = lookup_generic (cli, compound_text, &kb_error);
      if (kb_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&kb_error));
          return MG_CLI_EXIT_INTERNAL;
        }
      if (generic != NULL && mg_generic_name_is_ambiguous (generic))
        return elemental_per_form (cli, generic, amount, unit);
    }

  if (!mg_dose_engine_resolve_compound (cli->kb, compound_text, &id, &title, &fraction, &kb_error))
    {
      int status = kb_error->code == MG_DOSE_ENGINE_ERROR_KB ? MG_CLI_EXIT_INTERNAL : MG_CLI_EXIT_BAD_INPUT;

      g_propagate_error (error, g_steal_pointer (&kb_error));
      return status;
    }

  if (!mg_dose_engine_is_elemental_name (compound_text))
    {
      compound = mg_kb_lookup_compound (cli->kb, id, error);
      if (compound == NULL)
        return MG_CLI_EXIT_INTERNAL;
    }

  elemental_mg = mg_units_elemental_mg (amount, unit, fraction);
  /* mmol and mEq count magnesium; the compound's mass follows from them. */
  amount_mg = mg_amount_unit_is_mass (unit) ? mg_units_compound_mg (amount, unit) : elemental_mg / fraction;

  json_builder_set_member_name (cli->builder, "compound");
  json_builder_add_string_value (cli->builder, id);
  json_builder_set_member_name (cli->builder, "compound_name");
  json_builder_add_string_value (cli->builder, title);
  mg_cli_json_string_or_null (cli->builder, "generic_name", generic != NULL ? mg_generic_name_get_id (generic) : NULL);
  json_builder_set_member_name (cli->builder, "ambiguous");
  json_builder_add_boolean_value (cli->builder, FALSE);
  mg_cli_json_string_or_null (cli->builder, "formula", compound != NULL ? mg_compound_get_formula (compound) : NULL);
  json_builder_set_member_name (cli->builder, "elemental_fraction");
  json_builder_add_double_value (cli->builder, fraction);
  json_builder_set_member_name (cli->builder, "amount");
  json_builder_add_double_value (cli->builder, amount);
  json_builder_set_member_name (cli->builder, "unit");
  json_builder_add_string_value (cli->builder, mg_amount_unit_to_string (unit));
  json_amounts (cli->builder, amount_mg, elemental_mg);

  amount_s = mg_cli_format (amount, 3);
  elemental_s = mg_cli_format (elemental_mg, 1);
  mmol_s = mg_cli_format (mg_units_mg_to_mmol (elemental_mg), 2);
  meq_s = mg_cli_format (mg_units_mmol_to_meq (mg_units_mg_to_mmol (elemental_mg)), 2);
  percent_s = mg_cli_format (fraction * 100.0, 1);

  /* Translators: "500 mg magnesium oxide (MgO, 60.3 % magnesium)". */
  g_string_append_printf (cli->out, _("%s %s %s (%s, %s %% magnesium)"), amount_s,
                          mg_amount_unit_to_string (unit), title,
                          compound != NULL ? mg_compound_get_formula (compound) : "Mg", percent_s);
  g_string_append_c (cli->out, '\n');
  g_string_append_printf (cli->out, _("= %s mg elemental magnesium = %s mmol = %s mEq"), elemental_s, mmol_s, meq_s);
  g_string_append_c (cli->out, '\n');

  if (generic != NULL)
    {
      /* Translators: a salt's plain name, then the form it was taken to mean and its id. */
      g_string_append_printf (cli->out, _("“%s” is taken to mean %s (%s), the form of the European Pharmacopoeia and of the products on the market."),
                              mg_generic_name_get_name (generic), title, id);
      g_string_append_c (cli->out, '\n');
      mg_cli_human_sources (cli->out, mg_generic_name_get_sources (generic));
    }

  return MG_CLI_EXIT_OK;
}

/* For the compounds command: each plain name and the form it stands for. */
gboolean
mg_cli_generic_names (MgCli   *cli,
                      GError **error)
{
  g_autoptr(GListModel) generics = mg_kb_list_generic_names (cli->kb, error);

  if (generics == NULL)
    return FALSE;

  g_string_append_printf (cli->out, "\n%s\n", _("Plain names and the form they stand for:"));
  json_builder_set_member_name (cli->builder, "generic_names");
  json_builder_begin_array (cli->builder);
  for (guint i = 0; i < g_list_model_get_n_items (generics); i++)
    {
      g_autoptr(MgGenericName) generic = g_list_model_get_item (generics, i);
      GListModel *forms = mg_generic_name_get_forms (generic);
      g_autoptr(GString) ids = g_string_new (NULL);

      json_builder_begin_object (cli->builder);
      json_builder_set_member_name (cli->builder, "id");
      json_builder_add_string_value (cli->builder, mg_generic_name_get_id (generic));
      json_builder_set_member_name (cli->builder, "name");
      json_builder_add_string_value (cli->builder, mg_generic_name_get_name (generic));
      mg_cli_json_string_or_null (cli->builder, "resolves_to", mg_generic_name_get_resolves_to (generic));
      json_builder_set_member_name (cli->builder, "forms");
      json_builder_begin_array (cli->builder);
      for (guint j = 0; j < g_list_model_get_n_items (forms); j++)
        {
          g_autoptr(MgCompound) form = g_list_model_get_item (forms, j);

          json_builder_add_string_value (cli->builder, mg_compound_get_id (form));
          if (ids->len > 0)
            g_string_append (ids, ", ");
          g_string_append (ids, mg_compound_get_id (form));
        }
      json_builder_end_array (cli->builder);
      json_builder_end_object (cli->builder);

      if (mg_generic_name_is_ambiguous (generic))
        /* Translators: a salt's plain name, then the ids of its forms. */
        g_string_append_printf (cli->out, _("  %s: ambiguous, give one of %s"), mg_generic_name_get_name (generic), ids->str);
      else
        g_string_append_printf (cli->out, "  %s: %s", mg_generic_name_get_name (generic),
                                mg_generic_name_get_resolves_to (generic));
      g_string_append_c (cli->out, '\n');
    }
  json_builder_end_array (cli->builder);

  return TRUE;
}
