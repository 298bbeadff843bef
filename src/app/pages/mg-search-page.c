/* mg-search-page.c — results as you type, grouped by kind, best first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window owns the search entry (in its header, so that typing
 * anywhere starts a search) and passes the text here. Results come from
 * mg_kb_search(), already ranked; this page groups them by kind, the kind
 * of the best result first, and puts a heading item before each group.
 * Headings are items of the same list (GtkStringObject among the
 * MgSearchResults) that cannot be selected or activated.
 *
 * The keyboard stays in the entry: Up and Down move the selection, Enter
 * opens it (the best result until the selection moves). Opening goes
 * through the "window.show-record" action, so this page does not need to
 * know which page shows which kind.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-kb-labels.h"
#include "mg-pinned-selection.h"
#include "mg-search-page.h"

#define MAX_RESULTS 60
#define MAX_SUGGESTIONS 5

struct _MgSearchPage
{
  MgPage              parent_instance;

  char               *query;
  GListStore         *items;       /* headings and results, in display order */
  MgPinnedSelection *selection;
  guint               n_results;

  GtkStack           *stack;
  GtkListView        *results_view;
  AdwStatusPage      *no_results;
  GtkWidget          *suggestions_group;
  GtkListBox         *suggestions_list;
};

G_DEFINE_FINAL_TYPE (MgSearchPage, mg_search_page, MG_TYPE_PAGE)

enum {
  PROP_0,
  PROP_QUERY,
  PROP_N_RESULTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Group headings name the kind in the plural. */
static const char *
kind_heading (const char *kind)
{
  if (g_str_equal (kind, "medicine"))
    return _("Medicines");
  if (g_str_equal (kind, "product"))
    return _("Brands and Products");
  if (g_str_equal (kind, "generic-name"))
    return _("Salt Names");
  if (g_str_equal (kind, "interaction"))
    return _("Medicine Classes");
  if (g_str_equal (kind, "compound"))
    return _("Magnesium Forms");
  if (g_str_equal (kind, "condition"))
    return _("Conditions");
  if (g_str_equal (kind, "food"))
    return _("Foods");
  if (g_str_equal (kind, "serum-range"))
    return _("Serum Values");
  if (g_str_equal (kind, "caution"))
    return _("Cautions");
  if (g_str_equal (kind, "lab-interference"))
    return _("Lab Interferences");
  if (g_str_equal (kind, "fact"))
    return _("Facts");
  if (g_str_equal (kind, "source"))
    return _("Sources");

  return mg_kb_label_record_kind (kind);
}

/* "Tivicay — dolutegravir": the name that matched, then what it is. */
static char *
result_title (MgSearchResult *result)
{
  const char *matched = mg_search_result_get_matched_name (result);

  if (matched != NULL)
    /* Translators: a brand or synonym that matched, then the record's name */
    return g_strdup_printf (_("%s — %s"), matched, mg_search_result_get_title (result));

  return g_strdup (mg_search_result_get_title (result));
}

static const char *
result_subtitle (MgSearchResult *result)
{
  const char *snippet = mg_search_result_get_snippet (result);

  /* The matched brand is in the title already. */
  if (snippet == NULL || g_strcmp0 (snippet, mg_search_result_get_matched_name (result)) == 0)
    return NULL;

  return snippet;
}

static void
setup_item (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            MgSearchPage             *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_list_item_set_child (item, box);
}

/* GTK 4.8 has no accessible label for list items (4.12 adds one): name
 * the row widget that holds @box, which is what a screen reader lands
 * on, and the box as well. */
static void
name_item (GtkWidget  *box,
           const char *label,
           const char *description)
{
  GtkWidget *row = gtk_widget_get_parent (box);

  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
}

static void
bind_item (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           MgSearchPage             *self)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkLabel *title = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkLabel *subtitle = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (title)));

  if (GTK_IS_STRING_OBJECT (object))
    {
      const char *heading = gtk_string_object_get_string (GTK_STRING_OBJECT (object));

      gtk_label_set_text (title, heading);
      gtk_widget_add_css_class (box, "search-heading");
      gtk_widget_set_visible (GTK_WIDGET (subtitle), FALSE);
      gtk_list_item_set_selectable (item, FALSE);
      gtk_list_item_set_activatable (item, FALSE);
      name_item (box, heading, "");
    }
  else
    {
      MgSearchResult *result = MG_SEARCH_RESULT (object);
      g_autofree char *text = result_title (result);
      const char *snippet = result_subtitle (result);
      /* Translators: a kind ("Medicine"), then a result's name */
      g_autofree char *label = g_strdup_printf (_("%s: %s"),
                                                mg_kb_label_record_kind (mg_search_result_get_kind (result)),
                                                text);

      gtk_label_set_text (title, text);
      gtk_label_set_text (subtitle, snippet != NULL ? snippet : "");
      gtk_widget_set_visible (GTK_WIDGET (subtitle), snippet != NULL);
      gtk_widget_remove_css_class (box, "search-heading");
      gtk_list_item_set_selectable (item, TRUE);
      gtk_list_item_set_activatable (item, TRUE);
      name_item (box, label, snippet != NULL ? snippet : "");
    }
}

static void
open_record (MgSearchPage *self,
             const char   *kind,
             const char   *id)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "window.show-record", "(ss)", kind, id);
}

static void
on_result_activated (MgSearchPage *self,
                     guint         position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (MG_IS_SEARCH_RESULT (item))
    open_record (self,
                 mg_search_result_get_kind (MG_SEARCH_RESULT (item)),
                 mg_search_result_get_id (MG_SEARCH_RESULT (item)));
}

static void
on_suggestion_activated (MgSearchPage  *self,
                         GtkListBoxRow *row)
{
  open_record (self,
               g_object_get_data (G_OBJECT (row), "kind"),
               g_object_get_data (G_OBJECT (row), "id"));
}

static GtkWidget *
create_suggestion_row (gpointer item,
                       gpointer user_data)
{
  MgSearchResult *result = MG_SEARCH_RESULT (item);
  g_autofree char *title = result_title (result);
  const char *kind = mg_kb_label_record_kind (mg_search_result_get_kind (result));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", "go-next-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), kind);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, kind,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  g_object_set_data_full (G_OBJECT (row), "kind", g_strdup (mg_search_result_get_kind (result)), g_free);
  g_object_set_data_full (G_OBJECT (row), "id", g_strdup (mg_search_result_get_id (result)), g_free);

  return row;
}

static void
show_no_results (MgSearchPage *self)
{
  g_autoptr(GListModel) suggestions = mg_kb_suggest (mg_page_get_kb (MG_PAGE (self)), self->query,
                                                     NULL, MAX_SUGGESTIONS, NULL);
  g_autofree char *escaped = g_markup_escape_text (self->query, -1);
  g_autofree char *description = NULL;
  guint n = suggestions != NULL ? g_list_model_get_n_items (suggestions) : 0;

  if (n > 0)
    /* Translators: %s is what was typed */
    description = g_strdup_printf (_("Nothing in this knowledge base matches “%s”. Did you mean one of these?"), escaped);
  else
    description = g_strdup_printf (_("Nothing in this knowledge base matches “%s”, and no name in it is close. "
                                     "Check the spelling, or try the generic name (INN) or a brand."), escaped);

  adw_status_page_set_description (self->no_results, description);
  gtk_list_box_bind_model (self->suggestions_list, suggestions, create_suggestion_row, self, NULL);
  gtk_widget_set_visible (self->suggestions_group, n > 0);
  gtk_stack_set_visible_child_name (self->stack, "none");
}

/* A search that failed is not "nothing found": say what went wrong. */
static void
show_failure (MgSearchPage *self,
              const GError *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);
  /* Translators: %s says what failed, from the knowledge base */
  g_autofree char *description = g_strdup_printf (_("The knowledge base could not be searched: %s"), escaped);

  g_list_store_remove_all (self->items);
  self->n_results = 0;
  adw_status_page_set_description (self->no_results, description);
  gtk_list_box_bind_model (self->suggestions_list, NULL, NULL, NULL, NULL);
  gtk_widget_set_visible (self->suggestions_group, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "none");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RESULTS]);
}

/* The kind of the best result first, each group in rank order. */
static GPtrArray *
group_by_kind (GListModel *results)
{
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (results);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgSearchResult) result = g_list_model_get_item (results, i);
      const char *kind = mg_search_result_get_kind (result);
      gboolean seen = FALSE;

      for (guint k = 0; k < kinds->len && !seen; k++)
        seen = g_str_equal (g_ptr_array_index (kinds, k), kind);
      if (!seen)
        g_ptr_array_add (kinds, (gpointer) g_intern_string (kind));
    }

  for (guint k = 0; k < kinds->len; k++)
    {
      const char *kind = g_ptr_array_index (kinds, k);

      g_ptr_array_add (items, gtk_string_object_new (kind_heading (kind)));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(MgSearchResult) result = g_list_model_get_item (results, i);

          if (g_str_equal (mg_search_result_get_kind (result), kind))
            g_ptr_array_add (items, g_steal_pointer (&result));
        }
    }

  return items;
}

static void
update_results (MgSearchPage *self)
{
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (self->query != NULL ? self->query : ""));
  g_autofree char *label = NULL;
  g_autoptr(GError) error = NULL;

  if (*trimmed == '\0')
    {
      g_list_store_remove_all (self->items);
      self->n_results = 0;
      gtk_stack_set_visible_child_name (self->stack, "empty");
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RESULTS]);
      return;
    }

  results = mg_kb_search (mg_page_get_kb (MG_PAGE (self)), trimmed, MAX_RESULTS, &error);
  if (results == NULL)
    {
      show_failure (self, error);
      return;
    }
  items = group_by_kind (results);
  self->n_results = g_list_model_get_n_items (results);

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);

  if (self->n_results == 0)
    {
      show_no_results (self);
    }
  else
    {
      /* Item 0 is the first heading: the best result is item 1. */
      mg_pinned_selection_set_selected (self->selection, 1);
      gtk_widget_activate_action (GTK_WIDGET (self->results_view), "list.scroll-to-item", "u", 0);
      gtk_stack_set_visible_child_name (self->stack, "results");
    }

  /* Translators: %u is a number of results; the number comes last so
   * that no plural form is needed */
  label = g_strdup_printf (_("Search results: %u"), self->n_results);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->results_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_RESULTS]);
}

const char *
mg_search_page_get_query (MgSearchPage *self)
{
  g_return_val_if_fail (MG_IS_SEARCH_PAGE (self), NULL);

  return self->query;
}

/**
 * mg_search_page_set_query:
 * @query: (nullable): what was typed; empty or %NULL shows the welcome
 */
void
mg_search_page_set_query (MgSearchPage *self,
                          const char   *query)
{
  g_return_if_fail (MG_IS_SEARCH_PAGE (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  update_results (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

/**
 * mg_search_page_get_n_results:
 *
 * Returns: how many records the current query found (headings not counted)
 */
guint
mg_search_page_get_n_results (MgSearchPage *self)
{
  g_return_val_if_fail (MG_IS_SEARCH_PAGE (self), 0);

  return self->n_results;
}

/**
 * mg_search_page_get_results_view:
 *
 * Returns: (transfer none): the results' list view, for the entry's
 *   accessible relation and for tests
 */
GtkWidget *
mg_search_page_get_results_view (MgSearchPage *self)
{
  g_return_val_if_fail (MG_IS_SEARCH_PAGE (self), NULL);

  return GTK_WIDGET (self->results_view);
}

/**
 * mg_search_page_move_selection:
 * @delta: 1 for the next result, -1 for the previous one
 *
 * Moves the selection over results only, never onto a heading, and stops
 * at either end.
 */
void
mg_search_page_move_selection (MgSearchPage *self,
                               int           delta)
{
  guint n, position;

  g_return_if_fail (MG_IS_SEARCH_PAGE (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  position = mg_pinned_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION || n == 0)
    return;

  for (int p = (int) position + delta; p >= 0 && p < (int) n; p += delta)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), p);

      if (MG_IS_SEARCH_RESULT (item))
        {
          mg_pinned_selection_set_selected (self->selection, p);
          /* Show the group's heading with its first result. */
          gtk_widget_activate_action (GTK_WIDGET (self->results_view), "list.scroll-to-item", "u",
                                      (guint) MAX (0, p - 1));
          gtk_widget_activate_action (GTK_WIDGET (self->results_view), "list.scroll-to-item", "u", (guint) p);
          return;
        }
    }
}

/**
 * mg_search_page_activate_selected:
 *
 * Opens the selected result, the best one until the selection moved.
 *
 * Returns: %TRUE if a result was opened
 */
gboolean
mg_search_page_activate_selected (MgSearchPage *self)
{
  guint position;

  g_return_val_if_fail (MG_IS_SEARCH_PAGE (self), FALSE);

  position = mg_pinned_selection_get_selected (self->selection);
  if (self->n_results == 0 || position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  on_result_activated (self, position);
  return TRUE;
}

static void
mg_search_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MgSearchPage *self = MG_SEARCH_PAGE (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    case PROP_N_RESULTS:
      g_value_set_uint (value, self->n_results);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_search_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MgSearchPage *self = MG_SEARCH_PAGE (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      mg_search_page_set_query (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_search_page_dispose (GObject *object)
{
  MgSearchPage *self = MG_SEARCH_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_SEARCH_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (mg_search_page_parent_class)->dispose (object);
}

static void
mg_search_page_finalize (GObject *object)
{
  MgSearchPage *self = MG_SEARCH_PAGE (object);

  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (mg_search_page_parent_class)->finalize (object);
}

static void
mg_search_page_class_init (MgSearchPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_search_page_dispose;
  object_class->finalize = mg_search_page_finalize;
  object_class->get_property = mg_search_page_get_property;
  object_class->set_property = mg_search_page_set_property;

  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_RESULTS] =
    g_param_spec_uint ("n-results", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-search-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgSearchPage, results_view);
  gtk_widget_class_bind_template_child (widget_class, MgSearchPage, no_results);
  gtk_widget_class_bind_template_child (widget_class, MgSearchPage, suggestions_group);
  gtk_widget_class_bind_template_child (widget_class, MgSearchPage, suggestions_list);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_suggestion_activated);
}

static void
mg_search_page_init (MgSearchPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The page's own child (not bound: AdwBin unparents it itself). */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  self->items = g_list_store_new (G_TYPE_OBJECT);
  self->selection = mg_pinned_selection_new (g_object_ref (G_LIST_MODEL (self->items)));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item), self);
  gtk_list_view_set_factory (self->results_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->results_view, GTK_SELECTION_MODEL (self->selection));
}
