/* test-timeline.c — intakes and medicines over a day, conflicts and the
 * suggested times that resolve them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "mg-dose-timeline.h"
#include "mg-i18n.h"

#define H(h, m) ((h) * 60 + (m))

static MgKb *kb;

static void
test_window_edges (void)
{
  const guint eight[] = { H (8, 0) };
  guint conflict = 0;

  /* Ciprofloxacin: at least 2 h before or 6 h after. */
  g_assert_true (mg_dose_timeline_in_window (eight, 1, 2, 6, H (8, 0), &conflict));
  g_assert_cmpuint (conflict, ==, H (8, 0));
  g_assert_true (mg_dose_timeline_in_window (eight, 1, 2, 6, H (6, 1), NULL));
  g_assert_false (mg_dose_timeline_in_window (eight, 1, 2, 6, H (6, 0), NULL));   /* exactly 2 h before */
  g_assert_true (mg_dose_timeline_in_window (eight, 1, 2, 6, H (13, 59), NULL));
  g_assert_false (mg_dose_timeline_in_window (eight, 1, 2, 6, H (14, 0), NULL));  /* exactly 6 h after */
  g_assert_false (mg_dose_timeline_in_window (eight, 1, 2, 6, H (22, 0), NULL));

  /* Around midnight: 23:30 is 30 minutes before a 00:00 intake. */
  {
    const guint midnight[] = { 0 };

    g_assert_true (mg_dose_timeline_in_window (midnight, 1, 2, 6, H (23, 30), NULL));
    g_assert_true (mg_dose_timeline_in_window (midnight, 1, 2, 6, H (5, 59), NULL));
    g_assert_false (mg_dose_timeline_in_window (midnight, 1, 2, 6, H (22, 0), NULL));
  }

  /* Only "after" given (gabapentin, 2 h): the same moment is still too close. */
  g_assert_true (mg_dose_timeline_in_window (eight, 1, -1, 2, H (8, 0), NULL));
  g_assert_false (mg_dose_timeline_in_window (eight, 1, -1, 2, H (7, 59), NULL));
  g_assert_false (mg_dose_timeline_in_window (eight, 1, -1, 2, H (10, 0), NULL));

  /* Half hours. */
  g_assert_true (mg_dose_timeline_in_window (eight, 1, 1.5, 0, H (6, 31), NULL));
  g_assert_false (mg_dose_timeline_in_window (eight, 1, 1.5, 0, H (6, 30), NULL));
}

static void
test_suggest (void)
{
  const guint eight[] = { H (8, 0) };
  const guint three[] = { H (8, 0), H (14, 0), H (20, 0) };
  guint suggested = 0;

  /* Nearest edge: 2 h before (06:00) beats 6 h after (14:00). */
  g_assert_true (mg_dose_timeline_suggest (eight, 1, 2, 6, H (8, 0), &suggested));
  g_assert_cmpuint (suggested, ==, H (6, 0));
  g_assert_true (mg_dose_timeline_suggest (eight, 1, 2, 6, H (12, 0), &suggested));
  g_assert_cmpuint (suggested, ==, H (14, 0));
  /* Already fine: stays. */
  g_assert_true (mg_dose_timeline_suggest (eight, 1, 2, 6, H (21, 0), &suggested));
  g_assert_cmpuint (suggested, ==, H (21, 0));

  /* Levothyroxine 4/4 around 08, 14 and 20: only 00:00–04:00 is free. */
  g_assert_true (mg_dose_timeline_suggest (three, 3, 4, 4, H (9, 0), &suggested));
  g_assert_cmpuint (suggested, ==, H (4, 0));
  g_assert_false (mg_dose_timeline_in_window (three, 3, 4, 4, suggested, NULL));
  g_assert_true (mg_dose_timeline_suggest (three, 3, 4, 4, H (21, 0), &suggested));
  g_assert_cmpuint (suggested, ==, H (0, 0));

  /* Moxifloxacin 4/8 around 08, 14 and 20 leaves one moment: 04:00, exactly
   * 8 h after the last and 4 h before the first. */
  g_assert_true (mg_dose_timeline_suggest (three, 3, 4, 8, H (9, 0), &suggested));
  g_assert_cmpuint (suggested, ==, H (4, 0));
  /* Four intakes six hours apart leave none. */
  {
    const guint four[] = { H (0, 0), H (6, 0), H (12, 0), H (18, 0) };

    g_assert_false (mg_dose_timeline_suggest (four, 4, 4, 8, H (9, 0), &suggested));
  }
}

static MgPlan *
plan_with (const char *compound,
           double      amount,
           guint       intakes,
           const char *medicine,
           guint       medicine_minute)
{
  MgPlan *plan = mg_plan_new ();
  g_autoptr(MgProduct) product = mg_product_new (compound, amount, MG_AMOUNT_UNIT_MG, 1, intakes);

  mg_plan_add_product (plan, product);
  if (medicine != NULL)
    {
      mg_plan_add_medicine (plan, medicine);
      mg_plan_set_medicine_time (plan, 0, medicine_minute);
    }

  return plan;
}

static void
test_default_times (void)
{
  g_autoptr(MgProduct) product = mg_product_new ("oxide", 500, MG_AMOUNT_UNIT_MG, 1, 3);

  g_assert_cmpuint (mg_product_get_intake_time (product, 0), ==, H (8, 0));
  g_assert_cmpuint (mg_product_get_intake_time (product, 1), ==, H (14, 0));
  g_assert_cmpuint (mg_product_get_intake_time (product, 2), ==, H (20, 0));
  g_assert_false (mg_product_has_intake_time (product, 1));

  mg_product_set_intake_time (product, 1, H (13, 15));
  g_assert_true (mg_product_has_intake_time (product, 1));
  g_assert_cmpuint (mg_product_get_intake_time (product, 1), ==, H (13, 15));

  /* Fewer intakes drop the chosen times beyond them; more use the spread. */
  mg_product_set_intakes_per_day (product, 1);
  mg_product_set_intakes_per_day (product, 2);
  g_assert_cmpuint (mg_product_get_intake_time (product, 1), ==, H (20, 0));
  g_assert_cmpuint (mg_product_default_intake_time (1, 4), ==, H (12, 0));
}

static void
test_ciprofloxacin_conflict (void)
{
  g_autoptr(MgPlan) plan = plan_with ("oxide", 500, 1, "ciprofloxacin", H (8, 0));
  g_autoptr(GError) error = NULL;
  g_autoptr(MgDoseTimeline) timeline = mg_dose_timeline_new (kb, plan, &error);
  g_autoptr(MgDoseTimeline) resolved = NULL;
  const MgTimelineMedicine *medicine;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (mg_dose_timeline_get_n_intakes (timeline), ==, 1);
  g_assert_cmpfloat_with_epsilon (mg_dose_timeline_get_intake (timeline, 0)->elemental_mg, 301.5, 0.1);
  g_assert_cmpuint (mg_dose_timeline_get_n_medicines (timeline), ==, 1);
  g_assert_cmpuint (mg_dose_timeline_get_n_conflicts (timeline), ==, 1);

  medicine = mg_dose_timeline_get_medicine (timeline, 0);
  g_assert_cmpint (medicine->status, ==, MG_TIMELINE_CONFLICT);
  g_assert_cmpuint (medicine->conflict_minute, ==, H (8, 0));
  g_assert_cmpuint (medicine->suggested_minute, ==, H (6, 0));
  g_assert_nonnull (strstr (medicine->explanation, "06:00"));
  g_assert_nonnull (strstr (medicine->explanation, "too close"));

  text = mg_dose_timeline_describe (timeline);
  g_assert_nonnull (strstr (text, "Magnesium at 08:00"));

  /* Taking it at the suggested time resolves the conflict. */
  mg_plan_set_medicine_time (plan, 0, medicine->suggested_minute);
  resolved = mg_dose_timeline_new (kb, plan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mg_dose_timeline_get_n_conflicts (resolved), ==, 0);
  g_assert_cmpint (mg_dose_timeline_get_medicine (resolved, 0)->status, ==, MG_TIMELINE_APART);
}

static void
test_left_out (void)
{
  g_autoptr(MgPlan) plan = plan_with ("citrate-nonahydrate", 1000, 2, "paracetamol", H (8, 0));
  g_autoptr(GError) error = NULL;
  g_autoptr(MgDoseTimeline) timeline = NULL;

  mg_plan_add_medicine (plan, "no such medicine xyz");
  mg_plan_add_medicine (plan, "raltegravir");
  timeline = mg_dose_timeline_new (kb, plan, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (mg_dose_timeline_get_n_intakes (timeline), ==, 2);
  /* Unknown and non-interacting medicines are not on the timeline; one
   * without hours is, saying so. */
  g_assert_cmpuint (mg_dose_timeline_get_n_medicines (timeline), ==, 1);
  g_assert_cmpint (mg_dose_timeline_get_medicine (timeline, 0)->status, ==, MG_TIMELINE_NO_HOURS);
  g_assert_cmpuint (mg_dose_timeline_get_n_conflicts (timeline), ==, 0);
}

static void
test_dutch (void)
{
  g_autoptr(MgPlan) plan = plan_with ("oxide", 500, 1, "ciprofloxacine", H (8, 0));
  g_autoptr(MgDoseTimeline) timeline = NULL;

  g_assert_true (mg_i18n_push_language ("nl", NULL));
  mg_kb_set_language (kb, "nl");
  timeline = mg_dose_timeline_new (kb, plan, NULL);
  mg_kb_set_language (kb, "en");
  mg_i18n_pop_language ();

  g_assert_nonnull (timeline);
  g_assert_nonnull (strstr (mg_dose_timeline_get_medicine (timeline, 0)->explanation, "06:00"));
  g_assert_null (strstr (mg_dose_timeline_get_medicine (timeline, 0)->explanation, "too close"));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  kb = mg_kb_new_default (&error);
  g_assert_no_error (error);

  g_test_add_func ("/timeline/window-edges", test_window_edges);
  g_test_add_func ("/timeline/suggest", test_suggest);
  g_test_add_func ("/timeline/default-times", test_default_times);
  g_test_add_func ("/timeline/ciprofloxacin-conflict", test_ciprofloxacin_conflict);
  g_test_add_func ("/timeline/left-out", test_left_out);
  g_test_add_func ("/timeline/dutch", test_dutch);

  status = g_test_run ();
  g_clear_object (&kb);

  return status;
}
