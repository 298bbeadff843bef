/* mg-salt-calculator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures come from the dosing rules (mg-dose-rules.h), the same
 * functions the dosing helper and the command line use, so the three
 * never disagree. Each direction works on its own: a mistake in one
 * field leaves the other's answer standing, and no answer is shown for
 * a field that is not valid.
 *
 * The salt is weighed in mg or g; the magnesium wanted can also be given
 * in mmol or mEq, as hospital prescriptions (magnesium sulfate) give it.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mg-a11y.h"
#include "mg-dose-rules.h"
#include "mg-fact-row.h"
#include "mg-format.h"
#include "mg-number-row.h"
#include "mg-rows.h"
#include "mg-salt-calculator.h"

struct _MgSaltCalculator
{
  GtkWidget parent_instance;

  MgCompound *compound;
  MgStrengthKind strength_kind;
  double tablets;

  MgNumberRow *salt_row;
  GtkDropDown *salt_unit_dropdown;
  MgFactRow *elemental_row;
  MgNumberRow *target_row;
  GtkDropDown *target_unit_dropdown;
  MgFactRow *salt_needed_row;
  AdwComboRow *strength_kind_row;
  MgNumberRow *strength_row;
  GtkSwitch *half_switch;
  MgFactRow *tablets_row;
};

G_DEFINE_FINAL_TYPE (MgSaltCalculator, mg_salt_calculator, GTK_TYPE_WIDGET)

/* The units of each drop-down, in the order of its items. */
static const MgAmountUnit salt_units[] = { MG_AMOUNT_UNIT_MG, MG_AMOUNT_UNIT_G };
static const MgAmountUnit target_units[] = { MG_AMOUNT_UNIT_MG, MG_AMOUNT_UNIT_MMOL, MG_AMOUNT_UNIT_MEQ };

static MgAmountUnit
selected_unit (GtkDropDown        *dropdown,
               const MgAmountUnit *units,
               guint               n_units)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected < n_units ? units[selected] : units[0];
}

#define SALT_UNIT(self) selected_unit ((self)->salt_unit_dropdown, salt_units, G_N_ELEMENTS (salt_units))
#define TARGET_UNIT(self) selected_unit ((self)->target_unit_dropdown, target_units, G_N_ELEMENTS (target_units))

/* The same ceiling in every unit: what MG_NUMBER_MAX_AMOUNT_MG is in mg. */
static void
set_unit_rules (MgNumberRow  *row,
                MgAmountUnit  unit)
{
  double max = MG_NUMBER_MAX_AMOUNT_MG / mg_units_compound_mg (1.0, unit);

  mg_number_row_set_rules (row, MG_NUMBER_RULES (MG_NUMBER_FLAGS_NONE, max));
}

/* What the engine says @amount (of the salt, or elemental magnesium when
 * @fraction is 1) in @unit gives. */
static double
elemental_mg (double        amount,
              MgAmountUnit  unit,
              double        fraction)
{
  MgDoseRuleProduct product = {
    .elemental_fraction = fraction,
    .amount = amount,
    .unit = unit,
    .units_per_intake = 1.0,
    .intakes_per_day = 1,
  };

  return mg_dose_rules_product_figures (&product).elemental_mg_per_unit;
}

static void
show_waiting (MgFactRow  *row,
              const char *text)
{
  /* An em dash, not a zero: no figure is better than a wrong one. */
  mg_fact_row_set_value (row, "—");
  mg_fact_row_set_text (row, text);
}

static void
update_from_salt (MgSaltCalculator *self)
{
  MgAmountUnit unit;
  double fraction, amount, mg, mmol;
  g_autofree char *mg_text = NULL;
  g_autofree char *mmol_text = NULL;
  g_autofree char *meq_text = NULL;
  g_autofree char *salt_text = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *text = NULL;

  if (self->compound == NULL)
    return;

  if (!mg_number_row_get_valid (self->salt_row))
    {
      show_waiting (self->elemental_row, _("Enter an amount of salt above."));
      return;
    }

  fraction = mg_compound_get_elemental_fraction (self->compound);
  unit = SALT_UNIT (self);
  amount = mg_number_row_get_value (self->salt_row);
  mg = elemental_mg (amount, unit, fraction);
  mmol = mg_units_mg_to_mmol (mg);

  mg_text = mg_format_mg (mg);
  mmol_text = mg_number_format (mmol, 2);
  meq_text = mg_number_format (mg_units_mmol_to_meq (mmol), 2);
  salt_text = mg_format_mg (mg_units_compound_mg (amount, unit));
  percent = mg_format_percent (fraction, 2);
  /* Translators: "= 12.41 mmol = 24.81 mEq: 500 mg × 60.30 % (from the formula)." */
  text = g_strdup_printf (_("= %s mmol = %s mEq: %s × %s (from the formula)."),
                          mmol_text, meq_text, salt_text, percent);

  mg_fact_row_set_value (self->elemental_row, mg_text);
  mg_fact_row_set_text (self->elemental_row, text);
}

static char *
format_tablets (double units)
{
  double whole = floor (units);
  g_autofree char *number = NULL;

  if (units - whole >= 0.5)
    number = whole > 0 ? g_strdup_printf ("%.0f½", whole) : g_strdup ("½");
  else
    number = g_strdup_printf ("%.0f", whole);

  /* Translators: a number of tablets, "4", "4½" or "½" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s tablet", "%s tablets", units <= 1.0 ? 1 : 2), number);
}

static void
update_tablets (MgSaltCalculator *self,
                double            target,
                double            fraction)
{
  gboolean allow_half = gtk_switch_get_active (self->half_switch);
  double per_tablet, units, given;
  g_autofree char *per_tablet_text = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *given_text = NULL;
  g_autofree char *tablets_text = NULL;
  g_autofree char *text = NULL;

  self->tablets = 0.0;

  if (!mg_number_row_get_valid (self->strength_row))
    {
      show_waiting (self->tablets_row, _("Enter the strength of one tablet above."));
      return;
    }

  per_tablet = self->strength_kind == MG_STRENGTH_SALT
               ? elemental_mg (mg_number_row_get_value (self->strength_row), MG_AMOUNT_UNIT_MG, fraction)
               : mg_number_row_get_value (self->strength_row);
  per_tablet_text = mg_format_mg (per_tablet);
  target_text = mg_format_mg (target);

  if (!mg_dose_rules_units_for_target (target, per_tablet, allow_half, &units, &given))
    {
      g_autofree char *smallest = mg_format_mg (per_tablet / (allow_half ? 2.0 : 1.0));

      mg_fact_row_set_value (self->tablets_row, _("None"));
      text = g_strdup_printf (allow_half
                              /* Translators: amounts of magnesium in mg */
                              ? _("Half a tablet already gives %s, more than the %s wanted.")
                              : _("One tablet already gives %s, more than the %s wanted."),
                              smallest, target_text);
      mg_fact_row_set_text (self->tablets_row, text);
      return;
    }

  self->tablets = units;
  tablets_text = format_tablets (units);
  given_text = mg_format_mg (given);
  text = g_strdup_printf (allow_half
                          /* Translators: magnesium given, magnesium wanted, magnesium in one tablet */
                          ? _("Give %s of magnesium: rounded down to half tablets so as not to go over %s. One tablet gives %s.")
                          : _("Give %s of magnesium: rounded down to whole tablets so as not to go over %s. One tablet gives %s."),
                          given_text, target_text, per_tablet_text);
  mg_fact_row_set_value (self->tablets_row, tablets_text);
  mg_fact_row_set_text (self->tablets_row, text);
}

static void
update_to_salt (MgSaltCalculator *self)
{
  MgAmountUnit unit;
  double fraction, target;
  g_autofree char *salt_text = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *text = NULL;

  if (self->compound == NULL)
    return;

  if (!mg_number_row_get_valid (self->target_row))
    {
      self->tablets = 0.0;
      show_waiting (self->salt_needed_row, _("Enter the magnesium wanted above."));
      show_waiting (self->tablets_row, _("Enter the magnesium wanted above."));
      return;
    }

  fraction = mg_compound_get_elemental_fraction (self->compound);
  unit = TARGET_UNIT (self);
  target = elemental_mg (mg_number_row_get_value (self->target_row), unit, 1.0);

  /* The inverse of elemental = salt × fraction. */
  salt_text = mg_format_mg (target / fraction);
  target_text = mg_format_mg (target);
  if (unit != MG_AMOUNT_UNIT_MG)
    {
      g_autofree char *typed = mg_number_format (mg_number_row_get_value (self->target_row), 3);
      g_autofree char *in_mg = g_steal_pointer (&target_text);

      /* "16 mmol (388.9 mg)": what was asked for, then what it weighs. */
      target_text = g_strdup_printf ("%s %s (%s)", typed, mg_amount_unit_to_string (unit), in_mg);
    }
  /* Translators: an amount of elemental magnesium */
  text = g_strdup_printf (_("This much of the salt gives exactly %s of magnesium."), target_text);
  mg_fact_row_set_value (self->salt_needed_row, salt_text);
  mg_fact_row_set_text (self->salt_needed_row, text);

  update_tablets (self, target, fraction);
}

static void
update_strength_title (MgSaltCalculator *self)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->strength_row),
                                 self->strength_kind == MG_STRENGTH_SALT
                                 ? _("Salt per tablet")
                                 : _("Magnesium per tablet"));
  mg_number_row_set_hint (self->strength_row,
                          self->strength_kind == MG_STRENGTH_SALT
                          ? _("The weight of the salt in one tablet.")
                          : _("Elemental magnesium in one tablet, as EU labels state it."));
}

/**
 * mg_salt_calculator_set_strength_kind:
 * @kind: whether a tablet's strength is its salt or its elemental magnesium
 */
void
mg_salt_calculator_set_strength_kind (MgSaltCalculator *self,
                                      MgStrengthKind    kind)
{
  g_return_if_fail (MG_IS_SALT_CALCULATOR (self));

  if (adw_combo_row_get_selected (self->strength_kind_row) != (guint) kind)
    adw_combo_row_set_selected (self->strength_kind_row, kind);

  self->strength_kind = kind;
  update_strength_title (self);
  update_to_salt (self);
}

static void
on_strength_kind_changed (MgSaltCalculator *self)
{
  guint selected = adw_combo_row_get_selected (self->strength_kind_row);

  /* Disposing the combo row changes its selection. */
  if (self->compound == NULL && self->strength_row == NULL)
    return;

  if (selected <= MG_STRENGTH_ELEMENTAL && selected != self->strength_kind)
    mg_salt_calculator_set_strength_kind (self, selected);
}

/* A new unit keeps the number typed and reads it in that unit. */
static void
on_salt_unit_changed (MgSaltCalculator *self)
{
  /* The template sets the model before it binds the rows. */
  if (self->salt_row == NULL)
    return;

  set_unit_rules (self->salt_row, SALT_UNIT (self));
  update_from_salt (self);
}

static void
on_target_unit_changed (MgSaltCalculator *self)
{
  if (self->target_row == NULL)
    return;

  set_unit_rules (self->target_row, TARGET_UNIT (self));
  update_to_salt (self);
}

/**
 * mg_salt_calculator_set_compound:
 * @compound: the salt to calculate for
 *
 * What was typed stays; the answers follow the new salt.
 */
void
mg_salt_calculator_set_compound (MgSaltCalculator *self,
                                 MgCompound       *compound)
{
  g_return_if_fail (MG_IS_SALT_CALCULATOR (self));
  g_return_if_fail (MG_IS_COMPOUND (compound));

  g_set_object (&self->compound, compound);
  mg_fact_row_set_sources (self->elemental_row, mg_compound_get_sources (compound));
  mg_fact_row_set_sources_title (self->elemental_row, _("Sources of the formula"));
  mg_fact_row_set_sources (self->salt_needed_row, mg_compound_get_sources (compound));
  mg_fact_row_set_sources_title (self->salt_needed_row, _("Sources of the formula"));
  mg_fact_row_set_sources (self->tablets_row, mg_compound_get_sources (compound));
  mg_fact_row_set_sources_title (self->tablets_row, _("Sources of the formula"));

  update_from_salt (self);
  update_to_salt (self);
}

GtkWidget *
mg_salt_calculator_get_salt_row (MgSaltCalculator *self)
{
  g_return_val_if_fail (MG_IS_SALT_CALCULATOR (self), NULL);
  return GTK_WIDGET (self->salt_row);
}

/**
 * mg_salt_calculator_get_salt_unit:
 *
 * Returns: (transfer none): the #GtkDropDown of the salt's unit (mg, g)
 */
GtkWidget *
mg_salt_calculator_get_salt_unit (MgSaltCalculator *self)
{
  g_return_val_if_fail (MG_IS_SALT_CALCULATOR (self), NULL);
  return GTK_WIDGET (self->salt_unit_dropdown);
}

GtkWidget *
mg_salt_calculator_get_elemental_row (MgSaltCalculator *self)
{
  g_return_val_if_fail (MG_IS_SALT_CALCULATOR (self), NULL);
  return GTK_WIDGET (self->elemental_row);
}

GtkWidget *
mg_salt_calculator_get_target_row (MgSaltCalculator *self)
{
  g_return_val_if_fail (MG_IS_SALT_CALCULATOR (self), NULL);
  return GTK_WIDGET (self->target_row);
}

/**
 * mg_salt_calculator_get_target_unit:
 *
 * Returns: (transfer none): the #GtkDropDown of the magnesium wanted's
 *   unit (mg, mmol, mEq)
 */
GtkWidget *
mg_salt_calculator_get_target_unit (MgSaltCalculator *self)
{
  g_return_val_if_fail (MG_IS_SALT_CALCULATOR (self), NULL);
  return GTK_WIDGET (self->target_unit_dropdown);
}

GtkWidget *
mg_salt_calculator_get_strength_row (MgSaltCalculator *self)
{
  g_return_val_if_fail (MG_IS_SALT_CALCULATOR (self), NULL);
  return GTK_WIDGET (self->strength_row);
}

GtkWidget *
mg_salt_calculator_get_half_switch (MgSaltCalculator *self)
{
  g_return_val_if_fail (MG_IS_SALT_CALCULATOR (self), NULL);
  return GTK_WIDGET (self->half_switch);
}

GtkWidget *
mg_salt_calculator_get_salt_needed_row (MgSaltCalculator *self)
{
  g_return_val_if_fail (MG_IS_SALT_CALCULATOR (self), NULL);
  return GTK_WIDGET (self->salt_needed_row);
}

GtkWidget *
mg_salt_calculator_get_tablets_row (MgSaltCalculator *self)
{
  g_return_val_if_fail (MG_IS_SALT_CALCULATOR (self), NULL);
  return GTK_WIDGET (self->tablets_row);
}

/**
 * mg_salt_calculator_get_tablets:
 *
 * Returns: the tablets shown (whole or half), 0 when none is shown
 */
double
mg_salt_calculator_get_tablets (MgSaltCalculator *self)
{
  g_return_val_if_fail (MG_IS_SALT_CALCULATOR (self), 0.0);
  return self->tablets;
}

static void
mg_salt_calculator_dispose (GObject *object)
{
  MgSaltCalculator *self = MG_SALT_CALCULATOR (object);

  g_clear_object (&self->compound);
  g_signal_handlers_disconnect_by_data (self->strength_kind_row, self);
  g_signal_handlers_disconnect_by_data (self->salt_unit_dropdown, self);
  g_signal_handlers_disconnect_by_data (self->target_unit_dropdown, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_SALT_CALCULATOR);
  /* A GtkWidget with a layout manager unparents its own children. */
  mg_rows_unparent_children (GTK_WIDGET (self));

  G_OBJECT_CLASS (mg_salt_calculator_parent_class)->dispose (object);
}

static void
mg_salt_calculator_class_init (MgSaltCalculatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_salt_calculator_dispose;

  g_type_ensure (MG_TYPE_NUMBER_ROW);
  g_type_ensure (MG_TYPE_FACT_ROW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-salt-calculator.ui");
  gtk_widget_class_bind_template_child (widget_class, MgSaltCalculator, salt_row);
  gtk_widget_class_bind_template_child (widget_class, MgSaltCalculator, salt_unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MgSaltCalculator, elemental_row);
  gtk_widget_class_bind_template_child (widget_class, MgSaltCalculator, target_row);
  gtk_widget_class_bind_template_child (widget_class, MgSaltCalculator, target_unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MgSaltCalculator, salt_needed_row);
  gtk_widget_class_bind_template_child (widget_class, MgSaltCalculator, strength_kind_row);
  gtk_widget_class_bind_template_child (widget_class, MgSaltCalculator, strength_row);
  gtk_widget_class_bind_template_child (widget_class, MgSaltCalculator, half_switch);
  gtk_widget_class_bind_template_child (widget_class, MgSaltCalculator, tablets_row);
  gtk_widget_class_bind_template_callback (widget_class, update_from_salt);
  gtk_widget_class_bind_template_callback (widget_class, update_to_salt);
  gtk_widget_class_bind_template_callback (widget_class, on_strength_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_salt_unit_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_target_unit_changed);
}

static void
mg_salt_calculator_init (MgSaltCalculator *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mg_a11y_name_drop_down (self->salt_unit_dropdown, _("Unit of the amount of salt"), NULL);
  mg_a11y_name_drop_down (self->target_unit_dropdown, _("Unit of the magnesium wanted"), NULL);
  update_strength_title (self);
  show_waiting (self->elemental_row, _("Enter an amount of salt above."));
  show_waiting (self->salt_needed_row, _("Enter the magnesium wanted above."));
  show_waiting (self->tablets_row, _("Enter the magnesium wanted above."));
}
