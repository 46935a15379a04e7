/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Worker threads that run only where the window's main thread (and the threads it starts) leave
 * a CPU free. */

#define G_LOG_DOMAIN "kn-worker"

#define _GNU_SOURCE  /* SCHED_IDLE */

#include "config.h"

#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "kinerja/kn-worker.h"

#define WORKER_NICE 10

/* Lowers the calling thread's priority once. Only for Kinerja's own threads: on Linux an
 * unprivileged thread cannot take its priority back, so a thread of GLib's shared pool lowered
 * once would run GTK's and GIO's own tasks (a file chooser's folders, icons) lowered too. */
static void
give_way (void)
{
  static GPrivate lowered;

  if (g_private_get (&lowered) != NULL)
    return;
  g_private_set (&lowered, GINT_TO_POINTER (TRUE));
#ifdef SCHED_IDLE
  {
    /* SCHED_IDLE: a thread of normal priority that wakes takes the CPU from the worker at once.
     * Lowering nice was not enough: Pango matches each new font in two threads of its own
     * while the drawing thread waits, and those waited behind a nice worker until the next
     * scheduler tick (3-4 ms each, dozens in the launch; bench-window). */
    struct sched_param param = { .sched_priority = 0 };

    if (pthread_setschedparam (pthread_self (), SCHED_IDLE, &param) == 0)
      return;
  }
#endif
#ifdef SYS_gettid
  /* Otherwise nice: on Linux a thread has its own nice value, set through its thread id. */
  if (getpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid)) < WORKER_NICE)
    (void) setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), WORKER_NICE);
#endif
}

/* Kinerja's own worker threads: four, so that the places' readings go on beside an export and a
 * backup. Not more: each thread that allocates keeps a malloc arena of its own (six threads took
 * the window's peak at 19k from 229-232 MiB to 245-253, bench-window). An exclusive pool: its
 * threads never serve GLib's shared pool (a non-exclusive pool's idle threads would), so they
 * alone are lowered. */
#define WORKER_THREADS 4

typedef struct
{
  GTask           *task;  /* owned */
  GTaskThreadFunc  func;
} Job;

static gboolean
release_task_cb (gpointer data)
{
  return G_SOURCE_REMOVE;
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  Job *job = data;
  g_autoptr(GSource) release = NULL;

  give_way ();
  job->func (job->task, g_task_get_source_object (job->task), g_task_get_task_data (job->task),
             g_task_get_cancellable (job->task));
  /* The job's reference goes where the task was made: the last one would finalise the task's
   * source object (a store) in this thread if its caller was done with both meanwhile. */
  release = g_idle_source_new ();
  g_source_set_priority (release, G_PRIORITY_DEFAULT);
  g_source_set_callback (release, release_task_cb, job->task, g_object_unref);
  g_source_set_static_name (release, "[kinerja] worker job done");
  g_source_attach (release, g_task_get_context (job->task));
  g_free (job);
}

static GThreadPool *
worker_pool (void)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    {
      GError *error = NULL;
      GThreadPool *made = g_thread_pool_new (run_job, NULL, WORKER_THREADS, TRUE, &error);

      /* Threads that cannot be made: nothing else of the program would run either. */
      if (made == NULL)
        g_error ("No worker threads: %s", error->message);
      g_once_init_leave (&pool, made);
    }
  return pool;
}

void
kn_worker_run_in_thread (GTask           *task,
                         GTaskThreadFunc  func)
{
  Job *job;

  g_return_if_fail (G_IS_TASK (task));
  g_return_if_fail (func != NULL);

  job = g_new (Job, 1);
  job->task = g_object_ref (task);
  job->func = func;
  g_thread_pool_push (worker_pool (), job, NULL);
}
