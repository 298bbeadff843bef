/* mg-handout-content.c — what the handout says, section by section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs while the handout's language is pushed (mg_i18n_push_language())
 * and the knowledge base speaks it, so every word here, the engine's
 * warnings and the knowledge base's names come out in that language.
 */
#include "config.h"

#include "mg-gettext.h"
#include "mg-handout-private.h"
#include "mg-kb-labels.h"
#include "mg-number.h"

/* How many foods the handout lists: the richest per portion. */
#define N_FOODS 5

static const double product_columns[] = { 0.27, 0.23, 0.28, 0.22 };
static const double timeline_columns[] = { 0.12, 0.88 };
static const double food_columns[] = { 0.62, 0.38 };

void
mg_handout_block_free (gpointer data)
{
  MgHandoutBlock *block = data;

  g_free (block->markup);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block);
}

static void
add (MgHandoutBuilder   *builder,
     MgHandoutBlockKind  kind,
     const char         *markup)
{
  MgHandoutBlock *block = g_new0 (MgHandoutBlock, 1);

  block->kind = kind;
  block->markup = g_strdup (markup);
  g_ptr_array_add (builder->blocks, block);
}

static void
add_text (MgHandoutBuilder   *builder,
          MgHandoutBlockKind  kind,
          const char         *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  add (builder, kind, escaped);
}

static MgHandoutBlock *
add_table (MgHandoutBuilder *builder,
           const double     *columns,
           gboolean          header)
{
  MgHandoutBlock *block = g_new0 (MgHandoutBlock, 1);

  block->kind = MG_HANDOUT_TABLE;
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  block->columns = columns;
  block->header = header;
  g_ptr_array_add (builder->blocks, block);

  return block;
}

/* Cells are markup; plain text must be escaped by the caller. */
static void
add_row (MgHandoutBlock *table,
         ...)
{
  g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();
  va_list args;
  const char *cell;

  va_start (args, table);
  while ((cell = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (cells, cell);
  va_end (args);

  g_ptr_array_add (table->rows, g_strv_builder_end (cells));
}

/**
 * mg_handout_cite:
 * @source_ids: knowledge-base source ids
 *
 * Numbers the sources in the order the handout first cites them.
 *
 * Returns: (transfer full): " [1, 3]", or "" for none
 */
char *
mg_handout_cite (MgHandoutBuilder   *builder,
                 const char * const *source_ids)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; source_ids != NULL && source_ids[i] != NULL; i++)
    {
      guint index;

      if (!g_ptr_array_find_with_equal_func (builder->source_ids, source_ids[i], g_str_equal, &index))
        {
          g_ptr_array_add (builder->source_ids, g_strdup (source_ids[i]));
          index = builder->source_ids->len - 1;
        }
      g_string_append_printf (text, "%s%u", text->len == 0 ? " [" : ", ", index + 1);
    }
  if (text->len > 0)
    g_string_append_c (text, ']');

  return g_string_free (text, FALSE);
}

static void
add_person (MgHandoutBuilder *builder)
{
  MgProfile *profile = builder->profile;
  guint months = mg_profile_get_age_months (profile);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  add_text (builder, MG_HANDOUT_TITLE,
            builder->plan_name != NULL && *builder->plan_name != '\0'
            ? builder->plan_name : _("Magnesium plan"));

  if (builder->age_in_months)
    g_string_append_printf (line, _("Age in months: %u"), months);
  else
    g_string_append_printf (line, _("Age in years: %u"), months / 12);
  g_string_append_printf (line, " · %s", mg_kb_label_sex (mg_profile_get_sex (profile) == MG_SEX_MALE ? "male" : "female"));
  if (mg_profile_get_pregnant (profile))
    g_string_append_printf (line, " · %s", mg_kb_label_status ("pregnant"));
  if (mg_profile_get_lactating (profile))
    g_string_append_printf (line, " · %s", mg_kb_label_status ("lactating"));
  if (mg_profile_get_renal_impairment (profile))
    g_string_append_printf (line, " · %s", _("reduced kidney function"));
  /* Translators: a date such as 2026-12-01. */
  g_string_append_printf (line, " · ");
  g_string_append_printf (line, _("Made on %s"), date);

  add_text (builder, MG_HANDOUT_SUBTITLE, line->str);
}

static char *
product_name (MgHandoutBuilder *builder,
              MgProduct        *product)
{
  char *title = NULL;

  if (!mg_dose_engine_resolve_compound (builder->kb, mg_product_get_compound_id (product), NULL, &title, NULL, NULL))
    return g_strdup (mg_product_get_compound_id (product));

  return title;
}

static char *
how_many_when (MgProduct *product)
{
  g_autofree char *units = mg_number_format (mg_product_get_units_per_intake (product), 2);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < mg_product_get_intakes_per_day (product); i++)
    {
      g_autofree char *at = mg_dose_format_time (mg_product_get_intake_time (product, i));

      if (i > 0)
        g_string_append (text, ", ");
      /* Translators: how many units (tablets, sachets…), then a time: "1 at 08:00". */
      g_string_append_printf (text, _("%s at %s"), units, at);
    }

  return g_string_free (text, FALSE);
}

static void
add_products (MgHandoutBuilder *builder)
{
  GListModel *products = mg_plan_get_products (builder->plan);
  MgHandoutBlock *table;

  add_text (builder, MG_HANDOUT_HEADING, _("Your supplements"));
  if (g_list_model_get_n_items (products) == 0)
    {
      add_text (builder, MG_HANDOUT_TEXT, _("No supplements in this plan."));
      return;
    }

  table = add_table (builder, product_columns, TRUE);
  add_row (table, _("Supplement"), _("Each unit contains"), _("How many, when"), _("Magnesium a day"), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (products); i++)
    {
      g_autoptr(MgProduct) product = g_list_model_get_item (products, i);
      const MgProductFigures *figures = mg_dose_evaluation_get_product (builder->evaluation, i);
      g_autofree char *name = product_name (builder, product);
      g_autofree char *amount = mg_number_format (mg_product_get_amount (product), 3);
      g_autofree char *content = NULL;
      g_autofree char *when = how_many_when (product);
      g_autofree char *mg = mg_number_format (figures->elemental_mg_per_day, 1);
      g_autofree char *mmol = mg_number_format (figures->elemental_mmol_per_day, 2);
      g_autofree char *per_day = NULL;
      g_autofree char *e_name = g_markup_escape_text (name, -1);
      g_autofree char *e_content = NULL;
      g_autofree char *e_when = g_markup_escape_text (when, -1);
      g_autofree char *e_per_day = NULL;
      g_autofree char *per_unit = mg_number_format (figures->elemental_mg_per_unit, 1);

      if (mg_product_is_elemental (product) || !mg_amount_unit_is_mass (mg_product_get_unit (product)))
        /* Translators: an amount and its unit, of magnesium itself: "250 mg magnesium". */
        content = g_strdup_printf (_("%s %s magnesium"), amount, mg_amount_unit_to_string (mg_product_get_unit (product)));
      else
        /* Translators: an amount and its unit of a salt, then how much magnesium it gives. */
        content = g_strdup_printf (_("%s %s of the salt (%s mg magnesium)"), amount,
                                   mg_amount_unit_to_string (mg_product_get_unit (product)), per_unit);
      /* Translators: mg and mmol of magnesium a day. */
      per_day = g_strdup_printf (_("%s mg (%s mmol)"), mg, mmol);
      e_content = g_markup_escape_text (content, -1);
      e_per_day = g_markup_escape_text (per_day, -1);
      add_row (table, e_name, e_content, e_when, e_per_day, NULL);
    }
}

static void
add_totals (MgHandoutBuilder *builder)
{
  MgDoseEvaluation *evaluation = builder->evaluation;
  g_autofree char *supplemental = mg_number_format (mg_dose_evaluation_get_supplemental_mg (evaluation), 1);
  g_autofree char *mmol = mg_number_format (mg_dose_evaluation_get_supplemental_mmol (evaluation), 2);
  g_autofree char *food = mg_number_format (mg_dose_evaluation_get_food_mg (evaluation), 0);
  g_autofree char *total = mg_number_format (mg_dose_evaluation_get_total_mg (evaluation), 1);
  g_autofree char *line = NULL;

  add_text (builder, MG_HANDOUT_HEADING, _("Each day"));

  /* Translators: supplements mg, mmol, food mg, total mg. */
  line = g_strdup_printf (_("Supplements give %s mg of magnesium (%s mmol); food about %s mg; together %s mg."),
                          supplemental, mmol, food, total);
  add_text (builder, MG_HANDOUT_TEXT, line);
  g_clear_pointer (&line, g_free);

  if (mg_dose_evaluation_has_reference_intake (evaluation))
    {
      g_autofree char *reference = mg_number_format (mg_dose_evaluation_get_reference_intake_mg (evaluation), 0);
      g_autofree char *percent = mg_number_format (100.0 * mg_dose_evaluation_get_total_mg (evaluation) /
                                                   mg_dose_evaluation_get_reference_intake_mg (evaluation), 0);
      g_autofree char *cite = mg_handout_cite (builder, mg_dose_evaluation_get_reference_sources (evaluation));
      g_autofree char *escaped = NULL;

      /* Translators: the kind (AI, RDA…), mg a day, then a percentage. */
      line = g_strdup_printf (_("Recommended intake (%s): %s mg a day. Food and supplements together reach %s %%."),
                              mg_kb_label_intake_kind (mg_dose_evaluation_get_reference_kind (evaluation)),
                              reference, percent);
      escaped = g_markup_escape_text (line, -1);
      g_clear_pointer (&line, g_free);
      line = g_strconcat (escaped, cite, NULL);
      add (builder, MG_HANDOUT_TEXT, line);
    }
  else
    add_text (builder, MG_HANDOUT_TEXT, _("No recommended intake is set for this age."));
  g_clear_pointer (&line, g_free);

  switch (mg_dose_evaluation_get_limit_status (evaluation))
    {
    case MG_LIMIT_STATUS_ABOVE:
      {
        g_autofree char *limit = mg_number_format (mg_dose_evaluation_get_upper_limit_mg (evaluation), 0);
        g_autofree char *over = mg_number_format (mg_dose_evaluation_get_over_limit_mg (evaluation), 1);
        g_autofree char *cite = mg_handout_cite (builder, mg_dose_evaluation_get_limit_sources (evaluation));
        g_autofree char *escaped = NULL;

        /* Translators: the limit in mg, then by how much the supplements exceed it. */
        line = g_strdup_printf (_("ABOVE THE UPPER LIMIT: the limit for magnesium from supplements is %s mg a day, and this plan gives %s mg more."),
                                limit, over);
        escaped = g_markup_escape_text (line, -1);
        g_clear_pointer (&line, g_free);
        line = g_strconcat ("⚠ <b>", escaped, "</b>", cite, NULL);
        add (builder, MG_HANDOUT_ALERT, line);
      }
      break;

    case MG_LIMIT_STATUS_WITHIN:
      {
        g_autofree char *limit = mg_number_format (mg_dose_evaluation_get_upper_limit_mg (evaluation), 0);
        g_autofree char *cite = mg_handout_cite (builder, mg_dose_evaluation_get_limit_sources (evaluation));
        g_autofree char *escaped = NULL;

        line = g_strdup_printf (_("Upper limit for magnesium from supplements: %s mg a day; this plan is not above it."), limit);
        escaped = g_markup_escape_text (line, -1);
        g_clear_pointer (&line, g_free);
        line = g_strconcat (escaped, cite, NULL);
        add (builder, MG_HANDOUT_TEXT, line);
      }
      break;

    case MG_LIMIT_STATUS_NO_LIMIT:
    default:
      {
        g_autofree char *escaped = g_markup_escape_text (_("No upper limit is set for this age, so no amount can be called safe. Ask a doctor."), -1);

        line = g_strconcat ("⚠ <b>", escaped, "</b>", NULL);
        add (builder, MG_HANDOUT_ALERT, line);
      }
      break;
    }

  add_text (builder, MG_HANDOUT_SMALL,
            _("Only magnesium from supplements counts toward the upper limit; magnesium from food counts toward the recommended intake."));
}

static int
compare_medicines (gconstpointer a,
                   gconstpointer b)
{
  const MgTimelineMedicine *x = *(const MgTimelineMedicine **) a;
  const MgTimelineMedicine *y = *(const MgTimelineMedicine **) b;

  return x->minute < y->minute ? -1 : x->minute > y->minute;
}

static char *
intake_markup (MgHandoutBuilder       *builder,
               const MgTimelineIntake *intake)
{
  g_autoptr(MgProduct) product = g_list_model_get_item (mg_plan_get_products (builder->plan), intake->product);
  g_autofree char *name = product_name (builder, product);
  g_autofree char *units = mg_number_format (intake->units, 2);
  g_autofree char *mg = mg_number_format (intake->elemental_mg, 1);
  /* Translators: product, units (tablets…), mg of magnesium. */
  g_autofree char *what = g_strdup_printf (_("%s: %s (%s mg magnesium)"), name, units, mg);

  return g_markup_escape_text (what, -1);
}

static char *
medicine_markup (const MgTimelineMedicine *medicine)
{
  g_autofree char *escaped = g_markup_escape_text (medicine->title, -1);

  if (medicine->status != MG_TIMELINE_CONFLICT && medicine->status != MG_TIMELINE_UNRESOLVABLE)
    return g_steal_pointer (&escaped);

  return g_strdup_printf ("%s — ⚠ <b>%s</b>", escaped, _("too close to magnesium, see below"));
}

static void
add_timeline (MgHandoutBuilder *builder)
{
  MgDoseTimeline *timeline = builder->timeline;
  g_autoptr(GPtrArray) medicines = g_ptr_array_new ();
  MgHandoutBlock *table;
  guint n_intakes = mg_dose_timeline_get_n_intakes (timeline);
  guint i = 0, m = 0;

  for (guint k = 0; k < mg_dose_timeline_get_n_medicines (timeline); k++)
    g_ptr_array_add (medicines, (gpointer) mg_dose_timeline_get_medicine (timeline, k));
  if (n_intakes == 0 && medicines->len == 0)
    return;
  g_ptr_array_sort (medicines, compare_medicines);

  add_text (builder, MG_HANDOUT_HEADING, _("Your day"));
  table = add_table (builder, timeline_columns, TRUE);
  add_row (table, _("Time"), _("What to take"), NULL);

  /* Intakes are by time already; merge; magnesium first at the same minute. */
  while (i < n_intakes || m < medicines->len)
    {
      const MgTimelineIntake *intake = i < n_intakes ? mg_dose_timeline_get_intake (timeline, i) : NULL;
      const MgTimelineMedicine *medicine = m < medicines->len ? g_ptr_array_index (medicines, m) : NULL;
      g_autofree char *at = NULL;
      g_autofree char *what = NULL;

      if (intake != NULL && (medicine == NULL || intake->minute <= medicine->minute))
        {
          at = mg_dose_format_time (intake->minute);
          what = intake_markup (builder, intake);
          i++;
        }
      else
        {
          at = mg_dose_format_time (medicine->minute);
          what = medicine_markup (medicine);
          m++;
        }

      add_row (table, at, what, NULL);
    }

  for (guint k = 0; k < mg_dose_timeline_get_n_medicines (timeline); k++)
    {
      const MgTimelineMedicine *medicine = mg_dose_timeline_get_medicine (timeline, k);
      gboolean conflict = medicine->status == MG_TIMELINE_CONFLICT || medicine->status == MG_TIMELINE_UNRESOLVABLE;

      add_text (builder, conflict ? MG_HANDOUT_ALERT : MG_HANDOUT_TEXT, medicine->explanation);
    }
}

static void
add_warnings (MgHandoutBuilder *builder)
{
  GListModel *warnings = mg_dose_evaluation_get_warnings (builder->evaluation);
  guint n = g_list_model_get_n_items (warnings);

  if (n == 0)
    return;

  add_text (builder, MG_HANDOUT_HEADING, _("Warnings"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgDoseWarning) warning = g_list_model_get_item (warnings, i);
      g_autofree char *escaped = g_markup_escape_text (mg_dose_warning_get_message (warning), -1);
      g_autofree char *cite = mg_handout_cite (builder, mg_dose_warning_get_sources (warning));
      g_autofree char *markup = g_strconcat ("⚠ ", escaped, cite, NULL);

      add (builder, MG_HANDOUT_TEXT, markup);
    }
}

static int
compare_foods (gconstpointer a,
               gconstpointer b)
{
  double x = mg_food_get_mg_per_portion (*(MgFood **) a);
  double y = mg_food_get_mg_per_portion (*(MgFood **) b);

  return x < y ? 1 : x > y ? -1 : 0;
}

static void
add_foods (MgHandoutBuilder *builder)
{
  g_autoptr(GListModel) foods = mg_kb_list_foods (builder->kb, &builder->error);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  MgHandoutBlock *table;

  /* A failing knowledge base fails the handout: no section left out
   * without a word. */
  if (foods == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (foods); i++)
    {
      MgFood *food = g_list_model_get_item (foods, i);

      if (mg_food_get_mg_per_portion (food) > 0.0)
        g_ptr_array_add (sorted, food);
      else
        g_object_unref (food);
    }
  if (sorted->len == 0)
    return;
  g_ptr_array_sort (sorted, compare_foods);

  add_text (builder, MG_HANDOUT_HEADING, _("Good food sources"));
  table = add_table (builder, food_columns, FALSE);
  for (guint i = 0; i < MIN (N_FOODS, sorted->len); i++)
    {
      MgFood *food = g_ptr_array_index (sorted, i);
      g_auto(GStrv) ids = mg_source_list_dup_ids (mg_food_get_sources (food));
      g_autofree char *cite = mg_handout_cite (builder, (const char * const *) ids);
      /* A dash, not brackets: portions have their own ("1 slice (35 g)"). */
      g_autofree char *name = g_strdup_printf ("%s — %s", mg_food_get_name (food), mg_food_get_portion (food));
      g_autofree char *mg = mg_number_format (mg_food_get_mg_per_portion (food), 0);
      /* Translators: mg of magnesium in one portion. */
      g_autofree char *amount = g_strdup_printf (_("%s mg a portion"), mg);
      g_autofree char *e_name = g_markup_escape_text (name, -1);
      g_autofree char *e_amount = g_markup_escape_text (amount, -1);
      g_autofree char *with_cite = g_strconcat (e_amount, cite, NULL);

      add_row (table, e_name, with_cite, NULL);
    }
}

static void
add_sources (MgHandoutBuilder *builder)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (builder->source_ids->len == 0)
    return;

  add_text (builder, MG_HANDOUT_HEADING, _("Sources"));
  for (guint i = 0; i < builder->source_ids->len; i++)
    {
      g_autoptr(MgSource) source = mg_kb_lookup_source (builder->kb, g_ptr_array_index (builder->source_ids, i), NULL);
      g_autofree char *citation = source != NULL ? mg_source_format_citation (source)
                                                 : g_strdup (g_ptr_array_index (builder->source_ids, i));
      g_autofree char *escaped = g_markup_escape_text (citation, -1);

      g_string_append_printf (text, "%s%u. %s", i > 0 ? "\n" : "", i + 1, escaped);
    }
  add (builder, MG_HANDOUT_SMALL, text->str);
}

/* Returns: %FALSE with @error when the knowledge base failed */
gboolean
mg_handout_build_content (MgHandoutBuilder  *builder,
                          GError           **error)
{
  g_autofree char *disclaimer = NULL;

  add_person (builder);
  add_products (builder);
  add_totals (builder);
  add_timeline (builder);
  add_warnings (builder);
  add_foods (builder);
  if (builder->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&builder->error));
      return FALSE;
    }
  add_sources (builder);

  /* Translators: the app's version. */
  disclaimer = g_strdup_printf (_("This handout is not medical advice and does not replace a doctor or pharmacist. Ask them before starting, changing or stopping supplements or medicines. Made with Magnesium Guide %s from its knowledge base; every figure above names its source."),
                                PACKAGE_VERSION);
  add_text (builder, MG_HANDOUT_SMALL, disclaimer);

  return TRUE;
}
