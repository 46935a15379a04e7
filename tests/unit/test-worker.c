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

static void
worker_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  int before = own_give_way ();

  kn_worker_give_way ();
  kn_worker_give_way ();
  g_task_return_int (task, MAX (before, own_give_way ()));
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  int *nice = data;

  *nice = (int) g_task_propagate_int (G_TASK (result), NULL);
}

/* The worker runs under SCHED_IDLE (or at nice 10 where that is refused); the main thread keeps
 * its own priority. */
static void
test_gives_way (void)
{
  int main_before = own_give_way ();
  int worker_nice = G_MININT;
  g_autoptr(GTask) task = g_task_new (NULL, NULL, done_cb, &worker_nice);

  g_task_run_in_thread (task, worker_thread);
  while (worker_nice == G_MININT)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpint (worker_nice, >=, 10);
  g_assert_cmpint (worker_nice, >, main_before);
  g_assert_cmpint (own_give_way (), ==, main_before);
#ifdef SCHED_IDLE
  /* On Linux a thread may always lower itself to SCHED_IDLE. */
  g_assert_cmpint (worker_nice, ==, 100);
#endif
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/worker/gives-way", test_gives_way);

  return g_test_run ();
}
