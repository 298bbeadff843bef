/* mg-record-page.c — a record of any kind no other page shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window sends here every record kind that no page in its table
 * claims: cautions, facts, lab interferences, sources, and until their
 * pages exist compounds, conditions, foods and serum values. It shows
 * what every record has: a title, its texts (those of its children too,
 * such as doses or disagreements, each with its own sources) and its
 * sources. A page made for a kind shows more; this one never shows less
 * than the record's text and where it comes from. A salt's plain name
 * also gets the form it stands for (MgGenericNameView): the one fact
 * its texts do not state.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-generic-name-view.h"
#include "mg-kb-labels.h"
#include "mg-record-page.h"
#include "mg-sources-view.h"

struct _MgRecordPage
{
  MgPage         parent_instance;

  char          *kind;
  char          *id;
  char          *title;

  GtkLabel      *kind_label;
  GtkLabel      *title_label;
  GtkWidget     *texts_box;
  MgSourcesView *sources;
};

G_DEFINE_FINAL_TYPE (MgRecordPage, mg_record_page, MG_TYPE_PAGE)

const char *
mg_record_page_get_kind (MgRecordPage *self)
{
  g_return_val_if_fail (MG_IS_RECORD_PAGE (self), NULL);

  return self->kind;
}

const char *
mg_record_page_get_id (MgRecordPage *self)
{
  g_return_val_if_fail (MG_IS_RECORD_PAGE (self), NULL);

  return self->id;
}

/**
 * mg_record_page_get_title:
 *
 * Returns: (nullable): the title of the record shown
 */
const char *
mg_record_page_get_title (MgRecordPage *self)
{
  g_return_val_if_fail (MG_IS_RECORD_PAGE (self), NULL);

  return self->title;
}

static gboolean
is_title_field (const char *field)
{
  return g_str_equal (field, "name") || g_str_equal (field, "class") ||
         g_str_equal (field, "title") || g_str_equal (field, "label");
}

/* Headings for the text fields of docs/kb-format.md; a field a newer
 * knowledge base adds is shown under its own name. */
static const char *
field_heading (const char *field)
{
  static const struct { const char *field; const char *heading; } headings[] = {
    { "summary", N_("Summary") },
    { "text", N_("About") },
    { "dose", N_("Doses studied") },
    { "disagreement", N_("Where sources disagree") },
    { "mechanism", N_("How") },
    { "management", N_("What to do") },
    { "portion", N_("Portion") },
    { "synonyms", N_("Also called") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    if (g_str_equal (headings[i].field, field))
      return _(headings[i].heading);

  /* A compound's notes have labels of their own. */
  if (g_str_equal (field, "laxative-note"))
    return mg_kb_label_note_topic ("laxative");

  return mg_kb_label_note_topic (field);
}

static void
add_section (MgRecordPage *self,
             const char   *heading,
             const char   *text,
             GListModel   *sources)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *heading_label = gtk_label_new (heading);
  GtkWidget *text_label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (heading_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (heading_label), TRUE);
  gtk_widget_add_css_class (heading_label, "heading");
  gtk_box_append (GTK_BOX (box), heading_label);

  gtk_label_set_xalign (GTK_LABEL (text_label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (text_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text_label), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), text_label);

  if (sources != NULL)
    {
      GtkWidget *view = mg_sources_view_new ();

      mg_sources_view_set_sources (MG_SOURCES_VIEW (view), sources);
      gtk_box_append (GTK_BOX (box), view);
    }

  gtk_box_append (GTK_BOX (self->texts_box), box);
}

static void
clear_sections (MgRecordPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->texts_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->texts_box), child);
}

/* A source is its own record: the full citation and where to read it. */
static void
show_failure (MgRecordPage *self,
              const GError *error)
{
  /* Translators: %s says what failed, from the knowledge base */
  g_autofree char *text = g_strdup_printf (_("This could not be read from the knowledge base: %s"), error->message);

  if (self->title == NULL)
    self->title = g_strdup (self->id);
  add_section (self, _("Error"), text, NULL);
}

static void
show_source (MgRecordPage *self,
             const char   *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgSource) source = mg_kb_lookup_source (mg_page_get_kb (MG_PAGE (self)), id, &error);
  g_autoptr(GListStore) one = g_list_store_new (MG_TYPE_SOURCE);
  g_autofree char *citation = NULL;

  if (source == NULL)
    {
      if (!g_error_matches (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
        show_failure (self, error);
      return;
    }

  self->title = mg_source_dup_short_name (source);
  citation = mg_source_format_citation (source);
  add_section (self, _("Citation"), citation, NULL);
  add_section (self, _("Kind of source"), mg_kb_label_quality (mg_source_get_quality (source)), NULL);

  g_list_store_append (one, source);
  mg_sources_view_set_sources (self->sources, G_LIST_MODEL (one));
  mg_sources_view_set_title (self->sources, _("Where to read it"));
  mg_sources_view_set_expanded (self->sources, TRUE);
}

/* A salt's plain name: first which form it stands for, or every form it
 * can mean with its magnesium; its notes follow as texts. */
static void
show_generic_name (MgRecordPage *self,
                   const char   *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgGenericName) generic = mg_kb_lookup_generic_name (mg_page_get_kb (MG_PAGE (self)), id, &error);
  GtkWidget *view;

  if (generic == NULL)
    {
      /* An unknown id reads "No record" as for every kind. */
      if (!g_error_matches (error, MG_KB_ERROR, MG_KB_ERROR_NOT_FOUND))
        show_failure (self, error);
      return;
    }

  view = mg_generic_name_view_new ();
  mg_generic_name_view_set_generic_name (MG_GENERIC_NAME_VIEW (view), generic);
  gtk_box_append (GTK_BOX (self->texts_box), view);
}

static void
show_texts (MgRecordPage *self)
{
  MgKb *kb = mg_page_get_kb (MG_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) texts = mg_kb_list_record_texts (kb, self->kind, self->id, &error);
  g_autofree char *owner = g_strconcat (self->kind, ":", self->id, NULL);
  guint n;

  if (texts == NULL)
    {
      show_failure (self, error);
      mg_sources_view_set_sources (self->sources, NULL);
      return;
    }
  n = g_list_model_get_n_items (texts);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgArticle) text = g_list_model_get_item (texts, i);
      const char *field = mg_article_get_kind (text);
      gboolean own = g_str_equal (mg_article_get_id (text), owner);

      if (own && is_title_field (field) && self->title == NULL)
        {
          self->title = g_strdup (mg_article_get_text (text));
          continue;
        }

      /* A child (a dose, a note) has sources of its own. */
      add_section (self, field_heading (field), mg_article_get_text (text),
                   own ? NULL : mg_article_get_sources (text));
    }

  mg_sources_view_set_title (self->sources, NULL);
  mg_sources_view_set_owner (self->sources, kb, owner);
  mg_sources_view_set_expanded (self->sources, FALSE);
}

static void
mg_record_page_show_record (MgPage     *page,
                            const char *kind,
                            const char *id)
{
  MgRecordPage *self = MG_RECORD_PAGE (page);

  g_free (self->kind);
  g_free (self->id);
  g_clear_pointer (&self->title, g_free);
  self->kind = g_strdup (kind);
  self->id = g_strdup (id);
  clear_sections (self);

  if (g_str_equal (kind, "source"))
    show_source (self, id);
  else
    {
      if (g_str_equal (kind, "generic-name"))
        show_generic_name (self, id);
      show_texts (self);
    }

  if (self->title == NULL)
    {
      /* Translators: %s is a record's id */
      self->title = g_strdup_printf (_("No record “%s” in this knowledge base"), id);
      mg_sources_view_set_sources (self->sources, NULL);
    }

  gtk_label_set_text (self->kind_label, mg_kb_label_record_kind (kind));
  gtk_label_set_text (self->title_label, self->title);
  mg_page_set_subtitle (page, self->title);
}

static void
mg_record_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MG_TYPE_RECORD_PAGE);

  G_OBJECT_CLASS (mg_record_page_parent_class)->dispose (object);
}

static void
mg_record_page_finalize (GObject *object)
{
  MgRecordPage *self = MG_RECORD_PAGE (object);

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (mg_record_page_parent_class)->finalize (object);
}

static void
mg_record_page_class_init (MgRecordPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MgPageClass *page_class = MG_PAGE_CLASS (klass);

  object_class->dispose = mg_record_page_dispose;
  object_class->finalize = mg_record_page_finalize;
  page_class->show_record = mg_record_page_show_record;

  g_type_ensure (MG_TYPE_SOURCES_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-record-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgRecordPage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, MgRecordPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MgRecordPage, texts_box);
  gtk_widget_class_bind_template_child (widget_class, MgRecordPage, sources);
}

static void
mg_record_page_init (MgRecordPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
