/* mg-catalog.h — the translations of one language, read from its .mo file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define MG_CATALOG_ERROR (mg_catalog_error_quark ())

typedef enum
{
  MG_CATALOG_ERROR_INVALID,
} MgCatalogError;

#define MG_TYPE_CATALOG (mg_catalog_get_type ())

G_DECLARE_FINAL_TYPE (MgCatalog, mg_catalog, MG, CATALOG, GObject)

GQuark      mg_catalog_error_quark   (void);

MgCatalog  *mg_catalog_new_empty     (void);
MgCatalog  *mg_catalog_new_for_bytes (GBytes      *bytes,
                                      GError     **error);
MgCatalog  *mg_catalog_new_for_file  (const char  *path,
                                      GError     **error);

guint       mg_catalog_get_n_entries (MgCatalog   *self);
const char *mg_catalog_lookup        (MgCatalog   *self,
                                      const char  *msgid);
const char *mg_catalog_lookup_plural (MgCatalog   *self,
                                      const char  *msgid,
                                      const char  *msgid_plural,
                                      gulong       n);

G_END_DECLS
