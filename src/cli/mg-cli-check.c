/* mg-cli-check.c — intake and check: a person, their supplements, the limits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mg-cli-private.h"
#include "mg-dose-engine.h"
#include "mg-dose-timeline.h"
#include "mg-enum.h"
#include "mg-handout.h"
#include "mg-kb-labels.h"
#include "mg-number.h"

static void
json_profile (JsonBuilder *builder,
              MgProfile   *profile)
{
  json_builder_set_member_name (builder, "age_months");
  json_builder_add_int_value (builder, mg_profile_get_age_months (profile));
  json_builder_set_member_name (builder, "sex");
  json_builder_add_string_value (builder, mg_enum_to_nick (MG_TYPE_SEX, mg_profile_get_sex (profile)));
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, mg_enum_to_nick (MG_TYPE_STATUS, mg_profile_get_status (profile)));
  json_builder_set_member_name (builder, "reference");
  json_builder_add_string_value (builder, mg_profile_get_reference_set (profile));
  json_builder_set_member_name (builder, "limits");
  json_builder_add_string_value (builder, mg_profile_get_limit_set (profile));
}

static void
json_ids (JsonBuilder        *builder,
          const char         *member,
          const char * const *ids)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    json_builder_add_string_value (builder, ids[i]);
  json_builder_end_array (builder);
}

static void
human_limit_none (GString *out)
{
  g_string_append (out, _("Upper limit: none set for this age, so no amount can be called safe; ask a doctor."));
  g_string_append_c (out, '\n');
}

int
mg_cli_intake (MgCli   *cli,
               int      argc,
               char   **argv,
               GError **error)
{
  g_auto(MgCliProfileOptions) options = { 0, };
  const GOptionEntry entries[] = { MG_CLI_PROFILE_ENTRIES (options), G_OPTION_ENTRY_NULL };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(MgProfile) profile = NULL;
  g_autoptr(MgIntakeReference) intake = NULL;
  g_autoptr(MgUpperLimit) limit = NULL;
  GListModel *sources = NULL;
  GListModel *limit_sources = NULL;
  g_autofree char *reason = NULL;
  gboolean has_intake, has_limit;

  context = mg_cli_option_context (cli, NULL, _("Recommended daily intake of magnesium and the upper limit for supplements."),
                                   _("Example:\n  magnesium-guide-cli intake --age 15 --sex female --pregnant"),
                                   entries);
  if (!mg_cli_parse (context, &argc, &argv, error))
    return MG_CLI_EXIT_BAD_INPUT;
  if (argc > 1)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Unexpected argument “%s”; run “%s --help” to see the options"), argv[1], g_get_prgname ());
      return MG_CLI_EXIT_BAD_INPUT;
    }

  profile = mg_cli_profile_from_options (&options, error);
  if (profile == NULL)
    return MG_CLI_EXIT_BAD_INPUT;
  if (!mg_cli_open_kb (cli, error))
    return MG_CLI_EXIT_INTERNAL;
  if (!mg_dose_engine_check_sets (cli->kb, profile, error) ||
      !mg_dose_engine_lookup_intake (cli->kb, profile, &intake, error) ||
      !mg_dose_engine_lookup_limit (cli->kb, profile, &limit, error))
    return MG_CLI_EXIT_BAD_INPUT;

  has_intake = intake != NULL && mg_intake_reference_get_has_value (intake);
  /* No value is never silent: the set's own reason, or that it has none here. */
  reason = mg_dose_engine_dup_intake_reason (profile, intake);
  has_limit = limit != NULL && mg_upper_limit_get_has_value (limit);
  if (intake != NULL)
    sources = mg_intake_reference_get_sources (intake);
  if (limit != NULL)
    limit_sources = mg_upper_limit_get_sources (limit);

  json_profile (cli->builder, profile);
  mg_cli_json_double_or_null (cli->builder, "mg_per_day", has_intake ? mg_intake_reference_get_mg (intake) : -1);
  mg_cli_json_string_or_null (cli->builder, "kind", has_intake ? mg_intake_reference_get_kind (intake) : NULL);
  mg_cli_json_string_or_null (cli->builder, "note", intake != NULL ? mg_intake_reference_get_note (intake) : NULL);
  mg_cli_json_string_or_null (cli->builder, "no_value_reason", reason);
  mg_cli_json_double_or_null (cli->builder, "upper_limit_mg_per_day", has_limit ? mg_upper_limit_get_mg (limit) : -1);
  mg_cli_json_string_or_null (cli->builder, "upper_limit_note", limit != NULL ? mg_upper_limit_get_note (limit) : NULL);
  mg_cli_json_sources (cli->builder, sources);
  json_builder_set_member_name (cli->builder, "upper_limit_sources");
  json_builder_begin_array (cli->builder);
  for (guint i = 0; limit_sources != NULL && i < g_list_model_get_n_items (limit_sources); i++)
    {
      g_autoptr(MgSource) source = g_list_model_get_item (limit_sources, i);

      json_builder_add_string_value (cli->builder, mg_source_get_id (source));
    }
  json_builder_end_array (cli->builder);

  if (has_intake)
    {
      g_autofree char *mg = mg_cli_format (mg_intake_reference_get_mg (intake), 0);

      /* Translators: the set's name, kind label (AI, RDA…), mg. */
      g_string_append_printf (cli->out, _("Recommended intake (%s, %s): %s mg a day"),
                              mg_intake_reference_get_set_name (intake),
                              mg_kb_label_intake_kind (mg_intake_reference_get_kind (intake)), mg);
    }
  else
    g_string_append (cli->out, reason);
  g_string_append_c (cli->out, '\n');

  if (has_intake && mg_intake_reference_get_note (intake) != NULL)
    g_string_append_printf (cli->out, "  %s\n", mg_intake_reference_get_note (intake));

  if (has_limit)
    {
      g_autofree char *mg = mg_cli_format (mg_upper_limit_get_mg (limit), 0);

      g_string_append_printf (cli->out, _("Upper limit for supplemental magnesium (%s): %s mg a day"),
                              mg_upper_limit_get_set_name (limit), mg);
      g_string_append_c (cli->out, '\n');
    }
  else
    human_limit_none (cli->out);

  mg_cli_human_sources (cli->out, sources);
  return MG_CLI_EXIT_OK;
}

/* "08:00,20:00" after an @: one time per intake, in order. */
static gboolean
parse_times (const char  *text,
             MgProduct   *product,
             GError     **error)
{
  g_auto(GStrv) times = g_strsplit (text, ",", -1);

  if (g_strv_length (times) != mg_product_get_intakes_per_day (product))
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("give one time for each intake a day, such as @08:00,20:00 for two intakes"));
      return FALSE;
    }

  for (guint i = 0; times[i] != NULL; i++)
    {
      guint minute;

      if (!mg_dose_parse_time (times[i], &minute, error))
        return FALSE;
      mg_product_set_intake_time (product, i, minute);
    }

  return TRUE;
}

static gboolean
parse_take (MgKb        *kb,
            const char  *text,
            MgProduct  **out_product,
            GError     **error)
{
  const char *at = strchr (text, '@');
  g_autofree char *spec = at != NULL ? g_strndup (text, at - text) : g_strdup (text);
  g_auto(GStrv) parts = g_strsplit (spec, ":", -1);
  guint n = g_strv_length (parts);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MgProduct) product = NULL;
  g_autofree char *id = NULL;
  double amount, units = 1, intakes = 1;
  MgAmountUnit unit;

  if (n < 2 || n > 4)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("--take “%s”: write COMPOUND:AMOUNT[:UNITS_PER_INTAKE[:INTAKES_PER_DAY]][@TIME,…], such as --take bisglycinate:1,5g:1:2@08:00,20:00"),
                   text);
      return FALSE;
    }

  if (!mg_amount_parse (parts[1], MG_NUMBER_RULES (MG_NUMBER_FLAGS_NONE, MG_NUMBER_MAX_AMOUNT_MG),
                        &amount, &unit, &local_error) ||
      (n > 2 && !mg_number_parse (parts[2], MG_NUMBER_RULES (MG_NUMBER_FLAGS_NONE, MG_NUMBER_MAX_UNITS_PER_INTAKE),
                                  &units, &local_error)) ||
      (n > 3 && !mg_number_parse (parts[3], MG_NUMBER_RULES (MG_NUMBER_FLAGS_WHOLE, MG_NUMBER_MAX_INTAKES_PER_DAY),
                                  &intakes, &local_error)) ||
      !mg_dose_engine_resolve_compound (kb, g_strstrip (parts[0]), &id, NULL, NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "--take “%s”: %s", text, local_error->message);
      return FALSE;
    }

  product = mg_product_new (id, amount, unit, units, (guint) intakes);
  if (at != NULL && !parse_times (at + 1, product, &local_error))
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT, "--take “%s”: %s", text, local_error->message);
      return FALSE;
    }

  *out_product = g_steal_pointer (&product);
  return TRUE;
}

/* "ciprofloxacin@06:00": the medicine and when it is taken. */
static gboolean
add_medicine (MgPlan      *plan,
              const char  *text,
              GError     **error)
{
  const char *at = strchr (text, '@');
  g_autofree char *name = at != NULL ? g_strndup (text, at - text) : g_strdup (text);
  guint position = g_strv_length ((char **) mg_plan_get_medicines (plan));
  g_autoptr(GError) local_error = NULL;
  guint minute;

  mg_plan_add_medicine (plan, g_strstrip (name));
  if (at == NULL)
    return TRUE;

  if (!mg_dose_parse_time (at + 1, &minute, &local_error))
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT, "--medicine “%s”: %s", text, local_error->message);
      return FALSE;
    }
  mg_plan_set_medicine_time (plan, position, minute);

  return TRUE;
}

static gboolean
json_products (MgCli             *cli,
               MgPlan            *plan,
               MgDoseEvaluation  *evaluation,
               char             **takes,
               GError           **error)
{
  GListModel *products = mg_plan_get_products (plan);

  json_builder_set_member_name (cli->builder, "products");
  json_builder_begin_array (cli->builder);
  for (guint i = 0; i < mg_dose_evaluation_get_n_products (evaluation); i++)
    {
      g_autoptr(MgProduct) product = g_list_model_get_item (products, i);
      const MgProductFigures *f = mg_dose_evaluation_get_product (evaluation, i);
      g_autofree char *title = NULL;
      g_autofree char *per_day = mg_cli_format (f->elemental_mg_per_day, 1);
      g_autofree char *per_intake = mg_cli_format (f->elemental_mg_per_intake, 1);
      g_autofree char *amount = mg_cli_format (mg_product_get_amount (product), 3);
      g_autofree char *units = mg_cli_format (mg_product_get_units_per_intake (product), 2);

      if (!mg_dose_engine_resolve_compound (cli->kb, mg_product_get_compound_id (product), NULL, &title, NULL, error))
        return FALSE;

      json_builder_begin_object (cli->builder);
      json_builder_set_member_name (cli->builder, "input");
      json_builder_add_string_value (cli->builder, takes[i]);
      /* The form used: a plain name such as "magnesiumsulfaat" became
       * sulfate-heptahydrate, and the JSON says both. */
      json_builder_set_member_name (cli->builder, "compound");
      json_builder_add_string_value (cli->builder, mg_product_get_compound_id (product));
      mg_cli_json_string_or_null (cli->builder, "compound_name", title);
      {
        g_auto(GStrv) parts = g_strsplit (takes[i], ":", 2);

        if (!mg_cli_json_generic_name (cli, "generic_name", g_strstrip (parts[0]), error))
          return FALSE;
      }
      json_builder_set_member_name (cli->builder, "amount");
      json_builder_add_double_value (cli->builder, mg_product_get_amount (product));
      json_builder_set_member_name (cli->builder, "unit");
      json_builder_add_string_value (cli->builder, mg_amount_unit_to_string (mg_product_get_unit (product)));
      json_builder_set_member_name (cli->builder, "units_per_intake");
      json_builder_add_double_value (cli->builder, mg_product_get_units_per_intake (product));
      json_builder_set_member_name (cli->builder, "intakes_per_day");
      json_builder_add_int_value (cli->builder, mg_product_get_intakes_per_day (product));
      json_builder_set_member_name (cli->builder, "elemental_fraction");
      json_builder_add_double_value (cli->builder, f->elemental_fraction);
      json_builder_set_member_name (cli->builder, "elemental_mg_per_unit");
      json_builder_add_double_value (cli->builder, f->elemental_mg_per_unit);
      json_builder_set_member_name (cli->builder, "elemental_mg_per_intake");
      json_builder_add_double_value (cli->builder, f->elemental_mg_per_intake);
      json_builder_set_member_name (cli->builder, "elemental_mg_per_day");
      json_builder_add_double_value (cli->builder, f->elemental_mg_per_day);
      json_builder_set_member_name (cli->builder, "elemental_mmol_per_day");
      json_builder_add_double_value (cli->builder, f->elemental_mmol_per_day);
      json_builder_end_object (cli->builder);

      /* Translators: product, amount, unit, units per intake, intakes a day, mg per intake, mg a day. */
      g_string_append_printf (cli->out, _("  %s %s %s, %s × %u a day: %s mg per intake, %s mg a day"),
                              title, amount, mg_amount_unit_to_string (mg_product_get_unit (product)),
                              units, mg_product_get_intakes_per_day (product), per_intake, per_day);
      g_string_append_c (cli->out, '\n');
    }
  json_builder_end_array (cli->builder);

  return TRUE;
}

static void
report (MgCli            *cli,
        MgDoseEvaluation *evaluation)
{
  GListModel *warnings = mg_dose_evaluation_get_warnings (evaluation);
  MgLimitStatus status = mg_dose_evaluation_get_limit_status (evaluation);
  g_autofree char *limit = mg_cli_format (mg_dose_evaluation_get_upper_limit_mg (evaluation), 0);
  g_autofree char *over = mg_cli_format (mg_dose_evaluation_get_over_limit_mg (evaluation), 1);
  guint n = g_list_model_get_n_items (warnings);

  if (mg_dose_evaluation_has_reference_intake (evaluation))
    {
      g_autofree char *reference = mg_cli_format (mg_dose_evaluation_get_reference_intake_mg (evaluation), 0);
      g_autofree char *total = mg_cli_format (mg_dose_evaluation_get_total_mg (evaluation), 1);
      g_autofree char *percent = mg_cli_format (100.0 * mg_dose_evaluation_get_total_mg (evaluation) /
                                                mg_dose_evaluation_get_reference_intake_mg (evaluation), 0);

      /* Translators: reference mg; supplements plus food in mg; percentage. */
      g_string_append_printf (cli->out, _("Recommended intake: %s mg a day; supplements and food give %s mg (%s %%)"),
                              reference, total, percent);
    }
  else
    /* The reason is among the warnings (no_reference_intake). */
    g_string_append (cli->out, _("Recommended intake: no value for this person; see the warnings"));
  g_string_append_c (cli->out, '\n');

  if (status == MG_LIMIT_STATUS_NO_LIMIT)
    human_limit_none (cli->out);
  else if (status == MG_LIMIT_STATUS_ABOVE)
    g_string_append_printf (cli->out, _("Upper limit for supplements: %s mg a day — ABOVE it by %s mg"), limit, over);
  else
    g_string_append_printf (cli->out, _("Upper limit for supplements: %s mg a day — not above it"), limit);
  if (status != MG_LIMIT_STATUS_NO_LIMIT)
    g_string_append_c (cli->out, '\n');

  if (n > 0)
    g_string_append_printf (cli->out, "\n%s\n", _("Warnings:"));

  json_builder_set_member_name (cli->builder, "warnings");
  json_builder_begin_array (cli->builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MgDoseWarning) warning = g_list_model_get_item (warnings, i);

      json_builder_begin_object (cli->builder);
      json_builder_set_member_name (cli->builder, "code");
      json_builder_add_string_value (cli->builder, mg_dose_warning_get_code_string (warning));
      json_builder_set_member_name (cli->builder, "message");
      json_builder_add_string_value (cli->builder, mg_dose_warning_get_message (warning));
      mg_cli_json_string_or_null (cli->builder, "subject", mg_dose_warning_get_subject (warning));
      mg_cli_json_double_or_null (cli->builder, "hours_before", mg_dose_warning_get_hours_before (warning));
      mg_cli_json_double_or_null (cli->builder, "hours_after", mg_dose_warning_get_hours_after (warning));
      mg_cli_json_double_or_null (cli->builder, "threshold_mg", mg_dose_warning_get_threshold_mg (warning));
      /* Which product and which of its ingredients an interaction comes from. */
      mg_cli_json_string_or_null (cli->builder, "product", mg_dose_warning_get_product (warning));
      json_ids (cli->builder, "ingredients", mg_dose_warning_get_ingredients (warning));
      json_ids (cli->builder, "sources", mg_dose_warning_get_sources (warning));
      json_builder_end_object (cli->builder);

      g_string_append_printf (cli->out, "  [%s] %s\n", mg_dose_warning_get_code_string (warning),
                              mg_dose_warning_get_message (warning));
    }
  json_builder_end_array (cli->builder);
}

int
mg_cli_check (MgCli   *cli,
              int      argc,
              char   **argv,
              GError **error)
{
  g_auto(MgCliProfileOptions) options = { 0, };
  g_auto(GStrv) takes = NULL;
  g_auto(GStrv) medicines = NULL;
  g_autofree char *food = NULL;
  g_autofree char *pdf = NULL;
  const GOptionEntry entries[] = {
    MG_CLI_PROFILE_ENTRIES (options),
    { "renal-impairment", 0, 0, G_OPTION_ARG_NONE, &options.renal_impairment, N_("Reduced kidney function (eGFR below 30 mL/min)"), NULL },
    { "take", 0, 0, G_OPTION_ARG_STRING_ARRAY, &takes, N_("A product: compound (or “elemental”), amount per unit, units per intake, intakes a day, and after @ the time of each intake"), N_("COMPOUND:AMOUNT[:UNITS[:TIMES]][@HH:MM,…]") },
    { "medicine", 0, 0, G_OPTION_ARG_STRING_ARRAY, &medicines, N_("A medicine the person takes (repeatable), optionally with its time: ciprofloxacin@06:00"), N_("NAME[@TIME]") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Also write the one-page patient handout to this PDF file, in the output language"), N_("FILE") },
    { "food", 0, 0, G_OPTION_ARG_STRING, &food, N_("Magnesium from food in mg a day (counts toward the recommended intake only)"), N_("MG") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(MgProfile) profile = NULL;
  g_autoptr(MgPlan) plan = mg_plan_new ();
  g_autoptr(MgDoseEvaluation) evaluation = NULL;
  g_autofree char *supplemental = NULL;
  g_autofree char *mmol = NULL;
  double food_mg = 0;

  context = mg_cli_option_context (cli, NULL, _("Check a person’s magnesium supplements against the recommended intake and the upper limit."),
                                   _("Amounts are per unit (tablet, sachet, ml) in mg, g, mmol or mEq; mmol and mEq count "
                                     "magnesium itself. Use “elemental” as the compound when the label states elemental magnesium.\n\n"
                                     "Example:\n  magnesium-guide-cli check --age 40 --sex female --take oxide:500mg:1:2 --medicine ciprofloxacin"),
                                   entries);
  if (!mg_cli_parse (context, &argc, &argv, error))
    return MG_CLI_EXIT_BAD_INPUT;
  if (argc > 1)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Unexpected argument “%s”; run “%s --help” to see the options"), argv[1], g_get_prgname ());
      return MG_CLI_EXIT_BAD_INPUT;
    }

  profile = mg_cli_profile_from_options (&options, error);
  if (profile == NULL)
    return MG_CLI_EXIT_BAD_INPUT;

  if (takes == NULL || takes[0] == NULL)
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Give at least one product with --take COMPOUND:AMOUNT, such as --take bisglycinate:1,5g:1:2"));
      return MG_CLI_EXIT_BAD_INPUT;
    }

  /* Ten thousand products is a script gone wrong, not a person's day: say
   * so instead of printing megabytes. */
  if (g_strv_length (takes) > MG_CLI_MAX_PRODUCTS ||
      (medicines != NULL && g_strv_length (medicines) > MG_CLI_MAX_PRODUCTS))
    {
      g_set_error (error, MG_CLI_ERROR, MG_CLI_ERROR_BAD_INPUT,
                   _("Too many --take or --medicine options; give at most %d of each"), MG_CLI_MAX_PRODUCTS);
      return MG_CLI_EXIT_BAD_INPUT;
    }

  if (food != NULL &&
      !mg_number_parse (food, MG_NUMBER_RULES (MG_NUMBER_FLAGS_ALLOW_ZERO, MG_NUMBER_MAX_AMOUNT_MG), &food_mg, error))
    {
      g_prefix_error (error, "--food: ");
      return MG_CLI_EXIT_BAD_INPUT;
    }

  if (!mg_cli_open_kb (cli, error))
    return MG_CLI_EXIT_INTERNAL;

  for (guint i = 0; takes[i] != NULL; i++)
    {
      g_autoptr(MgProduct) product = NULL;

      if (!parse_take (cli->kb, takes[i], &product, error))
        return MG_CLI_EXIT_BAD_INPUT;
      mg_plan_add_product (plan, product);
    }
  for (guint i = 0; medicines != NULL && medicines[i] != NULL; i++)
    if (!add_medicine (plan, medicines[i], error))
      return MG_CLI_EXIT_BAD_INPUT;
  mg_plan_set_food_mg_per_day (plan, food_mg);

  evaluation = mg_dose_engine_evaluate (cli->kb, profile, plan, error);
  if (evaluation == NULL)
    return MG_CLI_EXIT_BAD_INPUT;

  json_profile (cli->builder, profile);
  json_builder_set_member_name (cli->builder, "renal_impairment");
  json_builder_add_boolean_value (cli->builder, mg_profile_get_renal_impairment (profile));
  json_builder_set_member_name (cli->builder, "supplemental_elemental_mg_per_day");
  json_builder_add_double_value (cli->builder, mg_dose_evaluation_get_supplemental_mg (evaluation));
  json_builder_set_member_name (cli->builder, "supplemental_elemental_mmol_per_day");
  json_builder_add_double_value (cli->builder, mg_dose_evaluation_get_supplemental_mmol (evaluation));
  json_builder_set_member_name (cli->builder, "food_mg_per_day");
  json_builder_add_double_value (cli->builder, mg_dose_evaluation_get_food_mg (evaluation));
  json_builder_set_member_name (cli->builder, "total_mg_per_day");
  json_builder_add_double_value (cli->builder, mg_dose_evaluation_get_total_mg (evaluation));
  mg_cli_json_double_or_null (cli->builder, "reference_intake_mg_per_day",
                              mg_dose_evaluation_get_reference_intake_mg (evaluation));
  mg_cli_json_string_or_null (cli->builder, "reference_kind", mg_dose_evaluation_get_reference_kind (evaluation));
  json_ids (cli->builder, "reference_sources", mg_dose_evaluation_get_reference_sources (evaluation));
  mg_cli_json_double_or_null (cli->builder, "upper_limit_mg_per_day", mg_dose_evaluation_get_upper_limit_mg (evaluation));
  json_ids (cli->builder, "upper_limit_sources", mg_dose_evaluation_get_limit_sources (evaluation));
  json_builder_set_member_name (cli->builder, "limit_status");
  json_builder_add_string_value (cli->builder,
                                 mg_enum_to_nick (MG_TYPE_LIMIT_STATUS, mg_dose_evaluation_get_limit_status (evaluation)));
  json_builder_set_member_name (cli->builder, "above_upper_limit");
  json_builder_add_boolean_value (cli->builder, mg_dose_evaluation_get_above_upper_limit (evaluation));
  json_builder_set_member_name (cli->builder, "over_limit_mg");
  json_builder_add_double_value (cli->builder, mg_dose_evaluation_get_over_limit_mg (evaluation));

  supplemental = mg_cli_format (mg_dose_evaluation_get_supplemental_mg (evaluation), 1);
  mmol = mg_cli_format (mg_dose_evaluation_get_supplemental_mmol (evaluation), 2);
  g_string_append_printf (cli->out, _("Supplements: %s mg of elemental magnesium a day (%s mmol)"), supplemental, mmol);
  g_string_append_c (cli->out, '\n');

  if (!json_products (cli, plan, evaluation, takes, error))
    return MG_CLI_EXIT_INTERNAL;
  report (cli, evaluation);

  if (pdf != NULL)
    {
      g_autoptr(MgHandout) handout = mg_handout_new (cli->kb, profile, options.age_months != NULL, plan,
                                                     NULL, cli->language, error);

      if (handout == NULL || !mg_handout_write_pdf (handout, pdf, error))
        {
          /* The check itself is printed; only the file failed. */
          cli->partial = TRUE;
          return MG_CLI_EXIT_INTERNAL;
        }
      json_builder_set_member_name (cli->builder, "pdf");
      json_builder_add_string_value (cli->builder, pdf);
    }

  return MG_CLI_EXIT_OK;
}
