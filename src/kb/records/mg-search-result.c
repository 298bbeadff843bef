/* mg-search-result.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-search-result.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_KIND,
  PROP_ID,
  PROP_TITLE,
  PROP_SNIPPET,
  PROP_MATCHED_NAME,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgSearchResult, mg_search_result, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_search_result_finalize (GObject *object)
{
  MgSearchResult *self = (MgSearchResult *)object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->snippet, g_free);
  g_clear_pointer (&self->matched_name, g_free);

  G_OBJECT_CLASS (mg_search_result_parent_class)->finalize (object);
}

static void
mg_search_result_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MgSearchResult *self = MG_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SNIPPET:
      g_value_set_string (value, self->snippet);
      break;

    case PROP_MATCHED_NAME:
      g_value_set_string (value, self->matched_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_search_result_class_init (MgSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_search_result_finalize;
  object_class->get_property = mg_search_result_get_property;

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
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

  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * MgSearchResult:matched-name:
   *
   * The name that matched when it is not the title: a brand ("Tivicay"
   * for dolutegravir), a synonym or the name in another language. %NULL
   * when the title itself matched or the match was in a longer text.
   */
  properties[PROP_MATCHED_NAME] =
    g_param_spec_string ("matched-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_search_result_init (MgSearchResult *self)
{

}

const char *
mg_search_result_get_kind (MgSearchResult *self)
{
  g_return_val_if_fail (MG_IS_SEARCH_RESULT (self), NULL);

  return self->kind;
}

const char *
mg_search_result_get_id (MgSearchResult *self)
{
  g_return_val_if_fail (MG_IS_SEARCH_RESULT (self), NULL);

  return self->id;
}

const char *
mg_search_result_get_title (MgSearchResult *self)
{
  g_return_val_if_fail (MG_IS_SEARCH_RESULT (self), NULL);

  return self->title;
}

const char *
mg_search_result_get_snippet (MgSearchResult *self)
{
  g_return_val_if_fail (MG_IS_SEARCH_RESULT (self), NULL);

  return self->snippet;
}

/**
 * mg_search_result_get_matched_name:
 *
 * Returns: (nullable): the brand, synonym or other-language name that
 *   matched, %NULL when the title matched
 */
const char *
mg_search_result_get_matched_name (MgSearchResult *self)
{
  g_return_val_if_fail (MG_IS_SEARCH_RESULT (self), NULL);

  return self->matched_name;
}
