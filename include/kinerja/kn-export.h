/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Excel workbooks of the official documents (DOMAIN.md §6), laid out like the printed forms. */

#pragma once

#if defined (KN_CORE_COMPILATION) || defined (KN_REPORT_COMPILATION)
#error "kn-export.h is the io library's: the core and report cannot include it (README, Layout)"
#endif

#include <glib.h>

#include "kn-report-batch.h"
#include "kn-report-data.h"

G_BEGIN_DECLS

#define KN_EXPORT_ERROR (kn_export_error_quark ())

typedef enum
{
  KN_EXPORT_ERROR_FAILED,   /* the file could not be written; the message names it */
} KnExportError;

GQuark      kn_export_error_quark   (void);

/* One sheet per report (a whole unit in one workbook): the SKP (with its Lampiran), the Evaluasi
 * Kinerja Pegawai or the Dokumen Evaluasi, by each report's kind (not KN_DOCUMENT_REKAP). Sheets
 * are named after the employees, made unique and valid for Excel. Each sheet is ready to print on
 * @paper: fit to the page width, its table header repeated on every page, "Halaman N dari M" in
 * the footer. The file is written atomically (a temporary file in the same folder renamed over
 * @path); on failure no file is left behind. Numbers are written in the C locale whatever the
 * process locale, and no text is ever taken for a formula. */
gboolean    kn_export_reports_xlsx  (const KnReport      *const *reports,
                                     guint                n_reports,
                                     KnPaper              paper,
                                     const char          *path,
                                     GError             **error);

/* The Penetapan Predikat Kinerja of a unit: the sheet "Rekap" (the employees, the distribution as
 * numbers, the pattern and what breaks it, the leader's signature) and the sheet "Grafik" with a
 * native Excel column chart of the distribution. Landscape, written like the reports above. */
gboolean    kn_export_recap_xlsx    (const KnRecapReport *report,
                                     KnPaper              paper,
                                     const char          *path,
                                     GError             **error);

/* Rekapitulasi pengembangan kompetensi of a unit: the sheet "Rekap JP" (each employee's
 * activities, JP klasikal and nonklasikal, total and whether the target is reached, the leader's
 * signature) and the sheet "Kegiatan" listing every activity. Written like the reports above. */
gboolean    kn_export_training_xlsx (const KnTrainingRecap *recap,
                                     KnPaper                paper,
                                     const char            *path,
                                     GError               **error);

/* The batch's Excel writer: several reports into one workbook, a sheet each. */
const KnReportWriter *kn_export_report_writer (void);

G_END_DECLS
