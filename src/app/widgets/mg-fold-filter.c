/* mg-fold-filter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Folds both sides with mg_fold(), as the knowledge base's own search
 * does, so "creme" finds "Crème" and "SPINACH" finds "spinach". A longer
 * search only hides rows and a shorter one only shows more: telling the
 * model so lets it re-check only the rows that can change.
 */
#include "config.h"

#include <string.h>

#include "mg-fold.h"
#include "mg-fold-filter.h"

struct _MgFoldFilter
{
  GtkFilter parent_instance;

  MgFoldTextFunc text_func;
  char *search;                 /* folded; NULL or "" matches everything */
};

G_DEFINE_FINAL_TYPE (MgFoldFilter, mg_fold_filter, GTK_TYPE_FILTER)

/**
 * mg_fold_filter_new:
 * @text_func: gives an item's text to search in
 *
 * Returns: (transfer full): a filter that matches every item until a
 *   search is set
 */
MgFoldFilter *
mg_fold_filter_new (MgFoldTextFunc text_func)
{
  MgFoldFilter *self;

  g_return_val_if_fail (text_func != NULL, NULL);

  self = g_object_new (MG_TYPE_FOLD_FILTER, NULL);
  self->text_func = text_func;

  return self;
}

/**
 * mg_fold_filter_get_search:
 *
 * Returns: (transfer none) (nullable): the search, folded
 */
const char *
mg_fold_filter_get_search (MgFoldFilter *self)
{
  g_return_val_if_fail (MG_IS_FOLD_FILTER (self), NULL);

  return self->search;
}

/**
 * mg_fold_filter_set_search:
 * @search: (nullable): what was typed
 *
 * Returns: %TRUE if the folded search changed
 */
gboolean
mg_fold_filter_set_search (MgFoldFilter *self,
                           const char   *search)
{
  g_autofree char *folded = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;
  const char *old;

  g_return_val_if_fail (MG_IS_FOLD_FILTER (self), FALSE);

  folded = mg_fold (search != NULL ? search : "");
  old = self->search != NULL ? self->search : "";
  if (g_strcmp0 (folded, old) == 0)
    return FALSE;

  if (folded != NULL && strstr (folded, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (folded != NULL && strstr (old, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->search);
  self->search = g_steal_pointer (&folded);
  gtk_filter_changed (GTK_FILTER (self), change);

  return TRUE;
}

static gboolean
mg_fold_filter_match (GtkFilter *filter,
                      gpointer   item)
{
  MgFoldFilter *self = MG_FOLD_FILTER (filter);
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;

  if (self->search == NULL || *self->search == '\0')
    return TRUE;

  text = self->text_func (item);
  folded = text != NULL ? mg_fold (text) : NULL;

  return folded != NULL && strstr (folded, self->search) != NULL;
}

static GtkFilterMatch
mg_fold_filter_get_strictness (GtkFilter *filter)
{
  MgFoldFilter *self = MG_FOLD_FILTER (filter);

  return self->search == NULL || *self->search == '\0' ? GTK_FILTER_MATCH_ALL : GTK_FILTER_MATCH_SOME;
}

static void
mg_fold_filter_finalize (GObject *object)
{
  MgFoldFilter *self = MG_FOLD_FILTER (object);

  g_free (self->search);

  G_OBJECT_CLASS (mg_fold_filter_parent_class)->finalize (object);
}

static void
mg_fold_filter_class_init (MgFoldFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = mg_fold_filter_finalize;
  filter_class->match = mg_fold_filter_match;
  filter_class->get_strictness = mg_fold_filter_get_strictness;
}

static void
mg_fold_filter_init (MgFoldFilter *self)
{
}
