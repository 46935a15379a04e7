/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of kn-worker: a worker thread gives way to the window's main thread. */

#define _GNU_SOURCE  /* SCHED_IDLE */

#include "config.h"

#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <gio/gio.h>

#include "kinerja/kn-worker.h"

static int
own_nice (void)
{
  return getpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid));
}

/* How far the calling thread gives way: its nice value, or 100 under SCHED_IDLE (it runs only
 * where no thread of normal priority wants the CPU). */
static int
own_give_way (void)
{
#ifdef SCHED_IDLE
  if (sched_getscheduler ((pid_t) syscall (SYS_gettid)) == SCHED_IDLE)
    return 100;
#endif
  return own_nice ();
}

/* How far the thread it runs in gives way. */
static void
worker_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_task_return_int (task, own_give_way ());
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  int *nice = data;

  *nice = (int) g_task_propagate_int (G_TASK (result), NULL);
}

/* Runs worker_thread for each of @n tasks, in Kinerja's workers or GLib's shared pool, all at
 * once; how far each thread gave way, in @seen. */
static void
run_side_by_side (gboolean  ours,
                  int      *seen,
                  guint     n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, done_cb, &seen[i]);

      seen[i] = G_MININT;
      if (ours)
        kn_worker_run_in_thread (task, worker_thread);
      else
        g_task_run_in_thread (task, worker_thread);
    }
  for (guint i = 0; i < n; i++)
    while (seen[i] == G_MININT)
      g_main_context_iteration (NULL, TRUE);
}

/* The worker runs under SCHED_IDLE (or at nice 10 where that is refused); the main thread keeps
 * its own priority. */
static void
test_gives_way (void)
{
  int main_before = own_give_way ();
  int worker_nice = G_MININT;

  run_side_by_side (TRUE, &worker_nice, 1);

  g_assert_cmpint (worker_nice, >=, 10);
  g_assert_cmpint (worker_nice, >, main_before);
  g_assert_cmpint (own_give_way (), ==, main_before);
#ifdef SCHED_IDLE
  /* On Linux a thread may always lower itself to SCHED_IDLE. */
  g_assert_cmpint (worker_nice, ==, 100);
#endif
}

/* GLib's shared pool keeps its priority after Kinerja's workers ran: GTK's and GIO's own tasks
 * (a file chooser's folders, icons) are not left to run lowered. Many tasks side by side, so
 * that the shared pool uses every thread it has idle. */
static void
test_shared_pool_keeps_priority (void)
{
  int main_before = own_give_way ();
  int seen[12];

  run_side_by_side (TRUE, seen, G_N_ELEMENTS (seen));
  for (guint i = 0; i < G_N_ELEMENTS (seen); i++)
    g_assert_cmpint (seen[i], >, main_before);

  run_side_by_side (FALSE, seen, G_N_ELEMENTS (seen));
  for (guint i = 0; i < G_N_ELEMENTS (seen); i++)
    g_assert_cmpint (seen[i], ==, main_before);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/worker/gives-way", test_gives_way);
  g_test_add_func ("/worker/shared-pool-keeps-priority", test_shared_pool_keeps_priority);

  return g_test_run ();
}
