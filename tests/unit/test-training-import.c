/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the training import: a list as the training agency sends it, what is added, what is
 * skipped as already recorded, row errors, and all or nothing. */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kinerja/kinerja.h"
#include "kinerja/kn-training-import.h"

#include "kn-test-io.h"
#include "kn-test-util.h"

#define NIP_A "198609262015051001"
#define NIP_B "197503121999032002"

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  gint64   a;
  gint64   b;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 unit;

  fixture->store = kn_test_store_new ("kinerja-test-training-import-XXXXXX", &fixture->folder,
                                      &fixture->path);
  unit = kn_test_add_unit (fixture->store, "Badan Kepegawaian Daerah", 0);
  fixture->a = kn_test_add_person (fixture->store, NIP_A, "Ma'ruf Hidayat", NULL,
                                   "Analis SDM Aparatur", KN_POSITION_AHLI_MUDA, unit, 0);
  fixture->b = kn_test_add_person (fixture->store, NIP_B, "Budi Santoso", NULL,
                                   "Pengadministrasi", KN_POSITION_PELAKSANA, unit, 0);
  kn_test_add_training (fixture->store, fixture->b, "2026-03-12", "Bimtek SIASN",
                        KN_TRAINING_BIMTEK, 16, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

static KnTrainingImport *
prepare (Fixture    *fixture,
         const char *csv)
{
  return kn_test_import_text (fixture->store, csv, "kegiatan.csv", TRUE, 10);
}

static const char list[] =
  "REKAPITULASI PESERTA PELATIHAN BPSDM;;;;;;;\r\n"
  "NIP;Nama Pelatihan;Jenis Kegiatan;Tanggal Mulai;Tanggal Selesai;JP;Penyelenggara;"
  "Nomor Sertifikat\r\n"
  "19860926 201505 1 001;Pelatihan Analis Kebijakan;Diklat;02/03/2026;06/03/2026;40;"
  "BPSDM Provinsi Lampung;'=800/123/BPSDM/2026\r\n"
  /* Already in the database, the name in another case: skipped. */
  NIP_B ";bimtek  SIASN;Bimbingan Teknis;12-03-2026;12-03-2026;16;BKN;\r\n"
  /* A one-day e-learning, no end date: it ends when it starts. */
  NIP_B ";Literasi Digital ASN;e-learning;15 April 2026;;2,5;ASN Unggul;\r\n"
  /* The same as row 3: skipped, not doubled. */
  NIP_A ";Pelatihan Analis Kebijakan;Pelatihan;2026-03-02;2026-03-06;40;BPSDM;\r\n";

static void
test_preview_and_apply (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(KnTrainingImport) import = prepare (fixture, list);
  g_autoptr(KnTrainingImport) again = NULL;
  g_autoptr(GPtrArray) of_a = NULL;
  g_autoptr(GPtrArray) of_b = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = kn_training_import_get_entries (import);
  const KnTrainingImportEntry *entry;
  KnTraining *training;

  g_assert_cmpuint (kn_training_import_get_errors (import)->len, ==, 0);
  g_assert_cmpuint (entries->len, ==, 4);
  g_assert_cmpuint (kn_training_import_count (import, KN_IMPORT_NEW), ==, 2);
  g_assert_cmpuint (kn_training_import_count (import, KN_IMPORT_UNCHANGED), ==, 2);

  entry = entries->pdata[0];
  g_assert_cmpuint (entry->line, ==, 3);
  g_assert_cmpint (entry->employee_id, ==, fixture->a);
  g_assert_cmpstr (entry->employee_name, ==, "Ma'ruf Hidayat");
  g_assert_cmpstr (entry->start_date, ==, "2026-03-02");
  g_assert_cmpstr (entry->training->date, ==, "2026-03-06");
  g_assert_cmpint (entry->training->form, ==, KN_TRAINING_PELATIHAN);
  g_assert_cmpstr (entry->training->evidence, ==, "=800/123/BPSDM/2026");
  entry = entries->pdata[1];
  g_assert_cmpint (entry->action, ==, KN_IMPORT_UNCHANGED);
  entry = entries->pdata[2];
  g_assert_cmpint (entry->action, ==, KN_IMPORT_NEW);
  g_assert_cmpstr (entry->training->date, ==, "2026-04-15");
  g_assert_cmpint (entry->training->form, ==, KN_TRAINING_E_LEARNING);
  g_assert_cmpfloat (entry->training->hours, ==, 2.5);
  entry = entries->pdata[3];
  g_assert_cmpint (entry->action, ==, KN_IMPORT_UNCHANGED);
  g_assert_cmpuint (kn_training_import_get_notices (import)->len, ==, 2);

  g_assert_true (kn_training_import_apply (import, fixture->store, &error));
  g_assert_no_error (error);

  /* A backup taken just before holds the one activity there was. */
  kn_test_assert_import_backup (fixture->path, "training", 1);

  of_a = kn_store_list_trainings (fixture->store, fixture->a, 2026);
  of_b = kn_store_list_trainings (fixture->store, fixture->b, 2026);
  g_assert_cmpuint (of_a->len, ==, 1);
  g_assert_cmpuint (of_b->len, ==, 2);
  training = of_a->pdata[0];
  g_assert_cmpstr (training->title, ==, "Pelatihan Analis Kebijakan");
  g_assert_cmpstr (training->organizer, ==, "BPSDM Provinsi Lampung");
  g_assert_cmpfloat (kn_store_training_hours (fixture->store, fixture->b, 2026), ==, 18.5);

  /* The same list again adds nothing. */
  again = prepare (fixture, list);
  g_assert_cmpuint (kn_training_import_count (again, KN_IMPORT_NEW), ==, 0);
  g_assert_cmpuint (kn_training_import_count (again, KN_IMPORT_UNCHANGED), ==, 4);
}

static const char bad_list[] =
  "NIP,Nama Kegiatan,Jenis,Tgl Mulai,Tgl Selesai,JP\n"
  NIP_A ",Pelatihan Analis Kebijakan,Pelatihan,2026-03-02,2026-03-06,40\n"
  "199001012015031001,Seminar ASN,Seminar,2026-05-01,,8\n"
  NIP_B ",Kursus Bahasa,Kursus Bahasa Inggris,2026-05-01,,8\n"
  NIP_B ",Workshop,Workshop,2026-06-10,2026-06-01,8\n"
  NIP_B ",,Seminar,2026-06-10,,0\n"
  "1.98609E+17,Seminar,Seminar,31/02/2026,,8\n";

static void
test_row_errors (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(KnTrainingImport) import = prepare (fixture, bad_list);
  g_autoptr(GPtrArray) of_a = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *errors = kn_training_import_get_errors (import);
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; i < errors->len; i++)
    {
      const KnImportProblem *problem = errors->pdata[i];

      g_string_append_printf (all, "%u: %s\n", problem->line, problem->message);
    }
  /* An unknown NIP, an unknown kind (with the allowed ones), an end before the start, an empty
   * name, 0 JP, a NIP Excel turned into a number, a date that does not exist. */
  g_assert_nonnull (strstr (all->str, "3: Cell A3: nobody in the database has the NIP "
                                      "19900101 201503 1 001"));
  g_assert_nonnull (strstr (all->str, "4: Cell C4: “Kursus Bahasa Inggris” is not a kind"));
  g_assert_nonnull (strstr (all->str, "Technical guidance"));
  g_assert_nonnull (strstr (all->str, "5: Cell E5: the activity ends before it starts."));
  g_assert_nonnull (strstr (all->str, "6: Cell B6: the name of the activity is empty."));
  g_assert_nonnull (strstr (all->str, "6: Cell F6: the JP are a number above 0"));
  g_assert_nonnull (strstr (all->str, "7: Cell A7"));
  g_assert_nonnull (strstr (all->str, "7: Cell D7"));
  g_assert_cmpuint (kn_training_import_count (import, KN_IMPORT_NEW), ==, 1);

  /* Nothing is written, not even the good row. */
  g_assert_false (kn_training_import_apply (import, fixture->store, &error));
  g_assert_error (error, KN_TRAINING_IMPORT_ERROR, KN_TRAINING_IMPORT_ERROR_ROWS);
  of_a = kn_store_list_trainings (fixture->store, fixture->a, 2026);
  g_assert_cmpuint (of_a->len, ==, 0);
}

static void
test_missing_column (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char csv[] = "NIP,Nama Kegiatan,Tanggal Mulai\n" NIP_A ",Seminar,2026-01-05\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(KnColumnMap) map = NULL;
  g_autoptr(KnTableReader) reader = kn_test_table_for_text (csv, "kegiatan.csv", TRUE, 0, &map);
  g_autoptr(KnTrainingImport) import = NULL;

  import = kn_training_import_prepare (fixture->store, reader, map, NULL, &error);
  g_assert_null (import);
  g_assert_error (error, KN_COLUMN_MAP_ERROR, KN_COLUMN_MAP_ERROR_MISSING);
  g_assert_nonnull (strstr (error->message, "JP"));
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/training-import/preview-and-apply", test_preview_and_apply);
  ADD ("/training-import/row-errors", test_row_errors);
  ADD ("/training-import/missing-column", test_missing_column);
#undef ADD

  return g_test_run ();
}
