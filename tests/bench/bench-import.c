/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark: reading a 20,000-row roster as CSV and as XLSX (with the column mapping and the
 * cell checks an import does), then importing each into a new database; time and peak memory,
 * each beside the same work done plainly: the CSV split by hand, the XLSX read with libarchive
 * and libxml2's reader alone, the rows inserted with plain SQL. Every figure comes from a fresh
 * process; the parent prints them as a table with the ratios. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/xmlreader.h>
#include <sqlite3.h>
#include <xlsxwriter.h>

#include "kinerja/kn-cell-check.h"
#include "kinerja/kn-column-map.h"
#include "kinerja/kn-employee-import.h"
#include "kinerja/kn-table-reader.h"

#include "bench-plain.h"
#include "kn-test-util.h"

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

/* The machine-readable line the parent collects: wall and CPU seconds, the process's peak. */
static void
print_result (const char *key,
              double      wall,
              double      cpu)
{
  printf ("RESULT %s %.6f %.6f %" G_GINT64_FORMAT "\n", key, wall, cpu,
          kn_test_proc_status_kib ("VmHWM:"));
}

#define N_UNITS 41

/* Row @i of the roster (kn_test_roster_values): everyone but the 41 heads in a bidang below a
 * Dinas, reporting to its head. */
static void
row_values (guint  i,
            char  *nip,
            char  *name,
            char  *unit,
            char  *atasan)
{
  kn_test_roster_values (i, N_UNITS, ", S.Kom., M.Kom.", "/", nip, name, unit, atasan);
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

/* @path's reader, its header row read and matched to the employee columns in *@map. */
static KnTableReader *
open_mapped (const char   *path,
             KnColumnMap **map)
{
  g_autoptr(GError) error = NULL;
  KnTableReader *reader = kn_table_reader_new_for_path (path, NULL, &error);
  const KnColumnField *fields;
  guint n_fields;

  g_assert_no_error (error);
  fields = kn_column_fields_employee (&n_fields);
  *map = kn_column_map_new (fields, n_fields);
  kn_column_map_match_row (*map, kn_table_reader_next_row (reader, &error));
  g_assert_no_error (error);
  return reader;
}

/* Reads @path as an import would: map the header, check each NIP and date. */
static void
read_file (const char *label,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(KnColumnMap) map = NULL;
  const KnTableRow *row;
  guint n_rows = 0, n_bad = 0;
  int nip_column, date_column = 8;
  gint64 before;
  double t0, elapsed, cpu0;
  GStatBuf st;

  reset_peak ();
  before = kn_test_proc_status_kib ("VmHWM:");
  t0 = now_seconds ();
  cpu0 = cpu_seconds ();

  reader = open_mapped (path, &map);
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
          (kn_test_proc_status_kib ("VmHWM:") - before) / 1024.0);
  print_result (g_str_has_suffix (path, ".csv") ? "read-csv" : "read-xlsx", elapsed,
                cpu_seconds () - cpu0);
}

/* The preview of importing @path into @store (its reader and map into @reader and @map), its
 * wall clock and CPU time into @wall and @cpu. */
static KnEmployeeImport *
prepare_timed (KnStore        *store,
               const char     *path,
               KnTableReader **reader,
               KnColumnMap   **map,
               double         *wall,
               double         *cpu)
{
  g_autoptr(GError) error = NULL;
  double t0 = now_seconds (), cpu0 = cpu_seconds ();
  KnEmployeeImport *import;

  *reader = open_mapped (path, map);
  import = kn_employee_import_prepare (store, *reader, *map, NULL, &error);
  g_assert_no_error (error);
  *wall = now_seconds () - t0;
  *cpu = cpu_seconds () - cpu0;
  return import;
}

/* Applies @import to @store in one transaction, its wall clock and CPU time into @wall and
 * @cpu. */
static void
apply_timed (KnEmployeeImport *import,
             KnStore          *store,
             double           *wall,
             double           *cpu)
{
  g_autoptr(GError) error = NULL;
  double t0 = now_seconds (), cpu0 = cpu_seconds ();

  if (!kn_employee_import_apply (import, store, &error))
    g_error ("%s", error->message);
  *wall = now_seconds () - t0;
  *cpu = cpu_seconds () - cpu0;
}

/* The whole import of @path into a new database: preview, then one transaction. */
static void
import_file (const char *label,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kinerja-bench-import-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "kinerja.db", NULL);
  g_autoptr(KnStore) store = kn_store_open (db, &error);
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(KnColumnMap) map = NULL;
  g_autoptr(KnEmployeeImport) import = NULL;
  double t_preview, t_apply, cpu_preview, cpu_apply;
  gint64 before;

  g_assert_no_error (error);
  reset_peak ();
  before = kn_test_proc_status_kib ("VmHWM:");
  import = prepare_timed (store, path, &reader, &map, &t_preview, &cpu_preview);
  if (kn_employee_import_get_errors (import)->len > 0)
    g_error ("%s", ((KnImportProblem *) kn_employee_import_get_errors (import)->pdata[0])->message);
  apply_timed (import, store, &t_apply, &cpu_apply);

  printf ("import %s into a new database: preview %.3f s (CPU %.3f s; %u new, %u new units), "
          "apply %.3f s (CPU %.3f s); peak memory grew %.1f MiB\n",
          label, t_preview, cpu_preview, kn_employee_import_count (import, KN_IMPORT_NEW),
          kn_employee_import_get_new_units (import)->len, t_apply, cpu_apply,
          (kn_test_proc_status_kib ("VmHWM:") - before) / 1024.0);
  print_result (g_str_has_suffix (path, ".csv") ? "import-csv" : "import-xlsx",
                t_preview + t_apply, cpu_preview + cpu_apply);

  /* The same file again into the database it filled: every person compared with the store and
   * found unchanged, then the backup of the whole database before an (empty) transaction. */
  g_clear_pointer (&import, kn_employee_import_free);
  g_clear_pointer (&map, kn_column_map_free);
  g_clear_object (&reader);
  import = prepare_timed (store, path, &reader, &map, &t_preview, &cpu_preview);
  g_assert_cmpuint (kn_employee_import_count (import, KN_IMPORT_UNCHANGED), ==,
                    kn_employee_import_get_entries (import)->len);
  apply_timed (import, store, &t_apply, &cpu_apply);
  printf ("import %s again into the database it filled: preview %.3f s (CPU %.3f s; %u "
          "unchanged), apply %.3f s (CPU %.3f s: the backup first)\n",
          label, t_preview, cpu_preview, kn_employee_import_count (import, KN_IMPORT_UNCHANGED),
          t_apply, cpu_apply);
  print_result (g_str_has_suffix (path, ".csv") ? "reimport-csv" : "reimport-xlsx",
                t_preview + t_apply, cpu_preview + cpu_apply);

  g_clear_object (&store);
  /* The database, its WAL and the backup taken before the import (in cadangan/). */
  kn_test_remove_tree (dir);
}

/* Baseline: the CSV split by hand (BOM, CRLF, semicolons, quotes taken off), each field copied
 * once, as any reader must; no checks. @fields (nullable) receives each row's fields. */
typedef void (*PlainRowFunc) (char **fields, guint n_fields, gpointer data);

static guint
plain_csv_rows (const char   *path,
                PlainRowFunc  func,
                gpointer      data)
{
  g_autofree char *text = NULL;
  gsize length = 0;
  const char *p, *end;
  guint n_rows = 0;

  g_assert (g_file_get_contents (path, &text, &length, NULL));
  p = text;
  end = text + length;
  if (length >= 3 && memcmp (p, "\357\273\277", 3) == 0)
    p += 3;
  while (p < end)
    {
      const char *eol = memchr (p, '\n', (size_t) (end - p));
      const char *line_end = eol != NULL ? eol : end;
      char *fields[16];
      guint n = 0;

      if (line_end > p && line_end[-1] == '\r')
        line_end--;
      while (p <= line_end && n < G_N_ELEMENTS (fields))
        {
          const char *sep = memchr (p, ';', (size_t) (line_end - p));
          const char *field_end = sep != NULL ? sep : line_end;

          if (field_end - p >= 2 && *p == '"' && field_end[-1] == '"')
            fields[n++] = g_strndup (p + 1, (gsize) (field_end - p - 2));
          else
            fields[n++] = g_strndup (p, (gsize) (field_end - p));
          p = field_end + 1;
        }
      if (n_rows > 0 && func != NULL)
        func (fields, n, data);
      for (guint i = 0; i < n; i++)
        g_free (fields[i]);
      n_rows++;
      p = eol != NULL ? eol + 1 : end;
    }
  return n_rows - 1;
}

static int
archive_read_cb (void *context,
                 char *buffer,
                 int   len)
{
  return (int) archive_read_data (context, buffer, (size_t) len);
}

/* The entry @name of the zip at @path, opened for reading with libxml2's streaming reader. */
static xmlTextReaderPtr
open_part (const char      *path,
           const char      *name,
           struct archive **archive)
{
  struct archive_entry *entry;

  *archive = archive_read_new ();
  archive_read_support_format_zip (*archive);
  g_assert (archive_read_open_filename (*archive, path, 64 * 1024) == ARCHIVE_OK);
  while (archive_read_next_header (*archive, &entry) == ARCHIVE_OK)
    if (g_str_equal (archive_entry_pathname (entry), name))
      return xmlReaderForIO (archive_read_cb, NULL, *archive, name, NULL,
                             XML_PARSE_NONET);
  g_error ("%s has no %s", path, name);
}

/* Baseline: the shared strings, then the first sheet's cells (a shared string looked up, a
 * number or inline text copied), with libarchive and libxml2 alone. */
static void
plain_read_xlsx (const char *path,
                 guint      *n_rows,
                 guint      *n_cells)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  struct archive *archive;
  xmlTextReaderPtr reader = open_part (path, "xl/sharedStrings.xml", &archive);
  gboolean shared = FALSE, in_value = FALSE;

  while (xmlTextReaderRead (reader) == 1)
    {
      int type = xmlTextReaderNodeType (reader);
      const char *local = (const char *) xmlTextReaderConstLocalName (reader);

      if (type == XML_READER_TYPE_ELEMENT && g_str_equal (local, "si"))
        g_string_truncate (text, 0);
      else if (type == XML_READER_TYPE_END_ELEMENT && g_str_equal (local, "si"))
        g_ptr_array_add (strings, g_strndup (text->str, text->len));
      else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
        g_string_append (text, (const char *) xmlTextReaderConstValue (reader));
    }
  xmlFreeTextReader (reader);
  archive_read_free (archive);

  *n_rows = 0;
  *n_cells = 0;
  reader = open_part (path, "xl/worksheets/sheet1.xml", &archive);
  while (xmlTextReaderRead (reader) == 1)
    {
      int type = xmlTextReaderNodeType (reader);
      const char *local = (const char *) xmlTextReaderConstLocalName (reader);

      if (type == XML_READER_TYPE_ELEMENT && g_str_equal (local, "row"))
        (*n_rows)++;
      else if (type == XML_READER_TYPE_ELEMENT && g_str_equal (local, "c"))
        {
          xmlChar *t = xmlTextReaderGetAttribute (reader, (const xmlChar *) "t");

          shared = t != NULL && g_str_equal ((const char *) t, "s");
          xmlFree (t);
          (*n_cells)++;
        }
      else if (type == XML_READER_TYPE_ELEMENT && g_str_equal (local, "v"))
        in_value = TRUE;
      else if (type == XML_READER_TYPE_END_ELEMENT && g_str_equal (local, "v"))
        in_value = FALSE;
      else if (type == XML_READER_TYPE_TEXT && in_value)
        {
          const char *value = (const char *) xmlTextReaderConstValue (reader);
          g_autofree char *copy = NULL;

          if (shared)
            {
              guint64 index = g_ascii_strtoull (value, NULL, 10);

              g_assert (index < strings->len);
              copy = g_strdup (strings->pdata[index]);
            }
          else
            copy = g_strdup (value);
        }
    }
  xmlFreeTextReader (reader);
  archive_read_free (archive);
  (*n_rows)--;
}

static void
run_plain_read (const char *path)
{
  double t0 = now_seconds (), cpu0 = cpu_seconds ();
  guint n_rows, n_cells = 0;

  if (g_str_has_suffix (path, ".csv"))
    n_rows = plain_csv_rows (path, NULL, NULL);
  else
    plain_read_xlsx (path, &n_rows, &n_cells);
  printf ("plain read of %s: %u rows in %.3f s\n", path, n_rows, now_seconds () - t0);
  print_result (g_str_has_suffix (path, ".csv") ? "plain-read-csv" : "plain-read-xlsx",
                now_seconds () - t0, cpu_seconds () - cpu0);
}

typedef struct
{
  sqlite3      *db;
  sqlite3_stmt *unit;
  sqlite3_stmt *person;
  GHashTable   *units;      /* path → id */
  GHashTable   *people;     /* NIP → id */
  GPtrArray    *atasan;     /* pairs: id, NIP of the atasan */
} Plain;

static gint64
plain_unit (Plain      *plain,
            const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autoptr(GString) so_far = g_string_new (NULL);
  gint64 parent = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gpointer id;

      g_string_append_printf (so_far, "%s%s", i > 0 ? "/" : "", parts[i]);
      id = g_hash_table_lookup (plain->units, so_far->str);
      if (id == NULL)
        {
          sqlite3_bind_text (plain->unit, 1, parts[i], -1, SQLITE_TRANSIENT);
          if (parent != 0)
            sqlite3_bind_int64 (plain->unit, 2, parent);
          else
            sqlite3_bind_null (plain->unit, 2);
          g_assert (sqlite3_step (plain->unit) == SQLITE_DONE);
          sqlite3_reset (plain->unit);
          id = GSIZE_TO_POINTER ((gsize) sqlite3_last_insert_rowid (plain->db));
          g_hash_table_insert (plain->units, g_strdup (so_far->str), id);
        }
      parent = (gint64) GPOINTER_TO_SIZE (id);
    }
  return parent;
}

/* One row as write_csv writes it: NIP, Nama, Pangkat/Golongan, Jabatan, Jenis Jabatan, Unit
 * Kerja, NIP Atasan, Status. */
static void
plain_insert_row (char   **fields,
                  guint    n_fields,
                  gpointer data)
{
  Plain *plain = data;
  gint64 id;

  g_assert (n_fields >= 8);
  sqlite3_bind_text (plain->person, 1, fields[0], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (plain->person, 2, fields[1], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (plain->person, 3, fields[2], -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (plain->person, 4, fields[3], -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (plain->person, 6, plain_unit (plain, fields[5]));
  sqlite3_bind_text (plain->person, 7, fields[7], -1, SQLITE_TRANSIENT);
  g_assert (sqlite3_step (plain->person) == SQLITE_DONE);
  sqlite3_reset (plain->person);
  id = sqlite3_last_insert_rowid (plain->db);
  g_hash_table_insert (plain->people, g_strdup (fields[0]), GSIZE_TO_POINTER ((gsize) id));
  if (fields[6][0] != '\0')
    {
      g_ptr_array_add (plain->atasan, GSIZE_TO_POINTER ((gsize) id));
      g_ptr_array_add (plain->atasan, g_strdup (fields[6]));
    }
}

/* Baseline: the CSV split by hand, its rows inserted into a fresh SQLite file with the store's
 * two tables (org_unit, employee) and indexes, one prepared INSERT per unit and person and one
 * UPDATE per atasan, in one transaction; no checks, no audit, no backup. */
static void
run_plain_import (const char *path)
{
  g_autofree char *dir = g_dir_make_tmp ("kinerja-bench-plain-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "plain.db", NULL);
  g_autofree char *wal = g_strconcat (file, "-wal", NULL);
  g_autofree char *shm = g_strconcat (file, "-shm", NULL);
  Plain plain = { NULL };
  sqlite3_stmt *update;
  double t0, cpu0;
  guint n_rows;

  g_assert (sqlite3_open (file, &plain.db) == SQLITE_OK);
  plain_exec (plain.db, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;"
            "CREATE TABLE org_unit (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            " parent_id INTEGER REFERENCES org_unit (id));"
            "CREATE INDEX org_unit_parent ON org_unit (parent_id);"
            "CREATE TABLE employee (id INTEGER PRIMARY KEY, nip TEXT NOT NULL UNIQUE,"
            " name TEXT NOT NULL, status TEXT NOT NULL, rank TEXT, position TEXT NOT NULL,"
            " position_kind TEXT NOT NULL, unit_id INTEGER NOT NULL REFERENCES org_unit (id),"
            " supervisor_id INTEGER REFERENCES employee (id));"
            "CREATE INDEX employee_unit ON employee (unit_id);"
            "CREATE INDEX employee_supervisor ON employee (supervisor_id);");

  t0 = now_seconds ();
  cpu0 = cpu_seconds ();
  plain.units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plain.people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plain.atasan = g_ptr_array_new ();
  plain_exec (plain.db, "BEGIN IMMEDIATE");
  g_assert (sqlite3_prepare_v2 (plain.db, "INSERT INTO org_unit (name, parent_id) VALUES (?, ?)",
                                -1, &plain.unit, NULL) == SQLITE_OK);
  g_assert (sqlite3_prepare_v2 (plain.db,
                                "INSERT INTO employee (nip, name, rank, position, position_kind,"
                                " unit_id, status) VALUES (?1, ?2, ?3, ?4, 'ahli-muda', ?6, ?7)",
                                -1, &plain.person, NULL) == SQLITE_OK);
  g_assert (sqlite3_prepare_v2 (plain.db, "UPDATE employee SET supervisor_id = ? WHERE id = ?",
                                -1, &update, NULL) == SQLITE_OK);
  n_rows = plain_csv_rows (path, plain_insert_row, &plain);
  for (guint i = 0; i < plain.atasan->len; i += 2)
    {
      sqlite3_bind_int64 (update, 1, (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (plain.people, plain.atasan->pdata[i + 1])));
      sqlite3_bind_int64 (update, 2, (gint64) GPOINTER_TO_SIZE (plain.atasan->pdata[i]));
      g_assert (sqlite3_step (update) == SQLITE_DONE);
      sqlite3_reset (update);
      g_free (plain.atasan->pdata[i + 1]);
    }
  sqlite3_finalize (update);
  sqlite3_finalize (plain.unit);
  sqlite3_finalize (plain.person);
  plain_exec (plain.db, "COMMIT");
  printf ("plain import of %u rows: %.3f s\n", n_rows, now_seconds () - t0);
  print_result ("plain-import-csv", now_seconds () - t0, cpu_seconds () - cpu0);

  sqlite3_close (plain.db);
  g_hash_table_unref (plain.units);
  g_hash_table_unref (plain.people);
  g_ptr_array_unref (plain.atasan);
  g_unlink (file);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

typedef struct
{
  double wall;
  double cpu;
  double peak_mib;
} Figure;

static int
compare_wall (gconstpointer a,
              gconstpointer b)
{
  double x = ((const Figure *) a)->wall, y = ((const Figure *) b)->wall;

  return x < y ? -1 : x > y;
}

/* Each figure comes from a fresh process, so that memory freed by writing the files (and kept by
 * malloc) does not hide what the work needs; its RESULT line is kept in @figures (key → GArray
 * of Figure), the rest printed. */
static void
run_child (const char *self,
           const char *mode,
           const char *label,
           const char *path,
           GHashTable *figures)
{
  const char *argv[] = { self, mode, label, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert (g_spawn_check_wait_status (status, NULL));
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      GArray *runs;
      Figure figure;

      if (!g_str_has_prefix (lines[i], "RESULT "))
        {
          if (lines[i][0] != '\0')
            printf ("%s\n", lines[i]);
          continue;
        }
      words = g_strsplit (lines[i], " ", -1);
      g_assert (g_strv_length (words) == 5);
      figure.wall = g_ascii_strtod (words[2], NULL);
      figure.cpu = g_ascii_strtod (words[3], NULL);
      figure.peak_mib = g_ascii_strtod (words[4], NULL) / 1024.0;
      runs = g_hash_table_lookup (figures, words[1]);
      if (runs == NULL)
        {
          runs = g_array_new (FALSE, FALSE, sizeof (Figure));
          g_hash_table_insert (figures, g_strdup (words[1]), runs);
        }
      g_array_append_val (runs, figure);
    }
  fflush (stdout);
}

/* The median run by wall clock. */
static Figure
median (GHashTable *figures,
        const char *key)
{
  GArray *runs = g_hash_table_lookup (figures, key);

  g_assert (runs != NULL && runs->len > 0);
  g_array_sort (runs, compare_wall);
  return g_array_index (runs, Figure, runs->len / 2);
}

static void
print_row (const char *what,
           Figure      kinerja,
           Figure      plain,
           const char *note)
{
  printf ("| %s | %.3f s (CPU %.3f s) | %.3f s (CPU %.3f s) | %.1f× (CPU %.1f×) | %s |\n", what,
          kinerja.wall, kinerja.cpu, plain.wall, plain.cpu, kinerja.wall / plain.wall,
          kinerja.cpu / plain.cpu, note);
}

static void
print_memory_row (const char *what,
                  Figure      kinerja,
                  Figure      plain)
{
  printf ("| %s, peak memory of the process | %.1f MiB | %.1f MiB | %.1f× | |\n", what,
          kinerja.peak_mib, plain.peak_mib, kinerja.peak_mib / plain.peak_mib);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *xlsx = NULL;
  g_autoptr(GHashTable) figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_array_unref);
  guint n_rows, repeat;

  if (argc == 4 && g_str_equal (argv[1], "--read"))
    {
      printf ("process size before reading: %.1f MiB; ", kn_test_proc_status_kib ("VmRSS:") / 1024.0);
      read_file (argv[2], argv[3]);
      return 0;
    }
  if (argc == 4 && g_str_equal (argv[1], "--import"))
    {
      import_file (argv[2], argv[3]);
      return 0;
    }
  if (argc == 4 && g_str_equal (argv[1], "--plain"))
    {
      run_plain_read (argv[3]);
      return 0;
    }
  if (argc == 4 && g_str_equal (argv[1], "--plain-import"))
    {
      run_plain_import (argv[3]);
      return 0;
    }

  /* The files alone, to profile one import by hand: bench-import --files N DIR, then
   * bench-import --import CSV DIR/pegawai.csv. */
  if (argc == 4 && g_str_equal (argv[1], "--files"))
    {
      g_autofree char *csv_path = g_build_filename (argv[3], "pegawai.csv", NULL);
      g_autofree char *xlsx_path = g_build_filename (argv[3], "pegawai.xlsx", NULL);

      n_rows = (guint) g_ascii_strtoull (argv[2], NULL, 10);
      write_csv (csv_path, n_rows);
      write_xlsx (xlsx_path, n_rows);
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
  repeat = g_getenv ("BENCH_REPEAT") != NULL ? (guint) atoi (g_getenv ("BENCH_REPEAT")) : 3;
  for (guint run = 0; run < MAX (repeat, 1); run++)
    {
      run_child (argv[0], "--read", "CSV (semicolons, BOM, CRLF)", csv, figures);
      run_child (argv[0], "--read", "XLSX (shared strings, dates)", xlsx, figures);
      run_child (argv[0], "--import", "CSV", csv, figures);
      run_child (argv[0], "--import", "XLSX", xlsx, figures);
      run_child (argv[0], "--plain", "CSV", csv, figures);
      run_child (argv[0], "--plain", "XLSX", xlsx, figures);
      run_child (argv[0], "--plain-import", "CSV", csv, figures);
    }

  {
    Figure plain_xlsx_import = median (figures, "plain-import-csv");
    Figure plain_xlsx = median (figures, "plain-read-xlsx");

    /* The XLSX's plain import: its plain read, then the same plain INSERTs. */
    plain_xlsx_import.wall += plain_xlsx.wall;
    plain_xlsx_import.cpu += plain_xlsx.cpu;
    plain_xlsx_import.peak_mib = MAX (plain_xlsx_import.peak_mib, plain_xlsx.peak_mib);

    printf ("\n| What (%u rows, median of %u) | Kinerja | Plain | Ratio | Note |\n", n_rows,
            MAX (repeat, 1));
    printf ("|---|---|---|---|---|\n");
    print_row ("read the CSV: mapping, NIP and date checks / split by hand",
               median (figures, "read-csv"), median (figures, "plain-read-csv"), "");
    print_row ("read the XLSX: mapping, NIP and date checks / libarchive + libxml2 reader",
               median (figures, "read-xlsx"), median (figures, "plain-read-xlsx"), "");
    print_row ("import the CSV into a new database / plain INSERTs",
               median (figures, "import-csv"), median (figures, "plain-import-csv"),
               "preview + one transaction (every row checked, audited, backup before)");
    print_row ("import the XLSX into a new database / plain read + INSERTs",
               median (figures, "import-xlsx"), plain_xlsx_import, "");
    print_row ("import the CSV again into the database it filled / plain INSERTs",
               median (figures, "reimport-csv"), median (figures, "plain-import-csv"),
               "all unchanged: every person compared, then the backup before the transaction");
    print_memory_row ("read the CSV", median (figures, "read-csv"),
                      median (figures, "plain-read-csv"));
    print_memory_row ("read the XLSX", median (figures, "read-xlsx"),
                      median (figures, "plain-read-xlsx"));
    print_memory_row ("import the CSV", median (figures, "import-csv"),
                      median (figures, "plain-import-csv"));
    print_memory_row ("import the XLSX", median (figures, "import-xlsx"), plain_xlsx_import);
  }

  g_unlink (csv);
  g_unlink (xlsx);
  g_rmdir (dir);
  return 0;
}
