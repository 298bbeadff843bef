/* test-preferences.c — the preferences write and follow GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-preferences-window.h"
#include "mg-profile.h"
#include "mg-test-ui-utils.h"

static AdwComboRow *
find_combo (GtkWidget  *root,
            const char *title)
{
  GtkWidget *row = mg_test_ui_find_row (root, title);

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_COMBO_ROW (row));
  return ADW_COMBO_ROW (row);
}

static void
test_preferences_follow_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MgPreferencesWindow *preferences;
  AdwComboRow *reference, *limits;

  g_settings_reset (settings, "reference-set");
  g_settings_reset (settings, "limit-set");

  preferences = mg_preferences_window_new (NULL);
  gtk_window_present (GTK_WINDOW (preferences));
  mg_test_ui_wait_for_mapped (GTK_WIDGET (preferences));

  reference = find_combo (GTK_WIDGET (preferences), "Reference _Set");
  limits = find_combo (GTK_WIDGET (preferences), "_Limit Set");

  /* Defaults: the Dutch table and the EU limit. */
  g_assert_cmpuint (adw_combo_row_get_selected (reference), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (limits), ==, 0);

  g_settings_set_string (settings, "reference-set", "us");
  g_assert_cmpuint (adw_combo_row_get_selected (reference), ==, 2);

  adw_combo_row_set_selected (reference, 1);
  {
    g_autofree char *nick = g_settings_get_string (settings, "reference-set");
    g_assert_cmpstr (nick, ==, "efsa");
  }

  adw_combo_row_set_selected (limits, 1);
  {
    g_autofree char *nick = g_settings_get_string (settings, "limit-set");
    g_assert_cmpstr (nick, ==, "us");
  }

  gtk_window_destroy (GTK_WINDOW (preferences));
}

static GStrv
enum_nicks (GSettings  *settings,
            const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) values = NULL;
  const char *type;

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &type, &values);
  g_assert_cmpstr (type, ==, "enum");

  return g_variant_dup_strv (values, NULL);
}

/* The set ids live in three places that must agree: the knowledge base's
 * sets, the GSettings enums the preferences offer, and the defaults the
 * code names (MG_PROFILE_DEFAULT_*). */
static void
assert_sets_agree (GSettings   *settings,
                   const char  *key,
                   GListModel  *sets,
                   const char  *code_default)
{
  g_auto(GStrv) nicks = enum_nicks (settings, key);
  g_autoptr(GVariant) settings_default = g_settings_get_default_value (settings, key);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  const char *kb_default = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (sets, i);

      g_strv_builder_add (builder, mg_reference_set_get_id (set));
      if (mg_reference_set_get_is_default (set))
        kb_default = g_intern_string (mg_reference_set_get_id (set));
    }
  ids = g_strv_builder_end (builder);

  g_assert_cmpstrv (nicks, ids);
  g_assert_cmpstr (g_variant_get_string (settings_default, NULL), ==, code_default);
  g_assert_cmpstr (kb_default, ==, code_default);
}

static void
test_sets_agree (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  MgKb *kb = mg_context_get_kb (mg_test_ui_get_context ());
  g_autoptr(GListModel) references = NULL;
  g_autoptr(GListModel) limits = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (kb);
  references = mg_kb_list_reference_sets (kb, &error);
  g_assert_no_error (error);
  limits = mg_kb_list_limit_sets (kb, &error);
  g_assert_no_error (error);

  assert_sets_agree (settings, "reference-set", references, MG_PROFILE_DEFAULT_REFERENCE_SET);
  assert_sets_agree (settings, "limit-set", limits, MG_PROFILE_DEFAULT_LIMIT_SET);
}

int
main (int   argc,
      char *argv[])
{
  mg_test_ui_init (&argc, &argv);

  g_test_add_func ("/preferences/follow-settings", test_preferences_follow_settings);
  g_test_add_func ("/preferences/sets-agree", test_sets_agree);

  return g_test_run ();
}
