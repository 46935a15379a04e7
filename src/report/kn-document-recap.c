/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Penetapan Predikat Kinerja: a unit's recap with its distribution. */

#define G_LOG_DOMAIN "kn-document"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-document.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-rules.h"

#include "kn-document-private.h"

static const char *
format_share (Composer *c,
              guint     count,
              guint     total)
{
  if (total == 0)
    return "";

  return _kn_doc_keep (c, kn_format_doc_percent (100.0 * count / total));
}

/* The counts and shares beside the curve. */
static void
add_recap_distribution (Composer            *c,
                        const KnRecapReport *report)
{
  Band *band = _kn_doc_compose_band (c);
  Columns cols = { 3 };
  double table_width = _kn_doc_body_width (c) * 0.42;
  double y = 0;
  guint total = 0;
  guint unrated = report->counts[KN_PREDIKAT_NONE];

  cols.x[0] = c->left;
  cols.x[1] = c->left + table_width * 0.5;
  cols.x[2] = c->left + table_width * 0.73;
  cols.x[3] = c->left + table_width;

  for (guint p = KN_PREDIKAT_SANGAT_KURANG; p < KN_PREDIKAT_N; p++)
    total += report->counts[p];

  {
    Cell cells[] = {
      { .col = 0, .markup = "PREDIKAT KINERJA", .font = FONT_TABLE_BOLD, .shaded = TRUE,
        .middle = TRUE },
      { .col = 1, .markup = KN_FORM_JUMLAH, .font = FONT_TABLE_BOLD, .shaded = TRUE,
        .align = PANGO_ALIGN_CENTER, .middle = TRUE },
      { .col = 2, .markup = KN_FORM_PERSENTASE, .font = FONT_TABLE_BOLD, .shaded = TRUE,
        .align = PANGO_ALIGN_CENTER, .middle = TRUE },
    };

    y += _kn_doc_group_into (c, band, &cols, y, NULL, 0, cells, G_N_ELEMENTS (cells), TRUE);
  }

  /* In the curve's order and words, as the workbook's table that its chart reads. */
  for (guint p = KN_PREDIKAT_SANGAT_KURANG; p < KN_PREDIKAT_N; p++)
    {
      Cell cells[] = {
        { .col = 0, .markup = _kn_doc_esc (c, kn_report_curve_label (p)), .font = FONT_TABLE },
        { .col = 1, .markup = _kn_doc_markup (c, "%u", report->counts[p]), .font = FONT_TABLE,
          .align = PANGO_ALIGN_CENTER },
        { .col = 2, .markup = format_share (c, report->counts[p], total), .font = FONT_TABLE,
          .align = PANGO_ALIGN_CENTER },
      };

      y += _kn_doc_group_into (c, band, &cols, y, NULL, 0, cells, G_N_ELEMENTS (cells), TRUE);
    }

  {
    Cell cells[] = {
      { .col = 0, .markup = KN_FORM_JUMLAH, .font = FONT_TABLE_BOLD },
      { .col = 1, .markup = _kn_doc_markup (c, "%u", total), .font = FONT_TABLE_BOLD,
        .align = PANGO_ALIGN_CENTER },
      { .col = 2, .markup = format_share (c, total, total), .font = FONT_TABLE_BOLD,
        .align = PANGO_ALIGN_CENTER },
    };

    y += _kn_doc_group_into (c, band, &cols, y, NULL, 0, cells, G_N_ELEMENTS (cells), TRUE);
  }

  if (unrated > 0)
    {
      Cell cells[] = {
        { .col = 0, .markup = "Belum ditetapkan", .font = FONT_TABLE },
        { .col = 1, .markup = _kn_doc_markup (c, "%u", unrated), .font = FONT_TABLE,
          .align = PANGO_ALIGN_CENTER },
        { .col = 2, .markup = "", .font = FONT_TABLE },
      };

      y += _kn_doc_group_into (c, band, &cols, y, NULL, 0, cells, G_N_ELEMENTS (cells), TRUE);
    }

  band->height = MAX (y, 160);
  _kn_doc_chart_into (c, band, c->left + table_width + 24, 0,
                      MIN (360, _kn_doc_body_width (c) - table_width - 24), band->height,
                      report->org_predikat, report->counts);
  band->solid = TRUE;
}

void
_kn_doc_compose_recap (Composer            *c,
                       const KnRecapReport *report)
{
  static const double weights[] = { 3.5, 24, 14, 19.5, 13, 13, 13 };
  static const char * const titles[] = {
    KN_FORM_NO, "NAMA / NIP", "PANGKAT/GOL", "JABATAN", KN_FORM_RATING_RESULT, KN_FORM_RATING_BEHAVIOUR,
    "PREDIKAT",
  };
  const char *period = "";
  const char *keys[] = { KN_FORM_UNIT_KERJA, "PERIODE", KN_FORM_CAPAIAN_ORG };
  const char *values[3];
  Cell head[2 * G_N_ELEMENTS (titles)];
  Columns cols;
  Band *header;
  guint closing;
  const char *org = kn_form_text_org_predikat (CLAMP (report->org_predikat, KN_ORG_PREDIKAT_NONE,
                                                     KN_ORG_PREDIKAT_ISTIMEWA));

  if (kn_report_period_is_valid (&report->period))
    {
      g_autofree char *label = kn_period_print_label (&report->period);

      if (report->period.kind == KN_PERIOD_MONTH)
        period = _kn_doc_markup (c, "%s %u (%s)", label, report->period.year,
                                 _kn_doc_period_dates (c, &report->period));
      else
        period = _kn_doc_markup (c, "%s TAHUN %u (%s)", label, report->period.year,
                                 _kn_doc_period_dates (c, &report->period));
    }
  values[0] = _kn_doc_esc (c, report->unit);
  values[1] = period;
  values[2] = _kn_doc_esc (c, org);

  _kn_doc_add_status_note (c, report->status);
  _kn_doc_add_paragraph (c, KN_FORM_TITLE_REKAP, FONT_TITLE, PANGO_ALIGN_CENTER);
  _kn_doc_add_paragraph (c, _kn_doc_esc_upper (c, report->instansi), FONT_BODY_BOLD,
                         PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 10);
  _kn_doc_add_key_values (c, keys, values, G_N_ELEMENTS (keys));
  _kn_doc_add_space (c, 8);

  _kn_doc_columns_init (&cols, c, weights, G_N_ELEMENTS (weights));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      head[2 * i] = (Cell) { .row = 0, .col = i, .markup = titles[i], .font = FONT_TABLE_BOLD,
                             .align = PANGO_ALIGN_CENTER, .middle = TRUE, .shaded = TRUE };
      head[2 * i + 1] = (Cell) { .row = 1, .col = i, .markup = _kn_doc_markup (c, "(%u)", i + 1),
                                 .font = FONT_TABLE, .align = PANGO_ALIGN_CENTER,
                                 .shaded = TRUE };
    }
  header = _kn_doc_add_row (c, &cols, head, G_N_ELEMENTS (head));
  header->keep_with_next = TRUE;

  for (guint i = 0; report->rows != NULL && i < report->rows->len; i++)
    {
      const KnRecapRow *row = g_ptr_array_index (report->rows, i);
      KnRating result = CLAMP (row->rating_result, KN_RATING_NONE, KN_RATING_ABOVE);
      KnRating behaviour = CLAMP (row->rating_behaviour, KN_RATING_NONE, KN_RATING_ABOVE);
      KnPredikat predikat = CLAMP (row->predikat, KN_PREDIKAT_NONE, KN_PREDIKAT_SANGAT_BAIK);
      /* The row's markup is copied into its texts: it goes with the row, not with the
       * composer, so that a rekap of thousands of rows does not hold it all at once. */
      guint kept = c->strings->len;
      const char *predikat_markup = _kn_doc_esc (c, kn_predikat_print_label (predikat));
      Cell cells[G_N_ELEMENTS (titles)];

      if (predikat == KN_PREDIKAT_NONE)
        predikat_markup = "<i>Belum dinilai</i>";
      else if (!row->final)
        predikat_markup = _kn_doc_markup (c, "%s\n<i>(belum final)</i>",
                                          kn_predikat_print_label (predikat));

      cells[0] = (Cell) { .col = 0, .markup = _kn_doc_markup (c, "%u", i + 1), .font = FONT_TABLE,
                          .align = PANGO_ALIGN_CENTER };
      cells[1] =
        (Cell){ .col = 1,
                .markup = *_kn_doc_safe (row->person.nip) != '\0'
                          ? _kn_doc_markup (c, "%s\nNIP. %s", _kn_doc_safe (row->person.name),
                                            row->person.nip)
                          : _kn_doc_esc (c, row->person.name),
                .font = FONT_TABLE };
      cells[2] =
        (Cell){ .col = 2, .markup = _kn_doc_esc (c, row->person.rank), .font = FONT_TABLE };
      cells[3] =
        (Cell){ .col = 3, .markup = _kn_doc_esc (c, row->person.position), .font = FONT_TABLE };
      cells[4] = (Cell) { .col = 4, .markup = kn_form_text_rating (result), .font = FONT_TABLE,
                          .align = PANGO_ALIGN_CENTER };
      cells[5] = (Cell) { .col = 5, .markup = kn_form_text_rating (behaviour),
                          .font = FONT_TABLE, .align = PANGO_ALIGN_CENTER };
      cells[6] = (Cell) { .col = 6, .markup = predikat_markup, .font = FONT_TABLE_BOLD,
                          .align = PANGO_ALIGN_CENTER };
      _kn_doc_add_row (c, &cols, cells, G_N_ELEMENTS (cells))->header = header;
      g_ptr_array_set_size (c->strings, kept);
    }

  _kn_doc_add_space (c, 12);
  closing = c->bands->len;
  _kn_doc_add_paragraph (c, KN_FORM_DISTRIBUSI, FONT_BODY_BOLD,
                         PANGO_ALIGN_LEFT)->keep_with_next = TRUE;
  _kn_doc_add_space (c, 4);
  add_recap_distribution (c, report);
  _kn_doc_add_space (c, 10);

  _kn_doc_add_paragraph (
    c, _kn_doc_markup (c, KN_FORM_POLA_FOR " %s:", org),
    FONT_BODY_BOLD, PANGO_ALIGN_LEFT)
    ->keep_with_next = TRUE;
  for (guint i = 0; report->pattern != NULL && i < report->pattern->len; i++)
    _kn_doc_add_numbered (c, i + 1, g_ptr_array_index (report->pattern, i));
  _kn_doc_add_space (c, 6);

  _kn_doc_add_paragraph (c, KN_FORM_KESESUAIAN ":", FONT_BODY_BOLD,
                         PANGO_ALIGN_LEFT)->keep_with_next = TRUE;
  if (report->violations == NULL || report->violations->len == 0)
    _kn_doc_add_paragraph (c, KN_FORM_SESUAI_POLA,
                           FONT_BODY, PANGO_ALIGN_LEFT);
  for (guint i = 0; report->violations != NULL && i < report->violations->len; i++)
    _kn_doc_add_numbered (c, i + 1, g_ptr_array_index (report->violations, i));

  /* The Tim Penilai Kinerja that reviewed the period, and its decision on each person. */
  if (report->review_team != NULL && report->review_team[0] != '\0')
    {
      guint n = 0;

      _kn_doc_add_space (c, 6);
      _kn_doc_add_paragraph (c, KN_FORM_REVIEW_TITLE ":", FONT_BODY_BOLD,
                             PANGO_ALIGN_LEFT)->keep_with_next = TRUE;
      _kn_doc_add_paragraph (c, _kn_doc_esc (c, report->review_team), FONT_BODY,
                             PANGO_ALIGN_LEFT)->keep_with_next = TRUE;
      for (guint i = 0; report->rows != NULL && i < report->rows->len; i++)
        {
          const KnRecapRow *row = g_ptr_array_index (report->rows, i);
          g_autofree char *line = NULL;

          if (row->review == NULL || row->review[0] == '\0')
            continue;
          line = g_strdup_printf ("%s: %s", _kn_doc_safe (row->person.name), row->review);
          _kn_doc_add_numbered (c, ++n, line);
        }
    }

  {
    gboolean ketua = report->review_ketua.name != NULL && report->review_ketua.name[0] != '\0';

    /* The jabatan follows the role in the signature; the team's ketua signs beside the head. */
    _kn_doc_add_signatures (c, report->sign_date, ketua ? KN_FORM_SIGN_REVIEW : NULL,
                            ketua ? &report->review_ketua : NULL, KN_FORM_SIGN_LEADER,
                            &report->leader);
  }
  /* The head signs beside the distribution that the penetapan sets, not on a page of its own
   * under a sentence or two: what follows the table of people goes on a page together. */
  _kn_doc_keep_closing (c, closing);
}
