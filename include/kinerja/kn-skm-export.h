/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Laporan Hasil Survei Kepuasan Masyarakat as an Excel workbook. */

#pragma once

#if defined (KN_CORE_COMPILATION) || defined (KN_REPORT_COMPILATION)
#error "kn-skm-export.h is the io library's: the core and report cannot include it (README, Layout)"
#endif

#include <glib.h>

#include "kn-report-data.h"
#include "kn-skm-report.h"

G_BEGIN_DECLS

/* One sheet "Hasil SKM": the survey's identity, the table of the nine unsur (answers, NRR,
 * NRR tertimbang, NRR × 25, mutu; numbers stored as numbers), the IKM and its mutu, the weakest
 * unsur, the signature, and a native Excel column chart of the NRR. Written atomically in the
 * C numeric locale, like the other workbooks (errors are KN_EXPORT_ERROR). */
gboolean     kn_skm_export_xlsx   (const KnSkmReport  *report,
                                   KnPaper             paper,
                                   const char         *path,
                                   GError            **error);

G_END_DECLS
