/* mg-lab-page.h — serum magnesium: converter, reference range, meaning
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-page.h"
#include "mg-units.h"

G_BEGIN_DECLS

#define MG_TYPE_LAB_PAGE (mg_lab_page_get_type ())

G_DECLARE_FINAL_TYPE (MgLabPage, mg_lab_page, MG, LAB_PAGE, MgPage)

typedef enum
{
  MG_LAB_BAND_NONE,
  MG_LAB_BAND_LOW,
  MG_LAB_BAND_NORMAL,
  MG_LAB_BAND_HIGH,
} MgLabBand;

void        mg_lab_page_set_result   (MgLabPage   *self,
                                      const char  *text,
                                      MgSerumUnit  unit);
void        mg_lab_page_set_range    (MgLabPage   *self,
                                      const char  *range_id);
MgLabBand   mg_lab_page_get_band     (MgLabPage   *self);
GtkWidget  *mg_lab_page_get_value_row (MgLabPage  *self);
GtkWidget  *mg_lab_page_get_unit_row (MgLabPage   *self,
                                      MgSerumUnit  unit);
GtkWidget  *mg_lab_page_get_band_row (MgLabPage   *self);
GPtrArray  *mg_lab_page_get_meanings (MgLabPage   *self);

G_END_DECLS
