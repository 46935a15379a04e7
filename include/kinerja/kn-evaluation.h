/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An evaluation of one employee for one period: the two ratings, the predikat they give, the
 * status, and once final the snapshot of who the people were at that moment. */

#pragma once

#include <glib-object.h>

#include "kn-rules.h"

G_BEGIN_DECLS

typedef enum
{
  KN_EVALUATION_STATUS_DRAFT,
  KN_EVALUATION_STATUS_FINAL,
  KN_EVALUATION_STATUS_N
} KnEvaluationStatus;

#define KN_TYPE_EVALUATION_STATUS (kn_evaluation_status_get_type ())
GType        kn_evaluation_status_get_type     (void) G_GNUC_CONST;
/* "draft", "final" */
const char  *kn_evaluation_status_to_string    (KnEvaluationStatus  status);
gboolean     kn_evaluation_status_from_string  (const char         *text,
                                                KnEvaluationStatus *status);
/* "Draft", "Final" (translated) */
const char  *kn_evaluation_status_label        (KnEvaluationStatus  status);

/* Snapshot keys: who the people were when the evaluation was finalised. */
#define KN_SNAPSHOT_NAME               "name"
#define KN_SNAPSHOT_NIP                "nip"
#define KN_SNAPSHOT_RANK               "rank"           /* "Penata Muda, III/a" */
#define KN_SNAPSHOT_POSITION           "position"
#define KN_SNAPSHOT_UNIT               "unit"
#define KN_SNAPSHOT_ASSESSOR_NAME      "assessor.name"
#define KN_SNAPSHOT_ASSESSOR_NIP       "assessor.nip"
#define KN_SNAPSHOT_ASSESSOR_RANK      "assessor.rank"
#define KN_SNAPSHOT_ASSESSOR_POSITION  "assessor.position"
#define KN_SNAPSHOT_ASSESSOR_UNIT      "assessor.unit"
#define KN_SNAPSHOT_SUPERIOR_NAME      "superior.name"  /* atasan pejabat penilai */
#define KN_SNAPSHOT_SUPERIOR_NIP       "superior.nip"
#define KN_SNAPSHOT_SUPERIOR_RANK      "superior.rank"
#define KN_SNAPSHOT_SUPERIOR_POSITION  "superior.position"
#define KN_SNAPSHOT_SUPERIOR_UNIT      "superior.unit"
#define KN_SNAPSHOT_ORG_PREDIKAT       "org-predikat"   /* machine name */
#define KN_SNAPSHOT_FINALISED_AT       "finalised-at"   /* ISO 8601 UTC */

#define KN_TYPE_EVALUATION (kn_evaluation_get_type ())

G_DECLARE_FINAL_TYPE (KnEvaluation, kn_evaluation, KN, EVALUATION, GObject)

KnEvaluation       *kn_evaluation_new                 (gint64              employee_id,
                                                       const char         *period);
KnEvaluation       *kn_evaluation_copy                (KnEvaluation       *self);

/* 0 until saved. */
gint64              kn_evaluation_get_id              (KnEvaluation       *self);
void                kn_evaluation_set_id              (KnEvaluation       *self,
                                                       gint64              id);
/* The stored row's version when it was read (0 for a new one, or not checked): a save of an
 * older version than the stored one is refused (another desk saved in between). */
gint64              kn_evaluation_get_row_version     (KnEvaluation       *self);
void                kn_evaluation_set_row_version     (KnEvaluation       *self,
                                                       gint64              version);
gint64              kn_evaluation_get_employee_id     (KnEvaluation       *self);
/* The machine name of the period: "2026-TW1", "2026-AKHIR", "2026-03". */
const char         *kn_evaluation_get_period          (KnEvaluation       *self);
gint64              kn_evaluation_get_assessor_id     (KnEvaluation       *self);
void                kn_evaluation_set_assessor_id     (KnEvaluation       *self,
                                                       gint64              assessor_id);
KnRating            kn_evaluation_get_rating_result   (KnEvaluation       *self);
void                kn_evaluation_set_rating_result   (KnEvaluation       *self,
                                                       KnRating            rating);
KnRating            kn_evaluation_get_rating_behaviour (KnEvaluation      *self);
void                kn_evaluation_set_rating_behaviour (KnEvaluation      *self,
                                                       KnRating            rating);
/* Follows from the two ratings (kn_predikat_from_ratings); read-only property "predikat". */
KnPredikat          kn_evaluation_get_predikat        (KnEvaluation       *self);
KnEvaluationStatus  kn_evaluation_get_status          (KnEvaluation       *self);
void                kn_evaluation_set_status          (KnEvaluation       *self,
                                                       KnEvaluationStatus  status);
/* Catatan/rekomendasi; nullable. */
const char         *kn_evaluation_get_note            (KnEvaluation       *self);
void                kn_evaluation_set_note            (KnEvaluation       *self,
                                                       const char         *note);
/* Why it was last reopened; nullable. */
const char         *kn_evaluation_get_reopen_reason   (KnEvaluation       *self);
void                kn_evaluation_set_reopen_reason   (KnEvaluation       *self,
                                                       const char         *reason);
/* A value of the snapshot (KN_SNAPSHOT_…); NULL when not final or not known. */
const char         *kn_evaluation_get_snapshot        (KnEvaluation       *self,
                                                       const char         *key);
void                kn_evaluation_set_snapshot        (KnEvaluation       *self,
                                                       const char         *key,
                                                       const char         *value);
void                kn_evaluation_clear_snapshot      (KnEvaluation       *self);
/* The snapshot as text for storage, and back (GVariant a{ss} text form). */
char               *kn_evaluation_dup_snapshot_text   (KnEvaluation       *self);
gboolean            kn_evaluation_set_snapshot_text   (KnEvaluation       *self,
                                                       const char         *text);
gboolean            kn_evaluation_equal               (KnEvaluation       *a,
                                                       KnEvaluation       *b);

G_END_DECLS
