/* mg-salt-detail.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures people act on come first: what the formula gives, computed
 * by our own formula parser, beside what the literature publishes and how
 * far apart they are. Then the properties, the calculator and the notes.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mg-fact-row.h"
#include "mg-format.h"
#include "mg-kb-labels.h"
#include "mg-number.h"
#include "mg-rows.h"
#include "mg-salt-calculator.h"
#include "mg-salt-detail.h"
#include "mg-units.h"

struct _MgSaltDetail
{
  GtkWidget parent_instance;

  MgKb *kb;
  MgCompound *compound;

  GtkScrolledWindow *scroller;
  GtkLabel *name_label;
  GtkLabel *synonyms_label;
  GtkBox *composition_box;
  MgSaltCalculator *calculator;
  GtkBox *facts_box;
};

G_DEFINE_FINAL_TYPE (MgSaltDetail, mg_salt_detail, GTK_TYPE_WIDGET)

/**
 * mg_salt_detail_get_compound:
 *
 * Returns: (transfer none) (nullable): the salt on show
 */
MgCompound *
mg_salt_detail_get_compound (MgSaltDetail *self)
{
  g_return_val_if_fail (MG_IS_SALT_DETAIL (self), NULL);

  return self->compound;
}

/**
 * mg_salt_detail_set_kb:
 * @kb: the knowledge base the salts come from
 *
 * Lets the detail say which plain name ("magnesium sulfate") stands for
 * the salt on show; set it before the first salt.
 */
void
mg_salt_detail_set_kb (MgSaltDetail *self,
                       MgKb         *kb)
{
  g_return_if_fail (MG_IS_SALT_DETAIL (self));
  g_return_if_fail (MG_IS_KB (kb));

  g_set_object (&self->kb, kb);
}

/**
 * mg_salt_detail_get_calculator:
 *
 * Returns: (transfer none): the #MgSaltCalculator
 */
GtkWidget *
mg_salt_detail_get_calculator (MgSaltDetail *self)
{
  g_return_val_if_fail (MG_IS_SALT_DETAIL (self), NULL);

  return GTK_WIDGET (self->calculator);
}

static GtkWidget *
add_fact (GtkWidget  *group,
          const char *title,
          const char *value,
          const char *text)
{
  GtkWidget *row = mg_fact_row_new (title, value, text);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

/* How a published value compares with the formula's: a single value by
 * its difference, a range by whether the formula's value falls inside. */
static char *
describe_published (MgPublishedFraction *published,
                    double               computed)
{
  double value = mg_published_fraction_get_value (published);
  double min = mg_published_fraction_get_min (published);
  double max = mg_published_fraction_get_max (published);
  g_autofree char *basis = NULL;
  g_autofree char *comparison = NULL;

  if (value >= 0.0)
    {
      double points = (value - computed) * 100.0;
      g_autofree char *difference = mg_number_format_fixed (fabs (points), 2);

      if (fabs (points) < 0.005)
        comparison = g_strdup (_("The same as the value calculated from the formula."));
      else if (points > 0)
        /* Translators: %s is a number of percentage points */
        comparison = g_strdup_printf (_("%s percentage points above the value calculated from the formula."), difference);
      else
        comparison = g_strdup_printf (_("%s percentage points below the value calculated from the formula."), difference);
    }
  else if (computed < min || computed > max)
    {
      double points = (computed < min ? min - computed : computed - max) * 100.0;
      g_autofree char *difference = mg_number_format_fixed (points, 2);

      comparison = g_strdup_printf (computed < min
                                    ? _("The value calculated from the formula is %s percentage points below this range.")
                                    : _("The value calculated from the formula is %s percentage points above this range."),
                                    difference);
    }
  else
    comparison = g_strdup (_("The value calculated from the formula is within this range."));

  /* A content on the dried substance is of the salt without its water; as
   * sold, a hydrate holds less magnesium per gram. */
  if (g_strcmp0 (mg_published_fraction_get_basis (published), "dried") == 0)
    basis = g_strdup (_("Stated on the dried substance."));

  return basis != NULL ? g_strdup_printf ("%s %s", basis, comparison) : g_steal_pointer (&comparison);
}

static char *
format_published (MgPublishedFraction *published)
{
  double value = mg_published_fraction_get_value (published);
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;

  if (value >= 0.0)
    return mg_format_percent (value, 1);

  min = mg_number_format_fixed (mg_published_fraction_get_min (published) * 100.0, 1);
  max = mg_number_format_fixed (mg_published_fraction_get_max (published) * 100.0, 1);
  /* Translators: a range of percentages, "14.5–16.4 %" */
  return g_strdup_printf (_("%s–%s %%"), min, max);
}

/* "Magnesium sulfate" on a label is the heptahydrate: said on the
 * heptahydrate's page, with the sources that make it so. */
static void
build_plain_names (MgSaltDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) names = NULL;
  GtkWidget *group;

  if (self->kb == NULL)
    return;

  names = mg_kb_list_generic_names_for_form (self->kb, mg_compound_get_id (self->compound), &error);
  if (names != NULL && g_list_model_get_n_items (names) == 0)
    return;

  group = mg_rows_group_new (NULL, NULL);
  for (guint i = 0; names != NULL && i < g_list_model_get_n_items (names); i++)
    {
      g_autoptr(MgGenericName) generic = g_list_model_get_item (names, i);
      /* Translators: a salt's plain name, "“Magnesium sulfate” on a label means this form." */
      g_autofree char *text = g_strdup_printf (_("“%s” on a label means this form."), mg_generic_name_get_name (generic));
      GtkWidget *row = add_fact (group, text, NULL, NULL);

      mg_fact_row_set_icon_name (MG_FACT_ROW (row), "dialog-information-symbolic");
      mg_fact_row_set_sources (MG_FACT_ROW (row), mg_generic_name_get_sources (generic));
    }

  if (names == NULL)
    {
      /* Translators: %s says what failed, from the knowledge base */
      g_autofree char *text = g_strdup_printf (_("Which plain name stands for this form could not be read: %s"),
                                               error->message);

      add_fact (group, NULL, NULL, text);
    }

  gtk_box_append (self->composition_box, group);
}

static void
build_composition (MgSaltDetail *self)
{
  MgCompound *compound = self->compound;
  GtkWidget *group = mg_rows_group_new (_("Composition"), NULL);
  GListModel *published = mg_compound_get_published_fractions (compound);
  double fraction = mg_compound_get_elemental_fraction (compound);
  guint water = mg_format_formula_water (mg_compound_get_formula (compound));
  g_autofree char *formula = mg_format_formula (mg_compound_get_formula (compound));
  g_autofree char *water_text = NULL;
  g_autofree char *molar_mass = mg_format_molar_mass (mg_compound_get_molar_mass (compound));
  g_autofree char *mass_number = mg_number_format_fixed (mg_compound_get_molar_mass (compound), 2);
  g_autofree char *percent = NULL;
  g_autofree char *per_100 = NULL;
  g_autofree char *calculation = NULL;
  g_autofree char *atoms = NULL;
  GtkWidget *row;

  if (water > 0)
    water_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "With %u molecule of water of crystallisation.",
                                               "With %u molecules of water of crystallisation.", water),
                                  water);
  else
    water_text = g_strdup (_("Without water of crystallisation (anhydrous)."));

  row = add_fact (group, _("Formula"), formula, water_text);
  mg_fact_row_set_sources (MG_FACT_ROW (row), mg_compound_get_sources (compound));
  mg_fact_row_set_sources_title (MG_FACT_ROW (row), _("Sources of the formula"));

  row = add_fact (group, _("Molar mass"), molar_mass,
                  _("Calculated by this app from the formula with the IUPAC standard atomic weights."));
  mg_fact_row_set_sources (MG_FACT_ROW (row), mg_compound_get_sources (compound));
  mg_fact_row_set_sources_title (MG_FACT_ROW (row), _("Sources of the formula"));

  percent = mg_format_percent (fraction, 1);
  per_100 = mg_format_mg (fraction * 100.0);
  atoms = mg_number_format (mg_compound_get_mg_atoms (compound) * MG_MOLAR_MASS, 3);
  /* Translators: the first %s is a percentage, the second an amount in mg */
  calculation = g_strdup_printf (_("%s of the salt’s weight, %s of magnesium per 100 mg. Calculated as %s ÷ %s g/mol."),
                                 percent, per_100, atoms, mass_number);
  row = add_fact (group, _("Elemental magnesium"), percent, calculation);
  mg_fact_row_set_sources (MG_FACT_ROW (row), mg_compound_get_sources (compound));
  mg_fact_row_set_sources_title (MG_FACT_ROW (row), _("Sources of the formula"));

  for (guint i = 0; i < g_list_model_get_n_items (published); i++)
    {
      g_autoptr(MgPublishedFraction) value = g_list_model_get_item (published, i);
      g_autofree char *shown = format_published (value);
      g_autofree char *described = describe_published (value, fraction);

      row = add_fact (group, _("Published value"), shown, described);
      mg_fact_row_set_sources (MG_FACT_ROW (row), mg_published_fraction_get_sources (value));
    }

  if (g_list_model_get_n_items (published) == 0)
    add_fact (group, _("Published value"), NULL,
              _("No published magnesium content was found for this form; the app uses the value calculated from the formula."));

  gtk_box_append (self->composition_box, group);
}

/* The first note of a topic is the row's text; later ones are rows of
 * their own, each with its sources. */
static MgArticle *
first_note (MgCompound *compound,
            const char *topic)
{
  GListModel *notes = mg_compound_get_notes (compound);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(MgArticle) note = g_list_model_get_item (notes, i);

      if (g_strcmp0 (mg_article_get_topic (note), topic) == 0)
        return g_steal_pointer (&note);
    }

  return NULL;
}

static void
build_properties (MgSaltDetail *self)
{
  MgCompound *compound = self->compound;
  GtkWidget *group = mg_rows_group_new (_("Properties"), NULL);
  g_autoptr(MgArticle) solubility = first_note (compound, "solubility");
  g_autoptr(MgArticle) laxative = first_note (compound, "laxative");
  g_autofree char *uses = mg_format_uses (compound);
  g_autofree char *grams = NULL;
  GtkWidget *row;

  row = add_fact (group, _("Organic or inorganic"), mg_kb_label_compound_kind (mg_compound_get_kind (compound)), NULL);
  mg_fact_row_set_sources (MG_FACT_ROW (row), mg_compound_get_sources (compound));

  if (mg_compound_get_solubility_g_per_100ml (compound) >= 0.0)
    {
      g_autofree char *number = mg_number_format (mg_compound_get_solubility_g_per_100ml (compound), 5);

      /* Translators: solubility in water */
      grams = g_strdup_printf (_("%s g per 100 mL"), number);
    }

  if (solubility != NULL || grams != NULL)
    {
      row = add_fact (group, _("Solubility in water"), grams,
                      solubility != NULL ? mg_article_get_text (solubility) : NULL);
      mg_fact_row_set_sources (MG_FACT_ROW (row), solubility != NULL ? mg_article_get_sources (solubility)
                                                                      : mg_compound_get_sources (compound));
    }
  else
    add_fact (group, _("Solubility in water"), _("Not known"),
              _("No solubility was found for this form in the sources."));

  row = add_fact (group, _("Laxative effect"), mg_kb_label_laxative (mg_compound_get_laxative (compound)),
                  laxative != NULL ? mg_article_get_text (laxative) : NULL);
  mg_fact_row_set_sources (MG_FACT_ROW (row), laxative != NULL ? mg_article_get_sources (laxative)
                                                                : mg_compound_get_sources (compound));

  row = add_fact (group, _("Uses"), uses, NULL);
  mg_fact_row_set_sources (MG_FACT_ROW (row), mg_compound_get_sources (compound));

  gtk_box_append (self->facts_box, group);
}

/* One group of the notes of @topic, skipping the first of topics already
 * shown as a property. */
static void
build_notes (MgSaltDetail *self,
             const char   *topic,
             const char   *title,
             guint         skip)
{
  GListModel *notes = mg_compound_get_notes (self->compound);
  GtkWidget *group = NULL;
  guint seen = 0;

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(MgArticle) note = g_list_model_get_item (notes, i);
      GtkWidget *row;

      if (g_strcmp0 (mg_article_get_topic (note), topic) != 0 || seen++ < skip)
        continue;

      if (group == NULL)
        group = mg_rows_group_new (title, NULL);

      row = add_fact (group, NULL, NULL, mg_article_get_text (note));
      mg_fact_row_set_sources (MG_FACT_ROW (row), mg_article_get_sources (note));
    }

  if (group != NULL)
    gtk_box_append (self->facts_box, group);
}

static void
build_disagreements (MgSaltDetail *self)
{
  GListModel *disagreements = mg_compound_get_disagreements (self->compound);
  GtkWidget *group;

  if (g_list_model_get_n_items (disagreements) == 0)
    return;

  group = mg_rows_group_new (_("Where Sources Disagree"),
                             _("What other sources say, and which value the app uses."));
  for (guint i = 0; i < g_list_model_get_n_items (disagreements); i++)
    {
      g_autoptr(MgArticle) disagreement = g_list_model_get_item (disagreements, i);
      GtkWidget *row = add_fact (group, NULL, NULL, mg_article_get_text (disagreement));

      mg_fact_row_set_icon_name (MG_FACT_ROW (row), "dialog-information-symbolic");
      mg_fact_row_set_sources (MG_FACT_ROW (row), mg_article_get_sources (disagreement));
    }

  gtk_box_append (self->facts_box, group);
}

static void
build_sources (MgSaltDetail *self)
{
  GtkWidget *group = mg_rows_group_new (_("Sources"), NULL);
  GtkWidget *row = add_fact (group, NULL, NULL, NULL);

  mg_fact_row_set_sources (MG_FACT_ROW (row), mg_compound_get_sources (self->compound));
  mg_fact_row_set_sources_title (MG_FACT_ROW (row), _("All sources for this salt"));
  gtk_box_append (self->facts_box, group);
}

static void
update_header (MgSaltDetail *self)
{
  const char * const *synonyms = mg_compound_get_synonyms (self->compound);
  g_autofree char *joined = synonyms != NULL ? g_strjoinv (", ", (char **) synonyms) : NULL;
  g_autofree char *also = NULL;

  if (joined != NULL && *joined != '\0')
    /* Translators: other names of a salt */
    also = g_strdup_printf (_("Also called: %s"), joined);

  gtk_label_set_text (self->name_label, mg_compound_get_name (self->compound));
  gtk_label_set_text (self->synonyms_label, also != NULL ? also : "");
  gtk_widget_set_visible (GTK_WIDGET (self->synonyms_label), also != NULL);
}

/**
 * mg_salt_detail_set_compound:
 * @compound: the salt to show
 *
 * The calculator keeps what was typed and recalculates for this salt.
 */
void
mg_salt_detail_set_compound (MgSaltDetail *self,
                             MgCompound   *compound)
{
  g_return_if_fail (MG_IS_SALT_DETAIL (self));
  g_return_if_fail (MG_IS_COMPOUND (compound));

  if (!g_set_object (&self->compound, compound))
    return;

  update_header (self);
  mg_rows_clear_box (self->composition_box);
  mg_rows_clear_box (self->facts_box);

  build_plain_names (self);
  build_composition (self);
  build_properties (self);
  build_notes (self, "absorption", _("Absorption"), 0);
  build_notes (self, "solubility", _("More on Solubility"), 1);
  build_notes (self, "laxative", _("More on the Laxative Effect"), 1);
  build_notes (self, "note", _("Notes"), 0);
  build_disagreements (self);
  build_sources (self);

  mg_salt_calculator_set_compound (self->calculator, compound);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);
}

static void
mg_salt_detail_dispose (GObject *object)
{
  MgSaltDetail *self = MG_SALT_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_SALT_DETAIL);
  g_clear_object (&self->compound);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (mg_salt_detail_parent_class)->dispose (object);
}

static void
mg_salt_detail_class_init (MgSaltDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_salt_detail_dispose;

  g_type_ensure (MG_TYPE_SALT_CALCULATOR);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-salt-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, MgSaltDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, MgSaltDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, MgSaltDetail, synonyms_label);
  gtk_widget_class_bind_template_child (widget_class, MgSaltDetail, composition_box);
  gtk_widget_class_bind_template_child (widget_class, MgSaltDetail, calculator);
  gtk_widget_class_bind_template_child (widget_class, MgSaltDetail, facts_box);
}

static void
mg_salt_detail_init (MgSaltDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
