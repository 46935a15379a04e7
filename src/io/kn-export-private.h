/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Inside the workbooks: the cell and sheet helpers (kn-export-cells.c), the pieces the forms share
 * (kn-export-form.c) and one writer per form. */

#pragma once

#include <glib.h>
#include <xlsxwriter.h>

#include "kinerja/kn-export.h"
#include "kinerja/kn-form-text.h"

G_BEGIN_DECLS

/* Excel's paper codes, which libxlsxwriter passes through (worksheet_set_paper). */
#define PAPER_A4       9    /* A4, 210 × 297 mm */
#define PAPER_FOLIO    14   /* Folio, 8 1/2 × 13 in (216 × 330 mm): the Indonesian F4 */

#define MAX_COLUMNS    10
#define CELL_MAX_CHARS 32767   /* Excel's limit for the text of a cell */
#define SHEET_NAME_MAX 31      /* Excel's limit for a sheet name, in UTF-16 units */
#define RICH_MAX       16
#define FONT_NAME      "Arial"
#define LINE_POINTS    12.75   /* the height of a line of 10 pt Arial, as Excel sets it */
#define CHART_ROWS     14
#define FOOTER         "&CHalaman &P dari &N"
/* The prefix of a number format shown in Indonesian (LCID 0x0421) whatever the viewer's locale. */
#define KN_XLSX_INDONESIAN "[$-421]"

typedef struct
{
  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *text;
  lxw_format *text_bold;
  lxw_format *text_right;
  lxw_format *note;
  lxw_format *head;
  lxw_format *head_left;
  lxw_format *numbering;
  lxw_format *cell;
  lxw_format *cell_center;
  lxw_format *cell_bold;
  lxw_format *number;
  lxw_format *share;
  lxw_format *capaian;
  lxw_format *date;         /* a date cell, day-month-year ("27-03-2026") */
  lxw_format *sign;
  lxw_format *sign_name;
  lxw_format *rich_bold;
  lxw_format *rich_strike;
  lxw_format *mark;         /* the status cell of a form that is not final: "Status: Draf" */
} Formats;

typedef struct
{
  lxw_workbook *workbook;
  Formats       formats;
  KnPaper       paper;
  lxw_error     error;        /* the first libxlsxwriter error; the export fails with it */
  char         *failed;       /* what returned it, for the debug log */
  GHashTable   *sheet_names;  /* the case-folded names in use */
} Export;

/* A block of cells merged down several rows: the rows must be tall enough for its text. */
typedef struct
{
  lxw_row_t first;
  lxw_row_t last;
  double    lines;
} Span;

typedef struct
{
  Export        *export;
  lxw_worksheet *worksheet;
  char          *name;
  guint          n_columns;
  double         widths[MAX_COLUMNS];
  GArray        *lines;        /* double per row: the lines its single-row cells need */
  GArray        *spans;        /* Span */
  lxw_row_t      row;          /* the next row to fill */
  gboolean       has_titles;
  lxw_row_t      titles_first; /* the table header repeated on every printed page */
  lxw_row_t      titles_last;
  lxw_row_t      table_last;   /* the last row of that table (G_MAXUINT32: to the end) */
  gboolean       landscape;
  GArray        *keeps;        /* Span: rows printed on one page (kn-export-pages.c) */
  GArray        *breaks;       /* lxw_row_t: a page starts at each */
} Sheet;

typedef struct
{
  lxw_rich_string_tuple  tuples[RICH_MAX];
  lxw_rich_string_tuple *pointers[RICH_MAX + 1];
  char                  *owned[RICH_MAX];
  guint                  n;
} Rich;

typedef enum
{
  COLUMN_NO,
  COLUMN_PARENT,
  COLUMN_RESULT,
  COLUMN_CATEGORY,
  COLUMN_INDICATOR,
  COLUMN_TARGET,
  COLUMN_REALIZATION,
  COLUMN_CAPAIAN,
  COLUMN_EVIDENCE,
  COLUMN_FEEDBACK,
} ColumnRole;

/* A column of the hasil kerja table over grid columns @first–@last. Columns sharing a @number
 * share one numbering cell and, when they have a @group, one header above their own. */
typedef struct
{
  ColumnRole  role;
  guint       first;
  guint       last;
  guint       number;
  const char *header;
  const char *group;
} Column;

typedef struct
{
  const Column *columns;
  guint         n_columns;
  const double *widths;     /* per grid column */
  guint         n_grid;
} TableLayout;

typedef gboolean (*WriteFunc) (Export       *export,
                               gconstpointer data);

typedef struct
{
  const KnReport *const *reports;
  guint                  n_reports;
} ReportsData;
/* The wording is kn-form-text.h's, which the PDF reads too. */
#define REALISASI KN_FORM_COL_REALISASI
#define INTERVENSI KN_FORM_COL_INTERVENSI
#define UMPAN_BALIK KN_FORM_COL_FEEDBACK

/* Column (7) is split in three so that the realisation and the capaian stay numbers. An SKP
 * has the evaluation form's first columns, the plan before its realisation: N_PLAN_COLUMNS of
 * form_columns. */
static const Column form_columns[] = {
  { COLUMN_NO, 0, 0, 1, KN_FORM_NO, NULL },
  { COLUMN_PARENT, 1, 1, 2, INTERVENSI, NULL },
  { COLUMN_RESULT, 2, 2, 3, KN_FORM_COL_RHK, NULL },
  { COLUMN_CATEGORY, 3, 3, 4, KN_FORM_COL_ASPEK, NULL },
  { COLUMN_INDICATOR, 4, 4, 5, KN_FORM_COL_IKI, NULL },
  { COLUMN_TARGET, 5, 5, 6, KN_FORM_COL_TARGET, NULL },
  { COLUMN_REALIZATION, 6, 6, 7, KN_FORM_COL_REALISASI_VALUE, REALISASI },
  { COLUMN_CAPAIAN, 7, 7, 7, KN_FORM_COL_CAPAIAN, REALISASI },
  { COLUMN_EVIDENCE, 8, 8, 7, KN_FORM_COL_BUKTI, REALISASI },
  { COLUMN_FEEDBACK, 9, 9, 8, UMPAN_BALIK, NULL },
};
#define N_PLAN_COLUMNS 6
static const double skp_widths[] = { 5, 26, 26, 12, 32, 18 };
static const double evaluation_widths[] = { 5, 22, 22, 11, 26, 12, 12, 10, 26, 26 };

/* A JPT plan has no intervened RHK and no aspek but a perspektif; its RHK spans two grid
 * columns so that the two header blocks above keep three columns each. Its SKP has the first
 * N_PLAN_JPT_COLUMNS. */
static const Column form_jpt_columns[] = {
  { COLUMN_NO, 0, 0, 1, KN_FORM_NO, NULL },
  { COLUMN_RESULT, 1, 2, 2, KN_FORM_COL_RHK, NULL },
  { COLUMN_INDICATOR, 3, 3, 3, KN_FORM_COL_IKI, NULL },
  { COLUMN_TARGET, 4, 4, 4, KN_FORM_COL_TARGET, NULL },
  { COLUMN_CATEGORY, 5, 5, 5, KN_FORM_COL_PERSPEKTIF, NULL },
  { COLUMN_REALIZATION, 6, 6, 6, KN_FORM_COL_REALISASI_VALUE, REALISASI },
  { COLUMN_CAPAIAN, 7, 7, 6, KN_FORM_COL_CAPAIAN, REALISASI },
  { COLUMN_EVIDENCE, 8, 8, 6, KN_FORM_COL_BUKTI, REALISASI },
  { COLUMN_FEEDBACK, 9, 9, 7, UMPAN_BALIK, NULL },
};
#define N_PLAN_JPT_COLUMNS 5
static const double skp_jpt_widths[] = { 5, 20, 20, 34, 18, 20 };
static const double evaluation_jpt_widths[] = { 5, 18, 18, 28, 12, 14, 12, 10, 28, 26 };

static const double dokumen_widths[] = { 6, 34, 58 };

double _kn_xlsx_column_pixels (const double *widths,
                               guint         first,
                               guint         last);

gboolean _kn_xlsx_export_check (Export     *export,
                                lxw_error   error,
                                const char *what);

char *_kn_xlsx_export_sheet_name (Export     *export,
                                  const char *name);

void _kn_xlsx_formats_init (Export *e);

/* Writes a workbook with @write as kn_export_*_xlsx do: in the C numeric locale, atomically. */
gboolean _kn_xlsx_export_run (const char   *path,
                              KnPaper       paper,
                              const char   *title,
                              const char   *company,
                              WriteFunc     write,
                              gconstpointer data,
                              GError      **error);

/* A native chart of the predikat distribution: the counts under the predikat names of
 * @data_sheet, read across a row or down a column, drawn at a place of the sheet. */
typedef struct
{
  uint8_t     type;             /* LXW_CHART_LINE or LXW_CHART_COLUMN */
  const char *title;
  const char *data_sheet;
  lxw_row_t   categories_row;   /* the first predikat name */
  lxw_col_t   categories_col;
  lxw_row_t   values_row;       /* the first count */
  lxw_col_t   values_col;
  gboolean    across;           /* the predikat run along the row, else down the column */
  guint       max_count;
  lxw_row_t   at_row;           /* the chart's top left cell */
  lxw_col_t   at_col;
  double      width;            /* pixels */
  double      height;
} DistributionChart;

void _kn_xlsx_insert_distribution_chart (Sheet                   *sheet,
                                         const DistributionChart *chart);

char *_kn_xlsx_period_dates (const KnReport *report);

/* The narrowest column width that holds @text on one line. */
double _kn_xlsx_text_width (const char *text);

/* Widens in @widths the value columns @first–@last of a person block whose labels are in
 * @label_col, so that each of @people's name, NIP and pangkat fits on one line; the label column
 * gives the room its labels leave. */
void _kn_xlsx_fit_person_values (double                       *widths,
                                 guint                         label_col,
                                 guint                         first,
                                 guint                         last,
                                 const KnReportPerson * const *people,
                                 guint                         n_people);

void _kn_xlsx_put_block (Sheet      *sheet,
                         lxw_row_t   first_row,
                         lxw_row_t   last_row,
                         lxw_col_t   first_col,
                         lxw_col_t   last_col,
                         const char *text,
                         lxw_format *format);

void _kn_xlsx_put_capaian (Sheet      *sheet,
                           lxw_row_t   row,
                           lxw_col_t   first_col,
                           lxw_col_t   last_col,
                           const char *label);

void _kn_xlsx_put_label (Sheet      *sheet,
                         lxw_row_t   row,
                         lxw_col_t   first_col,
                         lxw_col_t   last_col,
                         const char *label);

void _kn_xlsx_put_number (Sheet      *sheet,
                          lxw_row_t   row,
                          lxw_col_t   first_col,
                          lxw_col_t   last_col,
                          double      value,
                          lxw_format *format);

void _kn_xlsx_put_number_block (Sheet      *sheet,
                                lxw_row_t   first_row,
                                lxw_row_t   last_row,
                                lxw_col_t   first_col,
                                lxw_col_t   last_col,
                                double      value,
                                lxw_format *format);

/* A date (@iso, "2026-03-27") as a date cell that sorts and filters as one; text when @iso is
 * not a valid date. */
void _kn_xlsx_put_date (Sheet      *sheet,
                        lxw_row_t   row,
                        lxw_col_t   col,
                        const char *iso);

void _kn_xlsx_put_rich (Sheet      *sheet,
                        lxw_row_t   row,
                        lxw_col_t   first_col,
                        lxw_col_t   last_col,
                        Rich       *rich,
                        lxw_format *format);

void _kn_xlsx_put_text (Sheet      *sheet,
                        lxw_row_t   row,
                        lxw_col_t   first_col,
                        lxw_col_t   last_col,
                        const char *text,
                        lxw_format *format);

void _kn_xlsx_rich_add (Rich       *rich,
                        lxw_format *format,
                        const char *text);

void _kn_xlsx_rich_clear (Rich *rich);

void _kn_xlsx_rich_period (Rich           *rich,
                           const Formats  *f,
                           const KnPeriod *period);
/* Every option of a choice, the others than the chosen one struck through, as the PDF prints it. */
void _kn_xlsx_rich_options (Rich                *rich,
                            const Formats       *f,
                            const KnFormOptions *options);

const char *_kn_xlsx_safe (const char *text);

gboolean _kn_xlsx_sheet_check (Sheet      *sheet,
                               lxw_error   error,
                               const char *what);

void _kn_xlsx_sheet_finish (Sheet *sheet);

void _kn_xlsx_sheet_need_lines (Sheet     *sheet,
                                lxw_row_t  row,
                                double     lines);

Sheet *_kn_xlsx_sheet_new (Export       *export,
                           const char   *name,
                           const double *widths,
                           guint         n_columns,
                           gboolean      landscape);

/* @period_label: KN_FORM_PERIOD or KN_FORM_PERIOD_DATES, as the PDF prints it. */
void _kn_xlsx_write_agency (Sheet      *sheet,
                            const char *instansi,
                            const char *opd,
                            const char *period_label,
                            const char *period);

void _kn_xlsx_write_behaviour (Sheet          *sheet,
                               const KnReport *report,
                               gboolean        with_feedback);

void _kn_xlsx_write_distribution (Sheet          *sheet,
                                  const KnReport *report);

void _kn_xlsx_write_dokumen (Sheet          *sheet,
                             const KnReport *report);

void _kn_xlsx_write_evaluation (Sheet          *sheet,
                                const KnReport *report);

void _kn_xlsx_write_form_titles (Sheet          *sheet,
                                 const char     *title,
                                 const KnReport *report);

/* The header of a table, with the column numbers "(1)", "(2)" … under it, repeated on every
 * printed page; header c spans @spans[c] columns (@spans NULL: one each). */
void _kn_xlsx_write_head_row (Sheet              *sheet,
                              const char * const *headers,
                              const guint        *spans,
                              guint               n);

void _kn_xlsx_write_line (Sheet      *sheet,
                          const char *text,
                          lxw_format *format);

void _kn_xlsx_write_note (Sheet      *sheet,
                          const char *note);

/* The kop surat at the top of the sheet: the letterhead's lines ("\n" between) centred, the
 * PNG logo (nullable, an SVG is left out) at the left of them. Nothing when both are empty. */
void _kn_xlsx_write_letterhead (Sheet      *sheet,
                                const char *lines,
                                const char *logo);

/* The form's status at the top right ("Status: Draf"); while the form is not final (@report's
 * mark) the cell is marked and every printed page carries the mark in its header. */
void _kn_xlsx_write_status (Sheet          *sheet,
                            const KnReport *report);
/* The same for a form with its own @status and @mark (the Penetapan Predikat). */
void _kn_xlsx_write_status_mark (Sheet      *sheet,
                                 const char *status,
                                 const char *mark);

void _kn_xlsx_write_people (Sheet                *sheet,
                            const char           *left_title,
                            const KnReportPerson *left,
                            const char           *right_title,
                            const KnReportPerson *right);

void _kn_xlsx_write_rating (Sheet               *sheet,
                            const char          *label,
                            const KnFormOptions *options);

void _kn_xlsx_write_results (Sheet             *sheet,
                             const TableLayout *layout,
                             const KnReport    *report);

void _kn_xlsx_write_signatures (Sheet                *sheet,
                                const char           *place_date,
                                const char           *left_role,
                                const KnReportPerson *left,
                                const char           *right_role,
                                const KnReportPerson *right);

void _kn_xlsx_write_skp (Sheet          *sheet,
                         const KnReport *report);

gboolean _kn_xlsx_write_recap (Export       *export,
                               gconstpointer data);

gboolean _kn_xlsx_write_training (Export       *export,
                                  gconstpointer data);

/* Pages (kn-export-pages.c): rows @first–@last are printed on one page when they fit on one. */
void _kn_xlsx_sheet_keep (Sheet     *sheet,
                          lxw_row_t  first,
                          lxw_row_t  last);

/* A page starts at @row whatever fits. */
void _kn_xlsx_sheet_break_before (Sheet     *sheet,
                                  lxw_row_t  row);

/* The height of @row as printed, in points. */
double _kn_xlsx_sheet_row_points (Sheet     *sheet,
                                  lxw_row_t  row);

/* Sets the manual row breaks from the row heights, the keeps and the forced breaks; leaves the
 * table header unrepeated when the table fits on its page. Called by _kn_xlsx_sheet_finish. */
void _kn_xlsx_sheet_paginate (Sheet *sheet);

/* The height a printed page holds, in the sheet's points. */
double _kn_xlsx_sheet_page_points (Sheet *sheet);

/* The height used on the page that row @row would start on, were the rows above it paginated
 * as they are now. */
double _kn_xlsx_sheet_used_before (Sheet     *sheet,
                                   lxw_row_t  row);

/* The printed height of rows @first–@last, their merged blocks' lines shared out. */
double _kn_xlsx_sheet_rows_points (Sheet     *sheet,
                                   lxw_row_t  first,
                                   lxw_row_t  last);

void _kn_xlsx_sheet_resolve_spans (Sheet *sheet);

/* A sheet like @like that writes no cells, only measures them (its worksheet is NULL): the
 * writers fill it to learn how tall rows will be before placing them. */
Sheet *_kn_xlsx_sheet_probe_new (Sheet *like);

void _kn_xlsx_sheet_free (Sheet *sheet);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Sheet, _kn_xlsx_sheet_free)

G_END_DECLS
