/* mg-severity.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-kb-labels.h"
#include "mg-severity.h"

typedef struct
{
  const char *value;
  const char *icon_name;
  const char *css_class;
} Severity;

/* In the order results are listed: the worst first. An unrated interaction
 * still comes before "nothing recorded", and a name the knowledge base
 * does not know comes last but is never left out. */
static const Severity severities[] = {
  { "major", "dialog-error-symbolic", "severity-major" },
  { "moderate", "dialog-warning-symbolic", "severity-moderate" },
  { "minor", "dialog-information-symbolic", "severity-minor" },
  { "unknown", "dialog-question-symbolic", "severity-unknown" },
  { "none", "dialog-information-symbolic", "severity-none" },
  { "not-found", "dialog-question-symbolic", "severity-not-found" },
};

static const Severity *
find (const char *severity)
{
  for (guint i = 0; i < G_N_ELEMENTS (severities); i++)
    if (g_strcmp0 (severities[i].value, severity) == 0)
      return &severities[i];

  /* A value a newer knowledge base may use: shown as unknown, never as
   * harmless. */
  return &severities[3];
}

/**
 * mg_severity_get_icon_name:
 * @severity: (nullable): a severity or "none" / "not-found"
 *
 * Returns: a symbolic icon name; each rating has its own shape
 */
const char *
mg_severity_get_icon_name (const char *severity)
{
  return find (severity)->icon_name;
}

/**
 * mg_severity_get_css_class:
 * @severity: (nullable): a severity or "none" / "not-found"
 *
 * Returns: "severity-major" and so on (colours in style.css)
 */
const char *
mg_severity_get_css_class (const char *severity)
{
  return find (severity)->css_class;
}

/**
 * mg_severity_get_label:
 * @severity: (nullable): a severity or "none" / "not-found"
 *
 * Returns: the translated word shown next to the icon
 */
const char *
mg_severity_get_label (const char *severity)
{
  const Severity *entry = find (severity);

  if (g_str_equal (entry->value, "unknown"))
    return _("Severity unknown");
  if (g_str_equal (entry->value, "none"))
    return _("No interaction recorded");
  if (g_str_equal (entry->value, "not-found"))
    return _("Not in this knowledge base");

  return mg_kb_label_severity (entry->value);
}

/**
 * mg_severity_dup_description:
 * @severity: (nullable): a severity or "none" / "not-found"
 *
 * Returns: (transfer full): a sentence for the accessible description,
 *   such as "Severity: Major"
 */
char *
mg_severity_dup_description (const char *severity)
{
  const Severity *entry = find (severity);

  if (g_str_equal (entry->value, "none") || g_str_equal (entry->value, "not-found"))
    return g_strdup (mg_severity_get_label (severity));

  /* Translators: %s is a severity such as "Major" */
  return g_strdup_printf (_("Severity: %s"), mg_kb_label_severity (entry->value));
}

/**
 * mg_severity_get_rank:
 * @severity: (nullable): a severity or "none" / "not-found"
 *
 * Returns: 0 for "major", growing as the rating gets milder
 */
int
mg_severity_get_rank (const char *severity)
{
  return (int) (find (severity) - severities);
}

/**
 * mg_severity_compare:
 *
 * Returns: negative if @a is worse than @b (comes first), 0 if equal
 */
int
mg_severity_compare (const char *a,
                     const char *b)
{
  return mg_severity_get_rank (a) - mg_severity_get_rank (b);
}
