/* mg-welcome-page.c — what the app is for, who it is for, and its limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-welcome-page.h"

struct _MgWelcomePage
{
  MgPage parent_instance;
};

G_DEFINE_FINAL_TYPE (MgWelcomePage, mg_welcome_page, MG_TYPE_PAGE)

static void
mg_welcome_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MG_TYPE_WELCOME_PAGE);

  G_OBJECT_CLASS (mg_welcome_page_parent_class)->dispose (object);
}

static void
mg_welcome_page_class_init (MgWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_welcome_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-welcome-page.ui");
}

static void
mg_welcome_page_init (MgWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
