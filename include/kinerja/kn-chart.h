/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Charts of a unit and of an employee, drawn with cairo and pango onto any cairo context
 * (a window, a PDF or PNG file, a printed page) from plain data gathered beforehand. */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "kn-rules.h"
#include "kn-training.h"

G_BEGIN_DECLS

/* Every chart paints a white background and all of itself inside (0,0)–(@width,@height) of the
 * current user space, clipped to it; the caller translates and scales @cr to place it. Text
 * is about 9 pt at 800 × 500 and grows or shrinks gently with the size. The context is left
 * as it was given. */

/* The predikat distribution of a unit against its allowed pattern: bars and a curve of the
 * counts from Sangat Kurang to Sangat Baik, and for @org the ranges its rules allow, in whole
 * people, with the broken ones marked. */
typedef struct
{
  guint                     counts[KN_PREDIKAT_N];  /* indexed by KnPredikat; NONE ignored */
  KnOrgPredikat             org;                    /* NONE: no pattern drawn */
  const KnDistributionRule *rules;                  /* nullable: no pattern drawn */
  guint                     n_rules;
  const char               *title;                  /* nullable */
} KnDistributionChart;

void kn_chart_draw_distribution (cairo_t                   *cr,
                                 double                     width,
                                 double                     height,
                                 const KnDistributionChart *chart);

/* One period of an employee: the predikat (NONE when not rated) and the average capaian %. */
typedef struct
{
  const char *label;        /* "Triwulan I" */
  KnPredikat  predikat;
  gboolean    has_capaian;
  double      capaian;      /* percent; drawn on a 0–150 % scale, the value written as is */
} KnPeriodPoint;

/* An employee over the periods: bars of the predikat on a five-step scale and a line of the
 * capaian, broken where a period has none. */
typedef struct
{
  const KnPeriodPoint *points;
  guint                n_points;
  const char          *title;   /* nullable */
} KnEmployeeChart;

void kn_chart_draw_employee (cairo_t               *cr,
                             double                 width,
                             double                 height,
                             const KnEmployeeChart *chart);

/* A unit's completion for a period: employees, SKP approved and evaluations final, as
 * horizontal bars with counts and percentages of the employees. */
typedef struct
{
  guint       employees;
  guint       plans_approved;
  guint       evaluations_final;
  const char *period_label;   /* nullable */
  const char *title;          /* nullable */
} KnCompletionChart;

void kn_chart_draw_completion (cairo_t                 *cr,
                               double                   width,
                               double                   height,
                               const KnCompletionChart *chart);

/* Pengembangan kompetensi of a unit: how many people have had none of the JP they are owed,
 * less than half, more than half, and all of it — horizontal bars with counts and shares, the
 * target written in the labels. */
typedef struct
{
  guint       employees;
  guint       counts[KN_TRAINING_BAND_N];
  double      target;        /* JP a year, > 0 */
  double      total_hours;   /* of everyone counted */
  guint       year;
  const char *title;         /* nullable */
} KnTrainingChart;

void kn_chart_draw_training (cairo_t               *cr,
                             double                 width,
                             double                 height,
                             const KnTrainingChart *chart);

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
