/* mg-catalog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libintl picks the language from the process's locale and LANGUAGE, and
 * changing those while GTK's threads run is not safe. The patient handout
 * needs its own language next to the interface's, so it reads that
 * language's .mo file here, once, into a table (the format is documented
 * in the GNU gettext manual, "The Format of GNU MO Files"). Lookups return
 * pointers into the file's bytes, which the catalog keeps.
 */
#include "config.h"

#include <string.h>

#include "mg-catalog.h"
#include "mg-plural.h"

#define MO_MAGIC         0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U
#define MO_HEADER_SIZE   28

struct _MgCatalog
{
  GObject     parent_instance;

  GBytes     *bytes;
  /* msgid (the singular for plural entries) -> translation, both NUL-ended
   * inside bytes; a plural translation holds its forms one after another. */
  GHashTable *entries;
  GHashTable *translation_lengths;
  guint       nplurals;
  char       *plural;
};

G_DEFINE_FINAL_TYPE (MgCatalog, mg_catalog, G_TYPE_OBJECT)

G_DEFINE_QUARK (mg-catalog-error-quark, mg_catalog_error)

static void
mg_catalog_finalize (GObject *object)
{
  MgCatalog *self = MG_CATALOG (object);

  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->translation_lengths, g_hash_table_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->plural, g_free);

  G_OBJECT_CLASS (mg_catalog_parent_class)->finalize (object);
}

static void
mg_catalog_class_init (MgCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mg_catalog_finalize;
}

static void
mg_catalog_init (MgCatalog *self)
{
  self->entries = g_hash_table_new (g_str_hash, g_str_equal);
  self->translation_lengths = g_hash_table_new (g_str_hash, g_str_equal);
  /* Without a header: the Germanic rule, as gettext itself assumes. */
  self->nplurals = 2;
  self->plural = g_strdup ("n != 1");
}

/**
 * mg_catalog_new_empty:
 *
 * A catalog that translates nothing: the source language (English).
 *
 * Returns: (transfer full): a new catalog
 */
MgCatalog *
mg_catalog_new_empty (void)
{
  return g_object_new (MG_TYPE_CATALOG, NULL);
}

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

static gboolean
invalid (GError     **error,
         const char  *what)
{
  g_set_error (error, MG_CATALOG_ERROR, MG_CATALOG_ERROR_INVALID,
               "Not a valid translation catalog: %s", what);
  return FALSE;
}

/* A string table entry is (length, offset); the string must lie inside
 * the file and end with the NUL that the format promises. */
static gboolean
read_string (const guint8  *data,
             gsize          size,
             gsize          entry,
             gboolean       swapped,
             const char   **out,
             guint32       *out_length)
{
  guint32 length, offset;

  if (entry > size - 8)
    return FALSE;
  length = read_u32 (data, entry, swapped);
  offset = read_u32 (data, entry + 4, swapped);
  if (offset >= size || length >= size - offset || data[offset + length] != '\0')
    return FALSE;

  *out = (const char *) data + offset;
  *out_length = length;
  return TRUE;
}

static gboolean
load (MgCatalog  *self,
      GError    **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (self->bytes, &size);
  guint32 magic, count, originals, translations;
  gboolean swapped;

  if (size < MO_HEADER_SIZE)
    return invalid (error, "too short");

  memcpy (&magic, data, sizeof magic);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    return invalid (error, "wrong magic number");
  swapped = magic == MO_MAGIC_SWAPPED;

  if (read_u32 (data, 4, swapped) >> 16 > 1)
    return invalid (error, "unknown major revision");

  count = read_u32 (data, 8, swapped);
  originals = read_u32 (data, 12, swapped);
  translations = read_u32 (data, 16, swapped);
  if (count > size / 16 || originals > size || translations > size ||
      (gsize) count * 8 > size - originals || (gsize) count * 8 > size - translations)
    return invalid (error, "string tables out of range");

  for (guint32 i = 0; i < count; i++)
    {
      const char *original, *translation;
      guint32 original_length, translation_length;

      if (!read_string (data, size, originals + i * 8, swapped, &original, &original_length) ||
          !read_string (data, size, translations + i * 8, swapped, &translation, &translation_length))
        return invalid (error, "string out of range");

      if (*original == '\0')
        {
          guint nplurals;
          char *expression = NULL;

          if (mg_plural_parse_header (translation, &nplurals, &expression))
            {
              self->nplurals = nplurals;
              g_free (self->plural);
              self->plural = expression;
            }
          continue;
        }

      g_hash_table_insert (self->entries, (gpointer) original, (gpointer) translation);
      g_hash_table_insert (self->translation_lengths, (gpointer) original,
                           GUINT_TO_POINTER (translation_length));
    }

  return TRUE;
}

/**
 * mg_catalog_new_for_bytes:
 * @bytes: a .mo file's contents
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL with @error
 *   when @bytes is not a .mo file
 */
MgCatalog *
mg_catalog_new_for_bytes (GBytes  *bytes,
                          GError **error)
{
  g_autoptr(MgCatalog) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (MG_TYPE_CATALOG, NULL);
  self->bytes = g_bytes_ref (bytes);
  if (!load (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * mg_catalog_new_for_file:
 * @path: a .mo file
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL with @error
 */
MgCatalog *
mg_catalog_new_for_file (const char  *path,
                         GError     **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_mapped_file_new (path, FALSE, error);
  if (file == NULL)
    return NULL;
  bytes = g_mapped_file_get_bytes (file);

  return mg_catalog_new_for_bytes (bytes, error);
}

guint
mg_catalog_get_n_entries (MgCatalog *self)
{
  g_return_val_if_fail (MG_IS_CATALOG (self), 0);

  return g_hash_table_size (self->entries);
}

/**
 * mg_catalog_lookup:
 * @msgid: the English text; with a context, "context\004text" as
 *   g_dpgettext() takes it
 *
 * Returns: (transfer none): the translation, or @msgid itself when the
 *   catalog has none (an empty translation counts as none)
 */
const char *
mg_catalog_lookup (MgCatalog  *self,
                   const char *msgid)
{
  const char *translation;

  g_return_val_if_fail (MG_IS_CATALOG (self), msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  translation = g_hash_table_lookup (self->entries, msgid);

  return translation != NULL && *translation != '\0' ? translation : msgid;
}

/**
 * mg_catalog_lookup_plural:
 *
 * Returns: (transfer none): the translated form for @n, or @msgid or
 *   @msgid_plural by the English rule when the catalog has none
 */
const char *
mg_catalog_lookup_plural (MgCatalog  *self,
                          const char *msgid,
                          const char *msgid_plural,
                          gulong      n)
{
  const char *translation;
  gsize length;
  gulong index = 0;

  g_return_val_if_fail (MG_IS_CATALOG (self), msgid);
  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail (msgid_plural != NULL, NULL);

  translation = g_hash_table_lookup (self->entries, msgid);
  if (translation == NULL || *translation == '\0' ||
      !mg_plural_evaluate (self->plural, n, &index) || index >= self->nplurals)
    return n == 1 ? msgid : msgid_plural;

  /* The forms follow one another, each ended by a NUL. */
  length = GPOINTER_TO_UINT (g_hash_table_lookup (self->translation_lengths, msgid));
  for (const char *form = translation; form < translation + length + 1; form += strlen (form) + 1)
    if (index-- == 0)
      return form;

  return n == 1 ? msgid : msgid_plural;
}
