/* mg-handout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One renderer for the printed page (GtkPrintOperation hands us its cairo
 * context), the PDF export and `magnesium-guide-cli check --pdf`, so the
 * three can never disagree. No GTK here: Pango and cairo only.
 *
 * The content is built once, in the handout's language, when the handout
 * is made; drawing only lays it out. It must fit one page: when it does
 * not at the normal size, everything is set smaller, evenly, down to a
 * floor that stays readable.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "mg-gettext.h"
#include "mg-handout-private.h"

#define MARGIN        42.0   /* points: 15 mm */
#define MIN_SCALE     0.55
#define CELL_PADDING  3.0

struct _MgHandout
{
  GObject    parent_instance;

  char      *language;
  GPtrArray *blocks;   /* MgHandoutBlock */
};

G_DEFINE_FINAL_TYPE (MgHandout, mg_handout, G_TYPE_OBJECT)

static void
mg_handout_finalize (GObject *object)
{
  MgHandout *self = MG_HANDOUT (object);

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);

  G_OBJECT_CLASS (mg_handout_parent_class)->finalize (object);
}

static void
mg_handout_class_init (MgHandoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mg_handout_finalize;
}

static void
mg_handout_init (MgHandout *self)
{
  self->blocks = g_ptr_array_new_with_free_func (mg_handout_block_free);
}

/**
 * mg_handout_new:
 * @kb: the knowledge base; its language is switched to @language while the
 *   handout is made and switched back after
 * @profile: the person, with the reference and limit sets to use
 * @age_in_months: say the age in months (infants) rather than years
 * @plan: products, food and medicines, with their times
 * @plan_name: (nullable): the saved plan's name, the handout's title
 * @language: "en" or "nl": the patient's language, whatever the
 *   interface speaks
 *
 * Returns: (transfer full) (nullable): the handout, or %NULL with @error
 *   when the plan cannot be evaluated or @language has no translation
 */
MgHandout *
mg_handout_new (MgKb        *kb,
                MgProfile   *profile,
                gboolean     age_in_months,
                MgPlan      *plan,
                const char  *plan_name,
                const char  *language,
                GError     **error)
{
  g_autoptr(MgHandout) self = NULL;
  g_autoptr(MgDoseEvaluation) evaluation = NULL;
  g_autoptr(MgDoseTimeline) timeline = NULL;
  g_autoptr(GPtrArray) source_ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *previous_language = NULL;
  MgHandoutBuilder builder = { 0, };

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (MG_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (MG_IS_PLAN (plan), NULL);
  g_return_val_if_fail (language != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!mg_i18n_push_language (language, error))
    return NULL;
  previous_language = g_strdup (mg_kb_get_language (kb));
  mg_kb_set_language (kb, language);

  evaluation = mg_dose_engine_evaluate (kb, profile, plan, error);
  if (evaluation != NULL)
    timeline = mg_dose_timeline_new (kb, plan, error);

  if (timeline != NULL)
    {
      self = g_object_new (MG_TYPE_HANDOUT, NULL);
      self->language = g_strdup (language);

      builder.kb = kb;
      builder.profile = profile;
      builder.age_in_months = age_in_months;
      builder.plan = plan;
      builder.plan_name = plan_name;
      builder.evaluation = evaluation;
      builder.timeline = timeline;
      builder.blocks = self->blocks;
      builder.source_ids = source_ids;
      if (!mg_handout_build_content (&builder, error))
        g_clear_object (&self);
    }

  mg_kb_set_language (kb, previous_language);
  mg_i18n_pop_language ();

  return g_steal_pointer (&self);
}

const char *
mg_handout_get_language (MgHandout *self)
{
  g_return_val_if_fail (MG_IS_HANDOUT (self), NULL);

  return self->language;
}

static void
append_plain (GString    *text,
              const char *markup)
{
  g_autofree char *plain = NULL;

  if (pango_parse_markup (markup, -1, 0, NULL, &plain, NULL, NULL))
    g_string_append (text, plain);
  else
    g_string_append (text, markup);
}

/**
 * mg_handout_get_text:
 *
 * Returns: (transfer full): what the page says, as plain text: one line
 *   a block, table cells separated by tabs
 */
char *
mg_handout_get_text (MgHandout *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (MG_IS_HANDOUT (self), NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      MgHandoutBlock *block = g_ptr_array_index (self->blocks, i);

      if (block->kind != MG_HANDOUT_TABLE)
        {
          append_plain (text, block->markup);
          g_string_append_c (text, '\n');
          continue;
        }

      for (guint r = 0; r < block->rows->len; r++)
        {
          char **cells = g_ptr_array_index (block->rows, r);

          for (guint c = 0; cells[c] != NULL; c++)
            {
              if (c > 0)
                g_string_append_c (text, '\t');
              append_plain (text, cells[c]);
            }
          g_string_append_c (text, '\n');
        }
    }

  return g_string_free (text, FALSE);
}

typedef struct
{
  double size;
  int    weight;
  double space_before;
} Style;

static Style
style_for (MgHandoutBlockKind kind)
{
  switch (kind)
    {
    case MG_HANDOUT_TITLE:    return (Style) { 18.0, PANGO_WEIGHT_BOLD, 0.0 };
    case MG_HANDOUT_SUBTITLE: return (Style) { 9.5, PANGO_WEIGHT_NORMAL, 2.0 };
    case MG_HANDOUT_HEADING:  return (Style) { 12.0, PANGO_WEIGHT_BOLD, 11.0 };
    case MG_HANDOUT_ALERT:    return (Style) { 9.5, PANGO_WEIGHT_NORMAL, 4.0 };
    case MG_HANDOUT_TABLE:    return (Style) { 9.0, PANGO_WEIGHT_NORMAL, 4.0 };
    case MG_HANDOUT_SMALL:    return (Style) { 7.5, PANGO_WEIGHT_NORMAL, 4.0 };
    case MG_HANDOUT_TEXT:
    default:                  return (Style) { 9.5, PANGO_WEIGHT_NORMAL, 3.0 };
    }
}

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *markup,
             double      size,
             int         weight,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  /* Points in, points out: the page is measured in points. */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
  pango_cairo_update_layout (cr, layout);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
place_table (cairo_t        *cr,
             MgHandoutBlock *block,
             double          x,
             double          y,
             double          width,
             double          scale,
             gboolean        draw)
{
  Style style = style_for (MG_HANDOUT_TABLE);
  double top = y;

  for (guint r = 0; r < block->rows->len; r++)
    {
      char **cells = g_ptr_array_index (block->rows, r);
      g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
      double row_height = 0.0, cx = x;
      gboolean header = r == 0 && block->header;

      for (guint c = 0; cells[c] != NULL; c++)
        {
          double column = width * block->columns[c];
          PangoLayout *layout = make_layout (cr, cells[c], style.size * scale,
                                             header ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                             column - 2 * CELL_PADDING * scale);

          g_ptr_array_add (layouts, layout);
          row_height = MAX (row_height, layout_height (layout));
        }
      row_height += 2 * CELL_PADDING * scale;

      if (draw)
        {
          cairo_set_source_rgb (cr, 0.75, 0.75, 0.75);
          cairo_set_line_width (cr, 0.5);
          cairo_move_to (cr, x, y + row_height);
          cairo_line_to (cr, x + width, y + row_height);
          cairo_stroke (cr);
          cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);

          for (guint c = 0; c < layouts->len; c++)
            {
              double column = width * block->columns[c];

              cairo_move_to (cr, cx + CELL_PADDING * scale, y + CELL_PADDING * scale);
              pango_cairo_show_layout (cr, g_ptr_array_index (layouts, c));
              cx += column;
            }
        }
      y += row_height;
    }

  return y - top;
}

/* Lays out every block from the top; draws when @draw. Returns the height
 * used, so the same code both measures and draws. */
static double
place_blocks (MgHandout *self,
              cairo_t   *cr,
              double     width,
              double     scale,
              gboolean   draw)
{
  double y = MARGIN;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      MgHandoutBlock *block = g_ptr_array_index (self->blocks, i);
      Style style = style_for (block->kind);
      double inset = block->kind == MG_HANDOUT_ALERT ? 8.0 * scale : 0.0;
      g_autoptr(PangoLayout) layout = NULL;
      double height;

      if (i > 0)
        y += style.space_before * scale;

      if (block->kind == MG_HANDOUT_TABLE)
        {
          y += place_table (cr, block, MARGIN, y, width, scale, draw);
          continue;
        }

      layout = make_layout (cr, block->markup, style.size * scale, style.weight, width - inset);
      height = layout_height (layout);

      if (draw)
        {
          cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
          if (block->kind == MG_HANDOUT_ALERT)
            {
              /* A bar in the margin as well as the sign and the words, so
               * that it shows in black and white too. */
              cairo_rectangle (cr, MARGIN, y, 3.0 * scale, height);
              cairo_fill (cr);
            }
          if (block->kind == MG_HANDOUT_SMALL)
            cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
          cairo_move_to (cr, MARGIN + inset, y);
          pango_cairo_show_layout (cr, layout);
        }

      y += height;
      if (block->kind == MG_HANDOUT_TITLE && draw)
        {
          cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
          cairo_set_line_width (cr, 1.0);
          cairo_move_to (cr, MARGIN, y + 1.5);
          cairo_line_to (cr, MARGIN + width, y + 1.5);
          cairo_stroke (cr);
        }
    }

  return y + MARGIN;
}

/**
 * mg_handout_draw:
 * @cr: a context whose user space is in points, origin at the page's
 *   top left
 * @width: the page's width in points
 * @height: the page's height in points
 *
 * Draws the whole handout on one page, smaller when it must be.
 *
 * Returns: the scale used (1.0 at the normal size)
 */
double
mg_handout_draw (MgHandout *self,
                 cairo_t   *cr,
                 double     width,
                 double     height)
{
  double content_width = width - 2 * MARGIN;
  double scale = 1.0;

  g_return_val_if_fail (MG_IS_HANDOUT (self), 1.0);
  g_return_val_if_fail (cr != NULL, 1.0);

  while (scale > MIN_SCALE && place_blocks (self, cr, content_width, scale, FALSE) > height)
    scale = MAX (MIN_SCALE, scale * 0.94);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  place_blocks (self, cr, content_width, scale, TRUE);
  cairo_restore (cr);

  return scale;
}

/**
 * mg_handout_write_pdf:
 * @path: the PDF file to write (replaced if it exists)
 *
 * Returns: %TRUE when the file was written
 */
gboolean
mg_handout_write_pdf (MgHandout   *self,
                      const char  *path,
                      GError     **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (MG_IS_HANDOUT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  surface = cairo_pdf_surface_create (path, MG_HANDOUT_A4_WIDTH, MG_HANDOUT_A4_HEIGHT);
  /* The title in the patient's language too. */
  if (mg_i18n_push_language (self->language, NULL))
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Magnesium plan"));
      mg_i18n_pop_language ();
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Magnesium Guide " PACKAGE_VERSION);
  cr = cairo_create (surface);
  mg_handout_draw (self, cr, MG_HANDOUT_A4_WIDTH, MG_HANDOUT_A4_HEIGHT);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* Translators: a file path, then cairo's reason. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The handout could not be written to %s: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
