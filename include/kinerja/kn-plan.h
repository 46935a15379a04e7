/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An SKP (Sasaran Kinerja Pegawai): one employee's plan for one year. */

#pragma once

#include <gio/gio.h>

#include "kn-plan-enums.h"
#include "kn-plan-result.h"

G_BEGIN_DECLS

#define KN_TYPE_PLAN (kn_plan_get_type ())

G_DECLARE_FINAL_TYPE (KnPlan, kn_plan, KN, PLAN, GObject)

KnPlan         *kn_plan_new                  (gint64               employee_id,
                                              guint                year);
/* A deep copy: ids, results, indicators, expectations and attachments included. */
KnPlan         *kn_plan_copy                 (KnPlan              *self);

gint64          kn_plan_get_id               (KnPlan              *self);
void            kn_plan_set_id               (KnPlan              *self,
                                              gint64               id);
gint64          kn_plan_get_employee_id      (KnPlan              *self);
void            kn_plan_set_employee_id      (KnPlan              *self,
                                              gint64               employee_id);
guint           kn_plan_get_year             (KnPlan              *self);
void            kn_plan_set_year             (KnPlan              *self,
                                              guint                year);
KnPlanApproach  kn_plan_get_approach         (KnPlan              *self);
void            kn_plan_set_approach         (KnPlan              *self,
                                              KnPlanApproach       approach);
/* The Pejabat Penilai Kinerja (by default the atasan langsung); 0 when none. */
gint64          kn_plan_get_assessor_id      (KnPlan              *self);
void            kn_plan_set_assessor_id      (KnPlan              *self,
                                              gint64               assessor_id);
KnPlanStatus    kn_plan_get_status           (KnPlan              *self);
void            kn_plan_set_status           (KnPlan              *self,
                                              KnPlanStatus         status);
/* Why it was returned or reopened; nullable. */
const char     *kn_plan_get_status_reason    (KnPlan              *self);
void            kn_plan_set_status_reason    (KnPlan              *self,
                                              const char          *reason);
/* The JPT form: perspektif instead of aspek, no superior RHK. */
gboolean        kn_plan_get_jpt              (KnPlan              *self);
void            kn_plan_set_jpt              (KnPlan              *self,
                                              gboolean             jpt);
/* The stored row's version when it was read (0 for a new one): a save of an older version
 * than the stored one is refused (another desk saved in between). */
gint64          kn_plan_get_row_version      (KnPlan              *self);
void            kn_plan_set_row_version      (KnPlan              *self,
                                              gint64               version);
/* The RHKs (KnPlanResult), utama and tambahan, in their order; the plan owns the list. */
GListStore     *kn_plan_get_results          (KnPlan              *self);
/* Ekspektasi Khusus Pimpinan of a core value; "" when none. Setting a different text emits
 * "expectation-changed" (guint value). */
const char     *kn_plan_get_expectation      (KnPlan              *self,
                                              KnCoreValue          value);
void            kn_plan_set_expectation      (KnPlan              *self,
                                              KnCoreValue          value,
                                              const char          *text);
/* The items of one Lampiran list, in order (NULL-terminated, owned by the plan). Setting
 * different items emits "attachments-changed" (guint section). */
const char * const *kn_plan_get_attachments  (KnPlan              *self,
                                              KnAttachmentSection  section);
void            kn_plan_set_attachments      (KnPlan              *self,
                                              KnAttachmentSection  section,
                                              const char * const  *items);
/* "1 Januari s.d. 31 Desember 2026" (in English "1 January to 31 December 2026"). */
char           *kn_plan_dup_period_label     (KnPlan              *self);
/* TRUE when every field, result, indicator, expectation and attachment equals. */
gboolean        kn_plan_equal                (KnPlan              *a,
                                              KnPlan              *b);

G_END_DECLS
