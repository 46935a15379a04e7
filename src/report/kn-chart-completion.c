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

/* "12 of 20 · 60 %"; NULL when the unit has nobody. */
static char *
format_share (guint count,
              guint employees)
{
  g_autofree char *percent = NULL;

  if (employees == 0)
    return NULL;
  percent = _kn_chart_format_percent (100.0 * count / employees);

  /* Translators: “12 of 20 · 60 %”, written on a bar of the completion chart. */
  return g_strdup_printf (_("%u of %u · %s"), count, employees, percent);
}

void
kn_chart_draw_completion (cairo_t                 *cr,
                          double                   width,
                          double                   height,
                          const KnCompletionChart *chart)
{
  Painter p = { 0 };
  g_autofree char *subtitle = NULL;
  g_autofree char *employees = NULL;
  g_autofree char *approved = NULL;
  g_autofree char *final = NULL;
  guint counts[3];
  ShareBars bars = {
    .n_rows = G_N_ELEMENTS (counts),
    .swatches = completion_swatches,
    .bold_row = -1,
    .max_label_width = 0.3,
    .max_row_height = 7.0,
    .max_bar_height = 3.2,
  };
  double top;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);

  if (!(width > 0.0 && height > 0.0))
    return;

  counts[0] = chart->employees;
  counts[1] = chart->plans_approved;
  counts[2] = chart->evaluations_final;
  if (chart->employees > 0)
    employees = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee", "%u employees",
                                              chart->employees),
                                 chart->employees);
  approved = format_share (chart->plans_approved, chart->employees);
  final = format_share (chart->evaluations_final, chart->employees);
  bars.labels[0] = _("Employees");
  bars.labels[1] = _("SKP approved");
  bars.labels[2] = _("Evaluations final");
  bars.values[0] = employees;
  bars.values[1] = approved;
  bars.values[2] = final;
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    bars.fractions[i] = chart->employees > 0 ? MIN ((double) counts[i] / chart->employees, 1.0)
                                             : 0.0;
  bars.no_data = chart->employees == 0;

  _kn_chart_painter_begin (&p, cr, width, height);

  if (chart->period_label != NULL && *chart->period_label != '\0')
    subtitle = g_strdup_printf (_("Period: %s"), chart->period_label);
  top = _kn_chart_paint_heading (&p, chart->title, subtitle);
  _kn_chart_paint_share_bars (&p, top, &bars);

  _kn_chart_painter_end (&p);
}
