/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for reading XLSX workbooks as libxlsxwriter, LibreOffice and hand-made files have them. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "kinerja/kn-employee-import.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-table-reader.h"

#include "kn-test-io.h"
#include "kn-test-util.h"

typedef KnTestFolder Fixture;

/* The reader of the workbook at @path, asserting that it opens. */
static KnTableReader *
open_workbook (const char *path)
{
  g_autoptr(GError) error = NULL;
  KnTableReader *reader = kn_table_reader_new_for_path (path, NULL, &error);

  g_assert_no_error (error);
  return reader;
}

/* A roster the way libxlsxwriter (and so Kinerja's own export) writes it: shared strings,
 * numbers, dates in a built-in and a custom format, booleans, gaps, and a second sheet. */
static void
write_roster (const char *path)
{
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Pegawai");
  lxw_worksheet *second = workbook_add_worksheet (workbook, "Kegiatan");
  lxw_format *builtin_date = workbook_add_format (workbook);
  lxw_format *custom_date = workbook_add_format (workbook);
  lxw_format *money = workbook_add_format (workbook);
  lxw_format *time_only = workbook_add_format (workbook);
  const char *headers[] = { "NIP", "Nama", "Tanggal Lahir", "TMT", "JP", "Aktif", "Gaji" };
  lxw_datetime birth = { 1986, 9, 26, 0, 0, 0 };
  lxw_datetime tmt = { 2015, 5, 1, 15, 30, 0 };

  format_set_num_format_index (builtin_date, 14);
  format_set_num_format (custom_date, "dd/mm/yyyy");
  format_set_num_format (money, "#,##0.00");
  format_set_num_format (time_only, "hh:mm:ss");

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    worksheet_write_string (sheet, 0, (lxw_col_t) i, headers[i], NULL);

  worksheet_write_string (sheet, 1, 0, "198609262015051001", NULL);
  worksheet_write_string (sheet, 1, 1, "Dr. H. Ahmad Fauzi, M.Pd.", NULL);
  worksheet_write_datetime (sheet, 1, 2, &birth, builtin_date);
  worksheet_write_datetime (sheet, 1, 3, &tmt, custom_date);
  worksheet_write_number (sheet, 1, 4, 24, NULL);
  worksheet_write_boolean (sheet, 1, 5, 1, NULL);
  worksheet_write_number (sheet, 1, 6, 1234567.5, money);

  /* Row 3 has only A and D; row 4 nothing; row 5 a NIP typed as a number. */
  worksheet_write_string (sheet, 2, 0, "Ma'ruf", NULL);
  worksheet_write_string (sheet, 2, 3, "=1+1", NULL);
  worksheet_write_number (sheet, 4, 0, 198609262015051001.0, NULL);
  worksheet_write_boolean (sheet, 4, 5, 0, NULL);
  worksheet_write_number (sheet, 4, 6, 0.5, time_only);

  /* Around the 29 February 1900 that Excel counts but never was. */
  worksheet_write_number (sheet, 5, 0, 59, builtin_date);
  worksheet_write_number (sheet, 5, 1, 60, builtin_date);
  worksheet_write_number (sheet, 5, 2, 61, builtin_date);
  worksheet_write_number (sheet, 5, 3, 46022, custom_date);

  worksheet_write_string (second, 0, 0, "NIP", NULL);
  worksheet_write_string (second, 0, 1, "Nama Kegiatan", NULL);
  worksheet_write_string (second, 1, 0, "198609262015051001", NULL);
  worksheet_write_string (second, 1, 1, "Pelatihan Kepemimpinan", NULL);

  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
}

static void
check_roster (KnTableReader *reader)
{
  const KnTableRow *row;
  const char * const *names;

  g_assert_cmpint (kn_table_reader_get_format (reader), ==, KN_TABLE_FORMAT_XLSX);
  g_assert_cmpstr (kn_table_reader_get_sheet_name (reader), ==, "Pegawai");
  g_assert_cmpint (kn_table_reader_get_separator (reader), ==, 0);
  names = kn_table_reader_get_sheet_names (reader);
  g_assert_nonnull (names);
  g_assert_cmpstr (names[0], ==, "Pegawai");
  g_assert_cmpstr (names[1], ==, "Kegiatan");
  g_assert_null (names[2]);

  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 1);
  g_assert_cmpuint (row->n_cells, ==, 7);
  kn_test_assert_text (row, 0, "NIP");
  kn_test_assert_text (row, 6, "Gaji");
  g_assert_cmpstr (row->cells[6].ref, ==, "G1");

  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 2);
  kn_test_assert_text (row, 0, "198609262015051001");
  kn_test_assert_text (row, 1, "Dr. H. Ahmad Fauzi, M.Pd.");
  kn_test_assert_date (row, 2, 1986, 9, 26);
  /* A date-time in a custom date format: the day, without its time. */
  kn_test_assert_date (row, 3, 2015, 5, 1);
  kn_test_assert_number (row, 4, 24);
  g_assert_true (kn_test_cell_of (row, 5, KN_CELL_BOOLEAN)->boolean);
  kn_test_assert_number (row, 6, 1234567.5);
  g_assert_cmpstr (row->cells[3].ref, ==, "D2");

  /* Cells left out of a sparse row are empty, at their own columns. */
  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 3);
  g_assert_cmpuint (row->n_cells, ==, 4);
  kn_test_assert_text (row, 0, "Ma'ruf");
  kn_test_cell_of (row, 1, KN_CELL_EMPTY);
  g_assert_cmpstr (row->cells[2].ref, ==, "C3");
  kn_test_assert_text (row, 3, "=1+1");

  /* Row 4 is empty and skipped. */
  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 5);
  kn_test_assert_number (row, 0, 198609262015051001.0);
  g_assert_false (kn_test_cell_of (row, 5, KN_CELL_BOOLEAN)->boolean);
  /* hh:mm:ss is a time, not a date. */
  kn_test_assert_number (row, 6, 0.5);

  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 6);
  kn_test_assert_date (row, 0, 1900, 2, 28);
  kn_test_assert_number (row, 1, 60);
  kn_test_assert_date (row, 2, 1900, 3, 1);
  kn_test_assert_date (row, 3, 2025, 12, 31);

  kn_test_assert_end (reader);
}

static void
test_libxlsxwriter (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KnTableReader) reader = NULL;

  write_roster (fixture->path);
  reader = open_workbook (fixture->path);
  g_assert_cmpstr (kn_table_reader_get_display_name (reader), ==, "roster.xlsx");
  check_roster (reader);
}

static void
test_from_bytes (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize len = 0;

  write_roster (fixture->path);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &len, NULL));
  bytes = g_bytes_new_take (contents, len);
  reader = kn_table_reader_new_for_bytes (bytes, "/somewhere/upload.xlsx", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kn_table_reader_get_display_name (reader), ==, "upload.xlsx");
  check_roster (reader);
}

static void
test_by_content (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *misnamed = g_build_filename (fixture->dir, "roster.csv", NULL);
  g_autoptr(KnTableReader) reader = NULL;

  write_roster (fixture->path);
  g_assert_cmpint (g_rename (fixture->path, misnamed), ==, 0);
  reader = open_workbook (misnamed);
  check_roster (reader);
  g_unlink (misnamed);
}

static void
test_choose_sheet (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(KnTableReader) any_case = NULL;
  g_autoptr(GError) error = NULL;
  const KnTableRow *row;

  write_roster (fixture->path);
  reader = kn_table_reader_new_for_path (fixture->path, "Kegiatan", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kn_table_reader_get_sheet_name (reader), ==, "Kegiatan");
  row = kn_test_next_row (reader);
  kn_test_assert_text (row, 1, "Nama Kegiatan");
  row = kn_test_next_row (reader);
  kn_test_assert_text (row, 1, "Pelatihan Kepemimpinan");
  kn_test_assert_end (reader);

  any_case = kn_table_reader_new_for_path (fixture->path, "KEGIATAN", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kn_table_reader_get_sheet_name (any_case), ==, "Kegiatan");

  g_assert_null (kn_table_reader_new_for_path (fixture->path, "Lembar3", &error));
  g_assert_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_NO_SHEET);
  g_assert_nonnull (strstr (error->message, "“roster.xlsx” has no sheet named “Lembar3”"));
  g_assert_nonnull (strstr (error->message, "Pegawai, Kegiatan"));
}

static void
test_libreoffice (void)
{
  g_autofree char *path = kn_test_import_path ("libreoffice.xlsx");
  g_autoptr(KnTableReader) reader = open_workbook (path);
  const KnTableRow *row;

  g_assert_cmpstr (kn_table_reader_get_sheet_name (reader), ==, "libreoffice");

  row = kn_test_next_row (reader);
  kn_test_assert_text (row, 0, "NIP");
  kn_test_assert_text (row, 4, "Aktif");

  /* LibreOffice turned the NIP into a number, as Excel does: the digits are gone. */
  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 2);
  g_assert_cmpfloat (kn_test_cell_of (row, 0, KN_CELL_NUMBER)->number, ==, 1.98609262015051E+017);
  kn_test_assert_text (row, 1, "Budi Santoso");
  kn_test_assert_date (row, 2, 1986, 9, 26);   /* yyyy\-mm\-dd */
  kn_test_assert_number (row, 3, 24);

  row = kn_test_next_row (reader);
  kn_test_assert_text (row, 1, "Siti Aminah");
  kn_test_assert_date (row, 2, 1990, 1, 1);
  kn_test_assert_number (row, 3, 12.5);
  kn_test_assert_text (row, 4, "FALSE");
  kn_test_assert_end (reader);
}

static void
test_inline_strings (void)
{
  g_autofree char *path = kn_test_import_path ("inline-strings.xlsx");
  g_autoptr(KnTableReader) reader = open_workbook (path);
  const KnTableRow *row;

  g_assert_cmpstr (kn_table_reader_get_sheet_name (reader), ==, "Data Pegawai");

  row = kn_test_next_row (reader);
  kn_test_assert_text (row, 2, "Tanggal");

  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 3);
  kn_test_assert_text (row, 0, "198609262015051001");
  /* Rich text runs joined, spaces kept, the phonetic guide left out. */
  kn_test_assert_text (row, 1, "Ma'ruf ");
  /* A cell of type d holds an ISO date. */
  kn_test_assert_date (row, 2, 2026, 12, 31);

  /* A row and cells without r="…" follow the ones before them. */
  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 4);
  kn_test_assert_text (row, 0, "=SUM(A1:A2)");
  kn_test_assert_text (row, 1, "NIPx");
  kn_test_assert_text (row, 2, "#N/A");
  g_assert_cmpstr (row->cells[2].ref, ==, "C4");

  /* Cells out of order and a gap: E7 then an empty D7. */
  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 7);
  g_assert_cmpuint (row->n_cells, ==, 5);
  kn_test_assert_text (row, 0, "a & b <c>");
  kn_test_cell_of (row, 3, KN_CELL_EMPTY);
  kn_test_assert_number (row, 4, 42);

  /* Row 8 holds only spaces and row 9 nothing: both skipped. */
  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 10);
  kn_test_cell_of (row, 0, KN_CELL_EMPTY);
  g_assert_true (kn_test_cell_of (row, 1, KN_CELL_BOOLEAN)->boolean);
  g_assert_false (kn_test_cell_of (row, 2, KN_CELL_BOOLEAN)->boolean);
  kn_test_assert_end (reader);
}

static void
test_date1904 (void)
{
  g_autofree char *path = kn_test_import_path ("date1904.xlsx");
  g_autoptr(KnTableReader) reader = open_workbook (path);
  const KnTableRow *row;

  row = kn_test_next_row (reader);
  /* Day 0 is 1 January 1904; 43101 is 2 January 2022, which the 1900 system numbers 44563. */
  kn_test_assert_date (row, 0, 1904, 1, 1);
  kn_test_assert_date (row, 1, 2022, 1, 2);
  /* "Rp"#,##0.00 has a d inside quotes only: a number. */
  kn_test_assert_number (row, 2, 43101);
  kn_test_assert_date (row, 3, 2022, 1, 2);
  kn_test_assert_number (row, 4, 43101);
  kn_test_assert_end (reader);
}

static void
test_damaged (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  write_roster (fixture->path);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &len, NULL));

  /* Cut in half: the zip's directory is gone. */
  g_assert_true (g_file_set_contents (fixture->path, contents, (gssize) len / 2, NULL));
  g_assert_null (kn_table_reader_new_for_path (fixture->path, NULL, &error));
  g_assert_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "“roster.xlsx”"));
  g_free (contents);
}

/* Writes @parts (name, text, …, NULL) as a zip file. */
static void
write_zip (const char *path,
           ...)
{
  struct archive *zip = archive_write_new ();
  va_list args;
  const char *name;

  archive_write_set_format_zip (zip);
  g_assert_cmpint (archive_write_open_filename (zip, path), ==, ARCHIVE_OK);

  va_start (args, path);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      const char *text = va_arg (args, const char *);
      struct archive_entry *entry = archive_entry_new ();

      archive_entry_set_pathname (entry, name);
      archive_entry_set_size (entry, (la_int64_t) strlen (text));
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      g_assert_cmpint (archive_write_header (zip, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (zip, text, strlen (text)), ==,
                       (la_ssize_t) strlen (text));
      archive_entry_free (entry);
    }
  va_end (args);

  g_assert_cmpint (archive_write_free (zip), ==, ARCHIVE_OK);
}

#define WORKBOOK_ONE_SHEET \
  "<workbook xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>" \
  "<sheets><sheet name='S' sheetId='1' r:id='rId1'/></sheets></workbook>"
#define RELS_ONE_SHEET \
  "<Relationships><Relationship Id='rId1' Target='worksheets/sheet1.xml' " \
  "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet'/>" \
  "<Relationship Id='rId2' Target='sharedStrings.xml' " \
  "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings'/>" \
  "</Relationships>"

/* Asserts that reading @reader's next row fails as a syntax error whose message says @needle. */
static void
assert_row_syntax_error (KnTableReader *reader,
                         const char    *needle)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (kn_table_reader_next_row (reader, &error));
  g_assert_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, needle));
}

static void
test_broken_parts (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  /* A zip that is no workbook. */
  write_zip (fixture->path, "readme.txt", "hello", NULL);
  g_assert_null (kn_table_reader_new_for_path (fixture->path, NULL, &error));
  g_assert_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "xl/workbook.xml"));
  g_clear_error (&error);

  /* A shared string index past the table names the cell. */
  write_zip (fixture->path,
             "xl/workbook.xml", WORKBOOK_ONE_SHEET,
             "xl/_rels/workbook.xml.rels", RELS_ONE_SHEET,
             "xl/sharedStrings.xml", "<sst><si><t>NIP</t></si></sst>",
             "xl/worksheets/sheet1.xml",
             "<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>0</v></c></row>"
             "<row r='2'><c r='B2' t='s'><v>7</v></c></row></sheetData></worksheet>",
             NULL);
  reader = open_workbook (fixture->path);
  g_assert_cmpstr (kn_test_next_row (reader)->cells[0].text, ==, "NIP");
  assert_row_syntax_error (reader, "cell B2");
  g_clear_object (&reader);

  /* XML cut short in the sheet: an error near the row cut, not a silent end. */
  write_zip (fixture->path,
             "xl/workbook.xml", WORKBOOK_ONE_SHEET,
             "xl/_rels/workbook.xml.rels", RELS_ONE_SHEET,
             "xl/worksheets/sheet1.xml",
             "<worksheet><sheetData><row r='1'><c r='A1'><v>1</v></c></row>"
             "<row r='2'><c r='A2'><v>2",
             NULL);
  reader = open_workbook (fixture->path);
  kn_test_next_row (reader);
  assert_row_syntax_error (reader, "near row 2");
  g_clear_object (&reader);

  /* A number that is not one. */
  write_zip (fixture->path,
             "xl/workbook.xml", WORKBOOK_ONE_SHEET,
             "xl/_rels/workbook.xml.rels", RELS_ONE_SHEET,
             "xl/worksheets/sheet1.xml",
             "<worksheet><sheetData><row r='4'><c r='C4'><v>12abc</v></c></row></sheetData>"
             "</worksheet>",
             NULL);
  reader = open_workbook (fixture->path);
  assert_row_syntax_error (reader, "cell C4");
}

static void
test_hidden_first_sheet (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  /* Offices hide a sheet of lists for their drop-downs in front: the default is the first
   * visible sheet, and the hidden one can still be chosen by name. */
  write_zip (fixture->path,
             "xl/workbook.xml",
             "<workbook xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
             "<sheets><sheet name='Daftar' sheetId='1' state='hidden' r:id='rId1'/>"
             "<sheet name='Pegawai' sheetId='2' r:id='rId2'/></sheets></workbook>",
             "xl/_rels/workbook.xml.rels",
             "<Relationships><Relationship Id='rId1' Target='worksheets/sheet1.xml' "
             "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet'/>"
             "<Relationship Id='rId2' Target='worksheets/sheet2.xml' "
             "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet'/>"
             "</Relationships>",
             "xl/worksheets/sheet1.xml",
             "<worksheet><sheetData><row r='1'><c r='A1'><v>1</v></c></row></sheetData></worksheet>",
             "xl/worksheets/sheet2.xml",
             "<worksheet><sheetData><row r='1'><c r='A1'><v>2</v></c></row></sheetData></worksheet>",
             NULL);
  reader = open_workbook (fixture->path);
  g_assert_cmpstr (kn_table_reader_get_sheet_name (reader), ==, "Pegawai");
  kn_test_assert_number (kn_test_next_row (reader), 0, 2);
  g_clear_object (&reader);

  reader = kn_table_reader_new_for_path (fixture->path, "Daftar", &error);
  g_assert_no_error (error);
  kn_test_assert_number (kn_test_next_row (reader), 0, 1);
}

static void
test_external_entities (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *secret = g_build_filename (fixture->dir, "secret.txt", NULL);
  g_autofree char *sheet = NULL;
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const KnTableRow *row;

  /* An entity naming a local file is never read into a cell. */
  g_assert_true (g_file_set_contents (secret, "TOP SECRET", -1, NULL));
  sheet = g_strdup_printf ("<?xml version='1.0'?><!DOCTYPE w [<!ENTITY x SYSTEM 'file://%s'>]>"
                           "<worksheet><sheetData><row r='1'><c r='A1' t='inlineStr'><is><t>a&x;b"
                           "</t></is></c></row></sheetData></worksheet>", secret);
  write_zip (fixture->path,
             "xl/workbook.xml", WORKBOOK_ONE_SHEET,
             "xl/_rels/workbook.xml.rels", RELS_ONE_SHEET,
             "xl/worksheets/sheet1.xml", sheet,
             NULL);
  reader = open_workbook (fixture->path);
  row = kn_table_reader_next_row (reader, &error);
  if (row != NULL)
    g_assert_null (strstr (row->cells[0].text, "SECRET"));
  g_unlink (secret);
}

static void
test_entity_expansion (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GString) sheet = g_string_new ("<?xml version='1.0'?><!DOCTYPE w [<!ENTITY a0 'ha'>");
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const KnTableRow *row;

  /* "Billion laughs": 10 levels of 10 references would be 10^10 characters if expanded. */
  for (guint i = 1; i <= 10; i++)
    {
      g_string_append_printf (sheet, "<!ENTITY a%u '", i);
      for (guint k = 0; k < 10; k++)
        g_string_append_printf (sheet, "&a%u;", i - 1);
      g_string_append (sheet, "'>");
    }
  g_string_append (sheet, "]><worksheet><sheetData><row r='1'><c r='A1' t='inlineStr'><is><t>"
                          "&a10;</t></is></c><c r='B1'><v>1</v></c></row></sheetData></worksheet>");
  write_zip (fixture->path,
             "xl/workbook.xml", WORKBOOK_ONE_SHEET,
             "xl/_rels/workbook.xml.rels", RELS_ONE_SHEET,
             "xl/worksheets/sheet1.xml", sheet->str,
             NULL);

  reader = open_workbook (fixture->path);
  /* Either the entity is left out or the part is refused; never gigabytes of text. */
  row = kn_table_reader_next_row (reader, &error);
  if (row != NULL)
    g_assert_cmpuint (strlen (kn_table_row_get_cell (row, 0) != NULL
                              ? kn_table_row_get_cell (row, 0)->text : ""), <, 1000);
  else
    g_assert_nonnull (error);
}

/* The sheet part's unpacked size, read from the zip's directory. (Unused under AddressSanitizer,
 * like kn_test_proc_status_kib.) */
static G_GNUC_UNUSED gint64
sheet_size (const char *path)
{
  struct archive *zip = archive_read_new ();
  struct archive_entry *entry;
  gint64 size = -1;

  archive_read_support_format_zip_seekable (zip);
  g_assert_cmpint (archive_read_open_filename (zip, path, 65536), ==, ARCHIVE_OK);
  while (archive_read_next_header (zip, &entry) == ARCHIVE_OK)
    if (g_str_equal (archive_entry_pathname (entry), "xl/worksheets/sheet1.xml"))
      size = archive_entry_size (entry);
  archive_read_free (zip);
  return size;
}

static void
write_big_roster (const char *path,
                  guint       n_rows)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *workbook = workbook_new_opt (path, &options);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Pegawai");
  lxw_format *date = workbook_add_format (workbook);

  format_set_num_format (date, "dd/mm/yyyy");
  worksheet_write_string (sheet, 0, 0, "NIP", NULL);
  worksheet_write_string (sheet, 0, 1, "Nama", NULL);
  worksheet_write_string (sheet, 0, 2, "Jabatan", NULL);
  worksheet_write_string (sheet, 0, 3, "Unit Kerja", NULL);
  worksheet_write_string (sheet, 0, 4, "TMT", NULL);
  for (guint i = 1; i <= n_rows; i++)
    {
      char nip[32], name[64];

      g_snprintf (nip, sizeof nip, "19860926201505%04u", i % 10000);
      g_snprintf (name, sizeof name, "Pegawai Nomor %u, S.Kom., M.Kom.", i);
      worksheet_write_string (sheet, i, 0, nip, NULL);
      worksheet_write_string (sheet, i, 1, name, NULL);
      worksheet_write_string (sheet, i, 2, "Analis Sumber Daya Manusia Aparatur Ahli Muda", NULL);
      worksheet_write_string (sheet, i, 3, "Badan Kepegawaian Daerah/Bidang Mutasi/Subbidang",
                              NULL);
      worksheet_write_number (sheet, i, 4, 42000 + i % 3000, date);
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
}

static guint
read_all (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnTableReader) reader = kn_table_reader_new_for_path (path, NULL, &error);
  const KnTableRow *row;
  guint n = 0;

  g_assert_no_error (error);
  while ((row = kn_table_reader_next_row (reader, &error)) != NULL)
    {
      if (n > 0)
        {
          g_assert_cmpuint (row->number, ==, n + 1);
          g_assert_cmpint (row->cells[4].kind, ==, KN_CELL_DATE);
        }
      n++;
    }
  g_assert_no_error (error);
  return n;
}

static void
test_twenty_thousand_rows (Fixture       *fixture,
                           gconstpointer  data)
{
  write_big_roster (fixture->path, 20000);
  g_assert_cmpuint (read_all (fixture->path), ==, 20001);
}

/* Reading streams: the peak memory while reading stays well below the sheet's XML (7.8 MB here),
 * so the sheet is never held whole, let alone twice. Measured in a fresh process whose peak is
 * reset just before reading. */
static void
test_streamed (Fixture       *fixture,
               gconstpointer  data)
{
#if defined(__SANITIZE_ADDRESS__)
  g_test_skip ("peak memory means nothing under AddressSanitizer");
#else
  if (g_test_subprocess ())
    {
      const char *path = g_getenv ("KN_TEST_XLSX");
      gint64 before, peak, xml = sheet_size (path);
      FILE *clear = fopen ("/proc/self/clear_refs", "w");

      if (clear == NULL)
        {
          g_test_skip ("no /proc/self/clear_refs");
          return;
        }
      fputs ("5", clear);
      fclose (clear);

      before = kn_test_proc_status_kib ("VmHWM:");
      g_assert_cmpuint (read_all (path), ==, 20001);
      peak = kn_test_proc_status_kib ("VmHWM:");
      g_test_message ("sheet XML %" G_GINT64_FORMAT " KiB, peak grew by %" G_GINT64_FORMAT " KiB",
                      xml / 1024, peak - before);
      g_assert_cmpint (xml, >, 6 << 20);
      g_assert_cmpint ((peak - before) * 1024, <, xml / 4);
      return;
    }

  write_big_roster (fixture->path, 20000);
  g_setenv ("KN_TEST_XLSX", fixture->path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT
                                   | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
#endif
}

/* A roster workbook whose "TMT Pangkat" is a date cell, as Excel and libxlsxwriter write it: the
 * re-imported rank is a kenaikan pangkat from that day. */
static void
test_roster_rank_tmt (Fixture       *fixture,
                      gconstpointer  data)
{
  lxw_workbook *workbook = workbook_new (fixture->path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Pegawai");
  lxw_format *date_format = workbook_add_format (workbook);
  lxw_datetime tmt = { 2026, 4, 1, 0, 0, 0 };
  g_autofree char *folder = NULL;
  g_autofree char *db = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(KnColumnMap) map = NULL;
  g_autoptr(KnEmployeeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const KnColumnField *fields;
  guint n_fields;
  gsize length;
  gint64 unit, id;

  format_set_num_format (date_format, "dd/mm/yyyy");
  worksheet_write_string (sheet, 0, 0, "NIP", NULL);
  worksheet_write_string (sheet, 0, 1, "Nama", NULL);
  worksheet_write_string (sheet, 0, 2, "Gol. Ruang", NULL);
  worksheet_write_string (sheet, 0, 3, "TMT Pangkat", NULL);
  worksheet_write_string (sheet, 1, 0, "198609262015051001", NULL);
  worksheet_write_string (sheet, 1, 1, "Rina Wulandari", NULL);
  worksheet_write_string (sheet, 1, 2, "III/c", NULL);
  worksheet_write_datetime (sheet, 1, 3, &tmt, date_format);
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);

  store = kn_test_store_new ("kinerja-xlsx-rank-XXXXXX", &folder, &db);
  unit = kn_test_add_unit (store, "Dinas Pendidikan", 0);
  id = kn_test_add_person (store, "198609262015051001", "Rina Wulandari", "III/b", "Analis",
                           KN_POSITION_AHLI_PERTAMA, unit, 0);

  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  reader = kn_table_reader_new_for_bytes (bytes, "pegawai.xlsx", NULL, &error);
  g_assert_no_error (error);
  fields = kn_column_fields_employee (&n_fields);
  map = kn_column_map_new (fields, n_fields);
  kn_column_map_match_row (map, kn_table_reader_next_row (reader, &error));
  g_assert_no_error (error);
  import = kn_employee_import_prepare (store, reader, map, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kn_employee_import_get_errors (import)->len, ==, 0);
  g_assert_true (kn_employee_import_apply (import, store, &error));
  g_assert_no_error (error);

  before = kn_store_rank_at (store, id, "2026-03-31");
  after = kn_store_rank_at (store, id, "2026-04-01");
  g_assert_cmpstr (before, ==, "III/b");
  g_assert_cmpstr (after, ==, "III/c");
  g_clear_pointer (&import, kn_employee_import_free);
  g_clear_object (&reader);
  kn_test_store_clear (&store, &folder, &db);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, "roster.xlsx", kn_test_folder_set_up, func, kn_test_folder_tear_down)
  ADD ("/xlsx-reader/libxlsxwriter", test_libxlsxwriter);
  ADD ("/xlsx-reader/from-bytes", test_from_bytes);
  ADD ("/xlsx-reader/by-content", test_by_content);
  ADD ("/xlsx-reader/choose-sheet", test_choose_sheet);
  ADD ("/xlsx-reader/damaged", test_damaged);
  ADD ("/xlsx-reader/broken-parts", test_broken_parts);
  ADD ("/xlsx-reader/hidden-first-sheet", test_hidden_first_sheet);
  ADD ("/xlsx-reader/external-entities", test_external_entities);
  ADD ("/xlsx-reader/entity-expansion", test_entity_expansion);
  ADD ("/xlsx-reader/twenty-thousand-rows", test_twenty_thousand_rows);
  ADD ("/xlsx-reader/streamed", test_streamed);
  ADD ("/xlsx-reader/roster-rank-tmt", test_roster_rank_tmt);
#undef ADD
  g_test_add_func ("/xlsx-reader/libreoffice", test_libreoffice);
  g_test_add_func ("/xlsx-reader/inline-strings", test_inline_strings);
  g_test_add_func ("/xlsx-reader/date1904", test_date1904);

  return g_test_run ();
}
