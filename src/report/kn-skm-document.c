/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Laporan Hasil Survei Kepuasan Masyarakat: a document composed as the forms are (their fonts,
 * pagination, page numbers and signature), and its chart of the NRR for the window. */

#define G_LOG_DOMAIN "kn-skm-document"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-document.h"
#include "kinerja/kn-skm-document.h"
#include "kinerja/kn-skm-report-rows.h"

#include "kn-document-private.h"


void
kn_skm_document_page_size (KnPaper  paper,
                           double  *width,
                           double  *height)
{
  *width = (paper == KN_PAPER_F4 ? 215 : 210) * MM;
  *height = (paper == KN_PAPER_F4 ? 330 : 297) * MM;
}

static PangoLayout *
make_layout (cairo_t        *cr,
             const char     *text,
             double          size,
             gboolean        bold,
             double          width,
             PangoAlignment  align)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (KN_PRINT_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (layout, align);
    }
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double)height / PANGO_SCALE;
}

/* Draws @text (plain) at (@x, @y), @width wide (0: unwrapped) and aligned as asked; returns its
 * height. */
static double
draw_text (cairo_t        *cr,
           const char     *text,
           double          size,
           gboolean        bold,
           double          x,
           double          y,
           double          width,
           PangoAlignment  align)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, text, size, bold, width, align);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return layout_height (layout);
}

static char *
hundredths_or_dash (gboolean has,
                    gint64   hundredths)
{
  return has ? kn_skm_format_hundredths (hundredths) : g_strdup ("-");
}

/* The chart of the NRR as kn_skm_chart_draw draws it for the window, composed of the document's
 * items. */
static void
chart_into (Composer          *c,
            Band              *band,
            const KnSkmReport *report,
            double             x,
            double             width,
            double             height)
{
  double left = x + 8 * MM, bottom = height - 8 * MM, top = 4 * MM;
  double plot_w = width - 10 * MM, plot_h = bottom - top;
  double slot = plot_w / KN_SKM_N_UNSUR;

  for (guint tick = 0; tick <= 4; tick++)
    {
      double ty = bottom - plot_h * tick / 4.0;

      /* A tick on the axis: lines are drawn over the bars, so no gridline crosses them. */
      _kn_doc_band_line (band, left - 2, ty, 2, 0, BORDER_WIDTH);
      _kn_doc_band_text (band, x, ty - 5,
                         _kn_doc_shape (c, _kn_doc_markup (c, "%u", tick), FONT_TABLE, 6 * MM,
                                        PANGO_ALIGN_RIGHT));
    }

  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      const KnSkmUnsurResult *r = &report->result.unsur[u];
      double bar_h = plot_h * r->nrr_hundredths / 400.0;
      double bx = left + slot * u + slot * 0.2;
      g_autofree char *value = hundredths_or_dash (r->n_answers > 0, r->nrr_hundredths);
      gboolean weakest = report->has_ikm && kn_skm_is_weakest (&report->result, u);

      if (bar_h > 0)
        {
          /* The weakest unsur darker: the document prints in grey, as its other charts. */
          _kn_doc_band_fill (band, bx, bottom - bar_h, slot * 0.6, bar_h, weakest ? 0.45 : 0.75);
          _kn_doc_band_rect (band, bx, bottom - bar_h, slot * 0.6, bar_h);
        }
      _kn_doc_band_text (band, left + slot * u, bottom - bar_h - 11,
                         _kn_doc_shape (c, _kn_doc_esc (c, value), FONT_TABLE, slot,
                                        PANGO_ALIGN_CENTER));
      _kn_doc_band_text (band, left + slot * u, bottom + 2,
                         _kn_doc_shape (c, _kn_doc_markup (c, "<b>%s</b>",
                                                           kn_skm_unsur_code (u)),
                                        FONT_TABLE, slot, PANGO_ALIGN_CENTER));
    }

  _kn_doc_band_line (band, left, top, 0, bottom - top, BORDER_WIDTH);
  _kn_doc_band_line (band, left, bottom, plot_w, 0, BORDER_WIDTH);
}

/* NRR × 1/9 in thousandths, rounded as the regulation's example tables do, as "0,389". */
static const char *
weighted_text (Composer *c,
               gint64    thousandths)
{
  return _kn_doc_markup (c, "%" G_GINT64_FORMAT ",%03d", thousandths / 1000,
                         (int) (thousandths % 1000));
}

static void
compose_skm (Composer      *c,
             gconstpointer  data)
{
  const KnSkmReport *report = data;
  static const double weights[] = { 6, 50, 14, 16, 14 };
  static const char * const head[] = {
    KN_FORM_NO, "UNSUR PELAYANAN", "NRR PER UNSUR", "NRR TERTIMBANG", "NILAI UNSUR",
  };
  g_autofree char *ikm = hundredths_or_dash (report->has_ikm, report->result.ikm_hundredths);
  g_autofree char *mutu = kn_skm_report_mutu_text (report);
  g_autofree char *advice = kn_skm_report_advice_text (report);
  const char *nip = _kn_doc_safe (report->signer_nip);
  KnReportPerson signer;
  Columns cols;
  Cell cells[G_N_ELEMENTS (head)];
  Band *header;
  Band *band;

  if (report->instansi[0] != '\0')
    _kn_doc_add_paragraph (c, _kn_doc_esc (c, report->instansi), FONT_BODY_BOLD,
                           PANGO_ALIGN_CENTER);
  _kn_doc_add_paragraph (c, "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT", FONT_TITLE,
                         PANGO_ALIGN_CENTER);
  _kn_doc_add_paragraph (c, _kn_doc_esc (c, report->unit), FONT_BODY_BOLD, PANGO_ALIGN_CENTER);
  _kn_doc_add_space (c, 10);

  {
    KnSkmReportRow rows[KN_SKM_REPORT_N_ROWS];
    const char *keys[KN_SKM_REPORT_N_ROWS];
    const char *values[KN_SKM_REPORT_N_ROWS];

    kn_skm_report_rows_init (report, rows);
    for (guint i = 0; i < KN_SKM_REPORT_N_ROWS; i++)
      {
        keys[i] = _kn_doc_esc (c, rows[i].label);
        values[i] = _kn_doc_esc (c, rows[i].value);
      }
    _kn_doc_add_key_values (c, keys, values, KN_SKM_REPORT_N_ROWS);
    kn_skm_report_rows_clear (rows);
  }
  _kn_doc_add_space (c, 8);

  _kn_doc_columns_init (&cols, c, weights, G_N_ELEMENTS (weights));
  for (guint i = 0; i < G_N_ELEMENTS (head); i++)
    cells[i] = (Cell) { .col = i, .markup = head[i], .font = FONT_TABLE_BOLD,
                        .align = PANGO_ALIGN_CENTER, .middle = TRUE, .shaded = TRUE };
  header = _kn_doc_add_row (c, &cols, cells, G_N_ELEMENTS (cells));
  header->keep_with_next = TRUE;

  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      const KnSkmUnsurResult *r = &report->result.unsur[u];
      gboolean answered = r->n_answers > 0;
      g_autofree char *nrr = hundredths_or_dash (answered, r->nrr_hundredths);
      g_autofree char *index = hundredths_or_dash (answered, r->index_hundredths);

      cells[0] = (Cell) { .col = 0, .markup = _kn_doc_markup (c, "%u", u + 1),
                          .font = FONT_TABLE, .align = PANGO_ALIGN_CENTER };
      cells[1] = (Cell) { .col = 1, .markup = _kn_doc_markup (c, "%s %s", kn_skm_unsur_code (u),
                                                              kn_skm_unsur_name (u)),
                          .font = FONT_TABLE };
      cells[2] = (Cell) { .col = 2, .markup = _kn_doc_esc (c, nrr), .font = FONT_TABLE,
                          .align = PANGO_ALIGN_CENTER };
      cells[3] = (Cell) { .col = 3,
                          .markup = answered ? weighted_text (c, (r->nrr_hundredths * 10 + 4) / 9)
                                             : "-",
                          .font = FONT_TABLE, .align = PANGO_ALIGN_CENTER };
      cells[4] = (Cell) { .col = 4, .markup = _kn_doc_esc (c, index), .font = FONT_TABLE,
                          .align = PANGO_ALIGN_CENTER };
      _kn_doc_add_row (c, &cols, cells, G_N_ELEMENTS (cells))->header = header;
    }

  /* The sum of the unrounded weighted NRR, as the IKM is computed from it. */
  cells[0] = (Cell) { .col = 0, .markup = "", .font = FONT_TABLE_BOLD };
  cells[1] = (Cell) { .col = 1, .markup = "IKM (Σ NRR Tertimbang × 25)", .font = FONT_TABLE_BOLD };
  cells[2] = (Cell) { .col = 2, .markup = "", .font = FONT_TABLE_BOLD };
  cells[3] = (Cell) { .col = 3,
                      .markup = report->has_ikm
                                ? weighted_text (c, (gint64) (report->result.ikm / 25.0 * 1000 + 0.5))
                                : "-",
                      .font = FONT_TABLE_BOLD, .align = PANGO_ALIGN_CENTER };
  cells[4] = (Cell) { .col = 4, .markup = _kn_doc_esc (c, ikm), .font = FONT_TABLE_BOLD,
                      .align = PANGO_ALIGN_CENTER };
  _kn_doc_add_row (c, &cols, cells, G_N_ELEMENTS (cells))->header = header;
  _kn_doc_add_space (c, 8);

  _kn_doc_add_paragraph (c, _kn_doc_markup (c, "Indeks Kepuasan Masyarakat (IKM): %s", ikm),
                         FONT_BODY_BOLD, PANGO_ALIGN_LEFT);
  _kn_doc_add_paragraph (c, _kn_doc_markup (c, "Mutu pelayanan: %s", mutu), FONT_BODY_BOLD,
                         PANGO_ALIGN_LEFT);
  _kn_doc_add_space (c, 8);

  _kn_doc_add_paragraph (c, "Grafik Nilai Rata-rata (NRR) per Unsur", FONT_BODY_BOLD,
                         PANGO_ALIGN_LEFT)->keep_with_next = TRUE;
  band = _kn_doc_compose_band (c);
  band->solid = TRUE;
  band->height = 55 * MM;
  chart_into (c, band, report, c->left, _kn_doc_body_width (c), band->height);
  _kn_doc_add_space (c, 4);
  _kn_doc_add_paragraph (c, _kn_doc_esc (c, advice), FONT_BODY, PANGO_ALIGN_LEFT);

  /* Signed as every other document: the role and jabatan, then name, pangkat and NIP. */
  signer = (KnReportPerson) {
    .name = (char *) (report->signer_name[0] != '\0' ? report->signer_name
                                                     : "(.................................)"),
    .nip = (char *) (g_str_has_prefix (nip, "NIP. ") ? nip + strlen ("NIP. ") : nip),
    .rank = (char *) _kn_doc_safe (report->signer_rank),
    .position = (char *) _kn_doc_safe (report->signer_position),
    .unit = (char *) "",
  };
  _kn_doc_add_signatures (c, report->place_date, NULL, NULL, KN_FORM_SIGN_LEADER, &signer);
}

void
kn_skm_chart_draw (const KnSkmReport *report,
                   cairo_t           *cr,
                   double             x,
                   double             y,
                   double             width,
                   double             height)
{
  double left = x + 10 * MM, bottom = y + height - 10 * MM, top = y + 4 * MM;
  double plot_w = width - 12 * MM, plot_h = bottom - top;
  double slot = plot_w / KN_SKM_N_UNSUR;

  g_return_if_fail (report != NULL);

  cairo_save (cr);
  cairo_set_line_width (cr, 0.5);
  for (guint tick = 0; tick <= 4; tick++)
    {
      double ty = bottom - plot_h * tick / 4.0;
      char label[4];

      cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
      cairo_move_to (cr, left, ty);
      cairo_line_to (cr, left + plot_w, ty);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      g_snprintf (label, sizeof label, "%u", tick);
      draw_text (cr, label, 7, FALSE, x, ty - 4, 8 * MM, PANGO_ALIGN_RIGHT);
    }

  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      const KnSkmUnsurResult *r = &report->result.unsur[u];
      double bar_h = plot_h * r->nrr_hundredths / 400.0;
      double bx = left + slot * u + slot * 0.2;
      g_autofree char *value = hundredths_or_dash (r->n_answers > 0, r->nrr_hundredths);

      if (report->has_ikm && kn_skm_is_weakest (&report->result, u))
        cairo_set_source_rgb (cr, 0.80, 0.33, 0.20);
      else
        cairo_set_source_rgb (cr, 0.20, 0.45, 0.70);
      cairo_rectangle (cr, bx, bottom - bar_h, slot * 0.6, bar_h);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      draw_text (cr, value, 7, FALSE, left + slot * u, bottom - bar_h - 10, slot,
                 PANGO_ALIGN_CENTER);
      draw_text (cr, kn_skm_unsur_code (u), 8, TRUE, left + slot * u, bottom + 2, slot,
                 PANGO_ALIGN_CENTER);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.8);
  cairo_move_to (cr, left, top);
  cairo_line_to (cr, left, bottom);
  cairo_line_to (cr, left + plot_w, bottom);
  cairo_stroke (cr);
  cairo_restore (cr);
}

KnDocument *
kn_skm_document_new (const KnSkmReport *report,
                     KnPaper            paper)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (paper == KN_PAPER_A4 || paper == KN_PAPER_F4, NULL);

  return _kn_document_new_composed (paper, "Laporan Hasil Survei Kepuasan Masyarakat",
                                    compose_skm, report);
}

void
kn_skm_document_draw (const KnSkmReport *report,
                      cairo_t           *cr,
                      double             width,
                      double             height)
{
  g_autoptr(KnDocument) document = NULL;

  g_return_if_fail (report != NULL);

  /* F4 is 330 mm tall, A4 297 mm. */
  document = kn_skm_document_new (report, height > 310 * MM ? KN_PAPER_F4 : KN_PAPER_A4);
  kn_document_draw_page (document, cr, 0);
  (void) width;
}

/* Through the same target as the other documents: a temporary file beside @path (0600 when new),
 * renamed over it once complete; anything but a regular file at @path is refused. */
gboolean
kn_skm_document_write_pdf (const KnSkmReport  *report,
                           KnPaper             paper,
                           const char         *path,
                           GError            **error)
{
  g_autoptr(KnDocument) document = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  document = kn_skm_document_new (report, paper);
  return kn_document_write_pdf (document, path, error);
}
