/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Each text of a document shaped once (issue 13): composing shapes every distinct text once, and
 * drawing the pages, into a PDF or again onto a screen, shapes nothing. */

#include "config.h"

#include <string.h>

#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-document.h"
#include "src/report/kn-document-private.h"

#include "kn-test-io.h"
#include "kn-test-util.h"

/* More rows than the 1,000 texts the documents used to keep from composing to drawing. */
#define N_ROWS 700

/* Each text shaped, by what it is: markup, font, box and alignment. */
static GHashTable *shaped;
static guint shaped_again;

static void
log_shaping (const TextSpec *spec)
{
  char *key = g_strdup_printf ("%d|%d|%d|%d|%s", spec->font, spec->align, spec->indent,
                               spec->width, spec->markup);

  if (!g_hash_table_add (shaped, key))
    {
      if (shaped_again++ < 5)
        g_test_message ("shaped again: %s", key);
    }
}

static void
log_start (void)
{
  shaped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  shaped_again = 0;
  _kn_doc_shaping_hook = log_shaping;
}

static void
log_stop (void)
{
  _kn_doc_shaping_hook = NULL;
  g_clear_pointer (&shaped, g_hash_table_unref);
}

static KnRecapReport *
make_recap (guint n_rows)
{
  KnRecapReport *report = kn_test_recap_dinas ();

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *name = g_strdup_printf ("Rina Marlina Effendi %04u, S.Pd.", i + 1);
      g_autofree char *nip = g_strdup_printf ("1985%04u 201001 2 %03u", 101 + i, i % 1000);
      KnRecapRow *row = kn_test_recap_add_teacher (report, i, name, nip);

      row->final = i % 5 != 0;
    }
  return report;
}

/* An evaluasi whose signatures underline the names and whose options strike out what was not
 * chosen: texts the compact form does not hold. */
static KnReport *
make_evaluation (void)
{
  static const guint counts[KN_PREDIKAT_N] = { [KN_PREDIKAT_BAIK] = 3 };
  KnReport *report = kn_test_report_new (KN_DOCUMENT_EVALUASI);
  KnReportResult *result;

  kn_test_person_set (&report->employee, "Dr. Hj. Siti Aminah, S.Pd., M.Pd.",
                      "19860926 201505 2 001", "Penata Tk. I, III/d", "Guru Ahli Muda",
                      "SMA Negeri 2 Bandar Lampung");
  kn_test_person_set (&report->assessor, "Drs. H. Ahmad Fauzi, M.M.", "19700312 199503 1 002",
                      "Pembina Tk. I, IV/b", "Kepala Sekolah", "SMA Negeri 2 Bandar Lampung");
  result = kn_test_result_new (KN_RESULT_KIND_UTAMA,
                               "Meningkatnya mutu lulusan SMA Negeri 2 Bandar Lampung",
                               "Meningkatnya mutu pendidikan menengah", "Perangkat ajar lengkap.");
  kn_test_add_indicator (result, "Kuantitas", "Jumlah modul ajar yang disusun dan digunakan",
                         "12 dokumen", "9 dokumen", "Modul ajar bab 1–9", "75 %");
  g_ptr_array_add (report->results, result);
  kn_test_report_set_final (report, (KnPeriod) { 2026, KN_PERIOD_QUARTER, 2 }, "Pertahankan.",
                            counts);
  return report;
}

/* The text items of @document: how many, and how many keep a PangoLayout. */
static void
count_texts (KnDocument *document,
             guint      *n_texts,
             guint      *n_layouts)
{
  *n_texts = *n_layouts = 0;
  for (guint p = 0; p < document->pages->len; p++)
    {
      const Page *page = g_ptr_array_index (document->pages, p);

      for (guint i = 0; i < page->n_items; i++)
        {
          const Item *item = &page->items[i];

          if (item->kind != ITEM_TEXT)
            continue;
          (*n_texts)++;
          if (_kn_doc_shaped_has_layout (item->shaped))
            (*n_layouts)++;
        }
    }
}

/* A page drawn twice (a print preview) paints the same pixels, and text was drawn. */
static void
assert_draws_again (KnDocument *document,
                    guint       page)
{
  cairo_surface_t *first = kn_test_draw_page (document, page);
  cairo_surface_t *again = kn_test_draw_page (document, page);
  int stride = cairo_image_surface_get_stride (first);
  int height = cairo_image_surface_get_height (first);
  const guchar *pixels = cairo_image_surface_get_data (first);
  guint dark = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < stride / 4; x++)
      if ((*(const guint32 *) (pixels + y * stride + x * 4) & 0xff) < 128)
        dark++;
  g_assert_cmpuint (dark, >, 1000);
  g_assert_cmpmem (pixels, stride * height, cairo_image_surface_get_data (again), stride * height);
  cairo_surface_destroy (first);
  cairo_surface_destroy (again);
}

/* Writes @document to @path and draws its page @page again, asserting that neither shapes any
 * text: the shaped texts are still the @composed that composing shaped. Stops logging. */
static void
assert_written_unshaped (KnDocument *document,
                         const char *path,
                         guint       page,
                         guint       composed)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_document_write_pdf (document, path, &error));
  g_assert_no_error (error);
  assert_draws_again (document, page);
  g_assert_cmpuint (g_hash_table_size (shaped), ==, composed);
  g_assert_cmpuint (shaped_again, ==, 0);
  log_stop ();
}

static void
test_recap (KnTestFolder  *fixture,
            gconstpointer  data)
{
  g_autoptr(KnRecapReport) report = make_recap (N_ROWS);
  g_autoptr(KnDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last_page = NULL;
  guint composed, n_texts, n_layouts, n_pages;

  log_start ();
  composed = _kn_doc_shapings ();
  document = kn_document_new_recap (report, KN_PAPER_A4);
  composed = _kn_doc_shapings () - composed;
  n_pages = kn_document_get_n_pages (document);
  g_test_message ("composing shaped %u texts for %u pages", composed, n_pages);

  /* Each distinct text once: a row's number and its name with NIP, once each (a row split
   * between pages and measured again reuses them), the shared texts once for all rows. */
  g_assert_cmpuint (shaped_again, ==, 0);
  g_assert_cmpuint (composed, ==, g_hash_table_size (shaped));
  g_assert_cmpuint (composed, >, 2 * N_ROWS);
  g_assert_cmpuint (n_pages, >, 20);

  /* The rekap's texts are held compact: only the signer's underlined name keeps its layout. */
  count_texts (document, &n_texts, &n_layouts);
  g_assert_cmpuint (n_texts, >, 7 * N_ROWS);
  g_assert_cmpuint (n_layouts, ==, 1);

  /* Written, and a page drawn again, without shaping anything. */
  assert_written_unshaped (document, fixture->path, n_pages - 1, composed);

  /* What a PDF reader finds: the rows, their NIPs, the notes in italics and the page numbers. */
  text = kn_test_pdf_text (fixture->path, "-raw");
  if (text != NULL)
    {
      last_page = g_strdup_printf ("Halaman %u dari %u", n_pages, n_pages);
      g_assert_nonnull (strstr (text, "Rina Marlina Effendi 0001, S.Pd."));
      g_assert_nonnull (strstr (text, "NIP. 19850101 201001 2 000"));
      g_assert_nonnull (strstr (text, "Rina Marlina Effendi 0700, S.Pd."));
      g_assert_nonnull (strstr (text, "NIP. 19850800 201001 2 699"));
      g_assert_nonnull (strstr (text, "(belum final)"));
      g_assert_nonnull (strstr (text, "Halaman 1 dari"));
      g_assert_nonnull (strstr (text, last_page));
    }
}

static void
test_evaluation (KnTestFolder  *fixture,
                 gconstpointer  data)
{
  g_autoptr(KnReport) report = make_evaluation ();
  g_autoptr(KnDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last_page = NULL;
  guint composed, n_texts, n_layouts, n_pages;

  log_start ();
  composed = _kn_doc_shapings ();
  document = kn_document_new_report (report, KN_PAPER_A4);
  composed = _kn_doc_shapings () - composed;
  g_assert_cmpuint (shaped_again, ==, 0);
  g_assert_cmpuint (composed, ==, g_hash_table_size (shaped));
  n_pages = kn_document_get_n_pages (document);
  last_page = g_strdup_printf ("Halaman %u dari %u", n_pages, n_pages);

  /* The underlined names and the struck-out options keep their layouts; the rest is compact. */
  count_texts (document, &n_texts, &n_layouts);
  g_test_message ("%u texts, %u with a layout", n_texts, n_layouts);
  g_assert_cmpuint (n_layouts, >, 0);
  g_assert_cmpuint (n_layouts * 4, <, n_texts);

  assert_written_unshaped (document, fixture->path, 0, composed);

  text = kn_test_pdf_text (fixture->path, "-raw");
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "Dr. Hj. Siti Aminah, S.Pd., M.Pd."));
      g_assert_nonnull (strstr (text, "Drs. H. Ahmad Fauzi, M.M."));
      g_assert_nonnull (strstr (text, "Jumlah modul ajar"));
      g_assert_nonnull (strstr (text, last_page));
    }
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

  g_test_add ("/document-shaping/recap", KnTestFolder, "rekap.pdf", kn_test_folder_set_up,
              test_recap, kn_test_folder_tear_down);
  g_test_add ("/document-shaping/evaluation", KnTestFolder, "evaluasi.pdf",
              kn_test_folder_set_up, test_evaluation, kn_test_folder_tear_down);

  return g_test_run ();
}
