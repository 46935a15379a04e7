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
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify) kn_document_free);

  for (guint i = 0; i < n_reports; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      g_ptr_array_add (documents, kn_document_new_report (reports[i], paper));
    }
  /* Written to a temporary file and renamed: a stop before this leaves nothing. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (documents->len == 1)
    return kn_document_write_pdf (g_ptr_array_index (documents, 0), path, error);
  return kn_document_write_pdf_many ((KnDocument **) documents->pdata, documents->len, path, error);
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
