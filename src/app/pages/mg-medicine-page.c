/* mg-medicine-page.c — one medicine (names, brands, every interaction),
 * one product (its ingredients and what each brings) or one medicine class
 * (its interaction and the medicines in it)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows the records of kind "medicine", "product" and "interaction" (an
 * interaction record is a class of medicines and what magnesium does with
 * it), opened from search, from another medicine, or from a list below:
 * a class lists its medicines, a product its ingredients, a medicine the
 * products that contain it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-dose-rules.h"
#include "mg-interaction-card.h"
#include "mg-kb-labels.h"
#include "mg-medicine-page.h"
#include "mg-product-card.h"
#include "mg-sources-view.h"

struct _MgMedicinePage
{
  MgPage         parent_instance;

  char          *kind;
  char          *id;
  char          *title;

  GtkLabel      *kind_label;
  GtkLabel      *title_label;
  GtkButton     *add_button;
  GtkListBox    *names_list;
  GtkWidget     *interactions_box;
  GtkWidget     *members_box;
  GtkLabel      *members_heading;
  GtkListBox    *members_list;
  MgSourcesView *sources;
};

G_DEFINE_FINAL_TYPE (MgMedicinePage, mg_medicine_page, MG_TYPE_PAGE)

const char *
mg_medicine_page_get_kind (MgMedicinePage *self)
{
  g_return_val_if_fail (MG_IS_MEDICINE_PAGE (self), NULL);

  return self->kind;
}

const char *
mg_medicine_page_get_id (MgMedicinePage *self)
{
  g_return_val_if_fail (MG_IS_MEDICINE_PAGE (self), NULL);

  return self->id;
}

/**
 * mg_medicine_page_get_title:
 *
 * Returns: (nullable): the medicine's or class's name as shown
 */
const char *
mg_medicine_page_get_title (MgMedicinePage *self)
{
  g_return_val_if_fail (MG_IS_MEDICINE_PAGE (self), NULL);

  return self->title;
}

static void
remove_all (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else
        gtk_box_remove (GTK_BOX (container), child);
    }
}

static const char *
language_name (const char *language)
{
  if (g_str_equal (language, "en"))
    return _("English");
  if (g_str_equal (language, "nl"))
    return _("Dutch");
  if (*language == '\0')
    return _("Brands");

  return language;
}

static void
add_info_row (GtkListBox *list,
              const char *title,
              const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, value,
                                  -1);
  gtk_list_box_append (list, row);
}

/* A failed read says so where its answer would have been. */
static char *
failure_text (const GError *error)
{
  /* Translators: %s says what failed, from the knowledge base */
  return g_strdup_printf (_("This could not be read from the knowledge base: %s"), error->message);
}

static void
add_failure (GtkWidget    *box,
             const GError *error)
{
  g_autofree char *text = failure_text (error);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "error");
  gtk_box_append (GTK_BOX (box), label);
}

static void
add_names_row (MgMedicinePage *self,
               const char     *language)
{
  MgKb *kb = mg_page_get_kb (MG_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = mg_kb_dup_names (kb, self->kind, self->id, language, &error);

  if (names == NULL)
    {
      g_autofree char *text = failure_text (error);

      add_info_row (self->names_list, language_name (language), text);
    }
  else if (names[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", names);

      add_info_row (self->names_list, language_name (language), joined);
    }
}

/* One row per language the knowledge base has, then the brands. */
static void
fill_names (MgMedicinePage *self)
{
  const char * const *languages = mg_kb_get_languages (mg_page_get_kb (MG_PAGE (self)));

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    add_names_row (self, languages[i]);
  add_names_row (self, "");
}

static gboolean
is_on_list (MgMedicinePage *self)
{
  GtkStringList *medicines = mg_context_get_medicines (mg_page_get_context (MG_PAGE (self)));
  g_autofree char *folded = g_utf8_casefold (self->title, -1);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (medicines));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *other = g_utf8_casefold (gtk_string_list_get_string (medicines, i), -1);

      if (g_str_equal (folded, other))
        return TRUE;
    }

  return FALSE;
}

static void
update_add_button (MgMedicinePage *self)
{
  gboolean on_list = self->title != NULL && is_on_list (self);

  gtk_button_set_label (self->add_button, on_list ? _("On Your Medicine List") : _("Add to Your Medicines"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), self->title != NULL && !on_list);
}

static void
on_add_clicked (MgMedicinePage *self)
{
  if (self->title != NULL)
    mg_context_add_medicine (mg_page_get_context (MG_PAGE (self)), self->title);
}

static GtkWidget *
create_card (MgKb          *kb,
             MgInteraction *interaction)
{
  GtkWidget *card = mg_interaction_card_new ();

  mg_interaction_card_set_interaction (MG_INTERACTION_CARD (card), kb, interaction, NULL);
  return card;
}

static void
on_member_activated (MgMedicinePage *self,
                     GtkListBoxRow  *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "window.show-record", "(ss)",
                              g_object_get_data (G_OBJECT (row), "kind"),
                              g_object_get_data (G_OBJECT (row), "id"));
}

/* The list below the cards: a class's medicines, a product's ingredients
 * or the products that contain a medicine; each row opens its record. */
static void
set_members_heading (MgMedicinePage *self,
                     const char     *heading)
{
  gtk_label_set_text (self->members_heading, heading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->members_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
}

static void
add_member_row (MgMedicinePage *self,
                const char     *kind,
                const char     *id,
                const char     *title,
                const char     *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", "go-next-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle != NULL ? subtitle : "",
                                  -1);
  g_object_set_data (G_OBJECT (row), "kind", (gpointer) g_intern_string (kind));
  g_object_set_data_full (G_OBJECT (row), "id", g_strdup (id), g_free);
  gtk_list_box_append (self->members_list, row);
}

/* The interactions found for @id, or why there are none: a failure must
 * never read as "no interaction recorded". */
static void
fill_interactions (MgMedicinePage *self,
                   const char     *id)
{
  MgKb *kb = mg_page_get_kb (MG_PAGE (self));
  MgContext *context = mg_page_get_context (MG_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) interactions = mg_kb_find_interactions (kb, id, &error);
  guint n = interactions != NULL ? g_list_model_get_n_items (interactions) : 0;

  if (interactions == NULL)
    add_failure (self->interactions_box, error);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgInteraction) interaction = g_list_model_get_item (interactions, i);

      gtk_box_append (GTK_BOX (self->interactions_box), create_card (kb, interaction));
    }

  if (interactions != NULL && n == 0)
    {
      /* Translators: a medicine name, then the knowledge base's version */
      g_autofree char *text = g_strdup_printf (_("No interaction with magnesium is recorded for “%s” in this "
                                                 "knowledge base (version %s). That does not mean that they are "
                                                 "safe together: the knowledge base does not hold every "
                                                 "interaction. Ask a pharmacist or doctor."),
                                               self->title, mg_context_get_kb_version (context));
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_box_append (GTK_BOX (self->interactions_box), label);
    }
}


static gboolean
show_medicine (MgMedicinePage  *self,
               GError         **error)
{
  MgKb *kb = mg_page_get_kb (MG_PAGE (self));
  g_autoptr(MgMedicine) medicine = mg_kb_lookup_medicine (kb, self->id, error);
  g_autoptr(GListModel) brands = NULL;
  g_autoptr(GError) brands_error = NULL;
  guint n;

  if (medicine == NULL)
    return FALSE;

  self->title = g_strdup (mg_medicine_get_name (medicine));
  gtk_label_set_text (self->kind_label, mg_kb_label_record_kind ("medicine"));
  fill_names (self);
  fill_interactions (self, mg_medicine_get_id (medicine));

  /* The products that contain it, each with its own page: a combination's
   * hours can differ from the medicine's. */
  brands = mg_kb_list_brands_containing (kb, mg_medicine_get_id (medicine), &brands_error);
  set_members_heading (self, _("Brands and Products"));
  if (brands == NULL)
    add_failure (self->members_box, brands_error);
  n = brands != NULL ? g_list_model_get_n_items (brands) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgBrand) brand = g_list_model_get_item (brands, i);
      g_autofree char *ingredients = g_strjoinv (" + ", (char **) mg_brand_get_ingredient_names (brand));

      add_member_row (self, "product", mg_brand_get_id (brand), mg_brand_get_name (brand), ingredients);
    }

  gtk_widget_set_visible (self->members_box, brands == NULL || n > 0);
  mg_sources_view_set_sources (self->sources, mg_medicine_get_sources (medicine));
  gtk_widget_set_visible (GTK_WIDGET (self->sources), TRUE);

  return TRUE;
}

/* A product: the product as a whole first (its hours apart and notes),
 * then what each ingredient brings, then the ingredients' own pages. */
static gboolean
show_product (MgMedicinePage  *self,
              GError         **error)
{
  MgKb *kb = mg_page_get_kb (MG_PAGE (self));
  g_autoptr(MgBrand) brand = mg_kb_lookup_brand (kb, self->id, error);
  const char * const *ids;
  const char * const *names;
  GtkWidget *card;

  if (brand == NULL)
    return FALSE;

  self->title = g_strdup (mg_brand_get_name (brand));
  gtk_label_set_text (self->kind_label, mg_kb_label_record_kind ("product"));
  fill_names (self);

  card = mg_product_card_new ();
  mg_product_card_set_brand (MG_PRODUCT_CARD (card), brand);
  gtk_box_append (GTK_BOX (self->interactions_box), card);
  fill_interactions (self, mg_brand_get_id (brand));

  set_members_heading (self, _("Ingredients"));
  ids = mg_brand_get_ingredient_ids (brand);
  names = mg_brand_get_ingredient_names (brand);
  for (guint i = 0; ids[i] != NULL; i++)
    add_member_row (self, "medicine", ids[i], names[i], NULL);

  gtk_widget_set_visible (self->members_box, ids[0] != NULL);
  mg_sources_view_set_sources (self->sources, mg_brand_get_sources (brand));
  gtk_widget_set_visible (GTK_WIDGET (self->sources), TRUE);

  return TRUE;
}

static gboolean
show_class (MgMedicinePage  *self,
            GError         **error)
{
  MgKb *kb = mg_page_get_kb (MG_PAGE (self));
  g_autoptr(MgInteraction) interaction = mg_kb_lookup_interaction (kb, self->id, error);
  const char * const *ids;
  const char * const *names;

  if (interaction == NULL)
    return FALSE;

  self->title = g_strdup (mg_interaction_get_class_name (interaction));
  gtk_label_set_text (self->kind_label, _("Medicine class"));
  fill_names (self);
  gtk_box_append (GTK_BOX (self->interactions_box), create_card (kb, interaction));

  /* Each medicine with its own hours: an override differs from the class. */
  set_members_heading (self, _("Medicines in This Class"));
  ids = mg_interaction_get_medicine_ids (interaction);
  names = mg_interaction_get_medicine_names (interaction);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      double before = -1, after = -1;
      g_autofree char *hours = NULL;

      mg_interaction_get_separation (interaction, ids[i], &before, &after);
      hours = mg_dose_rules_format_separation (before, after);
      add_member_row (self, "medicine", ids[i], names[i], hours);
    }

  gtk_widget_set_visible (self->members_box, ids != NULL && ids[0] != NULL);
  /* The card carries the class's sources. */
  gtk_widget_set_visible (GTK_WIDGET (self->sources), FALSE);

  return TRUE;
}

static void
mg_medicine_page_show_record (MgPage     *page,
                              const char *kind,
                              const char *id)
{
  MgMedicinePage *self = MG_MEDICINE_PAGE (page);
  g_autoptr(GError) error = NULL;
  gboolean found;

  g_free (self->kind);
  g_free (self->id);
  g_clear_pointer (&self->title, g_free);
  self->kind = g_strdup (kind);
  self->id = g_strdup (id);
  remove_all (GTK_WIDGET (self->names_list));
  remove_all (self->interactions_box);
  remove_all (GTK_WIDGET (self->members_list));
  /* A failure line left from the previous record (the heading and list stay). */
  while (gtk_widget_get_next_sibling (GTK_WIDGET (self->members_list)) != NULL)
    gtk_box_remove (GTK_BOX (self->members_box), gtk_widget_get_next_sibling (GTK_WIDGET (self->members_list)));

  if (g_str_equal (kind, "interaction"))
    found = show_class (self, &error);
  else if (g_str_equal (kind, "product"))
    found = show_product (self, &error);
  else
    found = show_medicine (self, &error);
  if (!found)
    {
      gtk_label_set_text (self->kind_label, mg_kb_label_record_kind (kind));
      if (g_error_matches (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
        /* Translators: %s is a record's id */
        self->title = g_strdup_printf (_("No record “%s” in this knowledge base"), id);
      else
        self->title = failure_text (error);
      gtk_widget_set_visible (self->members_box, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->sources), FALSE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->names_list), gtk_widget_get_first_child (GTK_WIDGET (self->names_list)) != NULL);
  gtk_label_set_text (self->title_label, self->title);
  update_add_button (self);
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), found);
  mg_page_set_subtitle (page, self->title);
}

static void
mg_medicine_page_constructed (GObject *object)
{
  MgMedicinePage *self = MG_MEDICINE_PAGE (object);

  G_OBJECT_CLASS (mg_medicine_page_parent_class)->constructed (object);

  g_signal_connect_object (mg_context_get_medicines (mg_page_get_context (MG_PAGE (self))), "items-changed",
                           G_CALLBACK (update_add_button), self, G_CONNECT_SWAPPED);
}

static void
mg_medicine_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MG_TYPE_MEDICINE_PAGE);

  G_OBJECT_CLASS (mg_medicine_page_parent_class)->dispose (object);
}

static void
mg_medicine_page_finalize (GObject *object)
{
  MgMedicinePage *self = MG_MEDICINE_PAGE (object);

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (mg_medicine_page_parent_class)->finalize (object);
}

static void
mg_medicine_page_class_init (MgMedicinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MgPageClass *page_class = MG_PAGE_CLASS (klass);

  object_class->constructed = mg_medicine_page_constructed;
  object_class->dispose = mg_medicine_page_dispose;
  object_class->finalize = mg_medicine_page_finalize;
  page_class->show_record = mg_medicine_page_show_record;

  g_type_ensure (MG_TYPE_PRODUCT_CARD);
  g_type_ensure (MG_TYPE_SOURCES_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-medicine-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgMedicinePage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, MgMedicinePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MgMedicinePage, add_button);
  gtk_widget_class_bind_template_child (widget_class, MgMedicinePage, names_list);
  gtk_widget_class_bind_template_child (widget_class, MgMedicinePage, interactions_box);
  gtk_widget_class_bind_template_child (widget_class, MgMedicinePage, members_box);
  gtk_widget_class_bind_template_child (widget_class, MgMedicinePage, members_heading);
  gtk_widget_class_bind_template_child (widget_class, MgMedicinePage, members_list);
  gtk_widget_class_bind_template_child (widget_class, MgMedicinePage, sources);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_member_activated);
}

static void
mg_medicine_page_init (MgMedicinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
