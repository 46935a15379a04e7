/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pieces of the official forms that several workbooks share: the agency, the people, the
 * hasil kerja and behaviour tables, signatures, the distribution and its native chart. */

#define G_LOG_DOMAIN "kn-export"

#include "config.h"

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

/* Instansi and OPD on the left, the period on the right. */
void
_kn_xlsx_write_agency (Sheet      *sheet,
                       const char *instansi,
                       const char *opd,
                       const char *period_label,
                       const char *period)
{
  guint mid = sheet->n_columns / 2;
  g_autofree char *period_text = g_strconcat (period_label, _kn_xlsx_safe (period), NULL);

  _kn_xlsx_put_text (sheet, sheet->row, 0, mid - 1, instansi, sheet->export->formats.text_bold);
  _kn_xlsx_put_text (sheet, sheet->row, mid, sheet->n_columns - 1, period_text,
                     sheet->export->formats.text_right);
  sheet->row++;
  _kn_xlsx_put_text (sheet, sheet->row, 0, mid - 1, opd, sheet->export->formats.text_bold);
  sheet->row++;
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

  _kn_xlsx_put_text (sheet, row, 0, 0, KN_FORM_NO, f->head);
  _kn_xlsx_put_text (sheet, row, 1, mid - 1, left_title, f->head);
  _kn_xlsx_put_text (sheet, row, mid, mid, KN_FORM_NO, f->head);
  _kn_xlsx_put_text (sheet, row, mid + 1, n - 1, right_title, f->head);

  for (guint i = 0; i < KN_FORM_N_PERSON_LABELS; i++)
    {
      lxw_row_t r = row + 1 + i;

      _kn_xlsx_put_number (sheet, r, 0, 0, i + 1, f->number);
      _kn_xlsx_put_text (sheet, r, 1, 1, kn_form_text_person_label (i), f->cell);
      _kn_xlsx_put_text (sheet, r, 2, mid - 1, kn_report_person_field (left, i), f->cell);
      _kn_xlsx_put_number (sheet, r, mid, mid, i + 1, f->number);
      _kn_xlsx_put_text (sheet, r, mid + 1, mid + 1, kn_form_text_person_label (i), f->cell);
      _kn_xlsx_put_text (sheet, r, mid + 2, n - 1, kn_report_person_field (right, i), f->cell);
    }

  _kn_xlsx_sheet_keep (sheet, row, row + KN_FORM_N_PERSON_LABELS);
  sheet->row = row + 1 + KN_FORM_N_PERSON_LABELS;
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

/* The header of the hasil kerja table and its numbering row (1), (2) …; written again at the top
 * of each page the table continues on (never as print titles, which LibreOffice and Excel
 * repeat over every later page, the perilaku's too). */
static void
put_table_head (Sheet             *sheet,
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

/* Where the hasil kerja table stands on its pages as it is written. */
typedef struct
{
  const TableLayout *layout;
  double             page;      /* the height a page holds */
  double             used;      /* on the current page */
  double             head;      /* the height of the table's header */
  lxw_row_t          lead;      /* the line above the table, which its first rows keep */
  gboolean           started;   /* a row of the table's body is written */
  gboolean           fresh;     /* the page holds only the repeated header */
} TablePages;

/* IKI rows @from to @to - 1 of @result at the sheet's row: its number, RHK and feedback merged
 * down them (the RHK marked "(lanjutan)" on a page it continues on, the feedback with the
 * first rows). A probe (_kn_xlsx_sheet_probe_new) also takes the intervened RHK, to measure it. */
static void
write_rows (Sheet                *sheet,
            const TableLayout    *layout,
            const KnReportResult *result,
            guint                 number,
            guint                 from,
            guint                 to)
{
  const Formats *f = &sheet->export->formats;
  lxw_row_t first = sheet->row;
  lxw_row_t last = first + (to - from) - 1;
  g_autofree char *continued =
    g_strdup_printf ("%s %s", _kn_xlsx_safe (result->text), KN_FORM_CONTINUED);

  for (guint c = 0; c < layout->n_columns; c++)
    {
      const Column *column = &layout->columns[c];

      switch (column->role)
        {
        case COLUMN_NO:
          _kn_xlsx_put_number_block (sheet, first, last, column->first, column->last, number,
                                     f->number);
          break;
        case COLUMN_PARENT:
          if (sheet->worksheet == NULL)
            _kn_xlsx_put_block (sheet, first, last, column->first, column->last,
                                result->parent_text, f->cell);
          break;
        case COLUMN_RESULT:
          _kn_xlsx_put_block (sheet, first, last, column->first, column->last,
                              from > 0 ? continued : result->text, f->cell);
          break;
        case COLUMN_FEEDBACK:
          _kn_xlsx_put_block (sheet, first, last, column->first, column->last,
                              from > 0 ? "" : result->feedback, f->cell);
          break;
        case COLUMN_CATEGORY:
        case COLUMN_INDICATOR:
        case COLUMN_TARGET:
        case COLUMN_REALIZATION:
        case COLUMN_CAPAIAN:
        case COLUMN_EVIDENCE:
        default:
          for (guint r = from; r < to; r++)
            write_indicator_cell (sheet, column, first + r - from, result_indicator (result, r));
          break;
        }
    }

  sheet->row = last + 1;
}

/* The printed height of a section heading (@heading non-NULL) over IKI rows @from to @to - 1 of
 * @result (NULL: the "-" row of an empty section), measured on a probe. */
static double
rows_height (Sheet                *sheet,
             const TableLayout    *layout,
             const char           *heading,
             const KnReportResult *result,
             guint                 from,
             guint                 to)
{
  g_autoptr(Sheet) probe = _kn_xlsx_sheet_probe_new (sheet);

  if (heading != NULL)
    _kn_xlsx_write_line (probe, heading, sheet->export->formats.head_left);
  if (result != NULL)
    write_rows (probe, layout, result, 1, from, to);
  else
    probe->row++;
  return probe->row > 0 ? _kn_xlsx_sheet_rows_points (probe, 0, probe->row - 1) : 0;
}

/* Makes room for @height points of the table: when they do not fit on the page, the table goes on
 * to the next one — before the line above it when none of its rows is written yet, else under
 * its header written again. */
static void
make_room (Sheet      *sheet,
           TablePages *pages,
           double      height)
{
  lxw_row_t head;

  if (pages->used + height <= pages->page || pages->fresh)
    return;

  if (!pages->started)
    {
      _kn_xlsx_sheet_break_before (sheet, pages->lead);
      pages->used = _kn_xlsx_sheet_rows_points (sheet, pages->lead, sheet->row - 1);
      pages->fresh = TRUE;
      return;
    }

  head = sheet->row;
  _kn_xlsx_sheet_break_before (sheet, head);
  put_table_head (sheet, pages->layout);
  pages->used = _kn_xlsx_sheet_rows_points (sheet, head, sheet->row - 1);
  pages->fresh = TRUE;
}

/* The rows of one RHK, on as many pages as they need: whole on this page or the next when they
 * fit on one (with the heading above the first RHK of a section), else as many IKI rows as fit
 * on each page, never splitting a row. Appends each part's rows to @parts. */
static void
write_result (Sheet                *sheet,
              TablePages           *pages,
              const KnReportResult *result,
              guint                 number,
              const char           *heading,
              GArray               *parts)
{
  guint n_rows = MAX (1, result->indicators != NULL ? result->indicators->len : 0);

  for (guint from = 0; from < n_rows;)
    {
      guint to = n_rows;
      double height = rows_height (sheet, pages->layout, heading, result, from, to);
      Span part;

      if (pages->used + height > pages->page &&
          (pages->fresh || height > pages->page - pages->head))
        {
          /* Taller than a page: as many of its rows as fit on this one. */
          while (to > from + 1 && pages->used + height > pages->page)
            {
              to--;
              height = rows_height (sheet, pages->layout, heading, result, from, to);
            }
          if (pages->used + height > pages->page && !pages->fresh)
            {
              make_room (sheet, pages, G_MAXDOUBLE);
              continue;
            }
        }
      make_room (sheet, pages, height);
      if (heading != NULL)
        {
          /* A section heading never ends a page. */
          _kn_xlsx_sheet_keep (sheet, sheet->row, sheet->row + 1);
          _kn_xlsx_write_line (sheet, heading, sheet->export->formats.head_left);
        }
      heading = NULL;
      part.first = sheet->row;
      write_rows (sheet, pages->layout, result, number, from, to);
      part.last = sheet->row - 1;
      part.lines = 0;
      g_array_append_val (parts, part);
      pages->used += height;
      pages->started = TRUE;
      pages->fresh = FALSE;
      from = to;
    }
}

/* One section (A. UTAMA or B. TAMBAHAN): each RHK merged down its IKI rows, and the intervened
 * RHK of the superior merged down the consecutive RHK that support it on one page. */
static void
write_section (Sheet          *sheet,
               TablePages     *pages,
               const KnReport *report,
               KnResultKind    kind)
{
  const TableLayout *layout = pages->layout;
  const Formats *f = &sheet->export->formats;
  const char *heading = kind == KN_RESULT_KIND_UTAMA ? KN_FORM_SECTION_UTAMA
                                                      : KN_FORM_SECTION_TAMBAHAN;
  g_autoptr(GPtrArray) results = g_ptr_array_new ();
  g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (Span));
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();
  const Column *parent = NULL;

  for (guint c = 0; c < layout->n_columns; c++)
    if (layout->columns[c].role == COLUMN_PARENT)
      parent = &layout->columns[c];

  for (guint i = 0; report->results != NULL && i < report->results->len; i++)
    {
      const KnReportResult *result = g_ptr_array_index (report->results, i);

      if (result->kind == kind)
        g_ptr_array_add (results, (gpointer) result);
    }

  if (results->len == 0)
    {
      /* A section heading never ends a page. */
      make_room (sheet, pages, rows_height (sheet, layout, heading, NULL, 0, 0));
      _kn_xlsx_sheet_keep (sheet, sheet->row, sheet->row + 1);
      _kn_xlsx_write_line (sheet, heading, f->head_left);
      for (guint c = 0; c < layout->n_columns; c++)
        _kn_xlsx_put_text (sheet, sheet->row, layout->columns[c].first, layout->columns[c].last,
                           c == 0 ? "-" : "", c == 0 ? f->cell_center : f->cell);
      sheet->row++;
      pages->used += rows_height (sheet, layout, heading, NULL, 0, 0);
      pages->started = TRUE;
      pages->fresh = FALSE;
      return;
    }

  for (guint i = 0; i < results->len; i++)
    {
      const KnReportResult *result = g_ptr_array_index (results, i);
      guint had = parts->len;

      write_result (sheet, pages, result, i + 1, i == 0 ? heading : NULL, parts);
      for (guint p = had; p < parts->len; p++)
        g_ptr_array_add (owners, (gpointer) result);
    }
  if (parent == NULL)
    return;

  /* The intervened RHK over the parts that follow one another on a page. */
  for (guint i = 0; i < owners->len;)
    {
      const KnReportResult *result = g_ptr_array_index (owners, i);
      const char *text = _kn_xlsx_safe (result->parent_text);
      guint j = i;

      while (text[0] != '\0' && j + 1 < owners->len &&
             g_strcmp0 (_kn_xlsx_safe (((KnReportResult *) g_ptr_array_index (owners, j + 1))
                                         ->parent_text),
                        text) == 0 &&
             g_array_index (parts, Span, j + 1).first == g_array_index (parts, Span, j).last + 1)
        j++;

      _kn_xlsx_put_block (sheet, g_array_index (parts, Span, i).first,
                          g_array_index (parts, Span, j).last, parent->first, parent->last, text,
                          f->cell);
      i = j + 1;
    }
}

void
_kn_xlsx_write_results (Sheet             *sheet,
                        const TableLayout *layout,
                        const KnReport    *report)
{
  g_autoptr(Sheet) probe = _kn_xlsx_sheet_probe_new (sheet);
  TablePages pages = { layout, _kn_xlsx_sheet_page_points (sheet), 0, 0, 0, FALSE, FALSE };

  put_table_head (probe, layout);
  pages.head = _kn_xlsx_sheet_rows_points (probe, 0, probe->row - 1);

  /* The table's title above, the header and the first section's heading and RHK start a page
   * together. */
  pages.lead = sheet->row > 0 ? sheet->row - 1 : 0;
  pages.used = _kn_xlsx_sheet_used_before (sheet, pages.lead);
  put_table_head (sheet, layout);
  pages.used += _kn_xlsx_sheet_rows_points (sheet, pages.lead, sheet->row - 1);
  _kn_xlsx_sheet_keep (sheet, pages.lead, sheet->row);
  write_section (sheet, &pages, report, KN_RESULT_KIND_UTAMA);
  write_section (sheet, &pages, report, KN_RESULT_KIND_TAMBAHAN);
  sheet->table_last = sheet->row - 1;
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

  _kn_xlsx_put_text (sheet, row, 0, 0, KN_FORM_NO, f->head);
  _kn_xlsx_put_text (sheet, row, 1, value_last, KN_FORM_PERILAKU, f->head);
  _kn_xlsx_put_text (sheet, row, value_last + 1, expectation_last, KN_FORM_EKSPEKTASI,
                     f->head);
  if (with_feedback)
    _kn_xlsx_put_text (sheet, row, expectation_last + 1, n - 1, UMPAN_BALIK, f->head);
  _kn_xlsx_sheet_keep (sheet, row, row + 1);
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
  gboolean has_nip = person->nip != NULL && person->nip[0] != '\0';
  g_autofree char *nip = has_nip ? g_strdup_printf ("NIP. %s", person->nip) : g_strdup ("");

  /* Role and jabatan, room to sign, then name with titles, pangkat and the NIP when there is
   * one (never a bare "NIP."). */
  _kn_xlsx_put_text (sheet, row, first, last, role, f->sign);
  _kn_xlsx_put_text (sheet, row + 1, first, last, person->position, f->sign);
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

  /* The signatures keep the row above them. */
  _kn_xlsx_sheet_keep (sheet, sheet->row > 0 ? sheet->row - 1 : 0, row + 7);
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
  _kn_xlsx_sheet_keep (sheet, sheet->row - 1, sheet->row + 1);
  sheet->row++;
  _kn_xlsx_write_line (sheet, note, sheet->export->formats.note);
}

/* The pixel height of the PNG at @path (from its IHDR chunk); 0 when it is not a PNG. */
static guint32
png_height (const char *path)
{
  static const guchar signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  guchar header[24];
  FILE *file = g_fopen (path, "rb");
  gsize n;

  if (file == NULL)
    return 0;
  n = fread (header, 1, sizeof header, file);
  fclose (file);
  if (n != sizeof header || memcmp (header, signature, sizeof signature) != 0)
    return 0;
  return (guint32) header[20] << 24 | (guint32) header[21] << 16 | (guint32) header[22] << 8 |
         header[23];
}

void
_kn_xlsx_write_letterhead (Sheet      *sheet,
                           const char *lines,
                           const char *logo)
{
  const Formats *f = &sheet->export->formats;
  g_auto(GStrv) split = g_strsplit (lines != NULL ? lines : "", "\n", -1);
  guint32 height = logo != NULL && logo[0] != '\0' ? png_height (logo) : 0;
  lxw_row_t first = sheet->row;
  guint written = 0;

  for (guint i = 0; split[i] != NULL; i++)
    {
      g_strstrip (split[i]);
      if (split[i][0] == '\0')
        continue;
      _kn_xlsx_write_line (sheet, split[i], written == 0 ? f->title : f->subtitle);
      written++;
    }
  if (height > 0)
    {
      lxw_image_options options = { 0 };

      /* About four rows high, at the left of the lines. */
      options.x_scale = options.y_scale = 4.0 * LXW_DEF_ROW_HEIGHT_PIXELS / height;
      options.x_offset = 4;
      options.y_offset = 2;
      options.description = (char *) "Logo";
      _kn_xlsx_sheet_check (sheet, worksheet_insert_image_opt (sheet->worksheet, first, 0, logo,
                                                               &options),
                            "worksheet_insert_image_opt");
      sheet->row = MAX (sheet->row, first + 4);
    }
  if (written > 0 || height > 0)
    sheet->row++;
}

void
_kn_xlsx_write_status_mark (Sheet      *sheet,
                            const char *status,
                            const char *mark)
{
  const Formats *f = &sheet->export->formats;
  gboolean marked = mark != NULL && mark[0] != '\0';
  g_autofree char *line = g_strdup_printf ("Status: %s", _kn_xlsx_safe (status));

  if (marked)
    {
      g_autofree char *header = g_strdup_printf ("&C&\"-,Bold\"&20%s", mark);

      _kn_xlsx_sheet_check (sheet, worksheet_set_header (sheet->worksheet, header),
                            "worksheet_set_header");
    }
  if (status == NULL || status[0] == '\0')
    return;
  _kn_xlsx_put_text (sheet, sheet->row, sheet->n_columns > 2 ? sheet->n_columns - 3 : 0,
                     sheet->n_columns - 1, line, marked ? f->mark : f->text_right);
  sheet->row++;
}

void
_kn_xlsx_write_status (Sheet          *sheet,
                       const KnReport *report)
{
  _kn_xlsx_write_status_mark (sheet, report->status, report->mark);
}

/* "PERIODE: TRIWULAN I/II/III/IV-AKHIR" with the periods that do not apply struck through, as on
 * the form; a month is written as such. */
void
_kn_xlsx_rich_period (Rich           *rich,
                      const Formats  *f,
                      const KnPeriod *period)
{
  static const char * const numerals[] = { "I", "II", "III", "IV" };

  _kn_xlsx_rich_add (rich, f->rich_bold, KN_FORM_PERIOD);
  if (period->kind == KN_PERIOD_MONTH)
    {
      g_autofree char *label = kn_period_print_label (period);

      _kn_xlsx_rich_add (rich, f->rich_bold, label);
      return;
    }

  _kn_xlsx_rich_add (rich, period->kind == KN_PERIOD_ANNUAL ? f->rich_strike : f->rich_bold,
                     KN_FORM_PERIOD_QUARTER " ");
  for (guint q = 1; q <= 4; q++)
    {
      gboolean current = period->kind == KN_PERIOD_QUARTER && period->index == q;

      _kn_xlsx_rich_add (rich, current ? f->rich_bold : f->rich_strike, numerals[q - 1]);
      _kn_xlsx_rich_add (rich, f->rich_bold, q < 4 ? "/" : "-");
    }
  _kn_xlsx_rich_add (rich, period->kind == KN_PERIOD_ANNUAL ? f->rich_bold : f->rich_strike,
                     KN_FORM_PERIOD_ANNUAL);
}

void
_kn_xlsx_rich_options (Rich                *rich,
                       const Formats       *f,
                       const KnFormOptions *options)
{
  for (guint i = 0; i < options->n_options; i++)
    {
      gboolean struck = options->chosen >= 0 && (int) i != options->chosen;

      if (i > 0)
        _kn_xlsx_rich_add (rich, f->rich_bold, KN_FORM_OPTION_SEPARATOR);
      _kn_xlsx_rich_add (rich, struck ? f->rich_strike : f->rich_bold, options->options[i]);
    }
}

/* The first and the last day of an evaluation period, or the plan's period. */
char *
_kn_xlsx_period_dates (const KnReport *report)
{
  if (!kn_report_period_is_valid (&report->period))
    return g_strdup (_kn_xlsx_safe (report->year_period));

  /* "1 Januari s.d. 31 Maret 2026", as the PDF writes it, whatever the language. */
  return kn_format_doc_period_dates (&report->period);
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
_kn_xlsx_insert_distribution_chart (Sheet                   *sheet,
                                    const DistributionChart *d)
{
  lxw_chart *chart = workbook_add_chart (sheet->export->workbook, d->type);
  lxw_chart_series *series;
  lxw_chart_options options = { 0 };
  lxw_chart_font title_font = { .name = (char *) FONT_NAME, .size = 11, .bold = LXW_TRUE };
  lxw_row_t span_rows = d->across ? 0 : KN_PREDIKAT_N - 2;
  lxw_col_t span_cols = d->across ? KN_PREDIKAT_N - 2 : 0;

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

  chart_series_set_categories (series, d->data_sheet, d->categories_row, d->categories_col,
                               d->categories_row + span_rows, d->categories_col + span_cols);
  chart_series_set_values (series, d->data_sheet, d->values_row, d->values_col,
                           d->values_row + span_rows, d->values_col + span_cols);
  chart_series_set_name (series, "Jumlah pegawai");
  chart_series_set_labels (series);
  /* Straight segments: a smoothed curve would dip between two equal counts. */
  if (d->type == LXW_CHART_LINE)
    chart_series_set_marker_type (series, LXW_CHART_MARKER_CIRCLE);

  /* A title starting with "=" would be read as a cell reference: ours start with fixed words. */
  chart_title_set_name (chart, d->title);
  chart_title_set_name_font (chart, &title_font);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  chart_axis_set_name (chart->x_axis, KN_REPORT_CURVE_X_TITLE);
  chart_axis_set_name (chart->y_axis, KN_REPORT_CURVE_Y_TITLE);
  chart_axis_set_min (chart->y_axis, 0);
  chart_axis_set_num_format (chart->y_axis, "0");
  if (d->max_count <= 10)
    chart_axis_set_major_unit (chart->y_axis, 1);

  options.x_scale = d->width / 480.0;
  options.y_scale = d->height / 288.0;
  options.description = (char *) d->title;
  _kn_xlsx_sheet_check (
    sheet, worksheet_insert_chart_opt (sheet->worksheet, d->at_row, d->at_col, chart, &options),
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
  g_autofree char *pola = NULL;
  KnFormOptions options;

  _kn_xlsx_put_text (sheet, row, 0, 2, KN_FORM_CAPAIAN_ORG KN_FORM_SET_MARK, f->cell_bold);
  kn_form_text_org_predikat_options (report->org_predikat, &options);
  _kn_xlsx_rich_options (&rich, f, &options);
  _kn_xlsx_put_rich (sheet, row, 3, n - 1, &rich, f->cell_bold);
  _kn_xlsx_rich_clear (&rich);
  row++;

  /* The heading and what the curve is, as on the PDF. */
  pola = g_strconcat (KN_FORM_POLA "\n" KN_FORM_POLA_NOTE,
                      report->curve_unit != NULL && report->curve_unit[0] != '\0' ? " " : "",
                      report->curve_unit != NULL ? report->curve_unit : "", NULL);
  _kn_xlsx_put_block (sheet, row, row + 1 + CHART_ROWS, 0, 2, pola, f->cell_bold);
  for (guint p = KN_PREDIKAT_SANGAT_KURANG; p < KN_PREDIKAT_N; p++)
    {
      guint col = 3 + p - KN_PREDIKAT_SANGAT_KURANG;

      _kn_xlsx_put_text (sheet, row, col, col, kn_report_curve_label (p), f->head);
      _kn_xlsx_put_number (sheet, row + 1, col, col, report->counts[p], f->number);
      max_count = MAX (max_count, report->counts[p]);
    }
  _kn_xlsx_put_block (sheet, row, row + 1, 3 + KN_PREDIKAT_N - 1, n - 1, "", f->cell);
  /* The curve inside the table's border, as on the PDF. */
  _kn_xlsx_put_block (sheet, row + 2, row + 1 + CHART_ROWS, 3, n - 1, "", f->cell);

  /* The same title as the PDF's curve. */
  title = kn_report_curve_title (report->curve_org_predikat);

  _kn_xlsx_insert_distribution_chart (sheet, &(DistributionChart) {
    .type = LXW_CHART_LINE, .title = title, .data_sheet = sheet->name,
    .categories_row = row, .categories_col = 3, .values_row = row + 1, .values_col = 3,
    .across = TRUE, .max_count = max_count, .at_row = row + 2, .at_col = 3,
    .width = _kn_xlsx_column_pixels (sheet->widths, 3, n - 1) - 10,
    .height = CHART_ROWS * LXW_DEF_ROW_HEIGHT_PIXELS - 6,
  });
  _kn_xlsx_sheet_keep (sheet, row - 1, row + 1 + CHART_ROWS);
  sheet->row = row + 2 + CHART_ROWS;
}

/* "RATING HASIL KERJA*" and its options, the others than the chosen one struck through. */
void
_kn_xlsx_write_rating (Sheet               *sheet,
                       const char          *label,
                       const KnFormOptions *options)
{
  const Formats *f = &sheet->export->formats;
  Rich rich = { 0 };

  _kn_xlsx_put_text (sheet, sheet->row, 0, 2, label, f->cell_bold);
  _kn_xlsx_rich_options (&rich, f, options);
  _kn_xlsx_put_rich (sheet, sheet->row, 3, sheet->n_columns - 1, &rich, f->cell_bold);
  _kn_xlsx_rich_clear (&rich);
  sheet->row++;
}

static const char *
group_title (const KnReport *report)
{
  return kn_form_text_group (report->jpt);
}

void
_kn_xlsx_write_form_titles (Sheet          *sheet,
                            const char     *title,
                            const KnReport *report)
{
  const Formats *f = &sheet->export->formats;
  g_autofree char *approach = kn_form_text_approach (report->approach);

  _kn_xlsx_write_line (sheet, title, f->title);
  _kn_xlsx_write_line (sheet, approach, f->subtitle);
  _kn_xlsx_write_line (sheet, group_title (report), f->subtitle);
}
