/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A worker thread gives way to the window: on two cores, a worker reading the province, sorting
 * names or checking the database competed with the main thread for a CPU, and the window's
 * stretches of work took twice their CPU time on the wall clock. */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Runs @func for @task, as g_task_run_in_thread() would, in one of Kinerja's own worker threads,
 * which give way to the window's threads (SCHED_IDLE: they run where the other threads leave a
 * CPU free; nice 10 where that is refused; the thread's priority is lowered for good, so these
 * threads serve nothing else): for work the window does not wait for (readings, sorts,
 * checks, backups, exports). @func answers through @task from the worker, checks @task's
 * cancellable itself (a cancelled task still runs @func) and must not hold a lock other work
 * waits for: the finalising writer stays on g_task_run_in_thread(). */
void kn_worker_run_in_thread (GTask           *task,
                              GTaskThreadFunc  func);

G_END_DECLS
