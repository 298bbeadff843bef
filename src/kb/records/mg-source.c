/* mg-source.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-source.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_AUTHORS,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_YEAR,
  PROP_URL,
  PROP_DOI,
  PROP_PMID,
  PROP_QUALITY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgSource, mg_source, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_source_finalize (GObject *object)
{
  MgSource *self = (MgSource *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->authors, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->doi, g_free);
  g_clear_pointer (&self->pmid, g_free);
  g_clear_pointer (&self->quality, g_free);

  G_OBJECT_CLASS (mg_source_parent_class)->finalize (object);
}

static void
mg_source_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MgSource *self = MG_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_AUTHORS:
      g_value_set_string (value, self->authors);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_DOI:
      g_value_set_string (value, self->doi);
      break;

    case PROP_PMID:
      g_value_set_string (value, self->pmid);
      break;

    case PROP_QUALITY:
      g_value_set_string (value, self->quality);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_source_class_init (MgSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_source_finalize;
  object_class->get_property = mg_source_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_AUTHORS] =
    g_param_spec_string ("authors", NULL, NULL,
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

  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                         -1, G_MAXINT, -1,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DOI] =
    g_param_spec_string ("doi", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PMID] =
    g_param_spec_string ("pmid", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_QUALITY] =
    g_param_spec_string ("quality", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_source_init (MgSource *self)
{
  self->year = -1;
}

const char *
mg_source_get_id (MgSource *self)
{
  g_return_val_if_fail (MG_IS_SOURCE (self), NULL);

  return self->id;
}

const char *
mg_source_get_authors (MgSource *self)
{
  g_return_val_if_fail (MG_IS_SOURCE (self), NULL);

  return self->authors;
}

const char *
mg_source_get_title (MgSource *self)
{
  g_return_val_if_fail (MG_IS_SOURCE (self), NULL);

  return self->title;
}

const char *
mg_source_get_publisher (MgSource *self)
{
  g_return_val_if_fail (MG_IS_SOURCE (self), NULL);

  return self->publisher;
}

int
mg_source_get_year (MgSource *self)
{
  g_return_val_if_fail (MG_IS_SOURCE (self), -1);

  return self->year;
}

const char *
mg_source_get_url (MgSource *self)
{
  g_return_val_if_fail (MG_IS_SOURCE (self), NULL);

  return self->url;
}

const char *
mg_source_get_doi (MgSource *self)
{
  g_return_val_if_fail (MG_IS_SOURCE (self), NULL);

  return self->doi;
}

const char *
mg_source_get_pmid (MgSource *self)
{
  g_return_val_if_fail (MG_IS_SOURCE (self), NULL);

  return self->pmid;
}

const char *
mg_source_get_quality (MgSource *self)
{
  g_return_val_if_fail (MG_IS_SOURCE (self), NULL);

  return self->quality;
}

/**
 * mg_source_format_citation:
 *
 * A plain-text citation in a Vancouver-like order, built only from the parts
 * the knowledge base has, so that a source without a year or DOI still reads
 * well. Not translated: sources keep their original language.
 *
 * Returns: (transfer full): the citation
 */
char *
mg_source_format_citation (MgSource *self)
{
  GString *out;

  g_return_val_if_fail (MG_IS_SOURCE (self), NULL);

  out = g_string_new (NULL);

  if (self->authors != NULL && *self->authors != '\0')
    g_string_append_printf (out, "%s. ", self->authors);
  if (self->title != NULL)
    g_string_append_printf (out, "%s.", self->title);
  if (self->publisher != NULL && *self->publisher != '\0')
    g_string_append_printf (out, " %s", self->publisher);
  if (self->year > 0)
    g_string_append_printf (out, "%s%d", self->publisher != NULL && *self->publisher != '\0' ? "; " : " ", self->year);
  if ((self->publisher != NULL && *self->publisher != '\0') || self->year > 0)
    g_string_append_c (out, '.');
  if (self->doi != NULL && *self->doi != '\0')
    g_string_append_printf (out, " doi:%s", self->doi);
  if (self->pmid != NULL && *self->pmid != '\0')
    g_string_append_printf (out, " PMID: %s", self->pmid);
  if (self->url != NULL && *self->url != '\0')
    g_string_append_printf (out, " %s", self->url);

  return g_strstrip (g_string_free (out, FALSE));
}
