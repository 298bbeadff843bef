/* test-kb-search.c — mg_kb_search() in English and Dutch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kb-test-utils.h"

static MgKb *kb;

static GListModel *
search (const char *language,
        const char *text,
        guint       limit)
{
  g_autoptr(GError) error = NULL;
  GListModel *results;

  mg_kb_set_language (kb, language);
  results = mg_kb_search (kb, text, limit, &error);
  g_assert_no_error (error);
  g_assert_nonnull (results);

  return results;
}

static MgSearchResult *
nth (GListModel *results,
     guint       n)
{
  MgSearchResult *result;

  g_assert_cmpuint (g_list_model_get_n_items (results), >, n);
  result = g_list_model_get_item (results, n);
  /* the model keeps its own reference */
  g_object_unref (result);

  return result;
}

static void
assert_hit (GListModel *results,
            guint       n,
            const char *kind,
            const char *id)
{
  MgSearchResult *result = nth (results, n);

  g_assert_cmpstr (mg_search_result_get_kind (result), ==, kind);
  g_assert_cmpstr (mg_search_result_get_id (result), ==, id);
}

static gboolean
contains (GListModel *results,
          const char *kind,
          const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(MgSearchResult) r = g_list_model_get_item (results, i);

      if (g_str_equal (mg_search_result_get_kind (r), kind) && g_str_equal (mg_search_result_get_id (r), id))
        return TRUE;
    }
  return FALSE;
}

static void
test_prefix (void)
{
  const char *languages[] = { "en", "nl" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(GListModel) results = search (languages[i], "cipro", 10);

      /* the medicine, then the products named after it (its brands) */
      assert_hit (results, 0, "medicine", "ciprofloxacin");
      g_assert_cmpuint (g_list_model_get_n_items (results), ==, 3);
      g_assert_true (contains (results, "product", "ciproxin"));
      g_assert_true (contains (results, "product", "ciprobay"));
    }
}

static void
test_substring (void)
{
  g_autoptr(GListModel) en = search ("en", "floxacin", 10);
  g_autoptr(GListModel) nl = search ("nl", "FLOXACIN", 10);
  g_autoptr(GListModel) body = search ("nl", "antibioticum", 10);
  g_autoptr(GListModel) food = search ("nl", "pompoen", 10);

  g_assert_cmpuint (g_list_model_get_n_items (en), ==, 2);
  g_assert_true (contains (en, "medicine", "ciprofloxacin"));
  g_assert_true (contains (en, "medicine", "levofloxacin"));
  /* equally good: the shorter name first */
  assert_hit (en, 0, "medicine", "levofloxacin");
  g_assert_cmpstr (mg_search_result_get_title (nth (nl, 0)), ==, "levofloxacine");
  g_assert_cmpstr (mg_search_result_get_title (nth (nl, 1)), ==, "ciprofloxacine");

  /* words only in the Dutch texts */
  assert_hit (body, 0, "interaction", "quinolones");
  assert_hit (food, 0, "food", "pumpkin-seeds");
  g_assert_cmpstr (mg_search_result_get_title (nth (food, 0)), ==, "Pompoenpitten");
}

static void
test_exact_first (void)
{
  const char *queries[] = { "citraat", "magnesiumcitraat", "Magnésiumcitraat", "MAGNESIUM CITRATE", "  magnesium   citrate " };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GListModel) en = search ("en", queries[i], 10);
      g_autoptr(GListModel) nl = search ("nl", queries[i], 10);

      assert_hit (en, 0, "compound", "citrate");
      assert_hit (nl, 0, "compound", "citrate");
      g_assert_cmpstr (mg_search_result_get_title (nth (en, 0)), ==, "Magnesium citrate");
      g_assert_cmpstr (mg_search_result_get_title (nth (nl, 0)), ==, "Magnesiumcitraat");
    }
}

static void
test_ranking (void)
{
  /* "magnesium" is in almost every text: names first, compounds before
   * the interactions and facts that merely mention it. */
  g_autoptr(GListModel) results = search ("en", "magnesium", 50);
  g_autoptr(GListModel) migraine = search ("en", "migraine", 50);
  MgSearchResult *first;

  g_assert_cmpuint (g_list_model_get_n_items (results), >, 5);
  g_assert_cmpstr (mg_search_result_get_kind (nth (results, 0)), ==, "compound");
  g_assert_cmpstr (mg_search_result_get_kind (nth (results, 1)), ==, "compound");
  g_assert_true (contains (results, "fact", "absorption-rate"));

  /* an exact title outside the name table */
  assert_hit (migraine, 0, "condition", "migraine");
  first = nth (migraine, 0);
  g_assert_nonnull (strstr (mg_search_result_get_snippet (first), "attacks"));
}

static void
test_brand_snippet (void)
{
  g_autoptr(GListModel) results = search ("en", "losec", 10);
  MgSearchResult *hit;

  assert_hit (results, 0, "medicine", "omeprazole");
  hit = nth (results, 0);
  g_assert_cmpstr (mg_search_result_get_title (hit), ==, "omeprazole");
  /* says why it matched */
  g_assert_cmpstr (mg_search_result_get_snippet (hit), ==, "Losec");
}

static void
test_short (void)
{
  g_autoptr(GListModel) ci = search ("en", "ci", 10);
  g_autoptr(GListModel) c = search ("nl", "C", 10);
  g_autoptr(GListModel) o = search ("en", "ö", 10);
  g_autoptr(GListModel) empty = search ("en", "", 10);
  g_autoptr(GListModel) blank = search ("en", "   ", 10);
  g_autoptr(GListModel) nothing = search ("en", "zzzzqqq", 10);
  g_autoptr(GListModel) quote = search ("en", "\"cipro\" OR *", 10);
  g_autoptr(GListModel) limited = search ("en", "magnesium", 3);

  /* 1 or 2 characters: prefix of a name, any language */
  g_assert_true (contains (ci, "medicine", "ciprofloxacin"));
  g_assert_true (contains (ci, "compound", "citrate"));
  g_assert_false (contains (ci, "medicine", "omeprazole"));
  g_assert_true (contains (c, "interaction", "quinolones"));  /* Chinolonen */
  g_assert_true (contains (o, "medicine", "omeprazole"));

  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (blank), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nothing), ==, 0);
  /* FTS syntax in the query is text, not an operator */
  g_assert_cmpuint (g_list_model_get_n_items (quote), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (limited), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kb/search/prefix", test_prefix);
  g_test_add_func ("/kb/search/substring", test_substring);
  g_test_add_func ("/kb/search/exact-first", test_exact_first);
  g_test_add_func ("/kb/search/ranking", test_ranking);
  g_test_add_func ("/kb/search/brand-snippet", test_brand_snippet);
  g_test_add_func ("/kb/search/short-and-odd", test_short);

  kb = kb_test_open_mini ();
  ret = g_test_run ();
  g_clear_object (&kb);

  return ret;
}
