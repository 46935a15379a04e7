/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Backups a person can restore: by hand, daily, before finalising a unit, the last fourteen
 * kept, and restoring one (checked, all or nothing, refused while the file is open elsewhere). */

#define G_LOG_DOMAIN "test-store-backup"

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kinerja/kn-store.h"

#include "kn-test-util.h"

#define NIP_B "199001012015031002"
#define NIP_RINA "199203152019032001"

typedef KnTestOneUnit Fixture;

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* The names of the employees in the database at @path, opened read-only, sorted. */
static char *
names_in (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_store_open_with_mode (path, KN_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GListModel *employees;

  g_assert_no_error (error);
  if (store == NULL)
    return g_strdup ("(none)");
  employees = kn_store_get_employees (store);
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

      g_ptr_array_add (names, (gpointer) kn_employee_get_name (employee));
    }
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

/* The names in the backup folder ending in @suffix, sorted. */
static GPtrArray *
backups_ending (const char *database,
                const char *suffix)
{
  g_autofree char *folder = kn_store_backup_folder (database);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return names;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, suffix))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  return names;
}

/* A backup of the fixture's store in salinan.db beside it; returns its path. */
static char *
back_up (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  char *backup = g_build_filename (fixture->folder, "salinan.db", NULL);

  g_assert_true (kn_store_backup (fixture->store, backup, &error));
  g_assert_no_error (error);
  return backup;
}

/* A second person in the fixture's unit (not in a backup taken before). */
static void
add_siti (Fixture *fixture)
{
  kn_test_add_person (fixture->store, NIP_B, "Siti Aminah", NULL, "Analis Kurikulum",
                      KN_POSITION_AHLI_PERTAMA, fixture->unit, 0);
}

static void
test_backup_by_hand (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_build_filename (fixture->folder, "salinan.db", NULL);
  g_autofree char *names = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *check = NULL;
  GStatBuf st;

  /* Under a wide umask too: the copy holds NIPs from its first byte. */
  umask (0022);
  g_assert_true (kn_store_backup (fixture->store, target, &error));
  ASSERT_NO_ERROR (error);

  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  names = names_in (target);
  g_assert_cmpstr (names, ==, "Budi Rahayu");
  check = kn_test_run_sqlite (target, "PRAGMA integrity_check; PRAGMA journal_mode;");
  g_assert_cmpstr (check, ==, "ok\ndelete\n");

  /* Nothing but the database, its journal and the copy: no temporary file left. */
  listing = kn_test_folder_listing (fixture->folder);
  g_assert_cmpstr (listing, ==, "kinerja.db kinerja.db-shm kinerja.db-wal salinan.db");
}

static void
test_backup_not_a_file (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fifo = g_build_filename (fixture->folder, "pipa", NULL);
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (kn_store_backup (fixture->store, fifo, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_assert_nonnull (error != NULL ? strstr (error->message, "pipa") : NULL);
  g_assert_cmpint (g_stat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
}

static void
test_daily_once (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) daily = NULL;
  g_autofree char *names = NULL;
  g_autofree char *folder = kn_store_backup_folder (fixture->path);
  g_autofree char *expected_folder = g_build_filename (fixture->folder, "cadangan", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "kinerja-%Y-%m-%d-");
  GStatBuf st;

  g_assert_cmpstr (folder, ==, expected_folder);

  /* A new database has nothing to keep yet. */
  {
    g_autoptr(GError) error = NULL;
    char *empty_folder = NULL, *empty_path = NULL;
    KnStore *empty = kn_test_store_new ("kinerja-test-backup-XXXXXX", &empty_folder, &empty_path);
    g_autofree char *none = kn_store_backup_auto (empty, KN_STORE_BACKUP_DAILY, &error);

    g_assert_no_error (error);
    g_assert_null (none);
    kn_test_store_clear (&empty, &empty_folder, &empty_path);
  }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *made = kn_store_backup_auto (fixture->store, KN_STORE_BACKUP_DAILY, &error);

    ASSERT_NO_ERROR (error);
    g_assert_nonnull (made);
  }
  daily = backups_ending (fixture->path, "-harian.db");
  g_assert_cmpuint (daily->len, ==, 1);
  STOP_IF_FAILED ();
  g_assert_true (g_str_has_prefix (daily->pdata[0], today));
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  {
    g_autofree char *path = g_build_filename (folder, daily->pdata[0], NULL);

    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    names = names_in (path);
    g_assert_cmpstr (names, ==, "Budi Rahayu");
  }
  g_clear_pointer (&daily, g_ptr_array_unref);

  /* Again the same day, after opening it again: no second one. */
  kn_test_store_reopen (&fixture->store, fixture->path);
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *made = kn_store_backup_auto (fixture->store, KN_STORE_BACKUP_DAILY, &error);

    ASSERT_NO_ERROR (error);
    g_assert_null (made);
  }
  daily = backups_ending (fixture->path, "-harian.db");
  g_assert_cmpuint (daily->len, ==, 1);
}

static void
on_backup_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **made = user_data;
  g_autoptr(GError) error = NULL;

  *made = kn_store_backup_auto_finish (KN_STORE (source), result, &error);
  g_assert_no_error (error);
  if (*made == NULL)
    *made = g_strdup ("");
}

static void
test_daily_async (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *made = NULL;
  g_autofree char *again = NULL;
  g_autofree char *names = NULL;

  kn_store_backup_auto_async (fixture->store, KN_STORE_BACKUP_DAILY, NULL, on_backup_done_cb, &made);
  while (made == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_str_has_suffix (made, "-harian.db"));
  names = names_in (made);
  g_assert_cmpstr (names, ==, "Budi Rahayu");

  /* The second the same day: none, and no error. */
  kn_store_backup_auto_async (fixture->store, KN_STORE_BACKUP_DAILY, NULL, on_backup_done_cb, &again);
  while (again == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (again, ==, "");
}

static void
test_before_finalising (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) final = NULL;
  guint n_final = 0, n_skipped = 0;

  g_assert_true (kn_store_finalize_unit (fixture->store, fixture->unit, "2026-TW1", 0, &n_final,
                                         &n_skipped, &error));
  ASSERT_NO_ERROR (error);
  final = backups_ending (fixture->path, "-final.db");
  g_assert_cmpuint (final->len, ==, 1);
}

static void
test_backup_failure_blocks_finalising (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *blocker = kn_store_backup_folder (fixture->path);
  guint n_final = 0, n_skipped = 0;

  /* A file where the backup folder should be: no backup, so nothing is finalised. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  g_assert_false (kn_store_finalize_unit (fixture->store, fixture->unit, "2026-TW1", 0, &n_final,
                                          &n_skipped, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (error != NULL ? strstr (error->message, "cadangan") : NULL);
}

static void
test_keeps_fourteen (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = kn_store_backup_folder (fixture->path);
  g_autofree char *made = NULL;
  g_autoptr(GPtrArray) automatic = NULL;
  g_autoptr(GPtrArray) all = NULL;
  const char *kept_by_hand[] = {
    "kinerja-2020-01-01-080000.db",                /* by hand */
    "kinerja-2020-01-01-080000-sebelum-pulih.db",  /* kept by a restore */
    "kinerja-lama-2020-01-01-080000-harian.db",    /* another database's */
  };

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  for (guint i = 0; i < 16; i++)
    {
      g_autofree char *name = g_strdup_printf ("kinerja-2020-01-%02u-080000-%s.db", i + 1,
                                               i % 2 == 0 ? "harian" : "impor");
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_true (g_file_set_contents (path, "x", 1, NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept_by_hand); i++)
    {
      g_autofree char *path = g_build_filename (folder, kept_by_hand[i], NULL);

      g_assert_true (g_file_set_contents (path, "x", 1, NULL));
    }

  made = kn_store_backup_auto (fixture->store, KN_STORE_BACKUP_IMPORT, &error);
  ASSERT_NO_ERROR (error);
  g_assert_nonnull (made);
  g_assert_true (g_file_test (made, G_FILE_TEST_IS_REGULAR));

  all = backups_ending (fixture->path, ".db");
  /* 14 automatic ones (the 13 newest old ones and the new one) and the three kept apart. */
  g_assert_cmpuint (all->len, ==, 17);
  automatic = backups_ending (fixture->path, "-impor.db");
  g_assert_cmpuint (automatic->len, ==, 7 + 1);
  STOP_IF_FAILED ();
  g_assert_cmpstr (all->pdata[0], ==, "kinerja-2020-01-01-080000-sebelum-pulih.db");
  g_assert_cmpstr (all->pdata[1], ==, "kinerja-2020-01-01-080000.db");
  g_assert_cmpstr (all->pdata[2], ==, "kinerja-2020-01-04-080000-impor.db");
  for (guint i = 0; i < G_N_ELEMENTS (kept_by_hand); i++)
    {
      g_autofree char *path = g_build_filename (folder, kept_by_hand[i], NULL);

      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

static void
test_restore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = back_up (fixture);
  g_autofree char *kept = NULL;
  g_autofree char *names = NULL;
  g_autofree char *kept_names = NULL;
  g_autofree char *check = NULL;
  GStatBuf st;

  add_siti (fixture);

  /* While it is open (here, by this very store): refused, and nothing changes. */
  g_assert_false (kn_store_restore (fixture->path, backup, &kept, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_BUSY);
  g_assert_nonnull (error != NULL ? strstr (error->message, "another Kinerja") : NULL);
  g_assert_null (kept);
  g_clear_error (&error);

  g_clear_object (&fixture->store);
  g_assert_true (kn_store_restore (fixture->path, backup, &kept, &error));
  ASSERT_NO_ERROR (error);

  names = names_in (fixture->path);
  g_assert_cmpstr (names, ==, "Budi Rahayu");
  check = kn_test_run_sqlite (fixture->path, "PRAGMA integrity_check; PRAGMA foreign_key_check;");
  g_assert_cmpstr (check, ==, "ok\n");

  /* What it replaced is kept, privately, in the backup folder. */
  g_assert_nonnull (kept);
  STOP_IF_FAILED ();
  g_assert_true (g_str_has_suffix (kept, "-sebelum-pulih.db"));
  g_assert_true (g_str_has_prefix (kept, fixture->folder));
  g_assert_cmpint (g_stat (kept, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  kept_names = names_in (kept);
  g_assert_cmpstr (kept_names, ==, "Budi Rahayu, Siti Aminah");

  /* It opens and writes as before. */
  fixture->store = kn_store_open (fixture->path, &error);
  ASSERT_NO_ERROR (error);
  add_siti (fixture);
}

static void
test_restore_refuses_foreign (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_build_filename (fixture->folder, "catatan.db", NULL);
  g_autofree char *foreign = g_build_filename (fixture->folder, "lain.db", NULL);
  g_autofree char *empty = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  const char *files[] = { text, foreign };

  g_clear_object (&fixture->store);
  g_assert_true (g_file_set_contents (text, "bukan basis data\n", -1, NULL));
  empty = kn_test_run_sqlite (foreign, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_assert_false (kn_store_restore (fixture->path, files[i], &kept, &error));
      g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_KINERJA);
      g_assert_nonnull (error != NULL ? strstr (error->message, files[i]) : NULL);
      g_assert_null (kept);
      g_clear_error (&error);
    }

  names = names_in (fixture->path);
  g_assert_cmpstr (names, ==, "Budi Rahayu");
  copies = backups_ending (fixture->path, ".db");
  g_assert_cmpuint (copies->len, ==, 0);
}

static void
test_restore_refuses_damaged (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = back_up (fixture);
  g_autofree char *out = NULL;
  g_autofree char *names = NULL;
  g_autofree char *kept = NULL;

  g_clear_object (&fixture->store);

  /* An index that no longer matches its table: the file opens, only the full check sees it. */
  out = kn_test_run_sqlite (backup,
                            "CREATE INDEX employee_by_name ON employee (name);"
                            " PRAGMA writable_schema = ON;"
                            " UPDATE sqlite_master SET sql = 'CREATE INDEX employee_by_name ON employee (nip)'"
                            " WHERE name = 'employee_by_name';");
  g_assert_false (kn_store_restore (fixture->path, backup, &kept, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_DAMAGED);
  g_assert_null (kept);
  names = names_in (fixture->path);
  g_assert_cmpstr (names, ==, "Budi Rahayu");
}

static void
on_changed_cb (KnStore        *store,
               KnStoreChanges *changes,
               gpointer        user_data)
{
  gboolean *external = user_data;

  *external = kn_store_changes_is_external (changes);
}

typedef struct
{
  gboolean  done;
  gboolean  restored;
  char     *kept;
  GError   *error;
} Restored;

static void
on_restored_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Restored *restored = user_data;

  restored->restored = kn_store_restore_here_finish (KN_STORE (source), result, &restored->kept,
                                                     &restored->error);
  restored->done = TRUE;
}

/* kn_store_restore_here_async, waited for. */
static gboolean
restore_here (KnStore     *store,
              const char  *backup,
              char       **kept,
              GError     **error)
{
  Restored restored = { 0 };

  kn_store_restore_here_async (store, backup, on_restored_cb, &restored);
  while (!restored.done)
    g_main_context_iteration (NULL, TRUE);
  if (kept != NULL)
    *kept = restored.kept;
  else
    g_free (restored.kept);
  if (restored.error != NULL)
    g_propagate_error (error, restored.error);
  return restored.restored;
}

static void
test_restore_here (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = back_up (fixture);
  g_autofree char *kept = NULL;
  g_autofree char *kept_names = NULL;
  GListModel *employees = kn_store_get_employees (fixture->store);
  gboolean external = FALSE;

  add_siti (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (employees), ==, 2);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed_cb), &external);

  /* The same store object, restored under the views that show it. */
  g_assert_true (restore_here (fixture->store, backup, &kept, &error));
  ASSERT_NO_ERROR (error);
  g_assert_true (external);
  g_assert_cmpuint (g_list_model_get_n_items (employees), ==, 1);
  g_assert_null (kn_store_find_employee_by_nip (fixture->store, NIP_B));
  kept_names = names_in (kept);
  g_assert_cmpstr (kept_names, ==, "Budi Rahayu, Siti Aminah");

  /* And it works on: a write, and a restore refused while another connection has the file. */
  add_siti (fixture);
  {
    g_autoptr(KnStore) other = kn_store_open_with_mode (fixture->path, KN_STORE_OPEN_READ_ONLY,
                                                        &error);

    ASSERT_NO_ERROR (error);
    g_assert_false (restore_here (fixture->store, backup, NULL, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_BUSY);
    g_clear_error (&error);
  }
  g_assert_cmpuint (g_list_model_get_n_items (employees), ==, 2);
  kn_test_add_person (fixture->store, NIP_RINA, "Rina", NULL, "Analis Kurikulum",
                      KN_POSITION_AHLI_PERTAMA, fixture->unit, 0);
}

/* While the file is replaced in a thread, the window goes on reading through the store, nothing
 * is written (it would be lost, or half in the copy kept), and no backup is made of it. */
static void
test_restore_here_meanwhile (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *made = NULL;
  g_autofree char *town = NULL;
  g_autofree char *kept_names = NULL;
  g_autoptr(KnEmployee) rina = kn_employee_new ();
  Restored restored = { 0 };
  guint turns = 0;

  g_assert_true (kn_store_set_setting (fixture->store, "kota", "Bandar Lampung", &error));
  ASSERT_NO_ERROR (error);
  backup = back_up (fixture);
  g_assert_true (kn_store_set_setting (fixture->store, "kota", "Metro", &error));
  ASSERT_NO_ERROR (error);
  add_siti (fixture);

  kn_store_restore_here_async (fixture->store, backup, on_restored_cb, &restored);
  g_assert_true (kn_store_is_restoring (fixture->store));

  /* Read from the file itself, before or after the thread replaced it. */
  town = kn_store_get_setting (fixture->store, "kota");
  g_assert_true (g_strcmp0 (town, "Metro") == 0 || g_strcmp0 (town, "Bandar Lampung") == 0);
  g_clear_pointer (&town, g_free);

  kn_employee_set_nip (rina, NIP_RINA);
  kn_employee_set_name (rina, "Rina");
  kn_employee_set_status (rina, KN_EMPLOYEE_STATUS_PNS);
  kn_employee_set_rank (rina, "III/c");
  kn_employee_set_position (rina, "Analis Kurikulum");
  kn_employee_set_position_kind (rina, KN_POSITION_AHLI_PERTAMA);
  kn_employee_set_unit_id (rina, fixture->unit);
  g_assert_false (kn_store_add_employee (fixture->store, rina, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "restored"));
  g_clear_error (&error);

  made = kn_store_backup_auto (fixture->store, KN_STORE_BACKUP_DAILY, &error);
  ASSERT_NO_ERROR (error);
  g_assert_null (made);

  /* The main loop turns while the thread works: the answer comes from it, not at once. */
  while (!restored.done)
    {
      g_main_context_iteration (NULL, TRUE);
      turns++;
    }
  g_assert_cmpuint (turns, >, 0);
  g_assert_true (restored.restored);
  g_assert_no_error (restored.error);
  g_assert_false (kn_store_is_restoring (fixture->store));
  kept_names = names_in (restored.kept);
  g_assert_cmpstr (kept_names, ==, "Budi Rahayu, Siti Aminah");
  g_free (restored.kept);

  /* Rina was written neither into the database nor into the copy kept, and can be now. */
  g_assert_null (kn_store_find_employee_by_nip (fixture->store, NIP_B));
  g_assert_null (kn_store_find_employee_by_nip (fixture->store, NIP_RINA));
  town = kn_store_get_setting (fixture->store, "kota");
  g_assert_cmpstr (town, ==, "Bandar Lampung");
  g_assert_true (kn_store_add_employee (fixture->store, rina, &error));
  ASSERT_NO_ERROR (error);
}

/* What the store tells of a restore: "restoring" as it begins, and again as it ends, once the
 * restored file is open (whoever waited reads what was restored), before the answer. */
typedef struct
{
  GArray   *told;      /* gboolean: kn_store_is_restoring at each notification */
  guint     n_people;  /* the employees the store showed when told it was over */
  Restored *restored;
  gboolean  answered;  /* the answer had come when it was told it was over */
} RestoringTold;

static void
on_restoring_cb (KnStore       *store,
                 GParamSpec    *pspec,
                 RestoringTold *told)
{
  gboolean restoring = kn_store_is_restoring (store);

  g_array_append_val (told->told, restoring);
  if (!restoring)
    {
      told->n_people = g_list_model_get_n_items (kn_store_get_employees (store));
      told->answered = told->restored->done;
    }
}

static void
test_restore_here_told (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *backup = back_up (fixture);
  Restored restored = { 0 };
  RestoringTold told = { g_array_new (FALSE, FALSE, sizeof (gboolean)), 0, &restored, FALSE };

  add_siti (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, 2);
  g_signal_connect (fixture->store, "notify::restoring", G_CALLBACK (on_restoring_cb), &told);

  kn_store_restore_here_async (fixture->store, backup, on_restored_cb, &restored);
  g_assert_cmpuint (told.told->len, ==, 1);
  g_assert_true (g_array_index (told.told, gboolean, 0));
  while (!restored.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (restored.restored);
  g_assert_no_error (restored.error);
  g_free (restored.kept);

  g_assert_cmpuint (told.told->len, ==, 2);
  g_assert_false (g_array_index (told.told, gboolean, 1));
  g_assert_cmpuint (told.n_people, ==, 1);
  g_assert_false (told.answered);
  g_signal_handlers_disconnect_by_data (fixture->store, &told);
  g_array_unref (told.told);
}

/* "n-background" is told on the main context as a connection of the store's own opens in
 * another thread and as it lets go — a restore waits for that instead of looking again and
 * again. */
typedef struct
{
  GArray   *seen;         /* guint: kn_store_get_n_background at each notification */
  GThread  *main;         /* the test's thread, which runs the main context */
  gboolean  off_main;     /* one came in another thread */
} BackgroundTold;

static void
on_n_background_cb (KnStore        *store,
                    GParamSpec     *pspec,
                    BackgroundTold *told)
{
  guint n = kn_store_get_n_background (store);

  g_array_append_val (told->seen, n);
  if (g_thread_self () != told->main)
    told->off_main = TRUE;
}

static void
on_checked_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  gboolean *done = user_data;

  g_assert_true (kn_store_check_integrity_finish (KN_STORE (source), result, NULL));
  *done = TRUE;
}

static void
test_background_told (Fixture       *fixture,
                      gconstpointer  data)
{
  BackgroundTold told = { g_array_new (FALSE, FALSE, sizeof (guint)), g_thread_self (), FALSE };
  gboolean done = FALSE;

  g_signal_connect (fixture->store, "notify::n-background", G_CALLBACK (on_n_background_cb),
                    &told);
  kn_store_check_integrity_async (fixture->store, KN_STORE_CHECK_QUICK, NULL, on_checked_cb,
                                  &done);
  g_assert_cmpuint (told.seen->len, ==, 1);
  g_assert_cmpuint (g_array_index (told.seen, guint, 0), ==, 1);

  while (!done || told.seen->len < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (told.seen->len, ==, 2);
  g_assert_cmpuint (g_array_index (told.seen, guint, 1), ==, 0);
  g_assert_cmpuint (kn_store_get_n_background (fixture->store), ==, 0);
  g_assert_false (told.off_main);
  g_signal_handlers_disconnect_by_data (fixture->store, &told);
  g_array_unref (told.seen);
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) KN_TEST_ONE_UNIT_ADD (path, "kinerja-test-backup-XXXXXX", func)
  ADD ("/store-backup/by-hand", test_backup_by_hand);
  ADD ("/store-backup/not-a-file", test_backup_not_a_file);
  ADD ("/store-backup/daily-once", test_daily_once);
  ADD ("/store-backup/daily-async", test_daily_async);
  ADD ("/store-backup/before-finalising", test_before_finalising);
  ADD ("/store-backup/failure-blocks-finalising", test_backup_failure_blocks_finalising);
  ADD ("/store-backup/keeps-fourteen", test_keeps_fourteen);
  ADD ("/store-backup/restore", test_restore);
  ADD ("/store-backup/restore-here", test_restore_here);
  ADD ("/store-backup/restore-here-meanwhile", test_restore_here_meanwhile);
  ADD ("/store-backup/restore-here-told", test_restore_here_told);
  ADD ("/store-backup/background-told", test_background_told);
  ADD ("/store-backup/restore-refuses-foreign", test_restore_refuses_foreign);
  ADD ("/store-backup/restore-refuses-damaged", test_restore_refuses_damaged);
#undef ADD

  return g_test_run ();
}
