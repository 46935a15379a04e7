/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Kills kinerja-cli at points of a large write and checks what a person would find after a crash
 * or a power cut: a database that passes PRAGMA integrity_check and foreign_key_check, holding
 * either everything it held before or everything written, never a part. The write is a restore
 * of a backup of many people over a database of a few; the kill points come from a fixed seed
 * ($KN_CRASH_SEED replays another), spread over the time one whole restore takes. */

#define G_LOG_DOMAIN "test-crash"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "kinerja/kn-store.h"

#include "kn-test-util.h"

#define DEFAULT_SEED  20261202
#define N_KILLS       20
#define N_OLD         10
#define N_NEW         6000

static guint32 seed;

/* A valid, unique PNS number for @n: men born on successive days from 1970, CPNS in 2010. */
static char *
nip_for (guint n)
{
  g_autoptr(GDate) birth = g_date_new_dmy (1, G_DATE_JANUARY, 1970);

  g_date_add_days (birth, n / 900);
  return g_strdup_printf ("%04u%02u%02u2010011%03u", g_date_get_year (birth),
                          g_date_get_month (birth), g_date_get_day (birth), n % 900 + 1);
}

/* A database at @path with @n people in one unit. */
static void
make_database (const char *path,
               const char *unit_name,
               guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_store_open (path, &error);
  gint64 unit;

  g_assert_no_error (error);
  unit = kn_test_add_unit (store, unit_name, 0);
  g_assert_true (kn_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *nip = nip_for (i);
      g_autofree char *name = g_strdup_printf ("Pegawai %u", i);

      kn_test_add_person (store, nip, name, NULL, "Analis Kurikulum", KN_POSITION_AHLI_PERTAMA,
                          unit, 0);
    }
  g_assert_true (kn_store_commit (store, &error));
  g_assert_no_error (error);
}

static GPid
spawn_restore (const char *database,
               const char *backup)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("KINERJA_CLI"), "restore", "-d", database, backup, NULL };
  GPid pid = 0;

  g_assert_nonnull (argv[0]);
  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  return pid;
}

/* The exit status of @pid, waited for. */
static int
reap (GPid pid)
{
  int status = 0;

  while (waitpid (pid, &status, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  g_spawn_close_pid (pid);
  return status;
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (to, "-wal", NULL);
  g_autofree char *shm = g_strconcat (to, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
test_restore_killed (void)
{
  g_autofree char *folder = kn_test_make_folder ("kinerja-test-crash-XXXXXX");
  g_autofree char *pristine = g_build_filename (folder, "lama.db", NULL);
  g_autofree char *backup = g_build_filename (folder, "cadangan-besar.db", NULL);
  g_autofree char *database = g_build_filename (folder, "kinerja.db", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *expected_old = g_strdup_printf ("%u\n", N_OLD);
  g_autofree char *expected_new = g_strdup_printf ("%u\n", N_NEW);
  guint n_old = 0, n_new = 0;
  gint64 start, whole;

  make_database (pristine, "Dinas Lama", N_OLD);
  make_database (backup, "Dinas Baru", N_NEW);

  /* One whole restore, unharmed: how long the kill points may spread. */
  copy_file (pristine, database);
  start = g_get_monotonic_time ();
  g_assert_cmpint (reap (spawn_restore (database, backup)), ==, 0);
  whole = g_get_monotonic_time () - start;
  {
    g_autofree char *count = kn_test_run_sqlite (database, "SELECT count (*) FROM employee;");

    g_assert_cmpstr (count, ==, expected_new);
  }
  g_test_message ("a whole restore took %" G_GINT64_FORMAT " ms (seed %u)", whole / 1000, seed);

  for (guint i = 0; i < N_KILLS; i++)
    {
      g_autofree char *check = NULL;
      g_autofree char *count = NULL;
      g_autofree char *units = NULL;
      gint64 delay = g_rand_int_range (rand, 0, (gint32) MAX (whole * 11 / 10, 1));
      GPid pid;
      int status;

      copy_file (pristine, database);
      pid = spawn_restore (database, backup);
      g_usleep ((gulong) delay);
      kill (pid, SIGKILL);
      status = reap (pid);

      check = kn_test_run_sqlite (database, "PRAGMA integrity_check; PRAGMA foreign_key_check;");
      g_assert_cmpstr (check, ==, "ok\n");
      count = kn_test_run_sqlite (database, "SELECT count (*) FROM employee;");
      units = kn_test_run_sqlite (database, "SELECT group_concat (name) FROM org_unit;");
      /* All or nothing: the few of before, or every one of the backup, and their own unit. */
      if (g_str_equal (count, expected_old))
        {
          g_assert_cmpstr (units, ==, "Dinas Lama\n");
          n_old++;
        }
      else
        {
          g_assert_cmpstr (count, ==, expected_new);
          g_assert_cmpstr (units, ==, "Dinas Baru\n");
          n_new++;
        }
      g_test_message ("kill %u after %" G_GINT64_FORMAT " ms: %s (%s)", i + 1, delay / 1000,
                      g_str_equal (count, expected_old) ? "as before" : "restored",
                      WIFSIGNALED (status) ? "killed" : "had finished");
      if (g_test_failed ())
        break;
    }
  g_test_message ("%u left as before, %u restored", n_old, n_new);

  kn_test_remove_tree (folder);
}

int
main (int    argc,
      char **argv)
{
  const char *env_seed = g_getenv ("KN_CRASH_SEED");

  kn_test_init (&argc, &argv);
  seed = env_seed != NULL ? (guint32) g_ascii_strtoull (env_seed, NULL, 10) : DEFAULT_SEED;

  g_test_add_func ("/crash/restore-killed", test_restore_killed);

  return g_test_run ();
}
