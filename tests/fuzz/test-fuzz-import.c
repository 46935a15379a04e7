/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A bounded, seeded mutation fuzzer of the import readers (CSV, XLSX bytes and XLSX XML), the
 * column mapping and the cell checks: nothing crashes, and every failure is a GError with a
 * message. $KN_FUZZ_SEED and $KN_FUZZ_ITERATIONS change the run (the defaults keep it to a
 * second or two, under the sanitizers too); a failing seed is printed so it can be replayed. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-cell-check.h"
#include "kinerja/kn-column-map.h"
#include "kinerja/kn-employee-import.h"
#include "kinerja/kn-table-reader.h"

#define DEFAULT_SEED        20261202
#define FUZZ_MAX_INPUT           2048

static guint32 seed;
static guint iterations;
static guint n_debug;
static guint n_read_whole;

static const char * const csv_seeds[] = {
  "NIP,Nama,Jabatan\n198609262015051001,Budi,Analis\n",
  "\357\273\277NIP;Nama;Unit Kerja\r\n1;\"Ma'ruf, S.Pd.\";\"Dinas\r\nBidang\"\r\n;;\r\n",
  "sep=;\nNIP;Nama\n\"1\";\"say \"\"hi\"\"\"\n",
  "NIP,Nama\n1,Andr\351\n2,Caf\351 \200\n",
  "a\tb\tc\n1\t2\t3\n",
  "\377\376N\0I\0P\0\n\0",
  "\"unclosed,1\n2,3\n",
};

/* Bytes that steer a CSV or an XML parser into its corners. */
static const char interesting[] = "\",;\t\r\n\\<>&='/ 0\351\377\357\273\277\200#E+";

static void
byte_array_insert (GByteArray   *data,
                   guint         at,
                   const guint8 *bytes,
                   guint         count)
{
  guint old_len = data->len;

  g_assert (at <= old_len);
  g_byte_array_set_size (data, old_len + count);
  memmove (data->data + at + count, data->data + at, old_len - at);
  memcpy (data->data + at, bytes, count);
}

static void
mutate (GRand      *rand,
        GByteArray *data)
{
  guint n = (guint) g_rand_int_range (rand, 1, 5);

  for (guint k = 0; k < n; k++)
    {
      guint len = data->len;
      guint at = len > 0 ? (guint) g_rand_int_range (rand, 0, (gint32) len) : 0;
      guint span = (guint) g_rand_int_range (rand, 1, 32);   /* MIN () evaluates twice */
      guint8 byte;

      switch (g_rand_int_range (rand, 0, 7))
        {
        case 0:   /* flip a bit */
          if (len > 0)
            data->data[at] ^= (guint8) (1u << g_rand_int_range (rand, 0, 8));
          break;
        case 1:   /* insert a steering byte */
          byte = (guint8) interesting[g_rand_int_range (rand, 0, sizeof interesting - 1)];
          if (data->len < FUZZ_MAX_INPUT)
            byte_array_insert (data, at, &byte, 1);
          break;
        case 2:   /* set a random byte */
          if (len > 0)
            data->data[at] = (guint8) g_rand_int_range (rand, 0, 256);
          break;
        case 3:   /* delete a range */
          if (len > 0)
            g_byte_array_remove_range (data, at, MIN (len - at, span / 2 + 1));
          break;
        case 4:   /* duplicate a range */
          if (len > 0 && data->len < FUZZ_MAX_INPUT)
            {
              guint count = MIN (len - at, span);
              g_autofree guint8 *copy = g_memdup2 (data->data + at, count);

              byte_array_insert (data, (guint) g_rand_int_range (rand, 0, (gint32) len + 1),
                                   copy, count);
            }
          break;
        case 5:   /* cut short */
          if (len > 0)
            g_byte_array_set_size (data, at);
          break;
        default:  /* a digit where a number may be */
          if (len > 0)
            data->data[at] = (guint8) ('0' + g_rand_int_range (rand, 0, 10));
          break;
        }
    }
}

static void
assert_error (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 10);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

/* Opens and reads everything; checks what every row must be. */
static void
read_through (GBytes     *bytes,
              const char *name,
              const char *sheet)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnTableReader) reader = kn_table_reader_new_for_bytes (bytes, name, sheet, &error);
  g_autoptr(KnColumnMap) map = NULL;
  const KnColumnField *fields;
  const KnTableRow *row;
  guint n_fields, last = 0, n_rows = 0;

  if (reader == NULL)
    {
      assert_error (error);
      return;
    }
  g_assert_no_error (error);

  fields = kn_column_fields_employee (&n_fields);
  map = kn_column_map_new (fields, n_fields);
  while ((row = kn_table_reader_next_row (reader, &error)) != NULL)
    {
      g_assert_cmpuint (row->number, >=, 1);
      g_assert_cmpuint (row->n_cells, >=, 1);
      if (kn_table_reader_get_format (reader) == KN_TABLE_FORMAT_CSV)
        g_assert_cmpuint (row->number, >, last);
      last = row->number;

      for (guint i = 0; i < row->n_cells; i++)
        {
          const KnTableCell *cell = &row->cells[i];
          g_autofree char *text = kn_table_cell_dup_stripped (cell);
          KnNipInfo info;
          GDate date;
          double number;

          g_assert_cmpuint (cell->column, ==, i);
          g_assert_cmpuint (strlen (cell->ref), >=, 2);
          g_assert_nonnull (cell->text);
          g_assert_true (g_utf8_validate (cell->text, -1, NULL));
          g_assert_true (g_utf8_validate (text, -1, NULL));
          if (cell->kind == KN_CELL_DATE)
            g_assert_true (g_date_valid_dmy (cell->day, cell->month, cell->year));

          /* The cell checks on whatever came out: each answer is a value or an error. */
          {
            g_autoptr(GError) e1 = NULL;
            g_autoptr(GError) e2 = NULL;
            g_autoptr(GError) e3 = NULL;

            if (!kn_cell_check_nip (row, i, KN_NIP_FLAGS_ALLOW_LEGACY, &info, &e1))
              assert_error (e1);
            if (!kn_cell_check_date (row, i, &date, &e2))
              assert_error (e2);
            else
              g_assert_true (g_date_valid (&date));
            if (!kn_cell_check_number (row, i, &number, &e3))
              assert_error (e3);
            else
              g_assert_true (isfinite (number));
          }
        }

      if (n_rows++ == 0)
        {
          g_autofree char *description = NULL;

          kn_column_map_match_row (map, row);
          description = kn_column_map_describe (map);
          g_assert_true (g_utf8_validate (description, -1, NULL));
        }
    }

  if (error != NULL)
    assert_error (error);
  else
    n_read_whole++;
}

static guint
n_iterations (guint fallback)
{
  return iterations > 0 ? iterations : fallback;
}

static void
test_csv (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint i = 0; i < n_iterations (3000); i++)
    {
      const char *base = csv_seeds[g_rand_int_range (rand, 0, G_N_ELEMENTS (csv_seeds))];
      gsize len = g_str_has_prefix (base, "\377\376") ? 10 : strlen (base);
      g_autoptr(GByteArray) data = g_byte_array_new ();
      g_autoptr(GBytes) bytes = NULL;

      g_byte_array_append (data, (const guint8 *) base, (guint) len);
      mutate (rand, data);
      bytes = g_bytes_new (data->data, data->len);
      read_through (bytes, "fuzz.csv", NULL);
    }
}

/* A small workbook's parts; the fuzzer mutates one of them before zipping. */
static const char * const xlsx_parts[][2] = {
  { "[Content_Types].xml",
    "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>" },
  { "_rels/.rels",
    "<Relationships><Relationship Id='rId1' Target='xl/workbook.xml' "
    "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument'/>"
    "</Relationships>" },
  { "xl/workbook.xml",
    "<workbook xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
    "<workbookPr date1904='0'/><sheets><sheet name='Pegawai' sheetId='1' r:id='rId1'/>"
    "<sheet name='Dua' sheetId='2' r:id='rId4'/></sheets></workbook>" },
  { "xl/_rels/workbook.xml.rels",
    "<Relationships>"
    "<Relationship Id='rId1' Target='worksheets/sheet1.xml' "
    "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet'/>"
    "<Relationship Id='rId2' Target='sharedStrings.xml' "
    "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings'/>"
    "<Relationship Id='rId3' Target='/xl/styles.xml' "
    "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles'/>"
    "<Relationship Id='rId4' Target='../xl/worksheets/sheet1.xml' "
    "Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet'/>"
    "</Relationships>" },
  { "xl/styles.xml",
    "<styleSheet><numFmts><numFmt numFmtId='164' formatCode='dd/mm/yyyy;[Red]\"x\"'/></numFmts>"
    "<cellXfs><xf numFmtId='0'/><xf numFmtId='14'/><xf numFmtId='164'/></cellXfs></styleSheet>" },
  { "xl/sharedStrings.xml",
    "<sst><si><t>NIP</t></si><si><r><t>Na</t></r><r><t>ma</t></r><rPh><t>x</t></rPh></si>"
    "<si><t xml:space='preserve'> Gol. Ruang </t></si></sst>" },
  { "xl/worksheets/sheet1.xml",
    "<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>0</v></c><c r='B1' t='s'><v>1</v></c>"
    "<c r='C1' t='s'><v>2</v></c></row><row r='2'><c r='A2' t='inlineStr'><is><t>198609262015051001"
    "</t></is></c><c r='B2' s='1'><v>46022</v></c><c r='C2' s='2'><v>60.5</v></c>"
    "<c r='E2' t='b'><v>1</v></c></row><row><c t='n'><v>1.98609E+17</v></c><c t='d'>"
    "<v>2026-12-31</v></c><c t='e'><v>#REF!</v></c><c t='str'><f>A1</f><v>x</v></c></row>"
    "</sheetData></worksheet>" },
};

static GBytes *
zip_parts (GByteArray *mutated,
           guint       mutated_index,
           gboolean    compress)
{
  struct archive *zip = archive_write_new ();
  gsize size = 64 * 1024, used = 0;
  g_autofree guint8 *buffer = g_malloc (size);

  archive_write_set_format_zip (zip);
  if (!compress)
    archive_write_set_format_option (zip, "zip", "compression", "store");
  g_assert_cmpint (archive_write_open_memory (zip, buffer, size, &used), ==, ARCHIVE_OK);

  for (guint i = 0; i < G_N_ELEMENTS (xlsx_parts); i++)
    {
      struct archive_entry *entry = archive_entry_new ();
      const void *data = xlsx_parts[i][1];
      gsize len = strlen (xlsx_parts[i][1]);

      if (mutated != NULL && i == mutated_index)
        data = mutated->data, len = mutated->len;

      archive_entry_set_pathname (entry, xlsx_parts[i][0]);
      archive_entry_set_size (entry, (la_int64_t) len);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      g_assert_cmpint (archive_write_header (zip, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (zip, data, len), ==, (la_ssize_t) len);
      archive_entry_free (entry);
    }
  g_assert_cmpint (archive_write_free (zip), ==, ARCHIVE_OK);

  return g_bytes_new (buffer, used);
}

static void
test_xlsx_valid (void)
{
  g_autoptr(GBytes) bytes = zip_parts (NULL, 0, TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnTableReader) reader = kn_table_reader_new_for_bytes (bytes, "seed.xlsx", NULL,
                                                                   &error);
  const KnTableRow *row;

  /* The seed itself must read, or the fuzzer would only ever test error paths. */
  g_assert_no_error (error);
  row = kn_table_reader_next_row (reader, &error);
  g_assert_cmpstr (row->cells[1].text, ==, "Nama");
  row = kn_table_reader_next_row (reader, &error);
  g_assert_cmpint (row->cells[1].kind, ==, KN_CELL_DATE);
  g_assert_cmpint (row->cells[2].kind, ==, KN_CELL_NUMBER);
  row = kn_table_reader_next_row (reader, &error);
  g_assert_cmpuint (row->number, ==, 3);
  g_assert_no_error (error);
}

static void
test_xlsx_xml (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed + 1);

  for (guint i = 0; i < n_iterations (1500); i++)
    {
      guint index = (guint) g_rand_int_range (rand, 1, G_N_ELEMENTS (xlsx_parts));
      g_autoptr(GByteArray) data = g_byte_array_new ();
      g_autoptr(GBytes) bytes = NULL;

      g_byte_array_append (data, (const guint8 *) xlsx_parts[index][1],
                           (guint) strlen (xlsx_parts[index][1]));
      mutate (rand, data);
      bytes = zip_parts (data, index, g_rand_boolean (rand));
      read_through (bytes, "fuzz.xlsx", g_rand_boolean (rand) ? NULL : "Dua");
    }
}

static void
test_xlsx_bytes (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed + 2);
  g_autoptr(GBytes) stored = zip_parts (NULL, 0, FALSE);
  g_autoptr(GBytes) deflated = zip_parts (NULL, 0, TRUE);

  for (guint i = 0; i < n_iterations (1500); i++)
    {
      GBytes *base = g_rand_boolean (rand) ? stored : deflated;
      g_autoptr(GByteArray) data = g_byte_array_new ();
      g_autoptr(GBytes) bytes = NULL;

      g_byte_array_append (data, g_bytes_get_data (base, NULL), (guint) g_bytes_get_size (base));
      mutate (rand, data);
      bytes = g_bytes_new (data->data, data->len);
      read_through (bytes, "fuzz.xlsx", NULL);
    }
}

static void
test_cell_checks (void)
{
  static const char alphabet[] = "0123456789/-. ,E+eDesmbrJanuiAgt'\t\302\240x";
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed + 3);
  static const double numbers[] = {
    0, -1, 60, 1e300, -1e300, 198609262015051001.0, 1.5, 2958466, NAN, INFINITY,
  };

  for (guint i = 0; i < n_iterations (4000); i++)
    {
      char text[24];
      guint len = (guint) g_rand_int_range (rand, 0, sizeof text);
      KnTableCell cell = { .column = 0, .ref = "A1", .text = text };
      KnTableRow row = { .number = (guint) g_rand_int_range (rand, 1, 1048577), .n_cells = 1,
                         .cells = &cell };
      g_autoptr(GError) e1 = NULL;
      g_autoptr(GError) e2 = NULL;
      g_autoptr(GError) e3 = NULL;
      g_autofree char *stripped = NULL;
      g_autofree char *key = NULL;
      KnNipInfo info;
      GDate date;
      double value;

      for (guint k = 0; k < len; k++)
        text[k] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
      text[len] = '\0';
      if (!g_utf8_validate (text, -1, NULL))
        text[0] = '\0';

      switch (g_rand_int_range (rand, 0, 5))
        {
        case 0:
          cell.kind = KN_CELL_NUMBER;
          cell.number = numbers[g_rand_int_range (rand, 0, G_N_ELEMENTS (numbers))];
          break;
        case 1:
          cell.kind = KN_CELL_DATE;
          cell.day = (GDateDay) g_rand_int_range (rand, 0, 40);
          cell.month = (GDateMonth) g_rand_int_range (rand, 0, 14);
          cell.year = (GDateYear) g_rand_int_range (rand, 0, 10000);
          break;
        case 2:
          cell.kind = KN_CELL_EMPTY;
          cell.text = "";
          break;
        default:
          cell.kind = KN_CELL_TEXT;
          break;
        }

      stripped = kn_table_cell_dup_stripped (&cell);
      g_assert_true (g_utf8_validate (stripped, -1, NULL));
      if (!kn_cell_check_nip (&row, 0, KN_NIP_FLAGS_ALLOW_LEGACY, &info, &e1))
        assert_error (e1);
      else
        g_assert_true (strlen (info.digits) == 18 || strlen (info.digits) == 9);
      if (!kn_cell_check_date (&row, g_rand_int_range (rand, 0, 2), &date, &e2))
        assert_error (e2);
      else
        g_assert_true (g_date_valid (&date));
      if (!kn_cell_check_number (&row, 0, &value, &e3))
        assert_error (e3);
      if (kn_cell_parse_date_text (text, &date))
        g_assert_true (g_date_valid (&date));
      key = kn_column_key (text);
      g_assert_true (g_utf8_validate (key, -1, NULL));
    }
}

static void
on_debug_cb (const char     *domain,
             GLogLevelFlags  level,
             const char     *message,
             gpointer        data)
{
  n_debug++;
}

static const char roster_seed[] =
  "Daftar Pegawai;;;;;;;\n"
  "NIP;Gelar Depan;Nama;Pangkat/Golongan;Jenis Jabatan;Unit Kerja;NIP Atasan;Status\n"
  "198001012005011003;Dr.;Ahmad;IV/c;JPT Pratama;Dinas A;;PNS\n"
  "197503121999032002;;Budi;Penata Muda, III/a;Ahli Muda;Dinas A > Bidang B;198609262015051001;\n"
  "198609262015051001;H.;Ma'ruf;III/d;Administrator;Dinas A/Bidang B;198001012005011003;PNS\n"
  "198808122021212001;;Siti;Golongan IX;Pelaksana;Bidang B;198001012005011003;PPPK\n"
  "131234567;;Lama;II/b;pelaksana;Dinas A;197503121999032002;cpns\n";

/* The employee preview over mutated rosters, against a store with a few people: every row
 * problem has a message, and nothing is counted twice. */
static void
test_employee_preview (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed + 4);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kinerja-fuzz-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "fuzz.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(KnStore) store = kn_store_open (path, &error);
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Dinas A", 0);
  g_autoptr(KnEmployee) employee = kn_employee_new ();
  guint n_previews = 0, n_clean = 0;

  g_assert_no_error (error);
  g_assert_true (kn_store_add_unit (store, unit, &error));
  kn_employee_set_nip (employee, "199203152019032001");
  kn_employee_set_name (employee, "Yanti");
  kn_employee_set_rank (employee, "III/c");
  kn_employee_set_unit_id (employee, kn_org_unit_get_id (unit));
  g_assert_true (kn_store_add_employee (store, employee, &error));

  for (guint i = 0; i < n_iterations (600); i++)
    {
      g_autoptr(GByteArray) data = g_byte_array_new ();
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(KnTableReader) reader = NULL;
      g_autoptr(KnColumnMap) map = NULL;
      g_autoptr(KnEmployeeImport) import = NULL;
      g_autoptr(GError) local_error = NULL;
      const KnColumnField *fields;
      guint n_fields, counted = 0;
      GPtrArray *problems;

      g_byte_array_append (data, (const guint8 *) roster_seed, sizeof roster_seed - 1);
      mutate (rand, data);
      bytes = g_bytes_new (data->data, data->len);
      reader = kn_table_reader_new_for_bytes (bytes, "roster.csv", NULL, &local_error);
      if (reader == NULL)
        {
          assert_error (local_error);
          continue;
        }

      fields = kn_column_fields_employee (&n_fields);
      map = kn_column_map_new (fields, n_fields);
      if (!kn_column_map_find_header (map, reader, 5, &local_error))
        {
          assert_error (local_error);
          continue;
        }

      import = kn_employee_import_prepare (store, reader, map, NULL, &local_error);
      if (import == NULL)
        {
          assert_error (local_error);
          continue;
        }

      n_previews++;
      n_clean += kn_employee_import_get_errors (import)->len == 0;
      problems = kn_employee_import_get_errors (import);
      for (guint k = 0; k < problems->len; k++)
        g_assert_true (g_utf8_validate (((KnImportProblem *) problems->pdata[k])->message, -1,
                                        NULL));
      for (guint k = KN_IMPORT_NEW; k <= KN_IMPORT_UNCHANGED; k++)
        counted += kn_employee_import_count (import, k);
      g_assert_cmpuint (counted, <=, kn_employee_import_get_entries (import)->len);
      if (problems->len == 0)
        g_assert_cmpuint (counted, ==, kn_employee_import_get_entries (import)->len);
    }

  g_test_message ("%u previews made, %u of them without errors", n_previews, n_clean);
  g_clear_object (&store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *env_seed = g_getenv ("KN_FUZZ_SEED");
  const char *env_iterations = g_getenv ("KN_FUZZ_ITERATIONS");

  g_test_init (&argc, &argv, NULL);
  /* Thousands of damaged parts each log what libxml2 said: keep the test log readable. */
  g_log_set_handler ("kn-xlsx-reader", G_LOG_LEVEL_DEBUG, on_debug_cb, NULL);

  seed = env_seed != NULL ? (guint32) g_ascii_strtoull (env_seed, NULL, 10) : DEFAULT_SEED;
  iterations = env_iterations != NULL ? (guint) g_ascii_strtoull (env_iterations, NULL, 10) : 0;
  g_test_message ("seed %u (replay with KN_FUZZ_SEED=%u)", seed, seed);

  g_test_add_func ("/fuzz-import/csv", test_csv);
  g_test_add_func ("/fuzz-import/xlsx-valid-seed", test_xlsx_valid);
  g_test_add_func ("/fuzz-import/xlsx-xml", test_xlsx_xml);
  g_test_add_func ("/fuzz-import/xlsx-bytes", test_xlsx_bytes);
  g_test_add_func ("/fuzz-import/cell-checks", test_cell_checks);
  g_test_add_func ("/fuzz-import/employee-preview", test_employee_preview);

  {
    int status = g_test_run ();

    /* How much of the input got past the first error, to see the fuzzer reaches the rows. */
    g_test_message ("%u inputs read to the end, %u damaged parts logged", n_read_whole, n_debug);
    return status;
  }
}
