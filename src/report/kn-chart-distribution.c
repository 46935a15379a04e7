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

/* A bracket over the bars from @x0 to @x1, its line at @y with the ticks pointing down, its text
 * above the line (as fit_strip laid it out for slots @fit_slot wide), over the bracket or as
 * near to it as its stretch lets it be (the plot starting at @left, with slots @slot wide). */
static void
paint_strip_item (Painter         *p,
                  const StripItem *item,
                  const StripFit  *fit,
                  double           x0,
                  double           x1,
                  double           y,
                  double           fit_slot,
                  double           slot,
                  double           left)
{
  const Rgb *colour = item->broken ? &broken_colour : &allowed_line_colour;
  double tick = 0.4 * p->font;
  double badge = item->broken ? 1.5 * p->font : 0.0;
  double margin = 0.2 * p->font;
  double stretch_x0 = left + slot * (fit->lo - 0.5);
  double stretch_x1 = left + slot * (fit->hi - 0.5);
  double text_x, half;

  cairo_move_to (p->cr, x0, y + tick);
  cairo_line_to (p->cr, x0, y);
  cairo_line_to (p->cr, x1, y);
  cairo_line_to (p->cr, x1, y + tick);
  _kn_chart_set_colour (p->cr, colour, 1.0);
  cairo_set_line_width (p->cr, (item->broken ? 2.0 : 1.3) * p->scale);
  cairo_stroke (p->cr);

  if (_kn_chart_text_fit (p, item->text, fit->size, fit->size, item->broken,
                          strip_text_width (p, item, fit, fit_slot), fit->lines,
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

/* Lays out the text of each bracket whole across its stretch (StripFit), bars @slot wide: in up
 * to two lines, smaller where a word needs it. Each row's height in @row_h and the y of its line
 * from the row's top in @line_y. */
static void
fit_strip (Painter         *p,
           const StripItem *items,
           guint            n_items,
           guint            n_rows,
           double           slot,
           StripFit        *fits,
           double          *row_h,
           double          *line_y)
{
  double text_h[MAX_STRIP_ROWS];

  for (guint r = 0; r < n_rows; r++)
    text_h[r] = 0.0;
  for (guint i = 0; i < n_items; i++)
    {
      StripFit *fit = &fits[i];

      fit->lo = KN_PREDIKAT_NONE + 0.5;
      fit->hi = KN_PREDIKAT_N - 0.5;
      for (guint j = 0; j < n_items; j++)
        if (j != i && items[j].row == items[i].row)
          {
            if (items[j].last < items[i].first)
              fit->lo = MAX (fit->lo, (items[j].last + items[i].first) / 2.0);
            else if (items[j].first > items[i].last)
              fit->hi = MIN (fit->hi, (items[i].last + items[j].first) / 2.0);
          }
      fit->size = _kn_chart_text_fit (p, items[i].text, 0.85, 0.7, items[i].broken,
                                      strip_text_width (p, &items[i], fit, slot), 2,
                                      PANGO_ALIGN_CENTER, NULL);
      fit->lines = MAX (_kn_chart_text_lines (p), 1);
      if (fit->size <= 0.0)
        fit->size = 0.85;
      else if (items[i].row < n_rows)
        text_h[items[i].row] = MAX (text_h[items[i].row], _kn_chart_text_height (p));
    }
  for (guint r = 0; r < n_rows; r++)
    {
      text_h[r] = MAX (text_h[r], 1.0 * p->font);
      line_y[r] = text_h[r] + 0.2 * p->font;
      row_h[r] = line_y[r] + 0.8 * p->font;
    }
}

void
kn_chart_draw_distribution (cairo_t                   *cr,
                            double                     width,
                            double                     height,
                            const KnDistributionChart *chart)
{
  Painter p = { 0 };
  Bound bounds[KN_PREDIKAT_N] = { { 0 } };
  StripItem items[MAX_STRIP_ITEMS] = { { 0 } };
  LegendItem legend[3];
  g_autofree char *subtitle = NULL;
  g_autofree char *allowed_text = NULL;
  g_autofree char *widest_tick = NULL;
  double xs[KN_PREDIKAT_N], ys[KN_PREDIKAT_N];
  double top, bottom, left, right, plot_top, plot_h, slot, bar_w, label_h, tick_w, strip_h;
  double legend_y, narrowest;
  LabelFit labels;
  double row_h[MAX_STRIP_ROWS], row_y[MAX_STRIP_ROWS];
  StripFit fits[MAX_STRIP_ITEMS];
  guint n_items, n_rows = 0, total = 0, max_value = 0, step, axis_max, max_ticks;
  guint n_legend = 0;
  gboolean any_bound = FALSE, any_broken = FALSE;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);

  if (!(width > 0.0 && height > 0.0))
    return;

  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    {
      total += chart->counts[i];
      max_value = MAX (max_value, chart->counts[i]);
    }

  n_items = collect_bounds (chart, total, bounds, items);
  for (guint i = 0; i < n_items; i++)
    {
      n_rows = MAX (n_rows, items[i].row + 1);
      any_broken |= items[i].broken;
    }
  n_rows = MIN (n_rows, MAX_STRIP_ROWS);
  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    {
      if (bounds[i].has_hi)
        max_value = MAX (max_value, bounds[i].hi);
      if (bounds[i].has_lo)
        max_value = MAX (max_value, bounds[i].lo);
      any_bound |= bounds[i].has_hi || bounds[i].has_lo;
      any_broken |= bounds[i].broken_hi || bounds[i].broken_lo;
    }

  _kn_chart_painter_begin (&p, cr, width, height);

  if (chart->org != KN_ORG_PREDIKAT_NONE)
    {
      g_autofree char *employees = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee",
                                                                 "%u employees", total),
                                                    total);

      /* Translators: “Capaian kinerja organisasi: Baik · 12 employees” */
      subtitle = g_strdup_printf (_("Capaian kinerja organisasi: %s · %s"),
                                  kn_org_predikat_label (chart->org), employees);
    }
  else
    {
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee", "%u employees",
                                               total),
                                  total);
    }

  top = _kn_chart_paint_heading (&p, chart->title, subtitle);

  /* Legend at the bottom, predikat names above it, strip rows and labels over the bars. */
  legend[n_legend++] = (LegendItem) { LEGEND_CURVE, _("Employees per predikat") };
  if (any_bound || n_items > 0)
    {
      allowed_text = g_strdup_printf (_("Allowed for %s"), kn_org_predikat_label (chart->org));
      legend[n_legend++] = (LegendItem) { LEGEND_ALLOWED, allowed_text };
    }
  if (any_broken)
    legend[n_legend++] = (LegendItem) { LEGEND_BROKEN, _("Outside the pattern") };

  legend_y = p.height - p.pad - _kn_chart_legend_height (&p, legend, n_legend);
  right = p.width - p.pad;

  /* The names under the bars and the brackets' texts are laid out whole for the narrowest the
   * slots can be: with a count scale a digit wider than any it will have. */
  widest_tick = g_strdup_printf ("%u", 10 * MAX (max_value, 5u));
  tick_w = _kn_chart_text_layout (&p, widest_tick, FALSE, 0.85, FALSE, -1, 1, PANGO_ALIGN_RIGHT)
             ? _kn_chart_text_width (&p) : 0.0;
  g_clear_pointer (&widest_tick, g_free);
  narrowest = (right - (p.pad + tick_w + 0.5 * p.font)) / (KN_PREDIKAT_N - 1);
  fit_predikat_labels (&p, narrowest, &labels);
  label_h = labels.height;
  fit_strip (&p, items, n_items, n_rows, narrowest, fits, row_h, row_y);
  strip_h = 0.0;
  for (guint r = 0; r < n_rows; r++)
    {
      row_y[r] += top + strip_h;
      strip_h += row_h[r];
    }

  bottom = legend_y - 0.7 * p.font - label_h - 0.4 * p.font;
  plot_top = top + strip_h + 2.6 * p.font;
  plot_h = bottom - plot_top;

  max_ticks = (guint) CLAMP (plot_h / (2.4 * p.font), 1.0, 10.0);
  step = _kn_chart_nice_step (MAX (max_value, 1u), max_ticks);
  axis_max = max_value == 0 ? MAX (step, 5u) : ((max_value + step - 1) / step) * step;

  widest_tick = g_strdup_printf ("%u", axis_max);
  tick_w = _kn_chart_text_layout (&p, widest_tick, FALSE, 0.85, FALSE, -1, 1, PANGO_ALIGN_RIGHT)
             ? _kn_chart_text_width (&p) : 0.0;
  left = p.pad + tick_w + 0.5 * p.font;
  slot = (right - left) / (KN_PREDIKAT_N - 1);
  bar_w = MIN (0.56 * slot, 9.0 * p.font);

  _kn_chart_paint_legend (&p, legend, n_legend, legend_y);

  if (plot_h < p.font || slot < 2.0)
    {
      for (guint i = 0; i < n_items; i++)
        g_free (items[i].text);
      _kn_chart_painter_end (&p);
      return;
    }

#define Y_OF(v) (bottom - plot_h * (double) (v) / (double) axis_max)
#define SLOT_CENTRE(i) (left + slot * ((i) - KN_PREDIKAT_NONE - 0.5))

  /* Gridlines and the count scale. */
  for (guint v = 0; v <= axis_max; v += step)
    {
      g_autofree char *tick = g_strdup_printf ("%u", v);
      double y = Y_OF (v);

      if (v > 0)
        _kn_chart_paint_hline (&p, left, right, y, &grid_colour);
      _kn_chart_paint_text (&p, tick, left - 0.4 * p.font, y, -1, 1.0, 0.5, 0.85, FALSE, 1,
                            &ink_soft);
    }
  _kn_chart_paint_text (&p, _("Employees"), p.pad, plot_top - 1.0 * p.font, right - left, 0.0, 1.0,
                        0.85, FALSE, 1, &ink_soft);

  /* The allowed ranges behind the bars. */
  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    {
      const Bound *bound = &bounds[i];
      double x0 = SLOT_CENTRE (i) - 0.42 * slot;
      double y_lo = Y_OF (bound->has_lo ? bound->lo : 0);
      double y_hi = bound->has_hi ? Y_OF (bound->hi) : plot_top - 0.6 * p.font;

      if (!bound->has_lo && !bound->has_hi)
        continue;

      _kn_chart_set_colour (cr, &allowed_colour, 0.16);
      cairo_rectangle (cr, x0, y_hi, 0.84 * slot, y_lo - y_hi);
      cairo_fill (cr);
    }

  /* The bars, and over them what is beyond a bound. */
  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    {
      const Bound *bound = &bounds[i];
      guint count = chart->counts[i];
      double x0 = SLOT_CENTRE (i) - bar_w / 2;

      xs[i] = SLOT_CENTRE (i);
      ys[i] = Y_OF (count);
      _kn_chart_paint_bar (&p, &predikat_swatches[i], x0, ys[i], bar_w, bottom - ys[i]);

      if (bound->has_hi && bound->broken_hi)
        {
          Swatch excess = { broken_colour, HATCH_HORIZONTAL, white, white };
          double y0 = Y_OF (bound->hi);

          cairo_save (cr);
          cairo_rectangle (cr, x0, ys[i], bar_w, y0 - ys[i]);
          cairo_clip (cr);
          _kn_chart_paint_bar (&p, &excess, x0, ys[i], bar_w, y0 - ys[i] + p.thin);
          cairo_restore (cr);
        }
      if (bound->has_lo && bound->broken_lo)
        {
          double y0 = Y_OF (bound->lo);
          double lw = 1.6 * p.scale;

          cairo_rectangle (cr, x0 + lw / 2, y0 + lw / 2, bar_w - lw, ys[i] - y0 - lw);
          _kn_chart_set_dash (&p, 4, 3);
          _kn_chart_set_colour (cr, &broken_colour, 1.0);
          cairo_set_line_width (cr, lw);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
    }

  /* The bound lines and their limits, right of the bar. */
  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    {
      const Bound *bound = &bounds[i];
      double x0 = SLOT_CENTRE (i) - 0.42 * slot;
      double x1 = SLOT_CENTRE (i) + 0.42 * slot;

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
            _kn_chart_set_dash (&p, 5, 3);
          _kn_chart_set_colour (cr, broken ? &broken_colour : &allowed_line_colour, 1.0);
          cairo_set_line_width (cr, (broken ? 2.4 : 1.6) * p.scale);
          cairo_move_to (cr, x0, Y_OF (limit));
          cairo_line_to (cr, x1, Y_OF (limit));
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);

          /* Right of the bar: an upper limit above its line, a lower one under it. */
          above = side == 0 || limit == 0;
          if (_kn_chart_text_layout (&p, label, FALSE, 0.85, broken, -1, 1, PANGO_ALIGN_LEFT))
            _kn_chart_text_show_chip (&p, SLOT_CENTRE (i) + bar_w / 2 + 0.35 * p.font,
                                      Y_OF (limit) + (above ? -0.15 : 0.15) * p.font, 0.0,
                                      above ? 1.0 : 0.0,
                                      broken ? &broken_colour : &allowed_line_colour);
        }
    }

  /* The curve and the counts. */
  if (total > 0)
    {
      path_curve (cr, xs + 1, ys + 1, KN_PREDIKAT_N - 1, Y_OF (axis_max), bottom);
      _kn_chart_set_colour (cr, &black, 1.0);
      cairo_set_line_width (cr, 1.8 * p.scale);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);

      for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
        _kn_chart_paint_circle_marker (&p, xs[i], ys[i]);
    }

  _kn_chart_paint_hline (&p, left, right, bottom, &axis_colour);

  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    {
      const Bound *bound = &bounds[i];
      guint count = chart->counts[i];
      double label_bottom = ys[i] - 0.5 * p.font;
      double chip_w = 0.0, chip_h = 0.0;

      if (total > 0)
        {
          g_autofree char *percent = _kn_chart_format_percent (100.0 * count / total);
          g_autofree char *markup = g_markup_printf_escaped ("<b>%u</b>\n<span size='smaller'>%s"
                                                             "</span>", count, percent);

          if (_kn_chart_text_layout (&p, markup, TRUE, 1.0, FALSE, slot, 2, PANGO_ALIGN_CENTER))
            {
              _kn_chart_text_show_chip (&p, xs[i], label_bottom, 0.5, 1.0, &ink);
              chip_w = _kn_chart_text_width (&p);
              chip_h = _kn_chart_text_height (&p);
            }
        }

      /* Beside the count, so that it never runs into the brackets above. */
      if (bound->broken_hi || bound->broken_lo)
        _kn_chart_paint_broken_badge (&p, xs[i] + chip_w / 2 + 0.9 * p.font,
                                      label_bottom - chip_h / 2);

      paint_predikat_label (&p, &labels, (KnPredikat) i, xs[i], bottom + 0.4 * p.font);
    }

  /* The rules over several predikat, and LARGEST, as brackets above the plot. */
  for (guint i = 0; i < n_items; i++)
    {
      if (items[i].row < n_rows)
        paint_strip_item (&p, &items[i], &fits[i], SLOT_CENTRE (items[i].first) - 0.4 * slot,
                          SLOT_CENTRE (items[i].last) + 0.4 * slot, row_y[items[i].row],
                          narrowest, slot, left);
    }

  if (total == 0)
    _kn_chart_paint_no_data (&p, (left + right) / 2, plot_top + plot_h / 2, right - left);

#undef Y_OF
#undef SLOT_CENTRE

  for (guint i = 0; i < n_items; i++)
    g_free (items[i].text);

  _kn_chart_painter_end (&p);
}
