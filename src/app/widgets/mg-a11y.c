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

/**
 * mg_a11y_hide_decorative_images:
 * @widget: a row whose images only decorate it
 *
 * Hides every #GtkImage inside @widget, its internal children included,
 * from assistive technologies. Call it only on widgets whose images carry
 * no meaning of their own: the named row or button says it all.
 */
void
mg_a11y_hide_decorative_images (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_IMAGE (child))
        gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      mg_a11y_hide_decorative_images (child);
    }
}
