/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Dokumen Evaluasi Kinerja Pegawai: one page. */

#define G_LOG_DOMAIN "kn-document"

#include "config.h"

#include <glib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-document.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-rules.h"

#include "kn-document-private.h"

void
_kn_doc_compose_dokumen (Composer       *c,
                         const KnReport *report)
{
  static const double weights[] = { 5, 31, 64 };
  static const char * const dokumen_labels[] = {
    "NAMA", "NIP", "PANGKAT/GOL RUANG", "JABATAN", "UNIT KERJA",
  };
  const KnReportPerson *people[] = { &report->employee, &report->assessor, &report->superior };
  const char * const people_titles[] = {
    "PEGAWAI YANG DINILAI", "PEJABAT PENILAI KINERJA", "ATASAN PEJABAT PENILAI KINERJA",
  };
  const char *keys[] = { "NAMA INSTANSI", "PERIODE PENILAIAN" };
  /* The instansi, then the OPD under it. */
  const char *values[] = { *_kn_doc_safe (report->opd) != '\0'
                           ? _kn_doc_keep (c, g_strconcat (_kn_doc_esc_upper (c, report->instansi),
                                                           "\n",
                                                           _kn_doc_esc_upper (c, report->opd),
                                                           NULL))
                           : _kn_doc_esc_upper (c, report->instansi),
                           _kn_doc_period_dates (c, &report->period) };
  Columns cols;

  _kn_doc_add_status_note (c, report->status);
  _kn_doc_add_paragraph (c, "DOKUMEN EVALUASI KINERJA PEGAWAI", FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_paragraph (
    c,
    _kn_doc_keep (c, g_strconcat ("PERIODE: ", _kn_doc_period_options (c, &report->period), NULL)),
    FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 10);
  _kn_doc_add_key_values (c, keys, values, G_N_ELEMENTS (keys));
  _kn_doc_add_space (c, 6);

  _kn_doc_columns_init (&cols, c, weights, G_N_ELEMENTS (weights));
  for (guint p = 0; p < G_N_ELEMENTS (people); p++)
    {
      Cell number = { .col = 0, .markup = _kn_doc_markup (c, "%u", p + 1), .font = FONT_TABLE_BOLD,
                      .align = PANGO_ALIGN_CENTER };
      Cell cells[1 + 2 * G_N_ELEMENTS (dokumen_labels)];
      guint n = 0;

      cells[n++] = (Cell) { .row = 0, .col = 1, .span = 2, .markup = people_titles[p],
                            .font = FONT_TABLE_BOLD, .shaded = TRUE };
      for (guint i = 0; i < G_N_ELEMENTS (dokumen_labels); i++)
        {
          cells[n++] = (Cell) { .row = i + 1, .col = 1, .markup = dokumen_labels[i],
                                .font = FONT_TABLE };
          cells[n++] = (Cell) { .row = i + 1, .col = 2,
                                .markup = _kn_doc_esc (c, _kn_doc_person_field (people[p], i)),
                                .font = FONT_TABLE };
        }
      _kn_doc_add_group (c, &cols, &number, 1, cells, n);
    }

  {
    Cell number = { .col = 0, .markup = "4", .font = FONT_TABLE_BOLD,
                    .align = PANGO_ALIGN_CENTER };
    Cell cells[] = {
      { .row = 0, .col = 1, .span = 2, .markup = "EVALUASI KINERJA", .font = FONT_TABLE_BOLD,
        .shaded = TRUE },
      { .row = 1, .col = 1, .markup = "CAPAIAN KINERJA ORGANISASI", .font = FONT_TABLE },
      { .row = 1, .col = 2, .markup = _kn_doc_org_predikat_options (c, report->org_predikat),
        .font = FONT_TABLE },
      { .row = 2, .col = 1, .markup = "PREDIKAT KINERJA PEGAWAI", .font = FONT_TABLE },
      { .row = 2, .col = 2, .markup = _kn_doc_predikat_options (c, report->predikat),
        .font = FONT_TABLE },
    };

    _kn_doc_add_group (c, &cols, &number, 1, cells, G_N_ELEMENTS (cells));
  }

  {
    Cell number = { .col = 0, .markup = "5", .font = FONT_TABLE_BOLD,
                    .align = PANGO_ALIGN_CENTER };
    Cell cells[] = {
      { .row = 0, .col = 1, .span = 2, .markup = "CATATAN/REKOMENDASI", .font = FONT_TABLE_BOLD,
        .shaded = TRUE },
      { .row = 1, .col = 1, .span = 2, .markup = _kn_doc_esc (c, report->note), .font = FONT_TABLE,
        .min_height = 60 },
    };

    _kn_doc_add_group (c, &cols, &number, 1, cells, G_N_ELEMENTS (cells));
  }

  _kn_doc_add_signatures (c, report->sign_date, "Pegawai yang Dinilai,", &report->employee,
                          "Pejabat Penilai Kinerja,", &report->assessor);
}
