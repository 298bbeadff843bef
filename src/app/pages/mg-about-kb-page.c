/* mg-about-kb-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a pharmacist checks before trusting a reference: which edition,
 * reviewed when, how much it holds, and how old each table is.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-about-kb-page.h"
#include "mg-fact-row.h"
#include "mg-rows.h"

struct _MgAboutKbPage
{
  MgPage parent_instance;

  GtkBox *content;
};

G_DEFINE_FINAL_TYPE (MgAboutKbPage, mg_about_kb_page, MG_TYPE_PAGE)

static GtkWidget *
add_row (GtkWidget  *group,
         const char *title,
         const char *value,
         const char *text)
{
  GtkWidget *row = mg_fact_row_new (title, value, text);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static const char *
language_name (const char *code)
{
  if (g_strcmp0 (code, "en") == 0)
    return _("English");
  if (g_strcmp0 (code, "nl") == 0)
    return _("Dutch");

  return code;
}

/* A key the knowledge base lacks is "not stated"; a failure says so. */
static char *
dup_meta (MgKb       *kb,
          const char *key)
{
  g_autoptr(GError) error = NULL;
  char *value = mg_kb_dup_meta (kb, key, &error);

  if (value != NULL)
    return value;
  if (g_error_matches (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
    return g_strdup (_("Not stated"));

  /* Translators: a value that could not be read, then why */
  return g_strdup_printf (_("Cannot be read: %s"), error->message);
}

static void
build_edition (MgAboutKbPage *self,
               MgKb          *kb)
{
  GtkWidget *group = mg_rows_group_new (_("This Knowledge Base"), NULL);
  g_autofree char *edition = dup_meta (kb, "edition");
  g_autofree char *date = dup_meta (kb, "date");
  g_autofree char *schema = dup_meta (kb, "schema_version");
  const char * const *languages = mg_kb_get_languages (kb);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    g_ptr_array_add (names, (gpointer) language_name (languages[i]));
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (", ", (char **) names->pdata);

  add_row (group, _("Edition"), edition, NULL);
  add_row (group, _("Last reviewed"), date,
           _("The date the facts and figures were last checked against their sources."));
  add_row (group, _("Languages"), joined, NULL);
  add_row (group, _("Format version"), schema, NULL);
  gtk_box_append (self->content, group);
}

/* @model: (transfer full) (nullable): the list, %NULL with @error */
static void
add_count (GtkWidget  *group,
           const char *title,
           GListModel *model,
           GError     *error)
{
  g_autofree char *count = model != NULL ? g_strdup_printf ("%u", g_list_model_get_n_items (model)) : NULL;

  /* A failed count is never shown as a number. */
  add_row (group, title, count != NULL ? count : "—", error != NULL ? error->message : NULL);
  g_clear_object (&model);
  g_clear_error (&error);
}

static void
build_counts (MgAboutKbPage *self,
              MgKb          *kb)
{
  GtkWidget *group = mg_rows_group_new (_("Contents"), _("How many records of each kind it holds."));
  GError *error = NULL;
  GListModel *model;

#define ADD_COUNT(title, call) \
  G_STMT_START { model = (call); add_count (group, (title), model, error); error = NULL; } G_STMT_END

  ADD_COUNT (_("Sources"), mg_kb_list_sources (kb, &error));
  ADD_COUNT (_("Magnesium salts and forms"), mg_kb_list_compounds (kb, &error));
  ADD_COUNT (_("Plain names of salts with several forms"), mg_kb_list_generic_names (kb, &error));
  ADD_COUNT (_("Medicines"), mg_kb_list_medicines (kb, &error));
  ADD_COUNT (_("Products as sold"), mg_kb_list_brands (kb, &error));
  ADD_COUNT (_("Interactions"), mg_kb_list_interactions (kb, &error));
  ADD_COUNT (_("Cautions"), mg_kb_list_cautions (kb, &error));
  ADD_COUNT (_("Conditions"), mg_kb_list_conditions (kb, &error));
  ADD_COUNT (_("Foods"), mg_kb_list_foods (kb, &error));
  ADD_COUNT (_("Background facts"), mg_kb_list_facts (kb, NULL, &error));
  ADD_COUNT (_("Serum ranges"), mg_kb_list_serum_ranges (kb, &error));
  ADD_COUNT (_("Serum values where sources disagree"), mg_kb_list_serum_disagreements (kb, &error));
  ADD_COUNT (_("Lab tests affected"), mg_kb_list_lab_interferences (kb, &error));
  ADD_COUNT (_("Tables of daily amounts"), mg_kb_list_reference_sets (kb, &error));
  ADD_COUNT (_("Sets of upper limits"), mg_kb_list_limit_sets (kb, &error));

#undef ADD_COUNT
  gtk_box_append (self->content, group);
}

/* The publication years of a set's sources, newest first: "2018, 2015". */
static char *
source_years (GListModel *sources)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(MgSource) source = g_list_model_get_item (sources, i);
      int year = mg_source_get_year (source);
      gboolean seen = FALSE;

      for (guint j = 0; j < years->len; j++)
        seen |= g_array_index (years, int, j) == year;
      if (year > 0 && !seen)
        g_array_append_val (years, year);
    }

  for (guint i = 0; i < years->len; i++)
    for (guint j = i + 1; j < years->len; j++)
      if (g_array_index (years, int, j) > g_array_index (years, int, i))
        {
          int swap = g_array_index (years, int, i);

          g_array_index (years, int, i) = g_array_index (years, int, j);
          g_array_index (years, int, j) = swap;
        }

  for (guint i = 0; i < years->len; i++)
    g_string_append_printf (text, i > 0 ? ", %d" : "%d", g_array_index (years, int, i));

  if (text->len == 0)
    g_string_append (text, _("Year not stated"));

  return g_string_free (text, FALSE);
}

/* @sets: (transfer full) (nullable): the sets, %NULL with @error */
static void
build_sets (MgAboutKbPage *self,
            const char    *title,
            const char    *description,
            GListModel    *sets,
            GError        *error)
{
  GtkWidget *group = mg_rows_group_new (title, description);

  if (sets == NULL)
    {
      add_row (group, _("This list cannot be read"), NULL, error->message);
      gtk_box_append (self->content, group);
      g_error_free (error);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (sets); i++)
    {
      g_autoptr(MgReferenceSet) set = g_list_model_get_item (sets, i);
      g_autofree char *years = source_years (mg_reference_set_get_sources (set));
      GtkWidget *row = add_row (group, mg_reference_set_get_name (set), years,
                                mg_reference_set_get_is_default (set) ? _("Used unless you choose another.") : NULL);

      mg_fact_row_set_sources (MG_FACT_ROW (row), mg_reference_set_get_sources (set));
    }

  gtk_box_append (self->content, group);
  g_object_unref (sets);
}

/**
 * mg_about_kb_page_get_content:
 *
 * Returns: (transfer none): the box of the page's groups
 */
GtkWidget *
mg_about_kb_page_get_content (MgAboutKbPage *self)
{
  g_return_val_if_fail (MG_IS_ABOUT_KB_PAGE (self), NULL);

  return GTK_WIDGET (self->content);
}

static void
mg_about_kb_page_constructed (GObject *object)
{
  MgAboutKbPage *self = MG_ABOUT_KB_PAGE (object);
  MgKb *kb;

  G_OBJECT_CLASS (mg_about_kb_page_parent_class)->constructed (object);

  GListModel *sets;
  GError *error = NULL;

  kb = mg_page_get_kb (MG_PAGE (self));
  build_edition (self, kb);
  build_counts (self, kb);
  sets = mg_kb_list_reference_sets (kb, &error);
  build_sets (self, _("Tables of Daily Amounts"),
              _("The recommended amounts, with the publication years of their sources."),
              sets, error);
  error = NULL;
  sets = mg_kb_list_limit_sets (kb, &error);
  build_sets (self, _("Sets of Upper Limits"),
              _("The upper limits for supplements, with the publication years of their sources."),
              sets, error);
}

static void
mg_about_kb_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MG_TYPE_ABOUT_KB_PAGE);

  G_OBJECT_CLASS (mg_about_kb_page_parent_class)->dispose (object);
}

static void
mg_about_kb_page_class_init (MgAboutKbPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mg_about_kb_page_constructed;
  object_class->dispose = mg_about_kb_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-about-kb-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgAboutKbPage, content);
}

static void
mg_about_kb_page_init (MgAboutKbPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
