/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a table (a CSV file or a sheet of an XLSX workbook) one row at a time, typed cells. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KN_TABLE_READER_ERROR (kn_table_reader_error_quark ())

typedef enum
{
  KN_TABLE_READER_ERROR_OPEN,      /* the file cannot be read at all */
  KN_TABLE_READER_ERROR_FORMAT,    /* neither CSV nor XLSX, or an old .xls / password-protected */
  KN_TABLE_READER_ERROR_ENCODING,  /* a CSV that is neither UTF-8 nor Windows-1252 */
  KN_TABLE_READER_ERROR_SYNTAX,    /* a CSV quote never closed, a damaged workbook part */
  KN_TABLE_READER_ERROR_NO_SHEET,  /* the chosen sheet is not in the workbook */
  KN_TABLE_READER_ERROR_TOO_LARGE, /* past the limits below */
} KnTableReaderError;

typedef enum
{
  KN_TABLE_FORMAT_CSV,
  KN_TABLE_FORMAT_XLSX,
} KnTableFormat;

/* What the reader did to the file on its way in, for the caller to tell the user. */
typedef enum
{
  KN_TABLE_NOTICE_NONE = 0,
  KN_TABLE_NOTICE_WINDOWS_1252 = 1 << 0,  /* the CSV was not UTF-8 and was read as Windows-1252 */
  KN_TABLE_NOTICE_BOM = 1 << 1,           /* the CSV started with a UTF-8 byte-order mark */
} KnTableNotice;

typedef enum
{
  KN_CELL_EMPTY,
  KN_CELL_TEXT,     /* CSV cells are always text (or empty): a CSV carries no types */
  KN_CELL_NUMBER,
  KN_CELL_DATE,     /* a number in a date format (or an ISO date cell), without its time of day */
  KN_CELL_BOOLEAN,
} KnCellKind;

typedef struct
{
  KnCellKind  kind;
  guint       column;    /* 0-based; a row's cells[i].column == i */
  char        ref[16];   /* "C12": column letters and the row's number */
  const char *text;      /* TEXT: the text as read (never NULL for TEXT; "" otherwise) */
  double      number;    /* NUMBER; for DATE the serial number as stored */
  GDateDay    day;       /* DATE */
  GDateMonth  month;
  GDateYear   year;
  gboolean    boolean;   /* BOOLEAN */
} KnTableCell;

typedef struct
{
  guint        number;   /* CSV: the line the row starts on; XLSX: the row number; 1-based */
  guint        n_cells;  /* up to the last non-empty cell; gaps in between are EMPTY cells */
  KnTableCell *cells;
} KnTableRow;

/* Limits that keep a hostile file from exhausting memory. */
#define KN_TABLE_MAX_COLUMNS      16384          /* Excel's: A … XFD */
#define KN_TABLE_MAX_CSV_BYTES    (256u << 20)   /* a CSV is read whole, then parsed */
#define KN_TABLE_MAX_CELL_BYTES   (1u << 20)

#define KN_TYPE_TABLE_READER (kn_table_reader_get_type ())
G_DECLARE_FINAL_TYPE (KnTableReader, kn_table_reader, KN, TABLE_READER, GObject)

GQuark             kn_table_reader_error_quark   (void);

/* Opens @path as XLSX or CSV, chosen by its content (not its name). @sheet names the XLSX sheet
 * to read (NULL: the first); it is ignored for a CSV. */
KnTableReader     *kn_table_reader_new_for_path  (const char     *path,
                                                  const char     *sheet,
                                                  GError        **error);
/* The same over bytes in memory; @display_name is the file name that messages show. */
KnTableReader     *kn_table_reader_new_for_bytes (GBytes         *bytes,
                                                  const char     *display_name,
                                                  const char     *sheet,
                                                  GError        **error);

KnTableFormat      kn_table_reader_get_format     (KnTableReader  *self);
KnTableNotice      kn_table_reader_get_notices    (KnTableReader  *self);
const char        *kn_table_reader_get_display_name (KnTableReader *self);
/* XLSX: the sheet being read, and every sheet's name in workbook order; CSV: NULL. */
const char        *kn_table_reader_get_sheet_name (KnTableReader  *self);
const char * const *kn_table_reader_get_sheet_names (KnTableReader *self);
/* CSV: ',', ';' or '\t' as detected from the first row; XLSX: 0. */
char               kn_table_reader_get_separator  (KnTableReader  *self);

/* The next row that is not empty, owned by the reader and valid until the next call; NULL at the
 * end (@error unset) or on an error (@error set, naming the file and the line or cell; after an
 * error every call returns NULL with an error). Rows whose cells are all empty or white space
 * are skipped. */
const KnTableRow  *kn_table_reader_next_row       (KnTableReader  *self,
                                                  GError        **error);

/* The cell at @column of @row, or NULL past its end (an empty cell). */
const KnTableCell *kn_table_row_get_cell          (const KnTableRow *row,
                                                  guint           column);
/* "A", "Z", "AA", … for a 0-based column. */
void               kn_table_column_name          (guint           column,
                                                  char            buf[8]);
/* The cell's text without leading and trailing white space (including no-break spaces); numbers
 * as the shortest text that reads back the same, dates as YYYY-MM-DD, booleans TRUE/FALSE, an
 * empty cell or NULL as "". */
char              *kn_table_cell_dup_stripped    (const KnTableCell *cell);

G_END_DECLS
