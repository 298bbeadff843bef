/* mg-a11y.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libadwaita 1.2 builds the arrows of AdwComboRow and AdwExpanderRow and
 * the pencil of AdwEntryRow as plain GtkImages, which screen readers
 * announce as "image" named after their class. The row itself has the
 * name and the state, so the images are decoration: hidden from the
 * accessibility tree (GTK's "hidden" state), as our own decorative images
 * are given the presentation role.
 */
#include "config.h"

#include "mg-a11y.h"

#include <adwaita.h>

static void
hide_images (GtkWidget *widget,
             gboolean   into_revealers)
{
  if (GTK_IS_REVEALER (widget) && !into_revealers)
    return;

  if (GTK_IS_IMAGE (widget))
    gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    hide_images (child, into_revealers);
}

/**
 * mg_a11y_hide_decorative_images:
 * @widget: a row or editor whose images only decorate it
 *
 * Hides every #GtkImage inside @widget, its internal children and the
 * rows an expander row reveals included, from assistive technologies.
 * Call it only on widgets whose images carry no meaning of their own: the
 * named row or button says it all.
 */
void
mg_a11y_hide_decorative_images (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  hide_images (widget, TRUE);
}

/**
 * mg_a11y_hide_row_arrows:
 * @root: a page or widget
 *
 * Hides the arrows of every combo and expander row under @root; the row's
 * state (its choice, expanded or not) already says what they show.
 */
void
mg_a11y_hide_row_arrows (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (ADW_IS_COMBO_ROW (root) || ADW_IS_EXPANDER_ROW (root))
    {
      /* The rows an expander row reveals have images of their own. */
      hide_images (root, FALSE);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    mg_a11y_hide_row_arrows (child);
}

/**
 * mg_a11y_name_drop_down:
 * @dropdown: a drop-down without a visible label of its own
 * @name: what it chooses, such as "Unit of the amount"
 * @description: (nullable): more about it, or %NULL
 *
 * A GtkDropDown (GTK 4.8) shows screen readers its inner toggle button,
 * which has no name of its own: gives both the control's name.
 */
void
mg_a11y_name_drop_down (GtkDropDown *dropdown,
                        const char  *name,
                        const char  *description)
{
  GtkWidget *button;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  button = gtk_widget_get_first_child (GTK_WIDGET (dropdown));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
  if (button != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                    -1);
}
