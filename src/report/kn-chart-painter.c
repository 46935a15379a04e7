/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The painter every chart draws with: scaled text, hatched bars, lines, markers, legends. */

#define G_LOG_DOMAIN "kn-chart"

#include "config.h"

#include <math.h>

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "kinerja/kn-chart.h"
#include "kinerja/kn-format.h"

#include "kn-chart-private.h"

/* How many texts were shown cut short with "…" or with a word broken across lines (the tests
 * ask it; charts are drawn on more than one thread). */
static gint n_cut_texts;

void
_kn_chart_set_colour (cairo_t   *cr,
                      const Rgb *colour,
                      double     alpha)
{
  cairo_set_source_rgba (cr, colour->r, colour->g, colour->b, alpha);
}

/* Text sizes fall on a grid of FONT_STEP (half a pixel or point): Pango 1.50 matches each new
 * font size in two threads of its own, the drawing thread waiting for them, so a chart fitting
 * its texts and a window being resized come back to a few sizes instead of asking new ones all
 * the time. The sizes asked so far are kept for the tests (_kn_chart_get_n_font_sizes ()). */
#define FONT_STEP 0.5

static GMutex      font_sizes_lock;
static GHashTable *font_sizes;  /* the absolute sizes asked (Pango units) as keys */

static double
font_px (const Painter *p,
         double         size)
{
  return MAX (round (size * p->font / FONT_STEP), 1.0) * FONT_STEP;
}

static void
note_font_size (int pango_size)
{
  g_mutex_lock (&font_sizes_lock);
  if (font_sizes == NULL)
    font_sizes = g_hash_table_new (NULL, NULL);
  g_hash_table_add (font_sizes, GINT_TO_POINTER (pango_size));
  g_mutex_unlock (&font_sizes_lock);
}

guint
_kn_chart_get_n_font_sizes (void)
{
  guint n;

  g_mutex_lock (&font_sizes_lock);
  n = font_sizes != NULL ? g_hash_table_size (font_sizes) : 0;
  g_mutex_unlock (&font_sizes_lock);
  return n;
}

static double
scale_at (double width,
          double height)
{
  double ratio = MIN (width / REFERENCE_WIDTH, height / REFERENCE_HEIGHT);

  return CLAMP (sqrt (MAX (ratio, 0.0)), 0.55, 2.5);
}

double
kn_chart_text_size (double width,
                    double height)
{
  return MAX (BODY_SIZE * scale_at (width, height), MIN_BODY_SIZE);
}

void
_kn_chart_painter_begin (Painter *p,
                         cairo_t *cr,
                         double   width,
                         double   height)
{
  p->cr = cr;
  p->width = width;
  p->height = height;
  p->scale = scale_at (width, height);
  p->font = kn_chart_text_size (width, height);
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

/* As _kn_chart_text_layout (), wrapped as @wrap says. */
static gboolean
text_layout_wrapped (Painter        *p,
                     const char     *text,
                     gboolean        markup,
                     double          size,
                     gboolean        bold,
                     double          max_width,
                     int             max_lines,
                     PangoAlignment  align,
                     PangoWrapMode   wrap)
{
  /* On the grid, so a whole number of Pango units. */
  int pango_size = (int) (font_px (p, size) * PANGO_SCALE);
  PangoRectangle logical;

  if (text == NULL || *text == '\0')
    return FALSE;
  if (max_width > 0.0 && max_width < 0.5 * p->font)
    return FALSE;

  pango_font_description_set_absolute_size (p->font_desc, pango_size);
  note_font_size (pango_size);
  pango_font_description_set_weight (p->font_desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (p->layout, p->font_desc);
  pango_layout_set_alignment (p->layout, align);
  pango_layout_set_wrap (p->layout, wrap);
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
  return text_layout_wrapped (p, text, markup, size, bold, max_width, max_lines, align,
                              PANGO_WRAP_WORD_CHAR);
}

/* Is every word of the text last laid out shown whole: none cut short with "…", none wider
 * than @max_width? */
static gboolean
layout_is_whole (Painter *p,
                 double   max_width)
{
  return !pango_layout_is_ellipsized (p->layout) &&
         (max_width <= 0.0 || _kn_chart_text_width (p) <= max_width + 0.5);
}

/* Lays plain @text out whole within @max_width in at most @max_lines lines: wrapped between
 * words (a "/" is a place to wrap too) at @size, or as much smaller as it takes down to
 * @min_size. Where even @min_size is too large for a word, the words are broken where they must
 * be (Pango adds the hyphen) on one line more, rather than cut short with "…"; @whole
 * (nullable) then says FALSE. Returns the size used; 0 when there is no room at all. */
double
_kn_chart_text_fit (Painter        *p,
                    const char     *text,
                    double          size,
                    double          min_size,
                    gboolean        bold,
                    double          max_width,
                    int             max_lines,
                    PangoAlignment  align,
                    gboolean       *whole)
{
  double tried = 0.0;

  if (whole != NULL)
    *whole = TRUE;
  /* Steps of 4 % of the body text, the last one @min_size; a step that lands on the size tried
   * before (FONT_STEP) is not laid out again. */
  for (double s = size;; s = MAX (s - 0.04, min_size))
    {
      double px = font_px (p, s);

      if (px != tried)
        {
          tried = px;
          if (!text_layout_wrapped (p, text, FALSE, s, bold, max_width, max_lines, align,
                                    PANGO_WRAP_WORD))
            return 0.0;
          if (layout_is_whole (p, max_width))
            return s;
        }
      if (s <= min_size)
        break;
    }
  text_layout_wrapped (p, text, FALSE, min_size, bold, max_width, max_lines + 1, align,
                       PANGO_WRAP_WORD_CHAR);
  if (whole != NULL)
    *whole = FALSE;
  return min_size;
}

int
_kn_chart_text_lines (Painter *p)
{
  return pango_layout_get_line_count (p->layout);
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

/* Does a line of @layout start inside a word (a letter or digit right after another)? */
static gboolean
layout_breaks_word (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);

  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      const char *start = text + line->start_index;
      const char *before;

      if (line->start_index == 0 || *start == '\0')
        continue;
      before = g_utf8_prev_char (start);
      if (g_unichar_isalnum (g_utf8_get_char (before)) &&
          g_unichar_isalnum (g_utf8_get_char (start)))
        return TRUE;
    }
  return FALSE;
}

guint
_kn_chart_get_n_cut_texts (void)
{
  return (guint) g_atomic_int_get (&n_cut_texts);
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

  if (pango_layout_is_ellipsized (p->layout) || layout_breaks_word (p->layout))
    g_atomic_int_inc (&n_cut_texts);
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

static void
stroke_line (Painter   *p,
             double     x0,
             double     y0,
             double     x1,
             double     y1,
             const Rgb *colour,
             double     line_width)
{
  cairo_move_to (p->cr, x0, y0);
  cairo_line_to (p->cr, x1, y1);
  _kn_chart_set_colour (p->cr, colour, 1.0);
  cairo_set_line_width (p->cr, line_width);
  cairo_stroke (p->cr);
}

/* Fills the current path with @fill and outlines it with @outline: the markers and badges. */
static void
fill_and_outline (Painter   *p,
                  const Rgb *fill,
                  const Rgb *outline,
                  double     line_width)
{
  _kn_chart_set_colour (p->cr, fill, 1.0);
  cairo_fill_preserve (p->cr);
  _kn_chart_set_colour (p->cr, outline, 1.0);
  cairo_set_line_width (p->cr, line_width);
  cairo_stroke (p->cr);
}

/* A circle of radius @r centred on (@x, @y), filled and outlined. */
static void
paint_disc (Painter   *p,
            double     x,
            double     y,
            double     r,
            const Rgb *fill,
            const Rgb *outline,
            double     line_width)
{
  cairo_new_sub_path (p->cr);
  cairo_arc (p->cr, x, y, r, 0, 2 * G_PI);
  fill_and_outline (p, fill, outline, line_width);
}

/* The lines are aligned to the pixel grid at scale 1 so that they stay crisp in PNG files. */
void
_kn_chart_paint_hline (Painter   *p,
                       double     x0,
                       double     x1,
                       double     y,
                       const Rgb *colour)
{
  stroke_line (p, x0, floor (y) + 0.5, x1, floor (y) + 0.5, colour, p->thin);
}

void
_kn_chart_paint_vline (Painter   *p,
                       double     x,
                       double     y0,
                       double     y1,
                       const Rgb *colour)
{
  stroke_line (p, floor (x) + 0.5, y0, floor (x) + 0.5, y1, colour, p->thin);
}

void
_kn_chart_paint_circle_marker (Painter *p,
                               double   x,
                               double   y)
{
  paint_disc (p, x, y, 3.6 * p->scale, &white, &black, 1.6 * p->scale);
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
  fill_and_outline (p, &black, &white, 1.2 * p->scale);
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
  fill_and_outline (p, &black, &white, 1.2 * p->scale);
}

/* A round badge with "!" marking a broken bound; @x, @y is its centre. */
void
_kn_chart_paint_broken_badge (Painter *p,
                              double   x,
                              double   y)
{
  paint_disc (p, x, y, 0.62 * p->font, &broken_colour, &white, 1.0 * p->scale);
  _kn_chart_paint_text (p, "!", x, y, 0, 0.5, 0.5, 0.9, TRUE, 1, &white);
}

void
_kn_chart_paint_share_bars (Painter         *p,
                            double           top,
                            const ShareBars *bars)
{
  double bottom, left, right, label_w = 0.0, row_h, bar_h, scale_h;

  g_assert (bars->n_rows > 0 && bars->n_rows <= SHARE_BARS_MAX_ROWS);

  for (guint i = 0; i < bars->n_rows; i++)
    if (_kn_chart_text_layout (p, bars->labels[i], FALSE, 1.0, FALSE, -1, 1, PANGO_ALIGN_RIGHT))
      label_w = MAX (label_w, _kn_chart_text_width (p));
  label_w = MIN (label_w, bars->max_label_width * p->width);

  left = p->pad + label_w + 0.8 * p->font;
  right = p->width - p->pad - 1.2 * p->font;
  scale_h = 1.8 * p->font;
  bottom = p->height - p->pad - scale_h;
  row_h = MIN ((bottom - top) / bars->n_rows, bars->max_row_height * p->font);
  bar_h = MIN (0.6 * row_h, bars->max_bar_height * p->font);
  top += ((bottom - top) - row_h * bars->n_rows) / 2;
  bottom = top + row_h * bars->n_rows;

  if (row_h < 0.5 * p->font || right - left < p->font)
    return;

  /* The percentage scale, its gridlines under the bars. */
  for (guint q = 0; q <= 4; q++)
    {
      g_autofree char *tick = _kn_chart_format_percent (q * 25.0);
      double x = left + (right - left) * q / 4.0;

      _kn_chart_paint_vline (p, x, top, bottom, q == 0 ? &axis_colour : &grid_colour);
      _kn_chart_paint_text (p, tick, x, bottom + 0.35 * p->font, -1, 0.5, 0.0, 0.85, FALSE, 1,
                            &ink_soft);
    }

  for (guint i = 0; i < bars->n_rows; i++)
    {
      double y = top + row_h * i + (row_h - bar_h) / 2;
      double bar_end = left + (right - left) * bars->fractions[i];

      _kn_chart_paint_text (p, bars->labels[i], left - 0.6 * p->font, y + bar_h / 2, label_w, 1.0,
                            0.5, 1.0, (int) i == bars->bold_row, 2, &ink);

      cairo_rectangle (p->cr, left, y, right - left, bar_h);
      fill_and_outline (p, &track_colour, &grid_colour, p->thin);

      _kn_chart_paint_bar (p, &bars->swatches[i], left, y, bar_end - left, bar_h);

      if (bars->values[i] == NULL ||
          !_kn_chart_text_layout (p, bars->values[i], FALSE, 1.0, TRUE, -1, 1, PANGO_ALIGN_LEFT))
        continue;

      /* Inside the end of the bar when it fits, else after it. */
      if (_kn_chart_text_width (p) + 1.2 * p->font < bar_end - left)
        _kn_chart_text_show_chip (p, bar_end - 0.6 * p->font, y + bar_h / 2, 1.0, 0.5, &ink);
      else
        _kn_chart_text_show (p, bar_end + 0.5 * p->font, y + bar_h / 2, 0.0, 0.5, &ink);
    }

  if (bars->no_data)
    _kn_chart_paint_no_data (p, (left + right) / 2, (top + bottom) / 2, right - left);
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
  /* The subtitle (the unit's capaian and head count) whole, on two lines where need be. */
  if (subtitle != NULL && *subtitle != '\0' &&
      _kn_chart_text_fit (p, subtitle, 0.92, 0.92, FALSE, max_width, 2, PANGO_ALIGN_CENTER,
                          NULL) > 0.0)
    {
      _kn_chart_text_show (p, p->width / 2, y + 0.15 * p->font, 0.5, 0.0, &ink_soft);
      y += 0.15 * p->font + _kn_chart_text_height (p);
    }

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
      stroke_line (p, x, y + 0.75, x + w, y + 0.75, &allowed_line_colour, 1.5 * p->scale);
      cairo_set_dash (cr, NULL, 0, 0);
      break;

    case LEGEND_CURVE:
    case LEGEND_CAPAIAN:
      stroke_line (p, x, ym, x + w, ym, &black, 1.8 * p->scale);
      if (kind == LEGEND_CURVE)
        _kn_chart_paint_circle_marker (p, x + w / 2, ym);
      else
        _kn_chart_paint_diamond_marker (p, x + w / 2, ym);
      break;

    case LEGEND_TARGET:
      _kn_chart_set_dash (p, 5, 3);
      stroke_line (p, x, ym, x + w, ym, &ink, 1.3 * p->scale);
      cairo_set_dash (cr, NULL, 0, 0);
      break;

    case LEGEND_BROKEN:
      _kn_chart_paint_broken_badge (p, x + w / 2, ym);
      break;

    default:
      g_assert_not_reached ();
    }
}

#define LEGEND_ROW_HEIGHT(p) (1.2 * (p)->font)
#define LEGEND_ROW_GAP(p)    (0.3 * (p)->font)

/* Lays the legend's items out in rows across the chart's width: as many on a row as fit whole,
 * the next on a new row. Fills @widths (each item's text width, shortened only when the item
 * alone is wider than the chart) and @rows (each item's row); returns the number of rows. */
static guint
legend_rows (Painter          *p,
             const LegendItem *items,
             guint             n_items,
             double            widths[],
             guint             rows[])
{
  double icon_w = 2.2 * p->font;
  double gap = 0.4 * p->font;
  double spacing = 1.6 * p->font;
  double available = p->width - 2 * p->pad;
  double used = 0.0;
  guint row = 0;

  for (guint i = 0; i < n_items; i++)
    {
      double w = 0.0;

      if (_kn_chart_text_layout (p, items[i].text, FALSE, 0.9, FALSE, -1, 1, PANGO_ALIGN_LEFT))
        w = _kn_chart_text_width (p);
      w = MIN (w, MAX (0.0, available - icon_w - gap));
      if (used > 0.0 && used + spacing + icon_w + gap + w > available)
        {
          row++;
          used = 0.0;
        }
      used += (used > 0.0 ? spacing : 0.0) + icon_w + gap + w;
      widths[i] = w;
      rows[i] = row;
    }
  return n_items > 0 ? row + 1 : 0;
}

double
_kn_chart_legend_height (Painter          *p,
                         const LegendItem *items,
                         guint             n_items)
{
  double widths[8];
  guint rows[8];
  guint n_rows;

  g_assert (n_items <= G_N_ELEMENTS (widths));

  n_rows = legend_rows (p, items, n_items, widths, rows);
  return n_rows > 0 ? n_rows * LEGEND_ROW_HEIGHT (p) + (n_rows - 1) * LEGEND_ROW_GAP (p) : 0.0;
}

/* The legend items in centred rows, the first with its top at @y, as many on a row as fit the
 * chart's width (_kn_chart_legend_height tells how tall); an item is shortened only when it
 * alone is wider than the chart. */
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
  double widths[8] = { 0 };
  guint rows[8] = { 0 };
  guint first = 0;

  g_assert (n_items <= G_N_ELEMENTS (widths));

  legend_rows (p, items, n_items, widths, rows);
  while (first < n_items)
    {
      double row_y = y + rows[first] * (LEGEND_ROW_HEIGHT (p) + LEGEND_ROW_GAP (p));
      double total = 0.0;
      double x;
      guint end = first;

      for (; end < n_items && rows[end] == rows[first]; end++)
        total += (end > first ? spacing : 0.0) + icon_w + gap + widths[end];

      x = (p->width - total) / 2;
      for (guint i = first; i < end; i++)
        {
          paint_legend_icon (p, items[i].kind, x, row_y + (p->font - icon_h) / 2 + 0.1 * p->font,
                             icon_w, icon_h);
          x += icon_w + gap;
          if (widths[i] >= p->font)
            _kn_chart_paint_text (p, items[i].text, x, row_y, widths[i] + 1.0, 0.0, 0.0, 0.9,
                                  FALSE, 1, &ink);
          x += widths[i] + spacing;
        }
      first = end;
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
