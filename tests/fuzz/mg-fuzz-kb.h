/* mg-fuzz-kb.h — every MgKb query on a knowledge base, with the checks
 * every answer must pass (fuzz-kb-open and fuzz-kb-compile share them)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "mg-kb.h"

G_BEGIN_DECLS

typedef enum
{
  /* Bytes from anywhere: any query may fail, with a proper error. */
  MG_FUZZ_KB_UNTRUSTED,
  /* Just written by the compiler: only "not found" may fail. */
  MG_FUZZ_KB_COMPILED,
} MgFuzzKbTrust;

void mg_fuzz_kb_check_all  (MgKb          *kb,
                            MgFuzzKbTrust  trust,
                            const char    *subject);
void mg_fuzz_kb_check_path (const char    *path,
                            const char    *language,
                            const char    *subject);

G_END_DECLS
