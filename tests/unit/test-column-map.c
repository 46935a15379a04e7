/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for finding import columns by header, and for reading NIP, date and number cells. */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kinerja/kn-cell-check.h"
#include "kinerja/kn-column-map.h"

static void
test_key (void)
{
  g_autofree char *a = kn_column_key ("Gol. Ruang");
  g_autofree char *b = kn_column_key ("  PANGKAT / golongan ");
  g_autofree char *c = kn_column_key ("NIP_Atasan");
  g_autofree char *d = kn_column_key ("\377bad");

  g_assert_cmpstr (a, ==, "golruang");
  g_assert_cmpstr (b, ==, "pangkatgolongan");
  g_assert_cmpstr (c, ==, "nipatasan");
  g_assert_cmpstr (d, ==, "");
}

static void
test_employee_headers (void)
{
  /* Headers as offices write them, in an order of their own, with a column that is no field. */
  const char *headers[] = {
    "No.", "NIP Baru", "Gelar Depan", "NAMA", "Gelar Belakang", "Gol. Ruang", "Nama Jabatan",
    "Jenis Jabatan", "Unor", "NIP Atasan", "Status", "Keterangan",
  };
  guint n_fields;
  const KnColumnField *fields = kn_column_fields_employee (&n_fields);
  g_autoptr(KnColumnMap) map = kn_column_map_new (fields, n_fields);
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;

  kn_column_map_match (map, headers, G_N_ELEMENTS (headers));
  g_assert_cmpint (kn_column_map_get_column (map, "nip"), ==, 1);
  g_assert_cmpint (kn_column_map_get_column (map, "front-title"), ==, 2);
  g_assert_cmpint (kn_column_map_get_column (map, "name"), ==, 3);
  g_assert_cmpint (kn_column_map_get_column (map, "back-title"), ==, 4);
  g_assert_cmpint (kn_column_map_get_column (map, "rank"), ==, 5);
  g_assert_cmpint (kn_column_map_get_column (map, "position"), ==, 6);
  g_assert_cmpint (kn_column_map_get_column (map, "position-kind"), ==, 7);
  g_assert_cmpint (kn_column_map_get_column (map, "unit"), ==, 8);
  g_assert_cmpint (kn_column_map_get_column (map, "supervisor-nip"), ==, 9);
  g_assert_cmpint (kn_column_map_get_column (map, "status"), ==, 10);
  g_assert_cmpint (kn_column_map_get_column (map, "no-such-field"), ==, -1);
  g_assert_null (kn_column_map_get_field_at (map, 0));
  g_assert_cmpstr (kn_column_map_get_field_at (map, 1)->id, ==, "nip");
  g_assert_cmpstr (kn_column_map_get_header (map, 11), ==, "Keterangan");
  g_assert_cmpuint (kn_column_map_get_missing (map)->len, ==, 0);
  g_assert_true (kn_column_map_check (map, &error));
  g_assert_no_error (error);

  description = kn_column_map_describe (map);
  g_assert_nonnull (strstr (description, "NIP ← column B “NIP Baru”\n"));
  g_assert_nonnull (strstr (description, "Columns left out: A “No.” L “Keterangan”\n"));
}

static void
test_alternative_names (void)
{
  const char *headers[] = { "Nama Lengkap", "NIP", "Pangkat/Golongan", "Jabatan", "Unit Kerja" };
  const char *bracketed[] = { "NIP (lama)", "Nama (dengan gelar)", "NIP" };
  guint n_fields;
  const KnColumnField *fields = kn_column_fields_employee (&n_fields);
  g_autoptr(KnColumnMap) map = kn_column_map_new (fields, n_fields);

  kn_column_map_match (map, headers, G_N_ELEMENTS (headers));
  g_assert_cmpint (kn_column_map_get_column (map, "name"), ==, 0);
  g_assert_cmpint (kn_column_map_get_column (map, "nip"), ==, 1);
  g_assert_cmpint (kn_column_map_get_column (map, "rank"), ==, 2);
  g_assert_cmpint (kn_column_map_get_column (map, "position"), ==, 3);
  g_assert_cmpint (kn_column_map_get_column (map, "unit"), ==, 4);
  g_assert_cmpint (kn_column_map_get_column (map, "position-kind"), ==, -1);

  /* SIASN's download of a roster, its headers in capitals joined by underscores; NIP_LAMA
   * (the 9 digits of before 2009) and JENIS_JABATAN_NAMA ("Jabatan Fungsional Tertentu",
   * not a jenis jabatan Kinerja knows) are left out. */
  {
    const char *siasn[] = { "PNS_ID", "NIP_BARU", "NIP_LAMA", "NAMA", "GELAR_DEPAN", "GELAR_BLK",
                            "GOL_AKHIR_NAMA", "TMT_GOLONGAN", "JENIS_JABATAN_NAMA",
                            "JABATAN_NAMA", "UNOR_NAMA" };

    kn_column_map_match (map, siasn, G_N_ELEMENTS (siasn));
    g_assert_cmpint (kn_column_map_get_column (map, "nip"), ==, 1);
    g_assert_cmpint (kn_column_map_get_column (map, "name"), ==, 3);
    g_assert_cmpint (kn_column_map_get_column (map, "front-title"), ==, 4);
    g_assert_cmpint (kn_column_map_get_column (map, "back-title"), ==, 5);
    g_assert_cmpint (kn_column_map_get_column (map, "rank"), ==, 6);
    g_assert_cmpint (kn_column_map_get_column (map, "rank-date"), ==, 7);
    g_assert_cmpint (kn_column_map_get_column (map, "position-kind"), ==, -1);
    g_assert_cmpint (kn_column_map_get_column (map, "position"), ==, 9);
    g_assert_cmpint (kn_column_map_get_column (map, "unit"), ==, 10);
    g_assert_null (kn_column_map_get_field_at (map, 2));
  }

  /* A header that matches whole wins over one that matches once its note is dropped. */
  kn_column_map_match (map, bracketed, G_N_ELEMENTS (bracketed));
  g_assert_cmpint (kn_column_map_get_column (map, "nip"), ==, 2);
  g_assert_cmpint (kn_column_map_get_column (map, "name"), ==, 1);
  g_assert_null (kn_column_map_get_field_at (map, 0));
}

static void
test_missing_and_override (void)
{
  const char *headers[] = { "Nomor", "Nama Pegawai", "Catatan" };
  guint n_fields;
  const KnColumnField *fields = kn_column_fields_employee (&n_fields);
  g_autoptr(KnColumnMap) map = kn_column_map_new (fields, n_fields);
  g_autoptr(GError) error = NULL;
  GPtrArray *missing;

  kn_column_map_match (map, headers, G_N_ELEMENTS (headers));
  missing = kn_column_map_get_missing (map);
  g_assert_cmpuint (missing->len, ==, 1);
  g_assert_cmpstr (((const KnColumnField *) missing->pdata[0])->id, ==, "nip");
  g_assert_false (kn_column_map_check (map, &error));
  g_assert_error (error, KN_COLUMN_MAP_ERROR, KN_COLUMN_MAP_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "NIP"));
  g_clear_error (&error);

  /* The user says column A holds the NIP. */
  g_assert_true (kn_column_map_set_column (map, "nip", 0));
  g_assert_true (kn_column_map_check (map, &error));
  g_assert_cmpstr (kn_column_map_get_field_at (map, 0)->id, ==, "nip");

  /* A column belongs to one field: giving B to the NIP takes it from the name. */
  g_assert_true (kn_column_map_set_column (map, "nip", 1));
  g_assert_cmpint (kn_column_map_get_column (map, "name"), ==, -1);
  g_assert_cmpint (kn_column_map_get_column (map, "nip"), ==, 1);
  g_assert_false (kn_column_map_check (map, NULL));

  g_assert_true (kn_column_map_set_column (map, "nip", -1));
  g_assert_cmpint (kn_column_map_get_column (map, "nip"), ==, -1);
  g_assert_false (kn_column_map_set_column (map, "unknown", 0));
}

static void
test_training_headers (void)
{
  const char *headers[] = {
    "NIP", "Nama Kegiatan", "Jenis", "Tanggal Mulai", "Tanggal Selesai", "JP", "Penyelenggara",
    "Nomor Sertifikat",
  };
  guint n_fields;
  const KnColumnField *fields = kn_column_fields_training (&n_fields);
  g_autoptr(KnColumnMap) map = kn_column_map_new (fields, n_fields);

  kn_column_map_match (map, headers, G_N_ELEMENTS (headers));
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      const KnColumnField *field = kn_column_map_get_field_at (map, i);

      g_assert_nonnull (field);
      g_assert_cmpint (kn_column_map_get_column (map, field->id), ==, (int) i);
    }
  g_assert_cmpstr (kn_column_map_get_field_at (map, 5)->id, ==, "hours");
  g_assert_true (kn_column_map_check (map, NULL));
}

static void
test_match_row (void)
{
  KnTableCell cells[] = {
    { .kind = KN_CELL_TEXT, .text = " NIP " },
    { .kind = KN_CELL_EMPTY, .text = "" },
    { .kind = KN_CELL_TEXT, .text = "Nama" },
  };
  KnTableRow row = { .number = 1, .n_cells = 3, .cells = cells };
  guint n_fields;
  const KnColumnField *fields = kn_column_fields_employee (&n_fields);
  g_autoptr(KnColumnMap) map = kn_column_map_new (fields, n_fields);

  kn_column_map_match_row (map, &row);
  g_assert_cmpint (kn_column_map_get_column (map, "nip"), ==, 0);
  g_assert_cmpint (kn_column_map_get_column (map, "name"), ==, 2);
  g_assert_cmpuint (kn_column_map_get_n_headers (map), ==, 3);
  g_assert_cmpstr (kn_column_map_get_header (map, 0), ==, "NIP");
}

static void
test_find_header (void)
{
  static const char csv[] =
    "DAFTAR NOMINATIF PEGAWAI;;;\n"
    "Dinas Pendidikan Provinsi Lampung;;;\n"
    ";;;\n"
    "No;NIP;Nama;Jabatan\n"
    "1;198609262015051001;Budi;Analis\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (csv, sizeof csv - 1);
  g_autoptr(GBytes) headless = g_bytes_new_static ("Nomor;Nama\n1;Budi\n2;Ani\n", 24);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnTableReader) reader = kn_table_reader_new_for_bytes (bytes, "daftar.csv", NULL,
                                                                   &error);
  g_autoptr(KnTableReader) other = kn_table_reader_new_for_bytes (headless, "x.csv", NULL, &error);
  guint n_fields;
  const KnColumnField *fields = kn_column_fields_employee (&n_fields);
  g_autoptr(KnColumnMap) map = kn_column_map_new (fields, n_fields);
  const KnTableRow *row;

  /* Title rows above the header are skipped; the next row is the first of data. */
  g_assert_true (kn_column_map_find_header (map, reader, 10, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kn_column_map_get_column (map, "nip"), ==, 1);
  row = kn_table_reader_next_row (reader, &error);
  g_assert_cmpuint (row->number, ==, 5);

  /* No row names the NIP: the message says so. */
  g_assert_false (kn_column_map_find_header (map, other, 10, &error));
  g_assert_error (error, KN_COLUMN_MAP_ERROR, KN_COLUMN_MAP_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "NIP"));
  g_assert_cmpint (kn_column_map_get_column (map, "name"), ==, 1);
}

/* A one-cell row at line 12, column C. */
static KnTableRow *
row_with (KnTableCell *cells,
          KnTableRow  *row,
          KnTableCell  cell)
{
  for (guint i = 0; i < 3; i++)
    cells[i] = (KnTableCell) { .kind = KN_CELL_EMPTY, .text = "", .column = i };
  cells[2] = cell;
  cells[2].column = 2;
  if (cells[2].text == NULL)
    cells[2].text = "";
  *row = (KnTableRow) { .number = 12, .n_cells = 3, .cells = cells };
  return row;
}

static void
assert_nip_lost (KnTableCell cell)
{
  KnTableCell cells[3];
  KnTableRow row;
  KnNipInfo info;
  g_autoptr(GError) error = NULL;

  g_assert_false (kn_cell_check_nip (row_with (cells, &row, cell), 2, KN_NIP_FLAGS_ALLOW_LEGACY,
                                     &info, &error));
  g_assert_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_NIP_AS_NUMBER);
  /* It names the cell and says how to fix it in Excel. */
  g_assert_nonnull (strstr (error->message, "Cell C12"));
  g_assert_nonnull (strstr (error->message, "format column C as Text"));
}

static void
test_nip_lost_by_excel (void)
{
  assert_nip_lost ((KnTableCell) { .kind = KN_CELL_NUMBER, .number = 198609262015051001.0 });
  assert_nip_lost ((KnTableCell) { .kind = KN_CELL_NUMBER, .number = 131234567.0 });
  assert_nip_lost ((KnTableCell) { .kind = KN_CELL_TEXT, .text = "1,98609E+17" });
  assert_nip_lost ((KnTableCell) { .kind = KN_CELL_TEXT, .text = "1.98609E+17" });
  assert_nip_lost ((KnTableCell) { .kind = KN_CELL_TEXT, .text = " 1.98609262015051E+17 " });
  assert_nip_lost ((KnTableCell) { .kind = KN_CELL_TEXT, .text = "198609262015051000" });
  assert_nip_lost ((KnTableCell) { .kind = KN_CELL_TEXT, .text = "198609262015051000.0" });
}

static void
test_nip_cells (void)
{
  KnTableCell cells[3];
  KnTableRow row;
  KnNipInfo info;
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_cell_check_nip (row_with (cells, &row,
                                              (KnTableCell) { .kind = KN_CELL_TEXT,
                                                              .text = "19860926 201505 1 001 " }),
                                    2, KN_NIP_FLAGS_NONE, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (info.digits, ==, "198609262015051001");

  g_assert_true (kn_cell_check_nip (row_with (cells, &row,
                                              (KnTableCell) { .kind = KN_CELL_TEXT,
                                                              .text = "'198609262015051001" }),
                                    2, KN_NIP_FLAGS_NONE, &info, &error));

  /* The legacy 9-digit NIP: accepted where allowed (and its kind tells the caller to flag it). */
  row_with (cells, &row, (KnTableCell) { .kind = KN_CELL_TEXT, .text = "131234567" });
  g_assert_true (kn_cell_check_nip (&row, 2, KN_NIP_FLAGS_ALLOW_LEGACY, &info, &error));
  g_assert_cmpint (info.kind, ==, KN_NIP_KIND_LEGACY);
  g_assert_false (kn_cell_check_nip (&row, 2, KN_NIP_FLAGS_NONE, &info, &error));
  g_assert_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_NIP);
  g_assert_true (g_str_has_prefix (error->message, "Cell C12: "));
  g_clear_error (&error);

  row_with (cells, &row, (KnTableCell) { .kind = KN_CELL_TEXT, .text = "19861326201505100X" });
  g_assert_false (kn_cell_check_nip (&row, 2, KN_NIP_FLAGS_NONE, &info, &error));
  g_assert_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_NIP);
  g_clear_error (&error);

  /* Past the row's end the cell is empty. */
  g_assert_false (kn_cell_check_nip (&row, 7, KN_NIP_FLAGS_NONE, &info, &error));
  g_assert_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "H12"));
}

typedef struct
{
  const char *text;
  guint       day, month, year;   /* 0: refused */
} DateCase;

static const DateCase date_cases[] = {
  { "31/12/2026", 31, 12, 2026 },
  { "1/2/2026", 1, 2, 2026 },
  { "31-12-2026", 31, 12, 2026 },
  { "31.12.2026", 31, 12, 2026 },
  { "2026-12-31", 31, 12, 2026 },
  { "2026/12/31", 31, 12, 2026 },
  { "2026-12-31T00:00:00", 31, 12, 2026 },
  { " 31 Desember 2026 ", 31, 12, 2026 },
  { "31 desember 2026", 31, 12, 2026 },
  { "1 Agustus 2026", 1, 8, 2026 },
  { "17 Agt 2026", 17, 8, 2026 },
  { "5 Des. 2026", 5, 12, 2026 },
  { "29 Februari 2028", 29, 2, 2028 },
  { "31-Des-2026", 31, 12, 2026 },
  { "3 March 2026", 3, 3, 2026 },
  { "29 Februari 2026", 0, 0, 0 },
  { "31/04/2026", 0, 0, 0 },
  { "12/31/2026", 0, 0, 0 },
  { "31/12/26", 0, 0, 0 },
  { "2026-13-01", 0, 0, 0 },
  { "31 Desembr 2026", 0, 0, 0 },
  { "31 Desember", 0, 0, 0 },
  { "31/12/2026x", 0, 0, 0 },
  { "", 0, 0, 0 },
  { "kemarin", 0, 0, 0 },
  { "00/00/0000", 0, 0, 0 },
};

static void
test_date_text (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      const DateCase *c = &date_cases[i];
      GDate date;
      gboolean ok = kn_cell_parse_date_text (c->text, &date);

      g_test_message ("%s", c->text);
      g_assert_cmpint (ok, ==, c->day != 0);
      if (!ok)
        continue;
      g_assert_cmpuint (g_date_get_day (&date), ==, c->day);
      g_assert_cmpuint (g_date_get_month (&date), ==, c->month);
      g_assert_cmpuint (g_date_get_year (&date), ==, c->year);
    }
}

static void
test_date_cells (void)
{
  KnTableCell cells[3];
  KnTableRow row;
  GDate date;
  g_autoptr(GError) error = NULL;

  row_with (cells, &row,
            (KnTableCell) { .kind = KN_CELL_DATE, .day = 9, .month = 3, .year = 2026 });
  g_assert_true (kn_cell_check_date (&row, 2, &date, &error));
  g_assert_cmpuint (g_date_get_day (&date), ==, 9);

  row_with (cells, &row, (KnTableCell) { .kind = KN_CELL_TEXT, .text = "31 Desember 2026" });
  g_assert_true (kn_cell_check_date (&row, 2, &date, &error));
  g_assert_cmpuint (g_date_get_month (&date), ==, 12);

  row_with (cells, &row, (KnTableCell) { .kind = KN_CELL_NUMBER, .number = 46022 });
  g_assert_false (kn_cell_check_date (&row, 2, &date, &error));
  g_assert_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_DATE);
  g_assert_nonnull (strstr (error->message, "Cell C12 holds a number (46022)"));
  g_clear_error (&error);

  row_with (cells, &row, (KnTableCell) { .kind = KN_CELL_TEXT, .text = "12/31/2026" });
  g_assert_false (kn_cell_check_date (&row, 2, &date, &error));
  g_assert_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_DATE);
  g_assert_nonnull (strstr (error->message, "“12/31/2026”"));
  g_clear_error (&error);

  g_assert_false (kn_cell_check_date (&row, 0, &date, &error));
  g_assert_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_EMPTY);
}

static void
test_number_cells (void)
{
  KnTableCell cells[3];
  KnTableRow row;
  double value = 0;
  g_autoptr(GError) error = NULL;

  row_with (cells, &row, (KnTableCell) { .kind = KN_CELL_NUMBER, .number = 24 });
  g_assert_true (kn_cell_check_number (&row, 2, &value, &error));
  g_assert_cmpfloat (value, ==, 24);

  row_with (cells, &row, (KnTableCell) { .kind = KN_CELL_TEXT, .text = " 12,5 " });
  g_assert_true (kn_cell_check_number (&row, 2, &value, &error));
  g_assert_cmpfloat (value, ==, 12.5);

  row_with (cells, &row, (KnTableCell) { .kind = KN_CELL_TEXT, .text = "12.5" });
  g_assert_true (kn_cell_check_number (&row, 2, &value, &error));
  g_assert_cmpfloat (value, ==, 12.5);

  row_with (cells, &row, (KnTableCell) { .kind = KN_CELL_TEXT, .text = "1,2,3" });
  g_assert_false (kn_cell_check_number (&row, 2, &value, &error));
  g_assert_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_NUMBER);
  g_assert_nonnull (strstr (error->message, "“1,2,3”"));
  g_clear_error (&error);

  row_with (cells, &row, (KnTableCell) { .kind = KN_CELL_TEXT, .text = "nan" });
  g_assert_false (kn_cell_check_number (&row, 2, &value, &error));
  g_assert_error (error, KN_CELL_CHECK_ERROR, KN_CELL_CHECK_ERROR_NUMBER);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/column-map/key", test_key);
  g_test_add_func ("/column-map/employee-headers", test_employee_headers);
  g_test_add_func ("/column-map/alternative-names", test_alternative_names);
  g_test_add_func ("/column-map/missing-and-override", test_missing_and_override);
  g_test_add_func ("/column-map/training-headers", test_training_headers);
  g_test_add_func ("/column-map/match-row", test_match_row);
  g_test_add_func ("/column-map/find-header", test_find_header);
  g_test_add_func ("/cell-check/nip-lost-by-excel", test_nip_lost_by_excel);
  g_test_add_func ("/cell-check/nip", test_nip_cells);
  g_test_add_func ("/cell-check/date-text", test_date_text);
  g_test_add_func ("/cell-check/date-cells", test_date_cells);
  g_test_add_func ("/cell-check/number", test_number_cells);

  return g_test_run ();
}
