/* mg-article.h — a titled text with sources: facts, cautions, lab interferences, notes, doses, disagreements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ownership: the record is immutable and every getter returns what it
 * owns (transfer none); a text the knowledge base lacks is %NULL.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_ARTICLE (mg_article_get_type ())

G_DECLARE_FINAL_TYPE (MgArticle, mg_article, MG, ARTICLE, GObject)

const char         *mg_article_get_id      (MgArticle *self);
const char         *mg_article_get_kind    (MgArticle *self);
const char         *mg_article_get_topic   (MgArticle *self);
const char         *mg_article_get_route   (MgArticle *self);
const char         *mg_article_get_title   (MgArticle *self);
const char         *mg_article_get_text    (MgArticle *self);
/**
 * mg_article_get_sources:
 *
 * Returns: (transfer none): the #MgSource list, never %NULL
 */
GListModel         *mg_article_get_sources (MgArticle *self);

G_END_DECLS
