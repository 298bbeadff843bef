/* mg-severity-badge.h — a severity as an icon and a word
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows mg_severity_get_icon_name() and mg_severity_get_label() side by
 * side, coloured by mg_severity_get_css_class(), and carries
 * mg_severity_dup_description() as its accessible description. The icon
 * is decoration (role presentation): the word says it.
 *
 * In a template:
 * |[<!-- language="XML" -->
 * <object class="MgSeverityBadge" id="badge">
 *   <property name="severity">major</property>
 * </object>
 * ]|
 * In code: mg_severity_badge_new ("moderate"), or
 * mg_severity_badge_set_severity (badge, mg_interaction_get_severity (i)).
 * Call g_type_ensure (MG_TYPE_SEVERITY_BADGE) in class_init before using
 * it in a template.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_SEVERITY_BADGE (mg_severity_badge_get_type ())

G_DECLARE_FINAL_TYPE (MgSeverityBadge, mg_severity_badge, MG, SEVERITY_BADGE, GtkWidget)

GtkWidget  *mg_severity_badge_new          (const char      *severity);
const char *mg_severity_badge_get_severity (MgSeverityBadge *self);
void        mg_severity_badge_set_severity (MgSeverityBadge *self,
                                            const char      *severity);

G_END_DECLS
