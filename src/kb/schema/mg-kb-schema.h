/* mg-kb-schema.h — the tables of the compiled knowledge base, once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contract between mg-kb-compile, which creates these tables, and
 * MgKb, which refuses a database that lacks any of them: both build their
 * SQL from this one list, so the two cannot drift apart. docs/kb-format.md
 * says what the columns hold. GLib only; header-only, so that the compiler
 * shares it without linking the reader.
 *
 * Changing a table, a column or the meaning of a value is a new
 * MG_KB_SCHEMA_VERSION: a reader refuses every other version.
 */
#pragma once

#include <string.h>
#include <glib.h>

G_BEGIN_DECLS

#define MG_KB_SCHEMA_VERSION 4

/* meta keys */
#define MG_KB_META_SCHEMA_VERSION   "schema_version"
#define MG_KB_META_LANGUAGES        "languages"
#define MG_KB_META_DEFAULT_REFERENCE "default_reference"
#define MG_KB_META_DEFAULT_LIMITS   "default_limits"
/* The content's edition and review date, when <knowledge-base> gives them */
#define MG_KB_META_EDITION          "edition"
#define MG_KB_META_DATE             "date"

#define MG_KB_SCHEMA_MAX_COLUMNS 24

typedef struct
{
  const char *name;        /* the per-language search table is name + "_" + language */
  const char *columns[MG_KB_SCHEMA_MAX_COLUMNS];  /* "name TYPE …", NULL-terminated */
  const char *constraint;  /* a table constraint, or NULL */
  const char *module;      /* a virtual table's module, or NULL */
  gboolean    per_language;
} MgKbSchemaTable;

static const MgKbSchemaTable mg_kb_schema_tables[] = {
  { "meta", { "key TEXT PRIMARY KEY", "value TEXT" } },
  { "source", { "id TEXT PRIMARY KEY", "ord INTEGER", "quality TEXT", "authors TEXT", "title TEXT",
                "publisher TEXT", "year INTEGER", "url TEXT", "doi TEXT", "pmid TEXT" } },
  { "text", { "owner TEXT", "field TEXT", "lang TEXT", "value TEXT" }, "PRIMARY KEY (owner, field, lang)" },
  { "citation", { "owner TEXT", "source_id TEXT" }, "PRIMARY KEY (owner, source_id)" },
  { "name", { "kind TEXT", "id TEXT", "lang TEXT", "name TEXT", "folded TEXT", "is_primary INTEGER" } },
  { "compound", { "id TEXT PRIMARY KEY", "ord INTEGER", "formula TEXT", "kind TEXT", "laxative TEXT",
                  "molar_mass REAL", "elemental_fraction REAL", "mg_atoms INTEGER", "solubility_g_per_100ml REAL" } },
  { "compound_use", { "compound_id TEXT", "use TEXT" } },
  { "compound_note", { "owner TEXT PRIMARY KEY", "compound_id TEXT", "topic TEXT", "ord INTEGER" } },
  { "published_fraction", { "owner TEXT PRIMARY KEY", "compound_id TEXT", "value REAL", "min REAL",
                            "max REAL", "basis TEXT" } },
  { "reference_set", { "id TEXT PRIMARY KEY", "ord INTEGER", "is_default INTEGER" } },
  { "intake", { "owner TEXT PRIMARY KEY", "set_id TEXT", "from_months INTEGER", "to_months INTEGER",
                "sex TEXT", "status TEXT", "mg REAL", "kind TEXT" } },
  { "intake_alternative", { "owner TEXT PRIMARY KEY", "intake_owner TEXT", "mg REAL" } },
  { "limit_set", { "id TEXT PRIMARY KEY", "ord INTEGER", "is_default INTEGER" } },
  { "upper_limit", { "owner TEXT PRIMARY KEY", "set_id TEXT", "from_months INTEGER",
                     "to_months INTEGER", "status TEXT", "mg REAL" } },
  { "medicine", { "id TEXT PRIMARY KEY", "ord INTEGER", "brands TEXT" } },
  { "interaction", { "id TEXT PRIMARY KEY", "ord INTEGER", "direction TEXT", "severity TEXT",
                     "evidence TEXT", "route TEXT", "hours_before REAL", "hours_after REAL", "spacing TEXT",
                     "after_condition TEXT", "separation_owner TEXT" } },
  { "interaction_medicine", { "interaction_id TEXT", "medicine_id TEXT", "hours_before REAL",
                              "hours_after REAL", "spacing TEXT", "after_condition TEXT",
                              "separation_owner TEXT" } },
  { "generic_name", { "id TEXT PRIMARY KEY", "ord INTEGER", "resolves_to TEXT" } },
  { "generic_form", { "generic_id TEXT", "compound_id TEXT", "ord INTEGER" } },
  { "product", { "id TEXT PRIMARY KEY", "ord INTEGER", "market TEXT", "spacing TEXT", "hours_before REAL",
                 "hours_after REAL", "after_condition TEXT", "own_separation INTEGER" } },
  { "product_ingredient", { "product_id TEXT", "medicine_id TEXT", "ord INTEGER" } },
  { "product_interaction", { "product_id TEXT", "medicine_id TEXT", "interaction_id TEXT", "ord INTEGER",
                             "spacing TEXT", "hours_before REAL", "hours_after REAL", "after_condition TEXT",
                             "from_product INTEGER" } },
  { "caution", { "id TEXT PRIMARY KEY", "ord INTEGER", "level TEXT", "route TEXT" } },
  { "lab_interference", { "id TEXT PRIMARY KEY", "ord INTEGER" } },
  { "condition", { "id TEXT PRIMARY KEY", "ord INTEGER", "route TEXT" } },
  { "condition_rating", { "owner TEXT PRIMARY KEY", "condition_id TEXT", "ord INTEGER", "value TEXT",
                          "scheme TEXT" } },
  { "condition_dose", { "owner TEXT PRIMARY KEY", "condition_id TEXT", "ord INTEGER", "route TEXT",
                        "population TEXT", "from_months INTEGER", "to_months INTEGER", "amount_min REAL",
                        "amount_max REAL", "unit TEXT", "basis TEXT", "compound TEXT", "per TEXT",
                        "intakes_per_day INTEGER", "daily_mg_min REAL", "daily_mg_max REAL", "limit_mg REAL",
                        "supervised INTEGER" } },
  { "food", { "id TEXT PRIMARY KEY", "ord INTEGER", "mg_per_100g REAL", "ndb TEXT", "portion_g REAL" } },
  { "fact", { "id TEXT PRIMARY KEY", "ord INTEGER", "topic TEXT" } },
  { "serum_range", { "id TEXT PRIMARY KEY", "ord INTEGER", "kind TEXT", "population TEXT", "unit TEXT",
                     "low REAL", "high REAL", "low_mmol REAL", "high_mmol REAL", "findings TEXT" } },
  { "serum_disagreement", { "id TEXT PRIMARY KEY", "ord INTEGER" } },
  { "serum_disagreement_range", { "disagreement_id TEXT", "range_id TEXT", "ord INTEGER" } },
  { "dosing_advice", { "id TEXT PRIMARY KEY", "ord INTEGER", "above_mg REAL" } },
  /* One FTS5 table per language of meta.languages (search_en, search_nl). */
  { "search", { "kind UNINDEXED", "id UNINDEXED", "title UNINDEXED", "names", "body" },
    "tokenize = 'trigram'", "fts5", TRUE },
};

/* The reader's lookups rely on these (docs/kb-format.md, "Reader notes"). */
static const char * const mg_kb_schema_indexes[] = {
  "CREATE INDEX name_by_folded ON name (folded)",
  "CREATE INDEX name_by_record ON name (kind, id)",
  "CREATE INDEX interaction_medicine_by_medicine ON interaction_medicine (medicine_id)",
  "CREATE INDEX product_ingredient_by_medicine ON product_ingredient (medicine_id)",
  "CREATE INDEX product_interaction_by_product ON product_interaction (product_id)",
};

/* "search" + "nl" -> "search_nl"; other tables keep their name. */
static inline char *
mg_kb_schema_table_name (const MgKbSchemaTable *table,
                         const char            *language)
{
  return table->per_language ? g_strconcat (table->name, "_", language, NULL) : g_strdup (table->name);
}

/* CREATE TABLE (or CREATE VIRTUAL TABLE … USING module) for the compiler. */
static inline char *
mg_kb_schema_create_sql (const MgKbSchemaTable *table,
                         const char            *language)
{
  g_autofree char *name = mg_kb_schema_table_name (table, language);
  g_autofree char *columns = g_strjoinv (", ", (char **) table->columns);

  if (table->module != NULL)
    return g_strdup_printf ("CREATE VIRTUAL TABLE %s USING %s (%s%s%s)", name, table->module, columns,
                            table->constraint != NULL ? ", " : "",
                            table->constraint != NULL ? table->constraint : "");

  return g_strdup_printf ("CREATE TABLE %s (%s%s%s)", name, columns,
                          table->constraint != NULL ? ", " : "",
                          table->constraint != NULL ? table->constraint : "");
}

/* SELECT every column … LIMIT 0, for the reader to probe a table: it
 * prepares only when the table and all its columns exist. */
static inline char *
mg_kb_schema_probe_sql (const MgKbSchemaTable *table,
                        const char            *language)
{
  g_autofree char *name = mg_kb_schema_table_name (table, language);
  GString *sql = g_string_new ("SELECT ");

  for (guint i = 0; table->columns[i] != NULL; i++)
    {
      const char *column = table->columns[i];

      if (i > 0)
        g_string_append (sql, ", ");
      g_string_append_len (sql, column, strcspn (column, " "));
    }
  g_string_append_printf (sql, " FROM %s LIMIT 0", name);

  return g_string_free (sql, FALSE);
}

G_END_DECLS
