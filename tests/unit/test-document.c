/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the printed documents: page sizes and counts, the text a PDF reader finds in them,
 * atomic writing, and a page rendered to pixels. */

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cairo.h>
#include <glib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-document.h"
#include "kinerja/kn-form-text.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-rules.h"

#include "kn-test-io.h"
#include "kn-test-util.h"

#define A4_WIDTH   595.28
#define A4_HEIGHT  841.89
#define F4_WIDTH   609.45
#define F4_HEIGHT  935.43

static const char * const long_rhk =
  "Meningkatnya kualitas pembelajaran matematika peminatan bagi peserta didik kelas XI dan XII "
  "melalui penerapan model pembelajaran berbasis proyek yang terintegrasi dengan penguatan "
  "profil pelajar Pancasila dan pemanfaatan platform Merdeka Mengajar secara berkelanjutan";

static const char * const long_iki =
  "Persentase peserta didik yang mencapai kriteria ketercapaian tujuan pembelajaran pada "
  "asesmen sumatif akhir semester ganjil dan genap tahun ajaran berjalan";

static const char * const employee_nip = "19860926 201505 2 001";

/* Test data, filled by hand as the builders of kn-report-data.c would */

static GPtrArray *
strv_array (const char * const *lines)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    g_ptr_array_add (array, g_strdup (lines[i]));

  return array;
}

/* A teacher's SKP for 2026 with 3 RHK utama and 1 tambahan, evaluated in Triwulan II. */
static KnReport *
make_report (KnDocumentKind kind)
{
  static const char * const support[] = {
    "Laboratorium komputer dengan 36 unit perangkat yang tersambung ke internet",
    "Anggaran kegiatan pengembangan keprofesian berkelanjutan dari dana BOS", NULL,
  };
  static const char * const accountability[] = {
    "Laporan capaian kinerja disampaikan setiap triwulan kepada kepala sekolah", NULL,
  };
  static const char * const consequence[] = {
    "Capaian kinerja menjadi dasar pemberian tambahan penghasilan pegawai", NULL,
  };
  static const guint counts[KN_PREDIKAT_N] = {
    [KN_PREDIKAT_SANGAT_KURANG] = 1, [KN_PREDIKAT_KURANG] = 2, [KN_PREDIKAT_BUTUH_PERBAIKAN] = 5,
    [KN_PREDIKAT_BAIK] = 14, [KN_PREDIKAT_SANGAT_BAIK] = 4,
  };
  KnReport *report = kn_test_report_new (kind);
  KnReportResult *result;

  kn_test_person_set (&report->employee, "Dr. Hj. Siti Aminah, S.Pd., M.Pd.", employee_nip,
                      "Penata Tk. I, III/d", "Guru Ahli Muda", "SMA Negeri 2 Bandar Lampung");
  kn_test_person_set (&report->assessor, "Drs. H. Ahmad Fauzi, M.M.", "19700312 199503 1 002",
                      "Pembina Tk. I, IV/b", "Kepala Sekolah", "SMA Negeri 2 Bandar Lampung");
  kn_test_person_set (&report->superior, "Dr. Ir. Sulpakar, M.M.", "19680517 199303 1 004",
                      "Pembina Utama Muda, IV/c", "Kepala Dinas Pendidikan dan Kebudayaan",
                      "Dinas Pendidikan dan Kebudayaan");

  result = kn_test_report_add_result (report, KN_RESULT_KIND_UTAMA, long_rhk,
                                      "Meningkatnya mutu lulusan SMA Negeri 2 Bandar Lampung",
                                      "12 Mei 2026: Perangkat ajar sudah lengkap; perbanyak umpan "
                                      "balik tertulis pada tugas proyek.\n20 Juni 2026: Hasil "
                                      "asesmen membaik.");
  kn_test_add_indicator (result, "Kuantitas", "Jumlah modul ajar yang disusun dan digunakan",
                         "12 dokumen", "9 dokumen", "Modul ajar bab 1–9 di Google Drive sekolah",
                         "75 %");
  kn_test_add_indicator (result, "Kualitas", long_iki, "85 %", "82 %",
                         "Rekap nilai asesmen sumatif semester ganjil", "96,5 %");
  kn_test_add_indicator (result, "Waktu", "Ketepatan waktu penyerahan nilai rapor", "12 bulan",
                         "6 bulan", "", "");

  result = kn_test_report_add_result (report, KN_RESULT_KIND_UTAMA,
                                      "Terlaksananya program remedial dan pengayaan bagi peserta "
                                      "didik",
                                      "Terselenggaranya layanan bimbingan belajar yang bermutu",
                                      "3 Juni 2026: Program remedial berjalan sesuai jadwal.");
  kn_test_add_indicator (result, "Kuantitas",
                         "Jumlah peserta didik yang mengikuti program remedial", "60 orang",
                         "41 orang", "Daftar hadir remedial", "68,3 %");
  kn_test_add_indicator (result, "Kualitas", "Persentase peserta remedial yang tuntas", "90 %", "",
                         "", "");

  result = kn_test_report_add_result (report, KN_RESULT_KIND_UTAMA,
                                      "Tersusunnya karya inovatif pembelajaran matematika",
                                      "Meningkatnya kompetensi pendidik di lingkungan sekolah", "");
  kn_test_add_indicator (result, "Kuantitas", "Jumlah karya inovatif yang dipublikasikan",
                         "1 karya", "", "", "");
  kn_test_add_indicator (result, "Waktu", "Waktu penyelesaian karya inovatif", "6 bulan", "", "",
                         "");

  result = kn_test_report_add_result (report, KN_RESULT_KIND_TAMBAHAN,
                                      "Terlaksananya tugas sebagai pembina olimpiade sains "
                                      "nasional tingkat provinsi", "", "");
  kn_test_add_indicator (result, "Kuantitas", "Jumlah peserta didik yang dibina", "5 orang",
                         "5 orang", "Surat tugas kepala sekolah", "100 %");
  kn_test_add_indicator (result, "Kualitas",
                         "Jumlah peserta didik yang lolos seleksi tingkat nasional", "1 orang", "",
                         "", "");

  for (guint i = 0; i < KN_CORE_VALUE_N; i++)
    {
      report->behaviour[i].value = g_strdup (kn_core_value_label (i));
      for (guint g = 0; g < 3; g++)
        report->behaviour[i].guides[g] = g_strdup (kn_core_value_guide (i, g));
      report->behaviour[i].expectation =
        g_strdup (i == 0 ? "Menanggapi pertanyaan orang tua peserta didik paling lambat satu "
                           "hari kerja melalui kanal resmi sekolah"
                         : "");
      report->behaviour[i].feedback = g_strdup (i == 0 ? "Sudah responsif dan ramah." : "");
    }

  report->attachments[KN_ATTACHMENT_DUKUNGAN_SUMBER_DAYA] = strv_array (support);
  report->attachments[KN_ATTACHMENT_SKEMA_PERTANGGUNGJAWABAN] = strv_array (accountability);
  report->attachments[KN_ATTACHMENT_KONSEKUENSI] = strv_array (consequence);
  report->sign_date = g_strdup ("Bandar Lampung, 31 Desember 2026");
  kn_test_report_set_final (report, (KnPeriod) { 2026, KN_PERIOD_QUARTER, 2 },
                            "Pertahankan kinerja; ikuti pelatihan asesmen berbasis proyek.",
                            counts);
  return report;
}

static char *
recap_name (guint i)
{
  static const char * const names[] = {
    "Andi Saputra, S.Pd.", "Hj. Rina Marlina, S.Pd., M.Pd.", "Budi Santoso, S.Kom.",
    "Dewi Lestari, S.Si.", "Drs. Made Wirawan", "Nurul Hidayah, S.Pd.I.",
  };

  return g_strdup_printf ("%s %02u", names[i % G_N_ELEMENTS (names)], i + 1);
}

static KnRecapReport *
make_recap (guint n_rows)
{
  static const KnPredikat predikats[] = {
    KN_PREDIKAT_BAIK, KN_PREDIKAT_BAIK, KN_PREDIKAT_SANGAT_BAIK, KN_PREDIKAT_BAIK,
    KN_PREDIKAT_BUTUH_PERBAIKAN,
  };
  KnRecapReport *report = kn_test_recap_new ("Dinas Pendidikan dan Kebudayaan / SMA Negeri 2 "
                                             "Bandar Lampung",
                                             (KnPeriod) { 2026, KN_PERIOD_ANNUAL, 0 });

  kn_test_person_set (&report->leader, "Drs. H. Ahmad Fauzi, M.M.", "19700312 199503 1 002",
                      "Pembina Tk. I, IV/b", "Kepala SMA Negeri 2 Bandar Lampung", "");

  for (guint i = 0; i < n_rows; i++)
    {
      KnRecapRow *row = g_new0 (KnRecapRow, 1);
      g_autofree char *name = recap_name (i);
      g_autofree char *nip = g_strdup_printf ("198%u0%u1%u 20%02u03 %u 0%02u", i % 10, 1 + i % 9,
                                              i % 10, 10 + i % 15, 1 + i % 2, i + 1);

      kn_test_person_set (&row->person, name, nip, "Penata Muda Tk. I, III/b",
                          i % 3 == 0 ? "Guru Ahli Pertama Mata Pelajaran Bahasa Indonesia"
                             : "Guru Ahli Muda",
                          "SMA Negeri 2 Bandar Lampung");
      row->predikat = predikats[i % G_N_ELEMENTS (predikats)];
      row->rating_result = row->predikat == KN_PREDIKAT_BUTUH_PERBAIKAN ? KN_RATING_BELOW
                           : row->predikat == KN_PREDIKAT_SANGAT_BAIK    ? KN_RATING_ABOVE
                                                                         : KN_RATING_AS_EXPECTED;
      row->rating_behaviour = row->predikat == KN_PREDIKAT_SANGAT_BAIK ? KN_RATING_ABOVE
                                                                       : KN_RATING_AS_EXPECTED;
      row->final = i != 3;
      report->counts[row->predikat]++;
      g_ptr_array_add (report->rows, row);
    }

  g_ptr_array_add (report->pattern, g_strdup ("Baik adalah kelompok terbesar."));
  g_ptr_array_add (report->pattern, g_strdup ("Baik paling banyak 70 %."));
  g_ptr_array_add (report->pattern, g_strdup ("Paling sedikit satu pegawai Butuh Perbaikan "
                                              "atau Kurang/Misconduct."));
  g_ptr_array_add (report->violations,
                   g_strdup ("Baik diberikan kepada 18 dari 30 pegawai (60 %); pola mengizinkan "
                             "paling banyak 21."));
  report->sign_date = g_strdup ("Bandar Lampung, 31 Desember 2026");

  return report;
}

/* Reading the PDF back */

/* @page 0: every page. @mode "-layout" or "-raw". */
static char *
pdf_text (const char *path,
          guint       page,
          const char *mode)
{
  g_autofree char *number = g_strdup_printf ("%u", page);

  if (page == 0)
    {
      const char *argv[] = { "pdftotext", mode, path, "-", NULL };

      return kn_test_run_program (argv);
    }
  else
    {
      const char *argv[] = { "pdftotext", mode, "-f", number, "-l", number, path, "-", NULL };

      return kn_test_run_program (argv);
    }
}

/* The size of each page, as pairs of width and height in points. */
static GArray *
pdf_page_sizes (const char *path)
{
  const char *argv[] = { "pdfinfo", "-f", "1", "-l", "9999", path, NULL };
  g_autofree char *info = kn_test_run_program (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  GArray *sizes = g_array_new (FALSE, FALSE, sizeof (double));
  guint pages = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint page;
      char w[32], h[32];

      if (g_str_has_prefix (lines[i], "Pages:"))
        pages = (guint) g_ascii_strtoull (lines[i] + strlen ("Pages:"), NULL, 10);
      else if (sscanf (lines[i], "Page %u size: %31s x %31s", &page, w, h) == 3)
        {
          double width = g_ascii_strtod (w, NULL);
          double height = g_ascii_strtod (h, NULL);

          g_assert_cmpuint (page, ==, sizes->len / 2 + 1);
          g_array_append_val (sizes, width);
          g_array_append_val (sizes, height);
        }
    }

  g_assert_cmpuint (pages, >, 0);
  g_assert_cmpuint (sizes->len, ==, 2 * pages);

  return sizes;
}

static void
assert_page_size (GArray *sizes,
                  guint   page,
                  double  width,
                  double  height)
{
  g_assert_cmpuint (2 * page, <=, sizes->len);
  g_assert_cmpfloat_with_epsilon (g_array_index (sizes, double, 2 * (page - 1)), width, 0.1);
  g_assert_cmpfloat_with_epsilon (g_array_index (sizes, double, 2 * page - 1), height, 0.1);
}

/* Every page has the size given; returns the number of pages. */
static guint
pdf_check_pages (const char *path,
                 double      width,
                 double      height)
{
  g_autoptr(GArray) sizes = pdf_page_sizes (path);

  for (guint p = 1; p <= sizes->len / 2; p++)
    assert_page_size (sizes, p, width, height);

  return sizes->len / 2;
}

/* Whitespace of any kind and amount becomes one space. */
static char *
squeeze (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\r\f", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }

  return g_string_free (out, FALSE);
}

static void
assert_has (const char *text,
            const char *needle)
{
  g_autofree char *flat_text = squeeze (text);
  g_autofree char *flat_needle = squeeze (needle);

  if (strstr (flat_text, flat_needle) == NULL)
    g_error ("“%s” is not in the document:\n%s", needle, text);
}

/* Every word of @needle, in order, among the words of @text: a wrapped cell is read line by line
 * between its neighbours' lines, and nothing of it is lost. */
static void
assert_has_words_in_order (const char *text,
                           const char *needle)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\r\f", -1);
  g_auto(GStrv) wanted = g_strsplit_set (needle, " \t\n\r\f", -1);
  guint w = 0;

  for (guint i = 0; words[i] != NULL && wanted[w] != NULL; i++)
    {
      while (wanted[w] != NULL && *wanted[w] == '\0')
        w++;
      if (wanted[w] != NULL && g_strcmp0 (words[i], wanted[w]) == 0)
        w++;
    }
  while (wanted[w] != NULL && *wanted[w] == '\0')
    w++;

  if (wanted[w] != NULL)
    g_error ("“%s” of “%s” is missing from the document:\n%s", wanted[w], needle, text);
}

static char *
page_footer (guint page,
             guint n)
{
  /* Indonesian whatever the language, as the forms are. */
  return kn_format_doc_page (page, n);
}

typedef KnTestFolder Fixture;

/* A folder of its own for each test, with no file named: a test's data is the paper. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  paper)
{
  kn_test_folder_set_up (fixture, NULL);
}

static char *
write_document (Fixture    *fixture,
                KnDocument *document,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (kn_document_write_pdf (document, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  return path;
}

static void
expected_size (KnPaper   paper,
               gboolean  landscape,
               double   *width,
               double   *height)
{
  double w = paper == KN_PAPER_F4 ? F4_WIDTH : A4_WIDTH;
  double h = paper == KN_PAPER_F4 ? F4_HEIGHT : A4_HEIGHT;

  *width = landscape ? h : w;
  *height = landscape ? w : h;
}

static void
assert_document_size (KnDocument *document,
                      KnPaper     paper,
                      gboolean    landscape)
{
  double width, height;

  expected_size (paper, landscape, &width, &height);
  g_assert_cmpint (kn_document_get_landscape (document), ==, landscape);
  g_assert_cmpfloat_with_epsilon (kn_document_get_page_width (document), width, 0.1);
  g_assert_cmpfloat_with_epsilon (kn_document_get_page_height (document), height, 0.1);
}

/* Every page carries its number, and no value printed as "(null)". */
static void
assert_pages_numbered (const char *path,
                       guint       n)
{
  for (guint p = 1; p <= n; p++)
    {
      g_autofree char *text = pdf_text (path, p, "-layout");
      g_autofree char *footer = page_footer (p, n);

      assert_has (text, footer);
      g_assert_null (strstr (text, "(null)"));
    }
}

/* Writes @document to @name in the fixture's folder and checks it as every document is checked:
 * its pages of @paper (landscape when @landscape) and the PDF's, each numbered. Returns the
 * path; @n receives the number of pages. */
static char *
write_checked (Fixture    *fixture,
               KnDocument *document,
               KnPaper     paper,
               gboolean    landscape,
               const char *name,
               guint      *n)
{
  char *path;
  double width, height;

  assert_document_size (document, paper, landscape);
  *n = kn_document_get_n_pages (document);
  path = write_document (fixture, document, name);
  expected_size (paper, landscape, &width, &height);
  g_assert_cmpuint (pdf_check_pages (path, width, height), ==, *n);
  assert_pages_numbered (path, *n);
  return path;
}

/* make_report (@kind) laid out on @paper, written to @name in the fixture's folder and checked
 * (write_checked); its pages in @n. Returns the file's path. */
static char *
write_report (Fixture        *fixture,
              KnDocumentKind  kind,
              KnPaper         paper,
              gboolean        landscape,
              const char     *name,
              guint          *n)
{
  g_autoptr(KnReport) report = make_report (kind);
  g_autoptr(KnDocument) document = kn_document_new_report (report, paper);

  return write_checked (fixture, document, paper, landscape, name, n);
}

static void
test_skp (Fixture       *fixture,
          gconstpointer  data)
{
  KnPaper paper = GPOINTER_TO_INT (data);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *last = NULL;
  guint n;

  if (!kn_test_have_poppler ())
    return;

  path = write_report (fixture, KN_DOCUMENT_SKP, paper, FALSE, "skp.pdf", &n);
  g_assert_cmpuint (n, >=, 2);

  text = pdf_text (path, 0, "-layout");
  assert_has (text, "SASARAN KINERJA PEGAWAI");
  assert_has (text, "PENDEKATAN HASIL KERJA KUANTITATIF");
  assert_has (text, "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL");
  assert_has (text, "PEMERINTAH PROVINSI LAMPUNG");
  assert_has (text, "PERIODE: 1 Januari s.d. 31 Desember 2026");
  assert_has (text, "PEGAWAI YANG DINILAI");
  assert_has (text, "PEJABAT PENILAI KINERJA");
  assert_has (text, "Dr. Hj. Siti Aminah, S.Pd., M.Pd.");
  assert_has (text, employee_nip);
  assert_has (text, "NIP. 19700312 199503 1 002");
  assert_has (text, "A. UTAMA");
  assert_has (text, "B. TAMBAHAN");
  assert_has_words_in_order (text, "Terlaksananya program remedial dan pengayaan bagi peserta "
                                   "didik");
  assert_has (text, "Akuntabel");
  assert_has (text, "Bandar Lampung, 31 Desember 2026");
  assert_has_words_in_order (text, long_rhk);
  assert_has_words_in_order (text, long_iki);

  /* Read in drawing order, each wrapped cell comes out whole. */
  raw = pdf_text (path, 0, "-raw");
  assert_has (raw, long_rhk);
  assert_has (raw, long_iki);

  last = pdf_text (path, n, "-layout");
  assert_has (last, "LAMPIRAN SASARAN KINERJA PEGAWAI");
  assert_has (last, "DUKUNGAN SUMBER DAYA");
  assert_has (last, "SKEMA PERTANGGUNGJAWABAN");
  assert_has (last, "KONSEKUENSI");
  assert_has (last, "Anggaran kegiatan pengembangan keprofesian berkelanjutan dari dana BOS");
  assert_has (last, "Dr. Hj. Siti Aminah, S.Pd., M.Pd.");
}

static void
test_skp_jpt (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(KnReport) report = make_report (KN_DOCUMENT_SKP);
  g_autoptr(KnDocument) document = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (!kn_test_have_poppler ())
    return;

  report->jpt = TRUE;
  for (guint i = 0; i < report->results->len; i++)
    {
      KnReportResult *result = g_ptr_array_index (report->results, i);

      g_free (result->parent_text);
      result->parent_text = g_strdup ("");
      for (guint k = 0; k < result->indicators->len; k++)
        {
          KnReportIndicator *indicator = g_ptr_array_index (result->indicators, k);

          g_free (indicator->category);
          indicator->category = g_strdup ("Penerima Layanan");
        }
    }

  document = kn_document_new_report (report, KN_PAPER_A4);
  path = write_document (fixture, document, "skp-jpt.pdf");
  text = pdf_text (path, 0, "-layout");
  assert_has (text, "BAGI PEJABAT PIMPINAN TINGGI");
  assert_has (text, "PERSPEKTIF");
  assert_has (text, "Penerima Layanan");
  g_assert_null (strstr (text, "YANG DIINTERVENSI"));
  g_assert_null (strstr (text, "ASPEK"));
  assert_has_words_in_order (text, long_rhk);
}

static void
test_evaluation (Fixture       *fixture,
                 gconstpointer  data)
{
  KnPaper paper = GPOINTER_TO_INT (data);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *raw = NULL;
  guint n;

  if (!kn_test_have_poppler ())
    return;

  path = write_report (fixture, KN_DOCUMENT_EVALUASI, paper, TRUE, "evaluasi.pdf", &n);
  g_assert_cmpuint (n, >=, 1);

  text = pdf_text (path, 0, "-layout");
  assert_has (text, "EVALUASI KINERJA PEGAWAI");
  /* Struck-through options stay readable text. */
  assert_has (text, "PERIODE: TRIWULAN I/II/III/IV-AKHIR");
  assert_has (text, "PERIODE PENILAIAN: 1 April s.d. 30 Juni 2026");
  assert_has (text, "CAPAIAN KINERJA ORGANISASI");
  assert_has (text, "ISTIMEWA/BAIK/BUTUH PERBAIKAN/KURANG/SANGAT KURANG");
  assert_has (text, "POLA DISTRIBUSI");
  assert_has (text, "(7)");
  assert_has (text, "(8)");
  assert_has (text, "RATING HASIL KERJA");
  assert_has (text, "DI ATAS EKSPEKTASI/SESUAI EKSPEKTASI/DI BAWAH EKSPEKTASI");
  assert_has (text, "RATING PERILAKU KERJA");
  assert_has (text, "PREDIKAT KINERJA PEGAWAI");
  assert_has (text, "SANGAT BAIK/BAIK/BUTUH PERBAIKAN/KURANG/SANGAT KURANG");
  assert_has (text, "Dr. Hj. Siti Aminah, S.Pd., M.Pd.");
  assert_has (text, employee_nip);
  assert_has (text, "Sudah responsif dan ramah.");

  raw = pdf_text (path, 0, "-raw");
  assert_has (raw, long_rhk);
  assert_has (raw, "9 dokumen");
  assert_has (raw, "Bukti dukung: Modul ajar bab 1–9 di Google Drive sekolah");
  assert_has (raw, "12 Mei 2026: Perangkat ajar sudah lengkap; perbanyak umpan balik tertulis "
                   "pada tugas proyek.");
}

static void
test_evaluation_month (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(KnReport) report = make_report (KN_DOCUMENT_EVALUASI);
  g_autoptr(KnDocument) document = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (!kn_test_have_poppler ())
    return;

  report->period = (KnPeriod) { 2026, KN_PERIOD_MONTH, 3 };
  report->predikat = KN_PREDIKAT_NONE;
  document = kn_document_new_report (report, KN_PAPER_A4);
  path = write_document (fixture, document, "evaluasi-maret.pdf");
  text = pdf_text (path, 0, "-layout");
  assert_has (text, "PERIODE: MARET");
  assert_has (text, "PERIODE PENILAIAN: 1 Maret s.d. 31 Maret 2026");
  g_assert_null (strstr (text, "TRIWULAN"));
}

static void
test_dokumen (Fixture       *fixture,
              gconstpointer  data)
{
  KnPaper paper = GPOINTER_TO_INT (data);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint n;

  if (!kn_test_have_poppler ())
    return;

  path = write_report (fixture, KN_DOCUMENT_DOKUMEN, paper, FALSE, "dokumen.pdf", &n);
  g_assert_cmpuint (n, ==, 1);

  text = pdf_text (path, 0, "-layout");
  assert_has (text, "DOKUMEN EVALUASI KINERJA PEGAWAI");
  assert_has (text, "NAMA INSTANSI");
  assert_has (text, "PEMERINTAH PROVINSI LAMPUNG");
  assert_has (text, "PERIODE PENILAIAN");
  assert_has (text, "1 PEGAWAI YANG DINILAI");
  assert_has (text, "2 PEJABAT PENILAI KINERJA");
  assert_has (text, "3 ATASAN PEJABAT PENILAI KINERJA");
  assert_has (text, "4 EVALUASI KINERJA");
  assert_has (text, "5 CATATAN/REKOMENDASI");
  assert_has (text, "PANGKAT/GOL. RUANG");
  assert_has (text, "Dr. Hj. Siti Aminah, S.Pd., M.Pd.");
  assert_has (text, "Dr. Ir. Sulpakar, M.M.");
  assert_has (text, "19680517 199303 1 004");
  assert_has (text, employee_nip);
  assert_has (text, "PREDIKAT KINERJA PEGAWAI");
  assert_has (text, "Pertahankan kinerja; ikuti pelatihan asesmen berbasis proyek.");
  assert_has (text, "Pejabat Penilai Kinerja,");
}

static void
test_recap (Fixture       *fixture,
            gconstpointer  data)
{
  KnPaper paper = GPOINTER_TO_INT (data);
  g_autoptr(KnRecapReport) report = make_recap (30);
  g_autoptr(KnDocument) document = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint n;

  if (!kn_test_have_poppler ())
    return;

  document = kn_document_new_recap (report, paper);
  path = write_checked (fixture, document, paper, TRUE, "rekap.pdf", &n);
  g_assert_cmpuint (n, >=, 2);

  text = pdf_text (path, 0, "-layout");
  assert_has (text, "PENETAPAN PREDIKAT KINERJA PEGAWAI");
  assert_has (text, "Dinas Pendidikan dan Kebudayaan / SMA Negeri 2 Bandar Lampung");
  assert_has (text, "AKHIR TAHUN 2026");
  assert_has (text, "CAPAIAN KINERJA ORGANISASI");
  assert_has (text, "Baik paling banyak 70 %.");
  assert_has (text, "Baik diberikan kepada 18 dari 30 pegawai");
  assert_has (text, "DISTRIBUSI PREDIKAT KINERJA PEGAWAI");
  assert_has (text, "Drs. H. Ahmad Fauzi, M.M.");
  /* Signed by the unit's head: the role, then the jabatan. */
  assert_has (text, "Pimpinan Unit Kerja,");
  assert_has (text, "Kepala SMA Negeri 2 Bandar Lampung");
  assert_has (text, "(belum final)");
  /* 18 Baik of 30, with the two decimals of every percentage (review 16: "42,9 %" here, "42,86 %"
   * from the CLI); the total too, not "100 %". */
  assert_has (text, "60,00 %");
  assert_has (text, "100,00 %");
  /* The distribution in the curve's order and words, as the workbook's (review 16: this table
   * ran from SANGAT BAIK down and said KURANG where the workbook says KURANG/MISCONDUCT). */
  {
    const char *table = strstr (text, "DISTRIBUSI PREDIKAT KINERJA PEGAWAI");
    const char *lowest = table != NULL ? strstr (table, "SANGAT KURANG") : NULL;
    const char *highest = table != NULL ? strstr (table, "SANGAT BAIK") : NULL;

    g_assert_nonnull (lowest);
    g_assert_nonnull (highest);
    g_assert_cmpint (lowest - table, <, highest - table);
    g_assert_nonnull (strstr (table, "KURANG/MISCONDUCT"));
  }

  /* Each row whole on one page, and the header on every page with rows. */
  for (guint i = 0; i < report->rows->len; i++)
    {
      const KnRecapRow *row = g_ptr_array_index (report->rows, i);
      gboolean found = FALSE;

      for (guint p = 1; p <= n && !found; p++)
        {
          g_autofree char *page = pdf_text (path, p, "-raw");
          g_autofree char *flat = squeeze (page);
          g_autofree char *cell = g_strdup_printf ("%s NIP. %s", row->person.name,
                                                   row->person.nip);

          if (strstr (flat, cell) != NULL)
            {
              found = TRUE;
              g_assert_nonnull (strstr (flat, "RATING HASIL KERJA"));
              g_assert_nonnull (strstr (flat, "NAMA / NIP"));
            }
        }

      if (!found)
        g_error ("row %u (%s) is not whole on any page", i + 1, row->person.name);
    }
}

/* A rekap longer than the layouts a document keeps for drawing (its numbers and names are
 * thousands of different texts): the rows past them are shaped again when drawn and print the
 * same, the last as the first. */
static void
test_recap_long (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(KnRecapReport) report = make_recap (2200);
  g_autoptr(KnDocument) document = NULL;
  g_autofree char *path = NULL;
  guint n;

  if (!kn_test_have_poppler ())
    return;

  document = kn_document_new_recap (report, KN_PAPER_A4);
  n = kn_document_get_n_pages (document);
  path = write_document (fixture, document, "rekap-long.pdf");
  assert_pages_numbered (path, n);

  for (guint i = 0; i < report->rows->len; i += report->rows->len - 1)
    {
      const KnRecapRow *row = g_ptr_array_index (report->rows, i);
      g_autofree char *text = pdf_text (path, i == 0 ? 1 : n - 1, "-raw");
      g_autofree char *more = i == 0 ? NULL : pdf_text (path, n, "-raw");
      g_autofree char *flat = squeeze (text);
      g_autofree char *flat_more = more != NULL ? squeeze (more) : NULL;
      g_autofree char *cell = g_strdup_printf ("%s NIP. %s", row->person.name, row->person.nip);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      g_assert_true (strstr (flat, cell) != NULL ||
                     (flat_more != NULL && strstr (flat_more, cell) != NULL));
      g_assert_true (strstr (flat, number) != NULL ||
                     (flat_more != NULL && strstr (flat_more, number) != NULL));
    }
}

/* An RHK taller than a page is split between lines, and every word of it is printed. */
static void
test_tall_row (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(KnReport) report = make_report (KN_DOCUMENT_SKP);
  g_autoptr(KnDocument) document = NULL;
  g_autoptr(GString) tall = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  KnReportResult *result = g_ptr_array_index (report->results, 1);
  guint n;

  if (!kn_test_have_poppler ())
    return;

  for (guint i = 1; i <= 160; i++)
    g_string_append_printf (tall, "Langkah%u menyusun dan menelaah perangkat ajar. ", i);
  g_free (result->text);
  result->text = g_strdup (tall->str);

  document = kn_document_new_report (report, KN_PAPER_A4);
  n = kn_document_get_n_pages (document);
  g_assert_cmpuint (n, >=, 4);

  path = write_document (fixture, document, "tall.pdf");
  assert_pages_numbered (path, n);
  text = pdf_text (path, 0, "-layout");
  assert_has_words_in_order (text, tall->str);
  assert_has_words_in_order (text, long_rhk);
}

/* On each page of @path (@n pages), the first RHK of make_report (whose rows are cut) stands in
 * one cell, with one "(lanjutan)": its rows that go on on a page share one number and one RHK,
 * as columns 1–3 are merged down an RHK's rows. */
static void
assert_rhk_once_a_page (const char *path,
                        guint       n,
                        const char *what)
{
  for (guint p = 1; p <= n; p++)
    {
      g_autofree char *raw = pdf_text (path, p, "-raw");
      g_autofree char *text = squeeze (raw);
      guint rhk = kn_test_count_in (text, "Meningkatnya kualitas pembelajaran");
      guint marks = kn_test_count_in (text, KN_FORM_CONTINUED);

      if (rhk > 1 || marks > 1)
        g_error ("%s: page %u of %u prints the RHK %u times and “%s” %u times", what, p, n, rhk,
                 KN_FORM_CONTINUED, marks);
    }
}

/* Whether page @page of @n of the Evaluasi @path is the last but one, before a last page of only
 * the closing that keeps together — RATING PERILAKU KERJA, PREDIKAT and the signatures, no
 * perilaku row: the one page /forms/pages-full lets be under 75 % full (the rows before it took
 * all they could), as far from the hasil kerja table as a page can be. */
static gboolean
before_closing (const char *path,
                guint       page,
                guint       n)
{
  g_autofree char *raw = NULL;
  g_autofree char *last = NULL;
  g_autofree char *here = NULL;

  if (page + 1 != n)
    return FALSE;
  raw = pdf_text (path, n, "-raw");
  last = squeeze (raw);
  g_free (raw);
  raw = pdf_text (path, page, "-raw");
  here = squeeze (raw);
  return strstr (last, "Pejabat Penilai Kinerja,") != NULL &&
         strstr (last, KN_FORM_EKSPEKTASI) == NULL &&
         strstr (last, KN_FORM_RATING_BEHAVIOUR KN_FORM_SET_MARK) != NULL &&
         strstr (here, KN_FORM_COL_IKI) == NULL;
}

/* A group of table rows taller than a page whose middle row does not fit under the rows before
 * it (the BKD head's annual Evaluasi: her IKM row with a survey each quarter): the page it starts
 * on takes the lines of that row that fit, the rest going on on the next page (beside its
 * number, RHK "(lanjutan)" and IKI), so that no page but the last is left mostly empty; and each
 * line of the tall cell is printed once. A row that fits a page, and one taller than a page; on
 * A4 and F4. */
static void
test_tall_group (Fixture       *fixture,
                 gconstpointer  data)
{
  static const guint heights[] = { 34, 80 };
  static const KnPaper papers[] = { KN_PAPER_A4, KN_PAPER_F4 };

  if (!kn_test_have_poppler ())
    return;

  for (guint h = 0; h < G_N_ELEMENTS (heights); h++)
    for (guint k = 0; k < G_N_ELEMENTS (papers); k++)
      {
        g_autoptr(KnReport) report = make_report (KN_DOCUMENT_EVALUASI);
        g_autoptr(KnDocument) document = NULL;
        g_autoptr(GArray) fills = NULL;
        g_autoptr(GString) evidence = g_string_new (NULL);
        g_autofree char *name = g_strdup_printf ("tall-group-%u-%u.pdf", heights[h], k);
        g_autofree char *path = NULL;
        g_autofree char *raw = NULL;
        g_autofree char *text = NULL;
        KnReportResult *result = g_ptr_array_index (report->results, 0);
        KnReportIndicator *indicator = g_ptr_array_index (result->indicators, 1);
        guint n;

        for (guint i = 1; i <= heights[h]; i++)
          g_string_append_printf (evidence, "%sSurvei T%02u selesai", i > 1 ? "\n" : "", i);
        g_free (indicator->evidence);
        indicator->evidence = g_strdup (evidence->str);

        document = kn_document_new_report (report, papers[k]);
        path = write_checked (fixture, document, papers[k], TRUE, name, &n);
        fills = kn_test_pdf_page_fills (path);
        g_assert_cmpuint (fills->len, ==, n);
        for (guint p = 0; p + 1 < n; p++)
          {
            double fill = g_array_index (fills, double, p);

            g_test_message ("%u lines, %s: page %u of %u is %.0f %% full", heights[h],
                            k == 0 ? "A4" : "F4", p + 1, n, 100 * fill);
            if (fill < 0.75 && !before_closing (path, p + 1, n))
              g_error ("%u lines, %s: page %u of %u is only %.0f %% full", heights[h],
                       k == 0 ? "A4" : "F4", p + 1, n, 100 * fill);
          }

        raw = pdf_text (path, 0, "-raw");
        text = squeeze (raw);
        for (guint i = 1; i <= heights[h]; i++)
          {
            g_autofree char *line = g_strdup_printf ("T%02u selesai", i);

            if (kn_test_count_in (text, line) != 1)
              g_error ("%u lines, %s: “%s” is printed %u times", heights[h],
                       k == 0 ? "A4" : "F4", line, kn_test_count_in (text, line));
          }
        /* The feedback beside the group is said once, not again where its rows go on. */
        g_assert_cmpuint (kn_test_count_in (text, "Perangkat ajar sudah lengkap"), ==, 1);
        assert_has (text, long_iki);
        assert_has_words_in_order (text, long_rhk);
        assert_rhk_once_a_page (path, n, name);
      }
}

/* A group cut because its merged feedback is taller than what is left of the page (Cahya
 * Pertiwi's annual Evaluasi: her RHK 2 with feedback each quarter): the rows that fit and the
 * feedback's lines that fit stay, the rest goes on on the next page — each line of each cell
 * that is not the row's name (aspek, target, realisasi, bukti dukung, feedback) printed once,
 * none again beside the feedback where it goes on; and on each page one RHK, one "(lanjutan)".
 * A feedback that fits a page and one taller than a page; on A4 and F4. */
static void
test_tall_feedback (Fixture       *fixture,
                    gconstpointer  data)
{
  static const guint heights[] = { 40, 90 };
  static const KnPaper papers[] = { KN_PAPER_A4, KN_PAPER_F4 };

  if (!kn_test_have_poppler ())
    return;

  for (guint h = 0; h < G_N_ELEMENTS (heights); h++)
    for (guint k = 0; k < G_N_ELEMENTS (papers); k++)
      {
        g_autoptr(KnReport) report = make_report (KN_DOCUMENT_EVALUASI);
        g_autoptr(KnDocument) document = NULL;
        g_autoptr(GString) feedback = g_string_new (NULL);
        g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
        g_autofree char *name = g_strdup_printf ("tall-feedback-%u-%u.pdf", heights[h], k);
        g_autofree char *path = NULL;
        g_autofree char *raw = NULL;
        g_autofree char *text = NULL;
        KnReportResult *result = g_ptr_array_index (report->results, 0);
        guint n;

        for (guint i = 1; i <= heights[h]; i++)
          {
            g_string_append_printf (feedback, "%sUmpan U%02u diberikan", i > 1 ? "\n" : "", i);
            g_ptr_array_add (lines, g_strdup_printf ("U%02u diberikan", i));
          }
        g_free (result->feedback);
        result->feedback = g_strdup (feedback->str);
        for (guint i = 0; i < result->indicators->len; i++)
          {
            KnReportIndicator *indicator = g_ptr_array_index (result->indicators, i);

            g_free (indicator->category);
            indicator->category = g_strdup_printf ("Aspek A%u", i);
            g_free (indicator->target);
            indicator->target = g_strdup_printf ("Sasaran S%u", i);
            g_free (indicator->realization);
            indicator->realization = g_strdup_printf ("Hasil R%u", i);
            g_free (indicator->capaian);
            indicator->capaian = g_strdup_printf ("7%u,5 %%", i);
            g_free (indicator->evidence);
            indicator->evidence = g_strdup_printf ("Bukti B%u pertama\nBukti B%u kedua", i, i);
            g_ptr_array_add (lines, g_strdup_printf ("Aspek A%u", i));
            g_ptr_array_add (lines, g_strdup_printf ("Sasaran S%u", i));
            g_ptr_array_add (lines, g_strdup_printf ("Hasil R%u", i));
            g_ptr_array_add (lines, g_strdup_printf ("Capaian: 7%u,5 %%", i));
            g_ptr_array_add (lines, g_strdup_printf ("B%u pertama", i));
            g_ptr_array_add (lines, g_strdup_printf ("B%u kedua", i));
          }

        document = kn_document_new_report (report, papers[k]);
        path = write_checked (fixture, document, papers[k], TRUE, name, &n);
        raw = pdf_text (path, 0, "-raw");
        text = squeeze (raw);
        for (guint i = 0; i < lines->len; i++)
          {
            const char *line = g_ptr_array_index (lines, i);

            if (kn_test_count_in (text, line) != 1)
              g_error ("%s: “%s” is printed %u times", name, line, kn_test_count_in (text, line));
          }
        /* The group was cut: its RHK goes on. */
        g_assert_cmpuint (kn_test_count_in (text, KN_FORM_CONTINUED), >=, 1);
        assert_has (text, long_iki);
        assert_rhk_once_a_page (path, n, name);
      }
}

/* Empty values are empty cells: nothing is printed as "(null)" and nothing breaks. */
static void
test_empty_values (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(KnReport) report = g_new0 (KnReport, 1);
  g_autoptr(KnRecapReport) recap = g_new0 (KnRecapReport, 1);
  KnDocumentKind kinds[] = { KN_DOCUMENT_SKP, KN_DOCUMENT_EVALUASI, KN_DOCUMENT_DOKUMEN };

  if (!kn_test_have_poppler ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(KnDocument) document = NULL;
      g_autofree char *path = NULL;
      g_autofree char *name = g_strdup_printf ("empty-%u.pdf", i);

      report->kind = kinds[i];
      document = kn_document_new_report (report, KN_PAPER_F4);
      path = write_document (fixture, document, name);
      assert_pages_numbered (path, kn_document_get_n_pages (document));
    }

  {
    g_autoptr(KnDocument) document = kn_document_new_recap (recap, KN_PAPER_A4);
    g_autofree char *path = write_document (fixture, document, "empty-recap.pdf");

    g_assert_cmpuint (kn_document_get_n_pages (document), ==, 1);
    assert_pages_numbered (path, 1);
  }
}

static void
assert_folder_empty (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);

  g_assert_nonnull (dir);
  g_assert_null (g_dir_read_name (dir));
}

static void
test_write_missing_folder (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(KnReport) report = make_report (KN_DOCUMENT_DOKUMEN);
  g_autoptr(KnDocument) document = kn_document_new_report (report, KN_PAPER_A4);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "tidak-ada", "dokumen.pdf", NULL);
  KnDocument *documents[] = { document, document };

  g_assert_false (kn_document_write_pdf (document, path, &error));
  g_assert_error (error, KN_DOCUMENT_ERROR, KN_DOCUMENT_ERROR_FOLDER);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_folder_empty (fixture->dir);
  g_clear_error (&error);

  g_assert_false (kn_document_write_pdf_many (documents, 2, path, &error));
  g_assert_error (error, KN_DOCUMENT_ERROR, KN_DOCUMENT_ERROR_FOLDER);
  assert_folder_empty (fixture->dir);
}

/* A "folder" that is a file: nothing can be created in it, whoever runs the test. */
static void
test_write_not_a_folder (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(KnReport) report = make_report (KN_DOCUMENT_DOKUMEN);
  g_autoptr(KnDocument) document = kn_document_new_report (report, KN_PAPER_A4);
  g_autoptr(GError) error = NULL;
  g_autofree char *file = g_build_filename (fixture->dir, "catatan.txt", NULL);
  g_autofree char *path = g_build_filename (file, "dokumen.pdf", NULL);
  g_autoptr(GDir) dir = NULL;

  g_assert_true (g_file_set_contents (file, "bukan folder", -1, &error));
  g_assert_false (kn_document_write_pdf (document, path, &error));
  g_assert_error (error, KN_DOCUMENT_ERROR, KN_DOCUMENT_ERROR_FOLDER);
  g_assert_nonnull (strstr (error->message, path));

  dir = g_dir_open (fixture->dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "catatan.txt");
  g_assert_null (g_dir_read_name (dir));
}

/* The disk fills up while writing (a file size limit stands in for it): the error says so and
 * neither the file nor the temporary one is left. */
static void
test_write_disk_full (Fixture       *fixture,
                      gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(KnReport) report = make_report (KN_DOCUMENT_SKP);
      g_autoptr(KnDocument) document = kn_document_new_report (report, KN_PAPER_A4);
      g_autofree char *path = g_build_filename (fixture->dir, "skp.pdf", NULL);
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 4096, 4096 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      g_assert_false (kn_document_write_pdf (document, path, &error));
      g_assert_error (error, KN_DOCUMENT_ERROR, KN_DOCUMENT_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, path));
      assert_folder_empty (fixture->dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_write_replaces (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(KnReport) report = make_report (KN_DOCUMENT_DOKUMEN);
  g_autoptr(KnDocument) document = kn_document_new_report (report, KN_PAPER_A4);
  g_autofree char *path = g_build_filename (fixture->dir, "dokumen.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, &error));
  g_assert_true (kn_document_write_pdf (document, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* No temporary file stays beside it. */
  dir = g_dir_open (fixture->dir, 0, &error);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "dokumen.pdf");
  g_assert_null (g_dir_read_name (dir));
}

static void
test_write_many (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(KnReport) skp = make_report (KN_DOCUMENT_SKP);
  g_autoptr(KnReport) evaluation = make_report (KN_DOCUMENT_EVALUASI);
  g_autoptr(KnReport) dokumen = make_report (KN_DOCUMENT_DOKUMEN);
  g_autoptr(KnDocument) a = kn_document_new_report (skp, KN_PAPER_F4);
  g_autoptr(KnDocument) b = kn_document_new_report (evaluation, KN_PAPER_F4);
  g_autoptr(KnDocument) c = kn_document_new_report (dokumen, KN_PAPER_F4);
  KnDocument *documents[] = { a, b, c };
  g_autofree char *path = g_build_filename (fixture->dir, "unit.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *middle = NULL;
  g_autofree char *last = NULL;
  guint n_a = kn_document_get_n_pages (a);
  guint n_b = kn_document_get_n_pages (b);
  guint total = n_a + n_b + kn_document_get_n_pages (c);

  if (!kn_test_have_poppler ())
    return;

  g_assert_true (kn_document_write_pdf_many (documents, G_N_ELEMENTS (documents), path, &error));
  g_assert_no_error (error);

  {
    g_autoptr(GArray) sizes = pdf_page_sizes (path);

    g_assert_cmpuint (sizes->len / 2, ==, total);
    /* The evaluation's pages are turned, the others not. */
    for (guint p = 1; p <= total; p++)
      {
        if (p > n_a && p <= n_a + n_b)
          assert_page_size (sizes, p, F4_HEIGHT, F4_WIDTH);
        else
          assert_page_size (sizes, p, F4_WIDTH, F4_HEIGHT);
      }
  }

  first = pdf_text (path, 1, "-layout");
  assert_has (first, "SASARAN KINERJA PEGAWAI");
  middle = pdf_text (path, n_a + 1, "-layout");
  assert_has (middle, "EVALUASI KINERJA PEGAWAI");
  {
    g_autofree char *footer = page_footer (1, n_b);

    /* Each document numbers its own pages. */
    assert_has (middle, footer);
  }
  last = pdf_text (path, total, "-layout");
  assert_has (last, "DOKUMEN EVALUASI KINERJA PEGAWAI");
}

/* A unit written one document at a time: each drawn as it is added and freed at once, the file
 * whole at the end, nothing left when the writer is dropped before finishing. */
static void
test_pdf_writer (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(KnReport) skp = make_report (KN_DOCUMENT_SKP);
  g_autoptr(KnReport) evaluation = make_report (KN_DOCUMENT_EVALUASI);
  g_autofree char *path = g_build_filename (fixture->dir, "unit.pdf", NULL);
  g_autofree char *dropped = g_build_filename (fixture->dir, "dropped.pdf", NULL);
  g_autoptr(KnPdfWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  guint n_skp;
  guint n_evaluation;

  if (!kn_test_have_poppler ())
    return;

  writer = kn_pdf_writer_new (path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(KnDocument) document = kn_document_new_report (skp, KN_PAPER_A4);

    n_skp = kn_document_get_n_pages (document);
    kn_pdf_writer_add (writer, document);
  }
  {
    g_autoptr(KnDocument) document = kn_document_new_report (evaluation, KN_PAPER_A4);

    n_evaluation = kn_document_get_n_pages (document);
    kn_pdf_writer_add (writer, document);
  }
  /* Nothing at the target until the end. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (kn_pdf_writer_finish (writer, &error));
  g_assert_no_error (error);
  g_clear_pointer (&writer, kn_pdf_writer_free);

  {
    g_autoptr(GArray) sizes = pdf_page_sizes (path);

    g_assert_cmpuint (sizes->len / 2, ==, n_skp + n_evaluation);
    assert_page_size (sizes, 1, A4_WIDTH, A4_HEIGHT);
    assert_page_size (sizes, n_skp + 1, A4_HEIGHT, A4_WIDTH);
  }
  first = pdf_text (path, 1, "-layout");
  assert_has (first, "SASARAN KINERJA PEGAWAI");
  second = pdf_text (path, n_skp + 1, "-layout");
  assert_has (second, "EVALUASI KINERJA PEGAWAI");

  /* Dropped before finishing: no file, no temporary one. */
  writer = kn_pdf_writer_new (dropped, &error);
  g_assert_no_error (error);
  {
    g_autoptr(KnDocument) document = kn_document_new_report (skp, KN_PAPER_A4);

    kn_pdf_writer_add (writer, document);
  }
  g_clear_pointer (&writer, kn_pdf_writer_free);
  dir = g_dir_open (fixture->dir, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "unit.pdf");
  g_assert_null (g_dir_read_name (dir));
}

/* A page drawn again (a preview) paints the same pixels as its first drawing, from the text
 * shaped while composing (test-document-shaping: nothing is shaped again). */
static void
test_draw_again (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(KnReport) report = make_report (KN_DOCUMENT_EVALUASI);
  g_autoptr(KnDocument) document = kn_document_new_report (report, KN_PAPER_A4);
  cairo_surface_t *first = kn_test_draw_page (document, 0);
  cairo_surface_t *again = kn_test_draw_page (document, 0);
  int stride = cairo_image_surface_get_stride (first);
  int height = cairo_image_surface_get_height (first);
  guint dark = 0;

  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (again));
  for (int y = 0; y < height; y++)
    for (int x = 0; x < stride / 4; x++)
      if ((*(guint32 *) (cairo_image_surface_get_data (first) + y * stride + x * 4) & 0xff) < 128)
        dark++;
  /* Text was drawn, and drawn the same. */
  g_assert_cmpuint (dark, >, 1000);
  g_assert_cmpmem (cairo_image_surface_get_data (first), stride * height,
                   cairo_image_surface_get_data (again), stride * height);

  /* A second document of the same report (one of many printed together) draws the same. */
  {
    g_autoptr(KnDocument) second = kn_document_new_report (report, KN_PAPER_A4);
    cairo_surface_t *drawn;

    drawn = kn_test_draw_page (second, 0);
    g_assert_cmpmem (cairo_image_surface_get_data (first), stride * height,
                     cairo_image_surface_get_data (drawn), stride * height);
    cairo_surface_destroy (drawn);
  }

  cairo_surface_destroy (first);
  cairo_surface_destroy (again);
}

static void
test_png (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(KnReport) report = make_report (KN_DOCUMENT_SKP);
  g_autoptr(KnDocument) document = kn_document_new_report (report, KN_PAPER_A4);
  g_autofree char *path = g_build_filename (fixture->dir, "page.png", NULL);
  int width = (int) kn_document_get_page_width (document);
  int height = (int) kn_document_get_page_height (document);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  guint dark = 0;
  guint dark_top = 0;
  guint dark_footer = 0;
  guchar *pixels;
  int stride;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  kn_document_draw_page (document, cr, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);

  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(guint32 *) (pixels + y * stride + x * 4);
        guint green = (pixel >> 8) & 0xff;

        if (green < 128)
          {
            dark++;
            if (y < height / 8)
              dark_top++;
            if (y > height - 60)
              dark_footer++;
          }
      }
  cairo_surface_destroy (surface);

  /* Text and borders, but far from a black page. */
  g_assert_cmpuint (dark, >, 5000);
  g_assert_cmpuint (dark, <, (guint) (width * height) / 3);
  g_assert_cmpuint (dark_top, >, 100);     /* the title */
  g_assert_cmpuint (dark_footer, >, 20);   /* the page number */
}

/* TRUE when po/id.po translates @msgid (on one line each), FALSE when it does not yet. */
static gboolean
catalogue_translates (const char *msgid)
{
  g_autofree char *po = g_test_build_filename (G_TEST_DIST, "..", "po", "id.po", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *key = g_strdup_printf ("msgid \"%s\"\nmsgstr \"", msgid);
  const char *found;

  if (!g_file_get_contents (po, &contents, NULL, NULL))
    return FALSE;

  found = strstr (contents, key);

  return found != NULL && found[strlen (key)] != '"';
}

/* Runs in a child so that the language does not leak into the other tests. */
static void
test_footer_indonesian (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *dir = NULL;

  if (!kn_test_have_poppler () || (dir = kn_test_require_locale_dir ()) == NULL)
    return;
  if (!catalogue_translates ("Page %u of %u"))
    {
      g_test_skip ("po/id.po does not translate “Page %u of %u” yet");
      return;
    }

  if (g_test_subprocess ())
    {
      g_autoptr(KnReport) report = make_report (KN_DOCUMENT_SKP);
      g_autoptr(KnDocument) document = NULL;
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_autofree char *footer = NULL;

      kn_test_bind_indonesian (dir);

      document = kn_document_new_report (report, KN_PAPER_A4);
      path = write_document (fixture, document, "skp-id.pdf");
      text = pdf_text (path, 1, "-layout");
      footer = g_strdup_printf ("Halaman 1 dari %u", kn_document_get_n_pages (document));
      assert_has (text, footer);
      /* The form itself does not change with the language. */
      assert_has (text, "SASARAN KINERJA PEGAWAI");
      assert_has (text, "PEJABAT PENILAI KINERJA");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
add_test (const char *path,
          gconstpointer data,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, data, fixture_set_up, func, kn_test_folder_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/document/skp/a4", GINT_TO_POINTER (KN_PAPER_A4), test_skp);
  add_test ("/document/skp/f4", GINT_TO_POINTER (KN_PAPER_F4), test_skp);
  add_test ("/document/skp/jpt", NULL, test_skp_jpt);
  add_test ("/document/skp/tall-row", NULL, test_tall_row);
  add_test ("/document/evaluasi/a4", GINT_TO_POINTER (KN_PAPER_A4), test_evaluation);
  add_test ("/document/evaluasi/f4", GINT_TO_POINTER (KN_PAPER_F4), test_evaluation);
  add_test ("/document/evaluasi/month", NULL, test_evaluation_month);
  add_test ("/document/evaluasi/tall-group", NULL, test_tall_group);
  add_test ("/document/evaluasi/tall-feedback", NULL, test_tall_feedback);
  add_test ("/document/dokumen/a4", GINT_TO_POINTER (KN_PAPER_A4), test_dokumen);
  add_test ("/document/dokumen/f4", GINT_TO_POINTER (KN_PAPER_F4), test_dokumen);
  add_test ("/document/rekap/a4", GINT_TO_POINTER (KN_PAPER_A4), test_recap);
  add_test ("/document/rekap/f4", GINT_TO_POINTER (KN_PAPER_F4), test_recap);
  add_test ("/document/rekap/long", NULL, test_recap_long);
  add_test ("/document/empty-values", NULL, test_empty_values);
  add_test ("/document/write/missing-folder", NULL, test_write_missing_folder);
  add_test ("/document/write/not-a-folder", NULL, test_write_not_a_folder);
  add_test ("/document/write/disk-full", NULL, test_write_disk_full);
  add_test ("/document/write/replaces", NULL, test_write_replaces);
  add_test ("/document/write/many", NULL, test_write_many);
  add_test ("/document/png", NULL, test_png);
  add_test ("/document/write/writer", NULL, test_pdf_writer);
  add_test ("/document/draw-again", NULL, test_draw_again);
  add_test ("/document/footer/indonesian", NULL, test_footer_indonesian);

  return g_test_run ();
}
