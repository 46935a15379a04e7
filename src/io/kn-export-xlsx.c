/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Excel workbooks of the SKP, the Evaluasi, the Dokumen Evaluasi and the unit recap, written with
 * libxlsxwriter in the layout of the official forms. */

#define G_LOG_DOMAIN "kn-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "kinerja/kn-export.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-rules.h"

#include "kn-export-private.h"

/* Every workbook is written in libxlsxwriter's normal mode, never in constant-memory mode. The
 * forms merge cells down the IKI rows of a result (and the parent RHK down its results), and in
 * constant-memory mode a merge writes its blank cells into later rows, which flushes the first
 * row and loses whatever is written to it afterwards (TESTING.md trap 13). The recap has no
 * vertical merge, but its chart reads the distribution back from the sheet to cache the values
 * (LibreOffice and PowerPoint show that cache), which constant-memory mode skips. A form is some
 * hundred rows of up to ten cells: 500 documents in one workbook took 0.6 s and 33 MiB here,
 * against about 130 MiB for a million cells (TESTING.md). */

static const double recap_widths[] = { 5, 28, 22, 22, 26, 24, 20, 20, 17, 8 };
static const double chart_sheet_widths[] = { 10, 10, 10, 10, 10, 10, 10, 10, 10, 10 };

static const char * const attachment_titles[] = {
  [KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA] = "DUKUNGAN SUMBER DAYA",
  [KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN] = "SKEMA PERTANGGUNGJAWABAN",
  [KN_ATTACHMENT_KONSEKUENSI] = "KONSEKUENSI",
};

G_DEFINE_QUARK (kn-export-error-quark, kn_export_error)

const char *
_kn_xlsx_safe (const char *text)
{
  return text != NULL ? text : "";
}

/* Records the first error of the export; the writers carry on and the export fails at the end. */
gboolean
_kn_xlsx_export_check (Export     *export,
                       lxw_error   error,
                       const char *what)
{
  if (error == LXW_NO_ERROR)
    return TRUE;

  if (export->error == LXW_NO_ERROR)
    {
      export->error = error;
      export->failed = g_strdup (what);
    }
  return FALSE;
}

gboolean
_kn_xlsx_sheet_check (Sheet      *sheet,
                      lxw_error   error,
                      const char *what)
{
  return _kn_xlsx_export_check (sheet->export, error, what);
}

/* Text a cell can hold: valid UTF-8 without control characters, at most Excel's length. */
static char *
cell_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (_kn_xlsx_safe (text), -1);
  GString *out = g_string_sized_new (strlen (valid));
  guint n = 0;

  for (const char *p = valid; *p != '\0' && n < CELL_MAX_CHARS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        continue;
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0xFFFE || c == 0xFFFF)
        c = ' ';
      g_string_append_unichar (out, c);
      n++;
    }

  return g_string_free (out, FALSE);
}

/* Lines a wrapped text needs in a column @width characters wide (Excel's unit: the width of
 * "0" in Calibri 11). Measured in LibreOffice, 10 pt Arial fits about 1.25 lower-case letters
 * per unit, fewer capitals and more spaces, and a wrapped line loses about half a word at its
 * end. Better a little too tall than cut: Excel and LibreOffice do not fit the height of merged
 * cells themselves. */
static double
estimate_lines (const char *text,
                double      width)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  double per_line = MAX (width * 1.25 - 1.0, 4.0);
  double lines = 0;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      double length = 0;

      for (const char *p = paragraphs[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          length += c == ' ' ? 0.6 : g_unichar_isupper (c) || c == 'm' || c == 'w' ? 1.3 : 1.0;
        }
      lines += length <= per_line ? 1.0 : ceil (length / (per_line - 3.0));
    }

  return MAX (lines, 1.0);
}

static double
sheet_width (Sheet *sheet,
             guint  first,
             guint  last)
{
  double width = 0;

  for (guint i = first; i <= last && i < sheet->n_columns; i++)
    width += sheet->widths[i];
  return width;
}

void
_kn_xlsx_sheet_need_lines (Sheet     *sheet,
                           lxw_row_t  row,
                           double     lines)
{
  if (row >= sheet->lines->len)
    g_array_set_size (sheet->lines, row + 1);
  if (lines > g_array_index (sheet->lines, double, row))
    g_array_index (sheet->lines, double, row) = lines;
}

void
_kn_xlsx_put_block (Sheet      *sheet,
                    lxw_row_t   first_row,
                    lxw_row_t   last_row,
                    lxw_col_t   first_col,
                    lxw_col_t   last_col,
                    const char *text,
                    lxw_format *format)
{
  g_autofree char *clean = cell_text (text);
  double lines = estimate_lines (clean, sheet_width (sheet, first_col, last_col));

  /* Always write_string: a text that starts with "=", "+", "-" or "@" stays text. */
  if (first_row == last_row && first_col == last_col)
    {
      if (clean[0] != '\0')
        _kn_xlsx_sheet_check (
          sheet, worksheet_write_string (sheet->worksheet, first_row, first_col, clean, format),
          "worksheet_write_string");
      else if (format != NULL)
        _kn_xlsx_sheet_check (
          sheet, worksheet_write_blank (sheet->worksheet, first_row, first_col, format),
          "worksheet_write_blank");
    }
  else
    _kn_xlsx_sheet_check (sheet,
                          worksheet_merge_range (sheet->worksheet, first_row, first_col, last_row,
                                                 last_col, clean, format),
                          "worksheet_merge_range");

  if (first_row == last_row)
    _kn_xlsx_sheet_need_lines (sheet, first_row, lines);
  else
    {
      Span span = { first_row, last_row, lines };

      g_array_append_val (sheet->spans, span);
    }
}

void
_kn_xlsx_put_text (Sheet      *sheet,
                   lxw_row_t   row,
                   lxw_col_t   first_col,
                   lxw_col_t   last_col,
                   const char *text,
                   lxw_format *format)
{
  _kn_xlsx_put_block (sheet, row, row, first_col, last_col, text, format);
}

void
_kn_xlsx_put_number_block (Sheet      *sheet,
                           lxw_row_t   first_row,
                           lxw_row_t   last_row,
                           lxw_col_t   first_col,
                           lxw_col_t   last_col,
                           double      value,
                           lxw_format *format)
{
  if (first_row != last_row || first_col != last_col)
    _kn_xlsx_sheet_check (sheet,
                          worksheet_merge_range (sheet->worksheet, first_row, first_col, last_row,
                                                 last_col, "", format),
                          "worksheet_merge_range");
  _kn_xlsx_sheet_check (
    sheet, worksheet_write_number (sheet->worksheet, first_row, first_col, value, format),
    "worksheet_write_number");
}

void
_kn_xlsx_put_number (Sheet      *sheet,
                     lxw_row_t   row,
                     lxw_col_t   first_col,
                     lxw_col_t   last_col,
                     double      value,
                     lxw_format *format)
{
  _kn_xlsx_put_number_block (sheet, row, row, first_col, last_col, value, format);
}

/* A label that is a bare number, "12.5" or "12,5" (kn_format_decimal writes either): only
 * digits and marks, so that "12 dokumen", "-5 hari" and NIPs stay text. */
static gboolean
label_number (const char *label,
              double     *value)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (_kn_xlsx_safe (label)));

  if (trimmed[0] == '\0')
    return FALSE;
  for (const char *p = trimmed; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && *p != '.' && *p != ',')
      return FALSE;

  return kn_parse_decimal (trimmed, value, NULL);
}

/* "93,75 %" → 93.75 */
static gboolean
label_percent (const char *label,
               double     *value)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (_kn_xlsx_safe (label)));
  gsize length = strlen (trimmed);

  if (length < 2 || trimmed[length - 1] != '%')
    return FALSE;
  trimmed[length - 1] = '\0';
  return label_number (trimmed, value);
}

/* A target or a realisation: a number when the label is one, else the label as text. */
void
_kn_xlsx_put_label (Sheet      *sheet,
                    lxw_row_t   row,
                    lxw_col_t   first_col,
                    lxw_col_t   last_col,
                    const char *label)
{
  double value;

  if (label_number (label, &value))
    _kn_xlsx_put_number (sheet, row, first_col, last_col, value, sheet->export->formats.number);
  else
    _kn_xlsx_put_text (sheet, row, first_col, last_col, label, sheet->export->formats.cell_center);
}

/* The capaian as a number of percent points shown with its "%" ("93,75 %" → 93.75). */
void
_kn_xlsx_put_capaian (Sheet      *sheet,
                      lxw_row_t   row,
                      lxw_col_t   first_col,
                      lxw_col_t   last_col,
                      const char *label)
{
  double value;

  if (label_percent (label, &value) || label_number (label, &value))
    _kn_xlsx_put_number (sheet, row, first_col, last_col, value, sheet->export->formats.capaian);
  else
    _kn_xlsx_put_text (sheet, row, first_col, last_col, label, sheet->export->formats.cell_center);
}

void
_kn_xlsx_rich_add (Rich       *rich,
                   lxw_format *format,
                   const char *text)
{
  g_assert (rich->n < RICH_MAX);

  /* libxlsxwriter refuses empty fragments. */
  if (text == NULL || text[0] == '\0')
    return;

  rich->owned[rich->n] = cell_text (text);
  rich->tuples[rich->n].format = format;
  rich->tuples[rich->n].string = rich->owned[rich->n];
  rich->pointers[rich->n] = &rich->tuples[rich->n];
  rich->n++;
  rich->pointers[rich->n] = NULL;
}

void
_kn_xlsx_rich_clear (Rich *rich)
{
  for (guint i = 0; i < rich->n; i++)
    g_free (rich->owned[i]);
  rich->n = 0;
}

void
_kn_xlsx_put_rich (Sheet      *sheet,
                   lxw_row_t   row,
                   lxw_col_t   first_col,
                   lxw_col_t   last_col,
                   Rich       *rich,
                   lxw_format *format)
{
  g_autoptr(GString) plain = g_string_new (NULL);

  for (guint i = 0; i < rich->n; i++)
    g_string_append (plain, rich->owned[i]);

  /* A rich string needs two fragments at least. */
  if (rich->n < 2)
    {
      _kn_xlsx_put_text (sheet, row, first_col, last_col, plain->str, format);
      return;
    }

  if (first_col != last_col)
    _kn_xlsx_sheet_check (
      sheet, worksheet_merge_range (sheet->worksheet, row, first_col, row, last_col, "", format),
      "worksheet_merge_range");
  _kn_xlsx_sheet_check (sheet, worksheet_write_rich_string (sheet->worksheet, row, first_col,
                                                            rich->pointers, format),
                        "worksheet_write_rich_string");
  _kn_xlsx_sheet_need_lines (sheet, row, estimate_lines (plain->str,
                                                         sheet_width (sheet, first_col, last_col)));
}

static lxw_format *
format_new (Export     *export,
            gboolean    bold,
            gboolean    border,
            uint8_t     align,
            uint8_t     valign,
            double      size,
            const char *num_format)
{
  lxw_format *format = workbook_add_format (export->workbook);

  if (format == NULL)
    {
      _kn_xlsx_export_check (export, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_format");
      return NULL;
    }

  format_set_font_name (format, FONT_NAME);
  format_set_font_size (format, size);
  if (bold)
    format_set_bold (format);
  if (border)
    format_set_border (format, LXW_BORDER_THIN);
  if (align != LXW_ALIGN_NONE)
    format_set_align (format, align);
  if (valign != LXW_ALIGN_NONE)
    format_set_align (format, valign);
  format_set_text_wrap (format);
  if (num_format != NULL)
    format_set_num_format (format, num_format);
  return format;
}

void
_kn_xlsx_formats_init (Export *e)
{
  Formats *f = &e->formats;
  const lxw_color_t shade = 0xE7E6E6;

  const uint8_t left = LXW_ALIGN_LEFT;
  const uint8_t center = LXW_ALIGN_CENTER;
  const uint8_t right = LXW_ALIGN_RIGHT;
  const uint8_t top = LXW_ALIGN_VERTICAL_TOP;
  const uint8_t middle = LXW_ALIGN_VERTICAL_CENTER;
  const uint8_t none = LXW_ALIGN_NONE;

  /* Arguments: bold, border, horizontal and vertical alignment, size, number format. */
  f->title = format_new (e, TRUE, FALSE, center, middle, 12, NULL);
  f->subtitle = format_new (e, TRUE, FALSE, center, middle, 10, NULL);
  f->text = format_new (e, FALSE, FALSE, left, top, 10, NULL);
  f->text_bold = format_new (e, TRUE, FALSE, left, top, 10, NULL);
  f->text_right = format_new (e, TRUE, FALSE, right, top, 10, NULL);
  f->note = format_new (e, FALSE, FALSE, left, top, 8, NULL);
  f->head = format_new (e, TRUE, TRUE, center, middle, 10, NULL);
  f->head_left = format_new (e, TRUE, TRUE, left, middle, 10, NULL);
  f->numbering = format_new (e, FALSE, TRUE, center, middle, 8, NULL);
  f->cell = format_new (e, FALSE, TRUE, left, top, 10, NULL);
  f->cell_center = format_new (e, FALSE, TRUE, center, top, 10, NULL);
  f->cell_bold = format_new (e, TRUE, TRUE, left, top, 10, NULL);
  f->number = format_new (e, FALSE, TRUE, center, top, 10, "General");
  f->share = format_new (e, FALSE, TRUE, center, top, 10, "0.0%");
  f->capaian = format_new (e, FALSE, TRUE, center, top, 10, "General\" %\"");
  f->sign = format_new (e, FALSE, FALSE, center, top, 10, NULL);
  f->sign_name = format_new (e, TRUE, FALSE, center, top, 10, NULL);
  f->rich_bold = format_new (e, TRUE, FALSE, none, none, 10, NULL);
  f->rich_strike = format_new (e, TRUE, FALSE, none, none, 10, NULL);

  if (f->note != NULL)
    format_set_italic (f->note);
  if (f->numbering != NULL)
    format_set_italic (f->numbering);
  if (f->sign_name != NULL)
    format_set_underline (f->sign_name, LXW_UNDERLINE_SINGLE);
  if (f->rich_strike != NULL)
    format_set_font_strikeout (f->rich_strike);
  for (guint i = 0; i < 3; i++)
    {
      lxw_format *shaded = i == 0 ? f->head : i == 1 ? f->head_left : f->numbering;

      if (shaded != NULL)
        {
          format_set_pattern (shaded, LXW_PATTERN_SOLID);
          format_set_bg_color (shaded, shade);
        }
    }
}

static guint
utf16_units (gunichar c)
{
  return c > 0xFFFF ? 2 : 1;
}

/* The first @max UTF-16 units of @text, without spaces or apostrophes at either end (Excel
 * refuses a sheet name that starts or ends with an apostrophe). */
static char *
truncate_name (const char *text,
               guint       max)
{
  GString *out = g_string_new (NULL);
  guint units = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (units + utf16_units (c) > max)
        break;
      units += utf16_units (c);
      g_string_append_unichar (out, c);
    }

  while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\''))
    g_string_truncate (out, out->len - 1);
  while (out->len > 0 && (out->str[0] == ' ' || out->str[0] == '\''))
    g_string_erase (out, 0, 1);

  return g_string_free (out, FALSE);
}

static guint
name_units (const char *text)
{
  guint units = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    units += utf16_units (g_utf8_get_char (p));
  return units;
}

/* A sheet name from a person's name: at most 31 units, none of []:*?/\, no apostrophe at
 * either end, not empty, and unique ignoring case ("Ahmad Fauzi", "Ahmad Fauzi (2)"). When a
 * name with titles is too long, the titles after the first comma go first. */
char *
_kn_xlsx_export_sheet_name (Export     *export,
                            const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (_kn_xlsx_safe (name), -1);
  g_autoptr(GString) clean = g_string_new (NULL);
  g_autofree char *base = NULL;
  char *candidate = NULL;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c < 0x80 && strchr ("[]:*?/\\", (int) c) != NULL) || g_unichar_isspace (c))
        c = ' ';
      if (c == ' ' && (clean->len == 0 || clean->str[clean->len - 1] == ' '))
        continue;
      g_string_append_unichar (clean, c);
    }

  if (name_units (clean->str) > SHEET_NAME_MAX && strchr (clean->str, ',') != NULL)
    g_string_truncate (clean, strchr (clean->str, ',') - clean->str);

  base = truncate_name (clean->str, SHEET_NAME_MAX);
  if (base[0] == '\0')
    {
      g_free (base);
      base = g_strdup ("Pegawai");
    }

  for (guint n = 1; candidate == NULL; n++)
    {
      g_autofree char *folded = NULL;

      if (n == 1)
        candidate = g_strdup (base);
      else
        {
          g_autofree char *suffix = g_strdup_printf (" (%u)", n);
          g_autofree char *cut = truncate_name (base, SHEET_NAME_MAX - (guint) strlen (suffix));

          candidate = g_strconcat (cut, suffix, NULL);
        }

      folded = g_utf8_casefold (candidate, -1);
      if (g_hash_table_contains (export->sheet_names, folded))
        g_clear_pointer (&candidate, g_free);
      else
        g_hash_table_add (export->sheet_names, g_steal_pointer (&folded));
    }

  return candidate;
}

static guint
paper_code (KnPaper paper)
{
  return paper == KN_PAPER_F4 ? PAPER_FOLIO : PAPER_A4;
}

Sheet *
_kn_xlsx_sheet_new (Export       *export,
                    const char   *name,
                    const double *widths,
                    guint         n_columns,
                    gboolean      landscape)
{
  lxw_worksheet *worksheet;
  Sheet *sheet;

  g_assert (n_columns <= MAX_COLUMNS);

  worksheet = workbook_add_worksheet (export->workbook, name);
  if (worksheet == NULL)
    {
      lxw_error why = workbook_validate_sheet_name (export->workbook, name);

      _kn_xlsx_export_check (export, why != LXW_NO_ERROR ? why : LXW_ERROR_PARAMETER_VALIDATION,
                             "workbook_add_worksheet");
      return NULL;
    }

  sheet = g_new0 (Sheet, 1);
  sheet->export = export;
  sheet->worksheet = worksheet;
  sheet->name = g_strdup (name);
  sheet->n_columns = n_columns;
  sheet->lines = g_array_new (FALSE, TRUE, sizeof (double));
  sheet->spans = g_array_new (FALSE, FALSE, sizeof (Span));

  worksheet_set_paper (worksheet, paper_code (export->paper));
  if (landscape)
    worksheet_set_landscape (worksheet);
  else
    worksheet_set_portrait (worksheet);
  worksheet_fit_to_pages (worksheet, 1, 0);
  worksheet_set_margins (worksheet, 0.5, 0.4, 0.6, 0.7);
  worksheet_center_horizontally (worksheet);
  worksheet_gridlines (worksheet, LXW_HIDE_ALL_GRIDLINES);
  _kn_xlsx_sheet_check (sheet, worksheet_set_footer (worksheet, FOOTER), "worksheet_set_footer");

  for (guint i = 0; i < n_columns; i++)
    {
      sheet->widths[i] = widths[i];
      _kn_xlsx_sheet_check (sheet, worksheet_set_column (worksheet, i, i, widths[i], NULL),
                            "worksheet_set_column");
    }

  return sheet;
}

void
_kn_xlsx_sheet_free (Sheet *sheet)
{
  g_array_unref (sheet->lines);
  g_array_unref (sheet->spans);
  g_free (sheet->name);
  g_free (sheet);
}


/* Row heights from the estimated lines, the print area and the repeated rows. */
void
_kn_xlsx_sheet_finish (Sheet *sheet)
{
  for (guint i = 0; i < sheet->spans->len; i++)
    {
      const Span *span = &g_array_index (sheet->spans, Span, i);
      double have = 0;

      _kn_xlsx_sheet_need_lines (sheet, span->last, 1.0);
      for (lxw_row_t row = span->first; row <= span->last; row++)
        have += MAX (g_array_index (sheet->lines, double, row), 1.0);
      if (span->lines > have)
        g_array_index (sheet->lines, double, span->last) =
          MAX (g_array_index (sheet->lines, double, span->last), 1.0) + span->lines - have;
    }

  for (lxw_row_t row = 0; row < sheet->lines->len; row++)
    {
      double lines = g_array_index (sheet->lines, double, row);

      if (lines > 1.0)
        _kn_xlsx_sheet_check (
          sheet, worksheet_set_row (sheet->worksheet, row, lines * LINE_POINTS + 3.0, NULL),
          "worksheet_set_row");
    }

  if (sheet->row > 0)
    _kn_xlsx_sheet_check (
      sheet, worksheet_print_area (sheet->worksheet, 0, 0, sheet->row - 1, sheet->n_columns - 1),
      "worksheet_print_area");
  if (sheet->has_titles)
    _kn_xlsx_sheet_check (
      sheet, worksheet_repeat_rows (sheet->worksheet, sheet->titles_first, sheet->titles_last),
      "worksheet_repeat_rows");
}

void
_kn_xlsx_write_line (Sheet      *sheet,
                     const char *text,
                     lxw_format *format)
{
  _kn_xlsx_put_text (sheet, sheet->row, 0, sheet->n_columns - 1, text, format);
  sheet->row++;
}

/* Instansi and OPD on the left, the period on the right. */
void
_kn_xlsx_write_agency (Sheet      *sheet,
                       const char *instansi,
                       const char *opd,
                       const char *period)
{
  guint mid = sheet->n_columns / 2;
  g_autofree char *period_text = g_strdup_printf ("PERIODE PENILAIAN: %s", _kn_xlsx_safe (period));

  _kn_xlsx_put_text (sheet, sheet->row, 0, mid - 1, instansi, sheet->export->formats.text_bold);
  _kn_xlsx_put_text (sheet, sheet->row, mid, sheet->n_columns - 1, period_text,
                     sheet->export->formats.text_right);
  sheet->row++;
  _kn_xlsx_put_text (sheet, sheet->row, 0, mid - 1, opd, sheet->export->formats.text_bold);
  sheet->row++;
}

const char *
_kn_xlsx_person_field (const KnReportPerson *person,
                       guint                 field)
{
  const char *fields[] = {
    person->name, person->nip, person->rank, person->position, person->unit,
  };

  return _kn_xlsx_safe (fields[field]);
}

/* The two blocks side by side: NO, label, value for each, numbered 1–5. */
void
_kn_xlsx_write_people (Sheet                *sheet,
                       const char           *left_title,
                       const KnReportPerson *left,
                       const char           *right_title,
                       const KnReportPerson *right)
{
  const Formats *f = &sheet->export->formats;
  guint n = sheet->n_columns;
  guint mid = n / 2;
  lxw_row_t row = sheet->row;

  g_assert (n >= 6);

  _kn_xlsx_put_text (sheet, row, 0, 0, "NO", f->head);
  _kn_xlsx_put_text (sheet, row, 1, mid - 1, left_title, f->head);
  _kn_xlsx_put_text (sheet, row, mid, mid, "NO", f->head);
  _kn_xlsx_put_text (sheet, row, mid + 1, n - 1, right_title, f->head);

  for (guint i = 0; i < G_N_ELEMENTS (person_labels); i++)
    {
      lxw_row_t r = row + 1 + i;

      _kn_xlsx_put_number (sheet, r, 0, 0, i + 1, f->number);
      _kn_xlsx_put_text (sheet, r, 1, 1, person_labels[i], f->cell);
      _kn_xlsx_put_text (sheet, r, 2, mid - 1, _kn_xlsx_person_field (left, i), f->cell);
      _kn_xlsx_put_number (sheet, r, mid, mid, i + 1, f->number);
      _kn_xlsx_put_text (sheet, r, mid + 1, mid + 1, person_labels[i], f->cell);
      _kn_xlsx_put_text (sheet, r, mid + 2, n - 1, _kn_xlsx_person_field (right, i), f->cell);
    }

  sheet->row = row + 1 + G_N_ELEMENTS (person_labels);
}

static guint
group_end (const Column *columns,
           guint         n_columns,
           guint         i,
           gboolean      by_group)
{
  guint j = i;

  while (j + 1 < n_columns &&
         (by_group ? g_strcmp0 (columns[j + 1].group, columns[i].group) == 0
                   : columns[j + 1].number == columns[i].number))
    j++;
  return j;
}

/* The header of the hasil kerja table and its numbering row (1), (2) …, repeated on every page. */
static void
write_table_head (Sheet             *sheet,
                  const TableLayout *layout)
{
  const Formats *f = &sheet->export->formats;
  gboolean grouped = FALSE;
  lxw_row_t top = sheet->row;
  lxw_row_t bottom;

  for (guint i = 0; i < layout->n_columns; i++)
    grouped |= layout->columns[i].group != NULL;
  bottom = grouped ? top + 1 : top;

  for (guint i = 0; i < layout->n_columns; i++)
    {
      const Column *column = &layout->columns[i];

      if (column->group == NULL)
        _kn_xlsx_put_block (sheet, top, bottom, column->first, column->last, column->header,
                            f->head);
      else
        {
          if (i == 0 || g_strcmp0 (layout->columns[i - 1].group, column->group) != 0)
            _kn_xlsx_put_text (
              sheet, top, column->first,
              layout->columns[group_end (layout->columns, layout->n_columns, i, TRUE)].last,
              column->group, f->head);
          _kn_xlsx_put_text (sheet, bottom, column->first, column->last, column->header, f->head);
        }

      if (i == 0 || layout->columns[i - 1].number != column->number)
        {
          g_autofree char *label = g_strdup_printf ("(%u)", column->number);

          _kn_xlsx_put_text (
            sheet, bottom + 1, column->first,
            layout->columns[group_end (layout->columns, layout->n_columns, i, FALSE)].last, label,
            f->numbering);
        }
    }

  sheet->has_titles = TRUE;
  sheet->titles_first = top;
  sheet->titles_last = bottom + 1;
  sheet->row = bottom + 2;
}

static const KnReportIndicator *
result_indicator (const KnReportResult *result,
                  guint                 i)
{
  if (result->indicators == NULL || i >= result->indicators->len)
    return NULL;
  return g_ptr_array_index (result->indicators, i);
}

static void
write_indicator_cell (Sheet                   *sheet,
                      const Column            *column,
                      lxw_row_t                row,
                      const KnReportIndicator *indicator)
{
  const Formats *f = &sheet->export->formats;

  if (indicator == NULL)
    {
      _kn_xlsx_put_text (sheet, row, column->first, column->last, "", f->cell);
      return;
    }

  switch (column->role)
    {
    case COLUMN_CATEGORY:
      _kn_xlsx_put_text (sheet, row, column->first, column->last, indicator->category,
                         f->cell_center);
      break;
    case COLUMN_INDICATOR:
      _kn_xlsx_put_text (sheet, row, column->first, column->last, indicator->text, f->cell);
      break;
    case COLUMN_TARGET:
      _kn_xlsx_put_label (sheet, row, column->first, column->last, indicator->target);
      break;
    case COLUMN_REALIZATION:
      _kn_xlsx_put_label (sheet, row, column->first, column->last, indicator->realization);
      break;
    case COLUMN_CAPAIAN:
      _kn_xlsx_put_capaian (sheet, row, column->first, column->last, indicator->capaian);
      break;
    case COLUMN_EVIDENCE:
      _kn_xlsx_put_text (sheet, row, column->first, column->last, indicator->evidence, f->cell);
      break;
    case COLUMN_NO:
    case COLUMN_PARENT:
    case COLUMN_RESULT:
    case COLUMN_FEEDBACK:
    default:
      g_assert_not_reached ();
    }
}

/* One section (A. UTAMA or B. TAMBAHAN): each RHK merged down its IKI rows, and the intervened
 * RHK of the superior merged down the consecutive RHK that support it. */
static void
write_section (Sheet             *sheet,
               const TableLayout *layout,
               const KnReport    *report,
               KnResultKind       kind)
{
  const Formats *f = &sheet->export->formats;
  g_autoptr(GPtrArray) results = g_ptr_array_new ();
  g_autoptr(GArray) firsts = g_array_new (FALSE, FALSE, sizeof (lxw_row_t));
  const Column *parent = NULL;

  _kn_xlsx_write_line (sheet, kind == KN_RESULT_KIND_UTAMA ? "A. UTAMA" : "B. TAMBAHAN",
                       f->head_left);

  for (guint i = 0; report->results != NULL && i < report->results->len; i++)
    {
      const KnReportResult *result = g_ptr_array_index (report->results, i);

      if (result->kind == kind)
        g_ptr_array_add (results, (gpointer) result);
    }

  if (results->len == 0)
    {
      for (guint c = 0; c < layout->n_columns; c++)
        _kn_xlsx_put_text (sheet, sheet->row, layout->columns[c].first, layout->columns[c].last,
                           c == 0 ? "-" : "", c == 0 ? f->cell_center : f->cell);
      sheet->row++;
      return;
    }

  for (guint i = 0; i < results->len; i++)
    {
      const KnReportResult *result = g_ptr_array_index (results, i);
      guint n_rows = MAX (1, result->indicators != NULL ? result->indicators->len : 0);
      lxw_row_t first = sheet->row;
      lxw_row_t last = first + n_rows - 1;

      g_array_append_val (firsts, first);

      for (guint c = 0; c < layout->n_columns; c++)
        {
          const Column *column = &layout->columns[c];

          switch (column->role)
            {
            case COLUMN_NO:
              _kn_xlsx_put_number_block (sheet, first, last, column->first, column->last, i + 1,
                                         f->number);
              break;
            case COLUMN_PARENT:
              parent = column;
              break;
            case COLUMN_RESULT:
              _kn_xlsx_put_block (sheet, first, last, column->first, column->last, result->text,
                                  f->cell);
              break;
            case COLUMN_FEEDBACK:
              _kn_xlsx_put_block (sheet, first, last, column->first, column->last, result->feedback,
                                  f->cell);
              break;
            case COLUMN_CATEGORY:
            case COLUMN_INDICATOR:
            case COLUMN_TARGET:
            case COLUMN_REALIZATION:
            case COLUMN_CAPAIAN:
            case COLUMN_EVIDENCE:
            default:
              for (guint r = 0; r < n_rows; r++)
                write_indicator_cell (sheet, column, first + r, result_indicator (result, r));
              break;
            }
        }

      sheet->row = last + 1;
    }
  g_array_append_val (firsts, sheet->row);

  if (parent == NULL)
    return;

  for (guint i = 0; i < results->len;)
    {
      const KnReportResult *result = g_ptr_array_index (results, i);
      const char *text = _kn_xlsx_safe (result->parent_text);
      guint j = i;

      while (text[0] != '\0' && j + 1 < results->len &&
             g_strcmp0 (
               _kn_xlsx_safe (((KnReportResult *) g_ptr_array_index (results, j + 1))->parent_text),
               text) == 0)
        j++;

      _kn_xlsx_put_block (sheet, g_array_index (firsts, lxw_row_t, i),
                          g_array_index (firsts, lxw_row_t, j + 1) - 1, parent->first, parent->last,
                          text, f->cell);
      i = j + 1;
    }
}

void
_kn_xlsx_write_results (Sheet             *sheet,
                        const TableLayout *layout,
                        const KnReport    *report)
{
  write_table_head (sheet, layout);
  write_section (sheet, layout, report, KN_RESULT_KIND_UTAMA);
  write_section (sheet, layout, report, KN_RESULT_KIND_TAMBAHAN);
}

/* PERILAKU KERJA: the seven core values with their guides and the leader's expectation, and on
 * the Evaluasi the feedback. */
void
_kn_xlsx_write_behaviour (Sheet          *sheet,
                          const KnReport *report,
                          gboolean        with_feedback)
{
  const Formats *f = &sheet->export->formats;
  guint n = sheet->n_columns;
  guint value_last = with_feedback ? 4 : n / 2;
  guint expectation_last = with_feedback ? 7 : n - 1;
  lxw_row_t row = sheet->row;

  g_assert (!with_feedback || n == 10);

  _kn_xlsx_put_text (sheet, row, 0, 0, "NO", f->head);
  _kn_xlsx_put_text (sheet, row, 1, value_last, "PERILAKU KERJA", f->head);
  _kn_xlsx_put_text (sheet, row, value_last + 1, expectation_last, "EKSPEKTASI KHUSUS PIMPINAN",
                     f->head);
  if (with_feedback)
    _kn_xlsx_put_text (sheet, row, expectation_last + 1, n - 1, UMPAN_BALIK, f->head);
  row++;

  for (guint v = 0; v < KN_CORE_VALUE_N; v++)
    {
      const KnReportBehaviour *behaviour = &report->behaviour[v];
      g_autoptr(GString) text = g_string_new (_kn_xlsx_safe (behaviour->value));

      for (guint g = 0; g < G_N_ELEMENTS (behaviour->guides); g++)
        if (behaviour->guides[g] != NULL && behaviour->guides[g][0] != '\0')
          g_string_append_printf (text, "\n- %s", behaviour->guides[g]);

      _kn_xlsx_put_number (sheet, row, 0, 0, v + 1, f->number);
      _kn_xlsx_put_text (sheet, row, 1, value_last, text->str, f->cell);
      _kn_xlsx_put_text (sheet, row, value_last + 1, expectation_last, behaviour->expectation,
                         f->cell);
      if (with_feedback)
        _kn_xlsx_put_text (sheet, row, expectation_last + 1, n - 1, behaviour->feedback, f->cell);
      row++;
    }

  sheet->row = row;
}

static void
write_person_signature (Sheet                *sheet,
                        lxw_row_t             row,
                        guint                 first,
                        guint                 last,
                        const char           *role,
                        const KnReportPerson *person)
{
  const Formats *f = &sheet->export->formats;
  g_autofree char *nip = g_strdup_printf ("NIP. %s", person->nip != NULL && person->nip[0] != '\0'
                                                     ? person->nip : "-");

  _kn_xlsx_put_text (sheet, row, first, last, role, f->sign);
  _kn_xlsx_put_text (sheet, row + 4, first, last, person->name, f->sign_name);
  _kn_xlsx_put_text (sheet, row + 5, first, last, person->rank, f->sign);
  _kn_xlsx_put_text (sheet, row + 6, first, last, nip, f->sign);
}

/* Place and date over the right signature; three empty rows to sign in. */
void
_kn_xlsx_write_signatures (Sheet                *sheet,
                           const char           *place_date,
                           const char           *left_role,
                           const KnReportPerson *left,
                           const char           *right_role,
                           const KnReportPerson *right)
{
  guint n = sheet->n_columns;
  guint mid = n < 6 ? n - 1 : n / 2;
  lxw_row_t row = sheet->row + 1;

  g_assert (left == NULL || mid > 0);

  _kn_xlsx_put_text (sheet, row, mid, n - 1, place_date, sheet->export->formats.sign);
  if (left != NULL)
    write_person_signature (sheet, row + 1, 0, mid - 1, left_role, left);
  write_person_signature (sheet, row + 1, mid, n - 1, right_role, right);
  sheet->row = row + 8;
}

void
_kn_xlsx_write_note (Sheet      *sheet,
                     const char *note)
{
  sheet->row++;
  _kn_xlsx_write_line (sheet, note, sheet->export->formats.note);
}

/* "PERIODE: TRIWULAN I/II/III/IV-AKHIR" with the periods that do not apply struck through, as on
 * the form; a month is written as such. */
void
_kn_xlsx_rich_period (Rich           *rich,
                      const Formats  *f,
                      const KnPeriod *period)
{
  static const char * const numerals[] = { "I", "II", "III", "IV" };

  _kn_xlsx_rich_add (rich, f->rich_bold, "PERIODE: ");
  if (period->kind == KN_PERIOD_MONTH)
    {
      g_autofree char *label = kn_period_print_label (period);

      _kn_xlsx_rich_add (rich, f->rich_bold, label);
      return;
    }

  _kn_xlsx_rich_add (rich, period->kind == KN_PERIOD_ANNUAL ? f->rich_strike : f->rich_bold,
                     "TRIWULAN ");
  for (guint q = 1; q <= 4; q++)
    {
      gboolean current = period->kind == KN_PERIOD_QUARTER && period->index == q;

      _kn_xlsx_rich_add (rich, current ? f->rich_bold : f->rich_strike, numerals[q - 1]);
      _kn_xlsx_rich_add (rich, f->rich_bold, q < 4 ? "/" : "-");
    }
  _kn_xlsx_rich_add (rich, period->kind == KN_PERIOD_ANNUAL ? f->rich_bold : f->rich_strike,
                     "AKHIR");
}

/* ISTIMEWA/BAIK/BUTUH PERBAIKAN/KURANG/SANGAT KURANG, the others struck through. */
static void
rich_org_predikat (Rich          *rich,
                   const Formats *f,
                   KnOrgPredikat  predikat)
{
  for (int p = KN_ORG_PREDIKAT_ISTIMEWA; p > KN_ORG_PREDIKAT_NONE; p--)
    {
      gboolean chosen = predikat == KN_ORG_PREDIKAT_NONE || (int) predikat == p;

      _kn_xlsx_rich_add (rich, chosen ? f->rich_bold : f->rich_strike, org_print_labels[p]);
      if (p > KN_ORG_PREDIKAT_SANGAT_KURANG)
        _kn_xlsx_rich_add (rich, f->rich_bold, "/");
    }
}

gboolean
_kn_xlsx_period_is_valid (const KnPeriod *period)
{
  switch (period->kind)
    {
    case KN_PERIOD_QUARTER:
      return period->year > 0 && period->index >= 1 && period->index <= 4;
    case KN_PERIOD_MONTH:
      return period->year > 0 && period->index >= 1 && period->index <= 12;
    case KN_PERIOD_ANNUAL:
      return period->year > 0 && period->index == 0;
    default:
      return FALSE;
    }
}

/* The first and the last day of an evaluation period, or the plan's period. */
char *
_kn_xlsx_period_dates (const KnReport *report)
{
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  GDate first, last;

  if (!_kn_xlsx_period_is_valid (&report->period))
    return g_strdup (_kn_xlsx_safe (report->year_period));

  kn_period_get_dates (&report->period, &first, &last);
  first_text = kn_format_date (g_date_get_year (&first), g_date_get_month (&first),
                               g_date_get_day (&first));
  last_text = kn_format_date (g_date_get_year (&last), g_date_get_month (&last),
                              g_date_get_day (&last));
  /* Translators: an evaluation period as the printed form writes it, "1 January 2026 to
     31 March 2026"; in Indonesian "%s s.d. %s". */
  return g_strdup_printf (C_("period", "%s to %s"), first_text, last_text);
}

double
_kn_xlsx_column_pixels (const double *widths,
                        guint         first,
                        guint         last)
{
  double pixels = 0;

  /* Excel's rule for Calibri 11: a width of w characters is w × 7 + 5 pixels. */
  for (guint i = first; i <= last; i++)
    pixels += floor (widths[i] * 7.0 + 5.0);
  return pixels;
}

/* A native chart of the five predikat, from Sangat Kurang to Sangat Baik. */
void
_kn_xlsx_insert_distribution_chart (Sheet      *sheet,
                                    uint8_t     type,
                                    const char *title,
                                    const char *data_sheet,
                                    lxw_row_t   categories_row,
                                    lxw_col_t   categories_col,
                                    lxw_row_t   values_row,
                                    lxw_col_t   values_col,
                                    gboolean    across,
                                    guint       max_count,
                                    lxw_row_t   at_row,
                                    lxw_col_t   at_col,
                                    double      width,
                                    double      height)
{
  lxw_chart *chart = workbook_add_chart (sheet->export->workbook, type);
  lxw_chart_series *series;
  lxw_chart_options options = { 0 };
  lxw_chart_font title_font = { .name = (char *) FONT_NAME, .size = 11, .bold = LXW_TRUE };
  lxw_row_t span_rows = across ? 0 : KN_PREDIKAT_N - 2;
  lxw_col_t span_cols = across ? KN_PREDIKAT_N - 2 : 0;

  if (chart == NULL)
    {
      _kn_xlsx_sheet_check (sheet, LXW_ERROR_MEMORY_MALLOC_FAILED, "workbook_add_chart");
      return;
    }
  series = chart_add_series (chart, NULL, NULL);
  if (series == NULL)
    {
      _kn_xlsx_sheet_check (sheet, LXW_ERROR_MEMORY_MALLOC_FAILED, "chart_add_series");
      return;
    }

  chart_series_set_categories (series, data_sheet, categories_row, categories_col,
                               categories_row + span_rows, categories_col + span_cols);
  chart_series_set_values (series, data_sheet, values_row, values_col, values_row + span_rows,
                           values_col + span_cols);
  chart_series_set_name (series, "Jumlah pegawai");
  chart_series_set_labels (series);
  /* Straight segments: a smoothed curve would dip between two equal counts. */
  if (type == LXW_CHART_LINE)
    chart_series_set_marker_type (series, LXW_CHART_MARKER_CIRCLE);

  /* A title starting with "=" would be read as a cell reference: ours start with fixed words. */
  chart_title_set_name (chart, title);
  chart_title_set_name_font (chart, &title_font);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  chart_axis_set_name (chart->x_axis, "Predikat Kinerja Pegawai");
  chart_axis_set_name (chart->y_axis, "Jumlah Pegawai");
  chart_axis_set_min (chart->y_axis, 0);
  chart_axis_set_num_format (chart->y_axis, "0");
  if (max_count <= 10)
    chart_axis_set_major_unit (chart->y_axis, 1);

  options.x_scale = width / 480.0;
  options.y_scale = height / 288.0;
  options.description = (char *) title;
  _kn_xlsx_sheet_check (
    sheet, worksheet_insert_chart_opt (sheet->worksheet, at_row, at_col, chart, &options),
    "worksheet_insert_chart_opt");
}

/* CAPAIAN KINERJA ORGANISASI and POLA DISTRIBUSI: the unit's counts and their curve. */
void
_kn_xlsx_write_distribution (Sheet          *sheet,
                             const KnReport *report)
{
  const Formats *f = &sheet->export->formats;
  guint n = sheet->n_columns;
  Rich rich = { 0 };
  lxw_row_t row = sheet->row;
  guint max_count = 0;
  g_autofree char *title = NULL;

  _kn_xlsx_put_text (sheet, row, 0, 2, "CAPAIAN KINERJA ORGANISASI*", f->cell_bold);
  rich_org_predikat (&rich, f, report->org_predikat);
  _kn_xlsx_put_rich (sheet, row, 3, n - 1, &rich, f->cell_bold);
  _kn_xlsx_rich_clear (&rich);
  row++;

  _kn_xlsx_put_block (sheet, row, row + 1 + CHART_ROWS, 0, 2, "POLA DISTRIBUSI", f->cell_bold);
  for (guint p = KN_PREDIKAT_SANGAT_KURANG; p < KN_PREDIKAT_N; p++)
    {
      guint col = 3 + p - KN_PREDIKAT_SANGAT_KURANG;

      _kn_xlsx_put_text (sheet, row, col, col, kn_predikat_print_label (p), f->head);
      _kn_xlsx_put_number (sheet, row + 1, col, col, report->counts[p], f->number);
      max_count = MAX (max_count, report->counts[p]);
    }
  _kn_xlsx_put_block (sheet, row, row + 1, 3 + KN_PREDIKAT_N - 1, n - 1, "", f->cell);

  if (report->org_predikat != KN_ORG_PREDIKAT_NONE)
    {
      g_autofree char *org = g_ascii_strdown (org_print_labels[report->org_predikat], -1);

      org[0] = g_ascii_toupper (org[0]);
      for (char *p = org; *p != '\0'; p++)
        if (p[0] == ' ' && p[1] != '\0')
          p[1] = g_ascii_toupper (p[1]);
      title = g_strdup_printf ("Kurva Distribusi Predikat Kinerja Pegawai dengan Capaian Kinerja "
                               "Organisasi %s", org);
    }
  else
    title = g_strdup ("Kurva Distribusi Predikat Kinerja Pegawai");

  _kn_xlsx_insert_distribution_chart (sheet, LXW_CHART_LINE, title, sheet->name, row, 3, row + 1, 3,
                                      TRUE, max_count, row + 2, 3,
                                      _kn_xlsx_column_pixels (sheet->widths, 3, n - 1) - 10,
                                      CHART_ROWS * LXW_DEF_ROW_HEIGHT_PIXELS - 6);
  sheet->row = row + 2 + CHART_ROWS;
}

void
_kn_xlsx_write_rating (Sheet      *sheet,
                       const char *label,
                       const char *value)
{
  const Formats *f = &sheet->export->formats;

  _kn_xlsx_put_text (sheet, sheet->row, 0, 2, label, f->cell_bold);
  _kn_xlsx_put_text (sheet, sheet->row, 3, sheet->n_columns - 1, value, f->cell_bold);
  sheet->row++;
}

static const char *
group_title (const KnReport *report)
{
  return report->jpt ? "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI"
                     : "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL";
}

void
_kn_xlsx_write_form_titles (Sheet          *sheet,
                            const char     *title,
                            const KnReport *report)
{
  const Formats *f = &sheet->export->formats;
  g_autofree char *approach = g_strdup_printf ("PENDEKATAN HASIL KERJA %s",
                                               _kn_xlsx_safe (report->approach));

  _kn_xlsx_write_line (sheet, title, f->title);
  _kn_xlsx_write_line (sheet, approach, f->subtitle);
  _kn_xlsx_write_line (sheet, group_title (report), f->subtitle);
}

static void
write_lampiran (Sheet          *sheet,
                const KnReport *report)
{
  const Formats *f = &sheet->export->formats;
  lxw_row_t breaks[] = { sheet->row, 0 };
  g_autofree char *period =
    g_strdup_printf ("PERIODE PENILAIAN: %s", _kn_xlsx_safe (report->year_period));

  _kn_xlsx_sheet_check (sheet, worksheet_set_h_pagebreaks (sheet->worksheet, breaks),
                        "worksheet_set_h_pagebreaks");

  _kn_xlsx_write_line (sheet, "LAMPIRAN SASARAN KINERJA PEGAWAI", f->title);
  _kn_xlsx_write_line (sheet, period, f->subtitle);
  sheet->row++;

  for (guint s = 0; s < KN_ATTACHMENT_N; s++)
    {
      GPtrArray *items = report->attachments[s];
      guint n_items = items != NULL ? items->len : 0;

      _kn_xlsx_put_text (sheet, sheet->row, 0, 0, "NO", f->head);
      _kn_xlsx_put_text (sheet, sheet->row, 1, sheet->n_columns - 1, attachment_titles[s],
                         f->head_left);
      sheet->row++;
      for (guint i = 0; i < MAX (n_items, 1); i++)
        {
          if (n_items == 0)
            _kn_xlsx_put_text (sheet, sheet->row, 0, 0, "", f->cell);
          else
            _kn_xlsx_put_number (sheet, sheet->row, 0, 0, i + 1, f->number);
          _kn_xlsx_put_text (sheet, sheet->row, 1, sheet->n_columns - 1,
                             n_items > 0 ? g_ptr_array_index (items, i) : "-", f->cell);
          sheet->row++;
        }
      sheet->row++;
    }

  _kn_xlsx_write_signatures (sheet, report->sign_date, "Pegawai yang Dinilai", &report->employee,
                             "Pejabat Penilai Kinerja", &report->assessor);
}

void
_kn_xlsx_write_skp (Sheet          *sheet,
                    const KnReport *report)
{
  const TableLayout layout = report->jpt
    ? (TableLayout) { skp_jpt_columns, G_N_ELEMENTS (skp_jpt_columns), skp_jpt_widths, 6 }
    : (TableLayout) { skp_columns, G_N_ELEMENTS (skp_columns), skp_widths, 6 };

  _kn_xlsx_write_form_titles (sheet, "SASARAN KINERJA PEGAWAI", report);
  sheet->row++;
  _kn_xlsx_write_agency (sheet, report->instansi, report->opd, report->year_period);
  _kn_xlsx_write_people (sheet, "PEGAWAI YANG DINILAI", &report->employee,
                         "PEJABAT PENILAI KINERJA", &report->assessor);
  sheet->row++;
  _kn_xlsx_write_line (sheet, "HASIL KERJA", sheet->export->formats.text_bold);
  _kn_xlsx_write_results (sheet, &layout, report);
  sheet->row++;
  _kn_xlsx_write_behaviour (sheet, report, FALSE);
  _kn_xlsx_write_signatures (sheet, report->sign_date, "Pegawai yang Dinilai", &report->employee,
                             "Pejabat Penilai Kinerja", &report->assessor);
  if (report->status != NULL && report->status[0] != '\0')
    {
      g_autofree char *note = g_strdup_printf ("Status SKP: %s", report->status);

      _kn_xlsx_write_note (sheet, note);
    }
  sheet->row++;
  write_lampiran (sheet, report);
}

void
_kn_xlsx_write_evaluation (Sheet          *sheet,
                           const KnReport *report)
{
  const Formats *f = &sheet->export->formats;
  const TableLayout layout = report->jpt
    ? (TableLayout) { evaluation_jpt_columns, G_N_ELEMENTS (evaluation_jpt_columns),
                      evaluation_jpt_widths, 10 }
    : (TableLayout) { evaluation_columns, G_N_ELEMENTS (evaluation_columns),
                      evaluation_widths, 10 };
  g_autofree char *dates = _kn_xlsx_period_dates (report);
  Rich rich = { 0 };

  _kn_xlsx_write_form_titles (sheet, "EVALUASI KINERJA PEGAWAI", report);
  _kn_xlsx_rich_period (&rich, f, &report->period);
  _kn_xlsx_put_rich (sheet, sheet->row, 0, sheet->n_columns - 1, &rich, f->subtitle);
  _kn_xlsx_rich_clear (&rich);
  sheet->row += 2;
  _kn_xlsx_write_agency (sheet, report->instansi, report->opd, dates);
  _kn_xlsx_write_people (sheet, "PEGAWAI YANG DINILAI", &report->employee,
                         "PEJABAT PENILAI KINERJA", &report->assessor);
  _kn_xlsx_write_distribution (sheet, report);
  sheet->row++;
  _kn_xlsx_write_line (sheet, "HASIL KERJA", f->text_bold);
  _kn_xlsx_write_results (sheet, &layout, report);
  _kn_xlsx_write_rating (sheet, "RATING HASIL KERJA*", rating_print_labels[report->rating_result]);
  sheet->row++;
  _kn_xlsx_write_behaviour (sheet, report, TRUE);
  _kn_xlsx_write_rating (sheet, "RATING PERILAKU KERJA*",
                         rating_print_labels[report->rating_behaviour]);
  _kn_xlsx_write_rating (sheet, "PREDIKAT KINERJA PEGAWAI*",
                         kn_predikat_print_label (report->predikat));
  _kn_xlsx_write_signatures (sheet, report->sign_date, "Pegawai yang Dinilai", &report->employee,
                             "Pejabat Penilai Kinerja", &report->assessor);
  _kn_xlsx_write_note (sheet, report->final
                     ? "*) Ditetapkan oleh Pejabat Penilai Kinerja."
                     : "*) Ditetapkan oleh Pejabat Penilai Kinerja. Status: Draf, belum final.");
}

static void
write_dokumen_person (Sheet                *sheet,
                      guint                 number,
                      const char           *title,
                      const KnReportPerson *person)
{
  const Formats *f = &sheet->export->formats;
  lxw_row_t first = sheet->row;

  _kn_xlsx_put_number_block (sheet, first, first + G_N_ELEMENTS (person_labels), 0, 0, number,
                             f->number);
  _kn_xlsx_put_text (sheet, first, 1, 2, title, f->head_left);
  for (guint i = 0; i < G_N_ELEMENTS (person_labels); i++)
    {
      _kn_xlsx_put_text (sheet, first + 1 + i, 1, 1, person_labels[i], f->cell);
      _kn_xlsx_put_text (sheet, first + 1 + i, 2, 2, _kn_xlsx_person_field (person, i), f->cell);
    }
  sheet->row = first + 1 + G_N_ELEMENTS (person_labels);
}

void
_kn_xlsx_write_dokumen (Sheet          *sheet,
                        const KnReport *report)
{
  const Formats *f = &sheet->export->formats;
  g_autofree char *dates = _kn_xlsx_period_dates (report);
  Rich rich = { 0 };
  lxw_row_t first;

  _kn_xlsx_write_line (sheet, "DOKUMEN EVALUASI KINERJA PEGAWAI", f->title);
  _kn_xlsx_rich_period (&rich, f, &report->period);
  _kn_xlsx_put_rich (sheet, sheet->row, 0, sheet->n_columns - 1, &rich, f->subtitle);
  _kn_xlsx_rich_clear (&rich);
  sheet->row += 2;

  _kn_xlsx_put_text (sheet, sheet->row, 0, 1, "NAMA INSTANSI", f->cell_bold);
  _kn_xlsx_put_text (sheet, sheet->row, 2, 2, report->instansi, f->cell);
  sheet->row++;
  _kn_xlsx_put_text (sheet, sheet->row, 0, 1, "PERIODE PENILAIAN", f->cell_bold);
  _kn_xlsx_put_text (sheet, sheet->row, 2, 2, dates, f->cell);
  sheet->row += 2;

  write_dokumen_person (sheet, 1, "PEGAWAI YANG DINILAI", &report->employee);
  write_dokumen_person (sheet, 2, "PEJABAT PENILAI KINERJA", &report->assessor);
  write_dokumen_person (sheet, 3, "ATASAN PEJABAT PENILAI KINERJA", &report->superior);

  first = sheet->row;
  _kn_xlsx_put_number_block (sheet, first, first + 2, 0, 0, 4, f->number);
  _kn_xlsx_put_text (sheet, first, 1, 2, "EVALUASI KINERJA", f->head_left);
  _kn_xlsx_put_text (sheet, first + 1, 1, 1, "CAPAIAN KINERJA ORGANISASI", f->cell);
  _kn_xlsx_put_text (sheet, first + 1, 2, 2, org_print_labels[report->org_predikat], f->cell_bold);
  _kn_xlsx_put_text (sheet, first + 2, 1, 1, "PREDIKAT KINERJA PEGAWAI", f->cell);
  _kn_xlsx_put_text (sheet, first + 2, 2, 2, kn_predikat_print_label (report->predikat),
                     f->cell_bold);
  sheet->row = first + 3;

  first = sheet->row;
  _kn_xlsx_put_number_block (sheet, first, first + 1, 0, 0, 5, f->number);
  _kn_xlsx_put_text (sheet, first, 1, 2, "CATATAN/REKOMENDASI", f->head_left);
  _kn_xlsx_put_text (sheet, first + 1, 1, 2, report->note, f->cell);
  /* Room to write by hand when there is no note. */
  _kn_xlsx_sheet_need_lines (sheet, first + 1, 3.0);
  sheet->row = first + 2;

  _kn_xlsx_write_signatures (sheet, report->sign_date, NULL, NULL, "Pejabat Penilai Kinerja",
                             &report->assessor);
  if (!report->final)
    _kn_xlsx_write_note (sheet, "Status: Draf, belum final.");
}

static gboolean
write_reports (Export       *export,
               gconstpointer data)
{
  const ReportsData *reports = data;

  for (guint i = 0; i < reports->n_reports && export->error == LXW_NO_ERROR; i++)
    {
      const KnReport *report = reports->reports[i];
      g_autofree char *name = _kn_xlsx_export_sheet_name (export, report->employee.name);
      g_autoptr(Sheet) sheet = NULL;

      switch (report->kind)
        {
        case KN_DOCUMENT_SKP:
          sheet =
            _kn_xlsx_sheet_new (export, name, report->jpt ? skp_jpt_widths : skp_widths, 6, FALSE);
          if (sheet != NULL)
            _kn_xlsx_write_skp (sheet, report);
          break;
        case KN_DOCUMENT_EVALUASI:
          sheet = _kn_xlsx_sheet_new (
            export, name, report->jpt ? evaluation_jpt_widths : evaluation_widths, 10, TRUE);
          if (sheet != NULL)
            _kn_xlsx_write_evaluation (sheet, report);
          break;
        case KN_DOCUMENT_DOKUMEN:
          sheet =
            _kn_xlsx_sheet_new (export, name, dokumen_widths, G_N_ELEMENTS (dokumen_widths), FALSE);
          if (sheet != NULL)
            _kn_xlsx_write_dokumen (sheet, report);
          break;
        case KN_DOCUMENT_REKAP:
        default:
          g_assert_not_reached ();
        }

      if (sheet != NULL)
        _kn_xlsx_sheet_finish (sheet);
    }

  return export->error == LXW_NO_ERROR;
}

static const char *
rating_cell (KnRating rating)
{
  return rating < KN_RATING_N ? rating_print_labels[rating] : "";
}

/* The header of a table, with the column numbers under it, repeated on every printed page. */
void
_kn_xlsx_write_head_row (Sheet              *sheet,
                         const char * const *headers,
                         guint               n)
{
  const Formats *f = &sheet->export->formats;
  lxw_row_t row = sheet->row;

  for (guint c = 0; c < n; c++)
    {
      g_autofree char *number = g_strdup_printf ("(%u)", c + 1);

      _kn_xlsx_put_text (sheet, row, c, c, headers[c], f->head);
      _kn_xlsx_put_text (sheet, row + 1, c, c, number, f->numbering);
    }
  sheet->has_titles = TRUE;
  sheet->titles_first = row;
  sheet->titles_last = row + 1;
  sheet->row = row + 2;
}

static void
write_recap_table (Sheet               *sheet,
                   const KnRecapReport *report)
{
  const Formats *f = &sheet->export->formats;
  static const char * const headers[] = {
    "NO", "NAMA", "NIP", "PANGKAT/GOL. RUANG", "JABATAN", "UNIT KERJA", "RATING HASIL KERJA",
    "RATING PERILAKU KERJA", "PREDIKAT KINERJA PEGAWAI", "STATUS",
  };
  lxw_row_t row;

  _kn_xlsx_write_head_row (sheet, headers, G_N_ELEMENTS (headers));
  row = sheet->row;

  for (guint i = 0; report->rows != NULL && i < report->rows->len; i++)
    {
      const KnRecapRow *recap = g_ptr_array_index (report->rows, i);

      _kn_xlsx_put_number (sheet, row, 0, 0, i + 1, f->number);
      for (guint field = 0; field < G_N_ELEMENTS (person_labels); field++)
        _kn_xlsx_put_text (sheet, row, 1 + field, 1 + field,
                           _kn_xlsx_person_field (&recap->person, field), f->cell);
      _kn_xlsx_put_text (sheet, row, 6, 6, rating_cell (recap->rating_result), f->cell_center);
      _kn_xlsx_put_text (sheet, row, 7, 7, rating_cell (recap->rating_behaviour), f->cell_center);
      _kn_xlsx_put_text (sheet, row, 8, 8, kn_predikat_print_label (recap->predikat),
                         f->cell_center);
      _kn_xlsx_put_text (sheet, row, 9, 9, recap->final ? "Final" : "Draf", f->cell_center);
      row++;
    }
  if (report->rows == NULL || report->rows->len == 0)
    {
      _kn_xlsx_put_text (sheet, row, 0, 0, "-", f->cell_center);
      _kn_xlsx_put_text (sheet, row, 1, G_N_ELEMENTS (headers) - 1,
                         "Belum ada penilaian pada periode ini.", f->cell);
      row++;
    }

  sheet->row = row;
}

/* The distribution as numbers: count and share of each predikat. Returns the first row of the
 * five predikat, which the chart reads. */
static lxw_row_t
write_recap_distribution (Sheet               *sheet,
                          const KnRecapReport *report,
                          guint               *max_count)
{
  const Formats *f = &sheet->export->formats;
  lxw_row_t row = sheet->row;
  lxw_row_t first;
  guint total = 0;

  for (guint p = KN_PREDIKAT_SANGAT_KURANG; p < KN_PREDIKAT_N; p++)
    {
      total += report->counts[p];
      *max_count = MAX (*max_count, report->counts[p]);
    }

  _kn_xlsx_put_text (sheet, row, 0, sheet->n_columns - 1, "DISTRIBUSI PREDIKAT KINERJA PEGAWAI",
                     f->text_bold);
  row++;
  _kn_xlsx_put_text (sheet, row, 0, 0, "NO", f->head);
  _kn_xlsx_put_text (sheet, row, 1, 1, "PREDIKAT KINERJA PEGAWAI", f->head);
  _kn_xlsx_put_text (sheet, row, 2, 2, "JUMLAH PEGAWAI", f->head);
  _kn_xlsx_put_text (sheet, row, 3, 3, "PERSENTASE", f->head);
  row++;

  first = row;
  for (guint p = KN_PREDIKAT_SANGAT_KURANG; p < KN_PREDIKAT_N; p++)
    {
      _kn_xlsx_put_number (sheet, row, 0, 0, p, f->number);
      _kn_xlsx_put_text (sheet, row, 1, 1, kn_predikat_print_label (p), f->cell);
      _kn_xlsx_put_number (sheet, row, 2, 2, report->counts[p], f->number);
      _kn_xlsx_put_number (sheet, row, 3, 3, total > 0 ? (double) report->counts[p] / total : 0.0,
                           f->share);
      row++;
    }
  _kn_xlsx_put_text (sheet, row, 0, 1, "JUMLAH", f->cell_bold);
  _kn_xlsx_put_number (sheet, row, 2, 2, total, f->number);
  _kn_xlsx_put_number (sheet, row, 3, 3, total > 0 ? 1.0 : 0.0, f->share);
  row++;
  if (report->counts[KN_PREDIKAT_NONE] > 0)
    {
      _kn_xlsx_put_text (sheet, row, 0, 1, "BELUM DINILAI", f->cell);
      _kn_xlsx_put_number (sheet, row, 2, 2, report->counts[KN_PREDIKAT_NONE], f->number);
      _kn_xlsx_put_text (sheet, row, 3, 3, "", f->cell);
      row++;
    }

  sheet->row = row;
  return first;
}

static void
write_sentences (Sheet      *sheet,
                 const char *title,
                 GPtrArray  *sentences,
                 const char *none)
{
  const Formats *f = &sheet->export->formats;
  guint n = sentences != NULL ? sentences->len : 0;

  _kn_xlsx_write_line (sheet, title, f->text_bold);
  if (n == 0)
    _kn_xlsx_write_line (sheet, none, f->text);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *line = g_strdup_printf ("%u. %s", i + 1,
                                               (const char *) g_ptr_array_index (sentences, i));

      _kn_xlsx_write_line (sheet, line, f->text);
    }
}

static gboolean
write_recap (Export       *export,
             gconstpointer data)
{
  const KnRecapReport *report = data;
  const Formats *f = &export->formats;
  g_autoptr(Sheet) sheet = NULL;
  g_autoptr(Sheet) chart_sheet = NULL;
  g_autofree char *period_label = NULL;
  g_autofree char *period = NULL;
  g_autofree char *org = NULL;
  g_autofree char *pattern_title = NULL;
  g_autofree char *chart_title = NULL;
  lxw_row_t distribution;
  guint max_count = 0;

  sheet = _kn_xlsx_sheet_new (export, "Rekap", recap_widths, G_N_ELEMENTS (recap_widths), TRUE);
  if (sheet == NULL)
    return FALSE;

  period_label = _kn_xlsx_period_is_valid (&report->period)
                   ? kn_period_print_label (&report->period)
                   : g_strdup ("");
  period = g_strdup_printf ("PERIODE: %s %u", period_label, report->period.year);
  org = g_strdup_printf ("CAPAIAN KINERJA ORGANISASI: %s",
                         report->org_predikat != KN_ORG_PREDIKAT_NONE
                         ? org_print_labels[report->org_predikat] : "BELUM DITETAPKAN");

  _kn_xlsx_write_line (sheet, "PENETAPAN PREDIKAT KINERJA PEGAWAI", f->title);
  if (report->instansi != NULL && report->instansi[0] != '\0')
    _kn_xlsx_write_line (sheet, report->instansi, f->subtitle);
  _kn_xlsx_write_line (sheet, report->unit, f->subtitle);
  _kn_xlsx_write_line (sheet, period, f->subtitle);
  _kn_xlsx_write_line (sheet, org, f->subtitle);
  sheet->row++;

  write_recap_table (sheet, report);
  sheet->row++;
  distribution = write_recap_distribution (sheet, report, &max_count);
  sheet->row++;

  pattern_title = g_strdup_printf ("POLA DISTRIBUSI (CAPAIAN KINERJA ORGANISASI %s)",
                                   report->org_predikat != KN_ORG_PREDIKAT_NONE
                                   ? org_print_labels[report->org_predikat] : "BELUM DITETAPKAN");
  write_sentences (sheet, pattern_title, report->pattern,
                   "Tidak ada pola distribusi yang berlaku.");
  sheet->row++;
  write_sentences (sheet, "KESESUAIAN DENGAN POLA DISTRIBUSI", report->violations,
                   "Distribusi predikat sesuai dengan pola distribusi.");

  _kn_xlsx_write_signatures (sheet, report->sign_date, NULL, NULL,
                             report->leader.position != NULL && report->leader.position[0] != '\0'
                             ? report->leader.position : "Pimpinan Unit Kerja",
                             &report->leader);
  _kn_xlsx_sheet_finish (sheet);

  chart_sheet = _kn_xlsx_sheet_new (export, "Grafik", chart_sheet_widths,
                                    G_N_ELEMENTS (chart_sheet_widths), TRUE);
  if (chart_sheet == NULL)
    return FALSE;
  worksheet_fit_to_pages (chart_sheet->worksheet, 1, 1);
  _kn_xlsx_write_line (chart_sheet, "GRAFIK DISTRIBUSI PREDIKAT KINERJA PEGAWAI", f->title);
  _kn_xlsx_write_line (chart_sheet, report->unit, f->subtitle);
  _kn_xlsx_write_line (chart_sheet, period, f->subtitle);
  chart_title = g_strdup_printf ("Distribusi Predikat Kinerja Pegawai, %s %u",
                                 period_label, report->period.year);
  _kn_xlsx_insert_distribution_chart (
    chart_sheet, LXW_CHART_COLUMN, chart_title, sheet->name, distribution, 1, distribution, 2,
    FALSE, max_count, chart_sheet->row + 1, 0,
    _kn_xlsx_column_pixels (chart_sheet_widths, 0, G_N_ELEMENTS (chart_sheet_widths) - 1) - 10,
    440);
  chart_sheet->row += 1 + 440 / LXW_DEF_ROW_HEIGHT_PIXELS + 1;
  _kn_xlsx_sheet_finish (chart_sheet);

  return export->error == LXW_NO_ERROR;
}

/* Rekapitulasi pengembangan kompetensi */

static const double training_widths[] = { 5, 28, 22, 26, 24, 11, 11, 14, 10, 14 };
static const double activity_widths[] = { 5, 26, 22, 12, 36, 18, 13, 7, 24, 26 };

/* The forms as printed: Indonesian whatever the interface language. */
static const char * const training_print_labels[KN_TRAINING_N] = {
  [KN_TRAINING_PELATIHAN] = "Pelatihan",
  [KN_TRAINING_SEMINAR] = "Seminar/Konferensi",
  [KN_TRAINING_KURSUS] = "Kursus",
  [KN_TRAINING_WORKSHOP] = "Lokakarya",
  [KN_TRAINING_BIMTEK] = "Bimbingan Teknis",
  [KN_TRAINING_COACHING] = "Coaching",
  [KN_TRAINING_MENTORING] = "Mentoring",
  [KN_TRAINING_E_LEARNING] = "E-learning",
  [KN_TRAINING_DETASERING] = "Detasering",
  [KN_TRAINING_BENCHMARKING] = "Studi Banding",
  [KN_TRAINING_BELAJAR_MANDIRI] = "Belajar Mandiri",
  [KN_TRAINING_KOMUNITAS_BELAJAR] = "Komunitas Belajar",
  [KN_TRAINING_MAGANG] = "Magang/Praktik Kerja",
};

static gboolean
write_training (Export       *export,
                gconstpointer data)
{
  const KnTrainingRecap *recap = data;
  const Formats *f = &export->formats;
  static const char * const headers[] = {
    "NO", "NAMA", "NIP", "JABATAN", "UNIT KERJA", "JUMLAH KEGIATAN", "JP KLASIKAL",
    "JP NONKLASIKAL", "JUMLAH JP", "KETERANGAN",
  };
  static const char * const activity_headers[] = {
    "NO", "NAMA", "NIP", "TANGGAL", "NAMA KEGIATAN", "BENTUK", "JALUR", "JP", "PENYELENGGARA",
    "BUKTI/SERTIFIKAT",
  };
  g_autoptr(Sheet) sheet = NULL;
  g_autoptr(Sheet) list = NULL;
  g_autofree char *year = g_strdup_printf ("TAHUN %u", recap->year);
  g_autofree char *target = NULL;
  g_autofree char *summary = NULL;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  guint n_activities = 0;

  g_ascii_formatd (buffer, sizeof buffer, "%.10g", recap->target);
  target = g_strdup (buffer);

  sheet =
    _kn_xlsx_sheet_new (export, "Rekap JP", training_widths, G_N_ELEMENTS (training_widths), TRUE);
  if (sheet == NULL)
    return FALSE;
  _kn_xlsx_write_line (sheet, "REKAPITULASI PENGEMBANGAN KOMPETENSI PEGAWAI", f->title);
  if (recap->instansi != NULL && recap->instansi[0] != '\0')
    _kn_xlsx_write_line (sheet, recap->instansi, f->subtitle);
  _kn_xlsx_write_line (sheet, recap->unit, f->subtitle);
  _kn_xlsx_write_line (sheet, year, f->subtitle);
  sheet->row++;

  _kn_xlsx_write_head_row (sheet, headers, G_N_ELEMENTS (headers));
  for (guint i = 0; i < recap->rows->len; i++)
    {
      const KnTrainingRecapRow *row = g_ptr_array_index (recap->rows, i);
      double klasikal = 0;
      double non = 0;

      for (guint j = 0; j < row->activities->len; j++)
        {
          const KnTraining *training = g_ptr_array_index (row->activities, j);

          if (kn_training_form_is_klasikal (training->form))
            klasikal += training->hours;
          else
            non += training->hours;
        }
      n_activities += row->activities->len;

      _kn_xlsx_put_number (sheet, sheet->row, 0, 0, i + 1, f->number);
      _kn_xlsx_put_text (sheet, sheet->row, 1, 1, row->person.name, f->cell);
      _kn_xlsx_put_text (sheet, sheet->row, 2, 2, row->person.nip, f->cell);
      _kn_xlsx_put_text (sheet, sheet->row, 3, 3, row->person.position, f->cell);
      _kn_xlsx_put_text (sheet, sheet->row, 4, 4, row->person.unit, f->cell);
      _kn_xlsx_put_number (sheet, sheet->row, 5, 5, row->activities->len, f->number);
      _kn_xlsx_put_number (sheet, sheet->row, 6, 6, klasikal, f->number);
      _kn_xlsx_put_number (sheet, sheet->row, 7, 7, non, f->number);
      _kn_xlsx_put_number (sheet, sheet->row, 8, 8, row->hours, f->number);
      _kn_xlsx_put_text (sheet, sheet->row, 9, 9,
                         row->hours >= recap->target ? "Memenuhi" : "Belum memenuhi",
                         f->cell_center);
      sheet->row++;
    }
  if (recap->rows->len == 0)
    {
      _kn_xlsx_put_text (sheet, sheet->row, 0, 0, "-", f->cell_center);
      _kn_xlsx_put_text (sheet, sheet->row, 1, G_N_ELEMENTS (headers) - 1,
                         "Belum ada pegawai di unit kerja ini.", f->cell);
      sheet->row++;
    }
  sheet->row++;

  summary = g_strdup_printf ("Pegawai yang memenuhi %s JP: %u dari %u orang.", target,
                             recap->reached, recap->rows->len);
  _kn_xlsx_write_line (sheet, summary, f->text_bold);
  _kn_xlsx_write_line (sheet,
                       "Setiap PNS berhak atas pengembangan kompetensi paling sedikit 20 JP dalam "
                       "satu tahun (PP Nomor 17 Tahun 2020).",
                       f->note);
  _kn_xlsx_write_signatures (sheet, recap->sign_date, NULL, NULL,
                             recap->leader.position != NULL && recap->leader.position[0] != '\0'
                             ? recap->leader.position : "Pimpinan Unit Kerja",
                             &recap->leader);
  _kn_xlsx_sheet_finish (sheet);

  list =
    _kn_xlsx_sheet_new (export, "Kegiatan", activity_widths, G_N_ELEMENTS (activity_widths), TRUE);
  if (list == NULL)
    return FALSE;
  _kn_xlsx_write_line (list, "DAFTAR KEGIATAN PENGEMBANGAN KOMPETENSI", f->title);
  _kn_xlsx_write_line (list, recap->unit, f->subtitle);
  _kn_xlsx_write_line (list, year, f->subtitle);
  list->row++;
  _kn_xlsx_write_head_row (list, activity_headers, G_N_ELEMENTS (activity_headers));
  n_activities = 0;
  for (guint i = 0; i < recap->rows->len; i++)
    {
      const KnTrainingRecapRow *row = g_ptr_array_index (recap->rows, i);

      for (guint j = 0; j < row->activities->len; j++)
        {
          const KnTraining *training = g_ptr_array_index (row->activities, j);
          g_autofree char *date = kn_format_iso_date_numeric (training->date);

          _kn_xlsx_put_number (list, list->row, 0, 0, ++n_activities, f->number);
          _kn_xlsx_put_text (list, list->row, 1, 1, row->person.name, f->cell);
          _kn_xlsx_put_text (list, list->row, 2, 2, row->person.nip, f->cell);
          _kn_xlsx_put_text (list, list->row, 3, 3, date != NULL ? date : training->date,
                             f->cell_center);
          _kn_xlsx_put_text (list, list->row, 4, 4, training->title, f->cell);
          _kn_xlsx_put_text (list, list->row, 5, 5, training->form < KN_TRAINING_N
                                           ? training_print_labels[training->form] : "",
                             f->cell);
          _kn_xlsx_put_text (list, list->row, 6, 6, kn_training_form_is_klasikal (training->form)
                                           ? "Klasikal" : "Nonklasikal", f->cell_center);
          _kn_xlsx_put_number (list, list->row, 7, 7, training->hours, f->number);
          _kn_xlsx_put_text (list, list->row, 8, 8, training->organizer, f->cell);
          _kn_xlsx_put_text (list, list->row, 9, 9, training->evidence, f->cell);
          list->row++;
        }
    }
  if (n_activities == 0)
    {
      _kn_xlsx_put_text (list, list->row, 0, 0, "-", f->cell_center);
      _kn_xlsx_put_text (list, list->row, 1, G_N_ELEMENTS (activity_headers) - 1,
                         "Belum ada kegiatan yang dicatat pada tahun ini.", f->cell);
      list->row++;
    }
  _kn_xlsx_sheet_finish (list);

  return export->error == LXW_NO_ERROR;
}

static void
set_failed (GError    **error,
            const char *path,
            const char *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, KN_EXPORT_ERROR, KN_EXPORT_ERROR_FAILED,
               _("Could not save “%s”: %s. Choose a folder that exists and that you may write to."),
               display, reason);
}

static void
set_workbook_failed (GError    **error,
                     const char *path,
                     lxw_error   lxw)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (
    error, KN_EXPORT_ERROR, KN_EXPORT_ERROR_FAILED,
    _("Could not write the workbook “%s” (%s). Try again, or save it in another folder."), display,
    lxw_strerror (lxw));
}

/* Writes to a temporary file beside @path and renames it over @path once complete, so that a
 * failure leaves neither a half-written workbook nor the temporary file. */
static gboolean
export_write (const char   *path,
              KnPaper       paper,
              const char   *title,
              const char   *company,
              WriteFunc     write,
              gconstpointer data,
              GError      **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *hidden = g_strdup_printf (".%s.XXXXXX", basename);
  g_autofree char *temporary = g_build_filename (folder, hidden, NULL);
  g_autoptr(GHashTable) sheet_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lxw_workbook_options options = {
    .constant_memory = LXW_FALSE, .tmpdir = NULL, .use_zip64 = LXW_FALSE,
  };
  lxw_doc_properties properties = { 0 };
  Export export = { 0 };
  lxw_error closed;
  int fd;

  fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved = errno;

      set_failed (error, path, g_strerror (saved));
      return FALSE;
    }
  g_close (fd, NULL);

  export.workbook = workbook_new_opt (temporary, &options);
  if (export.workbook == NULL)
    {
      g_unlink (temporary);
      set_workbook_failed (error, path, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return FALSE;
    }
  export.paper = paper;
  export.sheet_names = sheet_names;
  /* Excel reserves this name. */
  g_hash_table_add (sheet_names, g_strdup ("history"));

  properties.title = (char *) title;
  properties.company = (char *) _kn_xlsx_safe (company);
  properties.comments = (char *) "Kinerja";
  _kn_xlsx_export_check (&export, workbook_set_properties (export.workbook, &properties),
                         "workbook_set_properties");
  _kn_xlsx_formats_init (&export);

  if (export.error != LXW_NO_ERROR || !write (&export, data))
    {
      g_debug ("Writing the workbook %s failed in %s: %s", path, _kn_xlsx_safe (export.failed),
               lxw_strerror (export.error));
      lxw_workbook_free (export.workbook);
      g_unlink (temporary);
      set_workbook_failed (error, path,
                           export.error != LXW_NO_ERROR ? export.error
                                                        : LXW_ERROR_PARAMETER_VALIDATION);
      g_free (export.failed);
      return FALSE;
    }

  closed = workbook_close (export.workbook);
  g_free (export.failed);
  if (closed != LXW_NO_ERROR)
    {
      g_unlink (temporary);
      set_workbook_failed (error, path, closed);
      return FALSE;
    }

  if (g_rename (temporary, path) != 0)
    {
      int saved = errno;

      g_unlink (temporary);
      set_failed (error, path, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

/* libxlsxwriter prints numbers with the C library, so under id_ID it would write "143071,5"
 * and corrupt the workbook (TESTING.md trap 2): the whole export runs with the C numeric
 * locale on this thread. The other categories stay, so that messages are still translated. */
static gboolean
export_in_c_locale (const char   *path,
                    KnPaper       paper,
                    const char   *title,
                    const char   *company,
                    WriteFunc     write,
                    gconstpointer data,
                    GError      **error)
{
  locale_t base = duplocale (uselocale ((locale_t) 0));
  locale_t numeric = (locale_t) 0;
  locale_t previous;
  gboolean ok;

  if (base != (locale_t) 0)
    {
      numeric = newlocale (LC_NUMERIC_MASK, "C", base);
      if (numeric == (locale_t) 0)
        freelocale (base);
    }
  if (numeric == (locale_t) 0)
    {
      set_workbook_failed (error, path, LXW_ERROR_MEMORY_MALLOC_FAILED);
      return FALSE;
    }

  previous = uselocale (numeric);
  ok = export_write (path, paper, title, company, write, data, error);
  uselocale (previous);
  freelocale (numeric);

  return ok;
}

gboolean
kn_export_reports_xlsx (const KnReport *const *reports,
                        guint                  n_reports,
                        KnPaper                paper,
                        const char            *path,
                        GError               **error)
{
  ReportsData data = { reports, n_reports };
  const char *title = "Dokumen Kinerja Pegawai";

  g_return_val_if_fail (reports != NULL || n_reports == 0, FALSE);
  g_return_val_if_fail (paper == KN_PAPER_A4 || paper == KN_PAPER_F4, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  for (guint i = 0; i < n_reports; i++)
    g_return_val_if_fail (reports[i] != NULL &&
                          (reports[i]->kind == KN_DOCUMENT_SKP ||
                           reports[i]->kind == KN_DOCUMENT_EVALUASI ||
                           reports[i]->kind == KN_DOCUMENT_DOKUMEN), FALSE);

  if (n_reports == 0)
    {
      g_set_error_literal (error, KN_EXPORT_ERROR, KN_EXPORT_ERROR_FAILED,
                           _("There is nothing to export: choose at least one document."));
      return FALSE;
    }

  if (n_reports == 1)
    title = reports[0]->kind == KN_DOCUMENT_SKP ? "Sasaran Kinerja Pegawai"
          : reports[0]->kind == KN_DOCUMENT_EVALUASI ? "Evaluasi Kinerja Pegawai"
          : "Dokumen Evaluasi Kinerja Pegawai";

  return export_in_c_locale (path, paper, title, reports[0]->instansi, write_reports, &data, error);
}

gboolean
kn_export_recap_xlsx (const KnRecapReport *report,
                      KnPaper              paper,
                      const char          *path,
                      GError             **error)
{
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (paper == KN_PAPER_A4 || paper == KN_PAPER_F4, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return export_in_c_locale (path, paper, "Penetapan Predikat Kinerja Pegawai", report->instansi,
                             write_recap, report, error);
}

gboolean
kn_export_training_xlsx (const KnTrainingRecap *recap,
                         KnPaper                paper,
                         const char            *path,
                         GError               **error)
{
  g_return_val_if_fail (recap != NULL, FALSE);
  g_return_val_if_fail (paper == KN_PAPER_A4 || paper == KN_PAPER_F4, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return export_in_c_locale (path, paper, "Rekapitulasi Pengembangan Kompetensi Pegawai",
                             recap->instansi, write_training, recap, error);
}
