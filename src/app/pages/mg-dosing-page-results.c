/* mg-dosing-page-results.c — the figures, the alert, the warnings and the
 * day, each with its sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Above the upper limit, and for a child without a limit, the alert at
 * the top of the page says so with an icon, words and the amount; it has
 * the alert role, so a screen reader announces it when it appears.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-dosing-page-private.h"
#include "mg-kb-labels.h"
#include "mg-number.h"
#include "mg-sources-view.h"

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GListModel *
sources_for (MgKb               *kb,
             const char * const *ids)
{
  GListStore *store = g_list_store_new (MG_TYPE_SOURCE);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autoptr(MgSource) source = mg_kb_lookup_source (kb, ids[i], NULL);

      if (source != NULL)
        g_list_store_append (store, source);
    }

  return G_LIST_MODEL (store);
}

/* A row of figures: title, subtitle, and the sources under them. */
static void
add_figure_row (MgDosingPage       *self,
                const char         *title,
                const char         *subtitle,
                const char * const *source_ids)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title_label = gtk_label_new (title);
  g_autofree char *name = g_strdup_printf ("%s. %s", title, subtitle != NULL ? subtitle : "");

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_box_append (GTK_BOX (box), title_label);
  if (subtitle != NULL)
    {
      GtkWidget *subtitle_label = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (subtitle_label), 0);
      gtk_label_set_wrap (GTK_LABEL (subtitle_label), TRUE);
      gtk_widget_add_css_class (subtitle_label, "dim-label");
      gtk_widget_add_css_class (subtitle_label, "numeric");
      gtk_box_append (GTK_BOX (box), subtitle_label);
    }

  if (source_ids != NULL && source_ids[0] != NULL)
    {
      g_autoptr(GListModel) sources = sources_for (mg_page_get_kb (MG_PAGE (self)), source_ids);
      GtkWidget *view = mg_sources_view_new ();

      mg_sources_view_set_sources (MG_SOURCES_VIEW (view), sources);
      gtk_box_append (GTK_BOX (box), view);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_list_box_append (self->result_list, row);
}

static char *
product_title (MgDosingPage *self,
               guint         position)
{
  g_autoptr(MgProduct) product = g_list_model_get_item (mg_plan_get_products (self->plan), position);
  char *name = NULL;

  if (product != NULL && mg_product_is_elemental (product))
    return g_strdup (_("Elemental magnesium"));
  if (product == NULL ||
      !mg_dose_engine_resolve_compound (mg_page_get_kb (MG_PAGE (self)), mg_product_get_compound_id (product),
                                        NULL, &name, NULL, NULL))
    return g_strdup (_("Supplement"));

  return name;
}

static void
show_figures (MgDosingPage *self)
{
  MgDoseEvaluation *e = self->evaluation;
  g_autofree char *mg = mg_number_format (mg_dose_evaluation_get_supplemental_mg (e), 1);
  g_autofree char *mmol = mg_number_format (mg_dose_evaluation_get_supplemental_mmol (e), 2);
  g_autofree char *total = NULL;

  clear_list (self->result_list);

  for (guint i = 0; i < mg_dose_evaluation_get_n_products (e); i++)
    {
      const MgProductFigures *f = mg_dose_evaluation_get_product (e, i);
      g_autofree char *title = product_title (self, i);
      g_autofree char *day = mg_number_format (f->elemental_mg_per_day, 1);
      g_autofree char *day_mmol = mg_number_format (f->elemental_mmol_per_day, 2);
      g_autofree char *intake = mg_number_format (f->elemental_mg_per_intake, 1);
      /* Translators: mg a day, mmol a day, mg in one intake. */
      g_autofree char *subtitle = g_strdup_printf (_("%s mg of magnesium a day (%s mmol); %s mg at each intake"),
                                                   day, day_mmol, intake);

      add_figure_row (self, title, subtitle, NULL);
    }

  /* Translators: mg and mmol a day. */
  total = g_strdup_printf (_("%s mg a day (%s mmol)"), mg, mmol);
  add_figure_row (self, _("All supplements together"), total, NULL);

  if (mg_dose_evaluation_has_reference_intake (e))
    {
      g_autofree char *reference = mg_number_format (mg_dose_evaluation_get_reference_intake_mg (e), 0);
      g_autofree char *percent = mg_number_format (100.0 * mg_dose_evaluation_get_total_mg (e) /
                                                   mg_dose_evaluation_get_reference_intake_mg (e), 0);
      g_autofree char *food = mg_number_format (mg_dose_evaluation_get_food_mg (e), 0);
      g_autofree char *sum = mg_number_format (mg_dose_evaluation_get_total_mg (e), 1);
      /* Translators: the kind (Adequate intake…), then mg a day. */
      g_autofree char *title = g_strdup_printf (_("Recommended intake (%s): %s mg a day"),
                                                mg_kb_label_intake_kind (mg_dose_evaluation_get_reference_kind (e)),
                                                reference);
      /* Translators: mg from food, food and supplements together in mg, then the percentage. */
      g_autofree char *subtitle = g_strdup_printf (_("Food %s mg + supplements = %s mg: %s %% of it"),
                                                   food, sum, percent);

      add_figure_row (self, title, subtitle, mg_dose_evaluation_get_reference_sources (e));
    }
  else
    {
      /* The engine says why there is none (the set's own note, or that it
       * covers nothing for this person), with the set's sources: here,
       * where the figure would be, rather than again among the warnings. */
      MgDoseWarning *why = mg_dose_evaluation_find_warning (e, MG_DOSE_WARNING_NO_REFERENCE_INTAKE);

      add_figure_row (self, _("Recommended intake"),
                      why != NULL ? mg_dose_warning_get_message (why) : _("None set for this age in the chosen set"),
                      why != NULL ? mg_dose_warning_get_sources (why) : NULL);
    }

  switch (mg_dose_evaluation_get_limit_status (e))
    {
    case MG_LIMIT_STATUS_ABOVE:
    case MG_LIMIT_STATUS_WITHIN:
      {
        g_autofree char *limit = mg_number_format (mg_dose_evaluation_get_upper_limit_mg (e), 0);
        g_autofree char *over = mg_number_format (mg_dose_evaluation_get_over_limit_mg (e), 1);
        /* Translators: mg a day. */
        g_autofree char *title = g_strdup_printf (_("Upper limit for supplements: %s mg a day"), limit);
        g_autofree char *subtitle = mg_dose_evaluation_get_above_upper_limit (e)
          /* Translators: mg over the limit. */
          ? g_strdup_printf (_("Above it by %s mg"), over)
          : g_strdup (_("Not above it. Food does not count toward this limit."));

        add_figure_row (self, title, subtitle, mg_dose_evaluation_get_limit_sources (e));
      }
      break;

    case MG_LIMIT_STATUS_NO_LIMIT:
    default:
      add_figure_row (self, _("Upper limit for supplements"),
                      _("None set for this age: no amount can be called safe. Ask a doctor."),
                      mg_dose_evaluation_get_limit_sources (e));
      break;
    }

  mg_dose_bar_set_figures (self->bar,
                           mg_dose_evaluation_get_food_mg (e),
                           mg_dose_evaluation_get_supplemental_mg (e),
                           mg_dose_evaluation_has_reference_intake (e) ? mg_dose_evaluation_get_reference_intake_mg (e) : -1.0,
                           mg_dose_evaluation_has_upper_limit (e) ? mg_dose_evaluation_get_upper_limit_mg (e) : -1.0);
}

static void
show_alert (MgDosingPage *self)
{
  MgDoseEvaluation *e = self->evaluation;
  MgLimitStatus status = mg_dose_evaluation_get_limit_status (e);
  MgDoseWarning *warning = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  gboolean above = status == MG_LIMIT_STATUS_ABOVE;

  if (above)
    {
      g_autofree char *over = mg_number_format (mg_dose_evaluation_get_over_limit_mg (e), 1);

      warning = mg_dose_evaluation_find_warning (e, MG_DOSE_WARNING_ABOVE_UPPER_LIMIT);
      /* Translators: mg over the limit. */
      title = g_strdup_printf (_("Above the upper limit by %s mg a day"), over);
    }
  else if (status == MG_LIMIT_STATUS_NO_LIMIT)
    {
      warning = mg_dose_evaluation_find_warning (e, MG_DOSE_WARNING_NO_UPPER_LIMIT_FOR_AGE);
      title = g_strdup (_("No upper limit for this age: ask a doctor"));
    }

  /* Hidden, not only folded: a folded revealer still takes the box's spacing. */
  gtk_widget_set_visible (GTK_WIDGET (self->alert_revealer), warning != NULL);
  gtk_revealer_set_reveal_child (self->alert_revealer, warning != NULL);
  if (warning == NULL)
    return;

  gtk_label_set_text (self->alert_title, title);
  gtk_label_set_text (self->alert_text, mg_dose_warning_get_message (warning));
  gtk_widget_remove_css_class (self->alert_box, above ? "no-limit" : "above-limit");
  gtk_widget_add_css_class (self->alert_box, above ? "above-limit" : "no-limit");

  description = g_strdup_printf ("%s. %s", title, mg_dose_warning_get_message (warning));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->alert_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static const char *
warning_kind (MgDoseWarningCode code)
{
  switch (code)
    {
    case MG_DOSE_WARNING_RENAL_IMPAIRMENT:
      return _("Kidneys");
    case MG_DOSE_WARNING_INTERACTION:
      return _("Interaction with a medicine");
    case MG_DOSE_WARNING_SPLIT_DOSE:
      return _("Split the dose");
    case MG_DOSE_WARNING_ABOVE_UPPER_LIMIT:
      return _("Above the upper limit");
    case MG_DOSE_WARNING_NO_REFERENCE_INTAKE:
      return _("No recommended intake");
    case MG_DOSE_WARNING_NO_UPPER_LIMIT_FOR_AGE:
    default:
      return _("No upper limit for this age");
    }
}

static void
show_warnings (MgDosingPage *self)
{
  GListModel *warnings = mg_dose_evaluation_get_warnings (self->evaluation);
  guint shown = 0;

  clear_list (self->warning_list);

  for (guint i = 0; i < g_list_model_get_n_items (warnings); i++)
    {
      g_autoptr(MgDoseWarning) warning = g_list_model_get_item (warnings, i);
      MgDoseWarningCode code = mg_dose_warning_get_code (warning);
      g_autoptr(GListModel) sources = sources_for (mg_page_get_kb (MG_PAGE (self)), mg_dose_warning_get_sources (warning));
      GtkWidget *row, *box, *text, *icon, *kind, *message, *view;
      g_autofree char *name = NULL;

      /* The limit's warnings are the alert at the top; why there is no
       * recommended intake is said in its figure's row. */
      if (code == MG_DOSE_WARNING_ABOVE_UPPER_LIMIT || code == MG_DOSE_WARNING_NO_UPPER_LIMIT_FOR_AGE ||
          code == MG_DOSE_WARNING_NO_REFERENCE_INTAKE)
        continue;

      row = gtk_list_box_row_new ();
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
      icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "dialog-warning-symbolic", "valign", GTK_ALIGN_START,
                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
      kind = gtk_label_new (warning_kind (code));
      message = gtk_label_new (mg_dose_warning_get_message (warning));
      view = mg_sources_view_new ();

      g_object_set (box, "margin-top", 9, "margin-bottom", 9, "margin-start", 12, "margin-end", 12, NULL);
      gtk_widget_add_css_class (icon, "warning");
      gtk_label_set_xalign (GTK_LABEL (kind), 0);
      gtk_widget_add_css_class (kind, "heading");
      gtk_label_set_xalign (GTK_LABEL (message), 0);
      gtk_label_set_wrap (GTK_LABEL (message), TRUE);
      gtk_widget_set_hexpand (text, TRUE);
      mg_sources_view_set_sources (MG_SOURCES_VIEW (view), sources);
      gtk_box_append (GTK_BOX (text), kind);
      gtk_box_append (GTK_BOX (text), message);
      gtk_box_append (GTK_BOX (text), view);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), text);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

      /* Translators: "Warning", the kind, then the message. */
      name = g_strdup_printf (_("Warning: %s"), warning_kind (code));
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, mg_dose_warning_get_message (warning),
                                      -1);
      gtk_list_box_append (self->warning_list, row);
      shown++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), shown > 0);
}

static void
apply_time (GtkEntry     *entry,
            MgDosingPage *self)
{
  const char *name = g_object_get_data (G_OBJECT (entry), "medicine");
  GtkLabel *explanation = g_object_get_data (G_OBJECT (entry), "explanation");
  g_autoptr(GError) error = NULL;
  guint minute;

  if (!mg_dose_parse_time (gtk_editable_get_text (GTK_EDITABLE (entry)), &minute, &error))
    {
      gtk_label_set_text (explanation, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      return;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "dosing.medicine-time", "(su)", name, (guint32) minute);
}

static void
on_time_focus_leave (GtkEventControllerFocus *controller,
                     MgDosingPage            *self)
{
  apply_time (GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))), self);
}

static void
on_use_suggested (GtkButton    *button,
                  MgDosingPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dosing.medicine-time", "(su)",
                              (const char *) g_object_get_data (G_OBJECT (button), "medicine"),
                              (guint32) GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "minute")));
}

/* One row per interacting medicine: its name, what the timeline says,
 * its time (applied with Enter or when the field is left, so that the
 * list is not rebuilt under the typing) and a button that takes the
 * suggested time. Stacked, so that it reads at 360 px too. */
static GtkWidget *
medicine_time_row (MgDosingPage             *self,
                   const MgTimelineMedicine *medicine)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (medicine->title);
  GtkWidget *explanation = gtk_label_new (medicine->explanation);
  GtkWidget *controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *time_label = gtk_label_new (_("Taken at"));
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char *at = mg_dose_format_time (medicine->minute);
  /* Translators: a medicine's name. */
  g_autofree char *label = g_strdup_printf (_("Time %s is taken"), medicine->title);
  gboolean conflict = medicine->status == MG_TIMELINE_CONFLICT || medicine->status == MG_TIMELINE_UNRESOLVABLE;

  g_object_set (box, "margin-top", 9, "margin-bottom", 9, "margin-start", 12, "margin-end", 12, NULL);
  if (conflict)
    {
      GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "dialog-warning-symbolic",
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

      gtk_widget_add_css_class (icon, "error");
      gtk_box_append (GTK_BOX (heading), icon);
    }
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (heading), title);
  gtk_label_set_xalign (GTK_LABEL (explanation), 0);
  gtk_label_set_wrap (GTK_LABEL (explanation), TRUE);

  gtk_editable_set_text (GTK_EDITABLE (entry), at);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 5);
  gtk_widget_add_css_class (entry, "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (entry), "medicine", g_strdup (medicine->name), g_free);
  g_object_set_data (G_OBJECT (entry), "explanation", explanation);
  g_signal_connect_object (entry, "activate", G_CALLBACK (apply_time), self, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_time_focus_leave), self, 0);
  gtk_widget_add_controller (entry, focus);
  gtk_box_append (GTK_BOX (controls), time_label);
  gtk_box_append (GTK_BOX (controls), entry);

  if (medicine->status == MG_TIMELINE_CONFLICT)
    {
      g_autofree char *suggested = mg_dose_format_time (medicine->suggested_minute);
      /* Translators: a time such as 06:00. */
      g_autofree char *text = g_strdup_printf (_("Take at %s"), suggested);
      GtkWidget *button = gtk_button_new_with_label (text);

      gtk_widget_set_name (button, "use-suggested-time");
      gtk_widget_add_css_class (button, "suggested-action");
      g_object_set_data_full (G_OBJECT (button), "medicine", g_strdup (medicine->name), g_free);
      g_object_set_data (G_OBJECT (button), "minute", GUINT_TO_POINTER (medicine->suggested_minute));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_use_suggested), self, 0);
      gtk_box_append (GTK_BOX (controls), button);
    }

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), explanation);
  gtk_box_append (GTK_BOX (box), controls);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, medicine->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, medicine->explanation,
                                  -1);
  gtk_widget_set_name (row, medicine->name);

  return row;
}

static void
show_timeline (MgDosingPage *self)
{
  guint n = mg_dose_timeline_get_n_medicines (self->timeline);

  mg_dose_timeline_view_set_timeline (self->timeline_view, self->timeline);
  clear_list (self->medicine_time_list);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->medicine_time_list,
                         medicine_time_row (self, mg_dose_timeline_get_medicine (self->timeline, i)));

  gtk_widget_set_visible (GTK_WIDGET (self->medicine_time_list), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->timeline_group), mg_dose_timeline_get_n_intakes (self->timeline) > 0 || n > 0);
}

void
mg_dosing_page_show_results (MgDosingPage *self)
{
  g_return_if_fail (self->evaluation != NULL && self->timeline != NULL);

  show_figures (self);
  show_alert (self);
  show_warnings (self);
  show_timeline (self);
}
