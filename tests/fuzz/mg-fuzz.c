/* mg-fuzz.c — set-up and checks shared by the fuzz targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mg-fuzz.h"

/* GLib's own fatal path ends in a breakpoint (SIGTRAP), which libFuzzer
 * does not catch: the run would stop without saving the input. abort()
 * is a crash libFuzzer saves. */
static GLogWriterOutput
abort_on_warning (GLogLevelFlags   log_level,
                  const GLogField *fields,
                  gsize            n_fields,
                  gpointer         user_data)
{
  GLogWriterOutput written;

  /* Notes such as "damaged plans file moved aside" are the expected answer
   * to hostile input; printed for every run they bury libFuzzer's report.
   * G_MESSAGES_DEBUG brings them back. */
  if ((log_level & (G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG)) &&
      g_getenv ("G_MESSAGES_DEBUG") == NULL)
    return G_LOG_WRITER_HANDLED;

  written = g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return written;
}

/**
 * mg_fuzz_init:
 *
 * A warning or critical is a bug the fuzzer must report, not a line in a
 * log nobody reads: make them abort, in libFuzzer and in the replay alike.
 */
void
mg_fuzz_init (void)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_log_set_writer_func (abort_on_warning, NULL, NULL);
}

/**
 * mg_fuzz_string:
 * @data: the fuzzer's bytes
 * @size: their number
 *
 * The parsers take C strings, as every caller (GtkEditable, argv, libxml2
 * attribute values) hands them one: the text ends at the first NUL.
 *
 * Returns: (transfer full): a NUL-terminated copy of @data
 */
char *
mg_fuzz_string (const uint8_t *data,
                size_t         size)
{
  char *text = g_malloc (size + 1);

  if (size > 0)
    memcpy (text, data, size);
  text[size] = '\0';
  return text;
}

void
mg_fuzz_fail (const char *file,
              int         line,
              const char *expression,
              const char *subject)
{
  g_autofree char *escaped = g_strescape (subject != NULL ? subject : "(null)", NULL);

  fprintf (stderr, "%s:%d: property failed: %s\n  input: \"%.2000s\"\n", file, line, expression, escaped);
  fflush (stderr);
  abort ();
}

/**
 * mg_fuzz_check_message:
 * @message: an error message meant for a person
 * @subject: the input, for the report
 *
 * What every error message the app shows must be: some text, valid UTF-8
 * (it goes into a GtkLabel and onto a terminal) and one line (the CLI
 * promises one line on stderr; a label must not grow by a pasted newline).
 */
void
mg_fuzz_check_message (const char *message,
                       const char *subject)
{
  MG_FUZZ_CHECK (message != NULL, subject);
  MG_FUZZ_CHECK (*message != '\0', subject);
  MG_FUZZ_CHECK (g_utf8_validate (message, -1, NULL), subject);
  for (const char *p = message; *p != '\0'; p++)
    MG_FUZZ_CHECK ((guchar) *p >= 0x20 && *p != 0x7f, subject);
}
