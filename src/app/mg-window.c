/* mg-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-page.h"
#include "mg-welcome-page.h"
#include "mg-window.h"

/* The pages, in sidebar order. A page is built the first time it is shown,
 * so pages the user does not open cost nothing at start-up. @kinds lists
 * the record kinds (search result kinds) the page shows in detail. */
typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  const char *kinds;
  GType     (*get_type) (void);
} MgWindowPage;

static const MgWindowPage window_pages[] = {
  { "welcome", N_("Welcome"), "io.github.mgguide.MagnesiumGuide-symbolic", NULL, mg_welcome_page_get_type },
};

struct _MgWindow
{
  AdwApplicationWindow parent_instance;

  MgContext *context;
  GSettings *settings;

  AdwLeaflet *leaflet;
  GtkListBox *sidebar_list;
  GtkStack *stack;
  AdwWindowTitle *content_title;
  GtkWidget *back_button;

  /* The visible page, whose can-go-back and subtitle the header follows. */
  MgPage *followed_page;
};

G_DEFINE_FINAL_TYPE (MgWindow, mg_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_VISIBLE_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

MgWindow *
mg_window_new (MgApplication *application,
               MgContext     *context)
{
  g_return_val_if_fail (application == NULL || MG_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (MG_IS_CONTEXT (context), NULL);

  return g_object_new (MG_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

/**
 * mg_window_get_context:
 *
 * Returns: (transfer none): the context the window was made with
 */
MgContext *
mg_window_get_context (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);

  return self->context;
}

static const MgWindowPage *
find_page_entry (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (window_pages); i++)
    if (g_strcmp0 (window_pages[i].name, name) == 0)
      return &window_pages[i];

  return NULL;
}

static const MgWindowPage *
find_page_entry_for_kind (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (window_pages); i++)
    {
      g_auto(GStrv) kinds = NULL;

      if (window_pages[i].kinds == NULL)
        continue;

      kinds = g_strsplit (window_pages[i].kinds, " ", -1);
      if (g_strv_contains ((const char * const *) kinds, kind))
        return &window_pages[i];
    }

  return NULL;
}

/**
 * mg_window_get_page:
 * @page_name: a page's name, such as "welcome"
 *
 * Builds the page if it was not built yet.
 *
 * Returns: (transfer none) (nullable): the page, %NULL for an unknown name
 *   or while the knowledge base could not be opened
 */
GtkWidget *
mg_window_get_page (MgWindow   *self,
                    const char *page_name)
{
  const MgWindowPage *entry;
  GtkWidget *page;
  GtkStackPage *stack_page;

  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);
  g_return_val_if_fail (page_name != NULL, NULL);

  if (self->stack == NULL || (entry = find_page_entry (page_name)) == NULL)
    return NULL;

  page = gtk_stack_get_child_by_name (self->stack, page_name);
  if (page != NULL)
    return page;

  page = g_object_new (entry->get_type (), "context", self->context, NULL);
  stack_page = gtk_stack_add_named (self->stack, page, entry->name);
  gtk_stack_page_set_title (stack_page, _(entry->title));
  gtk_stack_page_set_icon_name (stack_page, entry->icon_name);

  return page;
}

const char *
mg_window_get_visible_page (MgWindow *self)
{
  g_return_val_if_fail (MG_IS_WINDOW (self), NULL);

  if (self->stack == NULL)
    return NULL;

  return gtk_stack_get_visible_child_name (self->stack);
}

static void
select_sidebar_row_for_page (MgWindow *self)
{
  const MgWindowPage *entry = find_page_entry (gtk_stack_get_visible_child_name (self->stack));

  if (entry == NULL)
    return;

  gtk_list_box_select_row (self->sidebar_list,
                           gtk_list_box_get_row_at_index (self->sidebar_list, entry - window_pages));
}

/* Unknown names (an old setting, a page removed in a later version) keep
 * the current page instead of showing nothing. */
void
mg_window_set_visible_page (MgWindow   *self,
                            const char *page_name)
{
  GtkWidget *page;

  g_return_if_fail (MG_IS_WINDOW (self));
  g_return_if_fail (page_name != NULL);

  page = mg_window_get_page (self, page_name);
  if (page == NULL || page == gtk_stack_get_visible_child (self->stack))
    return;

  gtk_stack_set_visible_child (self->stack, page);
}

/**
 * mg_window_show_record:
 * @kind: a record kind, as search results name them ("medicine", "compound"…)
 * @id: the record's id
 *
 * Shows the record on the page that owns its kind, and that page itself
 * when the window is folded.
 *
 * Returns: %TRUE if a page shows records of @kind
 */
gboolean
mg_window_show_record (MgWindow   *self,
                       const char *kind,
                       const char *id)
{
  const MgWindowPage *entry;
  GtkWidget *page;

  g_return_val_if_fail (MG_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  entry = find_page_entry_for_kind (kind);
  if (entry == NULL || (page = mg_window_get_page (self, entry->name)) == NULL)
    return FALSE;

  mg_page_show_record (MG_PAGE (page), kind, id);
  mg_window_set_visible_page (self, entry->name);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  return TRUE;
}

/* Back goes inside the page first (detail to list), then to the sidebar
 * when the window is folded. */
static void
update_back_button (MgWindow *self)
{
  gboolean page_can = self->followed_page != NULL && mg_page_get_can_go_back (self->followed_page);

  if (self->back_button == NULL)
    return;

  gtk_widget_set_visible (self->back_button, page_can || adw_leaflet_get_folded (self->leaflet));
}

static void
update_subtitle (MgWindow *self)
{
  const char *subtitle = self->followed_page != NULL ? mg_page_get_subtitle (self->followed_page) : NULL;

  if (self->content_title == NULL)
    return;

  adw_window_title_set_subtitle (self->content_title, subtitle != NULL ? subtitle : "");
}

static void
follow_page (MgWindow *self,
             MgPage   *page)
{
  if (self->followed_page == page)
    return;

  if (self->followed_page != NULL)
    g_signal_handlers_disconnect_by_data (self->followed_page, self);

  self->followed_page = page;
  if (page != NULL)
    {
      g_signal_connect_swapped (page, "notify::can-go-back", G_CALLBACK (update_back_button), self);
      g_signal_connect_swapped (page, "notify::subtitle", G_CALLBACK (update_subtitle), self);
    }

  update_back_button (self);
  update_subtitle (self);
}

static void
on_visible_child_changed (MgWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);

  if (child == NULL)
    return;

  adw_window_title_set_title (self->content_title,
                              gtk_stack_page_get_title (gtk_stack_get_page (self->stack, child)));
  follow_page (self, MG_IS_PAGE (child) ? MG_PAGE (child) : NULL);
  select_sidebar_row_for_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_PAGE]);
}

static GtkWidget *
create_sidebar_row (const MgWindowPage *entry)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* The row's name says it all; the icon is decoration. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", entry->icon_name,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  GtkWidget *label = gtk_label_new (_(entry->title));
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, entry->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(entry->title),
                                  -1);

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

  if (self->leaflet == NULL)
    return;

  /* On the sidebar of a folded window, the page's own step back is not
   * what the person sees. */
  if (g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "content") == 0 &&
      self->followed_page != NULL && mg_page_go_back (self->followed_page))
    return;

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

  if (self->stack == NULL)
    return;

  last_page = g_settings_get_string (self->settings, "last-page");
  mg_window_set_visible_page (self, last_page);
  if (gtk_stack_get_visible_child (self->stack) == NULL)
    mg_window_set_visible_page (self, window_pages[0].name);

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
  if (mg_window_get_visible_page (self) != NULL)
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
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

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
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

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

  follow_page (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (mg_window_parent_class)->dispose (object);
}

/* Without a knowledge base every page would answer "not found": say what
 * went wrong instead, and offer nothing that could be misread. */
static void
show_kb_error (MgWindow     *self,
               const GError *error)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("The Knowledge Base Cannot Be Opened"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), error->message);
  gtk_widget_set_vexpand (status, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), box);

  self->leaflet = NULL;
  self->sidebar_list = NULL;
  self->stack = NULL;
  self->content_title = NULL;
  self->back_button = NULL;
}

static void
mg_window_constructed (GObject *object)
{
  MgWindow *self = MG_WINDOW (object);

  G_OBJECT_CLASS (mg_window_parent_class)->constructed (object);

  /* g_object_new() without a context (an inspector, a builder file) still
   * gets a working window. */
  if (self->context == NULL)
    self->context = mg_context_new (NULL);
  self->settings = g_object_ref (mg_context_get_settings (self->context));

  if (mg_context_get_kb (self->context) == NULL)
    {
      show_kb_error (self, mg_context_get_kb_error (self->context));
      restore_state (self);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (window_pages); i++)
    gtk_list_box_append (self->sidebar_list, create_sidebar_row (&window_pages[i]));

  /* Connected here, not in the template: the stack notifies while the
   * template is still being built, before content_title is bound. */
  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (on_visible_child_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (update_back_button), self, G_CONNECT_SWAPPED);

  restore_state (self);
  on_visible_child_changed (self);
}

static void
mg_window_class_init (MgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mg_window_constructed;
  object_class->dispose = mg_window_dispose;
  object_class->get_property = mg_window_get_property;
  object_class->set_property = mg_window_set_property;
  window_class->close_request = mg_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         MG_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VISIBLE_PAGE] =
    g_param_spec_string ("visible-page", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MgWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, back_button);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);

  gtk_widget_class_install_action (widget_class, "window.go-back", NULL, go_back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "window.go-back", NULL);
}

static void
mg_window_init (MgWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
