/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store: the only place that speaks SQL; it keeps live models in step with the file. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "kinerja/kn-nip.h"
#include "kinerja/kn-rank.h"
#include "kinerja/kn-store.h"

#include "kn-schema-resources.h"
#include "kn-store-private.h"

/* "KNRJ": marks a file as ours, so that another program's SQLite file is never migrated. */
#define KN_APPLICATION_ID 0x4B4E524A


G_DEFINE_FINAL_TYPE (KnStore, kn_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (kn-store-error-quark, kn_store_error)

/* The step from schema @version - 1 to @version, from the schema resources. */
static char *
load_migration (int       version,
                GError  **error)
{
  g_autofree char *path = g_strdup_printf ("/id/go/lampungprov/Kinerja/schema/sqlite/%d.sql",
                                           version);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (kn_schema_get_resource (), path,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

void
kn_store_set_sqlite_error (KnStore  *self,
                           GError  **error)
{
  int code = sqlite3_extended_errcode (self->db);

  if (code == SQLITE_FULL)
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                 _("The disk is full, so the change could not be saved. Free some space and try again."));
  else if (code == SQLITE_READONLY || (code & 0xff) == SQLITE_READONLY)
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                 _("The database file is read-only, so the change could not be saved."));
  else if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                 _("The database is in use by another program. Close that program and try again."));
  else
    g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                 _("The database reported an error: %s"), sqlite3_errmsg (self->db));
}

gboolean
kn_store_exec (KnStore     *self,
               const char  *sql,
               GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      kn_store_set_sqlite_error (self, error);
      return FALSE;
    }
  return TRUE;
}

/* A cached, reset statement for @sql, valid until the store is finalised. */
sqlite3_stmt *
kn_store_stmt (KnStore     *self,
               const char  *sql,
               GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      kn_store_set_sqlite_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer)sql, stmt);
  return stmt;
}

void
kn_store_bind_text (sqlite3_stmt *stmt,
                    int           index,
                    const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
kn_store_bind_id (sqlite3_stmt *stmt,
                  int           index,
                  gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

gboolean
kn_store_step (KnStore       *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      kn_store_set_sqlite_error (self, error);
      return FALSE;
    }
  return TRUE;
}

/* Savepoints nest inside kn_store_begin's transaction and stand alone outside it. */
gboolean
kn_store_savepoint_begin (KnStore  *self,
                          GError  **error)
{
  return kn_store_exec (self, "SAVEPOINT kn_op", error);
}

gboolean
kn_store_savepoint_release (KnStore  *self,
                            GError  **error)
{
  if (!kn_store_exec (self, "RELEASE kn_op", error))
    {
      sqlite3_exec (self->db, "ROLLBACK TO kn_op; RELEASE kn_op", NULL, NULL, NULL);
      return FALSE;
    }
  return TRUE;
}

void
kn_store_savepoint_rollback (KnStore *self)
{
  sqlite3_exec (self->db, "ROLLBACK TO kn_op; RELEASE kn_op", NULL, NULL, NULL);
}

char *
kn_store_number_to_string (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

char *
kn_store_strip_or_null (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  if (copy[0] == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

char *
kn_store_id_to_string (gint64 id)
{
  return id == 0 ? NULL : g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

gint64 *
kn_store_id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static gboolean
load_all (KnStore  *self,
          GError  **error)
{
  g_autoptr(GPtrArray) employees = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_hash_table_remove_all (self->employees_by_nip);
  g_hash_table_remove_all (self->employees_by_id);
  g_hash_table_remove_all (self->units_by_id);
  g_clear_pointer (&self->pending_employees, g_ptr_array_unref);

  stmt = kn_store_stmt (self, "SELECT id, name, parent_id FROM org_unit", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KnOrgUnit *unit = kn_org_unit_new ((const char *)sqlite3_column_text (stmt, 1),
                                         sqlite3_column_int64 (stmt, 2));

      kn_org_unit_set_id (unit, sqlite3_column_int64 (stmt, 0));
      g_hash_table_insert (self->units_by_id, kn_store_id_key (kn_org_unit_get_id (unit)), unit);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kn_store_set_sqlite_error (self, error);
      return FALSE;
    }

  stmt = kn_store_stmt (self,
                        "SELECT id, nip, name, status, rank, position, position_kind, unit_id,"
                        " supervisor_id FROM employee ORDER BY id",
                        error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KnEmployee *employee = kn_store_employee_from_row (stmt);

      kn_store_index_employee (self, employee);
      g_ptr_array_add (employees, employee);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      kn_store_set_sqlite_error (self, error);
      return FALSE;
    }

  for (guint i = 0; i < employees->len; i++)
    kn_store_fill_display_names (self, g_ptr_array_index (employees, i));

  kn_store_rebuild_unit_order (self);
  g_list_store_splice (self->employees, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->employees)),
                       employees->pdata, employees->len);
  return TRUE;
}

/* Opening and migrating */

static gboolean
query_int (KnStore     *self,
           const char  *sql,
           int         *value,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      kn_store_set_sqlite_error (self, error);
      return FALSE;
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      kn_store_set_sqlite_error (self, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_migrations (KnStore  *self,
                  int       from,
                  int       to,
                  GError  **error)
{
  g_autofree char *pragmas = NULL;

  if (!kn_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (int v = from; v < to; v++)
    {
      g_autofree char *sql = load_migration (v + 1, error);

      if (sql == NULL || !kn_store_exec (self, sql, error))
        {
          g_prefix_error (error, _("Updating the database to version %d failed: "), v + 1);
          kn_store_exec (self, "ROLLBACK", NULL);
          return FALSE;
        }
    }

  pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                             KN_APPLICATION_ID, to);
  if (!kn_store_exec (self, pragmas, error) || !kn_store_exec (self, "COMMIT", error))
    {
      kn_store_exec (self, "ROLLBACK", NULL);
      return FALSE;
    }

  return TRUE;
}

static char *
backup_path_for (const char *path,
                 int         version)
{
  char *candidate = g_strdup_printf ("%s.bak-v%d", path, version);

  for (guint n = 2; g_file_test (candidate, G_FILE_TEST_EXISTS); n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s.bak-v%d-%u", path, version, n);
    }

  return candidate;
}

static gboolean
take_backup (KnStore  *self,
             int       version,
             GError  **error)
{
  g_autofree char *backup = backup_path_for (self->path, version);
  g_autofree char *sql = NULL;
  char *quoted;

  quoted = sqlite3_mprintf ("VACUUM INTO %Q", backup);
  sql = g_strdup (quoted);
  sqlite3_free (quoted);

  if (!kn_store_exec (self, sql, error))
    {
      g_prefix_error (error, _("No backup could be made before updating the database, so it was not updated: "));
      return FALSE;
    }

  g_chmod (backup, 0600);
  return TRUE;
}

static gboolean
create_file_private (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("The folder “%s” could not be created: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    {
      int saved = errno;

      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("The database “%s” could not be created: %s"), path, g_strerror (saved));
      return FALSE;
    }
  if (fd >= 0)
    close (fd);

  return TRUE;
}

static gboolean
open_connection (KnStore     *self,
                 const char  *path,
                 GError     **error)
{
  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !create_file_private (path, error))
    return FALSE;

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("The database “%s” could not be opened: %s"),
                   path, self->db != NULL ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);
  return TRUE;
}

static gboolean
check_and_migrate (KnStore  *self,
                   GError  **error)
{
  int version = 0;
  int app_id = 0;
  int n_tables = 0;

  if (!query_int (self, "PRAGMA user_version", &version, NULL) ||
      !query_int (self, "PRAGMA application_id", &app_id, NULL) ||
      !query_int (self, "SELECT count(*) FROM sqlite_master", &n_tables, NULL))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("“%s” is not a Kinerja database, or it is damaged."), self->path);
      return FALSE;
    }

  /* Every file Kinerja writes carries its application id: a file with tables but without it
   * belongs to another program and must not be touched. */
  if ((app_id != 0 && app_id != KN_APPLICATION_ID) || (app_id == 0 && n_tables > 0))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("“%s” is not a Kinerja database; it was left untouched."), self->path);
      return FALSE;
    }

  if (version > KN_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_VERSION,
                   _("“%s” was saved by a newer version of Kinerja. Update Kinerja to open it."),
                   self->path);
      return FALSE;
    }

  if (!kn_store_exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                      " PRAGMA foreign_keys = ON", error))
    return FALSE;

  if (version < KN_STORE_SCHEMA_VERSION)
    {
      if (version > 0 && !take_backup (self, version, error))
        return FALSE;
      if (!apply_migrations (self, version, KN_STORE_SCHEMA_VERSION, error))
        return FALSE;
    }

  self->schema_version = KN_STORE_SCHEMA_VERSION;
  return TRUE;
}

/* GObject */

static void
finalize_stmt (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
kn_store_finalize (GObject *object)
{
  KnStore *self = (KnStore *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_close (self->db);
      self->db = NULL;
    }

  g_clear_pointer (&self->pending_employees, g_ptr_array_unref);
  g_clear_pointer (&self->employees_by_nip, g_hash_table_unref);
  g_clear_pointer (&self->employees_by_id, g_hash_table_unref);
  g_clear_pointer (&self->units_by_id, g_hash_table_unref);
  g_clear_object (&self->employees);
  g_clear_object (&self->units);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (kn_store_parent_class)->finalize (object);
}

static void
kn_store_class_init (KnStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kn_store_finalize;
}

static void
kn_store_init (KnStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            finalize_stmt);
  self->units = g_list_store_new (KN_TYPE_ORG_UNIT);
  self->units_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->employees = g_list_store_new (KN_TYPE_EMPLOYEE);
  self->employees_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                 g_object_unref);
  self->employees_by_nip = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Public API */

KnStore *
kn_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(KnStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (KN_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_connection (self, path, error) ||
      !check_and_migrate (self, error) ||
      !load_all (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

char *
kn_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "kinerja", "kinerja.db", NULL);
}

const char *
kn_store_get_path (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  return self->path;
}

int
kn_store_get_schema_version (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), 0);
  return self->schema_version;
}

gboolean
kn_store_create_at_version (const char  *path,
                            int          version,
                            GError     **error)
{
  g_autoptr(KnStore) self = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (version > 0 && version <= KN_STORE_SCHEMA_VERSION, FALSE);

  self = g_object_new (KN_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!open_connection (self, path, error))
    return FALSE;

  return apply_migrations (self, 0, version, error);
}

gboolean
kn_store_begin (KnStore  *self,
                GError  **error)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->bulk == 0, FALSE);

  if (!kn_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->bulk = 1;
  return TRUE;
}

gboolean
kn_store_commit (KnStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->bulk > 0, FALSE);

  if (!kn_store_exec (self, "COMMIT", error))
    {
      kn_store_rollback (self);
      return FALSE;
    }

  self->bulk = 0;
  if (self->units_dirty)
    kn_store_rebuild_unit_order (self);
  if (self->pending_employees != NULL)
    {
      g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending_employees);

      g_list_store_splice (self->employees,
                           g_list_model_get_n_items (G_LIST_MODEL (self->employees)), 0,
                           pending->pdata, pending->len);
    }

  return TRUE;
}

void
kn_store_rollback (KnStore *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KN_IS_STORE (self));

  /* A failed commit has already rolled back. */
  if (self->bulk == 0)
    return;

  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->bulk = 0;
  self->units_dirty = FALSE;

  /* The live objects may hold changes that were just undone: read everything back. */
  if (!load_all (self, &error))
    g_warning ("Reloading after a rollback failed: %s", error->message);
}
