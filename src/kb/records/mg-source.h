/* mg-source.h — a cited source (article, opinion, monograph, data set)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
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

/* "Authors. Title. Publisher; year. doi:… PMID … url" — the parts that exist. */
char               *mg_source_format_citation   (MgSource *self);
/* "Arora et al. 2025", "EFSA 2015", "Drugs.com": to name a source in a line. */
char               *mg_source_dup_short_name    (MgSource *self);
/* The web page, else https://doi.org/…, else the PubMed page; NULL if none. */
char               *mg_source_dup_link          (MgSource *self);

G_END_DECLS
