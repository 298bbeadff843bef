/* test-handout.c — the patient handout, read back from the PDF with
 * pdftotext, in English and Dutch, from an English interface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs with LANGUAGE empty and LANG=C.UTF-8: the interface is English, so
 * every Dutch word here comes from asking the handout for Dutch.
 * The first pages are saved as PNG into the build's meson-logs.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "mg-handout.h"
#include "mg-i18n.h"

static MgKb *kb;
static char *workdir;

static MgProfile *
adult (void)
{
  MgProfile *profile = mg_profile_new ();

  mg_profile_set_age (profile, 40, 0);
  mg_profile_set_sex (profile, MG_SEX_FEMALE);
  return profile;
}

static MgPlan *
oxide_plan (const char *medicine)
{
  MgPlan *plan = mg_plan_new ();
  g_autoptr(MgProduct) product = mg_product_new ("oxide", 500, MG_AMOUNT_UNIT_MG, 1, 1);

  mg_plan_add_product (plan, product);
  if (medicine != NULL)
    mg_plan_add_medicine (plan, medicine);
  return plan;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);

  return g_steal_pointer (&out);
}

/* Writes the PDF, saves its first page as a PNG in meson-logs, and
 * returns pdftotext's reading of it with lines joined. */
static char *
pdf_text (MgHandout  *handout,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", workdir, name);
  g_autofree char *png_base = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "meson-logs", name, NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  g_assert_true (mg_handout_write_pdf (handout, pdf, &error));
  g_assert_no_error (error);

  info = run ((const char *[]) { "pdfinfo", pdf, NULL });
  g_assert_nonnull (strstr (info, "Pages:           1\n"));

  g_free (run ((const char *[]) { "pdftoppm", "-r", "80", "-png", "-singlefile", pdf, png_base, NULL }));

  text = run ((const char *[]) { "pdftotext", "-layout", pdf, "-", NULL });
  /* Wrapped lines would split the phrases looked for. */
  for (char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      *p = ' ';
  while (strstr (text, "  ") != NULL)
    {
      char *twice = strstr (text, "  ");

      memmove (twice, twice + 1, strlen (twice));
    }

  return g_steal_pointer (&text);
}

#define assert_has(text, needle) \
  G_STMT_START { \
    if (strstr ((text), (needle)) == NULL) \
      g_error ("“%s” not in the handout: %s", (needle), (text)); \
  } G_STMT_END

static void
test_english_above_limit (void)
{
  g_autoptr(MgProfile) profile = adult ();
  g_autoptr(MgPlan) plan = oxide_plan ("ciprofloxacin");
  g_autoptr(GError) error = NULL;
  g_autoptr(MgHandout) handout = mg_handout_new (kb, profile, FALSE, plan, "Anna de Vries", "en", &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = pdf_text (handout, "handout-en");

  assert_has (text, "Anna de Vries");
  assert_has (text, "Age in years: 40");
  assert_has (text, "Magnesium oxide");
  assert_has (text, "301.5 mg");
  assert_has (text, "ABOVE THE UPPER LIMIT");
  assert_has (text, "250 mg a day, and this plan gives 51.5 mg more");
  assert_has (text, "Recommended intake");
  /* The timeline: ciprofloxacin at 08:00 with magnesium at 08:00. */
  assert_has (text, "too close to magnesium");
  assert_has (text, "Take ciprofloxacin at 06:00 instead");
  assert_has (text, "Warnings");
  assert_has (text, "Good food sources");
  assert_has (text, "Scientific Committee on Food");
  assert_has (text, "not medical advice");
  g_assert_null (strstr (text, "BOVENGRENS"));
}

static void
test_dutch_from_english_interface (void)
{
  g_autoptr(MgProfile) profile = adult ();
  g_autoptr(MgPlan) plan = oxide_plan ("ciprofloxacine");
  g_autoptr(GError) error = NULL;
  g_autoptr(MgHandout) handout = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpstr (mg_i18n_get_interface_language (), ==, "en");
  handout = mg_handout_new (kb, profile, FALSE, plan, NULL, "nl", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mg_handout_get_language (handout), ==, "nl");
  text = pdf_text (handout, "handout-nl");

  assert_has (text, "Magnesiumplan");
  assert_has (text, "Leeftijd in jaren: 40");
  assert_has (text, "Magnesiumoxide");
  assert_has (text, "301,5 mg");
  assert_has (text, "BOVEN DE BOVENGRENS");
  assert_has (text, "51,5 mg meer");
  assert_has (text, "te dicht bij magnesium");
  assert_has (text, "06:00");
  assert_has (text, "Waarschuwingen");
  assert_has (text, "geen medisch advies");
  g_assert_null (strstr (text, "ABOVE THE UPPER LIMIT"));
  g_assert_null (strstr (text, "Warnings"));

  /* The interface and the knowledge base are English again afterwards. */
  g_assert_null (mg_i18n_get_thread_language ());
  g_assert_cmpstr (mg_kb_get_language (kb), ==, "en");
}

static void
test_three_year_old (void)
{
  g_autoptr(MgProfile) profile = mg_profile_new ();
  g_autoptr(MgPlan) plan = mg_plan_new ();
  g_autoptr(MgProduct) product = mg_product_new ("elemental", 50, MG_AMOUNT_UNIT_MG, 1, 1);
  g_autoptr(MgHandout) handout = NULL;
  g_autofree char *text = NULL;

  mg_profile_set_age (profile, 3, 0);
  mg_profile_set_sex (profile, MG_SEX_MALE);
  mg_plan_add_product (plan, product);
  handout = mg_handout_new (kb, profile, FALSE, plan, NULL, "en", NULL);
  g_assert_nonnull (handout);
  text = pdf_text (handout, "handout-3-year-old");

  assert_has (text, "No upper limit is set for this age");
  assert_has (text, "Ask a doctor");
  g_assert_null (strstr (text, "not above it"));
}

static void
test_one_page_when_long (void)
{
  g_autoptr(MgProfile) profile = adult ();
  g_autoptr(MgPlan) plan = mg_plan_new ();
  const char *medicines[] = { "ciprofloxacin", "levothyroxine", "doxycycline", "alendronic acid", "digoxin" };
  g_autoptr(MgHandout) handout = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double scale;

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(MgProduct) product = mg_product_new (i % 2 ? "citrate-nonahydrate" : "oxide", 200 + 50 * i, MG_AMOUNT_UNIT_MG, 1, 1 + i % 3);

      mg_plan_add_product (plan, product);
    }
  for (guint i = 0; i < G_N_ELEMENTS (medicines); i++)
    mg_plan_add_medicine (plan, medicines[i]);
  mg_profile_set_renal_impairment (profile, TRUE);

  handout = mg_handout_new (kb, profile, FALSE, plan, NULL, "en", NULL);
  g_assert_nonnull (handout);

  /* A long plan is set smaller, but never below the readable floor and
   * never cut off: a scale above the floor means it all fitted. */
  surface = cairo_pdf_surface_create (NULL, MG_HANDOUT_A4_WIDTH, MG_HANDOUT_A4_HEIGHT);
  cr = cairo_create (surface);
  scale = mg_handout_draw (handout, cr, MG_HANDOUT_A4_WIDTH, MG_HANDOUT_A4_HEIGHT);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_test_message ("long plan drawn at %.2f of the normal size", scale);
  g_assert_cmpfloat (scale, <, 1.0);
  g_assert_cmpfloat (scale, >, 0.55);

  g_free (pdf_text (handout, "handout-long"));
}

static void
test_unknown_language (void)
{
  g_autoptr(MgProfile) profile = adult ();
  g_autoptr(MgPlan) plan = oxide_plan (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MgHandout) handout = mg_handout_new (kb, profile, FALSE, plan, NULL, "xx", &error);

  g_assert_null (handout);
  g_assert_nonnull (error);
  g_assert_cmpstr (mg_kb_get_language (kb), ==, "en");
}

static void
test_cli_pdf (void)
{
  const char *cli = g_getenv ("MG_TEST_CLI");
  g_autofree char *pdf = g_build_filename (workdir, "cli.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_nonnull (cli);
  g_free (run ((const char *[]) { cli, "--lang", "nl", "check", "--age", "40", "--sex", "female",
                                  "--take", "oxide:500mg:1:1@08:00", "--medicine", "ciprofloxacine@08:00",
                                  "--pdf", pdf, NULL }));
  text = run ((const char *[]) { "pdftotext", pdf, "-", NULL });
  assert_has (text, "BOVEN DE BOVENGRENS");
  assert_has (text, "Magnesiumoxide");
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
  mg_kb_set_language (kb, "en");
  workdir = g_dir_make_tmp ("mg-handout-XXXXXX", NULL);

  g_test_add_func ("/handout/english-above-limit", test_english_above_limit);
  g_test_add_func ("/handout/dutch-from-english-interface", test_dutch_from_english_interface);
  g_test_add_func ("/handout/three-year-old", test_three_year_old);
  g_test_add_func ("/handout/one-page-when-long", test_one_page_when_long);
  g_test_add_func ("/handout/unknown-language", test_unknown_language);
  g_test_add_func ("/handout/cli-pdf", test_cli_pdf);

  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (workdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (workdir, name, NULL);

        g_remove (path);
      }
    g_rmdir (workdir);
  }
  g_free (workdir);
  g_clear_object (&kb);

  return status;
}
