/* mg-facts-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The knowledge base's background: what magnesium does, how it is
 * absorbed, what causes a shortage, and the cautions, each with its
 * sources. About sixty short texts: built once when the page is opened.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-fact-row.h"
#include "mg-facts-page.h"
#include "mg-kb-labels.h"
#include "mg-rows.h"

struct _MgFactsPage
{
  MgPage parent_instance;

  GHashTable *rows;             /* "kind:id" -> its row, for search results */

  GtkScrolledWindow *scroller;
  GtkBox *content;
};

G_DEFINE_FINAL_TYPE (MgFactsPage, mg_facts_page, MG_TYPE_PAGE)

static GtkWidget *
add_article (MgFactsPage *self,
             GtkWidget   *group,
             const char  *kind,
             MgArticle   *article,
             const char  *value)
{
  GtkWidget *row = mg_fact_row_new (mg_article_get_title (article), value, mg_article_get_text (article));

  mg_fact_row_set_sources (MG_FACT_ROW (row), mg_article_get_sources (article));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_hash_table_insert (self->rows, g_strconcat (kind, ":", mg_article_get_id (article), NULL), row);

  return row;
}

static void
build_facts (MgFactsPage *self,
             GListModel  *facts)
{
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);

  /* One group per topic, in the order the topics first appear. */
  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(MgArticle) fact = g_list_model_get_item (facts, i);
      const char *topic = mg_article_get_topic (fact) != NULL ? mg_article_get_topic (fact) : "";
      GtkWidget *group = g_hash_table_lookup (groups, topic);

      if (group == NULL)
        {
          group = mg_rows_group_new (mg_kb_label_fact_topic (topic), NULL);
          gtk_box_append (self->content, group);
          g_hash_table_insert (groups, (gpointer) topic, group);
        }

      add_article (self, group, "fact", fact, NULL);
    }
}

static void
build_cautions (MgFactsPage *self,
                GListModel  *cautions)
{
  GtkWidget *group = mg_rows_group_new (_("Cautions"),
                                        _("When magnesium needs a doctor’s advice, or must not be used."));

  for (guint i = 0; i < g_list_model_get_n_items (cautions); i++)
    {
      g_autoptr(MgArticle) caution = g_list_model_get_item (cautions, i);
      /* The level is the caution's topic in the reader's articles. */
      GtkWidget *row = add_article (self, group, "caution", caution,
                                    mg_kb_label_caution_level (mg_article_get_topic (caution)));

      mg_fact_row_set_icon_name (MG_FACT_ROW (row), "dialog-warning-symbolic");
    }

  /* Safety first: the cautions open the page. */
  gtk_box_prepend (self->content, group);
}

/**
 * mg_facts_page_get_row:
 * @kind: "fact" or "caution"
 * @id: its id
 *
 * Returns: (transfer none) (nullable): its row
 */
GtkWidget *
mg_facts_page_get_row (MgFactsPage *self,
                       const char  *kind,
                       const char  *id)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (MG_IS_FACTS_PAGE (self), NULL);

  key = g_strconcat (kind, ":", id, NULL);
  return g_hash_table_lookup (self->rows, key);
}

static void
mg_facts_page_show_record (MgPage     *page,
                           const char *kind,
                           const char *id)
{
  MgFactsPage *self = MG_FACTS_PAGE (page);

  mg_rows_scroll_to (self->scroller, mg_facts_page_get_row (self, kind, id));
}

static void
mg_facts_page_constructed (GObject *object)
{
  MgFactsPage *self = MG_FACTS_PAGE (object);
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GListModel) cautions = NULL;
  g_autoptr(GError) error = NULL;
  MgKb *kb;

  G_OBJECT_CLASS (mg_facts_page_parent_class)->constructed (object);

  kb = mg_page_get_kb (MG_PAGE (self));
  if ((facts = mg_kb_list_facts (kb, NULL, &error)) == NULL ||
      (cautions = mg_kb_list_cautions (kb, &error)) == NULL)
    {
      mg_page_show_error (MG_PAGE (self), error);
      return;
    }

  build_facts (self, facts);
  build_cautions (self, cautions);
}

static void
mg_facts_page_dispose (GObject *object)
{
  MgFactsPage *self = MG_FACTS_PAGE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_FACTS_PAGE);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (mg_facts_page_parent_class)->dispose (object);
}

static void
mg_facts_page_class_init (MgFactsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MgPageClass *page_class = MG_PAGE_CLASS (klass);

  object_class->constructed = mg_facts_page_constructed;
  object_class->dispose = mg_facts_page_dispose;
  page_class->show_record = mg_facts_page_show_record;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-facts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgFactsPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, MgFactsPage, content);
}

static void
mg_facts_page_init (MgFactsPage *self)
{
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}
