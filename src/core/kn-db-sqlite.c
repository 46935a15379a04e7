/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SQLite driver: the only file that calls sqlite3_*. One file, WAL, foreign keys on. */

#define G_LOG_DOMAIN "kn-db"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "kn-db.h"

/* How long a write waits for another program's write to end before it gives up. */
#define BUSY_TIMEOUT_MS 5000

/* How many problems a failed integrity check reports. */
#define MAX_PROBLEMS 5

typedef struct
{
  KnDb     parent;
  sqlite3 *handle;   /* owned */
  int      lock_fd;  /* owned: the file, flock()ed shared while the connection lives (but
                      * for a restore of its own: sqlite_step_aside); see lock_fd_acquire */
} SqliteDb;

typedef struct
{
  KnDbStmt      parent;
  sqlite3_stmt *handle;   /* owned */
} SqliteStmt;

#define HANDLE(db)  (((SqliteDb *)(db))->handle)
#define STMT(stmt)  (((SqliteStmt *)(stmt))->handle)

static KnDbError
error_kind (int code,
            int system_errno)
{
  switch (code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return KN_DB_ERROR_BUSY;
    case SQLITE_CONSTRAINT:
      switch (code)
        {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
          return KN_DB_ERROR_UNIQUE;
        case SQLITE_CONSTRAINT_FOREIGNKEY:
          return KN_DB_ERROR_FOREIGN_KEY;
        case SQLITE_CONSTRAINT_CHECK:
        case SQLITE_CONSTRAINT_NOTNULL:
          return KN_DB_ERROR_CHECK;
        default:
          return KN_DB_ERROR_FAILED;
        }
    case SQLITE_READONLY:
      return KN_DB_ERROR_READ_ONLY;
    case SQLITE_CORRUPT:
      return KN_DB_ERROR_CORRUPT;
    case SQLITE_NOTADB:
      return KN_DB_ERROR_NOT_A_DATABASE;
    case SQLITE_FULL:
      return KN_DB_ERROR_FULL;
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return KN_DB_ERROR_PERMISSION;
    case SQLITE_CANTOPEN:
      if (system_errno == EACCES || system_errno == EPERM || system_errno == EROFS)
        return KN_DB_ERROR_PERMISSION;
      return KN_DB_ERROR_CANNOT_OPEN;
    case SQLITE_IOERR:
      if (system_errno == ENOSPC || system_errno == EDQUOT)
        return KN_DB_ERROR_FULL;
      return KN_DB_ERROR_IO;
    default:
      return KN_DB_ERROR_FAILED;
    }
}

static void
set_error (KnDb    *db,
           GError **error)
{
  sqlite3 *handle = HANDLE (db);
  int code = sqlite3_extended_errcode (handle);
  const char *message = sqlite3_errmsg (handle);
  KnDbError kind = error_kind (code, sqlite3_system_errno (handle));

  /* ON DELETE RESTRICT reports itself as a trigger's constraint. */
  if (kind == KN_DB_ERROR_FAILED && (code & 0xff) == SQLITE_CONSTRAINT &&
      g_str_has_prefix (message, "FOREIGN KEY constraint failed"))
    kind = KN_DB_ERROR_FOREIGN_KEY;

  g_set_error_literal (error, KN_DB_ERROR, kind, message);
}

static KnDbError
errno_kind (int saved)
{
  switch (saved)
    {
    case ENOENT:
    case ENOTDIR:
      return KN_DB_ERROR_NOT_FOUND;
    case EACCES:
    case EPERM:
    case EROFS:
      return KN_DB_ERROR_PERMISSION;
    case ENOSPC:
    case EDQUOT:
      return KN_DB_ERROR_FULL;
    default:
      return KN_DB_ERROR_CANNOT_OPEN;
    }
}

static gboolean
set_errno_error (int      saved,
                 GError **error)
{
  g_set_error_literal (error, KN_DB_ERROR, errno_kind (saved), g_strerror (saved));
  return FALSE;
}

/* An empty file of the owner alone, without truncating what may be there already. */
static gboolean
create_private_file (const char  *path,
                     gboolean     make_folder,
                     GError     **error)
{
  int fd;

  if (make_folder)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        return set_errno_error (errno, error);
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_errno_error (errno, error);
  close (fd);
  return TRUE;
}

/* What keeps a file from being opened in @mode, checked before SQLite is asked: SQLite would
 * create what is missing, or open a write-protected file read-only without a word. */
static gboolean
check_file (const char    *path,
            KnDbOpenMode   mode,
            gboolean      *exists,
            GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  *exists = FALSE;
  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      if (saved == ENOENT && mode == KN_DB_OPEN_CREATE)
        return TRUE;
      return set_errno_error (saved, error);
    }

  *exists = TRUE;
  if (S_ISDIR (st.st_mode))
    {
      g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_CANNOT_OPEN, g_strerror (EISDIR));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_CANNOT_OPEN,
                           "not a regular file");
      return FALSE;
    }

  if (g_access (path, mode == KN_DB_OPEN_READ_ONLY ? R_OK : R_OK | W_OK) != 0)
    return set_errno_error (errno, error);
  /* The journal lives beside the file. */
  if (mode != KN_DB_OPEN_READ_ONLY && g_access (dir, W_OK | X_OK) != 0)
    return set_errno_error (errno, error);

  return TRUE;
}

/* A read-only connection leaves -wal and -shm files beside a WAL database (and cannot make
 * them in a read-only folder). When there is neither a -wal file nor a rollback journal, nobody
 * is writing and everything is in the main file: read it as immutable, which creates nothing.
 * (Should a writer start meanwhile, a read may fail or see an earlier state; the file is never
 * harmed.) */
static char *
read_only_uri (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  gboolean quiet = !g_file_test (wal, G_FILE_TEST_EXISTS) &&
                   !g_file_test (journal, G_FILE_TEST_EXISTS);

  return g_strconcat ("file:", escaped, "?mode=ro", quiet ? "&immutable=1" : "", NULL);
}

/* POSIX lets go of every fcntl() lock a process holds on a file when the process closes ANY
 * descriptor of that file — SQLite's locks too. SQLite keeps its own descriptors open until the
 * file has no lock left in the process; the flock() descriptors below it does not know. So a
 * connection's descriptor is not closed while another connection of this process has the same
 * file open: its flock is let go and the descriptor parked, to serve the next connection to the
 * file or to be closed with the last. Closing it at once let a window's reading drop the
 * window's own SQLite lock; any other SQLite program that then opened and closed the file took
 * itself for the last one and deleted the write-ahead log the window went on writing to. */
typedef struct
{
  dev_t   dev;
  ino_t   ino;
  guint   n_open;  /* descriptors of connections to it now */
  GArray *parked;  /* owned: int, descriptors of closed connections, without a flock */
} LockedFile;

static GMutex locked_files_mutex;
static GPtrArray *locked_files;  /* LockedFile (owned): the files this process has open */

static LockedFile *
locked_file_find (dev_t dev,
                  ino_t ino)
{
  if (locked_files == NULL)
    return NULL;
  for (guint i = 0; i < locked_files->len; i++)
    {
      LockedFile *file = g_ptr_array_index (locked_files, i);

      if (file->dev == dev && file->ino == ino)
        return file;
    }
  return NULL;
}

static void
locked_file_free (LockedFile *file)
{
  g_array_unref (file->parked);
  g_free (file);
}

/* A descriptor of @path for a new connection: a parked one of the same file, or a new one;
 * counted until lock_fd_release. -1 with errno set when the file cannot be opened. */
static int
lock_fd_acquire (const char *path)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&locked_files_mutex);
  LockedFile *file;
  GStatBuf st;
  int fd = -1;

  if (g_stat (path, &st) == 0)
    {
      file = locked_file_find (st.st_dev, st.st_ino);
      if (file != NULL && file->parked->len > 0)
        {
          fd = g_array_index (file->parked, int, file->parked->len - 1);
          g_array_set_size (file->parked, file->parked->len - 1);
        }
    }
  if (fd < 0)
    fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    return fd;

  file = locked_file_find (st.st_dev, st.st_ino);
  if (file == NULL)
    {
      if (locked_files == NULL)
        locked_files = g_ptr_array_new_with_free_func ((GDestroyNotify) locked_file_free);
      file = g_new0 (LockedFile, 1);
      file->dev = st.st_dev;
      file->ino = st.st_ino;
      file->parked = g_array_new (FALSE, FALSE, sizeof (int));
      g_ptr_array_add (locked_files, file);
    }
  file->n_open++;
  return fd;
}

/* The connection of @fd let go of the file (SQLite's handle closed, or never opened). */
static void
lock_fd_release (int fd)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&locked_files_mutex);
  LockedFile *file = NULL;
  GStatBuf st;

  flock (fd, LOCK_UN);
  if (fstat (fd, &st) == 0)
    file = locked_file_find (st.st_dev, st.st_ino);
  if (file == NULL)
    {
      close (fd);
      return;
    }
  g_array_append_val (file->parked, fd);
  if (--file->n_open > 0)
    return;
  /* The last connection of this process to the file: SQLite has closed its own too. */
  for (guint i = 0; i < file->parked->len; i++)
    close (g_array_index (file->parked, int, i));
  g_ptr_array_remove_fast (locked_files, file);
}

/* Every connection holds a shared flock() on the file for its whole life, so that a restore
 * (which wants it exclusive) can tell whether any other connection, in this process or another,
 * has the file open (each connection's descriptor is an open file of its own, with a flock of
 * its own). flock() is apart from the fcntl() locks SQLite uses; WAL needs a local file system
 * anyway, where the two never meet. A restore in progress holds it exclusive: the open then
 * fails as busy instead of reading a half-replaced file. */
static int
take_shared_lock (const char  *path,
                  GError     **error)
{
  int fd = lock_fd_acquire (path);

  if (fd < 0)
    {
      set_errno_error (errno, error);
      return -1;
    }
  while (flock (fd, LOCK_SH | LOCK_NB) != 0)
    {
      if (errno == EINTR)
        continue;
      /* A file system without flock() (ENOLCK, EOPNOTSUPP): opened all the same, only a
       * restore cannot tell who else has it open. */
      if (errno != EWOULDBLOCK)
        break;
      g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_BUSY,
                           "the database is being restored from a backup");
      lock_fd_release (fd);
      return -1;
    }
  return fd;
}

static KnDb *
sqlite_open (const char    *location,
             KnDbOpenMode   mode,
             GError       **error)
{
  g_autofree char *uri = NULL;
  SqliteDb *db;
  gboolean exists;
  int flags;
  int rc;

  if (!check_file (location, mode, &exists, error))
    return NULL;
  if (!exists && !create_private_file (location, TRUE, error))
    return NULL;

  if (mode == KN_DB_OPEN_READ_ONLY)
    {
      uri = read_only_uri (location);
      flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
  else
    {
      uri = g_strdup (location);
      flags = SQLITE_OPEN_READWRITE;
    }

  db = g_new0 (SqliteDb, 1);
  db->lock_fd = take_shared_lock (location, error);
  if (db->lock_fd < 0)
    {
      g_free (db);
      return NULL;
    }
  /* A connection is used by one thread at a time (a worker opens its own): without SQLite's
   * connection mutex, every call (bind, step, column, reset) skips a lock and an unlock. */
  rc = sqlite3_open_v2 (uri, &db->handle, flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      if (db->handle != NULL)
        {
          set_error (&db->parent, error);
          sqlite3_close (db->handle);
        }
      else
        g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_FAILED, g_strerror (ENOMEM));
      lock_fd_release (db->lock_fd);
      g_free (db);
      return NULL;
    }

  sqlite3_extended_result_codes (db->handle, 1);
  sqlite3_busy_timeout (db->handle, BUSY_TIMEOUT_MS);

  /* Connection settings only: nothing here writes the file. FULL syncs the WAL at every commit,
   * so that a save the user saw succeed survives a power cut. temp_store = MEMORY keeps the
   * statement journal of the store's per-write savepoints in memory: on disk (a file in
   * /var/tmp) an import of 20,000 people wrote it 339,000 times inside its one transaction. The
   * journal only undoes a savepoint; the WAL alone makes commits durable. */
  rc = sqlite3_exec (db->handle,
                     mode == KN_DB_OPEN_READ_ONLY
                     ? "PRAGMA foreign_keys = ON; PRAGMA query_only = ON"
                     : "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; "
                       "PRAGMA temp_store = MEMORY",
                     NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_error (&db->parent, error);
      sqlite3_close (db->handle);
      lock_fd_release (db->lock_fd);
      g_free (db);
      return NULL;
    }

  return &db->parent;
}

static void
sqlite_close (KnDb *db)
{
  sqlite3_close (HANDLE (db));
  /* After SQLite let go of the file; closed with the process's last connection to it. */
  lock_fd_release (((SqliteDb *)db)->lock_fd);
  g_free (db);
}

static gboolean
sqlite_exec (KnDb        *db,
             const char  *sql,
             GError     **error)
{
  if (sqlite3_exec (HANDLE (db), sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      set_error (db, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
sqlite_configure (KnDb    *db,
                  GError **error)
{
  /* journal_mode answers with a row; sqlite3_exec ignores it. */
  return sqlite_exec (db, "PRAGMA journal_mode = WAL", error);
}

static KnDbStmt *
sqlite_prepare (KnDb        *db,
                const char  *sql,
                GError     **error)
{
  sqlite3_stmt *handle = NULL;
  SqliteStmt *stmt;

  if (sqlite3_prepare_v2 (HANDLE (db), sql, -1, &handle, NULL) != SQLITE_OK)
    {
      set_error (db, error);
      return NULL;
    }

  stmt = g_new0 (SqliteStmt, 1);
  stmt->parent.db = db;
  stmt->handle = handle;
  return &stmt->parent;
}

static void
sqlite_finalize (KnDbStmt *stmt)
{
  sqlite3_finalize (STMT (stmt));
  g_free (stmt);
}

static void
sqlite_reset (KnDbStmt *stmt)
{
  sqlite3_reset (STMT (stmt));
  sqlite3_clear_bindings (STMT (stmt));
}

static void
sqlite_bind_text (KnDbStmt   *stmt,
                  int         index,
                  const char *text)
{
  sqlite3_bind_text (STMT (stmt), index, text, -1, SQLITE_TRANSIENT);
}

/* The driver's reset clears the bindings, so SQLite never holds the text past it. */
static void
sqlite_bind_text_borrowed (KnDbStmt   *stmt,
                           int         index,
                           const char *text)
{
  sqlite3_bind_text (STMT (stmt), index, text, -1, SQLITE_STATIC);
}

static void
sqlite_bind_int64 (KnDbStmt *stmt,
                   int       index,
                   gint64    value)
{
  sqlite3_bind_int64 (STMT (stmt), index, value);
}

static void
sqlite_bind_double (KnDbStmt *stmt,
                    int       index,
                    double    value)
{
  sqlite3_bind_double (STMT (stmt), index, value);
}

static void
sqlite_bind_null (KnDbStmt *stmt,
                  int       index)
{
  sqlite3_bind_null (STMT (stmt), index);
}

static KnDbStep
sqlite_step (KnDbStmt  *stmt,
             GError   **error)
{
  int rc = sqlite3_step (STMT (stmt));

  if (rc == SQLITE_ROW)
    return KN_DB_ROW;
  if (rc == SQLITE_DONE)
    return KN_DB_DONE;

  set_error (stmt->db, error);
  return KN_DB_FAILED;
}

static const char *
sqlite_column_text (KnDbStmt *stmt,
                    int       column)
{
  return (const char *)sqlite3_column_text (STMT (stmt), column);
}

static gint64
sqlite_column_int64 (KnDbStmt *stmt,
                     int       column)
{
  return sqlite3_column_int64 (STMT (stmt), column);
}

static double
sqlite_column_double (KnDbStmt *stmt,
                      int       column)
{
  return sqlite3_column_double (STMT (stmt), column);
}

static gboolean
sqlite_column_is_null (KnDbStmt *stmt,
                       int       column)
{
  return sqlite3_column_type (STMT (stmt), column) == SQLITE_NULL;
}

static int
sqlite_column_count (KnDbStmt *stmt)
{
  return sqlite3_column_count (STMT (stmt));
}

static const char *
sqlite_column_name (KnDbStmt *stmt,
                    int       column)
{
  return sqlite3_column_name (STMT (stmt), column);
}

static gint64
sqlite_changes (KnDb *db)
{
  return sqlite3_changes64 (HANDLE (db));
}

static gint64
sqlite_last_insert_id (KnDb *db)
{
  return sqlite3_last_insert_rowid (HANDLE (db));
}

static gboolean
sqlite_begin (KnDb             *db,
              KnDbTransaction   kind,
              GError          **error)
{
  /* IMMEDIATE takes the write lock at once, so the busy timeout applies; a deferred transaction
   * that reads first and writes later fails at once when another program writes. */
  return sqlite_exec (db, kind == KN_DB_WRITE ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED", error);
}

static gboolean
sqlite_commit (KnDb    *db,
               GError **error)
{
  return sqlite_exec (db, "COMMIT", error);
}

static void
sqlite_rollback (KnDb *db)
{
  if (!sqlite3_get_autocommit (HANDLE (db)))
    sqlite3_exec (HANDLE (db), "ROLLBACK", NULL, NULL, NULL);
}

/* The store's savepoint around each write ("kn_op") is a statement prepared once: parsing it
 * again for every save cost more than some of the writes it wraps. */
static gboolean
step_cached (KnDb        *db,
             const char  *sql,
             GError     **error)
{
  KnDbStmt *stmt = kn_db_stmt (db, sql, error);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  ok = sqlite_step (stmt, error) != KN_DB_FAILED;
  sqlite3_reset (STMT (stmt));
  return ok;
}

static gboolean
sqlite_savepoint (KnDb        *db,
                  const char  *name,
                  GError     **error)
{
  g_autofree char *sql = NULL;

  if (g_str_equal (name, "kn_op"))
    return step_cached (db, "SAVEPOINT kn_op", error);
  sql = g_strdup_printf ("SAVEPOINT %s", name);
  return sqlite_exec (db, sql, error);
}

static gboolean
sqlite_release (KnDb        *db,
                const char  *name,
                GError     **error)
{
  g_autofree char *sql = NULL;

  if (g_str_equal (name, "kn_op"))
    return step_cached (db, "RELEASE kn_op", error);
  sql = g_strdup_printf ("RELEASE %s", name);
  return sqlite_exec (db, sql, error);
}

static void
sqlite_rollback_to (KnDb       *db,
                    const char *name)
{
  g_autofree char *sql = g_strdup_printf ("ROLLBACK TO %s; RELEASE %s", name, name);

  sqlite3_exec (HANDLE (db), sql, NULL, NULL, NULL);
}

static gboolean
sqlite_in_transaction (KnDb *db)
{
  return !sqlite3_get_autocommit (HANDLE (db));
}

static gboolean
query_int (KnDb        *db,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (HANDLE (db), sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      set_error (db, error);
      return FALSE;
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    set_error (db, error);
  sqlite3_finalize (stmt);

  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

static gboolean
sqlite_get_stamp (KnDb    *db,
                  int     *version,
                  int     *application_id,
                  int     *n_tables,
                  GError **error)
{
  gint64 v = 0, id = 0, n = 0;

  if (!query_int (db, "PRAGMA user_version", &v, error) ||
      !query_int (db, "PRAGMA application_id", &id, error) ||
      !query_int (db, "SELECT count(*) FROM sqlite_master", &n, error))
    return FALSE;

  *version = (int)v;
  *application_id = (int)id;
  *n_tables = (int)n;
  return TRUE;
}

static gboolean
sqlite_set_stamp (KnDb    *db,
                  int      version,
                  int      application_id,
                  GError **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                                          application_id, version);

  return sqlite_exec (db, sql, error);
}

static gint64
sqlite_data_version (KnDb *db)
{
  gint64 version = 0;

  query_int (db, "PRAGMA data_version", &version, NULL);
  return version;
}

/* Nothing to wait on: another program's commit shows in PRAGMA data_version, a cheap look. */
static int
sqlite_watch_fd (KnDb *db)
{
  return -1;
}

static gboolean
sqlite_check (KnDb      *db,
              gboolean   full,
              GError   **error)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  guint n = 0;
  int rc;

  if (sqlite3_prepare_v2 (HANDLE (db),
                          full ? "PRAGMA integrity_check" : "PRAGMA quick_check",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      set_error (db, error);
      return FALSE;
    }

  /* A row may hold several lines, each a problem, under a "*** in database main ***" title. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *)sqlite3_column_text (stmt, 0);
      g_auto(GStrv) lines = NULL;

      if (text == NULL || g_strcmp0 (text, "ok") == 0)
        continue;

      lines = g_strsplit (text, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (lines[i][0] == '\0' || g_str_has_prefix (lines[i], "***"))
            continue;
          if (n++ == MAX_PROBLEMS)
            g_string_append (problems, "; …");
          else if (n <= MAX_PROBLEMS)
            g_string_append_printf (problems, "%s%s", problems->len > 0 ? "; " : "", lines[i]);
        }
    }

  if (rc != SQLITE_DONE)
    {
      set_error (db, error);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);

  if (n > 0)
    {
      g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_CORRUPT, problems->str);
      return FALSE;
    }
  return TRUE;
}

static gboolean
sqlite_copy_to (KnDb        *db,
                const char  *path,
                GError     **error)
{
  g_autofree char *sql = NULL;
  char *quoted;

  /* Created empty and private first: VACUUM INTO fills an empty file, and the copy holds
   * personal data from its first byte. */
  if (!create_private_file (path, FALSE, error))
    return FALSE;

  quoted = sqlite3_mprintf ("VACUUM INTO %Q", path);
  sql = g_strdup (quoted);
  sqlite3_free (quoted);

  if (!sqlite_exec (db, sql, error))
    {
      g_unlink (path);
      return FALSE;
    }
  return TRUE;
}

/* How many pages a paced backup copies between two rests (2 MiB of 4 KiB pages). */
#define PACE_PAGES 512

/* The whole database, page by page, through SQLite's online backup: from @from into @to, so that
 * the destination changes in one transaction (all or nothing). In one step; or, with
 * @pause_us, PACE_PAGES at a time with a rest between, from a read transaction held on @from
 * for the whole copy (a change committed meanwhile by another connection would otherwise start
 * the copy again). */
static gboolean
online_backup (sqlite3  *to,
               sqlite3  *from,
               guint     pause_us,
               GError  **error)
{
  sqlite3_backup *backup;
  gboolean snapshot = FALSE;
  int rc;

  if (pause_us > 0)
    snapshot = sqlite3_exec (from, "BEGIN; SELECT count(*) FROM sqlite_master", NULL, NULL,
                             NULL) == SQLITE_OK;
  backup = sqlite3_backup_init (to, "main", from, "main");
  if (backup == NULL)
    {
      g_set_error_literal (error, KN_DB_ERROR, error_kind (sqlite3_extended_errcode (to), 0),
                           sqlite3_errmsg (to));
      if (snapshot)
        sqlite3_exec (from, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  do
    {
      rc = sqlite3_backup_step (backup, snapshot ? PACE_PAGES : -1);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (50);
      else if (rc == SQLITE_OK && snapshot)
        g_usleep (pause_us);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  if (snapshot)
    sqlite3_exec (from, "ROLLBACK", NULL, NULL, NULL);

  if (rc != SQLITE_DONE)
    {
      g_set_error_literal (error, KN_DB_ERROR, error_kind (rc, 0), sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

static gboolean
sqlite_backup_to (KnDb        *db,
                  const char  *path,
                  GError     **error)
{
  sqlite3 *target = NULL;
  gboolean ok;

  /* The caller made the file, empty and private: SQLite opens it as it is. */
  if (sqlite3_open_v2 (path, &target, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      if (target != NULL)
        {
          g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_CANNOT_OPEN, sqlite3_errmsg (target));
          sqlite3_close (target);
        }
      else
        g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_FAILED, g_strerror (ENOMEM));
      return FALSE;
    }
  sqlite3_exec (target, "PRAGMA synchronous = FULL", NULL, NULL, NULL);
  ok = online_backup (target, HANDLE (db), db->pace_us, error);
  /* The copy is a file of its own: no journal left beside it. */
  if (ok && sqlite3_exec (target, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_FAILED, sqlite3_errmsg (target));
      ok = FALSE;
    }
  if (sqlite3_close (target) != SQLITE_OK && ok)
    {
      g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_IO, "closing the backup failed");
      ok = FALSE;
    }
  return ok;
}

static gboolean
sqlite_restore_from (KnDb        *db,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *uri = read_only_uri (path);
  sqlite3 *source = NULL;
  gboolean ok;

  if (sqlite3_open_v2 (uri, &source, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    {
      if (source != NULL)
        {
          g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_CANNOT_OPEN, sqlite3_errmsg (source));
          sqlite3_close (source);
        }
      else
        g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_FAILED, g_strerror (ENOMEM));
      return FALSE;
    }
  ok = online_backup (HANDLE (db), source, 0, error);
  sqlite3_close (source);
  /* The whole database went through the write-ahead log: copied into the file now, by the
   * restorer, rather than by whichever connection closes last (a window's, on its main thread:
   * 0.6 s for a province's). Committed already: a checkpoint that cannot finish loses nothing. */
  if (ok)
    sqlite3_exec (HANDLE (db), "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
  return ok;
}

static gboolean
sqlite_claim (KnDb    *db,
              GError **error)
{
  int fd = ((SqliteDb *)db)->lock_fd;

  while (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      if (errno == EINTR)
        continue;
      /* Without flock() there is no telling; SQLite's own locks still keep the write whole. */
      if (errno != EWOULDBLOCK)
        break;
      g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_BUSY,
                           "another connection has the database open");
      return FALSE;
    }
  return TRUE;
}

static void
sqlite_step_aside (KnDb *db)
{
  /* The lock goes, the descriptor stays: closing it is the connection's (sqlite_close). */
  flock (((SqliteDb *)db)->lock_fd, LOCK_UN);
}

static void
sqlite_set_busy_timeout (KnDb *db,
                         int   milliseconds)
{
  sqlite3_busy_timeout (HANDLE (db), milliseconds);
}

static const KnDbDriver sqlite_driver = {
  .name = "sqlite",
  .open = sqlite_open,
  .close = sqlite_close,
  .configure = sqlite_configure,
  .exec = sqlite_exec,
  .prepare = sqlite_prepare,
  .finalize = sqlite_finalize,
  .reset = sqlite_reset,
  .bind_text = sqlite_bind_text,
  .bind_text_borrowed = sqlite_bind_text_borrowed,
  .bind_int64 = sqlite_bind_int64,
  .bind_double = sqlite_bind_double,
  .bind_null = sqlite_bind_null,
  .step = sqlite_step,
  .column_text = sqlite_column_text,
  .column_int64 = sqlite_column_int64,
  .column_double = sqlite_column_double,
  .column_is_null = sqlite_column_is_null,
  .column_count = sqlite_column_count,
  .column_name = sqlite_column_name,
  .changes = sqlite_changes,
  .last_insert_id = sqlite_last_insert_id,
  .begin = sqlite_begin,
  .commit = sqlite_commit,
  .rollback = sqlite_rollback,
  .savepoint = sqlite_savepoint,
  .release = sqlite_release,
  .rollback_to = sqlite_rollback_to,
  .in_transaction = sqlite_in_transaction,
  .get_stamp = sqlite_get_stamp,
  .set_stamp = sqlite_set_stamp,
  .data_version = sqlite_data_version,
  .check = sqlite_check,
  .copy_to = sqlite_copy_to,
  .backup_to = sqlite_backup_to,
  .restore_from = sqlite_restore_from,
  .claim = sqlite_claim,
  .step_aside = sqlite_step_aside,
  .set_busy_timeout = sqlite_set_busy_timeout,
  .watch_fd = sqlite_watch_fd,
};

const KnDbDriver *
kn_db_sqlite_driver (void)
{
  return &sqlite_driver;
}
