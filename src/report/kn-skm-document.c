/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Laporan Hasil Survei Kepuasan Masyarakat as a page drawn with cairo and pango. */

#define G_LOG_DOMAIN "kn-skm-document"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-document.h"
#include "kinerja/kn-skm-document.h"
#include "kinerja/kn-skm-report-rows.h"

#include "kn-print-private.h"

#define MM           (72.0 / 25.4)
#define FONT_FAMILY  "DejaVu Sans, Noto Sans, Sans"
#define MARGIN_X     (20 * MM)
#define MARGIN_TOP   (18 * MM)
#define ROW_PAD      (1.2 * MM)

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
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

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

/* The height of @text laid out @width wide. */
static double
measure_text (cairo_t    *cr,
              const char *text,
              double      size,
              gboolean    bold,
              double      width)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, text, size, bold, width, PANGO_ALIGN_LEFT);

  return layout_height (layout);
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

      if (report->has_ikm && u == report->result.weakest)
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

void
kn_skm_document_draw (const KnSkmReport *report,
                      cairo_t           *cr,
                      double             width,
                      double             height)
{
  double body = width - 2 * MARGIN_X;
  double y = MARGIN_TOP;
  double col_no = 10 * MM, col_nrr = 24 * MM, col_w = 30 * MM, col_idx = 24 * MM;
  double col_name = body - col_no - col_nrr - col_w - col_idx;
  const double cols[] = { col_no, col_name, col_nrr, col_w, col_idx };
  const char *head[] = { "No", "Unsur Pelayanan", "NRR per Unsur", "NRR Tertimbang",
                         "Nilai Unsur" };
  g_autofree char *ikm = hundredths_or_dash (report->has_ikm, report->result.ikm_hundredths);
  g_autofree char *mutu = kn_skm_report_mutu_text (report);
  gint64 weighted_total = 0;

  g_return_if_fail (report != NULL);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  if (report->instansi[0] != '\0')
    y += draw_text (cr, report->instansi, 11, TRUE, MARGIN_X, y, body, PANGO_ALIGN_CENTER);
  y += draw_text (cr, "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT", 13, TRUE, MARGIN_X, y, body,
                  PANGO_ALIGN_CENTER);
  y += draw_text (cr, report->unit, 11, TRUE, MARGIN_X, y, body, PANGO_ALIGN_CENTER);
  y += 5 * MM;

  {
    KnSkmReportRow rows[KN_SKM_REPORT_N_ROWS];

    kn_skm_report_rows_init (report, rows);
    for (guint i = 0; i < KN_SKM_REPORT_N_ROWS; i++)
      {
        double h;

        draw_text (cr, rows[i].label, 9.5, FALSE, MARGIN_X, y, 48 * MM, PANGO_ALIGN_LEFT);
        draw_text (cr, ":", 9.5, FALSE, MARGIN_X + 48 * MM, y, 3 * MM, PANGO_ALIGN_LEFT);
        h = draw_text (cr, rows[i].value, 9.5, FALSE, MARGIN_X + 51 * MM, y, body - 51 * MM,
                       PANGO_ALIGN_LEFT);
        y += h + 0.8 * MM;
      }
    kn_skm_report_rows_clear (rows);
  }
  y += 4 * MM;

  /* The table of the unsur */
  cairo_set_line_width (cr, 0.6);
  for (guint r = 0; r <= KN_SKM_N_UNSUR + 1; r++)
    {
      double x = MARGIN_X, row_h = 0;
      char cells[5][128];

      if (r == 0)
        for (guint c = 0; c < 5; c++)
          g_strlcpy (cells[c], head[c], sizeof cells[c]);
      else if (r <= KN_SKM_N_UNSUR)
        {
          const KnSkmUnsurResult *u = &report->result.unsur[r - 1];
          /* NRR × 1/9, rounded to three decimals as the regulation's example tables do. */
          gint64 weighted = (u->nrr_hundredths * 10 + 4) / 9;
          g_autofree char *nrr = hundredths_or_dash (u->n_answers > 0, u->nrr_hundredths);
          g_autofree char *index = hundredths_or_dash (u->n_answers > 0, u->index_hundredths);

          g_snprintf (cells[0], sizeof cells[0], "%u", r);
          g_snprintf (cells[1], sizeof cells[1], "%s %s", kn_skm_unsur_code (r - 1),
                      kn_skm_unsur_name (r - 1));
          g_strlcpy (cells[2], nrr, sizeof cells[2]);
          if (u->n_answers > 0)
            g_snprintf (cells[3], sizeof cells[3], "%" G_GINT64_FORMAT ",%03d",
                        weighted / 1000, (int)(weighted % 1000));
          else
            g_strlcpy (cells[3], "-", sizeof cells[3]);
          g_strlcpy (cells[4], index, sizeof cells[4]);
        }
      else
        {
          g_strlcpy (cells[0], "", sizeof cells[0]);
          g_strlcpy (cells[1], "IKM (Σ NRR Tertimbang × 25)", sizeof cells[1]);
          g_strlcpy (cells[2], "", sizeof cells[2]);
          /* The sum of the unrounded weighted NRR, as the IKM is computed from it. */
          weighted_total = report->has_ikm ? (gint64)(report->result.ikm / 25.0 * 1000 + 0.5) : 0;
          if (report->has_ikm)
            g_snprintf (cells[3], sizeof cells[3], "%" G_GINT64_FORMAT ",%03d",
                        weighted_total / 1000, (int)(weighted_total % 1000));
          else
            g_strlcpy (cells[3], "-", sizeof cells[3]);
          g_strlcpy (cells[4], ikm, sizeof cells[4]);
        }

      /* Measure: the widest wrapping cell is the name. */
      {
        double h = 0;

        for (guint c = 0; c < 5; c++)
          {
            double ch;

            ch = measure_text (cr, cells[c], 9, r == 0 || r > KN_SKM_N_UNSUR,
                               cols[c] - 2 * ROW_PAD);
            h = MAX (h, ch);
          }
        row_h = h + 2 * ROW_PAD;
      }
      if (r == 0)
        {
          cairo_set_source_rgb (cr, 0.88, 0.88, 0.88);
          cairo_rectangle (cr, MARGIN_X, y, body, row_h);
          cairo_fill (cr);
          cairo_set_source_rgb (cr, 0, 0, 0);
        }
      for (guint c = 0; c < 5; c++)
        {
          draw_text (cr, cells[c], 9, r == 0 || r > KN_SKM_N_UNSUR, x + ROW_PAD, y + ROW_PAD,
                     cols[c] - 2 * ROW_PAD,
                     c == 1 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_CENTER);
          cairo_rectangle (cr, x, y, cols[c], row_h);
          cairo_stroke (cr);
          x += cols[c];
        }
      y += row_h;
    }
  y += 4 * MM;

  {
    g_autofree char *line = g_strdup_printf ("Indeks Kepuasan Masyarakat (IKM): %s", ikm);
    g_autofree char *mutu_line = g_strdup_printf ("Mutu pelayanan: %s", mutu);

    y += draw_text (cr, line, 11, TRUE, MARGIN_X, y, body, PANGO_ALIGN_LEFT);
    y += draw_text (cr, mutu_line, 11, TRUE, MARGIN_X, y, body, PANGO_ALIGN_LEFT);
  }
  y += 3 * MM;

  y += draw_text (cr, "Grafik Nilai Rata-rata (NRR) per Unsur", 9.5, TRUE, MARGIN_X, y, body,
                  PANGO_ALIGN_LEFT);
  kn_skm_chart_draw (report, cr, MARGIN_X, y, body, 60 * MM);
  y += 62 * MM;

  {
    g_autofree char *advice = kn_skm_report_advice_text (report);

    y += draw_text (cr, advice, 9.5, FALSE, MARGIN_X, y, body, PANGO_ALIGN_LEFT);
  }
  y += 8 * MM;

  /* The signature, on the right */
  {
    double sx = MARGIN_X + body / 2, sw = body / 2;

    y += draw_text (cr, report->place_date, 9.5, FALSE, sx, y, sw, PANGO_ALIGN_CENTER);
    if (report->signer_position[0] != '\0')
      y += draw_text (cr, report->signer_position, 9.5, FALSE, sx, y, sw, PANGO_ALIGN_CENTER);
    y += 20 * MM;
    y += draw_text (cr, report->signer_name[0] != '\0' ? report->signer_name
                                                       : "(.................................)",
                    9.5, TRUE, sx, y, sw, PANGO_ALIGN_CENTER);
    if (report->signer_nip[0] != '\0')
      draw_text (cr, report->signer_nip, 9.5, FALSE, sx, y, sw, PANGO_ALIGN_CENTER);
  }
  (void)height;
  cairo_restore (cr);
}

/* Through the same target as the other documents: a temporary file beside @path (0600 when new),
 * renamed over it once complete; anything but a regular file at @path is refused. */
gboolean
kn_skm_document_write_pdf (const KnSkmReport  *report,
                           KnPaper             paper,
                           const char         *path,
                           GError            **error)
{
  KnPdfTarget target;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  gboolean saved;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_kn_pdf_target_open (&target, path, error))
    {
      _kn_pdf_target_clear (&target);
      return FALSE;
    }

  kn_skm_document_page_size (paper, &width, &height);
  surface = _kn_pdf_target_surface_new (&target, width, height,
                                        "Laporan Hasil Survei Kepuasan Masyarakat");
  cr = cairo_create (surface);
  kn_skm_document_draw (report, cr, width, height);
  cairo_show_page (cr);
  cairo_destroy (cr);
  saved = _kn_pdf_target_finish (&target, surface, error);
  _kn_pdf_target_clear (&target);
  return saved;
}
