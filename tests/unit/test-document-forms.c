/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The forms as a BKD reviewer reads them: built from the store (the demo office), written as PDF
 * and as a workbook, and read back with pdftotext and openpyxl. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "kn-demo.h"
#include "src/report/kn-document-private.h"

#include "kn-test-io.h"
#include "kn-test-util.h"

#define PYTHON "/usr/bin/python3"

static KnStore *demo;

/* Reading back */

/* The text of each page of the PDF at @path, in order. */
static GStrv
pdf_pages (const char *path)
{
  const char *argv[] = { "pdftotext", "-raw", path, "-", NULL };
  g_autofree char *text = kn_test_run_program (argv);
  GStrv pages = g_strsplit (text, "\f", -1);
  guint n = g_strv_length (pages);

  /* pdftotext ends the last page with a form feed too. */
  if (n > 0 && pages[n - 1][0] == '\0')
    g_clear_pointer (&pages[n - 1], g_free);
  return pages;
}

/* What a reader of the workbook sees (tests/data/xlsx-text.py); NULL when openpyxl is missing. */
static char *
workbook_text (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "data", "xlsx-text.py", NULL);
  const char *argv[] = { PYTHON, script, path, NULL };
  gboolean skipped = FALSE;
  char *text;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    return NULL;
  text = kn_test_run_program_full (argv, &skipped);
  return skipped ? NULL : text;
}

static gboolean
have_readers (void)
{
  g_autofree char *text = g_find_program_in_path ("pdftotext");

  if (text == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  char  *folder;
  GStrv  pdf;    /* page texts */
  char  *xlsx;   /* NULL when openpyxl is missing */
} Written;

static void
written_clear (Written *written)
{
  kn_test_remove_tree (written->folder);
  g_free (written->folder);
  g_strfreev (written->pdf);
  g_free (written->xlsx);
}

/* Writes @report as a PDF and as a workbook on @paper and reads both back. */
static void
write_report (const KnReport *report,
              KnPaper         paper,
              Written        *written)
{
  g_autoptr(KnDocument) document = kn_document_new_report (report, paper);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *xlsx = NULL;

  written->folder = kn_test_make_folder ("kinerja-forms-XXXXXX");
  pdf = g_build_filename (written->folder, "form.pdf", NULL);
  xlsx = g_build_filename (written->folder, "form.xlsx", NULL);
  g_assert_true (kn_document_write_pdf (document, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (kn_export_reports_xlsx (&report, 1, paper, xlsx, &error));
  g_assert_no_error (error);
  written->pdf = pdf_pages (pdf);
  written->xlsx = workbook_text (xlsx);
}

static void
write_recap (const KnRecapReport *report,
             KnPaper              paper,
             Written             *written)
{
  g_autoptr(KnDocument) document = kn_document_new_recap (report, paper);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *xlsx = NULL;

  written->folder = kn_test_make_folder ("kinerja-forms-XXXXXX");
  pdf = g_build_filename (written->folder, "rekap.pdf", NULL);
  xlsx = g_build_filename (written->folder, "rekap.xlsx", NULL);
  g_assert_true (kn_document_write_pdf (document, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (kn_export_recap_xlsx (report, paper, xlsx, &error));
  g_assert_no_error (error);
  written->pdf = pdf_pages (pdf);
  written->xlsx = workbook_text (xlsx);
}

static gboolean
has_line (const char *text,
          const char *line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_strcmp0 (lines[i], line) == 0)
      return TRUE;
  return FALSE;
}

#define assert_contains(text, part) \
  G_STMT_START { \
    if (strstr ((text), (part)) == NULL) \
      g_error ("%s:%d: %s not found in:\n%s", __FILE__, __LINE__, (part), (text)); \
  } G_STMT_END

#define assert_lacks(text, part) \
  G_STMT_START { \
    if (strstr ((text), (part)) != NULL) \
      g_error ("%s:%d: %s should not be in:\n%s", __FILE__, __LINE__, (part), (text)); \
  } G_STMT_END

/* The demo office */

typedef gboolean (*EmployeeTest) (KnEmployee *employee);

/* The first demo employee whose evaluation of @first is final and whose evaluation of @second
 * exists and is a draft, of a kind @test accepts (NULL: any). */
static KnEmployee *
find_final_then_draft (const char   *first,
                       const char   *second,
                       EmployeeTest  test)
{
  GListModel *employees = kn_store_get_employees (demo);

  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      gint64 id = kn_employee_get_id (employee);
      g_autoptr(KnEvaluation) a = kn_store_load_evaluation (demo, id, first, NULL);
      g_autoptr(KnEvaluation) b = kn_store_load_evaluation (demo, id, second, NULL);

      if (test != NULL && !test (employee))
        continue;
      if (a != NULL && kn_evaluation_get_status (a) == KN_EVALUATION_STATUS_FINAL &&
          b != NULL && kn_evaluation_get_status (b) == KN_EVALUATION_STATUS_DRAFT)
        return kn_store_lookup_employee (demo, id);
    }

  return NULL;
}


/* 1b. Options struck through */

/* The page @page of the PDF at @path, rendered grey at @dpi by pdftoppm: its width, height
 * and pixels (0 black … 255 white). */
static guint8 *
render_page (const char *path,
             guint       page,
             guint       dpi,
             guint      *width,
             guint      *height)
{
  g_autofree char *folder = kn_test_make_folder ("kinerja-render-XXXXXX");
  g_autofree char *prefix = g_build_filename (folder, "page", NULL);
  g_autofree char *pgm = g_strconcat (prefix, ".pgm", NULL);
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *resolution = g_strdup_printf ("%u", dpi);
  const char *argv[] = { "pdftoppm", "-gray", "-singlefile", "-r", resolution, "-f", number,
                         "-l", number, path, prefix, NULL };
  g_autofree char *out = kn_test_run_program (argv);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  guint max = 0;
  gsize length = 0;
  int offset = 0;
  guint8 *pixels;

  g_file_get_contents (pgm, &data, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sscanf (data, "P5 %u %u %u%n", width, height, &max, &offset), ==, 3);
  g_assert_cmpuint (max, ==, 255);
  offset++;  /* the one whitespace after the header */
  g_assert_cmpuint (length, ==, offset + (gsize) *width * *height);
  pixels = g_memdup2 (data + offset, (gsize) *width * *height);
  kn_test_remove_tree (folder);
  return pixels;
}

typedef struct
{
  double x0, y0, x1, y1;
  char  *text;
} Word;

static void
word_clear (gpointer data)
{
  g_free (((Word *) data)->text);
}

/* The words of each page of the PDF at @path (pdftotext -bbox), an array of Word per page. */
static GPtrArray *
pdf_words (const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autofree char *html = kn_test_run_program (argv);
  g_auto(GStrv) pages = g_strsplit (html, "<page ", -1);
  g_autoptr(GRegex) regex = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                         "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                                         0, 0, NULL);
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint p = 1; pages[p] != NULL; p++)
    {
      GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
      g_autoptr(GMatchInfo) match = NULL;

      g_array_set_clear_func (words, word_clear);
      g_regex_match (regex, pages[p], 0, &match);
      while (g_match_info_matches (match))
        {
          Word word;
          double *at[] = { &word.x0, &word.y0, &word.x1, &word.y1 };

          for (guint i = 0; i < G_N_ELEMENTS (at); i++)
            {
              g_autofree char *number = g_match_info_fetch (match, i + 1);

              *at[i] = g_ascii_strtod (number, NULL);
            }
          word.text = g_match_info_fetch (match, 5);
          g_array_append_val (words, word);
          g_match_info_next (match, NULL);
        }
      g_ptr_array_add (result, words);
    }
  return result;
}

/* Every line of the PDF at @path that reads @options ("A/B/C"), in order, written as
 * xlsx-rich.py writes a workbook's: each option drawn struck through between "~~". An option
 * is struck when a dark horizontal run, longer than any letter's stroke, crosses the middle of
 * its line where the option stands (rendered by pdftoppm at 150 dpi). */
static GPtrArray *
pdf_struck_options (const char *path,
                    const char *options)
{
  const double dpi = 150, scale = dpi / 72;
  g_autoptr(GPtrArray) pages = pdf_words (path);
  g_auto(GStrv) parts = g_strsplit (options, "/", -1);
  guint n_parts = g_strv_length (parts);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint p = 0; p < pages->len; p++)
    {
      GArray *words = g_ptr_array_index (pages, p);
      g_autofree guint8 *pixels = NULL;
      guint width = 0, height = 0;

      for (guint w = 0; w < words->len; w++)
        {
          const Word *first = &g_array_index (words, Word, w);
          g_autoptr(GString) joined = g_string_new (NULL);
          g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double) * 2);
          g_autoptr(GString) line = g_string_new (NULL);
          double x0 = first->x0, x1 = first->x1, y0 = first->y0, y1 = first->y1, min_run;
          guint chars = 0, last = w;

          /* The words on @first's line that make up @options exactly. */
          for (guint k = w; k < words->len && joined->len < strlen (options); k++)
            {
              const Word *word = &g_array_index (words, Word, k);

              if (fabs (word->y0 - first->y0) > 2)
                break;
              if (k > w)
                g_string_append_c (joined, ' ');
              g_string_append (joined, word->text);
              x1 = word->x1;
              y0 = MIN (y0, word->y0);
              y1 = MAX (y1, word->y1);
              last = k;
            }
          if (g_strcmp0 (joined->str, options) != 0)
            continue;

          if (pixels == NULL)
            pixels = render_page (path, p + 1, (guint) dpi, &width, &height);

          /* Dark runs across the middle of the line (clear of the cell borders above and
           * below), longer than one and a half line heights: no letter has such a stroke. */
          min_run = 1.5 * (y1 - y0) * scale;
          for (guint y = (guint) ((y0 + 0.25 * (y1 - y0)) * scale);
               y <= (guint) ((y1 - 0.25 * (y1 - y0)) * scale) && y < height; y++)
            {
              guint start = 0;
              gboolean dark = FALSE;

              for (guint x = (guint) (x0 * scale); x <= (guint) (x1 * scale) + 1 && x < width; x++)
                {
                  gboolean here = pixels[(gsize) y * width + x] < 160;

                  if (here && !dark)
                    start = x;
                  else if (!here && dark && x - start >= min_run)
                    {
                      double run[2] = { start / scale, x / scale };

                      g_array_append_val (runs, run);
                    }
                  dark = here;
                }
            }

          /* Each option's middle, by its share of the line's characters. */
          for (guint i = 0; i < n_parts; i++)
            {
              double middle = x0 + (x1 - x0) * (chars + 0.5 * g_utf8_strlen (parts[i], -1)) /
                                   g_utf8_strlen (options, -1);
              gboolean crossed = FALSE;

              for (guint r = 0; r < runs->len && !crossed; r++)
                {
                  const double *run = &g_array_index (runs, double, 2 * r);

                  crossed = run[0] <= middle && middle <= run[1];
                }
              if (i > 0)
                g_string_append_c (line, '/');
              g_string_append_printf (line, crossed ? "~~%s~~" : "%s", parts[i]);
              chars += g_utf8_strlen (parts[i], -1) + 1;
            }
          g_ptr_array_add (lines, g_string_free (g_steal_pointer (&line), FALSE));
          w = last;
        }
    }
  return lines;
}

/* The rich-text strings of the workbook at @path, struck runs between "~~"
 * (tests/data/xlsx-rich.py); NULL when python is missing. */
static GStrv
workbook_rich (const char *path)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "data", "xlsx-rich.py", NULL);
  const char *argv[] = { PYTHON, script, path, NULL };
  g_autofree char *text = NULL;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    return NULL;
  text = kn_test_run_program (argv);
  return g_strsplit (g_strchomp (text), "\n", -1);
}

#define ORG_OPTIONS      "ISTIMEWA/BAIK/BUTUH PERBAIKAN/KURANG/SANGAT KURANG"
#define RATING_OPTIONS   "DI ATAS EKSPEKTASI/SESUAI EKSPEKTASI/DI BAWAH EKSPEKTASI"
#define PREDIKAT_OPTIONS "SANGAT BAIK/BAIK/BUTUH PERBAIKAN/KURANG/SANGAT KURANG"

static void
assert_struck (GPtrArray  *lines,
               guint       n,
               const char *expected)
{
  g_assert_cmpuint (lines->len, >, n);
  g_assert_cmpstr (g_ptr_array_index (lines, n), ==, expected);
}

/* The Evaluasi prints both ratings and the predikat, the Dokumen the capaian kinerja organisasi
 * and the predikat, as every option with the others than the chosen one struck through: in the
 * PDF (the strike read from the rendered page) and in the workbook (rich text whose other runs
 * are <strike/>), the same. Three demo people's AKHIR evaluations, as the store holds them
 * (kinerja-cli evaluasi), on A4 and F4. */
static void
test_options_struck (void)
{
  static const struct
  {
    const char *nip;
    const char *org;
    const char *result;
    const char *behaviour;
    const char *predikat;
  } known[] = {
    /* The kepala Dinas: Sesuai Ekspektasi, Di Atas Ekspektasi, Baik. */
    { "196908072000041001",
      "~~ISTIMEWA~~/BAIK/~~BUTUH PERBAIKAN~~/~~KURANG~~/~~SANGAT KURANG~~",
      "~~DI ATAS EKSPEKTASI~~/SESUAI EKSPEKTASI/~~DI BAWAH EKSPEKTASI~~",
      "DI ATAS EKSPEKTASI/~~SESUAI EKSPEKTASI~~/~~DI BAWAH EKSPEKTASI~~",
      "~~SANGAT BAIK~~/BAIK/~~BUTUH PERBAIKAN~~/~~KURANG~~/~~SANGAT KURANG~~" },
    /* Di Bawah Ekspektasi, Sesuai Ekspektasi, Butuh Perbaikan. */
    { "198204152012012001",
      "~~ISTIMEWA~~/BAIK/~~BUTUH PERBAIKAN~~/~~KURANG~~/~~SANGAT KURANG~~",
      "~~DI ATAS EKSPEKTASI~~/~~SESUAI EKSPEKTASI~~/DI BAWAH EKSPEKTASI",
      "~~DI ATAS EKSPEKTASI~~/SESUAI EKSPEKTASI/~~DI BAWAH EKSPEKTASI~~",
      "~~SANGAT BAIK~~/~~BAIK~~/BUTUH PERBAIKAN/~~KURANG~~/~~SANGAT KURANG~~" },
    /* Di Atas Ekspektasi twice, Sangat Baik (a draft). */
    { "199610102024032001",
      "~~ISTIMEWA~~/BAIK/~~BUTUH PERBAIKAN~~/~~KURANG~~/~~SANGAT KURANG~~",
      "DI ATAS EKSPEKTASI/~~SESUAI EKSPEKTASI~~/~~DI BAWAH EKSPEKTASI~~",
      "DI ATAS EKSPEKTASI/~~SESUAI EKSPEKTASI~~/~~DI BAWAH EKSPEKTASI~~",
      "SANGAT BAIK/~~BAIK~~/~~BUTUH PERBAIKAN~~/~~KURANG~~/~~SANGAT KURANG~~" },
  };
  static const KnPaper papers[] = { KN_PAPER_A4, KN_PAPER_F4 };

  if (!have_readers ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    for (guint k = 0; k < G_N_ELEMENTS (papers); k++)
      {
        KnEmployee *employee = kn_store_find_employee_by_nip (demo, known[i].nip);
        g_autoptr(KnReport) evaluasi = NULL;
        g_autoptr(KnReport) dokumen = NULL;
        g_autoptr(GError) error = NULL;
        g_autoptr(GPtrArray) org = NULL;
        g_autoptr(GPtrArray) rating = NULL;
        g_autoptr(GPtrArray) predikat = NULL;
        g_auto(GStrv) rich = NULL;
        g_autofree char *pdf = NULL;
        g_autofree char *xlsx = NULL;
        Written written = { 0 };

        g_assert_nonnull (employee);
        evaluasi = kn_report_build_evaluation (demo, KN_DOCUMENT_EVALUASI,
                                               kn_employee_get_id (employee), "2026-AKHIR",
                                               &error);
        g_assert_no_error (error);
        write_report (evaluasi, papers[k], &written);
        pdf = g_build_filename (written.folder, "form.pdf", NULL);
        xlsx = g_build_filename (written.folder, "form.xlsx", NULL);

        org = pdf_struck_options (pdf, ORG_OPTIONS);
        rating = pdf_struck_options (pdf, RATING_OPTIONS);
        predikat = pdf_struck_options (pdf, PREDIKAT_OPTIONS);
        g_assert_cmpuint (org->len, ==, 1);
        assert_struck (org, 0, known[i].org);
        g_assert_cmpuint (rating->len, ==, 2);
        assert_struck (rating, 0, known[i].result);
        assert_struck (rating, 1, known[i].behaviour);
        g_assert_cmpuint (predikat->len, ==, 1);
        assert_struck (predikat, 0, known[i].predikat);

        /* The workbook: the period line, then the four choices in the form's order. */
        rich = workbook_rich (xlsx);
        if (rich != NULL)
          {
            g_assert_cmpuint (g_strv_length (rich), ==, 5);
            g_assert_cmpstr (rich[1], ==, known[i].org);
            g_assert_cmpstr (rich[2], ==, known[i].result);
            g_assert_cmpstr (rich[3], ==, known[i].behaviour);
            g_assert_cmpstr (rich[4], ==, known[i].predikat);
          }
        written_clear (&written);
        g_clear_pointer (&org, g_ptr_array_unref);
        g_clear_pointer (&predikat, g_ptr_array_unref);
        g_clear_pointer (&rich, g_strfreev);
        g_clear_pointer (&pdf, g_free);
        g_clear_pointer (&xlsx, g_free);

        dokumen = kn_report_build_evaluation (demo, KN_DOCUMENT_DOKUMEN,
                                              kn_employee_get_id (employee), "2026-AKHIR", &error);
        g_assert_no_error (error);
        write_report (dokumen, papers[k], &written);
        pdf = g_build_filename (written.folder, "form.pdf", NULL);
        xlsx = g_build_filename (written.folder, "form.xlsx", NULL);
        org = pdf_struck_options (pdf, ORG_OPTIONS);
        predikat = pdf_struck_options (pdf, PREDIKAT_OPTIONS);
        g_assert_cmpuint (org->len, ==, 1);
        assert_struck (org, 0, known[i].org);
        g_assert_cmpuint (predikat->len, ==, 1);
        assert_struck (predikat, 0, known[i].predikat);
        rich = workbook_rich (xlsx);
        if (rich != NULL)
          {
            g_assert_cmpuint (g_strv_length (rich), ==, 3);
            g_assert_cmpstr (rich[1], ==, known[i].org);
            g_assert_cmpstr (rich[2], ==, known[i].predikat);
          }
        written_clear (&written);
      }
}

/* 2. Status */

/* Each page of @pages carries the DRAF mark (or none does) and says the status. */
static void
assert_pages_marked (GStrv       pages,
                     gboolean    marked,
                     const char *status)
{
  g_autofree char *line = g_strdup_printf ("Status: %s", status);

  g_assert_cmpuint (g_strv_length (pages), >, 0);
  assert_contains (pages[0], line);
  for (guint i = 0; pages[i] != NULL; i++)
    {
      if (marked)
        assert_contains (pages[i], "DRAF");
      else
        assert_lacks (pages[i], "DRAF");
    }
}

static void
assert_workbook_marked (const char *text,
                        gboolean    marked,
                        const char *status)
{
  g_autofree char *line = g_strdup_printf ("Status: %s", status);
  g_autofree char *mark = g_strdup_printf ("mark: Status: %s", status);

  if (text == NULL)
    return;
  g_assert_true (has_line (text, line));
  g_assert_true (has_line (text, mark) == marked);
  g_assert_true (has_line (text, "header: DRAF") == marked);
}

static const EmployeeTest every_kind[6];

/* The Evaluasi and the Dokumen print the evaluation's own state, the same in PDF and Excel: a
 * final one unmarked, a draft one marked DRAF on every page and in a marked status cell. For
 * each kind of employee with a final and a draft evaluation in the demo, on A4 and F4. */
static void
test_status_evaluation (void)
{
  static const KnDocumentKind kinds[] = { KN_DOCUMENT_EVALUASI, KN_DOCUMENT_DOKUMEN };
  guint tried = 0;

  if (!have_readers ())
    return;

  for (guint e = 0; e < 6; e++)
    {
      KnEmployee *employee = find_final_then_draft ("2026-TW1", "2026-AKHIR", every_kind[e]);

      if (employee == NULL)
        continue;
      tried++;
      /* Final and draft, each kind on both papers, the Evaluasi and the Dokumen in turn. */
      for (guint final = 0; final < 2; final++)
        {
          guint k = (e + final) % 2;
          g_autoptr(GError) error = NULL;
          g_autoptr(KnReport) report = NULL;
          Written written = { NULL };

          report = kn_report_build_evaluation (demo, kinds[k], kn_employee_get_id (employee),
                                               final ? "2026-TW1" : "2026-AKHIR", &error);
          g_assert_no_error (error);
          write_report (report, final ? KN_PAPER_A4 : KN_PAPER_F4, &written);
          assert_pages_marked (written.pdf, !final, final ? "Final" : "Draf");
          assert_workbook_marked (written.xlsx, !final, final ? "Final" : "Draf");
          written_clear (&written);
        }
    }
  g_assert_cmpuint (tried, >=, 5);
}

/* An SKP that is not approved is marked the same way; its evaluation too. */
static void
test_status_skp (void)
{
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnPlan) plan = NULL;
  KnPlanResult *result;
  g_autoptr(KnReport) skp = NULL;
  g_autoptr(KnReport) evaluation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  Written written = { NULL };
  guint n_people = 0;
  gint64 unit, head, staff;

  if (!have_readers ())
    return;

  store = kn_test_store_new ("kinerja-forms-skp-XXXXXX", &folder, NULL);
  unit = kn_test_add_unit (store, "Badan Keuangan Daerah", 0);
  head = kn_test_add_staff (store, &n_people, "Kepala Badan", "Kepala Badan Keuangan Daerah",
                            KN_POSITION_JPT_PRATAMA, unit, 0);
  staff = kn_test_add_staff (store, &n_people, "Pengadministrasi", "Pengadministrasi Keuangan",
                             KN_POSITION_PELAKSANA, unit, head);
  plan = kn_plan_new (staff, 2026);
  kn_plan_set_assessor_id (plan, head);
  result = kn_test_plan_add_result (plan, KN_RESULT_KIND_UTAMA, "Terkelolanya belanja kantor", 0);
  kn_test_result_add_indicator (result, KN_ASPECT_KUANTITAS, "Laporan belanja yang disahkan", 12,
                                "dokumen");
  g_assert_true (kn_store_save_plan (store, plan, &error));
  g_assert_no_error (error);

  skp = kn_report_build_skp (store, staff, 2026, &error);
  g_assert_no_error (error);
  write_report (skp, KN_PAPER_F4, &written);
  assert_pages_marked (written.pdf, TRUE, "Draf");
  assert_workbook_marked (written.xlsx, TRUE, "Draf");
  written_clear (&written);

  evaluation = kn_report_build_evaluation (store, KN_DOCUMENT_EVALUASI, staff, "2026-TW1", &error);
  g_assert_no_error (error);
  write_report (evaluation, KN_PAPER_A4, &written);
  assert_pages_marked (written.pdf, TRUE, "Draf; SKP Draf");
  assert_workbook_marked (written.xlsx, TRUE, "Draf; SKP Draf");
  written_clear (&written);

  kn_test_store_clear (&store, &folder, NULL);
}

/* 3. Indonesian whatever the language */

/* The kinds of employee a reviewer tries: JPT, administrator, pengawas, fungsional, pelaksana
 * and PPPK. */
static gboolean
is_jpt (KnEmployee *employee)
{
  return kn_position_kind_is_jpt (kn_employee_get_position_kind (employee));
}

static gboolean
is_administrator (KnEmployee *employee)
{
  return kn_employee_get_position_kind (employee) == KN_POSITION_ADMINISTRATOR;
}

static gboolean
is_pengawas (KnEmployee *employee)
{
  return kn_employee_get_position_kind (employee) == KN_POSITION_PENGAWAS;
}

static gboolean
is_fungsional (KnEmployee *employee)
{
  return kn_employee_get_status (employee) == KN_EMPLOYEE_STATUS_PNS &&
         kn_position_kind_is_fungsional (kn_employee_get_position_kind (employee));
}

static gboolean
is_pelaksana (KnEmployee *employee)
{
  return kn_employee_get_status (employee) == KN_EMPLOYEE_STATUS_PNS &&
         kn_employee_get_position_kind (employee) == KN_POSITION_PELAKSANA;
}

static gboolean
is_pppk (KnEmployee *employee)
{
  return kn_employee_get_status (employee) != KN_EMPLOYEE_STATUS_PNS;
}

static const EmployeeTest every_kind[6] = {
  is_jpt, is_administrator, is_pengawas, is_fungsional, is_pelaksana, is_pppk,
};

/* The first demo employee of a kind with an SKP of the demo year. */
static gint64
find_kind (EmployeeTest test)
{
  GListModel *employees = kn_store_get_employees (demo);

  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      g_autoptr(KnPlan) plan = NULL;

      if (!test (employee))
        continue;
      plan = kn_store_load_plan (demo, kn_employee_get_id (employee), KN_DEMO_YEAR, NULL);
      if (plan != NULL)
        return kn_employee_get_id (employee);
    }

  return 0;
}

/* Fails on a word of English or a number with a decimal point in @text (what a reader sees of
 * one document). @what names the document. */
static void
assert_indonesian (const char *text,
                   const char *what)
{
  static const char *const patterns[] = {
    /* English words the documents used to print */
    "\\b(Page|of|to|and|the|at most|at least|largest|Approved|Draft|Submitted|Returned|"
    "Status: Final[a-z]|Employees?|Frequency|Allowed|Outside|pattern|Below|Above|expectations?|"
    "January|February|March|April|May|June|July|August|October|December|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Quarter|Annual|Year|Not rated)\\b",
    /* money without its Rp, and a decimal point ("25.71 %", "12.5") */
    "\\b\\d+ rupiah\\b",
    "(?:^|[\\s(])\\d+\\.\\d{1,2}(?=$|[\\s%),;])",
  };
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* Number cells of a workbook are numbers, not text. */
      if (g_str_has_prefix (lines[i], "= "))
        continue;
      for (guint p = 0; p < G_N_ELEMENTS (patterns); p++)
        if (g_regex_match_simple (patterns[p], lines[i], 0, 0))
          g_error ("%s: not Indonesian: “%s”", what, lines[i]);
    }
}

/* A signature or a list never shows "NIP." without a number. */
static void
assert_no_bare_nip (const char *text,
                    const char *what)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_regex_match_simple ("NIP\\.\\s*(-\\s*)?$", lines[i], 0, 0))
      g_error ("%s: a bare NIP: “%s”", what, lines[i]);
}

static void
assert_written_indonesian (Written    *written,
                           const char *what)
{
  g_autofree char *pdf = g_strjoinv ("\n", written->pdf);
  g_autofree char *pdf_what = g_strdup_printf ("%s (PDF)", what);
  g_autofree char *xlsx_what = g_strdup_printf ("%s (Excel)", what);

  assert_indonesian (pdf, pdf_what);
  assert_no_bare_nip (pdf, pdf_what);
  if (written->xlsx != NULL)
    {
      assert_indonesian (written->xlsx, xlsx_what);
      assert_no_bare_nip (written->xlsx, xlsx_what);
    }
}

/* Every document of every kind of employee, its recap and the pengembangan kompetensi, under
 * LANG=C.UTF-8 (the test's locale): Indonesian titles, dates, numbers, status and footers. */
static void
test_indonesian_in_c_locale (void)
{
  static const char *const periods[] = { "2026-TW1", "2026-AKHIR" };
  static const KnDocumentKind kinds[] = { KN_DOCUMENT_SKP, KN_DOCUMENT_EVALUASI,
                                          KN_DOCUMENT_DOKUMEN };

  if (!have_readers ())
    return;
  /* The process runs in the C locale with English messages. */
  g_assert_cmpstr (g_getenv ("LANG"), ==, "C.UTF-8");

  /* All of them in one PDF and one workbook, as a unit is exported. */
  {
    g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) kn_report_free);
    g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify) kn_document_free);
    g_autoptr(GError) error = NULL;
    g_autofree char *pdf = NULL;
    g_autofree char *xlsx = NULL;
    g_autofree char *all = NULL;
    Written written = { NULL };
    guint n_first_pages = 0;

    for (guint e = 0; e < G_N_ELEMENTS (every_kind); e++)
      {
        gint64 id = find_kind (every_kind[e]);

        g_assert_cmpint (id, >, 0);
        for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
          for (guint p = 0; p < (kinds[k] == KN_DOCUMENT_SKP ? 1 : G_N_ELEMENTS (periods)); p++)
            {
              KnReport *report = kinds[k] == KN_DOCUMENT_SKP
                                 ? kn_report_build_skp (demo, id, KN_DEMO_YEAR, &error)
                                 : kn_report_build_evaluation (demo, kinds[k], id, periods[p],
                                                               &error);

              g_assert_no_error (error);
              g_ptr_array_add (reports, report);
              /* Each kind on A4 and on F4. */
              g_ptr_array_add (documents,
                               kn_document_new_report (report, (e + k + p) % 2 == 0 ? KN_PAPER_A4
                                                                                    : KN_PAPER_F4));
            }
      }

    written.folder = kn_test_make_folder ("kinerja-forms-XXXXXX");
    pdf = g_build_filename (written.folder, "semua.pdf", NULL);
    xlsx = g_build_filename (written.folder, "semua.xlsx", NULL);
    g_assert_true (kn_document_write_pdf_many ((KnDocument **) documents->pdata, documents->len,
                                               pdf, &error));
    g_assert_no_error (error);
    g_assert_true (kn_export_reports_xlsx ((const KnReport *const *) reports->pdata, reports->len,
                                           KN_PAPER_A4, xlsx, &error));
    g_assert_no_error (error);
    written.pdf = pdf_pages (pdf);
    written.xlsx = workbook_text (xlsx);

    /* Every document's pages are numbered in Indonesian. */
    for (guint i = 0; written.pdf[i] != NULL; i++)
      if (strstr (written.pdf[i], "Halaman 1 dari ") != NULL)
        n_first_pages++;
    g_assert_cmpuint (n_first_pages, ==, documents->len);
    all = g_strjoinv ("\n", written.pdf);
    assert_lacks (all, "Page ");
    assert_written_indonesian (&written, "the documents of every kind of employee");
    written_clear (&written);
  }

  for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
    {
      KnOrgUnit *unit = kn_store_find_unit (demo, "Bidang Pembinaan SMA");
      g_autoptr(KnRecapReport) recap = NULL;
      g_autoptr(GError) error = NULL;
      Written written = { NULL };

      recap = kn_report_build_recap (demo, kn_org_unit_get_id (unit), periods[p], &error);
      g_assert_no_error (error);
      write_recap (recap, KN_PAPER_A4, &written);
      assert_written_indonesian (&written, "the recap");
      written_clear (&written);
    }

  {
    KnOrgUnit *unit = kn_store_find_unit (demo, "Bidang Pembinaan SMA");
    g_autoptr(KnTrainingRecap) recap = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *folder = kn_test_make_folder ("kinerja-forms-XXXXXX");
    g_autofree char *path = g_build_filename (folder, "kompetensi.xlsx", NULL);
    g_autofree char *text = NULL;

    recap = kn_report_build_training_recap (demo, kn_org_unit_get_id (unit), KN_DEMO_YEAR, &error);
    g_assert_no_error (error);
    g_assert_true (kn_export_training_xlsx (recap, KN_PAPER_A4, path, &error));
    g_assert_no_error (error);
    text = workbook_text (path);
    if (text != NULL)
      assert_indonesian (text, "pengembangan kompetensi (Excel)");
    kn_test_remove_tree (folder);
  }
}

/* 4. Identity and signatures */

/* The Dokumen Evaluasi is signed by the employee and the assessor (jabatan, name, NIP), names
 * the instansi then the OPD, and every form gives the unit kerja as its path from the OPD. */
static void
test_identity (void)
{
  static const KnDocumentKind kinds[] = { KN_DOCUMENT_EVALUASI, KN_DOCUMENT_DOKUMEN };

  if (!have_readers ())
    return;

  for (guint e = 0; e < G_N_ELEMENTS (every_kind); e++)
    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      {
        gint64 id = find_kind (every_kind[e]);
        g_autoptr(KnReport) report = NULL;
        g_autoptr(GError) error = NULL;
        g_autofree char *path_start = NULL;
        g_autofree char *pdf = NULL;
        g_autofree char *opd = NULL;
        Written written = { NULL };

        report = kn_report_build_evaluation (demo, kinds[k], id, "2026-AKHIR", &error);
        g_assert_no_error (error);
        /* The unit kerja starts at the OPD ("Dinas … › Bidang …"), for the final snapshot too. */
        g_assert_cmpstr (report->opd, !=, "");
        g_assert_true (g_str_has_prefix (report->employee.unit, report->opd));
        path_start = g_strconcat (report->opd, " › ", NULL);
        if (!kn_position_kind_is_jpt (kn_employee_get_position_kind (kn_store_lookup_employee (demo, id))))
          g_assert_true (g_str_has_prefix (report->employee.unit, path_start));

        write_report (report, (e + k) % 2 == 0 ? KN_PAPER_A4 : KN_PAPER_F4, &written);
        pdf = g_strjoinv ("\n", written.pdf);
        opd = g_utf8_strup (report->opd, -1);
        assert_contains (pdf, "PEMERINTAH PROVINSI LAMPUNG");
        assert_contains (pdf, opd);
        g_assert_true (strstr (pdf, "PEMERINTAH PROVINSI LAMPUNG") < strstr (pdf, opd));
        assert_contains (pdf, "Pegawai yang Dinilai,");
        assert_contains (pdf, "Pejabat Penilai Kinerja,");
        if (report->employee.nip[0] != '\0')
          {
            g_autofree char *nip = g_strdup_printf ("NIP. %s", report->employee.nip);

            assert_contains (pdf, nip);
            if (written.xlsx != NULL)
              g_assert_true (has_line (written.xlsx, nip));
          }
        if (written.xlsx != NULL)
          {
            g_assert_true (has_line (written.xlsx, "Pegawai yang Dinilai,"));
            g_assert_true (has_line (written.xlsx, "Pejabat Penilai Kinerja,"));
            g_assert_true (has_line (written.xlsx, report->employee.position));
            g_assert_true (has_line (written.xlsx, report->employee.unit));
            g_assert_true (has_line (written.xlsx, report->opd));
          }
        written_clear (&written);
      }
}

/* The pejabat penilai of a kepala OPD, recorded in the settings, is printed on the JPT's
 * forms; without a NIP no "NIP." line. */
static void
test_jpt_assessor (void)
{
  static const char * const keys[] = {
    KN_SETTING_JPT_ASSESSOR_NAME, KN_SETTING_JPT_ASSESSOR_POSITION, KN_SETTING_JPT_ASSESSOR_RANK,
    KN_SETTING_JPT_ASSESSOR_NIP,
  };
  static const char * const values[] = {
    "Dr. H. Ahmad Saputra, M.Si.", "Sekretaris Daerah Provinsi Lampung",
    "Pembina Utama Madya, IV/d", NULL,
  };
  gint64 id = find_kind (is_jpt);
  g_autoptr(KnPlan) plan = kn_store_load_plan (demo, id, KN_DEMO_YEAR, NULL);
  g_autoptr(KnReport) skp = NULL;
  g_autoptr(KnReport) dokumen = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  Written written = { NULL };

  if (!have_readers ())
    return;
  g_assert_nonnull (plan);
  /* A kepala OPD has no assessor in the roster. */
  g_assert_null (kn_store_lookup_employee (demo, kn_plan_get_assessor_id (plan)));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_assert_true (kn_store_set_setting (demo, keys[i], values[i], &error));
      g_assert_no_error (error);
    }

  skp = kn_report_build_skp (demo, id, KN_DEMO_YEAR, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (skp->assessor.name, ==, values[0]);
  g_assert_cmpstr (skp->assessor.position, ==, values[1]);
  g_assert_cmpstr (skp->assessor.rank, ==, values[2]);
  g_assert_cmpstr (skp->assessor.nip, ==, "");

  dokumen = kn_report_build_evaluation (demo, KN_DOCUMENT_DOKUMEN, id, "2026-TW1", &error);
  g_assert_no_error (error);
  write_report (dokumen, KN_PAPER_F4, &written);
  pdf = g_strjoinv ("\n", written.pdf);
  assert_contains (pdf, values[0]);
  assert_contains (pdf, values[1]);
  assert_contains (pdf, values[2]);
  assert_no_bare_nip (pdf, "the JPT's Dokumen (PDF)");
  if (written.xlsx != NULL)
    {
      g_assert_true (has_line (written.xlsx, values[0]));
      g_assert_true (has_line (written.xlsx, values[1]));
      assert_no_bare_nip (written.xlsx, "the JPT's Dokumen (Excel)");
    }
  written_clear (&written);

  /* Whom the kepala OPD rates has that official as atasan pejabat penilai. */
  {
    GListModel *employees = kn_store_get_employees (demo);
    guint found = 0;

    for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
      {
        g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
        static const char * const periods[] = { "2026-TW1", "2026-TW2", "2026-TW3", "2026-TW4",
                                                "2026-AKHIR" };

        if (kn_employee_get_supervisor_id (employee) != id)
          continue;
        for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
          {
            g_autoptr(KnReport) rated = kn_report_build_evaluation (demo, KN_DOCUMENT_DOKUMEN,
                                                                    kn_employee_get_id (employee),
                                                                    periods[p], NULL);

            if (rated == NULL || rated->final ||
                g_strcmp0 (rated->assessor.nip, skp->employee.nip) != 0)
              continue;
            g_assert_cmpstr (rated->superior.name, ==, values[0]);
            g_assert_null (kn_report_dup_signer_warning (rated));
            found++;
          }
      }
    g_assert_cmpuint (found, >, 0);
  }

  /* With a NIP, it is printed grouped. */
  g_assert_true (kn_store_set_setting (demo, KN_SETTING_JPT_ASSESSOR_NIP, "196805121994031004",
                                       &error));
  g_clear_pointer (&skp, kn_report_free);
  skp = kn_report_build_skp (demo, id, KN_DEMO_YEAR, &error);
  g_assert_cmpstr (skp->assessor.nip, ==, "19680512 199403 1 004");

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (kn_store_set_setting (demo, keys[i], NULL, &error));
}

/* The demo office records the kepala OPD's pejabat penilai (the Sekretaris Daerah): the JPT's
 * forms name him with his NIP and nobody's documents warn of a missing signer for it. */
static void
test_demo_jpt_assessor (void)
{
  gint64 id = find_kind (is_jpt);
  g_autoptr(KnReport) dokumen = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *pdf = NULL;
  Written written = { NULL };

  if (!have_readers ())
    return;
  dokumen = kn_report_build_evaluation (demo, KN_DOCUMENT_DOKUMEN, id, "2026-AKHIR", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dokumen->assessor.name, ==, "Dr. Ir. H. Marwan Hidayat, M.Si.");
  g_assert_cmpstr (dokumen->assessor.nip, ==, "19680315 199303 1 005");
  /* His unit kerja is the government he serves, not a blank line. */
  g_assert_cmpstr (dokumen->assessor.unit, ==, "Pemerintah Provinsi Lampung");
  warning = kn_report_dup_signer_warning (dokumen);
  g_assert_null (warning);
  write_report (dokumen, KN_PAPER_A4, &written);
  pdf = g_strjoinv ("\n", written.pdf);
  assert_contains (pdf, "Sekretaris Daerah Provinsi Lampung");
  assert_contains (pdf, "NIP. 19680315 199303 1 005");
  /* Above him, the Gubernur (no NIP: an elected official) as atasan pejabat penilai. */
  g_assert_cmpstr (dokumen->superior.name, ==, "Ir. H. Bambang Wirawan, M.M.");
  g_assert_cmpstr (dokumen->superior.position, ==, "Gubernur Lampung");
  g_assert_cmpstr (dokumen->superior.nip, ==, "");
  g_assert_cmpstr (dokumen->superior.unit, ==, "Pemerintah Provinsi Lampung");
  assert_contains (pdf, KN_FORM_SUPERIOR);
  assert_contains (pdf, "Ir. H. Bambang Wirawan, M.M.");
  assert_contains (pdf, "Gubernur Lampung");
  assert_no_bare_nip (pdf, "the JPT's Dokumen (PDF)");
  if (written.xlsx != NULL)
    {
      g_assert_true (has_line (written.xlsx, "Ir. H. Bambang Wirawan, M.M."));
      g_assert_true (has_line (written.xlsx, "Gubernur Lampung"));
      assert_no_bare_nip (written.xlsx, "the JPT's Dokumen (Excel)");
    }
  written_clear (&written);

  /* With a NIP recorded, it is printed grouped. */
  g_assert_true (kn_store_set_setting (demo, KN_SETTING_JPT_SUPERIOR_NIP, "196805121994031004",
                                       &error));
  g_assert_no_error (error);
  g_clear_pointer (&dokumen, kn_report_free);
  dokumen = kn_report_build_evaluation (demo, KN_DOCUMENT_DOKUMEN, id, "2026-TW1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dokumen->superior.nip, ==, "19680512 199403 1 004");
  write_report (dokumen, KN_PAPER_F4, &written);
  g_free (pdf);
  pdf = g_strjoinv ("\n", written.pdf);
  assert_contains (pdf, "19680512 199403 1 004");
  if (written.xlsx != NULL)
    g_assert_nonnull (strstr (written.xlsx, "19680512 199403 1 004"));
  written_clear (&written);
  g_assert_true (kn_store_set_setting (demo, KN_SETTING_JPT_SUPERIOR_NIP, NULL, &error));
}

/* 5. The recap and the curve */

/* Runs tests/data/check-xlsx.py on @path with @spec (JSON with ` for "). */
static void
check_workbook (const char *path,
                const char *spec)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "data", "check-xlsx.py", NULL);
  g_autofree char *json = g_strdelimit (g_strdup (spec), "`", '"');
  const char *argv[] = { PYTHON, script, path, json, NULL };
  gboolean skipped = FALSE;
  g_autofree char *out = NULL;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    return;
  out = kn_test_run_program_full (argv, &skipped);
}

/* The pages as one line: a line broken after "/" joined again ("KURANG/MISCONDUCT" in a narrow
 * column), every other line break a space. */
static char *
flat_text (GStrv pages)
{
  g_autofree char *all = g_strjoinv (" ", pages);
  GString *flat = g_string_new (NULL);

  for (const char *p = all; *p != '\0'; p++)
    {
      if (*p == '\n' && flat->len > 0 && flat->str[flat->len - 1] == '/')
        continue;
      g_string_append_c (flat, *p == '\n' ? ' ' : *p);
    }
  return g_string_free (flat, FALSE);
}

/* The Penetapan Predikat, signed by the head, is a draft like the Evaluasi until every predikat
 * in it is final: "Status: Draf" and the DRAF mark on every page and in the workbook's header,
 * an unrated person's predikat "Belum dinilai" (not "(belum final)" under nothing). Once every
 * predikat is final: "Status: Final", unmarked. */
static void
test_status_recap (void)
{
  KnOrgUnit *dinas = kn_store_find_unit (demo, "Dinas Pendidikan dan Kebudayaan");
  KnOrgUnit *sma = kn_store_find_unit (demo, "Bidang Pembinaan SMA");
  g_autoptr(KnRecapReport) draft = NULL;
  g_autoptr(KnRecapReport) final = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *flat = NULL;
  Written written = { NULL };
  guint unrated = 0;
  guint pending = 0;

  if (!have_readers ())
    return;

  draft = kn_report_build_recap (demo, kn_org_unit_get_id (dinas), "2026-AKHIR", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < draft->rows->len; i++)
    {
      const KnRecapRow *row = g_ptr_array_index (draft->rows, i);

      if (row->predikat == KN_PREDIKAT_NONE)
        unrated++;
      else if (!row->final)
        pending++;
    }
  g_assert_cmpuint (unrated, >, 0);
  write_recap (draft, KN_PAPER_A4, &written);
  assert_pages_marked (written.pdf, TRUE, "Draf");
  assert_workbook_marked (written.xlsx, TRUE, "Draf");
  flat = flat_text (written.pdf);
  g_assert_cmpuint (kn_test_count_in (flat, "Belum dinilai"), ==, unrated);
  /* The workbook says it as the PDF does. */
  if (written.xlsx != NULL)
    g_assert_cmpuint (kn_test_count_in (written.xlsx, "Belum dinilai"), ==, unrated);
  g_assert_cmpuint (kn_test_count_in (flat, "(belum final)"), ==, pending);
  written_clear (&written);

  final = kn_report_build_recap (demo, kn_org_unit_get_id (sma), "2026-TW1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (final->rows->len, >, 0);
  for (guint i = 0; i < final->rows->len; i++)
    g_assert_true (((const KnRecapRow *) g_ptr_array_index (final->rows, i))->final);
  write_recap (final, KN_PAPER_F4, &written);
  assert_pages_marked (written.pdf, FALSE, "Final");
  assert_workbook_marked (written.xlsx, FALSE, "Final");
  written_clear (&written);
}

/* The recap of a unit lists the people its head rates, not the head, who signs it; the curve
 * has the form's title, axis titles and labels, in the PDF and in the Excel chart alike. */
static void
test_recap_and_curve (void)
{
  KnOrgUnit *unit = kn_store_find_unit (demo, "Bidang Pembinaan SMA");
  g_autoptr(KnRecapReport) recap = NULL;
  g_autoptr(KnReport) evaluation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *title = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *spec = NULL;
  Written written = { NULL };
  g_autoptr(GPtrArray) members = NULL;
  KnEmployee *member;
  const KnPaper papers[] = { KN_PAPER_A4, KN_PAPER_F4 };

  if (!have_readers ())
    return;

  recap = kn_report_build_recap (demo, kn_org_unit_get_id (unit), "2026-TW1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (recap->org_predikat, !=, KN_ORG_PREDIKAT_NONE);
  title = kn_report_curve_title (recap->org_predikat);
  g_assert_true (g_str_has_prefix (title, "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN "
                                          "CAPAIAN KINERJA ORGANISASI "));
  /* On A4 and on F4. */
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      write_recap (recap, papers[i], &written);
      g_clear_pointer (&pdf, g_free);
      pdf = flat_text (written.pdf);
      /* The head signs once and is not a row of his own recap. */
      g_assert_cmpuint (kn_test_count_in (pdf, recap->leader.name), ==, 1);
      assert_contains (pdf, title);
      assert_contains (pdf, "Frekuensi Pegawai");
      assert_contains (pdf, "Predikat Kinerja Pegawai");
      assert_contains (pdf, "KURANG/MISCONDUCT");
      g_clear_pointer (&xlsx, g_free);
      g_clear_pointer (&spec, g_free);
      xlsx = g_build_filename (written.folder, "rekap.xlsx", NULL);
      spec = g_strdup_printf ("{`zip_contains`: {`xl/charts/chart1.xml`: [`%s`,"
                              " `Frekuensi Pegawai`, `Predikat Kinerja Pegawai`]},"
                              " `sheets`: {`Rekap`: {`find`: [[`KURANG/MISCONDUCT`, `s`]],"
                              " `absent`: [`KURANG`]}}}", title);
      check_workbook (xlsx, spec);
      written_clear (&written);
    }

  /* The evaluation form's curve says the same. */
  members = kn_store_list_unit_evaluations (demo, kn_org_unit_get_id (unit), "2026-TW1", 0);
  member = kn_store_lookup_employee (demo, kn_evaluation_get_employee_id (g_ptr_array_index (members, 0)));
  evaluation = kn_report_build_evaluation (demo, KN_DOCUMENT_EVALUASI, kn_employee_get_id (member),
                                           "2026-TW1", &error);
  g_assert_no_error (error);
  g_clear_pointer (&title, g_free);
  title = kn_report_curve_title (evaluation->org_predikat);
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      write_report (evaluation, papers[i], &written);
      g_clear_pointer (&pdf, g_free);
      pdf = flat_text (written.pdf);
      assert_contains (pdf, title);
      assert_contains (pdf, "Frekuensi Pegawai");
      assert_contains (pdf, "KURANG/MISCONDUCT");
      g_clear_pointer (&xlsx, g_free);
      g_clear_pointer (&spec, g_free);
      xlsx = g_build_filename (written.folder, "form.xlsx", NULL);
      spec = g_strdup_printf ("{`zip_contains`: {`xl/charts/chart1.xml`: [`%s`,"
                              " `Frekuensi Pegawai`]}}", title);
      check_workbook (xlsx, spec);
      written_clear (&written);
    }
}

/* Whitespace runs as one space: a cell's text wraps where the column ends. */
static char *
squeeze (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

/* The annual (AKHIR) Evaluasi prints column (7), the year's realisation derived from the
 * periods, and column (8), the year's dated feedback, for every kind of employee, on A4 and F4
 * in turn, in the PDF and in the workbook: each row's realisation and first feedback line as
 * the document's data has them. */
static void
test_annual_columns (void)
{
  guint realizations = 0;
  guint feedback = 0;

  if (!have_readers ())
    return;

  for (guint e = 0; e < G_N_ELEMENTS (every_kind); e++)
    {
      gint64 id = find_kind (every_kind[e]);
      g_autoptr(KnReport) report = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *pdf = NULL;
      g_autofree char *book = NULL;
      Written written = { NULL };
      guint shown = 0;

      if (id == 0)
        continue;
      report = kn_report_build_evaluation (demo, KN_DOCUMENT_EVALUASI, id, "2026-AKHIR", &error);
      g_assert_no_error (error);
      write_report (report, e % 2 == 0 ? KN_PAPER_A4 : KN_PAPER_F4, &written);
      {
        g_autofree char *flat = flat_text (written.pdf);

        pdf = squeeze (flat);
      }
      book = written.xlsx != NULL ? squeeze (written.xlsx) : NULL;

      for (guint r = 0; r < report->results->len; r++)
        {
          KnReportResult *row = g_ptr_array_index (report->results, r);

          for (guint i = 0; i < row->indicators->len; i++)
            {
              KnReportIndicator *cell = g_ptr_array_index (row->indicators, i);
              g_autofree char *value = squeeze (cell->realization);

              if (value[0] == '\0')
                continue;
              assert_contains (pdf, value);
              if (book != NULL)
                assert_contains (book, value);
              shown++;
            }
          if (row->feedback[0] != '\0')
            {
              g_auto(GStrv) lines = g_strsplit (row->feedback, "\n", 2);
              g_autofree char *first = squeeze (lines[0]);

              assert_contains (pdf, first);
              if (book != NULL)
                assert_contains (book, first);
              feedback++;
            }
        }
      /* The demo records a year of quarters for everyone with an SKP. */
      g_assert_cmpuint (shown, >, 0);
      realizations += shown;
      written_clear (&written);
    }
  g_assert_cmpuint (realizations, >, 0);
  g_assert_cmpuint (feedback, >, 0);
}

/* 6. The kop surat */

/* The letterhead's lines and PNG logo from the settings head every form: the SKP, the
 * Evaluasi, the Dokumen and the recap, in the PDF and in the workbook. */
static void
test_letterhead (void)
{
  g_autofree char *folder = kn_test_make_folder ("kinerja-forms-kop-XXXXXX");
  g_autofree char *logo = g_build_filename (folder, "logo-lampung.png", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 40, 48);
  gint64 id = find_kind (is_pelaksana);
  KnOrgUnit *unit = kn_store_find_unit (demo, "Bidang Pembinaan SMA");
  g_autoptr(GError) error = NULL;
  g_autofree char *pdfimages = g_find_program_in_path ("pdfimages");

  if (!have_readers ())
    return;
  g_assert_cmpint (cairo_surface_write_to_png (surface, logo), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (kn_store_set_setting (demo, "letterhead-lines",
                                       "PEMERINTAH PROVINSI LAMPUNG\nBADAN KEPEGAWAIAN DAERAH\n"
                                       "Jalan Robert Wolter Monginsidi Nomor 69, Telukbetung",
                                       &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_set_setting (demo, "letterhead-logo", logo, &error));

  for (guint k = 0; k < 4; k++)
    {
      g_autoptr(KnReport) report = NULL;
      g_autoptr(KnRecapReport) recap = NULL;
      g_autofree char *pdf_path = NULL;
      g_autofree char *xlsx_path = NULL;
      const char *title;
      Written written = { NULL };

      if (k < 3)
        {
          static const KnDocumentKind kinds[] = { KN_DOCUMENT_SKP, KN_DOCUMENT_EVALUASI,
                                                  KN_DOCUMENT_DOKUMEN };
          static const char * const titles[] = { "SASARAN KINERJA PEGAWAI",
                                                  "EVALUASI KINERJA PEGAWAI",
                                                  "DOKUMEN EVALUASI KINERJA PEGAWAI" };

          report = kinds[k] == KN_DOCUMENT_SKP
                   ? kn_report_build_skp (demo, id, KN_DEMO_YEAR, &error)
                   : kn_report_build_evaluation (demo, kinds[k], id, "2026-TW1", &error);
          g_assert_no_error (error);
          write_report (report, k % 2 == 0 ? KN_PAPER_A4 : KN_PAPER_F4, &written);
          pdf_path = g_build_filename (written.folder, "form.pdf", NULL);
          xlsx_path = g_build_filename (written.folder, "form.xlsx", NULL);
          title = titles[k];
        }
      else
        {
          recap = kn_report_build_recap (demo, kn_org_unit_get_id (unit), "2026-TW1", &error);
          g_assert_no_error (error);
          write_recap (recap, KN_PAPER_A4, &written);
          pdf_path = g_build_filename (written.folder, "rekap.pdf", NULL);
          xlsx_path = g_build_filename (written.folder, "rekap.xlsx", NULL);
          title = "PENETAPAN PREDIKAT KINERJA PEGAWAI";
        }

      /* On top of the first page, above the form's title. */
      assert_contains (written.pdf[0], "BADAN KEPEGAWAIAN DAERAH");
      assert_contains (written.pdf[0], "Jalan Robert Wolter Monginsidi Nomor 69, Telukbetung");
      assert_contains (written.pdf[0], title);
      g_assert_true (strstr (written.pdf[0], "BADAN KEPEGAWAIAN DAERAH") <
                     strstr (written.pdf[0], title));
      if (pdfimages != NULL)
        {
          const char *argv[] = { pdfimages, "-list", "-f", "1", "-l", "1", pdf_path, NULL };
          g_autofree char *list = kn_test_run_program (argv);

          /* A header line, a rule, then one line per image. */
          assert_contains (list, " 40    48 ");
        }
      if (written.xlsx != NULL)
        {
          g_assert_true (has_line (written.xlsx, "BADAN KEPEGAWAIAN DAERAH"));
          check_workbook (xlsx_path, "{`zip_contains`: {`xl/drawings/drawing1.xml`: [`Logo`]}}");
        }
      written_clear (&written);
    }

  g_assert_true (kn_store_set_setting (demo, "letterhead-lines", NULL, &error));
  g_assert_true (kn_store_set_setting (demo, "letterhead-logo", NULL, &error));
  kn_test_remove_tree (folder);
}

/* 8. Pages as a person files them */

/* The lines of page @n of the PDF at @path as pdftotext reads that page alone, blank lines and
 * the page number left out. */
static GPtrArray *
page_lines (const char *path,
            guint       n)
{
  g_autofree char *first = g_strdup_printf ("%u", n);
  const char *argv[] = { "pdftotext", "-raw", "-f", first, "-l", first, path, "-", NULL };
  g_autofree char *text = kn_test_run_program (argv);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      if (line[0] == '\0' || line[0] == '\f' || g_str_has_prefix (line, "Halaman "))
        continue;
      g_ptr_array_add (kept, g_steal_pointer (&line));
    }
  return kept;
}

/* A line of @lines starts with @start (a label and its options share a line). */
static gboolean
lines_have (GPtrArray  *lines,
            const char *start)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (lines, i), start))
      return TRUE;
  return FALSE;
}

/* Over the demo office's Evaluasi forms on A4 and F4: no page ends with a section heading or a
 * table header, and the signatures stand on a page with the rows before them (the rating
 * perilaku kerja and the predikat), never with the predikat line alone. */
static void
test_pages (void)
{
  static const char * const headings[] = {
    "HASIL KERJA", "A. UTAMA", "B. TAMBAHAN", "PERILAKU KERJA", "CAPAIAN KINERJA ORGANISASI",
  };
  static const KnPaper papers[] = { KN_PAPER_A4, KN_PAPER_F4 };
  GListModel *employees = kn_store_get_employees (demo);
  g_autofree char *folder = NULL;
  guint checked = 0;

  if (!have_readers ())
    return;
  folder = kn_test_make_folder ("kinerja-pages-XXXXXX");

  for (guint e = 0; e < g_list_model_get_n_items (employees); e += 3)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, e);

      for (guint k = 0; k < G_N_ELEMENTS (papers); k++)
        {
          g_autoptr(KnReport) report = NULL;
          g_autoptr(KnDocument) document = NULL;
          g_autoptr(GError) error = NULL;
          g_autofree char *path = g_build_filename (folder, "form.pdf", NULL);
          guint n_pages;
          gboolean signed_page = FALSE;

          report = kn_report_build_evaluation (demo, KN_DOCUMENT_EVALUASI, kn_employee_get_id (employee),
                                               k == 0 ? "2026-TW1" : "2026-AKHIR", NULL);
          if (report == NULL)
            continue;
          document = kn_document_new_report (report, papers[k]);
          g_assert_true (kn_document_write_pdf (document, path, &error));
          g_assert_no_error (error);
          n_pages = kn_document_get_n_pages (document);

          for (guint n = 1; n <= n_pages; n++)
            {
              g_autoptr(GPtrArray) lines = page_lines (path, n);
              const char *last;

              g_assert_cmpuint (lines->len, >, 0);
              last = g_ptr_array_index (lines, lines->len - 1);
              for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
                if (n < n_pages && g_str_equal (last, headings[h]))
                  g_error ("%s, page %u of %u ends with the heading %s",
                           kn_employee_get_name (employee), n, n_pages, last);
              /* The table's column numbers, "(1)" … "(8)", are its header's last line. */
              if (n < n_pages && g_str_equal (last, "(8)"))
                g_error ("%s, page %u of %u ends with the table's header",
                         kn_employee_get_name (employee), n, n_pages);

              if (lines_have (lines, "Pejabat Penilai Kinerja,"))
                {
                  signed_page = TRUE;
                  g_assert_true (lines_have (lines, "RATING PERILAKU KERJA"));
                  g_assert_true (lines_have (lines, "PREDIKAT KINERJA PEGAWAI"));
                }
            }
          g_assert_true (signed_page);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >=, 20);
  kn_test_remove_tree (folder);
}

/* One home for the wording (kn-form-text.h): the PDF and the workbook of the same document carry
 * the same titles, headings, rule sentences and signature captions. */

/* @text with every run of white space made one space, so that a heading wrapped over lines in a
 * PDF cell reads as it is written. */
static char *
one_line (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
assert_both_carry (const Written *written,
                   const char    *what,
                   const char    *heading)
{
  g_autofree char *joined = g_strjoinv ("\n", written->pdf);
  g_autofree char *pdf = one_line (joined);
  g_autofree char *xlsx = written->xlsx != NULL ? one_line (written->xlsx) : NULL;

  if (strstr (pdf, heading) == NULL)
    g_error ("The PDF of the %s lacks “%s”", what, heading);
  if (xlsx != NULL && strstr (xlsx, heading) == NULL)
    g_error ("The workbook of the %s lacks “%s”", what, heading);
}

static void
test_same_wording (void)
{
  const EmployeeTest *kinds = every_kind;
  static const char * const kind_names[] = { "SKP", "Evaluasi", "Dokumen Evaluasi" };

  if (!have_readers ())
    return;

  /* Every kind of employee, each on A4 and F4. */
  for (guint e = 0; e < G_N_ELEMENTS (every_kind); e++)
    {
      gint64 id = find_kind (kinds[e]);
      gboolean jpt = kinds[e] == is_jpt;

      for (KnDocumentKind kind = KN_DOCUMENT_SKP; kind <= KN_DOCUMENT_DOKUMEN; kind++)
        {
          const char *common[] = {
            KN_FORM_EMPLOYEE, KN_FORM_ASSESSOR, KN_FORM_SIGN_EMPLOYEE, KN_FORM_SIGN_ASSESSOR,
          };
          const char *skp[] = {
            KN_FORM_TITLE_SKP, KN_FORM_TITLE_LAMPIRAN, KN_FORM_PERIOD, KN_FORM_HASIL_KERJA,
            KN_FORM_SECTION_UTAMA, KN_FORM_SECTION_TAMBAHAN, KN_FORM_COL_RHK, KN_FORM_COL_IKI,
            KN_FORM_COL_TARGET, jpt ? KN_FORM_COL_PERSPEKTIF : KN_FORM_COL_ASPEK,
            jpt ? KN_FORM_COL_RHK : KN_FORM_COL_INTERVENSI, KN_FORM_PERILAKU, KN_FORM_EKSPEKTASI,
            kn_form_text_group (jpt), kn_form_text_attachment (0), kn_form_text_attachment (1),
            kn_form_text_attachment (2),
          };
          const char *evaluasi[] = {
            KN_FORM_TITLE_EVALUASI, KN_FORM_PERIOD_DATES, KN_FORM_HASIL_KERJA,
            KN_FORM_SECTION_UTAMA, KN_FORM_COL_REALISASI, KN_FORM_COL_FEEDBACK, KN_FORM_POLA, KN_FORM_POLA_NOTE,
            KN_FORM_CAPAIAN_ORG KN_FORM_SET_MARK, KN_FORM_RATING_RESULT KN_FORM_SET_MARK,
            KN_FORM_RATING_BEHAVIOUR KN_FORM_SET_MARK, KN_FORM_PREDIKAT KN_FORM_SET_MARK,
            KN_FORM_SET_NOTE, KN_FORM_PERILAKU, KN_FORM_EKSPEKTASI, kn_form_text_group (jpt),
          };
          const char *dokumen[] = {
            KN_FORM_TITLE_DOKUMEN, KN_FORM_INSTANSI, KN_FORM_PERIODE_PENILAIAN, KN_FORM_SUPERIOR,
            KN_FORM_EVALUASI_KINERJA, KN_FORM_CAPAIAN_ORG, KN_FORM_PREDIKAT, KN_FORM_CATATAN,
          };
          const char **own = kind == KN_DOCUMENT_SKP ? skp
                             : kind == KN_DOCUMENT_EVALUASI ? evaluasi : dokumen;
          guint n_own = kind == KN_DOCUMENT_SKP ? G_N_ELEMENTS (skp)
                        : kind == KN_DOCUMENT_EVALUASI ? G_N_ELEMENTS (evaluasi)
                        : G_N_ELEMENTS (dokumen);
          g_autoptr(KnReport) report = NULL;
          g_autoptr(GError) error = NULL;
          g_autofree char *approach = NULL;
          Written written = { NULL };

          report = kind == KN_DOCUMENT_SKP
                   ? kn_report_build_skp (demo, id, KN_DEMO_YEAR, &error)
                   : kn_report_build_evaluation (demo, kind, id, "2026-AKHIR", &error);
          g_assert_no_error (error);
          STOP_IF_FAILED ();
          write_report (report, (e + kind) % 2 == 0 ? KN_PAPER_A4 : KN_PAPER_F4, &written);

          for (guint i = 0; i < G_N_ELEMENTS (common); i++)
            assert_both_carry (&written, kind_names[kind], common[i]);
          for (guint i = 0; i < KN_FORM_N_PERSON_LABELS; i++)
            assert_both_carry (&written, kind_names[kind],
                               kn_form_text_person_label (i));
          for (guint i = 0; i < n_own; i++)
            assert_both_carry (&written, kind_names[kind], own[i]);
          if (kind != KN_DOCUMENT_DOKUMEN)
            {
              approach = kn_form_text_approach (report->approach);
              assert_both_carry (&written, kind_names[kind], approach);
            }
          written_clear (&written);
        }
    }

  /* The unit's Penetapan Predikat. */
  {
    KnOrgUnit *unit = kn_store_find_unit (demo, "Bidang Pembinaan SMA");
    g_autoptr(KnRecapReport) recap = NULL;
    g_autoptr(GError) error = NULL;
    const char *recap_wording[] = {
      KN_FORM_TITLE_REKAP, KN_FORM_RATING_RESULT, KN_FORM_RATING_BEHAVIOUR, KN_FORM_PREDIKAT,
      KN_FORM_UNIT_KERJA, KN_FORM_DISTRIBUSI, KN_FORM_JUMLAH, KN_FORM_PERSENTASE,
      KN_FORM_POLA_FOR, KN_FORM_KESESUAIAN, KN_FORM_SIGN_LEADER,
    };
    Written written = { NULL };

    recap = kn_report_build_recap (demo, kn_org_unit_get_id (unit), "2026-TW1", &error);
    g_assert_no_error (error);
    STOP_IF_FAILED ();
    write_recap (recap, KN_PAPER_A4, &written);
    for (guint i = 0; i < G_N_ELEMENTS (recap_wording); i++)
      assert_both_carry (&written, "Penetapan Predikat", recap_wording[i]);
    written_clear (&written);
  }
}

/* Writes the Evaluasi and the Dokumen Evaluasi of @id for @period, and reads each back as one
 * line of PDF text and one of workbook text (NULL without openpyxl), Evaluasi first. */
static void
write_both_kinds (gint64      id,
                  const char *period,
                  char       *pdf[2],
                  char       *xlsx[2])
{
  static const KnDocumentKind kinds[] = { KN_DOCUMENT_EVALUASI, KN_DOCUMENT_DOKUMEN };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KnReport) report = kn_report_build_evaluation (demo, kinds[k], id, period, &error);
      g_autofree char *joined = NULL;
      Written written = { NULL };

      g_assert_no_error (error);
      write_report (report, KN_PAPER_A4, &written);
      joined = g_strjoinv ("\n", written.pdf);
      pdf[k] = one_line (joined);
      xlsx[k] = written.xlsx != NULL ? one_line (written.xlsx) : NULL;
      written_clear (&written);
    }
}

/* The Tim Penilai Kinerja's decision on a person's evaluation of a period prints as one line,
 * the same in the PDF and the workbook of the Evaluasi and of the Dokumen Evaluasi (in its
 * CATATAN/REKOMENDASI); nothing while the matter waits for the team. */
static void
test_review_decision (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *today = kn_format_doc_iso_date (day);
  g_autofree char *expected = NULL;
  gint64 id = find_kind (is_pelaksana);
  gint64 team;
  char *pdf[2] = { NULL }, *xlsx[2] = { NULL };

  if (!have_readers ())
    return;
  team = kn_store_add_review_team (demo, "Tim Penilai Kinerja Dinas", "800/12/2026", KN_DEMO_YEAR,
                                   &error);
  g_assert_no_error (error);

  g_assert_true (kn_store_record_review (demo, team, id, "2026-TW2", KN_REVIEW_DIAJUKAN, NULL,
                                         &error));
  g_assert_no_error (error);
  write_both_kinds (id, "2026-TW2", pdf, xlsx);
  for (guint k = 0; k < 2; k++)
    {
      assert_lacks (pdf[k], "Tim Penilai");
      if (xlsx[k] != NULL)
        assert_lacks (xlsx[k], "Tim Penilai");
      g_clear_pointer (&pdf[k], g_free);
      g_clear_pointer (&xlsx[k], g_free);
    }

  g_assert_true (kn_store_record_review (demo, team, id, "2026-TW2", KN_REVIEW_TINJAU_ULANG,
                                         "Bukti dukung IKI 2 belum ada.", &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("Rekomendasi Tim Penilai Kinerja: Mohon ditinjau ulang — Bukti "
                              "dukung IKI 2 belum ada. (%s)", today);
  write_both_kinds (id, "2026-TW2", pdf, xlsx);
  for (guint k = 0; k < 2; k++)
    {
      assert_contains (pdf[k], expected);
      if (xlsx[k] != NULL)
        assert_contains (xlsx[k], expected);
      g_clear_pointer (&pdf[k], g_free);
      g_clear_pointer (&xlsx[k], g_free);
    }
  /* Another period of the same person: the team decided nothing there. */
  write_both_kinds (id, "2026-TW1", pdf, xlsx);
  for (guint k = 0; k < 2; k++)
    {
      assert_lacks (pdf[k], "Rekomendasi Tim Penilai Kinerja");
      g_clear_pointer (&pdf[k], g_free);
      g_clear_pointer (&xlsx[k], g_free);
    }
}

/* The Penetapan Predikat of a unit whose period a Tim Penilai Kinerja reviewed says so (the
 * team, its decree, its ketua, who signs) and lists the team's decision on each person: agreed
 * after the assessor answered a "mohon ditinjau ulang", or asked to review and not answered yet.
 * The recap of a period the team did not review has none of it. PDF and workbook alike. */
static void
test_review_recap (void)
{
  KnOrgUnit *unit = kn_store_find_unit (demo, "Bidang Pembinaan SMA");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *today = kn_format_doc_iso_date (day);
  g_autoptr(KnRecapReport) recap = NULL;
  g_autoptr(KnRecapReport) plain = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *xlsx = NULL;
  g_autofree char *agreed = NULL;
  g_autofree char *asked = NULL;
  g_autofree char *team_line = NULL;
  KnEmployee *ketua = kn_store_lookup_employee (demo, find_kind (is_administrator));
  g_autofree char *ketua_name = NULL;
  const KnRecapRow *first, *second;
  Written written = { NULL };
  gint64 team;

  if (!have_readers ())
    return;

  recap = kn_report_build_recap (demo, kn_org_unit_get_id (unit), "2026-TW3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recap->rows->len, >=, 2);
  first = g_ptr_array_index (recap->rows, 0);
  second = g_ptr_array_index (recap->rows, 1);

  team = kn_store_add_review_team (demo, "Tim Penilai Kinerja Bidang SMA", "800/77/2026",
                                   KN_DEMO_YEAR, &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_set_review_member (demo, team, kn_employee_get_id (ketua),
                                             KN_REVIEW_ROLE_KETUA, &error));
  g_assert_no_error (error);
  /* The first: asked to review, the assessor answered (put it before the team again), agreed. */
  g_assert_true (kn_store_record_review (demo, team, first->employee_id, "2026-TW3",
                                         KN_REVIEW_TINJAU_ULANG, "Bukti dukung belum lengkap.",
                                         &error));
  g_assert_true (kn_store_record_review (demo, team, first->employee_id, "2026-TW3",
                                         KN_REVIEW_DIAJUKAN, "Bukti dukung sudah dilengkapi.",
                                         &error));
  g_assert_true (kn_store_record_review (demo, team, first->employee_id, "2026-TW3",
                                         KN_REVIEW_SETUJU, NULL, &error));
  /* The second: asked to review, not answered. */
  g_assert_true (kn_store_record_review (demo, team, second->employee_id, "2026-TW3",
                                         KN_REVIEW_TINJAU_ULANG, "Rating perilaku tanpa catatan.",
                                         &error));
  g_assert_no_error (error);

  g_clear_pointer (&recap, kn_recap_report_free);
  recap = kn_report_build_recap (demo, kn_org_unit_get_id (unit), "2026-TW3", &error);
  g_assert_no_error (error);
  first = g_ptr_array_index (recap->rows, 0);
  second = g_ptr_array_index (recap->rows, 1);
  /* One full stop after the sentence, also when the name ends in a title's. */
  ketua_name = g_str_has_suffix (kn_employee_get_name (ketua), ".")
                 ? g_strdup (kn_employee_get_name (ketua))
                 : g_strconcat (kn_employee_get_name (ketua), ".", NULL);
  g_assert_false (g_str_has_suffix (ketua_name, ".."));
  team_line = g_strdup_printf ("Predikat kinerja pegawai pada penetapan ini telah ditinjau oleh Tim"
                               " Penilai Kinerja Bidang SMA (Surat Keputusan Nomor 800/77/2026),"
                               " diketuai oleh %s", ketua_name);
  agreed = g_strdup_printf ("%s: Setuju (%s), setelah ditinjau ulang dan ditanggapi Pejabat"
                            " Penilai Kinerja", first->person.name, today);
  asked = g_strdup_printf ("%s: Mohon ditinjau ulang — Rating perilaku tanpa catatan. (%s);"
                           " belum ditanggapi Pejabat Penilai Kinerja", second->person.name, today);

  for (guint paper = KN_PAPER_A4; paper <= KN_PAPER_F4; paper++)
    {
      g_autofree char *joined = NULL;

      write_recap (recap, paper, &written);
      joined = g_strjoinv ("\n", written.pdf);
      pdf = one_line (joined);
      xlsx = written.xlsx != NULL ? one_line (written.xlsx) : NULL;
      for (guint k = 0; k < 2; k++)
        {
          const char *text = k == 0 ? pdf : xlsx;

          if (text == NULL)
            continue;
          assert_contains (text, "TINJAUAN TIM PENILAI KINERJA");
          assert_contains (text, team_line);
          {
            g_autofree char *doubled = g_strconcat ("oleh ", ketua_name, ".", NULL);

            assert_lacks (text, doubled);
          }
          assert_contains (text, agreed);
          assert_contains (text, asked);
          assert_contains (text, "Ketua Tim Penilai Kinerja,");
          assert_contains (text, recap->review_ketua.nip);
        }
      g_clear_pointer (&pdf, g_free);
      g_clear_pointer (&xlsx, g_free);
      written_clear (&written);
    }

  /* The same unit's TW4: the team reviewed nothing there. */
  plain = kn_report_build_recap (demo, kn_org_unit_get_id (unit), "2026-TW4", &error);
  g_assert_no_error (error);
  write_recap (plain, KN_PAPER_A4, &written);
  {
    g_autofree char *joined = g_strjoinv ("\n", written.pdf);

    pdf = one_line (joined);
  }
  xlsx = written.xlsx != NULL ? one_line (written.xlsx) : NULL;
  assert_lacks (pdf, "Tim Penilai");
  assert_lacks (pdf, "TIM PENILAI");
  if (xlsx != NULL)
    {
      assert_lacks (xlsx, "Tim Penilai");
      assert_lacks (xlsx, "TIM PENILAI");
    }
  written_clear (&written);
}

/* The Penetapan Predikat's head signs beside the table the penetapan sets, never on a page
 * with nothing but a sentence or two above the signatures (the reviewer's rekap: the signatures
 * under "KESESUAIAN DENGAN POLA DISTRIBUSI" alone on the last page, the page before partly
 * empty): the distribution table (or the last rows of the table of people) stands on the page
 * of the signatures. The Bidang Pembinaan SMK's on two pages as before, its distribution moved
 * to the second; every unit of the demo office, each quarter and the year, on A4 and F4. */
static void
test_recap_signatures (void)
{
  static const char * const periods[] = { "2026-TW1", "2026-TW2", "2026-TW3", "2026-TW4",
                                          "2026-AKHIR" };
  static const KnPaper papers[] = { KN_PAPER_A4, KN_PAPER_F4 };
  GListModel *units = kn_store_get_units (demo);
  g_autofree char *folder = NULL;
  guint checked = 0;

  if (!have_readers ())
    return;
  folder = kn_test_make_folder ("kinerja-recap-sign-XXXXXX");

  for (guint u = 0; u < g_list_model_get_n_items (units); u++)
    for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
      for (guint k = 0; k < G_N_ELEMENTS (papers); k++)
        {
          g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, u);
          g_autoptr(GError) error = NULL;
          g_autoptr(KnRecapReport) recap = kn_report_build_recap (demo, kn_org_unit_get_id (unit),
                                                                  periods[p], &error);
          g_autoptr(KnDocument) document = NULL;
          g_autofree char *path = g_build_filename (folder, "rekap.pdf", NULL);
          g_autofree char *last = NULL;
          g_auto(GStrv) pages = NULL;
          guint n;

          g_assert_no_error (error);
          document = kn_document_new_recap (recap, papers[k]);
          g_assert_true (kn_document_write_pdf (document, path, &error));
          g_assert_no_error (error);
          pages = pdf_pages (path);
          n = g_strv_length (pages);
          g_assert_cmpuint (n, ==, kn_document_get_n_pages (document));
          last = one_line (pages[n - 1]);
          assert_contains (last, "Pimpinan Unit Kerja,");
          if (strstr (last, "PREDIKAT KINERJA JUMLAH PERSENTASE") == NULL &&
              strstr (last, "NAMA / NIP") == NULL)
            g_error ("%s, %s, %s: the signatures stand on page %u without a table:\n%s",
                     kn_org_unit_get_path (unit), periods[p], k == 0 ? "A4" : "F4", n, last);
          if (g_str_equal (kn_org_unit_get_name (unit), "Bidang Pembinaan SMK") && k == 0)
            {
              g_assert_cmpuint (n, ==, 2);
              assert_contains (last, "DISTRIBUSI PREDIKAT KINERJA PEGAWAI");
              assert_contains (last, "KESESUAIAN DENGAN POLA DISTRIBUSI");
            }
          checked++;
        }
  g_assert_cmpuint (checked, >=, 100);
  kn_test_remove_tree (folder);
}

/* Long annual Evaluasi forms fill their pages: an RHK group that does not fit the foot of a page
 * gives it the IKI rows that fit (and, when the page is still under 80 % full, the lines of the
 * next row that fit), the rest going on under the repeated header with the RHK marked
 * "(lanjutan)"; the last perilaku row stays on a page under 80 % full instead of going on with
 * the signature block, which keeps only its own two rows (RATING PERILAKU KERJA, PREDIKAT). So
 * no page but the last is less than 75 % used, except the one before the signatures when only
 * the block and its two rows went on (they need more room than there is); and a "(lanjutan)"
 * RHK stands on the page after one that shows it whole. On A4 and F4, over the demo office's
 * AKHIR evaluations. */
static void
test_pages_full (void)
{
  static const KnPaper papers[] = { KN_PAPER_A4, KN_PAPER_F4 };
  GListModel *employees = kn_store_get_employees (demo);
  g_autofree char *folder = NULL;
  guint checked = 0, continued = 0, before_signatures = 0;

  if (!have_readers ())
    return;
  folder = kn_test_make_folder ("kinerja-full-XXXXXX");

  for (guint e = 0; e < g_list_model_get_n_items (employees); e += 3)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, e);
      g_autoptr(KnReport) report = kn_report_build_evaluation (demo, KN_DOCUMENT_EVALUASI,
                                                               kn_employee_get_id (employee),
                                                               "2026-AKHIR", NULL);

      if (report == NULL)
        continue;

      for (guint k = 0; k < G_N_ELEMENTS (papers); k++)
        {
          g_autoptr(KnDocument) document = kn_document_new_report (report, papers[k]);
          g_autoptr(GError) error = NULL;
          g_autofree char *path = g_build_filename (folder, "form.pdf", NULL);
          g_autoptr(GArray) fills = NULL;
          g_auto(GStrv) pages = NULL;
          guint n_pages;

          g_assert_true (kn_document_write_pdf (document, path, &error));
          g_assert_no_error (error);
          fills = kn_test_pdf_page_fills (path);
          pages = pdf_pages (path);
          n_pages = g_strv_length (pages);
          g_assert_cmpuint (fills->len, ==, n_pages);

          for (guint n = 0; n + 1 < n_pages; n++)
            {
              double fill = g_array_index (fills, double, n);
              const char *next = pages[n + 1];

              if (fill >= 0.75)
                continue;
              /* Less only before the signatures, and only when all that went on with them is
               * their own two rows, RATING PERILAKU KERJA and PREDIKAT: no perilaku row (its
               * repeated header) and nothing before, so that the page before took every row
               * it could. */
              if (n + 2 == n_pages && strstr (next, "Pejabat Penilai Kinerja,") != NULL &&
                  strstr (next, KN_FORM_EKSPEKTASI) == NULL &&
                  strstr (next, KN_FORM_RATING_BEHAVIOUR KN_FORM_SET_MARK) != NULL)
                {
                  before_signatures++;
                  continue;
                }
              g_error ("%s, %s, page %u of %u is only %.0f %% full", kn_employee_get_name (employee),
                       k == 0 ? "A4" : "F4", n + 1, n_pages, 100 * fill);
            }

          for (guint n = 0; n < n_pages; n++)
            {
              g_autofree char *text = one_line (pages[n]);

              for (guint r = 0; r < report->results->len; r++)
                {
                  const KnReportResult *result = g_ptr_array_index (report->results, r);
                  g_autofree char *rhk = one_line (result->text);
                  g_autofree char *marked = g_strconcat (rhk, " (lanjutan)", NULL);
                  g_autofree char *before = NULL;

                  if (strstr (text, marked) == NULL)
                    continue;
                  g_assert_cmpuint (n, >, 0);
                  before = one_line (pages[n - 1]);
                  assert_contains (before, rhk);
                  continued++;
                }
            }
          checked++;
        }
    }
  g_assert_cmpuint (checked, >=, 20);
  g_assert_cmpuint (continued, >, 0);
  g_test_message ("%u of %u forms: the signature block and its two rows did not fit under the "
                  "last perilaku row", before_signatures, checked);
  kn_test_remove_tree (folder);
}

/* Each part, on @page, of a table cell cut from the page before (a text going on from a line
 * after its first) stands in a row that says whose it is: a text beginning at the same height
 * in a cell to its left (the number, the RHK, the IKI carried over). Text outside a table and
 * the table's first column need none. Returns how many such parts there are. */
static guint
assert_cut_rows_identified (const Page *page,
                            const char *what,
                            guint       number)
{
  double table_left = G_MAXDOUBLE;
  guint seen = 0;

  for (guint i = 0; i < page->n_items; i++)
    if (page->items[i].kind == ITEM_RECT)
      table_left = MIN (table_left, page->items[i].x);

  for (guint i = 0; i < page->n_items; i++)
    {
      const Item *text = &page->items[i];
      const Item *cell = NULL;
      gboolean identified = FALSE;

      if (text->kind != ITEM_TEXT || text->first_line == 0)
        continue;
      for (guint r = 0; r < page->n_items && cell == NULL; r++)
        {
          const Item *rect = &page->items[r];

          if (rect->kind == ITEM_RECT && text->x >= rect->x && text->x < rect->x + rect->w &&
              text->y >= rect->y && text->y < rect->y + rect->h)
            cell = rect;
        }
      if (cell == NULL || cell->x <= table_left + EPSILON)
        continue;
      seen++;
      for (guint j = 0; j < page->n_items && !identified; j++)
        {
          const Item *other = &page->items[j];

          identified = other->kind == ITEM_TEXT && other->first_line == 0 && other->x < cell->x &&
                       fabs (other->y - text->y) < 1.0;
        }
      if (!identified)
        g_error ("%s, page %u: the part of a row cut from the page before has empty cells left "
                 "of “%.40s”", what, number + 1, _kn_doc_safe (_kn_doc_shaped_text (text->shaped)));
    }
  return seen;
}

static guint
assert_document_cut_rows_identified (KnDocument *document,
                                     const char *what)
{
  guint seen = 0;

  for (guint p = 1; p < document->pages->len; p++)
    seen += assert_cut_rows_identified (g_ptr_array_index (document->pages, p), what, p);
  return seen;
}

/* A table row cut between two pages goes on under the repeated header with its number, RHK,
 * IKI and target (marked "(lanjutan)"), not beside empty cells: over the demo office's annual
 * Evaluasi forms, the kepala OPD's among them (his IKM row went on to page 5 bare), on A4 and
 * F4; and a row taller than a page (a long bukti dukung, a long feedback on a perilaku) the same
 * on each page it runs over. */
static void
test_cut_rows_identified (void)
{
  static const KnPaper papers[] = { KN_PAPER_A4, KN_PAPER_F4 };
  GListModel *employees = kn_store_get_employees (demo);
  gint64 jpt = find_kind (is_jpt);
  g_autoptr(KnReport) report = NULL;
  g_autoptr(KnDocument) document = NULL;
  KnReportIndicator *indicator;
  GString *evidence = g_string_new ("Laporan");
  GString *feedback = g_string_new ("Catatan");
  guint seen = 0, long_seen;

  for (guint e = 0; e < g_list_model_get_n_items (employees); e++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, e);
      g_autoptr(KnReport) annual = NULL;

      if (e % 3 != 0 && !is_jpt (employee))
        continue;
      annual = kn_report_build_evaluation (demo, KN_DOCUMENT_EVALUASI,
                                           kn_employee_get_id (employee), "2026-AKHIR", NULL);
      if (annual == NULL)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (papers); k++)
        {
          g_autoptr(KnDocument) form = kn_document_new_report (annual, papers[k]);

          seen += assert_document_cut_rows_identified (form, kn_employee_get_name (employee));
        }
    }
  g_test_message ("%u parts of cut rows in the demo's annual forms", seen);
  g_assert_cmpuint (seen, >, 0);

  report = kn_report_build_evaluation (demo, KN_DOCUMENT_EVALUASI, jpt, "2026-AKHIR", NULL);
  g_assert_nonnull (report);
  for (guint i = 1; i <= 150; i++)
    {
      g_string_append_printf (evidence, "\nBulan ke-%u: laporan bulanan pelaksanaan kegiatan", i);
      g_string_append_printf (feedback, "\n%u Januari 2026: pertahankan ketepatan waktu", i);
    }
  indicator = g_ptr_array_index (((KnReportResult *) g_ptr_array_index (report->results, 0))->indicators, 0);
  g_free (indicator->evidence);
  indicator->evidence = g_string_free (evidence, FALSE);
  g_free (report->behaviour[1].feedback);
  report->behaviour[1].feedback = g_string_free (feedback, FALSE);
  document = kn_document_new_report (report, KN_PAPER_A4);
  long_seen = assert_document_cut_rows_identified (document, "rows taller than a page");
  g_test_message ("%u parts of rows taller than a page", long_seen);
  g_assert_cmpuint (long_seen, >=, 4);
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

  g_test_add_func ("/forms/demo-jpt-assessor", test_demo_jpt_assessor);
  g_test_add_func ("/forms/status/evaluation", test_status_evaluation);
  g_test_add_func ("/forms/status/skp", test_status_skp);
  g_test_add_func ("/forms/status/recap", test_status_recap);
  g_test_add_func ("/forms/indonesian-in-c-locale", test_indonesian_in_c_locale);
  g_test_add_func ("/forms/identity", test_identity);
  g_test_add_func ("/forms/jpt-assessor", test_jpt_assessor);
  g_test_add_func ("/forms/recap-and-curve", test_recap_and_curve);
  g_test_add_func ("/forms/recap-signatures", test_recap_signatures);
  g_test_add_func ("/forms/annual-columns", test_annual_columns);
  g_test_add_func ("/forms/letterhead", test_letterhead);
  g_test_add_func ("/forms/pages", test_pages);
  g_test_add_func ("/forms/pages-full", test_pages_full);
  g_test_add_func ("/forms/cut-rows-identified", test_cut_rows_identified);
  g_test_add_func ("/forms/options-struck", test_options_struck);
  g_test_add_func ("/forms/same-wording", test_same_wording);
  g_test_add_func ("/forms/review-decision", test_review_decision);
  g_test_add_func ("/forms/review-recap", test_review_recap);

  return kn_test_run_on_demo ("kinerja-forms-demo-XXXXXX", &demo);
}
