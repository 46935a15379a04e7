/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The cells of the workbooks: text Excel can hold, numbers kept as numbers, rich text, formats,
 * sheet names and the row heights of wrapped and merged cells. */

#define G_LOG_DOMAIN "kn-export"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>
#include <xlsxwriter.h>

#include "kinerja/kn-export.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-rules.h"

#include "kn-export-private.h"

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

/* The advance of @c in Arial (Liberation Sans), in thousandths of the font size. */
static double
char_units (gunichar c)
{
  /* ' ' to '~' */
  static const guint16 ascii[] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
  };

  if (c >= ' ' && c <= '~')
    return ascii[c - ' '];
  return g_unichar_isupper (c) ? 722 : 556;
}

/* Lines a wrapped text of 10 pt Arial needs in a column @width characters wide (Excel's unit:
 * the width of "0" in Calibri 11, 7 pixels, plus 5), wrapped word by word as Excel and
 * LibreOffice do, from the glyphs' widths. Excel's room is the tighter one (LibreOffice draws
 * the same columns a little wider), so what fits here fits in both. Better a little too tall
 * than cut: Excel and LibreOffice do not fit the height of merged cells themselves. */
static double
estimate_lines (const char *text,
                double      width)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  /* Thousandths of 10 pt: the column in points, less the cell's padding and a margin of 4 %. */
  double per_line = MAX (((width * 7.0 + 5.0) - 7.0) * 0.75 * 100.0 * 0.96, 1000.0);
  double lines = 0;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (paragraphs[i], " ", -1);
      double used = 0;

      lines += 1.0;
      for (guint w = 0; words[w] != NULL; w++)
        {
          double length = 0;

          for (const char *p = words[w]; *p != '\0'; p = g_utf8_next_char (p))
            length += char_units (g_utf8_get_char (p));
          if (used > 0 && used + char_units (' ') + length > per_line)
            {
              lines += 1.0;
              used = 0;
            }
          if (used > 0)
            used += char_units (' ');
          /* A word longer than the line is cut into lines of its own. */
          while (length > per_line)
            {
              lines += 1.0;
              length -= per_line;
            }
          used += length;
        }
    }

  return MAX (lines, 1.0);
}

/* The narrowest column width (Excel's unit, as estimate_lines) that holds @text on one line (its
 * widest line, when it has several). */
double
_kn_xlsx_text_width (const char *text)
{
  g_autofree char *clean = cell_text (text);
  double widest = 0;
  double length = 0;

  for (const char *p = clean; ; p = g_utf8_next_char (p))
    {
      if (*p == '\0' || *p == '\n')
        {
          widest = MAX (widest, length);
          length = 0;
          if (*p == '\0')
            break;
          continue;
        }
      length += char_units (g_utf8_get_char (p));
    }
  /* estimate_lines' room for a line, solved for the width, rounded up to a tenth. */
  return ceil ((widest / (0.75 * 100.0 * 0.96) + 7.0 - 5.0) / 7.0 * 10.0) / 10.0;
}

/* The person fields that are never wrapped: the name with its titles, the NIP and the pangkat. */
#define PERSON_ONE_LINE_FIELDS 3
/* Wider than this, a name wraps rather than squeeze the rest of the page. */
#define PERSON_MAX_WIDTH 48.0

void
_kn_xlsx_fit_person_values (double                       *widths,
                            guint                         label_col,
                            guint                         first,
                            guint                         last,
                            const KnReportPerson * const *people,
                            guint                         n_people)
{
  double need = 0;
  double have = 0;
  double labels = 0;
  double deficit;
  double given;

  g_assert (label_col < first && first <= last && last < MAX_COLUMNS);

  for (guint p = 0; p < n_people; p++)
    for (guint field = 0; people[p] != NULL && field < PERSON_ONE_LINE_FIELDS; field++)
      need = MAX (need, _kn_xlsx_text_width (kn_report_person_field (people[p], field)));
  need = MIN (need, PERSON_MAX_WIDTH);
  for (guint c = first; c <= last; c++)
    have += widths[c];
  if (need <= have)
    return;

  /* The label column gives what its labels do not use; the sheet widens by the rest (it is
   * printed fitted to the page's width). */
  for (guint i = 0; i < KN_FORM_N_PERSON_LABELS; i++)
    labels = MAX (labels, _kn_xlsx_text_width (kn_form_text_person_label (i)));
  deficit = need - have;
  given = CLAMP (widths[label_col] - labels, 0, deficit);
  widths[label_col] -= given;
  widths[last] += deficit;
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
  if (sheet->worksheet == NULL)
    ;
  else if (first_row == last_row && first_col == last_col)
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
  if (sheet->worksheet == NULL)
    return;
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

void
_kn_xlsx_put_date (Sheet      *sheet,
                   lxw_row_t   row,
                   lxw_col_t   col,
                   const char *iso)
{
  const char *text = _kn_xlsx_safe (iso);
  guint year, month, day;
  char end;

  if (sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 || strlen (text) != 10 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      _kn_xlsx_put_text (sheet, row, col, col, text, sheet->export->formats.cell_center);
      return;
    }
  if (sheet->worksheet != NULL)
    {
      lxw_datetime date = { .year = (int) year, .month = (int) month, .day = (int) day };

      _kn_xlsx_sheet_check (sheet, worksheet_write_datetime (sheet->worksheet, row, col, &date,
                                                             sheet->export->formats.date),
                            "worksheet_write_datetime");
    }
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

  if (sheet->worksheet != NULL && first_col != last_col)
    _kn_xlsx_sheet_check (
      sheet, worksheet_merge_range (sheet->worksheet, row, first_col, row, last_col, "", format),
      "worksheet_merge_range");
  if (sheet->worksheet != NULL)
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
  /* The numbers are Indonesian whatever the viewer's language, as on the PDF ("12,50 %", two
   * decimals as kn_format_doc_percent writes every percentage): the
   * formats carry the Indonesian locale ([$-421]), whose decimal comma LibreOffice shows. */
  f->number = format_new (e, FALSE, TRUE, center, top, 10, KN_XLSX_INDONESIAN "General");
  f->share = format_new (e, FALSE, TRUE, center, top, 10, KN_XLSX_INDONESIAN "0.00\" \"%");
  f->capaian = format_new (e, FALSE, TRUE, center, top, 10, KN_XLSX_INDONESIAN "0.00\" %\"");
  /* "dd-mm-yyyy": day, month and year as Indonesians write them, whatever the viewer's locale. */
  f->date = format_new (e, FALSE, TRUE, center, top, 10, KN_XLSX_INDONESIAN "dd-mm-yyyy");
  f->sign = format_new (e, FALSE, FALSE, center, top, 10, NULL);
  f->sign_name = format_new (e, TRUE, FALSE, center, top, 10, NULL);
  f->rich_bold = format_new (e, TRUE, FALSE, none, none, 10, NULL);
  f->rich_strike = format_new (e, TRUE, FALSE, none, none, 10, NULL);
  f->mark = format_new (e, TRUE, TRUE, right, middle, 10, NULL);

  if (f->note != NULL)
    format_set_italic (f->note);
  if (f->numbering != NULL)
    format_set_italic (f->numbering);
  if (f->sign_name != NULL)
    format_set_underline (f->sign_name, LXW_UNDERLINE_SINGLE);
  if (f->rich_strike != NULL)
    format_set_font_strikeout (f->rich_strike);
  if (f->mark != NULL)
    {
      format_set_font_color (f->mark, 0xC00000);
      format_set_pattern (f->mark, LXW_PATTERN_SOLID);
      format_set_bg_color (f->mark, 0xFFF2CC);
    }
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
  sheet->keeps = g_array_new (FALSE, FALSE, sizeof (Span));
  sheet->breaks = g_array_new (FALSE, FALSE, sizeof (lxw_row_t));
  sheet->table_last = G_MAXUINT32;
  sheet->landscape = landscape;

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

Sheet *
_kn_xlsx_sheet_probe_new (Sheet *like)
{
  Sheet *sheet = g_new0 (Sheet, 1);

  sheet->export = like->export;
  sheet->name = g_strdup (like->name);
  sheet->n_columns = like->n_columns;
  memcpy (sheet->widths, like->widths, sizeof sheet->widths);
  sheet->lines = g_array_new (FALSE, TRUE, sizeof (double));
  sheet->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  sheet->keeps = g_array_new (FALSE, FALSE, sizeof (Span));
  sheet->breaks = g_array_new (FALSE, FALSE, sizeof (lxw_row_t));
  sheet->table_last = G_MAXUINT32;
  sheet->landscape = like->landscape;

  return sheet;
}

void
_kn_xlsx_sheet_free (Sheet *sheet)
{
  g_array_unref (sheet->lines);
  g_array_unref (sheet->spans);
  g_array_unref (sheet->keeps);
  g_array_unref (sheet->breaks);
  g_free (sheet->name);
  g_free (sheet);
}

/* The lines of each merged block's text shared out: its last row takes what the rows lack. */
void
_kn_xlsx_sheet_resolve_spans (Sheet *sheet)
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
}

/* Row heights from the estimated lines, the print area and the repeated rows. */
void
_kn_xlsx_sheet_finish (Sheet *sheet)
{
  _kn_xlsx_sheet_resolve_spans (sheet);

  for (lxw_row_t row = 0; row < sheet->lines->len; row++)
    {
      double lines = g_array_index (sheet->lines, double, row);

      if (lines > 1.0)
        _kn_xlsx_sheet_check (
          sheet, worksheet_set_row (sheet->worksheet, row, lines * LINE_POINTS + 3.0, NULL),
          "worksheet_set_row");
    }

  _kn_xlsx_sheet_paginate (sheet);

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
