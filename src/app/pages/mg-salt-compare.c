/* mg-salt-compare.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table, one column per salt: a pharmacist choosing between two
 * products reads across a line. It scrolls sideways when three columns do
 * not fit a phone-sized window.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-format.h"
#include "mg-kb-labels.h"
#include "mg-number.h"
#include "mg-rows.h"
#include "mg-salt-compare.h"
#include "mg-sources-view.h"

struct _MgSaltCompare
{
  GtkWidget parent_instance;

  GListModel *compounds;
  GPtrArray *chosen;            /* MgCompound, in column order */
  gboolean rebuilding;

  AdwComboRow *first_row;
  AdwComboRow *second_row;
  AdwComboRow *third_row;
  GtkGrid *table;
};

G_DEFINE_FINAL_TYPE (MgSaltCompare, mg_salt_compare, GTK_TYPE_WIDGET)

typedef char *(*CellFunc) (MgCompound *compound);

static char *
cell_formula (MgCompound *compound)
{
  return mg_format_formula (mg_compound_get_formula (compound));
}

static char *
cell_molar_mass (MgCompound *compound)
{
  return mg_format_molar_mass (mg_compound_get_molar_mass (compound));
}

static char *
cell_fraction (MgCompound *compound)
{
  return mg_format_percent (mg_compound_get_elemental_fraction (compound), 1);
}

static char *
cell_salt_for_100 (MgCompound *compound)
{
  return mg_format_mg (100.0 / mg_compound_get_elemental_fraction (compound));
}

static char *
cell_kind (MgCompound *compound)
{
  return g_strdup (mg_kb_label_compound_kind (mg_compound_get_kind (compound)));
}

static char *
cell_solubility (MgCompound *compound)
{
  g_autofree char *number = NULL;

  if (mg_compound_get_solubility_g_per_100ml (compound) >= 0.0)
    {
      number = mg_number_format (mg_compound_get_solubility_g_per_100ml (compound), 5);
      return g_strdup_printf (_("%s g per 100 mL"), number);
    }

  return g_strdup (mg_compound_get_solubility (compound) != NULL ? mg_compound_get_solubility (compound) : _("Not known"));
}

static char *
cell_laxative (MgCompound *compound)
{
  return g_strdup (mg_kb_label_laxative (mg_compound_get_laxative (compound)));
}

static char *
cell_uses (MgCompound *compound)
{
  return mg_format_uses (compound);
}

static const struct
{
  const char *title;
  CellFunc    func;
} lines[] = {
  { N_("Formula"), cell_formula },
  { N_("Molar mass"), cell_molar_mass },
  { N_("Elemental magnesium"), cell_fraction },
  { N_("Salt for 100 mg of magnesium"), cell_salt_for_100 },
  { N_("Organic or inorganic"), cell_kind },
  { N_("Solubility in water"), cell_solubility },
  { N_("Laxative effect"), cell_laxative },
  { N_("Uses"), cell_uses },
};

static GtkWidget *
cell_label (const char *text,
            const char *accessible)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  if (accessible != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                    -1);
  return label;
}

static void
clear_table (MgSaltCompare *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);
}

static void
build_table (MgSaltCompare *self)
{
  clear_table (self);

  for (guint c = 0; c < self->chosen->len; c++)
    {
      MgCompound *compound = g_ptr_array_index (self->chosen, c);
      GtkWidget *header = cell_label (mg_compound_get_name (compound), NULL);
      GtkWidget *sources = mg_sources_view_new ();

      gtk_widget_add_css_class (header, "heading");
      gtk_accessible_update_property (GTK_ACCESSIBLE (header),
                                      GTK_ACCESSIBLE_PROPERTY_LEVEL, 3,
                                      -1);
      gtk_grid_attach (self->table, header, c + 1, 0, 1, 1);

      for (guint l = 0; l < G_N_ELEMENTS (lines); l++)
        {
          g_autofree char *value = lines[l].func (compound);
          /* Read alone, a cell must say what it is: "Magnesium oxide,
           * Molar mass: 40.30 g/mol". */
          g_autofree char *accessible = g_strdup_printf ("%s, %s: %s", mg_compound_get_name (compound),
                                                         _(lines[l].title), value);

          gtk_grid_attach (self->table, cell_label (value, accessible), c + 1, l + 1, 1, 1);
        }

      mg_sources_view_set_sources (MG_SOURCES_VIEW (sources), mg_compound_get_sources (compound));
      gtk_widget_set_valign (sources, GTK_ALIGN_START);
      gtk_grid_attach (self->table, sources, c + 1, G_N_ELEMENTS (lines) + 1, 1, 1);
    }

  for (guint l = 0; l < G_N_ELEMENTS (lines); l++)
    {
      GtkWidget *title = cell_label (_(lines[l].title), NULL);

      gtk_widget_add_css_class (title, "dim-label");
      gtk_grid_attach (self->table, title, 0, l + 1, 1, 1);
    }
  gtk_grid_attach (self->table, cell_label (_("Sources"), NULL), 0, G_N_ELEMENTS (lines) + 1, 1, 1);
}

static MgCompound *
compound_at (MgSaltCompare *self,
             guint          position)
{
  return position < g_list_model_get_n_items (self->compounds)
         ? g_list_model_get_item (self->compounds, position)
         : NULL;
}

static void
rebuild (MgSaltCompare *self)
{
  AdwComboRow *rows[] = { self->first_row, self->second_row, self->third_row };

  if (self->compounds == NULL || self->rebuilding)
    return;

  g_ptr_array_set_size (self->chosen, 0);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      guint selected = adw_combo_row_get_selected (rows[i]);
      MgCompound *compound;

      /* The third row starts with "None". */
      if (rows[i] == self->third_row)
        {
          if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
            continue;
          selected--;
        }

      compound = compound_at (self, selected);
      if (compound != NULL)
        g_ptr_array_add (self->chosen, compound);
    }

  build_table (self);
}

static GListModel *
names_model (GListModel *compounds,
             const char *first)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (names, first);

  for (guint i = 0; i < g_list_model_get_n_items (compounds); i++)
    {
      g_autoptr(MgCompound) compound = g_list_model_get_item (compounds, i);

      gtk_string_list_append (names, mg_compound_get_name (compound));
    }

  return G_LIST_MODEL (names);
}

/**
 * mg_salt_compare_set_model:
 * @compounds: the salts to choose from
 */
void
mg_salt_compare_set_model (MgSaltCompare *self,
                           GListModel    *compounds)
{
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) second = NULL;
  g_autoptr(GListModel) third = NULL;

  g_return_if_fail (MG_IS_SALT_COMPARE (self));
  g_return_if_fail (G_IS_LIST_MODEL (compounds));

  g_set_object (&self->compounds, compounds);
  first = names_model (compounds, NULL);
  second = names_model (compounds, NULL);
  third = names_model (compounds, _("None"));

  self->rebuilding = TRUE;
  adw_combo_row_set_model (self->first_row, first);
  adw_combo_row_set_model (self->second_row, second);
  adw_combo_row_set_model (self->third_row, third);
  adw_combo_row_set_selected (self->second_row, MIN (1, g_list_model_get_n_items (compounds)));
  adw_combo_row_set_selected (self->third_row, 0);
  self->rebuilding = FALSE;

  rebuild (self);
}

static guint
position_of (MgSaltCompare *self,
             const char    *id)
{
  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (self->compounds); i++)
    {
      g_autoptr(MgCompound) compound = g_list_model_get_item (self->compounds, i);

      if (g_strcmp0 (mg_compound_get_id (compound), id) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/**
 * mg_salt_compare_choose:
 * @ids: (array zero-terminated=1): two or three compound ids; unknown ids
 *   leave their column as it was
 */
void
mg_salt_compare_choose (MgSaltCompare      *self,
                        const char * const *ids)
{
  AdwComboRow *rows[] = { self->first_row, self->second_row, self->third_row };
  guint n;

  g_return_if_fail (MG_IS_SALT_COMPARE (self));
  g_return_if_fail (ids != NULL);
  g_return_if_fail (self->compounds != NULL);

  n = g_strv_length ((char **) ids);
  self->rebuilding = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      guint position = position_of (self, i < n ? ids[i] : NULL);

      if (rows[i] == self->third_row)
        adw_combo_row_set_selected (rows[i], position == GTK_INVALID_LIST_POSITION ? 0 : position + 1);
      else if (position != GTK_INVALID_LIST_POSITION)
        adw_combo_row_set_selected (rows[i], position);
    }
  self->rebuilding = FALSE;

  rebuild (self);
}

/**
 * mg_salt_compare_get_chosen:
 *
 * Returns: (transfer none) (element-type MgCompound): the salts shown, in
 *   column order
 */
GPtrArray *
mg_salt_compare_get_chosen (MgSaltCompare *self)
{
  g_return_val_if_fail (MG_IS_SALT_COMPARE (self), NULL);

  return self->chosen;
}

/**
 * mg_salt_compare_get_cell:
 * @row: 0 for the names, then one per line of the table
 * @column: 0 for the line titles, then one per salt
 *
 * Returns: (transfer none) (nullable): the cell's text
 */
const char *
mg_salt_compare_get_cell (MgSaltCompare *self,
                          guint          row,
                          guint          column)
{
  GtkWidget *cell;

  g_return_val_if_fail (MG_IS_SALT_COMPARE (self), NULL);

  cell = gtk_grid_get_child_at (self->table, column, row);
  return GTK_IS_LABEL (cell) ? gtk_label_get_text (GTK_LABEL (cell)) : NULL;
}

static void
mg_salt_compare_dispose (GObject *object)
{
  MgSaltCompare *self = MG_SALT_COMPARE (object);

  /* Disposing the combo rows changes their selection: build nothing. */
  self->rebuilding = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_SALT_COMPARE);
  /* A GtkWidget with a layout manager unparents its own children. */
  mg_rows_unparent_children (GTK_WIDGET (self));
  g_clear_pointer (&self->chosen, g_ptr_array_unref);
  g_clear_object (&self->compounds);

  G_OBJECT_CLASS (mg_salt_compare_parent_class)->dispose (object);
}

static void
mg_salt_compare_class_init (MgSaltCompareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_salt_compare_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-salt-compare.ui");
  gtk_widget_class_bind_template_child (widget_class, MgSaltCompare, first_row);
  gtk_widget_class_bind_template_child (widget_class, MgSaltCompare, second_row);
  gtk_widget_class_bind_template_child (widget_class, MgSaltCompare, third_row);
  gtk_widget_class_bind_template_child (widget_class, MgSaltCompare, table);
  gtk_widget_class_bind_template_callback (widget_class, rebuild);
}

static void
mg_salt_compare_init (MgSaltCompare *self)
{
  self->chosen = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}
