/* mg-rows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-kb.h"
#include "mg-rows.h"

/**
 * mg_rows_group_new:
 * @title: (nullable): plain text
 * @description: (nullable): plain text
 *
 * Returns: (transfer floating): an #AdwPreferencesGroup
 */
GtkWidget *
mg_rows_group_new (const char *title,
                   const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), escaped);
    }

  if (description != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (description, -1);

      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), escaped);
    }

  return group;
}

/**
 * mg_rows_heading_new:
 * @text: plain text
 *
 * Returns: (transfer floating): a large label a screen reader announces as
 *   a heading, for the name of the record a detail shows
 */
GtkWidget *
mg_rows_heading_new (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_widget_add_css_class (label, "title-2");
  return label;
}

/**
 * mg_rows_action_row_new:
 * @title: plain text
 * @subtitle: (nullable): plain text, wrapped in full
 *
 * Returns: (transfer floating): an #AdwActionRow with markup off
 */
GtkWidget *
mg_rows_action_row_new (const char *title,
                        const char *subtitle)
{
  return g_object_new (ADW_TYPE_ACTION_ROW,
                       "use-markup", FALSE,
                       "title", title,
                       "subtitle", subtitle,
                       "subtitle-lines", 0,
                       "title-lines", 0,
                       NULL);
}

/**
 * mg_rows_clear_box:
 *
 * Removes every child of @box, for content rebuilt per record.
 */
void
mg_rows_clear_box (GtkBox *box)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/**
 * mg_rows_unparent_children:
 *
 * For the dispose of widgets that are a #GtkWidget with a layout manager
 * and template children: gtk_widget_dispose_template() does not unparent.
 */
void
mg_rows_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

/**
 * mg_rows_join_source_names:
 * @sources: a #GListModel of #MgSource
 *
 * Returns: (transfer full): their short names, "EFSA 2015, IOM 1997"
 */
char *
mg_rows_join_source_names (GListModel *sources)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (sources), NULL);

  n = g_list_model_get_n_items (sources);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgSource) source = g_list_model_get_item (sources, i);

      g_ptr_array_add (names, mg_source_dup_short_name (source));
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **) names->pdata);
}

/**
 * mg_rows_scroll_to:
 * @scroller: a scrolled window
 * @target: (nullable): a widget inside it
 *
 * Scrolls so that @target is at the top, for a search result that opens a
 * row of a long page.
 */
void
mg_rows_scroll_to (GtkScrolledWindow *scroller,
                   GtkWidget         *target)
{
  graphene_point_t point;

  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scroller));

  if (target != NULL &&
      gtk_widget_compute_point (target, gtk_scrolled_window_get_child (scroller),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), point.y);
}
