/* mg-search-header.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkSearchBar with its entry, below the window's header bar. Typing
 * anywhere in the window (key capture), Ctrl+F (mg_search_header_start())
 * or the header's search button opens it; Escape closes and clears it.
 * The entry reports every change at once (no search delay: the answer
 * should be drawn within the frame the key was typed in). Up and Down in
 * the entry do not move the text cursor but the result selection, Enter
 * opens the selected result: see the "move" and "activate" signals.
 */
#include "config.h"

#include "mg-search-header.h"

struct _MgSearchHeader
{
  GtkWidget       parent_instance;

  GtkSearchBar   *search_bar;
  GtkSearchEntry *entry;
};

G_DEFINE_FINAL_TYPE (MgSearchHeader, mg_search_header, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SEARCH_MODE,
  PROP_TEXT,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  SIGNAL_ACTIVATE,
  SIGNAL_MOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/**
 * mg_search_header_get_entry:
 *
 * Returns: (transfer none): the search entry
 */
GtkSearchEntry *
mg_search_header_get_entry (MgSearchHeader *self)
{
  g_return_val_if_fail (MG_IS_SEARCH_HEADER (self), NULL);

  return self->entry;
}

gboolean
mg_search_header_get_search_mode (MgSearchHeader *self)
{
  g_return_val_if_fail (MG_IS_SEARCH_HEADER (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

/**
 * mg_search_header_set_search_mode:
 * @search_mode: %FALSE hides the bar and clears the entry
 */
void
mg_search_header_set_search_mode (MgSearchHeader *self,
                                  gboolean        search_mode)
{
  g_return_if_fail (MG_IS_SEARCH_HEADER (self));

  gtk_search_bar_set_search_mode (self->search_bar, search_mode);
}

const char *
mg_search_header_get_text (MgSearchHeader *self)
{
  g_return_val_if_fail (MG_IS_SEARCH_HEADER (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->entry));
}

/**
 * mg_search_header_start:
 *
 * Opens the bar and puts the keyboard in the entry with its text selected,
 * so that typing replaces an earlier search (Ctrl+F).
 */
void
mg_search_header_start (MgSearchHeader *self)
{
  g_return_if_fail (MG_IS_SEARCH_HEADER (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

/**
 * mg_search_header_set_key_capture_widget:
 * @widget: (nullable): where typing starts a search, the window
 */
void
mg_search_header_set_key_capture_widget (MgSearchHeader *self,
                                         GtkWidget      *widget)
{
  g_return_if_fail (MG_IS_SEARCH_HEADER (self));

  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

static void
on_search_changed (MgSearchHeader *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

static void
on_activate (MgSearchHeader *self)
{
  g_signal_emit (self, signals[SIGNAL_ACTIVATE], 0);
}

static void
on_search_mode_changed (MgSearchHeader *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static gboolean
on_key_pressed (MgSearchHeader        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    g_signal_emit (self, signals[SIGNAL_MOVE], 0, 1);
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    g_signal_emit (self, signals[SIGNAL_MOVE], 0, -1);
  else
    return GDK_EVENT_PROPAGATE;

  return GDK_EVENT_STOP;
}

static void
mg_search_header_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MgSearchHeader *self = MG_SEARCH_HEADER (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, mg_search_header_get_search_mode (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, mg_search_header_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_search_header_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MgSearchHeader *self = MG_SEARCH_HEADER (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE:
      mg_search_header_set_search_mode (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_search_header_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MG_TYPE_SEARCH_HEADER);

  G_OBJECT_CLASS (mg_search_header_parent_class)->dispose (object);
}

static void
mg_search_header_class_init (MgSearchHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_search_header_dispose;
  object_class->get_property = mg_search_header_get_property;
  object_class->set_property = mg_search_header_set_property;

  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MgSearchHeader::changed:
   * @text: the entry's text
   *
   * The text changed (emitted at once, without a search delay).
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * MgSearchHeader::activate:
   *
   * Enter in the entry: open the selected result.
   */
  signals[SIGNAL_ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * MgSearchHeader::move:
   * @delta: 1 for Down, -1 for Up
   */
  signals[SIGNAL_MOVE] =
    g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-search-header.ui");
  gtk_widget_class_bind_template_child (widget_class, MgSearchHeader, search_bar);
  gtk_widget_class_bind_template_child (widget_class, MgSearchHeader, entry);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mg_search_header_init (MgSearchHeader *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->entry));
}
