/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the survey import and of kinerja-cli skm: columns found by their headers, answers as
 * numbers or option words, bad answers named by row and cell with nothing saved, and the NRR,
 * IKM and mutu printed against figures computed by hand. */

#define G_LOG_DOMAIN "test-skm-import"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "kinerja/kn-skm-import.h"
#include "kinerja/kn-store-survey.h"

#include "kn-test-util.h"

static KnSkmSurvey *
read_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(KnTableReader) reader = kn_table_reader_new_for_bytes (bytes, "survei.csv", NULL,
                                                                   error);

  if (reader == NULL)
    return NULL;
  return kn_skm_import_read (reader, error);
}

static void
test_headers (void)
{
  struct
  {
    const char *header;
    int         unsur;
  } cases[] = {
    { "U1", KN_SKM_UNSUR_PERSYARATAN },
    { "u 9", KN_SKM_UNSUR_SARANA },
    { "Unsur 4", KN_SKM_UNSUR_BIAYA },
    { "Sistem, Mekanisme, dan Prosedur", KN_SKM_UNSUR_PROSEDUR },
    { "3. Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
      KN_SKM_UNSUR_WAKTU },
    { "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
      KN_SKM_UNSUR_BIAYA },
    { "Penanganan Pengaduan, Saran dan Masukan", KN_SKM_UNSUR_PENGADUAN },
    { "Perilaku Pelaksana", KN_SKM_UNSUR_PERILAKU },
    { "Kompetensi Pelaksana", KN_SKM_UNSUR_KOMPETENSI },
    { "Produk Spesifikasi Jenis Pelayanan", KN_SKM_UNSUR_PRODUK },
    { "Stempel waktu", -1 },
    { "Timestamp", -1 },
    { "U10", -1 },
    { "Nama", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    if (kn_skm_import_unsur_of_header (cases[i].header) != cases[i].unsur)
      g_test_fail_printf ("“%s”: %d, not %d", cases[i].header,
                          kn_skm_import_unsur_of_header (cases[i].header), cases[i].unsur);
}

static void
test_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnSkmSurvey) survey = read_text (kn_test_skm_csv, &error);
  static const guint8 expected[] = {
    4, 3, 3, 4, 3, 3, 4, 2, 3,
    3, 3, 2, 4, 0, 3, 4, 2, 3,
    4, 4, 3, 4, 3, 4, 4, 3, 3,
    3, 3, 3, 4, 2, 3, 3, 3, 4,
  };
  KnSkmResult result;

  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (survey->n_rows, ==, 4);
  g_assert_cmpmem (survey->answers, survey->n_rows * KN_SKM_N_UNSUR, expected, sizeof expected);
  g_assert_true (kn_skm_compute (survey->answers, survey->n_rows, &result, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (result.ikm_hundredths, ==, 8032);
  g_assert_cmpint (result.mutu, ==, KN_SKM_MUTU_B);
  g_assert_cmpint (result.weakest, ==, KN_SKM_UNSUR_PENGADUAN);
}

static void
test_bad_answers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnSkmSurvey) survey = read_text ("U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
                                             "4,3,3,4,3,3,4,2,3\n"
                                             "5,3,3,4,3,3,4,2,3\n"
                                             "4,3,3,Mahal sekali,3,3,4,2,3\n",
                                             &error);

  g_assert_null (survey);
  g_assert_error (error, KN_SKM_IMPORT_ERROR, KN_SKM_IMPORT_ERROR_ROWS);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (error->message, "survei.csv"));
  g_assert_nonnull (strstr (error->message, "2 answers"));
  g_assert_nonnull (strstr (error->message, "Row 3, cell A3:"));
  g_assert_nonnull (strstr (error->message, "Row 4, cell D4:"));
  g_assert_nonnull (strstr (error->message, "Biaya/Tarif"));
}

static void
test_missing_column (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnSkmSurvey) survey = read_text ("U1,U2,U3,U5,U6,U7,U8,U9\n4,3,3,4,3,3,4,2\n",
                                             &error);

  g_assert_null (survey);
  g_assert_error (error, KN_SKM_IMPORT_ERROR, KN_SKM_IMPORT_ERROR_HEADER);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (error->message, "U4 (Biaya/Tarif)"));
}

static void
test_xlsx (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = kn_test_make_folder ("kinerja-skm-import-XXXXXX");
  g_autofree char *path = g_build_filename (folder, "survei.xlsx", NULL);
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(KnSkmSurvey) survey = NULL;
  lxw_workbook *workbook = workbook_new (path);
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, "Jawaban");

  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      worksheet_write_string (sheet, 0, u, kn_skm_unsur_name (u), NULL);
      worksheet_write_number (sheet, 1, u, 1 + u % 4, NULL);
    }
  g_assert_cmpint (workbook_close (workbook), ==, LXW_NO_ERROR);

  reader = kn_table_reader_new_for_path (path, NULL, &error);
  ASSERT_NO_ERROR (error);
  survey = kn_skm_import_read (reader, &error);
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (survey->n_rows, ==, 1);
  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    g_assert_cmpuint (survey->answers[u], ==, 1 + u % 4);
  kn_test_remove_tree (folder);
}

/* kinerja-cli skm */

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  char    *csv;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = kn_test_store_new ("kinerja-test-skm-cli-XXXXXX", &fixture->folder,
                                      &fixture->path);
  kn_test_add_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan", 0);
  g_clear_object (&fixture->store);
  fixture->csv = g_build_filename (fixture->folder, "survei.csv", NULL);
  g_file_set_contents (fixture->csv, kn_test_skm_csv, -1, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_free (fixture->csv);
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

static void
test_cli_import_and_hasil (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *hasil = NULL;
  g_autofree char *csv = NULL;
  int status;

  status = kn_test_run_cli (&out, &err, "skm", "import", fixture->csv, "--database",
                            fixture->path, "--unit", "Dinas Pendidikan dan Kebudayaan",
                            "--layanan", "Legalisir Ijazah", "--period", "2026-TW1",
                            "--populasi", "10", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, "Imported 4 questionnaires."));
  g_assert_nonnull (strstr (out, "IKM: 80,32"));

  status = kn_test_run_cli (&hasil, NULL, "skm", "hasil", "--database", fixture->path,
                            "--unit", "Dinas Pendidikan dan Kebudayaan", "--period", "2026-tw1",
                            NULL);
  g_assert_cmpint (status, ==, 0);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (hasil, "Jenis layanan: Legalisir Ijazah"));
  g_assert_nonnull (strstr (hasil, "Respondents: 4 (questionnaires: 4)"));
  g_assert_nonnull (strstr (hasil, "Minimum sample for 10 people served: 10 — NOT reached"));
  g_assert_nonnull (strstr (hasil, "U5   Produk Spesifikasi Jenis Pelayanan"));
  g_assert_nonnull (strstr (hasil, "2,67   66,67"));
  g_assert_nonnull (strstr (hasil, "IKM: 80,32\n"));
  g_assert_nonnull (strstr (hasil, "Mutu pelayanan: B (Baik)"));
  g_assert_nonnull (strstr (hasil, "Improve Penanganan Pengaduan, Saran dan Masukan first: its NRR "));

  status = kn_test_run_cli (&csv, NULL, "skm", "--csv", "--database", fixture->path,
                            "--unit", "Dinas Pendidikan dan Kebudayaan", "--period", "2026-TW1",
                            NULL);
  g_assert_cmpint (status, ==, 0);
  STOP_IF_FAILED ();
  g_assert_true (g_str_has_prefix (csv, "kode,unsur,jawaban,nrr,nilai,mutu\n"
                                        "U1,Persyaratan,4,3.50,87.50,B\n"));
  g_assert_nonnull (strstr (csv, "\nU5,Produk Spesifikasi Jenis Pelayanan,3,2.67,66.67,C\n"));
  g_assert_true (g_str_has_suffix (csv, "\nIKM,Indeks Kepuasan Masyarakat,4,,80.32,B\n"));
}

static void
test_cli_laporan (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->folder, "laporan skm.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (fixture->folder, "laporan-skm.xlsx", NULL);
  g_autofree char *err = NULL;
  g_autofree char *pdf_head = NULL;
  g_autofree char *out = NULL;
  int status;

  status = kn_test_run_cli (&out, NULL, "skm", "import", fixture->csv, "--database",
                            fixture->path, "--unit", "Dinas Pendidikan dan Kebudayaan",
                            "--layanan", "Legalisir Ijazah", "--period", "2026-TW1", NULL);
  g_assert_cmpint (status, ==, 0);
  status = kn_test_run_cli (NULL, NULL, "skm", "laporan", "--database", fixture->path, "--unit",
                            "Dinas Pendidikan dan Kebudayaan", "--period", "2026-TW1",
                            "--output", pdf, "--paper", "F4", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &pdf_head, NULL, NULL));
  g_assert_true (pdf_head != NULL && g_str_has_prefix (pdf_head, "%PDF-"));
  status = kn_test_run_cli (NULL, NULL, "skm", "laporan", "--database", fixture->path, "--unit",
                            "Dinas Pendidikan dan Kebudayaan", "--period", "2026-TW1",
                            "--output", xlsx, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));

  status = kn_test_run_cli (NULL, &err, "skm", "laporan", "--database", fixture->path, "--unit",
                            "Dinas Pendidikan dan Kebudayaan", "--period", "2026-TW1",
                            "--output", "laporan.doc", NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, ".pdf or .xlsx"));
}

static void
test_cli_refused (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *bad = g_build_filename (fixture->folder, "rusak.csv", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *dry = NULL;
  g_autofree char *count = NULL;
  int status;

  g_file_set_contents (bad, "U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,3,3,4,3,3,4,2,3\n4,3,3,4,3,9,4,2,3\n",
                       -1, NULL);
  status = kn_test_run_cli (&out, &err, "skm", "import", bad, "--database", fixture->path,
                            "--unit", "Dinas Pendidikan dan Kebudayaan", "--layanan", "Mutasi",
                            "--period", "2026-TW1", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "Row 3, cell F3:"));
  g_assert_nonnull (strstr (err, "nothing was imported"));

  status = kn_test_run_cli (&dry, NULL, "skm", "import", fixture->csv, "--dry-run",
                            "--database", fixture->path, "--unit",
                            "Dinas Pendidikan dan Kebudayaan", "--layanan", "Mutasi",
                            "--period", "2026-TW1", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (dry, "nothing was saved"));
  g_assert_nonnull (strstr (dry, "IKM: 80,32"));

  count = kn_test_run_sqlite (fixture->path, "SELECT count(*) FROM skm_survey;"
                                             " SELECT count(*) FROM skm_respondent;");
  g_assert_cmpstr (count, ==, "0\n0\n");

  g_clear_pointer (&err, g_free);
  status = kn_test_run_cli (NULL, &err, "skm", "hasil", "--database", fixture->path, "--unit",
                            "Dinas Pendidikan dan Kebudayaan", "--period", "2026-TW1", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "has no survey"));
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

  g_test_add_func ("/skm-import/headers", test_headers);
  g_test_add_func ("/skm-import/read", test_read);
  g_test_add_func ("/skm-import/bad-answers", test_bad_answers);
  g_test_add_func ("/skm-import/missing-column", test_missing_column);
  g_test_add_func ("/skm-import/xlsx", test_xlsx);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/skm-cli/import-and-hasil", test_cli_import_and_hasil);
  ADD ("/skm-cli/laporan", test_cli_laporan);
  ADD ("/skm-cli/refused", test_cli_refused);
#undef ADD

  return g_test_run ();
}
