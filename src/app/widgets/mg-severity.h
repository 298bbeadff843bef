/* mg-severity.h — how a severity reads, looks and sorts, everywhere the same
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The knowledge base rates an interaction "major", "moderate", "minor" or
 * "unknown". Two more values describe a medicine that has no rating:
 * "none" (known, but no interaction recorded) and "not-found" (a name the
 * knowledge base does not know). Severity is never shown by colour alone:
 * use an icon and a word together (MgSeverityBadge does both) and put the
 * description in the accessible description of the row or card.
 *
 * |[<!-- language="C" -->
 * gtk_image_set_from_icon_name (image, mg_severity_get_icon_name (severity));
 * gtk_label_set_text (label, mg_severity_get_label (severity));
 * gtk_widget_add_css_class (card, mg_severity_get_css_class (severity));
 * g_autofree char *description = mg_severity_dup_description (severity);
 * gtk_accessible_update_property (GTK_ACCESSIBLE (card),
 *                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
 * g_list_store_sort (store, compare_by_severity, NULL);   // mg_severity_compare()
 * ]|
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *mg_severity_get_icon_name   (const char *severity);
const char *mg_severity_get_label       (const char *severity);
const char *mg_severity_get_css_class   (const char *severity);
char       *mg_severity_dup_description (const char *severity);
int         mg_severity_get_rank        (const char *severity);
int         mg_severity_compare         (const char *a,
                                         const char *b);

G_END_DECLS
