/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the store's care for the file: writes that wait their turn, opening read-only or
 * existing-only without harm, messages that say what happened, and noticing damage. */

#define G_LOG_DOMAIN "test-store-safety"

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "kinerja/kn-employee.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-indicator.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-plan-result.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-store.h"

#include "src/core/kn-store-private.h"

#include "kn-test-util.h"

#define YEAR      2026
#define POSITION  "Analis Kurikulum Ahli Pertama"
#define PERSON    "Budi Rahayu, S.Pd."
#define NIP       "198609262015051001"
#define UNIT      "Dinas Pendidikan dan Kebudayaan"

#define ASSERT_ERROR(error, domain, code) \
  G_STMT_START { g_assert_error (error, domain, code); STOP_IF_FAILED (); } G_STMT_END

typedef struct
{
  char *folder;
  char *path;
} Fixture;

/* Helpers: files */

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_file_is (const char *path,
                GBytes     *expected)
{
  g_autoptr(GBytes) now = read_file (path);

  g_assert_cmpmem (g_bytes_get_data (now, NULL), g_bytes_get_size (now),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

/* Flips the bits of the byte at @offset of @path. */
static void
flip_byte (const char *path,
           gsize       offset)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (offset, <, length);
  contents[offset] ^= 0x55;
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
}

/* Helpers: the store */

static gint64
add_person (KnStore    *store,
            const char *nip,
            const char *name,
            gint64      unit_id)
{
  return kn_test_add_person (store, nip, name, "III/a", POSITION, KN_POSITION_AHLI_PERTAMA,
                             unit_id, 0);
}

/* A unit, one person of POSITION in it, and a template for POSITION: applying it reads inside
 * the write (the person's plan for the year) before it writes. */
static gint64
set_up_template (KnStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = kn_plan_new (0, YEAR);
  gint64 unit_id = kn_test_add_unit (store, UNIT, 0);
  KnPlanResult *result;

  add_person (store, NIP, PERSON, unit_id);

  result = kn_test_plan_add_result (plan, KN_RESULT_KIND_UTAMA,
                                    "Tersusunnya dokumen kurikulum SMA yang sesuai standar", 0);
  kn_test_result_add_indicator (result, KN_ASPECT_KUANTITAS,
                                "Jumlah dokumen kurikulum yang tersusun", 4, "dokumen");

  g_assert_true (kn_store_save_template (store, POSITION, plan, &error));
  g_assert_no_error (error);
  return unit_id;
}

/* Another connection that holds the write lock, then commits after @hold_ms. */
typedef struct
{
  KnStore *store;
  guint    hold_ms;
} Holder;

static gpointer
hold_then_commit (gpointer data)
{
  Holder *holder = data;
  g_autoptr(GError) error = NULL;

  g_usleep (holder->hold_ms * G_TIME_SPAN_MILLISECOND);
  g_assert_true (kn_store_set_setting (holder->store, "kota", "Metro", &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_commit (holder->store, &error));
  g_assert_no_error (error);
  return NULL;
}

static GThread *
hold_write_lock (Holder     *holder,
                 const char *path,
                 guint       hold_ms)
{
  g_autoptr(GError) error = NULL;

  holder->store = kn_test_store_open (path, KN_STORE_OPEN_EXISTING);
  holder->hold_ms = hold_ms;
  /* Taken here, so the lock is held before the other connection tries to write. */
  g_assert_true (kn_store_begin (holder->store, &error));
  g_assert_no_error (error);
  return g_thread_new ("holder", hold_then_commit, holder);
}

/* Fixture */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->folder = kn_test_make_folder ("kinerja-test-store-safety-XXXXXX");
  fixture->path = g_build_filename (fixture->folder, "kinerja.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* A test may leave the folder read-only. */
  g_chmod (fixture->folder, 0700);
  kn_test_store_clear (NULL, &fixture->folder, &fixture->path);
}

/* A database with one unit, closed, with nothing beside it. */
static void
make_database (Fixture *fixture)
{
  g_autoptr(KnStore) store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);

  kn_test_add_unit (store, UNIT, 0);
}

/* Tests: writes wait their turn */

static void
test_write_waits_its_turn (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_autoptr(KnStore) after = NULL;
  g_autoptr(KnPlan) plan = NULL;
  g_autofree char *kota = NULL;
  Holder holder = { 0 };
  GThread *thread;
  guint n_created = 0, n_replaced = 0, n_skipped = 0;
  gint64 unit_id = set_up_template (store);
  KnEmployee *person = kn_store_find_employee_by_nip (store, NIP);

  STOP_IF_FAILED ();

  /* The other program writes for a second; the apply waits for it rather than fail. */
  thread = hold_write_lock (&holder, fixture->path, 1000);
  g_assert_true (kn_store_apply_template (store, POSITION, unit_id, 0, YEAR,
                                          KN_APPLY_SKIP_EXISTING, &n_created, &n_replaced,
                                          &n_skipped, &error));
  g_assert_no_error (error);
  g_thread_join (thread);
  g_clear_object (&holder.store);
  g_assert_cmpuint (n_created, ==, 1);

  /* Both writes landed. */
  after = kn_test_store_open (fixture->path, KN_STORE_OPEN_READ_ONLY);
  plan = kn_store_load_plan (after, kn_employee_get_id (person), YEAR, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  kota = kn_store_get_setting (after, "kota");
  g_assert_cmpstr (kota, ==, "Metro");
}

static void
test_write_busy_message (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_autoptr(KnPlan) plan = NULL;
  Holder holder = { 0 };
  GThread *thread;
  gint64 unit_id = set_up_template (store);
  KnEmployee *person = kn_store_find_employee_by_nip (store, NIP);

  STOP_IF_FAILED ();

  /* The other program writes for longer than this store waits. */
  kn_store_set_busy_timeout (store, 100);
  thread = hold_write_lock (&holder, fixture->path, 1500);
  g_assert_false (kn_store_apply_template (store, POSITION, unit_id, 0, YEAR,
                                           KN_APPLY_SKIP_EXISTING, NULL, NULL, NULL, &error));
  g_thread_join (thread);
  g_clear_object (&holder.store);

  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_BUSY);
  STOP_IF_FAILED ();
  g_test_message ("busy: %s", error->message);
  g_assert_nonnull (strstr (error->message, "busy"));
  g_assert_nonnull (strstr (error->message, "another program"));
  g_assert_null (strstr (error->message, PERSON));

  /* Nothing of the apply was written. */
  g_clear_error (&error);
  plan = kn_store_load_plan (store, kn_employee_get_id (person), YEAR, &error);
  g_assert_no_error (error);
  g_assert_null (plan);
}

/* Tests: opening without harm */

static void
test_open_missing (Fixture       *fixture,
                   gconstpointer  data)
{
  KnStoreOpenMode mode = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autofree char *typo = g_build_filename (fixture->folder, "Dokumen", "kinerja.db", NULL);
  g_autofree char *listing = NULL;

  store = kn_store_open_with_mode (typo, mode, &error);
  g_assert_null (store);
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_NO_DATABASE);
  g_test_message ("missing: %s", error->message);
  g_assert_nonnull (strstr (error->message, typo));
  g_assert_nonnull (strstr (error->message, g_strerror (ENOENT)));

  /* Neither the mistyped folder nor a database was made. */
  listing = kn_test_folder_listing (fixture->folder);
  g_assert_cmpstr (listing, ==, "");
}

static void
test_open_empty_file (Fixture       *fixture,
                      gconstpointer  data)
{
  KnStoreOpenMode mode = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autofree char *listing = NULL;

  g_assert_true (g_file_set_contents (fixture->path, "", 0, &error));
  ASSERT_NO_ERROR (error);

  store = kn_store_open_with_mode (fixture->path, mode, &error);
  g_assert_null (store);
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_KINERJA);

  assert_file_is (fixture->path, empty);
  listing = kn_test_folder_listing (fixture->folder);
  g_assert_cmpstr (listing, ==, "kinerja.db");
}

/* Another program's empty file with its own schema version is not ours: never stamped. */
static void
test_open_foreign_empty_with_version (Fixture       *fixture,
                                      gconstpointer  data)
{
  KnStoreOpenMode mode = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autofree char *out = NULL;
  g_autofree char *listing = NULL;

  if (!kn_test_require_sqlite3 ())
    return;

  out = kn_test_run_sqlite (fixture->path, "PRAGMA user_version = 3;");
  before = read_file (fixture->path);
  g_assert_cmpuint (g_bytes_get_size (before), >, 0);

  store = kn_store_open_with_mode (fixture->path, mode, &error);
  g_assert_null (store);
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_KINERJA);

  assert_file_is (fixture->path, before);
  listing = kn_test_folder_listing (fixture->folder);
  g_assert_cmpstr (listing, ==, "kinerja.db");
}

static void
test_open_read_only_leaves_nothing (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autofree char *listing = NULL;

  make_database (fixture);
  STOP_IF_FAILED ();
  g_assert_cmpint (g_chmod (fixture->path, 0400), ==, 0);
  before = read_file (fixture->path);

  store = kn_test_store_open (fixture->path, KN_STORE_OPEN_READ_ONLY);
  STOP_IF_FAILED ();
  g_assert_true (kn_store_is_read_only (store));
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (store)), ==, 1);
  g_assert_cmpint (kn_store_get_schema_version (store), ==, KN_STORE_SCHEMA_VERSION);

  /* A write is refused and says why. */
  g_assert_false (kn_store_set_setting (store, "kota", "Metro", &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_clear_object (&store);
  assert_file_is (fixture->path, before);
  listing = kn_test_folder_listing (fixture->folder);
  g_assert_cmpstr (listing, ==, "kinerja.db");
}

/* While the window has the database open, a read-only reader sees what it has committed. */
static void
test_open_read_only_beside_writer (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(KnStore) writer = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_autoptr(KnStore) reader = NULL;
  g_autofree char *listing = NULL;

  kn_test_add_unit (writer, UNIT, 0);
  kn_test_add_unit (writer, "Badan Kepegawaian Daerah", 0);

  reader = kn_test_store_open (fixture->path, KN_STORE_OPEN_READ_ONLY);
  STOP_IF_FAILED ();
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (reader)), ==, 2);

  g_clear_object (&reader);
  g_clear_object (&writer);
  listing = kn_test_folder_listing (fixture->folder);
  g_assert_cmpstr (listing, ==, "kinerja.db");
}

static void
test_open_older_read_only (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GBytes) before = NULL;

  g_assert_true (kn_store_create_at_version (fixture->path, 2, &error));
  ASSERT_NO_ERROR (error);
  g_clear_object (&store);
  before = read_file (fixture->path);

  store = kn_store_open_with_mode (fixture->path, KN_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (store);
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_VERSION);
  g_assert_nonnull (strstr (error->message, "older"));
  assert_file_is (fixture->path, before);
}

static void
test_open_directory (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;

  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);

  store = kn_store_open (fixture->path, &error);
  g_assert_null (store);
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED);
  g_test_message ("directory: %s", error->message);
  g_assert_nonnull (strstr (error->message, g_strerror (EISDIR)));
  g_assert_null (strstr (error->message, "disk"));
  g_assert_null (strstr (error->message, "space"));
}

/* A folder the user may not write: the database in it cannot be changed, but can be read. The
 * temporary folder is reachable by everyone, so that the child can open it as nobody. */
static void
test_open_read_only_folder (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *listing = NULL;

  make_database (fixture);
  STOP_IF_FAILED ();
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (fixture->folder, 0555), ==, 0);

  g_setenv ("KN_TEST_DATABASE", fixture->path, TRUE);
  g_test_trap_subprocess ("/store/open/read-only-folder/as-user", 0, 0);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*existing:*may not change*");

  listing = kn_test_folder_listing (fixture->folder);
  g_assert_cmpstr (listing, ==, "kinerja.db");
}

/* The child of test_open_read_only_folder. */
static void
test_open_read_only_folder_as_user (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  const char *path = g_getenv ("KN_TEST_DATABASE");

  if (!g_test_subprocess ())
    {
      g_test_skip ("run by /store/open/read-only-folder");
      return;
    }

  /* Permissions do not bind root: be nobody. */
  if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
    g_error ("could not become nobody");

  g_assert_nonnull (path);
  store = kn_store_open_with_mode (path, KN_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_PERMISSION);
  if (error != NULL)
    g_printerr ("existing: %s\n", error->message);
  g_clear_error (&error);

  store = kn_store_open_with_mode (path, KN_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (store != NULL)
    g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (store)), ==, 1);
}

static void
test_open_damaged_header (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;

  make_database (fixture);
  STOP_IF_FAILED ();
  /* The first page's b-tree header, just after the 100-byte file header. */
  flip_byte (fixture->path, 100);

  store = kn_store_open_with_mode (fixture->path, KN_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_DAMAGED);
  g_test_message ("damaged: %s", error->message);
  g_assert_nonnull (strstr (error->message, "backup"));
}

/* Tests: noticing damage */

/* A database with enough employees for its NIP index (the one UNIQUE makes) to fill several
 * pages; returns the number of one of that index's leaves (pages count from 1). */
static guint
make_indexed_database (Fixture *fixture)
{
  g_autofree char *out = NULL;
  guint64 page = 0;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KnStore) store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
    gint64 unit_id = kn_test_add_unit (store, UNIT, 0);

    g_assert_true (kn_store_begin (store, &error));
    g_assert_no_error (error);
    for (guint i = 0; i < 600; i++)
      {
        g_autofree char *nip = g_strdup_printf ("198501012010011%03u", i + 1);
        g_autofree char *name = g_strdup_printf ("Pegawai Nomor %u", i);

        add_person (store, nip, name, unit_id);
      }
    g_assert_true (kn_store_commit (store, &error));
    g_assert_no_error (error);
  }

  out = kn_test_run_sqlite (fixture->path,
                        "SELECT pageno FROM dbstat WHERE name = 'sqlite_autoindex_employee_1'"
                        " AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 1;");
  page = g_ascii_strtoull (out, NULL, 10);
  g_assert_cmpuint (page, >, 1);
  return page;
}

static void
test_integrity_index_key (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  guint page;

  if (!kn_test_require_sqlite3 ())
    return;

  page = make_indexed_database (fixture);
  STOP_IF_FAILED ();
  /* A byte of the last key of the index page (a NIP; cells fill a page from its end): only a
   * full check compares indexes with their tables. */
  flip_byte (fixture->path, (gsize)page * 4096 - 4);

  store = kn_test_store_open (fixture->path, KN_STORE_OPEN_EXISTING);
  STOP_IF_FAILED ();
  g_assert_false (kn_store_check_integrity (store, KN_STORE_CHECK_FULL, &error));
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_DAMAGED);
  g_test_message ("full check: %s", error->message);
  g_assert_nonnull (strstr (error->message, "index"));
}

static void
test_integrity_quick (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  guint page;

  if (!kn_test_require_sqlite3 ())
    return;

  page = make_indexed_database (fixture);
  STOP_IF_FAILED ();

  store = kn_test_store_open (fixture->path, KN_STORE_OPEN_EXISTING);
  STOP_IF_FAILED ();
  g_assert_true (kn_store_check_integrity (store, KN_STORE_CHECK_QUICK, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_check_integrity (store, KN_STORE_CHECK_FULL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* The index page's count of cells (bytes 3–4 of its header). */
  flip_byte (fixture->path, (gsize)(page - 1) * 4096 + 4);

  store = kn_test_store_open (fixture->path, KN_STORE_OPEN_EXISTING);
  STOP_IF_FAILED ();
  g_assert_false (kn_store_check_integrity (store, KN_STORE_CHECK_QUICK, &error));
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_DAMAGED);
  g_test_message ("quick check: %s", error->message);
  g_assert_nonnull (strstr (error->message, fixture->path));
}

typedef struct
{
  gboolean  done;
  gboolean  passed;
  GError   *error;
} CheckResult;

static void
on_checked_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  CheckResult *check = user_data;

  check->passed = kn_store_check_integrity_finish (KN_STORE (source), result, &check->error);
  check->done = TRUE;
}

/* Runs the asynchronous check and waits for it (a bounded number of main loop turns). */
static gboolean
check_async (KnStore       *store,
             KnStoreCheck   check,
             GError       **error)
{
  CheckResult result = { 0 };

  kn_store_check_integrity_async (store, check, NULL, on_checked_cb, &result);
  for (guint i = 0; i < 100000 && !result.done; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (result.done);
  if (result.error != NULL)
    g_propagate_error (error, result.error);
  return result.passed;
}

static void
test_integrity_async (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  guint page;

  if (!kn_test_require_sqlite3 ())
    return;

  page = make_indexed_database (fixture);
  STOP_IF_FAILED ();

  /* While the store is open, as in the window. */
  store = kn_test_store_open (fixture->path, KN_STORE_OPEN_EXISTING);
  STOP_IF_FAILED ();
  g_assert_true (check_async (store, KN_STORE_CHECK_QUICK, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  flip_byte (fixture->path, (gsize)page * 4096 - 4);
  store = kn_test_store_open (fixture->path, KN_STORE_OPEN_EXISTING);
  STOP_IF_FAILED ();
  g_assert_false (check_async (store, KN_STORE_CHECK_FULL, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_DAMAGED);
}

/* The window reads in a worker on a connection of its own and closes it; then another program
 * opens the file and closes it (the sqlite3 shell, a backup script, kinerja-cli). What the
 * window saves after that must still reach everyone else: closing the reading's connection once
 * let go of the window's own SQLite lock, so the other program took itself for the last one and
 * deleted the write-ahead log the window went on writing to. */
static void
test_saves_reach_other_programs (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(KnStore) window = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *backup = NULL;
  gint64 unit = kn_test_add_unit (window, UNIT, 0);

  {
    g_autoptr(KnStore) reading = kn_test_store_open (fixture->path, KN_STORE_OPEN_READ_ONLY);

    STOP_IF_FAILED ();
    g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (reading)), ==, 1);
  }

  /* Another program comes and goes, writing (a backup, here). */
  backup = g_build_filename (fixture->folder, "salinan.db", NULL);
  g_assert_cmpint (kn_test_run_cli (&out, &err, "backup", "--database", fixture->path,
                                    "--output", backup, NULL),
                   ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Saved by the window afterwards, and seen by the next program. */
  kn_test_add_person (window, NIP, PERSON, NULL, "Guru Ahli Muda", KN_POSITION_AHLI_MUDA, unit, 0);
  g_assert_cmpint (kn_test_run_cli (&out, &err, "employees", "--database", fixture->path, NULL),
                   ==, 0);
  g_assert_nonnull (strstr (out, "Budi Rahayu"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

#define ADD(name, data, func) \
  g_test_add (name, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/write/waits-its-turn", NULL, test_write_waits_its_turn);
  ADD ("/store/write/busy-message", NULL, test_write_busy_message);
  ADD ("/store/open/read-only/missing", GUINT_TO_POINTER (KN_STORE_OPEN_READ_ONLY),
       test_open_missing);
  ADD ("/store/open/existing/missing", GUINT_TO_POINTER (KN_STORE_OPEN_EXISTING),
       test_open_missing);
  ADD ("/store/open/read-only/empty-file", GUINT_TO_POINTER (KN_STORE_OPEN_READ_ONLY),
       test_open_empty_file);
  ADD ("/store/open/existing/empty-file", GUINT_TO_POINTER (KN_STORE_OPEN_EXISTING),
       test_open_empty_file);
  ADD ("/store/open/create/foreign-empty-with-version", GUINT_TO_POINTER (KN_STORE_OPEN_CREATE),
       test_open_foreign_empty_with_version);
  ADD ("/store/open/read-only/foreign-empty-with-version",
       GUINT_TO_POINTER (KN_STORE_OPEN_READ_ONLY), test_open_foreign_empty_with_version);
  ADD ("/store/open/read-only/leaves-nothing", NULL, test_open_read_only_leaves_nothing);
  ADD ("/store/open/read-only/beside-writer", NULL, test_open_read_only_beside_writer);
  ADD ("/store/open/saves-reach-other-programs", NULL, test_saves_reach_other_programs);
  ADD ("/store/open/read-only/older-version", NULL, test_open_older_read_only);
  ADD ("/store/open/directory", NULL, test_open_directory);
  ADD ("/store/open/read-only-folder", NULL, test_open_read_only_folder);
  g_test_add_func ("/store/open/read-only-folder/as-user", test_open_read_only_folder_as_user);
  ADD ("/store/open/damaged-header", NULL, test_open_damaged_header);
  ADD ("/store/integrity/index-key", NULL, test_integrity_index_key);
  ADD ("/store/integrity/quick", NULL, test_integrity_quick);
  ADD ("/store/integrity/async", NULL, test_integrity_async);

#undef ADD

  return g_test_run ();
}
