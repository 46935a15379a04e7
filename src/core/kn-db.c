/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The engine driver interface: dispatch to the connection's driver and the statement cache. */

#define G_LOG_DOMAIN "kn-db"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-db.h"

G_DEFINE_QUARK (kn-db-error-quark, kn_db_error)

static void
free_cached_stmt (gpointer data)
{
  KnDbStmt *stmt = data;

  stmt->db->driver->finalize (stmt);
}

gboolean
kn_db_is_server_uri (const char *location)
{
  return location != NULL &&
         (g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://"));
}

const KnDbDriver *
kn_db_driver_for (const char *location)
{
  g_return_val_if_fail (location != NULL, NULL);

  if (kn_db_is_server_uri (location))
    return kn_db_pg_driver ();
  return kn_db_sqlite_driver ();
}

KnDb *
kn_db_open (const char    *location,
            KnDbOpenMode   mode,
            GError       **error)
{
  const KnDbDriver *driver = kn_db_driver_for (location);
  KnDb *db;

  g_return_val_if_fail (driver != NULL, NULL);

  db = driver->open (location, mode, error);
  if (db == NULL)
    return NULL;

  db->driver = driver;
  db->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, free_cached_stmt);
  db->by_address = g_hash_table_new (g_direct_hash, g_direct_equal);
  return db;
}

void
kn_db_close (KnDb *db)
{
  if (db == NULL)
    return;

  g_clear_pointer (&db->by_address, g_hash_table_unref);
  g_clear_pointer (&db->statements, g_hash_table_unref);
  db->driver->close (db);
}

gboolean
kn_db_configure (KnDb    *db,
                 GError **error)
{
  return db->driver->configure (db, error);
}

const char *
kn_db_get_engine (KnDb *db)
{
  return db->driver->name;
}

gboolean
kn_db_exec (KnDb        *db,
            const char  *sql,
            GError     **error)
{
  return db->driver->exec (db, sql, error);
}

KnDbStmt *
kn_db_stmt (KnDb        *db,
            const char  *sql,
            GError     **error)
{
  KnDbStmt *stmt;

  /* The SQL is a literal, so its address finds the statement without hashing the text (a
   * store write asks for several statements each; the text's hash was most of the look-up). */
  stmt = g_hash_table_lookup (db->by_address, sql);
  if (stmt == NULL)
    {
      stmt = g_hash_table_lookup (db->statements, sql);
      if (stmt == NULL)
        {
          stmt = db->driver->prepare (db, sql, error);
          if (stmt == NULL)
            return NULL;
          g_hash_table_insert (db->statements, (gpointer)sql, stmt);
        }
      g_hash_table_insert (db->by_address, (gpointer)sql, stmt);
    }

  db->driver->reset (stmt);
  return stmt;
}

KnDbStmt *
kn_db_prepare (KnDb        *db,
               const char  *sql,
               GError     **error)
{
  return db->driver->prepare (db, sql, error);
}

void
kn_db_stmt_free (KnDbStmt *stmt)
{
  if (stmt != NULL)
    stmt->db->driver->finalize (stmt);
}

void
kn_db_reset (KnDbStmt *stmt)
{
  stmt->db->driver->reset (stmt);
}

void
kn_db_bind_text (KnDbStmt   *stmt,
                 int         index,
                 const char *text)
{
  if (text == NULL)
    stmt->db->driver->bind_null (stmt, index);
  else
    stmt->db->driver->bind_text (stmt, index, text);
}

void
kn_db_bind_text_borrowed (KnDbStmt   *stmt,
                          int         index,
                          const char *text)
{
  if (text != NULL && stmt->db->driver->bind_text_borrowed != NULL)
    stmt->db->driver->bind_text_borrowed (stmt, index, text);
  else
    kn_db_bind_text (stmt, index, text);
}

void
kn_db_bind_int64 (KnDbStmt *stmt,
                  int       index,
                  gint64    value)
{
  stmt->db->driver->bind_int64 (stmt, index, value);
}

void
kn_db_bind_double (KnDbStmt *stmt,
                   int       index,
                   double    value)
{
  stmt->db->driver->bind_double (stmt, index, value);
}

void
kn_db_bind_null (KnDbStmt *stmt,
                 int       index)
{
  stmt->db->driver->bind_null (stmt, index);
}

KnDbStep
kn_db_step (KnDbStmt  *stmt,
            GError   **error)
{
  return stmt->db->driver->step (stmt, error);
}

const char *
kn_db_column_text (KnDbStmt *stmt,
                   int       column)
{
  return stmt->db->driver->column_text (stmt, column);
}

char *
kn_db_column_dup (KnDbStmt *stmt,
                  int       column)
{
  return g_strdup (stmt->db->driver->column_text (stmt, column));
}

gint64
kn_db_column_int64 (KnDbStmt *stmt,
                    int       column)
{
  return stmt->db->driver->column_int64 (stmt, column);
}

int
kn_db_column_int (KnDbStmt *stmt,
                  int       column)
{
  return (int)CLAMP (stmt->db->driver->column_int64 (stmt, column), G_MININT, G_MAXINT);
}

double
kn_db_column_double (KnDbStmt *stmt,
                     int       column)
{
  return stmt->db->driver->column_double (stmt, column);
}

gboolean
kn_db_column_is_null (KnDbStmt *stmt,
                      int       column)
{
  return stmt->db->driver->column_is_null (stmt, column);
}

int
kn_db_column_count (KnDbStmt *stmt)
{
  return stmt->db->driver->column_count (stmt);
}

const char *
kn_db_column_name (KnDbStmt *stmt,
                   int       column)
{
  return stmt->db->driver->column_name (stmt, column);
}

gint64
kn_db_changes (KnDb *db)
{
  return db->driver->changes (db);
}

gint64
kn_db_last_insert_id (KnDb *db)
{
  return db->driver->last_insert_id (db);
}

gboolean
kn_db_begin (KnDb             *db,
             KnDbTransaction   kind,
             GError          **error)
{
  return db->driver->begin (db, kind, error);
}

gboolean
kn_db_commit (KnDb    *db,
              GError **error)
{
  return db->driver->commit (db, error);
}

void
kn_db_rollback (KnDb *db)
{
  db->driver->rollback (db);
}

gboolean
kn_db_savepoint (KnDb        *db,
                 const char  *name,
                 GError     **error)
{
  return db->driver->savepoint (db, name, error);
}

gboolean
kn_db_release (KnDb        *db,
               const char  *name,
               GError     **error)
{
  return db->driver->release (db, name, error);
}

void
kn_db_rollback_to (KnDb       *db,
                   const char *name)
{
  db->driver->rollback_to (db, name);
}

gboolean
kn_db_in_transaction (KnDb *db)
{
  return db->driver->in_transaction (db);
}

gboolean
kn_db_get_stamp (KnDb    *db,
                 int     *version,
                 int     *application_id,
                 int     *n_tables,
                 GError **error)
{
  return db->driver->get_stamp (db, version, application_id, n_tables, error);
}

gboolean
kn_db_set_stamp (KnDb    *db,
                 int      version,
                 int      application_id,
                 GError **error)
{
  return db->driver->set_stamp (db, version, application_id, error);
}

gint64
kn_db_data_version (KnDb *db)
{
  return db->driver->data_version (db);
}

gboolean
kn_db_check (KnDb      *db,
             gboolean   full,
             GError   **error)
{
  return db->driver->check (db, full, error);
}

gboolean
kn_db_copy_to (KnDb        *db,
               const char  *path,
               GError     **error)
{
  return db->driver->copy_to (db, path, error);
}

void
kn_db_set_busy_timeout (KnDb *db,
                        int   milliseconds)
{
  db->driver->set_busy_timeout (db, milliseconds);
}

void
kn_db_set_pace (KnDb  *db,
                guint  pause_us)
{
  db->pace_us = pause_us;
}

gboolean
kn_db_backup_to (KnDb        *db,
                 const char  *path,
                 GError     **error)
{
  /* A server keeps its own backups (pg_dump) and its own locks. */
  if (db->driver->backup_to == NULL)
    {
      g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_FAILED,
                           _("A server's database is backed up and restored on the server (pg_dump), not by Kinerja."));
      return FALSE;
    }
  return db->driver->backup_to (db, path, error);
}

gboolean
kn_db_restore_from (KnDb        *db,
                    const char  *path,
                    GError     **error)
{
  /* A server keeps its own backups (pg_dump) and its own locks. */
  if (db->driver->restore_from == NULL)
    {
      g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_FAILED,
                           _("A server's database is backed up and restored on the server (pg_dump), not by Kinerja."));
      return FALSE;
    }
  return db->driver->restore_from (db, path, error);
}

gboolean
kn_db_claim (KnDb    *db,
             GError **error)
{
  /* A server keeps its own backups (pg_dump) and its own locks. */
  if (db->driver->claim == NULL)
    {
      g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_FAILED,
                           _("A server's database is backed up and restored on the server (pg_dump), not by Kinerja."));
      return FALSE;
    }
  return db->driver->claim (db, error);
}

void
kn_db_step_aside (KnDb *db)
{
  if (db->driver->step_aside != NULL)
    db->driver->step_aside (db);
}

char *
kn_db_hash_password (KnDb        *db,
                     const char  *user,
                     const char  *password,
                     GError     **error)
{
  if (db->driver->hash_password == NULL)
    {
      g_set_error_literal (error, KN_DB_ERROR, KN_DB_ERROR_FAILED,
                           "this engine has no logins");
      return NULL;
    }
  return db->driver->hash_password (db, user, password, error);
}

int
kn_db_watch_fd (KnDb *db)
{
  if (db->driver->watch_fd == NULL)
    return -1;
  return db->driver->watch_fd (db);
}

KnDbProbe *
kn_db_probe_start (KnDb *db,
                   int  *fd)
{
  *fd = -1;
  if (db->driver->probe_start == NULL)
    return NULL;
  return db->driver->probe_start (db, fd);
}

KnDbProbeState
kn_db_probe_poll (KnDbProbe *probe,
                  int       *fd)
{
  return probe->driver->probe_poll (probe, fd);
}

void
kn_db_probe_free (KnDbProbe *probe)
{
  if (probe != NULL)
    probe->driver->probe_free (probe);
}

gint64
kn_db_arrived_version (KnDb     *db,
                       gboolean  read)
{
  if (db->driver->arrived_version == NULL)
    return db->driver->data_version (db);
  return db->driver->arrived_version (db, read);
}
