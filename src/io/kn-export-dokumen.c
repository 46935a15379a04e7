/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Dokumen Evaluasi Kinerja Pegawai sheet. */

#define G_LOG_DOMAIN "kn-export"

#include "config.h"

#include <glib.h>
#include <xlsxwriter.h>

#include "kinerja/kn-export.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-rules.h"

#include "kn-export-private.h"

static void
write_dokumen_person (Sheet                *sheet,
                      guint                 number,
                      const char           *title,
                      const KnReportPerson *person)
{
  const Formats *f = &sheet->export->formats;
  lxw_row_t first = sheet->row;

  _kn_xlsx_put_number_block (sheet, first, first + KN_FORM_N_PERSON_LABELS, 0, 0, number,
                             f->number);
  _kn_xlsx_put_text (sheet, first, 1, 2, title, f->head_left);
  for (guint i = 0; i < KN_FORM_N_PERSON_LABELS; i++)
    {
      _kn_xlsx_put_text (sheet, first + 1 + i, 1, 1, kn_form_text_person_label (i), f->cell);
      _kn_xlsx_put_text (sheet, first + 1 + i, 2, 2, kn_report_person_field (person, i), f->cell);
    }
  sheet->row = first + 1 + KN_FORM_N_PERSON_LABELS;
}

void
_kn_xlsx_write_dokumen (Sheet          *sheet,
                        const KnReport *report)
{
  const Formats *f = &sheet->export->formats;
  g_autofree char *dates = _kn_xlsx_period_dates (report);
  g_autofree char *catatan = NULL;
  Rich rich = { 0 };
  KnFormOptions options;
  lxw_row_t first;

  _kn_xlsx_write_letterhead (sheet, report->letterhead, report->logo);
  _kn_xlsx_write_status (sheet, report);
  _kn_xlsx_write_line (sheet, KN_FORM_TITLE_DOKUMEN, f->title);
  _kn_xlsx_rich_period (&rich, f, &report->period);
  _kn_xlsx_put_rich (sheet, sheet->row, 0, sheet->n_columns - 1, &rich, f->subtitle);
  _kn_xlsx_rich_clear (&rich);
  sheet->row += 2;

  _kn_xlsx_put_text (sheet, sheet->row, 0, 1, KN_FORM_INSTANSI, f->cell_bold);
  _kn_xlsx_put_text (sheet, sheet->row, 2, 2, report->instansi, f->cell);
  sheet->row++;
  if (report->opd != NULL && report->opd[0] != '\0')
    {
      /* The OPD under the instansi. */
      _kn_xlsx_put_text (sheet, sheet->row, 2, 2, report->opd, f->cell);
      sheet->row++;
    }
  _kn_xlsx_put_text (sheet, sheet->row, 0, 1, KN_FORM_PERIODE_PENILAIAN, f->cell_bold);
  _kn_xlsx_put_text (sheet, sheet->row, 2, 2, dates, f->cell);
  sheet->row += 2;

  write_dokumen_person (sheet, 1, KN_FORM_EMPLOYEE, &report->employee);
  write_dokumen_person (sheet, 2, KN_FORM_ASSESSOR, &report->assessor);
  write_dokumen_person (sheet, 3, KN_FORM_SUPERIOR, &report->superior);

  first = sheet->row;
  _kn_xlsx_put_number_block (sheet, first, first + 2, 0, 0, 4, f->number);
  _kn_xlsx_put_text (sheet, first, 1, 2, KN_FORM_EVALUASI_KINERJA, f->head_left);
  _kn_xlsx_put_text (sheet, first + 1, 1, 1, KN_FORM_CAPAIAN_ORG, f->cell);
  kn_form_text_org_predikat_options (report->org_predikat, &options);
  _kn_xlsx_rich_options (&rich, f, &options);
  _kn_xlsx_put_rich (sheet, first + 1, 2, 2, &rich, f->cell);
  _kn_xlsx_rich_clear (&rich);
  _kn_xlsx_put_text (sheet, first + 2, 1, 1, KN_FORM_PREDIKAT, f->cell);
  kn_form_text_predikat_options (report->predikat, &options);
  _kn_xlsx_rich_options (&rich, f, &options);
  _kn_xlsx_put_rich (sheet, first + 2, 2, 2, &rich, f->cell);
  _kn_xlsx_rich_clear (&rich);
  sheet->row = first + 3;

  first = sheet->row;
  _kn_xlsx_put_number_block (sheet, first, first + 1, 0, 0, 5, f->number);
  _kn_xlsx_put_text (sheet, first, 1, 2, KN_FORM_CATATAN, f->head_left);
  catatan = kn_form_text_catatan (report->note, report->review);
  _kn_xlsx_put_text (sheet, first + 1, 1, 2, catatan, f->cell);
  /* Room to write by hand when there is no note. */
  _kn_xlsx_sheet_need_lines (sheet, first + 1, 3.0);
  sheet->row = first + 2;

  _kn_xlsx_write_signatures (sheet, report->sign_date, KN_FORM_SIGN_EMPLOYEE, &report->employee,
                             KN_FORM_SIGN_ASSESSOR, &report->assessor);
}
