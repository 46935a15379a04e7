/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A worker thread gives way to the window: on two cores, a worker reading the province, sorting
 * names or checking the database competed with the main thread for a CPU, and the window's
 * stretches of work took twice their CPU time on the wall clock. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lowers this thread's scheduling priority once (SCHED_IDLE: it runs where the other threads
 * leave a CPU free; nice 10 where that is refused); the main thread stays as it is. A GTask's
 * worker calls it first. Does nothing where threads have no priority of their own. */
void kn_worker_give_way (void);

G_END_DECLS
