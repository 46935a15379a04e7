/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the Laporan Hasil Survei Kepuasan Masyarakat is about (unit, services, period,
 * respondents, population, minimum sample) and what to improve first, in the same words on the
 * PDF (kn-skm-document) and in the workbook (kn-skm-export). Official text: Indonesian whatever
 * the locale. */

#pragma once

#include <glib.h>

#include "kn-skm-report.h"

G_BEGIN_DECLS

#define KN_SKM_REPORT_N_ROWS 6

typedef struct
{
  const char *label;   /* "Unit pelayanan", … */
  char       *value;   /* owned */
} KnSkmReportRow;

/* Fills @rows with the report's identity, "Label: value" a row; kn_skm_report_rows_clear()
 * frees the values. */
void kn_skm_report_rows_init  (const KnSkmReport *report,
                               KnSkmReportRow     rows[KN_SKM_REPORT_N_ROWS]);
void kn_skm_report_rows_clear (KnSkmReportRow     rows[KN_SKM_REPORT_N_ROWS]);

/* The sentence that closes the results: the unsur to improve first (the weakest), or, without
 * an IKM, why there is none. */
char *kn_skm_report_advice_text (const KnSkmReport *report);

G_END_DECLS
