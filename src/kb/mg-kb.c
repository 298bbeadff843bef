/* mg-kb.c — opening the knowledge base, language, sources, shared helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "mg-kb-private.h"
#include "mg-quote.h"

G_DEFINE_QUARK (mg-kb-error-quark, mg_kb_error)

G_DEFINE_FINAL_TYPE (MgKb, mg_kb, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mg_kb_finalize (GObject *object)
{
  MgKb *self = (MgKb *)object;

  /* Statements first, then the connection, then the memory it reads. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_error (&self->failure);

  G_OBJECT_CLASS (mg_kb_parent_class)->finalize (object);
}

static void
mg_kb_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  MgKb *self = MG_KB (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_kb_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  MgKb *self = MG_KB (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      mg_kb_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_kb_class_init (MgKbClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_kb_finalize;
  object_class->get_property = mg_kb_get_property;
  object_class->set_property = mg_kb_set_property;

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "en",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_kb_init (MgKb *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  self->language = g_strdup ("en");
}

/* SQLite accepts an empty file as an empty database and reads a truncated
 * one until it reaches a missing page. Looking at the 100-byte header first
 * tells the three cases apart before any query runs. */
static gboolean
check_header (const guint8  *data,
              gsize          length,
              guint64        total_size,
              GError       **error)
{
  guint page_size;
  guint32 page_count;

  if (total_size == 0)
    {
      g_set_error_literal (error, MG_KB_ERROR, MG_KB_ERROR_CORRUPT,
                           _("The knowledge base is empty"));
      return FALSE;
    }

  if (length < 100 || memcmp (data, "SQLite format 3", 16) != 0)
    {
      g_set_error_literal (error, MG_KB_ERROR, MG_KB_ERROR_CORRUPT,
                           _("The knowledge base is not an SQLite database"));
      return FALSE;
    }

  page_size = (data[16] << 8) | data[17];
  if (page_size == 1)
    page_size = 65536;
  page_count = ((guint32) data[28] << 24) | (data[29] << 16) | (data[30] << 8) | data[31];

  /* The in-header size is only valid when the change counter matches
   * "version-valid-for"; every SQLite since 3.7.0 keeps them in step. */
  if (page_count != 0 && memcmp (data + 24, data + 92, 4) == 0 &&
      (guint64) page_count * page_size > total_size)
    {
      /* Sizes as text first: gettext cannot see through G_GUINT64_FORMAT. */
      g_autofree char *have = g_strdup_printf ("%" G_GUINT64_FORMAT, total_size);
      g_autofree char *want = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) page_count * page_size);

      g_set_error (error, MG_KB_ERROR, MG_KB_ERROR_CORRUPT,
                   _("The knowledge base is truncated (%s of %s bytes)"), have, want);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_schema (MgKb    *self,
                 GError **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *version = NULL;
  g_autofree char *languages = NULL;
  int rc;

  /* A foreign database has no meta table: say so plainly. */
  rc = sqlite3_prepare_v2 (self->db, "SELECT value FROM meta WHERE key = '" MG_KB_META_SCHEMA_VERSION "'",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      if ((rc & 0xff) == SQLITE_ERROR)
        {
          g_autofree char *message = mg_quote_line (sqlite3_errmsg (self->db));

          g_set_error (error, MG_KB_ERROR, MG_KB_ERROR_SCHEMA,
                       _("Not a Magnesium Guide knowledge base: %s"), message);
          return FALSE;
        }
      return _mg_kb_set_sqlite_error (error, self->db, rc, _("Cannot read the knowledge base"));
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    version = _mg_kb_column_dup (stmt, 0);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _mg_kb_set_sqlite_error (error, self->db, rc, _("Cannot read the knowledge base"));

  if (version == NULL)
    {
      g_set_error_literal (error, MG_KB_ERROR, MG_KB_ERROR_SCHEMA,
                           _("Not a Magnesium Guide knowledge base: no schema_version"));
      return FALSE;
    }

  if (g_strcmp0 (version, G_STRINGIFY (MG_KB_SCHEMA_VERSION)) != 0)
    {
      /* Text from the file: quoted, as it may be anything. */
      g_autofree char *shown = mg_quote_input (version);

      g_set_error (error, MG_KB_ERROR, MG_KB_ERROR_SCHEMA,
                   _("The knowledge base has schema version %s; this program reads version %d"),
                   shown, MG_KB_SCHEMA_VERSION);
      return FALSE;
    }

  /* Every table and column of the shared schema (the compiler creates the
   * same list): a foreign or older database is refused here with one clear
   * error, not in the middle of a page. */
  for (guint i = 0; i < G_N_ELEMENTS (mg_kb_schema_tables); i++)
    {
      g_autofree char *sql = NULL;

      if (mg_kb_schema_tables[i].per_language)
        continue;

      sql = mg_kb_schema_probe_sql (&mg_kb_schema_tables[i], NULL);
      rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_OK)
        return _mg_kb_set_sqlite_error (error, self->db, rc, _("The knowledge base lacks a table or column"));
    }

  _mg_kb_begin (self);
  languages = _mg_kb_meta (self, MG_KB_META_LANGUAGES);
  if (!_mg_kb_end (self, error))
    return FALSE;
  self->languages = g_strsplit_set (languages != NULL ? languages : "en", " ,", -1);
  {
    /* drop empty items that doubled separators leave behind */
    guint j = 0;
    for (guint i = 0; self->languages[i] != NULL; i++)
      {
        if (*self->languages[i] == '\0')
          g_free (self->languages[i]);
        else
          self->languages[j++] = self->languages[i];
      }
    self->languages[j] = NULL;
  }

  for (guint i = 0; self->languages[i] != NULL; i++)
    {
      g_autofree char *sql = NULL;

      if (!g_regex_match_simple ("^[a-z]{2,3}(_[A-Z]{2})?$", self->languages[i], 0, 0))
        {
          g_autofree char *shown = mg_quote_input (self->languages[i]);

          g_set_error (error, MG_KB_ERROR, MG_KB_ERROR_SCHEMA,
                       _("The knowledge base lists an invalid language “%s”"), shown);
          return FALSE;
        }

      for (guint j = 0; j < G_N_ELEMENTS (mg_kb_schema_tables); j++)
        {
          if (!mg_kb_schema_tables[j].per_language)
            continue;

          sql = mg_kb_schema_probe_sql (&mg_kb_schema_tables[j], self->languages[i]);
          rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
          sqlite3_finalize (stmt);
          g_clear_pointer (&sql, g_free);
          if (rc != SQLITE_OK)
            return _mg_kb_set_sqlite_error (error, self->db, rc, _("The knowledge base lacks a search table"));
        }
    }

  return TRUE;
}

static MgKb *
finish_open (MgKb     *self,
             gboolean  deep_check,
             GError  **error)
{
  int rc;

  /* A file from elsewhere must not run code through views or triggers. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);

  if (deep_check)
    {
      /* Files on disk can be damaged anywhere; quick_check reads every page
       * once, which for a knowledge base of a few MB takes milliseconds. */
      sqlite3_stmt *stmt = NULL;
      g_autofree char *result = NULL;

      rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check(1)", -1, &stmt, NULL);
      if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        result = _mg_kb_column_dup (stmt, 0);
      sqlite3_finalize (stmt);

      if (rc != SQLITE_ROW)
        {
          _mg_kb_set_sqlite_error (error, self->db, rc, _("The knowledge base is damaged"));
          g_object_unref (self);
          return NULL;
        }
      if (g_strcmp0 (result, "ok") != 0)
        {
          /* quick_check's report spans lines ("*** in database main ***\n…"). */
          g_autofree char *shown = mg_quote_line (result != NULL ? result : "?");

          g_set_error (error, MG_KB_ERROR, MG_KB_ERROR_CORRUPT,
                       _("The knowledge base is damaged: %s"), shown);
          g_object_unref (self);
          return NULL;
        }
    }

  if (!validate_schema (self, error))
    {
      g_object_unref (self);
      return NULL;
    }

  mg_kb_set_language (self, NULL);

  return self;
}

/**
 * mg_kb_new_for_bytes:
 * @bytes: a whole kb.sqlite image
 *
 * Reads the database in place, read-only: @bytes is referenced, not copied.
 */
MgKb *
mg_kb_new_for_bytes (GBytes  *bytes,
                     GError **error)
{
  g_autoptr(MgKb) self = NULL;
  const guint8 *data;
  gsize size;
  int rc;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (!check_header (data, size, size, error))
    return NULL;

  self = g_object_new (MG_TYPE_KB, NULL);
  self->bytes = g_bytes_ref (bytes);

  rc = sqlite3_open_v2 (":memory:", &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      _mg_kb_set_sqlite_error (error, self->db, rc, _("Cannot open the knowledge base"));
      return NULL;
    }

  /* READONLY: SQLite never writes to, resizes or frees the buffer, so it
   * can be the resource's own memory. */
  rc = sqlite3_deserialize (self->db, "main", (unsigned char *) data, size, size,
                            SQLITE_DESERIALIZE_READONLY);
  if (rc != SQLITE_OK)
    {
      _mg_kb_set_sqlite_error (error, self->db, rc, _("Cannot open the knowledge base"));
      return NULL;
    }

  return finish_open (g_steal_pointer (&self), FALSE, error);
}

MgKb *
mg_kb_new_default (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_resources_lookup_data (MG_KB_RESOURCE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, MG_KB_ERROR, MG_KB_ERROR_OPEN,
                   _("The built-in knowledge base is missing: %s"), local_error->message);
      return NULL;
    }

  return mg_kb_new_for_bytes (bytes, error);
}

MgKb *
mg_kb_new_for_path (const char  *path,
                    GError     **error)
{
  g_autoptr(MgKb) self = NULL;
  MgKb *opened;
  guint8 header[100];
  gsize length;
  GStatBuf st;
  FILE *file;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_fopen (path, "rb");
  if (file == NULL || fstat (fileno (file), &st) != 0)
    {
      int saved_errno = errno;

      if (file != NULL)
        fclose (file);
      g_set_error (error, MG_KB_ERROR, MG_KB_ERROR_OPEN,
                   _("Cannot open the knowledge base “%s”: %s"), path, g_strerror (saved_errno));
      return NULL;
    }
  length = fread (header, 1, sizeof header, file);
  fclose (file);

  if (!check_header (header, length, st.st_size, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }

  self = g_object_new (MG_TYPE_KB, NULL);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      _mg_kb_set_sqlite_error (error, self->db, rc, path);
      return NULL;
    }

  /* Every refusal of a file names it: it may have come from --kb. */
  opened = finish_open (g_steal_pointer (&self), TRUE, error);
  if (opened == NULL)
    g_prefix_error (error, "%s: ", path);

  return opened;
}

const char *
mg_kb_get_language (MgKb *kb)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);

  return kb->language;
}

static gboolean
has_language (MgKb       *kb,
              const char *language)
{
  return g_strv_contains ((const char * const *) kb->languages, language);
}

/* "nl_BE.UTF-8@euro" -> "nl_BE", then "nl" */
static char *
match_language (MgKb       *kb,
                const char *language)
{
  g_autofree char *base = g_strndup (language, strcspn (language, ".@"));
  char *underscore;

  if (has_language (kb, base))
    return g_steal_pointer (&base);

  underscore = strchr (base, '_');
  if (underscore != NULL)
    {
      *underscore = '\0';
      if (has_language (kb, base))
        return g_steal_pointer (&base);
    }

  return NULL;
}

void
mg_kb_set_language (MgKb       *kb,
                    const char *language)
{
  g_autofree char *chosen = NULL;

  g_return_if_fail (MG_IS_KB (kb));

  if (language != NULL)
    chosen = match_language (kb, language);
  else
    {
      const char * const *names = g_get_language_names ();

      for (guint i = 0; chosen == NULL && names[i] != NULL; i++)
        chosen = match_language (kb, names[i]);
    }

  if (chosen == NULL)
    chosen = g_strdup ("en");

  if (g_strcmp0 (chosen, kb->language) == 0)
    return;

  g_free (kb->language);
  kb->language = g_steal_pointer (&chosen);
  g_object_notify_by_pspec (G_OBJECT (kb), properties[PROP_LANGUAGE]);
}

const char * const *
mg_kb_get_languages (MgKb *kb)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);

  return (const char * const *) kb->languages;
}

char *
mg_kb_dup_meta (MgKb        *kb,
                const char  *key,
                GError     **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  value = _mg_kb_meta (kb, key);
  if (!_mg_kb_end (kb, error))
    return NULL;

  if (value == NULL)
    _mg_kb_set_not_found (error, "meta value", key);

  return g_steal_pointer (&value);
}

