/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the Laporan Hasil Survei Kepuasan Masyarakat: the data filled from the store, the PDF
 * read back with pdftotext and the workbook with openpyxl, against figures computed by hand. */

#define G_LOG_DOMAIN "test-skm-report"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-skm-document.h"
#include "kinerja/kn-skm-export.h"
#include "kinerja/kn-skm-report.h"
#include "kinerja/kn-store-survey.h"

#include "kn-test-util.h"

#define PYTHON "/usr/bin/python3"

/* Two services of one unit in Triwulan I 2026, four questionnaires together. By hand: NRR U1
 * 3,50 · U2 3,25 · U3 2,75 · U4 4,00 · U5 2,67 (8/3: one left it unanswered) · U6 3,25 ·
 * U7 3,75 · U8 2,50 · U9 3,25; NRR tertimbang U1 3,50 ÷ 9 = 0,389; IKM = Σ NRR ÷ 9 × 25 =
 * 28,9167 ÷ 9 × 25 = 80,32, mutu B (Baik); the weakest unsur U8 (2,50). Population 30 + 20 = 50:
 * the minimum sample is 44, not reached by 4. */
static const guint8 legalisir[2][KN_SKM_N_UNSUR] = {
  { 4, 3, 3, 4, 3, 3, 4, 2, 3 },
  { 3, 3, 2, 4, 0, 3, 4, 2, 3 },
};
static const guint8 mutasi[2][KN_SKM_N_UNSUR] = {
  { 4, 4, 3, 4, 3, 4, 4, 3, 3 },
  { 3, 3, 3, 4, 2, 3, 3, 3, 4 },
};

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  gint64   unit;
} Fixture;

static void
save_survey (KnStore      *store,
             gint64        unit,
             const char   *service,
             const guint8  rows[2][KN_SKM_N_UNSUR],
             guint64       population)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnSkmSurvey) survey = kn_skm_survey_new (unit, "2026-TW1", service);

  kn_skm_survey_add_row (survey, rows[0]);
  kn_skm_survey_add_row (survey, rows[1]);
  survey->population = population;
  g_assert_true (kn_store_save_survey (store, survey, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 head;

  fixture->store = kn_test_store_new ("kinerja-test-skm-report-XXXXXX", &fixture->folder,
                                      &fixture->path);
  g_assert_true (kn_store_set_setting (fixture->store, "instansi", "Pemerintah Provinsi Lampung",
                                       &error));
  g_assert_true (kn_store_set_setting (fixture->store, "kota", "Bandar Lampung", &error));
  g_assert_no_error (error);
  fixture->unit = kn_test_add_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan", 0);
  head = kn_test_add_person (fixture->store, "197503121999032002", "Dr. Sri Wahyuni, M.Pd.",
                             "IV/b", "Kepala Dinas", KN_POSITION_JPT_PRATAMA, fixture->unit, 0);
  kn_test_add_person (fixture->store, "199001012015031001", "Budi Rahayu, S.Pd.", NULL,
                      "Analis Kebijakan", KN_POSITION_AHLI_MUDA, fixture->unit, head);
  save_survey (fixture->store, fixture->unit, "Legalisir Ijazah", legalisir, 30);
  save_survey (fixture->store, fixture->unit, "Mutasi Guru", mutasi, 20);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

static KnSkmReport *
make_report (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GDate *date = g_date_new_dmy (2, G_DATE_APRIL, 2026);
  KnSkmReport *report = kn_skm_report_new (fixture->store, fixture->unit, "2026-TW1", date,
                                           &error);

  g_date_free (date);
  g_assert_no_error (error);
  return report;
}

static void
test_data (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(KnSkmReport) report = make_report (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnSkmReport) none = NULL;

  STOP_IF_FAILED ();
  g_assert_cmpstr (report->instansi, ==, "Pemerintah Provinsi Lampung");
  g_assert_cmpstr (report->unit, ==, "Dinas Pendidikan dan Kebudayaan");
  g_assert_cmpstr (report->period, ==, "Triwulan I 2026");
  g_assert_cmpstr (report->services, ==, "Legalisir Ijazah, Mutasi Guru");
  g_assert_cmpuint (report->population, ==, 50);
  g_assert_cmpuint (report->min_sample, ==, 44);
  g_assert_true (report->has_ikm);
  g_assert_cmpint (report->result.ikm_hundredths, ==, 8032);
  g_assert_cmpint (report->result.mutu, ==, KN_SKM_MUTU_B);
  g_assert_cmpstr (report->place_date, ==, "Bandar Lampung, 2 April 2026");
  g_assert_cmpstr (report->signer_name, ==, "Dr. Sri Wahyuni, M.Pd.");
  g_assert_cmpstr (report->signer_nip, ==, "NIP. 19750312 199903 2 002");
  g_assert_cmpstr (report->signer_rank, ==, "Pembina Tk. I, IV/b");

  none = kn_skm_report_new (fixture->store, fixture->unit, "2026-TW2", NULL, &error);
  g_assert_null (none);
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(KnSkmReport) report = make_report (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (fixture->folder, "laporan-skm.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  STOP_IF_FAILED ();
  g_assert_true (kn_skm_document_write_pdf (report, KN_PAPER_A4, pdf, &error));
  ASSERT_NO_ERROR (error);
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is missing (apt install poppler-utils)");
      return;
    }
  {
    const char *argv[] = { pdftotext, pdf, "-", NULL };

    text = kn_test_run_program (argv);
  }
  /* Lines and columns as pdftotext lays them out vary; compare with single spaces. */
  flat = g_strdup (text);
  g_strdelimit (flat, "\n", ' ');

  g_assert_nonnull (strstr (text, "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT"));
  g_assert_nonnull (strstr (text, "Pemerintah Provinsi Lampung"));
  g_assert_nonnull (strstr (text, "Legalisir Ijazah, Mutasi Guru"));
  g_assert_nonnull (strstr (text, "Triwulan I 2026 (1 Januari s.d. 31 Maret 2026)"));
  g_assert_nonnull (strstr (text, "4 orang (4 kuesioner)"));
  g_assert_nonnull (strstr (text, "44 responden — belum terpenuhi"));
  g_assert_nonnull (strstr (text, "U1 Persyaratan"));
  g_assert_nonnull (strstr (text, "3,50"));
  g_assert_nonnull (strstr (text, "0,389"));
  g_assert_nonnull (strstr (text, "87,50"));
  g_assert_nonnull (strstr (text, "3,213"));
  g_assert_nonnull (strstr (text, "2,67"));
  g_assert_nonnull (strstr (text, "66,67"));
  g_assert_nonnull (strstr (text, "Indeks Kepuasan Masyarakat (IKM): 80,32"));
  g_assert_nonnull (strstr (text, "Mutu pelayanan: B (Baik)"));
  g_assert_nonnull (strstr (flat, "U8 Penanganan Pengaduan, Saran dan Masukan (NRR 2,50)"));
  g_assert_nonnull (strstr (text, "Bandar Lampung, 2 April 2026"));
  g_assert_nonnull (strstr (text, "Dr. Sri Wahyuni, M.Pd."));
  g_assert_nonnull (strstr (text, "NIP. 19750312 199903 2 002"));

  /* As every other document (review 16): the signature block with the role, the jabatan and the
   * pangkat under the name; the page numbered; Noto Sans, not DejaVu. */
  g_assert_nonnull (strstr (flat, "Pimpinan Unit Kerja, Kepala Dinas"));
  g_assert_nonnull (strstr (flat, "Dr. Sri Wahyuni, M.Pd. Pembina Tk. I, IV/b "
                                  "NIP. 19750312 199903 2 002"));
  g_assert_nonnull (strstr (text, "Halaman 1 dari 1"));
  {
    g_autofree char *pdffonts = g_find_program_in_path ("pdffonts");
    const char *argv[] = { pdffonts, pdf, NULL };
    g_autofree char *fonts = NULL;

    g_assert_nonnull (pdffonts);
    fonts = kn_test_run_program (argv);
    g_assert_nonnull (strstr (fonts, "NotoSans"));
    g_assert_null (strstr (fonts, "DejaVu"));
  }
}

static void
test_xlsx (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(KnSkmReport) report = make_report (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (fixture->folder, "laporan-skm.xlsx", NULL);
  g_autofree char *cells = NULL;
  const char *script =
    "import sys, openpyxl\n"
    "wb = openpyxl.load_workbook(sys.argv[1])\n"
    "ws = wb['Hasil SKM']\n"
    "for row in ws.iter_rows(values_only=True):\n"
    "    vals = [repr(v) for v in row if v is not None]\n"
    "    if vals: print('|'.join(vals))\n"
    "print('charts', len(ws._charts))\n";

  STOP_IF_FAILED ();
  /* Numbers in the workbook never follow the locale (TESTING.md trap 2). */
  kn_test_use_indonesian ();
  g_assert_true (kn_skm_export_xlsx (report, KN_PAPER_A4, xlsx, &error));
  ASSERT_NO_ERROR (error);
  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip (PYTHON " is missing: cannot read the workbook back");
      return;
    }
  {
    const char *argv[] = { PYTHON, "-c", script, xlsx, NULL };

    cells = kn_test_run_program (argv);
  }
  g_assert_nonnull (strstr (cells, "'LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT'\n"));
  g_assert_nonnull (strstr (cells, "'Jenis layanan'|'Legalisir Ijazah, Mutasi Guru'\n"));
  /* The code in a column of its own, which the chart's axis reads. */
  g_assert_nonnull (strstr (cells, "1|'U1'|'Persyaratan'|4|3.5|0.389|87.5|'B'\n"));
  g_assert_nonnull (strstr (cells,
                            "5|'U5'|'Produk Spesifikasi Jenis Pelayanan'|3|2.67|0.297|66.67|'C'\n"));
  g_assert_nonnull (strstr (cells, "'INDEKS KEPUASAN MASYARAKAT (IKM)'|80.32|'B'\n"));
  g_assert_nonnull (strstr (cells, "'Mutu pelayanan: B (Baik)'\n"));
  g_assert_nonnull (strstr (cells, "'Pimpinan Unit Kerja,'\n'Kepala Dinas'\n"
                                   "'Dr. Sri Wahyuni, M.Pd.'\n'Pembina Tk. I, IV/b'\n"
                                   "'NIP. 19750312 199903 2 002'\n"));
  g_assert_nonnull (strstr (cells, "charts 1\n"));

  /* The chart's axis says U1–U9 as the PDF's does, not the names rotated (review 16: the bars
   * were a thin strip under them); every row of the table, U8's two-line name too, keeps its
   * figures at the top. The unsur's header, and its number, span the code and the name. */
  {
    g_autofree char *checker = g_test_build_filename (G_TEST_DIST, "data", "check-xlsx.py", NULL);
    const char *spec =
      "{\"zip_contains\": {\"xl/charts/chart1.xml\": [\"<c:v>U1</c:v>\", \"<c:v>U9</c:v>\"]},"
      " \"zip_lacks\": {\"xl/charts/chart1.xml\": [\"Persyaratan\", \"Penanganan\"]},"
      " \"sheets\": {\"Hasil SKM\": {\"row_vertical\": ["
      "   [\"Penanganan Pengaduan, Saran dan Masukan\", \"top\"], [\"Persyaratan\", \"top\"]],"
      "   \"merged_across\": [[\"UNSUR PELAYANAN\", 2], [\"(2)\", 2]]}}}";
    const char *argv[] = { PYTHON, checker, xlsx, spec, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    int status = 0;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                                 &err, &status, NULL));
    if (!g_spawn_check_wait_status (status, NULL))
      g_error ("%s does not pass check-xlsx.py:\n%s%s", xlsx, out, err);
  }
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/skm-report/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("data", test_data);
  ADD ("pdf", test_pdf);
  ADD ("xlsx", test_xlsx);

  return g_test_run ();
}
