/* mg-test-ui-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "mg-i18n.h"
#include "mg-pinned-selection.h"
#include "mg-search-header.h"
#include "mg-search-page.h"
#include "mg-test-ui-utils.h"

void
mg_test_ui_init (int    *argc,
                 char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  /* gtk_test_init() resets the locale to "C"; the Dutch tests need it back. */
  mg_i18n_init ();
  adw_init ();

  /* Transitions (the leaflet's fold, a stack's crossfade) then finish at
   * once: the state a test waits for is the state it sees. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* AdwApplication loads the app's style sheet; windows made without
   * one (as here) need it too, or screenshots would not show the app. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
}

/* One context for the whole test program, as the application has one. */
MgContext *
mg_test_ui_get_context (void)
{
  static MgContext *context;

  if (context == NULL)
    context = mg_context_new (NULL);

  return context;
}

/* Wakes the loop now and then, so that a condition that changes without
 * an event of its own is seen, and so is the deadline. The loop blocks in
 * between: a busy machine is not made busier by the tests' waiting. */
static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
mg_test_ui_wait_begin (MgTestUiWait *wait)
{
  wait->deadline = g_get_monotonic_time () + MG_TEST_UI_DEADLINE_SECONDS * G_TIME_SPAN_SECOND;
  wait->wake_up = g_timeout_add (20, wake_up, NULL);
}

gboolean
mg_test_ui_wait_iterate (MgTestUiWait *wait)
{
  if (g_get_monotonic_time () >= wait->deadline)
    return FALSE;

  g_main_context_iteration (NULL, TRUE);
  return TRUE;
}

void
mg_test_ui_wait_end (MgTestUiWait *wait,
                     gboolean      held,
                     const char   *condition,
                     const char   *file,
                     int           line)
{
  g_clear_handle_id (&wait->wake_up, g_source_remove);

  if (!held)
    g_error ("%s:%d: still not true after %d s: %s", file, line, MG_TEST_UI_DEADLINE_SECONDS, condition);
}

void
mg_test_ui_wait_until (gboolean (*done) (gpointer data),
                       gpointer   data)
{
  mg_test_ui_await (done (data));
}

void
mg_test_ui_drain (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

void
mg_test_ui_pace (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * G_TIME_SPAN_MILLISECOND;

  mg_test_ui_await (g_get_monotonic_time () >= end);
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Until the widget's window has drawn a frame after this call. */
void
mg_test_ui_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (widget);
  mg_test_ui_await (painted);
  g_signal_handler_disconnect (clock, handler);
}

void
mg_test_ui_wait_for_mapped (GtkWidget *widget)
{
  mg_test_ui_await (gtk_widget_get_mapped (widget) &&
                    gtk_widget_get_width (widget) > 0 &&
                    gtk_widget_get_height (widget) > 0);

  /* Allocation, and with it the leaflet's fold, is settled once a frame
   * has been painted after mapping. */
  mg_test_ui_wait_for_frame (widget);
  mg_test_ui_drain ();
}

/* css_class narrows the search where a type occurs more than once (list
 * boxes: the sidebar and every boxed list). */
GtkWidget *
mg_test_ui_find_by_type (GtkWidget  *root,
                         GType       type,
                         const char *css_class)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type) &&
      (css_class == NULL || gtk_widget_has_css_class (root, css_class)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = mg_test_ui_find_by_type (child, type, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
mg_test_ui_find_label (GtkWidget  *root,
                       const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = mg_test_ui_find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

gboolean
mg_test_ui_has_label (GtkWidget  *root,
                      const char *text)
{
  return mg_test_ui_find_label (root, text) != NULL;
}

GtkWidget *
mg_test_ui_find_row (GtkWidget  *root,
                     const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = mg_test_ui_find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Only labels that are drawn: hidden branches do not count. */
gboolean
mg_test_ui_has_label_containing (GtkWidget  *root,
                                 const char *part)
{
  if (!gtk_widget_get_visible (root))
    return FALSE;

  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), part) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (mg_test_ui_has_label_containing (child, part))
        return TRUE;
    }

  return FALSE;
}

static gboolean
transitions_done (gpointer data)
{
  GtkWidget *widget = data;

  if (GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
    return FALSE;
  if (ADW_IS_LEAFLET (widget) && adw_leaflet_get_child_transition_running (ADW_LEAFLET (widget)))
    return FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!transitions_done (child))
      return FALSE;

  return TRUE;
}

/**
 * mg_test_ui_screenshot:
 * @name: file name without extension, such as "checker-nl-360"
 *
 * Saves what @widget's window shows as a PNG in $MG_TEST_SCREENSHOT_DIR
 * (the build's meson-logs folder), for people to look at.
 */
void
mg_test_ui_screenshot (GtkWidget  *widget,
                       const char *name)
{
  const char *dir = g_getenv ("MG_TEST_SCREENSHOT_DIR");
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  /* What the page shows once it has settled, not a crossfade. */
  mg_test_ui_wait_until (transitions_done, root);
  mg_test_ui_wait_for_frame (root);
  width = gtk_widget_get_width (root);
  height = gtk_widget_get_height (root);
  paintable = gtk_widget_paintable_new (root);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (root)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  g_mkdir_with_parents (dir, 0755);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* A window of the given size, on the search page, drawn. */
MgWindow *
mg_test_ui_show_window (MgContext *context,
                        int        width,
                        int        height)
{
  MgWindow *window;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_string (settings, "last-page", "search");
  window = mg_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_ui_wait_for_mapped (GTK_WIDGET (window));

  return window;
}

GtkEditable *
mg_test_ui_get_search_entry (MgWindow *window)
{
  GtkWidget *entry = mg_test_ui_find_by_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);

  g_assert_nonnull (entry);
  return GTK_EDITABLE (entry);
}

typedef struct
{
  MgSearchPage *page;
  const char   *text;
} SearchWait;

static gboolean
search_done (gpointer data)
{
  SearchWait *wait = data;

  return g_strcmp0 (mg_search_page_get_query (wait->page), wait->text) == 0;
}

/* Types @text into the header's search entry, as a person would, and
 * waits until the search page has the results. */
void
mg_test_ui_search (MgWindow   *window,
                   const char *text)
{
  GtkEditable *entry = mg_test_ui_get_search_entry (window);
  SearchWait wait = { MG_SEARCH_PAGE (mg_window_get_page (window, "search")), text };

  gtk_editable_set_text (entry, text);
  mg_test_ui_wait_until (search_done, &wait);
}

static gboolean
selected_is_kind (MgWindow   *window,
                  const char *kind)
{
  GtkWidget *results = mg_search_page_get_results_view (MG_SEARCH_PAGE (mg_window_get_page (window, "search")));
  MgPinnedSelection *selection = MG_PINNED_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (results)));
  guint position = mg_pinned_selection_get_selected (selection);
  g_autoptr(GObject) item = position != GTK_INVALID_LIST_POSITION
                            ? g_list_model_get_item (G_LIST_MODEL (selection), position) : NULL;

  return MG_IS_SEARCH_RESULT (item) && g_str_equal (mg_search_result_get_kind (MG_SEARCH_RESULT (item)), kind);
}

/**
 * mg_test_ui_search_and_open:
 * @kind: the kind of result to open, "generic-name"
 *
 * Searches for @text, moves down with the arrow key to the first result
 * of @kind (among the first ten) and opens it with Enter, as a person at
 * the keyboard would.
 */
void
mg_test_ui_search_and_open (MgWindow   *window,
                            const char *text,
                            const char *kind)
{
  GtkWidget *header = mg_test_ui_find_by_type (GTK_WIDGET (window), MG_TYPE_SEARCH_HEADER, NULL);

  mg_test_ui_search (window, text);
  for (guint i = 0; i < 10 && !selected_is_kind (window, kind); i++)
    g_signal_emit_by_name (header, "move", 1);
  g_assert_true (selected_is_kind (window, kind));
  g_signal_emit_by_name (mg_test_ui_get_search_entry (window), "activate");
}

void
mg_test_ui_clear_medicines (MgContext *context)
{
  while (g_list_model_get_n_items (G_LIST_MODEL (mg_context_get_medicines (context))) > 0)
    mg_context_remove_medicine (context, 0);
}

/* Dark or the system's default; the next screenshot waits for the frame
 * drawn in the new colours. */
void
mg_test_ui_set_dark (gboolean dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_DEFAULT);
}
