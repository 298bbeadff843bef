/* test-kb-citations.c — the shipped kb.sqlite has a source for every fact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "mg-test-kb-citations.h"

static void
test_shipped (void)
{
  const char *path = g_getenv ("MG_KB_DATABASE");
  g_autofree char *problems = NULL;
  sqlite3 *db = NULL;

  g_assert_nonnull (path);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);

  problems = mg_test_kb_find_uncited (db);
  g_assert_cmpstr (problems, ==, NULL);

  sqlite3_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kb/shipped/every-fact-cited", test_shipped);

  return g_test_run ();
}
