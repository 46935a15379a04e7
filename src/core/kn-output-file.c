/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one way Kinerja writes a file for a person: private temporary file, sync, rename. */

#define G_LOG_DOMAIN "kn-output-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-output-file.h"

/* The temporary file is ".NAME.kinerja-PID-XXXXXX": the PID tells a leftover of a dead process
 * from the file of a run still writing. */
#define TEMP_MARK ".kinerja-"
#define MAX_PENDING 64
/* Leaves room for the mark, the PID and the random part within NAME_MAX (255). */
#define MAX_BASENAME 200

struct _KnOutputFile
{
  char     *path;        /* owned */
  char     *temp_path;   /* owned */
  char     *temp_folder; /* owned; the private folder holding temp_path, or NULL */
  int       fd;
  int       slot;        /* in pending[], or -1 */
  gboolean  committed;
};

/* Read by the signal handler without a lock (atomically): a slot holds a string or NULL, never
 * a half. */
static char *pending[MAX_PENDING];
/* The private folder of each pending file made by kn_output_file_new_for_reopening(), or NULL;
 * set before its file's slot and cleared with it. */
static char *pending_folder[MAX_PENDING];
static GMutex pending_lock;
/* Set by kn_output_file_remove_pending(): the process is ending, and a worker still writing
 * must not leave a new temporary file behind it. */
static gint closing;

G_DEFINE_QUARK (kn-output-file-error-quark, kn_output_file_error)

static void
remove_pending (int slot)
{
  char *path;
  char *folder;

  if (slot < 0)
    return;
  g_mutex_lock (&pending_lock);
  path = pending[slot];
  folder = pending_folder[slot];
  g_atomic_pointer_set (&pending[slot], NULL);
  g_atomic_pointer_set (&pending_folder[slot], NULL);
  g_mutex_unlock (&pending_lock);
  g_free (path);
  g_free (folder);
}

/* Removes @path and, when it is in a private folder, the folder; async-signal-safe. Once the
 * folder is gone nothing can make a file by that name again; should a writer have opened the
 * name between the two calls, its new file goes too. */
static void
remove_file_and_folder (const char *path,
                        const char *folder)
{
  unlink (path);
  if (folder == NULL)
    return;
  for (int i = 0; i < 3; i++)
    {
      if (rmdir (folder) == 0 || errno != ENOTEMPTY)
        return;
      unlink (path);
    }
}

/* The slot of @temp_path in pending[] (-1 when full), or ADD_REFUSED once the process is
 * ending. The slot is filled before @closing is read, and kn_output_file_remove_pending() sets
 * @closing before it reads the slots (both sequentially consistent): a file made while the
 * process ends is either seen and removed there or refused here, never missed by both. */
#define ADD_REFUSED (-2)

static int
add_pending (const char *temp_path,
             const char *temp_folder)
{
  int slot = -1;

  g_mutex_lock (&pending_lock);
  for (int i = 0; i < MAX_PENDING; i++)
    if (pending[i] == NULL)
      {
        g_atomic_pointer_set (&pending_folder[i], g_strdup (temp_folder));
        g_atomic_pointer_set (&pending[i], g_strdup (temp_path));
        slot = i;
        break;
      }
  g_mutex_unlock (&pending_lock);

  if (g_atomic_int_get (&closing))
    {
      remove_pending (slot);
      return ADD_REFUSED;
    }
  return slot;
}

/* NULL when @path may be written: absent, or a regular file (not through a symlink). */
static char *
describe_unwritable (const char *path,
                     GStatBuf   *st,
                     gboolean   *exists)
{
  g_autofree char *display = g_filename_display_name (path);

  *exists = FALSE;
  if (g_lstat (path, st) != 0)
    return NULL;
  *exists = TRUE;
  if (S_ISREG (st->st_mode))
    return NULL;
  if (S_ISDIR (st->st_mode))
    return g_strdup_printf (_("“%s” is a folder, not a file: nothing was written. Choose a file "
                              "name."), display);
  if (S_ISLNK (st->st_mode))
    return g_strdup_printf (_("“%s” is a symbolic link: nothing was written, so that what it "
                              "points to stays as it is. Choose a file name."), display);
  return g_strdup_printf (_("“%s” is a device or a pipe, not a file: nothing was written. Choose "
                            "a file name."), display);
}

static void
sync_folder (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  int fd = open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  /* Some file systems refuse to sync a folder; the file itself is already synced. */
  (void) fsync (fd);
  close (fd);
}

static char *
last_folder_file (void)
{
  return g_build_filename (g_get_user_state_dir (), "kinerja", "last-output-folder", NULL);
}

/* Remembers the folder written to, so that the next start can clean what a killed run left. */
static void
remember_folder (const char *folder)
{
  static GMutex lock;
  static char *remembered = NULL;
  g_autofree char *canonical = g_canonicalize_filename (folder, NULL);
  g_autofree char *file = NULL;
  g_autofree char *parent = NULL;

  g_mutex_lock (&lock);
  if (g_strcmp0 (remembered, canonical) != 0)
    {
      file = last_folder_file ();
      parent = g_path_get_dirname (file);
      if (g_mkdir_with_parents (parent, 0700) == 0 &&
          g_file_set_contents_full (file, canonical, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                    NULL))
        {
          g_free (remembered);
          remembered = g_steal_pointer (&canonical);
        }
    }
  g_mutex_unlock (&lock);
}

static KnOutputFile *
output_file_new (const char  *path,
                 gboolean     in_folder,
                 GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *refusal = NULL;
  KnOutputFile *self;
  GStatBuf st;
  gboolean exists;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  refusal = describe_unwritable (path, &st, &exists);
  if (refusal != NULL)
    {
      g_set_error_literal (error, KN_OUTPUT_FILE_ERROR, KN_OUTPUT_FILE_ERROR_NOT_REGULAR, refusal);
      return NULL;
    }

  folder = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  if (strlen (base) > MAX_BASENAME)
    base[MAX_BASENAME] = '\0';
  name = g_strdup_printf (".%s" TEMP_MARK "%ld-XXXXXX", base, (long) getpid ());

  self = g_new0 (KnOutputFile, 1);
  self->path = g_strdup (path);
  self->slot = -1;
  self->fd = -1;
  if (!in_folder)
    {
      self->temp_path = g_build_filename (folder, name, NULL);
      self->fd = g_mkstemp_full (self->temp_path, O_RDWR | O_CLOEXEC, 0600);
    }
  else
    {
      /* The folder is named as the file would be, so that a leftover is found the same way. */
      self->temp_folder = g_build_filename (folder, name, NULL);
      if (g_mkdtemp_full (self->temp_folder, 0700) != NULL)
        {
          self->temp_path = g_build_filename (self->temp_folder, base, NULL);
          self->fd = open (self->temp_path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        }
      else
        g_clear_pointer (&self->temp_folder, g_free);
    }
  if (self->fd < 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, KN_OUTPUT_FILE_ERROR, KN_OUTPUT_FILE_ERROR_FOLDER,
                   _("Could not save “%s”: %s. Choose a folder that exists and that you may "
                     "write to."),
                   display, g_strerror (saved));
      /* No file was made; the folder, when it was, goes. */
      g_clear_pointer (&self->temp_path, g_free);
      kn_output_file_free (self);
      return NULL;
    }
  self->slot = add_pending (self->temp_path, self->temp_folder);
  if (self->slot == ADD_REFUSED)
    {
      g_autofree char *display = g_filename_display_name (path);

      self->slot = -1;
      kn_output_file_free (self);
      g_set_error (error, KN_OUTPUT_FILE_ERROR, KN_OUTPUT_FILE_ERROR_CLOSING,
                   _("“%s” was not saved: Kinerja is closing."), display);
      return NULL;
    }
  remember_folder (folder);

  /* An existing file keeps who may read it; a new one is its owner's only (mkstemp's 0600). */
  if (exists && fchmod (self->fd, st.st_mode & 07777) != 0)
    g_debug ("Could not keep the mode of %s: %s", path, g_strerror (errno));

  return self;
}

/* Public API */

KnOutputFile *
kn_output_file_new (const char  *path,
                    GError     **error)
{
  return output_file_new (path, FALSE, error);
}

KnOutputFile *
kn_output_file_new_for_reopening (const char  *path,
                                  GError     **error)
{
  return output_file_new (path, TRUE, error);
}

int
kn_output_file_get_fd (KnOutputFile *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->fd;
}

const char *
kn_output_file_get_temp_path (KnOutputFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->temp_path;
}

const char *
kn_output_file_get_path (KnOutputFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->path;
}

gboolean
kn_output_file_commit (KnOutputFile  *self,
                       GError       **error)
{
  g_autofree char *display = NULL;
  g_autofree char *refusal = NULL;
  GStatBuf st;
  gboolean exists;
  int saved = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display = g_filename_display_name (self->path);

  /* A writer that opened the temporary file by name wrote into the file made here, not into one
   * it made in its place: that is the file synced now and renamed below. */
  if (self->temp_folder != NULL)
    {
      GStatBuf named;
      struct stat opened;

      if (fstat (self->fd, &opened) != 0)
        saved = errno;
      else if (g_lstat (self->temp_path, &named) != 0)
        saved = errno;
      else if (named.st_dev != opened.st_dev || named.st_ino != opened.st_ino)
        {
          close (self->fd);
          self->fd = -1;
          g_set_error (error, KN_OUTPUT_FILE_ERROR, KN_OUTPUT_FILE_ERROR_WRITE,
                       _("Could not save “%s”: its temporary file was replaced while it was "
                         "written. Try again."),
                       display);
          return FALSE;
        }
    }

  if (saved == 0 && fsync (self->fd) != 0)
    saved = errno;
  if (close (self->fd) != 0 && saved == 0)
    saved = errno;
  self->fd = -1;

  /* Quitting removed the temporary file, or is about to: the target stays as it was. */
  if (g_atomic_int_get (&closing))
    {
      remove_file_and_folder (self->temp_path, self->temp_folder);
      g_set_error (error, KN_OUTPUT_FILE_ERROR, KN_OUTPUT_FILE_ERROR_CLOSING,
                   _("“%s” was not saved: Kinerja is closing."), display);
      return FALSE;
    }

  /* Something may have appeared at the target while the file was written. */
  if (saved == 0)
    {
      refusal = describe_unwritable (self->path, &st, &exists);
      if (refusal != NULL)
        {
          g_set_error_literal (error, KN_OUTPUT_FILE_ERROR, KN_OUTPUT_FILE_ERROR_NOT_REGULAR,
                               refusal);
          return FALSE;
        }
    }

  if (saved == 0 && g_rename (self->temp_path, self->path) != 0)
    saved = errno;

  if (saved != 0)
    {
      g_set_error (error, KN_OUTPUT_FILE_ERROR, KN_OUTPUT_FILE_ERROR_WRITE,
                   _("Could not save “%s”: %s. Free some space or choose another place, then "
                     "try again."),
                   display, g_strerror (saved));
      return FALSE;
    }

  self->committed = TRUE;
  remove_pending (self->slot);
  self->slot = -1;
  if (self->temp_folder != NULL)
    g_rmdir (self->temp_folder);
  sync_folder (self->path);
  return TRUE;
}

void
kn_output_file_free (KnOutputFile *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  if (!self->committed && self->temp_path != NULL)
    g_unlink (self->temp_path);
  if (!self->committed && self->temp_folder != NULL)
    g_rmdir (self->temp_folder);
  remove_pending (self->slot);
  g_free (self->temp_folder);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}

void
kn_output_file_remove_pending (void)
{
  g_atomic_int_set (&closing, 1);
  for (int i = 0; i < MAX_PENDING; i++)
    {
      char *path = g_atomic_pointer_get (&pending[i]);

      if (path != NULL)
        remove_file_and_folder (path, g_atomic_pointer_get (&pending_folder[i]));
    }
}

static void
on_signal (int signum)
{
  kn_output_file_remove_pending ();
  signal (signum, SIG_DFL);
  raise (signum);
}

void
kn_output_file_install_signal_handlers (void)
{
  static const int signals[] = { SIGINT, SIGTERM, SIGHUP };

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      struct sigaction action = { 0 };

      action.sa_handler = on_signal;
      sigemptyset (&action.sa_mask);
      action.sa_flags = SA_RESETHAND;
      sigaction (signals[i], &action, NULL);
    }
}

/* A private folder of kn_output_file_new_for_reopening() and what it holds (one file; nothing
 * is followed). */
static gboolean
remove_stale_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      GStatBuf st;

      if (g_lstat (path, &st) == 0 && !S_ISDIR (st.st_mode))
        g_unlink (path);
    }
  return g_rmdir (folder) == 0;
}

guint
kn_output_file_clean_stale (const char *folder)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint removed = 0;

  g_return_val_if_fail (folder != NULL, 0);

  dir = g_dir_open (folder, 0, NULL);
  if (dir == NULL)
    return 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      const char *mark = name[0] == '.' ? g_strrstr (name, TEMP_MARK) : NULL;
      const char *digits;
      char *end = NULL;
      gint64 pid;

      if (mark == NULL)
        continue;
      digits = mark + strlen (TEMP_MARK);
      pid = g_ascii_strtoll (digits, &end, 10);
      if (end == digits || pid <= 0 || pid > G_MAXINT || *end != '-' || strlen (end) != 7)
        continue;
      /* A process of that number still runs (or is not ours to ask): leave its file. */
      if (pid == getpid () || kill ((pid_t) pid, 0) == 0 || errno != ESRCH)
        continue;

      {
        g_autofree char *path = g_build_filename (folder, name, NULL);
        GStatBuf st;

        if (g_lstat (path, &st) != 0)
          continue;
        if (S_ISREG (st.st_mode) && g_unlink (path) == 0)
          removed++;
        else if (S_ISDIR (st.st_mode) && remove_stale_folder (path))
          removed++;
      }
    }

  if (removed > 0)
    g_debug ("Removed %u unfinished file(s) of a stopped run in %s", removed, folder);
  return removed;
}

guint
kn_output_file_clean_stale_in_last_folder (void)
{
  g_autofree char *file = last_folder_file ();
  g_autofree char *folder = NULL;

  if (!g_file_get_contents (file, &folder, NULL, NULL) || !g_path_is_absolute (folder))
    return 0;
  return kn_output_file_clean_stale (folder);
}
