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

void
kn_worker_give_way (void)
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
