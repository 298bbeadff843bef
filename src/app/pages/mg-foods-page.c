/* mg-foods-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sorted first, filtered on top (typing never re-sorts); the search
 * ignores case and accents (MgFoldFilter).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-fold-filter.h"
#include "mg-foods-page.h"
#include "mg-format.h"
#include "mg-list-rows.h"
#include "mg-number.h"
#include "mg-sources-view.h"

struct _MgFoodsPage
{
  MgPage parent_instance;

  GListModel *foods;
  GtkSortListModel *sorted;
  GtkFilterListModel *filtered;
  MgFoldFilter *filter;
  gboolean setting_text;        /* the entry's text is being set from code */
  MgFoodsSort sort;

  GtkSearchEntry *search_entry;
  GtkWidget *sort_label;
  GtkDropDown *sort_dropdown;
  GtkStack *list_stack;
  GtkListView *list_view;
};

G_DEFINE_FINAL_TYPE (MgFoodsPage, mg_foods_page, MG_TYPE_PAGE)

static int
compare_per_100g (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  double fa = mg_food_get_mg_per_100g ((MgFood *) a);
  double fb = mg_food_get_mg_per_100g ((MgFood *) b);

  return (fa < fb) - (fa > fb);
}

/* Foods without a portion go last: the knowledge base gives none. */
static int
compare_per_portion (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  double fa = mg_food_get_mg_per_portion ((MgFood *) a);
  double fb = mg_food_get_mg_per_portion ((MgFood *) b);

  if ((fa < 0) != (fb < 0))
    return fa < 0 ? 1 : -1;

  return (fa < fb) - (fa > fb);
}

static int
compare_name (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  g_autofree char *fa = g_utf8_casefold (mg_food_get_name ((MgFood *) a), -1);
  g_autofree char *fb = g_utf8_casefold (mg_food_get_name ((MgFood *) b), -1);

  return g_utf8_collate (fa, fb);
}

/**
 * mg_foods_page_set_sort:
 * @sort: the order of the list
 */
void
mg_foods_page_set_sort (MgFoodsPage *self,
                        MgFoodsSort  sort)
{
  GCompareDataFunc funcs[] = { compare_per_100g, compare_per_portion, compare_name };
  g_autoptr(GtkSorter) sorter = NULL;

  g_return_if_fail (MG_IS_FOODS_PAGE (self));
  g_return_if_fail (sort <= MG_FOODS_SORT_NAME);

  self->sort = sort;
  sorter = GTK_SORTER (gtk_custom_sorter_new (funcs[sort], NULL, NULL));
  gtk_sort_list_model_set_sorter (self->sorted, sorter);

  if (gtk_drop_down_get_selected (self->sort_dropdown) != sort)
    gtk_drop_down_set_selected (self->sort_dropdown, sort);
}

static void
on_sort_changed (MgFoodsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->sort_dropdown);

  if (self->sorted != NULL && selected <= MG_FOODS_SORT_NAME && selected != self->sort)
    mg_foods_page_set_sort (self, selected);
}

static char *
food_text (gpointer item)
{
  return g_strdup (mg_food_get_name (MG_FOOD (item)));
}

/**
 * mg_foods_page_set_search:
 * @text: (nullable): part of a food's name, any case and accents
 */
void
mg_foods_page_set_search (MgFoodsPage *self,
                          const char  *text)
{
  g_return_if_fail (MG_IS_FOODS_PAGE (self));

  mg_fold_filter_set_search (self->filter, text);

  mg_list_rows_show_search (GTK_EDITABLE (self->search_entry), text, &self->setting_text);

  gtk_stack_set_visible_child_name (self->list_stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0 ? "list" : "empty");
}

static void
on_search_changed (MgFoodsPage *self)
{
  if (self->filter != NULL && !self->setting_text)
    mg_foods_page_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

GListModel *
mg_foods_page_get_model (MgFoodsPage *self)
{
  g_return_val_if_fail (MG_IS_FOODS_PAGE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

/* "592 mg per 100 g · 50 g of cooked spinach: 44 mg" */
static char *
describe_food (MgFood *food)
{
  g_autofree char *per_100 = mg_number_format (mg_food_get_mg_per_100g (food), 1);
  g_autofree char *portion = NULL;

  if (mg_food_get_mg_per_portion (food) >= 0 && mg_food_get_portion (food) != NULL)
    {
      g_autofree char *amount = mg_format_mg (mg_food_get_mg_per_portion (food));

      /* Translators: a portion ("50 g of cooked spinach") and its magnesium */
      portion = g_strdup_printf (_("%s: %s"), mg_food_get_portion (food), amount);
    }

  if (portion != NULL)
    /* Translators: magnesium per 100 g, then a portion with its magnesium */
    return g_strdup_printf (_("%s mg per 100 g · %s"), per_100, portion);

  /* Translators: magnesium per 100 g of a food */
  return g_strdup_printf (_("%s mg per 100 g"), per_100);
}

static void
setup_food (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *sources = mg_sources_view_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "numeric");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_box_append (GTK_BOX (box), sources);
  gtk_list_item_set_child (item, box);
  /* Nothing to open: the row holds all there is, and its sources. */
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_food (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  MgFood *food = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  GtkWidget *sources = gtk_widget_get_next_sibling (subtitle);
  g_autofree char *description = describe_food (food);

  gtk_label_set_text (GTK_LABEL (title), mg_food_get_name (food));
  gtk_label_set_text (GTK_LABEL (subtitle), description);
  mg_sources_view_set_sources (MG_SOURCES_VIEW (sources), mg_food_get_sources (food));
  mg_sources_view_set_expanded (MG_SOURCES_VIEW (sources), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, mg_food_get_name (food),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
mg_foods_page_show_record (MgPage     *page,
                           const char *kind,
                           const char *id)
{
  MgFoodsPage *self = MG_FOODS_PAGE (page);

  for (guint i = 0; self->foods != NULL && i < g_list_model_get_n_items (self->foods); i++)
    {
      g_autoptr(MgFood) food = g_list_model_get_item (self->foods, i);

      /* Searching for its name shows the food, whatever the order. */
      if (g_strcmp0 (mg_food_get_id (food), id) == 0)
        mg_foods_page_set_search (self, mg_food_get_name (food));
    }
}

static void
mg_foods_page_constructed (GObject *object)
{
  MgFoodsPage *self = MG_FOODS_PAGE (object);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (mg_foods_page_parent_class)->constructed (object);

  self->foods = mg_kb_list_foods (mg_page_get_kb (MG_PAGE (self)), &error);
  if (self->foods == NULL)
    {
      mg_page_show_error (MG_PAGE (self), error);
      return;
    }

  self->sorted = gtk_sort_list_model_new (g_object_ref (self->foods), NULL);
  self->filter = mg_fold_filter_new (food_text);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_food), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_food), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  mg_list_rows_setup_dropdown (self->sort_dropdown, self->sort_label);
  mg_foods_page_set_sort (self, MG_FOODS_SORT_PER_100G);
}

static void
mg_foods_page_dispose (GObject *object)
{
  MgFoodsPage *self = MG_FOODS_PAGE (object);

  g_clear_object (&self->sorted);
  g_clear_object (&self->filter);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_FOODS_PAGE);
  g_clear_object (&self->filtered);
  g_clear_object (&self->foods);

  G_OBJECT_CLASS (mg_foods_page_parent_class)->dispose (object);
}

static void
mg_foods_page_class_init (MgFoodsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MgPageClass *page_class = MG_PAGE_CLASS (klass);

  object_class->constructed = mg_foods_page_constructed;
  object_class->dispose = mg_foods_page_dispose;
  page_class->show_record = mg_foods_page_show_record;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-foods-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgFoodsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MgFoodsPage, sort_label);
  gtk_widget_class_bind_template_child (widget_class, MgFoodsPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MgFoodsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, MgFoodsPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_changed);
}

static void
mg_foods_page_init (MgFoodsPage *self)
{
  self->sort = MG_FOODS_SORT_PER_100G;
  gtk_widget_init_template (GTK_WIDGET (self));
}
