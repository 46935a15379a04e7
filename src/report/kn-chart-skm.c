/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A unit's Indeks Kepuasan Masyarakat over a year's periods and the NRR of its nine unsur. */

#define G_LOG_DOMAIN "kn-chart"

#include "config.h"

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-chart.h"

#include "kn-chart-private.h"

static const Swatch ikm_swatch = { RGB (0x0072b2), HATCH_NONE, RGB (0xffffff), RGB (0xffffff) };
static const Swatch nrr_swatch = { RGB (0x56b4e9), HATCH_SLASH, RGB (0x000000), RGB (0x000000) };
static const Swatch weakest_swatch = { RGB (0xd55e00), HATCH_CROSS, RGB (0x000000), RGB (0x000000) };

/* The IKM of each period as a bar on 0–100, the lower bounds of mutu D, C, B and A across. */
static void
paint_ikm (Painter          *p,
           const KnSkmChart *chart,
           double            left,
           double            top,
           double            right,
           double            bottom)
{
  static const struct { gint64 bound; const char *letter; } bounds[] = {
    { 2500, "D" }, { 6500, "C" }, { 7661, "B" }, { 8831, "A" },
  };
  double axis_left = left + 2.4 * p->font;
  double plot_bottom = bottom - 1.6 * p->font;
  double plot_right = right - 1.4 * p->font;
  double slot;
  gboolean any = FALSE;

  if (plot_bottom - top < 2 * p->font || plot_right - axis_left < 2 * p->font || chart->n_points == 0)
    return;

  for (guint q = 0; q <= 4; q++)
    {
      g_autofree char *tick = g_strdup_printf ("%u", q * 25);
      double y = plot_bottom - (plot_bottom - top) * q / 4.0;

      _kn_chart_paint_hline (p, axis_left, plot_right, y, q == 0 ? &axis_colour : &grid_colour);
      _kn_chart_paint_text (p, tick, axis_left - 0.4 * p->font, y, -1, 1.0, 0.5, 0.85, FALSE, 1,
                            &ink_soft);
    }
  for (guint b = 1; b < G_N_ELEMENTS (bounds); b++)
    {
      double y = plot_bottom - (plot_bottom - top) * bounds[b].bound / 10000.0;

      cairo_save (p->cr);
      _kn_chart_set_dash (p, 4.0, 3.0);
      _kn_chart_paint_hline (p, axis_left, plot_right, y, &ink_soft);
      cairo_restore (p->cr);
      /* The mutu letter in the band above its lower bound. */
      _kn_chart_paint_text (p, bounds[b].letter, plot_right + 0.3 * p->font,
                            y - 0.1 * p->font, -1, 0.0, 1.0, 0.85, TRUE, 1, &ink_soft);
    }

  slot = (plot_right - axis_left) / chart->n_points;
  for (guint i = 0; i < chart->n_points; i++)
    {
      const KnSkmChartPoint *point = &chart->points[i];
      double cx = axis_left + slot * (i + 0.5);
      double bar_w = MIN (0.6 * slot, 4.0 * p->font);

      _kn_chart_paint_text (p, point->label, cx, plot_bottom + 0.3 * p->font, slot, 0.5, 0.0, 0.85,
                            FALSE, 1, &ink);
      if (point->has_ikm)
        {
          g_autofree char *value = kn_skm_format_hundredths (point->ikm_hundredths);
          g_autofree char *text = g_strdup_printf ("%s (%s)", value, kn_skm_mutu_letter (point->mutu));
          double h = (plot_bottom - top) * CLAMP (point->ikm_hundredths, 0, 10000) / 10000.0;

          any = TRUE;
          _kn_chart_paint_bar (p, &ikm_swatch, cx - bar_w / 2, plot_bottom - h, bar_w, h);
          _kn_chart_paint_text (p, text, cx, plot_bottom - h - 0.2 * p->font, slot, 0.5, 1.0,
                                0.8, TRUE, 1, &ink);
        }
    }
  if (!any)
    _kn_chart_paint_no_data (p, (axis_left + plot_right) / 2, (top + plot_bottom) / 2,
                             plot_right - axis_left);
}

/* The NRR of each unsur as a horizontal bar on 1–4 (the scale starts at 0), the weakest marked. */
static void
paint_unsur (Painter          *p,
             const KnSkmChart *chart,
             double            left,
             double            top,
             double            right,
             double            bottom)
{
  double label_w = 0, bar_left, row_h, bar_h, scale_h = 1.6 * p->font;

  if (!chart->has_unsur)
    {
      _kn_chart_paint_no_data (p, (left + right) / 2, (top + bottom) / 2, right - left);
      return;
    }
  {
    g_autofree char *heading = g_strdup_printf (_("NRR of each unsur, %s"), chart->unsur_period);

    top += _kn_chart_paint_text (p, heading, left, top, right - left, 0.0, 0.0, 0.9, TRUE, 2,
                                 &ink) + 0.3 * p->font;
  }
  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    if (_kn_chart_text_layout (p, kn_skm_unsur_code (u), FALSE, 0.85, FALSE, -1, 1,
                               PANGO_ALIGN_RIGHT))
      label_w = MAX (label_w, _kn_chart_text_width (p));
  bar_left = left + label_w + 0.6 * p->font;
  right -= 2.8 * p->font;
  row_h = (bottom - scale_h - top) / KN_SKM_N_UNSUR;
  bar_h = MIN (0.7 * row_h, 2.0 * p->font);
  if (row_h < 0.5 * p->font || right - bar_left < p->font)
    return;

  for (guint q = 0; q <= 4; q++)
    {
      g_autofree char *tick = g_strdup_printf ("%u", q);
      double x = bar_left + (right - bar_left) * q / 4.0;

      _kn_chart_paint_vline (p, x, top, bottom - scale_h, q == 0 ? &axis_colour : &grid_colour);
      _kn_chart_paint_text (p, tick, x, bottom - scale_h + 0.3 * p->font, -1, 0.5, 0.0, 0.85,
                            FALSE, 1, &ink_soft);
    }
  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      g_autofree char *value = kn_skm_format_hundredths (chart->nrr_hundredths[u]);
      double y = top + row_h * u + (row_h - bar_h) / 2;
      double w = (right - bar_left) * CLAMP (chart->nrr_hundredths[u], 0, 400) / 400.0;
      gboolean weakest = (chart->weakest_mask & (1u << u)) != 0;

      _kn_chart_paint_text (p, kn_skm_unsur_code (u), bar_left - 0.4 * p->font, y + bar_h / 2, -1,
                            1.0, 0.5, 0.85, weakest, 1, &ink);
      _kn_chart_paint_bar (p, weakest ? &weakest_swatch : &nrr_swatch, bar_left, y, w, bar_h);
      _kn_chart_paint_text (p, value, bar_left + w + 0.3 * p->font, y + bar_h / 2, -1, 0.0, 0.5,
                            0.8, weakest, 1, &ink);
    }
}

void
kn_chart_draw_skm (cairo_t          *cr,
                   double            width,
                   double            height,
                   const KnSkmChart *chart)
{
  Painter p = { 0 };
  g_autofree char *subtitle = NULL;
  double top, bottom, middle;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);

  if (!(width > 0.0 && height > 0.0))
    return;

  _kn_chart_painter_begin (&p, cr, width, height);
  /* Translators: under the title of the satisfaction chart; the year */
  subtitle = g_strdup_printf (_("IKM of each period of %u and its mutu (A from 88,31, B from 76,61, C from 65,00)"),
                              chart->year);
  top = _kn_chart_paint_heading (&p, chart->title, subtitle);
  bottom = p.height - p.pad;
  middle = p.pad + 0.58 * (p.width - 2 * p.pad);
  paint_ikm (&p, chart, p.pad, top + 0.6 * p.font, middle - p.font, bottom);
  paint_unsur (&p, chart, middle + p.font, top, p.width - p.pad, bottom);
  _kn_chart_painter_end (&p);
}
