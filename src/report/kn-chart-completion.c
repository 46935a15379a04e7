/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A unit's completion for a period: SKP approved and evaluations final. */

#define G_LOG_DOMAIN "kn-chart"

#include "config.h"

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-chart.h"
#include "kinerja/kn-format.h"

#include "kn-chart-private.h"

void
kn_chart_draw_completion (cairo_t                 *cr,
                          double                   width,
                          double                   height,
                          const KnCompletionChart *chart)
{
  Painter p = { 0 };
  g_autofree char *subtitle = NULL;
  const char *labels[3];
  guint values[3];
  double top, bottom, left, right, label_w = 0.0, row_h, bar_h, scale_h;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);

  if (!(width > 0.0 && height > 0.0))
    return;

  labels[0] = _("Employees");
  labels[1] = _("SKP approved");
  labels[2] = _("Evaluations final");
  values[0] = chart->employees;
  values[1] = chart->plans_approved;
  values[2] = chart->evaluations_final;

  _kn_chart_painter_begin (&p, cr, width, height);

  if (chart->period_label != NULL && *chart->period_label != '\0')
    subtitle = g_strdup_printf (_("Period: %s"), chart->period_label);
  top = _kn_chart_paint_heading (&p, chart->title, subtitle);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (_kn_chart_text_layout (&p, labels[i], FALSE, 1.0, FALSE, -1, 1, PANGO_ALIGN_RIGHT))
      label_w = MAX (label_w, _kn_chart_text_width (&p));
  label_w = MIN (label_w, 0.3 * p.width);

  left = p.pad + label_w + 0.8 * p.font;
  right = p.width - p.pad - 1.2 * p.font;
  scale_h = 1.8 * p.font;
  bottom = p.height - p.pad - scale_h;
  row_h = MIN ((bottom - top) / G_N_ELEMENTS (labels), 7.0 * p.font);
  bar_h = MIN (0.6 * row_h, 3.2 * p.font);
  top += ((bottom - top) - row_h * G_N_ELEMENTS (labels)) / 2;
  bottom = top + row_h * G_N_ELEMENTS (labels);

  if (row_h < 0.5 * p.font || right - left < p.font)
    {
      _kn_chart_painter_end (&p);
      return;
    }

  /* The percentage scale, its gridlines under the bars. */
  for (guint q = 0; q <= 4; q++)
    {
      g_autofree char *tick = _kn_chart_format_percent (q * 25.0);
      double x = left + (right - left) * q / 4.0;

      _kn_chart_paint_vline (&p, x, top, bottom, q == 0 ? &axis_colour : &grid_colour);
      _kn_chart_paint_text (&p, tick, x, bottom + 0.35 * p.font, -1, 0.5, 0.0, 0.85, FALSE, 1,
                            &ink_soft);
    }

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      const Swatch *swatch = &completion_swatches[i];
      g_autofree char *value = NULL;
      double y = top + row_h * i + (row_h - bar_h) / 2;
      double fraction = chart->employees > 0 ? MIN ((double) values[i] / chart->employees, 1.0)
                                             : 0.0;
      double bar_end = left + (right - left) * fraction;

      _kn_chart_paint_text (&p, labels[i], left - 0.6 * p.font, y + bar_h / 2, label_w, 1.0, 0.5,
                            1.0, FALSE, 2, &ink);

      cairo_rectangle (cr, left, y, right - left, bar_h);
      _kn_chart_set_colour (cr, &track_colour, 1.0);
      cairo_fill_preserve (cr);
      _kn_chart_set_colour (cr, &grid_colour, 1.0);
      cairo_set_line_width (cr, p.thin);
      cairo_stroke (cr);

      _kn_chart_paint_bar (&p, swatch, left, y, bar_end - left, bar_h);

      if (chart->employees == 0)
        continue;

      if (i == 0)
        value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee", "%u employees",
                                              values[i]),
                                 values[i]);
      else
        {
          g_autofree char *percent =
            _kn_chart_format_percent (100.0 * values[i] / chart->employees);

          /* Translators: “12 of 20 · 60 %”, written on a bar of the completion chart. */
          value = g_strdup_printf (_("%u of %u · %s"), values[i], chart->employees, percent);
        }

      if (!_kn_chart_text_layout (&p, value, FALSE, 1.0, TRUE, -1, 1, PANGO_ALIGN_LEFT))
        continue;

      /* Inside the end of the bar when it fits, else after it. */
      if (_kn_chart_text_width (&p) + 1.2 * p.font < bar_end - left)
        _kn_chart_text_show_chip (&p, bar_end - 0.6 * p.font, y + bar_h / 2, 1.0, 0.5, &ink);
      else
        _kn_chart_text_show (&p, bar_end + 0.5 * p.font, y + bar_h / 2, 0.0, 0.5, &ink);
    }

  if (chart->employees == 0)
    _kn_chart_paint_no_data (&p, (left + right) / 2, (top + bottom) / 2, right - left);

  _kn_chart_painter_end (&p);
}
