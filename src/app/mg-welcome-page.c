/* mg-welcome-page.c — what the app is for, who it is for, and its limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-welcome-page.h"

struct _MgWelcomePage
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (MgWelcomePage, mg_welcome_page, ADW_TYPE_BIN)

static void
mg_welcome_page_class_init (MgWelcomePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-welcome-page.ui");
}

static void
mg_welcome_page_init (MgWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
