/* test-number.c — the one number parser, every accepted and refused form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "mg-i18n.h"
#include "mg-number.h"

#define AMOUNT_RULES MG_NUMBER_RULES (MG_NUMBER_FLAGS_NONE, MG_NUMBER_MAX_AMOUNT_MG)

typedef struct
{
  const char *text;
  double      expected;
} GoodCase;

typedef struct
{
  const char   *text;
  MgNumberError code;
} BadCase;

static const GoodCase good_numbers[] = {
  { "2.5", 2.5 },
  { "2,5", 2.5 },
  { "  2,5  ", 2.5 },
  { "500", 500.0 },
  { "+3", 3.0 },
  { ".5", 0.5 },
  { ",5", 0.5 },
  { "5.", 5.0 },
  { "0.001", 0.001 },
  { "1,234", 1.234 },       /* one comma is a decimal comma, never thousands */
  { "100000", 100000.0 },   /* the bound itself is allowed */
};

static const BadCase bad_numbers[] = {
  { "", MG_NUMBER_ERROR_EMPTY },
  { "   ", MG_NUMBER_ERROR_EMPTY },
  { "abc", MG_NUMBER_ERROR_NOT_A_NUMBER },
  { "2,5x", MG_NUMBER_ERROR_NOT_A_NUMBER },
  { "2 5", MG_NUMBER_ERROR_NOT_A_NUMBER },
  { "1e3", MG_NUMBER_ERROR_NOT_A_NUMBER },
  { "0x10", MG_NUMBER_ERROR_NOT_A_NUMBER },
  { ".", MG_NUMBER_ERROR_NOT_A_NUMBER },
  { "-", MG_NUMBER_ERROR_NOT_A_NUMBER },
  { "--5", MG_NUMBER_ERROR_NOT_A_NUMBER },
  { "½", MG_NUMBER_ERROR_NOT_A_NUMBER },
  { "NaN", MG_NUMBER_ERROR_NOT_FINITE },
  { "nan", MG_NUMBER_ERROR_NOT_FINITE },
  { "inf", MG_NUMBER_ERROR_NOT_FINITE },
  { "-Infinity", MG_NUMBER_ERROR_NOT_FINITE },
  { "1,234.5", MG_NUMBER_ERROR_AMBIGUOUS },
  { "1.234,5", MG_NUMBER_ERROR_AMBIGUOUS },
  { "1.234.567", MG_NUMBER_ERROR_AMBIGUOUS },
  { "2,,5", MG_NUMBER_ERROR_AMBIGUOUS },
  { "-5", MG_NUMBER_ERROR_NEGATIVE },
  { "-0,5", MG_NUMBER_ERROR_NEGATIVE },
  { "0", MG_NUMBER_ERROR_ZERO },
  { "0,0", MG_NUMBER_ERROR_ZERO },
  { "-0", MG_NUMBER_ERROR_ZERO },
  { "100000.1", MG_NUMBER_ERROR_TOO_LARGE },
  { "99999999999999999999999999", MG_NUMBER_ERROR_TOO_LARGE },
  { "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
    MG_NUMBER_ERROR_TOO_LARGE },
};

static void
test_number_good (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (good_numbers); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = -1.0;

      g_test_message ("parsing “%s”", good_numbers[i].text);
      g_assert_true (mg_number_parse (good_numbers[i].text, AMOUNT_RULES, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (value, good_numbers[i].expected, 1e-12);
    }
}

static void
test_number_bad (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_numbers); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = 42.0;

      g_test_message ("refusing “%s”", bad_numbers[i].text);
      g_assert_false (mg_number_parse (bad_numbers[i].text, AMOUNT_RULES, &value, &error));
      g_assert_error (error, MG_NUMBER_ERROR, (int) bad_numbers[i].code);
      /* The message must say something, on one line, and leave the output alone. */
      g_assert_cmpuint (strlen (error->message), >, 10);
      g_assert_null (strchr (error->message, '\n'));
      g_assert_cmpfloat (value, ==, 42.0);
    }

  {
    g_autoptr(GError) error = NULL;
    double value;

    g_assert_false (mg_number_parse (NULL, AMOUNT_RULES, &value, &error));
    g_assert_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_EMPTY);
  }
}

static void
test_number_rules (void)
{
  g_autoptr(GError) error = NULL;
  double value = 0;

  g_assert_true (mg_number_parse ("0", MG_NUMBER_RULES (MG_NUMBER_FLAGS_ALLOW_ZERO, 10), &value, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (value, ==, 0.0);

  g_assert_true (mg_number_parse ("3", MG_NUMBER_RULES (MG_NUMBER_FLAGS_WHOLE, 24), &value, &error));
  g_assert_cmpfloat (value, ==, 3.0);

  g_assert_false (mg_number_parse ("2,5", MG_NUMBER_RULES (MG_NUMBER_FLAGS_WHOLE, 24), &value, &error));
  g_assert_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_NOT_WHOLE);
  g_clear_error (&error);

  g_assert_false (mg_number_parse ("25", MG_NUMBER_RULES (MG_NUMBER_FLAGS_WHOLE, 24), &value, &error));
  g_assert_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "24"));
}

typedef struct
{
  const char   *text;
  double        value;
  MgAmountUnit  unit;
} GoodAmount;

static const GoodAmount good_amounts[] = {
  { "500mg", 500.0, MG_AMOUNT_UNIT_MG },
  { "500 mg", 500.0, MG_AMOUNT_UNIT_MG },
  { "500MG", 500.0, MG_AMOUNT_UNIT_MG },
  { "1,5g", 1.5, MG_AMOUNT_UNIT_G },
  { "1,5 g", 1.5, MG_AMOUNT_UNIT_G },
  { "1.5g", 1.5, MG_AMOUNT_UNIT_G },
  { "10 mmol", 10.0, MG_AMOUNT_UNIT_MMOL },
  { "20mEq", 20.0, MG_AMOUNT_UNIT_MEQ },
  { "20meq", 20.0, MG_AMOUNT_UNIT_MEQ },
  { "100g", 100.0, MG_AMOUNT_UNIT_G },              /* 100 000 mg: the bound */
};

static const BadCase bad_amounts[] = {
  { "", MG_NUMBER_ERROR_EMPTY },
  { "mg", MG_NUMBER_ERROR_NOT_A_NUMBER },
  { "abc", MG_NUMBER_ERROR_NOT_A_NUMBER },
  { "500", MG_NUMBER_ERROR_MISSING_UNIT },
  { "500 kg", MG_NUMBER_ERROR_UNKNOWN_UNIT },
  { "500 mcg", MG_NUMBER_ERROR_UNKNOWN_UNIT },
  { "500mg5", MG_NUMBER_ERROR_UNKNOWN_UNIT },
  { "nan mg", MG_NUMBER_ERROR_NOT_FINITE },
  { "infmg", MG_NUMBER_ERROR_NOT_A_NUMBER },
  { "-5mg", MG_NUMBER_ERROR_NEGATIVE },
  { "0mg", MG_NUMBER_ERROR_ZERO },
  { "0,0 g", MG_NUMBER_ERROR_ZERO },
  { "1,234.5mg", MG_NUMBER_ERROR_AMBIGUOUS },
  { "101g", MG_NUMBER_ERROR_TOO_LARGE },
  { "5000 mmol", MG_NUMBER_ERROR_TOO_LARGE },     /* 121 525 mg of magnesium */
};

static void
test_amount_good (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (good_amounts); i++)
    {
      g_autoptr(GError) error = NULL;
      MgAmountUnit unit = MG_AMOUNT_UNIT_MEQ;
      double value = -1.0;

      g_test_message ("parsing “%s”", good_amounts[i].text);
      g_assert_true (mg_amount_parse (good_amounts[i].text, AMOUNT_RULES, &value, &unit, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (value, good_amounts[i].value, 1e-12);
      g_assert_cmpint (unit, ==, good_amounts[i].unit);
    }
}

static void
test_amount_bad (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_amounts); i++)
    {
      g_autoptr(GError) error = NULL;
      MgAmountUnit unit;
      double value;

      g_test_message ("refusing “%s”", bad_amounts[i].text);
      g_assert_false (mg_amount_parse (bad_amounts[i].text, AMOUNT_RULES, &value, &unit, &error));
      g_assert_error (error, MG_NUMBER_ERROR, (int) bad_amounts[i].code);
      g_assert_null (strchr (error->message, '\n'));
    }
}

static void
check_decimal_forms (void)
{
  g_autoptr(GError) error = NULL;
  MgAmountUnit unit;
  double value = 0;

  g_assert_true (mg_number_parse ("2,5", AMOUNT_RULES, &value, &error));
  g_assert_cmpfloat (value, ==, 2.5);
  g_assert_true (mg_number_parse ("2.5", AMOUNT_RULES, &value, &error));
  g_assert_cmpfloat (value, ==, 2.5);
  g_assert_true (mg_amount_parse ("1,5g", AMOUNT_RULES, &value, &unit, &error));
  g_assert_cmpfloat (value, ==, 1.5);
  g_assert_true (mg_amount_parse ("1.5g", AMOUNT_RULES, &value, &unit, &error));
  g_assert_cmpfloat (value, ==, 1.5);
  g_assert_false (mg_number_parse ("1.234,5", AMOUNT_RULES, &value, &error));
  g_assert_error (error, MG_NUMBER_ERROR, MG_NUMBER_ERROR_AMBIGUOUS);
}

static void
test_locale_c (void)
{
  g_assert_nonnull (setlocale (LC_ALL, "C"));
  check_decimal_forms ();
}

static void
test_locale_dutch (void)
{
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));

  /* Configuring the tests checks that the locale is installed. */
  g_assert_nonnull (setlocale (LC_ALL, "nl_NL.UTF-8"));

  /* Make sure the locale really uses a decimal comma, or this test proves nothing. */
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
  check_decimal_forms ();

  setlocale (LC_ALL, previous);
}

static void
test_format (void)
{
  static const struct { double value; int decimals; const char *text; } cases[] = {
    { 250.0, 1, "250" },
    { 250.5, 1, "250.5" },
    { 301.5, 0, "302" },
    { 2.4306, 3, "2.431" },
    { 0.41144, 4, "0.4114" },
    { -0.0001, 1, "0" },
    { 1e6, 0, "1000000" },
    /* Longer than GLib's double buffer: once cut short to another number. */
    { 1e40, 6, "10000000000000000303786028427003666890752" },
    { -1e20, 2, "-100000000000000000000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = mg_number_format (cases[i].value, cases[i].decimals);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_format_fixed (void)
{
  static const struct { double value; int decimals; const char *text; } cases[] = {
    { 12.0, 1, "12.0" },
    { 9.94, 1, "9.9" },
    { 60.349, 2, "60.35" },
    { -0.0001, 1, "0.0" },
    { 7.0, 0, "7" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = mg_number_format_fixed (cases[i].value, cases[i].decimals);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Messages repeat the input; whatever it was, they stay one short line of
 * valid UTF-8 (a label beside the field, one line on the CLI's stderr). */
static void
test_messages (void)
{
  static const struct { const char *text; const char *expected; } cases[] = {
    { "2\n5", "“2�5” is not a number" },
    { "2\t5\x1b[31m", "“2�5�[31m” is not a number" },
    { "\xff\xfe", "“��” is not a number" },
    { "5\xe2\x80\xae""01", "“5�01” is not a number" },
  };
  g_autofree char *huge = g_strnfill (10000, 'x');
  g_autoptr(GError) huge_error = NULL;
  double value;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (mg_number_parse (cases[i].text, AMOUNT_RULES, &value, &error));
      g_assert_true (g_str_has_prefix (error->message, cases[i].expected));
    }

  g_assert_false (mg_number_parse (huge, AMOUNT_RULES, &value, &huge_error));
  g_assert_nonnull (strstr (huge_error->message, "xxx…”"));
  g_assert_cmpint (strlen (huge_error->message), <, 300);
}

int
main (int   argc,
      char *argv[])
{
  mg_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dosing/number/good", test_number_good);
  g_test_add_func ("/dosing/number/bad", test_number_bad);
  g_test_add_func ("/dosing/number/rules", test_number_rules);
  g_test_add_func ("/dosing/number/amount-good", test_amount_good);
  g_test_add_func ("/dosing/number/amount-bad", test_amount_bad);
  g_test_add_func ("/dosing/number/locale-c", test_locale_c);
  g_test_add_func ("/dosing/number/locale-nl", test_locale_dutch);
  g_test_add_func ("/dosing/number/format", test_format);
  g_test_add_func ("/dosing/number/format-fixed", test_format_fixed);
  g_test_add_func ("/dosing/number/messages", test_messages);

  return g_test_run ();
}
