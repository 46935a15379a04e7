/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The predikat distribution of a unit against the limits of its pattern, as decided for it. */

#define G_LOG_DOMAIN "kn-chart"

#include "config.h"

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-chart.h"
#include "kinerja/kn-format.h"

#include "kn-chart-private.h"

/* Turns the decided limits of @chart into bounds on single predikat (drawn on the bars) and strip
 * items (drawn as brackets above them); returns the number of items. */
static guint
collect_bounds (const KnDistributionChart *chart,
                guint                      total,
                Bound                      bounds[KN_PREDIKAT_N],
                StripItem                  items[MAX_STRIP_ITEMS])
{
  guint n_items = 0;

  if (total == 0 || chart->org == KN_ORG_PREDIKAT_NONE)
    return 0;

  for (guint r = 0; r < MIN (chart->n_limits, KN_DISTRIBUTION_CHART_MAX_LIMITS); r++)
    {
      const KnDistributionLimit *limit = &chart->limits[r];
      guint mask = limit->predikats & ~MASK (KN_PREDIKAT_NONE) & (MASK (KN_PREDIKAT_N) - 1);
      gboolean single = mask != 0 && (mask & (mask - 1)) == 0;
      StripItem *item;

      if (mask == 0)
        continue;

      if (single && limit->kind != KN_BOUND_LARGEST)
        {
          Bound *bound = &bounds[g_bit_nth_lsf (mask, -1)];

          if (limit->kind == KN_BOUND_AT_MOST)
            {
              bound->hi = bound->has_hi ? MIN (bound->hi, limit->limit) : limit->limit;
              bound->has_hi = TRUE;
              bound->broken_hi |= limit->broken;
            }
          else
            {
              bound->lo = bound->has_lo ? MAX (bound->lo, limit->limit) : limit->limit;
              bound->has_lo = TRUE;
              bound->broken_lo |= limit->broken;
            }
          continue;
        }

      if (n_items == MAX_STRIP_ITEMS)
        continue;

      item = &items[n_items++];
      item->first = g_bit_nth_lsf (mask, -1);
      item->last = g_bit_nth_msf (mask, -1);
      item->row = 0;
      item->broken = limit->broken;

      switch (limit->kind)
        {
        case KN_BOUND_LARGEST:
          item->text = g_strdup (single ? _("the largest group") : _("together the largest group"));
          break;

        case KN_BOUND_AT_MOST:
          /* Translators: over two or more bars of the distribution chart; %u are employees. */
          item->text = g_strdup_printf (_("together at most %u, now %u"), limit->limit,
                                        limit->count);
          break;

        case KN_BOUND_AT_LEAST:
        case KN_BOUND_AT_LEAST_ONE:
        default:
          /* Translators: over two or more bars of the distribution chart; %u are employees. */
          item->text = g_strdup_printf (_("together at least %u, now %u"), limit->limit,
                                        limit->count);
          break;
        }
    }

  /* Items over the same bars go on separate rows. */
  for (guint i = 0; i < n_items; i++)
    {
      for (guint row = 0;; row++)
        {
          gboolean fits = TRUE;

          for (guint j = 0; j < i && fits; j++)
            if (items[j].row == row && items[j].first <= items[i].last
                && items[i].first <= items[j].last)
              fits = FALSE;

          if (fits)
            {
              items[i].row = row;
              break;
            }
        }
    }

  return n_items;
}

/* A smooth curve through the points (Catmull–Rom), its control points kept between @y_top and
 * @y_base so that it never dips below the axis. */
static void
path_curve (cairo_t      *cr,
            const double *xs,
            const double *ys,
            guint         n,
            double        y_top,
            double        y_base)
{
  cairo_move_to (cr, xs[0], ys[0]);
  for (guint i = 0; i + 1 < n; i++)
    {
      guint prev = i > 0 ? i - 1 : i;
      guint next = i + 2 < n ? i + 2 : i + 1;
      double c1x = xs[i] + (xs[i + 1] - xs[prev]) / 6;
      double c1y = CLAMP (ys[i] + (ys[i + 1] - ys[prev]) / 6, y_top, y_base);
      double c2x = xs[i + 1] - (xs[next] - xs[i]) / 6;
      double c2y = CLAMP (ys[i + 1] - (ys[next] - ys[i]) / 6, y_top, y_base);

      cairo_curve_to (cr, c1x, c1y, c2x, c2y, xs[i + 1], ys[i + 1]);
    }
}

/* How a bracket's text is laid out (fit_strip): its size, its lines, and the stretch its text
 * may take, in slots (bar i's slot from i - 0.5 to i + 0.5): its own bars, and half the bars
 * between it and the next bracket on its row (to the plot's ends where there is none). */
typedef struct
{
  double size;
  int    lines;
  double lo;
  double hi;
} StripFit;

/* The width the text of @item has across @fit's stretch, @slot wide each, its badge aside. */
static double
strip_text_width (Painter         *p,
                  const StripItem *item,
                  const StripFit  *fit,
                  double           slot)
{
  return (fit->hi - fit->lo) * slot - 0.4 * p->font - (item->broken ? 1.5 * p->font : 0.0);
}

/* How the predikat names under the bars are laid out: all at one size, on one level (each
 * within its bar's slot) or, where even the smallest size leaves a word too wide for its slot,
 * on two levels (every other bar's name one level down, each with two slots' room). */
typedef struct
{
  double   size;
  double   width;     /* the room of each name */
  double   level_h;   /* the height of a level */
  double   height;    /* of all the levels */
  gboolean stagger;
} LabelFit;

/* One distribution chart being painted: its data, what collect_bounds and the fitting made of
 * it, and the plot's geometry, shared by the painters below. */
typedef struct
{
  Painter                    p;
  const KnDistributionChart *chart;
  Bound                      bounds[KN_PREDIKAT_N];
  StripItem                  items[MAX_STRIP_ITEMS];
  StripFit                   fits[MAX_STRIP_ITEMS];
  guint                      n_items;
  guint                      n_rows;
  double                     row_y[MAX_STRIP_ROWS];   /* the line of each strip row */
  LabelFit                   labels;
  guint                      total;
  guint                      axis_max;
  double                     narrowest;   /* the slot the texts were fitted to */
  double                     left;
  double                     right;
  double                     slot;
  double                     bar_w;
  double                     plot_top;
  double                     plot_h;
  double                     bottom;
  double                     xs[KN_PREDIKAT_N];
  double                     ys[KN_PREDIKAT_N];
} DistributionChart;

static double
y_of (const DistributionChart *d,
      guint                    value)
{
  return d->bottom - d->plot_h * (double) value / (double) d->axis_max;
}

static double
slot_centre (const DistributionChart *d,
             guint                    predikat)
{
  return d->left + d->slot * (predikat - KN_PREDIKAT_NONE - 0.5);
}

/* The size every name fits @width at (wrapped between words in two lines), from the body size
 * down to 3/4 of it; FALSE when one does not fit even then. */
static gboolean
labels_fit (Painter *p,
            double   width,
            double  *size)
{
  gboolean all_whole = TRUE;

  *size = 0.92;
  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    {
      gboolean whole;
      double fitted = _kn_chart_text_fit (p, kn_predikat_label ((KnPredikat) i), *size, 0.7,
                                          FALSE, width, 2, PANGO_ALIGN_CENTER, &whole);

      if (fitted > 0.0)
        *size = MIN (*size, fitted);
      all_whole &= whole;
    }
  return all_whole;
}

static void
fit_predikat_labels (Painter  *p,
                     double    slot,
                     LabelFit *fit)
{
  fit->stagger = FALSE;
  fit->width = slot - 4;
  if (!labels_fit (p, fit->width, &fit->size))
    {
      fit->stagger = TRUE;
      fit->width = 2 * slot - 0.6 * p->font;
      labels_fit (p, fit->width, &fit->size);
    }
  fit->level_h = 0.0;
  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    if (_kn_chart_text_fit (p, kn_predikat_label ((KnPredikat) i), fit->size, fit->size, FALSE,
                            fit->width, 2, PANGO_ALIGN_CENTER, NULL) > 0.0)
      fit->level_h = MAX (fit->level_h, _kn_chart_text_height (p));
  fit->height = fit->stagger ? 2 * fit->level_h + 0.2 * p->font : fit->level_h;
}

/* Paints the name of @predikat, as @fit says, centred under the bar at @x where it can be
 * (never past the chart's sides), its top at @y (of the first level). */
static void
paint_predikat_label (Painter        *p,
                      const LabelFit *fit,
                      KnPredikat      predikat,
                      double          x,
                      double          y)
{
  double half;

  if (_kn_chart_text_fit (p, kn_predikat_label (predikat), fit->size, fit->size, FALSE,
                          fit->width, 2, PANGO_ALIGN_CENTER, NULL) <= 0.0)
    return;
  half = _kn_chart_text_width (p) / 2;
  x = MAX (MIN (x, p->width - p->pad / 2 - half), p->pad / 2 + half);
  if (fit->stagger && (predikat - KN_PREDIKAT_NONE) % 2 == 0)
    y += fit->level_h + 0.2 * p->font;
  _kn_chart_text_show (p, x, y, 0.5, 0.0, &ink);
}

/* Lays out the text of each bracket whole across its stretch (StripFit), for bars @d->narrowest
 * wide: in up to two lines, smaller where a word needs it. Each row's height in @row_h and the y
 * of its line from the row's top in @d->row_y. */
static void
fit_strip (DistributionChart *d,
           double            *row_h)
{
  Painter *p = &d->p;
  double text_h[MAX_STRIP_ROWS];

  for (guint r = 0; r < d->n_rows; r++)
    text_h[r] = 0.0;
  for (guint i = 0; i < d->n_items; i++)
    {
      const StripItem *item = &d->items[i];
      StripFit *fit = &d->fits[i];

      fit->lo = KN_PREDIKAT_NONE + 0.5;
      fit->hi = KN_PREDIKAT_N - 0.5;
      for (guint j = 0; j < d->n_items; j++)
        if (j != i && d->items[j].row == item->row)
          {
            if (d->items[j].last < item->first)
              fit->lo = MAX (fit->lo, (d->items[j].last + item->first) / 2.0);
            else if (d->items[j].first > item->last)
              fit->hi = MIN (fit->hi, (item->last + d->items[j].first) / 2.0);
          }
      fit->size = _kn_chart_text_fit (p, item->text, 0.85, 0.7, item->broken,
                                      strip_text_width (p, item, fit, d->narrowest), 2,
                                      PANGO_ALIGN_CENTER, NULL);
      fit->lines = MAX (_kn_chart_text_lines (p), 1);
      if (fit->size <= 0.0)
        fit->size = 0.85;
      else if (item->row < d->n_rows)
        text_h[item->row] = MAX (text_h[item->row], _kn_chart_text_height (p));
    }
  for (guint r = 0; r < d->n_rows; r++)
    {
      text_h[r] = MAX (text_h[r], 1.0 * p->font);
      d->row_y[r] = text_h[r] + 0.2 * p->font;
      row_h[r] = d->row_y[r] + 0.8 * p->font;
    }
}

/* Bracket @i over its bars, its line on its row with the ticks pointing down, its text above the
 * line (as fit_strip laid it out), over the bracket or as near to it as its stretch lets it be. */
static void
paint_strip_item (DistributionChart *d,
                  guint              i)
{
  Painter *p = &d->p;
  const StripItem *item = &d->items[i];
  const StripFit *fit = &d->fits[i];
  const Rgb *colour = item->broken ? &broken_colour : &allowed_line_colour;
  double x0 = slot_centre (d, item->first) - 0.4 * d->slot;
  double x1 = slot_centre (d, item->last) + 0.4 * d->slot;
  double y = d->row_y[item->row];
  double tick = 0.4 * p->font;
  double badge = item->broken ? 1.5 * p->font : 0.0;
  double margin = 0.2 * p->font;
  double stretch_x0 = d->left + d->slot * (fit->lo - 0.5);
  double stretch_x1 = d->left + d->slot * (fit->hi - 0.5);
  double text_x, half;

  cairo_move_to (p->cr, x0, y + tick);
  cairo_line_to (p->cr, x0, y);
  cairo_line_to (p->cr, x1, y);
  cairo_line_to (p->cr, x1, y + tick);
  _kn_chart_set_colour (p->cr, colour, 1.0);
  cairo_set_line_width (p->cr, (item->broken ? 2.0 : 1.3) * p->scale);
  cairo_stroke (p->cr);

  if (_kn_chart_text_fit (p, item->text, fit->size, fit->size, item->broken,
                          strip_text_width (p, item, fit, d->narrowest), fit->lines,
                          PANGO_ALIGN_CENTER, NULL) <= 0.0)
    return;

  half = _kn_chart_text_width (p) / 2;
  text_x = (x0 + x1 + badge) / 2;
  text_x = MIN (text_x, stretch_x1 - margin - half);
  text_x = MAX (text_x, stretch_x0 + margin + badge + half);
  _kn_chart_text_show_chip (p, text_x, y - 0.1 * p->font, 0.5, 1.0, colour);
  if (item->broken)
    _kn_chart_paint_broken_badge (p, text_x - half - 0.8 * p->font,
                                  y - 0.1 * p->font - _kn_chart_text_height (p) / 2);
}

/* The allowed ranges behind the bars. */
static void
paint_allowed_ranges (DistributionChart *d)
{
  cairo_t *cr = d->p.cr;

  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    {
      const Bound *bound = &d->bounds[i];
      double x0 = slot_centre (d, i) - 0.42 * d->slot;
      double y_lo = y_of (d, bound->has_lo ? bound->lo : 0);
      double y_hi = bound->has_hi ? y_of (d, bound->hi) : d->plot_top - 0.6 * d->p.font;

      if (!bound->has_lo && !bound->has_hi)
        continue;

      _kn_chart_set_colour (cr, &allowed_colour, 0.16);
      cairo_rectangle (cr, x0, y_hi, 0.84 * d->slot, y_lo - y_hi);
      cairo_fill (cr);
    }
}

/* The bars, and over them what is beyond a bound; sets the tops of the bars in @d->xs, @d->ys. */
static void
paint_bars (DistributionChart *d)
{
  Painter *p = &d->p;
  cairo_t *cr = p->cr;
  double bar_w = d->bar_w;

  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    {
      const Bound *bound = &d->bounds[i];
      double x0 = slot_centre (d, i) - bar_w / 2;
      double top;

      d->xs[i] = slot_centre (d, i);
      d->ys[i] = top = y_of (d, d->chart->counts[i]);
      _kn_chart_paint_bar (p, &predikat_swatches[i], x0, top, bar_w, d->bottom - top);

      if (bound->has_hi && bound->broken_hi)
        {
          Swatch excess = { broken_colour, HATCH_HORIZONTAL, white, white };
          double y0 = y_of (d, bound->hi);

          cairo_save (cr);
          cairo_rectangle (cr, x0, top, bar_w, y0 - top);
          cairo_clip (cr);
          _kn_chart_paint_bar (p, &excess, x0, top, bar_w, y0 - top + p->thin);
          cairo_restore (cr);
        }
      if (bound->has_lo && bound->broken_lo)
        {
          double y0 = y_of (d, bound->lo);
          double lw = 1.6 * p->scale;

          cairo_rectangle (cr, x0 + lw / 2, y0 + lw / 2, bar_w - lw, top - y0 - lw);
          _kn_chart_set_dash (p, 4, 3);
          _kn_chart_set_colour (cr, &broken_colour, 1.0);
          cairo_set_line_width (cr, lw);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
    }
}

/* The bound lines and their limits, right of the bar. */
static void
paint_bound_lines (DistributionChart *d)
{
  Painter *p = &d->p;
  cairo_t *cr = p->cr;

  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    {
      const Bound *bound = &d->bounds[i];
      double x0 = slot_centre (d, i) - 0.42 * d->slot;
      double x1 = slot_centre (d, i) + 0.42 * d->slot;

      for (int side = 0; side < 2; side++)
        {
          g_autofree char *label = NULL;
          gboolean broken, above;
          guint limit;

          if (side == 0 && !bound->has_hi)
            continue;
          if (side == 1 && !bound->has_lo)
            continue;

          limit = side == 0 ? bound->hi : bound->lo;
          broken = side == 0 ? bound->broken_hi : bound->broken_lo;
          label = g_strdup_printf (side == 0 ? "≤ %u" : "≥ %u", limit);

          if (broken)
            cairo_set_dash (cr, NULL, 0, 0);
          else
            _kn_chart_set_dash (p, 5, 3);
          _kn_chart_set_colour (cr, broken ? &broken_colour : &allowed_line_colour, 1.0);
          cairo_set_line_width (cr, (broken ? 2.4 : 1.6) * p->scale);
          cairo_move_to (cr, x0, y_of (d, limit));
          cairo_line_to (cr, x1, y_of (d, limit));
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);

          /* Right of the bar: an upper limit above its line, a lower one under it, in the gap
           * before the next bar. Where the gap is too narrow (its
           * figure went under the next bar: "≤ "), on the bar itself under its line. */
          above = side == 0 || limit == 0;
          {
            double room = d->slot - d->bar_w - 0.5 * p->font;
            gboolean whole = FALSE;

            if (room > 0.0 &&
                _kn_chart_text_fit (p, label, 0.85, 0.85, broken, room, 1, PANGO_ALIGN_LEFT,
                                    &whole) > 0.0 && whole)
              _kn_chart_text_show_chip (p, slot_centre (d, i) + d->bar_w / 2 + 0.35 * p->font,
                                        y_of (d, limit) + (above ? -0.15 : 0.15) * p->font, 0.0,
                                        above ? 1.0 : 0.0,
                                        broken ? &broken_colour : &allowed_line_colour);
            else if (_kn_chart_text_layout (p, label, FALSE, 0.85, broken, -1, 1,
                                            PANGO_ALIGN_CENTER))
              _kn_chart_text_show_chip (p, slot_centre (d, i),
                                        y_of (d, limit) + (limit == 0 ? -0.15 : 0.15) * p->font,
                                        0.5, limit == 0 ? 1.0 : 0.0,
                                        broken ? &broken_colour : &allowed_line_colour);
          }
        }
    }
}

/* Over each bar its count and share, a badge beside it where a bound is broken; under it the
 * predikat's name. */
static void
paint_bar_labels (DistributionChart *d)
{
  Painter *p = &d->p;

  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    {
      const Bound *bound = &d->bounds[i];
      guint count = d->chart->counts[i];
      double label_bottom = d->ys[i] - 0.5 * p->font;
      double chip_w = 0.0, chip_h = 0.0;

      if (d->total > 0)
        {
          g_autofree char *percent = _kn_chart_format_percent (100.0 * count / d->total);
          g_autofree char *markup = g_markup_printf_escaped ("<b>%u</b>\n<span size='smaller'>%s"
                                                             "</span>", count, percent);

          if (_kn_chart_text_layout (p, markup, TRUE, 1.0, FALSE, d->slot, 2,
                                     PANGO_ALIGN_CENTER))
            {
              _kn_chart_text_show_chip (p, d->xs[i], label_bottom, 0.5, 1.0, &ink);
              chip_w = _kn_chart_text_width (p);
              chip_h = _kn_chart_text_height (p);
            }
        }

      /* Beside the count, so that it never runs into the brackets above. */
      if (bound->broken_hi || bound->broken_lo)
        _kn_chart_paint_broken_badge (p, d->xs[i] + chip_w / 2 + 0.9 * p->font,
                                      label_bottom - chip_h / 2);

      paint_predikat_label (p, &d->labels, (KnPredikat) i, d->xs[i], d->bottom + 0.4 * p->font);
    }
}

void
kn_chart_draw_distribution (cairo_t                   *cr,
                            double                     width,
                            double                     height,
                            const KnDistributionChart *chart)
{
  DistributionChart d = { 0 };
  Painter *p = &d.p;
  LegendItem legend[3];
  g_autofree char *subtitle = NULL;
  g_autofree char *allowed_text = NULL;
  g_autofree char *widest_tick = NULL;
  double top, label_h, tick_w, strip_h, legend_y;
  double row_h[MAX_STRIP_ROWS];
  guint max_value = 0, step, max_ticks;
  guint n_legend = 0;
  gboolean any_bound = FALSE, any_broken = FALSE;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);

  if (!(width > 0.0 && height > 0.0))
    return;

  d.chart = chart;
  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    {
      d.total += chart->counts[i];
      max_value = MAX (max_value, chart->counts[i]);
    }

  d.n_items = collect_bounds (chart, d.total, d.bounds, d.items);
  for (guint i = 0; i < d.n_items; i++)
    {
      d.n_rows = MAX (d.n_rows, d.items[i].row + 1);
      any_broken |= d.items[i].broken;
    }
  d.n_rows = MIN (d.n_rows, MAX_STRIP_ROWS);
  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    {
      const Bound *bound = &d.bounds[i];

      if (bound->has_hi)
        max_value = MAX (max_value, bound->hi);
      if (bound->has_lo)
        max_value = MAX (max_value, bound->lo);
      any_bound |= bound->has_hi || bound->has_lo;
      any_broken |= bound->broken_hi || bound->broken_lo;
    }

  _kn_chart_painter_begin (p, cr, width, height);

  if (chart->org != KN_ORG_PREDIKAT_NONE)
    {
      g_autofree char *employees = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee",
                                                                 "%u employees", d.total),
                                                    d.total);

      /* Translators: “Capaian kinerja organisasi: Baik · 12 employees” */
      subtitle = g_strdup_printf (_("Capaian kinerja organisasi: %s · %s"),
                                  kn_org_predikat_label (chart->org), employees);
    }
  else
    {
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee", "%u employees",
                                               d.total),
                                  d.total);
    }

  top = _kn_chart_paint_heading (p, chart->title, subtitle);

  /* Legend at the bottom, predikat names above it, strip rows and labels over the bars. */
  legend[n_legend++] = (LegendItem) { LEGEND_CURVE, _("Employees per predikat") };
  if (any_bound || d.n_items > 0)
    {
      allowed_text = g_strdup_printf (_("Allowed for %s"), kn_org_predikat_label (chart->org));
      legend[n_legend++] = (LegendItem) { LEGEND_ALLOWED, allowed_text };
    }
  if (any_broken)
    legend[n_legend++] = (LegendItem) { LEGEND_BROKEN, _("Outside the pattern") };

  legend_y = p->height - p->pad - _kn_chart_legend_height (p, legend, n_legend);
  d.right = p->width - p->pad;

  /* The names under the bars and the brackets' texts are laid out whole for the narrowest the
   * slots can be: with a count scale a digit wider than any it will have. */
  widest_tick = g_strdup_printf ("%u", 10 * MAX (max_value, 5u));
  tick_w = _kn_chart_text_layout (p, widest_tick, FALSE, 0.85, FALSE, -1, 1, PANGO_ALIGN_RIGHT)
             ? _kn_chart_text_width (p) : 0.0;
  g_clear_pointer (&widest_tick, g_free);
  d.narrowest = (d.right - (p->pad + tick_w + 0.5 * p->font)) / (KN_PREDIKAT_N - 1);
  fit_predikat_labels (p, d.narrowest, &d.labels);
  label_h = d.labels.height;
  fit_strip (&d, row_h);
  strip_h = 0.0;
  for (guint r = 0; r < d.n_rows; r++)
    {
      d.row_y[r] += top + strip_h;
      strip_h += row_h[r];
    }

  d.bottom = legend_y - 0.7 * p->font - label_h - 0.4 * p->font;
  d.plot_top = top + strip_h + 2.6 * p->font;
  d.plot_h = d.bottom - d.plot_top;

  max_ticks = (guint) CLAMP (d.plot_h / (2.4 * p->font), 1.0, 10.0);
  step = _kn_chart_nice_step (MAX (max_value, 1u), max_ticks);
  d.axis_max = max_value == 0 ? MAX (step, 5u) : ((max_value + step - 1) / step) * step;

  widest_tick = g_strdup_printf ("%u", d.axis_max);
  tick_w = _kn_chart_text_layout (p, widest_tick, FALSE, 0.85, FALSE, -1, 1, PANGO_ALIGN_RIGHT)
             ? _kn_chart_text_width (p) : 0.0;
  d.left = p->pad + tick_w + 0.5 * p->font;
  d.slot = (d.right - d.left) / (KN_PREDIKAT_N - 1);
  d.bar_w = MIN (0.56 * d.slot, 9.0 * p->font);

  _kn_chart_paint_legend (p, legend, n_legend, legend_y);

  if (d.plot_h >= p->font && d.slot >= 2.0)
    {
      /* Gridlines and the count scale. */
      for (guint v = 0; v <= d.axis_max; v += step)
        {
          g_autofree char *tick = g_strdup_printf ("%u", v);
          double y = y_of (&d, v);

          if (v > 0)
            _kn_chart_paint_hline (p, d.left, d.right, y, &grid_colour);
          _kn_chart_paint_text (p, tick, d.left - 0.4 * p->font, y, -1, 1.0, 0.5, 0.85, FALSE, 1,
                                &ink_soft);
        }
      _kn_chart_paint_text (p, _("Employees"), p->pad, d.plot_top - 1.0 * p->font,
                            d.right - d.left, 0.0, 1.0, 0.85, FALSE, 1, &ink_soft);

      paint_allowed_ranges (&d);
      paint_bars (&d);
      paint_bound_lines (&d);

      /* The curve and the counts. */
      if (d.total > 0)
        {
          path_curve (cr, d.xs + 1, d.ys + 1, KN_PREDIKAT_N - 1, y_of (&d, d.axis_max),
                      d.bottom);
          _kn_chart_set_colour (cr, &black, 1.0);
          cairo_set_line_width (cr, 1.8 * p->scale);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_stroke (cr);

          for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
            _kn_chart_paint_circle_marker (p, d.xs[i], d.ys[i]);
        }

      _kn_chart_paint_hline (p, d.left, d.right, d.bottom, &axis_colour);
      paint_bar_labels (&d);

      /* The rules over several predikat, and LARGEST, as brackets above the plot. */
      for (guint i = 0; i < d.n_items; i++)
        if (d.items[i].row < d.n_rows)
          paint_strip_item (&d, i);

      if (d.total == 0)
        _kn_chart_paint_no_data (p, (d.left + d.right) / 2, d.plot_top + d.plot_h / 2,
                                 d.right - d.left);
    }

  for (guint i = 0; i < d.n_items; i++)
    g_free (d.items[i].text);

  _kn_chart_painter_end (p);
}
