/* mg-product-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-dose-rules.h"
#include "mg-product-card.h"
#include "mg-sources-view.h"

struct _MgProductCard
{
  GtkWidget      parent_instance;

  MgBrand       *brand;
  char          *hours;

  GtkLabel      *title_label;
  GtkWidget     *hours_box;
  GtkLabel      *hours_label;
  MgSourcesView *hours_sources;
  GtkWidget     *notes_box;
  GtkWidget     *disagreements_box;
};

G_DEFINE_FINAL_TYPE (MgProductCard, mg_product_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BRAND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mg_product_card_new:
 *
 * Returns: (transfer floating): an empty card
 */
GtkWidget *
mg_product_card_new (void)
{
  return g_object_new (MG_TYPE_PRODUCT_CARD, NULL);
}

/**
 * mg_product_card_get_brand:
 *
 * Returns: (transfer none) (nullable): the product shown
 */
MgBrand *
mg_product_card_get_brand (MgProductCard *self)
{
  g_return_val_if_fail (MG_IS_PRODUCT_CARD (self), NULL);

  return self->brand;
}

/**
 * mg_product_card_get_hours:
 *
 * Returns: (nullable): the hours apart as shown, with whose figure they are
 */
const char *
mg_product_card_get_hours (MgProductCard *self)
{
  g_return_val_if_fail (MG_IS_PRODUCT_CARD (self), NULL);

  return self->hours;
}

/* Each article (a note or a disagreement) with its own sources, under the
 * box's heading (its first child, kept). */
static void
fill_articles (GtkWidget  *box,
               GListModel *articles)
{
  guint n = articles != NULL ? g_list_model_get_n_items (articles) : 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_next_sibling (gtk_widget_get_first_child (box))) != NULL)
    gtk_box_remove (GTK_BOX (box), child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgArticle) article = g_list_model_get_item (articles, i);
      GtkWidget *label = gtk_label_new (mg_article_get_text (article));
      GtkWidget *sources = mg_sources_view_new ();

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_box_append (GTK_BOX (box), label);
      mg_sources_view_set_sources (MG_SOURCES_VIEW (sources), mg_article_get_sources (article));
      gtk_box_append (GTK_BOX (box), sources);
    }

  gtk_widget_set_visible (box, n > 0);
}

/* The sentence of hours, then whose figure it is when a combination could
 * have two answers. */
static char *
format_hours (MgBrand *brand)
{
  g_autofree char *spacing = mg_dose_rules_format_spacing (mg_brand_get_spacing (brand),
                                                           mg_brand_get_hours_before (brand),
                                                           mg_brand_get_hours_after (brand),
                                                           mg_brand_get_after_with_food (brand));

  if (spacing == NULL || g_strcmp0 (mg_brand_get_spacing (brand), "hours") != 0)
    return g_steal_pointer (&spacing);

  return g_strdup_printf ("%s %s", spacing,
                          mg_brand_get_has_own_separation (brand)
                          ? _("This is the product’s own figure.")
                          : _("This is the strictest figure of its ingredients."));
}

/**
 * mg_product_card_set_brand:
 * @brand: (nullable): the product
 */
void
mg_product_card_set_brand (MgProductCard *self,
                           MgBrand       *brand)
{
  g_autofree char *ingredients = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (MG_IS_PRODUCT_CARD (self));
  g_return_if_fail (brand == NULL || MG_IS_BRAND (brand));

  if (!g_set_object (&self->brand, brand))
    return;

  g_clear_pointer (&self->hours, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self), brand != NULL);
  if (brand == NULL)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRAND]);
      return;
    }

  ingredients = g_strjoinv (" + ", (char **) mg_brand_get_ingredient_names (brand));
  /* Translators: a product and its ingredients, such as "Juluca (dolutegravir + rilpivirine)". */
  title = g_strdup_printf (_("%s (%s)"), mg_brand_get_name (brand), ingredients);
  gtk_label_set_text (self->title_label, title);

  self->hours = format_hours (brand);
  gtk_label_set_text (self->hours_label, self->hours != NULL ? self->hours : "");
  gtk_widget_set_visible (self->hours_box, self->hours != NULL);
  /* The strictest of the ingredients' figures is cited on their cards. */
  mg_sources_view_set_sources (self->hours_sources, mg_brand_get_separation_sources (brand));
  gtk_widget_set_visible (GTK_WIDGET (self->hours_sources), mg_brand_get_has_own_separation (brand));

  fill_articles (self->notes_box, mg_brand_get_notes (brand));
  fill_articles (self->disagreements_box, mg_brand_get_disagreements (brand));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->hours != NULL ? self->hours : "",
                                  -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRAND]);
}

static void
mg_product_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MgProductCard *self = MG_PRODUCT_CARD (object);

  switch (prop_id)
    {
    case PROP_BRAND:
      g_value_set_object (value, self->brand);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_product_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MgProductCard *self = MG_PRODUCT_CARD (object);

  switch (prop_id)
    {
    case PROP_BRAND:
      mg_product_card_set_brand (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_product_card_dispose (GObject *object)
{
  MgProductCard *self = MG_PRODUCT_CARD (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_PRODUCT_CARD);
  /* The card's box has no id, so the template does not unparent it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->brand);

  G_OBJECT_CLASS (mg_product_card_parent_class)->dispose (object);
}

static void
mg_product_card_finalize (GObject *object)
{
  MgProductCard *self = MG_PRODUCT_CARD (object);

  g_clear_pointer (&self->hours, g_free);

  G_OBJECT_CLASS (mg_product_card_parent_class)->finalize (object);
}

static void
mg_product_card_class_init (MgProductCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_product_card_dispose;
  object_class->finalize = mg_product_card_finalize;
  object_class->get_property = mg_product_card_get_property;
  object_class->set_property = mg_product_card_set_property;

  properties[PROP_BRAND] =
    g_param_spec_object ("brand", NULL, NULL,
                         MG_TYPE_BRAND,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MG_TYPE_SOURCES_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-product-card.ui");
  gtk_widget_class_bind_template_child (widget_class, MgProductCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, MgProductCard, hours_box);
  gtk_widget_class_bind_template_child (widget_class, MgProductCard, hours_label);
  gtk_widget_class_bind_template_child (widget_class, MgProductCard, hours_sources);
  gtk_widget_class_bind_template_child (widget_class, MgProductCard, notes_box);
  gtk_widget_class_bind_template_child (widget_class, MgProductCard, disagreements_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mg_product_card_init (MgProductCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
