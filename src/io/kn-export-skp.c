/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SKP sheet with its Lampiran. */

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
write_lampiran (Sheet          *sheet,
                const KnReport *report)
{
  const Formats *f = &sheet->export->formats;
  g_autofree char *period =
    g_strdup_printf (KN_FORM_PERIOD "%s", _kn_xlsx_safe (report->year_period));

  _kn_xlsx_sheet_break_before (sheet, sheet->row);

  _kn_xlsx_write_line (sheet, KN_FORM_TITLE_LAMPIRAN, f->title);
  _kn_xlsx_write_line (sheet, period, f->subtitle);
  sheet->row++;

  for (guint s = 0; s < KN_ATTACHMENT_N; s++)
    {
      GPtrArray *items = report->attachments[s];
      guint n_items = items != NULL ? items->len : 0;

      _kn_xlsx_sheet_keep (sheet, sheet->row, sheet->row + 1);
      _kn_xlsx_put_text (sheet, sheet->row, 0, 0, KN_FORM_NO, f->head);
      _kn_xlsx_put_text (sheet, sheet->row, 1, sheet->n_columns - 1, kn_form_text_attachment (s),
                         f->head_left);
      sheet->row++;
      for (guint i = 0; i < MAX (n_items, 1); i++)
        {
          if (n_items == 0)
            _kn_xlsx_put_text (sheet, sheet->row, 0, 0, "", f->cell);
          else
            _kn_xlsx_put_number (sheet, sheet->row, 0, 0, i + 1, f->number);
          _kn_xlsx_put_text (sheet, sheet->row, 1, sheet->n_columns - 1,
                             n_items > 0 ? g_ptr_array_index (items, i) : "-", f->cell);
          sheet->row++;
        }
      sheet->row++;
    }

  _kn_xlsx_write_signatures (sheet, report->sign_date, KN_FORM_SIGN_EMPLOYEE, &report->employee,
                             KN_FORM_SIGN_ASSESSOR, &report->assessor);
}

void
_kn_xlsx_write_skp (Sheet          *sheet,
                    const KnReport *report)
{
  const TableLayout layout = report->jpt
    ? (TableLayout) { form_jpt_columns, N_PLAN_JPT_COLUMNS, skp_jpt_widths, 6 }
    : (TableLayout) { form_columns, N_PLAN_COLUMNS, skp_widths, 6 };

  _kn_xlsx_write_letterhead (sheet, report->letterhead, report->logo);
  _kn_xlsx_write_status (sheet, report);
  _kn_xlsx_write_form_titles (sheet, KN_FORM_TITLE_SKP, report);
  sheet->row++;
  _kn_xlsx_write_agency (sheet, report->instansi, report->opd, KN_FORM_PERIOD, report->year_period);
  _kn_xlsx_write_people (sheet, KN_FORM_EMPLOYEE, &report->employee,
                         KN_FORM_ASSESSOR, &report->assessor);
  sheet->row++;
  _kn_xlsx_write_line (sheet, KN_FORM_HASIL_KERJA, sheet->export->formats.text_bold);
  _kn_xlsx_write_results (sheet, &layout, report);
  sheet->row++;
  _kn_xlsx_write_behaviour (sheet, report, FALSE);
  _kn_xlsx_write_signatures (sheet, report->sign_date, KN_FORM_SIGN_EMPLOYEE, &report->employee,
                             KN_FORM_SIGN_ASSESSOR, &report->assessor);
  sheet->row++;
  write_lampiran (sheet, report);
}
