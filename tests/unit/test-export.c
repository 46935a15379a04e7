/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Excel exports read back the way users' spreadsheets read them: openpyxl for cells, merges
 * and page setup (tests/data/check-xlsx.py), the zip for charts, LibreOffice for printing. */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "kn-test-util.h"

#define PYTHON "/usr/bin/python3"

/* Official guides of the BerAKHLAK core values, in the order of KnCoreValue. */
static const char * const values[KN_CORE_VALUE_N][4] = {
  { "Berorientasi Pelayanan", "Memahami dan memenuhi kebutuhan masyarakat",
    "Ramah, cekatan, solutif, dan dapat diandalkan", "Melakukan perbaikan tiada henti" },
  { "Akuntabel",
    "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
    "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
    "Tidak menyalahgunakan kewenangan jabatan" },
  { "Kompeten", "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
    "Membantu orang lain belajar", "Melaksanakan tugas dengan kualitas terbaik" },
  { "Harmonis", "Menghargai setiap orang apapun latar belakangnya", "Suka menolong orang lain",
    "Membangun lingkungan kerja yang kondusif" },
  { "Loyal",
    "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, "
    "setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
    "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
    "Menjaga rahasia jabatan dan negara" },
  { "Adaptif", "Cepat menyesuaikan diri menghadapi perubahan",
    "Terus berinovasi dan mengembangkan kreativitas", "Bertindak proaktif" },
  { "Kolaboratif", "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
    "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
    "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama" },
};

static const char *const parent_rhk = "Meningkatnya mutu layanan pendidikan menengah";
static const char *const first_rhk =
  "Tersusunnya rekomendasi kebijakan peningkatan mutu SMA negeri";

static KnReportResult *
add_result (KnReport     *report,
            KnResultKind  kind,
            const char   *text,
            const char   *parent,
            const char   *feedback)
{
  return kn_test_report_add_result (report, kind, text, report->jpt ? "" : parent,
                                    report->kind == KN_DOCUMENT_SKP ? "" : feedback);
}

static void
add_indicator (KnReport       *report,
               KnReportResult *result,
               const char     *category,
               const char     *text,
               const char     *target,
               const char     *realization,
               const char     *evidence,
               const char     *capaian)
{
  gboolean skp = report->kind == KN_DOCUMENT_SKP;

  kn_test_add_indicator (result, category, text, target, skp ? "" : realization,
                         skp ? "" : evidence, skp ? "" : capaian);
}

/* A realistic document of a Dinas Pendidikan employee: three IKI under the first RHK (one
 * target 12,5, one "-5 hari"), a second RHK reading "=SUM(A1)" under the same intervened RHK,
 * and a tambahan. */
static KnReport *
report_new (KnDocumentKind  kind,
            const char     *name,
            gboolean        jpt)
{
  static const guint counts[KN_PREDIKAT_N] = {
    [KN_PREDIKAT_KURANG] = 1, [KN_PREDIKAT_BUTUH_PERBAIKAN] = 1, [KN_PREDIKAT_BAIK] = 5,
    [KN_PREDIKAT_SANGAT_BAIK] = 1,
  };
  KnReport *report = kn_test_report_new (kind);
  KnReportResult *result;

  report->jpt = jpt;
  kn_test_person_set (&report->employee, name, "19860926 201505 2 001", "Penata Tk. I, III/d",
                      "Analis Kebijakan Ahli Muda", "Bidang Pembinaan SMA");
  kn_test_person_set (&report->assessor, "Drs. H. Bambang Sutrisno, M.M.", "19700315 199503 1 002",
                      "Pembina, IV/a", "Kepala Bidang Pembinaan SMA", "Bidang Pembinaan SMA");
  kn_test_person_set (&report->superior, "Dr. Ir. Hj. Ratna Dewi, M.Si.", "19680101 199203 2 004",
                      "Pembina Utama Muda, IV/c", "Kepala Dinas Pendidikan dan Kebudayaan",
                      "Dinas Pendidikan dan Kebudayaan");

  result = add_result (report, KN_RESULT_KIND_UTAMA, first_rhk, parent_rhk,
                       "27 Maret 2026: Rekomendasi sudah baik, pertahankan kualitas kajian.");
  add_indicator (report, result, jpt ? "Penerima Layanan" : "Kuantitas",
                 "Jumlah dokumen rekomendasi kebijakan yang disusun", "12 dokumen", "9 dokumen",
                 "SK Kadis No. 800/123/2026", "75 %");
  add_indicator (report, result, jpt ? "Proses Bisnis" : "Kualitas",
                 "Persentase rekomendasi yang ditindaklanjuti pimpinan", "12,5", "12,5",
                 "Notulen rapat pimpinan", "100 %");
  add_indicator (report, result, jpt ? "Anggaran" : "Waktu",
                 "Percepatan penyelesaian kajian dari jadwal", "-5 hari", "-4 hari",
                 "Laporan kajian", "93,75 %");
  result = add_result (report, KN_RESULT_KIND_UTAMA, "=SUM(A1)", parent_rhk, "");
  add_indicator (report, result, jpt ? "Penguatan Internal" : "Kuantitas",
                 "+62 laporan pengaduan yang ditangani", "@4 laporan", "4 laporan",
                 "Rekap pengaduan", "100 %");
  result = add_result (report, KN_RESULT_KIND_TAMBAHAN,
                       "Terlaksananya bimbingan teknis Kurikulum Merdeka bagi guru SMA", "", "");
  add_indicator (report, result, jpt ? "Penerima Layanan" : "Kuantitas",
                 "Jumlah sekolah yang dibimbing", "10 sekolah", "10 sekolah",
                 "Daftar hadir bimtek", "100 %");

  for (guint v = 0; v < KN_CORE_VALUE_N; v++)
    {
      report->behaviour[v].value = g_strdup (values[v][0]);
      for (guint g = 0; g < 3; g++)
        report->behaviour[v].guides[g] = g_strdup (values[v][g + 1]);
      report->behaviour[v].expectation =
        g_strdup (v == KN_CORE_VALUE_AKUNTABEL ? "+ Menyelesaikan laporan tepat waktu" : "");
      report->behaviour[v].feedback =
        g_strdup (kind != KN_DOCUMENT_SKP && v == KN_CORE_VALUE_AKUNTABEL
                  ? "20 Maret 2026: Laporan bulanan selalu tepat waktu." : "");
    }

  for (guint s = 0; s < KN_ATTACHMENT_N; s++)
    report->attachments[s] = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (report->attachments[KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA],
                   g_strdup ("Anggaran bimtek Rp 150.000.000"));
  g_ptr_array_add (report->attachments[KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA],
                   g_strdup ("Ruang rapat Bidang Pembinaan SMA"));
  g_ptr_array_add (report->attachments[KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN],
                   g_strdup ("Laporan bulanan kepada Kepala Bidang"));

  report->sign_date = g_strdup (kind == KN_DOCUMENT_SKP ? "Bandar Lampung, 2 Januari 2026"
                                                        : "Bandar Lampung, 31 Maret 2026");
  kn_test_report_set_final (report, (KnPeriod) { 2026, KN_PERIOD_QUARTER, 1 },
                            "=Perlu peningkatan kompetensi penyusunan kebijakan berbasis data.",
                            counts);

  return report;
}

static KnRecapReport *
recap_new (void)
{
  static const struct
  {
    const char *name;
    const char *nip;
    const char *rank;
    const char *position;
    KnRating    result;
    KnRating    behaviour;
  } people[] = {
    { "Drs. H. Bambang Sutrisno, M.M.", "19700315 199503 1 002", "Pembina, IV/a",
      "Kepala Bidang Pembinaan SMA", KN_RATING_ABOVE, KN_RATING_ABOVE },
    { "Dr. Hj. Siti Aminah, S.Pd., M.Pd.", "19860926 201505 2 001", "Penata Tk. I, III/d",
      "Analis Kebijakan Ahli Muda", KN_RATING_ABOVE, KN_RATING_AS_EXPECTED },
    { "Ahmad Fauzi, S.Kom.", "19900512 201903 1 004", "Penata Muda Tk. I, III/b",
      "Pranata Komputer Ahli Pertama", KN_RATING_AS_EXPECTED, KN_RATING_AS_EXPECTED },
    { "Nurhayati, S.E.", "19880812 202121 2 001", "IX", "Analis Keuangan", KN_RATING_AS_EXPECTED,
      KN_RATING_AS_EXPECTED },
    { "Rudi Hartono, A.Md.", "19920304 201801 1 003", "Pengatur Tk. I, II/d", "-",
      KN_RATING_AS_EXPECTED, KN_RATING_ABOVE },
    { "Ma'ruf Amin, S.H.", "19850707 201001 1 009", "Penata, III/c", "Analis Hukum",
      KN_RATING_AS_EXPECTED, KN_RATING_AS_EXPECTED },
    { "Yuliana, S.Sos.", "19910218 201902 2 006", "Penata Muda, III/a", "Pengelola Data",
      KN_RATING_BELOW, KN_RATING_AS_EXPECTED },
    { "Joko Susilo", "19800909 200604 1 011", "Pengatur, II/c", "Pengadministrasi Umum",
      KN_RATING_AS_EXPECTED, KN_RATING_BELOW },
    { "Dewi Lestari, S.Pd.", "19950101 202203 2 002", "Penata Muda, III/a", "Guru Ahli Pertama",
      KN_RATING_NONE, KN_RATING_NONE },
  };
  KnRecapReport *report = kn_test_recap_new ("Dinas Pendidikan dan Kebudayaan / "
                                             "Bidang Pembinaan SMA",
                                             (KnPeriod) { 2026, KN_PERIOD_QUARTER, 1 });
  kn_test_person_set (&report->leader, "Drs. H. Bambang Sutrisno, M.M.", "19700315 199503 1 002",
                      "Pembina, IV/a", "Kepala Bidang Pembinaan SMA", "Bidang Pembinaan SMA");
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      KnRecapRow *row = g_new0 (KnRecapRow, 1);

      kn_test_person_set (&row->person, people[i].name, people[i].nip, people[i].rank,
                          people[i].position, i == 3 ? "=SUM(A1)" : "Bidang Pembinaan SMA");
      row->rating_result = people[i].result;
      row->rating_behaviour = people[i].behaviour;
      row->predikat = kn_predikat_from_ratings (people[i].result, people[i].behaviour);
      row->final = i % 2 == 0;
      report->counts[row->predikat]++;
      g_ptr_array_add (report->rows, row);
    }
  g_ptr_array_add (report->pattern, g_strdup ("Baik adalah kelompok terbesar"));
  g_ptr_array_add (report->pattern, g_strdup ("Baik paling banyak 70 %"));
  g_ptr_array_add (report->pattern,
                   g_strdup ("Paling sedikit satu Butuh Perbaikan atau Kurang/Misconduct"));
  g_ptr_array_add (report->violations,
                   g_strdup ("-Baik seharusnya paling banyak 70 %, tetapi ada 5 dari 8 (62,5 %)."));
  report->sign_date = g_strdup ("Bandar Lampung, 31 Maret 2026");

  return report;
}

static char *
make_dir (void)
{
  return kn_test_make_folder ("kinerja-export-XXXXXX");
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* The spec is written with ` for " to stay readable in C. */
static char *
json (const char *spec)
{
  char *text = g_strdup (spec);

  g_strdelimit (text, "`", '"');
  return text;
}

/* Runs tests/data/check-xlsx.py on @path; fails the test with its messages. */
static gboolean
check_workbook (const char *path,
                const char *spec)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "data", "check-xlsx.py", NULL);
  g_autofree char *spec_json = json (spec);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { PYTHON, script, path, spec_json, NULL };
  int status = 0;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip (PYTHON " is missing: cannot read the workbook back");
      return FALSE;
    }

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    {
      g_test_skip ("openpyxl is missing for " PYTHON " (apt install python3-openpyxl)");
      return FALSE;
    }
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s does not pass check-xlsx.py:\n%s%s", path, out, err);
  return TRUE;
}

static void
export_one (const KnReport *report,
            KnPaper         paper,
            const char     *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_export_reports_xlsx (&report, 1, paper, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

#define COMMON_FORM \
  "`fit_width`: 1, `fit_height`: 0, `print_area`: true, `footer`: `Halaman &P dari &N`"

static void
test_skp (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "SKP Siti Aminah.xlsx", NULL);
  g_autoptr(KnReport) report = report_new (KN_DOCUMENT_SKP, "Dr. Hj. Siti Aminah, S.Pd., M.Pd.",
                                           FALSE);

  export_one (report, KN_PAPER_A4, path);
  /* Only the workbook is left in the folder: the temporary file was renamed. */
  g_assert_cmpuint (count_entries (dir), ==, 1);

  check_workbook (path,
    "{`sheet_names`: [`Dr. Hj. Siti Aminah`], `sheets`: {`Dr. Hj. Siti Aminah`: {"
    "  `paper`: 9, `orientation`: `portrait`, " COMMON_FORM ","
    "  `cells`: [[`A2`, `SASARAN KINERJA PEGAWAI`, `s`],"
    "            [`A3`, `PENDEKATAN HASIL KERJA KUANTITATIF`, `s`],"
    "            [`A4`, `BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL`, `s`]],"
    "  `find`: [[`=SUM(A1)`, `s`], [`-5 hari`, `s`], [`12 dokumen`, `s`], [12.5, `n`],"
    "           [`@4 laporan`, `s`], [`+62 laporan pengaduan yang ditangani`, `s`],"
    "           [`+ Menyelesaikan laporan tepat waktu`, `s`],"
    "           [`19860926 201505 2 001`, `s`], [`NIP. 19860926 201505 2 001`, `s`],"
    "           [`Dr. Hj. Siti Aminah, S.Pd., M.Pd.`, `s`],"
    "           [`PEGAWAI YANG DINILAI`, `s`], [`PEJABAT PENILAI KINERJA`, `s`],"
    "           [`NAMA`, `s`], [`NIP`, `s`], [`PANGKAT/GOL. RUANG`, `s`], [`JABATAN`, `s`],"
    "           [`UNIT KERJA`, `s`], [`A. UTAMA`, `s`], [`B. TAMBAHAN`, `s`],"
    "           [`(1)`, `s`], [`(6)`, `s`], [`ASPEK`, `s`], [`TARGET`, `s`],"
    "           [`RENCANA HASIL KERJA PIMPINAN/ATASAN YANG DIINTERVENSI`, `s`],"
    "           [`PERILAKU KERJA`, `s`], [`EKSPEKTASI KHUSUS PIMPINAN`, `s`],"
    "           [`Pegawai yang Dinilai,`, `s`], [`Pejabat Penilai Kinerja,`, `s`],"
    "           [`Bandar Lampung, 2 Januari 2026`, `s`],"
    "           [`LAMPIRAN SASARAN KINERJA PEGAWAI`, `s`], [`DUKUNGAN SUMBER DAYA`, `s`],"
    "           [`Anggaran bimtek Rp 150.000.000`, `s`], [`KONSEKUENSI`, `s`], [7, `n`]],"
    "  `absent`: [`(7)`, `PERSPEKTIF`, `REALISASI BERDASARKAN BUKTI DUKUNG`, 12],"
    "  `merged_down`: [[`Tersusunnya rekomendasi kebijakan peningkatan mutu SMA negeri`, 3],"
    "                  [`Meningkatnya mutu layanan pendidikan menengah`, 4], [1, 3]],"
    "  `merged_across`: [[`SASARAN KINERJA PEGAWAI`, 6], [`A. UTAMA`, 6],"
    "                    [`PEGAWAI YANG DINILAI`, 2]]"
    "}}}");

  kn_test_remove_tree (dir);
}

static void
test_evaluation (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "evaluasi.xlsx", NULL);
  g_autoptr(KnReport) report = report_new (KN_DOCUMENT_EVALUASI,
                                           "Dr. Hj. Siti Aminah, S.Pd., M.Pd.", FALSE);

  export_one (report, KN_PAPER_F4, path);
  check_workbook (path,
    "{`sheets`: {`Dr. Hj. Siti Aminah`: {"
    "  `paper`: 14, `orientation`: `landscape`, " COMMON_FORM ","
    "  `cells`: [[`A2`, `EVALUASI KINERJA PEGAWAI`, `s`],"
    "            [`A5`, `PERIODE: TRIWULAN I/II/III/IV-AKHIR`, `s`]],"
    "  `find`: [[`(1)`, `s`], [`(7)`, `s`], [`(8)`, `s`], [`REALISASI`, `s`], [`CAPAIAN`, `s`],"
    "           [`BUKTI DUKUNG`, `s`], [12.5, `n`], [75, `n`], [93.75, `n`], [100, `n`],"
    "           [`9 dokumen`, `s`], [`-4 hari`, `s`], [`12 dokumen`, `s`], [`=SUM(A1)`, `s`],"
    "           [`SK Kadis No. 800/123/2026`, `s`],"
    "           [`27 Maret 2026: Rekomendasi sudah baik, pertahankan kualitas kajian.`, `s`],"
    "           [`20 Maret 2026: Laporan bulanan selalu tepat waktu.`, `s`],"
    "           [`CAPAIAN KINERJA ORGANISASI*`, `s`],"
    "           [`ISTIMEWA/BAIK/BUTUH PERBAIKAN/KURANG/SANGAT KURANG`, `s`],"
    "           [`POLA DISTRIBUSI\\nKurva distribusi predikat kinerja pegawai pada unit kerja`,"
    "            `s`], [`SANGAT BAIK`, `s`], [5, `n`],"
    "           [`RATING HASIL KERJA*`, `s`], [`RATING PERILAKU KERJA*`, `s`],"
    "           [`DI ATAS EKSPEKTASI/SESUAI EKSPEKTASI/DI BAWAH EKSPEKTASI`, `s`],"
    "           [`PREDIKAT KINERJA PEGAWAI*`, `s`],"
    "           [`SANGAT BAIK/BAIK/BUTUH PERBAIKAN/KURANG/SANGAT KURANG`, `s`]],"
    "  `absent`: [`(9)`, `LAMPIRAN SASARAN KINERJA PEGAWAI`, `12,5`],"
    "  `merged_down`: [[`Tersusunnya rekomendasi kebijakan peningkatan mutu SMA negeri`, 3],"
    "                  [`27 Maret 2026: Rekomendasi sudah baik, pertahankan kualitas kajian.`, 3]],"
    "  `merged_across`: [[`REALISASI BERDASARKAN BUKTI DUKUNG`, 3], [`(7)`, 3]]"
    "}},"
    " `zip_contains`: {`xl/charts/chart1.xml`: [`<c:lineChart>`, `KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI`,"
    "                                         `'Dr. Hj. Siti Aminah'!$D$`],"
    "                  `xl/sharedStrings.xml`: [`<strike/>`]}}");

  kn_test_remove_tree (dir);
}

static void
test_dokumen (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "dokumen.xlsx", NULL);
  g_autoptr(KnReport) report = report_new (KN_DOCUMENT_DOKUMEN, "Ahmad Fauzi, S.Kom.", FALSE);

  report->period = (KnPeriod) { 2026, KN_PERIOD_ANNUAL, 0 };
  export_one (report, KN_PAPER_A4, path);
  check_workbook (path,
    "{`sheet_names`: [`Ahmad Fauzi, S.Kom.`], `sheets`: {`Ahmad Fauzi, S.Kom.`: {"
    "  `paper`: 9, `orientation`: `portrait`, " COMMON_FORM ","
    "  `cells`: [[`A2`, `DOKUMEN EVALUASI KINERJA PEGAWAI`, `s`],"
    "            [`A3`, `PERIODE: TRIWULAN I/II/III/IV-AKHIR`, `s`]],"
    "  `find`: [[`NAMA INSTANSI`, `s`], [`Pemerintah Provinsi Lampung`, `s`],"
    "           [`PERIODE PENILAIAN`, `s`], [`PEGAWAI YANG DINILAI`, `s`],"
    "           [`PEJABAT PENILAI KINERJA`, `s`], [`ATASAN PEJABAT PENILAI KINERJA`, `s`],"
    "           [`Dr. Ir. Hj. Ratna Dewi, M.Si.`, `s`], [`EVALUASI KINERJA`, `s`],"
    "           [`CAPAIAN KINERJA ORGANISASI`, `s`], [`PREDIKAT KINERJA PEGAWAI`, `s`],"
    "           [`ISTIMEWA/BAIK/BUTUH PERBAIKAN/KURANG/SANGAT KURANG`, `s`],"
    "           [`SANGAT BAIK/BAIK/BUTUH PERBAIKAN/KURANG/SANGAT KURANG`, `s`],"
    "           [`CATATAN/REKOMENDASI`, `s`],"
    "           [`=Perlu peningkatan kompetensi penyusunan kebijakan berbasis data.`, `s`],"
    "           [`NIP. 19700315 199503 1 002`, `s`], [5, `n`], [`Pegawai yang Dinilai,`, `s`]],"
    "  `absent`: [`A. UTAMA`],"
    "  `merged_down`: [[1, 6], [2, 6], [3, 6], [4, 3]],"
    "  `merged_across`: [[`DOKUMEN EVALUASI KINERJA PEGAWAI`, 3]]"
    "}}}");

  kn_test_remove_tree (dir);
}

static void
check_recap (KnPaper paper)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "rekap.xlsx", NULL);
  g_autoptr(KnRecapReport) report = recap_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *spec = NULL;
  guint code = paper == KN_PAPER_A4 ? 9 : 14;

  /* Baik 5 of the 8 rated (Dewi is not rated yet): 62.5 %; Kurang 1 of 8: 12.5 %. */
  g_assert_cmpuint (report->counts[KN_PREDIKAT_BAIK], ==, 5);
  g_assert_cmpuint (report->counts[KN_PREDIKAT_NONE], ==, 1);

  g_assert_true (kn_export_recap_xlsx (report, paper, path, &error));
  g_assert_no_error (error);

  spec = g_strdup_printf (
    "{`sheet_names`: [`Rekap`, `Grafik`], `sheets`: {"
    " `Rekap`: {`paper`: %u, `orientation`: `landscape`, " COMMON_FORM ","
    ""
    "  `cells`: [[`A1`, `PENETAPAN PREDIKAT KINERJA PEGAWAI`, `s`]],"
    "  `find`: [[`(1)`, `s`], [`(10)`, `s`], [`Dr. Hj. Siti Aminah, S.Pd., M.Pd.`, `s`],"
    "           [`Ma'ruf Amin, S.H.`, `s`], [`19880812 202121 2 001`, `s`], [`-`, `s`],"
    "           [`=SUM(A1)`, `s`], [`DI ATAS EKSPEKTASI`, `s`], [`SANGAT BAIK`, `s`],"
    "           [`Final`, `s`], [`Draf`, `s`], [9, `n`], [8, `n`], [5, `n`],"
    "           [0.125, `n`], [0.625, `n`], [`BELUM DINILAI`, `s`],"
    "           [`CAPAIAN KINERJA ORGANISASI: BAIK`, `s`],"
    "           [`2. Baik paling banyak 70 %%`, `s`],"
    "           [`1. -Baik seharusnya paling banyak 70 %%, tetapi ada 5 dari 8 (62,5 %%).`, `s`],"
    "           [`Kepala Bidang Pembinaan SMA`, `s`], [`NIP. 19700315 199503 1 002`, `s`]],"
    "  `absent`: [`(11)`]},"
    " `Grafik`: {`paper`: %u, `orientation`: `landscape`, `footer`: `Halaman &P dari &N`,"
    "  `cells`: [[`A1`, `GRAFIK DISTRIBUSI PREDIKAT KINERJA PEGAWAI`, `s`]]}},"
    " `zip_contains`: {`xl/charts/chart1.xml`: [`<c:barChart>`, `<c:barDir val=\\`col\\`/>`,"
    "                                         `Rekap!$B$`, `Rekap!$C$`, `<c:v>5</c:v>`]}}",
    code, code);
  check_workbook (path, spec);

  kn_test_remove_tree (dir);
}

static void
test_recap_a4 (void)
{
  check_recap (KN_PAPER_A4);
}

static void
test_recap_f4 (void)
{
  check_recap (KN_PAPER_F4);
}

/* A unit in one workbook: one sheet per document, names unique and valid for Excel. */
static void
test_unit (void)
{
  static const struct
  {
    KnDocumentKind kind;
    const char    *name;
    gboolean       jpt;
  } documents[] = {
    { KN_DOCUMENT_SKP, "Ahmad Fauzi, S.Kom.", FALSE },
    { KN_DOCUMENT_SKP, "Ahmad Fauzi, S.Kom.", FALSE },
    { KN_DOCUMENT_EVALUASI, "AHMAD FAUZI, S.KOM.", FALSE },
    { KN_DOCUMENT_EVALUASI, "Ma'ruf Amin, S.H.", TRUE },
    { KN_DOCUMENT_DOKUMEN, "Rahmat [Plt.] Kasi: Data/Informasi*?", FALSE },
    { KN_DOCUMENT_SKP, "Prof. Dr. Ir. H. Muhammad Abdurrahman Wahidin Syamsuddin, M.Sc.", TRUE },
    { KN_DOCUMENT_DOKUMEN, "'Aisyah Putri'", FALSE },
    { KN_DOCUMENT_DOKUMEN, "", FALSE },
    { KN_DOCUMENT_DOKUMEN, "History", FALSE },
    { KN_DOCUMENT_DOKUMEN, "Rahmat [Plt.] Kasi: Data/Informasi*?", FALSE },
    { KN_DOCUMENT_DOKUMEN, "Ni Komang Viśnu Dewi, S.Pd.", FALSE },
  };
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "unit.xlsx", NULL);
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) kn_report_free);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    g_ptr_array_add (reports, report_new (documents[i].kind, documents[i].name, documents[i].jpt));

  g_assert_true (kn_export_reports_xlsx ((const KnReport *const *) reports->pdata, reports->len,
                                         KN_PAPER_A4, path, &error));
  g_assert_no_error (error);

  check_workbook (path,
    "{`valid_sheet_names`: true,"
    " `sheet_names`: [`Ahmad Fauzi, S.Kom.`, `Ahmad Fauzi, S.Kom. (2)`, `AHMAD FAUZI, S.KOM. (3)`,"
    "                 `Ma'ruf Amin, S.H.`, `Rahmat Plt. Kasi Data Informasi`,"
    "                 `Prof. Dr. Ir. H. Muhammad Abdur`, `Aisyah Putri`, `Pegawai`,"
    "                 `History (2)`, `Rahmat Plt. Kasi Data Infor (2)`,"
    "                 `Ni Komang Viśnu Dewi, S.Pd.`],"
    " `sheets`: {"
    "  `Ahmad Fauzi, S.Kom. (2)`: {`paper`: 9, `orientation`: `portrait`, " COMMON_FORM ","
    " `cells`: [[`A2`, `SASARAN KINERJA PEGAWAI`, `s`]]},"
    "  `AHMAD FAUZI, S.KOM. (3)`: {`orientation`: `landscape`,"
    "   `cells`: [[`A2`, `EVALUASI KINERJA PEGAWAI`, `s`]]},"
    "  `Ma'ruf Amin, S.H.`: {`orientation`: `landscape`,"
    "   `find`: [[`PERSPEKTIF`, `s`], [`Proses Bisnis`, `s`], [12.5, `n`],"
    "            [`BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI`, `s`]],"
    "   `absent`: [`(8)`, `ASPEK`, `RENCANA HASIL KERJA PIMPINAN/ATASAN YANG DIINTERVENSI`],"
    "   `merged_across`: [[`REALISASI BERDASARKAN BUKTI DUKUNG`, 3]],"
    "   `merged_down`: [[`Tersusunnya rekomendasi kebijakan peningkatan mutu SMA negeri`, 3]]},"
    "  `Prof. Dr. Ir. H. Muhammad Abdur`: {`orientation`: `portrait`,"
    ""
    "   `find`: [[`PERSPEKTIF`, `s`], [`Penerima Layanan`, `s`],"
    "            [`Prof. Dr. Ir. H. Muhammad Abdurrahman Wahidin Syamsuddin, M.Sc.`, `s`]],"
    "   `absent`: [`(6)`, `ASPEK`],"
    "   `merged_across`: [[`Tersusunnya rekomendasi kebijakan peningkatan mutu SMA negeri`, 2]]},"
    "  `Pegawai`: {`cells`: [[`A2`, `DOKUMEN EVALUASI KINERJA PEGAWAI`, `s`]]}},"
    " `zip_contains`: {`xl/workbook.xml`: [`'Ma''ruf Amin, S.H.'!`],"
    "                  `xl/charts/chart2.xml`: [`'Ma''ruf Amin, S.H.'!$D$`, `<c:v>5</c:v>`]}}");

  kn_test_remove_tree (dir);
}

/* Under id_ID the C library writes 12.5 as "12,5": the export must still write 12.5
 * (TESTING.md trap 2) and leave the process locale as it found it. */
static void
test_indonesian_locale (void)
{
  const char *dir_env = "KINERJA_TEST_EXPORT_DIR";
  g_autofree char *dir = NULL;
  g_autofree char *evaluation = NULL;
  g_autofree char *recap = NULL;
  locale_t indonesian;

  if (g_test_subprocess ())
    {
      g_autoptr(KnReport) report = report_new (KN_DOCUMENT_EVALUASI, "Nurhayati, S.E.", FALSE);
      g_autoptr(KnRecapReport) unit = recap_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *shown = NULL;

      evaluation = g_build_filename (g_getenv (dir_env), "evaluasi.xlsx", NULL);
      recap = g_build_filename (g_getenv (dir_env), "rekap.xlsx", NULL);

      g_assert_nonnull (setlocale (LC_ALL, "id_ID.UTF-8"));
      /* The trap is armed: this process prints decimals with a comma. */
      shown = g_strdup_printf ("%.1f", 12.5);
      g_assert_cmpstr (shown, ==, "12,5");

      g_assert_true (kn_export_reports_xlsx ((const KnReport *const *) &report, 1, KN_PAPER_F4,
                                             evaluation, &error));
      g_assert_no_error (error);
      g_assert_true (kn_export_recap_xlsx (unit, KN_PAPER_F4, recap, &error));
      g_assert_no_error (error);

      g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");
      return;
    }

  indonesian = newlocale (LC_ALL_MASK, "id_ID.UTF-8", (locale_t) 0);
  if (indonesian == (locale_t) 0)
    {
      g_test_skip ("The id_ID.UTF-8 locale is not installed (locale-gen id_ID.UTF-8)");
      return;
    }
  freelocale (indonesian);

  dir = make_dir ();
  evaluation = g_build_filename (dir, "evaluasi.xlsx", NULL);
  recap = g_build_filename (dir, "rekap.xlsx", NULL);
  g_setenv (dir_env, dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv (dir_env);
  g_test_trap_assert_passed ();

  check_workbook (evaluation,
    "{`sheets`: {`Nurhayati, S.E.`: {`paper`: 14, `fit_width`: 1,"
    "  `find`: [[12.5, `n`], [93.75, `n`], [75, `n`]], `absent`: [125, 9375, `12,5`]}}}");
  check_workbook (recap,
    "{`sheets`: {`Rekap`: {`find`: [[0.125, `n`], [0.625, `n`]], `absent`: [125, 625]}}}");

  kn_test_remove_tree (dir);
}

static gboolean
run (const char *const *argv,
     char              **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *ignored = NULL;
  int status = 0;

  /* Standard output is always captured: what a program prints must not reach the TAP stream. */
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     out != NULL ? out : &ignored, &err,
                     &status, &error))
    {
      g_test_message ("%s: %s", argv[0], error->message);
      return FALSE;
    }
  if (!g_spawn_check_wait_status (status, &error))
    {
      g_test_message ("%s: %s\n%s", argv[0], error->message, err);
      return FALSE;
    }
  return TRUE;
}

/* Opens the workbook the way a user prints it: LibreOffice converts it to a PDF. */
static void
test_libreoffice (void)
{
  g_autofree char *office = g_find_program_in_path ("libreoffice");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *profile_uri = NULL;
  g_autofree char *installation = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(KnReport) report = NULL;
  gsize length = 0;

  if (office == NULL)
    {
      g_test_skip ("libreoffice is not on PATH (apt install libreoffice-calc-nogui): the "
                   "workbook is not converted to PDF");
      return;
    }

  dir = make_dir ();
  path = g_build_filename (dir, "skp.xlsx", NULL);
  pdf = g_build_filename (dir, "skp.pdf", NULL);
  profile = g_build_filename (dir, "profile", NULL);
  profile_uri = g_filename_to_uri (profile, NULL, NULL);
  installation = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  report = report_new (KN_DOCUMENT_SKP, "Dr. Hj. Siti Aminah, S.Pd., M.Pd.", FALSE);
  export_one (report, KN_PAPER_F4, path);

  {
    const char *argv[] = { office, installation, "--headless", "--convert-to", "pdf", "--outdir",
                           dir, path, NULL };

    g_assert_true (run (argv, NULL));
  }

  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  /* With poppler-utils: the page is F4 (Folio, 612 × 936 pt), the form and its footer print. */
  if (pdfinfo != NULL)
    {
      const char *argv[] = { pdfinfo, pdf, NULL };

      g_assert_true (run (argv, &info));
      g_assert_nonnull (strstr (info, "612 x 936 pts"));
    }
  if (pdftotext != NULL)
    {
      const char *argv[] = { pdftotext, "-layout", pdf, "-", NULL };

      g_assert_true (run (argv, &text));
      g_assert_nonnull (strstr (text, "SASARAN KINERJA PEGAWAI"));
      g_assert_nonnull (strstr (text, "=SUM(A1)"));
      g_assert_nonnull (strstr (text, "LAMPIRAN SASARAN KINERJA PEGAWAI"));
      g_assert_nonnull (strstr (text, "Halaman 1 dari"));
    }

  kn_test_remove_tree (dir);
}

/* The percentages of a workbook read as Indonesian whatever the viewer's language, as the PDF
 * prints them: their number formats carry the Indonesian locale ([$-421]), which LibreOffice
 * follows, so under LANG=C.UTF-8 it shows "62,50 %" and "93,75 %", never "62.5%". The cells stay
 * numbers. */
static void
test_libreoffice_locale (void)
{
  g_autofree char *office = g_find_program_in_path ("soffice");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = NULL;
  g_autofree char *profile_uri = NULL;
  g_autofree char *installation = NULL;
  g_autoptr(KnRecapReport) recap = recap_new ();
  g_autoptr(KnReport) report = report_new (KN_DOCUMENT_EVALUASI, "Nurhayati, S.E.", FALSE);
  g_autoptr(GError) error = NULL;
  const char *names[] = { "rekap", "evaluasi" };

  if (office == NULL || pdftotext == NULL)
    {
      g_test_skip ("soffice (apt install libreoffice-calc-nogui) or pdftotext is not on PATH: "
                   "the workbook's numbers are not seen as LibreOffice shows them");
      return;
    }

  dir = make_dir ();
  {
    g_autofree char *profile = g_build_filename (dir, "profile", NULL);

    profile_uri = g_filename_to_uri (profile, NULL, NULL);
  }
  installation = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  {
    g_autofree char *path = g_build_filename (dir, "rekap.xlsx", NULL);

    g_assert_true (kn_export_recap_xlsx (recap, KN_PAPER_A4, path, &error));
    g_assert_no_error (error);
  }
  {
    g_autofree char *path = g_build_filename (dir, "evaluasi.xlsx", NULL);

    export_one (report, KN_PAPER_A4, path);
  }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *xlsx = g_strdup_printf ("%s/%s.xlsx", dir, names[i]);
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, names[i]);
      const char *argv[] = { "env", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "LANGUAGE=", office,
                             installation, "--headless", "--convert-to", "pdf", "--outdir", dir,
                             xlsx, NULL };
      const char *text_argv[] = { pdftotext, "-layout", pdf, "-", NULL };
      g_autofree char *text = NULL;

      g_assert_true (run (argv, NULL));
      g_assert_true (run (text_argv, &text));
      if (i == 0)
        {
          /* 5 of 8 Baik, 1 of 8 Kurang: the shares as the PDF prints them, two decimals. */
          g_assert_nonnull (strstr (text, "12,50 %"));
          g_assert_nonnull (strstr (text, "62,50 %"));
          g_assert_nonnull (strstr (text, "100,00 %"));
          g_assert_null (strstr (text, "62.5"));
          g_assert_null (strstr (text, "12.5"));
        }
      else
        {
          g_assert_nonnull (strstr (text, "93,75 %"));
          /* Every capaian with two decimals, as kn_format_doc_percent writes them. */
          g_assert_nonnull (strstr (text, "75,00 %"));
          g_assert_nonnull (strstr (text, "100,00 %"));
          g_assert_nonnull (strstr (text, "12,5"));
          g_assert_null (strstr (text, "93.75"));
          g_assert_null (strstr (text, "12.5"));
        }
    }

  /* Still numbers for whoever computes with them. */
  {
    g_autofree char *path = g_build_filename (dir, "rekap.xlsx", NULL);

    check_workbook (path, "{`sheets`: {`Rekap`: {`find`: [[0.625, `n`]]}}}");
  }

  kn_test_remove_tree (dir);
}

/* A draft with nothing filled in yet: no RHK, no ratings, no pattern, a month period. */
static KnReport *
report_empty_new (KnDocumentKind kind)
{
  KnReport *report = g_new0 (KnReport, 1);

  report->kind = kind;
  report->instansi = g_strdup ("");
  report->opd = g_strdup ("");
  report->kota = g_strdup ("");
  report->approach = g_strdup ("KUALITATIF");
  report->year = 2026;
  report->year_period = g_strdup ("");
  kn_test_person_set (&report->employee, "Pegawai Baru", "", "", "", "");
  kn_test_person_set (&report->assessor, "", "", "", "", "");
  kn_test_person_set (&report->superior, "", "", "", "", "");
  report->results = g_ptr_array_new_with_free_func (kn_test_result_free);
  add_result (report, KN_RESULT_KIND_UTAMA, "Terlaksananya tugas tanpa IKI", "", "");
  for (guint v = 0; v < KN_CORE_VALUE_N; v++)
    {
      report->behaviour[v].value = g_strdup (values[v][0]);
      report->behaviour[v].expectation = g_strdup ("");
      report->behaviour[v].feedback = g_strdup ("");
    }
  for (guint s = 0; s < KN_ATTACHMENT_N; s++)
    report->attachments[s] = g_ptr_array_new_with_free_func (g_free);
  report->sign_date = g_strdup ("");
  report->status = g_strdup ("Draf");
  report->period = (KnPeriod) { 2026, KN_PERIOD_MONTH, 3 };
  report->note = g_strdup ("");
  return report;
}

/* The page of @pages (the PDF's text, page by page) that holds @word; -1 when none does. */
static int
page_of (GStrv       pages,
         const char *word)
{
  for (guint i = 0; pages[i] != NULL; i++)
    if (strstr (pages[i], word) != NULL)
      return (int) i;
  return -1;
}

/* How full each page of @pdf is (pdftotext -bbox): the lowest word above the footer
 * ("Halaman …") against the height between the sheet's margins (0.6 and 0.7 inch). */
static GArray *
page_fills (const char *pdftotext,
            const char *pdf)
{
  const char *argv[] = { pdftotext, "-bbox", pdf, "-", NULL };
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GArray *fills = g_array_new (FALSE, TRUE, sizeof (double));
  double height = 0, lowest = 0;

  g_assert_true (run (argv, &text));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);
      double x0, y0, x1, y1;

      if (g_str_has_prefix (line, "<page "))
        {
          const char *h = strstr (line, "height=\"");

          height = h != NULL ? g_ascii_strtod (h + 8, NULL) : 0;
          lowest = 0;
        }
      else if (g_str_has_prefix (line, "</page>") && height > 0)
        {
          double fill = (lowest - 0.6 * 72) / (height - 1.3 * 72);

          g_array_append_val (fills, fill);
        }
      else if (sscanf (line, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\">",
                       &x0, &y0, &x1, &y1) == 4 &&
               strstr (line, ">Halaman<") == NULL && y1 < height - 0.7 * 72)
        lowest = MAX (lowest, y1);
    }
  return fills;
}

/* A long Evaluasi printed the way an office prints it: LibreOffice converts the workbook to PDF.
 * No IKI row, no RHK group and no signature block is split across pages (the first and the last
 * word of each are on one page), and the table header is repeated on every page of the table. */
static void
test_libreoffice_pages (void)
{
  g_autofree char *office = g_find_program_in_path ("soffice");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *ci = g_getenv ("CI");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *profile_uri = NULL;
  g_autofree char *installation = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  g_autoptr(KnReport) report = report_empty_new (KN_DOCUMENT_EVALUASI);
  int last_page = -1;
  guint table_pages = 0;

  if (office == NULL || pdftotext == NULL)
    {
      if (ci != NULL && *ci != '\0' && g_strcmp0 (ci, "false") != 0 && g_strcmp0 (ci, "0") != 0)
        {
          g_test_message ("soffice (libreoffice-calc-nogui) and pdftotext (poppler-utils) are "
                          "needed; CI does not skip this test");
          g_test_fail ();
          return;
        }
      g_test_skip ("soffice (apt install libreoffice-calc-nogui) or pdftotext is not on PATH: "
                   "the printed pages of a workbook are not checked");
      return;
    }

  g_ptr_array_set_size (report->results, 0);
  report->period = (KnPeriod) { 2026, KN_PERIOD_ANNUAL, 0 };
  kn_test_person_set (&report->assessor, "Ir. Penilai Terakhir", "19700315 199503 1 002", "IV/c",
                      "Kepala Dinas", "Dinas");
  for (guint r = 0; r < 12; r++)
    {
      g_autofree char *rhk = g_strdup_printf ("rhkawal%02u Meningkatnya mutu layanan pendidikan "
                                              "menengah yang merata dan berkualitas di seluruh "
                                              "kabupaten rhkakhir%02u", r, r);
      KnReportResult *result = add_result (report, KN_RESULT_KIND_UTAMA, rhk, "Sasaran atasan",
                                           "3 Maret 2026: Laporan sudah lengkap dan tepat waktu.");

      for (guint i = 0; i < 2 + r % 2; i++)
        {
          g_autofree char *iki = g_strdup_printf ("ikiawal%02u%u Persentase satuan pendidikan yang "
                                                  "menerapkan kurikulum dengan pendampingan "
                                                  "intensif ikiakhir%02u%u", r, i, r, i);
          g_autofree char *evidence = g_strdup_printf ("Triwulan I: Laporan capaian yang "
                                                       "diverifikasi\nTriwulan II: Laporan capaian "
                                                       "yang diverifikasi\nTriwulan III: Laporan "
                                                       "capaian buktiakhir%02u%u", r, i);

          add_indicator (report, result, "Kuantitas", iki, "100 %", "98", evidence, "98 %");
        }
    }

  dir = make_dir ();
  path = g_build_filename (dir, "evaluasi.xlsx", NULL);
  pdf = g_build_filename (dir, "evaluasi.pdf", NULL);
  {
    g_autofree char *profile = g_build_filename (dir, "profile", NULL);

    profile_uri = g_filename_to_uri (profile, NULL, NULL);
  }
  installation = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  export_one (report, KN_PAPER_A4, path);

  {
    const char *argv[] = { office, installation, "--headless", "--convert-to", "pdf", "--outdir",
                           dir, path, NULL };

    g_assert_true (run (argv, NULL));
  }
  {
    const char *argv[] = { pdftotext, "-raw", pdf, "-", NULL };

    g_assert_true (run (argv, &text));
  }
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), >=, 4);


  for (guint r = 0; r < 12; r++)
    {
      g_autofree char *rhk_first = g_strdup_printf ("rhkawal%02u", r);
      g_autofree char *rhk_last = g_strdup_printf ("ikiakhir%02u%u", r, 1 + r % 2);
      int page = page_of (pages, rhk_first);

      g_assert_cmpint (page, >=, 0);
      /* A group fits on a page here: it is not split. */
      g_assert_cmpint (page_of (pages, rhk_last), ==, page);
      for (guint i = 0; i < 2 + r % 2; i++)
        {
          g_autofree char *first = g_strdup_printf ("ikiawal%02u%u", r, i);
          g_autofree char *last = g_strdup_printf ("buktiakhir%02u%u", r, i);

          g_assert_cmpint (page_of (pages, first), ==, page_of (pages, last));
        }
      if (page != last_page)
        {
          /* Every page of the table starts with its header (its headings wrap in their
           * cells: "INDIKATOR KINERJA" over "INDIVIDU"). */
          g_assert_nonnull (strstr (pages[page], "INDIKATOR KINERJA"));
          table_pages++;
          last_page = page;
        }
    }
  g_assert_cmpuint (table_pages, >=, 2);

  /* The header is the table's own, written where the table goes on: a page without its rows
   * (the perilaku's, the signatures') never starts with it, as print titles repeated over every
   * later page did. */
  {
    int behaviour_page = page_of (pages, KN_FORM_RATING_BEHAVIOUR KN_FORM_SET_MARK);
    guint plain_pages = 0;

    g_assert_cmpint (behaviour_page, >, last_page);
    for (guint p = last_page + 1; pages[p] != NULL; p++)
      {
        if (strstr (pages[p], "rhkawal") != NULL || strstr (pages[p], "ikiawal") != NULL)
          continue;
        g_assert_null (strstr (pages[p], "INDIKATOR KINERJA"));
        g_assert_null (strstr (pages[p], KN_FORM_COL_REALISASI));
        plain_pages += pages[p][0] != '\0';
      }
    g_assert_cmpuint (plain_pages, >=, 1);
  }

  /* The signatures are on the page of the predikat and the last perilaku row. */
  g_assert_cmpint (page_of (pages, "NIP. 19700315 199503 1 002"), ==,
                   page_of (pages, KN_FORM_PREDIKAT KN_FORM_SET_MARK));
  g_assert_cmpint (page_of (pages, "NIP. 19700315 199503 1 002"), ==,
                   page_of (pages, KN_FORM_RATING_BEHAVIOUR KN_FORM_SET_MARK));

  /* The pages are full: with RHK of one IKI each, nothing holds rows together but the page, and
   * LibreOffice scales the page as the breaks were placed for (the workbook's Normal font is
   * Arial, which it has, not Calibri, which it would draw wider), so every page of the table
   * that the table goes on after is full: its lowest text at least 78 % down (the last row
   * runs on below its text; LibreOffice's pages held some 70 % before), on A4 and on F4. */
  g_ptr_array_set_size (report->results, 0);
  for (guint r = 0; r < 30; r++)
    {
      g_autofree char *rhk = g_strdup_printf ("Meningkatnya mutu layanan pendidikan menengah %02u",
                                              r);
      KnReportResult *result = add_result (report, KN_RESULT_KIND_UTAMA, rhk, "Sasaran atasan",
                                           "3 Maret 2026: Laporan sudah lengkap dan tepat waktu.");

      add_indicator (report, result, "Kuantitas", "Persentase satuan pendidikan yang menerapkan "
                     "kurikulum dengan pendampingan intensif", "100 %", "98",
                     "Triwulan I: Laporan capaian yang diverifikasi\nTriwulan II: Laporan capaian",
                     "98 %");
    }
  for (guint paper = KN_PAPER_A4; paper <= KN_PAPER_F4; paper++)
    {
      g_autofree char *name = g_strdup_printf ("penuh-%u", paper);
      g_autofree char *full_xlsx = g_strdup_printf ("%s/%s.xlsx", dir, name);
      g_autofree char *full_pdf = g_strdup_printf ("%s/%s.pdf", dir, name);
      const char *argv[] = { office, installation, "--headless", "--convert-to", "pdf",
                             "--outdir", dir, full_xlsx, NULL };
      const char *text_argv[] = { pdftotext, "-raw", full_pdf, "-", NULL };
      g_autoptr(GArray) fills = NULL;
      g_autofree char *full_text = NULL;
      g_auto(GStrv) full_pages = NULL;
      guint checked = 0;

      export_one (report, paper, full_xlsx);
      g_assert_true (run (argv, NULL));
      g_assert_true (run (text_argv, &full_text));
      full_pages = g_strsplit (full_text, "\f", -1);
      fills = page_fills (pdftotext, full_pdf);
      g_assert_cmpuint (fills->len, >=, 4);
      g_assert_cmpuint (g_strv_length (full_pages), >=, fills->len);
      /* A page of the table that the table goes on after. */
      for (guint i = 0; i + 1 < fills->len; i++)
        {
          g_test_message ("%s, page %u: %.0f %% full", paper == KN_PAPER_F4 ? "F4" : "A4", i + 1,
                          100 * g_array_index (fills, double, i));
          if (strstr (full_pages[i], "menengah") == NULL ||
              strstr (full_pages[i + 1], "menengah") == NULL)
            continue;
          g_assert_cmpfloat (g_array_index (fills, double, i), >=, 0.78);
          checked++;
        }
      g_assert_cmpuint (checked, >=, 2);
    }

  /* An RHK taller than a page goes on to the next one between two of its IKI rows, under the
   * header written again and with the RHK marked "(lanjutan)"; no IKI row is split. */
  g_ptr_array_set_size (report->results, 0);
  {
    KnReportResult *result = add_result (report, KN_RESULT_KIND_UTAMA, "Panjang rhkpanjang",
                                         "Sasaran atasan", "Umpan balik");
    g_autofree char *tall_xlsx = g_build_filename (dir, "panjang.xlsx", NULL);
    g_autofree char *tall_pdf = g_build_filename (dir, "panjang.pdf", NULL);
    const char *argv[] = { office, installation, "--headless", "--convert-to", "pdf",
                           "--outdir", dir, tall_xlsx, NULL };
    const char *text_argv[] = { pdftotext, "-raw", tall_pdf, "-", NULL };
    g_autofree char *tall_text = NULL;
    g_auto(GStrv) tall_pages = NULL;
    guint continued = 0;

    for (guint i = 0; i < 40; i++)
      {
        g_autofree char *iki = g_strdup_printf ("ikimulai%02u Persentase satuan pendidikan yang "
                                                "menerapkan kurikulum ikiselesai%02u", i, i);

        add_indicator (report, result, "Kuantitas", iki, "100 %", "98", "Laporan", "98 %");
      }
    export_one (report, KN_PAPER_A4, tall_xlsx);
    g_assert_true (run (argv, NULL));
    g_assert_true (run (text_argv, &tall_text));
    tall_pages = g_strsplit (tall_text, "\f", -1);
    for (guint i = 0; i < 40; i++)
      {
        g_autofree char *first = g_strdup_printf ("ikimulai%02u", i);
        g_autofree char *last = g_strdup_printf ("ikiselesai%02u", i);
        int page = page_of (tall_pages, first);

        g_assert_cmpint (page, >=, 0);
        g_assert_cmpint (page_of (tall_pages, last), ==, page);
        if (i > 0)
          {
            g_autofree char *previous = g_strdup_printf ("ikimulai%02u", i - 1);

            if (page_of (tall_pages, previous) == page)
              continue;
            /* The first IKI row of a continued page: the header, then the RHK "(lanjutan)". */
            g_assert_nonnull (strstr (tall_pages[page], "INDIKATOR KINERJA"));
            g_assert_true (strstr (tall_pages[page], "INDIKATOR KINERJA") <
                           strstr (tall_pages[page], first));
            g_assert_nonnull (strstr (tall_pages[page], KN_FORM_CONTINUED));
            continued++;
          }
      }
    g_assert_cmpuint (continued, >=, 1);
  }

  kn_test_remove_tree (dir);
}

static void
test_empty (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "kosong.xlsx", NULL);
  g_autofree char *recap_path = g_build_filename (dir, "rekap-kosong.xlsx", NULL);
  g_autoptr(KnReport) skp = report_empty_new (KN_DOCUMENT_SKP);
  g_autoptr(KnReport) evaluation = report_empty_new (KN_DOCUMENT_EVALUASI);
  g_autoptr(KnReport) dokumen = report_empty_new (KN_DOCUMENT_DOKUMEN);
  g_autoptr(KnRecapReport) recap = g_new0 (KnRecapReport, 1);
  const KnReport *reports[] = { skp, evaluation, dokumen };
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_export_reports_xlsx (reports, G_N_ELEMENTS (reports), KN_PAPER_F4, path,
                                         &error));
  g_assert_no_error (error);
  check_workbook (path,
    "{`sheet_names`: [`Pegawai Baru`, `Pegawai Baru (2)`, `Pegawai Baru (3)`],"
    " `sheets`: {"
    "  `Pegawai Baru`: {`paper`: 14, `print_area`: true,"
    "   `find`: [[`Terlaksananya tugas tanpa IKI`, `s`], [`B. TAMBAHAN`, `s`], [`-`, `s`],"
    "            [`Status: Draf`, `s`]], `absent`: [`NIP. -`, `NIP.`, `NIP. `]},"
    "  `Pegawai Baru (2)`: {`find`: [[`PERIODE: MARET`, `s`], [0, `n`]],"
    "   `absent`: [`DI ATAS EKSPEKTASI`]},"
    "  `Pegawai Baru (3)`: {`find`: [[`Status: Draf`, `s`]]}}}");

  recap->instansi = g_strdup ("");
  recap->kota = g_strdup ("");
  recap->unit = g_strdup ("Sekretariat");
  recap->period = (KnPeriod) { 2026, KN_PERIOD_ANNUAL, 0 };
  kn_test_person_set (&recap->leader, "", "", "", "", "");
  recap->rows = g_ptr_array_new_with_free_func (kn_test_recap_row_free);
  recap->pattern = g_ptr_array_new_with_free_func (g_free);
  recap->violations = g_ptr_array_new_with_free_func (g_free);
  recap->sign_date = g_strdup ("");
  g_assert_true (kn_export_recap_xlsx (recap, KN_PAPER_A4, recap_path, &error));
  g_assert_no_error (error);
  check_workbook (recap_path,
    "{`sheet_names`: [`Rekap`, `Grafik`], `sheets`: {`Rekap`: {"
    "  `find`: [[`PERIODE: AKHIR 2026`, `s`], [`Belum ada penilaian pada periode ini.`, `s`],"
    "           [`CAPAIAN KINERJA ORGANISASI: BELUM DITETAPKAN`, `s`], [`Pimpinan Unit Kerja,`, `s`],"
    "           [0, `n`]]}},"
    " `zip_contains`: {`xl/charts/chart1.xml`: [`<c:barChart>`]}}");

  kn_test_remove_tree (dir);
}

static void
assert_failed_naming (GError     *error,
                      const char *path)
{
  g_assert_error (error, KN_EXPORT_ERROR, KN_EXPORT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_missing_folder (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *folder = g_build_filename (dir, "Laporan 2026", NULL);
  g_autofree char *path = g_build_filename (folder, "rekap.xlsx", NULL);
  g_autoptr(KnRecapReport) recap = recap_new ();
  g_autoptr(KnReport) report = report_new (KN_DOCUMENT_SKP, "Ahmad Fauzi, S.Kom.", FALSE);
  g_autoptr(GError) error = NULL;

  g_assert_false (kn_export_recap_xlsx (recap, KN_PAPER_A4, path, &error));
  assert_failed_naming (error, path);
  g_clear_error (&error);

  g_assert_false (kn_export_reports_xlsx ((const KnReport *const *) &report, 1, KN_PAPER_F4, path,
                                          &error));
  assert_failed_naming (error, path);

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, 0);

  kn_test_remove_tree (dir);
}

/* The workbook is complete when the rename fails: the temporary file must go too. */
static void
test_rename_fails (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "evaluasi.xlsx", NULL);
  g_autofree char *inside = g_build_filename (path, "berkas.txt", NULL);
  g_autoptr(KnReport) report = report_new (KN_DOCUMENT_EVALUASI, "Ahmad Fauzi, S.Kom.", FALSE);
  g_autoptr(GError) error = NULL;

  /* A folder that is not empty stands where the workbook should go. */
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "isi", -1, NULL));

  g_assert_false (kn_export_reports_xlsx ((const KnReport *const *) &report, 1, KN_PAPER_A4, path,
                                          &error));
  assert_failed_naming (error, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_entries (dir), ==, 1);

  kn_test_remove_tree (dir);
}

static void
test_read_only_folder (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "skp.xlsx", NULL);
  g_autoptr(KnReport) report = report_new (KN_DOCUMENT_SKP, "Ahmad Fauzi, S.Kom.", FALSE);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  if (g_access (dir, W_OK) == 0)
    {
      g_chmod (dir, 0700);
      kn_test_remove_tree (dir);
      g_test_skip ("Running as root: a read-only folder is still writable");
      return;
    }

  g_assert_false (kn_export_reports_xlsx ((const KnReport *const *) &report, 1, KN_PAPER_A4, path,
                                          &error));
  assert_failed_naming (error, path);
  g_assert_cmpuint (count_entries (dir), ==, 0);

  g_chmod (dir, 0700);
  kn_test_remove_tree (dir);
}

static void
test_replace (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "dokumen.xlsx", NULL);
  g_autoptr(KnReport) report = report_new (KN_DOCUMENT_DOKUMEN, "Ahmad Fauzi, S.Kom.", FALSE);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "versi lama", -1, NULL));
  export_one (report, KN_PAPER_A4, path);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "PK"));
  g_assert_cmpuint (count_entries (dir), ==, 1);
  check_workbook (path, "{`sheet_names`: [`Ahmad Fauzi, S.Kom.`]}");

  kn_test_remove_tree (dir);
}

/* A pipe or a symbolic link at the target is never replaced; a new workbook is its owner's only
 * and a replaced one keeps its mode (issue 12, defects 1 and 2). */
static void
test_only_regular_files (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipa.xlsx", NULL);
  g_autofree char *original = g_build_filename (dir, "asli.txt", NULL);
  g_autofree char *link = g_build_filename (dir, "tautan.xlsx", NULL);
  g_autofree char *fresh = g_build_filename (dir, "baru.xlsx", NULL);
  g_autofree char *shared = g_build_filename (dir, "bersama.xlsx", NULL);
  g_autoptr(KnReport) report = report_new (KN_DOCUMENT_SKP, "Ahmad Fauzi, S.Kom.", FALSE);
  g_autofree char *contents = NULL;
  mode_t old_umask = umask (022);
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_true (g_file_set_contents (original, "tetap", -1, NULL));
  g_assert_cmpint (symlink (original, link), ==, 0);

  for (guint i = 0; i < 2; i++)
    {
      const char *path = i == 0 ? fifo : link;
      g_autoptr(GError) error = NULL;

      g_assert_false (kn_export_reports_xlsx ((const KnReport *const *) &report, 1, KN_PAPER_A4,
                                              path, &error));
      assert_failed_naming (error, path);
    }
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (original, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "tetap");
  g_assert_cmpuint (count_entries (dir), ==, 3);

  export_one (report, KN_PAPER_A4, fresh);
  g_assert_cmpint (g_stat (fresh, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0600);

  g_assert_true (g_file_set_contents (shared, "versi lama", -1, NULL));
  g_assert_cmpint (g_chmod (shared, 0644), ==, 0);
  export_one (report, KN_PAPER_A4, shared);
  g_assert_cmpint (g_stat (shared, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, 0644);
  check_workbook (shared, "{`sheet_names`: [`Ahmad Fauzi, S.Kom.`]}");

  umask (old_umask);
  kn_test_remove_tree (dir);
}

static void
test_nothing (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "kosong.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (kn_export_reports_xlsx (NULL, 0, KN_PAPER_A4, path, &error));
  g_assert_error (error, KN_EXPORT_ERROR, KN_EXPORT_ERROR_FAILED);
  g_assert_cmpuint (count_entries (dir), ==, 0);

  kn_test_remove_tree (dir);
}

/* Quitting while a worker writes a workbook (kn_output_file_remove_pending, as the window's
 * shutdown calls it) leaves no file behind, even when libxlsxwriter opens its file by name after
 * the cleanup: the window's process may end before the worker gets to remove what it made. The
 * child quits as soon as the temporary file is there, then ends at once if the cleanup removed it
 * and it is there again; otherwise it waits for the worker, whose export fails. */
typedef struct
{
  const KnRecapReport *recap;
  const char          *path;
  gint                 done;
  gboolean             written;
} QuitExport;

/* The name of the first entry of @dir, or NULL. */
static char *
first_entry (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name = d != NULL ? g_dir_read_name (d) : NULL;

  return name != NULL ? g_build_filename (dir, name, NULL) : NULL;
}

static gpointer
quit_export_thread (gpointer data)
{
  QuitExport *job = data;

  job->written = kn_export_recap_xlsx (job->recap, KN_PAPER_A4, job->path, NULL);
  g_atomic_int_set (&job->done, 1);
  return NULL;
}

static void
test_quit_while_writing_child (void)
{
  const char *dir = g_getenv ("KN_TEST_EXPORT_DIR");
  g_autofree char *path = g_build_filename (dir, "rekap.xlsx", NULL);
  g_autoptr(KnRecapReport) recap = recap_new ();
  g_autoptr(GThread) thread = NULL;
  QuitExport job = { recap, path, 0, FALSE };
  g_autofree char *temporary = NULL;
  gboolean removed;
  guint people = recap->rows->len;

  /* Long enough that the worksheet is still being written when the cleanup runs. */
  for (guint i = 0; i < 6000; i++)
    {
      const KnRecapRow *row = g_ptr_array_index (recap->rows, i % people);
      KnRecapRow *copy = g_new0 (KnRecapRow, 1);

      kn_test_person_set (&copy->person, row->person.name, row->person.nip, row->person.rank,
                          row->person.position, row->person.unit);
      copy->rating_result = row->rating_result;
      copy->rating_behaviour = row->rating_behaviour;
      copy->predikat = row->predikat;
      g_ptr_array_add (recap->rows, copy);
    }

  thread = g_thread_new ("export", quit_export_thread, &job);
  while ((temporary = first_entry (dir)) == NULL && !g_atomic_int_get (&job.done))
    g_usleep (100);
  g_assert_nonnull (temporary);
  kn_output_file_remove_pending ();
  /* Still there when the worker had made it but not yet listed it: the worker removes it. */
  removed = !g_file_test (temporary, G_FILE_TEST_EXISTS);
  while (!g_atomic_int_get (&job.done))
    {
      if (removed && g_file_test (temporary, G_FILE_TEST_EXISTS))
        _exit (0);
      g_usleep (20);
    }
  g_thread_join (g_steal_pointer (&thread));
  g_assert_false (job.written);
}

static void
test_quit_while_writing (void)
{
  g_autofree char *dir = make_dir ();

  g_setenv ("KN_TEST_EXPORT_DIR", dir, TRUE);
  g_test_trap_subprocess ("/export/quit-while-writing/subprocess", 0,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_assert_cmpuint (count_entries (dir), ==, 0);
  kn_test_remove_tree (dir);
}

/* Rekapitulasi pengembangan kompetensi, from a real store: each person's JP split klasikal and
 * nonklasikal, who reached the target, every activity listed, the head signs. */
static gint64
training_person (KnStore    *store,
                 const char *nip,
                 const char *name,
                 const char *position,
                 gint64      unit_id,
                 gint64      supervisor_id)
{
  return kn_test_add_person (store, nip, name, "III/c", position, KN_POSITION_ADMINISTRATOR,
                             unit_id, supervisor_id);
}

static void
training_activity (KnStore        *store,
                   gint64          employee_id,
                   const char     *date,
                   const char     *title,
                   KnTrainingForm  form,
                   double          hours)
{
  kn_test_add_training (store, employee_id, date, title, form, hours, "=HYPERLINK(\"x\")");
}

/* No name or NIP wraps in the person blocks of any form: each fits its columns on one line as
 * LibreOffice and Excel draw 10 pt Arial (review 16: the assessor's NIP broke as
 * "19820926 201206 2 / 001" in the SKP's 18.7-wide column). */
static void
test_people_one_line (void)
{
  static const struct
  {
    KnDocumentKind kind;
    gboolean       jpt;
  } forms[] = {
    { KN_DOCUMENT_SKP, FALSE }, { KN_DOCUMENT_SKP, TRUE }, { KN_DOCUMENT_EVALUASI, FALSE },
    { KN_DOCUMENT_EVALUASI, TRUE }, { KN_DOCUMENT_DOKUMEN, FALSE },
  };
  g_autofree char *dir = make_dir ();

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/form-%u.xlsx", dir, i);
      g_autoptr(KnReport) report = report_new (forms[i].kind, "Dr. Hj. Siti Aminah, S.Pd., M.Pd.",
                                               forms[i].jpt);

      g_test_message ("form %u", i);
      export_one (report, KN_PAPER_A4, path);
      if (!check_workbook (path,
            "{`sheets`: {`Dr. Hj. Siti Aminah`: {`one_line`: ["
            " `Dr. Hj. Siti Aminah, S.Pd., M.Pd.`, `19860926 201505 2 001`, `Penata Tk. I, III/d`,"
            " `Drs. H. Bambang Sutrisno, M.M.`, `19700315 199503 1 002`, `Pembina, IV/a`]}}}"))
        break;
      if (forms[i].kind == KN_DOCUMENT_DOKUMEN)
        check_workbook (path,
          "{`sheets`: {`Dr. Hj. Siti Aminah`: {`one_line`: ["
          " `Dr. Ir. Hj. Ratna Dewi, M.Si.`, `19680101 199203 2 004`]}}}");
    }

  kn_test_remove_tree (dir);
}

static void
test_training (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *db = g_build_filename (dir, "kinerja.db", NULL);
  g_autofree char *path = g_build_filename (dir, "rekap-jp.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = kn_store_open (db, &error);
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Bidang Mutasi dan Promosi", 0);
  g_autoptr(KnTrainingRecap) recap = NULL;
  const KnTrainingRecapRow *row;
  gint64 head, staff;

  g_assert_no_error (error);
  g_assert_true (kn_store_add_unit (store, unit, &error));
  head = training_person (store, "197503121999032002", "Sri Wahyuni, S.Pd., M.Pd.",
                          "Kepala Bidang Mutasi dan Promosi", kn_org_unit_get_id (unit), 0);
  staff = training_person (store, "199001012015031001", "Budi Rahayu, S.Pd.",
                           "Analis Kepegawaian", kn_org_unit_get_id (unit), head);
  training_activity (store, head, "2026-03-10", "Pelatihan Kepemimpinan Administrator",
                     KN_TRAINING_PELATIHAN, 40);
  training_activity (store, staff, "2026-05-04", "Bimtek SIASN", KN_TRAINING_BIMTEK, 8);
  training_activity (store, staff, "2026-06-20", "Coaching penyusunan SKP",
                     KN_TRAINING_COACHING, 2.5);
  training_activity (store, staff, "2025-12-01", "Seminar tahun lalu", KN_TRAINING_SEMINAR, 6);

  recap = kn_report_build_training_recap (store, kn_org_unit_get_id (unit), 2026, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recap);
  g_assert_cmpuint (recap->rows->len, ==, 2);
  g_assert_cmpuint (recap->reached, ==, 1);
  g_assert_cmpfloat (recap->target, ==, 20);
  g_assert_cmpstr (recap->leader.name, ==, "Sri Wahyuni, S.Pd., M.Pd.");
  row = g_ptr_array_index (recap->rows, 1);
  g_assert_cmpstr (row->person.nip, ==, "19900101 201503 1 001");
  g_assert_cmpfloat (row->hours, ==, 10.5);
  g_assert_cmpuint (row->activities->len, ==, 2);

  g_assert_true (kn_export_training_xlsx (recap, KN_PAPER_F4, path, &error));
  g_assert_no_error (error);
  check_workbook (path,
    "{`sheet_names`: [`Rekap JP`, `Kegiatan`], `sheets`: {"
    " `Rekap JP`: {`paper`: 14, `orientation`: `landscape`, " COMMON_FORM ","
    ""
    "  `cells`: [[`A1`, `REKAPITULASI PENGEMBANGAN KOMPETENSI PEGAWAI`, `s`]],"
    "  `find`: [[`TAHUN 2026`, `s`], [`Budi Rahayu, S.Pd.`, `s`], [`19900101 201503 1 001`, `s`],"
    "           [10.5, `n`], [2.5, `n`], [8, `n`], [40, `n`], [`Memenuhi`, `s`],"
    "           [`Belum memenuhi`, `s`], [`Pegawai yang memenuhi 20 JP: 1 dari 2 orang.`, `s`],"
    "           [`Kepala Bidang Mutasi dan Promosi`, `s`], [`NIP. 19750312 199903 2 002`, `s`]],"
    "  `absent`: [6]},"
    " `Kegiatan`: {`paper`: 14, `orientation`: `landscape`,"
    "  `cells`: [[`A1`, `DAFTAR KEGIATAN PENGEMBANGAN KOMPETENSI`, `s`]],"
    "  `find`: [[`Bimtek SIASN`, `s`], [`Bimbingan Teknis`, `s`], [`Nonklasikal`, `s`],"
    "           [`Klasikal`, `s`], [`=HYPERLINK(\\`x\\`)`, `s`], [3, `n`]],"
    "  `dates`: [[`2026-05-04`, `dd-mm-yyyy`], [`2026-03-10`, `dd-mm-yyyy`]],"
    "  `absent`: [`Seminar tahun lalu`, `04-05-2026`]}}}");

  g_clear_object (&store);
  kn_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/skp", test_skp);
  g_test_add_func ("/export/evaluation", test_evaluation);
  g_test_add_func ("/export/dokumen", test_dokumen);
  g_test_add_func ("/export/recap/a4", test_recap_a4);
  g_test_add_func ("/export/recap/f4", test_recap_f4);
  g_test_add_func ("/export/unit", test_unit);
  g_test_add_func ("/export/empty", test_empty);
  g_test_add_func ("/export/indonesian-locale", test_indonesian_locale);
  g_test_add_func ("/export/libreoffice", test_libreoffice);
  g_test_add_func ("/export/libreoffice-pages", test_libreoffice_pages);
  g_test_add_func ("/export/libreoffice-locale", test_libreoffice_locale);
  g_test_add_func ("/export/error/missing-folder", test_missing_folder);
  g_test_add_func ("/export/error/rename", test_rename_fails);
  g_test_add_func ("/export/error/read-only-folder", test_read_only_folder);
  g_test_add_func ("/export/error/nothing", test_nothing);
  g_test_add_func ("/export/replace", test_replace);
  g_test_add_func ("/export/only-regular-files", test_only_regular_files);
  g_test_add_func ("/export/training", test_training);
  g_test_add_func ("/export/people-one-line", test_people_one_line);
  g_test_add_func ("/export/quit-while-writing", test_quit_while_writing);
  g_test_add_func ("/export/quit-while-writing/subprocess", test_quit_while_writing_child);

  return g_test_run ();
}
