/* mg-salts-page.h — magnesium salts: list, detail, calculator, comparison
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-page.h"

G_BEGIN_DECLS

#define MG_TYPE_SALTS_PAGE (mg_salts_page_get_type ())

G_DECLARE_FINAL_TYPE (MgSaltsPage, mg_salts_page, MG, SALTS_PAGE, MgPage)

typedef enum
{
  MG_SALTS_SORT_ELEMENTAL,
  MG_SALTS_SORT_NAME,
  MG_SALTS_SORT_ABSORPTION,
} MgSaltsSort;

GListModel *mg_salts_page_get_model   (MgSaltsPage *self);
void        mg_salts_page_set_sort    (MgSaltsPage *self,
                                       MgSaltsSort  sort);
void        mg_salts_page_compare     (MgSaltsPage *self,
                                       const char * const *ids);
GtkWidget  *mg_salts_page_get_detail  (MgSaltsPage *self);
GtkWidget  *mg_salts_page_get_compare (MgSaltsPage *self);

G_END_DECLS
