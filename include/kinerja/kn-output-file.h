/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a file that holds personal data: into a private temporary file beside the target,
 * synced and renamed over it when whole; never over anything but a regular file. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KN_OUTPUT_FILE_ERROR (kn_output_file_error_quark ())

typedef enum
{
  KN_OUTPUT_FILE_ERROR_NOT_REGULAR,   /* the target is a device, a FIFO, a symlink, a folder … */
  KN_OUTPUT_FILE_ERROR_FOLDER,        /* the temporary file cannot be made in the target's folder */
  KN_OUTPUT_FILE_ERROR_WRITE,         /* syncing or renaming failed */
  KN_OUTPUT_FILE_ERROR_CLOSING,       /* the process is ending (kn_output_file_remove_pending) */
} KnOutputFileError;

typedef struct _KnOutputFile KnOutputFile;

GQuark        kn_output_file_error_quark    (void);

/* Checks that @path is absent or a regular file and creates the temporary file beside it: new
 * files are readable by their owner only (0600), an existing file's mode is kept. The temporary
 * file is removed by kn_output_file_free() unless committed, and by
 * kn_output_file_remove_pending() (from a signal handler too) while it is open. */
KnOutputFile *kn_output_file_new            (const char    *path,
                                             GError       **error);
/* The same for a writer that opens the temporary file by its name (libxlsxwriter): the file is
 * made in a private folder (0700) of its own beside the target, which kn_output_file_free() and
 * kn_output_file_remove_pending() remove with it, so that a writer opening the name after that
 * finds no folder and makes no file. kn_output_file_commit() checks that the file at the name
 * still is the one made here. */
KnOutputFile *kn_output_file_new_for_reopening (const char *path,
                                                GError    **error);
/* The open descriptor of the temporary file (write with it, or reopen the path). */
int           kn_output_file_get_fd         (KnOutputFile  *self);
const char   *kn_output_file_get_temp_path  (KnOutputFile  *self);
const char   *kn_output_file_get_path       (KnOutputFile  *self);
/* Syncs the temporary file, renames it over the target (checked again) and syncs the folder. On
 * failure the temporary file is gone and the target untouched. */
gboolean      kn_output_file_commit         (KnOutputFile  *self,
                                             GError       **error);
/* Removes the temporary file unless committed, and frees. */
void          kn_output_file_free           (KnOutputFile  *self);

/* Removes every temporary file still open in this process; async-signal-safe, for a SIGINT or
 * SIGTERM handler and for quitting while a worker writes. From then on the process is ending:
 * kn_output_file_new() and kn_output_file_commit() refuse (KN_OUTPUT_FILE_ERROR_CLOSING), so a
 * worker still running makes no new temporary file and replaces no target. */
void          kn_output_file_remove_pending (void);
/* Installs handlers for SIGINT, SIGTERM and SIGHUP that remove the pending temporary files and
 * then die of the signal as before. For programs without a main loop (kinerja-cli). */
void          kn_output_file_install_signal_handlers (void);
/* Removes, in @folder, the temporary files left by a Kinerja process that no longer runs
 * (killed while writing). Returns how many were removed. */
guint         kn_output_file_clean_stale    (const char    *folder);
/* The same in the folder of the last file written (remembered in
 * $XDG_STATE_HOME/kinerja/last-output-folder by kn_output_file_new()). */
guint         kn_output_file_clean_stale_in_last_folder (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnOutputFile, kn_output_file_free)

G_END_DECLS
