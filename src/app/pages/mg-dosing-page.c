/* mg-dosing-page.c — the person, the supplements, and evaluating as you type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change re-runs the engine (it answers in well under a millisecond)
 * on the valid part of the input. While a field holds something invalid,
 * the result stays that of the last valid input and says so above it;
 * nothing typed is thrown away.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-dosing-page-private.h"
#include "mg-medicine-list-editor.h"
#include "mg-product-editor.h"

G_DEFINE_FINAL_TYPE (MgDosingPage, mg_dosing_page, MG_TYPE_PAGE)

enum {
  PROP_0,
  PROP_EVALUATION,
  PROP_STALE,
  PROP_PLAN_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

MgDoseEvaluation *
mg_dosing_page_get_evaluation (MgDosingPage *self)
{
  g_return_val_if_fail (MG_IS_DOSING_PAGE (self), NULL);

  return self->evaluation;
}

MgDoseTimeline *
mg_dosing_page_get_timeline (MgDosingPage *self)
{
  g_return_val_if_fail (MG_IS_DOSING_PAGE (self), NULL);

  return self->timeline;
}

gboolean
mg_dosing_page_get_stale (MgDosingPage *self)
{
  g_return_val_if_fail (MG_IS_DOSING_PAGE (self), FALSE);

  return self->stale;
}

const char *
mg_dosing_page_get_plan_name (MgDosingPage *self)
{
  g_return_val_if_fail (MG_IS_DOSING_PAGE (self), NULL);

  return self->plan_name;
}

/* The engine refuses a plan with a medicine it does not know, so that an
 * unknown name never reads as "no interaction". The medicine list says
 * which names are unknown; the result is computed for the known ones. */
static MgPlan *
plan_with_known_medicines (MgDosingPage *self,
                           MgPlan       *plan)
{
  MgKb *kb = mg_page_get_kb (MG_PAGE (self));
  const char * const *names = mg_plan_get_medicines (plan);
  MgPlan *known = mg_plan_new ();
  GListModel *products = mg_plan_get_products (plan);

  /* A supplement whose amount is not typed yet is not counted (its
   * field says so); the others are. */
  for (guint i = 0; i < g_list_model_get_n_items (products); i++)
    {
      g_autoptr(MgProduct) product = g_list_model_get_item (products, i);

      if (mg_product_get_amount (product) > 0.0)
        mg_plan_add_product (known, product);
    }
  mg_plan_set_food_mg_per_day (known, mg_plan_get_food_mg_per_day (plan));

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GListModel) found = mg_kb_find_interactions (kb, names[i], NULL);

      if (found == NULL)
        continue;
      mg_plan_add_medicine (known, names[i]);
      mg_plan_set_medicine_time (known, g_strv_length ((char **) mg_plan_get_medicines (known)) - 1,
                                 mg_plan_get_medicine_time (plan, i));
    }

  return known;
}

static void
set_stale (MgDosingPage *self,
           const char   *reason)
{
  gboolean stale = reason != NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->stale_label), stale && self->evaluation != NULL);
  if (stale)
    {
      /* Translators: the reason, such as "Age: “abc” is not a number…". */
      g_autofree char *text = g_strdup_printf (_("Not updated: %s The figures below are for the last valid input."), reason);

      gtk_label_set_text (self->stale_label, text);
    }

  if (self->stale != stale)
    {
      self->stale = stale;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STALE]);
    }
}

static const char *
first_invalid_field (MgDosingPage *self)
{
  if (!mg_number_row_get_valid (self->age_row))
    return _("the age is not valid.");
  if (!mg_food_estimate_get_valid (self->food_estimate))
    return _("the food estimate is not valid.");
  for (guint i = 0; i < self->editors->len; i++)
    if (!mg_product_editor_get_valid (g_ptr_array_index (self->editors, i)))
      return _("a supplement has a field that is not valid.");

  return NULL;
}

void
mg_dosing_page_recompute (MgDosingPage *self)
{
  MgKb *kb = mg_page_get_kb (MG_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(MgProfile) profile = NULL;
  g_autoptr(MgPlan) plan = NULL;
  g_autoptr(MgPlan) known = NULL;
  g_autoptr(MgDoseEvaluation) evaluation = NULL;
  g_autoptr(MgDoseTimeline) timeline = NULL;
  const char *invalid;

  if (self->restoring || self->plan == NULL)
    return;

  mg_dosing_page_schedule_keep (self);

  invalid = first_invalid_field (self);
  profile = mg_dosing_page_build_profile (self, &error);
  mg_dosing_page_show_profile_error (self, error);
  if (invalid != NULL || profile == NULL)
    {
      g_autofree char *reason = invalid != NULL ? g_strdup_printf ("%s", invalid)
                                                : g_strdup_printf ("%s.", error->message);

      set_stale (self, reason);
      return;
    }

  plan = mg_dosing_page_build_plan (self);
  known = plan_with_known_medicines (self, plan);
  evaluation = mg_dose_engine_evaluate (kb, profile, known, &error);
  if (evaluation != NULL)
    timeline = mg_dose_timeline_new (kb, known, &error);
  if (timeline == NULL)
    {
      set_stale (self, error->message);
      return;
    }

  g_set_object (&self->evaluation, evaluation);
  g_set_object (&self->timeline, timeline);
  set_stale (self, NULL);
  mg_dosing_page_show_results (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVALUATION]);
}

/* GTK 4.8 tells assistive technologies nothing when a widget is shown or
 * hidden, so a screen reader's copy of the page would never get an alert
 * that appears after the page opened. The hidden state does: GTK then adds
 * the alert to the accessible tree (or removes it), with its role. It
 * reaches the bus only for a realized widget, hence on map and unmap. */
static void
on_alert_mapped (GtkWidget *revealer)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (revealer), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE, -1);
}

static void
on_alert_unmapped (GtkWidget *revealer)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (revealer), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

static void
on_input_changed (MgDosingPage *self)
{
  mg_dosing_page_recompute (self);
}

/* "(su)": a medicine on the list and the minute it is taken. */
static void
medicine_time_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  const char *medicine;
  guint32 minute;

  g_variant_get (parameter, "(&su)", &medicine, &minute);
  if (minute < MG_MINUTES_PER_DAY)
    mg_dosing_page_set_medicine_time (MG_DOSING_PAGE (widget), medicine, minute);
}

static void
add_product_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  mg_dosing_page_add_product (MG_DOSING_PAGE (widget));
}

static void
mg_dosing_page_constructed (GObject *object)
{
  MgDosingPage *self = MG_DOSING_PAGE (object);
  MgContext *context = mg_page_get_context (MG_PAGE (self));

  G_OBJECT_CLASS (mg_dosing_page_parent_class)->constructed (object);

  self->restoring = TRUE;
  /* Hidden until it is mapped, so that mapping it is a change. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->alert_revealer), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  g_signal_connect (self->alert_revealer, "map", G_CALLBACK (on_alert_mapped), NULL);
  g_signal_connect (self->alert_revealer, "unmap", G_CALLBACK (on_alert_unmapped), NULL);
  mg_dosing_page_person_init (self);

  /* The medicine list is the interaction checker's, shared through the
   * context: one editor class for both pages. */
  self->medicines_editor = mg_medicine_list_editor_new (context);
  g_object_set (self->medicines_editor,
                "title", _("Medicines"),
                "description", _("The same list as the interaction checker: a change here is a change there."),
                NULL);
  gtk_box_append (self->medicines_box, self->medicines_editor);
  g_signal_connect_object (mg_context_get_medicines (context), "items-changed",
                           G_CALLBACK (on_input_changed), self, G_CONNECT_SWAPPED);
  self->restoring = FALSE;

  mg_dosing_page_plans_init (self);
}

static void
mg_dosing_page_dispose (GObject *object)
{
  MgDosingPage *self = MG_DOSING_PAGE (object);

  mg_dosing_page_keep_now (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_DOSING_PAGE);
  g_clear_object (&self->plan);
  g_clear_object (&self->evaluation);
  g_clear_object (&self->timeline);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mg_dosing_page_parent_class)->dispose (object);
}

static void
mg_dosing_page_finalize (GObject *object)
{
  MgDosingPage *self = MG_DOSING_PAGE (object);

  g_clear_pointer (&self->medicine_times, g_hash_table_unref);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_pointer (&self->plan_name, g_free);
  g_clear_error (&self->store_error);

  G_OBJECT_CLASS (mg_dosing_page_parent_class)->finalize (object);
}

static void
mg_dosing_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MgDosingPage *self = MG_DOSING_PAGE (object);

  switch (prop_id)
    {
    case PROP_EVALUATION:
      g_value_set_object (value, self->evaluation);
      break;
    case PROP_STALE:
      g_value_set_boolean (value, self->stale);
      break;
    case PROP_PLAN_NAME:
      g_value_set_string (value, self->plan_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_dosing_page_class_init (MgDosingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mg_dosing_page_constructed;
  object_class->dispose = mg_dosing_page_dispose;
  object_class->finalize = mg_dosing_page_finalize;
  object_class->get_property = mg_dosing_page_get_property;

  properties[PROP_EVALUATION] =
    g_param_spec_object ("evaluation", NULL, NULL, MG_TYPE_DOSE_EVALUATION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STALE] =
    g_param_spec_boolean ("stale", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN_NAME] =
    g_param_spec_string ("plan-name", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MgDosingPage::changed:
   *
   * Some input changed: the page evaluates again. The page's lower files
   * (person, plan) emit it rather than calling up.
   */
  signals[CHANGED] = g_signal_new_class_handler ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                 G_CALLBACK (mg_dosing_page_recompute),
                                                 NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (MG_TYPE_NUMBER_ROW);
  g_type_ensure (MG_TYPE_FOOD_ESTIMATE);
  g_type_ensure (MG_TYPE_DOSE_BAR);
  g_type_ensure (MG_TYPE_DOSE_TIMELINE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-dosing-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, MgDosingPage, name)
  BIND (plan_row);
  BIND (open_button);
  BIND (menu_button);
  BIND (alert_revealer);
  BIND (alert_box);
  BIND (alert_icon);
  BIND (alert_title);
  BIND (alert_text);
  BIND (age_row);
  BIND (age_unit_dropdown);
  BIND (sex_row);
  BIND (pregnant_row);
  BIND (pregnant_switch);
  BIND (lactating_row);
  BIND (lactating_switch);
  BIND (renal_switch);
  BIND (reference_row);
  BIND (limit_row);
  BIND (products_group);
  BIND (food_estimate);
  BIND (medicines_box);
  BIND (stale_label);
  BIND (result_list);
  BIND (bar);
  BIND (warnings_group);
  BIND (warning_list);
  BIND (timeline_group);
  BIND (timeline_view);
  BIND (medicine_time_list);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_input_changed);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_age_unit_changed", G_CALLBACK (mg_dosing_page_on_age_unit_changed));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_set_selected", G_CALLBACK (mg_dosing_page_on_set_selected));

  gtk_widget_class_install_action (widget_class, "dosing.add-product", NULL, add_product_action);
  gtk_widget_class_install_action (widget_class, "dosing.medicine-time", "(su)", medicine_time_action);
  mg_dosing_page_plans_class_init (widget_class);
}

static void
mg_dosing_page_init (MgDosingPage *self)
{
  self->medicine_times = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->editors = g_ptr_array_new ();
  self->plan_name = g_strdup ("");
  self->plan = mg_plan_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}
