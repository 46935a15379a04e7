/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli backup and restore, run as a person would. */

#define G_LOG_DOMAIN "test-cli-backup"

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "kinerja/kn-store.h"

#include "kn-test-util.h"

#define NIP_B "199001012015031002"

typedef KnTestOneUnit Fixture;

/* The names of the employees in the database at @path, sorted and joined by ", ", are
 * @expected. */
static void
assert_names (const char *path,
              const char *expected)
{
  g_autofree char *names =
    kn_test_run_sqlite (path, "SELECT group_concat (name, ', ') FROM (SELECT name FROM employee"
                              " ORDER BY name);");

  g_assert_cmpstr (names, ==, expected);
}

static void
test_backup_to_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->folder, "salinan.db", NULL);
  g_auto(KnTestCliRun) cli = { NULL };
  GStatBuf st;

  g_assert_cmpint (kn_test_cli (&cli, "backup", "-d", fixture->path, "-o", target, NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, target));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  assert_names (target, "Budi Rahayu\n");
}

static void
test_backup_default_name (Fixture       *fixture,
                          gconstpointer  data)
{
  g_auto(KnTestCliRun) cli = { NULL };
  g_autofree char *folder = kn_store_backup_folder (fixture->path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "kinerja-%Y-%m-%d-");
  g_autofree char *prefix = g_build_filename (folder, today, NULL);
  g_auto(GStrv) lines = NULL;
  const char *written;

  g_assert_cmpint (kn_test_cli (&cli, "backup", "-d", fixture->path, NULL), ==, 0);
  /* "Backup written to PATH" */
  lines = g_strsplit (cli.out, "\n", -1);
  written = strstr (lines[0], folder);
  g_assert_nonnull (written);
  if (written == NULL)
    return;
  g_assert_true (g_str_has_prefix (written, prefix));
  g_assert_true (g_str_has_suffix (written, ".db"));
  g_assert_false (g_str_has_suffix (written, "-harian.db"));
  assert_names (written, "Budi Rahayu\n");
}

static void
test_backup_of_damaged (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->folder, "salinan.db", NULL);
  g_auto(KnTestCliRun) cli = { NULL };
  g_autofree char *damage = NULL;

  g_clear_object (&fixture->store);
  /* An index that does not match its table: only the full check sees it. */
  damage = kn_test_run_sqlite (fixture->path,
                               "CREATE INDEX employee_by_name ON employee (name);"
                               " PRAGMA writable_schema = ON;"
                               " UPDATE sqlite_master SET sql = 'CREATE INDEX employee_by_name ON employee (nip)'"
                               " WHERE name = 'employee_by_name';");

  g_assert_cmpint (kn_test_cli (&cli, "backup", "-d", fixture->path, "-o", target, NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "damaged"));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->folder, "salinan.db", NULL);
  g_auto(KnTestCliRun) cli = { NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_store_backup (fixture->store, backup, &error));
  g_assert_no_error (error);
  kn_test_add_person (fixture->store, NIP_B, "Siti Aminah", NULL, "Analis Kurikulum",
                      KN_POSITION_AHLI_PERTAMA, fixture->unit, 0);

  /* Open here: refused, nothing changed. */
  g_assert_cmpint (kn_test_cli (&cli, "restore", "-d", fixture->path, backup, NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "open in another Kinerja"));

  g_clear_object (&fixture->store);
  assert_names (fixture->path, "Budi Rahayu, Siti Aminah\n");

  g_assert_cmpint (kn_test_cli (&cli, "restore", "-d", fixture->path, backup, NULL), ==, 0);
  g_assert_nonnull (strstr (cli.out, "sebelum-pulih.db"));
  assert_names (fixture->path, "Budi Rahayu\n");
}

static void
test_restore_not_kinerja (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *text = g_build_filename (fixture->folder, "catatan.txt", NULL);
  g_auto(KnTestCliRun) cli = { NULL };

  g_clear_object (&fixture->store);
  g_assert_true (g_file_set_contents (text, "bukan basis data\n", -1, NULL));
  g_assert_cmpint (kn_test_cli (&cli, "restore", "-d", fixture->path, text, NULL), ==, 1);
  g_assert_nonnull (strstr (cli.err, "catatan.txt"));
  assert_names (fixture->path, "Budi Rahayu\n");

  g_assert_cmpint (kn_test_cli (&cli, "restore", "-d", fixture->path, NULL), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) KN_TEST_ONE_UNIT_ADD (path, "kinerja-test-cli-backup-XXXXXX", func)
  ADD ("/cli-backup/to-file", test_backup_to_file);
  ADD ("/cli-backup/default-name", test_backup_default_name);
  ADD ("/cli-backup/damaged", test_backup_of_damaged);
  ADD ("/cli-backup/restore", test_restore);
  ADD ("/cli-backup/restore-not-kinerja", test_restore_not_kinerja);
#undef ADD

  return g_test_run ();
}
