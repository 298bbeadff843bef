/* test-cli-hostile.c — magnesium-guide-cli against arguments nobody should
 * type: status 2, one line on stderr, no crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three sources of arguments:
 *  - corpus/cli-args/: one file per command line, the arguments separated
 *    by NUL bytes (a final NUL is optional, so "\0" alone is one empty
 *    argument and an empty file is no argument at all);
 *  - generated here: a huge argument, 10,000 --take and --medicine options;
 *  - NUL-free random bytes after each command, from a fixed seed so that
 *    a failure is the same on the next run.
 * In the sanitizer build the CLI runs under ASan and UBSan, which abort on
 * any error: that shows as a signal, not an exit status, and fails here.
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

/* One argument longer than any name or number, within Linux's limit of
 * 128 KiB per argument. */
#define HUGE_ARGUMENT 100000

typedef struct
{
  char      *name;
  GPtrArray *args;   /* char *, owned */
} Case;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->name);
  g_ptr_array_unref (c->args);
  g_free (c);
}

static Case *
case_new (const char *name)
{
  Case *c = g_new0 (Case, 1);

  c->name = g_strdup (name);
  c->args = g_ptr_array_new_with_free_func (g_free);
  return c;
}

static Case *
case_new_from_strv (const char         *name,
                    const char * const *args)
{
  Case *c = case_new (name);

  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (c->args, g_strdup (args[i]));
  return c;
}

static void
check_cli (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  const char *err_text;
  gsize err_len;

  g_ptr_array_add (argv, (char *) g_getenv ("MG_TEST_CLI"));
  for (guint i = 0; i < c->args->len; i++)
    g_ptr_array_add (argv, g_ptr_array_index (c->args, i));
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  err_text = g_bytes_get_data (err, &err_len);
  if (!g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 2)
    g_test_message ("stderr: %.*s", (int) MIN (err_len, 4000), err_text);

  /* A signal is a crash, or a sanitizer stopping the program. */
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 2);

  /* Exactly one line, of valid UTF-8, that names the program. */
  g_assert_cmpuint (err_len, >, 1);
  g_assert_true (g_utf8_validate (err_text, err_len, NULL));
  g_assert_cmpint (err_text[err_len - 1], ==, '\n');
  g_assert_null (memchr (err_text, '\n', err_len - 1));
  g_assert_true (g_str_has_prefix (err_text, "magnesium-guide-cli"));

  /* Whatever was printed before the error is valid UTF-8 too: scripts
   * parse --json output even when a name was unknown. */
  g_assert_true (g_utf8_validate (g_bytes_get_data (out, NULL), g_bytes_get_size (out), NULL));
}

static void
add_case (Case *c)
{
  g_autofree char *path = g_strdup_printf ("/cli-hostile/%s", c->name);

  g_test_add_data_func_full (path, c, check_cli, case_free);
}

static guint
add_corpus (const char *dir_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_autofree char *contents = NULL;
      Case *c = case_new (g_ptr_array_index (names, i));
      gsize length;
      gsize start = 0;

      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      if (length > 0 && contents[length - 1] == '\0')
        length--;
      for (gsize j = 0; length > 0 && j <= length; j++)
        if (j == length || contents[j] == '\0')
          {
            g_ptr_array_add (c->args, g_strndup (contents + start, j - start));
            start = j + 1;
          }
      add_case (c);
    }

  return names->len;
}

static void
add_generated (void)
{
  g_autofree char *huge = g_strnfill (HUGE_ARGUMENT, '7');
  Case *c;

  add_case (case_new_from_strv ("huge-command", (const char *[]) { huge, NULL }));
  add_case (case_new_from_strv ("huge-age", (const char *[]) { "intake", "--age", huge, "--sex", "female", NULL }));
  add_case (case_new_from_strv ("huge-amount", (const char *[]) { "elemental", "oxide", huge, NULL }));
  add_case (case_new_from_strv ("huge-medicine", (const char *[]) { "interactions", huge, NULL }));
  add_case (case_new_from_strv ("huge-compound", (const char *[]) { "elemental", huge, "500mg", NULL }));

  c = case_new_from_strv ("ten-thousand-takes", (const char *[]) { "check", "--age", "40", "--sex", "female", NULL });
  for (guint i = 0; i < 10000; i++)
    {
      g_ptr_array_add (c->args, g_strdup ("--take"));
      g_ptr_array_add (c->args, g_strdup ("oxide:500mg:1:1"));
    }
  add_case (c);

  c = case_new_from_strv ("ten-thousand-medicines", (const char *[]) { "check", "--age", "40", "--sex", "female",
                                                                       "--take", "oxide:500mg", NULL });
  for (guint i = 0; i < 10000; i++)
    {
      g_ptr_array_add (c->args, g_strdup ("--medicine"));
      g_ptr_array_add (c->args, g_strdup ("ciprofloxacin"));
    }
  add_case (c);
}

/* Random bytes (1–255, no NUL) where each command expects a name or a
 * number: none of them can be a valid one. */
static void
add_random (void)
{
  static const char * const prefixes[][6] = {
    { "elemental", NULL },
    { "elemental", "oxide", NULL },
    { "intake", "--sex", "female", "--age", NULL },
    { "check", "--age", "40", "--sex", "female", "--take" },
    { "convert", NULL },
    { "--lang", NULL },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261201);

  for (guint p = 0; p < G_N_ELEMENTS (prefixes); p++)
    for (guint round = 0; round < 2; round++)
      {
        g_autofree char *name = g_strdup_printf ("random-%s-%u-%u", prefixes[p][0], p, round);
        Case *c = case_new (name);
        guint length = g_rand_int_range (rand, 1, 65);
        char *bytes = g_malloc (length + 1);

        for (guint i = 0; i < G_N_ELEMENTS (prefixes[p]) && prefixes[p][i] != NULL; i++)
          g_ptr_array_add (c->args, g_strdup (prefixes[p][i]));
        /* Round 0: any bytes, mostly not UTF-8; round 1: valid UTF-8 from
         * anywhere in Unicode, which reaches past the encoding check. */
        for (guint i = 0; i < length; i++)
          bytes[i] = (char) g_rand_int_range (rand, 1, 256);
        bytes[length] = '\0';
        if (round == 1)
          {
            GString *text = g_string_new (NULL);

            for (guint i = 0; i < length; i++)
              {
                gunichar u = g_rand_int_range (rand, 1, 0x30000);

                if (g_unichar_validate (u))
                  g_string_append_unichar (text, u);
              }
            g_free (bytes);
            bytes = g_string_free (text, FALSE);
          }
        /* A leading digit could make a valid number; a letter cannot. */
        bytes[0] = 'Z';
        g_ptr_array_add (c->args, bytes);
        add_case (c);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (g_getenv ("MG_TEST_CLI"));
  g_assert_cmpuint (add_corpus (MG_CLI_ARGS_CORPUS), >, 0);
  add_generated ();
  add_random ();

  return g_test_run ();
}
