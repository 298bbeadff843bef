/* mg-cli.c — dispatch, options, languages and exit statuses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every failure ends in one line on stderr and a status a script can test:
 * 2 when the input was wrong (the line says how to write it), 1 when we
 * are at fault (a knowledge base that does not open).
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "mg-cli-private.h"
#include "mg-dose-engine.h"
#include "mg-i18n.h"
#include "mg-number.h"
#include "mg-quote.h"

G_DEFINE_QUARK (mg-cli-error-quark, mg_cli_error)

typedef struct
{
  const char       *name;
  MgCliCommandFunc  func;
  const char       *summary;
} Command;

static const Command commands[] = {
  { "compounds", mg_cli_compounds, N_("List the magnesium compounds and how much magnesium each contains") },
  { "elemental", mg_cli_elemental, N_("Elemental magnesium in an amount of a compound") },
  { "intake", mg_cli_intake, N_("Recommended daily intake and upper limit for a person") },
  { "check", mg_cli_check, N_("Check a person’s supplements against the limits, with warnings") },
  { "interactions", mg_cli_interactions, N_("Interactions of medicines with magnesium") },
  { "conditions", mg_cli_conditions, N_("Conditions magnesium is used for: ratings, routes and the doses studied") },
  { "search", mg_cli_search, N_("Search the knowledge base") },
  { "convert", mg_cli_convert, N_("Convert a serum magnesium value between mg/dL, mmol/L and mEq/L") },
};

/* Before gettext is set up: --lang must act on --help's own text. */
static gboolean
find_language (int          argc,
               char       **argv,
               const char **out_lang)
{
  *out_lang = NULL;

  for (int i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--") == 0)
        break;
      if (strcmp (argv[i], "--lang") == 0)
        {
          if (i + 1 >= argc)
            return FALSE;
          *out_lang = argv[++i];
        }
      else if (g_str_has_prefix (argv[i], "--lang="))
        *out_lang = argv[i] + strlen ("--lang=");
    }

  return TRUE;
}

/* The interface language gettext will use, as the knowledge base knows it. */
static const char *
current_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "nl"))
        return "nl";
      if (g_str_has_prefix (names[i], "en") || strcmp (names[i], "C") == 0)
        return "en";
    }

  return "en";
}

static void
print_usage (void)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, _("Usage: %s [--lang en|nl] [--json] [--kb FILE] COMMAND [ARGUMENTS…]"), "magnesium-guide-cli");
  g_string_append (text, "\n\n");
  g_string_append (text, _("Magnesium Guide on the command line: compounds, intakes, limits and interactions."));
  g_string_append (text, "\n\n");
  g_string_append (text, _("Commands:"));
  g_string_append_c (text, '\n');
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-14s %s\n", commands[i].name, _(commands[i].summary));
  g_string_append_c (text, '\n');
  g_string_append (text, _("Options:"));
  g_string_append_c (text, '\n');
  g_string_append_printf (text, "  %-14s %s\n", "--lang en|nl", _("Language of the output (default: from the locale)"));
  g_string_append_printf (text, "  %-14s %s\n", "--json", _("Print JSON for scripts"));
  g_string_append_printf (text, "  %-14s %s\n", "--kb FILE", _("Use another compiled knowledge base instead of the built-in one"));
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Run “%s COMMAND --help” for a command’s options."), "magnesium-guide-cli");
  g_string_append_c (text, '\n');
  g_string_append (text, _("This is not medical advice; ask a doctor or pharmacist."));
  g_string_append_c (text, '\n');

  g_print ("%s", text->str);
}

static int
exit_status_for (const GError *error)
{
  if (error->domain == MG_CLI_ERROR)
    return error->code == MG_CLI_ERROR_BAD_INPUT ? MG_CLI_EXIT_BAD_INPUT : MG_CLI_EXIT_INTERNAL;
  if (error->domain == MG_NUMBER_ERROR || error->domain == MG_PROFILE_ERROR ||
      error->domain == G_OPTION_ERROR)
    return MG_CLI_EXIT_BAD_INPUT;
  if (error->domain == MG_DOSE_ENGINE_ERROR)
    return error->code == MG_DOSE_ENGINE_ERROR_KB ? MG_CLI_EXIT_INTERNAL : MG_CLI_EXIT_BAD_INPUT;
  if (error->domain == MG_KB_ERROR)
    return (error->code == MG_KB_ERROR_NOT_FOUND || error->code == MG_KB_ERROR_INVALID_ARGUMENT)
           ? MG_CLI_EXIT_BAD_INPUT : MG_CLI_EXIT_INTERNAL;

  return MG_CLI_EXIT_INTERNAL;
}

static void
print_error (const char   *command,
             const GError *error)
{
  /* One line of valid UTF-8, always: scripts read it with `head -1` or
   * not at all, and a message may carry an argument's raw bytes. */
  g_autofree char *line = mg_quote_line (error->message);

  if (command != NULL)
    g_printerr ("magnesium-guide-cli %s: %s\n", command, line);
  else
    g_printerr ("magnesium-guide-cli: %s\n", line);
}

static void
print_json (MgCli *cli)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_end_object (cli->builder);
  root = json_builder_get_root (cli->builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static int
run (MgCli   *cli,
     int      argc,
     char   **argv,
     GError **error)
{
  const Command *command = NULL;
  g_autofree char *prgname = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  int i;

  for (i = 1; i < argc; i++)
    {
      if (strcmp (argv[i], "--json") == 0)
        cli->json = TRUE;
      else if (strcmp (argv[i], "--lang") == 0)
        i++;
      else if (g_str_has_prefix (argv[i], "--lang="))
        continue;
      else if (strcmp (argv[i], "--kb") == 0)
        {
          if (i + 1 >= argc)
            {
              g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                           _("--kb takes the path of a compiled knowledge base, such as --kb kb.sqlite"));
              return MG_CLI_EXIT_BAD_INPUT;
            }
          g_free (cli->kb_path);
          cli->kb_path = g_strdup (argv[++i]);
        }
      else if (g_str_has_prefix (argv[i], "--kb="))
        {
          g_free (cli->kb_path);
          cli->kb_path = g_strdup (argv[i] + strlen ("--kb="));
        }
      else if (strcmp (argv[i], "--help") == 0 || strcmp (argv[i], "-h") == 0)
        {
          print_usage ();
          return MG_CLI_EXIT_OK;
        }
      else if (strcmp (argv[i], "--version") == 0)
        {
          g_print ("magnesium-guide-cli %s\n", PACKAGE_VERSION);
          return MG_CLI_EXIT_OK;
        }
      else if (argv[i][0] == '-')
        {
          g_autofree char *shown = mg_quote_input (argv[i]);

          g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                       _("Unknown option “%s”; run “magnesium-guide-cli --help” to see the options"), shown);
          return MG_CLI_EXIT_BAD_INPUT;
        }
      else
        break;
    }

  if (i >= argc)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("No command given; use compounds, elemental, intake, check, interactions, search or convert (see --help)"));
      return MG_CLI_EXIT_BAD_INPUT;
    }

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    if (strcmp (argv[i], commands[c].name) == 0)
      command = &commands[c];

  if (command == NULL)
    {
      g_autofree char *shown = mg_quote_input (argv[i]);

      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Unknown command “%s”; use compounds, elemental, intake, check, interactions, search or convert (see --help)"),
                   shown);
      return MG_CLI_EXIT_BAD_INPUT;
    }

  cli->command = command->name;
  /* --help then reads "Usage: magnesium-guide-cli elemental [OPTION…] …". */
  prgname = g_strdup_printf ("magnesium-guide-cli %s", command->name);
  g_set_prgname (prgname);
  g_ptr_array_add (args, (char *) "magnesium-guide-cli");
  for (int j = i + 1; j < argc; j++)
    g_ptr_array_add (args, argv[j]);
  g_ptr_array_add (args, NULL);

  return command->func (cli, args->len - 1, (char **) args->pdata, error);
}

int
mg_cli_main (int    argc,
             char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgKb) kb = NULL;
  MgCli cli = { 0, };
  const char *lang = NULL;
  int status;

  if (!find_language (argc, argv, &lang) ||
      (lang != NULL && strcmp (lang, "en") != 0 && strcmp (lang, "nl") != 0))
    {
      mg_i18n_init ();
      g_set_error (&error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("--lang takes en or nl, such as --lang nl"));
      print_error (NULL, error);
      return MG_CLI_EXIT_BAD_INPUT;
    }

  if (lang != NULL)
    g_setenv ("LANGUAGE", lang, TRUE);

  mg_i18n_init ();

  /* In the C locale gettext ignores LANGUAGE; --lang must work anyway. */
  if (lang != NULL)
    {
      const char *messages = setlocale (LC_MESSAGES, NULL);

      if (messages == NULL || strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0)
        setlocale (LC_MESSAGES, "C.UTF-8");
    }

  cli.language = lang != NULL ? lang : current_language ();
  cli.out = g_string_new (NULL);
  cli.builder = json_builder_new ();
  json_builder_begin_object (cli.builder);

  status = run (&cli, argc, argv, &error);
  kb = cli.kb;

  /* Output first, then the error line: `interactions` prints what it
   * recognised even when a name was unknown. */
  if (error == NULL || cli.partial)
    {
      if (cli.json && cli.command != NULL)
        print_json (&cli);
      else
        g_print ("%s", cli.out->str);
    }

  if (error != NULL)
    {
      print_error (cli.command, error);
      status = exit_status_for (error);
    }

  g_free (cli.lang_option);
  g_free (cli.kb_path);
  g_free (cli.kb_option);
  g_string_free (cli.out, TRUE);
  g_object_unref (cli.builder);

  return status;
}
