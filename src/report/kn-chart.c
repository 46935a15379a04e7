/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Charts drawn with cairo and pango from plain data: a unit's predikat distribution against its
 * pattern, an employee over the periods, and a unit's completion. */

#define G_LOG_DOMAIN "kn-chart"

#include "config.h"

#include <math.h>

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-chart.h"
#include "kinerja/kn-format.h"

#include "kn-chart-private.h"

G_DEFINE_QUARK (kn-chart-error-quark, kn_chart_error)

void
_kn_chart_set_colour (cairo_t   *cr,
                      const Rgb *colour,
                      double     alpha)
{
  cairo_set_source_rgba (cr, colour->r, colour->g, colour->b, alpha);
}

void
_kn_chart_painter_begin (Painter *p,
                         cairo_t *cr,
                         double   width,
                         double   height)
{
  double ratio = MIN (width / REFERENCE_WIDTH, height / REFERENCE_HEIGHT);

  p->cr = cr;
  p->width = width;
  p->height = height;
  p->scale = CLAMP (sqrt (MAX (ratio, 0.0)), 0.55, 2.5);
  p->font = BODY_SIZE * p->scale;
  p->pad = 0.9 * p->font;
  p->thin = MAX (0.5, 0.8 * p->scale);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  _kn_chart_set_colour (cr, &white, 1.0);
  cairo_paint (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);

  p->layout = pango_cairo_create_layout (cr);
  p->font_desc = pango_font_description_from_string (FONT_FAMILY);
}

void
_kn_chart_painter_end (Painter *p)
{
  g_clear_pointer (&p->font_desc, pango_font_description_free);
  g_clear_object (&p->layout);
  cairo_restore (p->cr);
}

/* Lays @text out, wrapped to @max_width (≤ 0: unbounded) in at most @max_lines lines and
 * ellipsized beyond; @align places the lines within the width. FALSE when there is no room. */
gboolean
_kn_chart_text_layout (Painter        *p,
                       const char     *text,
                       gboolean        markup,
                       double          size,
                       gboolean        bold,
                       double          max_width,
                       int             max_lines,
                       PangoAlignment  align)
{
  PangoRectangle logical;

  if (text == NULL || *text == '\0')
    return FALSE;
  if (max_width > 0.0 && max_width < 0.5 * p->font)
    return FALSE;

  pango_font_description_set_absolute_size (p->font_desc, size * p->font * PANGO_SCALE);
  pango_font_description_set_weight (p->font_desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (p->layout, p->font_desc);
  pango_layout_set_alignment (p->layout, align);
  pango_layout_set_wrap (p->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (p->layout,
                              max_width > 0.0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_width (p->layout, max_width > 0.0 ? (int) (max_width * PANGO_SCALE) : -1);
  pango_layout_set_height (p->layout, -MAX (max_lines, 1));
  /* set_markup () leaves its attributes on the layout for the next text. */
  pango_layout_set_attributes (p->layout, NULL);
  if (markup)
    pango_layout_set_markup (p->layout, text, -1);
  else
    pango_layout_set_text (p->layout, text, -1);

  pango_layout_get_extents (p->layout, NULL, &logical);
  p->logical = logical;

  return TRUE;
}

double
_kn_chart_text_width (Painter *p)
{
  return (double) p->logical.width / PANGO_SCALE;
}

double
_kn_chart_text_height (Painter *p)
{
  return (double) p->logical.height / PANGO_SCALE;
}

/* Shows the text last laid out with the point (@xalign, @yalign) of its box at (@x, @y). */
void
_kn_chart_text_show (Painter   *p,
                     double     x,
                     double     y,
                     double     xalign,
                     double     yalign,
                     const Rgb *colour)
{
  double left = x - xalign * _kn_chart_text_width (p) - (double) p->logical.x / PANGO_SCALE;
  double top = y - yalign * _kn_chart_text_height (p) - (double) p->logical.y / PANGO_SCALE;

  _kn_chart_set_colour (p->cr, colour, 1.0);
  cairo_move_to (p->cr, left, top);
  pango_cairo_show_layout (p->cr, p->layout);
}

/* As _kn_chart_text_show (), on a white chip so that it stays legible over bars, lines and
 * hatching. */
void
_kn_chart_text_show_chip (Painter   *p,
                          double     x,
                          double     y,
                          double     xalign,
                          double     yalign,
                          const Rgb *colour)
{
  double margin = 0.2 * p->font;
  double w = _kn_chart_text_width (p);
  double h = _kn_chart_text_height (p);
  double left = x - xalign * w;
  double top = y - yalign * h;

  _kn_chart_set_colour (p->cr, &white, 0.88);
  cairo_rectangle (p->cr, left - margin, top, w + 2 * margin, h);
  cairo_fill (p->cr);
  _kn_chart_text_show (p, x, y, xalign, yalign, colour);
}

/* Lays out and shows plain @text; returns its height, 0 when nothing was shown. */
double
_kn_chart_paint_text (Painter    *p,
                      const char *text,
                      double      x,
                      double      y,
                      double      max_width,
                      double      xalign,
                      double      yalign,
                      double      size,
                      gboolean    bold,
                      int         max_lines,
                      const Rgb  *colour)
{
  PangoAlignment align = xalign < 0.25 ? PANGO_ALIGN_LEFT
                       : xalign > 0.75 ? PANGO_ALIGN_RIGHT
                       : PANGO_ALIGN_CENTER;

  if (!_kn_chart_text_layout (p, text, FALSE, size, bold, max_width, max_lines, align))
    return 0.0;

  _kn_chart_text_show (p, x, y, xalign, yalign, colour);

  return _kn_chart_text_height (p);
}

static void
paint_hatch (Painter      *p,
             const Swatch *swatch,
             double        x,
             double        y,
             double        w,
             double        h)
{
  cairo_t *cr = p->cr;
  double step = MAX (3.0, 7.0 * p->scale);

  if (swatch->hatch == HATCH_NONE || w <= 0.0 || h <= 0.0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  _kn_chart_set_colour (cr, &swatch->hatch_colour, 0.45);
  cairo_set_line_width (cr, MAX (0.6, 1.1 * p->scale));

  /* The phase follows the page, not the bar, so that hatching reads as a texture. */
  switch (swatch->hatch)
    {
    case HATCH_SLASH:
    case HATCH_BACKSLASH:
    case HATCH_CROSS:
      for (double k = floor ((x - h) / step) * step; k < x + w + h; k += step)
        {
          if (swatch->hatch != HATCH_BACKSLASH)
            {
              cairo_move_to (cr, k, y + h);
              cairo_line_to (cr, k + h, y);
            }
          if (swatch->hatch != HATCH_SLASH)
            {
              cairo_move_to (cr, k, y);
              cairo_line_to (cr, k + h, y + h);
            }
        }
      cairo_stroke (cr);
      break;

    case HATCH_HORIZONTAL:
      for (double k = floor (y / step) * step; k < y + h; k += step)
        {
          cairo_move_to (cr, x, k);
          cairo_line_to (cr, x + w, k);
        }
      cairo_stroke (cr);
      break;

    case HATCH_DOTS:
      for (double j = floor (y / step) * step; j < y + h + step; j += step)
        for (double i = floor (x / step) * step; i < x + w + step; i += step)
          {
            double offset = fmod (fabs (j / step), 2.0) >= 1.0 ? step / 2 : 0.0;

            cairo_new_sub_path (cr);
            cairo_arc (cr, i + offset, j, MAX (0.7, 1.2 * p->scale), 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;

    case HATCH_NONE:
    default:
      break;
    }

  cairo_restore (cr);
}

/* A bar with its fill, hatching and a thin dark outline that keeps light fills visible. */
void
_kn_chart_paint_bar (Painter      *p,
                     const Swatch *swatch,
                     double        x,
                     double        y,
                     double        w,
                     double        h)
{
  if (w <= 0.0 || h <= 0.0)
    return;

  cairo_rectangle (p->cr, x, y, w, h);
  _kn_chart_set_colour (p->cr, &swatch->fill, 1.0);
  cairo_fill (p->cr);
  paint_hatch (p, swatch, x, y, w, h);

  cairo_rectangle (p->cr, x + p->thin / 2, y + p->thin / 2, w - p->thin, h - p->thin);
  _kn_chart_set_colour (p->cr, &ink, 0.75);
  cairo_set_line_width (p->cr, p->thin);
  cairo_stroke (p->cr);
}

void
_kn_chart_paint_hline (Painter   *p,
                       double     x0,
                       double     x1,
                       double     y,
                       const Rgb *colour)
{
  /* Aligned to the pixel grid at scale 1 so that thin lines stay crisp in PNG files. */
  double yy = floor (y) + 0.5;

  cairo_move_to (p->cr, x0, yy);
  cairo_line_to (p->cr, x1, yy);
  _kn_chart_set_colour (p->cr, colour, 1.0);
  cairo_set_line_width (p->cr, p->thin);
  cairo_stroke (p->cr);
}

void
_kn_chart_paint_vline (Painter   *p,
                       double     x,
                       double     y0,
                       double     y1,
                       const Rgb *colour)
{
  double xx = floor (x) + 0.5;

  cairo_move_to (p->cr, xx, y0);
  cairo_line_to (p->cr, xx, y1);
  _kn_chart_set_colour (p->cr, colour, 1.0);
  cairo_set_line_width (p->cr, p->thin);
  cairo_stroke (p->cr);
}

void
_kn_chart_paint_circle_marker (Painter *p,
                               double   x,
                               double   y)
{
  double r = 3.6 * p->scale;

  cairo_new_sub_path (p->cr);
  cairo_arc (p->cr, x, y, r, 0, 2 * G_PI);
  _kn_chart_set_colour (p->cr, &white, 1.0);
  cairo_fill_preserve (p->cr);
  _kn_chart_set_colour (p->cr, &black, 1.0);
  cairo_set_line_width (p->cr, 1.6 * p->scale);
  cairo_stroke (p->cr);
}

void
_kn_chart_paint_diamond_marker (Painter *p,
                                double   x,
                                double   y)
{
  double r = 5.0 * p->scale;

  cairo_move_to (p->cr, x, y - r);
  cairo_line_to (p->cr, x + r, y);
  cairo_line_to (p->cr, x, y + r);
  cairo_line_to (p->cr, x - r, y);
  cairo_close_path (p->cr);
  _kn_chart_set_colour (p->cr, &black, 1.0);
  cairo_fill_preserve (p->cr);
  _kn_chart_set_colour (p->cr, &white, 1.0);
  cairo_set_line_width (p->cr, 1.2 * p->scale);
  cairo_stroke (p->cr);
}

/* A triangle pointing up (or down) at the end of the scale, for a value beyond it. */
void
_kn_chart_paint_arrow_marker (Painter  *p,
                              double    x,
                              double    y,
                              gboolean  up)
{
  double r = 5.5 * p->scale;
  double dir = up ? -1.0 : 1.0;

  cairo_move_to (p->cr, x, y + dir * r);
  cairo_line_to (p->cr, x + r, y - dir * 0.6 * r);
  cairo_line_to (p->cr, x - r, y - dir * 0.6 * r);
  cairo_close_path (p->cr);
  _kn_chart_set_colour (p->cr, &black, 1.0);
  cairo_fill_preserve (p->cr);
  _kn_chart_set_colour (p->cr, &white, 1.0);
  cairo_set_line_width (p->cr, 1.2 * p->scale);
  cairo_stroke (p->cr);
}

/* A round badge with "!" marking a broken bound; @x, @y is its centre. */
void
_kn_chart_paint_broken_badge (Painter *p,
                              double   x,
                              double   y)
{
  double r = 0.62 * p->font;

  cairo_new_sub_path (p->cr);
  cairo_arc (p->cr, x, y, r, 0, 2 * G_PI);
  _kn_chart_set_colour (p->cr, &broken_colour, 1.0);
  cairo_fill_preserve (p->cr);
  _kn_chart_set_colour (p->cr, &white, 1.0);
  cairo_set_line_width (p->cr, 1.0 * p->scale);
  cairo_stroke (p->cr);
  _kn_chart_paint_text (p, "!", x, y, 0, 0.5, 0.5, 0.9, TRUE, 1, &white);
}

void
_kn_chart_set_dash (Painter *p,
                    double   on,
                    double   off)
{
  double dashes[2] = { on * p->scale, off * p->scale };

  cairo_set_dash (p->cr, dashes, 2, 0);
}

/* The title at the top and a softer line under it; returns the y below them. */
double
_kn_chart_paint_heading (Painter    *p,
                         const char *title,
                         const char *subtitle)
{
  double y = p->pad;
  double max_width = p->width - 2 * p->pad;

  y += _kn_chart_paint_text (p, title, p->width / 2, y, max_width, 0.5, 0.0, 1.3, TRUE, 1, &ink);
  if (subtitle != NULL && *subtitle != '\0')
    y += 0.15 * p->font + _kn_chart_paint_text (p, subtitle, p->width / 2, y + 0.15 * p->font,
                                                max_width, 0.5, 0.0, 0.92, FALSE, 1, &ink_soft);

  return y + 0.6 * p->font;
}

static void
paint_legend_icon (Painter    *p,
                   LegendKind  kind,
                   double      x,
                   double      y,
                   double      w,
                   double      h)
{
  cairo_t *cr = p->cr;
  double ym = y + h / 2;

  switch (kind)
    {
    case LEGEND_PREDIKAT:
      for (int i = 0; i < 5; i++)
        _kn_chart_paint_bar (p, &predikat_swatches[KN_PREDIKAT_SANGAT_KURANG + i], x + i * w / 5, y,
                             w / 5, h);
      break;

    case LEGEND_ALLOWED:
      _kn_chart_set_colour (cr, &allowed_colour, 0.16);
      cairo_rectangle (cr, x, y, w, h);
      cairo_fill (cr);
      _kn_chart_set_dash (p, 4, 2.5);
      _kn_chart_set_colour (cr, &allowed_line_colour, 1.0);
      cairo_set_line_width (cr, 1.5 * p->scale);
      cairo_move_to (cr, x, y + 0.75);
      cairo_line_to (cr, x + w, y + 0.75);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;

    case LEGEND_CURVE:
    case LEGEND_CAPAIAN:
      _kn_chart_set_colour (cr, &black, 1.0);
      cairo_set_line_width (cr, 1.8 * p->scale);
      cairo_move_to (cr, x, ym);
      cairo_line_to (cr, x + w, ym);
      cairo_stroke (cr);
      if (kind == LEGEND_CURVE)
        _kn_chart_paint_circle_marker (p, x + w / 2, ym);
      else
        _kn_chart_paint_diamond_marker (p, x + w / 2, ym);
      break;

    case LEGEND_TARGET:
      _kn_chart_set_dash (p, 5, 3);
      _kn_chart_set_colour (cr, &ink, 1.0);
      cairo_set_line_width (cr, 1.3 * p->scale);
      cairo_move_to (cr, x, ym);
      cairo_line_to (cr, x + w, ym);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;

    case LEGEND_BROKEN:
      _kn_chart_paint_broken_badge (p, x + w / 2, ym);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* One centred line of legend items with its top at @y; items that do not fit are shortened. */
void
_kn_chart_paint_legend (Painter          *p,
                        const LegendItem *items,
                        guint             n_items,
                        double            y)
{
  double icon_w = 2.2 * p->font;
  double icon_h = 0.8 * p->font;
  double gap = 0.4 * p->font;
  double spacing = 1.6 * p->font;
  double available = p->width - 2 * p->pad;
  double text_widths[8] = { 0 };
  double total = 0.0;
  double share = 1.0;
  double x;

  g_assert (n_items <= G_N_ELEMENTS (text_widths));

  for (guint i = 0; i < n_items; i++)
    {
      if (_kn_chart_text_layout (p, items[i].text, FALSE, 0.9, FALSE, -1, 1, PANGO_ALIGN_LEFT))
        text_widths[i] = _kn_chart_text_width (p);
      total += icon_w + gap + text_widths[i] + (i > 0 ? spacing : 0.0);
    }

  if (total > available)
    {
      double fixed = n_items * (icon_w + gap) + (n_items - 1) * spacing;
      double texts = total - fixed;

      share = texts > 0.0 ? MAX (0.0, available - fixed) / texts : 0.0;
      total = available;
    }

  x = (p->width - total) / 2;
  for (guint i = 0; i < n_items; i++)
    {
      double w = text_widths[i] * share;

      paint_legend_icon (p, items[i].kind, x, y + (p->font - icon_h) / 2 + 0.1 * p->font,
                         icon_w, icon_h);
      x += icon_w + gap;
      if (w >= p->font)
        _kn_chart_paint_text (p, items[i].text, x, y, w + 1.0, 0.0, 0.0, 0.9, FALSE, 1, &ink);
      x += w + spacing;
    }
}

void
_kn_chart_paint_no_data (Painter *p,
                         double   cx,
                         double   cy,
                         double   max_width)
{
  if (_kn_chart_text_layout (p, _("No data"), FALSE, 1.15, FALSE, max_width, 1, PANGO_ALIGN_CENTER))
    _kn_chart_text_show_chip (p, cx, cy, 0.5, 0.5, &ink_soft);
}

/* The smallest of 1, 2, 5, 10, 20, 50 … that divides @max into at most @max_ticks steps. */
guint
_kn_chart_nice_step (guint max,
                     guint max_ticks)
{
  static const guint factors[] = { 1, 2, 5 };
  guint64 magnitude = 1;

  max_ticks = MAX (max_ticks, 1);
  for (;;)
    {
      for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
        {
          guint64 step = factors[i] * magnitude;

          if (step * max_ticks >= max || step >= G_MAXUINT / 10)
            return (guint) step;
        }
      magnitude *= 10;
    }
}

char *
_kn_chart_format_percent (double percent)
{
  return g_strdup_printf ("%.0f %%", percent);
}

static gboolean
has_capaian (const KnPeriodPoint *point)
{
  return point->has_capaian && isfinite (point->capaian);
}

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

/* A bracket over the bars from @x0 to @x1 with its text above and the ticks pointing down. */
static void
paint_strip_item (Painter         *p,
                  const StripItem *item,
                  double           x0,
                  double           x1,
                  double           y)
{
  const Rgb *colour = item->broken ? &broken_colour : &allowed_line_colour;
  double tick = 0.4 * p->font;
  double badge = item->broken ? 1.5 * p->font : 0.0;
  double text_x;

  cairo_move_to (p->cr, x0, y + tick);
  cairo_line_to (p->cr, x0, y);
  cairo_line_to (p->cr, x1, y);
  cairo_line_to (p->cr, x1, y + tick);
  _kn_chart_set_colour (p->cr, colour, 1.0);
  cairo_set_line_width (p->cr, (item->broken ? 2.0 : 1.3) * p->scale);
  cairo_stroke (p->cr);

  if (!_kn_chart_text_layout (p, item->text, FALSE, 0.85, item->broken, x1 - x0 - badge, 1,
                              PANGO_ALIGN_CENTER))
    return;

  text_x = (x0 + x1 + badge) / 2;
  _kn_chart_text_show_chip (p, text_x, y, 0.5, 0.5, colour);
  if (item->broken)
    _kn_chart_paint_broken_badge (p, text_x - _kn_chart_text_width (p) / 2 - 0.8 * p->font, y);
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
  double legend_y;
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

  legend_y = p.height - p.pad - 1.2 * p.font;
  label_h = 2 * 1.2 * 0.92 * p.font;
  bottom = legend_y - 0.7 * p.font - label_h - 0.4 * p.font;
  strip_h = n_rows * 1.7 * p.font;
  plot_top = top + strip_h + 2.6 * p.font;
  plot_h = bottom - plot_top;

  max_ticks = (guint) CLAMP (plot_h / (2.4 * p.font), 1.0, 10.0);
  step = _kn_chart_nice_step (MAX (max_value, 1u), max_ticks);
  axis_max = max_value == 0 ? MAX (step, 5u) : ((max_value + step - 1) / step) * step;

  widest_tick = g_strdup_printf ("%u", axis_max);
  tick_w = _kn_chart_text_layout (&p, widest_tick, FALSE, 0.85, FALSE, -1, 1, PANGO_ALIGN_RIGHT)
             ? _kn_chart_text_width (&p) : 0.0;
  left = p.pad + tick_w + 0.5 * p.font;
  right = p.width - p.pad;
  slot = (right - left) / (KN_PREDIKAT_N - 1);
  bar_w = MIN (0.56 * slot, 9.0 * p.font);

  _kn_chart_paint_legend (&p, legend, n_legend, legend_y);

  if (plot_h < p.font || slot < 2.0)
    {
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

      _kn_chart_paint_text (&p, kn_predikat_label ((KnPredikat) i), xs[i], bottom + 0.4 * p.font,
                            slot - 4, 0.5, 0.0, 0.92, FALSE, 2, &ink);
    }

  /* The rules over several predikat, and LARGEST, as brackets above the plot. */
  for (guint i = 0; i < n_items; i++)
    {
      if (items[i].row < n_rows)
        paint_strip_item (&p, &items[i], SLOT_CENTRE (items[i].first) - 0.4 * slot,
                          SLOT_CENTRE (items[i].last) + 0.4 * slot,
                          top + (items[i].row + 0.5) * 1.7 * p.font);
    }

  if (total == 0)
    _kn_chart_paint_no_data (&p, (left + right) / 2, plot_top + plot_h / 2, right - left);

#undef Y_OF
#undef SLOT_CENTRE

  for (guint i = 0; i < n_items; i++)
    g_free (items[i].text);

  _kn_chart_painter_end (&p);
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
  legend_y = p.height - p.pad - 1.2 * p.font;
  _kn_chart_paint_legend (&p, legend, G_N_ELEMENTS (legend), legend_y);

  /* The predikat names on the left and the capaian percentages on the right. */
  for (guint i = KN_PREDIKAT_NONE + 1; i < KN_PREDIKAT_N; i++)
    if (_kn_chart_text_layout (&p, kn_predikat_label ((KnPredikat) i), FALSE, 0.85, FALSE, -1, 1,
                               PANGO_ALIGN_RIGHT))
      label_w = MAX (label_w, _kn_chart_text_width (&p));
  label_w = MIN (label_w, 0.22 * p.width);
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

  for (guint k = 1; k <= 5; k++)
    {
      double y = Y_OF_LEVEL (k);

      _kn_chart_paint_hline (&p, left, right, y, &grid_colour);
      _kn_chart_paint_text (&p, kn_predikat_label ((KnPredikat) (KN_PREDIKAT_NONE + k)),
                            left - 0.4 * p.font, y, label_w, 1.0, 0.5, 0.85, FALSE, 1, &ink_soft);
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

      _kn_chart_paint_text (&p, _("not rated"), X_OF (i), bottom - 0.3 * p.font, slot - 4, 0.5,
                            1.0, 0.78, FALSE, 2, &ink_soft);
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
      if (_kn_chart_text_layout (&p, value, FALSE, 0.85, TRUE, slot, 1, PANGO_ALIGN_CENTER))
        _kn_chart_text_show_chip (&p, X_OF (i), y - 0.55 * p.font, 0.5, 1.0, &ink);
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
  double top, bottom, left, right, label_w = 0.0, row_h, bar_h, scale_h;

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

  _kn_chart_painter_begin (&p, cr, width, height);

  if (chart->employees > 0)
    {
      g_autofree char *average = kn_format_decimal (chart->total_hours / chart->employees);

      /* Translators: under the title of the lesson-hours chart */
      subtitle = g_strdup_printf (_("%u · on average %s JP per employee"), chart->year, average);
    }
  top = _kn_chart_paint_heading (&p, chart->title, subtitle);

  for (guint i = 0; i < KN_TRAINING_BAND_N; i++)
    if (_kn_chart_text_layout (&p, labels[i], FALSE, 1.0, FALSE, -1, 1, PANGO_ALIGN_RIGHT))
      label_w = MAX (label_w, _kn_chart_text_width (&p));
  label_w = MIN (label_w, 0.35 * p.width);

  left = p.pad + label_w + 0.8 * p.font;
  right = p.width - p.pad - 1.2 * p.font;
  scale_h = 1.8 * p.font;
  bottom = p.height - p.pad - scale_h;
  row_h = MIN ((bottom - top) / KN_TRAINING_BAND_N, 6.0 * p.font);
  bar_h = MIN (0.6 * row_h, 3.0 * p.font);
  top += ((bottom - top) - row_h * KN_TRAINING_BAND_N) / 2;
  bottom = top + row_h * KN_TRAINING_BAND_N;

  if (row_h >= 0.5 * p.font && right - left >= p.font)
    {
      for (guint q = 0; q <= 4; q++)
        {
          g_autofree char *tick = _kn_chart_format_percent (q * 25.0);
          double x = left + (right - left) * q / 4.0;

          _kn_chart_paint_vline (&p, x, top, bottom, q == 0 ? &axis_colour : &grid_colour);
          _kn_chart_paint_text (&p, tick, x, bottom + 0.35 * p.font, -1, 0.5, 0.0, 0.85, FALSE, 1,
                                &ink_soft);
        }

      for (guint i = 0; i < KN_TRAINING_BAND_N; i++)
        {
          g_autofree char *value = NULL;
          g_autofree char *percent = NULL;
          double y = top + row_h * i + (row_h - bar_h) / 2;
          double fraction = chart->employees > 0
                            ? MIN ((double) chart->counts[i] / chart->employees, 1.0) : 0.0;
          double bar_end = left + (right - left) * fraction;

          _kn_chart_paint_text (&p, labels[i], left - 0.6 * p.font, y + bar_h / 2, label_w, 1.0,
                                0.5, 1.0, i == KN_TRAINING_BAND_REACHED, 2, &ink);

          cairo_rectangle (cr, left, y, right - left, bar_h);
          _kn_chart_set_colour (cr, &track_colour, 1.0);
          cairo_fill_preserve (cr);
          _kn_chart_set_colour (cr, &grid_colour, 1.0);
          cairo_set_line_width (cr, p.thin);
          cairo_stroke (cr);

          _kn_chart_paint_bar (&p, &training_swatches[i], left, y, bar_end - left, bar_h);

          if (chart->employees == 0)
            continue;

          percent = _kn_chart_format_percent (100.0 * chart->counts[i] / chart->employees);
          /* Translators: “12 employees · 30 %”, written on a bar of the lesson-hours chart */
          value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee · %s",
                                                "%u employees · %s", chart->counts[i]),
                                   chart->counts[i], percent);
          if (!_kn_chart_text_layout (&p, value, FALSE, 1.0, TRUE, -1, 1, PANGO_ALIGN_LEFT))
            continue;
          if (_kn_chart_text_width (&p) + 1.2 * p.font < bar_end - left)
            _kn_chart_text_show_chip (&p, bar_end - 0.6 * p.font, y + bar_h / 2, 1.0, 0.5, &ink);
          else
            _kn_chart_text_show (&p, bar_end + 0.5 * p.font, y + bar_h / 2, 0.0, 0.5, &ink);
        }

      if (chart->employees == 0)
        _kn_chart_paint_no_data (&p, (left + right) / 2, (top + bottom) / 2, right - left);
    }

  for (guint i = 0; i < KN_TRAINING_BAND_N; i++)
    g_free (labels[i]);
  _kn_chart_painter_end (&p);
}

gboolean
kn_chart_write_png (KnChartDrawFunc   draw,
                    gconstpointer     chart,
                    int               width,
                    int               height,
                    const char       *path,
                    GError          **error)
{
  g_autofree char *display_name = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* cairo's image surfaces are limited to 32767 pixels a side. */
  if (width <= 0 || height <= 0 || width > 32767 || height > 32767)
    {
      g_set_error (error, KN_CHART_ERROR, KN_CHART_ERROR_SIZE,
                   _("A chart of %d × %d pixels cannot be made. Choose a width and a height "
                     "between 1 and 32767."),
                   width, height);
      return FALSE;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  _kn_chart_set_colour (cr, &white, 1.0);
  cairo_paint (cr);
  draw (cr, width, height, chart);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      display_name = g_filename_display_name (path);
      g_set_error (error, KN_CHART_ERROR, KN_CHART_ERROR_WRITE,
                   _("Could not save the chart as “%s”: %s. Choose a folder you can write to "
                     "and try again."),
                   display_name, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}
