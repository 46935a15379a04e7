/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the store knows of an evaluation beyond its public API. Never installed. */

#pragma once

#include "kinerja/kn-evaluation.h"

G_BEGIN_DECLS

/* Keeps the stored snapshot's text and parses it only when the snapshot is first read (a unit's
 * list has thousands of final evaluations whose snapshots are rarely looked at). A text that
 * does not parse then gives an empty snapshot, as kn_evaluation_set_snapshot_text would leave a
 * new evaluation's. */
void kn_evaluation_set_snapshot_text_lazily (KnEvaluation *self,
                                             const char   *text);

G_END_DECLS
