/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the employee import: preview (new, changed, unchanged, absent, new units, row errors)
 * and applying it all or nothing. */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-employee-export.h"
#include "kinerja/kn-employee-import.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-rank.h"
#include "kinerja/kn-training-import.h"

#include "kn-test-io.h"

#include "kn-test-util.h"

#define NIP_A     "198001012005011003"
#define NIP_B     "197503121999032002"
#define NIP_C     "198609262015051001"
#define NIP_D     "199001012015031001"
#define NIP_PPPK  "198808122021212001"
#define NIP_E     "199203152019032001"
#define NIP_X     "199103152019031002"

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  gint64   dinas;
} Fixture;

static KnEmployee *
add_employee (KnStore    *store,
              const char *nip,
              const char *name,
              const char *rank,
              gint64      unit_id)
{
  g_autoptr(KnEmployee) employee = kn_employee_new ();
  g_autoptr(GError) error = NULL;

  kn_employee_set_nip (employee, nip);
  kn_employee_set_name (employee, name);
  if (g_str_equal (nip, NIP_PPPK))
    kn_employee_set_status (employee, KN_EMPLOYEE_STATUS_PPPK);
  kn_employee_set_rank (employee, rank);
  kn_employee_set_position (employee, "Analis Kepegawaian");
  kn_employee_set_unit_id (employee, unit_id);
  g_assert_true (kn_store_add_employee (store, employee, &error));
  g_assert_no_error (error);
  return kn_store_find_employee_by_nip (store, nip);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnOrgUnit) dinas = kn_org_unit_new ("Dinas Pendidikan", 0);

  /* A file even in the pg suite: the tests compare its checksums. */
  fixture->folder = kn_test_make_folder ("kinerja-test-import-XXXXXX");
  fixture->path = g_build_filename (fixture->folder, "kinerja.db", NULL);
  fixture->store = kn_test_store_open (fixture->path, KN_STORE_OPEN_CREATE);

  g_assert_true (kn_store_add_unit (fixture->store, dinas, &error));
  fixture->dinas = kn_org_unit_get_id (dinas);
  add_employee (fixture->store, NIP_B, "Budi Santoso", "III/a", fixture->dinas);
  add_employee (fixture->store, NIP_X, "Yanti", "III/c", fixture->dinas);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

/* The preview of @csv, its header read and matched as the window and the CLI do. */
static KnEmployeeImport *
prepare (Fixture    *fixture,
         const char *csv)
{
  return kn_test_import_text (fixture->store, csv, "pegawai.csv", FALSE, 0);
}

/* Applies @import to the fixture's store, asserting that it is taken. */
static void
apply (Fixture          *fixture,
       KnEmployeeImport *import)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_employee_import_apply (import, fixture->store, &error));
  g_assert_no_error (error);
}

/* @import (of a file the store already holds) finds no error and nothing new or changed: its
 * @n_people people unchanged, and @n_absent people of the store not in the file. */
static void
assert_all_unchanged (KnEmployeeImport *import,
                      guint             n_people,
                      guint             n_absent)
{
  g_assert_cmpuint (kn_employee_import_get_errors (import)->len, ==, 0);
  g_assert_cmpuint (kn_employee_import_count (import, KN_IMPORT_NEW), ==, 0);
  g_assert_cmpuint (kn_employee_import_count (import, KN_IMPORT_CHANGED), ==, 0);
  g_assert_cmpuint (kn_employee_import_count (import, KN_IMPORT_UNCHANGED), ==, n_people);
  g_assert_cmpuint (kn_employee_import_get_new_units (import)->len, ==, 0);
  g_assert_cmpuint (kn_employee_import_get_absent (import)->len, ==, n_absent);
}

static const KnImportEntry *
entry_at (KnEmployeeImport *import,
          guint             index)
{
  GPtrArray *entries = kn_employee_import_get_entries (import);

  g_assert_cmpuint (index, <, entries->len);
  return entries->pdata[index];
}

static const KnImportChange *
find_change (const KnImportEntry *entry,
             const char          *field)
{
  g_assert_nonnull (entry->changes);
  for (guint i = 0; i < entry->changes->len; i++)
    {
      const KnImportChange *change = entry->changes->pdata[i];

      if (g_str_equal (change->field, field))
        return change;
    }
  g_assert_not_reached ();
}

static const char roster[] =
  "NIP;Gelar Depan;Nama;Gelar Belakang;Pangkat/Golongan;Jabatan;Jenis Jabatan;Unit Kerja;"
  "NIP Atasan;Status\r\n"
  NIP_A ";;Ahmad Fauzi;;IV/c;Kepala Dinas;JPT Pratama;Dinas Pendidikan;;PNS\r\n"
  /* An existing person: a new rank, a new unit, and an atasan further down the file. */
  "19750312 199903 2 002;;Budi Santoso;;Penata Muda Tk. I, III/b;Analis Kepegawaian;;"
  "Dinas Pendidikan > Bidang SMA;" NIP_C ";\r\n"
  NIP_C ";Dr. H.;Ma'ruf;M.Pd.;III/d;Kepala Bidang SMA;Administrator;Dinas Pendidikan/Bidang SMA;"
  NIP_A ";PNS\r\n"
  ";;;;;;;;;\r\n"
  NIP_PPPK ";;\"Siti, Aminah\";S.Pd.;Golongan IX;Guru Ahli Pertama;Ahli Pertama;Dinas Pendidikan;"
  NIP_A ";PPPK\r\n";

static void
test_preview_and_apply (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(KnEmployeeImport) import = prepare (fixture, roster);
  g_autoptr(KnEmployeeImport) again = NULL;
  const KnImportEntry *entry;
  const KnImportChange *change;
  KnEmployee *a, *b, *c, *pppk;
  GPtrArray *absent;

  g_assert_cmpuint (kn_employee_import_get_errors (import)->len, ==, 0);
  g_assert_cmpuint (kn_employee_import_count (import, KN_IMPORT_NEW), ==, 3);
  g_assert_cmpuint (kn_employee_import_count (import, KN_IMPORT_CHANGED), ==, 1);
  g_assert_cmpuint (kn_employee_import_count (import, KN_IMPORT_UNCHANGED), ==, 0);

  entry = entry_at (import, 1);
  g_assert_cmpuint (entry->line, ==, 3);
  g_assert_cmpint (entry->action, ==, KN_IMPORT_CHANGED);
  g_assert_cmpstr (entry->nip, ==, NIP_B);
  change = find_change (entry, "Rank");
  g_assert_cmpstr (change->old_value, ==, "III/a");
  g_assert_cmpstr (change->new_value, ==, "III/b");
  change = find_change (entry, "Unit");
  g_assert_cmpstr (change->old_value, ==, "Dinas Pendidikan");
  g_assert_cmpstr (change->new_value, ==, "Dinas Pendidikan/Bidang SMA");
  change = find_change (entry, "Supervisor’s NIP");
  g_assert_cmpstr (change->old_value, ==, "");
  g_assert_cmpstr (change->new_value, ==, "Dr. H. Ma'ruf, M.Pd. (19860926 201505 1 001)");
  g_assert_cmpuint (entry->changes->len, ==, 3);

  entry = entry_at (import, 2);
  g_assert_cmpint (entry->action, ==, KN_IMPORT_NEW);
  g_assert_cmpstr (entry->name, ==, "Dr. H. Ma'ruf, M.Pd.");
  entry = entry_at (import, 3);
  g_assert_cmpuint (entry->line, ==, 6);
  g_assert_cmpstr (entry->name, ==, "Siti, Aminah, S.Pd.");

  g_assert_cmpuint (kn_employee_import_get_new_units (import)->len, ==, 1);
  g_assert_cmpstr (kn_employee_import_get_new_units (import)->pdata[0], ==,
                   "Dinas Pendidikan/Bidang SMA");
  absent = kn_employee_import_get_absent (import);
  g_assert_cmpuint (absent->len, ==, 1);
  g_assert_cmpstr (kn_employee_get_nip (absent->pdata[0]), ==, NIP_X);

  apply (fixture, import);

  /* A backup taken just before holds the two people there were. */
  kn_test_assert_import_backup (fixture->path, "employee", 2);

  a = kn_store_find_employee_by_nip (fixture->store, NIP_A);
  b = kn_store_find_employee_by_nip (fixture->store, NIP_B);
  c = kn_store_find_employee_by_nip (fixture->store, NIP_C);
  pppk = kn_store_find_employee_by_nip (fixture->store, NIP_PPPK);
  g_assert_nonnull (a);
  g_assert_nonnull (pppk);
  g_assert_cmpint (kn_employee_get_supervisor_id (a), ==, 0);
  g_assert_cmpint (kn_employee_get_position_kind (a), ==, KN_POSITION_JPT_PRATAMA);
  g_assert_cmpstr (kn_employee_get_rank (b), ==, "III/b");
  g_assert_cmpint (kn_employee_get_supervisor_id (b), ==, kn_employee_get_id (c));
  g_assert_cmpint (kn_employee_get_supervisor_id (c), ==, kn_employee_get_id (a));
  g_assert_cmpint (kn_employee_get_unit_id (b), ==, kn_employee_get_unit_id (c));
  g_assert_cmpint (kn_org_unit_get_parent_id (kn_store_lookup_unit (fixture->store,
                                                                    kn_employee_get_unit_id (c))),
                   ==, fixture->dinas);
  g_assert_cmpint (kn_employee_get_status (pppk), ==, KN_EMPLOYEE_STATUS_PPPK);
  g_assert_cmpstr (kn_employee_get_rank (pppk), ==, "IX");
  g_assert_cmpint (kn_employee_get_position_kind (pppk), ==, KN_POSITION_AHLI_PERTAMA);
  g_assert_cmpstr (kn_employee_get_name (c), ==, "Dr. H. Ma'ruf, M.Pd.");

  /* The same file again changes nothing. */
  again = prepare (fixture, roster);
  /* Yanti, in the store and not in the roster. */
  assert_all_unchanged (again, 4, 1);
}

static const char *
error_on (KnEmployeeImport *import,
          const char       *needle)
{
  GPtrArray *errors = kn_employee_import_get_errors (import);

  for (guint i = 0; i < errors->len; i++)
    {
      const KnImportProblem *problem = errors->pdata[i];

      if (strstr (problem->message, needle) != NULL)
        return problem->message;
    }

  for (guint i = 0; i < errors->len; i++)
    g_test_message ("error: %s", ((KnImportProblem *) errors->pdata[i])->message);
  g_assert_not_reached ();
}

static void
test_row_errors (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char bad[] =
    "NIP,Nama,Golongan,Unit Kerja,NIP Atasan,Status\n"
    "\"1,98609E+17\",Excel Lost,III/a,Dinas Pendidikan,,PNS\n"       /* 2: NIP as a number */
    "131234567,Lama Sekali,III/a,Dinas Pendidikan,,PNS\n"            /* 3: legacy, flagged */
    NIP_D ",Dua Kali,III/a,Dinas Pendidikan,,\n"                      /* 4 */
    NIP_A ",Pangkat Aneh,III/z,Dinas Pendidikan,,PNS\n"               /* 5: no such golongan */
    NIP_D ",Dua Kali Lagi,III/a,Dinas Pendidikan,,\n"                 /* 6: same NIP as 4 */
    NIP_C ",Honorer,III/a,Dinas Pendidikan,,Honorer\n"                /* 7: no such status */
    NIP_PPPK ",Tanpa Atasan,IX,Dinas Pendidikan," NIP_E ",PPPK\n"      /* 8: unknown atasan */
    NIP_B ",Budi Santoso,III/a,Dinas Pendidikan," NIP_X ",\n"         /* 9: B → X */
    NIP_X ",Yanti,III/c,Dinas Pendidikan," NIP_B ",\n";               /* 10: X → B: a loop */
  g_autoptr(KnEmployeeImport) import = prepare (fixture, bad);
  g_autoptr(GError) error = NULL;
  GPtrArray *notices = kn_employee_import_get_notices (import);
  const char *message;
  guint before = g_list_model_get_n_items (kn_store_get_employees (fixture->store));
  guint units_before = g_list_model_get_n_items (kn_store_get_units (fixture->store));

  message = error_on (import, "Cell A2");
  g_assert_nonnull (strstr (message, "format column A as Text"));

  g_assert_true (entry_at (import, 0)->has_error);
  g_assert_false (entry_at (import, 1)->has_error);
  g_assert_true (entry_at (import, 4)->has_error);
  g_assert_cmpuint (notices->len, ==, 1);
  g_assert_cmpuint (((KnImportProblem *) notices->pdata[0])->line, ==, 3);
  g_assert_true (entry_at (import, 1)->legacy_nip);

  error_on (import, "Rows 4 and 6 have the same NIP 19900101 201503 1 001");

  message = error_on (import, "Cell C5: “III/z”");
  g_assert_nonnull (strstr (message, "I/a, I/b, I/c"));
  g_assert_nonnull (strstr (message, "IV/e"));

  message = error_on (import, "Cell F7: “Honorer”");
  g_assert_nonnull (strstr (message, "PNS, CPNS, PPPK"));

  error_on (import, "Cell E8: the atasan 19920315 201903 2 001 is neither in the file nor in "
                    "the database");
  error_on (import, "row 9, row 10");

  /* Nothing is written while the preview has errors. */
  g_assert_false (kn_employee_import_apply (import, fixture->store, &error));
  g_assert_error (error, KN_EMPLOYEE_IMPORT_ERROR, KN_EMPLOYEE_IMPORT_ERROR_ROWS);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (fixture->store)), ==,
                    units_before);
  g_assert_null (kn_store_find_employee_by_nip (fixture->store, "131234567"));
}

static void
test_new_person_needs_rank_and_unit (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(KnEmployeeImport) import =
    prepare (fixture, "NIP,Nama,Golongan,Unit Kerja\n" NIP_A ",Baru,,\n" NIP_B ",Budi Santoso,,\n");

  GPtrArray *errors;

  /* The row is said once (as the problem's line), the cell named in the message. */
  error_on (import, "Cell C2: the pangkat/golongan of a new person is empty");
  error_on (import, "Cell D2: the unit of a new person is empty");
  /* For a person already there, empty cells change nothing. */
  g_assert_cmpint (entry_at (import, 1)->action, ==, KN_IMPORT_UNCHANGED);
  errors = kn_employee_import_get_errors (import);
  g_assert_cmpuint (errors->len, ==, 2);
  for (guint i = 0; i < errors->len; i++)
    {
      const KnImportProblem *problem = errors->pdata[i];

      g_assert_cmpuint (problem->line, ==, 2);
      g_assert_null (strstr (problem->message, "Row"));
    }

  /* A file without the column: it is named, for the user to add it (or choose it). */
  {
    g_autoptr(KnEmployeeImport) bare = prepare (fixture, "NIP,Nama\n" NIP_C ",Baru Lagi\n");

    error_on (bare, "A new person needs a pangkat/golongan, and the file has no column for it");
    error_on (bare, "A new person needs a unit, and the file has no column for it");
  }
}

static void
test_status_fits_nip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(KnEmployeeImport) import =
    prepare (fixture, "NIP,Nama,Golongan,Unit Kerja,Status\n"
                      NIP_PPPK ",Salah Status,III/a,Dinas Pendidikan,PNS\n"
                      NIP_A ",Tanpa Status,III/a,Dinas Pendidikan,\n");

  error_on (import, "Cell A2: the NIP is one of a PPPK but the status is PNS");
  /* An empty status on a new person follows the NIP. */
  g_assert_cmpuint (kn_employee_import_get_errors (import)->len, ==, 1);
  g_assert_cmpuint (kn_employee_import_count (import, KN_IMPORT_NEW), ==, 1);
}

static void
test_missing_column (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnColumnMap) map = NULL;
  g_autoptr(KnTableReader) reader = kn_test_table_for_text ("Nama,Golongan\nBudi,III/a\n", "x.csv",
                                                            FALSE, 0, &map);

  g_assert_null (kn_employee_import_prepare (fixture->store, reader, map, NULL, &error));
  g_assert_error (error, KN_COLUMN_MAP_ERROR, KN_COLUMN_MAP_ERROR_MISSING);
}

static void
test_atasan_swap (Fixture       *fixture,
                  gconstpointer  data)
{
  /* C reports to B in the database; the file turns it round. Applied step by step, the first
   * change would close a loop; the import clears the changing atasan first. */
  g_autoptr(KnEmployee) c = kn_employee_copy (add_employee (fixture->store, NIP_C, "Citra",
                                                            "III/b", fixture->dinas));
  g_autoptr(KnEmployeeImport) import = NULL;
  g_autoptr(GError) error = NULL;
  KnEmployee *b = kn_store_find_employee_by_nip (fixture->store, NIP_B);

  kn_employee_set_supervisor_id (c, kn_employee_get_id (b));
  g_assert_true (kn_store_update_employee (fixture->store, c, &error));

  import = prepare (fixture, "NIP,Nama,NIP Atasan\n"
                             NIP_B ",Budi Santoso," NIP_C "\n"
                             NIP_C ",Citra,\n");
  /* Row 3's empty atasan keeps C → B, so B → C closes a loop. */
  error_on (import, "row 2");
  g_clear_pointer (&import, kn_employee_import_free);

  import = prepare (fixture, "NIP,Nama,NIP Atasan\n"
                             NIP_B ",Budi Santoso," NIP_C "\n"
                             NIP_C ",Citra," NIP_X "\n");
  g_assert_cmpuint (kn_employee_import_get_errors (import)->len, ==, 0);
  apply (fixture, import);
  b = kn_store_find_employee_by_nip (fixture->store, NIP_B);
  g_assert_cmpint (kn_employee_get_supervisor_id (b), ==,
                   kn_employee_get_id (kn_store_find_employee_by_nip (fixture->store, NIP_C)));
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

static void
test_all_or_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(KnEmployeeImport) import = prepare (fixture, roster);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_units;

  g_assert_cmpuint (kn_employee_import_get_errors (import)->len, ==, 0);

  /* Between the preview and the import, another desk adds the PPPK of the last row: the import
   * writes the unit and three people, then fails on row 6, and keeps none of it. */
  add_employee (fixture->store, NIP_PPPK, "Sudah Ada", "IX", fixture->dinas);
  n_units = g_list_model_get_n_items (kn_store_get_units (fixture->store));
  before = file_checksum (fixture->path);

  g_assert_false (kn_employee_import_apply (import, fixture->store, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Row 6: "));

  g_assert_null (kn_store_find_employee_by_nip (fixture->store, NIP_A));
  g_assert_null (kn_store_find_employee_by_nip (fixture->store, NIP_C));
  g_assert_cmpstr (kn_employee_get_rank (kn_store_find_employee_by_nip (fixture->store, NIP_B)),
                   ==, "III/a");
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (fixture->store)), ==, n_units);
  after = file_checksum (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

/* A re-import whose rank has a "TMT Pangkat": the change is a kenaikan pangkat from that day —
 * the rank before it kept for the days before, the person's rank today the new one — and the
 * same file again changes nothing. */
static void
test_rank_tmt (Fixture       *fixture,
               gconstpointer  data)
{
  static const char raised[] =
    "NIP;Nama;Pangkat/Golongan;TMT Pangkat\r\n"
    NIP_B ";Budi Santoso;III/b;01/04/2026\r\n"
    NIP_X ";Yanti;III/c;01/04/2019\r\n";
  g_autoptr(KnEmployeeImport) import = prepare (fixture, raised);
  g_autoptr(KnEmployeeImport) again = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const KnImportChange *change;
  KnEmployee *budi;

  g_assert_cmpuint (kn_employee_import_get_errors (import)->len, ==, 0);
  g_assert_cmpint (entry_at (import, 0)->action, ==, KN_IMPORT_CHANGED);
  change = find_change (entry_at (import, 0), "Rank");
  g_assert_cmpstr (change->old_value, ==, "III/a");
  g_assert_cmpstr (change->new_value, ==, "III/b (TMT 1 April 2026)");
  /* Yanti held III/c then already: nothing to record. */
  g_assert_cmpint (entry_at (import, 1)->action, ==, KN_IMPORT_UNCHANGED);

  apply (fixture, import);

  budi = kn_store_find_employee_by_nip (fixture->store, NIP_B);
  g_assert_cmpstr (kn_employee_get_rank (budi), ==, "III/b");
  before = kn_store_rank_at (fixture->store, kn_employee_get_id (budi), "2026-03-31");
  after = kn_store_rank_at (fixture->store, kn_employee_get_id (budi), "2026-04-01");
  g_assert_cmpstr (before, ==, "III/a");
  g_assert_cmpstr (after, ==, "III/b");
  history = kn_store_list_history (fixture->store, kn_employee_get_id (budi));
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpint (((KnHistoryEntry *) history->pdata[0])->kind, ==, KN_HISTORY_PANGKAT);
  g_assert_cmpstr (((KnHistoryEntry *) history->pdata[0])->start_date, ==, "2026-04-01");
  g_assert_cmpstr (((KnHistoryEntry *) history->pdata[0])->prev_rank, ==, "III/a");

  again = prepare (fixture, raised);
  g_assert_cmpuint (kn_employee_import_get_errors (again)->len, ==, 0);
  g_assert_cmpint (entry_at (again, 0)->action, ==, KN_IMPORT_UNCHANGED);
  g_assert_cmpint (entry_at (again, 1)->action, ==, KN_IMPORT_UNCHANGED);
}

/* A TMT Pangkat that is no date is refused naming its row and cell; nothing is written. */
static void
test_rank_tmt_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char bad[] =
    "NIP,Nama,Golongan,TMT Gol. Ruang\n"
    NIP_X ",Yanti,III/d,01/04/2026\n"
    NIP_B ",Budi Santoso,III/b,30/02/2026\n";
  g_autoptr(KnEmployeeImport) import = prepare (fixture, bad);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_checksum (fixture->path);
  g_autofree char *after = NULL;
  const char *message;

  message = error_on (import, "Cell D3");
  g_assert_nonnull (strstr (message, "30/02/2026"));
  g_assert_true (entry_at (import, 1)->has_error);
  g_assert_false (entry_at (import, 0)->has_error);

  g_assert_false (kn_employee_import_apply (import, fixture->store, &error));
  g_assert_error (error, KN_EMPLOYEE_IMPORT_ERROR, KN_EMPLOYEE_IMPORT_ERROR_ROWS);
  g_assert_cmpstr (kn_employee_get_rank (kn_store_find_employee_by_nip (fixture->store, NIP_X)),
                   ==, "III/c");
  history = kn_store_list_history (fixture->store,
                                   kn_employee_get_id (kn_store_find_employee_by_nip (fixture->store,
                                                                                      NIP_X)));
  g_assert_cmpuint (history->len, ==, 0);
  after = file_checksum (fixture->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *cli = g_getenv ("KINERJA_CLI");
  const char *argv[] = { cli, "employees", "--database", fixture->path, "--csv", NULL };
  g_autoptr(KnEmployeeImport) import = prepare (fixture, roster);
  g_autoptr(KnEmployeeImport) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("kinerja-cli is not built");
      return;
    }

  apply (fixture, import);

  /* What kinerja-cli employees --csv writes, imported back, changes nothing: units given by
   * name alone are found, the machine names of status and jenis jabatan are read. */
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  again = prepare (fixture, out);
  assert_all_unchanged (again, 5, 0);
}

static gboolean
audited (KnStore    *store,
         gint64      employee_id,
         const char *action,
         const char *field,
         const char *new_value)
{
  g_autoptr(GPtrArray) entries = kn_store_list_audit (store, "employee", employee_id);

  for (guint i = 0; i < entries->len; i++)
    {
      const KnAuditEntry *entry = entries->pdata[i];

      if (g_str_equal (entry->action, action) && g_strcmp0 (entry->field, field) == 0
          && g_strcmp0 (entry->new_value, new_value) == 0)
        return TRUE;
    }
  return FALSE;
}

/* An import is audited like any other change (issue 9: "one transaction, audited"): the person
 * added, and the field changed with its new value. */
static void
test_audited (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(KnEmployeeImport) import =
    prepare (fixture, "NIP,Nama,Golongan,Unit Kerja\n"
                      NIP_A ",Baru Sekali,III/b,Dinas Pendidikan\n"
                      NIP_B ",Budi Santoso,III/c,\n");
  KnEmployee *added;
  KnEmployee *budi;

  g_assert_cmpuint (kn_employee_import_get_errors (import)->len, ==, 0);
  apply (fixture, import);
  added = kn_store_find_employee_by_nip (fixture->store, NIP_A);
  budi = kn_store_find_employee_by_nip (fixture->store, NIP_B);
  g_assert_nonnull (added);
  g_assert_true (audited (fixture->store, kn_employee_get_id (added), "insert", "name",
                          "Baru Sekali"));
  g_assert_true (audited (fixture->store, kn_employee_get_id (budi), "update", "rank", "III/c"));
}

static void
cancel_at_progress (guint    done,
                    guint    total,
                    gpointer user_data)
{
  GCancellable *cancellable = user_data;

  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (total, ==, 1000);
  g_cancellable_cancel (cancellable);
}

/* A large import cancelled while it writes leaves the database as it was, byte for byte: the
 * people written before the cancel are rolled back with the rest. */
static void
test_cancel_apply (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GString) csv = g_string_new ("NIP,Nama,Golongan,Unit Kerja\n");
  g_autoptr(KnEmployeeImport) import = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint people = g_list_model_get_n_items (kn_store_get_employees (fixture->store));

  /* Born 1–28 January 1980, CPNS January 2005, numbers 001–036. */
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (csv, "198001%02u2005011%03u,Pegawai %u,II/a,Dinas Besar/Bidang %u\n",
                            1 + i % 28, 1 + i / 28, i, i % 3);
  import = prepare (fixture, csv->str);
  g_assert_cmpuint (kn_employee_import_get_errors (import)->len, ==, 0);
  before = file_checksum (fixture->path);

  g_assert_false (kn_employee_import_apply_full (import, fixture->store, cancellable,
                                                 cancel_at_progress, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==, people);
  after = file_checksum (fixture->path);
  g_assert_cmpstr (before, ==, after);

  /* Not cancelled, the same preview writes everyone. */
  g_clear_error (&error);
  g_assert_true (kn_employee_import_apply_full (import, fixture->store, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==,
                    people + 1000);
}

static void
test_unit_by_name (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(KnOrgUnit) bidang = kn_org_unit_new ("Sekretariat", fixture->dinas);
  g_autoptr(KnOrgUnit) bkd = kn_org_unit_new ("BKD", 0);
  g_autoptr(KnOrgUnit) bkd_sekretariat = NULL;
  g_autoptr(KnOrgUnit) seksi = kn_org_unit_new ("Subbagian Umum", 0);
  g_autoptr(KnEmployeeImport) import = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_store_add_unit (fixture->store, bidang, &error));
  g_assert_true (kn_store_add_unit (fixture->store, bkd, &error));
  bkd_sekretariat = kn_org_unit_new ("Sekretariat", kn_org_unit_get_id (bkd));
  g_assert_true (kn_store_add_unit (fixture->store, bkd_sekretariat, &error));
  kn_org_unit_set_parent_id (seksi, kn_org_unit_get_id (bidang));
  g_assert_true (kn_store_add_unit (fixture->store, seksi, &error));

  import = prepare (fixture, "NIP,Nama,Golongan,Unit Kerja\n"
                             NIP_A ",Satu,III/a,Subbagian Umum\n"
                             NIP_C ",Dua,III/a,Sekretariat\n"
                             NIP_D ",Tiga,III/a,BKD/Sekretariat\n"
                             NIP_E ",Empat,III/a,subbagian umum/Urusan Surat\n");
  /* A name found once anywhere is that unit; found twice, the path is asked for. */
  g_assert_cmpuint (kn_employee_import_get_errors (import)->len, ==, 1);
  error_on (import, "Cell D3: “Sekretariat” is the name of several units "
                    "(BKD/Sekretariat; Dinas Pendidikan/Sekretariat)");
  g_assert_cmpuint (kn_employee_import_get_new_units (import)->len, ==, 1);
  g_assert_cmpstr (kn_employee_import_get_new_units (import)->pdata[0], ==,
                   "Dinas Pendidikan/Sekretariat/Subbagian Umum/Urusan Surat");
}

static void
test_formula_guard (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KnEmployeeImport) import =
    prepare (fixture, "NIP,Nama,Golongan,Unit Kerja,Jabatan\n"
                      NIP_A ",'=Budi,III/a,Dinas Pendidikan,'-\n");
  const KnImportEntry *entry = entry_at (import, 0);

  /* The apostrophe a careful export puts before formula-like text is taken off again. */
  g_assert_cmpstr (entry->name, ==, "=Budi");
  g_assert_cmpuint (kn_employee_import_get_errors (import)->len, ==, 0);
}

static void
test_libreoffice_workbook (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = kn_test_import_path ("libreoffice.xlsx");
  g_autoptr(GError) error = NULL;
  /* A workbook as LibreOffice saved it from a CSV: the NIPs became numbers. */
  g_autoptr(KnEmployeeImport) import = kn_test_import_file (fixture->store, path, NULL, FALSE);
  const char *message;

  message = error_on (import, "Cell A2 holds the NIP as a number (1.98609E+17)");
  g_assert_nonnull (strstr (message, "format column A as Text"));
  error_on (import, "Cell A3 holds the NIP as a number");
  g_assert_false (kn_employee_import_apply (import, fixture->store, &error));
}

static KnTrainingImport *
prepare_training (Fixture    *fixture,
                  const char *name,
                  const char *sheet)
{
  g_autofree char *path = kn_test_import_path (name);

  return kn_test_import_file (fixture->store, path, sheet, TRUE);
}

/* Workbooks LibreOffice Calc 7.4 wrote (soffice --convert-to xlsx from the .fods beside them):
 * shared strings, the NIPs as text, dates as serial numbers in the 1900 and the 1904 system. */
static void
test_libreoffice_roster (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = kn_test_import_path ("libreoffice-roster.xlsx");
  g_autoptr(GError) error = NULL;
  g_autoptr(KnColumnMap) map = NULL;
  g_autoptr(KnTableReader) reader = kn_test_import_reader (path, NULL, FALSE, 5, &map);
  g_autoptr(KnEmployeeImport) import = NULL;
  g_autoptr(KnTrainingImport) training = NULL;
  g_autoptr(KnTrainingImport) again = NULL;
  const KnTrainingImportEntry *entry;
  KnEmployee *kepala, *maruf, *nuraini;

  g_assert_cmpstr (kn_table_reader_get_sheet_name (reader), ==, "Pegawai");
  import = kn_test_import_prepare (fixture->store, reader, map, FALSE);
  g_assert_cmpuint (kn_employee_import_get_errors (import)->len, ==, 0);
  g_assert_cmpuint (kn_employee_import_count (import, KN_IMPORT_NEW), ==, 3);
  g_assert_cmpuint (kn_employee_import_get_new_units (import)->len, ==, 2);
  apply (fixture, import);

  kepala = kn_store_find_employee_by_nip (fixture->store, "196804151994031005");
  maruf = kn_store_find_employee_by_nip (fixture->store, NIP_C);
  nuraini = kn_store_find_employee_by_nip (fixture->store, NIP_E);
  g_assert_nonnull (kepala);
  g_assert_nonnull (maruf);
  g_assert_nonnull (nuraini);
  g_assert_cmpstr (kn_employee_get_name (kepala), ==, "Drs. Hendra Wijaya, M.Si.");
  g_assert_cmpstr (kn_employee_get_rank (kepala), ==, "IV/c");
  g_assert_cmpstr (kn_employee_get_name (maruf), ==, "Ma'ruf Hidayat, S.H.");
  g_assert_cmpint (kn_employee_get_supervisor_id (nuraini), ==, kn_employee_get_id (maruf));
  g_assert_cmpint (kn_employee_get_unit_id (nuraini), ==, kn_employee_get_unit_id (maruf));
  /* Text that looks like a formula stays text. */
  g_assert_cmpstr (kn_employee_get_position (nuraini), ==, "=Analis SDM Aparatur Ahli Pertama");

  /* The second sheet: dates as serial numbers in a date format. */
  training = prepare_training (fixture, "libreoffice-roster.xlsx", "Kegiatan");
  g_assert_cmpuint (kn_training_import_get_errors (training)->len, ==, 0);
  g_assert_cmpuint (kn_training_import_count (training, KN_IMPORT_NEW), ==, 2);
  entry = kn_training_import_get_entries (training)->pdata[0];
  g_assert_cmpstr (entry->start_date, ==, "2026-03-09");
  g_assert_cmpstr (entry->training->date, ==, "2026-03-12");
  g_assert_cmpfloat (entry->training->hours, ==, 32);
  entry = kn_training_import_get_entries (training)->pdata[1];
  g_assert_cmpstr (entry->training->date, ==, "2026-05-20");
  g_assert_cmpfloat (entry->training->hours, ==, 4.5);
  g_assert_true (kn_training_import_apply (training, fixture->store, &error));
  g_assert_no_error (error);

  /* The same list saved in the 1904 date system (serial 44628, not 46090, is 9 March 2026):
   * the same days, so both activities are already recorded. */
  again = prepare_training (fixture, "libreoffice-1904.xlsx", NULL);
  g_assert_cmpuint (kn_training_import_get_errors (again)->len, ==, 0);
  entry = kn_training_import_get_entries (again)->pdata[0];
  g_assert_cmpstr (entry->start_date, ==, "2026-03-09");
  g_assert_cmpstr (entry->training->date, ==, "2026-03-12");
  g_assert_cmpuint (kn_training_import_count (again, KN_IMPORT_NEW), ==, 0);
  g_assert_cmpuint (kn_training_import_count (again, KN_IMPORT_UNCHANGED), ==, 2);
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KnColumnMap) map = NULL;
  g_autoptr(KnTableReader) reader = kn_test_table_for_text (roster, "x.csv", FALSE, 5, &map);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_null (kn_employee_import_prepare (fixture->store, reader, map, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* "Ekspor Pegawai" writes the columns of kinerja-cli employees --csv to a workbook, private, the
 * NIPs as text; read back by the import, it changes nothing (issue 9: round trip). */
static void
test_round_trip_xlsx (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(KnEmployeeImport) import = prepare (fixture, roster);
  g_autoptr(KnEmployeeImport) again = NULL;
  g_autoptr(KnColumnMap) map = NULL;
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (fixture->folder, "Pegawai.xlsx", NULL);
  g_autofree char *header = g_strjoinv (",", (char **) kn_employee_export_columns ());
  GStatBuf st;

  apply (fixture, import);

  g_assert_true (kn_export_employees_xlsx (fixture->store, NULL, xlsx, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (xlsx, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  reader = kn_test_import_reader (xlsx, NULL, FALSE, 5, &map);
  g_assert_cmpstr (kn_table_reader_get_sheet_name (reader), ==, "Pegawai");
  again = kn_test_import_prepare (fixture->store, reader, map, FALSE);
  assert_all_unchanged (again, 5, 0);
  g_assert_cmpstr (header, ==, "nip,nama,status,pangkat_golongan,jabatan,jenis_jabatan,"
                               "unit_kerja,atasan_nip,atasan_nama");

  /* As Excel sees it: the header row, and every NIP a string cell. */
  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    return;
  {
    const char *argv[] = {
      "/usr/bin/python3", "-c",
      "import sys, openpyxl\n"
      "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
      "rows = list(ws.iter_rows())\n"
      "print(','.join(c.value for c in rows[0]))\n"
      "print(' '.join(r[0].data_type + ':' + str(r[0].value) for r in rows[1:]))\n",
      xlsx, NULL
    };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autofree char *expected = NULL;
    int status = 0;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                                 &err, &status, &error));
    g_assert_no_error (error);
    if (!g_spawn_check_wait_status (status, NULL) && strstr (err, "openpyxl") != NULL)
      {
        g_test_skip ("openpyxl (python3-openpyxl) is not installed");
        return;
      }
    g_assert_cmpstr (err, ==, "");
    expected = g_strconcat (header, "\n", NULL);
    g_assert_true (g_str_has_prefix (out, expected));
    g_assert_nonnull (strstr (out, "s:" NIP_X));
    g_assert_null (strstr (out, " n:"));
    g_assert_false (g_str_has_prefix (out + strlen (expected), "n:"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/employee-import/preview-and-apply", test_preview_and_apply);
  ADD ("/employee-import/row-errors", test_row_errors);
  ADD ("/employee-import/new-person-needs-rank-and-unit", test_new_person_needs_rank_and_unit);
  ADD ("/employee-import/status-fits-nip", test_status_fits_nip);
  ADD ("/employee-import/missing-column", test_missing_column);
  ADD ("/employee-import/atasan-swap", test_atasan_swap);
  ADD ("/employee-import/all-or-nothing", test_all_or_nothing);
  ADD ("/employee-import/round-trip", test_round_trip);
  ADD ("/employee-import/round-trip-xlsx", test_round_trip_xlsx);
  ADD ("/employee-import/audited", test_audited);
  ADD ("/employee-import/cancel-apply", test_cancel_apply);
  ADD ("/employee-import/rank-tmt", test_rank_tmt);
  ADD ("/employee-import/rank-tmt-refused", test_rank_tmt_refused);
  ADD ("/employee-import/unit-by-name", test_unit_by_name);
  ADD ("/employee-import/formula-guard", test_formula_guard);
  ADD ("/employee-import/libreoffice-workbook", test_libreoffice_workbook);
  ADD ("/employee-import/cancelled", test_cancelled);
  ADD ("/employee-import/libreoffice-roster", test_libreoffice_roster);
#undef ADD

  return g_test_run ();
}
