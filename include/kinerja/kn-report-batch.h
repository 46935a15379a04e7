/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One batch writer for a unit's documents, used by kinerja-cli export and the Laporan place
 * alike: the same reports gathered, the same people left out, the same file names, one file or
 * one per person, stopped between files. */

#pragma once

#include <gio/gio.h>

#include "kn-report-data.h"

G_BEGIN_DECLS

/* How a format writes: the report library gives the PDF one (kn_document_report_writer), the io
 * library the Excel one (kn_export_report_writer). Each writes atomically: on failure or when
 * @cancellable is cancelled, no file is left at @path. */
typedef struct
{
  gboolean   xlsx;
  gboolean (*write_reports) (const KnReport *const *reports,
                             guint                  n_reports,
                             KnPaper                paper,
                             const char            *path,
                             GCancellable          *cancellable,
                             GError               **error);
  gboolean (*write_recap)   (const KnRecapReport   *recap,
                             KnPaper                paper,
                             const char            *path,
                             GError               **error);
} KnReportWriter;

typedef struct _KnReportBatch KnReportBatch;

/* Called on the working thread: while gathering (@gathering, every few people) and after each
 * file (split) or document (one file) written: @done of @total. */
typedef void (*KnReportBatchProgress) (gboolean gathering,
                                       guint    done,
                                       guint    total,
                                       gpointer user_data);

/* Called on the working thread once the data is gathered, before anything is written. */
typedef void (*KnReportBatchGathered) (KnReportBatch *batch,
                                       gpointer       user_data);

KnReportBatch *kn_report_batch_new        (KnDocumentKind        kind,
                                           KnPaper               paper);
void           kn_report_batch_free       (KnReportBatch        *batch);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnReportBatch, kn_report_batch_free)

/* Gathers the documents of @ids (in that order) for @period ("2026" or any period of the year
 * for an SKP) from @store, on the thread that owns the store. Who has no SKP for the year is
 * left out and counted (kn_report_batch_get_n_skipped); with @strict (one person asked for by
 * name) that is an error instead. For KN_DOCUMENT_REKAP, @ids holds the unit's id. FALSE with
 * @error when nothing could be gathered. */
gboolean       kn_report_batch_gather     (KnReportBatch        *batch,
                                           KnStore              *store,
                                           const gint64         *ids,
                                           guint                 n_ids,
                                           const char           *period,
                                           gboolean              strict,
                                           GError              **error);
guint          kn_report_batch_get_n_reports (KnReportBatch     *batch);
guint          kn_report_batch_get_n_skipped (KnReportBatch     *batch);
/* The year of the documents, for "no SKP for 2026". */
guint          kn_report_batch_get_year   (KnReportBatch        *batch);
const KnReport *const *kn_report_batch_get_reports (KnReportBatch *batch);

/* Writes what was gathered with @writer: into the one file @path, or with @split one file per
 * person named by kn_report_file_name into the existing folder @path (the recap is always one
 * file). Each file is complete before the next begins, so a stop through @cancellable leaves
 * whole files only. Returns how many documents were written; 0 with @error on failure. It reads
 * only the batch: it may run on another thread. */
guint          kn_report_batch_write      (KnReportBatch        *batch,
                                           const KnReportWriter *writer,
                                           const char           *path,
                                           gboolean              split,
                                           GCancellable         *cancellable,
                                           KnReportBatchProgress progress,
                                           gpointer              user_data,
                                           GError              **error);

/* kn_report_batch_write in a worker thread; @batch is taken. With @db_path, the worker first
 * gathers @ids for @period (as kn_report_batch_gather, not strict) on a read-only store of its
 * own on that file, so a province's unit is read without blocking the window; without it, @batch
 * was gathered already. A stop (@cancellable) is honoured between two people and between two
 * files. @progress and @gathered (both nullable) are called on the worker thread with
 * @progress_data. */
void           kn_report_batch_write_async  (KnReportBatch        *batch,
                                             const char           *db_path,
                                             const gint64         *ids,
                                             guint                 n_ids,
                                             const char           *period,
                                             const KnReportWriter *writer,
                                             const char           *path,
                                             gboolean              split,
                                             GCancellable         *cancellable,
                                             KnReportBatchProgress progress,
                                             KnReportBatchGathered gathered,
                                             gpointer              progress_data,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
guint          kn_report_batch_write_finish (GAsyncResult         *result,
                                             GError              **error);

G_END_DECLS
