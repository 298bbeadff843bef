/* mg-cli-util.c — option parsing, the person's options, JSON helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mg-cli-private.h"
#include "mg-dose-engine.h"
#include "mg-number.h"
#include "mg-quote.h"

/**
 * mg_cli_option_context:
 * @parameters: (nullable): translated, e.g. "COMPOUND AMOUNT"
 * @entries: the command's own options, descriptions marked with N_()
 *
 * Every command also takes --json, --lang and --kb, so they may come after
 * the command name too.
 */
GOptionContext *
mg_cli_option_context (MgCli              *cli,
                       const char         *parameters,
                       const char         *summary,
                       const char         *description,
                       const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (parameters);
  const GOptionEntry common[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &cli->json, N_("Print JSON for scripts"), NULL },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &cli->lang_option, N_("Language of the output: en or nl"), N_("LANG") },
    { "kb", 0, 0, G_OPTION_ARG_FILENAME, &cli->kb_option, N_("Use another compiled knowledge base instead of the built-in one"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (description != NULL)
    g_option_context_set_description (context, description);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, common, GETTEXT_PACKAGE);
  /* A negative number ("-5") is an argument with a clear error of its own,
   * not an unknown option; real unknown options are caught below. */
  g_option_context_set_ignore_unknown_options (context, TRUE);

  return context;
}

static void
set_not_utf8_error (const char  *arg,
                    GError     **error)
{
  g_autofree char *shown = mg_quote_input (arg);

  g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
               _("“%s” is not valid UTF-8; write names, numbers and units as UTF-8 text"), shown);
}

gboolean
mg_cli_parse (GOptionContext   *context,
              int              *argc,
              char           ***argv,
              GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  /* GOption drops what it parsed from *argv; keep the arguments to name
   * the one it could not convert. */
  g_autofree char **given = g_memdup2 (*argv, sizeof (char *) * (*argc + 1));
  int n_given = *argc;

  if (!g_option_context_parse (context, argc, argv, &local_error))
    {
      /* A string option's value that is not UTF-8: GOption's own message
       * ("Invalid byte sequence in conversion input") names neither the
       * argument nor the fix. */
      if (local_error->domain == G_CONVERT_ERROR)
        for (int i = 1; i < n_given; i++)
          if (!g_utf8_validate (given[i], -1, NULL))
            {
              set_not_utf8_error (given[i], error);
              return FALSE;
            }

      g_set_error_literal (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT, local_error->message);
      return FALSE;
    }

  for (int i = 1; i < *argc; i++)
    {
      const char *arg = (*argv)[i];

      /* Names, numbers and units are text; only file names (--kb) may be
       * other bytes, and GOption has taken those already. */
      if (!g_utf8_validate (arg, -1, NULL))
        {
          set_not_utf8_error (arg, error);
          return FALSE;
        }

      if (arg[0] == '-' && arg[1] != '\0' && !g_ascii_isdigit (arg[1]) && arg[1] != '.' && arg[1] != ',')
        {
          g_autofree char *shown = mg_quote_input (arg);

          g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                       _("Unknown option “%s”; run “%s --help” to see the options"),
                       shown, g_get_prgname ());
          return FALSE;
        }
    }

  return TRUE;
}

/* The built-in knowledge base, or the file --kb names. A file that is
 * damaged, truncated, foreign or of another version is refused here with
 * the reader's message, which names the file. */
gboolean
mg_cli_open_kb (MgCli   *cli,
                GError **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *path = cli->kb_option != NULL ? cli->kb_option : cli->kb_path;

  if (path != NULL)
    cli->kb = mg_kb_new_for_path (path, &local_error);
  else
    cli->kb = mg_kb_new_default (&local_error);
  if (cli->kb == NULL)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_INTERNAL, "%s", local_error->message);
      return FALSE;
    }

  mg_kb_set_language (cli->kb, cli->language);
  return TRUE;
}

void
mg_cli_profile_options_clear (MgCliProfileOptions *options)
{
  g_clear_pointer (&options->age, g_free);
  g_clear_pointer (&options->age_months, g_free);
  g_clear_pointer (&options->sex, g_free);
  g_clear_pointer (&options->reference, g_free);
  g_clear_pointer (&options->limits, g_free);
}

static gboolean
parse_option_number (const char     *option,
                     const char     *text,
                     MgNumberRules   rules,
                     double         *out,
                     GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!mg_number_parse (text, rules, out, &local_error))
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   "%s: %s", option, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_sex (const char  *text,
           MgSex       *out,
           GError     **error)
{
  if (text == NULL)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Give the sex with --sex female or --sex male"));
      return FALSE;
    }

  /* The Dutch words too: the tool speaks Dutch. */
  if (g_ascii_strcasecmp (text, "female") == 0 || g_ascii_strcasecmp (text, "vrouw") == 0 ||
      g_ascii_strcasecmp (text, "f") == 0 || g_ascii_strcasecmp (text, "v") == 0)
    *out = MG_SEX_FEMALE;
  else if (g_ascii_strcasecmp (text, "male") == 0 || g_ascii_strcasecmp (text, "man") == 0 ||
           g_ascii_strcasecmp (text, "m") == 0)
    *out = MG_SEX_MALE;
  else
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Unknown sex “%s”; use --sex female or --sex male"), text);
      return FALSE;
    }

  return TRUE;
}

/**
 * mg_cli_profile_from_options:
 *
 * Returns: (transfer full): a profile whose sets are not checked yet (see
 *   mg_dose_engine_check_sets()), or %NULL with @error
 */
MgProfile *
mg_cli_profile_from_options (MgCliProfileOptions  *options,
                             GError              **error)
{
  g_autoptr(MgProfile) profile = mg_profile_new ();
  double value = 0;
  MgSex sex = MG_SEX_FEMALE;

  if (options->age != NULL && options->age_months != NULL)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Give the age once: --age YEARS or --age-months N, not both"));
      return NULL;
    }
  if (options->age == NULL && options->age_months == NULL)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Give the age with --age YEARS, or with --age-months N for babies"));
      return NULL;
    }

  if (options->age != NULL)
    {
      if (!parse_option_number ("--age", options->age,
                                MG_NUMBER_RULES (MG_NUMBER_FLAGS_WHOLE | MG_NUMBER_FLAGS_ALLOW_ZERO,
                                                 MG_PROFILE_MAX_AGE_MONTHS / 12),
                                &value, error))
        return NULL;
      mg_profile_set_age (profile, (guint) value, 0);
    }
  else
    {
      if (!parse_option_number ("--age-months", options->age_months,
                                MG_NUMBER_RULES (MG_NUMBER_FLAGS_WHOLE | MG_NUMBER_FLAGS_ALLOW_ZERO,
                                                 MG_PROFILE_MAX_AGE_MONTHS),
                                &value, error))
        return NULL;
      mg_profile_set_age_months (profile, (guint) value);
    }

  if (!parse_sex (options->sex, &sex, error))
    return NULL;

  mg_profile_set_sex (profile, sex);
  mg_profile_set_pregnant (profile, options->pregnant);
  mg_profile_set_lactating (profile, options->lactating);
  mg_profile_set_renal_impairment (profile, options->renal_impairment);
  mg_profile_set_reference_set (profile, options->reference);
  mg_profile_set_limit_set (profile, options->limits);

  return g_steal_pointer (&profile);
}

void
mg_cli_json_sources (JsonBuilder *builder,
                     GListModel  *sources)
{
  guint n = sources != NULL ? g_list_model_get_n_items (sources) : 0;

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgSource) source = g_list_model_get_item (sources, i);
      g_autofree char *citation = mg_source_format_citation (source);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, mg_source_get_id (source));
      json_builder_set_member_name (builder, "citation");
      json_builder_add_string_value (builder, citation);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Negative means "none" throughout the engine; JSON says null. */
void
mg_cli_json_double_or_null (JsonBuilder *builder,
                            const char  *member,
                            double       value)
{
  json_builder_set_member_name (builder, member);
  if (value < 0.0)
    json_builder_add_null_value (builder);
  else
    json_builder_add_double_value (builder, value);
}

void
mg_cli_json_string_or_null (JsonBuilder *builder,
                            const char  *member,
                            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

void
mg_cli_human_sources (GString    *out,
                      GListModel *sources)
{
  guint n = sources != NULL ? g_list_model_get_n_items (sources) : 0;

  if (n == 0)
    return;

  g_string_append_printf (out, "%s\n", _("Sources:"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgSource) source = g_list_model_get_item (sources, i);
      g_autofree char *citation = mg_source_format_citation (source);

      g_string_append_printf (out, "  [%s] %s\n", mg_source_get_id (source), citation);
    }
}

char *
mg_cli_format (double value,
               int    decimals)
{
  return mg_number_format (value, decimals);
}

/* Pads to @width characters (not bytes) and ends the cell with a space. */
void
mg_cli_append_cell (GString    *out,
                    const char *text,
                    glong       width,
                    gboolean    align_right)
{
  glong padding = MAX (0, width - g_utf8_strlen (text, -1));

  if (align_right)
    g_string_append_printf (out, "%*s%s ", (int) padding, "", text);
  else
    g_string_append_printf (out, "%s%*s ", text, (int) padding, "");
}
