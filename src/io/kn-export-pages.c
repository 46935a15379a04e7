/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where the printed pages of a sheet break: manual row breaks, placed from the row heights the
 * writers set, so that an RHK group, a heading and the rows under it, and the signature block
 * with the rows before it stay on one page in Excel and in LibreOffice alike. */

#define G_LOG_DOMAIN "kn-export"

#include "config.h"

#include <math.h>

#include <glib.h>
#include <xlsxwriter.h>

#include "kn-export-private.h"

/* The margins of _kn_xlsx_sheet_new, in inches. */
#define MARGIN_LEFT   0.5
#define MARGIN_RIGHT  0.4
#define MARGIN_TOP    0.6
#define MARGIN_BOTTOM 0.7
/* The row heights are set, so a page holds what the scale leaves: fill it to this share. */
#define PAGE_FILL     0.95
/* A unit of column width is the digit width of the Normal font (Arial 10 since
 * kn-export-xlsx.c sets it): 0.5562 of 10 pt as LibreOffice measures it, unrounded. */
#define DIGIT_POINTS  5.5625
/* What libxlsxwriter adds to each width it writes (Excel's padding of 5 pixels). */
#define WIDTH_PADDING 0.7109375

void
_kn_xlsx_sheet_keep (Sheet     *sheet,
                     lxw_row_t  first,
                     lxw_row_t  last)
{
  Span keep = { MIN (first, last), MAX (first, last), 0 };

  g_array_append_val (sheet->keeps, keep);
}

void
_kn_xlsx_sheet_break_before (Sheet     *sheet,
                             lxw_row_t  row)
{
  g_array_append_val (sheet->breaks, row);
}

double
_kn_xlsx_sheet_row_points (Sheet     *sheet,
                           lxw_row_t  row)
{
  double lines = row < sheet->lines->len ? g_array_index (sheet->lines, double, row) : 0;

  /* As _kn_xlsx_sheet_finish sets them; a row left alone has the default height. */
  return lines > 1.0 ? lines * LINE_POINTS + 3.0 : LXW_DEF_ROW_HEIGHT;
}

/* The height a page holds, in the sheet's own points: the paper less the margins, divided by
 * the scale that fitting the columns to the paper's width takes (never above 100 %). */
static double
page_points (Sheet *sheet)
{
  gboolean f4 = sheet->export->paper == KN_PAPER_F4;
  double width = (f4 ? 8.5 : 210 / 25.4) * 72;
  double height = (f4 ? 13.0 : 297 / 25.4) * 72;
  double printable_width, printable_height, sheet_width, scale, lo_page, excel_page;

  if (sheet->landscape)
    {
      double swap = width;

      width = height;
      height = swap;
    }
  printable_width = width - (MARGIN_LEFT + MARGIN_RIGHT) * 72;
  printable_height = height - (MARGIN_TOP + MARGIN_BOTTOM) * 72;
  /* The manual breaks are for LibreOffice (Excel breaks the pages itself when it fits the
   * sheet to the paper's width). LibreOffice draws a column of width w as (w + padding) digits
   * of the Normal font, and fits with a whole percentage, rounded down. */
  sheet_width = 0;
  for (guint i = 0; i < sheet->n_columns; i++)
    sheet_width += (sheet->widths[i] + WIDTH_PADDING) * DIGIT_POINTS;
  scale = MIN (1.0, floor (printable_width / sheet_width * 100) / 100);
  lo_page = printable_height / scale * PAGE_FILL;

  /* Never more than Excel's page holds, should it keep the breaks: its columns are whole
   * pixels (7 a digit, 96 dpi; 3/4 of a point each), so it scales a little more. */
  sheet_width = _kn_xlsx_column_pixels (sheet->widths, 0, sheet->n_columns - 1) * 0.75;
  scale = MIN (1.0, floor (printable_width / sheet_width * 100) / 100);
  excel_page = printable_height / scale;

  return MIN (lo_page, excel_page);
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *x = a, *y = b;

  return x->first < y->first ? -1 : x->first > y->first ? 1 : 0;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  lxw_row_t x = *(const lxw_row_t *) a, y = *(const lxw_row_t *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* For each row, the first row of the rows it must share a page with: the union of the kept
 * blocks (merged cells and the writers' keeps) that overlap it. */
static GArray *
block_starts (Sheet     *sheet,
              lxw_row_t  n_rows)
{
  g_autoptr(GArray) blocks = g_array_new (FALSE, FALSE, sizeof (Span));
  GArray *starts = g_array_sized_new (FALSE, FALSE, sizeof (lxw_row_t), n_rows);

  g_array_append_vals (blocks, sheet->spans->data, sheet->spans->len);
  g_array_append_vals (blocks, sheet->keeps->data, sheet->keeps->len);
  g_array_sort (blocks, compare_spans);

  for (lxw_row_t row = 0; row < n_rows; row++)
    g_array_append_val (starts, row);

  for (guint i = 0; i < blocks->len;)
    {
      lxw_row_t first = g_array_index (blocks, Span, i).first;
      lxw_row_t last = g_array_index (blocks, Span, i).last;

      /* Blocks that share a row are one. */
      for (i++; i < blocks->len && g_array_index (blocks, Span, i).first <= last; i++)
        last = MAX (last, g_array_index (blocks, Span, i).last);
      for (lxw_row_t row = first; row <= last && row < n_rows; row++)
        g_array_index (starts, lxw_row_t, row) = first;
    }

  return starts;
}

/* Whether a keep holds @row with the row above it (a heading over its first rows). */
static gboolean
kept_with_previous (Sheet     *sheet,
                    lxw_row_t  row)
{
  for (guint i = 0; i < sheet->keeps->len; i++)
    {
      const Span *keep = &g_array_index (sheet->keeps, Span, i);

      if (row > 0 && keep->first <= row - 1 && row <= keep->last)
        return TRUE;
    }
  return FALSE;
}

/* Where a block taller than a page breaks: before the merged cells that @row is in when they
 * start after @page_start and fit on a page of @room points themselves (an IKI row of a long RHK
 * group, say), else before @row. */
static lxw_row_t
span_start (Sheet     *sheet,
            lxw_row_t  row,
            lxw_row_t  page_start,
            double     room)
{
  lxw_row_t best = row;
  lxw_row_t best_size = G_MAXUINT32;

  for (guint i = 0; i < sheet->spans->len; i++)
    {
      const Span *span = &g_array_index (sheet->spans, Span, i);
      double height = 0;

      if (span->first > row || row > span->last || span->first <= page_start ||
          span->last - span->first >= best_size)
        continue;
      for (lxw_row_t r = span->first; r <= span->last; r++)
        height += _kn_xlsx_sheet_row_points (sheet, r);
      if (height <= room && !kept_with_previous (sheet, span->first))
        {
          best = span->first;
          best_size = span->last - span->first;
        }
    }
  return best;
}

/* The greedy placement of the page breaks over rows 0 to @n_rows - 1: appends them to @breaks
 * (nullable) and returns the height used on the last page. */
static double
place_breaks (Sheet     *sheet,
              lxw_row_t  n_rows,
              GArray    *breaks,
              gboolean  *table_breaks)
{
  double page = page_points (sheet);
  double titles = 0;
  g_autoptr(GArray) starts = NULL;
  lxw_row_t page_start = 0;
  double used = 0;
  guint forced = 0;

  if (sheet->has_titles)
    for (lxw_row_t row = sheet->titles_first; row <= sheet->titles_last; row++)
      titles += _kn_xlsx_sheet_row_points (sheet, row);

  starts = block_starts (sheet, n_rows);
  g_array_sort (sheet->breaks, compare_rows);

  for (lxw_row_t row = 0; row < n_rows;)
    {
      double height = _kn_xlsx_sheet_row_points (sheet, row);
      lxw_row_t at = G_MAXUINT32;

      while (forced < sheet->breaks->len && g_array_index (sheet->breaks, lxw_row_t, forced) < row)
        forced++;
      if (forced < sheet->breaks->len && g_array_index (sheet->breaks, lxw_row_t, forced) == row &&
          row > page_start)
        at = row;
      else if (used + height > page && row > page_start)
        {
          at = g_array_index (starts, lxw_row_t, row);
          /* A block taller than a page breaks before the merged cells @row is in (an RHK
           * group inside a longer block), else where it must. */
          if (at <= page_start)
            at = span_start (sheet, row, page_start, page - titles);
        }

      if (at == G_MAXUINT32)
        {
          used += height;
          row++;
          continue;
        }

      if (breaks != NULL)
        g_array_append_val (breaks, at);
      page_start = at;
      row = at;
      /* Below the table header, each page starts with it repeated. */
      used = 0;
      if (sheet->has_titles && at > sheet->titles_last && at <= sheet->table_last)
        {
          used = titles;
          *table_breaks = TRUE;
        }
    }

  return used;
}

double
_kn_xlsx_sheet_page_points (Sheet *sheet)
{
  return page_points (sheet);
}

double
_kn_xlsx_sheet_used_before (Sheet     *sheet,
                            lxw_row_t  row)
{
  gboolean table_breaks = FALSE;

  _kn_xlsx_sheet_resolve_spans (sheet);
  return place_breaks (sheet, MIN (row, sheet->row), NULL, &table_breaks);
}

double
_kn_xlsx_sheet_rows_points (Sheet     *sheet,
                            lxw_row_t  first,
                            lxw_row_t  last)
{
  double points = 0;

  _kn_xlsx_sheet_resolve_spans (sheet);
  for (lxw_row_t row = first; row <= last && row != G_MAXUINT32; row++)
    points += _kn_xlsx_sheet_row_points (sheet, row);
  return points;
}

void
_kn_xlsx_sheet_paginate (Sheet *sheet)
{
  g_autoptr(GArray) breaks = g_array_new (TRUE, TRUE, sizeof (lxw_row_t));
  gboolean table_breaks = FALSE;

  if (sheet->row == 0)
    return;

  place_breaks (sheet, sheet->row, breaks, &table_breaks);

  if (breaks->len > 0)
    {
      /* libxlsxwriter takes at most 1023 breaks, ended by a 0. */
      if (breaks->len > 1023)
        g_array_set_size (breaks, 1023);
      _kn_xlsx_sheet_check (sheet,
                            worksheet_set_h_pagebreaks (sheet->worksheet,
                                                        (lxw_row_t *) breaks->data),
                            "worksheet_set_h_pagebreaks");
    }
  /* The header repeats only when the table goes on to another page. */
  sheet->has_titles = sheet->has_titles && table_breaks;
}
