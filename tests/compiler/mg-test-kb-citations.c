/* mg-test-kb-citations.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "mg-test-kb-citations.h"

/* Every owner that states a fact (docs/kb-format.md, "cited"). */
static const char facts_sql[] =
  "WITH fact_owner(owner) AS ("
  "  SELECT 'compound:' || id FROM compound"
  "  UNION ALL SELECT 'medicine:' || id FROM medicine"
  "  UNION ALL SELECT 'interaction:' || id FROM interaction"
  "  UNION ALL SELECT 'caution:' || id FROM caution"
  "  UNION ALL SELECT 'lab-interference:' || id FROM lab_interference"
  "  UNION ALL SELECT 'condition:' || id FROM condition"
  "  UNION ALL SELECT 'food:' || id FROM food"
  "  UNION ALL SELECT 'fact:' || id FROM fact"
  "  UNION ALL SELECT 'serum-range:' || id FROM serum_range"
  "  UNION ALL SELECT 'reference-set:' || id FROM reference_set"
  "  UNION ALL SELECT 'limit-set:' || id FROM limit_set"
  "  UNION ALL SELECT 'dosing-advice:' || id FROM dosing_advice"
  "  UNION ALL SELECT owner FROM intake"
  "  UNION ALL SELECT owner FROM intake_alternative"
  "  UNION ALL SELECT owner FROM upper_limit"
  "  UNION ALL SELECT owner FROM published_fraction"
  "  UNION ALL SELECT owner FROM compound_note"
  "  UNION ALL SELECT owner FROM condition_rating"
  "  UNION ALL SELECT owner FROM condition_dose"
  "  UNION ALL SELECT DISTINCT owner FROM text WHERE field = 'disagreement'"
  ") "
  "SELECT 'no source: ' || owner FROM fact_owner"
  "  WHERE NOT EXISTS (SELECT 1 FROM citation c WHERE c.owner = fact_owner.owner) "
  "UNION ALL "
  "SELECT 'unknown source: ' || owner || ' -> ' || source_id FROM citation"
  "  WHERE source_id NOT IN (SELECT id FROM source)";

/**
 * mg_test_kb_find_uncited:
 * @db: an open kb.sqlite
 *
 * Returns: (nullable): %NULL when every fact cites at least one existing
 *   source; otherwise one line per problem
 */
char *
mg_test_kb_find_uncited (sqlite3 *db)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, facts_sql, -1, &stmt, NULL) != SQLITE_OK)
    return g_strdup_printf ("cannot query citations: %s", sqlite3_errmsg (db));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (problems, "%s\n", (const char *) sqlite3_column_text (stmt, 0));

  if (rc != SQLITE_DONE)
    g_string_append_printf (problems, "query failed: %s\n", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);

  return problems->len > 0 ? g_string_free (g_steal_pointer (&problems), FALSE) : NULL;
}
