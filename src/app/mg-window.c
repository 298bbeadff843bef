/* mg-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-about-kb-page.h"
#include "mg-checker-page.h"
#include "mg-conditions-page.h"
#include "mg-dosing-page.h"
#include "mg-facts-page.h"
#include "mg-foods-page.h"
#include "mg-intake-page.h"
#include "mg-lab-page.h"
#include "mg-medicine-page.h"
#include "mg-page.h"
#include "mg-record-page.h"
#include "mg-salts-page.h"
#include "mg-search-header.h"
#include "mg-search-page.h"
#include "mg-sources-page.h"
#include "mg-window-history.h"
#include "mg-window.h"

typedef enum
{
  /* A detail page opened from records, not listed in the sidebar. */
  MG_WINDOW_PAGE_HIDDEN = 1 << 0,
} MgWindowPageFlags;

/* The pages, in sidebar order. A page is built the first time it is shown,
 * so pages the user does not open cost nothing at start-up. @kinds lists
 * the record kinds (search result kinds) the page shows in detail; "*"
 * takes every kind that no other page lists. */
typedef struct
{
  const char        *name;
  const char        *title;
  const char        *icon_name;
  const char        *kinds;
  GType            (*get_type) (void);
  MgWindowPageFlags  flags;
} MgWindowPage;

static const MgWindowPage window_pages[] = {
  { "search", N_("Search"), "system-search-symbolic", NULL, mg_search_page_get_type },
  { "interactions", N_("Interaction Checker"), "view-list-bullet-symbolic", NULL, mg_checker_page_get_type },
  { "dosing", N_("Dosing Helper"), "accessories-calculator-symbolic", NULL, mg_dosing_page_get_type },
  { "salts", N_("Salts"), "applications-science-symbolic", "compound", mg_salts_page_get_type },
  { "intake", N_("Daily Amounts"), "x-office-calendar-symbolic", "reference-set limit-set", mg_intake_page_get_type },
  { "conditions", N_("Conditions"), "emblem-documents-symbolic", "condition", mg_conditions_page_get_type },
  { "foods", N_("Foods"), "emoji-food-symbolic", "food", mg_foods_page_get_type },
  { "lab", N_("Lab Values"), "x-office-spreadsheet-symbolic", "serum-range serum-disagreement lab-interference", mg_lab_page_get_type },
  { "facts", N_("Background"), "dialog-information-symbolic", "fact caution", mg_facts_page_get_type },
  { "sources", N_("Sources"), "accessories-dictionary-symbolic", "source", mg_sources_page_get_type },
  { "about-kb", N_("About the Knowledge Base"), "help-about-symbolic", NULL, mg_about_kb_page_get_type },
  { "medicine", N_("Medicine"), "document-properties-symbolic", "medicine product interaction",
    mg_medicine_page_get_type, MG_WINDOW_PAGE_HIDDEN },
  { "record", N_("Details"), "document-properties-symbolic", "*",
    mg_record_page_get_type, MG_WINDOW_PAGE_HIDDEN },
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
  GtkToggleButton *search_button;
  MgSearchHeader *search_header;

  MgWindowHistory *history;
  /* The record shown, so that Back from the next one can return to it. */
  char *record_kind;
  char *record_id;

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
  const MgWindowPage *fallback = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (window_pages); i++)
    {
      g_auto(GStrv) kinds = NULL;

      if (window_pages[i].kinds == NULL)
        continue;

      kinds = g_strsplit (window_pages[i].kinds, " ", -1);
      if (g_strv_contains ((const char * const *) kinds, kind))
        return &window_pages[i];
      if (g_strv_contains ((const char * const *) kinds, "*"))
        fallback = &window_pages[i];
    }

  return fallback;
}

/**
 * mg_window_get_page:
 * @page_name: a page's name, such as "search"
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

/* A detail page has no row: the row of the page it was opened from stays
 * selected. */
static void
select_sidebar_row_for_page (MgWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (row));
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

static void
update_back_button (MgWindow *self);

static void
set_record (MgWindow   *self,
            const char *kind,
            const char *id)
{
  g_free (self->record_kind);
  g_free (self->record_id);
  self->record_kind = g_strdup (kind);
  self->record_id = g_strdup (id);
}

static gboolean
show_record (MgWindow   *self,
             const char *kind,
             const char *id)
{
  const MgWindowPage *entry = find_page_entry_for_kind (kind);
  GtkWidget *page;

  if (entry == NULL || (page = mg_window_get_page (self, entry->name)) == NULL)
    return FALSE;

  mg_page_show_record (MG_PAGE (page), kind, id);
  mg_window_set_visible_page (self, entry->name);
  set_record (self, kind, id);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  return TRUE;
}

/**
 * mg_window_show_record:
 * @kind: a record kind, as search results name them ("medicine", "compound"…)
 * @id: the record's id
 *
 * Shows the record on the page that owns its kind (a detail page for
 * kinds no page owns), and that page itself when the window is folded.
 * Back returns to what was shown before.
 *
 * Returns: %TRUE if a page shows the record
 */
gboolean
mg_window_show_record (MgWindow   *self,
                       const char *kind,
                       const char *id)
{
  const char *current;

  g_return_val_if_fail (MG_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->stack == NULL || find_page_entry_for_kind (kind) == NULL)
    return FALSE;

  current = mg_window_get_visible_page (self);
  if (current != NULL &&
      !(g_strcmp0 (self->record_kind, kind) == 0 && g_strcmp0 (self->record_id, id) == 0))
    mg_window_history_push (self->history, current, self->record_kind, self->record_id);

  if (!show_record (self, kind, id))
    return FALSE;

  update_back_button (self);
  return TRUE;
}

static void
show_record_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  const char *kind, *id;

  g_variant_get (parameter, "(&s&s)", &kind, &id);
  mg_window_show_record (MG_WINDOW (widget), kind, id);
}

/* Back goes inside the page first (detail to list), then to the sidebar
 * when the window is folded. */
static void
update_back_button (MgWindow *self)
{
  gboolean page_can = self->followed_page != NULL && mg_page_get_can_go_back (self->followed_page);

  if (self->back_button == NULL)
    return;

  gtk_widget_set_visible (self->back_button,
                          page_can || adw_leaflet_get_folded (self->leaflet) ||
                          !mg_window_history_is_empty (self->history));
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

  /* On the search page the keyboard is in the search entry at once. */
  if (MG_IS_SEARCH_PAGE (child) && !mg_search_header_get_search_mode (self->search_header))
    mg_search_header_start (self->search_header);
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

/* A page chosen in the sidebar is a fresh start: no way back into the
 * records opened before, and no search left open over another page. */
static void
on_sidebar_row_activated (MgWindow      *self,
                          GtkListBoxRow *row)
{
  const char *name = gtk_widget_get_name (GTK_WIDGET (row));

  mg_window_history_clear (self->history);
  set_record (self, NULL, NULL);
  if (g_strcmp0 (name, "search") != 0)
    mg_search_header_set_search_mode (self->search_header, FALSE);
  mg_window_set_visible_page (self, name);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  update_back_button (self);
}

static void
on_search_changed (MgWindow   *self,
                   const char *text)
{
  MgSearchPage *page = MG_SEARCH_PAGE (mg_window_get_page (self, "search"));

  mg_search_page_set_query (page, text);

  /* Typing on another page is a new search, not a step from that page. */
  if (*text != '\0' && g_strcmp0 (mg_window_get_visible_page (self), "search") != 0)
    {
      mg_window_history_clear (self->history);
      set_record (self, NULL, NULL);
      mg_window_set_visible_page (self, "search");
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      update_back_button (self);
    }
}

static void
on_search_activate (MgWindow *self)
{
  mg_search_page_activate_selected (MG_SEARCH_PAGE (mg_window_get_page (self, "search")));
}

static void
on_search_move (MgWindow *self,
                int       delta)
{
  mg_search_page_move_selection (MG_SEARCH_PAGE (mg_window_get_page (self, "search")), delta);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MgWindow *self = MG_WINDOW (widget);

  if (self->search_header != NULL)
    mg_search_header_start (self->search_header);
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
  if (g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "content") == 0)
    {
      g_autofree char *page = NULL;
      g_autofree char *kind = NULL;
      g_autofree char *id = NULL;

      if (self->followed_page != NULL && mg_page_go_back (self->followed_page))
        return;

      /* Then back to where the record was opened from. */
      if (mg_window_history_pop (self->history, &page, &kind, &id))
        {
          if (kind == NULL || !show_record (self, kind, id))
            {
              set_record (self, NULL, NULL);
              mg_window_set_visible_page (self, page);
            }
          update_back_button (self);
          return;
        }
    }

  /* Side by side, the sidebar is already in view: nothing to go back to. */
  if (adw_leaflet_get_folded (self->leaflet))
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
  const MgWindowPage *entry = find_page_entry (mg_window_get_visible_page (self));
  int width, height;

  /* The unmaximized size is what a user wants back next time. */
  gtk_window_get_default_size (window, &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", MAX (width, 360));
  g_settings_set_int (self->settings, "window-height", MAX (height, 294));
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  /* A detail page means nothing without its record: search comes back. */
  if (entry != NULL)
    g_settings_set_string (self->settings, "last-page",
                           (entry->flags & MG_WINDOW_PAGE_HIDDEN) ? window_pages[0].name : entry->name);
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
  if (self->search_header != NULL)
    mg_search_header_set_key_capture_widget (self->search_header, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_WINDOW);
  g_clear_pointer (&self->history, mg_window_history_free);
  g_clear_pointer (&self->record_kind, g_free);
  g_clear_pointer (&self->record_id, g_free);
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
  self->search_button = NULL;
  self->search_header = NULL;
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
    if (!(window_pages[i].flags & MG_WINDOW_PAGE_HIDDEN))
      gtk_list_box_append (self->sidebar_list, create_sidebar_row (&window_pages[i]));

  /* Typing anywhere starts a search; text fields get their keys first. */
  mg_search_header_set_key_capture_widget (self->search_header, GTK_WIDGET (self));
  g_object_bind_property (self->search_header, "search-mode",
                          self->search_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->search_header, "changed",
                           G_CALLBACK (on_search_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_header, "activate",
                           G_CALLBACK (on_search_activate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_header, "move",
                           G_CALLBACK (on_search_move), self, G_CONNECT_SWAPPED);

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

  g_type_ensure (MG_TYPE_SEARCH_HEADER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MgWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, MgWindow, search_header);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated);

  gtk_widget_class_install_action (widget_class, "window.go-back", NULL, go_back_action);
  gtk_widget_class_install_action (widget_class, "window.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "window.search", NULL);
  gtk_widget_class_install_action (widget_class, "window.show-record", "(ss)", show_record_action);
}

static void
mg_window_init (MgWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->history = mg_window_history_new ();

  /* Alt+Left and the Back key, in the capture phase: the leaflet (it can
   * navigate back, for the swipe) would otherwise take them first when the
   * focus is inside it, and show the sidebar instead of the previous page. */
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Left, GDK_ALT_MASK),
                                                                                       gtk_keyval_trigger_new (GDK_KEY_Back, 0)),
                                                          gtk_named_action_new ("window.go-back")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}
