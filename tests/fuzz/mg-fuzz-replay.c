/* mg-fuzz-replay.c — main() for a fuzz target outside libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The normal build links each target with this file and runs it as a
 * test: every file of the corpus folders named on the command line is one
 * test case, fed to LLVMFuzzerTestOneInput() exactly as libFuzzer would
 * (a buffer of its exact size, so AddressSanitizer sees any read past the
 * end). A reproducer added to the corpus is thereby a regression test.
 */
#include <glib/gstdio.h>
#include <string.h>

#include "mg-fuzz.h"

static void
replay_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree guint8 *exact = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  exact = g_malloc (MAX (length, 1));
  memcpy (exact, contents, length);
  g_assert_cmpint (LLVMFuzzerTestOneInput (exact, length), ==, 0);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Adds a test /@prefix/NAME per file of @path (a folder), or for @path. */
static guint
add_inputs (const char *prefix,
            const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *test_path = g_strdup_printf ("/%s/%s", prefix, base);

      g_test_add_data_func_full (test_path, g_strdup (path), replay_file, g_free);
      return 1;
    }

  dir = g_dir_open (path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/%s/%s", prefix, file);

      g_test_add_data_func_full (test_path, g_build_filename (path, file, NULL), replay_file, g_free);
    }

  return names->len;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *target = g_path_get_basename (argv[0]);
  guint n_inputs = 0;

  g_test_init (&argc, &argv, NULL);
  /* After g_test_init, which sets its own locale and fatal mask. */
  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    n_inputs += add_inputs (target, argv[i]);

  /* An empty or misnamed corpus would make this test pass without
   * replaying anything. */
  if (n_inputs == 0)
    {
      g_printerr ("%s: no corpus inputs given\n", target);
      return 1;
    }

  return g_test_run ();
}
