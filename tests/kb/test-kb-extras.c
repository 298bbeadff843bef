/* test-kb-extras.c — what search and the detail pages ask of the reader:
 * source short names and links, the sources of an interaction's hours,
 * any record's texts and names, sources in search, closest names
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

static void
test_separation_owner (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cipro = mg_kb_find_interactions (kb, "ciprofloxacin", &error);
  g_autoptr(GListModel) levo = mg_kb_find_interactions (kb, "Tavanic", &error);
  g_autoptr(GListModel) class = mg_kb_find_interactions (kb, "quinolones", &error);
  g_autoptr(GListModel) ppi = mg_kb_find_interactions (kb, "omeprazole", &error);
  g_autoptr(MgInteraction) a = g_list_model_get_item (cipro, 0);
  g_autoptr(MgInteraction) b = g_list_model_get_item (levo, 0);
  g_autoptr(MgInteraction) c = g_list_model_get_item (class, 0);
  g_autoptr(MgInteraction) d = g_list_model_get_item (ppi, 0);
  g_autoptr(GListModel) sources = NULL;
  g_autoptr(MgSource) first = NULL;

  g_assert_no_error (error);

  /* ciprofloxacin has its own hours (2 before, 4 after), so its own sources. */
  g_assert_cmpfloat (mg_interaction_get_hours_after (a), ==, 4);
  g_assert_cmpstr (mg_interaction_get_separation_owner (a), ==, "interaction:quinolones/separation/1");
  sources = mg_kb_get_sources_for (kb, mg_interaction_get_separation_owner (a), &error);
  first = g_list_model_get_item (sources, 0);
  g_assert_cmpstr (mg_source_get_id (first), ==, "aafp-2009");

  /* levofloxacin and the class use the class-wide hours and sources. */
  g_assert_cmpstr (mg_interaction_get_separation_owner (b), ==, "interaction:quinolones/separation/0");
  g_assert_cmpstr (mg_interaction_get_separation_owner (c), ==, "interaction:quinolones/separation/0");
  g_assert_cmpstr (mg_interaction_get_separation_owner_for (c, "ciprofloxacin"), ==, "interaction:quinolones/separation/1");
  g_assert_null (mg_interaction_get_separation_owner_for (c, "omeprazole"));

  /* No hours, no owner. */
  g_assert_null (mg_interaction_get_separation_owner (d));
}

static void
test_record_texts (void)
{
  g_autoptr(GListModel) texts = mg_kb_list_record_texts (kb, "condition", "migraine", NULL);
  g_autoptr(GListModel) none = mg_kb_list_record_texts (kb, "condition", "no-such-thing", NULL);
  g_autoptr(MgArticle) name = NULL;
  g_autoptr(MgArticle) dose = NULL;
  g_autoptr(MgSource) source = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (texts), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);

  /* The record's own texts first, then its children, each with its owner. */
  name = g_list_model_get_item (texts, 0);
  g_assert_cmpstr (mg_article_get_id (name), ==, "condition:migraine");
  g_assert_cmpstr (mg_article_get_kind (name), ==, "name");
  g_assert_cmpstr (mg_article_get_text (name), ==, "Migraine");
  dose = g_list_model_get_item (texts, 2);
  g_assert_cmpstr (mg_article_get_id (dose), ==, "condition:migraine/dose/0");
  g_assert_cmpstr (mg_article_get_kind (dose), ==, "dose");
  g_assert_cmpstr (mg_article_get_text (dose), ==, "Daily amount studied, under supervision.");
  source = g_list_model_get_item (mg_article_get_sources (dose), 0);
  g_assert_cmpstr (mg_source_get_id (source), ==, "aafp-2009");

  /* Dutch where there is Dutch, English where there is not. */
  mg_kb_set_language (kb, "nl");
  {
    g_autoptr(GListModel) dutch = mg_kb_list_record_texts (kb, "fact", "ppi-deficiency", NULL);
    g_autoptr(GListModel) both = mg_kb_list_record_texts (kb, "condition", "migraine", NULL);
    g_autoptr(MgArticle) title = g_list_model_get_item (dutch, 1);
    g_autoptr(MgArticle) dutch_dose = g_list_model_get_item (both, 2);

    g_assert_cmpstr (mg_article_get_text (title), ==, "Acid suppressants");
    g_assert_cmpstr (mg_article_get_text (dutch_dose), ==, "Onderzochte dagelijkse hoeveelheid, onder toezicht.");
  }
  mg_kb_set_language (kb, "en");
}

static void
test_names_per_language (void)
{
  g_auto(GStrv) english = mg_kb_dup_names (kb, "medicine", "ciprofloxacin", "en", NULL);
  g_auto(GStrv) dutch = mg_kb_dup_names (kb, "medicine", "ciprofloxacin", "nl", NULL);
  g_auto(GStrv) brands = mg_kb_dup_names (kb, "medicine", "ciprofloxacin", "", NULL);
  g_auto(GStrv) none = mg_kb_dup_names (kb, "medicine", "no-such-thing", "en", NULL);

  g_assert_cmpstrv (english, ((const char * const[]) { "ciprofloxacin", NULL }));
  g_assert_cmpstrv (dutch, ((const char * const[]) { "ciprofloxacine", NULL }));
  g_assert_cmpstrv (brands, ((const char * const[]) { "Ciproxin", "Ciprobay", NULL }));
  g_assert_cmpstrv (none, ((const char * const[]) { NULL }));
}

static MgSearchResult *
find_result (GListModel *results,
             const char *kind,
             const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(MgSearchResult) result = g_list_model_get_item (results, i);

      if (g_str_equal (mg_search_result_get_kind (result), kind) &&
          g_str_equal (mg_search_result_get_id (result), id))
        return g_steal_pointer (&result);
    }

  return NULL;
}

static void
test_search_sources_and_brands (void)
{
  g_autoptr(GListModel) results = mg_kb_search (kb, "guerrera", 20, NULL);
  g_autoptr(GListModel) brand = mg_kb_search (kb, "ciprox", 20, NULL);
  g_autoptr(MgSearchResult) source = find_result (results, "source", "aafp-2009");
  g_autoptr(MgSearchResult) cipro = find_result (brand, "medicine", "ciprofloxacin");

  /* A source is found by its author and titled by its short name. */
  g_assert_nonnull (source);
  g_assert_cmpstr (mg_search_result_get_title (source), ==, "Guerrera et al. 2009");
  g_assert_cmpstr (mg_search_result_get_snippet (source), ==, "Therapeutic Uses of Magnesium");

  /* A brand says which medicine it is. */
  g_assert_nonnull (cipro);
  g_assert_cmpstr (mg_search_result_get_matched_name (cipro), ==, "Ciproxin");
  g_assert_cmpstr (mg_search_result_get_title (cipro), ==, "ciprofloxacin");
}

static void
test_suggest_closest (void)
{
  static const char * const medicines[] = { "medicine", "interaction", NULL };
  g_autoptr(GListModel) end_typo = mg_kb_suggest (kb, "ciprofloxacinn", medicines, 3, NULL);
  g_autoptr(GListModel) start_typo = mg_kb_suggest (kb, "siprofloxacin", medicines, 3, NULL);
  g_autoptr(GListModel) swapped = mg_kb_suggest (kb, "omepraozle", NULL, 3, NULL);
  g_autoptr(GListModel) food = mg_kb_suggest (kb, "pumkin seeds", NULL, 3, NULL);
  g_autoptr(GListModel) nothing = mg_kb_suggest (kb, "xylophone", NULL, 3, NULL);
  g_autoptr(GListModel) only_kinds = mg_kb_suggest (kb, "pumkin seeds", medicines, 3, NULL);
  g_autoptr(MgSearchResult) a = g_list_model_get_item (end_typo, 0);
  g_autoptr(MgSearchResult) b = g_list_model_get_item (start_typo, 0);
  g_autoptr(MgSearchResult) c = g_list_model_get_item (swapped, 0);
  g_autoptr(MgSearchResult) d = g_list_model_get_item (food, 0);

  g_assert_nonnull (a);
  g_assert_cmpstr (mg_search_result_get_id (a), ==, "ciprofloxacin");
  g_assert_nonnull (b);
  g_assert_cmpstr (mg_search_result_get_id (b), ==, "ciprofloxacin");
  g_assert_nonnull (c);
  g_assert_cmpstr (mg_search_result_get_id (c), ==, "omeprazole");
  g_assert_nonnull (d);
  g_assert_cmpstr (mg_search_result_get_kind (d), ==, "food");
  g_assert_cmpstr (mg_search_result_get_id (d), ==, "pumpkin-seeds");

  /* Nothing close is nothing, not the least bad name. */
  g_assert_cmpuint (g_list_model_get_n_items (nothing), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (only_kinds), ==, 0);
}

/* The start of a name offers the whole names; a name that only appears in
 * a record's text is not offered. */
static void
test_suggest_completions (void)
{
  static const char * const medicines[] = { "medicine", "interaction", NULL };
  g_autoptr(GListModel) start = mg_kb_suggest (kb, "cipro", medicines, 5, NULL);
  g_autoptr(GListModel) body_only = mg_kb_suggest (kb, "absorbed", medicines, 5, NULL);
  gboolean has_ciprofloxacin = FALSE;

  g_assert_nonnull (start);
  for (guint i = 0; i < g_list_model_get_n_items (start); i++)
    {
      g_autoptr(MgSearchResult) result = g_list_model_get_item (start, i);

      g_assert_true (g_str_has_prefix (mg_search_result_get_id (result), "cipro"));
      has_ciprofloxacin |= g_str_equal (mg_search_result_get_id (result), "ciprofloxacin");
    }
  g_assert_true (has_ciprofloxacin);
  g_assert_nonnull (body_only);
  g_assert_cmpuint (g_list_model_get_n_items (body_only), ==, 0);
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
  g_test_add_func ("/kb/interactions/separation-owner", test_separation_owner);
  g_test_add_func ("/kb/records/texts", test_record_texts);
  g_test_add_func ("/kb/records/names-per-language", test_names_per_language);
  g_test_add_func ("/kb/search/sources-and-brands", test_search_sources_and_brands);
  g_test_add_func ("/kb/suggest/closest", test_suggest_closest);
  g_test_add_func ("/kb/suggest/completions", test_suggest_completions);

  status = g_test_run ();
  g_clear_object (&kb);

  return status;
}
