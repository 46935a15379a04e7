/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The workbook of the Laporan Hasil Survei Kepuasan Masyarakat. */

#define G_LOG_DOMAIN "kn-export"

#include "config.h"

#include <glib.h>

#include "kinerja/kn-skm-export.h"
#include "kinerja/kn-skm-report-rows.h"
#include "kn-export-private.h"

/* The unsur's code (U1–U9) has a column of its own, which the chart's axis reads as the PDF's
 * chart prints it; the name beside it says what the code is. */
static const double skm_widths[] = { 6, 6, 38, 12, 14, 16, 14, 12 };
#define COL_CODE 1
#define COL_NAME 2
#define COL_LAST 7

#define SHEET_NAME "Hasil SKM"

/* A bordered number cell of @num_format, centred and at the top as every cell of its row. */
static lxw_format *
decimal_format (Export     *export,
                const char *num_format)
{
  lxw_format *format = workbook_add_format (export->workbook);

  format_set_num_format (format, num_format);
  format_set_border (format, LXW_BORDER_THIN);
  format_set_align (format, LXW_ALIGN_CENTER);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  format_set_font_name (format, FONT_NAME);
  return format;
}

/* The table's header: the headers over their numbers, "UNSUR PELAYANAN" over code and name. */
static void
write_head (Sheet *sheet)
{
  static const char * const headers[] = {
    "NO", "UNSUR PELAYANAN", "JUMLAH JAWABAN", "NRR PER UNSUR", "NRR TERTIMBANG",
    "NILAI UNSUR (NRR × 25)", "MUTU",
  };
  /* The unsur spans its code and its name (COL_CODE, COL_NAME). */
  static const guint spans[G_N_ELEMENTS (headers)] = { 1, 2, 1, 1, 1, 1, 1 };

  _kn_xlsx_write_head_row (sheet, headers, spans, G_N_ELEMENTS (headers));
}

static gboolean
write_skm (Export       *export,
           gconstpointer data)
{
  const KnSkmReport *report = data;
  const Formats *f = &export->formats;
  g_autoptr(Sheet) sheet = NULL;
  g_autofree char *mutu = kn_skm_report_mutu_text (report);
  lxw_format *decimal2;
  lxw_format *decimal3;
  lxw_row_t first_unsur;
  lxw_chart *chart;

  decimal2 = decimal_format (export, KN_XLSX_INDONESIAN "0.00");
  decimal3 = decimal_format (export, KN_XLSX_INDONESIAN "0.000");

  sheet = _kn_xlsx_sheet_new (export, SHEET_NAME, skm_widths, G_N_ELEMENTS (skm_widths), FALSE);
  if (sheet == NULL)
    return FALSE;
  _kn_xlsx_write_line (sheet, "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT", f->title);
  if (report->instansi[0] != '\0')
    _kn_xlsx_write_line (sheet, report->instansi, f->subtitle);
  _kn_xlsx_write_line (sheet, report->unit, f->subtitle);
  sheet->row++;

  {
    KnSkmReportRow rows[KN_SKM_REPORT_N_ROWS];

    kn_skm_report_rows_init (report, rows);
    for (guint i = 0; i < KN_SKM_REPORT_N_ROWS; i++)
      {
        _kn_xlsx_put_text (sheet, sheet->row, 0, COL_NAME, rows[i].label, f->text);
        _kn_xlsx_put_text (sheet, sheet->row, COL_NAME + 1, COL_LAST, rows[i].value, f->text);
        sheet->row++;
      }
    kn_skm_report_rows_clear (rows);
  }
  sheet->row++;

  write_head (sheet);
  first_unsur = sheet->row;
  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      const KnSkmUnsurResult *r = &report->result.unsur[u];

      _kn_xlsx_put_number (sheet, sheet->row, 0, 0, u + 1, f->number);
      _kn_xlsx_put_text (sheet, sheet->row, COL_CODE, COL_CODE, kn_skm_unsur_code (u),
                         f->cell_center);
      _kn_xlsx_put_text (sheet, sheet->row, COL_NAME, COL_NAME, kn_skm_unsur_name (u), f->cell);
      _kn_xlsx_put_number (sheet, sheet->row, 3, 3, r->n_answers, f->number);
      if (r->n_answers > 0)
        {
          _kn_xlsx_put_number (sheet, sheet->row, 4, 4, r->nrr_hundredths / 100.0, decimal2);
          _kn_xlsx_put_number (sheet, sheet->row, 5, 5,
                               (double)((r->nrr_hundredths * 10 + 4) / 9) / 1000.0, decimal3);
          _kn_xlsx_put_number (sheet, sheet->row, 6, 6, r->index_hundredths / 100.0, decimal2);
          _kn_xlsx_put_text (sheet, sheet->row, 7, 7, kn_skm_mutu_letter (r->mutu),
                             f->cell_center);
        }
      else
        for (lxw_col_t c = 4; c <= 7; c++)
          _kn_xlsx_put_text (sheet, sheet->row, c, c, "-", f->cell_center);
      sheet->row++;
    }
  _kn_xlsx_put_text (sheet, sheet->row, 0, 5, "INDEKS KEPUASAN MASYARAKAT (IKM)", f->cell_bold);
  if (report->has_ikm)
    _kn_xlsx_put_number (sheet, sheet->row, 6, 6, report->result.ikm_hundredths / 100.0,
                         decimal2);
  else
    _kn_xlsx_put_text (sheet, sheet->row, 6, 6, "-", f->cell_center);
  _kn_xlsx_put_text (sheet, sheet->row, 7, 7, kn_skm_mutu_letter (report->result.mutu),
                     f->cell_center);
  sheet->row++;
  sheet->row++;

  {
    g_autofree char *line = g_strdup_printf ("Mutu pelayanan: %s", mutu);

    _kn_xlsx_write_line (sheet, line, f->text_bold);
  }
  {
    g_autofree char *advice = kn_skm_report_advice_text (report);

    _kn_xlsx_write_line (sheet, advice, f->text);
  }
  sheet->row++;

  /* The chart of the NRR, beside nothing: below the text, above the signature. */
  chart = workbook_add_chart (export->workbook, LXW_CHART_COLUMN);
  if (chart != NULL)
    {
      g_autofree char *categories = g_strdup_printf ("='%s'!$B$%u:$B$%u", SHEET_NAME,
                                                     (guint)first_unsur + 1,
                                                     (guint)first_unsur + KN_SKM_N_UNSUR);
      g_autofree char *values = g_strdup_printf ("='%s'!$E$%u:$E$%u", SHEET_NAME,
                                                 (guint)first_unsur + 1,
                                                 (guint)first_unsur + KN_SKM_N_UNSUR);
      lxw_chart_series *series = chart_add_series (chart, categories, values);
      lxw_chart_options options = { 0 };

      chart_title_set_name (chart, "Nilai Rata-rata (NRR) per Unsur");
      chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
      chart_axis_set_min (chart->y_axis, 0);
      chart_axis_set_max (chart->y_axis, 4);
      if (series != NULL)
        chart_series_set_name (series, "NRR");
      options.x_scale = 1.4;
      options.y_scale = 1.1;
      _kn_xlsx_sheet_check (sheet, worksheet_insert_chart_opt (sheet->worksheet, sheet->row, 1,
                                                               chart, &options),
                            "worksheet_insert_chart_opt");
      sheet->row += CHART_ROWS + 3;
    }

  /* Signed as the PDF and the other forms: place and date, the role and the jabatan, room to
   * sign, then the name, the pangkat and the NIP. */
  _kn_xlsx_put_text (sheet, sheet->row++, 5, COL_LAST, report->place_date, f->sign);
  _kn_xlsx_put_text (sheet, sheet->row++, 5, COL_LAST, KN_FORM_SIGN_LEADER, f->sign);
  if (report->signer_position[0] != '\0')
    _kn_xlsx_put_text (sheet, sheet->row, 5, COL_LAST, report->signer_position, f->sign);
  sheet->row += 4;
  _kn_xlsx_put_text (sheet, sheet->row++, 5, COL_LAST,
                     report->signer_name[0] != '\0' ? report->signer_name
                                                    : "(.................................)",
                     f->sign_name);
  if (report->signer_rank != NULL && report->signer_rank[0] != '\0')
    _kn_xlsx_put_text (sheet, sheet->row++, 5, COL_LAST, report->signer_rank, f->sign);
  if (report->signer_nip[0] != '\0')
    _kn_xlsx_put_text (sheet, sheet->row++, 5, COL_LAST, report->signer_nip, f->sign);
  _kn_xlsx_sheet_finish (sheet);

  return export->error == LXW_NO_ERROR;
}

gboolean
kn_skm_export_xlsx (const KnSkmReport  *report,
                    KnPaper             paper,
                    const char         *path,
                    GError            **error)
{
  g_return_val_if_fail (report != NULL, FALSE);

  return _kn_xlsx_export_run (path, paper, "Laporan Hasil Survei Kepuasan Masyarakat",
                              report->instansi, write_skm, report, error);
}
