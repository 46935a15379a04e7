/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A place reading a large part of its store off the main thread: the worker opens a read-only
 * store of its own on the same file or server (store connections are not thread-safe), sees what
 * the window's connection committed, and reads only the data copied for it on the main thread.
 * A new choice drops the reading under way. Never installed. */

#pragma once

#include <gio/gio.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

/* Reads from @store into @data, in the worker; FALSE with @error set when it could not (also
 * when @cancellable was cancelled meanwhile, if it stops for that). */
typedef gboolean (*KnStoreReadFunc) (KnStore       *store,
                                     gpointer       data,
                                     GCancellable  *cancellable,
                                     GError       **error);

/* Starts @read over @data (not NULL; freed with @data_free when the reading is done with) on a
 * read-only store of @store's file or server in a thread; the reading *@reading (nullable) is
 * cancelled and replaced by this one's cancellable. @callback is called on the main thread, with
 * @user_data. @store must have a path (kn_store_get_path()). Until its connection is closed the
 * reading counts in @store's kn_store_get_n_background(), so that a restore waits for it; one
 * started while @store is being restored waits for the restore to end before it opens the file. */
void     kn_store_reading_start  (KnStore              *store,
                                  GCancellable        **reading,
                                  KnStoreReadFunc       read,
                                  gpointer              data,
                                  GDestroyNotify        data_free,
                                  GAsyncReadyCallback   callback,
                                  gpointer              user_data);

/* In the callback of kn_store_reading_start(): the data the reading filled, handed over to the
 * caller (free it with the data_free given to kn_store_reading_start()), or NULL — with @error
 * set when it failed, without when it was dropped (cancelled, or replaced by another reading in
 * *@reading); a dropped reading's data is freed here. A callback that never calls this (its
 * caller is gone) leaves the data to be freed with the task. Clears *@reading when it was this
 * reading. */
gpointer kn_store_reading_finish (GAsyncResult         *result,
                                  GCancellable        **reading,
                                  GError              **error);

/* Cancels the reading *@reading (nullable) and clears it. */
void     kn_store_reading_cancel (GCancellable        **reading);

G_END_DECLS
