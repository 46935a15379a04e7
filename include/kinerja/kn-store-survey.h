/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store's Survei Kepuasan Masyarakat: a unit's surveys per period and jenis layanan, each
 * respondent's answers to the nine unsur. */

#pragma once

#include "kn-chart-data.h"
#include "kn-skm.h"
#include "kn-store.h"

G_BEGIN_DECLS

/* One survey: the questionnaires of one jenis layanan of a unit in a period. */
typedef struct
{
  gint64   id;           /* 0 until saved */
  gint64   unit_id;
  char    *period;       /* owned: the machine name, "2026-TW1", "2026-AKHIR", "2026-01" */
  char    *service;      /* owned: the jenis layanan, "Legalisir Ijazah" */
  guint64  population;   /* people served in the period, for the minimum sample; 0: not known */
  guint    n_rows;       /* questionnaires */
  guint8  *answers;      /* owned: n_rows × KN_SKM_N_UNSUR scores in unsur order, 1–4 or 0 for
                          * an item left unanswered (what kn_skm_compute reads) */
} KnSkmSurvey;

KnSkmSurvey *kn_skm_survey_new              (gint64              unit_id,
                                             const char         *period,
                                             const char         *service);
/* Adds a questionnaire: @scores holds KN_SKM_N_UNSUR scores (0–4) in unsur order. */
void         kn_skm_survey_add_row          (KnSkmSurvey        *survey,
                                             const guint8       *scores);
void         kn_skm_survey_free             (KnSkmSurvey        *survey);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnSkmSurvey, kn_skm_survey_free)

/* Saves @survey whole, in one transaction: a new one, or in place of the survey of the same unit,
 * period and jenis layanan (its questionnaires replaced by these). Refused, with nothing written
 * and a message naming the field, when the unit does not exist, the period is not one, the jenis
 * layanan is empty, there is no questionnaire or a score is not 0–4. Audited ("skm_survey");
 * @survey->id is set. */
gboolean     kn_store_save_survey           (KnStore            *self,
                                             KnSkmSurvey        *survey,
                                             GError            **error);
/* The survey of @unit_id, @period and @service (its answers included); NULL with
 * KN_STORE_ERROR_NOT_FOUND when there is none. */
KnSkmSurvey *kn_store_load_survey           (KnStore            *self,
                                             gint64              unit_id,
                                             const char         *period,
                                             const char         *service,
                                             GError            **error);
/* The surveys of @unit_id (itself, not its sub-units) in @period (NULL: every period), their
 * answers included, by period then jenis layanan. Element: KnSkmSurvey. */
GPtrArray   *kn_store_list_surveys          (KnStore            *self,
                                             gint64              unit_id,
                                             const char         *period);
gboolean     kn_store_delete_survey         (KnStore            *self,
                                             gint64              survey_id,
                                             GError            **error);

/* The surveys of @surveys as one: every questionnaire, the populations added up (0 when any is
 * unknown), the service of the first (or "" for none). For the unit's result over all its
 * services. */
KnSkmSurvey *kn_skm_survey_merge            (GPtrArray          *surveys);

/* Whether an IKI is measured by the unit's Indeks Kepuasan Masyarakat: its text names
 * "Indeks Kepuasan Masyarakat" or the word "IKM" (any case), or its target unit is "IKM". */
gboolean     kn_skm_indicator_measures_ikm  (const char         *text,
                                             const char         *target_unit);

/* The survey result an IKM-measured IKI of @employee_id takes as its realisation in @period:
 * the merged surveys of the employee's unit in that period or, without any there, of the
 * nearest unit up the tree that has some. FALSE when no such unit has a survey with an IKM.
 * @unit_id (nullable) receives the unit surveyed, @evidence (nullable) the bukti dukung in
 * Indonesian, as documents print it ("Laporan Hasil SKM Triwulan I 2026 (Legalisir Ijazah):
 * 4 responden, IKM 80,32, mutu B (Baik)"). */
gboolean     kn_store_survey_for_employee   (KnStore            *self,
                                             gint64              employee_id,
                                             const char         *period,
                                             KnSkmResult        *result,
                                             gint64             *unit_id,
                                             char              **evidence);

/* The chart of @unit_id's surveys (the unit itself) over the periods of @period's year, with
 * the NRR of @period or, when it has no IKM, of the latest period before it that has one. */
void         kn_skm_chart_fill              (KnStore            *self,
                                             gint64              unit_id,
                                             const char         *period,
                                             KnSkmChart         *chart);

G_END_DECLS
