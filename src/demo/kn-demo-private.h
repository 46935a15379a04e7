/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of the demo share: kn-demo.c makes the office, kn-demo-skp.c the SKPs,
 * kn-demo-eval.c the year's realisation, feedback and evaluations. */

#pragma once

#include "kinerja/kn-store.h"

G_BEGIN_DECLS

/* Every employee's SKP for the demo year; @employee_ids in chain order, heads first. */
gboolean kn_demo_add_plans (KnStore  *store,
                            GArray   *employee_ids,
                            GError  **error);

/* Realisation, feedback, capaian kinerja organisasi and the evaluations of every period of the
 * demo year, for everyone whose SKP is approved; called after kn_demo_add_plans. */
gboolean kn_demo_add_evaluations (KnStore  *store,
                                  GArray   *employee_ids,
                                  GError  **error);

gboolean kn_demo_add_trainings (KnStore  *store,
                                GArray   *employee_ids,
                                GError  **error);

G_END_DECLS
