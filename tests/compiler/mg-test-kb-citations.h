/* mg-test-kb-citations.h — "every fact has a source", checked on a
 * compiled kb.sqlite; reusable by any test that has a database open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

char *mg_test_kb_find_uncited (sqlite3 *db);

G_END_DECLS
