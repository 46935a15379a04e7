/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pieces of a document's data that kn-report-data.c and kn-report-eval-data.c share. Never
 * installed. */

#pragma once

#include "kinerja/kn-report-data.h"

G_BEGIN_DECLS

void kn_report_person_from_employee     (KnStore        *store,
                                         KnReportPerson *person,
                                         KnEmployee     *employee);
void kn_report_person_on_day            (KnStore        *store,
                                         KnReportPerson *person,
                                         KnEmployee     *employee,
                                         const char     *day);
void kn_report_period_last_day          (const KnPeriod *period,
                                         char            day[11]);
void kn_report_person_external_assessor (KnStore        *store,
                                         KnReportPerson *person);
void kn_report_person_external_superior (KnStore        *store,
                                         KnReportPerson *person);
void kn_report_person_superior_on_day   (KnStore        *store,
                                         KnReportPerson *person,
                                         KnEmployee     *assessor,
                                         const char     *day);
void kn_report_person_from_snapshot     (KnReportPerson *person,
                                         KnEvaluation   *evaluation,
                                         const char     *prefix);
void kn_report_fill_common              (KnReport       *report,
                                         KnStore        *store,
                                         gint64          unit_id,
                                         guint           year);
void kn_report_fill_plan                (KnReport       *report,
                                         KnPlan         *plan);
void kn_report_recap_add_reviews        (KnRecapReport  *report,
                                         KnStore        *store);
/* The employee or unit a document is about, or NULL with KN_STORE_ERROR_NOT_FOUND saying it no
 * longer exists. */
KnEmployee *kn_report_require_employee  (KnStore        *store,
                                         gint64          employee_id,
                                         GError        **error);
KnOrgUnit  *kn_report_require_unit      (KnStore        *store,
                                         gint64          unit_id,
                                         GError        **error);

G_END_DECLS
