/* mg-list-rows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-list-rows.h"

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  "valign", GTK_ALIGN_CENTER,
                                  "visible", FALSE,
                                  NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  /* Wrapping labels ask for their whole text as natural width; this keeps
   * a list pane narrow enough to leave the detail its room. */
  gtk_label_set_max_width_chars (GTK_LABEL (title), 30);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (subtitle), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (subtitle), 30);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "numeric");

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), box);
  gtk_list_item_set_child (item, row);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          MgListRowDescribe         describe)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (row);
  GtkWidget *box = gtk_widget_get_next_sibling (icon);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  MgListRowText text = { NULL, };

  describe (gtk_list_item_get_item (item), &text);

  gtk_label_set_text (GTK_LABEL (title), text.title != NULL ? text.title : "");
  gtk_label_set_text (GTK_LABEL (subtitle), text.subtitle != NULL ? text.subtitle : "");
  gtk_widget_set_visible (subtitle, text.subtitle != NULL && *text.subtitle != '\0');
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), text.icon_name);
  gtk_widget_set_visible (icon, text.icon_name != NULL);
  gtk_widget_set_css_classes (icon, NULL);
  if (text.css_class != NULL)
    gtk_widget_add_css_class (icon, text.css_class);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text.title != NULL ? text.title : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text.subtitle != NULL ? text.subtitle : "",
                                  -1);

  g_free (text.title);
  g_free (text.subtitle);
}

/**
 * mg_list_rows_factory_new:
 * @describe: fills a row's texts for an item
 *
 * Returns: (transfer full): a factory for a #GtkListView
 */
GtkListItemFactory *
mg_list_rows_factory_new (MgListRowDescribe describe)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_return_val_if_fail (describe != NULL, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), (gpointer) describe);

  return factory;
}

static void
setup_choice (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_choice (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

/**
 * mg_list_rows_setup_dropdown:
 * @dropdown: a drop-down over a #GtkStringList
 * @label: the label that names it
 *
 * The button shows the choice ellipsized, so that a toolbar with a long
 * choice still fits 360 px; the popover lists the choices in full.
 */
void
mg_list_rows_setup_dropdown (GtkDropDown *dropdown,
                             GtkWidget   *label)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (GTK_IS_LABEL (label));

  /* GTK 4.8 gives the drop-down's own toggle button, the one that takes
   * the focus, no name: a screen reader would say only "toggle button". */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                      -1);

  g_signal_connect (button, "setup", G_CALLBACK (setup_choice), GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "bind", G_CALLBACK (bind_choice), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (setup_choice), GINT_TO_POINTER (FALSE));
  g_signal_connect (list, "bind", G_CALLBACK (bind_choice), NULL);
  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

/**
 * mg_list_rows_show_search:
 * @entry: a page's search entry
 * @text: (nullable): what the page now searches for
 * @guard: the page's flag, %TRUE while the entry's text is being set, so that its
 *   change handler does not search again
 *
 * Shows @text in @entry when it differs, as when another page opens this
 * one with a search.
 */
void
mg_list_rows_show_search (GtkEditable *entry,
                          const char  *text,
                          gboolean    *guard)
{
  g_return_if_fail (GTK_IS_EDITABLE (entry));
  g_return_if_fail (guard != NULL);

  if (text == NULL)
    text = "";

  /* Setting the text clears it first, which would search for "". */
  if (g_strcmp0 (gtk_editable_get_text (entry), text) != 0)
    {
      *guard = TRUE;
      gtk_editable_set_text (entry, text);
      *guard = FALSE;
    }
}
