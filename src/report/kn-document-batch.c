/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PDF writer of the batch (kn-report-batch.h). */

#define G_LOG_DOMAIN "kn-document"

#include "config.h"

#include <gio/gio.h>

#include "kinerja/kn-document.h"

static gboolean
write_reports (const KnReport *const *reports,
               guint                  n_reports,
               KnPaper                paper,
               const char            *path,
               GCancellable          *cancellable,
               GError               **error)
{
  /* Each document is drawn into the file as soon as it is made, so only one document's texts
   * are held at a time; the file appears, whole, at the end (a stop before leaves nothing). */
  g_autoptr(KnPdfWriter) writer = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  writer = kn_pdf_writer_new (path, error);
  if (writer == NULL)
    return FALSE;
  for (guint i = 0; i < n_reports; i++)
    {
      g_autoptr(KnDocument) document = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      document = kn_document_new_report (reports[i], paper);
      kn_pdf_writer_add (writer, document);
    }
  return kn_pdf_writer_finish (writer, error);
}

static gboolean
write_recap (const KnRecapReport *recap,
             KnPaper              paper,
             const char          *path,
             GError             **error)
{
  g_autoptr(KnDocument) document = kn_document_new_recap (recap, paper);

  return kn_document_write_pdf (document, path, error);
}

const KnReportWriter *
kn_document_report_writer (void)
{
  static const KnReportWriter writer = { FALSE, write_reports, write_recap };

  return &writer;
}
