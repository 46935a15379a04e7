/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A roster of 20,000 people, written at test time as a CSV (semicolons, BOM, CRLF) and as an
 * XLSX (libxlsxwriter: shared strings, dates), each imported whole into a new database. */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <xlsxwriter.h>

#include "kinerja/kinerja.h"
#include "kinerja/kn-employee-import.h"

#include "kn-test-io.h"
#include "kn-test-util.h"

#define N_ROWS  20000
#define N_HEADS 41

static const char * const headers[] = {
  "NIP", "Gelar Depan", "Nama", "Gelar Belakang", "Pangkat/Golongan", "Jabatan",
  "Jenis Jabatan", "Unit Kerja", "NIP Atasan", "Status", "TMT Jabatan",
};

/* Row @i of the roster (kn_test_roster_values), its unit a path with ">". */
static void
row_values (guint  i,
            char  *nip,
            char  *name,
            char  *unit,
            char  *atasan)
{
  kn_test_roster_values (i, N_HEADS, "", " > ", nip, name, unit, atasan);
}

static char *
write_csv (const char *folder)
{
  g_autoptr(GString) text = g_string_new ("\357\273\277");
  char *path = g_build_filename (folder, "pegawai.csv", NULL);
  g_autoptr(GError) error = NULL;

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    g_string_append_printf (text, "%s%s", c > 0 ? ";" : "", headers[c]);
  g_string_append (text, "\r\n");
  for (guint i = 1; i <= N_ROWS; i++)
    {
      char nip[32], name[96], unit[128], atasan[32];

      row_values (i, nip, name, unit, atasan);
      g_string_append_printf (text, "%s;%s;\"%s\";S.Kom., M.Kom.;III/b;Analis SDM Aparatur Ahli Muda;"
                              "Ahli Muda;%s;%s;PNS;%02u/%02u/2024\r\n",
                              nip, i % 7 == 0 ? "Dr." : "", name, unit, atasan, 1 + i % 28,
                              1 + i % 12);
    }
  g_file_set_contents (path, text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  return path;
}

static char *
write_xlsx (const char *folder)
{
  char *path = g_build_filename (folder, "pegawai.xlsx", NULL);
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Pegawai");
  lxw_format *date = workbook_add_format (workbook);

  format_set_num_format (date, "dd/mm/yyyy");
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    g_assert_cmpint (worksheet_write_string (sheet, 0, (lxw_col_t) c, headers[c], NULL), ==,
                     LXW_NO_ERROR);
  for (guint i = 1; i <= N_ROWS; i++)
    {
      const char *cells[] = { NULL, i % 7 == 0 ? "Dr." : "", NULL, "S.Kom., M.Kom.", "III/b",
                              "Analis SDM Aparatur Ahli Muda", "Ahli Muda", NULL, NULL, "PNS" };
      char nip[32], name[96], unit[128], atasan[32];

      row_values (i, nip, name, unit, atasan);
      cells[0] = nip;
      cells[2] = name;
      cells[7] = unit;
      cells[8] = atasan;
      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        if (cells[c][0] != '\0')
          g_assert_cmpint (worksheet_write_string (sheet, i, (lxw_col_t) c, cells[c], NULL), ==,
                           LXW_NO_ERROR);
      g_assert_cmpint (worksheet_write_number (sheet, i, 10, 45292 + i % 365, date), ==,
                       LXW_NO_ERROR);
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);
  return path;
}

static void
import_roster (gboolean xlsx)
{
  g_autofree char *folder = NULL;
  g_autofree char *db = NULL;
  g_autoptr(KnStore) store = kn_test_store_new ("kinerja-import-large-XXXXXX", &folder, &db);
  g_autofree char *path = xlsx ? write_xlsx (folder) : write_csv (folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployeeImport) import = kn_test_import_file (store, path, NULL, FALSE);
  char nip[32], head_nip[32], name[96], unit_path[128];
  g_autofree char *expected_path = NULL;
  KnEmployee *last, *head, *doctor;
  KnOrgUnit *unit;

  g_assert_cmpuint (kn_employee_import_get_errors (import)->len, ==, 0);
  g_assert_cmpuint (kn_employee_import_count (import, KN_IMPORT_NEW), ==, N_ROWS);
  /* 41 dinas and 5 bidang in each. */
  g_assert_cmpuint (kn_employee_import_get_new_units (import)->len, ==, N_HEADS * 6);
  g_assert_true (kn_employee_import_apply (import, store, &error));
  g_assert_no_error (error);

  kn_test_store_reopen (&store, db);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (store)), ==, N_ROWS);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (store)), ==, N_HEADS * 6);

  row_values (N_ROWS, nip, name, unit_path, head_nip);
  {
    g_auto(GStrv) parts = g_strsplit (unit_path, " > ", -1);

    expected_path = g_strjoinv (" › ", parts);
  }
  last = kn_store_find_employee_by_nip (store, nip);
  head = kn_store_find_employee_by_nip (store, head_nip);
  g_assert_nonnull (last);
  g_assert_nonnull (head);
  g_assert_cmpstr (kn_employee_get_name (last), ==, "Pegawai Nomor 20000, S.Kom., M.Kom.");
  g_assert_cmpint (kn_employee_get_supervisor_id (last), ==, kn_employee_get_id (head));
  g_assert_cmpint (kn_employee_get_position_kind (last), ==, KN_POSITION_AHLI_MUDA);
  unit = kn_store_lookup_unit (store, kn_employee_get_unit_id (last));
  g_assert_cmpstr (kn_org_unit_get_path (unit), ==, expected_path);

  row_values (19999, nip, name, unit_path, head_nip);
  doctor = kn_store_find_employee_by_nip (store, nip);
  g_assert_cmpstr (kn_employee_get_name (doctor), ==, "Dr. Pegawai Nomor 19999, S.Kom., M.Kom.");

  kn_test_store_clear (&store, &folder, &db);
}

static void
test_csv (void)
{
  import_roster (FALSE);
}

static void
test_xlsx (void)
{
  import_roster (TRUE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-large/csv-20000", test_csv);
  g_test_add_func ("/import-large/xlsx-20000", test_xlsx);

  return g_test_run ();
}
