/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Worker threads at a lower priority than the window's main thread. */

#define G_LOG_DOMAIN "kn-worker"

#include "config.h"

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
#ifdef SYS_gettid
  /* On Linux a thread has its own nice value, set through its thread id. */
  if (getpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid)) < WORKER_NICE)
    (void) setpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid), WORKER_NICE);
#endif
}
