/* mg-medicine-list-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-a11y.h"
#include "mg-medicine-list-editor.h"

#define MAX_SUGGESTIONS 6

struct _MgMedicineListEditor
{
  AdwBin                parent_instance;

  MgContext            *context;
  GListStore           *suggestions;

  AdwPreferencesGroup  *group;
  AdwEntryRow          *entry_row;
  GtkLabel             *message;
  GtkListBox           *suggestion_list;
  GtkListBox           *medicine_list;
};

G_DEFINE_FINAL_TYPE (MgMedicineListEditor, mg_medicine_list_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mg_medicine_list_editor_new:
 * @context: the application's context, whose medicine list is edited
 *
 * Returns: (transfer floating): a new editor
 */
GtkWidget *
mg_medicine_list_editor_new (MgContext *context)
{
  g_return_val_if_fail (MG_IS_CONTEXT (context), NULL);

  return g_object_new (MG_TYPE_MEDICINE_LIST_EDITOR, "context", context, NULL);
}

/**
 * mg_medicine_list_editor_get_context:
 *
 * Returns: (transfer none) (nullable): the context
 */
MgContext *
mg_medicine_list_editor_get_context (MgMedicineListEditor *self)
{
  g_return_val_if_fail (MG_IS_MEDICINE_LIST_EDITOR (self), NULL);

  return self->context;
}

/* What the knowledge base makes of a name, for the row's subtitle. */
static char *
describe_name (MgKb       *kb,
               const char *name)
{
  g_autoptr(MgBrand) brand = NULL;
  g_autoptr(MgMedicine) medicine = NULL;
  g_autoptr(GListModel) interactions = NULL;
  g_autoptr(GError) error = NULL;

  if (kb == NULL)
    return NULL;

  /* A product first: a combination is all its ingredients, never one. */
  brand = mg_kb_lookup_brand (kb, name, &error);
  if (brand != NULL)
    {
      g_autofree char *ingredients = g_strjoinv (" + ", (char **) mg_brand_get_ingredient_names (brand));

      /* Translators: %s is a product's ingredients, "dolutegravir + rilpivirine" */
      return g_strdup_printf (_("Product: %s"), ingredients);
    }
  if (!g_error_matches (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    /* Translators: %s says what failed, from the knowledge base */
    return g_strdup_printf (_("Could not be looked up: %s"), error->message);
  g_clear_error (&error);

  medicine = mg_kb_lookup_medicine (kb, name, &error);
  if (medicine != NULL)
    /* Translators: %s is the medicine's name (INN) in the knowledge base */
    return g_strdup_printf (_("Medicine: %s"), mg_medicine_get_name (medicine));

  /* A lookup that failed is not "not in this knowledge base". */
  if (!g_error_matches (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    /* Translators: %s says what failed, from the knowledge base */
    return g_strdup_printf (_("Could not be looked up: %s"), error->message);
  g_clear_error (&error);

  interactions = mg_kb_find_interactions (kb, name, &error);
  if (interactions == NULL && !g_error_matches (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    return g_strdup_printf (_("Could not be looked up: %s"), error->message);
  if (interactions != NULL && g_list_model_get_n_items (interactions) > 0)
    {
      g_autoptr(MgInteraction) interaction = g_list_model_get_item (interactions, 0);

      /* Translators: %s is a class such as "Quinolone antibiotics" */
      return g_strdup_printf (_("Medicine class: %s"), mg_interaction_get_class_name (interaction));
    }

  return g_strdup (_("Not in this knowledge base"));
}

static void
remove_row (MgMedicineListEditor *self,
            GtkListBoxRow        *row)
{
  int position = gtk_list_box_row_get_index (row);
  GtkListBoxRow *next;

  if (position < 0 || self->context == NULL)
    return;

  mg_context_remove_medicine (self->context, position);

  /* Keep the keyboard in the list: the row that took its place, else the
   * one before, else the entry. */
  next = gtk_list_box_get_row_at_index (self->medicine_list, position);
  if (next == NULL && position > 0)
    next = gtk_list_box_get_row_at_index (self->medicine_list, position - 1);
  if (next != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (next));
  else
    mg_medicine_list_editor_focus_entry (self);
}

static void
on_remove_clicked (GtkButton            *button,
                   MgMedicineListEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  if (row != NULL)
    remove_row (self, GTK_LIST_BOX_ROW (row));
}

static GtkWidget *
create_medicine_row (gpointer item,
                     gpointer user_data)
{
  MgMedicineListEditor *self = MG_MEDICINE_LIST_EDITOR (user_data);
  const char *name = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
  g_autofree char *status = describe_name (mg_context_get_kb (self->context), name);
  g_autofree char *remove_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), status);
  /* The row is named by its title already; say what the name is too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, status,
                                  -1);

  /* Translators: %s is a medicine name as the person typed it */
  remove_label = g_strdup_printf (_("Remove %s"), name);
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* A product's search snippet is what it contains. */
static const char *
snippet_or_title (MgSearchResult *result)
{
  const char *snippet = mg_search_result_get_snippet (result);

  return snippet != NULL && *snippet != '\0' ? snippet : mg_search_result_get_title (result);
}

static GtkWidget *
create_suggestion_row (gpointer item,
                       gpointer user_data)
{
  MgSearchResult *result = MG_SEARCH_RESULT (item);
  const char *matched = mg_search_result_get_matched_name (result);
  const char *title = mg_search_result_get_title (result);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (g_strcmp0 (mg_search_result_get_kind (result), "interaction") == 0)
    subtitle = g_strdup_printf (_("Medicine class: %s"), title);
  else if (g_strcmp0 (mg_search_result_get_kind (result), "product") == 0)
    subtitle = g_strdup_printf (_("Product: %s"), snippet_or_title (result));
  else
    subtitle = g_strdup_printf (_("Medicine: %s"), title);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), matched != NULL ? matched : title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "name", g_strdup (matched != NULL ? matched : title), g_free);

  return row;
}

static void
show_message (MgMedicineListEditor *self,
              const char           *message)
{
  gtk_label_set_text (self->message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry_row), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry_row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message != NULL ? message : "",
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry_row),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
update_suggestions (MgMedicineListEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry_row));
  MgKb *kb = self->context != NULL ? mg_context_get_kb (self->context) : NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (kb != NULL && *trimmed != '\0')
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) results = mg_kb_search (kb, text, 4 * MAX_SUGGESTIONS, &error);
      guint n;

      /* No suggestions because the search failed must not look like none. */
      if (results == NULL)
        {
          show_message (self, error->message);
          n = 0;
        }
      else
        n = g_list_model_get_n_items (results);

      for (guint i = 0; i < n && found->len < MAX_SUGGESTIONS; i++)
        {
          g_autoptr(MgSearchResult) result = g_list_model_get_item (results, i);
          const char *kind = mg_search_result_get_kind (result);

          if (g_str_equal (kind, "medicine") || g_str_equal (kind, "product") || g_str_equal (kind, "interaction"))
            g_ptr_array_add (found, g_steal_pointer (&result));
        }
    }

  g_list_store_splice (self->suggestions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->suggestions)),
                       found->pdata, found->len);
  gtk_widget_set_visible (GTK_WIDGET (self->suggestion_list), found->len > 0);
}

static void
on_entry_changed (MgMedicineListEditor *self)
{
  show_message (self, NULL);
  update_suggestions (self);
}

static gboolean
add_name (MgMedicineListEditor *self,
          const char           *name)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  if (*trimmed == '\0')
    {
      show_message (self, _("Type the name of a medicine, a brand or a class first."));
      return FALSE;
    }

  if (!mg_context_add_medicine (self->context, trimmed))
    {
      /* Translators: %s is a medicine name */
      g_autofree char *message = g_strdup_printf (_("“%s” is already on the list."), trimmed);

      show_message (self, message);
      return FALSE;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->entry_row), "");
  show_message (self, NULL);
  return TRUE;
}

/**
 * mg_medicine_list_editor_add_typed:
 *
 * Adds what is typed in the entry, as Enter does. Empty text and a name
 * already on the list leave the text in place with a message.
 *
 * Returns: %TRUE if the list grew
 */
gboolean
mg_medicine_list_editor_add_typed (MgMedicineListEditor *self)
{
  g_return_val_if_fail (MG_IS_MEDICINE_LIST_EDITOR (self), FALSE);
  g_return_val_if_fail (self->context != NULL, FALSE);

  return add_name (self, gtk_editable_get_text (GTK_EDITABLE (self->entry_row)));
}

void
mg_medicine_list_editor_focus_entry (MgMedicineListEditor *self)
{
  g_return_if_fail (MG_IS_MEDICINE_LIST_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry_row));
}

static void
on_entry_activated (MgMedicineListEditor *self)
{
  if (self->context != NULL)
    mg_medicine_list_editor_add_typed (self);
}

static void
on_suggestion_activated (MgMedicineListEditor *self,
                         GtkListBoxRow        *row)
{
  if (self->context != NULL && add_name (self, g_object_get_data (G_OBJECT (row), "name")))
    mg_medicine_list_editor_focus_entry (self);
}

/* Down from the entry goes into the suggestions, Escape drops them. */
static gboolean
on_entry_key_pressed (MgMedicineListEditor  *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->suggestion_list, 0);

  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      first != NULL && gtk_widget_get_visible (GTK_WIDGET (self->suggestion_list)))
    {
      gtk_widget_grab_focus (GTK_WIDGET (first));
      return GDK_EVENT_STOP;
    }

  if (keyval == GDK_KEY_Escape && gtk_widget_get_visible (GTK_WIDGET (self->suggestion_list)))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->suggestion_list), FALSE);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static gboolean
on_list_key_pressed (MgMedicineListEditor  *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  GtkWidget *focus;
  GtkWidget *row;

  if (keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete)
    return GDK_EVENT_PROPAGATE;

  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->medicine_list))
    return GDK_EVENT_PROPAGATE;

  remove_row (self, GTK_LIST_BOX_ROW (row));
  return GDK_EVENT_STOP;
}

/* The kb may change what a name resolves to only with the context, so
 * rows are built again only when the list or the context changes. */
void
mg_medicine_list_editor_set_context (MgMedicineListEditor *self,
                                     MgContext            *context)
{
  g_return_if_fail (MG_IS_MEDICINE_LIST_EDITOR (self));
  g_return_if_fail (context == NULL || MG_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  gtk_list_box_bind_model (self->medicine_list,
                           context != NULL ? G_LIST_MODEL (mg_context_get_medicines (context)) : NULL,
                           create_medicine_row, self, NULL);
  update_suggestions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

static void
mg_medicine_list_editor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  MgMedicineListEditor *self = MG_MEDICINE_LIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_TITLE:
      g_value_set_string (value, adw_preferences_group_get_title (self->group));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, adw_preferences_group_get_description (self->group));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_medicine_list_editor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  MgMedicineListEditor *self = MG_MEDICINE_LIST_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      mg_medicine_list_editor_set_context (self, g_value_get_object (value));
      break;

    case PROP_TITLE:
      adw_preferences_group_set_title (self->group, g_value_get_string (value));
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_DESCRIPTION:
      adw_preferences_group_set_description (self->group, g_value_get_string (value));
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_medicine_list_editor_dispose (GObject *object)
{
  MgMedicineListEditor *self = MG_MEDICINE_LIST_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_MEDICINE_LIST_EDITOR);
  g_clear_object (&self->context);
  g_clear_object (&self->suggestions);

  G_OBJECT_CLASS (mg_medicine_list_editor_parent_class)->dispose (object);
}

static void
mg_medicine_list_editor_class_init (MgMedicineListEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_medicine_list_editor_dispose;
  object_class->get_property = mg_medicine_list_editor_get_property;
  object_class->set_property = mg_medicine_list_editor_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         MG_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-medicine-list-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MgMedicineListEditor, group);
  gtk_widget_class_bind_template_child (widget_class, MgMedicineListEditor, entry_row);
  gtk_widget_class_bind_template_child (widget_class, MgMedicineListEditor, message);
  gtk_widget_class_bind_template_child (widget_class, MgMedicineListEditor, suggestion_list);
  gtk_widget_class_bind_template_child (widget_class, MgMedicineListEditor, medicine_list);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_suggestion_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_list_key_pressed);
}

static void
mg_medicine_list_editor_init (MgMedicineListEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The entry row's pencil and the add button's icon: the row and the
   * button have the names, and the checker and the dosing page share this. */
  mg_a11y_hide_decorative_images (GTK_WIDGET (self));

  self->suggestions = g_list_store_new (MG_TYPE_SEARCH_RESULT);
  gtk_list_box_bind_model (self->suggestion_list, G_LIST_MODEL (self->suggestions),
                           create_suggestion_row, self, NULL);
}
