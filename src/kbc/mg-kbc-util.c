/* mg-kbc-util.c — diagnostics with positions, and tree helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "mg-kbc-private.h"
#include "mg-quote.h"

static void
emit (MgKbc        *self,
      gboolean      is_error,
      long          line,
      long          column,
      const char   *message)
{
  g_autofree char *formatted = NULL;
  /* One line per diagnostic: libxml2's messages carry newlines ("indicate
   * encoding !\nBytes: …") and a value may hold &#10;. */
  g_autofree char *line_text = mg_quote_line (message);

  formatted = g_strdup_printf ("%s:%ld:%ld: %s: %s",
                               self->filename != NULL ? self->filename : "<input>",
                               MAX (line, 1), MAX (column, 1),
                               is_error ? "error" : "warning", line_text);

  if (is_error)
    self->n_errors++;
  else
    self->n_warnings++;

  if (self->message_func != NULL)
    self->message_func (formatted, is_error, self->message_data);
}

void
mg_kbc_locate_offset (MgKbc        *self,
                     gsize         byte_offset,
                     long         *line,
                     long         *column)
{
  guint lo = 0, hi;

  *line = 1;
  *column = 1;

  if (self->line_starts == NULL || self->line_starts->len == 0)
    return;

  /* Last line start <= byte_offset. */
  hi = self->line_starts->len;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->line_starts, gsize, mid) <= byte_offset)
        lo = mid;
      else
        hi = mid;
    }

  *line = lo + 1;
  *column = 1 + g_utf8_strlen (self->source + g_array_index (self->line_starts, gsize, lo),
                               byte_offset - g_array_index (self->line_starts, gsize, lo));
}

/* libxml2 records the line where a start tag ends; look back from there
 * for "<name" to find where the tag starts. */
static gboolean
find_start_tag (MgKbc        *self,
                xmlNode      *node,
                gsize        *pos)
{
  long line = xmlGetLineNo (node);
  gsize name_len, end, floor_pos;

  if (self->source == NULL || line < 1 || (guint) line > self->line_starts->len)
    return FALSE;

  name_len = strlen ((const char *) node->name);
  end = (guint) line < self->line_starts->len
        ? g_array_index (self->line_starts, gsize, line)
        : self->source_len;
  floor_pos = g_array_index (self->line_starts, gsize, MAX (0, line - 50));

  for (gsize i = end; i > floor_pos; i--)
    {
      const char *p = self->source + i - 1;
      char after;

      if (*p != '<' || i - 1 + 1 + name_len > self->source_len)
        continue;
      if (strncmp (p + 1, (const char *) node->name, name_len) != 0)
        continue;

      after = p[1 + name_len];
      if (g_ascii_isspace (after) || after == '>' || after == '/')
        {
          *pos = i - 1;
          return TRUE;
        }
    }

  return FALSE;
}

/* Byte offset of the first character of @attr's value in the start tag. */
static gboolean
find_attribute (MgKbc        *self,
                gsize         tag,
                const char   *attr,
                gsize        *pos)
{
  gsize attr_len = strlen (attr);
  char quote = 0;

  for (gsize i = tag; i < self->source_len; i++)
    {
      char c = self->source[i];

      if (quote != 0)
        {
          if (c == quote)
            quote = 0;
          continue;
        }

      if (c == '"' || c == '\'')
        quote = c;
      else if (c == '>')
        return FALSE;
      else if (g_ascii_isspace (c)
               && i + 1 + attr_len < self->source_len
               && strncmp (self->source + i + 1, attr, attr_len) == 0)
        {
          gsize j = i + 1 + attr_len;

          while (j < self->source_len && g_ascii_isspace (self->source[j]))
            j++;
          if (j >= self->source_len || self->source[j] != '=')
            continue;
          j++;
          while (j < self->source_len && g_ascii_isspace (self->source[j]))
            j++;
          if (j < self->source_len && (self->source[j] == '"' || self->source[j] == '\''))
            {
              *pos = j + 1;
              return TRUE;
            }
        }
    }

  return FALSE;
}

static void
locate (MgKbc        *self,
        xmlNode      *node,
        const char   *attr,
        guint         offset,
        long         *line,
        long         *column)
{
  gsize tag, value;

  *line = node != NULL ? xmlGetLineNo (node) : 1;
  *column = 1;

  if (node == NULL || node->type != XML_ELEMENT_NODE || !find_start_tag (self, node, &tag))
    return;

  if (attr != NULL && find_attribute (self, tag, attr, &value))
    {
      const char *p = self->source + value;

      /* Step over @offset characters, never past the closing quote. */
      for (guint i = 0; i < offset && *p != '\0' && *p != '"' && *p != '\''; i++)
        p = g_utf8_next_char (p);
      mg_kbc_locate_offset (self, p - self->source, line, column);
    }
  else
    {
      mg_kbc_locate_offset (self, tag, line, column);
    }
}

void
mg_kbc_error_at_line (MgKbc        *self,
                     long          line,
                     long          column,
                     const char   *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  emit (self, TRUE, line, column, message);
}

void
mg_kbc_error (MgKbc        *self,
             xmlNode      *node,
             const char   *attr,
             guint         offset,
             const char   *format,
             ...)
{
  g_autofree char *message = NULL;
  long line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  locate (self, node, attr, offset, &line, &column);
  emit (self, TRUE, line, column, message);
}

void
mg_kbc_warning (MgKbc        *self,
               xmlNode      *node,
               const char   *format,
               ...)
{
  g_autofree char *message = NULL;
  long line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  locate (self, node, NULL, 0, &line, &column);
  emit (self, FALSE, line, column, message);
}

gboolean
mg_kbc_is (xmlNode    *node,
          const char *name)
{
  return node != NULL
         && node->type == XML_ELEMENT_NODE
         && strcmp ((const char *) node->name, name) == 0;
}

xmlNode *
mg_kbc_first_child (xmlNode    *parent,
                   const char *name)
{
  MG_KBC_FOREACH_ELEMENT (parent, child)
    if (mg_kbc_is (child, name))
      return child;

  return NULL;
}

char *
mg_kbc_attr (xmlNode    *node,
            const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

char *
mg_kbc_lang (xmlNode *node)
{
  xmlChar *value = xmlGetNsProp (node, (const xmlChar *) "lang", XML_XML_NAMESPACE);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* The format folds white space in text: runs become one space, trimmed. */
char *
mg_kbc_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  GString *out = g_string_new (NULL);
  gboolean pending = FALSE;

  for (const xmlChar *p = content; p != NULL && *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          pending = out->len > 0;
          continue;
        }
      if (pending)
        g_string_append_c (out, ' ');
      pending = FALSE;
      g_string_append_c (out, *p);
    }

  xmlFree (content);
  return g_string_free (out, FALSE);
}

/* Decimal point, nothing else around the number. */
gboolean
mg_kbc_parse_number (const char *text,
                    double     *value)
{
  char *end = NULL;

  if (text == NULL || *text == '\0' || g_ascii_isspace (*text))
    return FALSE;

  *value = g_ascii_strtod (text, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

/* Whole months from @attr, or @fallback when it is absent or not a number. */
int
mg_kbc_months_of (xmlNode    *node,
                  const char *attr,
                  int         fallback)
{
  g_autofree char *text = mg_kbc_attr (node, attr);
  double value;

  return text != NULL && mg_kbc_parse_number (text, &value) ? (int) value : fallback;
}

/* merge_file puts the xml:lang copies right after the English element. */
xmlNode *
mg_kbc_translation (xmlNode    *english,
                   const char *lang)
{
  for (xmlNode *n = english->next; n != NULL; n = n->next)
    {
      g_autofree char *node_lang = NULL;

      if (n->type != XML_ELEMENT_NODE)
        continue;
      if (!xmlStrEqual (n->name, english->name))
        break;

      node_lang = mg_kbc_lang (n);
      if (node_lang == NULL)
        break;
      if (g_strcmp0 (node_lang, lang) == 0)
        return n;
    }

  return NULL;
}

/* Bibliographic data and brand names are never translated. */
static gboolean
in_untranslated (xmlNode *node)
{
  for (xmlNode *n = node; n != NULL; n = n->parent)
    if (mg_kbc_is (n, "source"))
      return TRUE;

  return mg_kbc_is (node->parent, "product") && (mg_kbc_is (node, "name") || mg_kbc_is (node, "synonyms"));
}

gboolean
mg_kbc_is_translatable (xmlNode *node)
{
  static const char * const names[] = {
    "name", "synonyms", "title", "summary", "text", "note", "mechanism",
    "management", "class", "dose", "label", "portion", "disagreement",
  };

  if (node->type != XML_ELEMENT_NODE || in_untranslated (node))
    return FALSE;

  /* The compound notes hold their text directly, or (older form) in <text>. */
  if (mg_kbc_is (node, "solubility") || mg_kbc_is (node, "absorption") || mg_kbc_is (node, "laxative-note"))
    return mg_kbc_first_child (node, "text") == NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (mg_kbc_is (node, names[i]))
      return TRUE;

  return FALSE;
}

/* Elements that state a fact and so must carry sources="…". */
gboolean
mg_kbc_is_cited (xmlNode *node)
{
  static const char * const names[] = {
    "reference-set", "intake", "no-intake", "alternative", "limit-set",
    "limit", "no-limit", "compound", "published-fraction", "solubility",
    "absorption", "laxative-note", "medicine", "interaction", "separation",
    "caution", "lab-interference", "condition", "rating", "dose", "food",
    "portion", "fact", "serum-range", "disagreement", "advice", "product",
    "generic-name", "serum-disagreement",
  };

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  if (mg_kbc_is (node, "note"))
    return mg_kbc_is (node->parent, "compound") || mg_kbc_is (node->parent, "product")
           || mg_kbc_is (node->parent, "generic-name");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (mg_kbc_is (node, names[i]))
      return TRUE;

  return FALSE;
}
