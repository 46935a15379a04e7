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

/* Where the snapshots of many evaluations read at once are kept: one block of memory for them
 * all, freed with the last evaluation that holds its snapshot unparsed (a unit's list, issue
 * 13). */
typedef struct _KnEvaluationTexts KnEvaluationTexts;

KnEvaluationTexts *kn_evaluation_texts_new   (void);
void               kn_evaluation_texts_unref (KnEvaluationTexts *texts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnEvaluationTexts, kn_evaluation_texts_unref)

/* An evaluation as the store read it, its fields set as they are, without a notification or a
 * check each: a unit's list makes thousands (issue 13). @period is a GRefString the
 * evaluation takes a reference of, shared by the list's evaluations; @snapshot_text is kept
 * as kn_evaluation_set_snapshot_text_lazily keeps it, in @texts when given (nullable). The texts
 * may be NULL; "" is none. */
typedef struct
{
  gint64              id;
  gint64              employee_id;
  char               *period;
  gint64              assessor_id;
  KnRating            rating_result;
  KnRating            rating_behaviour;
  KnEvaluationStatus  status;
  const char         *note;
  const char         *reopen_reason;
  const char         *snapshot_text;
  KnEvaluationTexts  *texts;
  gint64              row_version;
} KnEvaluationStored;

KnEvaluation *kn_evaluation_new_stored (const KnEvaluationStored *stored);

G_END_DECLS
