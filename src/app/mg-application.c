/* mg-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-application.h"
#include "mg-context.h"
#include "mg-first-frame.h"
#include "mg-preferences-window.h"
#include "mg-window.h"

struct _MgApplication
{
  AdwApplication parent_instance;

  /* --kb FILE: another compiled knowledge base instead of the built-in one */
  char          *kb_path;
  MgContext     *context;
};

G_DEFINE_FINAL_TYPE (MgApplication, mg_application, ADW_TYPE_APPLICATION)

MgApplication *
mg_application_new (void)
{
  return g_object_new (MG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * mg_application_get_context:
 *
 * Returns: (transfer none): the context every window shares, made at start-up
 */
MgContext *
mg_application_get_context (MgApplication *self)
{
  g_return_val_if_fail (MG_IS_APPLICATION (self), NULL);

  return self->context;
}

static int
mg_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  MgApplication *self = MG_APPLICATION (application);
  const char *kb_path = NULL;

  if (g_variant_dict_lookup (options, "kb", "^&ay", &kb_path))
    {
      g_clear_pointer (&self->kb_path, g_free);
      self->kb_path = g_canonicalize_filename (kb_path, NULL);
    }

  /* Go on with the default handling (activate). */
  return -1;
}

static void
mg_application_activate (GApplication *application)
{
  MgApplication *self = MG_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      window = GTK_WINDOW (mg_window_new (self, self->context));
      mg_first_frame_watch (window);
    }

  gtk_window_present (window);
}

static void
mg_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  GApplication *application = G_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (application));

  /* Close rather than quit outright, so each window saves its state. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
}

static void
mg_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (application);
  MgPreferencesWindow *preferences = mg_preferences_window_new (parent);

  gtk_window_set_application (GTK_WINDOW (preferences), application);
  gtk_window_present (GTK_WINDOW (preferences));
}

/* What the first window used to say at length, who the guide is for and
 * how it works: read here, so that the search page opens light. */
static char *
about_comments (void)
{
  const char *parts[][2] = {
    { N_("Pharmacists"),
      N_("Look up an interaction at the counter in Dutch or English, with its severity, what to do, how many hours "
         "to keep between the medicine and magnesium, and the source.") },
    { N_("People planning supplements"),
      N_("Choose a salt, work out how many tablets give the amount you want, see whether it goes above the upper "
         "limit for you or your child, and find what to keep apart from your other medicines.") },
    { N_("Every figure names its source"),
      N_("Where sources disagree, the guide shows both and says which one it uses. Elemental magnesium is "
         "calculated from each salt's chemical formula.") },
    { N_("Offline and private"),
      N_("The knowledge base is part of the application. There is no account, and nothing you enter leaves this "
         "computer.") },
    { N_("Choose your tables"),
      N_("Daily amounts follow the Dutch Health Council by default; the European (EFSA) and American (IOM) tables "
         "are in Preferences, as is the upper-limit set.") },
  };
  GString *text = g_string_new (_("A reference about magnesium for pharmacists and for people "
                                  "planning supplements. Every figure names its source."));

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_string_append (text, "\n\n");
      /* Translators: a heading, then its text */
      g_string_append_printf (text, _("%s: %s"), _(parts[i][0]), _(parts[i][1]));
    }

  return g_string_free (text, FALSE);
}

static void
mg_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  static const char *developers[] = {
    "The Magnesium Guide developers",
    NULL
  };
  GtkApplication *application = GTK_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (application);
  g_autofree char *comments = NULL;
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_set_application (GTK_WINDOW (about), application);
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);
  adw_about_window_set_application_name (about, _("Magnesium Guide"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_developer_name (about, _("The Magnesium Guide developers"));
  adw_about_window_set_version (about, VERSION);
  comments = about_comments ();
  adw_about_window_set_comments (about, comments);
  adw_about_window_set_website (about, "https://github.com/mgguide/magnesium-guide");
  adw_about_window_set_issue_url (about, "https://github.com/mgguide/magnesium-guide/issues");
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_developers (about, developers);
  /* Translators: put your names here, one per line */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  adw_about_window_add_legal_section (about,
                                      _("Medical disclaimer"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("Magnesium Guide gives general information from published "
                                        "sources. It is not medical advice and does not replace a "
                                        "doctor or pharmacist. Always check with one before you start, "
                                        "change or stop a supplement or a medicine, and for children, "
                                        "pregnancy, kidney disease or heart problems."));

  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", mg_application_quit_action },
  { "preferences", mg_application_preferences_action },
  { "about", mg_application_about_action },
};

static void
mg_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  MgApplication *self = MG_APPLICATION (application);

  G_APPLICATION_CLASS (mg_application_parent_class)->startup (application);

  self->context = mg_context_new (self->kb_path);

  g_action_map_add_action_entries (G_ACTION_MAP (application),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   application);

  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close", close_accels);
}

static void
mg_application_finalize (GObject *object)
{
  MgApplication *self = MG_APPLICATION (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->kb_path, g_free);

  G_OBJECT_CLASS (mg_application_parent_class)->finalize (object);
}

static void
mg_application_class_init (MgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = mg_application_finalize;
  app_class->activate = mg_application_activate;
  app_class->startup = mg_application_startup;
  app_class->handle_local_options = mg_application_handle_local_options;
}

static void
mg_application_init (MgApplication *self)
{
  const GOptionEntry options[] = {
    { "kb", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use another compiled knowledge base instead of the built-in one"), N_("FILE") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  gtk_window_set_default_icon_name (APP_ID);
}
