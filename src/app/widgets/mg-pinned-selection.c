/* mg-pinned-selection.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkListView with single-click-activate (GTK 4.8) selects whatever row
 * the pointer rests on, and it does so again each time the rows under a
 * still pointer change. On the search page that moved the selection away
 * from the best result while a pharmacist typed, so Enter opened the row
 * under the mouse; on the list pages the highlight left the record on
 * show. This model takes no selection from the view: hovering and
 * clicking still activate rows, but only mg_pinned_selection_set_selected()
 * (the entry's arrow keys, the record on show) moves the highlight.
 */
#include "config.h"

#include "mg-pinned-selection.h"

struct _MgPinnedSelection
{
  GObject parent_instance;

  GListModel *model;
  guint selected;
};

static void list_model_iface_init (GListModelInterface *iface);
static void selection_model_iface_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MgPinnedSelection, mg_pinned_selection, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL, selection_model_iface_init))

static GType
get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (MG_PINNED_SELECTION (list)->model);
}

static guint
get_n_items (GListModel *list)
{
  return g_list_model_get_n_items (MG_PINNED_SELECTION (list)->model);
}

static gpointer
get_item (GListModel *list,
          guint       position)
{
  return g_list_model_get_item (MG_PINNED_SELECTION (list)->model, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static gboolean
is_selected (GtkSelectionModel *model,
             guint              position)
{
  return MG_PINNED_SELECTION (model)->selected == position;
}

/* select_item() and the rest keep the interface's defaults, which refuse:
 * the view cannot move this selection. */
static void
selection_model_iface_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = is_selected;
}

static void
on_items_changed (MgPinnedSelection *self,
                  guint              position,
                  guint              removed,
                  guint              added,
                  GListModel        *model)
{
  /* The selected item stays selected where it moved; removed, nothing is. */
  if (self->selected != GTK_INVALID_LIST_POSITION && self->selected >= position)
    {
      if (self->selected < position + removed)
        self->selected = GTK_INVALID_LIST_POSITION;
      else
        self->selected = self->selected - removed + added;
    }

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

/**
 * mg_pinned_selection_new:
 * @model: (transfer full): the items
 *
 * Returns: (transfer full): a selection with nothing selected
 */
MgPinnedSelection *
mg_pinned_selection_new (GListModel *model)
{
  MgPinnedSelection *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (MG_TYPE_PINNED_SELECTION, NULL);
  self->model = model;
  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * mg_pinned_selection_get_model:
 *
 * Returns: (transfer none): the items
 */
GListModel *
mg_pinned_selection_get_model (MgPinnedSelection *self)
{
  g_return_val_if_fail (MG_IS_PINNED_SELECTION (self), NULL);

  return self->model;
}

/**
 * mg_pinned_selection_get_selected:
 *
 * Returns: the selected position, or %GTK_INVALID_LIST_POSITION
 */
guint
mg_pinned_selection_get_selected (MgPinnedSelection *self)
{
  g_return_val_if_fail (MG_IS_PINNED_SELECTION (self), GTK_INVALID_LIST_POSITION);

  return self->selected;
}

/**
 * mg_pinned_selection_set_selected:
 * @position: a position, or %GTK_INVALID_LIST_POSITION for none
 */
void
mg_pinned_selection_set_selected (MgPinnedSelection *self,
                                  guint              position)
{
  guint old;

  g_return_if_fail (MG_IS_PINNED_SELECTION (self));

  if (position >= g_list_model_get_n_items (self->model))
    position = GTK_INVALID_LIST_POSITION;
  if (position == self->selected)
    return;

  old = self->selected;
  self->selected = position;

  if (old == GTK_INVALID_LIST_POSITION)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, 1);
  else if (position == GTK_INVALID_LIST_POSITION)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), old, 1);
  else
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), MIN (old, position),
                                           MAX (old, position) - MIN (old, position) + 1);
}

/**
 * mg_pinned_selection_select_id:
 * @id: (nullable): the #GObject:id of the item to select
 *
 * Selects the first item whose "id" property is @id, such as the
 * knowledge-base record on show; nothing when no item has it (a filter
 * hides it).
 */
void
mg_pinned_selection_select_id (MgPinnedSelection *self,
                               const char        *id)
{
  guint n, found = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (MG_IS_PINNED_SELECTION (self));

  n = g_list_model_get_n_items (self->model);
  for (guint i = 0; id != NULL && i < n && found == GTK_INVALID_LIST_POSITION; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (self->model, i);
      g_autofree char *item_id = NULL;

      if (g_object_class_find_property (G_OBJECT_GET_CLASS (item), "id") == NULL)
        continue;
      g_object_get (item, "id", &item_id, NULL);
      if (g_strcmp0 (item_id, id) == 0)
        found = i;
    }

  mg_pinned_selection_set_selected (self, found);
}

static void
mg_pinned_selection_dispose (GObject *object)
{
  MgPinnedSelection *self = MG_PINNED_SELECTION (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (mg_pinned_selection_parent_class)->dispose (object);
}

static void
mg_pinned_selection_class_init (MgPinnedSelectionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = mg_pinned_selection_dispose;
}

static void
mg_pinned_selection_init (MgPinnedSelection *self)
{
  self->selected = GTK_INVALID_LIST_POSITION;
}
