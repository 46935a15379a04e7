/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the engine driver interface (src/core/kn-db.h) on the SQLite driver: what any driver
 * must do for the store — types, NULL, error kinds, transactions and savepoints, the schema stamp,
 * noticing other connections, and opening modes. */

#define G_LOG_DOMAIN "test-db"

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "src/core/kn-db.h"

#define STOP_IF_FAILED() \
  G_STMT_START { if (g_test_failed ()) return; } G_STMT_END
#define ASSERT_NO_ERROR(error) \
  G_STMT_START { g_assert_no_error (error); STOP_IF_FAILED (); } G_STMT_END

#define SCHEMA \
  "CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);" \
  "CREATE TABLE child (" \
  "  id INTEGER PRIMARY KEY," \
  "  parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE RESTRICT," \
  "  share REAL CHECK (share >= 0)," \
  "  note TEXT" \
  ");"

typedef struct
{
  char *folder;
  char *path;
  KnDb *db;
} Fixture;

static void
remove_tree (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (folder, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_assert_cmpint (g_unlink (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("kinerja-test-db-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->folder, "new", "test.db", NULL);
  fixture->db = kn_db_open (fixture->path, KN_DB_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->db);
  g_assert_true (kn_db_configure (fixture->db, &error));
  g_assert_no_error (error);
  g_assert_true (kn_db_exec (fixture->db, SCHEMA, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->db, kn_db_close);
  remove_tree (fixture->folder);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->folder, g_free);
}

static gint64
insert_parent (KnDb       *db,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  KnDbStmt *stmt = kn_db_stmt (db, "INSERT INTO parent (name) VALUES (?)", &error);

  g_assert_no_error (error);
  kn_db_bind_text (stmt, 1, name);
  g_assert_cmpint (kn_db_step (stmt, &error), ==, KN_DB_DONE);
  g_assert_no_error (error);
  kn_db_reset (stmt);
  return kn_db_last_insert_id (db);
}

static gint64
count_rows (KnDb       *db,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  KnDbStmt *stmt = kn_db_prepare (db, sql, &error);
  gint64 n = -1;

  g_assert_no_error (error);
  if (stmt == NULL)
    return -1;
  if (kn_db_step (stmt, &error) == KN_DB_ROW)
    n = kn_db_column_int64 (stmt, 0);
  g_assert_no_error (error);
  kn_db_stmt_free (stmt);
  return n;
}

/* Runs @sql with @value bound to its ? and returns the error kind, or -1 on success. */
static int
error_kind_of (KnDb       *db,
               const char *sql,
               gint64      value)
{
  g_autoptr(GError) error = NULL;
  KnDbStmt *stmt = kn_db_prepare (db, sql, &error);
  int kind = -1;

  g_assert_no_error (error);
  if (stmt == NULL)
    return -2;
  kn_db_bind_int64 (stmt, 1, value);
  if (kn_db_step (stmt, &error) == KN_DB_FAILED)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == KN_DB_ERROR);
      g_test_message ("%s → %d: %s", sql, error->code, error->message);
      kind = error->code;
    }
  kn_db_stmt_free (stmt);
  return kind;
}

/* Tests */

static void
test_open_create (Fixture       *fixture,
                  gconstpointer  data)
{
  GStatBuf st;

  g_assert_cmpstr (kn_db_get_engine (fixture->db), ==, "sqlite");
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_types (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 parent = insert_parent (fixture->db, "Dinas “Kesehatan”");
  KnDbStmt *stmt;

  stmt = kn_db_stmt (fixture->db, "INSERT INTO child (parent_id, share, note) VALUES (?, ?, ?)",
                     &error);
  ASSERT_NO_ERROR (error);
  kn_db_bind_int64 (stmt, 1, parent);
  kn_db_bind_double (stmt, 2, 0.7);
  kn_db_bind_null (stmt, 3);
  g_assert_cmpint (kn_db_step (stmt, &error), ==, KN_DB_DONE);
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (kn_db_changes (fixture->db), ==, 1);

  /* The cache hands the same statement back, reset and unbound. */
  g_assert_true (kn_db_stmt (fixture->db,
                             "INSERT INTO child (parent_id, share, note) VALUES (?, ?, ?)",
                             &error) == stmt);
  kn_db_bind_int64 (stmt, 1, parent);
  kn_db_bind_text (stmt, 3, NULL);
  g_assert_cmpint (kn_db_step (stmt, &error), ==, KN_DB_DONE);
  ASSERT_NO_ERROR (error);

  stmt = kn_db_stmt (fixture->db,
                     "SELECT p.name, c.share, c.note, c.parent_id FROM child c"
                     " JOIN parent p ON p.id = c.parent_id ORDER BY c.id",
                     &error);
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (kn_db_step (stmt, &error), ==, KN_DB_ROW);
  g_assert_cmpstr (kn_db_column_text (stmt, 0), ==, "Dinas “Kesehatan”");
  g_assert_cmpfloat (kn_db_column_double (stmt, 1), ==, 0.7);
  g_assert_false (kn_db_column_is_null (stmt, 1));
  g_assert_true (kn_db_column_is_null (stmt, 2));
  g_assert_null (kn_db_column_text (stmt, 2));
  g_assert_cmpint (kn_db_column_int64 (stmt, 3), ==, parent);
  g_assert_cmpint (kn_db_step (stmt, &error), ==, KN_DB_ROW);
  g_assert_true (kn_db_column_is_null (stmt, 1));
  g_assert_cmpint (kn_db_step (stmt, &error), ==, KN_DB_DONE);
  ASSERT_NO_ERROR (error);
}

static void
test_error_kinds (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 parent = insert_parent (fixture->db, "Dinas Kesehatan");

  g_assert_cmpint (error_kind_of (fixture->db,
                                  "INSERT INTO parent (id, name) VALUES (?, 'Dinas Kesehatan')",
                                  99),
                   ==, KN_DB_ERROR_UNIQUE);
  g_assert_cmpint (error_kind_of (fixture->db,
                                  "INSERT INTO parent (id, name) VALUES (?, 'Lain')", parent),
                   ==, KN_DB_ERROR_UNIQUE);
  g_assert_cmpint (error_kind_of (fixture->db,
                                  "INSERT INTO child (parent_id) VALUES (?)", parent + 100),
                   ==, KN_DB_ERROR_FOREIGN_KEY);
  g_assert_cmpint (error_kind_of (fixture->db,
                                  "INSERT INTO child (parent_id, share) VALUES (?, -1)", parent),
                   ==, KN_DB_ERROR_CHECK);
  g_assert_cmpint (error_kind_of (fixture->db,
                                  "INSERT INTO parent (id, name) VALUES (?, NULL)", 5),
                   ==, KN_DB_ERROR_CHECK);
  g_assert_cmpint (error_kind_of (fixture->db,
                                  "INSERT INTO child (parent_id) VALUES (?)", parent),
                   ==, -1);
  g_assert_cmpint (error_kind_of (fixture->db, "DELETE FROM parent WHERE id = ?", parent),
                   ==, KN_DB_ERROR_FOREIGN_KEY);
}

static void
test_transactions (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kn_db_in_transaction (fixture->db));
  g_assert_true (kn_db_begin (fixture->db, KN_DB_WRITE, &error));
  ASSERT_NO_ERROR (error);
  g_assert_true (kn_db_in_transaction (fixture->db));
  insert_parent (fixture->db, "kept");

  g_assert_true (kn_db_savepoint (fixture->db, "kn_op", &error));
  insert_parent (fixture->db, "undone");
  kn_db_rollback_to (fixture->db, "kn_op");

  g_assert_true (kn_db_savepoint (fixture->db, "kn_op", &error));
  insert_parent (fixture->db, "released");
  g_assert_true (kn_db_release (fixture->db, "kn_op", &error));
  ASSERT_NO_ERROR (error);
  g_assert_true (kn_db_in_transaction (fixture->db));

  g_assert_true (kn_db_commit (fixture->db, &error));
  ASSERT_NO_ERROR (error);
  g_assert_false (kn_db_in_transaction (fixture->db));
  g_assert_cmpint (count_rows (fixture->db, "SELECT count (*) FROM parent"), ==, 2);
  g_assert_cmpint (count_rows (fixture->db, "SELECT count (*) FROM parent WHERE name = 'undone'"),
                   ==, 0);

  g_assert_true (kn_db_begin (fixture->db, KN_DB_READ, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (count_rows (fixture->db, "SELECT count (*) FROM parent"), ==, 2);
  kn_db_rollback (fixture->db);

  g_assert_true (kn_db_begin (fixture->db, KN_DB_WRITE, &error));
  insert_parent (fixture->db, "rolled back");
  kn_db_rollback (fixture->db);
  g_assert_false (kn_db_in_transaction (fixture->db));
  g_assert_cmpint (count_rows (fixture->db, "SELECT count (*) FROM parent"), ==, 2);
}

static void
test_stamp (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int version = -1, app_id = -1, n_tables = -1;

  g_assert_true (kn_db_get_stamp (fixture->db, &version, &app_id, &n_tables, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (version, ==, 0);
  g_assert_cmpint (app_id, ==, 0);
  g_assert_cmpint (n_tables, >=, 2);

  g_assert_true (kn_db_set_stamp (fixture->db, 7, 0x4B4E524A, &error));
  ASSERT_NO_ERROR (error);
  g_assert_true (kn_db_get_stamp (fixture->db, &version, &app_id, &n_tables, &error));
  g_assert_cmpint (version, ==, 7);
  g_assert_cmpint (app_id, ==, 0x4B4E524A);
}

/* A save the user saw succeed survives a power cut: every commit is synced (issue 12 #11). */
static void
test_synchronous_full (Fixture       *fixture,
                       gconstpointer  data)
{
  g_assert_cmpint (count_rows (fixture->db, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (count_rows (fixture->db, "PRAGMA foreign_keys"), ==, 1);
}

static void
test_other_connection (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KnDb *other = kn_db_open (fixture->path, KN_DB_OPEN_EXISTING, &error);
  gint64 before = kn_db_data_version (fixture->db);

  ASSERT_NO_ERROR (error);

  /* Its own commits do not move it; another connection's do. */
  insert_parent (fixture->db, "own");
  g_assert_cmpint (kn_db_data_version (fixture->db), ==, before);
  insert_parent (other, "other");
  g_assert_cmpint (kn_db_data_version (fixture->db), !=, before);

  /* One writer at a time: the second waits its timeout, then says busy. */
  g_assert_true (kn_db_begin (other, KN_DB_WRITE, &error));
  ASSERT_NO_ERROR (error);
  kn_db_set_busy_timeout (fixture->db, 50);
  g_assert_false (kn_db_begin (fixture->db, KN_DB_WRITE, &error));
  g_assert_error (error, KN_DB_ERROR, KN_DB_ERROR_BUSY);
  g_clear_error (&error);
  kn_db_rollback (other);
  g_assert_true (kn_db_begin (fixture->db, KN_DB_WRITE, &error));
  ASSERT_NO_ERROR (error);
  kn_db_rollback (fixture->db);

  kn_db_close (other);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  KnDb *reader;

  insert_parent (fixture->db, "Dinas Kesehatan");
  g_clear_pointer (&fixture->db, kn_db_close);

  reader = kn_db_open (fixture->path, KN_DB_OPEN_READ_ONLY, &error);
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (count_rows (reader, "SELECT count (*) FROM parent"), ==, 1);
  g_assert_false (kn_db_exec (reader, "INSERT INTO parent (name) VALUES ('x')", &error));
  g_assert_error (error, KN_DB_ERROR, KN_DB_ERROR_READ_ONLY);
  kn_db_close (reader);
}

/* Read-only opening goes through a URI: a name with characters a URI reserves still works. */
static void
test_read_only_odd_name (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *odd = g_build_filename (fixture->folder, "Kantor Ü #1?a=b%20.db", NULL);
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  KnDb *reader;

  insert_parent (fixture->db, "Dinas Kesehatan");
  g_clear_pointer (&fixture->db, kn_db_close);
  source = g_file_new_for_path (fixture->path);
  target = g_file_new_for_path (odd);
  g_assert_true (g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  ASSERT_NO_ERROR (error);

  reader = kn_db_open (odd, KN_DB_OPEN_READ_ONLY, &error);
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (count_rows (reader, "SELECT count (*) FROM parent"), ==, 1);
  kn_db_close (reader);
}

static void
test_open_missing (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->folder, "nothing", "here.db", NULL);
  g_autofree char *parent = g_path_get_dirname (missing);

  g_assert_null (kn_db_open (missing, KN_DB_OPEN_EXISTING, &error));
  g_assert_error (error, KN_DB_ERROR, KN_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (kn_db_open (missing, KN_DB_OPEN_READ_ONLY, &error));
  g_assert_error (error, KN_DB_ERROR, KN_DB_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (parent, G_FILE_TEST_EXISTS));
}

static void
test_not_a_database (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->folder, "notes.db", NULL);
  int version, app_id, n_tables;
  KnDb *db;

  g_assert_true (g_file_set_contents (path, "Daftar hadir pegawai, bukan basis data.\n"
                                      "Daftar hadir pegawai, bukan basis data.\n"
                                      "Daftar hadir pegawai, bukan basis data.\n", -1, &error));
  db = kn_db_open (path, KN_DB_OPEN_READ_ONLY, &error);
  ASSERT_NO_ERROR (error);
  g_assert_false (kn_db_get_stamp (db, &version, &app_id, &n_tables, &error));
  g_assert_error (error, KN_DB_ERROR, KN_DB_ERROR_NOT_A_DATABASE);
  kn_db_close (db);
}

static void
test_copy_to (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_build_filename (fixture->folder, "copy.db", NULL);
  GStatBuf st;
  KnDb *db;

  insert_parent (fixture->db, "Dinas Kesehatan");
  g_assert_true (kn_db_copy_to (fixture->db, copy, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Never over an existing file. */
  g_assert_false (kn_db_copy_to (fixture->db, copy, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  db = kn_db_open (copy, KN_DB_OPEN_READ_ONLY, &error);
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (count_rows (db, "SELECT count (*) FROM parent"), ==, 1);
  g_assert_true (kn_db_check (db, TRUE, &error));
  g_assert_no_error (error);
  kn_db_close (db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/db/open/create", test_open_create);
  ADD ("/db/open/missing", test_open_missing);
  ADD ("/db/open/not-a-database", test_not_a_database);
  ADD ("/db/open/read-only", test_read_only);
  ADD ("/db/open/read-only-odd-name", test_read_only_odd_name);
  ADD ("/db/types", test_types);
  ADD ("/db/error-kinds", test_error_kinds);
  ADD ("/db/transactions", test_transactions);
  ADD ("/db/stamp", test_stamp);
  ADD ("/db/synchronous-full", test_synchronous_full);
  ADD ("/db/other-connection", test_other_connection);
  ADD ("/db/copy-to", test_copy_to);

#undef ADD

  return g_test_run ();
}
