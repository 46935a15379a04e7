/* SPDX-License-Identifier: GPL-3.0-or-later */
/* See kn-backups.h. */

#define G_LOG_DOMAIN "kn-backups"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "kn-backups.h"

GtkNativeDialog *
kn_backup_chooser_new (GtkWindow            *parent,
                       KnStore              *store,
                       GtkFileChooserAction  action)
{
  g_autofree char *folder_path = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  gboolean saving = action == GTK_FILE_CHOOSER_ACTION_SAVE;
  GtkFileChooserNative *chooser;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  folder_path = kn_store_backup_folder (kn_store_get_path (store));
  g_mkdir_with_parents (folder_path, 0700);
  folder = g_file_new_for_path (folder_path);

  chooser = gtk_file_chooser_native_new (saving ? _("Back Up the Database") : _("Restore a Backup"),
                                         parent, action,
                                         saving ? _("_Back Up") : _("_Choose"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Kinerja databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  if (saving)
    {
      g_autofree char *suggested = kn_store_backup_default_path (kn_store_get_path (store));
      g_autofree char *name = g_path_get_basename (suggested);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return GTK_NATIVE_DIALOG (chooser);
}

typedef struct
{
  char         *backup;    /* owned */
  gulong        freed;     /* while waiting: "notify::n-background" on the store */
  guint         wait_over; /* while waiting: the source that tries the restore whatever holds
                            * the file, holding the task */
  GtkWindow    *progress;  /* owned, nullable: says the restore is under way, until it is over */
  GApplication *held;      /* owned, nullable: the application, held until the restore is over */
  char         *kept;      /* owned, nullable: once restored, the copy of what it replaced */
} Restore;

static void
restore_end_progress (Restore *restore)
{
  if (restore->progress == NULL)
    return;
  gtk_window_destroy (restore->progress);
  g_clear_object (&restore->progress);
}

static void
restore_free (Restore *restore)
{
  restore_end_progress (restore);
  if (restore->held != NULL)
    g_application_release (restore->held);
  g_clear_object (&restore->held);
  g_free (restore->backup);
  g_free (restore->kept);
  g_free (restore);
}

static gboolean
on_progress_close_request_cb (GtkWindow *progress)
{
  return TRUE;  /* held until the restore is over */
}

/* What the person sees while the database is replaced (a province's takes seconds): a modal
 * dialog with nothing to press, which the window's close cannot take away. */
static GtkWindow *
progress_new (GtkWindow *parent)
{
  AdwMessageDialog *dialog;
  GtkWidget *spinner = gtk_spinner_new ();

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    parent, _("Restoring the Backup…"),
    _("The database is being replaced by what the backup holds. Please wait; do not turn off the computer.")));
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_size_request (spinner, 32, 32);
  adw_message_dialog_set_extra_child (dialog, spinner);
  g_signal_connect (dialog, "close-request", G_CALLBACK (on_progress_close_request_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (g_object_ref (dialog));
}

static void
on_restored_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Restore *restore = g_task_get_task_data (task);
  GError *error = NULL;

  /* Gone before the answer is shown. */
  restore_end_progress (restore);
  if (kn_store_restore_here_finish (KN_STORE (source), result, &restore->kept, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Ends the wait, if any, and restores. */
static void
restore_start (GTask *task)
{
  KnStore *store = g_task_get_source_object (task);
  Restore *restore = g_task_get_task_data (task);

  g_object_ref (task);
  g_clear_signal_handler (&restore->freed, store);
  g_clear_handle_id (&restore->wait_over, g_source_remove);
  kn_store_restore_here_async (store, restore->backup, on_restored_cb, task);
}

/* This program's own work (a reading, the day's backup, an integrity check) let go of the
 * file. */
static void
on_n_background_cb (KnStore    *store,
                    GParamSpec *pspec,
                    gpointer    data)
{
  if (kn_store_get_n_background (store) == 0)
    restore_start (data);
}

static gboolean
on_wait_over_cb (gpointer data)
{
  Restore *restore = g_task_get_task_data (data);

  restore->wait_over = 0;
  restore_start (data);
  return G_SOURCE_REMOVE;
}

void
kn_restore_async (KnStore             *store,
                  GtkWindow           *parent,
                  const char          *backup,
                  guint                wait_seconds,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  GTask *task;
  Restore *restore;

  g_return_if_fail (KN_IS_STORE (store));
  g_return_if_fail (backup != NULL);

  task = g_task_new (store, NULL, callback, user_data);
  g_task_set_source_tag (task, kn_restore_async);
  restore = g_new0 (Restore, 1);
  restore->backup = g_strdup (backup);
  if (parent != NULL)
    restore->progress = progress_new (parent);
  /* Closing the last window meanwhile does not end the program under the restore. */
  if (g_application_get_default () != NULL)
    {
      restore->held = g_object_ref (g_application_get_default ());
      g_application_hold (restore->held);
    }
  g_task_set_task_data (task, restore, (GDestroyNotify) restore_free);

  /* Free already (almost always): the restore starts at once; otherwise when the last of this
   * program's other connections to the file lets go, or when the wait is over. */
  if (kn_store_get_n_background (store) == 0 || wait_seconds == 0)
    restore_start (task);
  else
    {
      restore->freed = g_signal_connect (store, "notify::n-background",
                                         G_CALLBACK (on_n_background_cb), task);
      restore->wait_over = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, wait_seconds,
                                                       on_wait_over_cb, g_object_ref (task),
                                                       g_object_unref);
    }
  g_object_unref (task);
}

gboolean
kn_restore_finish (KnStore       *store,
                   GAsyncResult  *result,
                   char         **kept_copy,
                   GError       **error)
{
  Restore *restore;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kn_restore_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  restore = g_task_get_task_data (G_TASK (result));
  if (kept_copy != NULL)
    *kept_copy = g_steal_pointer (&restore->kept);
  return TRUE;
}
