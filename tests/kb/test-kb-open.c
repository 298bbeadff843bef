/* test-kb-open.c — opening, refusing bad files, language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "kb-test-utils.h"

static void
assert_open_fails (const char *path,
                   int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgKb) kb = mg_kb_new_for_path (path, &error);

  g_assert_null (kb);
  g_assert_error (error, MG_KB_ERROR, code);
  g_test_message ("%s", error->message);
}

static void
assert_bytes_fail (const char *data,
                   gsize       length,
                   int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (data, length);
  g_autoptr(MgKb) kb = mg_kb_new_for_bytes (bytes, &error);

  g_assert_null (kb);
  g_assert_error (error, MG_KB_ERROR, code);
}

static void
test_open_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = kb_test_copy_mini (NULL);
  g_autoptr(MgKb) kb = mg_kb_new_for_path (path, &error);
  g_autofree char *version = NULL;
  const char * const *languages;

  g_assert_no_error (error);
  g_assert_nonnull (kb);

  languages = mg_kb_get_languages (kb);
  g_assert_cmpuint (g_strv_length ((char **) languages), ==, 2);
  g_assert_cmpstr (languages[0], ==, "en");
  g_assert_cmpstr (languages[1], ==, "nl");

  version = mg_kb_dup_meta (kb, "schema_version", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (version, ==, G_STRINGIFY (MG_KB_SCHEMA_VERSION));
  g_assert_null (mg_kb_dup_meta (kb, "no-such-key", &error));
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND);

  kb_test_remove (path);
}

static void
test_open_missing (void)
{
  assert_open_fails ("/nonexistent/kb.sqlite", MG_KB_ERROR_OPEN);
}

static void
test_open_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("mg-kb-empty-XXXXXX", &path, &error);

  g_assert_no_error (error);
  close (fd);

  assert_open_fails (path, MG_KB_ERROR_CORRUPT);
  assert_bytes_fail ("", 0, MG_KB_ERROR_CORRUPT);
  kb_test_remove (path);
}

static void
test_open_not_sqlite (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *text = "<?xml version=\"1.0\"?>\n<knowledge-base version=\"1\"/>\n";
  g_autofree char *long_text = g_strnfill (8192, 'x');
  int fd = g_file_open_tmp ("mg-kb-text-XXXXXX", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);

  assert_open_fails (path, MG_KB_ERROR_CORRUPT);
  assert_bytes_fail (text, strlen (text), MG_KB_ERROR_CORRUPT);
  assert_bytes_fail (long_text, 8192, MG_KB_ERROR_CORRUPT);
  kb_test_remove (path);
}

static void
test_open_truncated (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = kb_test_copy_mini (NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 8192);

  /* Cut at a page boundary, the hardest case for SQLite to notice, and
   * mid-page and mid-header. */
  assert_bytes_fail (contents, 4096, MG_KB_ERROR_CORRUPT);
  assert_bytes_fail (contents, length / 2 + 17, MG_KB_ERROR_CORRUPT);
  assert_bytes_fail (contents, 50, MG_KB_ERROR_CORRUPT);

  g_file_set_contents (path, contents, length - 4096, &error);
  g_assert_no_error (error);
  assert_open_fails (path, MG_KB_ERROR_CORRUPT);

  kb_test_remove (path);
}

static void
test_open_damaged (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = kb_test_copy_mini (NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  /* Scribble over every page after the schema page: b-tree pages no longer
   * parse, which quick_check reports. */
  for (gsize i = 4096; i < length; i += 4096)
    memset (contents + i, 0x5a, 64);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  assert_open_fails (path, MG_KB_ERROR_CORRUPT);
  kb_test_remove (path);
}

static void
test_open_foreign (void)
{
  g_autofree char *path = kb_test_build_fixture ("foreign.sql");

  assert_open_fails (path, MG_KB_ERROR_SCHEMA);
  kb_test_remove (path);
}

static void
test_open_wrong_version (void)
{
  g_autofree char *old = kb_test_copy_mini ("UPDATE meta SET value = '1' WHERE key = 'schema_version';");
  g_autofree char *none = kb_test_copy_mini ("DELETE FROM meta WHERE key = 'schema_version';");
  g_autofree char *no_table = kb_test_copy_mini ("DROP TABLE interaction_medicine;");
  g_autofree char *no_column = kb_test_copy_mini ("ALTER TABLE food DROP COLUMN portion_g;");
  g_autofree char *no_search = kb_test_copy_mini ("DROP TABLE search_nl;");

  assert_open_fails (old, MG_KB_ERROR_SCHEMA);
  assert_open_fails (none, MG_KB_ERROR_SCHEMA);
  assert_open_fails (no_table, MG_KB_ERROR_SCHEMA);
  assert_open_fails (no_column, MG_KB_ERROR_SCHEMA);
  assert_open_fails (no_search, MG_KB_ERROR_SCHEMA);

  kb_test_remove (old);
  kb_test_remove (none);
  kb_test_remove (no_table);
  kb_test_remove (no_column);
  kb_test_remove (no_search);
}

static void
test_open_default (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgKb) kb = NULL;

  /* This test program does not link the knowledge-base resource
   * (tests/kb/meson.build), so the built-in one is missing. */
  g_assert_false (g_resources_get_info (MG_KB_RESOURCE_PATH, 0, NULL, NULL, NULL));

  kb = mg_kb_new_default (&error);
  g_assert_null (kb);
  g_assert_error (error, MG_KB_ERROR, MG_KB_ERROR_OPEN);
}

static void
test_language (void)
{
  g_autoptr(MgKb) kb = kb_test_open_mini ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MgCompound) citrate = NULL;
  g_autoptr(MgInteraction) ppi = NULL;

  mg_kb_set_language (kb, "nl");
  g_assert_cmpstr (mg_kb_get_language (kb), ==, "nl");
  citrate = mg_kb_lookup_compound (kb, "citrate", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mg_compound_get_name (citrate), ==, "Magnesiumcitraat");
  /* no Dutch solubility text: English */
  g_assert_cmpstr (mg_compound_get_solubility (citrate), ==, "Soluble in water.");
  g_clear_object (&citrate);

  /* no Dutch mechanism for the PPI interaction: English */
  ppi = mg_kb_lookup_interaction (kb, "ppi", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mg_interaction_get_class_name (ppi), ==, "Protonpompremmers");
  g_assert_cmpstr (mg_interaction_get_mechanism (ppi), ==, "Long-term use can lower body magnesium.");

  mg_kb_set_language (kb, "nl_BE.UTF-8@euro");
  g_assert_cmpstr (mg_kb_get_language (kb), ==, "nl");
  mg_kb_set_language (kb, "fr");
  g_assert_cmpstr (mg_kb_get_language (kb), ==, "en");
  mg_kb_set_language (kb, "en_GB");
  g_assert_cmpstr (mg_kb_get_language (kb), ==, "en");

  citrate = mg_kb_lookup_compound (kb, "citrate", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mg_compound_get_name (citrate), ==, "Magnesium citrate");
}

static void
test_language_from_environment (void)
{
  g_autoptr(MgKb) kb = kb_test_open_mini ();

  g_setenv ("LANGUAGE", "de:nl", TRUE);
  mg_kb_set_language (kb, NULL);
  g_assert_cmpstr (mg_kb_get_language (kb), ==, "nl");

  g_setenv ("LANGUAGE", "fr", TRUE);
  mg_kb_set_language (kb, NULL);
  g_assert_cmpstr (mg_kb_get_language (kb), ==, "en");

  g_setenv ("LANGUAGE", "", TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kb/open/path", test_open_path);
  g_test_add_func ("/kb/open/missing", test_open_missing);
  g_test_add_func ("/kb/open/empty", test_open_empty);
  g_test_add_func ("/kb/open/not-sqlite", test_open_not_sqlite);
  g_test_add_func ("/kb/open/truncated", test_open_truncated);
  g_test_add_func ("/kb/open/damaged", test_open_damaged);
  g_test_add_func ("/kb/open/foreign", test_open_foreign);
  g_test_add_func ("/kb/open/wrong-schema", test_open_wrong_version);
  g_test_add_func ("/kb/open/default-without-resource", test_open_default);
  g_test_add_func ("/kb/language/choice-and-fallback", test_language);
  g_test_add_func ("/kb/language/environment", test_language_from_environment);

  return g_test_run ();
}
