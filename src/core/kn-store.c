/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store: opening, migrating and transactions over the engine driver (kn-db.h); the only
 * place that speaks SQL, it keeps live models in step with the database. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-store.h"
#include "kinerja/kn-worker.h"

#include "kn-schema-resources.h"
#include "kn-store-private.h"


enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_N_BACKGROUND,
  PROP_RESTORING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KnStore, kn_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (kn-store-error-quark, kn_store_error)

/* The step from schema @version - 1 to @version for the store's engine, from the resources. */
static char *
load_migration (KnStore  *self,
                int       version,
                GError  **error)
{
  g_autofree char *path = g_strdup_printf ("/id/go/lampungprov/Kinerja/schema/%s/%d.sql",
                                           kn_db_get_engine (self->db), version);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (kn_schema_get_resource (), path,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

void
kn_store_propagate_db_error (KnStore  *self,
                             GError   *db_error,
                             GError  **error)
{
  const char *reason;

  g_assert (db_error != NULL);

  if (db_error->domain != KN_DB_ERROR)
    {
      g_propagate_error (error, db_error);
      return;
    }

  reason = db_error->message;
  switch ((KnDbError)db_error->code)
    {
    case KN_DB_ERROR_BUSY:
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_BUSY,
                           _("The database is busy: another program is writing to it. Try again in a moment."));
      break;
    case KN_DB_ERROR_FULL:
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_DISK_FULL,
                           _("The disk is full, so the change could not be saved. Free some space and try again."));
      break;
    case KN_DB_ERROR_READ_ONLY:
      if (self->mode == KN_STORE_OPEN_READ_ONLY)
        g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_READ_ONLY,
                             _("The database is open read-only, so the change could not be saved."));
      else
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_READ_ONLY,
                     _("The database file is read-only, so the change could not be saved (%s)."),
                     reason);
      break;
    case KN_DB_ERROR_CORRUPT:
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_DAMAGED,
                   _("The database “%s” is damaged (%s). Make no more changes in it and restore the last good backup."),
                   self->path, reason);
      break;
    case KN_DB_ERROR_NOT_A_DATABASE:
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_KINERJA,
                   _("“%s” is not a Kinerja database (%s); it was left untouched."),
                   self->path, reason);
      break;
    case KN_DB_ERROR_NOT_FOUND:
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NO_DATABASE,
                   _("There is no database at “%s” (%s). Check the name and the folder."),
                   self->path, reason);
      break;
    case KN_DB_ERROR_PERMISSION:
      /* On a server, once connected: the login's role or the row-level security said no. */
      if (self->db != NULL && kn_db_is_server_uri (self->path))
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_PERMISSION,
                     _("Your login on the server may not make this change (%s); nothing was saved. If your work needs it, ask the server's administrator for that role."),
                     reason);
      else if (self->mode == KN_STORE_OPEN_READ_ONLY)
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_PERMISSION,
                     _("You may not read “%s” (%s). Ask whoever manages this computer for access."),
                     self->path, reason);
      else
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_PERMISSION,
                     _("You may not change “%s” or its folder (%s). Ask for write access, or open it read-only."),
                     self->path, reason);
      break;
    case KN_DB_ERROR_CANNOT_OPEN:
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("“%s” cannot be opened as a database: %s."), self->path, reason);
      break;
    case KN_DB_ERROR_IO:
      if (kn_db_is_server_uri (self->path))
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                       _("The connection to the database server was lost (%s), so this was not saved. Check the network and try again: Kinerja connects again by itself."),
                       reason);
          break;
        }
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("The database “%s” could not be read or written (%s). Check the disk, then try again."),
                   self->path, reason);
      break;
    case KN_DB_ERROR_UNIQUE:
    case KN_DB_ERROR_FOREIGN_KEY:
    case KN_DB_ERROR_CHECK:
    case KN_DB_ERROR_FAILED:
    default:
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("The database reported an error: %s"), reason);
      break;
    }

  g_error_free (db_error);
}

gboolean
kn_store_error_is_unusable (const GError *error)
{
  if (error == NULL || error->domain != KN_STORE_ERROR)
    return FALSE;

  switch ((KnStoreError)error->code)
    {
    case KN_STORE_ERROR_BUSY:
    case KN_STORE_ERROR_NO_DATABASE:
    case KN_STORE_ERROR_PERMISSION:
    case KN_STORE_ERROR_NOT_KINERJA:
    case KN_STORE_ERROR_DAMAGED:
    case KN_STORE_ERROR_DISK_FULL:
    case KN_STORE_ERROR_READ_ONLY:
      return TRUE;
    case KN_STORE_ERROR_FAILED:
    case KN_STORE_ERROR_VERSION:
    case KN_STORE_ERROR_NOT_FOUND:
    case KN_STORE_ERROR_INVALID:
    case KN_STORE_ERROR_DUPLICATE:
    case KN_STORE_ERROR_CYCLE:
    case KN_STORE_ERROR_IN_USE:
    case KN_STORE_ERROR_LOCKED:
    case KN_STORE_ERROR_EXISTS:
    default:
      return FALSE;
    }
}

gboolean
kn_store_error_is_about_database (const GError *error)
{
  /* A statement that failed is the database's fault too, though the database is still there. */
  return kn_store_error_is_unusable (error)
         || g_error_matches (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED);
}

gboolean
kn_store_exec (KnStore     *self,
               const char  *sql,
               GError     **error)
{
  GError *local_error = NULL;

  if (!kn_db_exec (self->db, sql, &local_error))
    {
      kn_store_propagate_db_error (self, local_error, error);
      return FALSE;
    }
  return TRUE;
}

/* A cached, reset statement for @sql, valid until the store is finalised. */
KnDbStmt *
kn_store_stmt (KnStore     *self,
               const char  *sql,
               GError     **error)
{
  GError *local_error = NULL;
  KnDbStmt *stmt = kn_db_stmt (self->db, sql, &local_error);

  if (stmt == NULL)
    kn_store_propagate_db_error (self, local_error, error);
  return stmt;
}

void
kn_store_bind_text (KnDbStmt   *stmt,
                    int         index,
                    const char *text)
{
  kn_db_bind_text (stmt, index, text);
}

void
kn_store_bind_id (KnDbStmt *stmt,
                  int       index,
                  gint64    id)
{
  if (id == 0)
    kn_db_bind_null (stmt, index);
  else
    kn_db_bind_int64 (stmt, index, id);
}

KnDbStep
kn_store_next (KnStore   *self,
               KnDbStmt  *stmt,
               GError   **error)
{
  GError *local_error = NULL;
  KnDbStep step = kn_db_step (stmt, &local_error);

  if (step == KN_DB_FAILED)
    kn_store_propagate_db_error (self, local_error, error);
  return step;
}

gboolean
kn_store_step (KnStore   *self,
               KnDbStmt  *stmt,
               GError   **error)
{
  KnDbStep step = kn_store_next (self, stmt, error);

  kn_db_reset (stmt);
  return step != KN_DB_FAILED;
}

/* A restore under way replaces the file: nothing is written meanwhile. */
static gboolean
check_not_restoring (KnStore  *self,
                     GError  **error)
{
  if (!self->restoring)
    return TRUE;
  g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_BUSY,
                       _("A backup is being restored into the database. Try again when it is done."));
  return FALSE;
}

gboolean
kn_store_savepoint_begin (KnStore  *self,
                          GError  **error)
{
  GError *local_error = NULL;
  gboolean ok;

  if (!check_not_restoring (self, error))
    return FALSE;
  /* The outermost level takes the write lock at once, so it waits its turn (the busy timeout)
   * instead of failing when it first writes after reading. */
  if (self->depth == 0)
    ok = kn_db_begin (self->db, KN_DB_WRITE, &local_error);
  else
    ok = kn_db_savepoint (self->db, "kn_op", &local_error);

  if (!ok)
    {
      kn_store_propagate_db_error (self, local_error, error);
      return FALSE;
    }

  if (self->depth == 0)
    kn_store_changes_begin (self);
  else
    kn_store_changes_savepoint (self);
  kn_store_audit_savepoint (self);
  self->depth++;
  return TRUE;
}

gboolean
kn_store_savepoint_release (KnStore  *self,
                            GError  **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (self->depth > 0, FALSE);

  /* The level's audit rows, one per object and operation, are written before it ends. */
  if (!kn_store_audit_release (self, error))
    {
      kn_store_savepoint_rollback (self);
      return FALSE;
    }

  if (self->depth == 1)
    {
      self->depth = 0;
      if (!kn_db_commit (self->db, &local_error))
        {
          kn_db_rollback (self->db);
          kn_store_changes_rolled_back (self);
          kn_store_propagate_db_error (self, local_error, error);
          return FALSE;
        }
      kn_store_changes_committed (self);
      return TRUE;
    }

  self->depth--;
  if (!kn_db_release (self->db, "kn_op", &local_error))
    {
      kn_db_rollback_to (self->db, "kn_op");
      kn_store_changes_rollback_to (self);
      kn_store_propagate_db_error (self, local_error, error);
      return FALSE;
    }
  kn_store_changes_release (self);
  return TRUE;
}

void
kn_store_savepoint_rollback (KnStore *self)
{
  g_return_if_fail (self->depth > 0);

  kn_store_audit_rollback_to (self);
  if (self->depth == 1)
    {
      kn_db_rollback (self->db);
      kn_store_changes_rolled_back (self);
    }
  else
    {
      kn_db_rollback_to (self->db, "kn_op");
      kn_store_changes_rollback_to (self);
    }
  self->depth--;
}

gboolean
kn_store_savepoint_end (KnStore  *self,
                        gboolean  ok,
                        GError  **error)
{
  if (!ok)
    {
      kn_store_savepoint_rollback (self);
      return FALSE;
    }
  return kn_store_savepoint_release (self, error);
}

void
kn_store_forget_reads (KnStore *self)
{
  if (self->people_at != NULL)
    g_hash_table_remove_all (self->people_at);
}

static char *
person_key (gint64      id,
            const char *day)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT " %s", id, day);
}

GPtrArray *
kn_store_recall_person (KnStore    *self,
                        gint64      id,
                        const char *day)
{
  g_autofree char *key = NULL;

  if (self->depth == 0 || self->people_at == NULL)
    return NULL;
  key = person_key (id, day);
  return g_hash_table_lookup (self->people_at, key);
}

void
kn_store_remember_person (KnStore    *self,
                          gint64      id,
                          const char *day,
                          char      **values,
                          guint       n_values)
{
  GPtrArray *copy;

  if (self->depth == 0)
    return;
  if (self->people_at == NULL)
    self->people_at = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);
  copy = g_ptr_array_new_full (n_values, g_free);
  for (guint i = 0; i < n_values; i++)
    g_ptr_array_add (copy, g_strdup (values[i]));
  g_hash_table_insert (self->people_at, person_key (id, day), copy);
}

gboolean
kn_store_write_begin (KnStore   *self,
                      gboolean  *own,
                      GError   **error)
{
  *own = self->depth == 0;
  if (*own)
    return kn_store_savepoint_begin (self, error);
  return kn_store_audit_flush (self, error);
}

gboolean
kn_store_write_end (KnStore   *self,
                    gboolean   own,
                    gboolean   ok,
                    GError   **error)
{
  if (own)
    return kn_store_savepoint_end (self, ok, error);
  return ok;
}

char *
kn_store_number_to_string (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* A whole number below 10^15 is what "%.15g" writes of it, its digits: spelled without the
   * locale-safe printf, which was most of what auditing a realisation cost. */
  if (value >= 0 && value < 1e15 && value == (double)(gint64) value && !signbit (value))
    {
      gint64 whole = (gint64) value;
      char *end = buffer + sizeof buffer - 1;

      *end = '\0';
      do
        *--end = (char)('0' + whole % 10);
      while ((whole /= 10) > 0);
      return g_strdup (end);
    }
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

/* Every employee into the model and the tables; those already looked up keep their object. */
static gboolean
load_employees (KnStore  *self,
                GError  **error)
{
  g_autoptr(GPtrArray) employees = kn_store_read_employees (self, error);

  if (employees == NULL)
    return FALSE;
  kn_store_take_employees (self, self->employees_mark, employees);
  return TRUE;
}

void
kn_store_ensure_employees (KnStore *self)
{
  g_autoptr(GError) error = NULL;

  if (self->employees_loaded)
    return;
  if (self->employees_read != NULL)
    {
      kn_store_take_employees (self, self->employees_mark, self->employees_read);
      return;
    }
  if (!load_employees (self, &error))
    g_warning ("Reading the employees failed: %s", error->message);
}

/* The units, and the employees when they had been read (otherwise they are read when first
 * needed: kn_store_ensure_employees). */
static gboolean
load_all (KnStore  *self,
          GError  **error)
{
  gboolean employees = self->employees_loaded;
  g_autoptr(GPtrArray) read = NULL;
  KnDbStmt *stmt;
  int rc;

  g_hash_table_remove_all (self->employees_by_nip);
  g_hash_table_remove_all (self->employees_by_id);
  g_hash_table_remove_all (self->units_by_id);
  g_clear_pointer (&self->pending_employees, g_ptr_array_unref);
  self->employees_loaded = FALSE;
  self->employees_mark++;

  stmt = kn_store_stmt (self, "SELECT id, name, parent_id FROM org_unit", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = kn_store_next (self, stmt, error)) == KN_DB_ROW)
    {
      KnOrgUnit *unit = kn_org_unit_new (kn_db_column_text (stmt, 1),
                                         kn_db_column_int64 (stmt, 2));

      kn_org_unit_set_id (unit, kn_db_column_int64 (stmt, 0));
      g_hash_table_insert (self->units_by_id, kn_store_id_key (kn_org_unit_get_id (unit)), unit);
    }
  kn_db_reset (stmt);
  if (rc != KN_DB_DONE)
    return FALSE;

  /* The employees are read before the units' list says it changed: whoever it tells may ask
   * for them (kn_store_ensure_employees), and takes these instead of reading them all once more
   * (a province's 19,000 twice). The units are told first, as before, so that nobody sees the
   * new employees beside the old units. */
  if (employees)
    read = kn_store_read_employees (self, error);
  self->employees_read = read;
  kn_store_rebuild_unit_order (self);
  self->employees_read = NULL;
  if (employees && read == NULL)
    return FALSE;
  if (read != NULL)
    kn_store_take_employees (self, self->employees_mark, read);
  return TRUE;
}

/* Opening and migrating */

static gboolean
apply_migrations (KnStore  *self,
                  int       from,
                  int       to,
                  GError  **error)
{
  GError *local_error = NULL;

  if (!kn_db_begin (self->db, KN_DB_WRITE, &local_error))
    {
      kn_store_propagate_db_error (self, local_error, error);
      return FALSE;
    }

  for (int v = from; v < to; v++)
    {
      g_autofree char *sql = load_migration (self, v + 1, error);

      if (sql == NULL || !kn_store_exec (self, sql, error))
        {
          g_prefix_error (error, _("Updating the database to version %d failed: "), v + 1);
          kn_db_rollback (self->db);
          return FALSE;
        }
    }

  if (!kn_db_set_stamp (self->db, to, KN_APPLICATION_ID, &local_error) ||
      !kn_db_commit (self->db, &local_error))
    {
      kn_db_rollback (self->db);
      kn_store_propagate_db_error (self, local_error, error);
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
  GError *local_error = NULL;

  if (!kn_db_copy_to (self->db, backup, &local_error))
    {
      kn_store_propagate_db_error (self, local_error, error);
      g_prefix_error (error, _("No backup could be made before updating the database, so it was not updated: "));
      return FALSE;
    }

  return TRUE;
}

static gboolean
open_connection (KnStore  *self,
                 GError  **error)
{
  GError *local_error = NULL;

  self->db = kn_db_open (self->path, (KnDbOpenMode)self->mode, &local_error);
  if (self->db == NULL)
    {
      kn_store_propagate_db_error (self, local_error, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_and_migrate (KnStore  *self,
                   GError  **error)
{
  GError *local_error = NULL;
  int version = 0;
  int app_id = 0;
  int n_tables = 0;
  gboolean is_empty;

  if (!kn_db_get_stamp (self->db, &version, &app_id, &n_tables, &local_error))
    {
      kn_store_propagate_db_error (self, local_error, error);
      return FALSE;
    }

  /* Every file Kinerja writes carries its application id: any other file, even an empty one
   * with a schema version, belongs to another program and must not be touched. */
  is_empty = app_id == 0 && version == 0 && n_tables == 0;
  if (!is_empty && app_id != KN_APPLICATION_ID)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_KINERJA,
                   _("“%s” is not a Kinerja database; it was left untouched."), self->path);
      return FALSE;
    }

  /* An empty file becomes a database only when the caller asked for one to be created. */
  if (is_empty && self->mode != KN_STORE_OPEN_CREATE)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_KINERJA,
                   _("“%s” is empty: it is not a Kinerja database yet, and it was left untouched."),
                   self->path);
      return FALSE;
    }

  if (version > KN_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_VERSION,
                   _("“%s” was saved by a newer version of Kinerja. Update Kinerja to open it."),
                   self->path);
      return FALSE;
    }

  if (self->mode == KN_STORE_OPEN_READ_ONLY)
    {
      if (version < KN_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_VERSION,
                       _("“%s” was saved by an older version of Kinerja and must be updated before it can be read. Open it once in Kinerja to update it."),
                       self->path);
          return FALSE;
        }
      self->schema_version = version;
      return TRUE;
    }

  if (!kn_db_configure (self->db, &local_error))
    {
      kn_store_propagate_db_error (self, local_error, error);
      return FALSE;
    }

  if (version < KN_STORE_SCHEMA_VERSION)
    {
      /* A server's database is backed up on the server (pg_dump), and its update is one
       * transaction: it is all done or not at all. */
      if (version > 0 && !kn_db_is_server_uri (self->path) && !take_backup (self, version, error))
        return FALSE;
      if (!apply_migrations (self, version, KN_STORE_SCHEMA_VERSION, error))
        return FALSE;
    }

  self->schema_version = KN_STORE_SCHEMA_VERSION;
  return TRUE;
}

/* GObject */

static void
kn_store_finalize (GObject *object)
{
  KnStore *self = (KnStore *)object;

  kn_store_changes_finalize (self);
  kn_store_audit_finalize (self);
  g_clear_pointer (&self->people_at, g_hash_table_unref);
  g_clear_pointer (&self->period_text, g_free);
  g_clear_pointer (&self->period_name, g_free);
  g_clear_pointer (&self->db, kn_db_close);

  g_clear_pointer (&self->pending_employees, g_ptr_array_unref);
  g_clear_pointer (&self->employees_by_nip, g_hash_table_unref);
  g_clear_pointer (&self->employees_by_id, g_hash_table_unref);
  g_clear_pointer (&self->units_by_id, g_hash_table_unref);
  g_clear_object (&self->employees);
  g_clear_object (&self->units);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->who, g_free);

  G_OBJECT_CLASS (kn_store_parent_class)->finalize (object);
}

static void
kn_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KnStore *self = KN_STORE (object);

  switch (prop_id)
    {
    case PROP_N_BACKGROUND:
      g_value_set_uint (value, kn_store_get_n_background (self));
      break;

    case PROP_RESTORING:
      g_value_set_boolean (value, kn_store_is_restoring (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_store_class_init (KnStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kn_store_finalize;
  object_class->get_property = kn_store_get_property;

  /* Told on the store's main context each time it changes, whichever thread let go. */
  properties[PROP_N_BACKGROUND] =
    g_param_spec_uint ("n-background", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* TRUE while kn_store_restore_here_async is under way; told when it ends once the store has
   * the restored file open again. */
  properties[PROP_RESTORING] =
    g_param_spec_boolean ("restoring", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Once per commit that changed something, or when another program's commits were noticed;
   * see kn-store.h. */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1,
                                   KN_TYPE_STORE_CHANGES | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
kn_store_init (KnStore *self)
{
  self->units = g_list_store_new (KN_TYPE_ORG_UNIT);
  self->units_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->employees = g_list_store_new (KN_TYPE_EMPLOYEE);
  self->employees_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                 g_object_unref);
  self->employees_by_nip = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  kn_store_changes_init (self);
}

/* Public API */

KnStore *
kn_store_open_with_mode (const char       *path,
                         KnStoreOpenMode   mode,
                         GError          **error)
{
  g_autoptr(KnStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (mode <= KN_STORE_OPEN_READ_ONLY, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (KN_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->mode = mode;

  if (!open_connection (self, error) ||
      !check_and_migrate (self, error) ||
      !load_all (self, error))
    return NULL;

  self->data_version = kn_db_data_version (self->db);
  return g_steal_pointer (&self);
}

gboolean
kn_store_reopen (KnStore  *self,
                 GError  **error)
{
  GError *local_error = NULL;

  g_clear_pointer (&self->db, kn_db_close);
  if (open_connection (self, error) && check_and_migrate (self, error))
    {
      /* Whatever the file holds now is news to every model: read it again and say so. */
      self->data_version = G_MININT64;
      kn_store_check_for_changes (self);
      return TRUE;
    }

  /* Never without a connection: the file as it is, so that the window can still close. */
  if (self->db == NULL)
    self->db = kn_db_open (self->path, (KnDbOpenMode)self->mode, &local_error);
  if (self->db == NULL)
    {
      g_clear_error (&local_error);
      self->db = kn_db_open (self->path, KN_DB_OPEN_READ_ONLY, &local_error);
    }
  g_clear_error (&local_error);
  return FALSE;
}

KnStore *
kn_store_open (const char  *path,
               GError     **error)
{
  return kn_store_open_with_mode (path, KN_STORE_OPEN_CREATE, error);
}

gboolean
kn_store_is_read_only (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), TRUE);
  return self->mode == KN_STORE_OPEN_READ_ONLY;
}

gboolean
kn_store_check_integrity (KnStore         *self,
                          KnStoreCheck     check,
                          GError         **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  if (!kn_db_check (self->db, check == KN_STORE_CHECK_FULL, &local_error))
    {
      kn_store_propagate_db_error (self, local_error, error);
      return FALSE;
    }
  return TRUE;
}

void
kn_store_emit_changed (KnStore        *self,
                       KnStoreChanges *changes)
{
  g_signal_emit (self, signals[CHANGED], 0, changes);
}

gboolean
kn_store_reload (KnStore  *self,
                 GError  **error)
{
  return load_all (self, error);
}

void
kn_store_set_busy_timeout (KnStore *self,
                           int      milliseconds)
{
  g_return_if_fail (KN_IS_STORE (self));
  kn_db_set_busy_timeout (self->db, milliseconds);
}

static void
check_integrity_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  KnStore *self = source_object;
  gboolean full = GPOINTER_TO_UINT (task_data) == KN_STORE_CHECK_FULL;
  GError *local_error = NULL;
  GError *error = NULL;
  KnDb *db;

  /* Only the path and the mode of the store are read here; they never change. */
  if (!g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      db = kn_db_open (self->path, KN_DB_OPEN_READ_ONLY, &local_error);
      if (db == NULL || !kn_db_check (db, full, &local_error))
        kn_store_propagate_db_error (self, local_error, &error);
      g_clear_pointer (&db, kn_db_close);
    }
  /* The file is let go before anyone hears of the result: a restore asked then finds it free. */
  kn_store_end_background (self);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
kn_store_check_integrity_async (KnStore             *self,
                                KnStoreCheck         check,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (KN_IS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kn_store_check_integrity_async);
  g_task_set_task_data (task, GUINT_TO_POINTER (check), NULL);
  kn_store_begin_background (self);
  kn_worker_run_in_thread (task, check_integrity_thread);
}

guint
kn_store_get_n_background (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), 0);

  return (guint) g_atomic_int_get (&self->n_background);
}

void
kn_store_begin_background (KnStore *self)
{
  g_return_if_fail (KN_IS_STORE (self));

  g_atomic_int_inc (&self->n_background);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_BACKGROUND]);
}

static gboolean
notify_n_background_cb (gpointer data)
{
  g_object_notify_by_pspec (G_OBJECT (data), properties[PROP_N_BACKGROUND]);
  return G_SOURCE_REMOVE;
}

void
kn_store_end_background (KnStore *self)
{
  g_autoptr(GSource) source = NULL;

  g_return_if_fail (KN_IS_STORE (self));
  g_return_if_fail (g_atomic_int_get (&self->n_background) > 0);

  g_atomic_int_add (&self->n_background, -1);
  /* Attached, never invoked: g_main_context_invoke from a worker could run it there when the
   * main context is free at that moment. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, notify_n_background_cb, g_object_ref (self), g_object_unref);
  g_source_set_static_name (source, "[kinerja] n-background");
  g_source_attach (source, self->context);
}

void
kn_store_notify_restoring (KnStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESTORING]);
}

gboolean
kn_store_check_integrity_finish (KnStore       *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
kn_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "kinerja", "kinerja.db", NULL);
}

gboolean
kn_store_location_is_server (const char *location)
{
  return kn_db_is_server_uri (location);
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
  GError *local_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (version > 0 && version <= KN_STORE_SCHEMA_VERSION, FALSE);

  self = g_object_new (KN_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->mode = KN_STORE_OPEN_CREATE;

  if (!open_connection (self, error))
    return FALSE;
  if (!kn_db_configure (self->db, &local_error))
    {
      kn_store_propagate_db_error (self, local_error, error);
      return FALSE;
    }

  return apply_migrations (self, 0, version, error);
}

gboolean
kn_store_begin (KnStore  *self,
                GError  **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->bulk == 0 && self->depth == 0, FALSE);

  if (!check_not_restoring (self, error))
    return FALSE;
  if (!kn_db_begin (self->db, KN_DB_WRITE, &local_error))
    {
      kn_store_propagate_db_error (self, local_error, error);
      return FALSE;
    }

  kn_store_audit_savepoint (self);
  self->bulk = 1;
  self->depth = 1;
  kn_store_changes_begin (self);
  return TRUE;
}

gboolean
kn_store_commit (KnStore  *self,
                 GError  **error)
{
  GError *local_error = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->bulk > 0, FALSE);

  if (!kn_store_audit_release (self, error))
    {
      kn_store_rollback (self);
      return FALSE;
    }
  if (!kn_db_commit (self->db, &local_error))
    {
      kn_store_propagate_db_error (self, local_error, error);
      kn_store_rollback (self);
      return FALSE;
    }

  self->bulk = 0;
  self->depth = 0;
  kn_store_changes_committed (self);
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

  kn_db_rollback (self->db);
  kn_store_changes_rolled_back (self);
  kn_store_audit_rollback_to (self);
  self->bulk = 0;
  self->depth = 0;
  self->units_dirty = FALSE;

  /* The live objects may hold changes that were just undone: read everything back. */
  if (!load_all (self, &error))
    g_warning ("Reloading after a rollback failed: %s", error->message);
}
