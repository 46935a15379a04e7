/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The engine driver beneath the store: one small interface that SQLite (and PostgreSQL) fill in.
 * Private to the core; only the store uses it, and only drivers name an engine's own API
 * (tests/data/check-engine-calls.py enforces it).
 *
 * For a second driver (tests/unit/test-db.c is the contract to pass):
 * - SQL comes with "?" placeholders by position and no "?NNN"; rewrite them to $1, $2 … in
 *   prepare (no store statement has a "?" inside a quoted string). Binds arrive as text, int64,
 *   double or NULL; columns are read as text, int64 or double whatever the column's type.
 * - The schema is per engine: schema/<driver name>/N.sql takes version N-1 to N, and the stamp
 *   (get_stamp/set_stamp) is where the version and the application id live. The store's SQL
 *   relies on: INTEGER ids given by the engine (identity columns there; last_insert_id may be
 *   lastval ()), ON CONFLICT … DO UPDATE … excluded.*, LIKE on digits only, count/sum/coalesce,
 *   CASE, and "COLLATE NOCASE" on template_position (define a collation of that name:
 *   nondeterministic, ICU, level 2).
 * - Savepoints are named and nest; begin(KN_DB_WRITE) must wait for other writers (lock, or rely
 *   on row versions) and report KN_DB_ERROR_BUSY after the busy timeout.
 * - data_version changes when another session commits (e.g. fed by LISTEN/NOTIFY); check may be
 *   cheap (TRUE) where the engine checks itself; copy_to may fail where a copy is the server's job.
 * - The error message is the engine's own reason, untranslated; the kind is what the store uses. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KN_DB_ERROR (kn_db_error_quark ())

/* What went wrong, the same for every engine. The GError's message is the engine's own reason
 * (untranslated); the store turns the kind into a sentence for people and keeps the reason. */
typedef enum
{
  KN_DB_ERROR_FAILED,          /* anything not below */
  KN_DB_ERROR_BUSY,            /* another connection holds the lock past the busy timeout */
  KN_DB_ERROR_UNIQUE,          /* a UNIQUE or PRIMARY KEY constraint */
  KN_DB_ERROR_FOREIGN_KEY,     /* a REFERENCES constraint */
  KN_DB_ERROR_CHECK,           /* a CHECK (or NOT NULL) constraint */
  KN_DB_ERROR_READ_ONLY,       /* the connection, the file or its folder cannot be written */
  KN_DB_ERROR_CORRUPT,         /* the database is damaged */
  KN_DB_ERROR_NOT_A_DATABASE,  /* the file is not a database of this engine */
  KN_DB_ERROR_FULL,            /* the disk (or quota) is full */
  KN_DB_ERROR_NOT_FOUND,       /* opening: no database there (and none was to be created) */
  KN_DB_ERROR_PERMISSION,      /* opening: the file or its folder may not be read or written */
  KN_DB_ERROR_CANNOT_OPEN,     /* opening: anything else (a folder, a missing parent, …) */
  KN_DB_ERROR_IO,              /* the operating system failed to read or write */
} KnDbError;

typedef enum
{
  KN_DB_OPEN_CREATE,     /* read-write; creates an empty database (mode 0600) where none is */
  KN_DB_OPEN_EXISTING,   /* read-write; never creates a file or a folder */
  KN_DB_OPEN_READ_ONLY,  /* never creates, never writes, leaves nothing beside the file */
} KnDbOpenMode;

typedef enum
{
  KN_DB_ROW,    /* a row is ready to be read */
  KN_DB_DONE,   /* the statement has run to its end */
  KN_DB_FAILED, /* the error is set */
} KnDbStep;

typedef enum
{
  KN_DB_READ,   /* a consistent snapshot; SQLite: BEGIN DEFERRED, PostgreSQL: BEGIN READ ONLY */
  KN_DB_WRITE,  /* takes the write lock now and waits its turn for it; SQLite: BEGIN IMMEDIATE */
} KnDbTransaction;

typedef struct _KnDb       KnDb;
typedef struct _KnDbStmt   KnDbStmt;
typedef struct _KnDbDriver KnDbDriver;
typedef struct _KnDbProbe  KnDbProbe;

/* Where a probe of the server (kn_db_probe_start) is: waiting for its descriptor to become
 * readable or writable, or finished either way. */
typedef enum
{
  KN_DB_PROBE_READ,
  KN_DB_PROBE_WRITE,
  KN_DB_PROBE_ANSWERED,
  KN_DB_PROBE_FAILED,
} KnDbProbeState;

/* A driver fills this in. Statements are written with "?" placeholders, numbered by position
 * (a driver whose engine wants $1, $2 … rewrites them in prepare); text comes back as UTF-8 and
 * stays valid until the next step or reset of the statement. */
struct _KnDbDriver
{
  const char *name;      /* "sqlite": also the folder of the engine's schema resources */

  KnDb       *(*open)           (const char      *location,
                                 KnDbOpenMode     mode,
                                 GError         **error);
  void        (*close)          (KnDb            *db);
  /* Readies a writable database that is known to be Kinerja's for use (SQLite: the WAL
   * journal); never called on another program's file or on a read-only connection. */
  gboolean    (*configure)      (KnDb            *db,
                                 GError         **error);
  /* One or more statements without parameters (schema scripts, pragmas). */
  gboolean    (*exec)           (KnDb            *db,
                                 const char      *sql,
                                 GError         **error);
  KnDbStmt   *(*prepare)        (KnDb            *db,
                                 const char      *sql,
                                 GError         **error);
  void        (*finalize)       (KnDbStmt        *stmt);
  /* Ready to step again, bindings cleared. */
  void        (*reset)          (KnDbStmt        *stmt);
  void        (*bind_text)      (KnDbStmt        *stmt,
                                 int              index,
                                 const char      *text);
  /* Optional: bind_text of a text that stays as it is until the statement is reset, so that it
   * need not be copied (SQLite: SQLITE_STATIC); NULL: bind_text is used. */
  void        (*bind_text_borrowed) (KnDbStmt    *stmt,
                                     int          index,
                                     const char  *text);
  void        (*bind_int64)     (KnDbStmt        *stmt,
                                 int              index,
                                 gint64           value);
  void        (*bind_double)    (KnDbStmt        *stmt,
                                 int              index,
                                 double           value);
  void        (*bind_null)      (KnDbStmt        *stmt,
                                 int              index);
  KnDbStep    (*step)           (KnDbStmt        *stmt,
                                 GError         **error);
  const char *(*column_text)    (KnDbStmt        *stmt,
                                 int              column);
  gint64      (*column_int64)   (KnDbStmt        *stmt,
                                 int              column);
  double      (*column_double)  (KnDbStmt        *stmt,
                                 int              column);
  gboolean    (*column_is_null) (KnDbStmt        *stmt,
                                 int              column);
  /* The columns of the result and their names (after the first step). */
  int         (*column_count)   (KnDbStmt        *stmt);
  const char *(*column_name)    (KnDbStmt        *stmt,
                                 int              column);
  /* Rows changed by the last statement that ran to its end. */
  gint64      (*changes)        (KnDb            *db);
  gint64      (*last_insert_id) (KnDb            *db);
  gboolean    (*begin)          (KnDb            *db,
                                 KnDbTransaction  kind,
                                 GError         **error);
  gboolean    (*commit)         (KnDb            *db,
                                 GError         **error);
  void        (*rollback)       (KnDb            *db);
  gboolean    (*savepoint)      (KnDb            *db,
                                 const char      *name,
                                 GError         **error);
  gboolean    (*release)        (KnDb            *db,
                                 const char      *name,
                                 GError         **error);
  /* Undoes everything since the savepoint and closes it. */
  void        (*rollback_to)    (KnDb            *db,
                                 const char      *name);
  gboolean    (*in_transaction) (KnDb            *db);
  /* The schema version, the application stamp and the number of tables (SQLite: PRAGMA
   * user_version, PRAGMA application_id, sqlite_master); 0, 0, 0 for a new database. */
  gboolean    (*get_stamp)      (KnDb            *db,
                                 int             *version,
                                 int             *application_id,
                                 int             *n_tables,
                                 GError         **error);
  gboolean    (*set_stamp)      (KnDb            *db,
                                 int              version,
                                 int              application_id,
                                 GError         **error);
  /* A number that changes when another connection commits (SQLite: PRAGMA data_version). */
  gint64      (*data_version)   (KnDb            *db);
  /* FALSE with KN_DB_ERROR_CORRUPT naming the first problems when the database is damaged. */
  gboolean    (*check)          (KnDb            *db,
                                 gboolean         full,
                                 GError         **error);
  /* A consistent copy of the whole database at @path (mode 0600), for backups. */
  gboolean    (*copy_to)        (KnDb            *db,
                                 const char      *path,
                                 GError         **error);
  void        (*set_busy_timeout) (KnDb          *db,
                                   int            milliseconds);
  /* A consistent copy of the whole database into the empty file at @path, which the caller
   * created (mode 0600) and renames into place: SQLite's online backup. */
  gboolean    (*backup_to)      (KnDb            *db,
                                 const char      *path,
                                 GError         **error);
  /* Replaces everything in @db by the database in the file at @path, in one transaction: all
   * or nothing. The caller checked the file and holds the claim. */
  gboolean    (*restore_from)   (KnDb            *db,
                                 const char      *path,
                                 GError         **error);
  /* Makes @db the only connection to its database until it is closed; KN_DB_ERROR_BUSY when
   * another connection (of any program) has it open. Opening fails busy meanwhile. */
  gboolean    (*claim)          (KnDb            *db,
                                 GError         **error);
  /* Stops counting @db among the file's connections (a claim no longer waits for it) while it
   * stays open for reading, until it is closed: a restore in another thread of this program
   * may then claim the file. NULL where the engine has no claims. */
  void        (*step_aside)     (KnDb            *db);
  /* What a server stores for @user's @password (PostgreSQL: a SCRAM verifier), hashed here so
   * that the password itself never travels in SQL; NULL where the engine has no logins. */
  char       *(*hash_password)  (KnDb            *db,
                                 const char      *user,
                                 const char      *password,
                                 GError         **error);
  /* What to wait on for another connection's commits: a file descriptor that becomes readable
   * when one may have arrived (PostgreSQL: the connection's socket, a new one after connecting
   * again, -1 while the connection is lost), or -1 where the engine has none (SQLite: looking at
   * data_version is cheap and local). */
  int         (*watch_fd)       (KnDb            *db);
  /* data_version from what has already arrived, never with a round trip to a server: with
   * @read, what waits on watch_fd is read first (without blocking). NULL: data_version. */
  gint64      (*arrived_version) (KnDb           *db,
                                  gboolean        read);
  /* Whether the server answers again after the connection was lost, found without blocking: a
   * second connection with the same settings, made step by step (libpq's PQconnectPoll). NULL
   * where there is nothing to reach (SQLite); probe_start NULL when it cannot start. */
  KnDbProbe  *(*probe_start)    (KnDb            *db,
                                 int             *fd);
  KnDbProbeState (*probe_poll)  (KnDbProbe       *probe,
                                 int             *fd);
  void        (*probe_free)     (KnDbProbe       *probe);
};

/* What every probe starts with; a driver's probe embeds it first. */
struct _KnDbProbe
{
  const KnDbDriver *driver;
};

/* What every connection starts with; a driver's connection embeds it first. */
struct _KnDb
{
  const KnDbDriver *driver;
  GHashTable       *statements;   /* owned: SQL text (static) → KnDbStmt */
  GHashTable       *by_address;   /* the SQL text's address → the same KnDbStmt, looked at first */
  guint             pace_us;      /* kn_db_set_pace () */
};

/* What every statement starts with. */
struct _KnDbStmt
{
  KnDb *db;
};

GQuark            kn_db_error_quark   (void);

/* The SQLite driver (kn-db-sqlite.c). */
const KnDbDriver *kn_db_sqlite_driver (void);

/* The PostgreSQL driver (kn-db-pg.c): a libpq URI names the database. */
const KnDbDriver *kn_db_pg_driver     (void);
/* The password for every connection to @location, kept in this process's memory only (never in
 * the URI, a file or a message); NULL or "" forgets it. */
void              kn_db_pg_set_password (const char *location,
                                         const char *password);

/* TRUE when @location is a PostgreSQL URI ("postgresql://…" or "postgres://…"). */
gboolean          kn_db_is_server_uri (const char      *location);

/* The driver for @location: a PostgreSQL URI is PostgreSQL, a file path is SQLite. */
const KnDbDriver *kn_db_driver_for    (const char      *location);

KnDb        *kn_db_open           (const char      *location,
                                   KnDbOpenMode     mode,
                                   GError         **error);
void         kn_db_close          (KnDb            *db);
gboolean     kn_db_configure      (KnDb            *db,
                                   GError         **error);
const char  *kn_db_get_engine     (KnDb            *db);
gboolean     kn_db_exec           (KnDb            *db,
                                   const char      *sql,
                                   GError         **error);
/* A cached statement for @sql (keyed by its text, which must outlive the connection: a string
 * literal), reset and with its bindings cleared, valid while the connection lives. */
KnDbStmt    *kn_db_stmt           (KnDb            *db,
                                   const char      *sql,
                                   GError         **error);
/* An uncached statement; free it with kn_db_stmt_free. */
KnDbStmt    *kn_db_prepare        (KnDb            *db,
                                   const char      *sql,
                                   GError         **error);
void         kn_db_stmt_free      (KnDbStmt        *stmt);
void         kn_db_reset          (KnDbStmt        *stmt);
/* NULL binds NULL. */
void         kn_db_bind_text      (KnDbStmt        *stmt,
                                   int              index,
                                   const char      *text);
/* The same, for a text that stays valid and unchanged until the statement is reset (stepped
 * through kn_store_step, or kn_db_reset): the hot writes bind their own strings without a copy. */
void         kn_db_bind_text_borrowed (KnDbStmt    *stmt,
                                       int          index,
                                       const char  *text);
void         kn_db_bind_int64     (KnDbStmt        *stmt,
                                   int              index,
                                   gint64           value);
void         kn_db_bind_double    (KnDbStmt        *stmt,
                                   int              index,
                                   double           value);
void         kn_db_bind_null      (KnDbStmt        *stmt,
                                   int              index);
KnDbStep     kn_db_step           (KnDbStmt        *stmt,
                                   GError         **error);
const char  *kn_db_column_text    (KnDbStmt        *stmt,
                                   int              column);
char        *kn_db_column_dup     (KnDbStmt        *stmt,
                                   int              column);
gint64       kn_db_column_int64   (KnDbStmt        *stmt,
                                   int              column);
int          kn_db_column_int     (KnDbStmt        *stmt,
                                   int              column);
double       kn_db_column_double  (KnDbStmt        *stmt,
                                   int              column);
gboolean     kn_db_column_is_null (KnDbStmt        *stmt,
                                   int              column);
int          kn_db_column_count   (KnDbStmt        *stmt);
const char  *kn_db_column_name    (KnDbStmt        *stmt,
                                   int              column);
gint64       kn_db_changes        (KnDb            *db);
gint64       kn_db_last_insert_id (KnDb            *db);
gboolean     kn_db_begin          (KnDb            *db,
                                   KnDbTransaction  kind,
                                   GError         **error);
gboolean     kn_db_commit         (KnDb            *db,
                                   GError         **error);
void         kn_db_rollback       (KnDb            *db);
gboolean     kn_db_savepoint      (KnDb            *db,
                                   const char      *name,
                                   GError         **error);
gboolean     kn_db_release        (KnDb            *db,
                                   const char      *name,
                                   GError         **error);
void         kn_db_rollback_to    (KnDb            *db,
                                   const char      *name);
gboolean     kn_db_in_transaction (KnDb            *db);
gboolean     kn_db_get_stamp      (KnDb            *db,
                                   int             *version,
                                   int             *application_id,
                                   int             *n_tables,
                                   GError         **error);
gboolean     kn_db_set_stamp      (KnDb            *db,
                                   int              version,
                                   int              application_id,
                                   GError         **error);
gint64       kn_db_data_version   (KnDb            *db);
gboolean     kn_db_check          (KnDb            *db,
                                   gboolean         full,
                                   GError         **error);
gboolean     kn_db_copy_to        (KnDb            *db,
                                   const char      *path,
                                   GError         **error);
void         kn_db_set_busy_timeout (KnDb          *db,
                                     int            milliseconds);
/* With @pause_us > 0, a backup from @db copies a slice at a time and rests @pause_us between
 * slices (from one snapshot, whatever other connections write meanwhile): the day's automatic
 * backup beside a window in use. 0, the default: all at once. */
void         kn_db_set_pace       (KnDb            *db,
                                   guint            pause_us);
gboolean     kn_db_backup_to      (KnDb            *db,
                                   const char      *path,
                                   GError         **error);
gboolean     kn_db_restore_from   (KnDb            *db,
                                   const char      *path,
                                   GError         **error);
gboolean     kn_db_claim          (KnDb            *db,
                                   GError         **error);
void         kn_db_step_aside     (KnDb            *db);
char        *kn_db_hash_password  (KnDb            *db,
                                   const char      *user,
                                   const char      *password,
                                   GError         **error);
int          kn_db_watch_fd       (KnDb            *db);
gint64       kn_db_arrived_version (KnDb           *db,
                                    gboolean        read);
/* NULL where there is nothing to probe; else the probe, its descriptor in *@fd, to wait on
 * until writable. */
KnDbProbe   *kn_db_probe_start    (KnDb            *db,
                                   int             *fd);
/* One step of @probe once its descriptor is ready as the last step asked (WRITE first): the
 * descriptor to wait on next in *@fd (it may change). */
KnDbProbeState kn_db_probe_poll   (KnDbProbe       *probe,
                                   int             *fd);
void         kn_db_probe_free     (KnDbProbe       *probe);

G_END_DECLS
