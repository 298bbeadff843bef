/* mg-kb-compounds.c — magnesium salts and forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "mg-kb-private.h"

static MgArticle *
note_new (MgKb       *kb,
          const char *owner,
          const char *topic)
{
  MgArticle *note = g_object_new (MG_TYPE_ARTICLE, NULL);

  note->id = g_strdup (owner);
  note->kind = g_strdup (g_str_equal (topic, "disagreement") ? "disagreement" : "note");
  note->topic = g_strdup (topic);
  note->text = _mg_kb_text (kb, owner, NULL);
  _mg_kb_take_model (&note->sources, _mg_kb_sources_for (kb, owner));

  return note;
}

static void
load_notes (MgKb       *kb,
            MgCompound *compound)
{
  g_autoptr(GPtrArray) owners = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_free);
  GListStore *notes = g_list_store_new (MG_TYPE_ARTICLE);
  GListStore *disagreements = g_list_store_new (MG_TYPE_ARTICLE);
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT owner, topic FROM compound_note WHERE compound_id = ?1 ORDER BY ord, rowid");
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, compound->id, -1, SQLITE_TRANSIENT);
      while (_mg_kb_step (kb, stmt))
        {
          g_ptr_array_add (owners, _mg_kb_column_dup (stmt, 0));
          g_ptr_array_add (topics, _mg_kb_column_dup (stmt, 1));
        }
    }

  for (guint i = 0; i < owners->len; i++)
    {
      const char *topic = g_ptr_array_index (topics, i) ? g_ptr_array_index (topics, i) : "note";
      g_autoptr(MgArticle) note = note_new (kb, g_ptr_array_index (owners, i), topic);
      char **shortcut = NULL;

      if (g_str_equal (topic, "disagreement"))
        {
          g_list_store_append (disagreements, note);
          continue;
        }

      g_list_store_append (notes, note);

      /* The first note of each topic doubles as the plain-text property. */
      if (g_str_equal (topic, "solubility"))
        shortcut = &compound->solubility;
      else if (g_str_equal (topic, "absorption"))
        shortcut = &compound->absorption;
      else if (g_str_equal (topic, "laxative"))
        shortcut = &compound->laxative_note;

      if (shortcut != NULL && *shortcut == NULL)
        *shortcut = g_strdup (note->text);
    }

  _mg_kb_take_model (&compound->notes, G_LIST_MODEL (notes));
  _mg_kb_take_model (&compound->disagreements, G_LIST_MODEL (disagreements));
}

static void
load_fractions (MgKb       *kb,
                MgCompound *compound)
{
  GListStore *store = g_list_store_new (MG_TYPE_PUBLISHED_FRACTION);
  g_autoptr(GPtrArray) fractions = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT owner, value, min, max, basis FROM published_fraction "
                               "WHERE compound_id = ?1 ORDER BY rowid");
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, compound->id, -1, SQLITE_TRANSIENT);
      while (_mg_kb_step (kb, stmt))
        {
          MgPublishedFraction *fraction = g_object_new (MG_TYPE_PUBLISHED_FRACTION, NULL);

          fraction->id = _mg_kb_column_dup (stmt, 0);
          fraction->value = _mg_kb_column_double (stmt, 1);
          fraction->min = _mg_kb_column_double (stmt, 2);
          fraction->max = _mg_kb_column_double (stmt, 3);
          fraction->basis = _mg_kb_column_dup (stmt, 4);
          g_ptr_array_add (fractions, fraction);
        }
    }

  for (guint i = 0; i < fractions->len; i++)
    {
      MgPublishedFraction *fraction = g_ptr_array_index (fractions, i);

      _mg_kb_take_model (&fraction->sources, _mg_kb_sources_for (kb, fraction->id));
      g_list_store_append (store, fraction);
    }

  _mg_kb_take_model (&compound->published_fractions, G_LIST_MODEL (store));
}

MgCompound *
_mg_kb_compound_new (MgKb       *kb,
                     const char *id)
{
  g_autoptr(MgCompound) compound = NULL;
  g_autoptr(GPtrArray) uses = NULL;
  g_autofree char *owner = g_strconcat ("compound:", id, NULL);
  sqlite3_stmt *stmt;

  stmt = _mg_kb_statement (kb, "SELECT formula, kind, laxative, molar_mass, elemental_fraction, mg_atoms, "
                               "solubility_g_per_100ml FROM compound WHERE id = ?1");
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (!_mg_kb_step (kb, stmt))
    return NULL;

  compound = g_object_new (MG_TYPE_COMPOUND, NULL);
  compound->id = g_strdup (id);
  compound->formula = _mg_kb_column_dup (stmt, 0);
  compound->kind = _mg_kb_column_dup (stmt, 1);
  compound->laxative = _mg_kb_column_dup (stmt, 2);
  compound->molar_mass = _mg_kb_column_double (stmt, 3);
  compound->elemental_fraction = _mg_kb_column_double (stmt, 4);
  compound->mg_atoms = _mg_kb_column_int (stmt, 5);
  compound->solubility_g_per_100ml = _mg_kb_column_double (stmt, 6);

  /* Every amount a person takes is multiplied by this: a value outside
   * (0, 1] would give a wrong total, never a safe one. */
  if (sqlite3_column_type (stmt, 4) == SQLITE_NULL)
    {
      _mg_kb_fail (kb, MG_KB_ERROR_INVALID_DATA,
                   _("The knowledge base gives the compound “%s” no elemental fraction"), id);
      return NULL;
    }
  if (isnan (compound->elemental_fraction) ||
      compound->elemental_fraction <= 0.0 || compound->elemental_fraction > 1.0)
    {
      _mg_kb_fail (kb, MG_KB_ERROR_INVALID_DATA,
                   _("The knowledge base gives the compound “%s” an elemental fraction of %g, outside 0 to 1"),
                   id, compound->elemental_fraction);
      return NULL;
    }

  compound->name = _mg_kb_text (kb, owner, "name");
  compound->synonyms = _mg_kb_text_list (kb, owner, "synonyms");

  uses = _mg_kb_column_ids (kb, "SELECT use FROM compound_use WHERE compound_id = ?1 ORDER BY rowid", id);
  g_ptr_array_add (uses, NULL);
  compound->uses = (GStrv) g_ptr_array_steal (uses, NULL);

  load_notes (kb, compound);
  load_fractions (kb, compound);
  _mg_kb_take_model (&compound->sources, _mg_kb_sources_for (kb, owner));

  return g_steal_pointer (&compound);
}

GListModel *
mg_kb_list_compounds (MgKb    *kb,
                      GError **error)
{
  GListStore *store;
  g_autoptr(GPtrArray) ids = NULL;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  store = g_list_store_new (MG_TYPE_COMPOUND);
  ids = _mg_kb_column_ids (kb, "SELECT id FROM compound ORDER BY ord", NULL);

  for (guint i = 0; i < ids->len && !_mg_kb_failed (kb); i++)
    {
      g_autoptr(MgCompound) compound = _mg_kb_compound_new (kb, g_ptr_array_index (ids, i));

      if (compound != NULL)
        g_list_store_append (store, compound);
    }

  return _mg_kb_finish (kb, store, NULL, error);
}

MgCompound *
mg_kb_lookup_compound (MgKb        *kb,
                       const char  *id_or_name,
                       GError     **error)
{
  g_autoptr(GError) query_error = NULL;
  g_autofree char *id = NULL;
  MgCompound *compound = NULL;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (id_or_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _mg_kb_begin (kb);
  id = _mg_kb_resolve_name (kb, "compound", "SELECT id FROM compound WHERE id = ?1", id_or_name);
  if (id != NULL)
    compound = _mg_kb_compound_new (kb, id);

  if (compound == NULL)
    _mg_kb_set_not_found (&query_error, "compound", id_or_name);

  return _mg_kb_finish (kb, compound, g_steal_pointer (&query_error), error);
}
