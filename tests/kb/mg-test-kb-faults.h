/* mg-test-kb-faults.h — knowledge bases that fail under a query, for the
 * failure-injection tests of the reader, the engine and the CLI
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GLib and SQLite only, so that the CLI test, which runs the binary, can
 * use it as well as the tests that link the reader.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Reading any row of the view that replaces interaction_medicine fails
 * ("integer overflow") for the medicine id @value; other rows read fine.
 * abs() is allowed in a view of an untrusted schema; json() is not. The
 * indexes keep queries for other medicines and interactions off those
 * rows. Use as @sql of mg_test_kb_copy(). */
#define MG_TEST_KB_FAILING_ROWS_SQL(value) \
  "ALTER TABLE interaction_medicine RENAME TO interaction_medicine_rows;" \
  "CREATE INDEX IF NOT EXISTS fault_by_medicine ON interaction_medicine_rows (medicine_id);" \
  "CREATE INDEX IF NOT EXISTS fault_by_interaction ON interaction_medicine_rows (interaction_id);" \
  "CREATE VIEW interaction_medicine AS SELECT * FROM interaction_medicine_rows " \
  "WHERE abs(CASE WHEN medicine_id = '" value "' THEN -9223372036854775808 ELSE 1 END) > 0;"

/* A new temporary file with @image in it and @sql (may be NULL) run on it;
 * the caller deletes it with mg_test_kb_remove(). */
char   *mg_test_kb_copy          (GBytes     *image,
                                  const char *sql);
GBytes *mg_test_kb_read          (const char *path);
/* Scribbles over the root pages of @table and its indexes: every read of
 * the table then meets a malformed page, while the schema and the other
 * tables stay intact. */
void    mg_test_kb_damage_table  (const char *path,
                                  const char *table);
/* Runs @sql on the file through a connection of its own, as another
 * program changing the file under a reader would. */
void    mg_test_kb_exec          (const char *path,
                                  const char *sql);
void    mg_test_kb_remove        (const char *path);

G_END_DECLS
