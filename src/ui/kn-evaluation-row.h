/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One row of the Penilaian table: the evaluation with what its cells show beside it (the
 * employee's name, the SKP's state, the angka kredit, the proposal from the periods, the matter
 * before the Tim Penilai Kinerja), gathered in one batch so that no bind callback asks the
 * database. */

#pragma once

#include <gio/gio.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_EVALUATION_ROW (kn_evaluation_row_get_type ())

G_DECLARE_FINAL_TYPE (KnEvaluationRow, kn_evaluation_row, KN, EVALUATION_ROW, GObject)

KnEvaluation *kn_evaluation_row_get_evaluation (KnEvaluationRow *self);
const char   *kn_evaluation_row_get_name       (KnEvaluationRow *self);
/* The second line under the name: SKP missing or not approved, angka kredit, proposal. */
char         *kn_evaluation_row_dup_note       (KnEvaluationRow *self);
gboolean      kn_evaluation_row_is_head        (KnEvaluationRow *self);
/* The matter of the person's evaluation before the Tim Penilai Kinerja (kn_store_get_review):
 * its state, KN_REVIEW_N when there is none; a short label ("Di Tim Penilai") and a sentence
 * with its date and reason (or what it waits for), NULL when none. */
KnReviewDecision kn_evaluation_row_get_review  (KnEvaluationRow *self);
/* Whether the row waits for the team without a matter before it: review is on for the unit the
 * person was in on the period's last day (kn_store_evaluation_review_from), the team has not
 * seen the evaluation, and it is not final. Its label is then "Menunggu Tim Penilai". */
gboolean      kn_evaluation_row_awaits_team    (KnEvaluationRow *self);
/* Whether finalising the evaluation waits for the team, as kn_store_check_review_done decided
 * when the row was gathered: a matter open before it, or review on for the unit without the
 * team's agreement. */
gboolean      kn_evaluation_row_is_held        (KnEvaluationRow *self);
const char   *kn_evaluation_row_get_review_label (KnEvaluationRow *self);
const char   *kn_evaluation_row_get_review_tooltip (KnEvaluationRow *self);

/* The annual ratings proposed from the periods of @evaluation's year, with a sentence; NULL
 * when none (or when @evaluation is not annual). */
char         *kn_evaluation_row_propose        (KnStore         *store,
                                                KnEvaluation    *evaluation,
                                                KnRating        *result,
                                                KnRating        *behaviour);

/* The rows of @unit_id (sub-units included) for @period, as kn_store_list_unit_evaluations
 * lists them, each with everything its cells show. Reads @store only: call it on a store owned
 * by the calling thread. NULL when @cancellable was cancelled. Element: KnEvaluationRow. */
GPtrArray    *kn_evaluation_row_gather         (KnStore         *store,
                                                gint64           unit_id,
                                                const char      *period,
                                                gint64           assessor_id,
                                                GCancellable    *cancellable);

G_END_DECLS
