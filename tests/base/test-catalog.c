/* test-catalog.c — translations in a language chosen per call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs with LANGUAGE empty and LANG=C.UTF-8: the interface is English, and
 * every Dutch text here comes from pushing "nl".
 */
#include "config.h"

#include <string.h>

#include "mg-catalog.h"
#include "mg-dose-rules.h"
#include "mg-gettext.h"
#include "mg-i18n.h"
#include "mg-kb-labels.h"
#include "mg-number.h"
#include "mg-plural.h"

static void
test_plural_expressions (void)
{
  /* Polish, from the gettext manual: three forms. */
  const char *polish = "(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);";
  const struct { const char *expression; gulong n; gulong expected; } cases[] = {
    { "(n != 1);", 0, 1 }, { "(n != 1);", 1, 0 }, { "(n != 1);", 2, 1 },
    { "n>1", 1, 0 }, { "n>1", 0, 0 }, { "n>1", 2, 1 },
    { "0", 7, 0 },
    { polish, 1, 0 }, { polish, 3, 1 }, { polish, 5, 2 }, { polish, 13, 2 }, { polish, 22, 1 },
    { "!(n <= 1) ? 1 : 0", 2, 1 }, { "!(n <= 1) ? 1 : 0", 1, 0 },
  };
  const char *broken[] = { "", "n !=", "(n != 1", "n ? 1", "n / 0", "n % (n - n)", "m", "n != 1 junk" };
  gulong index;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (mg_plural_evaluate (cases[i].expression, cases[i].n, &index));
      g_assert_cmpuint (index, ==, cases[i].expected);
    }

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    g_assert_false (mg_plural_evaluate (broken[i], 1, &index));
}

static void
test_plural_header (void)
{
  g_autofree char *expression = NULL;
  guint nplurals = 0;

  g_assert_true (mg_plural_parse_header ("Language: nl\nPlural-Forms: nplurals=2; plural=(n != 1);\n",
                                         &nplurals, &expression));
  g_assert_cmpuint (nplurals, ==, 2);
  g_assert_cmpstr (expression, ==, "(n != 1);");

  g_clear_pointer (&expression, g_free);
  g_assert_false (mg_plural_parse_header ("Language: nl\n", &nplurals, &expression));
  g_assert_false (mg_plural_parse_header ("Plural-Forms: nplurals=2; plural=n ?;\n", &nplurals, &expression));
  g_assert_false (mg_plural_parse_header ("Plural-Forms: nplurals=0; plural=0;\n", &nplurals, &expression));
}

static char *
dutch_mo_path (void)
{
  return g_build_filename (mg_i18n_get_localedir (), "nl", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
}

static void
test_catalog_file (void)
{
  g_autofree char *path = dutch_mo_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MgCatalog) catalog = mg_catalog_new_for_file (path, &error);
  const char *hours;

  g_assert_no_error (error);
  g_assert_cmpuint (mg_catalog_get_n_entries (catalog), >, 100);

  g_assert_cmpstr (mg_catalog_lookup (catalog, "No value given; enter a number such as 2.5 or 2,5"), !=,
                   "No value given; enter a number such as 2.5 or 2,5");
  /* Unknown text comes back as it is. */
  g_assert_cmpstr (mg_catalog_lookup (catalog, "no such message, surely"), ==, "no such message, surely");
  /* A context is part of the key. */
  g_assert_cmpstr (mg_catalog_lookup (catalog, "decimal separator\004."), ==, ",");

  hours = mg_catalog_lookup_plural (catalog, "%s hour", "%s hours", 1);
  g_assert_cmpstr (hours, ==, "%s uur");
  hours = mg_catalog_lookup_plural (catalog, "%s hour", "%s hours", 6);
  g_assert_cmpstr (hours, ==, "%s uur");
  g_assert_cmpstr (mg_catalog_lookup_plural (catalog, "no %d thing", "no %d things", 2), ==, "no %d things");
}

/* Every prefix of a real file is either refused or read without reading
 * past its end (the sanitizer build checks the latter). */
static void
test_catalog_damaged (void)
{
  g_autofree char *path = dutch_mo_path ();
  g_autofree char *contents = NULL;
  gsize length = 0;
  const guint sizes[] = { 0, 4, 27, 28, 40, 100, 1000, 4096 };

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (contents, MIN (sizes[i], length));
      g_autoptr(GError) error = NULL;
      g_autoptr(MgCatalog) catalog = mg_catalog_new_for_bytes (bytes, &error);

      g_assert_null (catalog);
      g_assert_error (error, MG_CATALOG_ERROR, MG_CATALOG_ERROR_INVALID);
    }

  {
    g_autoptr(GBytes) bytes = g_bytes_new_static ("not a catalog at all, just words", 32);
    g_autoptr(GError) error = NULL;

    g_assert_null (mg_catalog_new_for_bytes (bytes, &error));
    g_assert_error (error, MG_CATALOG_ERROR, MG_CATALOG_ERROR_INVALID);
  }
}

static void
test_push_language (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *english = mg_number_format (2.5, 1);
  g_autofree char *dutch = NULL;
  g_autofree char *separation = NULL;

  g_assert_cmpstr (mg_i18n_get_interface_language (), ==, "en");
  g_assert_null (mg_i18n_get_thread_language ());
  g_assert_cmpstr (english, ==, "2.5");

  g_assert_true (mg_i18n_push_language ("nl", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mg_i18n_get_thread_language (), ==, "nl");
  dutch = mg_number_format (2.5, 1);
  g_assert_cmpstr (dutch, ==, "2,5");
  g_assert_cmpstr (mg_kb_label_severity ("major"), !=, "Major");
  separation = mg_dose_rules_format_separation (2, 6);
  g_assert_nonnull (strstr (separation, "uur"));

  /* Nested: English inside Dutch, then Dutch again. */
  g_assert_true (mg_i18n_push_language ("en", NULL));
  g_assert_cmpstr (mg_kb_label_severity ("major"), ==, "Major");
  mg_i18n_pop_language ();
  g_assert_cmpstr (mg_i18n_get_thread_language (), ==, "nl");
  mg_i18n_pop_language ();

  g_assert_null (mg_i18n_get_thread_language ());
  g_assert_cmpstr (mg_kb_label_severity ("major"), ==, "Major");
}

static void
test_unknown_language (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (mg_i18n_push_language ("xx", &error));
  g_assert_nonnull (error);
  g_assert_null (mg_i18n_get_thread_language ());
  g_assert_false (mg_i18n_is_supported_language ("xx"));
  g_assert_true (mg_i18n_is_supported_language ("nl"));
  g_assert_true (mg_i18n_is_supported_language ("en"));
}

typedef struct
{
  GAsyncQueue *to_main;
  GAsyncQueue *to_thread;
} Queues;

static gpointer
dutch_thread (gpointer data)
{
  Queues *queues = data;
  char *text;

  g_assert_true (mg_i18n_push_language ("nl", NULL));
  g_async_queue_push (queues->to_main, GINT_TO_POINTER (1));
  /* Wait until the main thread has checked it still speaks English. */
  g_async_queue_pop (queues->to_thread);
  text = mg_number_format (0.5, 1);
  mg_i18n_pop_language ();

  return text;
}

static void
test_thread_isolation (void)
{
  g_autoptr(GAsyncQueue) to_main = g_async_queue_new ();
  g_autoptr(GAsyncQueue) to_thread = g_async_queue_new ();
  Queues queues = { to_main, to_thread };
  GThread *thread;
  g_autofree char *here = NULL;
  g_autofree char *there = NULL;

  thread = g_thread_new ("dutch", dutch_thread, &queues);
  g_async_queue_pop (to_main);
  here = mg_number_format (0.5, 1);
  g_async_queue_push (to_thread, GINT_TO_POINTER (2));
  there = g_thread_join (thread);

  g_assert_cmpstr (here, ==, "0.5");
  g_assert_cmpstr (there, ==, "0,5");
}

int
main (int    argc,
      char **argv)
{
  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/plural/expressions", test_plural_expressions);
  g_test_add_func ("/catalog/plural/header", test_plural_header);
  g_test_add_func ("/catalog/file", test_catalog_file);
  g_test_add_func ("/catalog/damaged", test_catalog_damaged);
  g_test_add_func ("/catalog/push-language", test_push_language);
  g_test_add_func ("/catalog/unknown-language", test_unknown_language);
  g_test_add_func ("/catalog/thread-isolation", test_thread_isolation);

  return g_test_run ();
}
