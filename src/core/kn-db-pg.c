/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PostgreSQL driver over libpq: the only file that calls PQ*. A connection per store; "?"
 * placeholders become $1, $2 …; every value travels as text and the server infers its type.
 *
 * What SQLite does by itself and this driver does by hand:
 * - a failed statement inside a transaction undoes itself only (SQLite's statement journal):
 *   each writing statement in a transaction runs inside a savepoint of its own;
 * - writers take their turn (BEGIN IMMEDIATE): a write transaction first takes one advisory lock,
 *   and waits for it no longer than the busy timeout (lock_timeout);
 * - another desk's commit is noticed (PRAGMA data_version): whatever writes NOTIFYs the channel
 *   "kinerja_changed" as it commits, and every connection LISTENs to it;
 * - the schema version and application id (PRAGMA user_version, application_id) live in the
 *   table kinerja_stamp. */

#define G_LOG_DOMAIN "kn-db"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "kinerja/kn-server-location.h"
#include "kn-db.h"

/* As the SQLite driver: how long a write waits for another writer before it gives up. */
#define BUSY_TIMEOUT_MS 5000

/* The advisory lock every write transaction takes first ("KNRJ"). */
#define WRITE_LOCK "1263424074"

#define CHANNEL "kinerja_changed"

/* The type of a boolean column (pg_type.oid of bool). */
#define BOOL_OID 16

typedef struct
{
  KnDb      parent;
  PGconn   *conn;           /* owned */
  gint64    changes;
  gint64    data_version;   /* commits seen from other connections */
  gboolean  dirty;          /* the open transaction has written: NOTIFY as it commits */
  char     *settings;       /* owned: what every connection starts with */
  gboolean  broken;         /* lost inside a transaction: nothing runs until the rollback */
  guint     next_stmt;
} PgDb;

typedef struct
{
  KnDbStmt   parent;
  char      *sql;           /* owned, with $1, $2 … */
  int        n_params;
  char     **values;        /* owned, n_params strings (NULL: SQL NULL) */
  PGresult  *result;        /* owned once run */
  int        row;           /* the row read now, -1 before the first */
  gboolean   reads;         /* a SELECT */
} PgStmt;

#define PG_DB(db)      ((PgDb *)(db))
#define PG_STMT(stmt)  ((PgStmt *)(stmt))
#define CONN(db)       (PG_DB (db)->conn)

static KnDbError
error_kind (const char *state)
{
  if (state == NULL)
    return KN_DB_ERROR_FAILED;

  if (g_str_equal (state, "23505"))
    return KN_DB_ERROR_UNIQUE;
  if (g_str_equal (state, "23503") || g_str_equal (state, "23001"))
    return KN_DB_ERROR_FOREIGN_KEY;
  if (g_str_equal (state, "23514") || g_str_equal (state, "23502"))
    return KN_DB_ERROR_CHECK;
  if (g_str_equal (state, "55P03") || g_str_equal (state, "40001") ||
      g_str_equal (state, "40P01"))
    return KN_DB_ERROR_BUSY;
  if (g_str_equal (state, "25006"))
    return KN_DB_ERROR_READ_ONLY;
  if (g_str_has_prefix (state, "53"))
    return KN_DB_ERROR_FULL;
  if (g_str_equal (state, "42501") || g_str_has_prefix (state, "28"))
    return KN_DB_ERROR_PERMISSION;
  if (g_str_equal (state, "3D000"))
    return KN_DB_ERROR_NOT_FOUND;
  if (g_str_equal (state, "XX001") || g_str_equal (state, "XX002"))
    return KN_DB_ERROR_CORRUPT;
  if (g_str_has_prefix (state, "08") || g_str_has_prefix (state, "57P") ||
      g_str_has_prefix (state, "58"))
    return KN_DB_ERROR_IO;
  return KN_DB_ERROR_FAILED;
}

/* The first line of libpq's own message (connection failures carry no SQLSTATE). */
static char *
first_line (const char *message)
{
  const char *end;

  if (message == NULL || *message == '\0')
    return g_strdup ("unknown error");
  if (g_str_has_prefix (message, "ERROR:  "))
    message += strlen ("ERROR:  ");
  end = strchr (message, '\n');
  return end != NULL ? g_strndup (message, end - message) : g_strdup (message);
}

/* The error of @result (or of the connection when @result says nothing): the primary message
 * only — the server's DETAIL names the values of a row, which may be personal data. */
static void
set_result_error (PgDb      *db,
                  PGresult  *result,
                  GError   **error)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  const char *primary = result != NULL ? PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) : NULL;
  g_autofree char *message = primary != NULL ? g_strdup (primary)
                                             : first_line (PQerrorMessage (db->conn));
  KnDbError kind = error_kind (state);

  if (state == NULL && PQstatus (db->conn) == CONNECTION_BAD)
    kind = KN_DB_ERROR_IO;
  g_set_error_literal (error, KN_DB_ERROR, kind, message);
}

static gboolean
result_ok (PGresult *result)
{
  ExecStatusType status = PQresultStatus (result);

  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
}

/* The connection was lost (the server restarted, the network failed) outside a transaction:
 * connect again, as before, and retry once. Inside a transaction the work is gone with the
 * connection, and the caller hears of it. Commits missed meanwhile count as a change. */
static gboolean
reconnect (PgDb *db)
{
  PGresult *result;
  gboolean ok;

  PQreset (db->conn);
  if (PQstatus (db->conn) != CONNECTION_OK)
    return FALSE;
  result = PQexec (db->conn, db->settings);
  ok = result_ok (result);
  PQclear (result);
  db->data_version++;
  g_debug ("connected to the database server again");
  return ok;
}

/* Before a statement: TRUE when no transaction is open, so that a lost connection may be made
 * again and the statement retried. A connection lost earlier outside a transaction counts. */
static gboolean
is_idle (PgDb *db)
{
  if (PQstatus (db->conn) == CONNECTION_BAD)
    return !db->broken;
  return PQtransactionStatus (db->conn) == PQTRANS_IDLE;
}

static gboolean
reconnect_after (PgDb     *db,
                 gboolean  was_idle)
{
  if (PQstatus (db->conn) != CONNECTION_BAD)
    return FALSE;
  if (!was_idle)
    {
      db->broken = TRUE;
      return FALSE;
    }
  return reconnect (db);
}

/* Runs @sql without parameters; FALSE with the error set on failure. */
static gboolean
run (PgDb        *db,
     const char  *sql,
     GError     **error)
{
  gboolean was_idle = is_idle (db);
  PGresult *result = PQexec (db->conn, sql);
  gboolean ok = result_ok (result);

  if (!ok && reconnect_after (db, was_idle))
    {
      PQclear (result);
      result = PQexec (db->conn, sql);
      ok = result_ok (result);
    }
  if (!ok)
    set_result_error (db, result, error);
  PQclear (result);
  return ok;
}

static gboolean
query_int (PgDb        *db,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  PGresult *result = PQexec (db->conn, sql);

  if (PQresultStatus (result) != PGRES_TUPLES_OK)
    {
      set_result_error (db, result, error);
      PQclear (result);
      return FALSE;
    }
  *value = PQntuples (result) > 0 && !PQgetisnull (result, 0, 0)
           ? g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10) : 0;
  PQclear (result);
  return TRUE;
}

static gboolean
in_transaction (PgDb *db)
{
  if (PQstatus (db->conn) == CONNECTION_BAD)
    return db->broken;
  return PQtransactionStatus (db->conn) != PQTRANS_IDLE;
}

/* location → password given in the window (kn_db_pg_set_password); memory only. */
static GMutex passwords_lock;
static GHashTable *passwords;

static void
forget_password (gpointer data)
{
  char *password = data;

  explicit_bzero (password, strlen (password));
  g_free (password);
}

void
kn_db_pg_set_password (const char *location,
                       const char *password)
{
  g_return_if_fail (location != NULL);

  g_mutex_lock (&passwords_lock);
  if (passwords == NULL)
    passwords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, forget_password);
  if (password != NULL && *password != '\0')
    g_hash_table_insert (passwords, g_strdup (location), g_strdup (password));
  else
    g_hash_table_remove (passwords, location);
  g_mutex_unlock (&passwords_lock);
}

/* @sslmode: nullable, what kn_server_location_check_tls asked for (TLS off this computer). */
static PGconn *
connect_to (const char *location,
            const char *dbname,
            const char *sslmode)
{
  const char *keywords[6] = { "dbname", NULL };
  const char *values[6] = { location, NULL };
  guint n = 1;
  char *password = NULL;
  PGconn *conn;

  if (dbname != NULL)
    {
      keywords[n] = "dbname";
      values[n++] = dbname;
    }
  if (sslmode != NULL)
    {
      keywords[n] = "sslmode";
      values[n++] = sslmode;
    }
  keywords[n] = "fallback_application_name";
  values[n++] = "kinerja";

  g_mutex_lock (&passwords_lock);
  if (passwords != NULL && g_hash_table_lookup (passwords, location) != NULL)
    password = g_strdup (g_hash_table_lookup (passwords, location));
  g_mutex_unlock (&passwords_lock);
  if (password != NULL)
    {
      keywords[n] = "password";
      values[n++] = password;
    }

  conn = PQconnectdbParams (keywords, values, 1);
  if (password != NULL)
    forget_password (password);
  return conn;
}

/* CREATE DATABASE for a URI whose database is missing, through the server's "postgres"
 * database: as the SQLite driver creates the file. Sorted as the bytes of UTF-8, as SQLite. */
static gboolean
create_database (const char  *location,
                 const char  *name,
                 const char  *sslmode,
                 GError     **error)
{
  PGconn *admin = connect_to (location, "postgres", sslmode);
  char *quoted;
  g_autofree char *sql = NULL;
  PGresult *result;
  gboolean ok;

  if (PQstatus (admin) != CONNECTION_OK)
    {
      g_autofree char *message = first_line (PQerrorMessage (admin));

      g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_CANNOT_OPEN, message);
      PQfinish (admin);
      return FALSE;
    }

  quoted = PQescapeIdentifier (admin, name, strlen (name));
  sql = g_strdup_printf ("CREATE DATABASE %s TEMPLATE template0 ENCODING 'UTF8' "
                         "LOCALE 'C.UTF-8'", quoted);
  PQfreemem (quoted);

  result = PQexec (admin, sql);
  ok = PQresultStatus (result) == PGRES_COMMAND_OK;
  if (!ok)
    {
      const char *state = PQresultErrorField (result, PG_DIAG_SQLSTATE);
      const char *primary = PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY);

      /* Made meanwhile by another program: there it is. */
      if (g_strcmp0 (state, "42P04") == 0)
        ok = TRUE;
      else
        g_set_error_literal (error, KN_DB_ERROR, error_kind (state),
                             primary != NULL ? primary : "CREATE DATABASE failed");
    }
  PQclear (result);
  PQfinish (admin);
  return ok;
}

static KnDb *
pg_open (const char    *location,
         KnDbOpenMode   mode,
         GError       **error)
{
  const char *sslmode = NULL;
  PGconn *conn;
  PgDb *db;

  /* Off this computer only over TLS, as the window's dialog connects. */
  if (!kn_server_location_check_tls (location, &sslmode, error))
    return NULL;
  conn = connect_to (location, NULL, sslmode);

  if (PQstatus (conn) != CONNECTION_OK)
    {
      g_autofree char *message = first_line (PQerrorMessage (conn));
      const char *name = PQdb (conn);
      g_autofree char *missing = g_strdup_printf ("database \"%s\" does not exist",
                                                  name != NULL ? name : "");
      KnDbError kind = KN_DB_ERROR_CANNOT_OPEN;

      if (name != NULL && strstr (message, missing) != NULL)
        {
          if (mode == KN_DB_OPEN_CREATE)
            {
              g_autofree char *dbname = g_strdup (name);

              PQfinish (conn);
              if (!create_database (location, dbname, sslmode, error))
                return NULL;
              conn = connect_to (location, NULL, sslmode);
              if (PQstatus (conn) == CONNECTION_OK)
                goto connected;
              g_clear_pointer (&message, g_free);
              message = first_line (PQerrorMessage (conn));
            }
          else
            kind = KN_DB_ERROR_NOT_FOUND;
        }
      else if (strstr (message, "authentication failed") != NULL ||
               strstr (message, "password") != NULL ||
               strstr (message, "pg_hba.conf") != NULL ||
               strstr (message, "permission denied") != NULL)
        kind = KN_DB_ERROR_PERMISSION;

      g_set_error_literal (error, KN_DB_ERROR, kind, message);
      PQfinish (conn);
      return NULL;
    }

connected:
  db = g_new0 (PgDb, 1);
  db->conn = conn;
  db->settings = g_strdup_printf ("SET client_encoding = 'UTF8'; SET lock_timeout = %d; "
                                  "SET client_min_messages = warning; LISTEN " CHANNEL "%s",
                                  BUSY_TIMEOUT_MS,
                                  mode == KN_DB_OPEN_READ_ONLY
                                  ? "; SET default_transaction_read_only = on" : "");

  if (!run (db, db->settings, error))
    {
      PQfinish (conn);
      g_free (db->settings);
      g_free (db);
      return NULL;
    }

  return &db->parent;
}

static void
pg_close (KnDb *db)
{
  PQfinish (CONN (db));
  g_free (PG_DB (db)->settings);
  g_free (db);
}

static const char NOTIFY[] = "SELECT pg_notify ('" CHANNEL "', '')";

static gboolean
pg_exec (KnDb        *db,
         const char  *sql,
         GError     **error)
{
  PgDb *self = PG_DB (db);

  if (!run (self, sql, error))
    return FALSE;
  /* Scripts (schema updates) are taken to write. */
  if (in_transaction (self))
    self->dirty = TRUE;
  else
    run (self, NOTIFY, NULL);
  return TRUE;
}

static gboolean
pg_configure (KnDb    *db,
              GError **error)
{
  return TRUE;
}

/* "?" → $1, $2 … and "?N" → $N, outside quoted strings and identifiers. */
static char *
rewrite_placeholders (const char *sql,
                      int        *n_params)
{
  GString *out = g_string_sized_new (strlen (sql) + 16);
  char quote = '\0';
  int n = 0;

  for (const char *p = sql; *p != '\0'; p++)
    {
      if (quote != '\0')
        {
          if (*p == quote)
            quote = '\0';
          g_string_append_c (out, *p);
        }
      else if (*p == '\'' || *p == '"')
        {
          quote = *p;
          g_string_append_c (out, *p);
        }
      else if (*p == '?' && g_ascii_isdigit (p[1]))
        {
          /* "?NNN" names its parameter, as SQLite reads it; the statement has as many
           * parameters as the highest number. */
          int number = 0;

          while (g_ascii_isdigit (p[1]) && number < 10000)
            number = number * 10 + (*++p - '0');
          g_string_append_printf (out, "$%d", number);
          n = MAX (n, number);
        }
      else if (*p == '?')
        g_string_append_printf (out, "$%d", ++n);
      else
        g_string_append_c (out, *p);
    }

  *n_params = n;
  return g_string_free (out, FALSE);
}

static KnDbStmt *
pg_prepare (KnDb        *db,
            const char  *sql,
            GError     **error)
{
  PgStmt *stmt = g_new0 (PgStmt, 1);

  stmt->parent.db = db;
  stmt->sql = rewrite_placeholders (sql, &stmt->n_params);
  stmt->values = g_new0 (char *, stmt->n_params + 1);
  stmt->row = -1;
  while (g_ascii_isspace (*sql))
    sql++;
  stmt->reads = g_ascii_strncasecmp (sql, "SELECT", 6) == 0;
  return &stmt->parent;
}

static void
pg_reset (KnDbStmt *stmt)
{
  PgStmt *self = PG_STMT (stmt);

  g_clear_pointer (&self->result, PQclear);
  self->row = -1;
  for (int i = 0; i < self->n_params; i++)
    g_clear_pointer (&self->values[i], g_free);
}

static void
pg_finalize (KnDbStmt *stmt)
{
  PgStmt *self = PG_STMT (stmt);

  pg_reset (stmt);
  g_free (self->values);
  g_free (self->sql);
  g_free (self);
}

static void
set_value (KnDbStmt *stmt,
           int       index,
           char     *value)
{
  PgStmt *self = PG_STMT (stmt);

  if (index < 1 || index > self->n_params)
    {
      g_critical ("kn-db-pg: parameter %d of %d", index, self->n_params);
      g_free (value);
      return;
    }
  g_free (self->values[index - 1]);
  self->values[index - 1] = value;
}

static void
pg_bind_text (KnDbStmt   *stmt,
              int         index,
              const char *text)
{
  set_value (stmt, index, g_strdup (text));
}

static void
pg_bind_int64 (KnDbStmt *stmt,
               int       index,
               gint64    value)
{
  set_value (stmt, index, g_strdup_printf ("%" G_GINT64_FORMAT, value));
}

static void
pg_bind_double (KnDbStmt *stmt,
                int       index,
                double    value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  set_value (stmt, index, g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.17g", value)));
}

static void
pg_bind_null (KnDbStmt *stmt,
              int       index)
{
  set_value (stmt, index, NULL);
}

static KnDbStep
pg_step (KnDbStmt  *stmt,
         GError   **error)
{
  PgStmt *self = PG_STMT (stmt);
  PgDb *db = PG_DB (stmt->db);

  if (self->result == NULL)
    {
      /* A reading statement that fails spoils the transaction (the store rolls it back
       * then); only writes need to fail alone. */
      gboolean was_idle = is_idle (db);
      gboolean guarded = !self->reads && !was_idle;
      ExecStatusType status;

      if (guarded && !run (db, "SAVEPOINT kn_stmt", error))
        return KN_DB_FAILED;

      self->result = PQexecParams (db->conn, self->sql, self->n_params, NULL,
                                   (const char *const *)self->values, NULL, NULL, 0);
      if (!result_ok (self->result) && reconnect_after (db, was_idle))
        {
          g_clear_pointer (&self->result, PQclear);
          self->result = PQexecParams (db->conn, self->sql, self->n_params, NULL,
                                       (const char *const *)self->values, NULL, NULL, 0);
        }
      status = PQresultStatus (self->result);
      if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        {
          set_result_error (db, self->result, error);
          g_clear_pointer (&self->result, PQclear);
          if (guarded)
            run (db, "ROLLBACK TO SAVEPOINT kn_stmt; RELEASE SAVEPOINT kn_stmt", NULL);
          return KN_DB_FAILED;
        }
      if (guarded && !run (db, "RELEASE SAVEPOINT kn_stmt", error))
        return KN_DB_FAILED;

      {
        const char *command = PQcmdStatus (self->result);

        if (g_str_has_prefix (command, "INSERT") || g_str_has_prefix (command, "UPDATE") ||
            g_str_has_prefix (command, "DELETE"))
          {
            db->changes = g_ascii_strtoll (PQcmdTuples (self->result), NULL, 10);
            if (db->changes > 0 && guarded)
              db->dirty = TRUE;
            else if (db->changes > 0)
              run (db, NOTIFY, NULL);
          }
      }
      self->row = -1;
    }

  if (self->row + 1 < PQntuples (self->result))
    {
      self->row++;
      return KN_DB_ROW;
    }
  self->row = PQntuples (self->result);
  return KN_DB_DONE;
}

static gboolean
has_value (PgStmt *self,
           int     column)
{
  return self->result != NULL && self->row >= 0 && self->row < PQntuples (self->result) &&
         column >= 0 && column < PQnfields (self->result) &&
         !PQgetisnull (self->result, self->row, column);
}

static const char *
pg_column_text (KnDbStmt *stmt,
                int       column)
{
  PgStmt *self = PG_STMT (stmt);
  const char *value;

  if (!has_value (self, column))
    return NULL;
  value = PQgetvalue (self->result, self->row, column);
  /* SQLite has no booleans: a comparison reads 1 or 0 there. */
  if (PQftype (self->result, column) == BOOL_OID)
    return value[0] == 't' ? "1" : "0";
  return value;
}

static gint64
pg_column_int64 (KnDbStmt *stmt,
                 int       column)
{
  const char *value = pg_column_text (stmt, column);
  char *end = NULL;
  gint64 n;

  if (value == NULL)
    return 0;
  n = g_ascii_strtoll (value, &end, 10);
  /* A numeric or a double read as an integer: SQLite truncates it. */
  if (end != NULL && (*end == '.' || *end == 'e' || *end == 'E'))
    return (gint64)g_ascii_strtod (value, NULL);
  return n;
}

static double
pg_column_double (KnDbStmt *stmt,
                  int       column)
{
  const char *value = pg_column_text (stmt, column);

  return value != NULL ? g_ascii_strtod (value, NULL) : 0.0;
}

static gboolean
pg_column_is_null (KnDbStmt *stmt,
                   int       column)
{
  return !has_value (PG_STMT (stmt), column);
}

static int
pg_column_count (KnDbStmt *stmt)
{
  PgStmt *self = PG_STMT (stmt);

  return self->result != NULL ? PQnfields (self->result) : 0;
}

static const char *
pg_column_name (KnDbStmt *stmt,
                int       column)
{
  PgStmt *self = PG_STMT (stmt);

  return self->result != NULL ? PQfname (self->result, column) : NULL;
}

static gint64
pg_changes (KnDb *db)
{
  return PG_DB (db)->changes;
}

static gint64
pg_last_insert_id (KnDb *db)
{
  gint64 id = 0;

  /* lastval () fails before any identity was given out: 0, as SQLite. Inside a transaction,
   * the failure must not spoil it. */
  if (in_transaction (PG_DB (db)))
    {
      if (!run (PG_DB (db), "SAVEPOINT kn_id", NULL))
        return 0;
      if (!query_int (PG_DB (db), "SELECT lastval ()", &id, NULL))
        {
          run (PG_DB (db), "ROLLBACK TO SAVEPOINT kn_id; RELEASE SAVEPOINT kn_id", NULL);
          return 0;
        }
      run (PG_DB (db), "RELEASE SAVEPOINT kn_id", NULL);
      return id;
    }
  query_int (PG_DB (db), "SELECT lastval ()", &id, NULL);
  return id;
}

static gboolean
pg_begin (KnDb             *db,
          KnDbTransaction   kind,
          GError          **error)
{
  PgDb *self = PG_DB (db);

  if (kind == KN_DB_READ)
    return run (self, "BEGIN ISOLATION LEVEL REPEATABLE READ", error);

  if (!run (self, "BEGIN", error))
    return FALSE;
  if (!run (self, "SELECT pg_advisory_xact_lock (" WRITE_LOCK ")", error))
    {
      run (self, "ROLLBACK", NULL);
      return FALSE;
    }
  return TRUE;
}

static gboolean
pg_commit (KnDb    *db,
           GError **error)
{
  PgDb *self = PG_DB (db);
  PGresult *result;
  gboolean ok;

  if (self->dirty && !run (self, NOTIFY, error))
    return FALSE;
  self->dirty = FALSE;

  result = PQexec (self->conn, "COMMIT");
  ok = PQresultStatus (result) == PGRES_COMMAND_OK;
  if (!ok && PQstatus (self->conn) == CONNECTION_BAD)
    self->broken = TRUE;
  if (!ok)
    set_result_error (self, result, error);
  /* COMMIT of a transaction that failed answers ROLLBACK. */
  else if (g_strcmp0 (PQcmdStatus (result), "ROLLBACK") == 0)
    {
      g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_FAILED,
                           "the transaction failed and was rolled back");
      ok = FALSE;
    }
  PQclear (result);
  return ok;
}

static void
pg_rollback (KnDb *db)
{
  PgDb *self = PG_DB (db);

  self->dirty = FALSE;
  /* The transaction went with the lost connection: make it again. */
  if (self->broken)
    {
      self->broken = FALSE;
      reconnect (self);
      return;
    }
  if (in_transaction (self))
    run (self, "ROLLBACK", NULL);
}

static gboolean
pg_savepoint (KnDb        *db,
              const char  *name,
              GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SAVEPOINT %s", name);

  return run (PG_DB (db), sql, error);
}

static gboolean
pg_release (KnDb        *db,
            const char  *name,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("RELEASE SAVEPOINT %s", name);

  return run (PG_DB (db), sql, error);
}

static void
pg_rollback_to (KnDb       *db,
                const char *name)
{
  g_autofree char *sql = g_strdup_printf ("ROLLBACK TO SAVEPOINT %s; RELEASE SAVEPOINT %s",
                                          name, name);

  run (PG_DB (db), sql, NULL);
}

static gboolean
pg_in_transaction (KnDb *db)
{
  return in_transaction (PG_DB (db));
}

static gboolean
pg_get_stamp (KnDb    *db,
              int     *version,
              int     *application_id,
              int     *n_tables,
              GError **error)
{
  PgDb *self = PG_DB (db);
  gint64 has_stamp = 0, v = 0, id = 0, n = 0;

  if (!query_int (self, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema ()",
                  &n, error) ||
      !query_int (self, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema () "
                        "AND tablename = 'kinerja_stamp'", &has_stamp, error))
    return FALSE;

  if (has_stamp > 0 &&
      (!query_int (self, "SELECT version FROM kinerja_stamp", &v, error) ||
       !query_int (self, "SELECT application_id FROM kinerja_stamp", &id, error)))
    return FALSE;

  *version = (int)v;
  *application_id = (int)id;
  *n_tables = (int)n;
  return TRUE;
}

static gboolean
pg_set_stamp (KnDb    *db,
              int      version,
              int      application_id,
              GError **error)
{
  g_autofree char *sql =
    g_strdup_printf ("CREATE TABLE IF NOT EXISTS kinerja_stamp ("
                     "  version integer NOT NULL, application_id integer NOT NULL);"
                     "DELETE FROM kinerja_stamp;"
                     "INSERT INTO kinerja_stamp (version, application_id) VALUES (%d, %d)",
                     version, application_id);

  return run (PG_DB (db), sql, error);
}

/* Counts the notifications libpq holds (read with earlier results, or by PQconsumeInput) that
 * another connection sent; this connection's own are not news. TRUE when there was one. */
static gboolean
take_notifications (PgDb *self)
{
  PGnotify *notify;
  int own = PQbackendPID (self->conn);
  gboolean seen = FALSE;

  while ((notify = PQnotifies (self->conn)) != NULL)
    {
      if (notify->be_pid != own)
        {
          self->data_version++;
          seen = TRUE;
        }
      PQfreemem (notify);
    }
  return seen;
}

static gint64
pg_data_version (KnDb *db)
{
  PgDb *self = PG_DB (db);

  /* What has arrived; when nothing has, one round trip lets the server send what is due. */
  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean seen;

      PQconsumeInput (self->conn);
      seen = take_notifications (self);
      if (seen || pass == 1 || in_transaction (self))
        break;
      run (self, "SELECT 1", NULL);
    }
  return self->data_version;
}

static int
pg_watch_fd (KnDb *db)
{
  if (PQstatus (CONN (db)) != CONNECTION_OK)
    return -1;
  return PQsocket (CONN (db));
}

static gint64
pg_arrived_version (KnDb     *db,
                    gboolean  read)
{
  PgDb *self = PG_DB (db);

  /* Reading a lost connection's socket marks the connection bad (watch_fd then says -1); the
   * next statement, or data_version, connects again. */
  if (read && PQstatus (self->conn) == CONNECTION_OK)
    PQconsumeInput (self->conn);
  take_notifications (self);
  return self->data_version;
}

/* A second connection, made step by step with the lost one's settings (its password too, kept
 * in memory only): connecting again blocks while an unreachable server lets it wait. */
typedef struct
{
  KnDbProbe  parent;
  PGconn    *conn;  /* owned */
} PgProbe;

static KnDbProbe *
pg_probe_start (KnDb *db,
                int  *fd)
{
  PQconninfoOption *options = PQconninfo (CONN (db));
  g_autoptr(GPtrArray) keywords = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  const char *host = PQhost (CONN (db));
  const char *address = PQhostaddr (CONN (db));
  PgProbe *probe;

  if (options == NULL)
    return NULL;
  /* The address the lost connection had, so that the probe does not look the server's name
   * up again: a name lookup blocks, and a broken network makes it wait. One server (not a
   * list), over TCP (not a socket folder); the name still checks the certificate. */
  if (host == NULL || host[0] == '/' || strchr (host, ',') != NULL ||
      address == NULL || address[0] == '\0')
    address = NULL;
  for (PQconninfoOption *option = options; option->keyword != NULL; option++)
    if (option->val != NULL && option->val[0] != '\0' &&
        !(address != NULL && g_str_equal (option->keyword, "hostaddr")))
      {
        g_ptr_array_add (keywords, option->keyword);
        g_ptr_array_add (values, option->val);
      }
  if (address != NULL)
    {
      g_ptr_array_add (keywords, (gpointer) "hostaddr");
      g_ptr_array_add (values, (gpointer) address);
    }
  g_ptr_array_add (keywords, NULL);
  g_ptr_array_add (values, NULL);

  probe = g_new0 (PgProbe, 1);
  probe->parent.driver = db->driver;
  probe->conn = PQconnectStartParams ((const char *const *)keywords->pdata,
                                      (const char *const *)values->pdata, 0);
  PQconninfoFree (options);
  if (probe->conn == NULL)
    {
      g_free (probe);
      return NULL;
    }
  /* Refused at once (a missing socket): the first poll says it failed. */
  *fd = PQstatus (probe->conn) != CONNECTION_BAD ? PQsocket (probe->conn) : -1;
  return &probe->parent;
}

static KnDbProbeState
pg_probe_poll (KnDbProbe *probe,
               int       *fd)
{
  PGconn *conn = ((PgProbe *)probe)->conn;
  PostgresPollingStatusType status = PQconnectPoll (conn);

  *fd = PQsocket (conn);
  switch (status)
    {
    case PGRES_POLLING_READING:
      return KN_DB_PROBE_READ;
    case PGRES_POLLING_WRITING:
      return KN_DB_PROBE_WRITE;
    case PGRES_POLLING_OK:
      return KN_DB_PROBE_ANSWERED;
    case PGRES_POLLING_FAILED:
    case PGRES_POLLING_ACTIVE:
    default:
      return KN_DB_PROBE_FAILED;
    }
}

static void
pg_probe_free (KnDbProbe *probe)
{
  g_clear_pointer (&((PgProbe *)probe)->conn, PQfinish);
  g_free (probe);
}

static gboolean
pg_check (KnDb      *db,
          gboolean   full,
          GError   **error)
{
  /* The server checks its own pages; here only that it answers. */
  return run (PG_DB (db), "SELECT 1", error);
}

static gboolean
pg_copy_to (KnDb        *db,
            const char  *path,
            GError     **error)
{
  g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_FAILED,
                       "a server database is copied with pg_dump on the server");
  return FALSE;
}

static void
pg_set_busy_timeout (KnDb *db,
                     int   milliseconds)
{
  g_autofree char *sql = g_strdup_printf ("SET lock_timeout = %d", MAX (milliseconds, 1));

  run (PG_DB (db), sql, NULL);
}

static char *
pg_hash_password (KnDb        *db,
                  const char  *user,
                  const char  *password,
                  GError     **error)
{
  /* As psql's \password does: the server's password_encryption decides the algorithm. */
  char *hashed = PQencryptPasswordConn (CONN (db), password, user, NULL);
  char *copy;

  if (hashed == NULL)
    {
      set_result_error (PG_DB (db), NULL, error);
      return NULL;
    }
  copy = g_strdup (hashed);
  PQfreemem (hashed);
  return copy;
}

static const KnDbDriver pg_driver = {
  .name = "postgresql",
  .open = pg_open,
  .close = pg_close,
  .configure = pg_configure,
  .exec = pg_exec,
  .prepare = pg_prepare,
  .finalize = pg_finalize,
  .reset = pg_reset,
  .bind_text = pg_bind_text,
  .bind_int64 = pg_bind_int64,
  .bind_double = pg_bind_double,
  .bind_null = pg_bind_null,
  .step = pg_step,
  .column_text = pg_column_text,
  .column_int64 = pg_column_int64,
  .column_double = pg_column_double,
  .column_is_null = pg_column_is_null,
  .column_count = pg_column_count,
  .column_name = pg_column_name,
  .changes = pg_changes,
  .last_insert_id = pg_last_insert_id,
  .begin = pg_begin,
  .commit = pg_commit,
  .rollback = pg_rollback,
  .savepoint = pg_savepoint,
  .release = pg_release,
  .rollback_to = pg_rollback_to,
  .in_transaction = pg_in_transaction,
  .get_stamp = pg_get_stamp,
  .set_stamp = pg_set_stamp,
  .data_version = pg_data_version,
  .probe_start = pg_probe_start,
  .probe_poll = pg_probe_poll,
  .probe_free = pg_probe_free,
  .check = pg_check,
  .copy_to = pg_copy_to,
  .set_busy_timeout = pg_set_busy_timeout,
  .hash_password = pg_hash_password,
  .watch_fd = pg_watch_fd,
  .arrived_version = pg_arrived_version,
};

const KnDbDriver *
kn_db_pg_driver (void)
{
  return &pg_driver;
}
