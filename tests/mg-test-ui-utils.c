/* mg-test-ui-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "mg-i18n.h"
#include "mg-test-ui-utils.h"

void
mg_test_ui_init (int    *argc,
                 char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  /* gtk_test_init() resets the locale to "C"; the Dutch tests need it back. */
  mg_i18n_init ();
  adw_init ();
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

void
mg_test_ui_iterate (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

void
mg_test_ui_wait_for_mapped (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (gtk_widget_get_mapped (widget));
  /* Let allocation and the leaflet's fold settle. */
  mg_test_ui_iterate (200);
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

gboolean
mg_test_ui_has_label (GtkWidget  *root,
                      const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (mg_test_ui_has_label (child, text))
        return TRUE;
    }

  return FALSE;
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
