/* mg-foods-page.h — magnesium in foods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-page.h"

G_BEGIN_DECLS

#define MG_TYPE_FOODS_PAGE (mg_foods_page_get_type ())

G_DECLARE_FINAL_TYPE (MgFoodsPage, mg_foods_page, MG, FOODS_PAGE, MgPage)

typedef enum
{
  MG_FOODS_SORT_PER_100G,
  MG_FOODS_SORT_PER_PORTION,
  MG_FOODS_SORT_NAME,
} MgFoodsSort;

GListModel *mg_foods_page_get_model  (MgFoodsPage *self);
void        mg_foods_page_set_sort   (MgFoodsPage *self,
                                      MgFoodsSort  sort);
void        mg_foods_page_set_search (MgFoodsPage *self,
                                      const char  *text);

G_END_DECLS
