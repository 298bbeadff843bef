/* main.c — mg-kb-compile: knowledge-base XML to kb.sqlite at build time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <stdlib.h>

#include "mg-kbc.h"

/* --quiet: errors only. The test fixtures leave texts untranslated on
 * purpose, to test the reader's English fallback. */
static void
print_errors_only (const char *message,
                   gboolean    is_error,
                   gpointer    user_data)
{
  if (is_error)
    g_printerr ("%s\n", message);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(MgKbc) compiler = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *languages = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) inputs = NULL;
  g_auto(GStrv) language_list = NULL;
  gboolean require_translations = FALSE;
  gboolean quiet = FALSE;
  const GOptionEntry entries[] = {
    { "schema", 0, 0, G_OPTION_ARG_FILENAME, &schema, "RelaxNG schema to validate against", "FILE.rng" },
    { "languages", 0, 0, G_OPTION_ARG_STRING, &languages, "Translations to include, space-separated", "\"nl …\"" },
    { "require-translations", 0, 0, G_OPTION_ARG_NONE, &require_translations,
      "Fail, rather than warn, when a text has no translation", NULL },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print errors only, no warnings", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Where to write the database", "OUT.sqlite" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, "IN.xml" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("IN.xml — compile the Magnesium Guide knowledge base");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 2;
    }

  if (inputs == NULL || inputs[0] == NULL || inputs[1] != NULL || output == NULL)
    {
      g_printerr ("usage: %s --schema FILE.rng --languages \"nl\" [--require-translations] [--quiet] -o OUT.sqlite IN.xml\n",
                  g_get_prgname ());
      return 2;
    }

  language_list = g_strsplit_set (languages != NULL ? languages : "", " ,\t\n", -1);

  compiler = mg_kbc_new ();
  mg_kbc_set_schema (compiler, schema);
  mg_kbc_set_languages (compiler, (const char * const *) language_list);
  mg_kbc_set_require_translations (compiler, require_translations);
  if (quiet)
    mg_kbc_set_message_func (compiler, print_errors_only, NULL);

  if (!mg_kbc_run (compiler, inputs[0], output, &error))
    {
      /* Problems in the input were printed one per line already. */
      if (mg_kbc_get_n_errors (compiler) == 0)
        g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}
