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
  char *values[KN_TRAINING_BAND_N] = { NULL };
  ShareBars bars = {
    .n_rows = KN_TRAINING_BAND_N,
    .swatches = training_swatches,
    .bold_row = KN_TRAINING_BAND_REACHED,
    .max_label_width = 0.35,
    .max_row_height = 6.0,
    .max_bar_height = 3.0,
  };
  double top;

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
  bars.no_data = chart->employees == 0;
  for (guint i = 0; i < KN_TRAINING_BAND_N; i++)
    {
      bars.labels[i] = labels[i];
      bars.fractions[i] = chart->employees > 0
                          ? MIN ((double) chart->counts[i] / chart->employees, 1.0) : 0.0;
      if (chart->employees > 0)
        {
          g_autofree char *percent =
            _kn_chart_format_percent (100.0 * chart->counts[i] / chart->employees);

          /* Translators: “12 employees · 30 %”, written on a bar of the lesson-hours chart */
          values[i] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee · %s",
                                                    "%u employees · %s", chart->counts[i]),
                                       chart->counts[i], percent);
        }
      bars.values[i] = values[i];
    }

  _kn_chart_painter_begin (&p, cr, width, height);

  if (chart->employees > 0)
    {
      g_autofree char *average = kn_format_decimal (chart->total_hours / chart->employees);

      /* Translators: under the title of the lesson-hours chart */
      subtitle = g_strdup_printf (_("%u · on average %s JP per employee"), chart->year, average);
    }
  top = _kn_chart_paint_heading (&p, chart->title, subtitle);
  _kn_chart_paint_share_bars (&p, top, &bars);

  for (guint i = 0; i < KN_TRAINING_BAND_N; i++)
    {
      g_free (labels[i]);
      g_free (values[i]);
    }
  _kn_chart_painter_end (&p);
}
