/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who may be a person's atasan, offered in a chooser the same way wherever one is chosen: the
 * employee form and a mutasi in the person's history. */

#pragma once

#include "kinerja/kinerja.h"
#include "kn-chooser.h"

G_BEGIN_DECLS

/* The head of @unit_id (someone there whose own atasan works elsewhere), else of the unit
 * above: the superior a person placed there most likely has; 0 when there is none. */
gint64 kn_employee_choices_propose_supervisor (KnStore   *store,
                                               gint64     unit_id);
/* Fills @chooser with the people who may be the atasan of @employee_id (0: someone new) when
 * working in @unit_id: of the same OPD, those of the unit and the units above it first (closest
 * first), never anyone who would close a loop; first "No direct superior". @ids receives the
 * id of each item (0 for none); @keep is chosen when offered. */
void   kn_employee_choices_fill_supervisors   (KnStore   *store,
                                               KnChooser *chooser,
                                               GArray    *ids,
                                               gint64     employee_id,
                                               gint64     unit_id,
                                               gint64     keep);

G_END_DECLS
