/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The batch writer of a unit's documents (kn-report-batch.h): one set of rules for kinerja-cli
 * export and the Laporan place. */

#define G_LOG_DOMAIN "kn-report-batch"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kinerja/kn-period.h"
#include "kinerja/kn-report-batch.h"
#include "kinerja/kn-worker.h"

struct _KnReportBatch
{
  KnDocumentKind  kind;
  KnPaper         paper;
  GPtrArray      *reports;   /* owned: KnReport */
  KnRecapReport  *recap;     /* owned, nullable */
  guint           skipped;
  guint           year;
  /* While gathering in a worker (kn_report_batch_write_async with a file): nullable */
  GCancellable         *cancellable;
  KnReportBatchProgress progress;
  gpointer              progress_data;
};

KnReportBatch *
kn_report_batch_new (KnDocumentKind kind,
                     KnPaper        paper)
{
  KnReportBatch *batch = g_new0 (KnReportBatch, 1);

  batch->kind = kind;
  batch->paper = paper;
  batch->reports = g_ptr_array_new_with_free_func ((GDestroyNotify) kn_report_free);
  return batch;
}

void
kn_report_batch_free (KnReportBatch *batch)
{
  if (batch == NULL)
    return;
  g_ptr_array_unref (batch->reports);
  g_clear_pointer (&batch->recap, kn_recap_report_free);
  g_free (batch);
}

static KnReport *
build_one (KnReportBatch *batch,
           KnStore       *store,
           gint64         employee_id,
           const char    *period,
           GError       **error)
{
  if (batch->kind == KN_DOCUMENT_SKP)
    return kn_report_build_skp (store, employee_id, batch->year, error);
  return kn_report_build_evaluation (store, batch->kind, employee_id, period, error);
}

gboolean
kn_report_batch_gather (KnReportBatch *batch,
                        KnStore       *store,
                        const gint64  *ids,
                        guint          n_ids,
                        const char    *period,
                        gboolean       strict,
                        GError       **error)
{
  KnPeriod parsed;

  g_return_val_if_fail (batch != NULL, FALSE);
  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  /* For an SKP a year is enough; any period names its year. */
  batch->year = kn_period_parse (period, &parsed, NULL) ? parsed.year
                                                        : (guint) g_ascii_strtoull (period, NULL, 10);

  if (batch->kind == KN_DOCUMENT_REKAP)
    {
      g_return_val_if_fail (n_ids == 1, FALSE);
      batch->recap = kn_report_build_recap (store, ids[0], period, error);
      return batch->recap != NULL;
    }

  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(GError) local_error = NULL;
      KnReport *report;

      if (g_cancellable_set_error_if_cancelled (batch->cancellable, error))
        return FALSE;
      if (batch->progress != NULL && i > 0 && i % 16 == 0)
        batch->progress (TRUE, i, n_ids, batch->progress_data);
      report = build_one (batch, store, ids[i], period, &local_error);

      if (report != NULL)
        {
          g_ptr_array_add (batch->reports, report);
          continue;
        }
      /* One person asked for is an error; in a unit, who has no SKP is left out and counted. */
      if (strict)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      batch->skipped++;
    }

  if (batch->reports->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("Nobody chosen has an SKP for that year, so there is nothing to save."));
      return FALSE;
    }
  return TRUE;
}

guint
kn_report_batch_get_n_reports (KnReportBatch *batch)
{
  return batch->recap != NULL ? 1 : batch->reports->len;
}

guint
kn_report_batch_get_n_skipped (KnReportBatch *batch)
{
  return batch->skipped;
}

guint
kn_report_batch_get_year (KnReportBatch *batch)
{
  return batch->year;
}

const KnReport *const *
kn_report_batch_get_reports (KnReportBatch *batch)
{
  return (const KnReport *const *) batch->reports->pdata;
}

guint
kn_report_batch_write (KnReportBatch        *batch,
                       const KnReportWriter *writer,
                       const char           *path,
                       gboolean              split,
                       GCancellable         *cancellable,
                       KnReportBatchProgress progress,
                       gpointer              user_data,
                       GError              **error)
{
  guint n = batch->reports->len;

  g_return_val_if_fail (writer != NULL, 0);
  g_return_val_if_fail (path != NULL, 0);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return 0;

  if (batch->recap != NULL)
    {
      if (!writer->write_recap (batch->recap, batch->paper, path, error))
        return 0;
      if (progress != NULL)
        progress (FALSE, 1, 1, user_data);
      return 1;
    }

  if (!split)
    {
      if (!writer->write_reports ((const KnReport *const *) batch->reports->pdata, n, batch->paper,
                                  path, cancellable, error))
        return 0;
      if (progress != NULL)
        progress (FALSE, n, n, user_data);
      return n;
    }

  /* Each file is complete before the next begins, so stopping leaves only whole files. */
  for (guint i = 0; i < n; i++)
    {
      const KnReport *report = g_ptr_array_index (batch->reports, i);
      g_autofree char *name = kn_report_file_name (report, writer->xlsx);
      g_autofree char *file = g_build_filename (path, name, NULL);

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !writer->write_reports (&report, 1, batch->paper, file, cancellable, error))
        return 0;
      if (progress != NULL)
        progress (FALSE, i + 1, n, user_data);
    }
  return n;
}

typedef struct
{
  KnReportBatch        *batch;   /* owned */
  char                 *db_path; /* nullable: gathered already */
  GArray               *ids;     /* gint64 */
  char                 *period;
  const KnReportWriter *writer;
  char                 *path;
  gboolean              split;
  KnReportBatchProgress progress;
  KnReportBatchGathered gathered;
  gpointer              progress_data;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *write = data;

  kn_report_batch_free (write->batch);
  g_free (write->db_path);
  g_array_unref (write->ids);
  g_free (write->period);
  g_free (write->path);
  g_free (write);
}

static gboolean
gather_in_thread (WriteData     *write,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(KnStore) store = kn_store_open_with_mode (write->db_path, KN_STORE_OPEN_READ_ONLY, error);
  gboolean ok;

  if (store == NULL)
    return FALSE;
  write->batch->cancellable = cancellable;
  write->batch->progress = write->progress;
  write->batch->progress_data = write->progress_data;
  ok = kn_report_batch_gather (write->batch, store, (const gint64 *) write->ids->data,
                               write->ids->len, write->period, FALSE, error);
  write->batch->cancellable = NULL;
  return ok;
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  WriteData *write = task_data;
  GError *error = NULL;
  guint written;

  if (write->db_path != NULL && !gather_in_thread (write, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (write->gathered != NULL)
    write->gathered (write->batch, write->progress_data);
  written = kn_report_batch_write (write->batch, write->writer, write->path, write->split,
                                   cancellable, write->progress, write->progress_data, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_int (task, written);
}

void
kn_report_batch_write_async (KnReportBatch        *batch,
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
                             gpointer              user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  WriteData *write = g_new0 (WriteData, 1);

  g_return_if_fail (db_path == NULL || period != NULL);

  write->batch = batch;
  write->db_path = g_strdup (db_path);
  write->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  if (n_ids > 0)
    g_array_append_vals (write->ids, ids, n_ids);
  write->period = g_strdup (period);
  write->writer = writer;
  write->path = g_strdup (path);
  write->split = split;
  write->progress = progress;
  write->gathered = gathered;
  write->progress_data = progress_data;
  g_task_set_source_tag (task, kn_report_batch_write_async);
  g_task_set_task_data (task, write, write_data_free);
  kn_worker_run_in_thread (task, write_in_thread);
}

guint
kn_report_batch_write_finish(GAsyncResult  *result,
                              GError       **error)
{
  gssize written;

  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);

  written = g_task_propagate_int (G_TASK (result), error);
  return written > 0 ? (guint) written : 0;
}
