/* kb-test-utils.h — the compiled mini knowledge base and SQL fixtures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-kb.h"

G_BEGIN_DECLS

/* The image mg-kb-compile made of tests/kb/fixtures/mini-kb.xml. */
GBytes *kb_test_mini_bytes    (void);
/* A temporary copy of it with @extra_sql (may be NULL) run on it; the
 * caller deletes it with kb_test_remove(). */
char   *kb_test_copy_mini     (const char *extra_sql);
/* Runs tests/kb/fixtures/<name> (SQL; for databases that are not ours) into
 * a new temporary file and returns its path; the caller deletes it. */
char   *kb_test_build_fixture (const char *name);
/* The mini knowledge base opened, language "en" */
MgKb   *kb_test_open_mini     (void);
void    kb_test_remove        (const char *path);
/* The mini fixture plus @n_medicines generated medicines (3 names each),
 * for benchmarks; returns its path, the caller deletes it. */
char   *kb_test_generate      (guint       n_medicines);

G_END_DECLS
