/* mg-kbc-database.c — the top of the writer: create kb.sqlite from the
 * shared schema, write the meta rows and every section, then commit and
 * VACUUM
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sections (mg-kbc-write*.c) and the rows below them never call back
 * up here.
 */

#include <string.h>

#include "mg-kb-schema.h"
#include "mg-kbc-sql.h"

static gboolean
valid_language (const char *lang)
{
  if (lang == NULL || *lang == '\0' || strlen (lang) > 16)
    return FALSE;

  for (const char *p = lang; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;

  return TRUE;
}

/* Every table of mg-kb-schema.h (the reader probes the same list), the
 * search table once per language, then the indexes. A fixed page size and
 * no timestamps anywhere: same input, same bytes. */
static void
create_tables (MgKbcWriter *w)
{
  mg_kbc_sql_exec (w, "PRAGMA page_size = 4096;"
                      "PRAGMA journal_mode = DELETE;"
                      "PRAGMA encoding = 'UTF-8';"
                      "BEGIN;");

  for (guint i = 0; i < G_N_ELEMENTS (mg_kb_schema_tables); i++)
    {
      const MgKbSchemaTable *table = &mg_kb_schema_tables[i];

      for (guint j = 0; w->langs[j] != NULL; j++)
        {
          g_autofree char *sql = mg_kb_schema_create_sql (table, w->langs[j]);

          mg_kbc_sql_exec (w, sql);
          if (!table->per_language)
            break;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (mg_kb_schema_indexes); i++)
    mg_kbc_sql_exec (w, mg_kb_schema_indexes[i]);
}

static void
write_sections (MgKbcWriter  *w)
{
  xmlNode *root = xmlDocGetRootElement (w->compiler->doc);

  MG_KBC_FOREACH_ELEMENT (root, section)
    {
      if (mg_kbc_is (section, "sources"))
        mg_kbc_write_sources (w, section);
      else if (mg_kbc_is (section, "reference-sets"))
        mg_kbc_write_sets (w, section, FALSE);
      else if (mg_kbc_is (section, "limit-sets"))
        mg_kbc_write_sets (w, section, TRUE);
      else if (mg_kbc_is (section, "dosing-advice"))
        mg_kbc_write_dosing_advice (w, section);
      else if (mg_kbc_is (section, "compounds"))
        mg_kbc_write_compounds (w, section);
      else if (mg_kbc_is (section, "medicines"))
        mg_kbc_write_medicines (w, section);
      else if (mg_kbc_is (section, "interactions"))
        mg_kbc_write_interactions (w, section);
      else if (mg_kbc_is (section, "cautions"))
        mg_kbc_write_titled (w, section, "caution");
      else if (mg_kbc_is (section, "lab-interferences"))
        mg_kbc_write_titled (w, section, "lab-interference");
      else if (mg_kbc_is (section, "conditions"))
        mg_kbc_write_conditions (w, section);
      else if (mg_kbc_is (section, "foods"))
        mg_kbc_write_foods (w, section);
      else if (mg_kbc_is (section, "facts"))
        mg_kbc_write_titled (w, section, "fact");
      else if (mg_kbc_is (section, "serum-ranges"))
        {
          mg_kbc_write_serum_ranges (w, section);
          mg_kbc_write_serum_disagreements (w, section);
        }
      else if (mg_kbc_is (section, "generic-names"))
        mg_kbc_write_generic_names (w, section);
      else if (mg_kbc_is (section, "products"))
        mg_kbc_write_products (w, section);
    }
}

/* Attributes of <knowledge-base> that go into meta as they are. */
static const char *root_meta[] = { MG_KB_META_EDITION, MG_KB_META_DATE };

gboolean
mg_kbc_write_database (MgKbc        *self,
                      const char   *path,
                      GError      **error)
{
  g_autoptr(GStrvBuilder) langs = g_strv_builder_new ();
  g_autofree char *joined = NULL;
  g_autofree char *version = NULL;
  MgKbcWriter w = { self, NULL, NULL, NULL, NULL, NULL };
  gboolean ok;

  g_strv_builder_add (langs, "en");
  g_strv_builder_addv (langs, (const char **) self->languages);
  w.langs = g_strv_builder_end (langs);

  for (guint i = 0; w.langs[i] != NULL; i++)
    if (!valid_language (w.langs[i]))
      {
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "invalid language code “%s”", w.langs[i]);
        g_strfreev (w.langs);
        return FALSE;
      }

  if (sqlite3_open_v2 (path, &w.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "cannot open %s: %s", path,
                   w.db != NULL ? sqlite3_errmsg (w.db) : "out of memory");
      sqlite3_close (w.db);
      g_strfreev (w.langs);
      return FALSE;
    }

  w.statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) sqlite3_finalize);

  create_tables (&w);

  joined = g_strjoinv (" ", w.langs);
  version = g_strdup_printf ("%d", MG_KB_SCHEMA_VERSION);
  mg_kbc_sql_insert (&w, "INSERT INTO meta VALUES (?, ?)", "tt", MG_KB_META_SCHEMA_VERSION, version);
  mg_kbc_sql_insert (&w, "INSERT INTO meta VALUES (?, ?)", "tt", MG_KB_META_LANGUAGES, joined);
  mg_kbc_sql_insert (&w, "INSERT INTO meta VALUES (?, ?)", "tt", MG_KB_META_DEFAULT_REFERENCE, self->default_reference);
  mg_kbc_sql_insert (&w, "INSERT INTO meta VALUES (?, ?)", "tt", MG_KB_META_DEFAULT_LIMITS, self->default_limits);

  /* The content's edition and review date, when the source gives them. */
  for (guint i = 0; i < G_N_ELEMENTS (root_meta); i++)
    {
      g_autofree char *value = mg_kbc_attr (xmlDocGetRootElement (self->doc), root_meta[i]);

      if (value != NULL)
        mg_kbc_sql_insert (&w, "INSERT INTO meta VALUES (?, ?)", "tt", root_meta[i], value);
    }

  write_sections (&w);

  g_hash_table_remove_all (w.statements);
  mg_kbc_sql_exec (&w, "COMMIT;");
  mg_kbc_sql_exec (&w, "VACUUM;");

  g_hash_table_unref (w.statements);
  if (sqlite3_close (w.db) != SQLITE_OK && w.error == NULL)
    g_set_error (&w.error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "cannot close %s", path);

  g_strfreev (w.langs);

  ok = w.error == NULL;
  if (!ok)
    g_propagate_error (error, w.error);

  return ok;
}
