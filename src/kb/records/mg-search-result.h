/* mg-search-result.h — one hit of mg_kb_search()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_SEARCH_RESULT (mg_search_result_get_type ())

G_DECLARE_FINAL_TYPE (MgSearchResult, mg_search_result, MG, SEARCH_RESULT, GObject)

const char         *mg_search_result_get_kind    (MgSearchResult *self);
const char         *mg_search_result_get_id      (MgSearchResult *self);
const char         *mg_search_result_get_title   (MgSearchResult *self);
const char         *mg_search_result_get_snippet (MgSearchResult *self);
const char         *mg_search_result_get_matched_name (MgSearchResult *self);

G_END_DECLS
