/* mg-product-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One supplement of the dosing helper: what magnesium compound, how much
 * in one unit and in which unit, how many units at once, how often and
 * when. Valid input goes straight into the MgProduct; invalid input stays
 * in its field with its message, and the product keeps its last valid
 * value, so the page can show the last valid result, marked as such.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-a11y.h"
#include "mg-dose-engine.h"
#include "mg-dose-timeline.h"
#include "mg-number-row.h"
#include "mg-product-editor.h"

struct _MgProductEditor
{
  AdwExpanderRow parent_instance;

  MgKb          *kb;
  MgProduct     *product;
  GPtrArray     *compound_ids;   /* parallel to the dropdown's strings */
  GPtrArray     *time_rows;      /* AdwActionRow, one per intake */
  gboolean       times_valid;
  gboolean       valid;

  AdwActionRow  *compound_row;
  GtkDropDown   *compound_dropdown;
  MgNumberRow   *amount_row;
  GtkDropDown   *unit_dropdown;
  MgNumberRow   *units_row;
  MgNumberRow   *intakes_row;
};

G_DEFINE_FINAL_TYPE (MgProductEditor, mg_product_editor, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_KB,
  PROP_PRODUCT,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * mg_product_editor_new:
 * @kb: for the compounds and their names
 * @product: the product to edit; the editor writes valid input into it
 *
 * Returns: (transfer floating): a new editor
 */
GtkWidget *
mg_product_editor_new (MgKb      *kb,
                       MgProduct *product)
{
  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (MG_IS_PRODUCT (product), NULL);

  return g_object_new (MG_TYPE_PRODUCT_EDITOR, "kb", kb, "product", product, NULL);
}

MgProduct *
mg_product_editor_get_product (MgProductEditor *self)
{
  g_return_val_if_fail (MG_IS_PRODUCT_EDITOR (self), NULL);

  return self->product;
}

gboolean
mg_product_editor_get_valid (MgProductEditor *self)
{
  g_return_val_if_fail (MG_IS_PRODUCT_EDITOR (self), FALSE);

  return self->valid;
}

static gboolean
amount_empty (MgProductEditor *self)
{
  g_autofree char *text = g_strstrip (g_strdup (mg_number_row_get_text (self->amount_row)));

  return *text == '\0';
}

/* An empty amount on a supplement that never had one is a supplement not
 * filled in yet: not counted, and not an error that would hold back the
 * whole result. Emptied after it had one, it is an error like any other,
 * and the last valid amount still counts. */
static void
update_valid (MgProductEditor *self)
{
  gboolean fresh, valid;

  if (self->product == NULL)
    return;

  fresh = amount_empty (self) && mg_product_get_amount (self->product) == 0.0;
  valid = (mg_number_row_get_valid (self->amount_row) || fresh) &&
          mg_number_row_get_valid (self->units_row) &&
          mg_number_row_get_valid (self->intakes_row) &&
          self->times_valid;

  if (valid == self->valid)
    return;

  self->valid = valid;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
}

static void
on_validity_changed (MgProductEditor *self)
{
  update_valid (self);
}

/* What the amount counts depends on the compound and the unit; the row
 * says which, so nobody types a salt's weight as elemental magnesium. */
static void
update_amount_hint (MgProductEditor *self)
{
  MgAmountUnit unit = mg_product_get_unit (self->product);
  g_autofree char *hint = NULL;
  g_autofree char *name = NULL;

  if (!mg_amount_unit_is_mass (unit))
    hint = g_strdup (_("mmol and mEq count magnesium itself"));
  else if (mg_product_is_elemental (self->product))
    hint = g_strdup (_("Magnesium itself, as the label states it"));
  else if (mg_dose_engine_resolve_compound (self->kb, mg_product_get_compound_id (self->product), NULL, &name, NULL, NULL))
    /* Translators: a compound's name, such as "magnesium citrate". */
    hint = g_strdup_printf (_("Weight of the salt (%s), not of magnesium itself"), name);

  mg_number_row_set_hint (self->amount_row, hint);
}

static void
update_title (MgProductEditor *self)
{
  g_autofree char *name = NULL;

  if (mg_product_is_elemental (self->product))
    name = g_strdup (_("Elemental magnesium"));
  else if (!mg_dose_engine_resolve_compound (self->kb, mg_product_get_compound_id (self->product), NULL, &name, NULL, NULL))
    name = g_strdup (mg_product_get_compound_id (self->product));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  mg_a11y_name_drop_down (self->compound_dropdown, _("Magnesium as"), name);
}

static void
on_compound_selected (MgProductEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->compound_dropdown);

  if (self->product == NULL || selected >= self->compound_ids->len)
    return;

  mg_product_set_compound_id (self->product, g_ptr_array_index (self->compound_ids, selected));
  update_title (self);
  update_amount_hint (self);
}

static void
on_unit_selected (MgProductEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->unit_dropdown);

  if (self->product == NULL || selected > MG_AMOUNT_UNIT_MEQ)
    return;

  mg_product_set_unit (self->product, (MgAmountUnit) selected);
  update_amount_hint (self);
}

static void
update_subtitle (MgProductEditor *self)
{
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                 mg_product_get_amount (self->product) > 0.0
                                 ? "" : _("Not counted until the amount in one unit is typed"));
}

static void
on_amount_changed (MgProductEditor *self)
{
  if (self->product == NULL)
    return;

  if (mg_number_row_get_valid (self->amount_row))
    mg_product_set_amount (self->product, mg_number_row_get_value (self->amount_row));
  update_subtitle (self);
  update_valid (self);
}

static void
on_units_changed (MgProductEditor *self)
{
  if (self->product != NULL && mg_number_row_get_valid (self->units_row))
    mg_product_set_units_per_intake (self->product, mg_number_row_get_value (self->units_row));
}

static void
check_times (MgProductEditor *self)
{
  gboolean valid = TRUE;

  for (guint i = 0; i < self->time_rows->len; i++)
    valid = valid && !gtk_widget_has_css_class (g_ptr_array_index (self->time_rows, i), "invalid");

  self->times_valid = valid;
  update_valid (self);
}

static void
on_time_changed (GtkEditable     *entry,
                 MgProductEditor *self)
{
  AdwActionRow *row = g_object_get_data (G_OBJECT (entry), "row");
  guint intake = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "intake"));
  g_autoptr(GError) error = NULL;
  guint minute;

  if (mg_dose_parse_time (gtk_editable_get_text (entry), &minute, &error))
    {
      adw_action_row_set_subtitle (row, "");
      gtk_widget_remove_css_class (GTK_WIDGET (row), "invalid");
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_FALSE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "", -1);
      if (intake < mg_product_get_intakes_per_day (self->product))
        mg_product_set_intake_time (self->product, intake, minute);
    }
  else
    {
      adw_action_row_set_subtitle (row, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (row), "invalid");
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, error->message, -1);
    }

  check_times (self);
}

static GtkWidget *
time_row_new (MgProductEditor *self,
              guint            intake)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *title = NULL;
  g_autofree char *text = mg_dose_format_time (mg_product_get_intake_time (self->product, intake));

  /* Translators: the first, second… intake of the day. */
  title = g_strdup_printf (_("Time of intake %u"), intake + 1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "number-row");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 5);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 6);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (entry, "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data (G_OBJECT (entry), "row", row);
  g_object_set_data (G_OBJECT (row), "entry", entry);
  g_object_set_data (G_OBJECT (entry), "intake", GUINT_TO_POINTER (intake));
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_time_changed), self, 0);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);

  return row;
}

/* One time row per intake; rows of intakes that remain keep their text. */
static void
sync_time_rows (MgProductEditor *self)
{
  guint n = mg_product_get_intakes_per_day (self->product);

  while (self->time_rows->len > n)
    {
      GtkWidget *row = g_ptr_array_steal_index (self->time_rows, self->time_rows->len - 1);

      adw_expander_row_remove (ADW_EXPANDER_ROW (self), row);
    }

  while (self->time_rows->len < n)
    {
      GtkWidget *row = time_row_new (self, self->time_rows->len);

      g_ptr_array_add (self->time_rows, row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
    }

  /* The default spread moves with the count: show it. */
  for (guint i = 0; i < n; i++)
    if (!mg_product_has_intake_time (self->product, i))
      {
        GtkWidget *row = g_ptr_array_index (self->time_rows, i);
        GtkWidget *entry = g_object_get_data (G_OBJECT (row), "entry");
        g_autofree char *text = mg_dose_format_time (mg_product_get_intake_time (self->product, i));

        if (entry != NULL && !gtk_widget_has_css_class (row, "invalid"))
          {
            g_signal_handlers_block_by_func (entry, on_time_changed, self);
            gtk_editable_set_text (GTK_EDITABLE (entry), text);
            g_signal_handlers_unblock_by_func (entry, on_time_changed, self);
          }
      }

  check_times (self);
}

static void
on_intakes_changed (MgProductEditor *self)
{
  if (self->product == NULL || !mg_number_row_get_valid (self->intakes_row))
    return;

  mg_product_set_intakes_per_day (self->product, (guint) mg_number_row_get_value (self->intakes_row));
  sync_time_rows (self);
}

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (ellipsize != NULL)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

/* Compound names are long ("magnesium L-threonate"): the button shows the
 * chosen one ellipsized so that the row fits 360 px; the list shows them
 * whole. */
static void
set_factories (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "bind", G_CALLBACK (bind_label), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (setup_label), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (bind_label), NULL);
  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
}

static void
fill_compounds (MgProductEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) compounds = mg_kb_list_compounds (self->kb, &error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  /* Elemental magnesium needs no knowledge base; the salts do, and the
   * row says why they are missing. */
  if (compounds == NULL)
    {
      adw_action_row_set_subtitle (self->compound_row, error->message);
      compounds = G_LIST_MODEL (g_list_store_new (MG_TYPE_COMPOUND));
    }

  g_ptr_array_add (self->compound_ids, g_strdup (MG_PRODUCT_ELEMENTAL));
  gtk_string_list_append (names, _("Elemental magnesium, as on the label"));

  for (guint i = 0; i < g_list_model_get_n_items (compounds); i++)
    {
      g_autoptr(MgCompound) compound = g_list_model_get_item (compounds, i);

      g_ptr_array_add (self->compound_ids, g_strdup (mg_compound_get_id (compound)));
      gtk_string_list_append (names, mg_compound_get_name (compound));
    }

  for (guint i = 0; i < self->compound_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->compound_ids, i), mg_product_get_compound_id (self->product)) == 0)
      selected = i;

  set_factories (self->compound_dropdown);
  gtk_drop_down_set_expression (self->compound_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_model (self->compound_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->compound_dropdown, selected);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

static void
mg_product_editor_constructed (GObject *object)
{
  MgProductEditor *self = MG_PRODUCT_EDITOR (object);
  g_autofree char *amount = NULL;
  g_autofree char *units = NULL;
  g_autofree char *intakes = NULL;

  G_OBJECT_CLASS (mg_product_editor_parent_class)->constructed (object);

  g_return_if_fail (self->kb != NULL && self->product != NULL);

  mg_number_row_set_rules (self->amount_row, MG_NUMBER_RULES (MG_NUMBER_FLAGS_NONE, MG_NUMBER_MAX_AMOUNT_MG));
  mg_number_row_set_rules (self->units_row, MG_NUMBER_RULES (MG_NUMBER_FLAGS_NONE, MG_NUMBER_MAX_UNITS_PER_INTAKE));
  mg_number_row_set_rules (self->intakes_row, MG_NUMBER_RULES (MG_NUMBER_FLAGS_WHOLE, MG_NUMBER_MAX_INTAKES_PER_DAY));

  fill_compounds (self);
  gtk_drop_down_set_selected (self->unit_dropdown, mg_product_get_unit (self->product));
  mg_a11y_name_drop_down (self->unit_dropdown, _("Unit of the amount"), NULL);

  if (mg_product_get_amount (self->product) > 0.0)
    mg_number_row_set_value (self->amount_row, mg_product_get_amount (self->product));
  mg_number_row_set_value (self->units_row, mg_product_get_units_per_intake (self->product));
  mg_number_row_set_value (self->intakes_row, mg_product_get_intakes_per_day (self->product));

  update_title (self);
  update_subtitle (self);
  update_amount_hint (self);
  sync_time_rows (self);
  update_valid (self);
}

static void
mg_product_editor_dispose (GObject *object)
{
  MgProductEditor *self = MG_PRODUCT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_PRODUCT_EDITOR);
  g_clear_object (&self->product);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (mg_product_editor_parent_class)->dispose (object);
}

static void
mg_product_editor_finalize (GObject *object)
{
  MgProductEditor *self = MG_PRODUCT_EDITOR (object);

  g_clear_pointer (&self->compound_ids, g_ptr_array_unref);
  g_clear_pointer (&self->time_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (mg_product_editor_parent_class)->finalize (object);
}

static void
mg_product_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MgProductEditor *self = MG_PRODUCT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_KB:
      g_value_set_object (value, self->kb);
      break;
    case PROP_PRODUCT:
      g_value_set_object (value, self->product);
      break;
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_product_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MgProductEditor *self = MG_PRODUCT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_KB:
      self->kb = g_value_dup_object (value);
      break;
    case PROP_PRODUCT:
      self->product = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_product_editor_class_init (MgProductEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mg_product_editor_constructed;
  object_class->dispose = mg_product_editor_dispose;
  object_class->finalize = mg_product_editor_finalize;
  object_class->get_property = mg_product_editor_get_property;
  object_class->set_property = mg_product_editor_set_property;

  properties[PROP_KB] =
    g_param_spec_object ("kb", NULL, NULL, MG_TYPE_KB,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRODUCT] =
    g_param_spec_object ("product", NULL, NULL, MG_TYPE_PRODUCT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * MgProductEditor:valid:
   *
   * Whether every field holds valid input; while not, the product keeps
   * the last valid values.
   */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MgProductEditor::remove:
   *
   * The person asked to remove this supplement.
   */
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (MG_TYPE_NUMBER_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-product-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MgProductEditor, compound_row);
  gtk_widget_class_bind_template_child (widget_class, MgProductEditor, compound_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MgProductEditor, amount_row);
  gtk_widget_class_bind_template_child (widget_class, MgProductEditor, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MgProductEditor, units_row);
  gtk_widget_class_bind_template_child (widget_class, MgProductEditor, intakes_row);
  gtk_widget_class_bind_template_callback (widget_class, on_compound_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_amount_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_units_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_intakes_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_validity_changed);

  gtk_widget_class_install_action (widget_class, "product.remove", NULL, remove_action);
}

static void
mg_product_editor_init (MgProductEditor *self)
{
  self->compound_ids = g_ptr_array_new_with_free_func (g_free);
  self->time_rows = g_ptr_array_new ();
  self->times_valid = TRUE;
  self->valid = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The expander's arrow and the buttons' icons: the row and the buttons
   * have the names. */
  mg_a11y_hide_decorative_images (GTK_WIDGET (self));
}
