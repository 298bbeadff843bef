/* mg-source.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

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

  /* "Arora et al." already ends its sentence. */
  if (self->authors != NULL && *self->authors != '\0')
    g_string_append_printf (out, "%s%s ", self->authors, g_str_has_suffix (self->authors, ".") ? "" : ".");
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

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* "Fine KD" -> "Fine": a surname followed by one to three capital initials. */
static char *
surname_of_person (const char *person)
{
  const char *space = strrchr (person, ' ');
  gsize n_initials = 0;

  if (space == NULL)
    return NULL;

  for (const char *p = space + 1; *p != '\0'; p++, n_initials++)
    if (!g_ascii_isupper (*p))
      return NULL;

  if (n_initials == 0 || n_initials > 3)
    return NULL;

  return g_strndup (person, space - person);
}

/* An all-capital first word of three letters or more names the body
 * ("EFSA Panel on …" -> "EFSA", "NIH Office of …" -> "NIH"). */
static char *
leading_acronym (const char *name)
{
  const char *end = strchr (name, ' ');
  gsize n_upper = 0;

  if (end == NULL)
    return NULL;

  for (const char *p = name; p < end; p++)
    {
      if (g_ascii_isupper (*p))
        n_upper++;
      else if (*p != '/')
        return NULL;
    }

  return n_upper >= 3 ? g_strndup (name, end - name) : NULL;
}

/* "(BfR)" -> "BfR": a parenthesised short form without spaces. */
static char *
bracketed_acronym (const char *name)
{
  const char *open = strrchr (name, '(');
  const char *close = open != NULL ? strchr (open, ')') : NULL;
  gsize n_upper = 0;

  if (close == NULL || close - open - 1 < 2 || close - open - 1 > 8)
    return NULL;

  for (const char *p = open + 1; p < close; p++)
    {
      if (*p == ' ')
        return NULL;
      if (g_ascii_isupper (*p))
        n_upper++;
    }

  return n_upper >= 2 ? g_strndup (open + 1, close - open - 1) : NULL;
}

static char *
short_author (const char *authors)
{
  g_autofree char *plain = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *first = NULL;
  char *bracket;
  char *acronym;
  char *et_al;

  if ((acronym = leading_acronym (authors)) != NULL)
    return acronym;
  if ((acronym = bracketed_acronym (authors)) != NULL)
    return acronym;

  /* "Gezondheidsraad (Health Council of the Netherlands)" -> "Gezondheidsraad" */
  plain = g_strdup (authors);
  if ((bracket = strstr (plain, " (")) != NULL)
    *bracket = '\0';

  if ((et_al = strstr (plain, " et al")) != NULL)
    {
      *et_al = '\0';
      parts = g_strsplit (plain, ",", 2);
      first = surname_of_person (g_strstrip (parts[0]));
      return g_strdup_printf ("%s et al.", first != NULL ? first : parts[0]);
    }

  parts = g_strsplit (plain, ",", -1);
  first = surname_of_person (g_strstrip (parts[0]));
  if (first == NULL)
    return g_strdup (parts[0]);     /* a body: "Institute of Medicine" */
  if (g_strv_length (parts) == 2)
    {
      g_autofree char *second = surname_of_person (g_strstrip (parts[1]));

      if (second != NULL)
        return g_strdup_printf ("%s & %s", first, second);
    }
  if (g_strv_length (parts) > 1)
    return g_strdup_printf ("%s et al.", first);

  return g_steal_pointer (&first);
}

static char *
shorten (char  *text,
         gsize  max_chars)
{
  const char *end;
  GString *out;

  if (g_utf8_strlen (text, -1) <= (glong) max_chars)
    return text;

  end = g_utf8_offset_to_pointer (text, max_chars);
  out = g_string_new_len (text, end - text);
  if (strrchr (out->str, ' ') != NULL)
    g_string_truncate (out, strrchr (out->str, ' ') - out->str);
  g_string_append (out, "…");
  g_free (text);

  return g_string_free (out, FALSE);
}

/**
 * mg_source_dup_short_name:
 *
 * A name to list a source by, from its authors (first author's surname and
 * "et al.", or the body's acronym or name), else its publisher, else its
 * title up to a colon, then the year when there is one. The full citation
 * (mg_source_format_citation()) must stay one click away.
 *
 * Returns: (transfer full): the short name
 */
char *
mg_source_dup_short_name (MgSource *self)
{
  g_autofree char *name = NULL;
  char *colon;

  g_return_val_if_fail (MG_IS_SOURCE (self), NULL);

  if (is_set (self->authors))
    name = short_author (self->authors);
  else if (is_set (self->publisher) && g_utf8_strlen (self->publisher, -1) <= 40)
    name = g_strdup (self->publisher);
  else if (is_set (self->title))
    {
      name = g_strdup (self->title);
      if ((colon = strchr (name, ':')) != NULL)
        *colon = '\0';
    }
  else
    name = g_strdup (self->id);

  name = shorten (g_strstrip (name), 40);
  if (self->year > 0 && strstr (name, "…") == NULL)
    {
      g_autofree char *year = g_strdup_printf ("%d", self->year);

      if (strstr (name, year) == NULL)
        return g_strdup_printf ("%s %s", name, year);
    }

  return g_steal_pointer (&name);
}

/**
 * mg_source_dup_link:
 *
 * Returns: (transfer full) (nullable): where to read the source: its web
 *   page, else its DOI or PubMed page, %NULL when it has none
 */
char *
mg_source_dup_link (MgSource *self)
{
  g_return_val_if_fail (MG_IS_SOURCE (self), NULL);

  if (is_set (self->url))
    return g_strdup (self->url);
  if (is_set (self->doi))
    return g_strconcat ("https://doi.org/", self->doi, NULL);
  if (is_set (self->pmid))
    return g_strconcat ("https://pubmed.ncbi.nlm.nih.gov/", self->pmid, "/", NULL);

  return NULL;
}

/**
 * mg_source_list_dup_ids:
 * @sources: (nullable): a #GListModel of #MgSource
 *
 * Returns: (transfer full): their ids, %NULL-terminated; empty for %NULL
 */
char **
mg_source_list_dup_ids (GListModel *sources)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = sources != NULL ? g_list_model_get_n_items (sources) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgSource) source = g_list_model_get_item (sources, i);

      g_strv_builder_add (builder, mg_source_get_id (source));
    }

  return g_strv_builder_end (builder);
}
