/* fuzz-kb-compile.c — the knowledge-base compiler on any XML bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * mg-kb-compile reads a file the build merged from reviewed sources, and
 * later knowledge-base packs from elsewhere. Whatever the bytes, exactly
 * one of two things must come out: a database (no error reported, the
 * output written, and the reader opens it and answers every query), or
 * errors, each "FILE:LINE:COLUMN: error: MESSAGE" on one line of valid
 * UTF-8 with a line inside the input, and no output file at all.
 *
 * The compiler reads and writes files, so each input goes through a
 * private folder in /dev/shm (memory) when it exists.
 */
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "mg-fuzz.h"
#include "mg-fuzz-kb.h"
#include "mg-kbc.h"

static char *work_dir;
static char *input_path;
static char *output_path;

typedef struct
{
  const char *input;     /* for failure reports */
  guint       n_lines;
  guint       n_errors;
} Report;

static void
remove_work_dir (void)
{
  g_unlink (input_path);
  g_unlink (output_path);
  g_rmdir (work_dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  g_autofree char *template = g_build_filename (base, "mg-fuzz-kbc-XXXXXX", NULL);

  mg_fuzz_init ();

  work_dir = g_mkdtemp (g_steal_pointer (&template));
  g_assert (work_dir != NULL);
  input_path = g_build_filename (work_dir, "input.xml", NULL);
  output_path = g_build_filename (work_dir, "kb.sqlite", NULL);
  atexit (remove_work_dir);
  return 0;
}

/* "FILE:LINE:COLUMN: error: MESSAGE" */
static void
check_message (const char *message,
               gboolean    is_error,
               gpointer    user_data)
{
  Report *report = user_data;
  g_autofree char *prefix = g_strconcat (input_path, ":", NULL);
  const char *p;
  char *end = NULL;
  guint64 line, column;

  mg_fuzz_check_message (message, report->input);
  MG_FUZZ_CHECK (g_str_has_prefix (message, prefix), report->input);
  p = message + strlen (prefix);

  line = g_ascii_strtoull (p, &end, 10);
  MG_FUZZ_CHECK (end != p && *end == ':', report->input);
  p = end + 1;
  column = g_ascii_strtoull (p, &end, 10);
  MG_FUZZ_CHECK (end != p && *end == ':', report->input);
  p = end;

  MG_FUZZ_CHECK (line >= 1 && line <= report->n_lines, report->input);
  MG_FUZZ_CHECK (column >= 1, report->input);
  MG_FUZZ_CHECK (g_str_has_prefix (p, is_error ? ": error: " : ": warning: "), report->input);
  MG_FUZZ_CHECK (strlen (p) > strlen (": error: "), report->input);

  if (is_error)
    report->n_errors++;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(MgKbc) compiler = mg_kbc_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = g_strndup ((const char *) data, MIN (size, 2000));
  const char * const languages[] = { "nl", NULL };
  Report report = { shown, 1, 0 };
  gboolean ok;

  for (size_t i = 0; i < size; i++)
    if (data[i] == '\n')
      report.n_lines++;

  g_unlink (output_path);
  if (!g_file_set_contents (input_path, (const char *) data, size, &error))
    g_error ("cannot write %s: %s", input_path, error->message);

  mg_kbc_set_schema (compiler, MG_KB_SCHEMA_PATH);
  mg_kbc_set_languages (compiler, languages);
  mg_kbc_set_message_func (compiler, check_message, &report);

  ok = mg_kbc_run (compiler, input_path, output_path, &error);

  MG_FUZZ_CHECK (report.n_errors == mg_kbc_get_n_errors (compiler), shown);

  if (ok)
    {
      MG_FUZZ_CHECK (error == NULL, shown);
      MG_FUZZ_CHECK (report.n_errors == 0, shown);
      MG_FUZZ_CHECK (g_file_test (output_path, G_FILE_TEST_IS_REGULAR), shown);
      /* What the compiler accepts, the reader must read (in Dutch for
       * odd-sized inputs, English for even: one language keeps it fast). */
      mg_fuzz_kb_check_path (output_path, size % 2 == 1 ? "nl" : "en", shown);
    }
  else
    {
      MG_FUZZ_CHECK (error != NULL, shown);
      mg_fuzz_check_message (error->message, shown);
      MG_FUZZ_CHECK (report.n_errors > 0, shown);
      MG_FUZZ_CHECK (!g_file_test (output_path, G_FILE_TEST_EXISTS), shown);
    }

  /* Nothing else: no temporary file or journal left behind. */
  {
    g_autoptr(GDir) dir = g_dir_open (work_dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      MG_FUZZ_CHECK (strcmp (name, "input.xml") == 0 || (ok && strcmp (name, "kb.sqlite") == 0), shown);
  }

  return 0;
}
