/* mg-fuzz.h — what every fuzz target shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A target defines LLVMFuzzerInitialize() and LLVMFuzzerTestOneInput().
 * Under clang (-Dfuzzing=true) libFuzzer supplies main() and mutates the
 * input; in every other build mg-fuzz-replay.c supplies main() and feeds
 * the corpus files in one by one, so each reproducer stays a test.
 *
 * A target checks properties with MG_FUZZ_CHECK, never g_assert: the
 * check must hold in every build, and its message names the input.
 */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

G_BEGIN_DECLS

int   LLVMFuzzerInitialize   (int            *argc,
                              char         ***argv);
int   LLVMFuzzerTestOneInput (const uint8_t  *data,
                              size_t          size);

void  mg_fuzz_init           (void);
char *mg_fuzz_string         (const uint8_t  *data,
                              size_t          size);
void  mg_fuzz_fail           (const char     *file,
                              int             line,
                              const char     *expression,
                              const char     *subject) G_GNUC_NORETURN;
void  mg_fuzz_check_message  (const char     *message,
                              const char     *subject);

/* @subject is the input (or what was derived from it) as text, shown on
 * failure so that the report alone says what broke. */
#define MG_FUZZ_CHECK(expr, subject) \
  G_STMT_START { \
    if (G_LIKELY (expr)) ; \
    else mg_fuzz_fail (__FILE__, __LINE__, #expr, (subject)); \
  } G_STMT_END

G_END_DECLS
