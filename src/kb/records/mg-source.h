/* mg-source.h — a cited source (article, opinion, monograph, data set)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_SOURCE (mg_source_get_type ())

G_DECLARE_FINAL_TYPE (MgSource, mg_source, MG, SOURCE, GObject)

const char         *mg_source_get_id        (MgSource *self);
const char         *mg_source_get_authors   (MgSource *self);
const char         *mg_source_get_title     (MgSource *self);
const char         *mg_source_get_publisher (MgSource *self);
int                 mg_source_get_year      (MgSource *self);
const char         *mg_source_get_url       (MgSource *self);
const char         *mg_source_get_doi       (MgSource *self);
const char         *mg_source_get_pmid      (MgSource *self);
const char         *mg_source_get_quality   (MgSource *self);

/**
 * mg_source_format_citation:
 *
 * "Authors. Title. Publisher; year. doi:… PMID … url" — the parts that exist.
 *
 * Returns: (transfer full): the citation
 */
char               *mg_source_format_citation   (MgSource *self);
/**
 * mg_source_dup_short_name:
 *
 * "Arora et al. 2025", "EFSA 2015", "Drugs.com": to name a source in a line.
 *
 * Returns: (transfer full): the short name
 */
char               *mg_source_dup_short_name    (MgSource *self);
/**
 * mg_source_dup_link:
 *
 * The web page, else https://doi.org/…, else the PubMed page.
 *
 * Returns: (transfer full) (nullable): the link, or %NULL if there is none
 */
char               *mg_source_dup_link          (MgSource *self);

/**
 * mg_source_list_dup_ids:
 * @sources: (nullable): a #GListModel of #MgSource
 *
 * Returns: (transfer full) (array zero-terminated=1): their ids in order
 */
char              **mg_source_list_dup_ids      (GListModel *sources);

G_END_DECLS
