/* mg-article.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-article.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TOPIC,
  PROP_ROUTE,
  PROP_TITLE,
  PROP_TEXT,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgArticle, mg_article, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_article_finalize (GObject *object)
{
  MgArticle *self = (MgArticle *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->topic, g_free);
  g_clear_pointer (&self->route, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_article_parent_class)->finalize (object);
}

static void
mg_article_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MgArticle *self = MG_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_TOPIC:
      g_value_set_string (value, self->topic);
      break;

    case PROP_ROUTE:
      g_value_set_string (value, self->route);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_article_class_init (MgArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_article_finalize;
  object_class->get_property = mg_article_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TOPIC] =
    g_param_spec_string ("topic", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ROUTE] =
    g_param_spec_string ("route", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_article_init (MgArticle *self)
{
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_article_get_id (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);

  return self->id;
}

const char *
mg_article_get_kind (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);

  return self->kind;
}

const char *
mg_article_get_topic (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);

  return self->topic;
}

const char *
mg_article_get_route (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);

  return self->route;
}

const char *
mg_article_get_title (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);

  return self->title;
}

const char *
mg_article_get_text (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);

  return self->text;
}

/* transfer none; never NULL */
GListModel *
mg_article_get_sources (MgArticle *self)
{
  g_return_val_if_fail (MG_IS_ARTICLE (self), NULL);

  return self->sources;
}
