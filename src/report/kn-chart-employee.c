/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An employee over the periods: predikat bars and the capaian line. */

#define G_LOG_DOMAIN "kn-chart"

#include "config.h"

#include <math.h>

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-chart.h"
#include "kinerja/kn-format.h"

#include "kn-chart-private.h"

static gboolean
has_capaian (const KnPeriodPoint *point)
{
  return point->has_capaian && isfinite (point->capaian);
}
/* "Sangat Baik" → "SB", "Kurang/Misconduct" → "K/M": a predikat's initials, for a scale too
 * short for its names. */
static char *
predikat_initials (const char *name)
{
  GString *initials = g_string_new (NULL);
  gboolean word_start = TRUE;

  for (const char *c = name; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar ch = g_utf8_get_char (c);

      if (ch == ' ' || ch == '/')
        {
          if (ch == '/')
            g_string_append_c (initials, '/');
          word_start = TRUE;
        }
      else if (word_start)
        {
          g_string_append_unichar (initials, g_unichar_toupper (ch));
          word_start = FALSE;
        }
    }
  return g_string_free (initials, FALSE);
}

void
kn_chart_draw_employee (cairo_t               *cr,
                        double                 width,
                        double                 height,
                        const KnEmployeeChart *chart)
{
  static const double capaian_ticks[] = { 0, 50, 100, 150 };
  Painter p = { 0 };
  LegendItem legend[3];
  double top, bottom, left, right, plot_top, plot_h, slot, bar_w, label_w = 0.0, right_w = 0.0;
  double legend_y, label_h, max_capaian = 150.0;
  gboolean any_data = FALSE;
  guint n;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);
  g_return_if_fail (chart->points != NULL || chart->n_points == 0);

  if (!(width > 0.0 && height > 0.0))
    return;

  n = chart->n_points;
  for (guint i = 0; i < n; i++)
    any_data |= has_capaian (&chart->points[i])
                || (chart->points[i].predikat > KN_PREDIKAT_NONE
                    && chart->points[i].predikat < KN_PREDIKAT_N);

  _kn_chart_painter_begin (&p, cr, width, height);
  top = _kn_chart_paint_heading (&p, chart->title, NULL);

  legend[0] = (LegendItem) { LEGEND_PREDIKAT, _("Predikat (left scale)") };
  legend[1] = (LegendItem) { LEGEND_CAPAIAN, _("Average capaian (right scale)") };
  /* xgettext:no-c-format */
  legend[2] = (LegendItem) { LEGEND_TARGET, _("100 % capaian") };
  legend_y = p.height - p.pad - _kn_chart_legend_height (&p, legend, G_N_ELEMENTS (legend));
  _kn_chart_paint_legend (&p, legend, G_N_ELEMENTS (legend), legend_y);

  /* The predikat names on the left and the capaian percentages on the right. */
  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    if (_kn_chart_text_layout (&p, kn_predikat_label ((KnPredikat) i), FALSE, 0.85, FALSE, -1, 1,
                               PANGO_ALIGN_RIGHT))
      label_w = MAX (label_w, _kn_chart_text_width (&p));
  label_w = MIN (label_w, 0.3 * p.width);
  if (_kn_chart_text_layout (&p, "150 %", FALSE, 0.85, TRUE, -1, 1, PANGO_ALIGN_LEFT))
    right_w = _kn_chart_text_width (&p);

  left = p.pad + label_w + 0.5 * p.font;
  right = p.width - p.pad - right_w - 0.5 * p.font;
  label_h = 2 * 1.2 * 0.92 * p.font;
  bottom = legend_y - 0.7 * p.font - label_h - 0.4 * p.font;
  plot_top = top + 3.0 * p.font;
  plot_h = bottom - plot_top;
  slot = n > 0 ? (right - left) / n : right - left;
  bar_w = MIN (0.55 * slot, 7.0 * p.font);

  if (plot_h < p.font || right - left < p.font)
    {
      _kn_chart_painter_end (&p);
      return;
    }

#define Y_OF_LEVEL(k) (bottom - plot_h * (double) (k) / 5.0)
#define Y_OF_CAPAIAN(c) (bottom - plot_h * CLAMP ((c), 0.0, max_capaian) / max_capaian)
#define X_OF(i) (left + slot * ((i) + 0.5))

  _kn_chart_paint_text (&p, _("Predikat"), p.pad, plot_top - 2.0 * p.font, -1, 0.0, 1.0, 0.85,
                        TRUE, 1, &ink_soft);
  _kn_chart_paint_text (&p, _("Capaian"), p.width - p.pad, plot_top - 2.0 * p.font, -1, 1.0, 1.0,
                        0.85, TRUE, 1, &ink_soft);

  /* The predikat names whole ("Sangat …" said nothing): on two lines where the levels are far
   * enough apart, at 0.85 or else 0.78 (sizes the chart uses already: each new one costs Pango
   * a font match); where one of them fits neither way, all five as initials ("SB" … "SK"). */
  {
    int lines = plot_h / 5.0 >= 2.0 * 1.2 * 0.78 * p.font ? 2 : 1;
    double sizes[5] = { 0.0, };
    gboolean initials = FALSE;

    for (guint k = 1; k <= 5 && !initials; k++)
      {
        const char *name = kn_predikat_label ((KnPredikat) (KN_PREDIKAT_NONE + k));
        gboolean whole = FALSE;

        for (guint s = 0; s < 2 && !whole; s++)
          {
            sizes[k - 1] = s == 0 ? 0.85 : 0.78;
            if (_kn_chart_text_fit (&p, name, sizes[k - 1], sizes[k - 1], FALSE, label_w, lines,
                                    PANGO_ALIGN_RIGHT, &whole) <= 0.0)
              whole = FALSE;
            whole = whole && _kn_chart_text_height (&p) <= plot_h / 5.0;
          }
        initials = !whole;
      }

    for (guint k = 1; k <= 5; k++)
      {
        const char *name = kn_predikat_label ((KnPredikat) (KN_PREDIKAT_NONE + k));
        double y = Y_OF_LEVEL (k);
        gboolean laid_out;

        _kn_chart_paint_hline (&p, left, right, y, &grid_colour);
        if (initials)
          {
            g_autofree char *shown = predikat_initials (name);

            laid_out = _kn_chart_text_layout (&p, shown, FALSE, 0.78, FALSE, -1, 1,
                                              PANGO_ALIGN_RIGHT);
          }
        else
          laid_out = _kn_chart_text_fit (&p, name, sizes[k - 1], sizes[k - 1], FALSE, label_w,
                                         lines, PANGO_ALIGN_RIGHT, NULL) > 0.0;
        if (laid_out)
          _kn_chart_text_show (&p, left - 0.4 * p.font, y, 1.0, 0.5, &ink_soft);
      }
  }
  for (guint t = 0; t < G_N_ELEMENTS (capaian_ticks); t++)
    {
      g_autofree char *tick = _kn_chart_format_percent (capaian_ticks[t]);
      double y = Y_OF_CAPAIAN (capaian_ticks[t]);

      _kn_chart_paint_hline (&p, right, right + 0.3 * p.font, y, &axis_colour);
      _kn_chart_paint_text (&p, tick, right + 0.45 * p.font, y, -1, 0.0, 0.5, 0.85,
                            capaian_ticks[t] == 100, 1, capaian_ticks[t] == 100 ? &ink : &ink_soft);
    }
  _kn_chart_paint_vline (&p, left, plot_top - 0.3 * p.font, bottom, &axis_colour);
  _kn_chart_paint_vline (&p, right, plot_top - 0.3 * p.font, bottom, &axis_colour);

  /* The bars of the predikat, named on the bar when the name fits. */
  for (guint i = 0; i < n; i++)
    {
      const KnPeriodPoint *point = &chart->points[i];
      const Swatch *swatch;
      double x0 = X_OF (i) - bar_w / 2;
      double y;

      if (point->predikat <= KN_PREDIKAT_NONE || point->predikat >= KN_PREDIKAT_N)
        continue;

      swatch = &predikat_swatches[point->predikat];
      y = Y_OF_LEVEL (point->predikat - KN_PREDIKAT_NONE);
      _kn_chart_paint_bar (&p, swatch, x0, y, bar_w, bottom - y);

      /* At the foot of the bar, where the capaian line seldom goes; left out where it does, the
       * left scale names it anyway. */
      if (_kn_chart_text_layout (&p, kn_predikat_label (point->predikat), FALSE, 0.78, TRUE,
                                 bar_w - 0.3 * p.font, 2, PANGO_ALIGN_CENTER)
          && !pango_layout_is_ellipsized (p.layout)
          && _kn_chart_text_height (&p) < bottom - y - 0.6 * p.font)
        {
          double w = _kn_chart_text_width (&p), h = _kn_chart_text_height (&p);

          if (has_capaian (point)
              && Y_OF_CAPAIAN (point->capaian) + 0.6 * p.font > bottom - 0.3 * p.font - h)
            continue;

          _kn_chart_set_colour (cr, &swatch->fill, 0.85);
          cairo_rectangle (cr, X_OF (i) - w / 2 - 0.1 * p.font, bottom - 0.3 * p.font - h,
                           w + 0.2 * p.font, h);
          cairo_fill (cr);
          _kn_chart_text_show (&p, X_OF (i), bottom - 0.3 * p.font, 0.5, 1.0, &swatch->text);
        }
    }

  /* A period without a rating is named as such, so that the gap does not read as a zero. */
  for (guint i = 0; i < n && any_data; i++)
    {
      const KnPeriodPoint *point = &chart->points[i];

      if (point->predikat > KN_PREDIKAT_NONE && point->predikat < KN_PREDIKAT_N)
        continue;

      /* Whole, smaller if need be; where even that does not fit, a dash, never a word broken
       * and cut ("belu-m d…"). */
      {
        gboolean whole = FALSE;

        if (_kn_chart_text_fit (&p, _("not rated"), 0.78, 0.78, FALSE, slot - 4, 2,
                                PANGO_ALIGN_CENTER, &whole) > 0.0 && whole)
          _kn_chart_text_show (&p, X_OF (i), bottom - 0.3 * p.font, 0.5, 1.0, &ink_soft);
        else
          _kn_chart_paint_text (&p, "–", X_OF (i), bottom - 0.3 * p.font, -1, 0.5, 1.0, 0.78,
                                FALSE, 1, &ink_soft);
      }
    }

  _kn_chart_paint_hline (&p, left, right, bottom, &axis_colour);

  /* The 100 % line, then the capaian line, broken where a period has none. */
  _kn_chart_set_dash (&p, 6, 4);
  _kn_chart_set_colour (cr, &ink, 0.9);
  cairo_set_line_width (cr, 1.3 * p.scale);
  cairo_move_to (cr, left, Y_OF_CAPAIAN (100.0));
  cairo_line_to (cr, right, Y_OF_CAPAIAN (100.0));
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  for (guint i = 0; i + 1 < n; i++)
    if (has_capaian (&chart->points[i]) && has_capaian (&chart->points[i + 1]))
      {
        cairo_move_to (cr, X_OF (i), Y_OF_CAPAIAN (chart->points[i].capaian));
        cairo_line_to (cr, X_OF (i + 1), Y_OF_CAPAIAN (chart->points[i + 1].capaian));
      }
  _kn_chart_set_colour (cr, &black, 1.0);
  cairo_set_line_width (cr, 2.0 * p.scale);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      const KnPeriodPoint *point = &chart->points[i];
      g_autofree char *value = NULL;
      double y;

      if (!has_capaian (point))
        continue;

      /* Beyond the scale, an arrow at its end instead of the diamond. */
      y = Y_OF_CAPAIAN (point->capaian);
      if (point->capaian > max_capaian || point->capaian < 0.0)
        _kn_chart_paint_arrow_marker (&p, X_OF (i), y, point->capaian > 0.0);
      else
        _kn_chart_paint_diamond_marker (&p, X_OF (i), y);
      value = _kn_chart_format_percent (point->capaian);
      /* Whole ("2…" said nothing): smaller where the slot is narrow, past its edges at last. */
      {
        gboolean whole = FALSE;

        if (_kn_chart_text_fit (&p, value, 0.85, 0.85, TRUE, slot, 1, PANGO_ALIGN_CENTER,
                                &whole) > 0.0 && !whole)
          _kn_chart_text_fit (&p, value, 0.78, 0.78, TRUE, slot, 1, PANGO_ALIGN_CENTER, &whole);
        if (whole || _kn_chart_text_layout (&p, value, FALSE, 0.78, TRUE, -1, 1,
                                            PANGO_ALIGN_CENTER))
          _kn_chart_text_show_chip (&p, X_OF (i), y - 0.55 * p.font, 0.5, 1.0, &ink);
      }
    }

  for (guint i = 0; i < n; i++)
    _kn_chart_paint_text (&p, chart->points[i].label, X_OF (i), bottom + 0.4 * p.font, slot - 4,
                          0.5, 0.0, 0.92, FALSE, 2, &ink);

  if (!any_data)
    _kn_chart_paint_no_data (&p, (left + right) / 2, plot_top + plot_h / 2, right - left);

#undef Y_OF_LEVEL
#undef Y_OF_CAPAIAN
#undef X_OF

  _kn_chart_painter_end (&p);
}
