/* test-kb-source-names.c — short names and links of sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kb-test-utils.h"

static MgKb *kb;

static void
assert_short_name (const char *id,
                   const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgSource) source = mg_kb_lookup_source (kb, id, &error);
  g_autofree char *name = NULL;

  g_assert_no_error (error);
  name = mg_source_dup_short_name (source);
  g_assert_cmpstr (name, ==, expected);
}

static void
assert_link (const char *id,
             const char *expected)
{
  g_autoptr(MgSource) source = mg_kb_lookup_source (kb, id, NULL);
  g_autofree char *link = mg_source_dup_link (source);

  g_assert_cmpstr (link, ==, expected);
}

static void
test_short_names (void)
{
  assert_short_name ("efsa-2015", "EFSA 2015");             /* the body's acronym */
  assert_short_name ("sr28", "USDA 2016");
  assert_short_name ("iom-1997", "Institute of Medicine 1997");
  assert_short_name ("aafp-2009", "Guerrera et al. 2009");   /* first author */
  assert_short_name ("ddc", "Drugs.com");                   /* no author: the publisher */
}

static void
test_links (void)
{
  assert_link ("ddc", "https://www.drugs.com");
  assert_link ("aafp-2009", "https://pubmed.ncbi.nlm.nih.gov/19621856/");
  assert_link ("iom-1997", NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  kb = kb_test_open_mini ();

  g_test_add_func ("/kb/sources/short-names", test_short_names);
  g_test_add_func ("/kb/sources/links", test_links);

  status = g_test_run ();
  g_clear_object (&kb);

  return status;
}
