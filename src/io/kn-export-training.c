/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Rekapitulasi Pengembangan Kompetensi workbook: JP per person and every activity. */

#define G_LOG_DOMAIN "kn-export"

#include "config.h"

#include <glib.h>
#include <xlsxwriter.h>

#include "kinerja/kn-export.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-rules.h"

#include "kn-export-private.h"

/* Rekapitulasi pengembangan kompetensi */

static const double training_widths[] = { 5, 28, 22, 26, 24, 11, 11, 14, 10, 14 };
static const double activity_widths[] = { 5, 26, 22, 12, 36, 18, 13, 7, 24, 26 };

/* The forms as printed: Indonesian whatever the interface language. */
static const char * const training_print_labels[KN_TRAINING_N] = {
  [KN_TRAINING_PELATIHAN] = "Pelatihan",
  [KN_TRAINING_SEMINAR] = "Seminar/Konferensi",
  [KN_TRAINING_KURSUS] = "Kursus",
  [KN_TRAINING_WORKSHOP] = "Lokakarya",
  [KN_TRAINING_BIMTEK] = "Bimbingan Teknis",
  [KN_TRAINING_COACHING] = "Coaching",
  [KN_TRAINING_MENTORING] = "Mentoring",
  [KN_TRAINING_E_LEARNING] = "E-learning",
  [KN_TRAINING_DETASERING] = "Detasering",
  [KN_TRAINING_BENCHMARKING] = "Studi Banding",
  [KN_TRAINING_BELAJAR_MANDIRI] = "Belajar Mandiri",
  [KN_TRAINING_KOMUNITAS_BELAJAR] = "Komunitas Belajar",
  [KN_TRAINING_MAGANG] = "Magang/Praktik Kerja",
};

gboolean
_kn_xlsx_write_training (Export       *export,
                         gconstpointer data)
{
  const KnTrainingRecap *recap = data;
  const Formats *f = &export->formats;
  lxw_row_t table_last;
  static const char * const headers[] = {
    "NO", "NAMA", "NIP", "JABATAN", "UNIT KERJA", "JUMLAH KEGIATAN", "JP KLASIKAL",
    "JP NONKLASIKAL", "JUMLAH JP", "KETERANGAN",
  };
  static const char * const activity_headers[] = {
    "NO", "NAMA", "NIP", "TANGGAL", "NAMA KEGIATAN", "BENTUK", "JALUR", "JP", "PENYELENGGARA",
    "BUKTI/SERTIFIKAT",
  };
  g_autoptr(Sheet) sheet = NULL;
  g_autoptr(Sheet) list = NULL;
  g_autofree char *year = g_strdup_printf ("TAHUN %u", recap->year);
  g_autofree char *target = NULL;
  g_autofree char *summary = NULL;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  guint n_activities = 0;

  g_ascii_formatd (buffer, sizeof buffer, "%.10g", recap->target);
  target = g_strdup (buffer);

  sheet =
    _kn_xlsx_sheet_new (export, "Rekap JP", training_widths, G_N_ELEMENTS (training_widths), TRUE);
  if (sheet == NULL)
    return FALSE;
  _kn_xlsx_write_line (sheet, "REKAPITULASI PENGEMBANGAN KOMPETENSI PEGAWAI", f->title);
  if (recap->instansi != NULL && recap->instansi[0] != '\0')
    _kn_xlsx_write_line (sheet, recap->instansi, f->subtitle);
  _kn_xlsx_write_line (sheet, recap->unit, f->subtitle);
  _kn_xlsx_write_line (sheet, year, f->subtitle);
  sheet->row++;

  _kn_xlsx_write_head_row (sheet, headers, NULL, G_N_ELEMENTS (headers));
  for (guint i = 0; i < recap->rows->len; i++)
    {
      const KnTrainingRecapRow *row = g_ptr_array_index (recap->rows, i);
      double klasikal = 0;
      double non = 0;

      for (guint j = 0; j < row->activities->len; j++)
        {
          const KnTraining *training = g_ptr_array_index (row->activities, j);

          if (kn_training_form_is_klasikal (training->form))
            klasikal += training->hours;
          else
            non += training->hours;
        }
      n_activities += row->activities->len;

      _kn_xlsx_put_number (sheet, sheet->row, 0, 0, i + 1, f->number);
      _kn_xlsx_put_text (sheet, sheet->row, 1, 1, row->person.name, f->cell);
      _kn_xlsx_put_text (sheet, sheet->row, 2, 2, row->person.nip, f->cell);
      _kn_xlsx_put_text (sheet, sheet->row, 3, 3, row->person.position, f->cell);
      _kn_xlsx_put_text (sheet, sheet->row, 4, 4, row->person.unit, f->cell);
      _kn_xlsx_put_number (sheet, sheet->row, 5, 5, row->activities->len, f->number);
      _kn_xlsx_put_number (sheet, sheet->row, 6, 6, klasikal, f->number);
      _kn_xlsx_put_number (sheet, sheet->row, 7, 7, non, f->number);
      _kn_xlsx_put_number (sheet, sheet->row, 8, 8, row->hours, f->number);
      _kn_xlsx_put_text (sheet, sheet->row, 9, 9,
                         row->hours >= recap->target ? "Memenuhi" : "Belum memenuhi",
                         f->cell_center);
      sheet->row++;
    }
  if (recap->rows->len == 0)
    {
      _kn_xlsx_put_text (sheet, sheet->row, 0, 0, "-", f->cell_center);
      _kn_xlsx_put_text (sheet, sheet->row, 1, G_N_ELEMENTS (headers) - 1,
                         "Belum ada pegawai di unit kerja ini.", f->cell);
      sheet->row++;
    }
  table_last = sheet->row - 1;
  sheet->table_last = table_last;
  sheet->row++;

  summary = g_strdup_printf ("Pegawai yang memenuhi %s JP: %u dari %u orang.", target,
                             recap->reached, recap->rows->len);
  _kn_xlsx_write_line (sheet, summary, f->text_bold);
  _kn_xlsx_write_line (sheet,
                       "Setiap PNS berhak atas pengembangan kompetensi paling sedikit 20 JP dalam "
                       "satu tahun (PP Nomor 17 Tahun 2020).",
                       f->note);
  /* The jabatan follows the role in the signature. */
  _kn_xlsx_write_signatures (sheet, recap->sign_date, NULL, NULL, "Pimpinan Unit Kerja",
                             &recap->leader);
  /* The summary and the signature go with the last row of the table. */
  _kn_xlsx_sheet_keep (sheet, table_last, sheet->row - 1);
  _kn_xlsx_sheet_finish (sheet);

  list =
    _kn_xlsx_sheet_new (export, "Kegiatan", activity_widths, G_N_ELEMENTS (activity_widths), TRUE);
  if (list == NULL)
    return FALSE;
  _kn_xlsx_write_line (list, "DAFTAR KEGIATAN PENGEMBANGAN KOMPETENSI", f->title);
  _kn_xlsx_write_line (list, recap->unit, f->subtitle);
  _kn_xlsx_write_line (list, year, f->subtitle);
  list->row++;
  _kn_xlsx_write_head_row (list, activity_headers, NULL, G_N_ELEMENTS (activity_headers));
  n_activities = 0;
  for (guint i = 0; i < recap->rows->len; i++)
    {
      const KnTrainingRecapRow *row = g_ptr_array_index (recap->rows, i);

      for (guint j = 0; j < row->activities->len; j++)
        {
          const KnTraining *training = g_ptr_array_index (row->activities, j);

          _kn_xlsx_put_number (list, list->row, 0, 0, ++n_activities, f->number);
          _kn_xlsx_put_text (list, list->row, 1, 1, row->person.name, f->cell);
          _kn_xlsx_put_text (list, list->row, 2, 2, row->person.nip, f->cell);
          _kn_xlsx_put_date (list, list->row, 3, training->date);
          _kn_xlsx_put_text (list, list->row, 4, 4, training->title, f->cell);
          _kn_xlsx_put_text (list, list->row, 5, 5, training->form < KN_TRAINING_N
                                           ? training_print_labels[training->form] : "",
                             f->cell);
          _kn_xlsx_put_text (list, list->row, 6, 6, kn_training_form_is_klasikal (training->form)
                                           ? "Klasikal" : "Nonklasikal", f->cell_center);
          _kn_xlsx_put_number (list, list->row, 7, 7, training->hours, f->number);
          _kn_xlsx_put_text (list, list->row, 8, 8, training->organizer, f->cell);
          _kn_xlsx_put_text (list, list->row, 9, 9, training->evidence, f->cell);
          list->row++;
        }
    }
  if (n_activities == 0)
    {
      _kn_xlsx_put_text (list, list->row, 0, 0, "-", f->cell_center);
      _kn_xlsx_put_text (list, list->row, 1, G_N_ELEMENTS (activity_headers) - 1,
                         "Belum ada kegiatan yang dicatat pada tahun ini.", f->cell);
      list->row++;
    }
  _kn_xlsx_sheet_finish (list);

  return export->error == LXW_NO_ERROR;
}
