/* mg-salts-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list is a GtkListView over the compounds the reader returns, sorted
 * by a GtkSortListModel: rows are built for what is on screen only.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-format.h"
#include "mg-kb-labels.h"
#include "mg-list-rows.h"
#include "mg-number.h"
#include "mg-pinned-selection.h"
#include "mg-sources-view.h"
#include "mg-salt-compare.h"
#include "mg-salt-detail.h"
#include "mg-a11y.h"
#include "mg-rows.h"
#include "mg-salts-page.h"

/* The knowledge base's fact that organic salts are generally absorbed
 * better; the absorption order follows it and names it. */
#define ABSORPTION_FACT_ID "absorption-salts"

struct _MgSaltsPage
{
  MgPage parent_instance;

  GListModel *compounds;
  GtkSortListModel *sorted;
  MgPinnedSelection *selection;
  MgSaltsSort sort;

  AdwLeaflet *leaflet;
  GtkWidget *sort_label;
  GtkDropDown *sort_dropdown;
  GtkWidget *sort_note_box;
  GtkLabel *sort_note;
  MgSourcesView *sort_sources;
  GtkListView *list_view;
  GtkStack *detail_stack;
  MgSaltDetail *detail;
  MgSaltCompare *compare;
};

G_DEFINE_FINAL_TYPE (MgSaltsPage, mg_salts_page, MG_TYPE_PAGE)

/* Highest elemental fraction first: the first row answers "which salt
 * gives the most magnesium per gram". */
static int
compare_elemental (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  double fa = mg_compound_get_elemental_fraction ((MgCompound *) a);
  double fb = mg_compound_get_elemental_fraction ((MgCompound *) b);

  return (fa < fb) - (fa > fb);
}

/* Case-folded first: under the C locale "L-threonate" would otherwise
 * sort before "acetate". */
static int
compare_name (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  g_autofree char *fa = g_utf8_casefold (mg_compound_get_name ((MgCompound *) a), -1);
  g_autofree char *fb = g_utf8_casefold (mg_compound_get_name ((MgCompound *) b), -1);

  return g_utf8_collate (fa, fb);
}

/* The knowledge base rates no salt's absorption on a scale; it says that
 * organic salts are generally absorbed better than inorganic ones. So:
 * organic first, then by name; each salt's own studies are on its page. */
static int
compare_absorption (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  gboolean oa = g_strcmp0 (mg_compound_get_kind ((MgCompound *) a), "organic") == 0;
  gboolean ob = g_strcmp0 (mg_compound_get_kind ((MgCompound *) b), "organic") == 0;

  if (oa != ob)
    return oa ? -1 : 1;

  return compare_name (a, b, user_data);
}

static void
update_sort_note (MgSaltsPage *self)
{
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (self->sort_note_box, self->sort == MG_SALTS_SORT_ABSORPTION);
  if (self->sort != MG_SALTS_SORT_ABSORPTION)
    return;

  gtk_label_set_text (self->sort_note,
                      _("Organic salts first: they are generally absorbed better than inorganic ones. No salt has a measured rank; each salt’s page gives its studies."));

  facts = mg_kb_list_facts (mg_page_get_kb (MG_PAGE (self)), "absorption", &error);
  if (facts == NULL)
    {
      /* The order stands; why it is so cannot be shown. */
      gtk_label_set_text (self->sort_note, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(MgArticle) fact = g_list_model_get_item (facts, i);

      if (g_strcmp0 (mg_article_get_id (fact), ABSORPTION_FACT_ID) == 0)
        mg_sources_view_set_sources (self->sort_sources, mg_article_get_sources (fact));
    }
}

/**
 * mg_salts_page_set_sort:
 * @sort: the order of the list
 */
void
mg_salts_page_set_sort (MgSaltsPage *self,
                        MgSaltsSort  sort)
{
  GCompareDataFunc funcs[] = { compare_elemental, compare_name, compare_absorption };
  g_autoptr(GtkSorter) sorter = NULL;

  g_return_if_fail (MG_IS_SALTS_PAGE (self));
  g_return_if_fail (sort <= MG_SALTS_SORT_ABSORPTION);

  self->sort = sort;
  sorter = GTK_SORTER (gtk_custom_sorter_new (funcs[sort], NULL, NULL));
  gtk_sort_list_model_set_sorter (self->sorted, sorter);

  if (gtk_drop_down_get_selected (self->sort_dropdown) != sort)
    gtk_drop_down_set_selected (self->sort_dropdown, sort);

  update_sort_note (self);
}

static void
on_sort_changed (MgSaltsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->sort_dropdown);

  /* The template sets the model before the page has its compounds. */
  if (self->sorted == NULL)
    return;

  if (selected <= MG_SALTS_SORT_ABSORPTION && selected != self->sort)
    mg_salts_page_set_sort (self, selected);
}

/**
 * mg_salts_page_get_model:
 *
 * Returns: (transfer none): the salts in the list's order
 */
GListModel *
mg_salts_page_get_model (MgSaltsPage *self)
{
  g_return_val_if_fail (MG_IS_SALTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sorted);
}

GtkWidget *
mg_salts_page_get_detail (MgSaltsPage *self)
{
  g_return_val_if_fail (MG_IS_SALTS_PAGE (self), NULL);

  return GTK_WIDGET (self->detail);
}

GtkWidget *
mg_salts_page_get_compare (MgSaltsPage *self)
{
  g_return_val_if_fail (MG_IS_SALTS_PAGE (self), NULL);

  return GTK_WIDGET (self->compare);
}

/* Opened from search or a plain name, the list shows where the salt is.
 * A list that was just built has no rows laid out to scroll to: it waits
 * for the first frame that gave it a size. */
static gboolean
scroll_when_laid_out (GtkWidget     *list_view,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  MgSaltsPage *self = MG_SALTS_PAGE (user_data);
  guint position = mg_pinned_selection_get_selected (self->selection);

  if (gtk_widget_get_height (list_view) == 0)
    return G_SOURCE_CONTINUE;

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);

  return G_SOURCE_REMOVE;
}

static void
scroll_to_selected (MgSaltsPage *self)
{
  /* A tick callback ends with the widget: no reference to keep. */
  gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), scroll_when_laid_out, self, NULL);
}

static void
show_compound (MgSaltsPage *self,
               MgCompound  *compound)
{
  mg_salt_detail_set_compound (self->detail, compound);
  mg_pinned_selection_select_id (self->selection, mg_compound_get_id (compound));
  scroll_to_selected (self);
  gtk_stack_set_visible_child_name (self->detail_stack, "salt");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_list_activate (MgSaltsPage *self,
                  guint        position)
{
  g_autoptr(MgCompound) compound = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (compound != NULL)
    show_compound (self, compound);
}

static guint
find_position (MgSaltsPage *self,
               const char  *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgCompound) compound = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      if (g_strcmp0 (mg_compound_get_id (compound), id) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
mg_salts_page_show_record (MgPage     *page,
                           const char *kind,
                           const char *id)
{
  MgSaltsPage *self = MG_SALTS_PAGE (page);
  guint position;

  /* The page shows an error instead when the salts could not be read. */
  if (self->sorted == NULL || (position = find_position (self, id)) == GTK_INVALID_LIST_POSITION)
    return;

  on_list_activate (self, position);
}

/**
 * mg_salts_page_compare:
 * @ids: (array zero-terminated=1): two or three compound ids
 *
 * Shows the comparison with these salts chosen.
 */
void
mg_salts_page_compare (MgSaltsPage        *self,
                       const char * const *ids)
{
  g_return_if_fail (MG_IS_SALTS_PAGE (self));

  mg_salt_compare_choose (self->compare, ids);
  gtk_stack_set_visible_child_name (self->detail_stack, "compare");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Starts from the salt on show, so "Compare" answers "and how does this
 * one do against…"; the comparison lets the person change all three. */
static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MgSaltsPage *self = MG_SALTS_PAGE (widget);
  MgCompound *current = mg_salt_detail_get_compound (self->detail);
  const char *ids[] = { NULL, NULL, NULL };
  guint n = 0;

  if (self->sorted == NULL)
    return;

  if (current != NULL)
    ids[n++] = mg_compound_get_id (current);

  for (guint i = 0; n < 2 && i < g_list_model_get_n_items (G_LIST_MODEL (self->sorted)); i++)
    {
      g_autoptr(MgCompound) compound = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      if (current == NULL || compound != current)
        ids[n++] = mg_compound_get_id (compound);
    }

  mg_salts_page_compare (self, ids);
}

/* "60.3 mg per 100 mg · Inorganic · Laxative effect: Strong" */
static char *
describe_compound (MgCompound *compound)
{
  g_autofree char *number = mg_number_format_fixed (100.0 * mg_compound_get_elemental_fraction (compound), 1);

  /* Translators: elemental magnesium per 100 mg of salt, whether it is
   * organic or inorganic, and how strongly it loosens the stools */
  return g_strdup_printf (_("%s mg per 100 mg · %s · Laxative effect: %s"),
                          number,
                          mg_kb_label_compound_kind (mg_compound_get_kind (compound)),
                          mg_kb_label_laxative (mg_compound_get_laxative (compound)));
}

static void
describe_row (gpointer       item,
              MgListRowText *text)
{
  text->title = g_strdup (mg_compound_get_name (MG_COMPOUND (item)));
  text->subtitle = describe_compound (MG_COMPOUND (item));
}

static void
mg_salts_page_constructed (GObject *object)
{
  MgSaltsPage *self = MG_SALTS_PAGE (object);
  g_autoptr(GtkListItemFactory) factory = mg_list_rows_factory_new (describe_row);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (mg_salts_page_parent_class)->constructed (object);

  self->compounds = mg_kb_list_compounds (mg_page_get_kb (MG_PAGE (self)), &error);
  if (self->compounds == NULL)
    {
      mg_page_show_error (MG_PAGE (self), error);
      return;
    }

  self->sorted = gtk_sort_list_model_new (g_object_ref (self->compounds), NULL);
  self->selection = mg_pinned_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));

  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  mg_salt_detail_set_kb (self->detail, mg_page_get_kb (MG_PAGE (self)));
  mg_salt_compare_set_model (self->compare, self->compounds);
  mg_list_rows_setup_dropdown (self->sort_dropdown, self->sort_label);
  mg_salts_page_set_sort (self, MG_SALTS_SORT_ELEMENTAL);
  mg_page_set_leaflet (MG_PAGE (self), self->leaflet);
  mg_a11y_hide_row_arrows (GTK_WIDGET (self));
}

static void
mg_salts_page_dispose (GObject *object)
{
  MgSaltsPage *self = MG_SALTS_PAGE (object);

  /* on_sort_changed() does nothing without the sorted model. */
  g_clear_object (&self->sorted);
  /* The leaflet is both AdwBin's child and a template child: let the bin
   * drop it first, or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_SALTS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->compounds);

  G_OBJECT_CLASS (mg_salts_page_parent_class)->dispose (object);
}

static void
mg_salts_page_class_init (MgSaltsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MgPageClass *page_class = MG_PAGE_CLASS (klass);

  object_class->constructed = mg_salts_page_constructed;
  object_class->dispose = mg_salts_page_dispose;
  page_class->show_record = mg_salts_page_show_record;

  g_type_ensure (MG_TYPE_SALT_DETAIL);
  g_type_ensure (MG_TYPE_SALT_COMPARE);
  g_type_ensure (MG_TYPE_SOURCES_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-salts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgSaltsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MgSaltsPage, sort_label);
  gtk_widget_class_bind_template_child (widget_class, MgSaltsPage, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MgSaltsPage, sort_note_box);
  gtk_widget_class_bind_template_child (widget_class, MgSaltsPage, sort_note);
  gtk_widget_class_bind_template_child (widget_class, MgSaltsPage, sort_sources);
  gtk_widget_class_bind_template_child (widget_class, MgSaltsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, MgSaltsPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, MgSaltsPage, detail);
  gtk_widget_class_bind_template_child (widget_class, MgSaltsPage, compare);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);

  gtk_widget_class_install_action (widget_class, "salts.compare", NULL, compare_action);
}

static void
mg_salts_page_init (MgSaltsPage *self)
{
  self->sort = MG_SALTS_SORT_ELEMENTAL;
  gtk_widget_init_template (GTK_WIDGET (self));
}
