/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Excel workbooks of the SKP, the Evaluasi, the Dokumen Evaluasi, the unit recap and the
 * pengembangan kompetensi recap: opening, writing atomically in the C locale, and the public API.
 * The cells are in kn-export-cells.c, the forms in kn-export-*.c. */

#define G_LOG_DOMAIN "kn-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "kinerja/kn-export.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-numeric-locale.h"
#include "kinerja/kn-output-file.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-rules.h"

#include "kn-export-private.h"

/* Every workbook is written in libxlsxwriter's normal mode, never in constant-memory mode. The
 * forms merge cells down the IKI rows of a result (and the parent RHK down its results), and in
 * constant-memory mode a merge writes its blank cells into later rows, which flushes the first
 * row and loses whatever is written to it afterwards (TESTING.md trap 13). The recap has no
 * vertical merge, but its chart reads the distribution back from the sheet to cache the values
 * (LibreOffice and PowerPoint show that cache), which constant-memory mode skips. A form is some
 * hundred rows of up to ten cells: 500 documents in one workbook took 0.6 s and 33 MiB here,
 * against about 130 MiB for a million cells (TESTING.md). */

G_DEFINE_QUARK (kn-export-error-quark, kn_export_error)

/* A sheet of a form with the two person blocks of _kn_xlsx_write_people side by side, its
 * columns widened so that no name or NIP wraps. */
static Sheet *
people_sheet_new (Export         *export,
                  const char     *name,
                  const KnReport *report,
                  const double   *base,
                  guint           n_columns,
                  gboolean        landscape)
{
  const KnReportPerson *left[] = { &report->employee };
  const KnReportPerson *right[] = { &report->assessor };
  guint mid = n_columns / 2;
  double widths[MAX_COLUMNS];

  g_assert (n_columns <= MAX_COLUMNS && n_columns >= 6);

  memcpy (widths, base, n_columns * sizeof (double));
  _kn_xlsx_fit_person_values (widths, 1, 2, mid - 1, left, 1);
  _kn_xlsx_fit_person_values (widths, mid + 1, mid + 2, n_columns - 1, right, 1);
  return _kn_xlsx_sheet_new (export, name, widths, n_columns, landscape);
}

static gboolean
write_reports (Export       *export,
               gconstpointer data)
{
  const ReportsData *reports = data;

  for (guint i = 0; i < reports->n_reports && export->error == LXW_NO_ERROR; i++)
    {
      const KnReport *report = reports->reports[i];
      g_autofree char *name = _kn_xlsx_export_sheet_name (export, report->employee.name);
      g_autoptr(Sheet) sheet = NULL;

      switch (report->kind)
        {
        case KN_DOCUMENT_SKP:
          sheet = people_sheet_new (export, name, report, report->jpt ? skp_jpt_widths : skp_widths,
                                    6, FALSE);
          if (sheet != NULL)
            _kn_xlsx_write_skp (sheet, report);
          break;
        case KN_DOCUMENT_EVALUASI:
          sheet = people_sheet_new (export, name, report,
                                    report->jpt ? evaluation_jpt_widths : evaluation_widths, 10,
                                    TRUE);
          if (sheet != NULL)
            _kn_xlsx_write_evaluation (sheet, report);
          break;
        case KN_DOCUMENT_DOKUMEN:
          {
            const KnReportPerson *people[] = {
              &report->employee, &report->assessor, &report->superior,
            };
            double widths[G_N_ELEMENTS (dokumen_widths)];

            memcpy (widths, dokumen_widths, sizeof widths);
            _kn_xlsx_fit_person_values (widths, 1, 2, 2, people, G_N_ELEMENTS (people));
            sheet = _kn_xlsx_sheet_new (export, name, widths, G_N_ELEMENTS (widths), FALSE);
          }
          if (sheet != NULL)
            _kn_xlsx_write_dokumen (sheet, report);
          break;
        case KN_DOCUMENT_REKAP:
        default:
          g_assert_not_reached ();
        }

      if (sheet != NULL)
        _kn_xlsx_sheet_finish (sheet);
    }

  return export->error == LXW_NO_ERROR;
}

static void
set_workbook_failed (GError    **error,
                     const char *path,
                     lxw_error   lxw)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (
    error, KN_EXPORT_ERROR, KN_EXPORT_ERROR_FAILED,
    _("Could not write the workbook “%s” (%s). Try again, or save it in another folder."), display,
    lxw_strerror (lxw));
}

/* Writes to a temporary file beside @path and renames it over @path once complete, so that a
 * failure leaves neither a half-written workbook nor the temporary file. libxlsxwriter prints
 * numbers with the C library, so under id_ID it would write "143071,5" and corrupt the workbook
 * (TESTING.md trap 2): the whole export runs with the C numeric locale on this thread. */
gboolean
_kn_xlsx_export_run (const char   *path,
                     KnPaper       paper,
                     const char   *title,
                     const char   *company,
                     WriteFunc     write,
                     gconstpointer data,
                     GError      **error)
{
  g_autoptr(KnOutputFile) output = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *temporary;
  g_autoptr(GHashTable) sheet_names = NULL;
  lxw_workbook_options options = {
    .constant_memory = LXW_FALSE, .tmpdir = NULL, .use_zip64 = LXW_FALSE,
  };
  lxw_doc_properties properties = { 0 };
  KnNumericLocale numeric;
  Export export = { 0 };
  lxw_error closed;
  gboolean written;

  g_return_val_if_fail (paper == KN_PAPER_A4 || paper == KN_PAPER_F4, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Only a regular file is replaced; a new one is private (0600), an existing one keeps its mode.
   * libxlsxwriter reopens the temporary file by name: in a private folder that quitting removes
   * whole, so that it cannot make the file again after the cleanup; the descriptor kept open
   * syncs it. */
  output = kn_output_file_new_for_reopening (path, &local_error);
  if (output == NULL)
    {
      g_set_error_literal (error, KN_EXPORT_ERROR, KN_EXPORT_ERROR_FAILED, local_error->message);
      return FALSE;
    }
  temporary = kn_output_file_get_temp_path (output);

  if (!kn_numeric_locale_begin (&numeric))
    {
      set_workbook_failed (error, path, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return FALSE;
    }

  export.workbook = workbook_new_opt (temporary, &options);
  if (export.workbook == NULL)
    {
      kn_numeric_locale_end (&numeric);
      set_workbook_failed (error, path, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return FALSE;
    }
  /* The Normal style's font sets the unit of the column widths: Calibri 11, which LibreOffice
   * draws in a wider font wherever Carlito is not installed (a page's columns then come out a
   * fifth wider, and fitting them to the paper's width shrinks every page). Arial 10 has the same
   * digit width in Excel (7 pixels, so the widths stay as set) and Liberation Sans, its metric
   * twin, comes with LibreOffice: both programs then scale a page alike, and the page breaks
   * (kn-export-pages.c) placed for that scale fill the pages. libxlsxwriter 1.1.4 has no call
   * for it; its first format is that default one. */
  {
    lxw_format *normal = STAILQ_FIRST (export.workbook->formats);

    if (normal != NULL)
      {
        format_set_font_name (normal, FONT_NAME);
        format_set_font_size (normal, 10);
        format_set_font_scheme (normal, "");
      }
  }
  sheet_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  export.paper = paper;
  export.sheet_names = sheet_names;
  /* Excel reserves this name. */
  g_hash_table_add (sheet_names, g_strdup ("history"));

  properties.title = (char *) title;
  properties.company = (char *) _kn_xlsx_safe (company);
  properties.comments = (char *) "Kinerja";
  _kn_xlsx_export_check (&export, workbook_set_properties (export.workbook, &properties),
                         "workbook_set_properties");
  _kn_xlsx_formats_init (&export);

  written = export.error == LXW_NO_ERROR && write (&export, data);
  if (!written)
    {
      g_debug ("Writing the workbook %s failed in %s: %s", path, _kn_xlsx_safe (export.failed),
               lxw_strerror (export.error));
      lxw_workbook_free (export.workbook);
      closed = export.error != LXW_NO_ERROR ? export.error : LXW_ERROR_PARAMETER_VALIDATION;
    }
  else
    closed = workbook_close (export.workbook);
  kn_numeric_locale_end (&numeric);
  g_free (export.failed);
  if (closed != LXW_NO_ERROR)
    {
      set_workbook_failed (error, path, closed);
      return FALSE;
    }

  if (!kn_output_file_commit (output, &local_error))
    {
      g_set_error_literal (error, KN_EXPORT_ERROR, KN_EXPORT_ERROR_FAILED, local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
kn_export_reports_xlsx (const KnReport *const *reports,
                        guint                  n_reports,
                        KnPaper                paper,
                        const char            *path,
                        GError               **error)
{
  ReportsData data = { reports, n_reports };
  const char *title = "Dokumen Kinerja Pegawai";

  g_return_val_if_fail (reports != NULL || n_reports == 0, FALSE);
  g_return_val_if_fail (paper == KN_PAPER_A4 || paper == KN_PAPER_F4, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  for (guint i = 0; i < n_reports; i++)
    g_return_val_if_fail (reports[i] != NULL &&
                          (reports[i]->kind == KN_DOCUMENT_SKP ||
                           reports[i]->kind == KN_DOCUMENT_EVALUASI ||
                           reports[i]->kind == KN_DOCUMENT_DOKUMEN), FALSE);

  if (n_reports == 0)
    {
      g_set_error_literal (error, KN_EXPORT_ERROR, KN_EXPORT_ERROR_FAILED,
                           _("There is nothing to export: choose at least one document."));
      return FALSE;
    }

  if (n_reports == 1)
    title = reports[0]->kind == KN_DOCUMENT_SKP ? "Sasaran Kinerja Pegawai"
          : reports[0]->kind == KN_DOCUMENT_EVALUASI ? "Evaluasi Kinerja Pegawai"
          : "Dokumen Evaluasi Kinerja Pegawai";

  return _kn_xlsx_export_run (path, paper, title, reports[0]->instansi, write_reports, &data,
                              error);
}

gboolean
kn_export_recap_xlsx (const KnRecapReport *report,
                      KnPaper              paper,
                      const char          *path,
                      GError             **error)
{
  g_return_val_if_fail (report != NULL, FALSE);

  return _kn_xlsx_export_run (path, paper, "Penetapan Predikat Kinerja Pegawai", report->instansi,
                              _kn_xlsx_write_recap, report, error);
}

gboolean
kn_export_training_xlsx (const KnTrainingRecap *recap,
                         KnPaper                paper,
                         const char            *path,
                         GError               **error)
{
  g_return_val_if_fail (recap != NULL, FALSE);

  return _kn_xlsx_export_run (path, paper, "Rekapitulasi Pengembangan Kompetensi Pegawai",
                              recap->instansi, _kn_xlsx_write_training, recap, error);
}
