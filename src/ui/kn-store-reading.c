/* SPDX-License-Identifier: GPL-3.0-or-later */
/* See kn-store-reading.h. */

#define G_LOG_DOMAIN "kn-store-reading"

#include "config.h"

#include "kn-store-reading.h"
#include "kinerja/kn-worker.h"

typedef struct
{
  char            *path;       /* owned */
  GWeakRef         owner;      /* the store that counts the reading's connection as its
                                * background: not held, its last reference is never let go in
                                * the worker */
  KnStore         *store;      /* owned while the reading waits for a restore, else NULL */
  gulong           restored;   /* the handler that waits for it */
  KnStoreReadFunc  read;
  gpointer         data;       /* owned, with data_free, until handed to the task's result */
  GDestroyNotify   data_free;
} Reading;

static void
reading_free (Reading *reading)
{
  g_free (reading->path);
  g_weak_ref_clear (&reading->owner);
  g_clear_signal_handler (&reading->restored, reading->store);
  g_clear_object (&reading->store);
  if (reading->data != NULL && reading->data_free != NULL)
    reading->data_free (reading->data);
  g_free (reading);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Reading *reading = task_data;
  KnStore *store;
  KnStore *owner;
  GError *error = NULL;
  gboolean ok;

  store = kn_store_open_with_mode (reading->path, KN_STORE_OPEN_READ_ONLY, &error);
  ok = store != NULL && !g_cancellable_set_error_if_cancelled (cancellable, &error) &&
       reading->read (store, reading->data, cancellable, &error);
  /* Closed before the window hears of it: a restore asked then finds the file free. */
  g_clear_object (&store);
  /* kn_store_end_background keeps a reference of its own until the store is told, on the main
   * context: the one taken here is never the last. */
  owner = g_weak_ref_get (&reading->owner);
  if (owner != NULL)
    kn_store_end_background (owner);
  g_clear_object (&owner);
  if (!ok)
    g_task_return_error (task, error);
  else
    /* Handed over: the task frees it if nobody finishes it (its caller is gone). */
    g_task_return_pointer (task, g_steal_pointer (&reading->data), reading->data_free);
}

static void
unref_task_cb (gpointer  data,
               GClosure *closure)
{
  g_object_unref (data);
}

/* A restore of the store's file was under way: the reading opens the file once it is over
 * (before, it would refuse the restore; during, it would be refused), and reads what was
 * restored. */
static void
on_restoring_cb (KnStore    *store,
                 GParamSpec *pspec,
                 gpointer    data)
{
  GTask *task = data;
  Reading *reading = g_task_get_task_data (task);

  if (kn_store_is_restoring (store))
    return;
  /* The handler holds the task: kept for the thread before it goes. */
  g_object_ref (task);
  g_clear_signal_handler (&reading->restored, store);
  g_clear_object (&reading->store);
  kn_worker_run_in_thread (task, read_thread);
  g_object_unref (task);
}

void
kn_store_reading_start (KnStore              *store,
                        GCancellable        **reading,
                        KnStoreReadFunc       read,
                        gpointer              data,
                        GDestroyNotify        data_free,
                        GAsyncReadyCallback   callback,
                        gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  Reading *task_data;

  g_return_if_fail (KN_IS_STORE (store));
  g_return_if_fail (kn_store_get_path (store) != NULL);
  g_return_if_fail (reading != NULL);
  g_return_if_fail (read != NULL);
  g_return_if_fail (data != NULL);

  kn_store_reading_cancel (reading);
  *reading = g_cancellable_new ();

  task_data = g_new0 (Reading, 1);
  task_data->path = g_strdup (kn_store_get_path (store));
  task_data->read = read;
  task_data->data = data;
  task_data->data_free = data_free;

  task = g_task_new (NULL, *reading, callback, user_data);
  g_task_set_source_tag (task, kn_store_reading_start);
  /* A reading cancelled after its worker returned still hands back what it read, so that
   * finish frees it at once instead of leaving it to the task. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, task_data, (GDestroyNotify)reading_free);
  g_weak_ref_init (&task_data->owner, store);
  kn_store_begin_background (store);
  if (kn_store_is_restoring (store))
    {
      task_data->store = g_object_ref (store);
      task_data->restored = g_signal_connect_data (store, "notify::restoring",
                                                   G_CALLBACK (on_restoring_cb),
                                                   g_object_ref (task), unref_task_cb, 0);
      return;
    }
  kn_worker_run_in_thread (task, read_thread);
}

gpointer
kn_store_reading_finish (GAsyncResult  *result,
                         GCancellable **reading,
                         GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  Reading *task_data;
  gpointer data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kn_store_reading_start, NULL);
  g_return_val_if_fail (reading != NULL, NULL);

  task_data = g_task_get_task_data (G_TASK (result));
  data = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_task_get_cancellable (G_TASK (result)) != *reading)
    {
      /* Dropped: nobody wants it, so it goes now rather than with the task — read whole, or
       * still the task's when the reading stopped before (its worker is done with it). */
      if (data == NULL)
        data = g_steal_pointer (&task_data->data);
      if (data != NULL && task_data->data_free != NULL)
        task_data->data_free (data);
      return NULL;
    }

  g_clear_object (reading);
  if (data == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return data;
}

void
kn_store_reading_cancel (GCancellable **reading)
{
  g_return_if_fail (reading != NULL);

  if (*reading != NULL)
    g_cancellable_cancel (*reading);
  g_clear_object (reading);
}
