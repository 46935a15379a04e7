/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the charts are drawn from: plain data gathered (rule results included) before anything is
 * drawn, display-free so that the core fills it and kn-chart.h only paints it. */

#pragma once

#include <glib.h>

#include "kn-rules.h"
#include "kn-skm.h"
#include "kn-training.h"

G_BEGIN_DECLS

/* One rule of a unit's pattern, decided for the unit's counts: what it covers, the limit in whole
 * people and whether the counts break it. */
typedef struct
{
  KnBoundKind kind;
  guint       predikats;  /* bit mask: 1 << KnPredikat; never KN_PREDIKAT_NONE */
  guint       limit;      /* people allowed (AT_MOST) or needed (AT_LEAST, AT_LEAST_ONE); 0 for
                           * LARGEST */
  guint       count;      /* employees in @predikats */
  gboolean    broken;
} KnDistributionLimit;

#define KN_DISTRIBUTION_CHART_MAX_LIMITS 16

/* The predikat distribution of a unit against its allowed pattern: bars and a curve of the
 * counts from Sangat Kurang to Sangat Baik, and for @org the ranges its rules allow, in whole
 * people, with the broken ones marked. The chart draws @limits as they are given: fill them with
 * kn_distribution_chart_set_pattern(). */
typedef struct
{
  guint               counts[KN_PREDIKAT_N];  /* indexed by KnPredikat; NONE ignored */
  KnOrgPredikat       org;                    /* NONE: no pattern drawn */
  guint               n_limits;               /* 0: no pattern drawn */
  KnDistributionLimit limits[KN_DISTRIBUTION_CHART_MAX_LIMITS];
  const char         *title;                  /* nullable */
} KnDistributionChart;

/* Sets @chart's org to @org and its limits to the rules of @rules that belong to @org, decided for
 * @chart->counts (set them first) by kn_distribution_check(): a limit is broken exactly when that
 * rule is among the violations. An empty unit, or @org KN_ORG_PREDIKAT_NONE, gets no limits. Rules
 * beyond KN_DISTRIBUTION_CHART_MAX_LIMITS are left out with a warning. */
void kn_distribution_chart_set_pattern (KnDistributionChart      *chart,
                                        KnOrgPredikat             org,
                                        const KnDistributionRule *rules,
                                        guint                     n_rules);

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

/* A unit's Indeks Kepuasan Masyarakat over the periods of a year (a bar each, the mutu bounds
 * drawn across) beside the NRR of the nine unsur of one period (the weakest marked). */
#define KN_SKM_CHART_MAX_POINTS 13

typedef struct
{
  char      label[16];   /* "TW I", "Jan", "Akhir" */
  gboolean  has_ikm;
  gint64    ikm_hundredths;
  KnSkmMutu mutu;
} KnSkmChartPoint;

typedef struct
{
  guint           year;
  guint           n_points;
  KnSkmChartPoint points[KN_SKM_CHART_MAX_POINTS];
  gboolean        has_unsur;
  char            unsur_period[48];             /* "Triwulan I 2026": whose NRR are drawn */
  gint64          nrr_hundredths[KN_SKM_N_UNSUR];
  guint           weakest_mask;                 /* of those NRR, as kn_skm_compute decided:
                                                 * the lowest, ties alike; 0 when all equal */
  const char     *title;                        /* nullable */
} KnSkmChart;

G_END_DECLS
