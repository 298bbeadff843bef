/* mg-number-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every field where a person types an amount goes through this row, so
 * that 2,5 and 2.5 mean the same everywhere, and a slip of the keyboard
 * gets the same kind of message next to the field on every page.
 */
#include "config.h"

#include <math.h>

#include "mg-number-row.h"

struct _MgNumberRow
{
  AdwActionRow parent_instance;

  GtkEntry *entry;
  GtkLabel *unit_label;

  char *unit;
  char *hint;
  char *message;
  MgNumberRules rules;
  int digits;
  double value;
  gboolean valid;
  /* Empty is only an error once the person typed (or a form asked). */
  gboolean complain_when_empty;
};

G_DEFINE_FINAL_TYPE (MgNumberRow, mg_number_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_VALUE,
  PROP_VALID,
  PROP_MESSAGE,
  PROP_UNIT,
  PROP_HINT,
  PROP_ALLOW_ZERO,
  PROP_WHOLE,
  PROP_MAXIMUM,
  PROP_DIGITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mg_number_row_new:
 * @title: what the number is, such as "Salt per tablet"
 * @unit: (nullable): the unit shown after the entry, such as "mg"
 *
 * The row accepts positive numbers up to %MG_NUMBER_MAX_AMOUNT_MG until
 * mg_number_row_set_rules() says otherwise.
 *
 * Returns: (transfer floating): a new row
 */
MgNumberRow *
mg_number_row_new (const char *title,
                   const char *unit)
{
  return g_object_new (MG_TYPE_NUMBER_ROW,
                       "title", title,
                       "unit", unit,
                       NULL);
}

/* g_set_str() is GLib 2.76. */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
update_accessible (MgNumberRow *self)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
  const char *description = self->message != NULL ? self->message : self->hint;
  g_autofree char *label = NULL;

  /* The unit is part of what the field asks for: "Salt per tablet, mg". */
  if (self->unit != NULL && *self->unit != '\0')
    label = g_strdup_printf ("%s, %s", title != NULL ? title : "", self->unit);
  else
    label = g_strdup (title != NULL ? title : "");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry),
                               GTK_ACCESSIBLE_STATE_INVALID,
                               self->message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
show_message (MgNumberRow *self)
{
  const char *subtitle = self->message != NULL ? self->message : self->hint;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle != NULL ? subtitle : "");

  if (self->message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self), "invalid");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "invalid");
    }

  update_accessible (self);
}

/* Parses the text and updates value, valid and message, notifying only
 * what changed. */
static void
revalidate (MgNumberRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean was_valid = self->valid;
  double value = 0.0;
  gboolean valid;

  g_object_freeze_notify (G_OBJECT (self));

  valid = mg_number_parse (text, self->rules, &value, &error);
  if (!valid && (self->complain_when_empty || !g_error_matches (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_EMPTY)))
    message = g_strdup (error->message);

  if (valid && value != self->value)
    {
      self->value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
    }

  self->valid = valid;
  if (valid != was_valid)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);

  if (g_strcmp0 (message, self->message) != 0)
    {
      g_free (self->message);
      self->message = g_steal_pointer (&message);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
    }

  show_message (self);

  g_object_thaw_notify (G_OBJECT (self));
}

static void
on_entry_changed (MgNumberRow *self)
{
  self->complain_when_empty = TRUE;
  revalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * mg_number_row_get_text:
 *
 * Returns: (transfer none): the text as typed
 */
const char *
mg_number_row_get_text (MgNumberRow *self)
{
  g_return_val_if_fail (MG_IS_NUMBER_ROW (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->entry));
}

/**
 * mg_number_row_set_text:
 * @text: text to put in the entry, as if typed
 */
void
mg_number_row_set_text (MgNumberRow *self,
                        const char  *text)
{
  g_return_if_fail (MG_IS_NUMBER_ROW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
}

/**
 * mg_number_row_get_value:
 *
 * Returns: the last valid value (0 before any); check
 *   mg_number_row_get_valid() first
 */
double
mg_number_row_get_value (MgNumberRow *self)
{
  g_return_val_if_fail (MG_IS_NUMBER_ROW (self), 0.0);

  return self->value;
}

/**
 * mg_number_row_set_value:
 * @value: a finite number
 *
 * Writes @value into the entry with at most #MgNumberRow:digits decimals,
 * in the interface language's decimal separator. The value keeps its full
 * precision; the text is what a person would read.
 */
void
mg_number_row_set_value (MgNumberRow *self,
                         double       value)
{
  g_autofree char *text = NULL;

  g_return_if_fail (MG_IS_NUMBER_ROW (self));
  g_return_if_fail (isfinite (value));

  text = mg_number_format (value, self->digits);
  mg_number_row_set_text (self, text);

  if (self->valid && self->value != value)
    {
      self->value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
    }
}

gboolean
mg_number_row_get_valid (MgNumberRow *self)
{
  g_return_val_if_fail (MG_IS_NUMBER_ROW (self), FALSE);

  return self->valid;
}

/**
 * mg_number_row_get_message:
 *
 * Returns: (transfer none) (nullable): what is wrong with the text, as
 *   shown beside the field; %NULL when nothing is shown
 */
const char *
mg_number_row_get_message (MgNumberRow *self)
{
  g_return_val_if_fail (MG_IS_NUMBER_ROW (self), NULL);

  return self->message;
}

/**
 * mg_number_row_check:
 *
 * Shows the message for an empty field too, for a form that is about to
 * use the value.
 *
 * Returns: whether the text is valid
 */
gboolean
mg_number_row_check (MgNumberRow *self)
{
  g_return_val_if_fail (MG_IS_NUMBER_ROW (self), FALSE);

  self->complain_when_empty = TRUE;
  revalidate (self);

  return self->valid;
}

const char *
mg_number_row_get_unit (MgNumberRow *self)
{
  g_return_val_if_fail (MG_IS_NUMBER_ROW (self), NULL);

  return self->unit;
}

void
mg_number_row_set_unit (MgNumberRow *self,
                        const char  *unit)
{
  g_return_if_fail (MG_IS_NUMBER_ROW (self));

  if (!replace_string (&self->unit, unit))
    return;

  gtk_label_set_label (self->unit_label, unit != NULL ? unit : "");
  gtk_widget_set_visible (GTK_WIDGET (self->unit_label), unit != NULL && *unit != '\0');
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

const char *
mg_number_row_get_hint (MgNumberRow *self)
{
  g_return_val_if_fail (MG_IS_NUMBER_ROW (self), NULL);

  return self->hint;
}

/**
 * mg_number_row_set_hint:
 * @hint: (nullable): the subtitle while the text is valid
 */
void
mg_number_row_set_hint (MgNumberRow *self,
                        const char  *hint)
{
  g_return_if_fail (MG_IS_NUMBER_ROW (self));

  if (!replace_string (&self->hint, hint))
    return;

  show_message (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HINT]);
}

MgNumberRules
mg_number_row_get_rules (MgNumberRow *self)
{
  g_return_val_if_fail (MG_IS_NUMBER_ROW (self), MG_NUMBER_RULES (MG_NUMBER_FLAGS_NONE, 0.0));

  return self->rules;
}

/**
 * mg_number_row_set_rules:
 * @rules: zero allowed or not, whole numbers only, the largest value
 *
 * The text is checked again at once.
 */
void
mg_number_row_set_rules (MgNumberRow   *self,
                         MgNumberRules  rules)
{
  MgNumberRules old;

  g_return_if_fail (MG_IS_NUMBER_ROW (self));

  old = self->rules;
  if (old.flags == rules.flags && old.max == rules.max)
    return;

  self->rules = rules;
  revalidate (self);

  g_object_freeze_notify (G_OBJECT (self));
  if ((old.flags ^ rules.flags) & MG_NUMBER_FLAGS_ALLOW_ZERO)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALLOW_ZERO]);
  if ((old.flags ^ rules.flags) & MG_NUMBER_FLAGS_WHOLE)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHOLE]);
  if (old.max != rules.max)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAXIMUM]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_flag (MgNumberRow   *self,
          MgNumberFlags  flag,
          gboolean       on)
{
  MgNumberRules rules = self->rules;

  rules.flags = on ? (rules.flags | flag) : (rules.flags & ~flag);
  mg_number_row_set_rules (self, rules);
}

int
mg_number_row_get_digits (MgNumberRow *self)
{
  g_return_val_if_fail (MG_IS_NUMBER_ROW (self), 0);

  return self->digits;
}

/**
 * mg_number_row_set_digits:
 * @digits: decimals mg_number_row_set_value() writes at most (0–6)
 */
void
mg_number_row_set_digits (MgNumberRow *self,
                          int          digits)
{
  g_return_if_fail (MG_IS_NUMBER_ROW (self));

  digits = CLAMP (digits, 0, 6);
  if (self->digits == digits)
    return;

  self->digits = digits;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIGITS]);
}

/**
 * mg_number_row_get_editable:
 *
 * For focusing the field and for tests that type into it.
 *
 * Returns: (transfer none): the entry
 */
GtkEditable *
mg_number_row_get_editable (MgNumberRow *self)
{
  g_return_val_if_fail (MG_IS_NUMBER_ROW (self), NULL);

  return GTK_EDITABLE (self->entry);
}

static void
mg_number_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MgNumberRow *self = MG_NUMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, mg_number_row_get_text (self));
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_HINT:
      g_value_set_string (value, self->hint);
      break;

    case PROP_ALLOW_ZERO:
      g_value_set_boolean (value, (self->rules.flags & MG_NUMBER_FLAGS_ALLOW_ZERO) != 0);
      break;

    case PROP_WHOLE:
      g_value_set_boolean (value, (self->rules.flags & MG_NUMBER_FLAGS_WHOLE) != 0);
      break;

    case PROP_MAXIMUM:
      g_value_set_double (value, self->rules.max);
      break;

    case PROP_DIGITS:
      g_value_set_int (value, self->digits);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_number_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MgNumberRow *self = MG_NUMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      mg_number_row_set_text (self, g_value_get_string (value));
      break;

    case PROP_VALUE:
      mg_number_row_set_value (self, g_value_get_double (value));
      break;

    case PROP_UNIT:
      mg_number_row_set_unit (self, g_value_get_string (value));
      break;

    case PROP_HINT:
      mg_number_row_set_hint (self, g_value_get_string (value));
      break;

    case PROP_ALLOW_ZERO:
      set_flag (self, MG_NUMBER_FLAGS_ALLOW_ZERO, g_value_get_boolean (value));
      break;

    case PROP_WHOLE:
      set_flag (self, MG_NUMBER_FLAGS_WHOLE, g_value_get_boolean (value));
      break;

    case PROP_MAXIMUM:
      mg_number_row_set_rules (self, MG_NUMBER_RULES (self->rules.flags, g_value_get_double (value)));
      break;

    case PROP_DIGITS:
      mg_number_row_set_digits (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_number_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MG_TYPE_NUMBER_ROW);

  G_OBJECT_CLASS (mg_number_row_parent_class)->dispose (object);
}

static void
mg_number_row_finalize (GObject *object)
{
  MgNumberRow *self = MG_NUMBER_ROW (object);

  g_free (self->unit);
  g_free (self->hint);
  g_free (self->message);

  G_OBJECT_CLASS (mg_number_row_parent_class)->finalize (object);
}

static void
mg_number_row_class_init (MgNumberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_number_row_dispose;
  object_class->finalize = mg_number_row_finalize;
  object_class->get_property = mg_number_row_get_property;
  object_class->set_property = mg_number_row_set_property;

  /**
   * MgNumberRow:text:
   *
   * The text as typed, kept as it is when it is not valid.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MgNumberRow:value:
   *
   * The last valid value; it does not change while the text is invalid.
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MgNumberRow:valid:
   *
   * Whether the text is a number the rules accept.
   */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MgNumberRow:message:
   *
   * What is wrong with the text, as shown beside the field, or %NULL.
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MgNumberRow:hint:
   *
   * The subtitle while the text is valid, such as where the number is
   * found on a label.
   */
  properties[PROP_HINT] =
    g_param_spec_string ("hint", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ALLOW_ZERO] =
    g_param_spec_boolean ("allow-zero", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WHOLE] =
    g_param_spec_boolean ("whole", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MgNumberRow:maximum:
   *
   * The largest value accepted; 0 for no bound.
   */
  properties[PROP_MAXIMUM] =
    g_param_spec_double ("maximum", NULL, NULL,
                         0.0, G_MAXDOUBLE, MG_NUMBER_MAX_AMOUNT_MG,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DIGITS] =
    g_param_spec_int ("digits", NULL, NULL,
                      0, 6, 2,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-number-row.ui");
  gtk_widget_class_bind_template_child (widget_class, MgNumberRow, entry);
  gtk_widget_class_bind_template_child (widget_class, MgNumberRow, unit_label);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
}

static void
mg_number_row_init (MgNumberRow *self)
{
  self->rules = MG_NUMBER_RULES (MG_NUMBER_FLAGS_NONE, MG_NUMBER_MAX_AMOUNT_MG);
  self->digits = 2;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* libadwaita labels the activatable entry by the row's title as well,
   * and GTK 4.8 reads both ("Age Age"): the label set below is the name. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY);

  /* The accessible label follows the title; AdwPreferencesRow has no
   * vfunc for it. */
  g_signal_connect (self, "notify::title", G_CALLBACK (update_accessible), NULL);
  revalidate (self);
}
