/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the printed manual: rendered to a PDF and read back with poppler — the title page,
 * the table of contents pointing at the right pages, each place's heading and a sentence of its
 * help, "Halaman N dari M" on every page — and the refusal of places it may not write. */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-document.h"
#include "kinerja/kn-manual.h"

#include "kn-test-util.h"

#define MM (72.0 / 25.4)

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack ? haystack : "(null)", needle);
}

/* Reading the PDF back */

/* The text of every page, laid out as on the page: element i is page i + 1. */
static GStrv
pdf_pages (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autofree char *text = kn_test_run_program (argv);

  /* pdftotext ends every page with a form feed. */
  return g_strsplit (text, "\f", -1);
}

/* @text with every run of white space one space. */
static char *
squeeze (const char *text)
{
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

/* "Pages:" and the size of page 1 from pdfinfo. */
static guint
pdf_info (const char *path,
          double     *width,
          double     *height)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = kn_test_run_program (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  guint pages = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char w[32], h[32];

      if (g_str_has_prefix (lines[i], "Pages:"))
        pages = (guint) g_ascii_strtoull (lines[i] + strlen ("Pages:"), NULL, 10);
      else if (sscanf (lines[i], "Page size: %31s x %31s", w, h) == 2)
        {
          *width = g_ascii_strtod (w, NULL);
          *height = g_ascii_strtod (h, NULL);
        }
      else if (g_str_has_prefix (lines[i], "Title:"))
        g_assert_cmpstr (g_strstrip (lines[i] + strlen ("Title:")), ==, "Panduan Kinerja");
    }

  return pages;
}

/* The chapter of each place: its heading and a sentence of its help. */
static const struct
{
  const char *id;
  const char *title;
  const char *sentence;
} chapters[] = {
  { "mulai", "Mulai di sini", "Semua data tersimpan di komputer ini" },
  { "beranda", "Beranda", "Beranda menampilkan keadaan satu unit kerja dalam sekali lihat" },
  { "pegawai", "Pegawai", "Halaman Pegawai berisi susunan organisasi" },
  { "skp", "SKP", "SKP (Sasaran Kinerja Pegawai) adalah rencana kerja seorang pegawai" },
  { "penilaian", "Penilaian", "Pejabat Penilai Kinerja menilai pegawainya untuk satu periode" },
  { "laporan", "Laporan", "Halaman Laporan mencetak dan menyimpan dokumen resmi" },
  { "kompetensi", "Pengembangan Kompetensi", "paling sedikit 20 jam pelajaran (JP) setahun" },
  { "skm", "Survei Kepuasan Masyarakat", "menurut PermenPAN-RB Nomor 14 Tahun 2017" },
  { "tim-penilai", "Tim Penilai Kinerja", "tim penilai kinerja yang independen" },
};

static void
test_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnManual) manual = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;
  double width = 0, height = 0;
  guint n;

  if (!kn_test_have_poppler ())
    return;

  manual = kn_manual_new_default (KN_PAPER_A4, &error);
  g_assert_no_error (error);
  n = kn_manual_get_n_pages (manual);
  /* A title page, the contents and at least a page per place. */
  g_assert_cmpuint (n, >=, 2 + G_N_ELEMENTS (chapters));

  dir = kn_test_make_folder ("kinerja-manual-XXXXXX");
  path = g_build_filename (dir, "panduan.pdf", NULL);
  g_assert_true (kn_manual_write_pdf (manual, path, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (pdf_info (path, &width, &height), ==, n);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);

  pages = pdf_pages (path);
  g_assert_cmpuint (g_strv_length (pages), >=, n);
  assert_contains (pages[0], "Panduan Kinerja");
  g_assert_null (strstr (pages[0], "Halaman"));
  assert_contains (pages[1], "Daftar Isi");

  /* Every page after the title page is numbered, out of the whole. */
  for (guint p = 2; p <= n; p++)
    {
      g_autofree char *number = g_strdup_printf ("Halaman %u dari %u", p, n);

      assert_contains (pages[p - 1], number);
    }

  for (guint c = 0; c < G_N_ELEMENTS (chapters); c++)
    {
      guint page = kn_manual_get_chapter_page (manual, chapters[c].id);
      g_autofree char *text = NULL;
      g_autofree char *pattern = NULL;
      g_autoptr(GRegex) entry = NULL;
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *printed = NULL;
      gboolean listed = FALSE;

      g_assert_cmpuint (page, <, n);
      text = squeeze (pages[page]);
      /* The chapter starts its page with its heading, then what the place is for. */
      if (!g_str_has_prefix (g_strchug (text), chapters[c].title))
        g_error ("page %u does not start with “%s”: %s", page + 1, chapters[c].title, text);
      assert_contains (text, chapters[c].sentence);

      /* The contents give that page: "Pegawai ......... 7", on one of its pages. */
      pattern = g_strdup_printf ("^%s ?[ .]+ (\\d+)$", chapters[c].title);
      entry = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);
      for (guint p = 2; p <= 3 && p <= n && !listed; p++)
        {
          g_clear_pointer (&match, g_match_info_unref);
          if (g_regex_match (entry, pages[p - 1], 0, &match))
            {
              printed = g_match_info_fetch (match, 1);
              listed = TRUE;
            }
        }
      if (!listed)
        g_error ("the contents do not list “%s”", chapters[c].title);
      g_assert_cmpuint (g_ascii_strtoull (printed, NULL, 10), ==, page + 1);
    }

  g_assert_cmpuint (kn_manual_get_chapter_page (manual, "tidak-ada"), ==, G_MAXUINT);

  kn_test_remove_tree (dir);
}

static void
test_f4 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnManual) manual = kn_manual_new_default (KN_PAPER_F4, &error);
  g_autoptr(KnManual) a4 = kn_manual_new_default (KN_PAPER_A4, NULL);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  double width = 0, height = 0;

  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (kn_manual_get_page_width (manual), 215 * MM, 0.01);
  g_assert_cmpfloat_with_epsilon (kn_manual_get_page_height (manual), 330 * MM, 0.01);
  /* A taller page holds as much or more. */
  g_assert_cmpuint (kn_manual_get_n_pages (manual), <=, kn_manual_get_n_pages (a4));

  if (!kn_test_have_poppler ())
    return;

  dir = kn_test_make_folder ("kinerja-manual-XXXXXX");
  path = g_build_filename (dir, "panduan-f4.pdf", NULL);
  g_assert_true (kn_manual_write_pdf (manual, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_info (path, &width, &height), ==, kn_manual_get_n_pages (manual));
  g_assert_cmpfloat_with_epsilon (width, 609.45, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 935.43, 0.5);

  kn_test_remove_tree (dir);
}

/* A long chapter flows over several pages, each one numbered and none overfull. */
static void
test_long_chapter (void)
{
  g_autoptr(GString) text = g_string_new ("# Bab Panjang\n\nPembuka bab.\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify) kn_help_page_unref);
  g_autoptr(KnManual) manual = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) texts = NULL;
  g_autofree char *all = NULL;
  KnHelpPage *short_page;
  guint n;

  for (guint s = 1; s <= 12; s++)
    {
      g_string_append_printf (text, "\n## Bagian %u\n\n", s);
      for (guint i = 1; i <= 6; i++)
        g_string_append_printf (text, "%u. Langkah %u bagian %u, dengan kalimat yang cukup "
                                      "panjang supaya terbungkus menjadi dua baris atau lebih di "
                                      "kertas A4 yang dipakai.\n", i, i, s);
      g_string_append (text, "Paragraf penutup bagian ini, juga cukup panjang supaya terbungkus "
                             "menjadi beberapa baris di halaman, dan boleh terbelah di antara dua "
                             "halaman bila perlu, asalkan setiap potongan berisi dua baris atau "
                             "lebih. Kalimat tambahan membuatnya lebih panjang lagi sehingga "
                             "pasti terbungkus.\n");
    }

  g_ptr_array_add (pages, kn_help_parse ("panjang", text->str, -1, &error));
  g_assert_no_error (error);
  short_page = kn_help_parse ("pendek", "# Bab Pendek\n\nSatu kalimat saja.\n", -1, &error);
  g_assert_no_error (error);
  g_ptr_array_add (pages, short_page);

  manual = kn_manual_new (pages, KN_PAPER_A4);
  n = kn_manual_get_n_pages (manual);
  g_assert_cmpuint (kn_manual_get_chapter_page (manual, "panjang"), ==, 2);
  g_assert_cmpuint (kn_manual_get_chapter_page (manual, "pendek"), ==, n - 1);
  g_assert_cmpuint (n, >=, 6);

  if (!kn_test_have_poppler ())
    return;

  dir = kn_test_make_folder ("kinerja-manual-XXXXXX");
  path = g_build_filename (dir, "panjang.pdf", NULL);
  g_assert_true (kn_manual_write_pdf (manual, path, &error));
  g_assert_no_error (error);

  texts = pdf_pages (path);
  for (guint p = 2; p <= n; p++)
    {
      g_autofree char *number = g_strdup_printf ("Halaman %u dari %u", p, n);
      g_auto(GStrv) lines = g_strsplit (g_strchomp (texts[p - 1]), "\n", -1);
      guint last = g_strv_length (lines) - 1;

      /* The page number is the last line: the text never runs into it. */
      assert_contains (lines[last], number);
    }
  all = g_strjoinv ("", texts);
  for (guint s = 1; s <= 12; s++)
    {
      g_autofree char *heading = g_strdup_printf ("Bagian %u\n", s);

      assert_contains (all, heading);
    }

  kn_test_remove_tree (dir);
}

static void
test_write_refused (void)
{
  g_autoptr(KnManual) manual = kn_manual_new_default (KN_PAPER_A4, NULL);
  g_autofree char *dir = kn_test_make_folder ("kinerja-manual-XXXXXX");
  g_autofree char *missing = g_build_filename (dir, "tidak-ada", "panduan.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.pdf", NULL);
  g_autoptr(GError) error_missing = NULL;
  g_autoptr(GError) error_folder = NULL;
  g_autoptr(GDir) listing = NULL;

  g_assert_false (kn_manual_write_pdf (manual, missing, &error_missing));
  g_assert_error (error_missing, KN_DOCUMENT_ERROR, KN_DOCUMENT_ERROR_FOLDER);

  /* A folder where the file should be is left as it is. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (kn_manual_write_pdf (manual, folder, &error_folder));
  g_assert_error (error_folder, KN_DOCUMENT_ERROR, KN_DOCUMENT_ERROR_FOLDER);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  /* Nothing else was left behind. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "folder.pdf");
  g_assert_null (g_dir_read_name (listing));

  kn_test_remove_tree (dir);
}

/* Any cairo surface: a page drawn onto an image has ink inside its margins only. */
static void
test_draw_image (void)
{
  g_autoptr(KnManual) manual = kn_manual_new_default (KN_PAPER_A4, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  guint page = kn_manual_get_chapter_page (manual, "pegawai");
  int width, height, stride;
  guint inked = 0, outside = 0;
  const guchar *data;

  width = (int) kn_manual_get_page_width (manual);
  height = (int) kn_manual_get_page_height (manual);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  kn_manual_draw_page (manual, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);

        if ((pixel & 0xffffff) != 0xffffff)
          {
            inked++;
            if (x < 15 * MM || x > width - 15 * MM || y < 10 * MM || y > height - 8 * MM)
              outside++;
          }
      }
  cairo_surface_destroy (surface);

  g_assert_cmpuint (inked, >, 1000);
  g_assert_cmpuint (outside, ==, 0);
}

/* Under the Indonesian locale a decimal is written with a comma: the PDF's table of contents
 * still links to its pages and the file is written. */
static void
test_pdf_indonesian (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnManual) manual = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *previous = NULL;
  g_auto(GStrv) pages = NULL;
  double width = 0, height = 0;
  gboolean ok;

  if (!kn_test_have_poppler ())
    return;

  previous = g_strdup (setlocale (LC_ALL, NULL));
  if (setlocale (LC_ALL, "id_ID.UTF-8") == NULL)
    {
      g_test_skip ("the id_ID.UTF-8 locale is not installed");
      return;
    }

  manual = kn_manual_new_default (KN_PAPER_A4, &error);
  g_assert_no_error (error);
  dir = kn_test_make_folder ("kinerja-manual-XXXXXX");
  path = g_build_filename (dir, "panduan.pdf", NULL);
  ok = kn_manual_write_pdf (manual, path, &error);
  setlocale (LC_ALL, previous);
  g_assert_no_error (error);
  g_assert_true (ok);

  g_assert_cmpuint (pdf_info (path, &width, &height), ==, kn_manual_get_n_pages (manual));
  pages = pdf_pages (path);
  assert_contains (pages[1], "Daftar Isi");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/manual/pdf", test_pdf);
  g_test_add_func ("/manual/f4", test_f4);
  g_test_add_func ("/manual/long-chapter", test_long_chapter);
  g_test_add_func ("/manual/write-refused", test_write_refused);
  g_test_add_func ("/manual/draw-image", test_draw_image);
  g_test_add_func ("/manual/pdf-indonesian", test_pdf_indonesian);

  return g_test_run ();
}
