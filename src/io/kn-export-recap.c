/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The unit's Penetapan Predikat Kinerja workbook with its native chart. */

#define G_LOG_DOMAIN "kn-export"

#include "config.h"

#include <glib.h>
#include <xlsxwriter.h>

#include "kinerja/kn-export.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-rules.h"

#include "kn-export-private.h"

static const double recap_widths[] = { 5, 28, 22, 22, 26, 24, 20, 20, 17, 8 };
static const double chart_sheet_widths[] = { 10, 10, 10, 10, 10, 10, 10, 10, 10, 10 };
static const char *
rating_cell (KnRating rating)
{
  return rating < KN_RATING_N ? kn_form_text_rating (rating) : "";
}

void
_kn_xlsx_write_head_row (Sheet              *sheet,
                         const char * const *headers,
                         const guint        *spans,
                         guint               n)
{
  const Formats *f = &sheet->export->formats;
  lxw_row_t row = sheet->row;
  lxw_col_t first = 0;

  for (guint c = 0; c < n; c++)
    {
      lxw_col_t last = first + (spans != NULL ? spans[c] : 1) - 1;
      g_autofree char *number = g_strdup_printf ("(%u)", c + 1);

      _kn_xlsx_put_text (sheet, row, first, last, headers[c], f->head);
      _kn_xlsx_put_text (sheet, row + 1, first, last, number, f->numbering);
      first = last + 1;
    }
  sheet->has_titles = TRUE;
  sheet->titles_first = row;
  sheet->titles_last = row + 1;
  sheet->row = row + 2;
  /* The header never ends a page. */
  _kn_xlsx_sheet_keep (sheet, row, row + 2);
}

static void
write_recap_table (Sheet               *sheet,
                   const KnRecapReport *report)
{
  const Formats *f = &sheet->export->formats;
  static const char * const headers[] = {
    KN_FORM_NO, "NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", KN_FORM_UNIT_KERJA,
    KN_FORM_RATING_RESULT, KN_FORM_RATING_BEHAVIOUR, KN_FORM_PREDIKAT, "STATUS",
  };
  lxw_row_t row;

  _kn_xlsx_write_head_row (sheet, headers, NULL, G_N_ELEMENTS (headers));
  row = sheet->row;

  for (guint i = 0; report->rows != NULL && i < report->rows->len; i++)
    {
      const KnRecapRow *recap = g_ptr_array_index (report->rows, i);

      _kn_xlsx_put_number (sheet, row, 0, 0, i + 1, f->number);
      for (guint field = 0; field < KN_FORM_N_PERSON_LABELS; field++)
        _kn_xlsx_put_text (sheet, row, 1 + field, 1 + field,
                           kn_report_person_field (&recap->person, field), f->cell);
      _kn_xlsx_put_text (sheet, row, 6, 6, rating_cell (recap->rating_result), f->cell_center);
      _kn_xlsx_put_text (sheet, row, 7, 7, rating_cell (recap->rating_behaviour), f->cell_center);
      /* As the PDF writes it: a person not rated yet is said so, not left blank. */
      _kn_xlsx_put_text (sheet, row, 8, 8,
                         recap->predikat == KN_PREDIKAT_NONE ? "Belum dinilai"
                                                             : kn_predikat_print_label (recap->predikat),
                         f->cell_center);
      _kn_xlsx_put_text (sheet, row, 9, 9, recap->final ? "Final" : "Draf", f->cell_center);
      row++;
    }
  if (report->rows == NULL || report->rows->len == 0)
    {
      _kn_xlsx_put_text (sheet, row, 0, 0, "-", f->cell_center);
      _kn_xlsx_put_text (sheet, row, 1, G_N_ELEMENTS (headers) - 1,
                         "Belum ada penilaian pada periode ini.", f->cell);
      row++;
    }

  sheet->row = row;
}

/* The distribution as numbers: count and share of each predikat. Returns the first row of the
 * five predikat, which the chart reads. */
static lxw_row_t
write_recap_distribution (Sheet               *sheet,
                          const KnRecapReport *report,
                          guint               *max_count)
{
  const Formats *f = &sheet->export->formats;
  lxw_row_t row = sheet->row;
  lxw_row_t first;
  guint total = 0;

  for (guint p = KN_PREDIKAT_SANGAT_KURANG; p < KN_PREDIKAT_N; p++)
    {
      total += report->counts[p];
      *max_count = MAX (*max_count, report->counts[p]);
    }

  _kn_xlsx_put_text (sheet, row, 0, sheet->n_columns - 1, KN_FORM_DISTRIBUSI,
                     f->text_bold);
  row++;
  _kn_xlsx_put_text (sheet, row, 0, 0, "NO", f->head);
  _kn_xlsx_put_text (sheet, row, 1, 1, KN_FORM_PREDIKAT, f->head);
  _kn_xlsx_put_text (sheet, row, 2, 2, "JUMLAH PEGAWAI", f->head);
  _kn_xlsx_put_text (sheet, row, 3, 3, KN_FORM_PERSENTASE, f->head);
  row++;

  first = row;
  for (guint p = KN_PREDIKAT_SANGAT_KURANG; p < KN_PREDIKAT_N; p++)
    {
      _kn_xlsx_put_number (sheet, row, 0, 0, p, f->number);
      _kn_xlsx_put_text (sheet, row, 1, 1, kn_report_curve_label (p), f->cell);
      _kn_xlsx_put_number (sheet, row, 2, 2, report->counts[p], f->number);
      _kn_xlsx_put_number (sheet, row, 3, 3, total > 0 ? (double) report->counts[p] / total : 0.0,
                           f->share);
      row++;
    }
  _kn_xlsx_put_text (sheet, row, 0, 1, KN_FORM_JUMLAH, f->cell_bold);
  _kn_xlsx_put_number (sheet, row, 2, 2, total, f->number);
  _kn_xlsx_put_number (sheet, row, 3, 3, total > 0 ? 1.0 : 0.0, f->share);
  row++;
  if (report->counts[KN_PREDIKAT_NONE] > 0)
    {
      _kn_xlsx_put_text (sheet, row, 0, 1, "BELUM DINILAI", f->cell);
      _kn_xlsx_put_number (sheet, row, 2, 2, report->counts[KN_PREDIKAT_NONE], f->number);
      _kn_xlsx_put_text (sheet, row, 3, 3, "", f->cell);
      row++;
    }

  /* The distribution's title, header and rows on one page. */
  _kn_xlsx_sheet_keep (sheet, sheet->row, row - 1);
  sheet->row = row;
  return first;
}

static void
write_sentences (Sheet      *sheet,
                 const char *title,
                 GPtrArray  *sentences,
                 const char *none)
{
  const Formats *f = &sheet->export->formats;
  guint n = sentences != NULL ? sentences->len : 0;

  _kn_xlsx_sheet_keep (sheet, sheet->row, sheet->row + 1);
  _kn_xlsx_write_line (sheet, title, f->text_bold);
  if (n == 0)
    _kn_xlsx_write_line (sheet, none, f->text);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *line = g_strdup_printf ("%u. %s", i + 1,
                                               (const char *) g_ptr_array_index (sentences, i));

      _kn_xlsx_write_line (sheet, line, f->text);
    }
}

gboolean
_kn_xlsx_write_recap (Export       *export,
                      gconstpointer data)
{
  const KnRecapReport *report = data;
  const Formats *f = &export->formats;
  g_autoptr(Sheet) sheet = NULL;
  g_autoptr(Sheet) chart_sheet = NULL;
  g_autofree char *period_label = NULL;
  g_autofree char *period = NULL;
  g_autofree char *org = NULL;
  g_autofree char *pattern_title = NULL;
  g_autofree char *chart_title = NULL;
  lxw_row_t distribution;
  guint max_count = 0;

  sheet = _kn_xlsx_sheet_new (export, "Rekap", recap_widths, G_N_ELEMENTS (recap_widths), TRUE);
  if (sheet == NULL)
    return FALSE;

  period_label = kn_report_period_is_valid (&report->period)
                   ? kn_period_print_label (&report->period)
                   : g_strdup ("");
  period = g_strdup_printf (KN_FORM_PERIOD "%s %u", period_label, report->period.year);
  org = g_strdup_printf (KN_FORM_CAPAIAN_ORG ": %s",
                         report->org_predikat != KN_ORG_PREDIKAT_NONE
                         ? kn_form_text_org_predikat (report->org_predikat) : KN_FORM_BELUM_DITETAPKAN);

  _kn_xlsx_write_letterhead (sheet, report->letterhead, report->logo);
  _kn_xlsx_write_status_mark (sheet, report->status, report->mark);
  _kn_xlsx_write_line (sheet, KN_FORM_TITLE_REKAP, f->title);
  if (report->instansi != NULL && report->instansi[0] != '\0')
    _kn_xlsx_write_line (sheet, report->instansi, f->subtitle);
  _kn_xlsx_write_line (sheet, report->unit, f->subtitle);
  _kn_xlsx_write_line (sheet, period, f->subtitle);
  _kn_xlsx_write_line (sheet, org, f->subtitle);
  sheet->row++;

  write_recap_table (sheet, report);
  sheet->table_last = sheet->row - 1;
  sheet->row++;
  distribution = write_recap_distribution (sheet, report, &max_count);
  sheet->row++;

  pattern_title = g_strdup_printf (KN_FORM_POLA_FOR " %s",
                                   report->org_predikat != KN_ORG_PREDIKAT_NONE
                                   ? kn_form_text_org_predikat (report->org_predikat) : KN_FORM_BELUM_DITETAPKAN);
  write_sentences (sheet, pattern_title, report->pattern,
                   "Tidak ada pola distribusi yang berlaku.");
  sheet->row++;
  write_sentences (sheet, KN_FORM_KESESUAIAN, report->violations,
                   KN_FORM_SESUAI_POLA);

  /* The Tim Penilai Kinerja that reviewed the period, and its decision on each person. */
  if (report->review_team != NULL && report->review_team[0] != '\0')
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; report->rows != NULL && i < report->rows->len; i++)
        {
          const KnRecapRow *row = g_ptr_array_index (report->rows, i);

          if (row->review != NULL && row->review[0] != '\0')
            g_ptr_array_add (lines, g_strdup_printf ("%s: %s", row->person.name, row->review));
        }
      sheet->row++;
      _kn_xlsx_sheet_keep (sheet, sheet->row, sheet->row + 1);
      _kn_xlsx_write_line (sheet, KN_FORM_REVIEW_TITLE, f->text_bold);
      _kn_xlsx_write_line (sheet, report->review_team, f->text);
      for (guint i = 0; i < lines->len; i++)
        {
          g_autofree char *line = g_strdup_printf ("%u. %s", i + 1,
                                                   (const char *) g_ptr_array_index (lines, i));

          _kn_xlsx_write_line (sheet, line, f->text);
        }
    }

  /* The jabatan follows the role in the signature; the team's ketua signs beside the head. */
  {
    gboolean ketua = report->review_ketua.name != NULL && report->review_ketua.name[0] != '\0';

    _kn_xlsx_write_signatures (sheet, report->sign_date, ketua ? KN_FORM_SIGN_REVIEW : NULL,
                               ketua ? &report->review_ketua : NULL, KN_FORM_SIGN_LEADER,
                               &report->leader);
  }
  _kn_xlsx_sheet_finish (sheet);

  chart_sheet = _kn_xlsx_sheet_new (export, "Grafik", chart_sheet_widths,
                                    G_N_ELEMENTS (chart_sheet_widths), TRUE);
  if (chart_sheet == NULL)
    return FALSE;
  worksheet_fit_to_pages (chart_sheet->worksheet, 1, 1);
  /* Its printed page carries the mark too (no status line of its own). */
  _kn_xlsx_write_status_mark (chart_sheet, NULL, report->mark);
  _kn_xlsx_write_line (chart_sheet, "GRAFIK DISTRIBUSI PREDIKAT KINERJA PEGAWAI", f->title);
  _kn_xlsx_write_line (chart_sheet, report->unit, f->subtitle);
  _kn_xlsx_write_line (chart_sheet, period, f->subtitle);
  chart_title = kn_report_curve_title (report->org_predikat);
  _kn_xlsx_insert_distribution_chart (chart_sheet, &(DistributionChart) {
    .type = LXW_CHART_COLUMN, .title = chart_title, .data_sheet = sheet->name,
    .categories_row = distribution, .categories_col = 1,
    .values_row = distribution, .values_col = 2,
    .across = FALSE, .max_count = max_count, .at_row = chart_sheet->row + 1, .at_col = 0,
    .width = _kn_xlsx_column_pixels (chart_sheet_widths, 0, G_N_ELEMENTS (chart_sheet_widths) - 1)
             - 10,
    .height = 440,
  });
  chart_sheet->row += 1 + 440 / LXW_DEF_ROW_HEIGHT_PIXELS + 1;
  _kn_xlsx_sheet_finish (chart_sheet);

  return export->error == LXW_NO_ERROR;
}
