/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the store: opening and migrating files, units, employees, live models, audit, bulk. */

#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-employee.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-nip.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-rank.h"
#include "kinerja/kn-store.h"

#include "kn-test-util.h"

#include "src/core/kn-store-private.h"

/* Valid numbers: PNS (digits 9–14 are the TMT CPNS) and NI PPPK (13–14 not a month). */
#define NIP_A     "198001012005011003"
#define NIP_B     "197503121999032002"
#define NIP_C     "198609262015051001"
#define NIP_D     "199001012015031001"
#define NIP_PPPK  "198808122021212001"
#define NIP_PPPK2 "199001152024211003"
#define NIP_E     "199203152019032001"

#define DINAS      "Dinas Pendidikan dan Kebudayaan"
#define BKD        "Badan Kepegawaian Daerah"
#define BIDANG_SMA "Bidang Pembinaan SMA"
#define BIDANG_SMK "Bidang Pembinaan SMK"
#define SEKRETARIAT "Sekretariat"
#define SEKSI      "Seksi Kurikulum SMA"

#define SEP " › "

/* "KNRJ", the application_id of a Kinerja database. */
#define KINERJA_APPLICATION_ID "1263424074"

#define ASSERT_ERROR(error, domain, code) \
  G_STMT_START { g_assert_error (error, domain, code); STOP_IF_FAILED (); } G_STMT_END
#define ASSERT_SOME_ERROR(error) \
  G_STMT_START { g_assert_nonnull (error); STOP_IF_FAILED (); } G_STMT_END

typedef struct
{
  char *folder;
  char *path;
} Fixture;

/* The units of build_org (). */
typedef struct
{
  gint64 dinas;
  gint64 bidang_sma;
  gint64 bidang_smk;
  gint64 sekretariat_dinas;
  gint64 seksi;
  gint64 bkd;
  gint64 sekretariat_bkd;
} Org;

/* A ← B ← {C, D}: C and D report to B, B reports to A; A has no atasan. */
typedef struct
{
  gint64 a;
  gint64 b;
  gint64 c;
  gint64 d;
} Chain;

typedef struct
{
  guint emissions;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

/* Helpers: files */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->folder = kn_test_make_folder ("kinerja-test-store-XXXXXX");
  fixture->path = kn_test_database_location (fixture->folder, "kinerja.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_remove_tree (fixture->folder);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->folder, g_free);
}

static void
assert_private_file (const char *path)
{
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (kn_test_file_mode (path), ==, 0600);
}

static gboolean
folder_has_name_starting (const char *folder,
                          const char *prefix)
{
  g_autofree char *listing = kn_test_folder_listing (folder);
  g_auto(GStrv) names = g_strsplit (listing, " ", -1);

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_prefix (names[i], prefix))
      return TRUE;
  return FALSE;
}

static void
assert_file_contents (const char *path,
                      const char *expected,
                      gsize       expected_length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpmem (contents, length, expected, expected_length);
}

/* Helpers: the store */

static guint
n_employees (KnStore *store)
{
  return g_list_model_get_n_items (kn_store_get_employees (store));
}

static guint
n_units (KnStore *store)
{
  return g_list_model_get_n_items (kn_store_get_units (store));
}

static guint
n_audit (KnStore *store)
{
  g_autoptr(GPtrArray) entries = kn_store_list_audit (store, NULL, 0);

  return entries->len;
}

/* Two OPDs; the Dinas has three bidang/bagian, one of which has a seksi.
 * Added out of name order, so that tree order is the store's work. */
static void
build_org (KnStore *store,
           Org     *org)
{
  org->dinas = kn_test_add_unit (store, DINAS, 0);
  org->sekretariat_dinas = kn_test_add_unit (store, SEKRETARIAT, org->dinas);
  org->bidang_smk = kn_test_add_unit (store, BIDANG_SMK, org->dinas);
  org->bidang_sma = kn_test_add_unit (store, BIDANG_SMA, org->dinas);
  org->seksi = kn_test_add_unit (store, SEKSI, org->bidang_sma);
  org->bkd = kn_test_add_unit (store, BKD, 0);
  org->sekretariat_bkd = kn_test_add_unit (store, SEKRETARIAT, org->bkd);
}

static KnEmployee *
new_employee (const char       *nip,
              const char       *name,
              KnEmployeeStatus  status,
              const char       *rank,
              gint64            unit_id,
              gint64            supervisor_id)
{
  KnEmployee *employee = kn_employee_new ();

  kn_employee_set_nip (employee, nip);
  kn_employee_set_name (employee, name);
  kn_employee_set_status (employee, status);
  kn_employee_set_rank (employee, rank);
  kn_employee_set_position (employee, "Pengadministrasi Umum");
  kn_employee_set_position_kind (employee, KN_POSITION_PELAKSANA);
  kn_employee_set_unit_id (employee, unit_id);
  kn_employee_set_supervisor_id (employee, supervisor_id);
  return employee;
}

static gint64
add_employee (KnStore          *store,
              const char       *nip,
              const char       *name,
              KnEmployeeStatus  status,
              const char       *rank,
              gint64            unit_id,
              gint64            supervisor_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) employee = new_employee (nip, name, status, rank, unit_id, supervisor_id);

  g_assert_true (kn_store_add_employee (store, employee, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kn_employee_get_id (employee), >, 0);
  return kn_employee_get_id (employee);
}

static void
build_chain (KnStore *store,
             gint64   unit_id,
             Chain   *chain)
{
  chain->a = add_employee (store, NIP_A, "Ahmad Fauzi", KN_EMPLOYEE_STATUS_PNS, "IV/b", unit_id, 0);
  chain->b = add_employee (store, NIP_B, "Budi Rahayu", KN_EMPLOYEE_STATUS_PNS, "III/d", unit_id,
                           chain->a);
  chain->c = add_employee (store, NIP_C, "Citra Lestari", KN_EMPLOYEE_STATUS_PNS, "III/a", unit_id,
                           chain->b);
  chain->d = add_employee (store, NIP_D, "Dewi Sartika", KN_EMPLOYEE_STATUS_PNS, "III/a", unit_id,
                           chain->b);
}

/* A new store at the fixture's path with the units of build_org () in @org. */
static KnStore *
open_with_org (Fixture *fixture,
               Org     *org)
{
  KnStore *store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);

  build_org (store, org);
  return store;
}

/* The same with the people of build_chain () in the seksi. */
static KnStore *
open_with_chain (Fixture *fixture,
                 Org     *org,
                 Chain   *chain)
{
  KnStore *store = open_with_org (fixture, org);

  build_chain (store, org->seksi, chain);
  return store;
}

static gint64
supervisor_of (KnStore *store,
               gint64   employee_id)
{
  KnEmployee *employee = kn_store_lookup_employee (store, employee_id);

  g_assert_nonnull (employee);
  return kn_employee_get_supervisor_id (employee);
}

static void
assert_no_supervisor_name (KnEmployee *employee)
{
  const char *name = kn_employee_get_supervisor_name (employee);

  g_assert_true (name == NULL || name[0] == '\0');
}

/* @error is the store's @code; clears it for the next call. */
static void
assert_store_error (GError **error,
                    int      code)
{
  g_assert_error (*error, KN_STORE_ERROR, code);
  g_clear_error (error);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ItemsChanged *changed = user_data;

  changed->emissions++;
  changed->position = position;
  changed->removed = removed;
  changed->added = added;
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

/* Tests: opening */

static void
test_open_creates_private_file (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(KnStore) store = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  assert_private_file (fixture->path);
  g_assert_cmpint (kn_store_get_schema_version (store), ==, KN_STORE_SCHEMA_VERSION);
  g_assert_cmpstr (kn_store_get_path (store), ==, fixture->path);
  g_assert_cmpuint (n_units (store), ==, 0);
  g_assert_cmpuint (n_employees (store), ==, 0);

  /* The journal is a write-ahead log (DESIGN.md), and it holds personal data too. */
  kn_test_add_unit (store, DINAS, 0);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (kn_test_file_mode (wal), ==, 0600);

  g_clear_object (&store);
  assert_private_file (fixture->path);

  if (kn_test_have_sqlite3 ())
    {
      g_autofree char *out = kn_test_run_sqlite (fixture->path,
                                                 "PRAGMA user_version; PRAGMA application_id;");
      g_autofree char *expected = g_strdup_printf ("%d\n%s\n", KN_STORE_SCHEMA_VERSION,
                                                   KINERJA_APPLICATION_ID);

      g_assert_cmpstr (out, ==, expected);
    }
}

static void
test_open_creates_parent_folders (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *nested = g_build_filename (fixture->folder, "data", "kinerja", "kantor",
                                              NULL);
  g_autofree char *path = g_build_filename (nested, "kinerja.db", NULL);
  g_autoptr(KnStore) store = NULL;

  g_assert_false (g_file_test (nested, G_FILE_TEST_EXISTS));

  store = kn_test_store_open (path, KN_STORE_OPEN_CREATE);
  g_assert_true (g_file_test (nested, G_FILE_TEST_IS_DIR));
  assert_private_file (path);
  g_assert_cmpint (kn_store_get_schema_version (store), ==, KN_STORE_SCHEMA_VERSION);

  kn_test_add_unit (store, BKD, 0);
  kn_test_store_reopen (&store, path);
  g_assert_nonnull (kn_store_find_unit (store, BKD));
}

static void
test_open_reopen_keeps_data (Fixture       *fixture,
                             gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;
  g_autofree char *instansi = NULL;
  KnEmployee *c;

  g_assert_true (kn_store_set_setting (store, "instansi", "Pemerintah Kota Metro", &error));
  ASSERT_NO_ERROR (error);

  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpint (kn_store_get_schema_version (store), ==, KN_STORE_SCHEMA_VERSION);
  g_assert_cmpuint (n_units (store), ==, 7);
  g_assert_cmpuint (n_employees (store), ==, 4);
  c = kn_store_find_employee_by_nip (store, NIP_C);
  g_assert_nonnull (c);
  g_assert_cmpint (kn_employee_get_id (c), ==, chain.c);
  g_assert_cmpstr (kn_employee_get_name (c), ==, "Citra Lestari");
  g_assert_cmpint (kn_employee_get_supervisor_id (c), ==, chain.b);
  instansi = kn_store_get_setting (store, "instansi");
  g_assert_cmpstr (instansi, ==, "Pemerintah Kota Metro");

  /* Opening an up-to-date file takes no backup. */
  g_clear_object (&store);
  g_assert_false (folder_has_name_starting (fixture->folder, "kinerja.db.bak"));
}

static void
test_open_not_sqlite (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(KnStore) store = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append_printf (text, "Daftar hadir pegawai, baris %u: %08x\n", i,
                            g_test_rand_int ());
  g_assert_true (g_file_set_contents (fixture->path, text->str, text->len, &error));
  ASSERT_NO_ERROR (error);

  store = kn_store_open (fixture->path, &error);
  g_assert_null (store);
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_KINERJA);
  g_assert_nonnull (strstr (error->message, fixture->path));

  assert_file_contents (fixture->path, text->str, text->len);
  /* Only the file itself: no journal, WAL, shared memory or backup beside it. */
  kn_test_assert_listing (fixture->folder, "kinerja.db");
}

/* A file of another program, made by @sql, is refused and left as it was. */
static void
check_foreign_sqlite_refused (Fixture    *fixture,
                              const char *sql,
                              int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *out = NULL;
  gsize before_length = 0;

  out = kn_test_run_sqlite (fixture->path, sql);
  g_assert_true (g_file_get_contents (fixture->path, &before, &before_length, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (before_length, >, 0);

  store = kn_store_open (fixture->path, &error);
  g_assert_null (store);
  if (error != NULL)
    g_test_message ("refused: %s", error->message);
  ASSERT_ERROR (error, KN_STORE_ERROR, code);

  assert_file_contents (fixture->path, before, before_length);
  /* Only the file itself: no journal, WAL, shared memory or backup beside it. */
  kn_test_assert_listing (fixture->folder, "kinerja.db");
}

static void
test_open_foreign_sqlite (Fixture       *fixture,
                          gconstpointer  data)
{
  if (!kn_test_require_sqlite3 ())
    return;

  check_foreign_sqlite_refused (fixture,
                                "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);"
                                " INSERT INTO note (body) VALUES ('belanja ATK');",
                                KN_STORE_ERROR_NOT_KINERJA);
}

/* Many programs number their own schema with user_version; without our application_id such a
 * file is still not ours, and must not be migrated. */
static void
test_open_foreign_sqlite_with_user_version (Fixture       *fixture,
                                            gconstpointer  data)
{
  if (!kn_test_require_sqlite3 ())
    return;

  check_foreign_sqlite_refused (fixture,
                                "PRAGMA user_version = 1;"
                                " CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);"
                                " INSERT INTO note (body) VALUES ('belanja ATK');",
                                KN_STORE_ERROR_NOT_KINERJA);
}

static void
test_open_newer_version (Fixture       *fixture,
                         gconstpointer  data)
{
  if (!kn_test_require_sqlite3 ())
    return;

  check_foreign_sqlite_refused (fixture,
                                "PRAGMA application_id=" KINERJA_APPLICATION_ID ";"
                                " PRAGMA user_version=99; CREATE TABLE x(y);",
                                KN_STORE_ERROR_VERSION);
}

/* Which errors say that the database cannot be used at all (kinerja-cli exits 3 on them), and
 * which that it is at fault (a save then names nobody). */
static void
test_error_unusable (void)
{
  static const struct
  {
    KnStoreError code;
    gboolean     unusable;
    gboolean     about_database;
  } cases[] = {
    { KN_STORE_ERROR_FAILED, FALSE, TRUE },
    { KN_STORE_ERROR_VERSION, FALSE, FALSE },
    { KN_STORE_ERROR_NOT_FOUND, FALSE, FALSE },
    { KN_STORE_ERROR_INVALID, FALSE, FALSE },
    { KN_STORE_ERROR_DUPLICATE, FALSE, FALSE },
    { KN_STORE_ERROR_CYCLE, FALSE, FALSE },
    { KN_STORE_ERROR_IN_USE, FALSE, FALSE },
    { KN_STORE_ERROR_LOCKED, FALSE, FALSE },
    { KN_STORE_ERROR_EXISTS, FALSE, FALSE },
    { KN_STORE_ERROR_BUSY, TRUE, TRUE },
    { KN_STORE_ERROR_NO_DATABASE, TRUE, TRUE },
    { KN_STORE_ERROR_PERMISSION, TRUE, TRUE },
    { KN_STORE_ERROR_NOT_KINERJA, TRUE, TRUE },
    { KN_STORE_ERROR_DAMAGED, TRUE, TRUE },
    { KN_STORE_ERROR_DISK_FULL, TRUE, TRUE },
    { KN_STORE_ERROR_READ_ONLY, TRUE, TRUE },
    { KN_STORE_ERROR_CHANGED, FALSE, FALSE },
  };
  g_autoptr(GError) other = g_error_new_literal (G_FILE_ERROR, KN_STORE_ERROR_BUSY, "busy");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = g_error_new_literal (KN_STORE_ERROR, cases[i].code, "x");

      g_test_message ("code %d", cases[i].code);
      g_assert_cmpint (kn_store_error_is_unusable (error), ==, cases[i].unusable);
      g_assert_cmpint (kn_store_error_is_about_database (error), ==, cases[i].about_database);
    }
  /* Another domain's code of the same number, or no error, is not the store's. */
  g_assert_false (kn_store_error_is_unusable (other));
  g_assert_false (kn_store_error_is_about_database (other));
  g_assert_false (kn_store_error_is_unusable (NULL));
  g_assert_false (kn_store_error_is_about_database (NULL));
}

/* Tests: migrations */

/* Rows that the schema of version 1 can hold; every later version keeps them. */
#define VERSION_1_ROWS \
  "INSERT INTO org_unit (id, name, parent_id) VALUES (1, 'Dinas Lama', NULL);" \
  " INSERT INTO org_unit (id, name, parent_id) VALUES (2, 'Bidang Lama', 1);" \
  " INSERT INTO employee (id, nip, name, status, rank, position, position_kind, unit_id," \
  "  supervisor_id) VALUES (1, '" NIP_C "', 'Rina Wulandari', 'pns', 'III/b'," \
  "  'Analis Kepegawaian Ahli Pertama', 'ahli-pertama', 2, NULL);" \
  " INSERT INTO employee (id, nip, name, status, rank, position, position_kind, unit_id," \
  "  supervisor_id) VALUES (2, '" NIP_PPPK "', 'Sri Handayani', 'pppk', 'IX'," \
  "  'Guru Ahli Pertama', 'ahli-pertama', 2, 1);"

/* From version 6 on: a jabatan with its TMT, which every later version keeps. */
#define VERSION_6_ROWS \
  "INSERT INTO employee_history (employee_id, kind, start_date, position, position_kind," \
  " prev_position, prev_position_kind, decree) VALUES (1, 'jabatan', '2026-04-01'," \
  " 'Analis Kepegawaian Ahli Pertama', 'ahli-pertama', 'Pengadministrasi Umum', 'pelaksana'," \
  " '821/7/2026');"

/* From version 9 on: the audit log one row per field, with its author. Three fields of one
 * save of Rina (one second), a later save of her by the same person, a unit's change between,
 * and a change by someone else (a value with a quote and a line break). */
#define VERSION_9_ROWS \
  "INSERT INTO audit (id, at, entity, entity_id, action, field, old_value, new_value, author)" \
  " VALUES (11, '2026-11-27T07:05:01.000100Z', 'employee', 1, 'update', 'name', 'Rina W'," \
  "  'Rina Wulandari', 'budi')," \
  " (12, '2026-11-27T07:05:01.000200Z', 'employee', 1, 'update', 'rank', 'III/a', 'III/b'," \
  "  'budi')," \
  " (13, '2026-11-27T07:05:01.000300Z', 'employee', 1, 'update', 'position', NULL," \
  "  'Analis Kepegawaian Ahli Pertama', 'budi')," \
  " (14, '2026-11-28T08:00:00.500000Z', 'employee', 1, 'update', 'rank', 'III/b', 'III/c'," \
  "  'budi')," \
  " (15, '2026-11-28T08:00:00.600000Z', 'unit', 2, 'update', 'name', 'Bidang', 'Bidang Lama'," \
  "  'budi')," \
  " (16, '2026-11-28T08:00:00.700000Z', 'employee', 1, 'update', 'name', 'Rina Wulandari'," \
  "  'Rina \"R\"\nW', 'sari');"

/* After migrating from version 9 on: one audit row per object, action, author and second, its
 * fields in their order (schema 13); the log reads back one entry per field as before. */
static void
check_audit_migrated (KnStore    *store,
                      const char *location,
                      int         version)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *out = NULL;
  const struct
  {
    gint64      id;
    guint       index;
    const char *at;
    const char *field;
    const char *old_value;
    const char *new_value;
    const char *author;
  } expected[] = {
    { 11, 0, "2026-11-27T07:05:01.000100Z", "name", "Rina W", "Rina Wulandari", "budi" },
    { 11, 1, "2026-11-27T07:05:01.000100Z", "rank", "III/a", "III/b", "budi" },
    { 11, 2, "2026-11-27T07:05:01.000100Z", "position", NULL, "Analis Kepegawaian Ahli Pertama",
      "budi" },
    { 14, 0, "2026-11-28T08:00:00.500000Z", "rank", "III/b", "III/c", "budi" },
    { 16, 0, "2026-11-28T08:00:00.700000Z", "name", "Rina Wulandari", "Rina \"R\"\nW", "sari" },
  };

  if (version < 9)
    return;

  out = kn_test_run_sqlite (location, "SELECT count (*) FROM audit WHERE id BETWEEN 11 AND 16");
  g_assert_cmpstr (out, ==, "4\n");
  entries = kn_store_list_audit (store, "employee", 1);
  g_assert_cmpuint (entries->len, ==, G_N_ELEMENTS (expected));
  STOP_IF_FAILED ();
  for (guint i = 0; i < entries->len; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (entries, i);

      g_assert_cmpint (entry->id, ==, expected[i].id);
      g_assert_cmpuint (entry->field_index, ==, expected[i].index);
      g_assert_cmpstr (entry->at, ==, expected[i].at);
      g_assert_cmpstr (entry->action, ==, "update");
      g_assert_cmpstr (entry->field, ==, expected[i].field);
      g_assert_cmpstr (entry->old_value, ==, expected[i].old_value);
      g_assert_cmpstr (entry->new_value, ==, expected[i].new_value);
      g_assert_cmpstr (entry->author, ==, expected[i].author);
    }
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = kn_store_list_audit (store, "unit", 2);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (((KnAuditEntry *) entries->pdata[0])->new_value, ==, "Bidang Lama");
}

/* After migrating: the jabatan of version 6 kept, and a kenaikan pangkat recorded with the rank
 * held before and after its TMT (schema 11). */
static void
check_history_migrated (KnStore *store,
                        int      version)
{
  g_autoptr(KnHistoryEntry) raise = kn_history_entry_new (1, KN_HISTORY_PANGKAT);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *position = NULL;

  if (version >= 6)
    {
      position = kn_store_position_at (store, 1, "2026-03-31", NULL);
      g_assert_cmpstr (position, ==, "Pengadministrasi Umum");
    }
  raise->start_date = g_strdup ("2026-10-01");
  raise->rank = g_strdup ("III/c");
  g_assert_true (kn_store_add_history (store, raise, &error));
  ASSERT_NO_ERROR (error);
  history = kn_store_list_history (store, 1);
  g_assert_cmpuint (history->len, ==, version >= 6 ? 2 : 1);
  before = kn_store_rank_at (store, 1, "2026-09-30");
  after = kn_store_rank_at (store, 1, "2026-10-01");
  g_assert_cmpstr (before, ==, "III/b");
  g_assert_cmpstr (after, ==, "III/c");
}

static void
check_migration_from (const char *folder,
                      int         version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autofree char *path = g_build_filename (folder, "kinerja.db", NULL);
  g_autofree char *backup = g_strdup_printf ("%s.bak-v%d", path, version);
  g_autofree char *expected_version = g_strdup_printf ("%d\n", version);
  g_autofree char *out = NULL;
  g_autofree char *backup_out = NULL;
  g_autofree char *expected_backup = NULL;
  g_autofree char *kota = NULL;
  g_autofree char *second_backup = g_strdup_printf ("%s-2", backup);
  KnOrgUnit *unit;
  KnEmployee *rina;
  KnEmployee *sri;

  g_test_message ("migrating from version %d", version);

  g_assert_true (kn_store_create_at_version (path, version, &error));
  ASSERT_NO_ERROR (error);
  out = kn_test_run_sqlite (path, "PRAGMA user_version;");
  g_assert_cmpstr (out, ==, expected_version);
  g_clear_pointer (&out, g_free);
  out = kn_test_run_sqlite (path, VERSION_1_ROWS);
  if (version >= 6)
    {
      g_free (out);
      out = kn_test_run_sqlite (path, "PRAGMA foreign_keys = ON;" VERSION_6_ROWS);
    }
  if (version >= 9)
    {
      g_free (out);
      out = kn_test_run_sqlite (path, VERSION_9_ROWS);
    }
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  store = kn_test_store_open (path, KN_STORE_OPEN_CREATE);
  g_assert_cmpint (kn_store_get_schema_version (store), ==, KN_STORE_SCHEMA_VERSION);

  unit = kn_store_find_unit (store, "Bidang Lama");
  g_assert_nonnull (unit);
  g_assert_cmpint (kn_org_unit_get_id (unit), ==, 2);
  g_assert_cmpint (kn_org_unit_get_parent_id (unit), ==, 1);
  g_assert_cmpstr (kn_org_unit_get_path (unit), ==, "Dinas Lama" SEP "Bidang Lama");
  g_assert_cmpuint (kn_org_unit_get_depth (unit), ==, 1);

  rina = kn_store_find_employee_by_nip (store, NIP_C);
  g_assert_nonnull (rina);
  g_assert_cmpstr (kn_employee_get_name (rina), ==, "Rina Wulandari");
  g_assert_cmpint (kn_employee_get_status (rina), ==, KN_EMPLOYEE_STATUS_PNS);
  g_assert_cmpstr (kn_employee_get_rank (rina), ==, "III/b");
  g_assert_cmpstr (kn_employee_get_position (rina), ==, "Analis Kepegawaian Ahli Pertama");
  g_assert_cmpint (kn_employee_get_position_kind (rina), ==, KN_POSITION_AHLI_PERTAMA);
  g_assert_cmpstr (kn_employee_get_unit_name (rina), ==, "Bidang Lama");

  sri = kn_store_find_employee_by_nip (store, NIP_PPPK);
  g_assert_nonnull (sri);
  g_assert_cmpint (kn_employee_get_status (sri), ==, KN_EMPLOYEE_STATUS_PPPK);
  g_assert_cmpstr (kn_employee_get_rank (sri), ==, "IX");
  g_assert_cmpint (kn_employee_get_supervisor_id (sri), ==, 1);
  g_assert_cmpstr (kn_employee_get_supervisor_name (sri), ==, "Rina Wulandari");

  kota = kn_store_get_setting (store, "kota");
  g_assert_cmpstr (kota, ==, "Bandar Lampung");
  check_audit_migrated (store, path, version);
  check_history_migrated (store, version);

  /* The backup is the file as it was before. */
  assert_private_file (backup);
  g_clear_object (&store);
  backup_out = kn_test_run_sqlite (backup,
                                   "PRAGMA user_version; SELECT name FROM org_unit ORDER BY id;"
                                   " SELECT nip FROM employee ORDER BY id;");
  expected_backup = g_strdup_printf ("%d\nDinas Lama\nBidang Lama\n" NIP_C "\n" NIP_PPPK "\n",
                                     version);
  g_assert_cmpstr (backup_out, ==, expected_backup);

  g_clear_pointer (&out, g_free);
  out = kn_test_run_sqlite (path, "PRAGMA user_version; PRAGMA application_id;");
  g_assert_cmpstr (out, ==, G_STRINGIFY (KN_STORE_SCHEMA_VERSION) "\n" KINERJA_APPLICATION_ID "\n");
  /* The history made anew by version 11 keeps its keys and indexes. */
  g_clear_pointer (&out, g_free);
  out = kn_test_run_sqlite (path, "SELECT count (*) FROM pragma_foreign_key_list ('employee_history');"
                                  " SELECT name FROM pragma_index_list ('employee_history')"
                                  " ORDER BY name; PRAGMA foreign_key_check;");
  g_assert_cmpstr (out, ==, "6\nemployee_history_acting\nemployee_history_employee\n"
                            "employee_history_unit\n");

  /* Migrated once: opening again neither migrates nor backs up again. */
  store = kn_test_store_open (path, KN_STORE_OPEN_CREATE);
  g_assert_nonnull (kn_store_find_employee_by_nip (store, NIP_PPPK));
  g_clear_object (&store);
  g_assert_false (g_file_test (second_backup, G_FILE_TEST_EXISTS));
}

static void
test_migrate_every_version (Fixture       *fixture,
                            gconstpointer  data)
{
  if (!kn_test_require_sqlite3 ())
    return;

  g_assert_cmpint (KN_STORE_SCHEMA_VERSION, >, 1);
  for (int v = 1; v < KN_STORE_SCHEMA_VERSION; v++)
    {
      g_autofree char *name = g_strdup_printf ("v%d", v);
      g_autofree char *folder = g_build_filename (fixture->folder, name, NULL);

      check_migration_from (folder, v);
    }
}

/* On a server: each version's database, with rows, updated in place to the current version. */
static void
test_migrate_every_version_server (Fixture       *fixture,
                                   gconstpointer  data)
{
  for (int version = 1; version < KN_STORE_SCHEMA_VERSION; version++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KnStore) store = NULL;
      g_autofree char *uri = kn_test_server_uri ();
      g_autofree char *out = NULL;
      g_autofree char *kota = NULL;
      KnOrgUnit *unit;
      KnEmployee *sri;

      g_test_message ("migrating from version %d", version);
      g_assert_true (kn_store_create_at_version (uri, version, &error));
      ASSERT_NO_ERROR (error);
      out = kn_test_run_sqlite (uri, "SELECT version FROM kinerja_stamp;" VERSION_1_ROWS);
      g_assert_cmpint (atoi (out), ==, version);
      if (version >= 6)
        {
          g_free (out);
          out = kn_test_run_sqlite (uri, VERSION_6_ROWS);
        }
      if (version >= 9)
        {
          g_free (out);
          out = kn_test_run_sqlite (uri, VERSION_9_ROWS);
        }

      store = kn_test_store_open (uri, KN_STORE_OPEN_CREATE);
      g_assert_cmpint (kn_store_get_schema_version (store), ==, KN_STORE_SCHEMA_VERSION);
      unit = kn_store_find_unit (store, "Bidang Lama");
      g_assert_nonnull (unit);
      STOP_IF_FAILED ();
      g_assert_cmpint (kn_org_unit_get_parent_id (unit), ==, 1);
      sri = kn_store_find_employee_by_nip (store, NIP_PPPK);
      g_assert_nonnull (sri);
      STOP_IF_FAILED ();
      g_assert_cmpstr (kn_employee_get_supervisor_name (sri), ==, "Rina Wulandari");
      kota = kn_store_get_setting (store, "kota");
      g_assert_cmpstr (kota, ==, "Bandar Lampung");
      check_audit_migrated (store, uri, version);
      check_history_migrated (store, version);
      g_clear_object (&store);

      g_clear_pointer (&out, g_free);
      out = kn_test_run_sqlite (uri, "SELECT version, application_id FROM kinerja_stamp");
      g_assert_cmpstr (out, ==, G_STRINGIFY (KN_STORE_SCHEMA_VERSION) "|" KINERJA_APPLICATION_ID "\n");
    }
}

/* Ends every other connection to the test's database, as a server restart would. */
static void
drop_other_connections (const char *uri)
{
  g_autofree char *out =
    kn_test_run_sqlite (uri, "SELECT count (pg_terminate_backend (pid)) FROM pg_stat_activity"
                             " WHERE datname = current_database () AND pid <> pg_backend_pid ()");

  g_assert_cmpint (atoi (out), >=, 1);
}

/* The server drops the connection: the next save connects again by itself; a save that was
 * under way says plainly that it was not saved, and the next one works. */
static void
test_server_reconnect (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(KnStore) store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Dinas Perhubungan", 0);
  g_autoptr(GError) error = NULL;

  kn_test_add_unit (store, DINAS, 0);
  drop_other_connections (fixture->path);
  kn_test_add_unit (store, "Dinas Kesehatan", 0);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (store)), ==, 2);

  g_assert_true (kn_store_begin (store, &error));
  ASSERT_NO_ERROR (error);
  drop_other_connections (fixture->path);
  g_assert_false (kn_store_add_unit (store, unit, &error));
  g_assert_nonnull (error);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (error->message, "connection to the database server was lost"));
  g_clear_error (&error);
  kn_store_rollback (store);

  kn_test_add_unit (store, "Dinas Perhubungan", 0);
  g_clear_object (&store);
  store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (store)), ==, 3);
}

static void
test_migrate_empty_file (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autofree char *kota = NULL;
  g_autofree char *instansi = NULL;

  g_assert_true (g_file_set_contents_full (fixture->path, "", 0, G_FILE_SET_CONTENTS_NONE, 0600,
                                           &error));
  ASSERT_NO_ERROR (error);

  store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_assert_cmpint (kn_store_get_schema_version (store), ==, KN_STORE_SCHEMA_VERSION);
  kota = kn_store_get_setting (store, "kota");
  g_assert_cmpstr (kota, ==, "Bandar Lampung");
  instansi = kn_store_get_setting (store, "instansi");
  g_assert_cmpstr (instansi, ==, "Pemerintah Provinsi Lampung");
  kn_test_add_unit (store, DINAS, 0);
  g_clear_object (&store);

  g_assert_false (folder_has_name_starting (fixture->folder, "kinerja.db.bak"));
  store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_assert_nonnull (kn_store_find_unit (store, DINAS));

  if (kn_test_have_sqlite3 ())
    {
      g_autofree char *out = NULL;

      g_clear_object (&store);
      out = kn_test_run_sqlite (fixture->path, "PRAGMA user_version;");
      g_assert_cmpstr (out, ==, G_STRINGIFY (KN_STORE_SCHEMA_VERSION) "\n");
    }
}

static void
test_migrate_current_version (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = NULL;

  g_assert_true (kn_store_create_at_version (fixture->path, KN_STORE_SCHEMA_VERSION, &error));
  ASSERT_NO_ERROR (error);
  assert_private_file (fixture->path);

  store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_assert_cmpint (kn_store_get_schema_version (store), ==, KN_STORE_SCHEMA_VERSION);
  g_clear_object (&store);
  g_assert_false (folder_has_name_starting (fixture->folder, "kinerja.db.bak"));
}

/* Tests: units */

static const struct
{
  const char *path;
  guint       depth;
} expected_tree[] = {
  { BKD, 0 },
  { BKD SEP SEKRETARIAT, 1 },
  { DINAS, 0 },
  { DINAS SEP BIDANG_SMA, 1 },
  { DINAS SEP BIDANG_SMA SEP SEKSI, 2 },
  { DINAS SEP BIDANG_SMK, 1 },
  { DINAS SEP SEKRETARIAT, 1 },
};

static void
assert_tree_order (KnStore *store)
{
  GListModel *units = kn_store_get_units (store);

  g_assert_cmpuint (g_list_model_get_n_items (units), ==, G_N_ELEMENTS (expected_tree));
  for (guint i = 0; i < G_N_ELEMENTS (expected_tree); i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);

      g_assert_cmpstr (kn_org_unit_get_path (unit), ==, expected_tree[i].path);
      g_assert_cmpuint (kn_org_unit_get_depth (unit), ==, expected_tree[i].depth);
    }
}

static void
assert_org_units (KnStore   *store,
                  const Org *org)
{
  KnOrgUnit *seksi = kn_store_lookup_unit (store, org->seksi);
  KnOrgUnit *dinas = kn_store_lookup_unit (store, org->dinas);
  KnOrgUnit *sekretariat = kn_store_lookup_unit (store, org->sekretariat_bkd);

  g_assert_nonnull (seksi);
  g_assert_cmpint (kn_org_unit_get_id (seksi), ==, org->seksi);
  g_assert_cmpstr (kn_org_unit_get_name (seksi), ==, SEKSI);
  g_assert_cmpint (kn_org_unit_get_parent_id (seksi), ==, org->bidang_sma);
  g_assert_cmpuint (kn_org_unit_get_depth (seksi), ==, 2);
  g_assert_cmpstr (kn_org_unit_get_path (seksi), ==, DINAS SEP BIDANG_SMA SEP SEKSI);

  g_assert_nonnull (dinas);
  g_assert_cmpint (kn_org_unit_get_parent_id (dinas), ==, 0);
  g_assert_cmpuint (kn_org_unit_get_depth (dinas), ==, 0);
  g_assert_cmpstr (kn_org_unit_get_path (dinas), ==, DINAS);

  g_assert_nonnull (sekretariat);
  g_assert_cmpint (kn_org_unit_get_parent_id (sekretariat), ==, org->bkd);
  g_assert_cmpstr (kn_org_unit_get_path (sekretariat), ==, BKD SEP SEKRETARIAT);

  g_assert_null (kn_store_lookup_unit (store, 0));
  g_assert_null (kn_store_lookup_unit (store, 9999));
}

static void
test_unit_tree_round_trip (Fixture       *fixture,
                           gconstpointer  data)
{
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) leaf = NULL;

  /* The caller's object is filled in: id, trimmed name, depth and path. */
  leaf = kn_org_unit_new ("  Subbagian Umum  ", org.sekretariat_dinas);
  g_assert_true (kn_store_add_unit (store, leaf, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (kn_org_unit_get_id (leaf), >, org.sekretariat_bkd);
  g_assert_cmpstr (kn_org_unit_get_name (leaf), ==, "Subbagian Umum");
  g_assert_cmpuint (kn_org_unit_get_depth (leaf), ==, 2);
  g_assert_cmpstr (kn_org_unit_get_path (leaf), ==, DINAS SEP SEKRETARIAT SEP "Subbagian Umum");
  g_assert_true (kn_store_delete_unit (store, kn_org_unit_get_id (leaf), &error));
  ASSERT_NO_ERROR (error);

  assert_tree_order (store);
  assert_org_units (store, &org);
  g_assert_true (kn_store_unit_is_within (store, org.seksi, org.dinas));
  g_assert_true (kn_store_unit_is_within (store, org.seksi, org.seksi));
  g_assert_false (kn_store_unit_is_within (store, org.dinas, org.seksi));
  g_assert_false (kn_store_unit_is_within (store, org.sekretariat_bkd, org.dinas));
  g_assert_cmpint (kn_store_get_top_unit_id (store, org.seksi), ==, org.dinas);
  g_assert_cmpint (kn_store_get_top_unit_id (store, org.dinas), ==, org.dinas);
  g_assert_cmpint (kn_store_get_top_unit_id (store, 9999), ==, 0);

  kn_test_store_reopen (&store, fixture->path);
  assert_tree_order (store);
  assert_org_units (store, &org);
}

/* The units' paths, in the live list's order. */
static GPtrArray *
unit_paths (KnStore *store)
{
  GListModel *units = kn_store_get_units (store);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);

      g_ptr_array_add (paths, g_strdup (kn_org_unit_get_path (unit)));
    }
  return paths;
}

static void
test_unit_add_order (Fixture       *fixture,
                     gconstpointer  data)
{
  /* In a mixed order: first and last roots, first and last siblings, an equal name under
   * another parent, a non-ASCII name, a deep unit, a child of a unit added just before. */
  static const struct
  {
    const char *name;
    int         parent;   /* index into ids (below), -1: a root */
  } adds[] = {
    { "Zona Akhir", -1 },                   /* 0 */
    { "Aula Utama", -1 },                   /* 1 */
    { "Bidang Anggaran", 2 },               /* 2: under the Dinas */
    { "Seksi Zonasi", 3 },                  /* 3: under Bidang SMA */
    { "Ékspedisi", 2 },                     /* 4 */
    { "Sekretariat", 3 },                   /* 5: the name of units elsewhere */
    { "Subbagian Umum", 4 },                /* 6: under the Seksi Kurikulum */
    { "Cabang Dinas Wilayah I", 2 },        /* 7 */
    { "Urusan Surat", 8 },                  /* 8: under the unit added just before */
    { "Bidang Pembinaan SLB", 2 },          /* 9 */
  };
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) reread = NULL;
  GListModel *units = kn_store_get_units (store);
  ItemsChanged changed = { 0 };
  gint64 ids[G_N_ELEMENTS (adds) + 5] = { 0 };
  gulong handler;

  ids[1] = org.bkd;
  ids[2] = org.dinas;
  ids[3] = org.bidang_sma;
  ids[4] = org.seksi;
  handler = g_signal_connect (units, "items-changed", G_CALLBACK (on_items_changed), &changed);
  for (guint i = 0; i < G_N_ELEMENTS (adds); i++)
    {
      gint64 parent = adds[i].parent >= 0 ? ids[adds[i].parent] : 0;
      g_autoptr(KnOrgUnit) unit = kn_org_unit_new (adds[i].name, parent);
      g_autoptr(KnOrgUnit) at = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (kn_store_add_unit (store, unit, &error));
      ASSERT_NO_ERROR (error);
      if (i == 7)
        ids[8] = kn_org_unit_get_id (unit);

      /* One emission: the new unit at its place, nothing removed. */
      g_assert_cmpuint (changed.emissions, ==, i + 1);
      g_assert_cmpuint (changed.removed, ==, 0);
      g_assert_cmpuint (changed.added, ==, 1);
      at = g_list_model_get_item (units, changed.position);
      g_assert_cmpint (kn_org_unit_get_id (at), ==, kn_org_unit_get_id (unit));
      g_assert_cmpstr (kn_org_unit_get_path (at), ==, kn_org_unit_get_path (unit));
    }
  g_signal_handler_disconnect (units, handler);

  /* The order is the one the store makes reading the tree afresh. */
  listed = unit_paths (store);
  g_assert_cmpuint (listed->len, ==, G_N_ELEMENTS (expected_tree) + G_N_ELEMENTS (adds));
  g_assert_cmpstr (g_ptr_array_index (listed, 0), ==, "Aula Utama");
  g_assert_cmpstr (g_ptr_array_index (listed, listed->len - 1), ==, "Zona Akhir");
  kn_test_store_reopen (&store, fixture->path);
  reread = unit_paths (store);
  g_assert_cmpuint (reread->len, ==, listed->len);
  for (guint i = 0; i < listed->len; i++)
    g_assert_cmpstr (g_ptr_array_index (listed, i), ==, g_ptr_array_index (reread, i));
}

static void
assert_children (KnStore            *store,
                 gint64              parent_id,
                 const char * const *names)
{
  g_autoptr(GListModel) children = kn_store_list_child_units (store, parent_id);
  guint n = g_list_model_get_n_items (children);

  g_assert_cmpuint (n, ==, g_strv_length ((GStrv) names));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (children, i);

      g_assert_cmpstr (kn_org_unit_get_name (unit), ==, names[i]);
      g_assert_cmpint (kn_org_unit_get_parent_id (unit), ==, parent_id);
    }
}

static void
test_unit_list_children (Fixture       *fixture,
                         gconstpointer  data)
{
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  g_autoptr(GListModel) snapshot = NULL;
  const char * const opds[] = { BKD, DINAS, NULL };
  const char * const dinas[] = { BIDANG_SMA, BIDANG_SMK, SEKRETARIAT, NULL };
  const char * const bidang[] = { SEKSI, NULL };
  const char * const none[] = { NULL };

  assert_children (store, 0, opds);
  assert_children (store, org.dinas, dinas);
  assert_children (store, org.bidang_sma, bidang);
  assert_children (store, org.seksi, none);

  /* A snapshot: later units do not appear in it. */
  snapshot = kn_store_list_child_units (store, org.dinas);
  kn_test_add_unit (store, "Bidang Kebudayaan", org.dinas);
  g_assert_cmpuint (g_list_model_get_n_items (snapshot), ==, 3);

  kn_test_store_reopen (&store, fixture->path);
  {
    const char * const dinas_now[] = { "Bidang Kebudayaan", BIDANG_SMA, BIDANG_SMK, SEKRETARIAT,
                                       NULL };

    assert_children (store, org.dinas, dinas_now);
    assert_children (store, 0, opds);
  }
}

static void
test_unit_find (Fixture       *fixture,
                gconstpointer  data)
{
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  KnOrgUnit *unit;

  unit = kn_store_find_unit (store, "bidang pembinaan smk");
  g_assert_nonnull (unit);
  g_assert_cmpint (kn_org_unit_get_id (unit), ==, org.bidang_smk);
  g_assert_null (kn_store_find_unit (store, "Bidang Pembinaan"));
  g_assert_null (kn_store_find_unit (store, "Dinas Kesehatan"));
}

static void
test_unit_resolve (Fixture       *fixture,
                   gconstpointer  data)
{
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  g_autoptr(GError) error = NULL;
  KnOrgUnit *unit;

  /* A unique name, in any case. */
  unit = kn_store_resolve_unit (store, BIDANG_SMK, &error);
  ASSERT_NO_ERROR (error);
  g_assert_nonnull (unit);
  g_assert_cmpint (kn_org_unit_get_id (unit), ==, org.bidang_smk);
  unit = kn_store_resolve_unit (store, "SEKSI KURIKULUM SMA", &error);
  ASSERT_NO_ERROR (error);
  g_assert_nonnull (unit);
  g_assert_cmpint (kn_org_unit_get_id (unit), ==, org.seksi);

  /* A path with "/" or "›", spaced or not. */
  unit = kn_store_resolve_unit (store, DINAS "/" SEKRETARIAT, &error);
  ASSERT_NO_ERROR (error);
  g_assert_nonnull (unit);
  g_assert_cmpint (kn_org_unit_get_id (unit), ==, org.sekretariat_dinas);
  unit = kn_store_resolve_unit (store, "badan kepegawaian daerah / sekretariat", &error);
  ASSERT_NO_ERROR (error);
  g_assert_nonnull (unit);
  g_assert_cmpint (kn_org_unit_get_id (unit), ==, org.sekretariat_bkd);
  unit = kn_store_resolve_unit (store, DINAS SEP BIDANG_SMA SEP SEKSI, &error);
  ASSERT_NO_ERROR (error);
  g_assert_nonnull (unit);
  g_assert_cmpint (kn_org_unit_get_id (unit), ==, org.seksi);
  unit = kn_store_resolve_unit (store, DINAS, &error);
  ASSERT_NO_ERROR (error);
  g_assert_nonnull (unit);
  g_assert_cmpint (kn_org_unit_get_id (unit), ==, org.dinas);

  /* Two units are named Sekretariat: the error lists both. */
  unit = kn_store_resolve_unit (store, "sekretariat", &error);
  g_assert_null (unit);
  ASSERT_SOME_ERROR (error);
  g_assert_true (error->domain == KN_STORE_ERROR);
  g_assert_nonnull (strstr (error->message, DINAS SEP SEKRETARIAT));
  g_assert_nonnull (strstr (error->message, BKD SEP SEKRETARIAT));
  g_clear_error (&error);

  /* An unknown name or path. */
  unit = kn_store_resolve_unit (store, "Dinas Kesehatan", &error);
  g_assert_null (unit);
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Dinas Kesehatan"));
  g_clear_error (&error);
  unit = kn_store_resolve_unit (store, BKD "/" BIDANG_SMA, &error);
  g_assert_null (unit);
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_unit_duplicate_sibling (Fixture       *fixture,
                             gconstpointer  data)
{
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) twin = NULL;
  g_autoptr(KnOrgUnit) opd = NULL;
  g_autoptr(KnOrgUnit) renamed = NULL;
  guint units_before;
  guint audit_before;

  units_before = n_units (store);
  audit_before = n_audit (store);

  /* Same name, other case, same parent. */
  twin = kn_org_unit_new ("  SEKRETARIAT ", org.dinas);
  g_assert_false (kn_store_add_unit (store, twin, &error));
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_DUPLICATE);
  g_assert_cmpint (kn_org_unit_get_id (twin), ==, 0);
  g_clear_error (&error);

  opd = kn_org_unit_new ("dinas pendidikan dan kebudayaan", 0);
  g_assert_false (kn_store_add_unit (store, opd, &error));
  assert_store_error (&error, KN_STORE_ERROR_DUPLICATE);

  /* Renaming onto a sibling's name is refused the same way. */
  renamed = kn_org_unit_copy (kn_store_lookup_unit (store, org.bidang_smk));
  kn_org_unit_set_name (renamed, "Bidang pembinaan SMA");
  g_assert_false (kn_store_update_unit (store, renamed, &error));
  assert_store_error (&error, KN_STORE_ERROR_DUPLICATE);
  g_assert_cmpstr (kn_org_unit_get_name (kn_store_lookup_unit (store, org.bidang_smk)), ==,
                   BIDANG_SMK);

  g_assert_cmpuint (n_units (store), ==, units_before);
  g_assert_cmpuint (n_audit (store), ==, audit_before);

  /* The same name under different parents is fine (build_org has two Sekretariat already). */
  kn_test_add_unit (store, SEKSI, org.bidang_smk);
  kn_test_add_unit (store, BIDANG_SMA, org.bkd);
  g_assert_cmpuint (n_units (store), ==, units_before + 2);

  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpuint (n_units (store), ==, units_before + 2);
  g_assert_cmpstr (kn_org_unit_get_name (kn_store_lookup_unit (store, org.bidang_smk)), ==,
                   BIDANG_SMK);
}

static void
test_unit_empty_name (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(KnStore) store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) blank = kn_org_unit_new ("   ", 0);
  g_autoptr(KnOrgUnit) orphan = kn_org_unit_new ("Bidang Tanpa Induk", 9999);

  g_assert_false (kn_store_add_unit (store, blank, &error));
  assert_store_error (&error, KN_STORE_ERROR_INVALID);

  g_assert_false (kn_store_add_unit (store, orphan, &error));
  ASSERT_SOME_ERROR (error);
  g_assert_true (error->domain == KN_STORE_ERROR);
  g_clear_error (&error);

  g_assert_cmpuint (n_units (store), ==, 0);
  g_assert_cmpuint (n_audit (store), ==, 0);
  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpuint (n_units (store), ==, 0);
}

static void
test_unit_move_cycle (Fixture       *fixture,
                      gconstpointer  data)
{
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) moved = NULL;
  guint audit_before;

  audit_before = n_audit (store);

  /* Under its own grandchild, its child, and itself. */
  moved = kn_org_unit_copy (kn_store_lookup_unit (store, org.dinas));
  kn_org_unit_set_parent_id (moved, org.seksi);
  g_assert_false (kn_store_update_unit (store, moved, &error));
  assert_store_error (&error, KN_STORE_ERROR_CYCLE);

  kn_org_unit_set_parent_id (moved, org.bidang_sma);
  g_assert_false (kn_store_update_unit (store, moved, &error));
  assert_store_error (&error, KN_STORE_ERROR_CYCLE);

  kn_org_unit_set_parent_id (moved, org.dinas);
  g_assert_false (kn_store_update_unit (store, moved, &error));
  assert_store_error (&error, KN_STORE_ERROR_CYCLE);

  g_assert_cmpint (kn_org_unit_get_parent_id (kn_store_lookup_unit (store, org.dinas)), ==, 0);
  g_assert_cmpuint (n_audit (store), ==, audit_before);
  assert_tree_order (store);

  /* A legitimate move: the seksi goes to the other bidang; paths follow. */
  g_clear_object (&moved);
  moved = kn_org_unit_copy (kn_store_lookup_unit (store, org.seksi));
  kn_org_unit_set_parent_id (moved, org.bidang_smk);
  g_assert_true (kn_store_update_unit (store, moved, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpstr (kn_org_unit_get_path (kn_store_lookup_unit (store, org.seksi)), ==,
                   DINAS SEP BIDANG_SMK SEP SEKSI);

  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpint (kn_org_unit_get_parent_id (kn_store_lookup_unit (store, org.dinas)), ==, 0);
  g_assert_cmpint (kn_org_unit_get_parent_id (kn_store_lookup_unit (store, org.seksi)), ==,
                   org.bidang_smk);
  g_assert_cmpstr (kn_org_unit_get_path (kn_store_lookup_unit (store, org.seksi)), ==,
                   DINAS SEP BIDANG_SMK SEP SEKSI);
}

static void
test_unit_delete_in_use (Fixture       *fixture,
                         gconstpointer  data)
{
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  g_autoptr(GError) error = NULL;
  guint audit_before;

  add_employee (store, NIP_A, "Ahmad Fauzi", KN_EMPLOYEE_STATUS_PNS, "IV/c", org.dinas, 0);
  add_employee (store, NIP_B, "Budi Rahayu", KN_EMPLOYEE_STATUS_PNS, "III/d", org.bidang_smk, 0);
  add_employee (store, NIP_C, "Citra Lestari", KN_EMPLOYEE_STATUS_PNS, "III/a", org.bidang_smk, 0);
  audit_before = n_audit (store);

  /* Sub-units and an employee. */
  g_assert_false (kn_store_delete_unit (store, org.dinas, &error));
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "3 sub-units"));
  g_assert_nonnull (strstr (error->message, BIDANG_SMA));
  g_assert_nonnull (strstr (error->message, BIDANG_SMK));
  g_assert_nonnull (strstr (error->message, SEKRETARIAT));
  g_assert_nonnull (strstr (error->message, "1 employee"));
  g_clear_error (&error);

  /* Sub-units only. */
  g_assert_false (kn_store_delete_unit (store, org.bidang_sma, &error));
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "1 sub-unit"));
  g_assert_nonnull (strstr (error->message, SEKSI));
  g_assert_null (strstr (error->message, "employee"));
  g_clear_error (&error);

  /* Employees only. */
  g_assert_false (kn_store_delete_unit (store, org.bidang_smk, &error));
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "2 employees"));
  g_assert_null (strstr (error->message, "sub-unit"));
  g_clear_error (&error);

  g_assert_cmpuint (n_units (store), ==, 7);
  g_assert_cmpuint (n_audit (store), ==, audit_before);
  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpuint (n_units (store), ==, 7);
  g_assert_nonnull (kn_store_lookup_unit (store, org.dinas));
  g_assert_nonnull (kn_store_lookup_unit (store, org.bidang_smk));
  g_assert_cmpuint (n_employees (store), ==, 3);
}

static void
test_unit_delete_empty (Fixture       *fixture,
                        gconstpointer  data)
{
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_store_delete_unit (store, org.seksi, &error));
  ASSERT_NO_ERROR (error);
  g_assert_null (kn_store_lookup_unit (store, org.seksi));
  g_assert_null (kn_store_find_unit (store, SEKSI));
  g_assert_cmpuint (n_units (store), ==, 6);

  /* Its parent is empty now, and can go too. */
  g_assert_true (kn_store_delete_unit (store, org.bidang_sma, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (n_units (store), ==, 5);

  g_assert_false (kn_store_delete_unit (store, org.seksi, &error));
  assert_store_error (&error, KN_STORE_ERROR_NOT_FOUND);

  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpuint (n_units (store), ==, 5);
  g_assert_null (kn_store_lookup_unit (store, org.seksi));
  g_assert_null (kn_store_lookup_unit (store, org.bidang_sma));
  g_assert_nonnull (kn_store_lookup_unit (store, org.bidang_smk));
}

/* Tests: employees */

typedef struct
{
  const char       *typed_nip;
  const char       *nip;
  const char       *typed_name;
  const char       *name;
  KnEmployeeStatus  status;
  const char       *rank;
  const char       *position;
  KnPositionKind    kind;
  guint             unit;        /* index in the units below */
  int               supervisor;  /* index in this table, -1 for none */
  const char       *unit_name;
} EmployeeRow;

static const EmployeeRow employee_rows[] = {
  { "19800101 200501 1 003", NIP_A, "  Dr. Ahmad Fauzi, M.Si.  ", "Dr. Ahmad Fauzi, M.Si.",
    KN_EMPLOYEE_STATUS_PNS, "IV/c", "Kepala Dinas Pendidikan dan Kebudayaan",
    KN_POSITION_JPT_PRATAMA, 0, -1, DINAS },
  { "19750312.199903.2.002", NIP_B, "Hj. Budi Rahayu, S.E.\t", "Hj. Budi Rahayu, S.E.",
    KN_EMPLOYEE_STATUS_PNS, "III/d", "Kepala Seksi Kurikulum SMA", KN_POSITION_PENGAWAS, 2, 0,
    SEKSI },
  { "19880812-2021-21-2-001", NIP_PPPK, "Eka Putri, S.Pd.", "Eka Putri, S.Pd.",
    KN_EMPLOYEE_STATUS_PPPK, "IX", "Guru Ahli Pertama", KN_POSITION_AHLI_PERTAMA, 1, 1,
    BIDANG_SMA },
  { NIP_PPPK2, NIP_PPPK2, " Fajar Nugroho", "Fajar Nugroho", KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU,
    "V", "Operator Layanan Operasional", KN_POSITION_TERAMPIL, 3, 0, SEKRETARIAT },
  { " 198609262015051001 ", NIP_C, "Citra Lestari, S.Kom.", "Citra Lestari, S.Kom.",
    KN_EMPLOYEE_STATUS_PNS, "III/a", "Pranata Komputer Ahli Muda", KN_POSITION_AHLI_MUDA, 4, 3,
    BKD },
};

static void
assert_employee_row (KnEmployee        *employee,
                     const EmployeeRow *row,
                     gint64             id,
                     const gint64      *unit_ids,
                     const gint64      *ids)
{
  gint64 supervisor_id = row->supervisor >= 0 ? ids[row->supervisor] : 0;
  g_autofree char *display = NULL;

  g_assert_nonnull (employee);
  g_assert_cmpint (kn_employee_get_id (employee), ==, id);
  g_assert_cmpstr (kn_employee_get_nip (employee), ==, row->nip);
  g_assert_cmpstr (kn_employee_get_name (employee), ==, row->name);
  g_assert_cmpint (kn_employee_get_status (employee), ==, row->status);
  g_assert_cmpstr (kn_employee_get_rank (employee), ==, row->rank);
  g_assert_cmpstr (kn_employee_get_position (employee), ==, row->position);
  g_assert_cmpint (kn_employee_get_position_kind (employee), ==, row->kind);
  g_assert_cmpint (kn_employee_get_unit_id (employee), ==, unit_ids[row->unit]);
  g_assert_cmpint (kn_employee_get_supervisor_id (employee), ==, supervisor_id);
  g_assert_cmpstr (kn_employee_get_unit_name (employee), ==, row->unit_name);
  if (row->supervisor >= 0)
    g_assert_cmpstr (kn_employee_get_supervisor_name (employee), ==,
                     employee_rows[row->supervisor].name);
  else
    assert_no_supervisor_name (employee);
  g_assert_false (kn_employee_get_legacy_nip (employee));

  display = kn_employee_dup_nip_display (employee);
  g_assert_nonnull (display);
  g_assert_nonnull (strchr (display, ' '));
}

static void
test_employee_round_trip (Fixture       *fixture,
                          gconstpointer  data)
{
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  gint64 ids[G_N_ELEMENTS (employee_rows)];
  gint64 unit_ids[5];
  GListModel *model;

  unit_ids[0] = org.dinas;
  unit_ids[1] = org.bidang_sma;
  unit_ids[2] = org.seksi;
  unit_ids[3] = org.sekretariat_bkd;
  unit_ids[4] = org.bkd;

  for (guint i = 0; i < G_N_ELEMENTS (employee_rows); i++)
    {
      const EmployeeRow *row = &employee_rows[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(KnEmployee) employee = kn_employee_new ();

      kn_employee_set_nip (employee, row->typed_nip);
      kn_employee_set_name (employee, row->typed_name);
      kn_employee_set_status (employee, row->status);
      kn_employee_set_rank (employee, row->rank);
      kn_employee_set_position (employee, row->position);
      kn_employee_set_position_kind (employee, row->kind);
      kn_employee_set_unit_id (employee, unit_ids[row->unit]);
      kn_employee_set_supervisor_id (employee, row->supervisor >= 0 ? ids[row->supervisor] : 0);

      g_assert_true (kn_store_validate_employee (store, employee, &error));
      ASSERT_NO_ERROR (error);
      g_assert_true (kn_store_add_employee (store, employee, &error));
      ASSERT_NO_ERROR (error);

      ids[i] = kn_employee_get_id (employee);
      g_assert_cmpint (ids[i], >, 0);
      for (guint j = 0; j < i; j++)
        g_assert_cmpint (ids[i], !=, ids[j]);

      /* The caller's object now reads as stored. */
      assert_employee_row (employee, row, ids[i], unit_ids, ids);
      assert_employee_row (kn_store_lookup_employee (store, ids[i]), row, ids[i], unit_ids, ids);
    }

  for (guint round = 0; round < 2; round++)
    {
      model = kn_store_get_employees (store);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (employee_rows));

      for (guint i = 0; i < G_N_ELEMENTS (employee_rows); i++)
        {
          const EmployeeRow *row = &employee_rows[i];
          g_autoptr(KnEmployee) item = g_list_model_get_item (model, i);

          /* Insertion order, and one object per employee. */
          assert_employee_row (item, row, ids[i], unit_ids, ids);
          g_assert_true (kn_store_lookup_employee (store, ids[i]) == item);
          g_assert_true (kn_store_find_employee_by_nip (store, row->typed_nip) == item);
          g_assert_true (kn_store_find_employee_by_nip (store, row->nip) == item);
        }

      kn_test_store_reopen (&store, fixture->path);
    }

  g_assert_null (kn_store_find_employee_by_nip (store, NIP_D));
  g_assert_null (kn_store_find_employee_by_nip (store, "bukan NIP"));
  g_assert_null (kn_store_find_employee_by_nip (store, ""));
  g_assert_null (kn_store_lookup_employee (store, 0));
  g_assert_null (kn_store_lookup_employee (store, 9999));
}

static void
test_employee_update_round_trip (Fixture       *fixture,
                                 gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) edit = NULL;
  KnEmployee *c;

  /* Every field but the id changes. */
  edit = kn_employee_copy (kn_store_lookup_employee (store, chain.c));
  kn_employee_set_nip (edit, "19920315 201903 2 001");
  kn_employee_set_name (edit, "  Citra Lestari Putri, S.Kom.  ");
  kn_employee_set_rank (edit, "III/c");
  kn_employee_set_position (edit, "Pranata Komputer Ahli Muda");
  kn_employee_set_position_kind (edit, KN_POSITION_AHLI_MUDA);
  kn_employee_set_unit_id (edit, org.sekretariat_bkd);
  kn_employee_set_supervisor_id (edit, chain.a);
  g_assert_true (kn_store_update_employee (store, edit, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpstr (kn_employee_get_nip (edit), ==, NIP_E);
  g_assert_cmpstr (kn_employee_get_name (edit), ==, "Citra Lestari Putri, S.Kom.");

  for (guint round = 0; round < 2; round++)
    {
      c = kn_store_lookup_employee (store, chain.c);
      g_assert_nonnull (c);
      g_assert_cmpstr (kn_employee_get_nip (c), ==, NIP_E);
      g_assert_cmpstr (kn_employee_get_name (c), ==, "Citra Lestari Putri, S.Kom.");
      g_assert_cmpint (kn_employee_get_status (c), ==, KN_EMPLOYEE_STATUS_PNS);
      g_assert_cmpstr (kn_employee_get_rank (c), ==, "III/c");
      g_assert_cmpstr (kn_employee_get_position (c), ==, "Pranata Komputer Ahli Muda");
      g_assert_cmpint (kn_employee_get_position_kind (c), ==, KN_POSITION_AHLI_MUDA);
      g_assert_cmpint (kn_employee_get_unit_id (c), ==, org.sekretariat_bkd);
      g_assert_cmpstr (kn_employee_get_unit_name (c), ==, SEKRETARIAT);
      g_assert_cmpint (kn_employee_get_supervisor_id (c), ==, chain.a);
      g_assert_cmpstr (kn_employee_get_supervisor_name (c), ==, "Ahmad Fauzi");
      g_assert_true (kn_store_find_employee_by_nip (store, NIP_E) == c);
      g_assert_null (kn_store_find_employee_by_nip (store, NIP_C));
      g_assert_cmpuint (n_employees (store), ==, 4);

      kn_test_store_reopen (&store, fixture->path);
    }

  /* The old NIP is free again. */
  add_employee (store, NIP_C, "Candra Wijaya", KN_EMPLOYEE_STATUS_PNS, "III/a", org.seksi, 0);
  g_assert_cmpuint (n_employees (store), ==, 5);
}

typedef enum
{
  REF_VALID,
  REF_NONE,
  REF_MISSING,
} Ref;

typedef struct
{
  const char       *nip;
  const char       *name;
  KnEmployeeStatus  status;
  const char       *rank;
  Ref               unit;
  Ref               supervisor;
  int               code;
  int               other_code;    /* also accepted; -1 for none */
  const char       *in_message;    /* nullable */
} InvalidCase;

static const InvalidCase invalid_duplicate_nip = {
  "19800101.200501.1.003", "Andi Saputra", KN_EMPLOYEE_STATUS_PNS, "III/a", REF_VALID, REF_NONE,
  KN_STORE_ERROR_DUPLICATE, -1, "Ahmad Fauzi"
};
static const InvalidCase invalid_nip_serial = {
  "198609262015051000", "Andi Saputra", KN_EMPLOYEE_STATUS_PNS, "III/a", REF_VALID, REF_NONE,
  KN_STORE_ERROR_INVALID, -1, "NIP"
};
static const InvalidCase invalid_nip_letter = {
  "19860926201505100l", "Andi Saputra", KN_EMPLOYEE_STATUS_PNS, "III/a", REF_VALID, REF_NONE,
  KN_STORE_ERROR_INVALID, -1, "NIP"
};
static const InvalidCase invalid_nip_length = {
  "1986092620150510", "Andi Saputra", KN_EMPLOYEE_STATUS_PNS, "III/a", REF_VALID, REF_NONE,
  KN_STORE_ERROR_INVALID, -1, "NIP"
};
static const InvalidCase invalid_nip_empty = {
  "", "Andi Saputra", KN_EMPLOYEE_STATUS_PNS, "III/a", REF_VALID, REF_NONE,
  KN_STORE_ERROR_INVALID, -1, "NIP"
};
static const InvalidCase invalid_pppk_nip_as_pns = {
  NIP_PPPK, "Eka Putri", KN_EMPLOYEE_STATUS_PNS, "III/a", REF_VALID, REF_NONE,
  KN_STORE_ERROR_INVALID, -1, "NIP"
};
static const InvalidCase invalid_pns_nip_as_pppk = {
  NIP_C, "Citra Lestari", KN_EMPLOYEE_STATUS_PPPK, "IX", REF_VALID, REF_NONE,
  KN_STORE_ERROR_INVALID, -1, "NIP"
};
static const InvalidCase invalid_pns_nip_as_paruh_waktu = {
  NIP_C, "Citra Lestari", KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU, "V", REF_VALID, REF_NONE,
  KN_STORE_ERROR_INVALID, -1, "NIP"
};
static const InvalidCase invalid_empty_name = {
  NIP_C, " \t ", KN_EMPLOYEE_STATUS_PNS, "III/a", REF_VALID, REF_NONE,
  KN_STORE_ERROR_INVALID, -1, NULL
};
static const InvalidCase invalid_missing_rank = {
  NIP_C, "Citra Lestari", KN_EMPLOYEE_STATUS_PNS, NULL, REF_VALID, REF_NONE,
  KN_STORE_ERROR_INVALID, -1, NULL
};
static const InvalidCase invalid_rank_pns_for_pppk = {
  NIP_PPPK, "Eka Putri", KN_EMPLOYEE_STATUS_PPPK, "III/a", REF_VALID, REF_NONE,
  KN_STORE_ERROR_INVALID, -1, "III/a"
};
static const InvalidCase invalid_rank_pppk_for_pns = {
  NIP_C, "Citra Lestari", KN_EMPLOYEE_STATUS_PNS, "IX", REF_VALID, REF_NONE,
  KN_STORE_ERROR_INVALID, -1, "IX"
};
static const InvalidCase invalid_missing_unit = {
  NIP_C, "Citra Lestari", KN_EMPLOYEE_STATUS_PNS, "III/a", REF_NONE, REF_NONE,
  KN_STORE_ERROR_INVALID, -1, NULL
};
static const InvalidCase invalid_nonexistent_unit = {
  NIP_C, "Citra Lestari", KN_EMPLOYEE_STATUS_PNS, "III/a", REF_MISSING, REF_NONE,
  KN_STORE_ERROR_INVALID, KN_STORE_ERROR_NOT_FOUND, NULL
};
static const InvalidCase invalid_nonexistent_supervisor = {
  NIP_C, "Citra Lestari", KN_EMPLOYEE_STATUS_PNS, "III/a", REF_VALID, REF_MISSING,
  KN_STORE_ERROR_NOT_FOUND, KN_STORE_ERROR_INVALID, NULL
};

static void
test_employee_insert_invalid (Fixture       *fixture,
                              gconstpointer  data)
{
  const InvalidCase *test_case = data;
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) validate_error = NULL;
  g_autoptr(KnEmployee) employee = NULL;
  ItemsChanged changed = { 0 };
  gulong handler;
  gint64 a;
  gint64 unit_id = 0;
  gint64 supervisor_id = 0;
  guint audit_before;

  a = add_employee (store, NIP_A, "Ahmad Fauzi", KN_EMPLOYEE_STATUS_PNS, "IV/b", org.dinas, 0);
  audit_before = n_audit (store);

  if (test_case->unit == REF_VALID)
    unit_id = org.seksi;
  else if (test_case->unit == REF_MISSING)
    unit_id = 9999;
  if (test_case->supervisor == REF_VALID)
    supervisor_id = a;
  else if (test_case->supervisor == REF_MISSING)
    supervisor_id = 9999;

  employee = new_employee (test_case->nip, test_case->name, test_case->status, test_case->rank,
                           unit_id, supervisor_id);

  g_assert_false (kn_store_validate_employee (store, employee, &validate_error));
  g_assert_nonnull (validate_error);
  STOP_IF_FAILED ();

  handler = g_signal_connect (kn_store_get_employees (store), "items-changed",
                              G_CALLBACK (on_items_changed), &changed);
  g_assert_false (kn_store_add_employee (store, employee, &error));
  g_signal_handler_disconnect (kn_store_get_employees (store), handler);

  ASSERT_SOME_ERROR (error);
  g_test_message ("%s", error->message);
  g_assert_true (error->domain == KN_STORE_ERROR);
  if (error->code != test_case->code)
    g_assert_cmpint (error->code, ==, test_case->other_code);
  g_assert_cmpint (validate_error->code, ==, error->code);
  if (test_case->in_message != NULL)
    g_assert_nonnull (strstr (error->message, test_case->in_message));

  /* Nothing changed: the caller's object, the model, the audit log, the file. */
  g_assert_cmpint (kn_employee_get_id (employee), ==, 0);
  g_assert_cmpuint (changed.emissions, ==, 0);
  g_assert_cmpuint (n_employees (store), ==, 1);
  g_assert_cmpuint (n_audit (store), ==, audit_before);
  g_assert_cmpstr (kn_employee_get_name (kn_store_lookup_employee (store, a)), ==, "Ahmad Fauzi");

  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpuint (n_employees (store), ==, 1);
  g_assert_cmpuint (n_audit (store), ==, audit_before);
  g_assert_cmpstr (kn_employee_get_name (kn_store_find_employee_by_nip (store, NIP_A)), ==,
                   "Ahmad Fauzi");
}

static void
test_employee_update_duplicate_nip (Fixture       *fixture,
                                    gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) edit = NULL;
  guint audit_before;

  audit_before = n_audit (store);

  edit = kn_employee_copy (kn_store_lookup_employee (store, chain.d));
  kn_employee_set_nip (edit, "19860926 201505 1 001");
  kn_employee_set_name (edit, "Dewi Sartika, S.H.");
  g_assert_false (kn_store_update_employee (store, edit, &error));
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "Citra Lestari"));
  g_clear_error (&error);

  g_assert_cmpstr (kn_employee_get_nip (kn_store_lookup_employee (store, chain.d)), ==, NIP_D);
  g_assert_cmpstr (kn_employee_get_name (kn_store_lookup_employee (store, chain.d)), ==,
                   "Dewi Sartika");
  g_assert_true (kn_store_find_employee_by_nip (store, NIP_C) ==
                 kn_store_lookup_employee (store, chain.c));
  g_assert_cmpuint (n_audit (store), ==, audit_before);

  /* Saving someone with their own NIP, typed differently, is no duplicate. */
  g_clear_object (&edit);
  edit = kn_employee_copy (kn_store_lookup_employee (store, chain.d));
  kn_employee_set_nip (edit, "19900101.201503.1.001");
  g_assert_true (kn_store_update_employee (store, edit, &error));
  ASSERT_NO_ERROR (error);

  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpstr (kn_employee_get_nip (kn_store_lookup_employee (store, chain.d)), ==, NIP_D);
  g_assert_cmpstr (kn_employee_get_name (kn_store_lookup_employee (store, chain.d)), ==,
                   "Dewi Sartika");
  g_assert_cmpuint (n_audit (store), ==, audit_before);
}

static void
test_employee_update_missing (Fixture       *fixture,
                              gconstpointer  data)
{
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) ghost = NULL;

  ghost = new_employee (NIP_C, "Citra Lestari", KN_EMPLOYEE_STATUS_PNS, "III/a", org.seksi, 0);
  kn_employee_set_id (ghost, 4242);

  g_assert_false (kn_store_update_employee (store, ghost, &error));
  assert_store_error (&error, KN_STORE_ERROR_NOT_FOUND);
  g_assert_false (kn_store_delete_employee (store, 4242, KN_STAFF_ACTION_CLEAR, 0, &error));
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (n_employees (store), ==, 0);
}

/* Tests: cycles */

static void
test_employee_supervisor_cycle (Fixture       *fixture,
                                gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) edit = NULL;
  guint audit_before;

  audit_before = n_audit (store);

  /* C reports to B, B to A: A cannot report to C, nor to B. */
  edit = kn_employee_copy (kn_store_lookup_employee (store, chain.a));
  kn_employee_set_supervisor_id (edit, chain.c);
  g_assert_false (kn_store_validate_employee (store, edit, &error));
  assert_store_error (&error, KN_STORE_ERROR_CYCLE);
  g_assert_false (kn_store_update_employee (store, edit, &error));
  assert_store_error (&error, KN_STORE_ERROR_CYCLE);

  kn_employee_set_supervisor_id (edit, chain.b);
  g_assert_false (kn_store_update_employee (store, edit, &error));
  assert_store_error (&error, KN_STORE_ERROR_CYCLE);

  g_assert_cmpint (supervisor_of (store, chain.a), ==, 0);
  assert_no_supervisor_name (kn_store_lookup_employee (store, chain.a));
  g_assert_cmpuint (n_audit (store), ==, audit_before);

  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpint (supervisor_of (store, chain.a), ==, 0);
  g_assert_cmpint (supervisor_of (store, chain.b), ==, chain.a);
  g_assert_cmpint (supervisor_of (store, chain.c), ==, chain.b);
}

static void
test_employee_self_supervision (Fixture       *fixture,
                                gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) edit = NULL;
  guint audit_before;

  audit_before = n_audit (store);

  edit = kn_employee_copy (kn_store_lookup_employee (store, chain.b));
  kn_employee_set_supervisor_id (edit, chain.b);
  g_assert_false (kn_store_update_employee (store, edit, &error));
  assert_store_error (&error, KN_STORE_ERROR_CYCLE);

  g_assert_cmpint (supervisor_of (store, chain.b), ==, chain.a);
  g_assert_cmpuint (n_audit (store), ==, audit_before);
  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpint (supervisor_of (store, chain.b), ==, chain.a);
}

static void
test_employee_would_create_cycle (Fixture       *fixture,
                                  gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  gint64 loner;

  loner = add_employee (store, NIP_PPPK, "Eka Putri", KN_EMPLOYEE_STATUS_PPPK, "IX", org.bkd, 0);

  /* Upward: someone below cannot become the superior. */
  g_assert_true (kn_store_would_create_cycle (store, chain.a, chain.c));
  g_assert_true (kn_store_would_create_cycle (store, chain.a, chain.b));
  g_assert_true (kn_store_would_create_cycle (store, chain.b, chain.d));
  g_assert_true (kn_store_would_create_cycle (store, chain.c, chain.c));

  /* Downward or sideways is fine. */
  g_assert_false (kn_store_would_create_cycle (store, chain.c, chain.a));
  g_assert_false (kn_store_would_create_cycle (store, chain.b, chain.a));
  g_assert_false (kn_store_would_create_cycle (store, chain.c, chain.d));
  g_assert_false (kn_store_would_create_cycle (store, chain.a, loner));
  g_assert_false (kn_store_would_create_cycle (store, loner, chain.c));
  g_assert_false (kn_store_would_create_cycle (store, chain.a, 0));
  g_assert_false (kn_store_would_create_cycle (store, 0, chain.a));
}

/* Tests: deleting employees */

static void
check_delete_with_staff (Fixture       *fixture,
                         KnStaffAction  action,
                         gboolean       to_employee)
{
  g_autoptr(KnStore) store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  const char *expected_name = NULL;
  gint64 expected = 0;
  gint64 eka;
  Chain chain;
  Org org;

  build_org (store, &org);
  build_chain (store, org.seksi, &chain);
  eka = add_employee (store, NIP_PPPK, "Eka Putri", KN_EMPLOYEE_STATUS_PPPK, "IX", org.dinas,
                      chain.a);

  staff = kn_store_list_staff (store, chain.b);
  g_assert_cmpuint (staff->len, ==, 2);
  g_clear_pointer (&staff, g_ptr_array_unref);

  if (action == KN_STAFF_ACTION_TO_SUPERIOR)
    {
      expected = chain.a;
      expected_name = "Ahmad Fauzi";
    }
  else if (to_employee)
    {
      expected = eka;
      expected_name = "Eka Putri";
    }

  g_assert_true (kn_store_delete_employee (store, chain.b, action, to_employee ? eka : 0, &error));
  ASSERT_NO_ERROR (error);

  for (guint round = 0; round < 2; round++)
    {
      KnEmployee *c;
      KnEmployee *d;

      g_assert_null (kn_store_lookup_employee (store, chain.b));
      g_assert_null (kn_store_find_employee_by_nip (store, NIP_B));
      g_assert_cmpuint (n_employees (store), ==, 4);

      c = kn_store_lookup_employee (store, chain.c);
      d = kn_store_lookup_employee (store, chain.d);
      g_assert_nonnull (c);
      g_assert_nonnull (d);
      g_assert_cmpint (kn_employee_get_supervisor_id (c), ==, expected);
      g_assert_cmpint (kn_employee_get_supervisor_id (d), ==, expected);
      if (expected_name != NULL)
        {
          g_assert_cmpstr (kn_employee_get_supervisor_name (c), ==, expected_name);
          g_assert_cmpstr (kn_employee_get_supervisor_name (d), ==, expected_name);
        }
      else
        {
          assert_no_supervisor_name (c);
          assert_no_supervisor_name (d);
        }

      /* The others are as they were. */
      g_assert_cmpint (supervisor_of (store, chain.a), ==, 0);
      g_assert_cmpint (supervisor_of (store, eka), ==, chain.a);

      staff = kn_store_list_staff (store, chain.b);
      g_assert_cmpuint (staff->len, ==, 0);
      g_clear_pointer (&staff, g_ptr_array_unref);
      if (expected != 0)
        {
          staff = kn_store_list_staff (store, expected);
          g_assert_cmpuint (staff->len, ==, expected == chain.a ? 3 : 2);
          g_clear_pointer (&staff, g_ptr_array_unref);
        }

      kn_test_store_reopen (&store, fixture->path);
    }
}

static void
test_employee_delete_to_superior (Fixture       *fixture,
                                  gconstpointer  data)
{
  check_delete_with_staff (fixture, KN_STAFF_ACTION_TO_SUPERIOR, FALSE);
}

static void
test_employee_delete_clear (Fixture       *fixture,
                            gconstpointer  data)
{
  check_delete_with_staff (fixture, KN_STAFF_ACTION_CLEAR, FALSE);
}

static void
test_employee_delete_to_employee (Fixture       *fixture,
                                  gconstpointer  data)
{
  check_delete_with_staff (fixture, KN_STAFF_ACTION_TO_EMPLOYEE, TRUE);
}

static void
test_employee_delete_head_to_superior (Fixture       *fixture,
                                       gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;

  /* A has no atasan: B is left without one. */
  g_assert_true (kn_store_delete_employee (store, chain.a, KN_STAFF_ACTION_TO_SUPERIOR, 0, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (supervisor_of (store, chain.b), ==, 0);
  assert_no_supervisor_name (kn_store_lookup_employee (store, chain.b));
  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpint (supervisor_of (store, chain.b), ==, 0);
  g_assert_cmpint (supervisor_of (store, chain.c), ==, chain.b);
  g_assert_cmpuint (n_employees (store), ==, 3);
}

static void
assert_chain_intact (KnStore     *store,
                     const Chain *chain)
{
  g_assert_nonnull (kn_store_lookup_employee (store, chain->b));
  g_assert_cmpint (supervisor_of (store, chain->b), ==, chain->a);
  g_assert_cmpint (supervisor_of (store, chain->c), ==, chain->b);
  g_assert_cmpint (supervisor_of (store, chain->d), ==, chain->b);
  g_assert_cmpstr (kn_employee_get_supervisor_name (kn_store_lookup_employee (store, chain->c)),
                   ==, "Budi Rahayu");
}

static void
test_employee_delete_to_employee_refused (Fixture       *fixture,
                                          gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;
  guint audit_before;
  guint count;
  gint64 fajar;

  /* Fajar reports to C, who reports to B. */
  fajar = add_employee (store, NIP_PPPK2, "Fajar Nugroho", KN_EMPLOYEE_STATUS_PPPK_PARUH_WAKTU,
                        "V", org.seksi, chain.c);
  audit_before = n_audit (store);
  count = n_employees (store);

  /* C would report to Fajar, who reports to C. */
  g_assert_false (kn_store_delete_employee (store, chain.b, KN_STAFF_ACTION_TO_EMPLOYEE, fajar,
                                            &error));
  assert_store_error (&error, KN_STORE_ERROR_CYCLE);
  assert_chain_intact (store, &chain);

  /* Someone who does not exist, or the person being deleted. */
  g_assert_false (kn_store_delete_employee (store, chain.b, KN_STAFF_ACTION_TO_EMPLOYEE, 9999,
                                            &error));
  ASSERT_SOME_ERROR (error);
  g_assert_true (error->domain == KN_STORE_ERROR);
  g_clear_error (&error);
  assert_chain_intact (store, &chain);

  g_assert_false (kn_store_delete_employee (store, chain.b, KN_STAFF_ACTION_TO_EMPLOYEE, 0,
                                            &error));
  ASSERT_SOME_ERROR (error);
  g_assert_true (error->domain == KN_STORE_ERROR);
  g_clear_error (&error);

  g_assert_false (kn_store_delete_employee (store, chain.b, KN_STAFF_ACTION_TO_EMPLOYEE, chain.b,
                                            &error));
  ASSERT_SOME_ERROR (error);
  g_assert_true (error->domain == KN_STORE_ERROR);
  g_clear_error (&error);
  assert_chain_intact (store, &chain);

  g_assert_cmpuint (n_employees (store), ==, count);
  g_assert_cmpuint (n_audit (store), ==, audit_before);
  kn_test_store_reopen (&store, fixture->path);
  assert_chain_intact (store, &chain);
  g_assert_cmpuint (n_employees (store), ==, count);
  g_assert_cmpint (supervisor_of (store, fajar), ==, chain.c);
}

/* One of the staff takes over: they report to the deleted person's superior, the others to them. */
static void
test_employee_delete_promote_staff (Fixture       *fixture,
                                    gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_store_delete_employee (store, chain.b, KN_STAFF_ACTION_TO_EMPLOYEE, chain.c,
                                           &error));
  g_assert_no_error (error);
  g_assert_null (kn_store_lookup_employee (store, chain.b));
  g_assert_cmpint (supervisor_of (store, chain.c), ==, chain.a);
  g_assert_cmpint (supervisor_of (store, chain.d), ==, chain.c);
  g_assert_cmpstr (kn_employee_get_supervisor_name (kn_store_lookup_employee (store, chain.d)),
                   ==, "Citra Lestari");

  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpint (supervisor_of (store, chain.c), ==, chain.a);
  g_assert_cmpint (supervisor_of (store, chain.d), ==, chain.c);
}

/* Tests: live models */

static void
test_live_add_emits_once (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(KnStore) store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) duplicate = NULL;
  GListModel *model = kn_store_get_employees (store);
  ItemsChanged changed = { 0 };
  gulong handler;
  Org org;

  build_org (store, &org);
  add_employee (store, NIP_A, "Ahmad Fauzi", KN_EMPLOYEE_STATUS_PNS, "IV/b", org.dinas, 0);

  handler = g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &changed);
  add_employee (store, NIP_B, "Budi Rahayu", KN_EMPLOYEE_STATUS_PNS, "III/d", org.dinas, 0);
  g_assert_cmpuint (changed.emissions, ==, 1);
  g_assert_cmpuint (changed.position, ==, 1);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  /* A refused add is silent. */
  duplicate = new_employee (NIP_B, "Budi Lain", KN_EMPLOYEE_STATUS_PNS, "III/d", org.dinas, 0);
  g_assert_false (kn_store_add_employee (store, duplicate, &error));
  ASSERT_ERROR (error, KN_STORE_ERROR, KN_STORE_ERROR_DUPLICATE);
  g_assert_cmpuint (changed.emissions, ==, 1);

  g_signal_handler_disconnect (model, handler);
}

static void
test_live_unit_rename (Fixture       *fixture,
                       gconstpointer  data)
{
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) renamed = NULL;
  KnEmployee *in_unit;
  KnEmployee *elsewhere;
  KnOrgUnit *seksi;
  guint notified = 0;
  gulong handler;
  gint64 a;
  gint64 b;

  a = add_employee (store, NIP_A, "Ahmad Fauzi", KN_EMPLOYEE_STATUS_PNS, "IV/b", org.bidang_sma, 0);
  b = add_employee (store, NIP_B, "Budi Rahayu", KN_EMPLOYEE_STATUS_PNS, "III/d", org.seksi, a);
  in_unit = kn_store_lookup_employee (store, a);
  elsewhere = kn_store_lookup_employee (store, b);

  handler = g_signal_connect (in_unit, "notify::unit-name", G_CALLBACK (on_notify), &notified);
  renamed = kn_org_unit_copy (kn_store_lookup_unit (store, org.bidang_sma));
  kn_org_unit_set_name (renamed, "Bidang Pembinaan Sekolah Menengah Atas");
  g_assert_true (kn_store_update_unit (store, renamed, &error));
  ASSERT_NO_ERROR (error);
  g_signal_handler_disconnect (in_unit, handler);

  g_assert_cmpuint (notified, >=, 1);
  g_assert_cmpstr (kn_employee_get_unit_name (in_unit), ==,
                   "Bidang Pembinaan Sekolah Menengah Atas");
  g_assert_cmpstr (kn_employee_get_unit_name (elsewhere), ==, SEKSI);

  /* The unit itself and its sub-unit's path follow, in the live objects. */
  g_assert_cmpstr (kn_org_unit_get_name (kn_store_lookup_unit (store, org.bidang_sma)), ==,
                   "Bidang Pembinaan Sekolah Menengah Atas");
  seksi = kn_store_lookup_unit (store, org.seksi);
  g_assert_cmpstr (kn_org_unit_get_path (seksi), ==,
                   DINAS SEP "Bidang Pembinaan Sekolah Menengah Atas" SEP SEKSI);
  g_assert_nonnull (kn_store_find_unit (store, "Bidang Pembinaan Sekolah Menengah Atas"));
  g_assert_null (kn_store_find_unit (store, BIDANG_SMA));

  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpstr (kn_employee_get_unit_name (kn_store_lookup_employee (store, a)), ==,
                   "Bidang Pembinaan Sekolah Menengah Atas");
  g_assert_cmpstr (kn_org_unit_get_path (kn_store_lookup_unit (store, org.seksi)), ==,
                   DINAS SEP "Bidang Pembinaan Sekolah Menengah Atas" SEP SEKSI);
}

static void
test_live_employee_rename (Fixture       *fixture,
                           gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) edit = NULL;
  KnEmployee *c;
  KnEmployee *d;
  KnEmployee *b;
  guint notified = 0;
  gulong handler;

  c = kn_store_lookup_employee (store, chain.c);
  d = kn_store_lookup_employee (store, chain.d);
  b = kn_store_lookup_employee (store, chain.b);

  handler = g_signal_connect (c, "notify::supervisor-name", G_CALLBACK (on_notify), &notified);
  edit = kn_employee_copy (b);
  kn_employee_set_name (edit, "Hj. Budi Rahayu, S.E., M.M.");
  g_assert_true (kn_store_update_employee (store, edit, &error));
  ASSERT_NO_ERROR (error);
  g_signal_handler_disconnect (c, handler);

  g_assert_cmpuint (notified, >=, 1);
  g_assert_true (kn_store_lookup_employee (store, chain.b) == b);
  g_assert_cmpstr (kn_employee_get_name (b), ==, "Hj. Budi Rahayu, S.E., M.M.");
  g_assert_cmpstr (kn_employee_get_supervisor_name (c), ==, "Hj. Budi Rahayu, S.E., M.M.");
  g_assert_cmpstr (kn_employee_get_supervisor_name (d), ==, "Hj. Budi Rahayu, S.E., M.M.");
  g_assert_cmpstr (kn_employee_get_supervisor_name (b), ==, "Ahmad Fauzi");

  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpstr (kn_employee_get_supervisor_name (kn_store_lookup_employee (store, chain.d)),
                   ==, "Hj. Budi Rahayu, S.E., M.M.");
}

static void
test_live_update_only_after_success (Fixture       *fixture,
                                     gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) edit = NULL;
  KnEmployee *live;
  guint notified = 0;
  gulong handler;

  live = kn_store_lookup_employee (store, chain.c);
  handler = g_signal_connect (live, "notify", G_CALLBACK (on_notify), &notified);

  /* Editing the copy leaves the live object alone. */
  edit = kn_employee_copy (live);
  kn_employee_set_name (edit, "Citra Lestari, S.Kom.");
  kn_employee_set_rank (edit, "IX");
  kn_employee_set_unit_id (edit, org.bkd);
  g_assert_cmpstr (kn_employee_get_name (live), ==, "Citra Lestari");

  /* A refused update leaves it alone too. */
  g_assert_false (kn_store_update_employee (store, edit, &error));
  assert_store_error (&error, KN_STORE_ERROR_INVALID);
  g_assert_cmpuint (notified, ==, 0);
  g_assert_cmpstr (kn_employee_get_name (live), ==, "Citra Lestari");
  g_assert_cmpstr (kn_employee_get_rank (live), ==, "III/a");
  g_assert_cmpint (kn_employee_get_unit_id (live), ==, org.seksi);
  g_assert_cmpstr (kn_employee_get_unit_name (live), ==, SEKSI);

  /* A successful one changes it, in place. */
  kn_employee_set_rank (edit, "III/b");
  g_assert_true (kn_store_update_employee (store, edit, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (notified, >, 0);
  g_assert_true (kn_store_lookup_employee (store, chain.c) == live);
  g_assert_cmpstr (kn_employee_get_name (live), ==, "Citra Lestari, S.Kom.");
  g_assert_cmpstr (kn_employee_get_rank (live), ==, "III/b");
  g_assert_cmpint (kn_employee_get_unit_id (live), ==, org.bkd);
  g_assert_cmpstr (kn_employee_get_unit_name (live), ==, BKD);
  g_signal_handler_disconnect (live, handler);
}

/* Tests: audit */

static const KnAuditEntry *
find_audit (GPtrArray  *entries,
            const char *field)
{
  const KnAuditEntry *found = NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      const KnAuditEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->field, field) == 0)
        {
          g_assert_null (found);
          found = entry;
        }
    }

  return found;
}

static void
assert_audit_time (const KnAuditEntry *entry)
{
  g_autoptr(GDateTime) at = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_assert_nonnull (entry->at);
  g_assert_true (g_str_has_suffix (entry->at, "Z"));
  at = g_date_time_new_from_iso8601 (entry->at, NULL);
  g_assert_nonnull (at);
  g_assert_cmpint (g_date_time_difference (now, at), >=, 0);
  g_assert_cmpint (g_date_time_difference (now, at), <, 60 * G_TIME_SPAN_SECOND);
}

static void
assert_audit_entry (const KnAuditEntry *entry,
                    const char         *entity,
                    gint64              entity_id,
                    const char         *action,
                    const char         *old_value,
                    const char         *new_value)
{
  g_assert_nonnull (entry);
  if (entry == NULL)
    return;
  g_assert_cmpstr (entry->entity, ==, entity);
  g_assert_cmpint (entry->entity_id, ==, entity_id);
  g_assert_cmpstr (entry->action, ==, action);
  g_assert_cmpstr (entry->old_value, ==, old_value);
  g_assert_cmpstr (entry->new_value, ==, new_value);
  assert_audit_time (entry);
}

static void
test_audit_employee_insert (Fixture       *fixture,
                            gconstpointer  data)
{
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(KnEmployee) employee = NULL;
  g_autofree char *unit_text = NULL;
  g_autofree char *a_text = NULL;
  gint64 a;
  gint64 id;

  a = add_employee (store, NIP_A, "Ahmad Fauzi", KN_EMPLOYEE_STATUS_PNS, "IV/b", org.dinas, 0);

  employee = new_employee ("19860926 201505 1 001", " Citra Lestari ", KN_EMPLOYEE_STATUS_PNS,
                           "III/a", org.seksi, a);
  kn_employee_set_position (employee, "Pranata Komputer Ahli Muda");
  kn_employee_set_position_kind (employee, KN_POSITION_AHLI_MUDA);
  g_assert_true (kn_store_add_employee (store, employee, &error));
  ASSERT_NO_ERROR (error);
  id = kn_employee_get_id (employee);
  unit_text = g_strdup_printf ("%" G_GINT64_FORMAT, org.seksi);
  a_text = g_strdup_printf ("%" G_GINT64_FORMAT, a);

  entries = kn_store_list_audit (store, "employee", id);
  g_assert_cmpuint (entries->len, ==, 8);
  assert_audit_entry (find_audit (entries, "nip"), "employee", id, "insert", NULL, NIP_C);
  assert_audit_entry (find_audit (entries, "name"), "employee", id, "insert", NULL,
                      "Citra Lestari");
  assert_audit_entry (find_audit (entries, "status"), "employee", id, "insert", NULL, "pns");
  assert_audit_entry (find_audit (entries, "rank"), "employee", id, "insert", NULL, "III/a");
  assert_audit_entry (find_audit (entries, "position"), "employee", id, "insert", NULL,
                      "Pranata Komputer Ahli Muda");
  assert_audit_entry (find_audit (entries, "position_kind"), "employee", id, "insert", NULL,
                      "ahli-muda");
  assert_audit_entry (find_audit (entries, "unit_id"), "employee", id, "insert", NULL, unit_text);
  assert_audit_entry (find_audit (entries, "supervisor_id"), "employee", id, "insert", NULL,
                      a_text);

  /* One audit row for the insert, its fields in the order written, and kept in the file. */
  for (guint i = 1; i < entries->len; i++)
    {
      g_assert_cmpint (((KnAuditEntry *) entries->pdata[i])->id, ==,
                       ((KnAuditEntry *) entries->pdata[0])->id);
      g_assert_cmpuint (((KnAuditEntry *) entries->pdata[i])->field_index, ==, i);
    }
  kn_test_store_reopen (&store, fixture->path);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = kn_store_list_audit (store, "employee", id);
  g_assert_cmpuint (entries->len, ==, 8);
}

static void
test_audit_employee_update (Fixture       *fixture,
                            gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(KnEmployee) edit = NULL;
  g_autofree char *old_unit = NULL;
  g_autofree char *new_unit = NULL;
  const KnAuditEntry *entry;
  guint before;

  entries = kn_store_list_audit (store, "employee", chain.c);
  before = entries->len;
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Only the rank changes (the NIP typed differently is the same NIP). */
  edit = kn_employee_copy (kn_store_lookup_employee (store, chain.c));
  kn_employee_set_nip (edit, "19860926 201505 1 001");
  kn_employee_set_name (edit, "Citra Lestari ");
  kn_employee_set_rank (edit, "III/b");
  g_assert_true (kn_store_update_employee (store, edit, &error));
  ASSERT_NO_ERROR (error);

  entries = kn_store_list_audit (store, "employee", chain.c);
  g_assert_cmpuint (entries->len, ==, before + 1);
  STOP_IF_FAILED ();
  entry = g_ptr_array_index (entries, entries->len - 1);
  g_assert_cmpstr (entry->field, ==, "rank");
  assert_audit_entry (entry, "employee", chain.c, "update", "III/a", "III/b");
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Saving without a change writes nothing. */
  g_assert_true (kn_store_update_employee (store, edit, &error));
  ASSERT_NO_ERROR (error);
  entries = kn_store_list_audit (store, "employee", chain.c);
  g_assert_cmpuint (entries->len, ==, before + 1);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Two fields: two rows. */
  kn_employee_set_name (edit, "Citra Lestari, S.Kom.");
  kn_employee_set_unit_id (edit, org.bkd);
  g_assert_true (kn_store_update_employee (store, edit, &error));
  ASSERT_NO_ERROR (error);
  entries = kn_store_list_audit (store, "employee", chain.c);
  g_assert_cmpuint (entries->len, ==, before + 3);
  STOP_IF_FAILED ();
  old_unit = g_strdup_printf ("%" G_GINT64_FORMAT, org.seksi);
  new_unit = g_strdup_printf ("%" G_GINT64_FORMAT, org.bkd);
  entry = g_ptr_array_index (entries, before + 1);
  g_assert_true (g_strcmp0 (entry->field, "name") == 0 || g_strcmp0 (entry->field, "unit_id") == 0);
  entry = g_ptr_array_index (entries, before + 2);
  g_assert_true (g_strcmp0 (entry->field, "name") == 0 || g_strcmp0 (entry->field, "unit_id") == 0);
  {
    g_autoptr(GPtrArray) latest = g_ptr_array_new ();

    g_ptr_array_add (latest, g_ptr_array_index (entries, before + 1));
    g_ptr_array_add (latest, g_ptr_array_index (entries, before + 2));
    assert_audit_entry (find_audit (latest, "name"), "employee", chain.c, "update",
                        "Citra Lestari", "Citra Lestari, S.Kom.");
    assert_audit_entry (find_audit (latest, "unit_id"), "employee", chain.c, "update", old_unit,
                        new_unit);
  }

  /* Other employees' logs are their own. */
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = kn_store_list_audit (store, "employee", chain.d);
  for (guint i = 0; i < entries->len; i++)
    g_assert_cmpstr (((KnAuditEntry *) entries->pdata[i])->action, ==, "insert");
}

/* One save of a person changing three fields writes ONE audit row holding the three, with its
 * author and time; the log still reads back three changes, each with its old and new value. */
static void
test_audit_one_row_per_save (Fixture       *fixture,
                             gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(KnEmployee) edit = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *fields[] = { "name", "rank", "position" };
  const char *old_values[] = { "Citra Lestari", "III/a", "Pranata Komputer Ahli Pertama" };
  const char *new_values[] = { "Citra Lestari, S.Kom.", "III/b", "Pranata Komputer Ahli Muda" };
  KnAuditEntry *first;

  edit = kn_employee_copy (kn_store_lookup_employee (store, chain.c));
  kn_employee_set_position (edit, old_values[2]);
  g_assert_true (kn_store_update_employee (store, edit, &error));
  ASSERT_NO_ERROR (error);
  sql = g_strdup_printf ("SELECT count (*) FROM audit WHERE entity = 'employee'"
                         " AND entity_id = %" G_GINT64_FORMAT, chain.c);
  before = kn_test_run_sqlite (fixture->path, sql);

  kn_employee_set_name (edit, new_values[0]);
  kn_employee_set_rank (edit, new_values[1]);
  kn_employee_set_position (edit, new_values[2]);
  g_assert_true (kn_store_update_employee (store, edit, &error));
  ASSERT_NO_ERROR (error);

  /* One row more in the log … */
  after = kn_test_run_sqlite (fixture->path, sql);
  g_assert_cmpint (atoi (after), ==, atoi (before) + 1);

  /* … read back as three changes of one row, in the order they were made. */
  entries = kn_store_list_audit (store, "employee", chain.c);
  g_assert_cmpuint (entries->len, >=, 3);
  STOP_IF_FAILED ();
  first = g_ptr_array_index (entries, entries->len - 3);
  for (guint i = 0; i < 3; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (entries, entries->len - 3 + i);

      g_assert_cmpint (entry->id, ==, first->id);
      g_assert_cmpuint (entry->field_index, ==, i);
      g_assert_cmpstr (entry->at, ==, first->at);
      g_assert_cmpstr (entry->author, ==, first->author);
      g_assert_cmpstr (entry->field, ==, fields[i]);
      assert_audit_entry (entry, "employee", chain.c, "update", old_values[i], new_values[i]);
    }
}

static void
test_audit_employee_delete (Fixture       *fixture,
                            gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) deleted = g_ptr_array_new ();
  g_autofree char *a_text = NULL;
  g_autofree char *b_text = NULL;
  const KnAuditEntry *entry;
  guint before_b;
  guint before_c;

  a_text = g_strdup_printf ("%" G_GINT64_FORMAT, chain.a);
  b_text = g_strdup_printf ("%" G_GINT64_FORMAT, chain.b);

  entries = kn_store_list_audit (store, "employee", chain.b);
  before_b = entries->len;
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = kn_store_list_audit (store, "employee", chain.c);
  before_c = entries->len;
  g_clear_pointer (&entries, g_ptr_array_unref);

  g_assert_true (kn_store_delete_employee (store, chain.b, KN_STAFF_ACTION_TO_SUPERIOR, 0, &error));
  ASSERT_NO_ERROR (error);

  /* The deleted person: old values, no new ones. */
  entries = kn_store_list_audit (store, "employee", chain.b);
  g_assert_cmpuint (entries->len, >, before_b);
  for (guint i = before_b; i < entries->len; i++)
    {
      entry = g_ptr_array_index (entries, i);
      g_assert_cmpstr (entry->action, ==, "delete");
      g_assert_null (entry->new_value);
      g_ptr_array_add (deleted, (gpointer) entry);
    }
  assert_audit_entry (find_audit (deleted, "nip"), "employee", chain.b, "delete", NIP_B, NULL);
  assert_audit_entry (find_audit (deleted, "name"), "employee", chain.b, "delete", "Budi Rahayu",
                      NULL);
  assert_audit_entry (find_audit (deleted, "rank"), "employee", chain.b, "delete", "III/d", NULL);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* The staff's new superior is logged with them. */
  entries = kn_store_list_audit (store, "employee", chain.c);
  g_assert_cmpuint (entries->len, ==, before_c + 1);
  STOP_IF_FAILED ();
  entry = g_ptr_array_index (entries, before_c);
  g_assert_cmpstr (entry->field, ==, "supervisor_id");
  assert_audit_entry (entry, "employee", chain.c, "update", b_text, a_text);
}

static void
test_audit_unit (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(KnStore) store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(KnOrgUnit) edit = NULL;
  g_autofree char *dinas_text = NULL;
  g_autofree char *bkd_text = NULL;
  const KnAuditEntry *entry;
  gint64 dinas;
  gint64 bkd;
  gint64 unit;

  dinas = kn_test_add_unit (store, DINAS, 0);
  bkd = kn_test_add_unit (store, BKD, 0);
  unit = kn_test_add_unit (store, "Bidang Mutasi", dinas);
  dinas_text = g_strdup_printf ("%" G_GINT64_FORMAT, dinas);
  bkd_text = g_strdup_printf ("%" G_GINT64_FORMAT, bkd);

  entries = kn_store_list_audit (store, "unit", unit);
  g_assert_cmpuint (entries->len, >=, 1);
  for (guint i = 0; i < entries->len; i++)
    g_assert_cmpstr (((KnAuditEntry *) entries->pdata[i])->action, ==, "insert");
  assert_audit_entry (find_audit (entries, "name"), "unit", unit, "insert", NULL, "Bidang Mutasi");
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Renamed: one row. */
  edit = kn_org_unit_copy (kn_store_lookup_unit (store, unit));
  kn_org_unit_set_name (edit, "Bidang Mutasi dan Promosi");
  g_assert_true (kn_store_update_unit (store, edit, &error));
  ASSERT_NO_ERROR (error);
  entries = kn_store_list_audit (store, "unit", unit);
  g_assert_cmpuint (entries->len, >, 1);
  STOP_IF_FAILED ();
  entry = g_ptr_array_index (entries, entries->len - 1);
  g_assert_cmpstr (entry->field, ==, "name");
  assert_audit_entry (entry, "unit", unit, "update", "Bidang Mutasi", "Bidang Mutasi dan Promosi");
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Moved: one row with the parent. */
  entries = kn_store_list_audit (store, "unit", unit);
  {
    guint before = entries->len;

    g_clear_pointer (&entries, g_ptr_array_unref);
    kn_org_unit_set_parent_id (edit, bkd);
    g_assert_true (kn_store_update_unit (store, edit, &error));
    ASSERT_NO_ERROR (error);
    entries = kn_store_list_audit (store, "unit", unit);
    g_assert_cmpuint (entries->len, ==, before + 1);
    STOP_IF_FAILED ();
    entry = g_ptr_array_index (entries, before);
    g_assert_cmpstr (entry->field, ==, "parent_id");
    assert_audit_entry (entry, "unit", unit, "update", dinas_text, bkd_text);
    g_clear_pointer (&entries, g_ptr_array_unref);

    /* Deleted. */
    g_assert_true (kn_store_delete_unit (store, unit, &error));
    ASSERT_NO_ERROR (error);
    entries = kn_store_list_audit (store, "unit", unit);
    g_assert_cmpuint (entries->len, >, before + 1);
    STOP_IF_FAILED ();
    entry = g_ptr_array_index (entries, entries->len - 1);
    g_assert_cmpstr (entry->action, ==, "delete");
    g_assert_cmpstr (entry->entity, ==, "unit");
    g_assert_cmpint (entry->entity_id, ==, unit);
  }
}

static void
test_audit_failed_writes_nothing (Fixture       *fixture,
                                  gconstpointer  data)
{
  Chain chain;
  Org org;
  g_autoptr(KnStore) store = open_with_chain (fixture, &org, &chain);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) duplicate = NULL;
  g_autoptr(KnEmployee) edit = NULL;
  g_autoptr(KnOrgUnit) twin = NULL;
  g_autoptr(KnOrgUnit) moved = NULL;
  guint before;

  before = n_audit (store);
  g_assert_cmpuint (before, >, 0);

  duplicate = new_employee (NIP_C, "Citra Lain", KN_EMPLOYEE_STATUS_PNS, "III/a", org.seksi, 0);
  g_assert_false (kn_store_add_employee (store, duplicate, &error));
  g_clear_error (&error);

  edit = kn_employee_copy (kn_store_lookup_employee (store, chain.a));
  kn_employee_set_rank (edit, "IV/c");
  kn_employee_set_supervisor_id (edit, chain.d);
  g_assert_false (kn_store_update_employee (store, edit, &error));
  g_clear_error (&error);

  g_assert_false (kn_store_delete_unit (store, org.seksi, &error));
  g_clear_error (&error);

  twin = kn_org_unit_new ("Bidang Pembinaan SMA", org.dinas);
  g_assert_false (kn_store_add_unit (store, twin, &error));
  g_clear_error (&error);

  moved = kn_org_unit_copy (kn_store_lookup_unit (store, org.bidang_sma));
  kn_org_unit_set_name (moved, "Bidang SMA");
  kn_org_unit_set_parent_id (moved, org.seksi);
  g_assert_false (kn_store_update_unit (store, moved, &error));
  g_clear_error (&error);

  g_assert_false (kn_store_delete_employee (store, chain.b, KN_STAFF_ACTION_TO_EMPLOYEE, 9999,
                                            &error));
  g_clear_error (&error);

  g_assert_cmpuint (n_audit (store), ==, before);
  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpuint (n_audit (store), ==, before);
}

/* Tests: bulk work */

#define N_BULK 100

static char *
bulk_nip (guint i)
{
  /* Born 5 May 1985, CPNS March 2010, male, serial 1 … 100. */
  return g_strdup_printf ("198505052010031%03u", i + 1);
}

static void
test_bulk_commit (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(KnStore) store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) duplicate = NULL;
  g_autofree char *first_nip = NULL;
  GListModel *employees = kn_store_get_employees (store);
  GListModel *units = kn_store_get_units (store);
  ItemsChanged changed = { 0 };
  ItemsChanged units_changed = { 0 };
  gulong handler;
  gulong units_handler;
  gint64 first = 0;
  gint64 unit;
  gint64 head;
  Org org;

  build_org (store, &org);
  head = add_employee (store, NIP_A, "Ahmad Fauzi", KN_EMPLOYEE_STATUS_PNS, "IV/c", org.dinas, 0);

  handler = g_signal_connect (employees, "items-changed", G_CALLBACK (on_items_changed), &changed);
  units_handler = g_signal_connect (units, "items-changed", G_CALLBACK (on_items_changed),
                                    &units_changed);

  g_assert_true (kn_store_begin (store, &error));
  ASSERT_NO_ERROR (error);

  unit = kn_test_add_unit (store, "UPTD Balai Teknologi Pendidikan", org.dinas);
  for (guint i = 0; i < N_BULK; i++)
    {
      g_autofree char *nip = bulk_nip (i);
      g_autofree char *name = g_strdup_printf ("Pegawai Impor %03u", i + 1);
      gint64 id = add_employee (store, nip, name, KN_EMPLOYEE_STATUS_PNS, "III/a", unit,
                                i == 0 ? head : first);

      if (i == 0)
        first = id;
    }

  /* The batch checks NIPs against itself too. */
  first_nip = bulk_nip (0);
  duplicate = new_employee (first_nip, "Pegawai Ganda", KN_EMPLOYEE_STATUS_PNS, "III/a", unit, 0);
  g_assert_false (kn_store_add_employee (store, duplicate, &error));
  assert_store_error (&error, KN_STORE_ERROR_DUPLICATE);

  g_assert_cmpuint (changed.emissions, ==, 0);
  g_assert_cmpuint (units_changed.emissions, ==, 0);

  g_assert_true (kn_store_commit (store, &error));
  ASSERT_NO_ERROR (error);

  g_assert_cmpuint (changed.emissions, ==, 1);
  g_assert_cmpuint (changed.position, ==, 1);
  g_assert_cmpuint (changed.removed, ==, 0);
  g_assert_cmpuint (changed.added, ==, N_BULK);
  g_assert_cmpuint (units_changed.emissions, ==, 1);
  g_signal_handler_disconnect (employees, handler);
  g_signal_handler_disconnect (units, units_handler);

  g_assert_cmpuint (n_employees (store), ==, N_BULK + 1);
  g_assert_cmpstr (kn_org_unit_get_path (kn_store_lookup_unit (store, unit)), ==,
                   DINAS SEP "UPTD Balai Teknologi Pendidikan");

  kn_test_store_reopen (&store, fixture->path);
  g_assert_cmpuint (n_employees (store), ==, N_BULK + 1);
  g_assert_cmpuint (n_units (store), ==, 8);
  for (guint i = 0; i < N_BULK; i++)
    {
      g_autofree char *nip = bulk_nip (i);
      g_autofree char *name = g_strdup_printf ("Pegawai Impor %03u", i + 1);
      KnEmployee *employee = kn_store_find_employee_by_nip (store, nip);

      g_assert_nonnull (employee);
      g_assert_cmpstr (kn_employee_get_name (employee), ==, name);
      g_assert_cmpint (kn_employee_get_unit_id (employee), ==, unit);
      g_assert_cmpstr (kn_employee_get_unit_name (employee), ==, "UPTD Balai Teknologi Pendidikan");
      g_assert_cmpstr (kn_employee_get_supervisor_name (employee), ==,
                       i == 0 ? "Ahmad Fauzi" : "Pegawai Impor 001");
    }
}

static void
test_bulk_rollback (Fixture       *fixture,
                    gconstpointer  data)
{
  Org org;
  g_autoptr(KnStore) store = open_with_org (fixture, &org);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) edit = NULL;
  guint audit_before;
  gint64 head;
  gint64 unit;
  gint64 after;

  head = add_employee (store, NIP_A, "Ahmad Fauzi", KN_EMPLOYEE_STATUS_PNS, "IV/c", org.dinas, 0);
  audit_before = n_audit (store);

  g_assert_true (kn_store_begin (store, &error));
  ASSERT_NO_ERROR (error);
  unit = kn_test_add_unit (store, "UPTD Balai Teknologi Pendidikan", org.dinas);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *nip = bulk_nip (i);

      add_employee (store, nip, "Pegawai Impor", KN_EMPLOYEE_STATUS_PNS, "III/a", unit, head);
    }
  /* A change to someone already there is undone as well. */
  edit = kn_employee_copy (kn_store_lookup_employee (store, head));
  kn_employee_set_name (edit, "Ahmad Fauzi Berubah");
  g_assert_true (kn_store_update_employee (store, edit, &error));
  ASSERT_NO_ERROR (error);
  g_assert_true (kn_store_set_setting (store, "kota", "Metro", &error));
  ASSERT_NO_ERROR (error);

  kn_store_rollback (store);

  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *kota = kn_store_get_setting (store, "kota");
      g_autoptr(GPtrArray) staff = kn_store_list_staff (store, head);

      g_assert_cmpuint (n_employees (store), ==, 1);
      g_assert_cmpuint (n_units (store), ==, 7);
      g_assert_null (kn_store_lookup_unit (store, unit));
      g_assert_null (kn_store_find_unit (store, "UPTD Balai Teknologi Pendidikan"));
      g_assert_cmpuint (staff->len, ==, 0);
      for (guint i = 0; i < 5; i++)
        {
          g_autofree char *nip = bulk_nip (i);

          g_assert_null (kn_store_find_employee_by_nip (store, nip));
        }
      g_assert_cmpstr (kn_employee_get_name (kn_store_lookup_employee (store, head)), ==,
                       "Ahmad Fauzi");
      {
        g_autoptr(KnEmployee) item = g_list_model_get_item (kn_store_get_employees (store), 0);

        g_assert_cmpstr (kn_employee_get_name (item), ==, "Ahmad Fauzi");
      }
      g_assert_cmpstr (kota, ==, "Bandar Lampung");
      g_assert_cmpuint (n_audit (store), ==, audit_before);

      if (round == 0)
        {
          /* Still usable: plain writes, and another batch. */
          after = add_employee (store, NIP_B, "Budi Rahayu", KN_EMPLOYEE_STATUS_PNS, "III/d",
                                org.dinas, head);
          g_assert_nonnull (kn_store_lookup_employee (store, after));
          g_assert_true (kn_store_begin (store, &error));
          ASSERT_NO_ERROR (error);
          add_employee (store, NIP_C, "Citra Lestari", KN_EMPLOYEE_STATUS_PNS, "III/a", org.seksi,
                        after);
          g_assert_true (kn_store_commit (store, &error));
          ASSERT_NO_ERROR (error);
          g_assert_cmpuint (n_employees (store), ==, 3);

          g_assert_true (kn_store_delete_employee (store, after, KN_STAFF_ACTION_TO_SUPERIOR, 0,
                                                   &error));
          ASSERT_NO_ERROR (error);
          g_assert_true (kn_store_delete_employee (store,
                                                   kn_employee_get_id (kn_store_find_employee_by_nip (store, NIP_C)),
                                                   KN_STAFF_ACTION_CLEAR, 0, &error));
          ASSERT_NO_ERROR (error);
          audit_before = n_audit (store);
          kn_test_store_reopen (&store, fixture->path);
        }
    }
}

/* Tests: settings */

static void
test_settings_round_trip (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(KnStore) store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *kota = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *kepala = NULL;
  const KnAuditEntry *entry;
  guint before;

  kota = kn_store_get_setting (store, "kota");
  g_assert_cmpstr (kota, ==, "Bandar Lampung");
  g_clear_pointer (&kota, g_free);
  unknown = kn_store_get_setting (store, "tidak-ada");
  g_assert_null (unknown);

  before = n_audit (store);
  g_assert_true (kn_store_set_setting (store, "kota", "Metro", &error));
  ASSERT_NO_ERROR (error);
  g_assert_true (kn_store_set_setting (store, "kepala", "Dr. Ahmad Fauzi, M.Si.", &error));
  ASSERT_NO_ERROR (error);
  kota = kn_store_get_setting (store, "kota");
  g_assert_cmpstr (kota, ==, "Metro");
  g_clear_pointer (&kota, g_free);

  entries = kn_store_list_audit (store, NULL, 0);
  g_assert_cmpuint (entries->len, ==, before + 2);
  STOP_IF_FAILED ();
  entry = g_ptr_array_index (entries, before);
  g_assert_cmpstr (entry->field, ==, "kota");
  assert_audit_entry (entry, "setting", entry->entity_id, "update", "Bandar Lampung", "Metro");
  entry = g_ptr_array_index (entries, before + 1);
  g_assert_cmpstr (entry->field, ==, "kepala");
  assert_audit_entry (entry, "setting", entry->entity_id, "update", NULL,
                      "Dr. Ahmad Fauzi, M.Si.");
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* The same value again changes nothing. */
  g_assert_true (kn_store_set_setting (store, "kota", "Metro", &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (n_audit (store), ==, before + 2);

  kn_test_store_reopen (&store, fixture->path);
  kota = kn_store_get_setting (store, "kota");
  g_assert_cmpstr (kota, ==, "Metro");
  kepala = kn_store_get_setting (store, "kepala");
  g_assert_cmpstr (kepala, ==, "Dr. Ahmad Fauzi, M.Si.");
  g_assert_cmpuint (n_audit (store), ==, before + 2);
}

/* A store opened for work on one unit reads that unit's people, not everyone (issue 13: a
 * command about a unit costs the unit); whatever needs everyone — the model, a NIP, a write —
 * reads them then, and the people read before keep their objects. */
static void
test_employee_read_when_needed (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_store_open (fixture->path, &error);
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(KnEmployee) copy = NULL;
  g_autofree char *taken = NULL;
  gint64 dinas, bkd, kepala, guru, first_bkd = 0;
  GListModel *employees;
  KnEmployee *read;
  gboolean listed = FALSE;
  guint n = 0;

  g_assert_no_error (error);
  dinas = kn_test_add_unit (store, "Dinas Pendidikan dan Kebudayaan", 0);
  bkd = kn_test_add_unit (store, "Badan Kepegawaian Daerah", 0);
  kepala = kn_test_add_staff (store, &n, "Dr. Ahmad Fauzi, M.Si.", "Kepala Dinas",
                              KN_POSITION_JPT_PRATAMA, dinas, 0);
  guru = kn_test_add_staff (store, &n, "Budi Rahayu, S.Pd.", "Guru Ahli Pertama",
                            KN_POSITION_AHLI_PERTAMA, dinas, kepala);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("Pegawai BKD %u", i + 1);
      gint64 id = kn_test_add_staff (store, &n, name, "Analis SDM Aparatur",
                                     KN_POSITION_PELAKSANA, bkd, 0);

      if (first_bkd == 0)
        first_bkd = id;
    }
  taken = g_strdup (kn_employee_get_nip (kn_store_lookup_employee (store, first_bkd)));
  kn_test_store_reopen (&store, fixture->path);

  evaluations = kn_store_list_unit_evaluations (store, dinas, "2026-TW1", 0);
  g_assert_cmpuint (evaluations->len, ==, 2);
  read = kn_store_lookup_employee (store, guru);
  g_assert_nonnull (read);
  g_assert_cmpstr (kn_employee_get_name (read), ==, "Budi Rahayu, S.Pd.");
  g_assert_cmpstr (kn_employee_get_unit_name (read), ==, "Dinas Pendidikan dan Kebudayaan");
  g_assert_cmpstr (kn_employee_get_supervisor_name (read), ==, "Dr. Ahmad Fauzi, M.Si.");
  /* Only the unit's two people were read. */
  g_assert_false (store->employees_loaded);
  g_assert_cmpuint (g_hash_table_size (store->employees_by_id), ==, 2);

  /* A NIP taken by someone not read yet is still refused. */
  copy = kn_employee_new ();
  kn_employee_set_nip (copy, taken);
  kn_employee_set_name (copy, "Andi Saputra");
  kn_employee_set_status (copy, KN_EMPLOYEE_STATUS_PNS);
  kn_employee_set_rank (copy, "III/a");
  kn_employee_set_position (copy, "Analis SDM Aparatur");
  kn_employee_set_unit_id (copy, dinas);
  g_assert_false (kn_store_add_employee (store, copy, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "Pegawai BKD 1"));

  /* Everyone is in the model now, the person read before as the same object. */
  employees = kn_store_get_employees (store);
  g_assert_cmpuint (g_list_model_get_n_items (employees), ==, 7);
  g_assert_true (kn_store_lookup_employee (store, guru) == read);
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

      listed = listed || employee == read;
    }
  g_assert_true (listed);
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

#define ADD KN_TEST_ADD
#define ADD_INVALID(name, test_case) \
  g_test_add (name, Fixture, &test_case, fixture_set_up, test_employee_insert_invalid, \
              fixture_tear_down)

  /* Files: what opening and updating does to them, and to the files of other programs. */
  if (!kn_test_on_server ())
    {
      ADD ("/store/open/creates-private-file", test_open_creates_private_file);
      ADD ("/store/open/creates-parent-folders", test_open_creates_parent_folders);
      ADD ("/store/open/reopen-keeps-data", test_open_reopen_keeps_data);
      ADD ("/store/open/not-sqlite", test_open_not_sqlite);
      ADD ("/store/open/foreign-sqlite", test_open_foreign_sqlite);
      ADD ("/store/open/foreign-sqlite-with-user-version", test_open_foreign_sqlite_with_user_version);
      ADD ("/store/open/newer-version", test_open_newer_version);

      ADD ("/store/migrate/every-version", test_migrate_every_version);
      ADD ("/store/migrate/empty-file", test_migrate_empty_file);
      ADD ("/store/migrate/current-version", test_migrate_current_version);
    }
  else
    {
      ADD ("/store/migrate/every-version-server", test_migrate_every_version_server);
      ADD ("/store/server/reconnect", test_server_reconnect);
    }

  g_test_add_func ("/store/error/unusable", test_error_unusable);

  ADD ("/store/unit/tree-round-trip", test_unit_tree_round_trip);
  ADD ("/store/unit/add-order", test_unit_add_order);
  ADD ("/store/unit/list-children", test_unit_list_children);
  ADD ("/store/unit/find", test_unit_find);
  ADD ("/store/unit/resolve", test_unit_resolve);
  ADD ("/store/unit/duplicate-sibling", test_unit_duplicate_sibling);
  ADD ("/store/unit/invalid", test_unit_empty_name);
  ADD ("/store/unit/move-cycle", test_unit_move_cycle);
  ADD ("/store/unit/delete-in-use", test_unit_delete_in_use);
  ADD ("/store/unit/delete-empty", test_unit_delete_empty);

  ADD ("/store/employee/round-trip", test_employee_round_trip);
  ADD ("/store/employee/update-round-trip", test_employee_update_round_trip);
  ADD ("/store/employee/read-when-needed", test_employee_read_when_needed);
  ADD_INVALID ("/store/employee/insert-duplicate-nip", invalid_duplicate_nip);
  ADD_INVALID ("/store/employee/insert-invalid-nip-serial", invalid_nip_serial);
  ADD_INVALID ("/store/employee/insert-invalid-nip-letter", invalid_nip_letter);
  ADD_INVALID ("/store/employee/insert-invalid-nip-length", invalid_nip_length);
  ADD_INVALID ("/store/employee/insert-empty-nip", invalid_nip_empty);
  ADD_INVALID ("/store/employee/insert-pppk-nip-as-pns", invalid_pppk_nip_as_pns);
  ADD_INVALID ("/store/employee/insert-pns-nip-as-pppk", invalid_pns_nip_as_pppk);
  ADD_INVALID ("/store/employee/insert-pns-nip-as-pppk-paruh-waktu", invalid_pns_nip_as_paruh_waktu);
  ADD_INVALID ("/store/employee/insert-empty-name", invalid_empty_name);
  ADD_INVALID ("/store/employee/insert-missing-rank", invalid_missing_rank);
  ADD_INVALID ("/store/employee/insert-pns-rank-for-pppk", invalid_rank_pns_for_pppk);
  ADD_INVALID ("/store/employee/insert-pppk-rank-for-pns", invalid_rank_pppk_for_pns);
  ADD_INVALID ("/store/employee/insert-missing-unit", invalid_missing_unit);
  ADD_INVALID ("/store/employee/insert-nonexistent-unit", invalid_nonexistent_unit);
  ADD_INVALID ("/store/employee/insert-nonexistent-supervisor", invalid_nonexistent_supervisor);
  ADD ("/store/employee/update-duplicate-nip", test_employee_update_duplicate_nip);
  ADD ("/store/employee/update-missing", test_employee_update_missing);

  ADD ("/store/cycle/supervisor", test_employee_supervisor_cycle);
  ADD ("/store/cycle/self-supervision", test_employee_self_supervision);
  ADD ("/store/cycle/would-create-cycle", test_employee_would_create_cycle);

  ADD ("/store/employee/delete-to-superior", test_employee_delete_to_superior);
  ADD ("/store/employee/delete-clear", test_employee_delete_clear);
  ADD ("/store/employee/delete-to-employee", test_employee_delete_to_employee);
  ADD ("/store/employee/delete-head-to-superior", test_employee_delete_head_to_superior);
  ADD ("/store/employee/delete-to-employee-refused", test_employee_delete_to_employee_refused);
  ADD ("/store/employee/delete-promote-staff", test_employee_delete_promote_staff);

  ADD ("/store/live/add-emits-once", test_live_add_emits_once);
  ADD ("/store/live/unit-rename", test_live_unit_rename);
  ADD ("/store/live/employee-rename", test_live_employee_rename);
  ADD ("/store/live/update-only-after-success", test_live_update_only_after_success);

  ADD ("/store/audit/employee-insert", test_audit_employee_insert);
  ADD ("/store/audit/employee-update", test_audit_employee_update);
  ADD ("/store/audit/employee-delete", test_audit_employee_delete);
  ADD ("/store/audit/one-row-per-save", test_audit_one_row_per_save);
  ADD ("/store/audit/unit", test_audit_unit);
  ADD ("/store/audit/failed-writes-nothing", test_audit_failed_writes_nothing);

  ADD ("/store/bulk/commit", test_bulk_commit);
  ADD ("/store/bulk/rollback", test_bulk_rollback);

  ADD ("/store/settings/round-trip", test_settings_round_trip);

#undef ADD
#undef ADD_INVALID

  return g_test_run ();
}
