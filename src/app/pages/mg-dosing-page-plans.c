/* mg-dosing-page-plans.c — keep, open, rename, delete, print and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan on screen is kept in the plans file half a second after each
 * change (and when the page goes), so it is back after a restart. Named
 * plans are saved, opened, renamed and deleted from the row at the top.
 * The handout is made by mghandout in the language chosen when printing,
 * the interface language unless the person picks the other one.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-dosing-page-private.h"
#include "mg-handout.h"
#include "mg-i18n.h"

#define KEEP_DELAY_MS 500

MgPlanStore *
mg_dosing_page_get_store (MgDosingPage *self)
{
  g_return_val_if_fail (MG_IS_DOSING_PAGE (self), NULL);

  return self->store;
}

/**
 * mg_dosing_page_get_store_error:
 *
 * Returns: (nullable): why there is no plans file, %NULL when there is
 */
const GError *
mg_dosing_page_get_store_error (MgDosingPage *self)
{
  g_return_val_if_fail (MG_IS_DOSING_PAGE (self), NULL);

  return self->store_error;
}

static void
update_plan_row (MgDosingPage *self,
                 const char   *note)
{
  const char *name = self->plan_name != NULL && *self->plan_name != '\0' ? self->plan_name : _("Unsaved plan");
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->plan_row), name);
  if (note != NULL)
    subtitle = g_strdup (note);
  else if (self->store_error != NULL)
    subtitle = g_strdup (self->store_error->message);
  else if (self->store != NULL && mg_plan_store_get_moved_aside (self->store) != NULL)
    /* Translators: a file path. */
    subtitle = g_strdup_printf (_("The saved plans file was damaged. It was moved to %s and a new one was started."),
                                mg_plan_store_get_moved_aside (self->store));
  else
    subtitle = g_strdup (_("Kept as you type and back after a restart"));
  adw_action_row_set_subtitle (self->plan_row, subtitle);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dosing.rename", *self->plan_name != '\0' && self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dosing.delete", *self->plan_name != '\0' && self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dosing.save", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dosing.save-as", self->store != NULL);
}

static void
update_open_menu (MgDosingPage *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_auto(GStrv) names = self->store != NULL ? mg_plan_store_list (self->store, NULL) : NULL;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      /* Menu labels take "_" as a mnemonic: "Mrs_Jansen" must not read
       * "MrsJansen". */
      g_auto(GStrv) parts = g_strsplit (names[i], "_", -1);
      g_autofree char *label = g_strjoinv ("__", parts);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "dosing.open", g_variant_new_string (names[i]));
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->open_button, G_MENU_MODEL (menu));
  gtk_widget_set_sensitive (GTK_WIDGET (self->open_button), names != NULL && names[0] != NULL);
}

void
mg_dosing_page_keep_now (MgDosingPage *self)
{
  g_autoptr(MgProfile) profile = NULL;
  g_autoptr(MgPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->store == NULL || self->plan == NULL)
    return;

  /* An invalid person is kept as the last valid one would be: the
   * fields keep what was typed, the file keeps what can be reopened. */
  profile = mg_dosing_page_build_profile (self, NULL);
  if (profile == NULL)
    return;
  plan = mg_dosing_page_build_plan (self);
  if (!mg_plan_store_save_working (self->store, self->plan_name, profile,
                                   mg_dosing_page_age_in_months (self), plan, &error))
    update_plan_row (self, error->message);
}

static gboolean
keep_timeout (gpointer data)
{
  MgDosingPage *self = data;

  self->save_source = 0;
  mg_dosing_page_keep_now (self);
  return G_SOURCE_REMOVE;
}

void
mg_dosing_page_schedule_keep (MgDosingPage *self)
{
  if (self->store == NULL || self->save_source != 0)
    return;

  self->save_source = g_timeout_add (KEEP_DELAY_MS, keep_timeout, self);
}

static void
set_plan_name (MgDosingPage *self,
               const char   *name)
{
  g_free (self->plan_name);
  self->plan_name = g_strdup (name);
  g_object_notify (G_OBJECT (self), "plan-name");
  update_plan_row (self, NULL);
  update_open_menu (self);
}

/**
 * mg_dosing_page_save_as:
 * @name: the name to save the plan on screen under
 *
 * Returns: %TRUE once it is on disk
 */
gboolean
mg_dosing_page_save_as (MgDosingPage  *self,
                        const char    *name,
                        GError       **error)
{
  g_autoptr(MgProfile) profile = NULL;
  g_autoptr(MgPlan) plan = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (MG_IS_DOSING_PAGE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (self->store == NULL)
    {
      g_propagate_error (error, g_error_copy (self->store_error));
      return FALSE;
    }

  profile = mg_dosing_page_build_profile (self, error);
  if (profile == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (name));
  plan = mg_dosing_page_build_plan (self);
  if (!mg_plan_store_save (self->store, trimmed, profile, mg_dosing_page_age_in_months (self), plan, error))
    return FALSE;

  set_plan_name (self, trimmed);
  mg_dosing_page_keep_now (self);
  return TRUE;
}

/**
 * mg_dosing_page_open:
 * @name: a saved plan
 *
 * Returns: %TRUE when the plan is on screen
 */
gboolean
mg_dosing_page_open (MgDosingPage  *self,
                     const char    *name,
                     GError       **error)
{
  g_autoptr(MgProfile) profile = mg_profile_new ();
  g_autoptr(MgPlan) plan = NULL;
  gboolean in_months = FALSE;

  g_return_val_if_fail (MG_IS_DOSING_PAGE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (self->store == NULL)
    {
      g_propagate_error (error, g_error_copy (self->store_error));
      return FALSE;
    }

  mg_dosing_page_keep_now (self);
  if (!mg_plan_store_load (self->store, name, profile, &in_months, &plan, error))
    return FALSE;

  mg_dosing_page_load (self, profile, in_months, plan, name, TRUE);
  update_plan_row (self, NULL);
  mg_dosing_page_keep_now (self);
  return TRUE;
}

/* A new plan: an adult woman with one empty supplement, which is what
 * most people at the counter start from. */
static void
load_new_plan (MgDosingPage *self)
{
  g_autoptr(MgProfile) profile = mg_profile_new ();
  g_autoptr(MgPlan) plan = mg_plan_new ();
  g_autoptr(MgProduct) product = mg_product_new (MG_PRODUCT_ELEMENTAL, 0.0, MG_AMOUNT_UNIT_MG, 1.0, 1);

  mg_profile_set_age (profile, 40, 0);
  mg_plan_add_product (plan, product);
  /* The person's medicines stay: the list belongs to the checker too. */
  mg_dosing_page_load (self, profile, FALSE, plan, "", FALSE);
}

void
mg_dosing_page_plans_init (MgDosingPage *self)
{
  g_autofree char *path = mg_plan_store_default_path ();
  g_autoptr(MgProfile) profile = mg_profile_new ();
  g_autoptr(MgPlan) plan = NULL;
  g_autofree char *name = NULL;
  gboolean in_months = FALSE;

  self->store = mg_plan_store_new (path, &self->store_error);
  if (self->store != NULL &&
      mg_plan_store_load_working (self->store, &name, profile, &in_months, &plan, NULL))
    /* The medicine list is the context's, kept in the settings and maybe
     * edited on the checker since: it stays; the plan brings the times. */
    mg_dosing_page_load (self, profile, in_months, plan, name, FALSE);
  else
    load_new_plan (self);

  update_plan_row (self, NULL);
  update_open_menu (self);
}

/* A dialog asking for a plan's name; @then runs with the name typed. */
typedef void (*NameFunc) (MgDosingPage *self,
                          const char   *name);

static void
on_name_response (AdwMessageDialog *dialog,
                  const char       *response,
                  MgDosingPage     *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  NameFunc then = g_object_get_data (G_OBJECT (dialog), "then");

  if (g_str_equal (response, "ok"))
    then (self, gtk_editable_get_text (entry));
}

static void
ask_name (MgDosingPage *self,
          const char   *heading,
          const char   *action_label,
          const char   *initial,
          NameFunc      then)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, NULL);
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), initial != NULL ? initial : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name of the plan"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "ok", action_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "then", then);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_name_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
report (MgDosingPage *self,
        const GError *error)
{
  update_plan_row (self, error->message);
}

static void
save_as_named (MgDosingPage *self,
               const char   *name)
{
  g_autoptr(GError) error = NULL;

  if (!mg_dosing_page_save_as (self, name, &error))
    report (self, error);
}

static void
rename_to (MgDosingPage *self,
           const char   *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name));

  if (!mg_plan_store_rename (self->store, self->plan_name, trimmed, &error))
    {
      report (self, error);
      return;
    }
  set_plan_name (self, trimmed);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MgDosingPage *self = MG_DOSING_PAGE (widget);

  if (*self->plan_name != '\0')
    save_as_named (self, self->plan_name);
  else
    ask_name (self, _("Save Plan"), _("_Save"), NULL, save_as_named);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ask_name (MG_DOSING_PAGE (widget), _("Save Plan As"), _("_Save"), NULL, save_as_named);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MgDosingPage *self = MG_DOSING_PAGE (widget);

  ask_name (self, _("Rename Plan"), _("_Rename"), self->plan_name, rename_to);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    MgDosingPage     *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete"))
    return;
  if (!mg_plan_store_delete (self->store, self->plan_name, &error))
    report (self, error);
  else
    set_plan_name (self, "");
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MgDosingPage *self = MG_DOSING_PAGE (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Delete Plan?"), NULL);

  /* Translators: a plan's name. */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The saved plan “%s” will be deleted. What is on screen stays, as an unsaved plan."),
                                  self->plan_name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MgDosingPage *self = MG_DOSING_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!mg_dosing_page_open (self, g_variant_get_string (parameter, NULL), &error))
    report (self, error);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  MgDosingPage *self = MG_DOSING_PAGE (widget);

  mg_dosing_page_keep_now (self);
  load_new_plan (self);
  update_plan_row (self, NULL);
}

static MgHandout *
make_handout (MgDosingPage  *self,
              const char    *language,
              GError       **error)
{
  g_autoptr(MgProfile) profile = mg_dosing_page_build_profile (self, error);
  g_autoptr(MgPlan) plan = NULL;

  if (profile == NULL)
    return NULL;
  plan = mg_dosing_page_build_plan (self);

  return mg_handout_new (mg_page_get_kb (MG_PAGE (self)), profile, mg_dosing_page_age_in_months (self),
                         plan, self->plan_name, language, error);
}

/**
 * mg_dosing_page_export_pdf:
 * @language: "en" or "nl", the patient's language
 *
 * Writes the handout of the plan on screen, the same page as printed.
 */
gboolean
mg_dosing_page_export_pdf (MgDosingPage  *self,
                           const char    *path,
                           const char    *language,
                           GError       **error)
{
  g_autoptr(MgHandout) handout = NULL;

  g_return_val_if_fail (MG_IS_DOSING_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL && language != NULL, FALSE);

  handout = make_handout (self, language, error);
  return handout != NULL && mg_handout_write_pdf (handout, path, error);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              MgHandout         *handout)
{
  mg_handout_draw (handout, gtk_print_context_get_cairo_context (context),
                   gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

static void
print_handout (MgDosingPage *self,
               MgHandout    *handout)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page), handout, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    report (self, error);
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    MgDosingPage    *self)
{
  const char *language = g_object_get_data (G_OBJECT (chooser), "language");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path == NULL || !mg_dosing_page_export_pdf (self, path, language, &error))
        {
          if (error != NULL)
            report (self, error);
        }
    }
  g_object_unref (chooser);
}

static void
on_language_response (AdwMessageDialog *dialog,
                      const char       *response,
                      MgDosingPage     *self)
{
  GtkDropDown *languages = g_object_get_data (G_OBJECT (dialog), "languages");
  const char *language = gtk_drop_down_get_selected (languages) == 1 ? "nl" : "en";
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "print"))
    {
      g_autoptr(MgHandout) handout = make_handout (self, language, &error);

      if (handout == NULL)
        report (self, error);
      else
        print_handout (self, handout);
    }
  else if (g_str_equal (response, "export"))
    {
      GtkFileChooserNative *chooser =
        gtk_file_chooser_native_new (_("Export Handout"), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                     GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
      /* Translators: the file name offered for the PDF. */
      g_autofree char *file_name = g_strdup_printf ("%s.pdf", *self->plan_name != '\0' ? self->plan_name : _("magnesium-plan"));

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
      g_object_set_data_full (G_OBJECT (chooser), "language", g_strdup (language), g_free);
      g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), self, 0);
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
    }
}

/* The patient's language is asked for each time: a Dutch pharmacist may
 * hand an English handout to one patient and a Dutch one to the next. */
static void
ask_language (MgDosingPage *self,
              const char   *heading,
              const char   *response,
              const char   *response_label)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                              _("In which language should the handout be? The patient's language may differ from the app's."));
  GtkWidget *languages = gtk_drop_down_new_from_strings ((const char *[]) { "English", "Nederlands", NULL });

  gtk_drop_down_set_selected (GTK_DROP_DOWN (languages), g_str_equal (mg_i18n_get_interface_language (), "nl") ? 1 : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (languages), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Language of the handout"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), languages);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), response, response_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), response);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "languages", languages);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_language_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ask_language (MG_DOSING_PAGE (widget), _("Print Handout"), "print", _("_Print…"));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_language (MG_DOSING_PAGE (widget), _("Export Handout as PDF"), "export", _("_Export…"));
}

void
mg_dosing_page_plans_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "dosing.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dosing.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "dosing.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "dosing.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "dosing.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "dosing.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "dosing.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "dosing.export", NULL, export_action);
}
