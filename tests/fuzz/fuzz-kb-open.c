/* fuzz-kb-open.c — MgKb on any bytes, then every query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `--kb FILE` opens a database the app did not build, and knowledge-base
 * packs will come from elsewhere. The seeds are the shipped kb.sqlite and
 * the compiler fixture's database; libFuzzer damages them byte by byte.
 *
 * What must hold: opening gives a knowledge base or an MG_KB_ERROR with a
 * one-line message, never both; a file the quick check passes (the --kb
 * path) also opens from memory; on whatever opened, every query answers
 * as mg-fuzz-kb.c requires (a result or an error, valid UTF-8, numbers in
 * range). Odd-sized inputs are read in Dutch, even-sized in English.
 */
#include <glib/gstdio.h>
#include <stdlib.h>

#include "mg-fuzz.h"
#include "mg-fuzz-kb.h"

static char *work_dir;
static char *db_path;

static void
remove_work_dir (void)
{
  g_unlink (db_path);
  g_rmdir (work_dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  g_autofree char *template = g_build_filename (base, "mg-fuzz-kb-XXXXXX", NULL);

  mg_fuzz_init ();

  work_dir = g_mkdtemp (g_steal_pointer (&template));
  g_assert (work_dir != NULL);
  db_path = g_build_filename (work_dir, "kb.sqlite", NULL);
  atexit (remove_work_dir);
  return 0;
}

static void
check_open_error (const GError *error,
                  const char   *subject)
{
  MG_FUZZ_CHECK (error != NULL && error->domain == MG_KB_ERROR, subject);
  MG_FUZZ_CHECK (error->code != MG_KB_ERROR_NOT_FOUND && error->code != MG_KB_ERROR_INVALID_ARGUMENT, subject);
  mg_fuzz_check_message (error->message, subject);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) path_error = NULL;
  g_autoptr(MgKb) kb = NULL;
  g_autoptr(MgKb) kb_from_path = NULL;
  g_autofree char *subject = g_strdup_printf ("%zu bytes of database", size);

  kb = mg_kb_new_for_bytes (bytes, &error);
  MG_FUZZ_CHECK ((kb == NULL) != (error == NULL), subject);

  if (!g_file_set_contents (db_path, (const char *) data, size, &path_error))
    g_error ("cannot write %s: %s", db_path, path_error->message);
  kb_from_path = mg_kb_new_for_path (db_path, &path_error);
  MG_FUZZ_CHECK ((kb_from_path == NULL) != (path_error == NULL), subject);
  if (kb_from_path == NULL)
    check_open_error (path_error, subject);
  /* The file is checked more deeply, never less. */
  MG_FUZZ_CHECK (kb_from_path == NULL || kb != NULL, subject);

  if (kb == NULL)
    {
      check_open_error (error, subject);
      return 0;
    }

  mg_kb_set_language (kb, size % 2 == 1 ? "nl" : "en");
  mg_fuzz_kb_check_all (kb, MG_FUZZ_KB_UNTRUSTED, subject);

  return 0;
}
