/* mg-record-page.h — any record with its texts and sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-page.h"

G_BEGIN_DECLS

#define MG_TYPE_RECORD_PAGE (mg_record_page_get_type ())

G_DECLARE_FINAL_TYPE (MgRecordPage, mg_record_page, MG, RECORD_PAGE, MgPage)

const char *mg_record_page_get_kind  (MgRecordPage *self);
const char *mg_record_page_get_id    (MgRecordPage *self);
const char *mg_record_page_get_title (MgRecordPage *self);

G_END_DECLS
