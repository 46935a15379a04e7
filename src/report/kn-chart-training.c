/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pengembangan kompetensi of a unit: how many people are in each band of the JP owed. */

#define G_LOG_DOMAIN "kn-chart"

#include "config.h"

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-chart.h"
#include "kinerja/kn-format.h"

#include "kn-chart-private.h"

void
kn_chart_draw_training (cairo_t               *cr,
                        double                 width,
                        double                 height,
                        const KnTrainingChart *chart)
{
  Painter p = { 0 };
  g_autofree char *subtitle = NULL;
  g_autofree char *target = NULL;
  g_autofree char *half = NULL;
  char *labels[KN_TRAINING_BAND_N];
  double top, bottom, left, right, label_w = 0.0, row_h, bar_h, scale_h;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);

  if (!(width > 0.0 && height > 0.0))
    return;

  target = kn_format_decimal (chart->target);
  half = kn_format_decimal (chart->target / 2);
  labels[KN_TRAINING_BAND_NONE] = g_strdup (_("None yet (0 JP)"));
  /* Translators: a band of the lesson-hours chart, "below 10 JP" */
  labels[KN_TRAINING_BAND_LOW] = g_strdup_printf (_("Below %s JP"), half);
  /* Translators: a band of the lesson-hours chart, "10 to below 20 JP" */
  labels[KN_TRAINING_BAND_PARTIAL] = g_strdup_printf (_("%s to below %s JP"), half, target);
  /* Translators: a band of the lesson-hours chart, "20 JP or more (target)" */
  labels[KN_TRAINING_BAND_REACHED] = g_strdup_printf (_("%s JP or more (target)"), target);

  _kn_chart_painter_begin (&p, cr, width, height);

  if (chart->employees > 0)
    {
      g_autofree char *average = kn_format_decimal (chart->total_hours / chart->employees);

      /* Translators: under the title of the lesson-hours chart */
      subtitle = g_strdup_printf (_("%u · on average %s JP per employee"), chart->year, average);
    }
  top = _kn_chart_paint_heading (&p, chart->title, subtitle);

  for (guint i = 0; i < KN_TRAINING_BAND_N; i++)
    if (_kn_chart_text_layout (&p, labels[i], FALSE, 1.0, FALSE, -1, 1, PANGO_ALIGN_RIGHT))
      label_w = MAX (label_w, _kn_chart_text_width (&p));
  label_w = MIN (label_w, 0.35 * p.width);

  left = p.pad + label_w + 0.8 * p.font;
  right = p.width - p.pad - 1.2 * p.font;
  scale_h = 1.8 * p.font;
  bottom = p.height - p.pad - scale_h;
  row_h = MIN ((bottom - top) / KN_TRAINING_BAND_N, 6.0 * p.font);
  bar_h = MIN (0.6 * row_h, 3.0 * p.font);
  top += ((bottom - top) - row_h * KN_TRAINING_BAND_N) / 2;
  bottom = top + row_h * KN_TRAINING_BAND_N;

  if (row_h >= 0.5 * p.font && right - left >= p.font)
    {
      for (guint q = 0; q <= 4; q++)
        {
          g_autofree char *tick = _kn_chart_format_percent (q * 25.0);
          double x = left + (right - left) * q / 4.0;

          _kn_chart_paint_vline (&p, x, top, bottom, q == 0 ? &axis_colour : &grid_colour);
          _kn_chart_paint_text (&p, tick, x, bottom + 0.35 * p.font, -1, 0.5, 0.0, 0.85, FALSE, 1,
                                &ink_soft);
        }

      for (guint i = 0; i < KN_TRAINING_BAND_N; i++)
        {
          g_autofree char *value = NULL;
          g_autofree char *percent = NULL;
          double y = top + row_h * i + (row_h - bar_h) / 2;
          double fraction = chart->employees > 0
                            ? MIN ((double) chart->counts[i] / chart->employees, 1.0) : 0.0;
          double bar_end = left + (right - left) * fraction;

          _kn_chart_paint_text (&p, labels[i], left - 0.6 * p.font, y + bar_h / 2, label_w, 1.0,
                                0.5, 1.0, i == KN_TRAINING_BAND_REACHED, 2, &ink);

          cairo_rectangle (cr, left, y, right - left, bar_h);
          _kn_chart_set_colour (cr, &track_colour, 1.0);
          cairo_fill_preserve (cr);
          _kn_chart_set_colour (cr, &grid_colour, 1.0);
          cairo_set_line_width (cr, p.thin);
          cairo_stroke (cr);

          _kn_chart_paint_bar (&p, &training_swatches[i], left, y, bar_end - left, bar_h);

          if (chart->employees == 0)
            continue;

          percent = _kn_chart_format_percent (100.0 * chart->counts[i] / chart->employees);
          /* Translators: “12 employees · 30 %”, written on a bar of the lesson-hours chart */
          value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee · %s",
                                                "%u employees · %s", chart->counts[i]),
                                   chart->counts[i], percent);
          if (!_kn_chart_text_layout (&p, value, FALSE, 1.0, TRUE, -1, 1, PANGO_ALIGN_LEFT))
            continue;
          if (_kn_chart_text_width (&p) + 1.2 * p.font < bar_end - left)
            _kn_chart_text_show_chip (&p, bar_end - 0.6 * p.font, y + bar_h / 2, 1.0, 0.5, &ink);
          else
            _kn_chart_text_show (&p, bar_end + 0.5 * p.font, y + bar_h / 2, 0.0, 0.5, &ink);
        }

      if (chart->employees == 0)
        _kn_chart_paint_no_data (&p, (left + right) / 2, (top + bottom) / 2, right - left);
    }

  for (guint i = 0; i < KN_TRAINING_BAND_N; i++)
    g_free (labels[i]);
  _kn_chart_painter_end (&p);
}
