/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Inside the charts: the colours, the painter and its helpers (kn-chart-painter.c) that every
 * chart (kn-chart-*.c) draws with. */

#pragma once

#include <glib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-chart.h"

G_BEGIN_DECLS

/* The sizes are tuned at this size and scale gently (by the square root) from it. */
#define REFERENCE_WIDTH  800.0
#define REFERENCE_HEIGHT 500.0
#define BODY_SIZE        12.0   /* 9 pt at 96 dpi */
#define MIN_BODY_SIZE    (10.0 * 96.0 / 72.0) /* 10 pt, a window's body text: none smaller */
#define FONT_FAMILY      "DejaVu Sans, Noto Sans, Sans"
#define MAX_STRIP_ITEMS  16
#define MAX_STRIP_ROWS   3
#define MASK(p)          (1u << (p))

typedef struct
{
  double r, g, b;
} Rgb;

#define RGB(hex) \
  { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

typedef enum
{
  HATCH_NONE,
  HATCH_SLASH,
  HATCH_BACKSLASH,
  HATCH_CROSS,
  HATCH_HORIZONTAL,
  HATCH_DOTS,
} Hatch;

/* A fill that stays apart from the others for colour-blind readers (Okabe–Ito colours) and in
 * grey print (the hatching). */
typedef struct
{
  Rgb   fill;
  Hatch hatch;
  Rgb   hatch_colour;
  Rgb   text;         /* text written on the fill */
} Swatch;

typedef enum
{
  LEGEND_PREDIKAT,    /* the bars of the five predikat */
  LEGEND_ALLOWED,     /* an allowed range */
  LEGEND_CURVE,       /* a line with round markers */
  LEGEND_CAPAIAN,     /* a line with diamond markers */
  LEGEND_TARGET,      /* the dashed 100 % line */
  LEGEND_BROKEN,      /* the mark of a broken bound */
} LegendKind;

typedef struct
{
  LegendKind  kind;
  const char *text;
} LegendItem;

typedef struct
{
  cairo_t              *cr;
  PangoLayout          *layout;
  PangoFontDescription *font_desc;
  double                width;
  double                height;
  double                scale;    /* 1 at the reference size */
  double                font;     /* body text size in user units */
  double                pad;
  double                thin;     /* axis and grid lines */
  PangoRectangle        logical;  /* of the text last laid out, in user units */
} Painter;

/* A bound on one predikat: the allowed range [lo, hi] in whole people. */
typedef struct
{
  gboolean has_lo;
  gboolean has_hi;
  guint    lo;
  guint    hi;
  gboolean broken_lo;   /* as decided by the core, not re-decided here */
  gboolean broken_hi;
} Bound;

/* A rule drawn as a bracket above the bars it covers: LARGEST, and rules on several predikat. */
typedef struct
{
  KnPredikat  first;
  KnPredikat  last;
  char       *text;     /* owned */
  gboolean    broken;
  guint       row;
} StripItem;
/* Horizontal bars, one a row, each a share of a whole on a percentage scale: the completion
 * and the lesson-hours charts. */
#define SHARE_BARS_MAX_ROWS 4

typedef struct
{
  guint         n_rows;
  const char   *labels[SHARE_BARS_MAX_ROWS];     /* on the left of each bar */
  const char   *values[SHARE_BARS_MAX_ROWS];     /* nullable: written on or after the bar */
  double        fractions[SHARE_BARS_MAX_ROWS];  /* from 0 to 1 */
  const Swatch *swatches;
  int           bold_row;                        /* its label in bold; -1 for none */
  double        max_label_width;                 /* a share of the chart's width */
  double        max_row_height;                  /* in font sizes */
  double        max_bar_height;                  /* in font sizes */
  gboolean      no_data;
} ShareBars;
static const Rgb white = RGB (0xffffff);
static const Rgb black = RGB (0x000000);
static const Rgb ink = RGB (0x222222);
static const Rgb ink_soft = RGB (0x5a5a5a);
static const Rgb axis_colour = RGB (0x8c8c8c);
static const Rgb grid_colour = RGB (0xdcdcdc);
static const Rgb track_colour = RGB (0xf0f0f0);
static const Rgb allowed_colour = RGB (0x009e73);       /* Okabe–Ito bluish green */
static const Rgb allowed_line_colour = RGB (0x00664a);
static const Rgb broken_colour = RGB (0xb2182b);        /* dark in grey print as well */

/* From Sangat Kurang (vermillion) to Sangat Baik (blue), as the official curve runs. */
static const Swatch predikat_swatches[KN_PREDIKAT_N] = {
  [KN_PREDIKAT_NONE] = { RGB (0xbbbbbb), HATCH_NONE, RGB (0x000000), RGB (0x000000) },
  [KN_PREDIKAT_SANGAT_KURANG] = { RGB (0xd55e00), HATCH_CROSS, RGB (0x000000), RGB (0x000000) },
  [KN_PREDIKAT_KURANG] = { RGB (0xe69f00), HATCH_BACKSLASH, RGB (0x000000), RGB (0x000000) },
  [KN_PREDIKAT_BUTUH_PERBAIKAN] = { RGB (0xf0e442), HATCH_DOTS, RGB (0x000000), RGB (0x000000) },
  [KN_PREDIKAT_BAIK] = { RGB (0x56b4e9), HATCH_SLASH, RGB (0x000000), RGB (0x000000) },
  [KN_PREDIKAT_SANGAT_BAIK] = { RGB (0x0072b2), HATCH_NONE, RGB (0xffffff), RGB (0xffffff) },
};

static const Swatch completion_swatches[] = {
  { RGB (0x0072b2), HATCH_NONE, RGB (0xffffff), RGB (0xffffff) },
  { RGB (0x009e73), HATCH_SLASH, RGB (0xffffff), RGB (0xffffff) },
  { RGB (0xcc79a7), HATCH_BACKSLASH, RGB (0x000000), RGB (0x000000) },
};

/* From nothing (vermillion) to the target reached (bluish green), hatched for grey print. */
static const Swatch training_swatches[KN_TRAINING_BAND_N] = {
  [KN_TRAINING_BAND_NONE] = { RGB (0xd55e00), HATCH_CROSS, RGB (0x000000), RGB (0x000000) },
  [KN_TRAINING_BAND_LOW] = { RGB (0xe69f00), HATCH_BACKSLASH, RGB (0x000000), RGB (0x000000) },
  [KN_TRAINING_BAND_PARTIAL] = { RGB (0x56b4e9), HATCH_SLASH, RGB (0x000000), RGB (0x000000) },
  [KN_TRAINING_BAND_REACHED] = { RGB (0x009e73), HATCH_NONE, RGB (0xffffff), RGB (0xffffff) },
};

char *_kn_chart_format_percent (double percent);

guint _kn_chart_nice_step (guint max,
                           guint max_ticks);

void _kn_chart_paint_arrow_marker (Painter  *p,
                                   double    x,
                                   double    y,
                                   gboolean  up);

void _kn_chart_paint_bar (Painter      *p,
                          const Swatch *swatch,
                          double        x,
                          double        y,
                          double        w,
                          double        h);

void _kn_chart_paint_broken_badge (Painter *p,
                                   double   x,
                                   double   y);

void _kn_chart_paint_circle_marker (Painter *p,
                                    double   x,
                                    double   y);

void _kn_chart_paint_diamond_marker (Painter *p,
                                     double   x,
                                     double   y);

double _kn_chart_paint_heading (Painter    *p,
                                const char *title,
                                const char *subtitle);

void _kn_chart_paint_hline (Painter   *p,
                            double     x0,
                            double     x1,
                            double     y,
                            const Rgb *colour);

/* How tall the legend of @items is at the chart's width (in rows when one does not hold them). */
double _kn_chart_legend_height (Painter          *p,
                                const LegendItem *items,
                                guint             n_items);

void _kn_chart_paint_legend (Painter          *p,
                             const LegendItem *items,
                             guint             n_items,
                             double            y);

/* Paints @bars under @top, the y below the heading. */
void _kn_chart_paint_share_bars (Painter         *p,
                                 double           top,
                                 const ShareBars *bars);

void _kn_chart_paint_no_data (Painter *p,
                              double   cx,
                              double   cy,
                              double   max_width);

double _kn_chart_paint_text (Painter    *p,
                             const char *text,
                             double      x,
                             double      y,
                             double      max_width,
                             double      xalign,
                             double      yalign,
                             double      size,
                             gboolean    bold,
                             int         max_lines,
                             const Rgb  *colour);

void _kn_chart_paint_vline (Painter   *p,
                            double     x,
                            double     y0,
                            double     y1,
                            const Rgb *colour);

void _kn_chart_painter_begin (Painter *p,
                              cairo_t *cr,
                              double   width,
                              double   height);

void _kn_chart_painter_end (Painter *p);

void _kn_chart_set_colour (cairo_t   *cr,
                           const Rgb *colour,
                           double     alpha);

void _kn_chart_set_dash (Painter *p,
                         double   on,
                         double   off);

double _kn_chart_text_height (Painter *p);

double _kn_chart_text_fit (Painter        *p,
                           const char     *text,
                           double          size,
                           double          min_size,
                           gboolean        bold,
                           double          max_width,
                           int             max_lines,
                           PangoAlignment  align,
                           gboolean       *whole);

/* How many texts the charts have shown cut short ("…") or with a word broken across lines,
 * since the program started. */
guint _kn_chart_get_n_cut_texts (void);
/* How many text sizes the charts have asked of Pango so far, in all (the tests ask it). */
guint _kn_chart_get_n_font_sizes (void);

/* The number of lines of the text last laid out. */
int _kn_chart_text_lines (Painter *p);

gboolean _kn_chart_text_layout (Painter        *p,
                                const char     *text,
                                gboolean        markup,
                                double          size,
                                gboolean        bold,
                                double          max_width,
                                int             max_lines,
                                PangoAlignment  align);

void _kn_chart_text_show (Painter   *p,
                          double     x,
                          double     y,
                          double     xalign,
                          double     yalign,
                          const Rgb *colour);

void _kn_chart_text_show_chip (Painter   *p,
                               double     x,
                               double     y,
                               double     xalign,
                               double     yalign,
                               const Rgb *colour);

double _kn_chart_text_width (Painter *p);

G_END_DECLS
