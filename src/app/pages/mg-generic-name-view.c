/* mg-generic-name-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A label that says "magnesium sulfate" means the heptahydrate, with about
 * half the magnesium per gram of the anhydrous salt; "magnesium citrate"
 * can mean salts from 11 to 16 % magnesium. The view says which form the
 * plain name stands for and why, or that the name is ambiguous, and lists
 * every form with its formula and the magnesium our formula parser
 * calculates, as the salts page shows it. Each form opens its salt page.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-fact-row.h"
#include "mg-format.h"
#include "mg-generic-name-view.h"
#include "mg-rows.h"

struct _MgGenericNameView
{
  AdwBin parent_instance;

  MgGenericName *generic;

  MgFactRow *meaning_row;
  AdwPreferencesGroup *forms_group;
  GtkListBox *forms_list;
};

G_DEFINE_FINAL_TYPE (MgGenericNameView, mg_generic_name_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_GENERIC_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mg_generic_name_view_new:
 *
 * Returns: (transfer floating): a view showing no name yet
 */
GtkWidget *
mg_generic_name_view_new (void)
{
  return g_object_new (MG_TYPE_GENERIC_NAME_VIEW, NULL);
}

/**
 * mg_generic_name_view_get_generic_name:
 *
 * Returns: (transfer none) (nullable): the plain name on show
 */
MgGenericName *
mg_generic_name_view_get_generic_name (MgGenericNameView *self)
{
  g_return_val_if_fail (MG_IS_GENERIC_NAME_VIEW (self), NULL);

  return self->generic;
}

/**
 * mg_generic_name_view_get_meaning_row:
 *
 * Returns: (transfer none): the #MgFactRow that says what the name means
 */
GtkWidget *
mg_generic_name_view_get_meaning_row (MgGenericNameView *self)
{
  g_return_val_if_fail (MG_IS_GENERIC_NAME_VIEW (self), NULL);

  return GTK_WIDGET (self->meaning_row);
}

/**
 * mg_generic_name_view_get_forms_list:
 *
 * Returns: (transfer none): the list of forms, one activatable row each
 */
GtkListBox *
mg_generic_name_view_get_forms_list (MgGenericNameView *self)
{
  g_return_val_if_fail (MG_IS_GENERIC_NAME_VIEW (self), NULL);

  return self->forms_list;
}

static void
set_group_title (AdwPreferencesGroup *group,
                 const char          *title)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_preferences_group_set_title (group, escaped);
}

/* The form the name stands for, or %NULL when the name is ambiguous. */
static MgCompound *
dup_resolved_form (MgGenericName *generic)
{
  GListModel *forms = mg_generic_name_get_forms (generic);

  /* The reader lists the form the name stands for first. */
  if (mg_generic_name_is_ambiguous (generic) || g_list_model_get_n_items (forms) == 0)
    return NULL;

  return g_list_model_get_item (forms, 0);
}

static void
update_meaning (MgGenericNameView *self)
{
  const char *name = mg_generic_name_get_name (self->generic);
  g_autoptr(MgCompound) form = dup_resolved_form (self->generic);
  g_autofree char *text = NULL;

  if (form != NULL)
    {
      g_autofree char *formula = mg_format_formula (mg_compound_get_formula (form));

      /* Translators: a salt's plain name, then the form it stands for and its formula */
      text = g_strdup_printf (_("“%s” stands for %s (%s), the form of the European Pharmacopoeia and of the "
                                "products on the market."),
                              name, mg_compound_get_name (form), formula);
      mg_fact_row_set_icon_name (self->meaning_row, "dialog-information-symbolic");
    }
  else
    {
      /* Translators: a salt's plain name */
      text = g_strdup_printf (_("“%s” is ambiguous: the name is used for several forms, which hold different "
                                "amounts of magnesium. Check the formula on the label and choose that form "
                                "below."),
                              name);
      mg_fact_row_set_icon_name (self->meaning_row, "dialog-warning-symbolic");
    }

  mg_fact_row_set_title (self->meaning_row, text);
  mg_fact_row_set_sources (self->meaning_row, mg_generic_name_get_sources (self->generic));
}

static GtkWidget *
create_form_row (MgCompound *form,
                 gboolean    stands_for)
{
  g_autofree char *formula = mg_format_formula (mg_compound_get_formula (form));
  g_autofree char *percent = mg_format_percent (mg_compound_get_elemental_fraction (form), 1);
  g_autofree char *content = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *row;
  GtkWidget *arrow;

  /* Translators: a formula, then the share of magnesium in it, "MgSO₄·7H₂O · 9.9 % magnesium" */
  content = g_strdup_printf (_("%s · %s magnesium"), formula, percent);
  subtitle = stands_for ? g_strdup_printf ("%s · %s", content, _("The form this name stands for"))
                        : g_steal_pointer (&content);

  row = mg_rows_action_row_new (mg_compound_get_name (form), subtitle);
  arrow = g_object_new (GTK_TYPE_IMAGE,
                        "icon-name", "go-next-symbolic",
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "window.show-record");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)", "compound", mg_compound_get_id (form));

  /* Translators: a salt form and its share of magnesium, "Magnesium sulfate heptahydrate, 9.9 % magnesium" */
  accessible = g_strdup_printf (_("%s, %s magnesium"), mg_compound_get_name (form), percent);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  return row;
}

static void
update_forms (MgGenericNameView *self)
{
  GListModel *forms = mg_generic_name_get_forms (self->generic);
  gboolean ambiguous = mg_generic_name_is_ambiguous (self->generic);
  g_autofree char *list_name = NULL;
  GtkListBoxRow *old;

  while ((old = gtk_list_box_get_row_at_index (self->forms_list, 0)) != NULL)
    gtk_list_box_remove (self->forms_list, GTK_WIDGET (old));

  for (guint i = 0; i < g_list_model_get_n_items (forms); i++)
    {
      g_autoptr(MgCompound) form = g_list_model_get_item (forms, i);

      gtk_list_box_append (self->forms_list, create_form_row (form, !ambiguous && i == 0));
    }

  set_group_title (self->forms_group, ambiguous ? _("Forms It Can Mean") : _("Forms with This Name"));
  /* Translators: a salt's plain name */
  list_name = g_strdup_printf (_("Forms of “%s”"), mg_generic_name_get_name (self->generic));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->forms_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, list_name,
                                  -1);
}

/**
 * mg_generic_name_view_set_generic_name:
 * @generic: the plain name to show
 */
void
mg_generic_name_view_set_generic_name (MgGenericNameView *self,
                                       MgGenericName     *generic)
{
  g_return_if_fail (MG_IS_GENERIC_NAME_VIEW (self));
  g_return_if_fail (MG_IS_GENERIC_NAME (generic));

  if (!g_set_object (&self->generic, generic))
    return;

  update_meaning (self);
  update_forms (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENERIC_NAME]);
}

static void
mg_generic_name_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MgGenericNameView *self = MG_GENERIC_NAME_VIEW (object);

  switch (prop_id)
    {
    case PROP_GENERIC_NAME:
      g_value_set_object (value, self->generic);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_generic_name_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MgGenericNameView *self = MG_GENERIC_NAME_VIEW (object);

  switch (prop_id)
    {
    case PROP_GENERIC_NAME:
      if (g_value_get_object (value) != NULL)
        mg_generic_name_view_set_generic_name (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_generic_name_view_dispose (GObject *object)
{
  MgGenericNameView *self = MG_GENERIC_NAME_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_GENERIC_NAME_VIEW);
  g_clear_object (&self->generic);

  G_OBJECT_CLASS (mg_generic_name_view_parent_class)->dispose (object);
}

static void
mg_generic_name_view_class_init (MgGenericNameViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = mg_generic_name_view_get_property;
  object_class->set_property = mg_generic_name_view_set_property;
  object_class->dispose = mg_generic_name_view_dispose;

  /**
   * MgGenericNameView:generic-name:
   *
   * The #MgGenericName on show.
   */
  properties[PROP_GENERIC_NAME] =
    g_param_spec_object ("generic-name", NULL, NULL,
                         MG_TYPE_GENERIC_NAME,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MG_TYPE_FACT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-generic-name-view.ui");
  gtk_widget_class_bind_template_child (widget_class, MgGenericNameView, meaning_row);
  gtk_widget_class_bind_template_child (widget_class, MgGenericNameView, forms_group);
  gtk_widget_class_bind_template_child (widget_class, MgGenericNameView, forms_list);
}

static void
mg_generic_name_view_init (MgGenericNameView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
