/* mg-cli-private.h — what the command files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "mg-cli.h"
#include "mg-kb.h"
#include "mg-profile.h"

G_BEGIN_DECLS

#define MG_CLI_ERROR (mg_cli_error_quark ())

typedef enum
{
  MG_CLI_ERROR_BAD_INPUT,
  MG_CLI_ERROR_INTERNAL,
} MgCliError;

/* The most products, and the most medicines, one check takes. */
#define MG_CLI_MAX_PRODUCTS 50

typedef struct
{
  const char  *command;
  gboolean     json;
  const char  *language;   /* "en" or "nl" */
  MgKb        *kb;
  GString     *out;        /* human-readable output */
  JsonBuilder *builder;    /* --json output: the object's members */
  gboolean     partial;     /* print the output even though an error follows */
  char        *lang_option; /* --lang again, parsed by each command's options */
  char        *kb_path;     /* --kb before the command */
  char        *kb_option;   /* --kb after it, parsed by each command's options */
} MgCli;

typedef int (*MgCliCommandFunc) (MgCli   *cli,
                                 int      argc,
                                 char   **argv,
                                 GError **error);

/* The options every command accepts besides its own. */
typedef struct
{
  char    *age;
  char    *age_months;
  char    *sex;
  gboolean pregnant;
  gboolean lactating;
  gboolean renal_impairment;
  char    *reference;
  char    *limits;
} MgCliProfileOptions;

void         mg_cli_profile_options_clear (MgCliProfileOptions *options);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (MgCliProfileOptions, mg_cli_profile_options_clear)

GQuark       mg_cli_error_quark          (void);

GOptionContext *mg_cli_option_context    (MgCli              *cli,
                                          const char         *parameters,
                                          const char         *summary,
                                          const char         *description,
                                          const GOptionEntry *entries);
gboolean     mg_cli_parse                (GOptionContext     *context,
                                          int                *argc,
                                          char             ***argv,
                                          GError            **error);
gboolean     mg_cli_open_kb              (MgCli              *cli,
                                          GError            **error);

/* Entries for the person, shared by intake and check; `o` is a
 * MgCliProfileOptions. */
#define MG_CLI_PROFILE_ENTRIES(o) \
  { "age", 0, 0, G_OPTION_ARG_STRING, &(o).age, N_("Age in whole years"), N_("YEARS") }, \
  { "age-months", 0, 0, G_OPTION_ARG_STRING, &(o).age_months, N_("Age in months, for babies and toddlers"), N_("N") }, \
  { "sex", 0, 0, G_OPTION_ARG_STRING, &(o).sex, N_("Sex: female or male"), N_("SEX") }, \
  { "pregnant", 0, 0, G_OPTION_ARG_NONE, &(o).pregnant, N_("Pregnant"), NULL }, \
  { "lactating", 0, 0, G_OPTION_ARG_NONE, &(o).lactating, N_("Breastfeeding"), NULL }, \
  { "reference", 0, 0, G_OPTION_ARG_STRING, &(o).reference, N_("Recommended intakes: nl (default), efsa or us"), N_("SET") }, \
  { "limits", 0, 0, G_OPTION_ARG_STRING, &(o).limits, N_("Upper limits: eu (default) or us"), N_("SET") }

MgProfile   *mg_cli_profile_from_options (MgCliProfileOptions *options,
                                          GError             **error);

void         mg_cli_json_sources         (JsonBuilder        *builder,
                                          GListModel         *sources);
void         mg_cli_json_double_or_null  (JsonBuilder        *builder,
                                          const char         *member,
                                          double              value);
void         mg_cli_json_string_or_null  (JsonBuilder        *builder,
                                          const char         *member,
                                          const char         *value);
void         mg_cli_human_sources        (GString            *out,
                                          GListModel         *sources);
char        *mg_cli_format               (double              value,
                                          int                 decimals);
void         mg_cli_append_cell          (GString            *out,
                                          const char         *text,
                                          glong               width,
                                          gboolean            align_right);

gboolean     mg_cli_json_generic_name    (MgCli              *cli,
                                          const char         *member,
                                          const char         *name,
                                          GError            **error);
gboolean     mg_cli_generic_names        (MgCli              *cli,
                                          GError            **error);

int          mg_cli_compounds            (MgCli *cli, int argc, char **argv, GError **error);
int          mg_cli_conditions           (MgCli *cli, int argc, char **argv, GError **error);
int          mg_cli_elemental            (MgCli *cli, int argc, char **argv, GError **error);
int          mg_cli_intake               (MgCli *cli, int argc, char **argv, GError **error);
int          mg_cli_check                (MgCli *cli, int argc, char **argv, GError **error);
int          mg_cli_interactions         (MgCli *cli, int argc, char **argv, GError **error);
int          mg_cli_search               (MgCli *cli, int argc, char **argv, GError **error);
int          mg_cli_convert              (MgCli *cli, int argc, char **argv, GError **error);

G_END_DECLS
