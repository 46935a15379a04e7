/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the two halves of the demo share: kn-demo.c makes the office, kn-demo-skp.c the SKPs. */

#pragma once

#include "kinerja/kn-store.h"

G_BEGIN_DECLS

/* Every employee's SKP for the demo year; @employee_ids in chain order, heads first. */
gboolean kn_demo_add_plans (KnStore  *store,
                            GArray   *employee_ids,
                            GError  **error);

G_END_DECLS
