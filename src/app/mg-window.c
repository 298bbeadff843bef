/* mg-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-welcome-page.h"
#include "mg-window.h"

struct _MgWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;

  AdwLeaflet *leaflet;
  GtkListBox *sidebar_list;
  GtkStack *stack;
  AdwWindowTitle *content_title;
};

G_DEFINE_FINAL_TYPE (MgWindow, mg_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_VISIBLE_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

MgWindow *
mg_window_new (MgApplication *application)
{
  return g_object_new (MG_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

const char *
mg_window_get_visible_page (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

static void
select_sidebar_row_for_page (MgWindow *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->stack);
  GtkWidget *child;
  int index = 0;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL && child != visible;
       child = gtk_widget_get_next_sibling (child))
    index++;

  gtk_list_box_select_row (self->sidebar_list,
                           gtk_list_box_get_row_at_index (self->sidebar_list, index));
}

/* Unknown names (an old setting, a page removed in a later version) keep
 * the current page instead of showing nothing. */
void
mg_window_set_visible_page (MgWindow   *self,
                            const char *page_name)
{
  g_return_if_fail (MG_IS_WINDOW (self));
  g_return_if_fail (page_name != NULL);

  if (gtk_stack_get_child_by_name (self->stack, page_name) == NULL)
    return;

  if (g_strcmp0 (page_name, gtk_stack_get_visible_child_name (self->stack)) == 0)
    return;

  gtk_stack_set_visible_child_name (self->stack, page_name);
}

static void
on_visible_child_changed (MgWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);

  if (child == NULL)
    return;

  adw_window_title_set_title (self->content_title,
                              gtk_stack_page_get_title (gtk_stack_get_page (self->stack, child)));
  select_sidebar_row_for_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_PAGE]);
}

static GtkWidget *
create_sidebar_row (gpointer item,
                    gpointer user_data)
{
  GtkStackPage *page = GTK_STACK_PAGE (item);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name (gtk_stack_page_get_icon_name (page));
  GtkWidget *label = gtk_label_new (gtk_stack_page_get_title (page));
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, gtk_stack_page_get_name (page));

  return row;
}

static void
on_sidebar_row_activated (MgWindow      *self,
                          GtkListBoxRow *row)
{
  mg_window_set_visible_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
go_back_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
restore_state (MgWindow *self)
{
  g_autofree char *last_page = NULL;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  last_page = g_settings_get_string (self->settings, "last-page");
  mg_window_set_visible_page (self, last_page);

  /* A narrow window opens on the page itself; the sidebar is one step back. */
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static gboolean
mg_window_close_request (GtkWindow *window)
{
  MgWindow *self = MG_WINDOW (window);
  int width, height;

  /* The unmaximized size is what a user wants back next time. */
  gtk_window_get_default_size (window, &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", MAX (width, 360));
  g_settings_set_int (self->settings, "window-height", MAX (height, 294));
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_set_string (self->settings, "last-page", mg_window_get_visible_page (self));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (mg_window_parent_class)->close_request (window);
}

static void
mg_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MgWindow *self = MG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VISIBLE_PAGE:
      g_value_set_string (value, mg_window_get_visible_page (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MgWindow *self = MG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VISIBLE_PAGE:
      mg_window_set_visible_page (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_window_dispose (GObject *object)
{
  MgWindow *self = MG_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mg_window_parent_class)->dispose (object);
}

static void
mg_window_class_init (MgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = mg_window_dispose;
  object_class->get_property = mg_window_get_property;
  object_class->set_property = mg_window_set_property;
  window_class->close_request = mg_window_close_request;

  properties[PROP_VISIBLE_PAGE] =
    g_param_spec_string ("visible-page", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MG_TYPE_WELCOME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MgWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, content_title);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);

  gtk_widget_class_install_action (widget_class, "window.go-back", NULL, go_back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "window.go-back", NULL);
}

static void
mg_window_init (MgWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  /* The sidebar lists the stack's pages, so a new page needs only a stack child. */
  pages = gtk_stack_get_pages (self->stack);
  gtk_list_box_bind_model (self->sidebar_list, G_LIST_MODEL (pages),
                           create_sidebar_row, NULL, NULL);

  /* Connected here, not in the template: the stack notifies while the
   * template is still being built, before content_title is bound. */
  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (on_visible_child_changed), self, G_CONNECT_SWAPPED);

  restore_state (self);
  on_visible_child_changed (self);
}
