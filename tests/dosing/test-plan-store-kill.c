/* test-plan-store-kill.c — SIGKILL a process while it saves plans, 100
 * times; every save that returned must be intact afterwards
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   test-dosing-plan-store-kill SAVER
 *
 * Each round starts plan-store-saver on the same file with numbers of its
 * own and kills it at a random moment: every fifth round 0–150 ms after
 * the start (often while it opens the file), the others 0–30 ms after a
 * random 0–4 saves returned (in the middle of a save, or between two). It
 * records the numbers the saver printed: it prints one only after its save
 * returned. The figures go to the test log.
 */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "plan-store-fixture.h"

#define ROUNDS 100
#define ROUND_STRIDE 100000

static const char *saver_path;

typedef struct
{
  GArray *confirmed;   /* guint */
  guint   moved_aside;
} Round;

/* Complete lines: "ready" and one per returned save. */
static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;

  return n;
}

static void
run_round (const char *path,
           guint       round,
           Round      *result)
{
  g_autofree char *first = g_strdup_printf ("%u", round * ROUND_STRIDE);
  const char *argv[] = { saver_path, path, first, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) output = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  GPid pid;
  int out_fd, status;
  char buffer[4096];
  gssize n;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);

  if (round % 5 != 0)
    {
      /* Let the saver return 0–4 saves first, however slowly it runs (a
       * sanitizer build under load is ten times slower), then kill it a
       * random 0–30 ms later: inside a save or between two. The deadline
       * only guards against a hang. */
      guint wanted = g_test_rand_int_range (0, 5);
      gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

      while (count_lines (output->str) < wanted + 1 && g_get_monotonic_time () < deadline &&
             (n = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (output, buffer, n);
      g_assert_cmpuint (count_lines (output->str), >=, wanted + 1);
      g_usleep (g_test_rand_int_range (0, 30000));
    }
  else
    /* Every fifth round: a random moment from the start, often while the
     * saver opens the file. */
    g_usleep (g_test_rand_int_range (0, 150000));

  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);

  while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (output, buffer, n);
  close (out_fd);

  /* A line cut off by the kill is not a confirmation. */
  if (output->len > 0 && output->str[output->len - 1] != '\n')
    g_string_truncate (output, g_strrstr (output->str, "\n") != NULL
                               ? (gsize) (g_strrstr (output->str, "\n") - output->str) + 1 : 0);

  lines = g_strsplit (output->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint64 value;

      if (g_str_equal (lines[i], "ready"))
        continue;
      if (g_str_has_prefix (lines[i], "moved-aside"))
        result->moved_aside++;
      else if (g_ascii_string_to_unsigned (lines[i], 10, 0, G_MAXUINT, &value, NULL))
        {
          guint index = (guint) value;

          g_array_append_val (result->confirmed, index);
        }
    }
}

static void
test_kill (void)
{
  g_autofree char *dir = g_dir_make_tmp ("mg-kill-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plans.sqlite", NULL);
  g_autoptr(GArray) confirmed = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(MgPlanStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  Round result = { confirmed, 0 };
  guint empty_rounds = 0, most = 0, previous = 0, unconfirmed = 0;
  gint64 start = g_get_monotonic_time ();

  for (guint round = 1; round <= ROUNDS; round++)
    {
      run_round (path, round, &result);
      if (confirmed->len == previous)
        empty_rounds++;
      most = MAX (most, confirmed->len - previous);
      previous = confirmed->len;
    }

  store = mg_plan_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_null (mg_plan_store_get_moved_aside (store));
  g_assert_cmpuint (result.moved_aside, ==, 0);
  g_assert_true (mg_plan_store_check_integrity (store, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < confirmed->len; i++)
    {
      guint index = g_array_index (confirmed, guint, i);
      g_autofree char *name = fixture_plan_name (index);
      g_autoptr(MgProfile) profile = mg_profile_new ();
      g_autoptr(MgPlan) plan = NULL;
      gboolean in_months = FALSE;

      g_assert_true (mg_plan_store_load (store, name, profile, &in_months, &plan, &error));
      g_assert_no_error (error);
      g_assert_true (fixture_plan_matches (index, profile, in_months, plan));
    }

  /* Plans whose save committed but whose number the kill cut off are
   * there too, whole; that is allowed, and counted. */
  names = mg_plan_store_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (names), >=, confirmed->len);
  unconfirmed = g_strv_length (names) - confirmed->len;
  for (guint i = 0; names[i] != NULL; i++)
    {
      guint64 index;
      g_autoptr(MgProfile) profile = mg_profile_new ();
      g_autoptr(MgPlan) plan = NULL;
      gboolean in_months = FALSE;

      g_assert_true (g_str_has_prefix (names[i], "plan "));
      g_assert_true (g_ascii_string_to_unsigned (names[i] + 5, 10, 0, G_MAXUINT, &index, NULL));
      g_assert_true (mg_plan_store_load (store, names[i], profile, &in_months, &plan, &error));
      g_assert_true (fixture_plan_matches ((guint) index, profile, in_months, plan));
    }

  g_test_message ("kill test: %u rounds, %u saves returned and all %u intact, %u more committed "
                  "but cut off before they could report, %u rounds killed before any save returned, "
                  "at most %u saves in one round, integrity_check ok, %.1f s",
                  ROUNDS, confirmed->len, confirmed->len, unconfirmed, empty_rounds, most,
                  (g_get_monotonic_time () - start) / 1e6);
  g_printerr ("# kill test: %u rounds, %u saves returned (all intact), %u committed unreported, "
              "%u rounds with none, max %u per round\n",
              ROUNDS, confirmed->len, unconfirmed, empty_rounds, most);

  /* Saves really ran: the waits above alone guarantee about 160. */
  g_assert_cmpuint (confirmed->len, >=, ROUNDS);

  g_clear_object (&store);
  {
    const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

        g_remove (file);
      }
    g_rmdir (dir);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("usage: %s SAVER\n", argv[0]);
      return 2;
    }
  saver_path = argv[1];

  g_test_add_func ("/plan-store/kill", test_kill);

  return g_test_run ();
}
