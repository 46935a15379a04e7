/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Backups as the window and the application offer them: the file chooser of Cadangkan… and
 * Pulihkan…, and a restore that first waits for this program's own work on the file.
 * Never installed. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

/* The modal chooser for a backup of @store's database, transient for @parent: saving one
 * (GTK_FILE_CHOOSER_ACTION_SAVE, a name of today suggested) or choosing one to restore
 * (GTK_FILE_CHOOSER_ACTION_OPEN); it starts in the backup folder beside the database, made when
 * missing, and shows the Kinerja databases. Not yet shown. */
GtkNativeDialog *kn_backup_chooser_new (GtkWindow             *parent,
                                        KnStore               *store,
                                        GtkFileChooserAction   action);

/* kn_store_restore_here_async() once the file is free of this program's own connections — the
 * windows' readings (kn-store-reading) and the store's integrity check and automatic backup,
 * which let go within moments (at most @wait_seconds are given them). Another program or window
 * holding the file still refuses the restore at once (KN_STORE_ERROR_BUSY). Meanwhile a modal
 * dialog over @parent (when not NULL) says it is under way, and the application is held.
 * @callback is called on the main thread, once that dialog is gone. */
void             kn_restore_async      (KnStore               *store,
                                        GtkWindow             *parent,
                                        const char            *backup,
                                        guint                  wait_seconds,
                                        GAsyncReadyCallback    callback,
                                        gpointer               user_data);
/* TRUE when restored, the copy of what it replaced in @kept_copy (NULL when there was none). */
gboolean         kn_restore_finish     (KnStore               *store,
                                        GAsyncResult          *result,
                                        char                 **kept_copy,
                                        GError               **error);

G_END_DECLS
