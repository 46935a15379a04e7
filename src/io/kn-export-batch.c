/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Excel writer of the batch (kn-report-batch.h). */

#define G_LOG_DOMAIN "kn-export"

#include "config.h"

#include <gio/gio.h>

#include "kinerja/kn-export.h"

static gboolean
write_reports (const KnReport *const *reports,
               guint                  n_reports,
               KnPaper                paper,
               const char            *path,
               GCancellable          *cancellable,
               GError               **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return kn_export_reports_xlsx (reports, n_reports, paper, path, error);
}

const KnReportWriter *
kn_export_report_writer (void)
{
  static const KnReportWriter writer = { TRUE, write_reports, kn_export_recap_xlsx };

  return &writer;
}
