/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Evaluasi Kinerja Pegawai sheet of a period. */

#define G_LOG_DOMAIN "kn-export"

#include "config.h"

#include <glib.h>
#include <xlsxwriter.h>

#include "kinerja/kn-export.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-rules.h"

#include "kn-export-private.h"

void
_kn_xlsx_write_evaluation (Sheet          *sheet,
                           const KnReport *report)
{
  const Formats *f = &sheet->export->formats;
  const TableLayout layout = report->jpt
    ? (TableLayout) { form_jpt_columns, G_N_ELEMENTS (form_jpt_columns), evaluation_jpt_widths,
                      10 }
    : (TableLayout) { form_columns, G_N_ELEMENTS (form_columns), evaluation_widths, 10 };
  g_autofree char *dates = _kn_xlsx_period_dates (report);
  Rich rich = { 0 };
  KnFormOptions options;
  lxw_row_t behaviour_last;

  _kn_xlsx_write_letterhead (sheet, report->letterhead, report->logo);
  _kn_xlsx_write_status (sheet, report);
  _kn_xlsx_write_form_titles (sheet, KN_FORM_TITLE_EVALUASI, report);
  _kn_xlsx_rich_period (&rich, f, &report->period);
  _kn_xlsx_put_rich (sheet, sheet->row, 0, sheet->n_columns - 1, &rich, f->subtitle);
  _kn_xlsx_rich_clear (&rich);
  sheet->row += 2;
  _kn_xlsx_write_agency (sheet, report->instansi, report->opd, KN_FORM_PERIOD_DATES, dates);
  _kn_xlsx_write_people (sheet, KN_FORM_EMPLOYEE, &report->employee,
                         KN_FORM_ASSESSOR, &report->assessor);
  _kn_xlsx_write_distribution (sheet, report);
  sheet->row++;
  _kn_xlsx_write_line (sheet, KN_FORM_HASIL_KERJA, f->text_bold);
  _kn_xlsx_write_results (sheet, &layout, report);
  kn_form_text_rating_options (report->rating_result, &options);
  _kn_xlsx_write_rating (sheet, KN_FORM_RATING_RESULT KN_FORM_SET_MARK, &options);
  sheet->row++;
  _kn_xlsx_write_behaviour (sheet, report, TRUE);
  behaviour_last = sheet->row - 1;
  kn_form_text_rating_options (report->rating_behaviour, &options);
  _kn_xlsx_write_rating (sheet, KN_FORM_RATING_BEHAVIOUR KN_FORM_SET_MARK, &options);
  kn_form_text_predikat_options (report->predikat, &options);
  _kn_xlsx_write_rating (sheet, KN_FORM_PREDIKAT KN_FORM_SET_MARK, &options);
  /* The Tim Penilai Kinerja's decision, under the predikat it looked at. */
  if (report->review != NULL && report->review[0] != '\0')
    _kn_xlsx_write_line (sheet, report->review, f->text);
  _kn_xlsx_write_signatures (sheet, report->sign_date, KN_FORM_SIGN_EMPLOYEE, &report->employee,
                             KN_FORM_SIGN_ASSESSOR, &report->assessor);
  /* The ratings and the predikat go with the last perilaku row and the signatures. */
  _kn_xlsx_sheet_keep (sheet, behaviour_last, sheet->row - 1);
  _kn_xlsx_write_note (sheet, KN_FORM_SET_NOTE);
}
