/* mg-kbc-sql.c — the kb.sqlite schema (docs/kb-format.md), texts,
 * names, citations and the per-language search tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "mg-fold.h"
#include "mg-kbc-sql.h"

/* A fixed page size and no timestamps anywhere: same input, same bytes. */
static const char schema_sql[] =
  "PRAGMA page_size = 4096;"
  "PRAGMA journal_mode = DELETE;"
  "PRAGMA encoding = 'UTF-8';"
  "BEGIN;"
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
  "CREATE TABLE source (id TEXT PRIMARY KEY, ord INTEGER, quality TEXT, authors TEXT, title TEXT,"
  "  publisher TEXT, year INTEGER, url TEXT, doi TEXT, pmid TEXT);"
  "CREATE TABLE text (owner TEXT, field TEXT, lang TEXT, value TEXT, PRIMARY KEY (owner, field, lang));"
  "CREATE TABLE citation (owner TEXT, source_id TEXT, PRIMARY KEY (owner, source_id));"
  "CREATE TABLE name (kind TEXT, id TEXT, lang TEXT, name TEXT, folded TEXT, is_primary INTEGER);"
  "CREATE TABLE compound (id TEXT PRIMARY KEY, ord INTEGER, formula TEXT, kind TEXT, laxative TEXT,"
  "  molar_mass REAL, elemental_fraction REAL, mg_atoms INTEGER, solubility_g_per_100ml REAL);"
  "CREATE TABLE compound_use (compound_id TEXT, use TEXT);"
  "CREATE TABLE compound_note (owner TEXT PRIMARY KEY, compound_id TEXT, topic TEXT, ord INTEGER);"
  "CREATE TABLE published_fraction (owner TEXT PRIMARY KEY, compound_id TEXT, value REAL, min REAL,"
  "  max REAL, basis TEXT);"
  "CREATE TABLE reference_set (id TEXT PRIMARY KEY, ord INTEGER, is_default INTEGER);"
  "CREATE TABLE intake (owner TEXT PRIMARY KEY, set_id TEXT, from_months INTEGER, to_months INTEGER,"
  "  sex TEXT, status TEXT, mg REAL, kind TEXT);"
  "CREATE TABLE intake_alternative (owner TEXT PRIMARY KEY, intake_owner TEXT, mg REAL);"
  "CREATE TABLE limit_set (id TEXT PRIMARY KEY, ord INTEGER, is_default INTEGER);"
  "CREATE TABLE upper_limit (owner TEXT PRIMARY KEY, set_id TEXT, from_months INTEGER,"
  "  to_months INTEGER, status TEXT, mg REAL);"
  "CREATE TABLE medicine (id TEXT PRIMARY KEY, ord INTEGER, brands TEXT);"
  "CREATE TABLE interaction (id TEXT PRIMARY KEY, ord INTEGER, direction TEXT, severity TEXT,"
  "  evidence TEXT, route TEXT, hours_before REAL, hours_after REAL, spacing TEXT, after_condition TEXT);"
  "CREATE TABLE interaction_medicine (interaction_id TEXT, medicine_id TEXT, hours_before REAL,"
  "  hours_after REAL, spacing TEXT, after_condition TEXT);"
  "CREATE TABLE generic_name (id TEXT PRIMARY KEY, ord INTEGER, resolves_to TEXT);"
  "CREATE TABLE generic_form (generic_id TEXT, compound_id TEXT, ord INTEGER);"
  "CREATE TABLE product (id TEXT PRIMARY KEY, ord INTEGER, market TEXT, spacing TEXT, hours_before REAL,"
  "  hours_after REAL, after_condition TEXT, own_separation INTEGER);"
  "CREATE TABLE product_ingredient (product_id TEXT, medicine_id TEXT, ord INTEGER);"
  "CREATE TABLE product_interaction (product_id TEXT, medicine_id TEXT, interaction_id TEXT, ord INTEGER,"
  "  spacing TEXT, hours_before REAL, hours_after REAL, after_condition TEXT, from_product INTEGER);"
  "CREATE TABLE caution (id TEXT PRIMARY KEY, ord INTEGER, level TEXT, route TEXT);"
  "CREATE TABLE lab_interference (id TEXT PRIMARY KEY, ord INTEGER);"
  "CREATE TABLE condition (id TEXT PRIMARY KEY, ord INTEGER, route TEXT);"
  "CREATE TABLE condition_rating (owner TEXT PRIMARY KEY, condition_id TEXT, ord INTEGER, value TEXT,"
  "  scheme TEXT);"
  "CREATE TABLE condition_dose (owner TEXT PRIMARY KEY, condition_id TEXT, ord INTEGER, route TEXT,"
  "  population TEXT, from_months INTEGER, to_months INTEGER, amount_min REAL, amount_max REAL, unit TEXT,"
  "  basis TEXT, compound TEXT, per TEXT, intakes_per_day INTEGER, daily_mg_min REAL, daily_mg_max REAL,"
  "  limit_mg REAL, supervised INTEGER);"
  "CREATE TABLE food (id TEXT PRIMARY KEY, ord INTEGER, mg_per_100g REAL, ndb TEXT, portion_g REAL);"
  "CREATE TABLE fact (id TEXT PRIMARY KEY, ord INTEGER, topic TEXT);"
  "CREATE TABLE serum_range (id TEXT PRIMARY KEY, ord INTEGER, kind TEXT, population TEXT, unit TEXT,"
  "  low REAL, high REAL, low_mmol REAL, high_mmol REAL, findings TEXT);"
  "CREATE TABLE serum_disagreement (id TEXT PRIMARY KEY, ord INTEGER);"
  "CREATE TABLE serum_disagreement_range (disagreement_id TEXT, range_id TEXT, ord INTEGER);"
  "CREATE TABLE dosing_advice (id TEXT PRIMARY KEY, ord INTEGER, above_mg REAL);"
  "CREATE INDEX name_by_folded ON name (folded);"
  "CREATE INDEX name_by_record ON name (kind, id);"
  "CREATE INDEX interaction_medicine_by_medicine ON interaction_medicine (medicine_id);"
  "CREATE INDEX product_ingredient_by_medicine ON product_ingredient (medicine_id);"
  "CREATE INDEX product_interaction_by_product ON product_interaction (product_id);";

struct _MgKbcSearchRecord
{
  char      *kind;
  char      *id;
  xmlNode   *title;
  GString   *names;
  GString  **bodies;   /* one per language of the writer */
};

static void
fail_sqlite (MgKbcWriter  *w,
             const char *what)
{
  if (w->error == NULL)
    g_set_error (&w->error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "SQLite: %s: %s",
                 what, sqlite3_errmsg (w->db));
}

void
mg_kbc_sql_exec (MgKbcWriter  *w,
                const char *sql)
{
  char *message = NULL;

  if (w->error != NULL)
    return;

  if (sqlite3_exec (w->db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_set_error (&w->error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "SQLite: %s", message);
  sqlite3_free (message);
}

static guint
count_parameters (const char *sql)
{
  guint n = 0;

  for (const char *p = sql; *p != '\0'; p++)
    n += *p == '?';

  return n;
}

void
mg_kbc_sql_insert (MgKbcWriter  *w,
                  const char *sql,
                  const char *types,
                  ...)
{
  sqlite3_stmt *stmt;
  va_list args;

  if (w->error != NULL)
    return;

  /* Arguments are read by type letter; a letter too many reads garbage. */
  if (strlen (types) != count_parameters (sql))
    g_error ("“%s” has %u parameters but the types are “%s”", sql, count_parameters (sql), types);

  stmt = g_hash_table_lookup (w->statements, sql);
  if (stmt == NULL)
    {
      if (sqlite3_prepare_v2 (w->db, sql, -1, &stmt, NULL) != SQLITE_OK)
        {
          fail_sqlite (w, sql);
          return;
        }
      g_hash_table_insert (w->statements, g_strdup (sql), stmt);
    }

  va_start (args, types);
  for (int i = 0; types[i] != '\0'; i++)
    {
      switch (types[i])
        {
        case 't':
          {
            const char *s = va_arg (args, const char *);

            if (s != NULL)
              sqlite3_bind_text (stmt, i + 1, s, -1, SQLITE_TRANSIENT);
            else
              sqlite3_bind_null (stmt, i + 1);
          }
          break;

        case 'i':
          sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
          break;

        case 'n':
          {
            int n = va_arg (args, int);

            if (n >= 0)
              sqlite3_bind_int (stmt, i + 1, n);
            else
              sqlite3_bind_null (stmt, i + 1);
          }
          break;

        case 'd':
          {
            double d = va_arg (args, double);

            if (!isnan (d))
              sqlite3_bind_double (stmt, i + 1, d);
            else
              sqlite3_bind_null (stmt, i + 1);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
  va_end (args);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    fail_sqlite (w, sql);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

static void
append_line (GString    *out,
             const char *text)
{
  g_autofree char *folded = mg_fold (text);

  if (folded == NULL || *folded == '\0')
    return;
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, folded);
}

/* One text row per language that has the element (English always); the
 * search body gets the English text where a translation is missing. */
void
mg_kbc_write_text (MgKbcWriter  *w,
                  const char *owner,
                  xmlNode    *english,
                  gboolean    searchable)
{
  for (guint i = 0; w->langs[i] != NULL; i++)
    {
      xmlNode *node = i == 0 ? english : mg_kbc_translation (english, w->langs[i]);
      g_autofree char *value = mg_kbc_text (node != NULL ? node : english);

      if (node != NULL)
        mg_kbc_sql_insert (w, "INSERT INTO text VALUES (?, ?, ?, ?)", "tttt",
                          owner, (const char *) english->name, w->langs[i], value);

      if (searchable && w->record != NULL)
        append_line (w->record->bodies[i], value);
    }
}

/* <name>/<class> (primary) and <synonyms> (';'-separated) in every
 * language, as name rows and as searchable names. */
void
mg_kbc_write_names (MgKbcWriter  *w,
                   const char *kind,
                   const char *id,
                   xmlNode    *english)
{
  g_autofree char *owner = g_strdup_printf ("%s:%s", kind, id);

  mg_kbc_write_text (w, owner, english, FALSE);
  mg_kbc_write_name_rows (w, kind, id, english, TRUE);
}

/* The name rows alone, in every language; @searchable adds them to the
 * search record being written. */
void
mg_kbc_write_name_rows (MgKbcWriter  *w,
                        const char   *kind,
                        const char   *id,
                        xmlNode      *english,
                        gboolean      searchable)
{
  gboolean primary = !mg_kbc_is (english, "synonyms");

  for (guint i = 0; w->langs[i] != NULL; i++)
    {
      xmlNode *node = i == 0 ? english : mg_kbc_translation (english, w->langs[i]);
      g_autofree char *value = NULL;
      g_auto(GStrv) items = NULL;

      if (node == NULL)
        continue;

      value = mg_kbc_text (node);
      /* A primary name is one item, even if it contains a ';'. */
      items = primary ? g_strsplit (value, ";", 1) : g_strsplit (value, ";", -1);

      for (guint j = 0; items[j] != NULL; j++)
        {
          g_autofree char *folded = NULL;
          char *item = g_strstrip (items[j]);

          if (*item == '\0')
            continue;

          folded = mg_fold (item);
          mg_kbc_sql_insert (w, "INSERT INTO name VALUES (?, ?, ?, ?, ?, ?)", "ttttti",
                            kind, id, w->langs[i], item, folded, (gint64) primary);
          if (searchable && w->record != NULL)
            append_line (w->record->names, item);
        }
    }
}

/* @value: brand names separated by ';' (rows without a language) */
void
mg_kbc_write_brands (MgKbcWriter  *w,
                    const char *kind,
                    const char *id,
                    const char *value)
{
  g_auto(GStrv) items = g_strsplit (value, ";", -1);

  for (guint j = 0; items[j] != NULL; j++)
    {
      g_autofree char *folded = NULL;
      char *item = g_strstrip (items[j]);

      if (*item == '\0')
        continue;

      folded = mg_fold (item);
      mg_kbc_sql_insert (w, "INSERT INTO name VALUES (?, ?, '', ?, ?, 0)", "tttt",
                        kind, id, item, folded);
      if (w->record != NULL)
        append_line (w->record->names, item);
    }
}

void
mg_kbc_write_citations (MgKbcWriter  *w,
                       const char *owner,
                       xmlNode    *node)
{
  g_autofree char *sources = mg_kbc_attr (node, "sources");
  g_auto(GStrv) ids = g_strsplit_set (sources != NULL ? sources : "", " \t\r\n", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    if (*ids[i] != '\0')
      mg_kbc_sql_insert (w, "INSERT OR IGNORE INTO citation VALUES (?, ?)", "tt", owner, ids[i]);
}

void
mg_kbc_search_append_name (MgKbcWriter  *w,
                           const char   *name)
{
  if (w->record != NULL)
    append_line (w->record->names, name);
}

void
mg_kbc_search_append_body (MgKbcWriter  *w,
                          guint       lang_index,
                          const char *text)
{
  if (w->record != NULL)
    append_line (w->record->bodies[lang_index], text);
}

/* Names are searched in every language's table. */
void
mg_kbc_search_append_names (MgKbcWriter  *w,
                           xmlNode    *english)
{
  for (guint i = 0; w->record != NULL && w->langs[i] != NULL; i++)
    {
      xmlNode *node = i == 0 ? english : mg_kbc_translation (english, w->langs[i]);
      g_autofree char *value = node != NULL ? mg_kbc_text (node) : NULL;

      if (value != NULL)
        append_line (w->record->names, value);
    }
}

void
mg_kbc_search_begin (MgKbcWriter  *w,
                    const char *kind,
                    const char *id,
                    xmlNode    *title)
{
  guint n = g_strv_length (w->langs);

  g_assert (w->record == NULL);

  w->record = g_new0 (MgKbcSearchRecord, 1);
  w->record->kind = g_strdup (kind);
  w->record->id = g_strdup (id);
  w->record->title = title;
  w->record->names = g_string_new (NULL);
  w->record->bodies = g_new0 (GString *, n);
  for (guint i = 0; i < n; i++)
    w->record->bodies[i] = g_string_new (NULL);
}

void
mg_kbc_search_end (MgKbcWriter  *w)
{
  MgKbcSearchRecord *record = w->record;

  g_assert (record != NULL);

  for (guint i = 0; w->langs[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO search_%s VALUES (?, ?, ?, ?, ?)", w->langs[i]);
      xmlNode *title = NULL;
      g_autofree char *title_text = NULL;

      if (record->title != NULL)
        {
          title = i == 0 ? NULL : mg_kbc_translation (record->title, w->langs[i]);
          title_text = mg_kbc_text (title != NULL ? title : record->title);
        }

      mg_kbc_sql_insert (w, sql, "ttttt", record->kind, record->id, title_text,
                        record->names->str, record->bodies[i]->str);
    }

  for (guint i = 0; w->langs[i] != NULL; i++)
    g_string_free (record->bodies[i], TRUE);
  g_free (record->bodies);
  g_string_free (record->names, TRUE);
  g_free (record->kind);
  g_free (record->id);
  g_free (record);
  w->record = NULL;
}

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

gboolean
mg_kbc_write_database (MgKbc        *self,
                      const char   *path,
                      GError      **error)
{
  g_autoptr(GStrvBuilder) langs = g_strv_builder_new ();
  g_autofree char *joined = NULL;
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

  mg_kbc_sql_exec (&w, schema_sql);

  for (guint i = 0; w.langs[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("CREATE VIRTUAL TABLE search_%s USING fts5 (kind UNINDEXED, "
                                              "id UNINDEXED, title UNINDEXED, names, body, "
                                              "tokenize = 'trigram');", w.langs[i]);
      mg_kbc_sql_exec (&w, sql);
    }

  joined = g_strjoinv (" ", w.langs);
  mg_kbc_sql_insert (&w, "INSERT INTO meta VALUES (?, ?)", "tt", "schema_version", "2");
  mg_kbc_sql_insert (&w, "INSERT INTO meta VALUES (?, ?)", "tt", "languages", joined);
  mg_kbc_sql_insert (&w, "INSERT INTO meta VALUES (?, ?)", "tt", "default_reference", self->default_reference);
  mg_kbc_sql_insert (&w, "INSERT INTO meta VALUES (?, ?)", "tt", "default_limits", self->default_limits);

  mg_kbc_write_records (&w);

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
