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
  const KnReportPerson *people[] = { &report->employee, &report->assessor, &report->superior };
  const char * const people_titles[] = {
    KN_FORM_EMPLOYEE, KN_FORM_ASSESSOR, KN_FORM_SUPERIOR,
  };
  const char *keys[] = { KN_FORM_INSTANSI, KN_FORM_PERIODE_PENILAIAN };
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
  _kn_doc_add_paragraph (c, KN_FORM_TITLE_DOKUMEN, FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_paragraph (
    c,
    _kn_doc_keep (c, g_strconcat (KN_FORM_PERIOD, _kn_doc_period_options (c, &report->period), NULL)),
    FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 10);
  _kn_doc_add_key_values (c, keys, values, G_N_ELEMENTS (keys));
  _kn_doc_add_space (c, 6);

  _kn_doc_columns_init (&cols, c, weights, G_N_ELEMENTS (weights));
  for (guint p = 0; p < G_N_ELEMENTS (people); p++)
    {
      Cell number = { .col = 0, .markup = _kn_doc_markup (c, "%u", p + 1), .font = FONT_TABLE_BOLD,
                      .align = PANGO_ALIGN_CENTER };
      Cell cells[1 + 2 * KN_FORM_N_PERSON_LABELS];
      guint n = 0;

      cells[n++] = (Cell) { .row = 0, .col = 1, .span = 2, .markup = people_titles[p],
                            .font = FONT_TABLE_BOLD, .shaded = TRUE };
      for (guint i = 0; i < KN_FORM_N_PERSON_LABELS; i++)
        {
          cells[n++] = (Cell) { .row = i + 1, .col = 1, .markup = kn_form_text_person_label (i),
                                .font = FONT_TABLE };
          cells[n++] = (Cell) { .row = i + 1, .col = 2,
                                .markup = _kn_doc_esc (c, kn_report_person_field (people[p], i)),
                                .font = FONT_TABLE };
        }
      _kn_doc_add_group (c, &cols, &number, 1, cells, n);
    }

  {
    Cell number = { .col = 0, .markup = "4", .font = FONT_TABLE_BOLD,
                    .align = PANGO_ALIGN_CENTER };
    Cell cells[] = {
      { .row = 0, .col = 1, .span = 2, .markup = KN_FORM_EVALUASI_KINERJA, .font = FONT_TABLE_BOLD,
        .shaded = TRUE },
      { .row = 1, .col = 1, .markup = KN_FORM_CAPAIAN_ORG, .font = FONT_TABLE },
      { .row = 1, .col = 2, .markup = _kn_doc_org_predikat_options (c, report->org_predikat),
        .font = FONT_TABLE },
      { .row = 2, .col = 1, .markup = KN_FORM_PREDIKAT, .font = FONT_TABLE },
      { .row = 2, .col = 2, .markup = _kn_doc_predikat_options (c, report->predikat),
        .font = FONT_TABLE },
    };

    _kn_doc_add_group (c, &cols, &number, 1, cells, G_N_ELEMENTS (cells));
  }

  {
    g_autofree char *catatan = kn_form_text_catatan (report->note, report->review);
    Cell number = { .col = 0, .markup = "5", .font = FONT_TABLE_BOLD,
                    .align = PANGO_ALIGN_CENTER };
    Cell cells[] = {
      { .row = 0, .col = 1, .span = 2, .markup = KN_FORM_CATATAN, .font = FONT_TABLE_BOLD,
        .shaded = TRUE },
      { .row = 1, .col = 1, .span = 2, .markup = _kn_doc_esc (c, catatan), .font = FONT_TABLE,
        .min_height = 60 },
    };

    _kn_doc_add_group (c, &cols, &number, 1, cells, G_N_ELEMENTS (cells));
  }

  _kn_doc_add_signatures (c, report->sign_date, KN_FORM_SIGN_EMPLOYEE, &report->employee,
                          KN_FORM_SIGN_ASSESSOR, &report->assessor);
}
