/* mg-dose-timeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Magnesium and the medicines are taken every day, so the day is a circle:
 * a medicine at 09:00 is one hour after the 08:00 magnesium and 23 hours
 * before the next day's. "Take the medicine at least X hours before or Y
 * hours after magnesium" therefore means: outside the window that runs
 * from X hours before to Y hours after each intake. Exactly X before or Y
 * after is allowed ("at least"). A side the sources do not give counts as
 * zero hours: the window still covers taking both at the same moment.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "mg-dose-engine.h"
#include "mg-dose-engine-private.h"
#include "mg-dose-rules.h"
#include "mg-dose-timeline.h"
#include "mg-gettext.h"
#include "mg-number.h"

struct _MgDoseTimeline
{
  GObject    parent_instance;

  GArray    *intakes;    /* MgTimelineIntake, by time */
  GPtrArray *medicines;  /* MgTimelineMedicine, in the plan's order */
};

G_DEFINE_FINAL_TYPE (MgDoseTimeline, mg_dose_timeline, G_TYPE_OBJECT)

static void
medicine_free (gpointer data)
{
  MgTimelineMedicine *medicine = data;

  g_free (medicine->name);
  g_free (medicine->title);
  g_free (medicine->explanation);
  g_free (medicine);
}

static void
mg_dose_timeline_finalize (GObject *object)
{
  MgDoseTimeline *self = MG_DOSE_TIMELINE (object);

  g_clear_pointer (&self->intakes, g_array_unref);
  g_clear_pointer (&self->medicines, g_ptr_array_unref);

  G_OBJECT_CLASS (mg_dose_timeline_parent_class)->finalize (object);
}

static void
mg_dose_timeline_class_init (MgDoseTimelineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mg_dose_timeline_finalize;
}

static void
mg_dose_timeline_init (MgDoseTimeline *self)
{
  self->intakes = g_array_new (FALSE, TRUE, sizeof (MgTimelineIntake));
  self->medicines = g_ptr_array_new_with_free_func (medicine_free);
}

/**
 * mg_dose_format_time:
 * @minute: minutes after midnight
 *
 * Returns: (transfer full): "08:00": 24-hour clock, read the same in
 *   Dutch and English and never mistaken for the evening
 */
char *
mg_dose_format_time (guint minute)
{
  minute %= MG_MINUTES_PER_DAY;

  return g_strdup_printf ("%02u:%02u", minute / 60, minute % 60);
}

/**
 * mg_dose_parse_time:
 * @text: "8", "08:00", "8.30", "20:15"
 * @out_minute: (out): minutes after midnight
 *
 * Hours 0 to 23, minutes 0 to 59, separated by ":" or "." (Dutch clocks
 * are often written 8.30). A bare number is a whole hour.
 *
 * Returns: %FALSE with an #MG_NUMBER_ERROR saying how to write it
 */
gboolean
mg_dose_parse_time (const char  *text,
                    guint       *out_minute,
                    GError     **error)
{
  g_autofree char *trimmed = NULL;
  g_auto(GStrv) parts = NULL;
  guint64 hours = 0, minutes = 0;
  guint n;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out_minute != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (text));
  g_strdelimit (trimmed, ".", ':');
  parts = g_strsplit (trimmed, ":", -1);
  n = g_strv_length (parts);

  if (*trimmed == '\0')
    {
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_EMPTY,
                   _("No time given; write a time such as 08:00 or 20:30"));
      return FALSE;
    }

  if (n > 2 || !g_ascii_string_to_unsigned (parts[0], 10, 0, 23, &hours, NULL) ||
      (n == 2 && (strlen (parts[1]) != 2 || !g_ascii_string_to_unsigned (parts[1], 10, 0, 59, &minutes, NULL))))
    {
      /* Translators: what was typed. */
      g_set_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_NOT_A_NUMBER,
                   _("“%s” is not a time of day; write hours and minutes from 00:00 to 23:59, such as 08:00 or 20:30"),
                   text);
      return FALSE;
    }

  *out_minute = (guint) (hours * 60 + minutes);
  return TRUE;
}

static guint
hours_to_minutes (double hours)
{
  return hours > 0.0 ? (guint) lround (hours * 60.0) : 0;
}

/**
 * mg_dose_timeline_in_window:
 * @intakes: magnesium intake times, minutes after midnight
 * @hours_before: the medicine at least this long before magnesium; negative: not given
 * @hours_after: or at least this long after; negative: not given
 * @minute: when the medicine is taken
 * @out_intake: (out) (optional): the intake it is too close to
 *
 * Returns: %TRUE when @minute lies inside the window of an intake
 */
gboolean
mg_dose_timeline_in_window (const guint *intakes,
                            guint        n_intakes,
                            double       hours_before,
                            double       hours_after,
                            guint        minute,
                            guint       *out_intake)
{
  guint before = hours_to_minutes (hours_before);
  guint after = hours_to_minutes (hours_after);

  g_return_val_if_fail (n_intakes == 0 || intakes != NULL, FALSE);

  for (guint i = 0; i < n_intakes; i++)
    {
      /* Minutes from the intake to the medicine, and back, around the clock. */
      guint since = (minute + MG_MINUTES_PER_DAY - intakes[i] % MG_MINUTES_PER_DAY) % MG_MINUTES_PER_DAY;
      guint until = (MG_MINUTES_PER_DAY - since) % MG_MINUTES_PER_DAY;

      if (since < after || until < before)
        {
          if (out_intake != NULL)
            *out_intake = intakes[i];
          return TRUE;
        }
    }

  return FALSE;
}

static guint
circular_distance (guint a,
                   guint b)
{
  guint d = (a + MG_MINUTES_PER_DAY - b) % MG_MINUTES_PER_DAY;

  return MIN (d, MG_MINUTES_PER_DAY - d);
}

/**
 * mg_dose_timeline_suggest:
 * @out_minute: (out): the nearest time outside every window
 *
 * The nearest allowed time is always at a window's edge: exactly the
 * hours before or after some intake.
 *
 * Returns: %FALSE when the windows leave no time of day free
 */
gboolean
mg_dose_timeline_suggest (const guint *intakes,
                          guint        n_intakes,
                          double       hours_before,
                          double       hours_after,
                          guint        minute,
                          guint       *out_minute)
{
  guint before = hours_to_minutes (hours_before);
  guint after = hours_to_minutes (hours_after);
  gboolean found = FALSE;
  guint best = 0;

  g_return_val_if_fail (n_intakes == 0 || intakes != NULL, FALSE);
  g_return_val_if_fail (out_minute != NULL, FALSE);

  if (!mg_dose_timeline_in_window (intakes, n_intakes, hours_before, hours_after, minute, NULL))
    {
      *out_minute = minute;
      return TRUE;
    }

  for (guint i = 0; i < n_intakes; i++)
    {
      guint t = intakes[i] % MG_MINUTES_PER_DAY;
      /* Earlier first, so that a tie prefers "before magnesium". */
      guint candidates[2] = {
        (t + MG_MINUTES_PER_DAY - before % MG_MINUTES_PER_DAY) % MG_MINUTES_PER_DAY,
        (t + after) % MG_MINUTES_PER_DAY,
      };

      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        {
          if (mg_dose_timeline_in_window (intakes, n_intakes, hours_before, hours_after, candidates[c], NULL))
            continue;
          if (!found || circular_distance (candidates[c], minute) < circular_distance (best, minute))
            best = candidates[c];
          found = TRUE;
        }
    }

  if (found)
    *out_minute = best;
  return found;
}

static gboolean
add_intakes (MgDoseTimeline  *self,
             MgKb            *kb,
             MgPlan          *plan,
             GError         **error)
{
  GListModel *products = mg_plan_get_products (plan);
  guint n = g_list_model_get_n_items (products);

  for (guint p = 0; p < n; p++)
    {
      g_autoptr(MgProduct) product = g_list_model_get_item (products, p);
      double fraction = 1.0;
      double per_unit;

      if (!mg_dose_engine_resolve_compound (kb, mg_product_get_compound_id (product),
                                            NULL, NULL, &fraction, error))
        return FALSE;

      per_unit = mg_units_elemental_mg (mg_product_get_amount (product), mg_product_get_unit (product), fraction);
      for (guint i = 0; i < mg_product_get_intakes_per_day (product); i++)
        {
          MgTimelineIntake intake = {
            mg_product_get_intake_time (product, i),
            p,
            mg_product_get_units_per_intake (product),
            per_unit * mg_product_get_units_per_intake (product),
          };

          g_array_append_val (self->intakes, intake);
        }
    }

  return TRUE;
}

static int
compare_intakes (gconstpointer a,
                 gconstpointer b)
{
  const MgTimelineIntake *x = a, *y = b;

  if (x->minute != y->minute)
    return x->minute < y->minute ? -1 : 1;
  return x->product < y->product ? -1 : x->product > y->product;
}

static char *
explain (const MgTimelineMedicine *medicine)
{
  g_autofree char *at = mg_dose_format_time (medicine->minute);
  g_autofree char *conflict = mg_dose_format_time (medicine->conflict_minute);
  g_autofree char *suggested = mg_dose_format_time (medicine->suggested_minute);
  g_autofree char *rule = mg_dose_rules_format_separation (medicine->hours_before, medicine->hours_after);

  switch (medicine->status)
    {
    case MG_TIMELINE_NO_HOURS:
      /* Translators: a medicine's name. */
      return g_strdup_printf (_("%s: the sources give no number of hours to keep it apart from magnesium; ask a doctor or pharmacist when to take it."),
                              medicine->title);
    case MG_TIMELINE_APART:
      /* Translators: a medicine, a time such as 06:00, then a rule such as "Take the medicine at least 2 hours before…". */
      return g_strdup_printf (_("%s at %s is far enough from every magnesium intake. %s"),
                              medicine->title, at, rule);
    case MG_TIMELINE_CONFLICT:
      /* Translators: medicine, its time, the magnesium intake's time, the rule, medicine, the suggested time. */
      return g_strdup_printf (_("%s at %s is too close to magnesium at %s. %s Take %s at %s instead."),
                              medicine->title, at, conflict, rule, medicine->title, suggested);
    case MG_TIMELINE_UNRESOLVABLE:
    default:
      return g_strdup_printf (_("%s at %s is too close to magnesium at %s. %s With these magnesium times no time of day is far enough from every intake: take magnesium less often, or ask a doctor or pharmacist."),
                              medicine->title, at, conflict, rule);
    }
}

static void
add_medicine (MgDoseTimeline      *self,
              MgPlan              *plan,
              guint                position,
              MgMergedInteraction *merged,
              const guint         *intake_minutes)
{
  MgTimelineMedicine *medicine = g_new0 (MgTimelineMedicine, 1);

  medicine->name = g_strdup (mg_plan_get_medicines (plan)[position]);
  medicine->title = g_strdup (merged->name);
  medicine->minute = mg_plan_get_medicine_time (plan, position);
  medicine->hours_before = merged->hours_before;
  medicine->hours_after = merged->hours_after;
  medicine->suggested_minute = medicine->minute;
  medicine->conflict_minute = medicine->minute;

  if (merged->hours_before < 0.0 && merged->hours_after < 0.0)
    medicine->status = MG_TIMELINE_NO_HOURS;
  else if (!mg_dose_timeline_in_window (intake_minutes, self->intakes->len, merged->hours_before,
                                        merged->hours_after, medicine->minute, &medicine->conflict_minute))
    medicine->status = MG_TIMELINE_APART;
  else if (mg_dose_timeline_suggest (intake_minutes, self->intakes->len, merged->hours_before,
                                     merged->hours_after, medicine->minute, &medicine->suggested_minute))
    medicine->status = MG_TIMELINE_CONFLICT;
  else
    medicine->status = MG_TIMELINE_UNRESOLVABLE;

  medicine->explanation = explain (medicine);
  g_ptr_array_add (self->medicines, medicine);
}

/**
 * mg_dose_timeline_new:
 * @kb: for the compounds and the interactions
 * @plan: the products with their times and the medicines with theirs
 *
 * Medicines the knowledge base does not know, or that do not interact,
 * are left out: the evaluation's warnings speak about those.
 *
 * Returns: (transfer full): the timeline, or %NULL with @error when a
 *   compound is unknown or the knowledge base fails
 */
MgDoseTimeline *
mg_dose_timeline_new (MgKb    *kb,
                      MgPlan  *plan,
                      GError **error)
{
  g_autoptr(MgDoseTimeline) self = NULL;
  g_autofree guint *minutes = NULL;
  const char * const *names;

  g_return_val_if_fail (MG_IS_KB (kb), NULL);
  g_return_val_if_fail (MG_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (MG_TYPE_DOSE_TIMELINE, NULL);
  if (!add_intakes (self, kb, plan, error))
    return NULL;
  g_array_sort (self->intakes, compare_intakes);

  minutes = g_new0 (guint, self->intakes->len + 1);
  for (guint i = 0; i < self->intakes->len; i++)
    minutes[i] = g_array_index (self->intakes, MgTimelineIntake, i).minute;

  names = mg_plan_get_medicines (plan);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *one[] = { names[i], NULL };
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GPtrArray) merged = mg_dose_engine_collect_interactions (kb, one, &local_error);

      if (merged == NULL)
        {
          if (g_error_matches (local_error, MG_DOSE_ENGINE_ERROR, MG_DOSE_ENGINE_ERROR_UNKNOWN_MEDICINE))
            continue;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      if (merged->len > 0)
        add_medicine (self, plan, i, g_ptr_array_index (merged, 0), minutes);
    }

  return g_steal_pointer (&self);
}

guint
mg_dose_timeline_get_n_intakes (MgDoseTimeline *self)
{
  g_return_val_if_fail (MG_IS_DOSE_TIMELINE (self), 0);

  return self->intakes->len;
}

/**
 * mg_dose_timeline_get_intake:
 *
 * Returns: (transfer none): the intake at @position, by time of day
 */
const MgTimelineIntake *
mg_dose_timeline_get_intake (MgDoseTimeline *self,
                             guint           position)
{
  g_return_val_if_fail (MG_IS_DOSE_TIMELINE (self), NULL);
  g_return_val_if_fail (position < self->intakes->len, NULL);

  return &g_array_index (self->intakes, MgTimelineIntake, position);
}

guint
mg_dose_timeline_get_n_medicines (MgDoseTimeline *self)
{
  g_return_val_if_fail (MG_IS_DOSE_TIMELINE (self), 0);

  return self->medicines->len;
}

/**
 * mg_dose_timeline_get_medicine:
 *
 * Returns: (transfer none): the interacting medicine at @position
 */
const MgTimelineMedicine *
mg_dose_timeline_get_medicine (MgDoseTimeline *self,
                               guint           position)
{
  g_return_val_if_fail (MG_IS_DOSE_TIMELINE (self), NULL);
  g_return_val_if_fail (position < self->medicines->len, NULL);

  return g_ptr_array_index (self->medicines, position);
}

guint
mg_dose_timeline_get_n_conflicts (MgDoseTimeline *self)
{
  guint n = 0;

  g_return_val_if_fail (MG_IS_DOSE_TIMELINE (self), 0);

  for (guint i = 0; i < self->medicines->len; i++)
    {
      const MgTimelineMedicine *medicine = g_ptr_array_index (self->medicines, i);

      if (medicine->status == MG_TIMELINE_CONFLICT || medicine->status == MG_TIMELINE_UNRESOLVABLE)
        n++;
    }

  return n;
}

/**
 * mg_dose_timeline_describe:
 *
 * The whole day in words, for screen readers and the handout: each
 * intake with its time, then each medicine's explanation.
 *
 * Returns: (transfer full): translated sentences
 */
char *
mg_dose_timeline_describe (MgDoseTimeline *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (MG_IS_DOSE_TIMELINE (self), NULL);

  for (guint i = 0; i < self->intakes->len; i++)
    {
      const MgTimelineIntake *intake = &g_array_index (self->intakes, MgTimelineIntake, i);
      g_autofree char *at = mg_dose_format_time (intake->minute);
      g_autofree char *mg = mg_number_format (intake->elemental_mg, 1);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: a time such as 08:00 and an amount in mg. */
      g_string_append_printf (text, _("Magnesium at %s: %s mg."), at, mg);
    }

  for (guint i = 0; i < self->medicines->len; i++)
    {
      const MgTimelineMedicine *medicine = g_ptr_array_index (self->medicines, i);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, medicine->explanation);
    }

  return g_string_free (text, FALSE);
}
