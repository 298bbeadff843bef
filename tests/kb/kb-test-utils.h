/* kb-test-utils.h — a knowledge base built from an SQL fixture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-kb.h"

G_BEGIN_DECLS

/* Runs tests/kb/fixtures/<name> (plus @extra_sql, may be NULL) into a new
 * temporary file and returns its path; the caller deletes it. */
char *kb_test_build_fixture  (const char *name,
                              const char *extra_sql);
/* The mini fixture opened, language "en" */
MgKb *kb_test_open_mini      (void);
void  kb_test_remove         (const char *path);
/* The mini fixture plus @n_medicines generated medicines (3 names each),
 * for benchmarks; returns its path, the caller deletes it. */
char *kb_test_generate       (guint       n_medicines);

G_END_DECLS
