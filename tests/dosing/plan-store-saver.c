/* plan-store-saver.c — the process the kill test kills: saves plans in a
 * loop and prints each number once its save has returned
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   plan-store-saver PATH FIRST
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "plan-store-fixture.h"

/* A bound, so that a saver whose test died does not run for ever. */
#define MAX_SAVES 20000

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MgPlanStore) store = NULL;
  guint64 first;

  if (argc != 3 || !g_ascii_string_to_unsigned (argv[2], 10, 0, G_MAXUINT / 2, &first, NULL))
    {
      fprintf (stderr, "usage: plan-store-saver PATH FIRST\n");
      return 2;
    }

  store = mg_plan_store_new (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "plan-store-saver: %s\n", error->message);
      return 1;
    }
  if (mg_plan_store_get_moved_aside (store) != NULL)
    {
      /* The test treats this as a failure: a kill must never damage the file. */
      fprintf (stdout, "moved-aside %s\n", mg_plan_store_get_moved_aside (store));
      fflush (stdout);
    }

  /* The file is open: from here on every kill lands in or between saves. */
  fprintf (stdout, "ready\n");
  fflush (stdout);

  for (guint i = (guint) first; i < first + MAX_SAVES; i++)
    {
      g_autofree char *name = fixture_plan_name (i);
      g_autoptr(MgProfile) profile = fixture_profile (i);
      g_autoptr(MgPlan) plan = fixture_plan (i);

      if (!mg_plan_store_save (store, name, profile, i % 2 == 0, plan, &error))
        {
          fprintf (stderr, "plan-store-saver: %s\n", error->message);
          return 1;
        }
      /* Only now has the save returned. */
      fprintf (stdout, "%u\n", i);
      fflush (stdout);
    }

  return 0;
}
