/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for reading CSV files: separators, encodings, quotes, line numbers, errors. */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-table-reader.h"

#include "kn-test-io.h"

static KnTableReader *
reader_for_text (const char *text,
                 gssize      len)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len < 0 ? strlen (text) : (gsize) len);
  g_autoptr(GError) error = NULL;
  KnTableReader *reader = kn_table_reader_new_for_bytes (bytes, "data.csv", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  g_assert_cmpint (kn_table_reader_get_format (reader), ==, KN_TABLE_FORMAT_CSV);
  return reader;
}

static void
test_comma_lf (void)
{
  g_autoptr(KnTableReader) reader = reader_for_text ("NIP,Nama\n1,Budi\n2,Ani\n", -1);
  const KnTableRow *row;

  g_assert_cmpint (kn_table_reader_get_separator (reader), ==, ',');
  g_assert_cmpint (kn_table_reader_get_notices (reader), ==, KN_TABLE_NOTICE_NONE);
  g_assert_null (kn_table_reader_get_sheet_name (reader));

  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 1);
  g_assert_cmpuint (row->n_cells, ==, 2);
  kn_test_assert_text (row, 0, "NIP");
  kn_test_assert_text (row, 1, "Nama");
  g_assert_cmpstr (row->cells[1].ref, ==, "B1");

  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 2);
  kn_test_assert_text (row, 1, "Budi");
  g_assert_cmpstr (row->cells[0].ref, ==, "A2");

  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 3);
  kn_test_assert_text (row, 1, "Ani");
  kn_test_assert_end (reader);
  /* The end stays the end. */
  kn_test_assert_end (reader);
}

static void
test_semicolon_bom_crlf_file (void)
{
  g_autofree char *path = kn_test_import_path ("employees-semicolon-bom-crlf.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(KnTableReader) reader = kn_table_reader_new_for_path (path, NULL, &error);
  const KnTableRow *row;

  g_assert_no_error (error);
  g_assert_cmpint (kn_table_reader_get_separator (reader), ==, ';');
  g_assert_cmpint (kn_table_reader_get_notices (reader), ==, KN_TABLE_NOTICE_BOM);
  g_assert_cmpstr (kn_table_reader_get_display_name (reader), ==,
                   "employees-semicolon-bom-crlf.csv");

  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 1);
  g_assert_cmpuint (row->n_cells, ==, 7);
  /* No byte-order mark left on the first header. */
  kn_test_assert_text (row, 0, "NIP");
  kn_test_assert_text (row, 6, "Status");

  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 2);
  kn_test_assert_text (row, 0, "196908072000041001");
  kn_test_assert_text (row, 1, "Dr. H. Ahmad Fauzi, M.Pd.");
  kn_test_assert_text (row, 5, "");
  kn_test_assert_text (row, 6, "PNS");

  /* A quoted line break: the row is numbered by its first line, the break kept as "\n". */
  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 3);
  kn_test_assert_text (row, 1, "Ma'ruf Amin");
  kn_test_assert_text (row, 3, "Analis Kepegawaian\nAhli Pertama");
  g_assert_cmpstr (row->cells[3].ref, ==, "D3");

  /* Line 5 (";;;;;;") is skipped; line 6 keeps its number. */
  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 6);
  kn_test_assert_text (row, 1, "Siti \"Ani\" Rahma  ");
  kn_test_assert_text (row, 3, "Guru; Ahli Muda");
  kn_test_assert_text (row, 4, "Dinas Pendidikan > Bidang SMA");
  kn_test_assert_text (row, 6, "PPPK");
  kn_test_assert_end (reader);
}

static void
test_windows_1252_file (void)
{
  g_autofree char *path = kn_test_import_path ("employees-windows-1252.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(KnTableReader) reader = kn_table_reader_new_for_path (path, NULL, &error);
  const KnTableRow *row;

  g_assert_no_error (error);
  g_assert_cmpint (kn_table_reader_get_notices (reader), ==, KN_TABLE_NOTICE_WINDOWS_1252);
  kn_test_next_row (reader);
  row = kn_test_next_row (reader);
  kn_test_assert_text (row, 1, "André Saputra");
  row = kn_test_next_row (reader);
  kn_test_assert_text (row, 1, "Ma’ruf");
  kn_test_assert_text (row, 2, "Café €");
  kn_test_assert_end (reader);
}

static void
test_not_an_encoding (void)
{
  /* 0x81 is undefined in Windows-1252 and invalid as UTF-8. */
  g_autoptr(GBytes) bytes = g_bytes_new_static ("NIP,Nama\n1,A\201B\n", 15);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnTableReader) reader = kn_table_reader_new_for_bytes (bytes, "dir/roster.csv", NULL,
                                                                   &error);

  g_assert_null (reader);
  g_assert_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "“roster.csv”"));
}

static void
test_quotes (void)
{
  g_autoptr(KnTableReader) reader =
    reader_for_text ("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"\"\n\"multi\nline\",2,\"3\"\n4,5,6", -1);
  const KnTableRow *row;

  kn_test_next_row (reader);
  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 2);
  kn_test_assert_text (row, 0, "x, y");
  kn_test_assert_text (row, 1, "say \"hi\"");
  /* An empty quoted last field is empty, and not counted. */
  g_assert_cmpuint (row->n_cells, ==, 2);

  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 3);
  kn_test_assert_text (row, 0, "multi\nline");
  kn_test_assert_text (row, 2, "3");

  /* No line end after the last row. */
  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 5);
  kn_test_assert_text (row, 2, "6");
  kn_test_assert_end (reader);
}

static void
test_lenient_quotes (void)
{
  g_autoptr(KnTableReader) reader = reader_for_text ("a\"b,\"c\"d\n", -1);
  const KnTableRow *row = kn_test_next_row (reader);

  /* A quote inside a field and text after a closing quote are kept, as Excel does. */
  kn_test_assert_text (row, 0, "a\"b");
  kn_test_assert_text (row, 1, "cd");
}

static void
test_empty_rows_and_spaces (void)
{
  g_autoptr(KnTableReader) reader = reader_for_text ("a,b\n\n,,\n  ,\t\r\n x ,y  \n\n", -1);
  const KnTableRow *row;
  g_autofree char *stripped = NULL;

  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 1);

  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 5);
  kn_test_assert_text (row, 0, " x ");
  kn_test_assert_text (row, 1, "y  ");

  stripped = kn_table_cell_dup_stripped (&row->cells[0]);
  g_assert_cmpstr (stripped, ==, "x");
  kn_test_assert_end (reader);
}

static void
test_strip_helper (void)
{
  KnTableCell cell = { .kind = KN_CELL_TEXT, .text = "\302\240 Budi Santoso \t\302\240" };
  g_autofree char *text = kn_table_cell_dup_stripped (&cell);
  g_autofree char *empty = kn_table_cell_dup_stripped (NULL);
  g_autofree char *number = NULL;
  g_autofree char *fraction = NULL;
  g_autofree char *date = NULL;

  g_assert_cmpstr (text, ==, "Budi Santoso");
  g_assert_cmpstr (empty, ==, "");

  cell = (KnTableCell) { .kind = KN_CELL_NUMBER, .number = 20.0, .text = "" };
  number = kn_table_cell_dup_stripped (&cell);
  g_assert_cmpstr (number, ==, "20");
  cell.number = 12.5;
  fraction = kn_table_cell_dup_stripped (&cell);
  g_assert_cmpstr (fraction, ==, "12.5");
  cell = (KnTableCell) { .kind = KN_CELL_DATE, .year = 2026, .month = 3, .day = 9, .text = "" };
  date = kn_table_cell_dup_stripped (&cell);
  g_assert_cmpstr (date, ==, "2026-03-09");
}

static void
test_line_ends (void)
{
  /* A lone CR (old Mac files) ends a line too; CRLF inside quotes counts as one line. */
  g_autoptr(KnTableReader) reader = reader_for_text ("a;b\r1;\"x\r\ny\"\r2;z\r", -1);
  const KnTableRow *row;

  g_assert_cmpint (kn_table_reader_get_separator (reader), ==, ';');
  kn_test_next_row (reader);
  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 2);
  kn_test_assert_text (row, 1, "x\ny");
  row = kn_test_next_row (reader);
  g_assert_cmpuint (row->number, ==, 4);
  kn_test_assert_text (row, 1, "z");
  kn_test_assert_end (reader);
}

static void
test_separator_detection (void)
{
  /* Commas inside quotes do not count: this header has more of them than semicolons. */
  g_autoptr(KnTableReader) semi = reader_for_text ("\"Nama, Gelar\";\"a,b,c\";NIP\n", -1);
  g_autoptr(KnTableReader) tab = reader_for_text ("NIP\tNama\tJabatan\n", -1);
  g_autoptr(KnTableReader) hint = reader_for_text ("sep=;\r\nNama, Gelar;NIP\r\n", -1);
  g_autoptr(KnTableReader) single = reader_for_text ("NIP\n1\n", -1);
  const KnTableRow *row;

  g_assert_cmpint (kn_table_reader_get_separator (semi), ==, ';');
  row = kn_test_next_row (semi);
  g_assert_cmpuint (row->n_cells, ==, 3);
  g_assert_cmpint (kn_table_reader_get_separator (tab), ==, '\t');
  g_assert_cmpint (kn_table_reader_get_separator (single), ==, ',');

  g_assert_cmpint (kn_table_reader_get_separator (hint), ==, ';');
  row = kn_test_next_row (hint);
  g_assert_cmpuint (row->number, ==, 2);
  kn_test_assert_text (row, 0, "Nama, Gelar");

  /* Title rows above the header, as an office types them: none or few separators. The header
   * and the rows decide (the first line alone took ',' and read each row as one column). */
  {
    g_autoptr(KnTableReader) titled =
      reader_for_text ("Rekap Pegawai BKD\r\n"
                       "Keadaan 1 Januari 2026, semua bidang\r\n"
                       "\r\n"
                       "NIP;Nama;Unit Kerja\r\n"
                       "198609262015051001;Ma'ruf Hidayat, S.H.;BKD\r\n", -1);
    g_autoptr(KnTableReader) commas = reader_for_text ("Daftar; per bidang\nNIP,Nama,Unit\n", -1);

    g_assert_cmpint (kn_table_reader_get_separator (titled), ==, ';');
    kn_test_next_row (titled);
    kn_test_next_row (titled);
    row = kn_test_next_row (titled);
    g_assert_cmpuint (row->n_cells, ==, 3);
    kn_test_assert_text (row, 2, "Unit Kerja");
    row = kn_test_next_row (titled);
    kn_test_assert_text (row, 1, "Ma'ruf Hidayat, S.H.");
    g_assert_cmpint (kn_table_reader_get_separator (commas), ==, ',');
  }
}

static void
test_utf16 (void)
{
  /* Excel's "Unicode Text": UTF-16LE with a byte-order mark, separated by tabs. */
  static const char data[] = "\377\376N\0I\0P\0\t\0N\0a\0m\0a\0\r\0\n\0001\0\t\0\351\0\r\0\n\0";
  g_autoptr(KnTableReader) reader = reader_for_text (data, sizeof data - 1);
  const KnTableRow *row;

  g_assert_cmpint (kn_table_reader_get_separator (reader), ==, '\t');
  row = kn_test_next_row (reader);
  kn_test_assert_text (row, 0, "NIP");
  row = kn_test_next_row (reader);
  kn_test_assert_text (row, 1, "é");
}

static void
test_unclosed_quote (void)
{
  g_autoptr(KnTableReader) reader = reader_for_text ("a,b\n1,2\n3,\"never\nclosed\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) again = NULL;

  kn_test_next_row (reader);
  kn_test_next_row (reader);
  g_assert_null (kn_table_reader_next_row (reader, &error));
  g_assert_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_SYNTAX);
  /* The message names the file and the line where the quote opened. */
  g_assert_nonnull (strstr (error->message, "“data.csv”, line 3"));

  g_assert_null (kn_table_reader_next_row (reader, &again));
  g_assert_error (again, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_SYNTAX);
}

static void
test_by_content (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kn-csv-XXXXXX", NULL);
  g_autofree char *misnamed = g_build_filename (dir, "roster.xlsx", NULL);
  g_autofree char *xls = g_build_filename (dir, "old.csv", NULL);
  g_autofree char *binary = g_build_filename (dir, "photo.csv", NULL);
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(GError) error = NULL;

  /* A CSV named .xlsx is read as CSV. */
  g_assert_true (g_file_set_contents (misnamed, "NIP;Nama\n1;A\n", -1, NULL));
  reader = kn_table_reader_new_for_path (misnamed, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kn_table_reader_get_format (reader), ==, KN_TABLE_FORMAT_CSV);
  g_assert_cmpint (kn_table_reader_get_separator (reader), ==, ';');

  /* An old .xls (or an encrypted workbook) is refused with what to do. */
  g_assert_true (g_file_set_contents (xls, "\320\317\021\340\241\261\032\341rest", 12, NULL));
  g_assert_null (kn_table_reader_new_for_path (xls, NULL, &error));
  g_assert_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "“old.csv”"));
  g_assert_nonnull (strstr (error->message, ".xlsx"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (binary, "\211PNG\r\n\032\n\0\0\0\rIHDR", 16, NULL));
  g_assert_null (kn_table_reader_new_for_path (binary, NULL, &error));
  g_assert_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_FORMAT);
  g_clear_error (&error);

  /* A folder is not a file. */
  g_assert_null (kn_table_reader_new_for_path (dir, NULL, &error));
  g_assert_error (error, KN_TABLE_READER_ERROR, KN_TABLE_READER_ERROR_OPEN);

  g_unlink (misnamed);
  g_unlink (xls);
  g_unlink (binary);
  g_rmdir (dir);
}

static void
test_empty_file (void)
{
  g_autoptr(KnTableReader) reader = reader_for_text ("", 0);
  g_autoptr(KnTableReader) bom_only = reader_for_text ("\357\273\277\r\n", -1);

  kn_test_assert_end (reader);
  kn_test_assert_end (bom_only);
}

static void
test_twenty_thousand_rows (void)
{
  g_autoptr(GString) text = g_string_new ("NIP;Nama;Jabatan;Unit Kerja\r\n");
  g_autoptr(KnTableReader) reader = NULL;
  const KnTableRow *row;
  guint n_rows = 0;
  guint last = 0;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "19860926201505%04u;\"Pegawai %u, S.Kom.\";Analis;Dinas %u\r\n",
                            i, i, i % 41);

  reader = reader_for_text (text->str, (gssize) text->len);
  kn_test_next_row (reader);
  while ((row = kn_table_reader_next_row (reader, NULL)) != NULL)
    {
      g_autofree char *expected = g_strdup_printf ("Pegawai %u, S.Kom.", n_rows);

      g_assert_cmpstr (row->cells[1].text, ==, expected);
      last = row->number;
      n_rows++;
    }

  g_assert_cmpuint (n_rows, ==, 20000);
  g_assert_cmpuint (last, ==, 20001);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-reader/comma-lf", test_comma_lf);
  g_test_add_func ("/csv-reader/semicolon-bom-crlf-file", test_semicolon_bom_crlf_file);
  g_test_add_func ("/csv-reader/windows-1252-file", test_windows_1252_file);
  g_test_add_func ("/csv-reader/not-an-encoding", test_not_an_encoding);
  g_test_add_func ("/csv-reader/quotes", test_quotes);
  g_test_add_func ("/csv-reader/lenient-quotes", test_lenient_quotes);
  g_test_add_func ("/csv-reader/empty-rows-and-spaces", test_empty_rows_and_spaces);
  g_test_add_func ("/csv-reader/strip-helper", test_strip_helper);
  g_test_add_func ("/csv-reader/line-ends", test_line_ends);
  g_test_add_func ("/csv-reader/separator-detection", test_separator_detection);
  g_test_add_func ("/csv-reader/utf16", test_utf16);
  g_test_add_func ("/csv-reader/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/csv-reader/by-content", test_by_content);
  g_test_add_func ("/csv-reader/empty-file", test_empty_file);
  g_test_add_func ("/csv-reader/twenty-thousand-rows", test_twenty_thousand_rows);

  return g_test_run ();
}
