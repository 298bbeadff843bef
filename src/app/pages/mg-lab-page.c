/* mg-lab-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The conversion is mg_units_convert_serum(), the one the command line
 * uses. Bands compare in mmol/L: the compiler converted every range of
 * the knowledge base to it. A range with both ends includes both; "below
 * X" excludes X; "X or more" includes it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-fact-row.h"
#include "mg-format.h"
#include "mg-kb-labels.h"
#include "mg-lab-page.h"
#include "mg-number-row.h"
#include "mg-number.h"
#include "mg-a11y.h"
#include "mg-rows.h"

/* The order of the unit row. */
static const MgSerumUnit units[] = { MG_SERUM_UNIT_MMOL_L, MG_SERUM_UNIT_MG_DL, MG_SERUM_UNIT_MEQ_L };

struct _MgLabPage
{
  MgPage parent_instance;

  GListModel *ranges;           /* every MgSerumRange */
  GPtrArray *normal_ranges;     /* the choices of range_row */
  GPtrArray *meanings;          /* MgSerumRange containing the result */
  GPtrArray *meaning_rows;
  GHashTable *reference_rows;   /* "kind:id" -> its row, for search results */
  MgLabBand band;

  GtkScrolledWindow *scroller;
  MgNumberRow *value_row;
  AdwComboRow *unit_row;
  MgFactRow *mmol_row;
  MgFactRow *mgdl_row;
  MgFactRow *meq_row;
  AdwComboRow *range_row;
  MgFactRow *range_fact;
  AdwPreferencesGroup *meaning_group;
  MgFactRow *band_row;
  GtkBox *more_box;
};

G_DEFINE_FINAL_TYPE (MgLabPage, mg_lab_page, MG_TYPE_PAGE)

static MgFactRow *
unit_fact_row (MgLabPage   *self,
               MgSerumUnit  unit)
{
  switch (unit)
    {
    case MG_SERUM_UNIT_MMOL_L:
      return self->mmol_row;
    case MG_SERUM_UNIT_MG_DL:
      return self->mgdl_row;
    case MG_SERUM_UNIT_MEQ_L:
    default:
      return self->meq_row;
    }
}

static char *
format_serum (double      value,
              MgSerumUnit unit)
{
  g_autofree char *number = mg_number_format_fixed (value, 2);

  return g_strdup_printf ("%s %s", number, mg_serum_unit_to_string (unit));
}

/* "0.70–1.00 mmol/L", "below 0.70 mmol/L", "1.10 mmol/L or more" */
static char *
format_range (MgSerumRange *range,
              MgSerumUnit   unit)
{
  double low = mg_serum_range_get_low_mmol (range);
  double high = mg_serum_range_get_high_mmol (range);
  g_autofree char *low_text = low >= 0 ? format_serum (mg_units_convert_serum (low, MG_SERUM_UNIT_MMOL_L, unit), unit) : NULL;
  g_autofree char *high_text = high >= 0 ? format_serum (mg_units_convert_serum (high, MG_SERUM_UNIT_MMOL_L, unit), unit) : NULL;

  if (low_text != NULL && high_text != NULL)
    /* Translators: a range of serum values, each with its unit */
    return g_strdup_printf (_("%s to %s"), low_text, high_text);
  if (high_text != NULL)
    /* Translators: a serum value with its unit */
    return g_strdup_printf (_("below %s"), high_text);
  if (low_text != NULL)
    return g_strdup_printf (_("%s or more"), low_text);

  return g_strdup ("");
}

static gboolean
range_contains (MgSerumRange *range,
                double        mmol)
{
  double low = mg_serum_range_get_low_mmol (range);
  double high = mg_serum_range_get_high_mmol (range);

  if (low >= 0 && high >= 0)
    return mmol >= low && mmol <= high;
  if (high >= 0)
    return mmol < high;
  if (low >= 0)
    return mmol >= low;

  return FALSE;
}

static MgSerumRange *
chosen_range (MgLabPage *self)
{
  guint selected = adw_combo_row_get_selected (self->range_row);

  return selected < self->normal_ranges->len ? g_ptr_array_index (self->normal_ranges, selected) : NULL;
}

static void
show_range (MgLabPage    *self,
            MgSerumRange *range)
{
  g_autofree char *mmol = format_range (range, MG_SERUM_UNIT_MMOL_L);
  g_autofree char *mgdl = format_range (range, MG_SERUM_UNIT_MG_DL);
  g_autofree char *meq = format_range (range, MG_SERUM_UNIT_MEQ_L);
  g_autofree char *text = NULL;
  const char *note = mg_serum_range_get_note (range);

  /* Translators: the range in two other units, then who it is for */
  text = g_strdup_printf (_("Also %s, or %s. For: %s."), mgdl, meq,
                          mg_kb_label_population (mg_serum_range_get_population (range)));
  if (note != NULL && *note != '\0')
    {
      g_autofree char *with_note = g_strdup_printf ("%s %s", text, note);

      g_free (text);
      text = g_steal_pointer (&with_note);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->range_fact), mg_serum_range_get_label (range));
  mg_fact_row_set_value (self->range_fact, mmol);
  mg_fact_row_set_text (self->range_fact, text);
  mg_fact_row_set_sources (self->range_fact, mg_serum_range_get_sources (range));
}

static void
clear_meanings (MgLabPage *self)
{
  for (guint i = 0; i < self->meaning_rows->len; i++)
    adw_preferences_group_remove (self->meaning_group, g_ptr_array_index (self->meaning_rows, i));
  g_ptr_array_set_size (self->meaning_rows, 0);
  g_ptr_array_set_size (self->meanings, 0);
}

/* Every low, high, severity and symptom band the result falls in, each
 * with its own source. */
static void
show_meanings (MgLabPage *self,
               double     mmol)
{
  for (guint i = 0; i < g_list_model_get_n_items (self->ranges); i++)
    {
      g_autoptr(MgSerumRange) range = g_list_model_get_item (self->ranges, i);
      g_autofree char *bounds = NULL;
      GtkWidget *row;

      if (g_strcmp0 (mg_serum_range_get_kind (range), "normal") == 0 || !range_contains (range, mmol))
        continue;

      bounds = format_range (range, MG_SERUM_UNIT_MMOL_L);
      row = mg_fact_row_new (mg_serum_range_get_label (range), bounds, mg_serum_range_get_note (range));
      mg_fact_row_set_sources (MG_FACT_ROW (row), mg_serum_range_get_sources (range));
      adw_preferences_group_add (self->meaning_group, row);
      g_ptr_array_add (self->meaning_rows, row);
      g_ptr_array_add (self->meanings, g_object_ref (range));
    }

  if (self->meanings->len == 0)
    {
      GtkWidget *row = mg_fact_row_new (NULL, NULL, _("The knowledge base lists no symptoms or thresholds at this result."));

      adw_preferences_group_add (self->meaning_group, row);
      g_ptr_array_add (self->meaning_rows, row);
    }
}

static void
add_disagreements (MgLabPage    *self,
                   MgSerumRange *range,
                   GHashTable   *shown)
{
  GListModel *disagreements = mg_serum_range_get_disagreements (range);

  for (guint i = 0; i < g_list_model_get_n_items (disagreements); i++)
    {
      g_autoptr(MgSerumDisagreement) disagreement = g_list_model_get_item (disagreements, i);
      GtkWidget *row;

      if (!g_hash_table_add (shown, (gpointer) mg_serum_disagreement_get_id (disagreement)))
        continue;

      row = mg_fact_row_new (mg_serum_disagreement_get_title (disagreement), NULL,
                             mg_serum_disagreement_get_text (disagreement));
      mg_fact_row_set_icon_name (MG_FACT_ROW (row), "dialog-information-symbolic");
      mg_fact_row_set_sources (MG_FACT_ROW (row), mg_serum_disagreement_get_sources (disagreement));
      adw_preferences_group_add (self->meaning_group, row);
      g_ptr_array_add (self->meaning_rows, row);
    }
}

/* Where the sources of the reference range or of a band the result falls
 * in put the same finding at other levels, what each says and which
 * level the app uses, once each. */
static void
show_disagreements (MgLabPage    *self,
                    MgSerumRange *range)
{
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);

  add_disagreements (self, range, shown);
  for (guint i = 0; i < self->meanings->len; i++)
    add_disagreements (self, g_ptr_array_index (self->meanings, i), shown);
}

static void
show_band (MgLabPage    *self,
           MgSerumRange *range,
           double        mmol)
{
  const char *word;
  const char *icon;
  g_autofree char *text = NULL;

  if (mmol < mg_serum_range_get_low_mmol (range))
    {
      self->band = MG_LAB_BAND_LOW;
      word = _("Low");
      icon = "dialog-warning-symbolic";
      /* Translators: the name of a reference range */
      text = g_strdup_printf (_("Below the range “%s”."), mg_serum_range_get_label (range));
    }
  else if (mg_serum_range_get_high_mmol (range) >= 0 && mmol > mg_serum_range_get_high_mmol (range))
    {
      self->band = MG_LAB_BAND_HIGH;
      word = _("High");
      icon = "dialog-warning-symbolic";
      text = g_strdup_printf (_("Above the range “%s”."), mg_serum_range_get_label (range));
    }
  else
    {
      self->band = MG_LAB_BAND_NORMAL;
      word = _("Normal");
      icon = "emblem-ok-symbolic";
      text = g_strdup_printf (_("Within the range “%s”."), mg_serum_range_get_label (range));
    }

  /* A warning outside the range, not an arrow: an arrow beside a row
   * reads as "this row expands". The word says low or high. */
  mg_fact_row_set_value (self->band_row, word);
  mg_fact_row_set_icon_name (self->band_row, icon);
  mg_fact_row_set_text (self->band_row, text);
  mg_fact_row_set_sources (self->band_row, mg_serum_range_get_sources (range));
}

static void
update (MgLabPage *self)
{
  MgSerumRange *range;
  MgSerumUnit unit;
  double value, mmol;

  if (self->normal_ranges == NULL)
    return;

  range = chosen_range (self);
  if (range != NULL)
    show_range (self, range);

  clear_meanings (self);
  self->band = MG_LAB_BAND_NONE;

  if (!mg_number_row_get_valid (self->value_row) || range == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (units); i++)
        {
          mg_fact_row_set_value (unit_fact_row (self, units[i]), "—");
          mg_fact_row_set_text (unit_fact_row (self, units[i]), NULL);
        }
      mg_fact_row_set_value (self->band_row, "—");
      mg_fact_row_set_icon_name (self->band_row, NULL);
      mg_fact_row_set_text (self->band_row, _("Enter a result above."));
      mg_fact_row_set_sources (self->band_row, NULL);
      return;
    }

  unit = units[MIN (adw_combo_row_get_selected (self->unit_row), G_N_ELEMENTS (units) - 1)];
  value = mg_number_row_get_value (self->value_row);
  mmol = mg_units_convert_serum (value, unit, MG_SERUM_UNIT_MMOL_L);

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autofree char *shown = format_serum (mg_units_convert_serum (value, unit, units[i]), units[i]);

      mg_fact_row_set_value (unit_fact_row (self, units[i]), shown);
      mg_fact_row_set_text (unit_fact_row (self, units[i]), units[i] == unit ? _("As entered.") : NULL);
    }
  /* The factors once, under the last line of figures. */
  mg_fact_row_set_text (self->meq_row != unit_fact_row (self, unit) ? self->meq_row : self->mgdl_row,
                        _("Magnesium weighs 24.305 g/mol and carries two charges: 1 mmol/L = 2.431 mg/dL = 2 mEq/L."));

  show_band (self, range, mmol);
  show_meanings (self, mmol);
  show_disagreements (self, range);
}

static void
on_unit_changed (MgLabPage *self)
{
  update (self);
}

/**
 * mg_lab_page_set_result:
 * @text: the result as typed, "0,7"
 * @unit: its unit
 */
void
mg_lab_page_set_result (MgLabPage   *self,
                        const char  *text,
                        MgSerumUnit  unit)
{
  g_return_if_fail (MG_IS_LAB_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (units[i] == unit)
      adw_combo_row_set_selected (self->unit_row, i);
  mg_number_row_set_text (self->value_row, text);
}

/**
 * mg_lab_page_set_range:
 * @range_id: a normal range's id
 */
void
mg_lab_page_set_range (MgLabPage  *self,
                       const char *range_id)
{
  g_return_if_fail (MG_IS_LAB_PAGE (self));

  for (guint i = 0; i < self->normal_ranges->len; i++)
    if (g_strcmp0 (mg_serum_range_get_id (g_ptr_array_index (self->normal_ranges, i)), range_id) == 0)
      adw_combo_row_set_selected (self->range_row, i);
}

MgLabBand
mg_lab_page_get_band (MgLabPage *self)
{
  g_return_val_if_fail (MG_IS_LAB_PAGE (self), MG_LAB_BAND_NONE);

  return self->band;
}

GtkWidget *
mg_lab_page_get_value_row (MgLabPage *self)
{
  g_return_val_if_fail (MG_IS_LAB_PAGE (self), NULL);

  return GTK_WIDGET (self->value_row);
}

GtkWidget *
mg_lab_page_get_unit_row (MgLabPage   *self,
                          MgSerumUnit  unit)
{
  g_return_val_if_fail (MG_IS_LAB_PAGE (self), NULL);

  return GTK_WIDGET (unit_fact_row (self, unit));
}

GtkWidget *
mg_lab_page_get_band_row (MgLabPage *self)
{
  g_return_val_if_fail (MG_IS_LAB_PAGE (self), NULL);

  return GTK_WIDGET (self->band_row);
}

/**
 * mg_lab_page_get_meanings:
 *
 * Returns: (transfer none) (element-type MgSerumRange): the ranges the
 *   result falls in, besides the reference range
 */
GPtrArray *
mg_lab_page_get_meanings (MgLabPage *self)
{
  g_return_val_if_fail (MG_IS_LAB_PAGE (self), NULL);

  return self->meanings;
}

/* The thresholds of every source, where they disagree, and the tests
 * that magnesium or its treatment can disturb. */
static void
build_reference (MgLabPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) interferences = mg_kb_list_lab_interferences (mg_page_get_kb (MG_PAGE (self)), &error);
  g_autoptr(GError) disagreement_error = NULL;
  g_autoptr(GListModel) disagreements = mg_kb_list_serum_disagreements (mg_page_get_kb (MG_PAGE (self)),
                                                                         &disagreement_error);
  GtkWidget *group = mg_rows_group_new (_("All Ranges and Thresholds"),
                                        _("Every serum range the knowledge base holds, with its source."));

  for (guint i = 0; i < g_list_model_get_n_items (self->ranges); i++)
    {
      g_autoptr(MgSerumRange) range = g_list_model_get_item (self->ranges, i);
      g_autofree char *bounds = format_range (range, MG_SERUM_UNIT_MMOL_L);
      GtkWidget *row = mg_fact_row_new (mg_serum_range_get_label (range), bounds, mg_serum_range_get_note (range));

      g_hash_table_insert (self->reference_rows, g_strconcat ("serum-range:", mg_serum_range_get_id (range), NULL), row);
      mg_fact_row_set_sources (MG_FACT_ROW (row), mg_serum_range_get_sources (range));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->more_box, group);

  group = mg_rows_group_new (_("Where Sources Disagree"),
                             _("Ranges and thresholds that sources put at different levels, and the one the app uses."));
  if (disagreements == NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               mg_fact_row_new (_("This list cannot be read"), NULL, disagreement_error->message));
  for (guint i = 0; disagreements != NULL && i < g_list_model_get_n_items (disagreements); i++)
    {
      g_autoptr(MgSerumDisagreement) disagreement = g_list_model_get_item (disagreements, i);
      GtkWidget *row = mg_fact_row_new (mg_serum_disagreement_get_title (disagreement), NULL,
                                        mg_serum_disagreement_get_text (disagreement));

      g_hash_table_insert (self->reference_rows, g_strconcat ("serum-disagreement:", mg_serum_disagreement_get_id (disagreement), NULL), row);
      mg_fact_row_set_sources (MG_FACT_ROW (row), mg_serum_disagreement_get_sources (disagreement));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->more_box, group);

  group = mg_rows_group_new (_("Lab Tests Affected"), NULL);
  if (interferences == NULL)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               mg_fact_row_new (_("This list cannot be read"), NULL, error->message));
  for (guint i = 0; interferences != NULL && i < g_list_model_get_n_items (interferences); i++)
    {
      g_autoptr(MgArticle) article = g_list_model_get_item (interferences, i);
      GtkWidget *row = mg_fact_row_new (mg_article_get_title (article), NULL, mg_article_get_text (article));

      g_hash_table_insert (self->reference_rows, g_strconcat ("lab-interference:", mg_article_get_id (article), NULL), row);
      mg_fact_row_set_sources (MG_FACT_ROW (row), mg_article_get_sources (article));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->more_box, group);
}

static void
mg_lab_page_show_record (MgPage     *page,
                         const char *kind,
                         const char *id)
{
  MgLabPage *self = MG_LAB_PAGE (page);
  g_autofree char *key = g_strconcat (kind, ":", id, NULL);

  if (self->normal_ranges == NULL)
    return;

  mg_lab_page_set_range (self, id);
  mg_rows_scroll_to (self->scroller, g_hash_table_lookup (self->reference_rows, key));
}

static void
mg_lab_page_constructed (GObject *object)
{
  MgLabPage *self = MG_LAB_PAGE (object);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (mg_lab_page_parent_class)->constructed (object);

  self->ranges = mg_kb_list_serum_ranges (mg_page_get_kb (MG_PAGE (self)), &error);
  if (self->ranges == NULL)
    {
      mg_page_show_error (MG_PAGE (self), error);
      return;
    }

  self->normal_ranges = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (self->ranges); i++)
    {
      g_autoptr(MgSerumRange) range = g_list_model_get_item (self->ranges, i);

      if (g_strcmp0 (mg_serum_range_get_kind (range), "normal") != 0)
        continue;

      gtk_string_list_append (labels, mg_serum_range_get_label (range));
      g_ptr_array_add (self->normal_ranges, g_steal_pointer (&range));
    }

  adw_combo_row_set_model (self->range_row, G_LIST_MODEL (labels));
  build_reference (self);
  update (self);
  mg_a11y_hide_row_arrows (GTK_WIDGET (self));
}

static void
mg_lab_page_dispose (GObject *object)
{
  MgLabPage *self = MG_LAB_PAGE (object);

  /* update() does nothing without the ranges. */
  g_clear_pointer (&self->normal_ranges, g_ptr_array_unref);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_LAB_PAGE);
  g_clear_pointer (&self->meanings, g_ptr_array_unref);
  g_clear_pointer (&self->meaning_rows, g_ptr_array_unref);
  g_clear_pointer (&self->reference_rows, g_hash_table_unref);
  g_clear_object (&self->ranges);

  G_OBJECT_CLASS (mg_lab_page_parent_class)->dispose (object);
}

static void
mg_lab_page_class_init (MgLabPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  MgPageClass *page_class = MG_PAGE_CLASS (klass);

  object_class->constructed = mg_lab_page_constructed;
  object_class->dispose = mg_lab_page_dispose;
  page_class->show_record = mg_lab_page_show_record;

  g_type_ensure (MG_TYPE_NUMBER_ROW);
  g_type_ensure (MG_TYPE_FACT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-lab-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MgLabPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, MgLabPage, value_row);
  gtk_widget_class_bind_template_child (widget_class, MgLabPage, unit_row);
  gtk_widget_class_bind_template_child (widget_class, MgLabPage, mmol_row);
  gtk_widget_class_bind_template_child (widget_class, MgLabPage, mgdl_row);
  gtk_widget_class_bind_template_child (widget_class, MgLabPage, meq_row);
  gtk_widget_class_bind_template_child (widget_class, MgLabPage, range_row);
  gtk_widget_class_bind_template_child (widget_class, MgLabPage, range_fact);
  gtk_widget_class_bind_template_child (widget_class, MgLabPage, meaning_group);
  gtk_widget_class_bind_template_child (widget_class, MgLabPage, band_row);
  gtk_widget_class_bind_template_child (widget_class, MgLabPage, more_box);
  gtk_widget_class_bind_template_callback (widget_class, update);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_changed);
}

static void
mg_lab_page_init (MgLabPage *self)
{
  self->meanings = g_ptr_array_new_with_free_func (g_object_unref);
  self->meaning_rows = g_ptr_array_new ();
  self->reference_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}
