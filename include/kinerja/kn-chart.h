/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Charts of a unit and of an employee, drawn with cairo and pango onto any cairo context
 * (a window, a PDF or PNG file, a printed page) from the plain data of kn-chart-data.h. */

#pragma once

#if defined (KN_CORE_COMPILATION) || defined (KN_IO_COMPILATION)
#error "kn-chart.h is the report library's: the core and io cannot include it (README, Layout)"
#endif

#include <cairo.h>
#include <glib.h>

#include "kn-chart-data.h"

G_BEGIN_DECLS

/* Every chart paints a white background and all of itself inside (0,0)–(@width,@height) of the
 * current user space, clipped to it; the caller translates and scales @cr to place it. Text
 * is about 9 pt at 800 × 500 and grows or shrinks gently with the size, but never below
 * kn_chart_text_size()'s floor. The context is left as it was given. */

/* The size of a chart's body text, in user units, when drawn at @width × @height: 12 at
 * 800 × 500 growing gently with the size, and never less than 13.3 (10 pt at 96 dpi, a
 * window's body text), so that a chart among a place's other widgets reads as easily as they do. */
double kn_chart_text_size (double width,
                           double height);

void kn_chart_draw_distribution (cairo_t                   *cr,
                                 double                     width,
                                 double                     height,
                                 const KnDistributionChart *chart);

void kn_chart_draw_employee (cairo_t               *cr,
                             double                 width,
                             double                 height,
                             const KnEmployeeChart *chart);

void kn_chart_draw_completion (cairo_t                 *cr,
                               double                   width,
                               double                   height,
                               const KnCompletionChart *chart);

void kn_chart_draw_training (cairo_t               *cr,
                             double                 width,
                             double                 height,
                             const KnTrainingChart *chart);

/* A unit's IKM over the periods of a year beside the NRR of its nine unsur. */
void kn_chart_draw_skm (cairo_t          *cr,
                        double            width,
                        double            height,
                        const KnSkmChart *chart);

#define KN_CHART_ERROR (kn_chart_error_quark ())

typedef enum
{
  KN_CHART_ERROR_SIZE,    /* the width or height is not a positive size cairo can allocate */
  KN_CHART_ERROR_WRITE,   /* the file could not be written */
} KnChartError;

GQuark kn_chart_error_quark (void);

/* Any of the draw functions above, cast: (KnChartDrawFunc) kn_chart_draw_employee. */
typedef void (*KnChartDrawFunc) (cairo_t      *cr,
                                 double        width,
                                 double        height,
                                 gconstpointer chart);

/* Writes the chart @draw paints from @chart to a PNG of @width × @height pixels at @path. */
gboolean kn_chart_write_png (KnChartDrawFunc draw,
                             gconstpointer   chart,
                             int             width,
                             int             height,
                             const char     *path,
                             GError        **error);

G_END_DECLS
