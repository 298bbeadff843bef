/* bench-open.c — what opening the embedded knowledge base costs, in time and
 * memory, opened in place (as the app does) and, as the baseline, from a
 * private copy of the same bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-open [ROUNDS]   (default 200)
 *
 * For each way: the median time to open and run one search, and the heap
 * still in use while ten knowledge bases are open at once (glibc's
 * mallinfo2), per open knowledge base. Figures only: never an assertion.
 */
#include "config.h"

#include <locale.h>
#include <malloc.h>

#include "mg-kb.h"

#define HELD 10

typedef MgKb *(*OpenFunc) (GBytes *resource);

static MgKb *
open_in_place (GBytes *resource)
{
  g_autoptr(GError) error = NULL;
  MgKb *kb = mg_kb_new_default (&error);

  g_assert_no_error (error);
  return kb;
}

/* The baseline: what a plain "load the file into memory" costs. */
static MgKb *
open_copy (GBytes *resource)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) copy = g_bytes_new (g_bytes_get_data (resource, NULL), g_bytes_get_size (resource));
  MgKb *kb = mg_kb_new_for_bytes (copy, &error);

  g_assert_no_error (error);
  return kb;
}

static void
use (MgKb *kb)
{
  g_autoptr(GListModel) results = mg_kb_search (kb, "floxacin", 20, NULL);

  g_assert_nonnull (results);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
measure (const char *label,
         OpenFunc    open_func,
         GBytes     *resource,
         guint       rounds)
{
  g_autofree double *times = g_new (double, rounds);
  MgKb *held[HELD];
  size_t before, after;

  for (guint i = 0; i < rounds; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(MgKb) kb = open_func (resource);

      use (kb);
      times[i] = (double) (g_get_monotonic_time () - start);
    }
  qsort (times, rounds, sizeof (double), compare_doubles);

  before = mallinfo2 ().uordblks;
  for (guint i = 0; i < HELD; i++)
    {
      held[i] = open_func (resource);
      use (held[i]);
    }
  after = mallinfo2 ().uordblks;
  for (guint i = 0; i < HELD; i++)
    g_object_unref (held[i]);

  g_print ("  %-34s open+search p50 %8.1f µs   p99 %8.1f µs   heap per open KB %8.1f KiB\n",
           label, times[rounds / 2], times[(rounds * 99) / 100],
           (double) (after - before) / HELD / 1024.0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) resource = g_resources_lookup_data (MG_KB_RESOURCE_PATH, 0, NULL);
  guint rounds = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 200;

  g_assert_nonnull (resource);
  rounds = MAX (rounds, 1);
  /* "µs" in the terminal's charset */
  setlocale (LC_ALL, "");

  g_print ("Opening the embedded knowledge base (%.1f KiB), %u rounds\n",
           g_bytes_get_size (resource) / 1024.0, rounds);
  measure ("in place (sqlite3_deserialize)", open_in_place, resource, rounds);
  measure ("baseline: private copy", open_copy, resource, rounds);

  return 0;
}
