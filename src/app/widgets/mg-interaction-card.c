/* mg-interaction-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-dose-rules.h"
#include "mg-interaction-card.h"
#include "mg-kb-labels.h"
#include "mg-severity.h"
#include "mg-severity-badge.h"
#include "mg-sources-view.h"

struct _MgInteractionCard
{
  GtkWidget        parent_instance;

  MgInteraction   *interaction;
  char            *title;
  gboolean         product_link;

  MgSeverityBadge *badge;
  GtkLabel        *title_label;
  GtkWidget       *direction_box;
  GtkLabel        *direction_label;
  GtkWidget       *mechanism_box;
  GtkLabel        *mechanism_label;
  GtkWidget       *management_box;
  GtkLabel        *management_label;
  GtkWidget       *hours_box;
  GtkLabel        *hours_label;
  MgSourcesView   *hours_sources;
  GtkLabel        *evidence_label;
  GtkWidget       *disagreements_box;
  MgSourcesView   *sources;
  GtkButton       *product_button;
};

G_DEFINE_FINAL_TYPE (MgInteractionCard, mg_interaction_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_INTERACTION,
  PROP_TITLE,
  PROP_PRODUCT_LINK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mg_interaction_card_new:
 *
 * Returns: (transfer floating): an empty card
 */
GtkWidget *
mg_interaction_card_new (void)
{
  return g_object_new (MG_TYPE_INTERACTION_CARD, NULL);
}

/**
 * mg_interaction_card_get_interaction:
 *
 * Returns: (transfer none) (nullable): the interaction shown
 */
MgInteraction *
mg_interaction_card_get_interaction (MgInteractionCard *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION_CARD (self), NULL);

  return self->interaction;
}

/**
 * mg_interaction_card_get_title:
 *
 * Returns: (nullable): "ciprofloxacin — Quinolone antibiotics"
 */
const char *
mg_interaction_card_get_title (MgInteractionCard *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION_CARD (self), NULL);

  return self->title;
}

/**
 * mg_interaction_card_set_product_link:
 * @product_link: whether to offer the product's own page
 *
 * A warning found through a product is one ingredient's: where the card
 * stands alone (the checker), it offers the product's page, with the
 * product's own hours and notes. The product's page itself needs no link.
 */
void
mg_interaction_card_set_product_link (MgInteractionCard *self,
                                      gboolean           product_link)
{
  g_return_if_fail (MG_IS_INTERACTION_CARD (self));

  product_link = !!product_link;
  if (self->product_link == product_link)
    return;

  self->product_link = product_link;
  gtk_widget_set_visible (GTK_WIDGET (self->product_button),
                          product_link && self->interaction != NULL &&
                          mg_interaction_get_matched_product (self->interaction) != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRODUCT_LINK]);
}

gboolean
mg_interaction_card_get_product_link (MgInteractionCard *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION_CARD (self), FALSE);

  return self->product_link;
}

static void
on_product_clicked (MgInteractionCard *self)
{
  if (self->interaction != NULL && mg_interaction_get_matched_product (self->interaction) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "window.show-record", "(ss)",
                                "product", mg_interaction_get_matched_product (self->interaction));
}

static void
set_text (GtkWidget  *box,
          GtkLabel   *label,
          const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (box, text != NULL && *text != '\0');
}

static gboolean
is_combination (MgKb          *kb,
                MgInteraction *interaction)
{
  /* Only the count is wanted: without it the title reads as one ingredient's. */
  g_autoptr(MgBrand) brand = mg_kb_lookup_brand (kb, mg_interaction_get_matched_product (interaction), NULL);

  return brand != NULL && g_strv_length ((char **) mg_brand_get_ingredient_ids (brand)) > 1;
}

/* The medicine as the person named it, then the knowledge base's name
 * when that differs (a brand, a Dutch spelling), then the class. Through
 * a product, the product and the ingredient the warning comes from: a
 * combination's warnings differ by ingredient. */
static char *
format_title (MgKb          *kb,
              MgInteraction *interaction,
              const char    *medicine_name)
{
  const char *matched = mg_interaction_get_matched_medicine (interaction);
  const char *product = mg_interaction_get_matched_product_name (interaction);
  const char *class_name = mg_interaction_get_class_name (interaction);
  /* Only the name is wanted: without it the title names the class alone. */
  g_autoptr(MgMedicine) medicine = matched != NULL ? mg_kb_lookup_medicine (kb, matched, NULL) : NULL;
  const char *inn = medicine != NULL ? mg_medicine_get_name (medicine) : NULL;
  g_autofree char *name = NULL;

  if (product != NULL && inn != NULL && is_combination (kb, interaction))
    /* Translators: a product and the ingredient an interaction comes from. */
    name = g_strdup_printf (_("%s, through %s"), product, inn);
  else if (product != NULL && inn != NULL)
    /* Translators: a name as typed (a brand), then the medicine's name */
    name = g_strdup_printf (_("%s (%s)"), product, inn);
  else if (medicine_name != NULL && inn != NULL && g_utf8_collate (medicine_name, inn) != 0)
    /* Translators: a name as typed (a brand), then the medicine's name */
    name = g_strdup_printf (_("%s (%s)"), medicine_name, inn);
  else if (inn != NULL)
    name = g_strdup (inn);
  else if (medicine_name != NULL)
    name = g_strdup (medicine_name);

  /* A class typed as such needs no repeating. */
  if (name == NULL || g_utf8_collate (name, class_name) == 0)
    return g_strdup (class_name);

  /* Translators: a medicine, then its class: "ciprofloxacin — Quinolone antibiotics" */
  return g_strdup_printf (_("%s — %s"), name, class_name);
}

/* What the sources say about keeping them apart, in numbers where they
 * give numbers; %NULL when the interaction is not about timing. */
static char *
format_hours (MgInteraction *interaction)
{
  g_autofree char *spacing = mg_dose_rules_format_spacing (mg_interaction_get_spacing (interaction),
                                                           mg_interaction_get_hours_before (interaction),
                                                           mg_interaction_get_hours_after (interaction),
                                                           mg_interaction_get_after_with_food (interaction));

  if (spacing == NULL || !mg_interaction_get_hours_from_product (interaction))
    return g_steal_pointer (&spacing);

  /* A product's own figure replaces its ingredient's: say whose it is. */
  return g_strdup_printf ("%s %s", spacing, _("This is the product’s own figure."));
}

static void
fill_disagreements (MgInteractionCard *self,
                    GListModel        *disagreements)
{
  guint n = disagreements != NULL ? g_list_model_get_n_items (disagreements) : 0;
  GtkWidget *child;

  /* Keep the heading, the first child. */
  while ((child = gtk_widget_get_next_sibling (gtk_widget_get_first_child (self->disagreements_box))) != NULL)
    gtk_box_remove (GTK_BOX (self->disagreements_box), child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgArticle) disagreement = g_list_model_get_item (disagreements, i);
      GtkWidget *label = gtk_label_new (mg_article_get_text (disagreement));
      GtkWidget *sources = mg_sources_view_new ();

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_box_append (GTK_BOX (self->disagreements_box), label);
      mg_sources_view_set_sources (MG_SOURCES_VIEW (sources), mg_article_get_sources (disagreement));
      gtk_box_append (GTK_BOX (self->disagreements_box), sources);
    }

  gtk_widget_set_visible (self->disagreements_box, n > 0);
}

/**
 * mg_interaction_card_set_interaction:
 * @kb: the knowledge base the interaction came from
 * @interaction: (nullable): the interaction
 * @medicine_name: (nullable): the medicine as the person named it
 */
void
mg_interaction_card_set_interaction (MgInteractionCard *self,
                                     MgKb              *kb,
                                     MgInteraction     *interaction,
                                     const char        *medicine_name)
{
  const char *severity;
  g_autofree char *separation = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (MG_IS_INTERACTION_CARD (self));
  g_return_if_fail (MG_IS_KB (kb));
  g_return_if_fail (interaction == NULL || MG_IS_INTERACTION (interaction));

  g_set_object (&self->interaction, interaction);
  g_clear_pointer (&self->title, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self), interaction != NULL);
  if (interaction == NULL)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERACTION]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
      return;
    }

  severity = mg_interaction_get_severity (interaction);
  self->title = format_title (kb, interaction, medicine_name);
  mg_severity_badge_set_severity (self->badge, severity);
  gtk_label_set_text (self->title_label, self->title);
  set_text (self->direction_box, self->direction_label,
            mg_kb_label_direction (mg_interaction_get_direction (interaction)));
  set_text (self->mechanism_box, self->mechanism_label, mg_interaction_get_mechanism (interaction));
  set_text (self->management_box, self->management_label, mg_interaction_get_management (interaction));

  /* Hours are numbers the person acts on: they carry their own sources,
   * and "no hours given" or "spacing does not help" is said, not left
   * blank. An interaction that is not about timing has no such part. */
  separation = format_hours (interaction);
  gtk_label_set_text (self->hours_label, separation != NULL ? separation : "");
  gtk_widget_set_visible (self->hours_box, separation != NULL);
  if (mg_interaction_get_separation_owner (interaction) != NULL)
    mg_sources_view_set_owner (self->hours_sources, kb, mg_interaction_get_separation_owner (interaction));
  gtk_widget_set_visible (GTK_WIDGET (self->hours_sources),
                          mg_interaction_get_separation_owner (interaction) != NULL);

  /* Translators: an evidence level ("Strong"), then a route ("Oral") */
  evidence = g_strdup_printf (_("Evidence: %s · Route: %s"),
                              mg_kb_label_evidence (mg_interaction_get_evidence (interaction)),
                              mg_kb_label_route (mg_interaction_get_route (interaction)));
  gtk_label_set_text (self->evidence_label, evidence);

  if (mg_interaction_get_matched_product_name (interaction) != NULL)
    {
      /* Translators: a product such as "Juluca" */
      g_autofree char *label = g_strdup_printf (_("%s as a whole: hours and notes"),
                                                mg_interaction_get_matched_product_name (interaction));

      gtk_button_set_label (self->product_button, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->product_button),
                          self->product_link && mg_interaction_get_matched_product (interaction) != NULL);

  fill_disagreements (self, mg_interaction_get_disagreements (interaction));
  mg_sources_view_set_sources (self->sources, mg_interaction_get_sources (interaction));

  /* Read first by a screen reader: what it is and how serious. */
  description = mg_severity_dup_description (severity);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERACTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
mg_interaction_card_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MgInteractionCard *self = MG_INTERACTION_CARD (object);

  switch (prop_id)
    {
    case PROP_INTERACTION:
      g_value_set_object (value, self->interaction);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PRODUCT_LINK:
      g_value_set_boolean (value, self->product_link);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_interaction_card_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  MgInteractionCard *self = MG_INTERACTION_CARD (object);

  switch (prop_id)
    {
    case PROP_PRODUCT_LINK:
      mg_interaction_card_set_product_link (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_interaction_card_dispose (GObject *object)
{
  MgInteractionCard *self = MG_INTERACTION_CARD (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_INTERACTION_CARD);
  /* The card's box has no id, so the template does not unparent it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->interaction);

  G_OBJECT_CLASS (mg_interaction_card_parent_class)->dispose (object);
}

static void
mg_interaction_card_finalize (GObject *object)
{
  MgInteractionCard *self = MG_INTERACTION_CARD (object);

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (mg_interaction_card_parent_class)->finalize (object);
}

static void
mg_interaction_card_class_init (MgInteractionCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_interaction_card_dispose;
  object_class->finalize = mg_interaction_card_finalize;
  object_class->get_property = mg_interaction_card_get_property;
  object_class->set_property = mg_interaction_card_set_property;

  properties[PROP_INTERACTION] =
    g_param_spec_object ("interaction", NULL, NULL,
                         MG_TYPE_INTERACTION,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PRODUCT_LINK] =
    g_param_spec_boolean ("product-link", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MG_TYPE_SEVERITY_BADGE);
  g_type_ensure (MG_TYPE_SOURCES_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-interaction-card.ui");
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, badge);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, direction_box);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, direction_label);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, mechanism_box);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, mechanism_label);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, management_box);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, management_label);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, hours_box);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, hours_label);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, hours_sources);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, disagreements_box);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, sources);
  gtk_widget_class_bind_template_child (widget_class, MgInteractionCard, product_button);
  gtk_widget_class_bind_template_callback (widget_class, on_product_clicked);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mg_interaction_card_init (MgInteractionCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
