/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Backups a person can restore: by hand, automatic (daily when the window or a command opens
 * the database, before imports and before a whole unit is finalised; the last KN_STORE_BACKUPS_KEPT kept) and restoring one in place. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kn-store-private.h"
#include "kinerja/kn-worker.h"

/* What the automatic backups' names end in, by reason. */
static const char *const reason_suffixes[] = {
  [KN_STORE_BACKUP_DAILY] = "harian",
  [KN_STORE_BACKUP_IMPORT] = "impor",
  [KN_STORE_BACKUP_FINALISE] = "final",
};

/* "kinerja" for ".../kinerja.db": the start of every backup's name. */
static char *
database_stem (const char *database)
{
  g_autofree char *base = g_path_get_basename (database);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

char *
kn_store_backup_folder (const char *database)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (database != NULL, NULL);

  dir = g_path_get_dirname (database);
  return g_build_filename (dir, "cadangan", NULL);
}

/* FOLDER/STEM-YYYY-MM-DD-HHMMSS[-SUFFIX].db, not yet taken. */
static char *
new_backup_path (const char *database,
                 const char *suffix)
{
  g_autofree char *folder = kn_store_backup_folder (database);
  g_autofree char *stem = database_stem (database);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  g_autofree char *name = g_strdup_printf ("%s-%s%s%s.db", stem, stamp,
                                           suffix != NULL ? "-" : "", suffix != NULL ? suffix : "");
  char *path = g_build_filename (folder, name, NULL);

  for (guint n = 2; g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (name);
      g_free (path);
      name = g_strdup_printf ("%s-%s-%u%s%s.db", stem, stamp, n,
                              suffix != NULL ? "-" : "", suffix != NULL ? suffix : "");
      path = g_build_filename (folder, name, NULL);
    }
  return path;
}

char *
kn_store_backup_default_path (const char *database)
{
  g_return_val_if_fail (database != NULL, NULL);
  return new_backup_path (database, NULL);
}

static gboolean
sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = fsync (fd) == 0;
  close (fd);
  return ok;
}

/* Checks that @path holds a whole Kinerja database of a version this build reads, with every
 * index matching its table (PRAGMA integrity_check); @shell names it in the messages. */
static gboolean
verify_database_file (KnStore     *shell,
                      const char  *shown_name,
                      int         *version_out,
                      GError     **error)
{
  GError *local_error = NULL;
  KnDb *db;
  int version = 0, app_id = 0, n_tables = 0;
  gboolean ok;

  db = kn_db_open (shell->path, KN_DB_OPEN_READ_ONLY, &local_error);
  if (db == NULL)
    {
      kn_store_propagate_db_error (shell, local_error, error);
      return FALSE;
    }

  ok = kn_db_get_stamp (db, &version, &app_id, &n_tables, &local_error);
  if (!ok)
    kn_store_propagate_db_error (shell, local_error, error);
  else if (app_id != KN_APPLICATION_ID || version <= 0 || n_tables == 0)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_KINERJA,
                   _("“%s” is not a Kinerja database."), shown_name);
      ok = FALSE;
    }
  else if (version > KN_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_VERSION,
                   _("“%s” was saved by a newer version of Kinerja. Update Kinerja to use it."),
                   shown_name);
      ok = FALSE;
    }
  else if (!kn_db_check (db, TRUE, &local_error))
    {
      kn_store_propagate_db_error (shell, local_error, error);
      ok = FALSE;
    }

  kn_db_close (db);
  if (ok && version_out != NULL)
    *version_out = version;
  return ok;
}

/* A store object that only names a file, for the messages of kn_store_propagate_db_error. */
static KnStore *
shell_for (const char      *path,
           KnStoreOpenMode  mode)
{
  KnStore *shell = g_object_new (KN_TYPE_STORE, NULL);

  shell->path = g_strdup (path);
  shell->mode = mode;
  return shell;
}

/* The copy of @db at @path: written under a temporary name in the same folder (created 0600),
 * checked, then renamed into place; nothing is left behind on failure. */
static gboolean
backup_db_full (KnStore     *self,
                KnDb        *db,
                const char  *path,
                gboolean     check,
                GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *temp = NULL;
  g_autoptr(KnStore) shell = NULL;
  GError *local_error = NULL;
  GStatBuf st;
  int fd;

  if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("“%s” is not a regular file; a backup is written only to a file."), path);
      return FALSE;
    }

  temp = g_strdup_printf ("%s/.%s.XXXXXX", folder, base);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, KN_STORE_ERROR,
                   saved == ENOSPC ? KN_STORE_ERROR_DISK_FULL : KN_STORE_ERROR_PERMISSION,
                   _("The backup cannot be written in “%s”: %s."), folder, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  if (!kn_db_backup_to (db, temp, &local_error))
    {
      kn_store_propagate_db_error (self, local_error, error);
      g_prefix_error (error, _("The backup could not be written: "));
      g_unlink (temp);
      return FALSE;
    }

  shell = shell_for (temp, KN_STORE_OPEN_READ_ONLY);
  if (check && !verify_database_file (shell, path, NULL, error))
    {
      g_prefix_error (error, _("The backup failed its check and was not kept: "));
      g_unlink (temp);
      return FALSE;
    }

  if (g_rename (temp, path) != 0)
    {
      int saved = errno;

      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_FAILED,
                   _("The backup could not be saved as “%s”: %s."), path, g_strerror (saved));
      g_unlink (temp);
      return FALSE;
    }
  sync_folder (folder);
  return TRUE;
}

/* A checked copy of @db at @path. */
static gboolean
backup_db (KnStore     *self,
           KnDb        *db,
           const char  *path,
           GError     **error)
{
  return backup_db_full (self, db, path, TRUE, error);
}

gboolean
kn_store_backup (KnStore     *self,
                 const char  *path,
                 GError     **error)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->depth == 0, FALSE);

  return backup_db (self, self->db, path, error);
}

/* Whether an automatic backup of @database was made today already. */
static gboolean
has_backup_today (const char *database)
{
  g_autofree char *folder = kn_store_backup_folder (database);
  g_autofree char *stem = database_stem (database);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d-");
  g_autofree char *prefix = g_strconcat (stem, "-", today, NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      for (guint i = 0; i < G_N_ELEMENTS (reason_suffixes); i++)
        {
          g_autofree char *end = g_strconcat ("-", reason_suffixes[i], ".db", NULL);

          if (g_str_has_suffix (name, end))
            return TRUE;
        }
  return FALSE;
}

/* Whether @name is an automatic backup of the database called @stem. */
static gboolean
is_automatic_backup (const char *name,
                     const char *stem)
{
  gsize stem_len = strlen (stem);

  /* STEM-YYYY-MM-DD-HHMMSS…-REASON.db: the date's digits keep "kinerja-lama" apart from "kinerja". */
  if (strncmp (name, stem, stem_len) != 0 || name[stem_len] != '-' ||
      !g_ascii_isdigit (name[stem_len + 1]) || strlen (name + stem_len) < 19)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (reason_suffixes); i++)
    {
      g_autofree char *end = g_strconcat ("-", reason_suffixes[i], ".db", NULL);

      if (g_str_has_suffix (name, end))
        return TRUE;
    }
  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* Keeps the newest KN_STORE_BACKUPS_KEPT automatic backups of @database; those made by hand and
 * the copies kept by restores are never removed. */
static void
prune_backups (const char *database)
{
  g_autofree char *folder = kn_store_backup_folder (database);
  g_autofree char *stem = database_stem (database);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_automatic_backup (name, stem))
      g_ptr_array_add (names, g_strdup (name));

  /* The names start with the time they were made. */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i + KN_STORE_BACKUPS_KEPT < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);

      g_unlink (path);
    }
}

static gboolean
make_backup_folder (const char  *database,
                    GError     **error)
{
  g_autofree char *folder = kn_store_backup_folder (database);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, KN_STORE_ERROR,
                   saved == ENOSPC ? KN_STORE_ERROR_DISK_FULL : KN_STORE_ERROR_PERMISSION,
                   _("The backup folder “%s” cannot be made: %s."), folder, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* Inside a transaction the copy would hold what is not saved yet; read-only, nothing is
 * about to change; a daily one once a day, and not of a database with nothing in it yet. */
static gboolean
backup_is_due (KnStore             *self,
               KnStoreBackupReason  reason)
{
  if (self->depth > 0 || self->mode == KN_STORE_OPEN_READ_ONLY || self->restoring ||
      kn_store_location_is_server (self->path))
    return FALSE;
  if (reason == KN_STORE_BACKUP_DAILY &&
      (has_backup_today (self->path) ||
       (g_list_model_get_n_items (G_LIST_MODEL (self->units)) == 0 &&
        g_list_model_get_n_items (kn_store_get_employees (self)) == 0)))
    return FALSE;
  return TRUE;
}

char *
kn_store_backup_auto (KnStore              *self,
                      KnStoreBackupReason   reason,
                      GError              **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (reason < G_N_ELEMENTS (reason_suffixes), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!backup_is_due (self, reason))
    return NULL;

  if (!make_backup_folder (self->path, error))
    return NULL;
  path = new_backup_path (self->path, reason_suffixes[reason]);
  if (!backup_db (self, self->db, path, error))
    return NULL;

  prune_backups (self->path);
  return g_steal_pointer (&path);
}

/* The rest between two slices of a backup made in the background (kn_db_set_pace). */
#define DAILY_PACE_US 4000

static void
backup_auto_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  KnStore *self = source_object;
  const char *path = task_data;
  g_autoptr(KnStore) shell = NULL;
  GError *local_error = NULL;
  GError *error = NULL;
  KnDb *db;

  /* A connection of its own: only the store's path is read here, and it never changes. */
  shell = shell_for (self->path, KN_STORE_OPEN_READ_ONLY);
  db = kn_db_open (self->path, KN_DB_OPEN_READ_ONLY, &local_error);
  if (db == NULL)
    kn_store_propagate_db_error (shell, local_error, &error);
  else
    {
      /* Nobody waits for it: copied in slices with a rest between, so that writing a
       * province's 356 MB does not slow the window meanwhile (bench-window,
       * tests/bench/RESULTS.md). */
      kn_db_set_pace (db, DAILY_PACE_US);
      backup_db (shell, db, path, &error);
      kn_db_close (db);
    }
  /* The file is let go before anyone hears of the result: a restore asked then finds it free. */
  kn_store_end_background (self);

  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  prune_backups (self->path);
  g_task_return_pointer (task, g_strdup (path), g_free);
}

void
kn_store_backup_auto_async (KnStore             *self,
                            KnStoreBackupReason  reason,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (KN_IS_STORE (self));
  g_return_if_fail (reason < G_N_ELEMENTS (reason_suffixes));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kn_store_backup_auto_async);
  if (!backup_is_due (self, reason))
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }
  if (!make_backup_folder (self->path, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task, new_backup_path (self->path, reason_suffixes[reason]), g_free);
  kn_store_begin_background (self);
  kn_worker_run_in_thread (task, backup_auto_thread);
}

char *
kn_store_backup_auto_finish (KnStore       *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
kn_store_backup_before (KnStore              *self,
                        KnStoreBackupReason   reason,
                        GError              **error)
{
  g_autofree char *path = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  path = kn_store_backup_auto (self, reason, &local_error);
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, local_error,
                                  _("No backup could be made first, so nothing was changed: "));
      return FALSE;
    }
  return TRUE;
}

gboolean
kn_store_restore (const char  *database,
                  const char  *backup,
                  char       **kept_copy,
                  GError     **error)
{
  g_autoptr(KnStore) source = NULL;
  g_autoptr(KnStore) target = NULL;
  g_autofree char *copy = NULL;
  GError *local_error = NULL;
  int version = 0, app_id = 0, n_tables = 0;
  gboolean exists;

  g_return_val_if_fail (database != NULL, FALSE);
  g_return_val_if_fail (backup != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The backup first: a whole, undamaged Kinerja database this build can read. */
  source = shell_for (backup, KN_STORE_OPEN_READ_ONLY);
  if (!verify_database_file (source, backup, NULL, error))
    return FALSE;

  exists = g_file_test (database, G_FILE_TEST_EXISTS);
  target = shell_for (database, exists ? KN_STORE_OPEN_EXISTING : KN_STORE_OPEN_CREATE);
  target->db = kn_db_open (database, exists ? KN_DB_OPEN_EXISTING : KN_DB_OPEN_CREATE,
                           &local_error);
  if (target->db == NULL)
    {
      kn_store_propagate_db_error (target, local_error, error);
      return FALSE;
    }

  /* Nobody else may have it open: they would go on with what is no longer there. */
  if (!kn_db_claim (target->db, &local_error))
    {
      if (g_error_matches (local_error, KN_DB_ERROR, KN_DB_ERROR_BUSY))
        {
          g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_BUSY,
                       _("“%s” is open in another Kinerja window or program. Close it there, then restore again."),
                       database);
          g_error_free (local_error);
        }
      else
        kn_store_propagate_db_error (target, local_error, error);
      return FALSE;
    }

  if (!kn_db_get_stamp (target->db, &version, &app_id, &n_tables, &local_error))
    {
      kn_store_propagate_db_error (target, local_error, error);
      return FALSE;
    }
  if (n_tables > 0 && app_id != KN_APPLICATION_ID)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_KINERJA,
                   _("“%s” is not a Kinerja database; it was left untouched."), database);
      return FALSE;
    }

  /* What is replaced is kept, and must be kept before anything changes. */
  if (n_tables > 0)
    {
      if (!make_backup_folder (database, error))
        return FALSE;
      copy = new_backup_path (database, "sebelum-pulih");
      if (!backup_db (target, target->db, copy, &local_error) &&
          g_error_matches (local_error, KN_STORE_ERROR, KN_STORE_ERROR_DAMAGED))
        {
          /* A damaged database is what a restore is for: it is kept as it is, unchecked, under
           * a name that says so. */
          g_clear_error (&local_error);
          g_free (copy);
          copy = new_backup_path (database, "rusak-sebelum-pulih");
          backup_db_full (target, target->db, copy, FALSE, &local_error);
        }
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          g_prefix_error (error, _("The database was not restored, because no copy of it could be kept: "));
          return FALSE;
        }
    }

  if (!kn_db_configure (target->db, &local_error) ||
      !kn_db_restore_from (target->db, backup, &local_error))
    {
      kn_store_propagate_db_error (target, local_error, error);
      g_prefix_error (error, _("The database was not restored and is as it was: "));
      return FALSE;
    }

  if (kept_copy != NULL)
    *kept_copy = g_steal_pointer (&copy);
  return TRUE;
}

typedef struct
{
  char *database;  /* owned: only paths go to the thread, never the store */
  char *backup;    /* owned */
  char *kept;      /* owned, nullable: the copy of what was replaced */
} RestoreWork;

static void
restore_work_free (RestoreWork *work)
{
  g_free (work->database);
  g_free (work->backup);
  g_free (work->kept);
  g_free (work);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RestoreWork *work = task_data;
  GError *error = NULL;

  if (kn_store_restore (work->database, work->backup, &work->kept, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Back on the main thread: the store opens the file again, restored or not, and only then is
 * the caller told. */
static void
on_restore_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  KnStore *self = g_task_get_source_object (outer);
  GError *error = NULL;
  gboolean restored = g_task_propagate_boolean (G_TASK (result), &error);

  self->restoring = FALSE;
  kn_store_expect_commit (self, FALSE);
  if (!kn_store_reopen (self, restored ? &error : NULL) && restored)
    {
      g_prefix_error (&error, _("The backup was restored, but the database could not be opened again; restart Kinerja: "));
      restored = FALSE;
    }
  /* Told once the file is open again: whoever waited for the end reads what was restored. */
  kn_store_notify_restoring (self);
  if (restored)
    g_task_return_boolean (outer, TRUE);
  else
    g_task_return_error (outer, error);
}

void
kn_store_restore_here_async (KnStore             *self,
                             const char          *backup,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;
  RestoreWork *work;

  g_return_if_fail (KN_IS_STORE (self));
  g_return_if_fail (backup != NULL);

  outer = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (outer, kn_store_restore_here_async);
  if (self->restoring || self->depth > 0 || self->mode == KN_STORE_OPEN_READ_ONLY)
    {
      g_task_return_new_error (outer, KN_STORE_ERROR, KN_STORE_ERROR_READ_ONLY, "%s",
                               _("The database is open read-only or in the middle of a change, so it cannot be restored now."));
      return;
    }

  /* The restore must be the only connection to the file, but the store's own stays open, for
   * the window to read while the file is checked, kept and replaced in a thread: it steps
   * aside from the claim, writes are refused, and what the file holds is told once, when it
   * is opened again at the end. */
  work = g_new0 (RestoreWork, 1);
  work->database = g_strdup (self->path);
  work->backup = g_strdup (backup);
  kn_store_expect_commit (self, TRUE);
  self->restoring = TRUE;
  kn_db_step_aside (self->db);
  kn_store_notify_restoring (self);

  /* The work is the outer task's, held by the inner one until the thread is done and the
   * answer given: what was kept is taken from it by the finish. */
  g_task_set_task_data (outer, work, (GDestroyNotify) restore_work_free);
  /* Without the store as its source: GLib's pool lets go of the inner task in its thread, and
   * that must never be the store's last reference. */
  inner = g_task_new (NULL, NULL, on_restore_done_cb, g_steal_pointer (&outer));
  g_task_set_source_tag (inner, restore_thread);
  g_task_set_task_data (inner, work, NULL);
  /* Not one of the lowered workers: a person waits for it. */
  g_task_run_in_thread (inner, restore_thread);
}

gboolean
kn_store_restore_here_finish (KnStore       *self,
                              GAsyncResult  *result,
                              char         **kept_copy,
                              GError       **error)
{
  RestoreWork *work;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kn_store_restore_here_async,
                        FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  work = g_task_get_task_data (G_TASK (result));
  if (kept_copy != NULL)
    *kept_copy = g_steal_pointer (&work->kept);
  return TRUE;
}

gboolean
kn_store_is_restoring (KnStore *self)
{
  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  return self->restoring;
}

/* The backups of @database in its backup folder, newest first: every STEM-YYYY-….db there (the
 * names start with the time they were made), automatic or by hand. */
static GPtrArray *
list_backups (const char *database)
{
  g_autofree char *folder = kn_store_backup_folder (database);
  g_autofree char *stem = database_stem (database);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  gsize stem_len = strlen (stem);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      if (strncmp (name, stem, stem_len) == 0 && name[stem_len] == '-' &&
          g_ascii_isdigit (name[stem_len + 1]) && g_str_has_suffix (name, ".db"))
        g_ptr_array_add (names, g_build_filename (folder, name, NULL));

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len / 2; i++)
    {
      gpointer newer = names->pdata[names->len - 1 - i];

      names->pdata[names->len - 1 - i] = names->pdata[i];
      names->pdata[i] = newer;
    }
  return g_steal_pointer (&names);
}

char *
kn_store_find_good_backup (const char *database)
{
  g_autoptr(GPtrArray) backups = NULL;

  g_return_val_if_fail (database != NULL, NULL);

  if (kn_store_location_is_server (database))
    return NULL;
  backups = list_backups (database);
  for (guint i = 0; i < backups->len; i++)
    {
      const char *path = g_ptr_array_index (backups, i);
      g_autoptr(KnStore) shell = shell_for (path, KN_STORE_OPEN_READ_ONLY);
      g_autoptr(GError) error = NULL;

      if (verify_database_file (shell, path, NULL, &error))
        return g_strdup (path);
      g_debug ("Backup %s not usable: %s", path, error->message);
    }
  return NULL;
}
