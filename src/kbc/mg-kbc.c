/* mg-kbc.c — parse, validate, check, then write kb.sqlite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <string.h>

#include "mg-kbc-private.h"

static void
print_message (const char *message,
               gboolean    is_error,
               gpointer    user_data)
{
  g_printerr ("%s\n", message);
}

MgKbc *
mg_kbc_new (void)
{
  MgKbc        *self = g_new0 (MgKbc, 1);

  self->languages = g_new0 (char *, 1);
  self->message_func = print_message;
  return self;
}

static void
reset_run (MgKbc        *self)
{
  g_clear_pointer (&self->filename, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->line_starts, g_array_unref);
  g_clear_pointer (&self->doc, xmlFreeDoc);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->default_reference, g_free);
  g_clear_pointer (&self->default_limits, g_free);
  self->source_len = 0;
  self->n_errors = 0;
  self->n_warnings = 0;
}

void
mg_kbc_free (MgKbc        *self)
{
  if (self == NULL)
    return;

  reset_run (self);
  g_free (self->schema_path);
  g_strfreev (self->languages);
  g_free (self);
}

void
mg_kbc_set_schema (MgKbc        *self,
                           const char   *schema_path)
{
  g_return_if_fail (self != NULL);

  g_free (self->schema_path);
  self->schema_path = g_strdup (schema_path);
}

/* "en" is the source language and always present; skip it and duplicates. */
void
mg_kbc_set_languages (MgKbc       *self,
                              const char * const *languages)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_if_fail (self != NULL);

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      if (*languages[i] == '\0' || strcmp (languages[i], "en") == 0)
        continue;
      if (!g_hash_table_add (seen, (gpointer) languages[i]))
        continue;
      g_strv_builder_add (builder, languages[i]);
    }

  g_strfreev (self->languages);
  self->languages = g_strv_builder_end (builder);
}

void
mg_kbc_set_require_translations (MgKbc        *self,
                                         gboolean      require)
{
  g_return_if_fail (self != NULL);

  self->require_translations = !!require;
}

void
mg_kbc_set_message_func (MgKbc    *self,
                                 MgKbcMessageFunc  func,
                                 gpointer         user_data)
{
  g_return_if_fail (self != NULL);

  self->message_func = func;
  self->message_data = user_data;
}

guint
mg_kbc_get_n_errors (MgKbc        *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_errors;
}

guint
mg_kbc_get_n_warnings (MgKbc        *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_warnings;
}

static void
structured_error (void        *data,
                  xmlErrorPtr  error)
{
  MgKbc        *self = data;
  g_autofree char *message = g_strdup (error->message != NULL ? error->message : "XML error");

  g_strchomp (message);

  if (error->level == XML_ERR_WARNING)
    return;

  /* Validity errors point at a node; we can find its column ourselves. */
  if (error->node != NULL && ((xmlNode *) error->node)->type == XML_ELEMENT_NODE)
    mg_kbc_error (self, error->node, NULL, 0, "%s", message);
  else
    mg_kbc_error_at_line (self, error->line, error->int2, "%s", message);
}

static void
index_lines (MgKbc        *self)
{
  gsize start = 0;

  self->line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_array_append_val (self->line_starts, start);

  for (gsize i = 0; i < self->source_len; i++)
    if (self->source[i] == '\n')
      {
        gsize next = i + 1;

        g_array_append_val (self->line_starts, next);
      }
}

/* A DOCTYPE could declare entities that pull in local files or expand
 * without bound. The format has no use for either, so refuse them. */
static gboolean
check_doctype (MgKbc        *self)
{
  xmlDtd *dtd = self->doc->intSubset;
  const char *doctype;
  const char *entity;
  long line, column;

  if (dtd == NULL)
    return TRUE;

  doctype = g_strstr_len (self->source, self->source_len, "<!DOCTYPE");
  entity = doctype != NULL ? g_strstr_len (doctype, self->source_len - (doctype - self->source), "<!ENTITY") : NULL;
  mg_kbc_locate_offset (self, entity != NULL ? entity - self->source : doctype != NULL ? doctype - self->source : 0,
                       &line, &column);

  if (dtd->entities != NULL || dtd->pentities != NULL || entity != NULL)
    mg_kbc_error_at_line (self, line, column,
                         "entity declarations are not allowed (external entities are never loaded)");
  else if (dtd->SystemID != NULL || dtd->ExternalID != NULL)
    mg_kbc_error_at_line (self, line, column, "external DTDs are not allowed");
  else
    return TRUE;

  return FALSE;
}

static gboolean
load (MgKbc        *self,
      const char   *input_path,
      GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  xmlParserCtxt *ctxt;

  if (!g_file_get_contents (input_path, &self->source, &self->source_len, &local_error))
    {
      mg_kbc_error_at_line (self, 1, 1, "%s", local_error->message);
      return FALSE;
    }

  if (self->source_len > G_MAXINT)
    {
      mg_kbc_error_at_line (self, 1, 1, "file too large");
      return FALSE;
    }

  index_lines (self);

  /* No NOENT (entities stay unexpanded), no DTDLOAD, no network. */
  ctxt = xmlNewParserCtxt ();
  xmlSetStructuredErrorFunc (self, structured_error);
  self->doc = xmlCtxtReadMemory (ctxt, self->source, (int) self->source_len, self->filename, NULL,
                                 XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA);
  xmlSetStructuredErrorFunc (NULL, NULL);
  xmlFreeParserCtxt (ctxt);

  if (self->doc == NULL || self->n_errors > 0)
    {
      if (self->n_errors == 0)
        mg_kbc_error_at_line (self, 1, 1, "not well-formed XML");
      return FALSE;
    }

  return check_doctype (self);
}

static gboolean
validate (MgKbc        *self)
{
  xmlRelaxNGParserCtxt *parser;
  xmlRelaxNG *schema;
  xmlRelaxNGValidCtxt *valid;
  int result;

  if (self->schema_path == NULL)
    return TRUE;

  parser = xmlRelaxNGNewParserCtxt (self->schema_path);
  xmlRelaxNGSetParserStructuredErrors (parser, structured_error, self);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);

  if (schema == NULL)
    {
      mg_kbc_error_at_line (self, 1, 1, "cannot load the schema “%s”", self->schema_path);
      return FALSE;
    }

  valid = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (valid, structured_error, self);
  result = xmlRelaxNGValidateDoc (valid, self->doc);
  xmlRelaxNGFreeValidCtxt (valid);
  xmlRelaxNGFree (schema);

  if (result != 0 && self->n_errors == 0)
    mg_kbc_error_at_line (self, 1, 1, "the document does not match the schema “%s”", self->schema_path);

  return result == 0;
}

static void
unlink_quietly (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_unlink (path);
  g_unlink (journal);
}

/* Write next to the output and rename, so a failed or interrupted run never
 * leaves a half-written database where the build expects a good one. */
static gboolean
write_atomically (MgKbc        *self,
                  const char   *output_path,
                  GError      **error)
{
  g_autofree char *tmp = g_strconcat (output_path, ".tmp-XXXXXX", NULL);
  int fd;

  fd = g_mkstemp (tmp);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "cannot create %s: %s", tmp, g_strerror (saved));
      return FALSE;
    }
  g_close (fd, NULL);

  if (!mg_kbc_write_database (self, tmp, error))
    {
      unlink_quietly (tmp);
      return FALSE;
    }

  /* mkstemp makes it private; the database is an ordinary build output. */
  if (g_chmod (tmp, 0644) != 0 || g_rename (tmp, output_path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "cannot rename %s to %s: %s", tmp, output_path, g_strerror (saved));
      unlink_quietly (tmp);
      return FALSE;
    }

  return TRUE;
}

/**
 * mg_kbc_run:
 * @self: a compiler
 * @input_path: the merged knowledge-base XML
 * @output_path: where kb.sqlite goes; only written when there is no error
 * @error: set when the input has errors (already reported one by one
 *   through the message function) or the output cannot be written
 *
 * Returns: %TRUE when @output_path was written
 */
gboolean
mg_kbc_run (MgKbc  *self,
                    const char    *input_path,
                    const char    *output_path,
                    GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (input_path != NULL, FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  reset_run (self);
  self->filename = g_strdup (input_path);
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) g_hash_table_unref);

  if (load (self, input_path, error))
    {
      /* The checks only read attributes they test for, so they are safe
       * on a document the schema rejected, and say more precisely what is
       * wrong than the validator does. */
      mg_kbc_check_citations (self);
      validate (self);
      mg_kbc_check_ids (self);
      mg_kbc_check_references (self);
      mg_kbc_check_numbers (self);
      mg_kbc_check_compounds (self);
      mg_kbc_check_names (self);
      mg_kbc_check_bands (self);
      mg_kbc_check_products (self);
      mg_kbc_check_separations (self);
      mg_kbc_check_generic_names (self);
      mg_kbc_check_doses (self);
      mg_kbc_check_serum (self);
      mg_kbc_check_translations (self);
    }

  if (self->n_errors > 0)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   "%s: %u error(s); %s not written", input_path, self->n_errors, output_path);
      return FALSE;
    }

  return write_atomically (self, output_path, error);
}
