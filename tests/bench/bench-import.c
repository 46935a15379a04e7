/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark: reading a 20,000-row roster as CSV and as XLSX (with the column mapping and the
 * cell checks an import does), then importing each into a new database; time and peak memory. */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "kinerja/kn-cell-check.h"
#include "kinerja/kn-column-map.h"
#include "kinerja/kn-employee-import.h"
#include "kinerja/kn-table-reader.h"

static const char * const headers[] = {
  "NIP", "Nama", "Pangkat/Golongan", "Jabatan", "Jenis Jabatan", "Unit Kerja", "NIP Atasan",
  "Status", "TMT Jabatan",
};

static double
now_seconds (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* User and system time of this process, to tell the work from the waiting on a busy machine. */
static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static long
status_kib (const char *key)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, key);
  return line != NULL ? (long) g_ascii_strtoll (line + strlen (key), NULL, 10) : -1;
}

/* Resets the peak (VmHWM) to the current size, so each read is measured on its own. */
static void
reset_peak (void)
{
  FILE *file = fopen ("/proc/self/clear_refs", "w");

  if (file != NULL)
    {
      fputs ("5", file);
      fclose (file);
    }
}

#define N_UNITS 41

/* Row @i (1-based) of the roster: unique, valid NIPs; rows 1–41 head a Dinas each (no atasan),
 * everyone else works in a bidang below one of them and reports to its head. */
static void
nip_of (guint  i,
        char  *nip)
{
  guint k = i - 1;

  g_snprintf (nip, 32, "%04u%02u%02u2020011%03u", 1960 + (k / 336) % 40, 1 + k % 12,
              1 + (k / 12) % 28, 1 + k / 13440);
}

static void
row_values (guint  i,
            char  *nip,
            char  *name,
            char  *unit,
            char  *atasan)
{
  guint dinas = (i - 1) % N_UNITS;

  nip_of (i, nip);
  g_snprintf (name, 96, "Pegawai Nomor %u, S.Kom., M.Kom.", i);
  if (i <= N_UNITS)
    {
      g_snprintf (unit, 128, "Dinas %u", dinas);
      atasan[0] = '\0';
    }
  else
    {
      g_snprintf (unit, 128, "Dinas %u/Bidang %u", dinas, i % 5);
      nip_of (dinas + 1, atasan);
    }
}

static void
write_csv (const char *path,
           guint       n_rows)
{
  g_autoptr(GString) text = g_string_new ("\357\273\277");

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    g_string_append_printf (text, "%s%s", c > 0 ? ";" : "", headers[c]);
  g_string_append (text, "\r\n");

  for (guint i = 1; i <= n_rows; i++)
    {
      char nip[32], name[96], unit[128], atasan[32];

      row_values (i, nip, name, unit, atasan);
      g_string_append_printf (text, "%s;\"%s\";III/b;Analis SDM Aparatur Ahli Muda;"
                              "Ahli Muda;%s;%s;PNS;%02u/%02u/2024\r\n",
                              nip, name, unit, atasan, 1 + i % 28, 1 + i % 12);
    }

  g_assert (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
}

/* As Excel keeps a roster: shared strings, a date column in a date format. */
static void
write_xlsx (const char *path,
            guint       n_rows)
{
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Pegawai");
  lxw_format *date = workbook_add_format (workbook);

  format_set_num_format (date, "dd/mm/yyyy");
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    worksheet_write_string (sheet, 0, (lxw_col_t) c, headers[c], NULL);

  for (guint i = 1; i <= n_rows; i++)
    {
      char nip[32], name[96], unit[128], atasan[32];

      row_values (i, nip, name, unit, atasan);
      worksheet_write_string (sheet, i, 0, nip, NULL);
      worksheet_write_string (sheet, i, 1, name, NULL);
      worksheet_write_string (sheet, i, 2, "III/b", NULL);
      worksheet_write_string (sheet, i, 3, "Analis SDM Aparatur Ahli Muda", NULL);
      worksheet_write_string (sheet, i, 4, "Ahli Muda", NULL);
      worksheet_write_string (sheet, i, 5, unit, NULL);
      worksheet_write_string (sheet, i, 6, atasan, NULL);
      worksheet_write_string (sheet, i, 7, "PNS", NULL);
      worksheet_write_number (sheet, i, 8, 45292 + i % 365, date);
    }

  g_assert (workbook_close (workbook) == LXW_NO_ERROR);
}

/* Reads @path as an import would: map the header, check each NIP and date. */
static void
read_file (const char *label,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(KnColumnMap) map = NULL;
  const KnColumnField *fields;
  const KnTableRow *row;
  guint n_fields, n_rows = 0, n_bad = 0;
  int nip_column, date_column = 8;
  long before;
  double t0, elapsed;
  GStatBuf st;

  reset_peak ();
  before = status_kib ("VmHWM:");
  t0 = now_seconds ();

  reader = kn_table_reader_new_for_path (path, NULL, &error);
  g_assert_no_error (error);
  fields = kn_column_fields_employee (&n_fields);
  map = kn_column_map_new (fields, n_fields);
  kn_column_map_match_row (map, kn_table_reader_next_row (reader, &error));
  nip_column = kn_column_map_get_column (map, "nip");
  g_assert (nip_column == 0);

  while ((row = kn_table_reader_next_row (reader, &error)) != NULL)
    {
      KnNipInfo info;
      GDate date;

      if (!kn_cell_check_nip (row, (guint) nip_column, KN_NIP_FLAGS_ALLOW_LEGACY, &info, NULL)
          || !kn_cell_check_date (row, (guint) date_column, &date, NULL))
        n_bad++;
      n_rows++;
    }
  g_assert_no_error (error);
  elapsed = now_seconds () - t0;

  g_stat (path, &st);
  printf ("%s: %u rows (%u refused) in %.3f s; file %.1f MiB; peak memory grew %.1f MiB\n",
          label, n_rows, n_bad, elapsed, st.st_size / 1048576.0,
          (status_kib ("VmHWM:") - before) / 1024.0);
}

/* The whole import of @path into a new database: preview, then one transaction. */
static void
import_file (const char *label,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kinerja-bench-import-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "kinerja.db", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);
  g_autoptr(KnStore) store = kn_store_open (db, &error);
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(KnColumnMap) map = NULL;
  g_autoptr(KnEmployeeImport) import = NULL;
  const KnColumnField *fields;
  guint n_fields;
  double t0, t_preview, t_apply, cpu0, cpu_preview, cpu_apply;
  long before;

  g_assert_no_error (error);
  reset_peak ();
  before = status_kib ("VmHWM:");
  t0 = now_seconds ();
  cpu0 = cpu_seconds ();
  reader = kn_table_reader_new_for_path (path, NULL, &error);
  g_assert_no_error (error);
  fields = kn_column_fields_employee (&n_fields);
  map = kn_column_map_new (fields, n_fields);
  kn_column_map_match_row (map, kn_table_reader_next_row (reader, &error));
  import = kn_employee_import_prepare (store, reader, map, NULL, &error);
  g_assert_no_error (error);
  t_preview = now_seconds () - t0;
  cpu_preview = cpu_seconds () - cpu0;
  if (kn_employee_import_get_errors (import)->len > 0)
    g_error ("%s", ((KnImportProblem *) kn_employee_import_get_errors (import)->pdata[0])->message);

  t0 = now_seconds ();
  cpu0 = cpu_seconds ();
  if (!kn_employee_import_apply (import, store, &error))
    g_error ("%s", error->message);
  t_apply = now_seconds () - t0;
  cpu_apply = cpu_seconds () - cpu0;

  printf ("import %s into a new database: preview %.3f s (CPU %.3f s; %u new, %u new units), "
          "apply %.3f s (CPU %.3f s); peak memory grew %.1f MiB\n",
          label, t_preview, cpu_preview, kn_employee_import_count (import, KN_IMPORT_NEW),
          kn_employee_import_get_new_units (import)->len, t_apply, cpu_apply,
          (status_kib ("VmHWM:") - before) / 1024.0);

  g_clear_object (&store);
  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

/* Each read runs in a fresh process, so that memory freed by writing the files (and kept by
 * malloc) does not hide what reading needs. */
static void
run_child (const char *self,
           const char *mode,
           const char *label,
           const char *path)
{
  const char *argv[] = { self, mode, label, path, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert (g_spawn_check_wait_status (status, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *xlsx = NULL;
  guint n_rows;

  if (argc == 4 && g_str_equal (argv[1], "--read"))
    {
      printf ("process size before reading: %.1f MiB; ", status_kib ("VmRSS:") / 1024.0);
      read_file (argv[2], argv[3]);
      return 0;
    }
  if (argc == 4 && g_str_equal (argv[1], "--import"))
    {
      import_file (argv[2], argv[3]);
      return 0;
    }

  n_rows = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 20000;
  dir = g_dir_make_tmp ("kinerja-bench-import-XXXXXX", &error);
  g_assert_no_error (error);
  csv = g_build_filename (dir, "pegawai.csv", NULL);
  xlsx = g_build_filename (dir, "pegawai.xlsx", NULL);
  write_csv (csv, n_rows);
  write_xlsx (xlsx, n_rows);

  printf ("rows: %u\n", n_rows);
  fflush (stdout);
  run_child (argv[0], "--read", "CSV (semicolons, BOM, CRLF)", csv);
  run_child (argv[0], "--read", "XLSX (shared strings, dates)", xlsx);
  run_child (argv[0], "--import", "CSV", csv);
  run_child (argv[0], "--import", "XLSX", xlsx);

  g_unlink (csv);
  g_unlink (xlsx);
  g_rmdir (dir);
  return 0;
}
