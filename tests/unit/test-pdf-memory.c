/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The memory a long rekap holds between laying out and writing (issue 13: a PDF's peak memory
 * at most twice that of pango + cairo drawing the same text). A big OPD's rekap is thousands of
 * rows: what the document keeps for each row, before its pages are drawn, is bounded. */

#include "config.h"

#include <malloc.h>

#include <glib.h>

#include "kinerja/kn-document.h"

#include "kn-test-util.h"

#define N_ROWS 3000

static KnRecapReport *
make_recap (guint n_rows)
{
  static const char * const names[] = {
    "Andi Saputra, S.Pd.", "Hj. Rina Marlina, S.Pd., M.Pd.", "Budi Santoso, S.Kom.",
    "Dewi Lestari, S.Si.", "Drs. Made Wirawan", "Nurul Hidayah, S.Pd.I.",
  };
  KnRecapReport *report = kn_test_recap_dinas ();

  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %04u", names[i % G_N_ELEMENTS (names)], i + 1);
      g_autofree char *nip = g_strdup_printf ("19%02u0%u1%u 20%02u03 %u %03u", 60 + i % 30,
                                              1 + i % 9, i % 10, 10 + i % 15, 1 + i % 2, i % 1000);

      kn_test_recap_add_teacher (report, i, name, nip);
    }
  return report;
}

/* The bytes malloc has handed out and not had back: from its heap, and in blocks it mapped
 * apart (the documents' shaped texts are kept in large blocks). */
static gsize
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

/* A rekap of N_ROWS rows, laid out and not drawn yet, holds at most 1.5 KiB a row: its items in
 * 48 bytes each and every text as shaping made it, compact (a few bytes a glyph), so that drawing
 * shapes nothing again. Laid out as before (104-byte items, 4,000 layouts kept) it held about
 * 5 KiB a row; with 56-byte items and 1,000 layouts kept (the others shaped again when drawn),
 * 1,867 bytes. */
static void
test_recap_held (void)
{
  g_autoptr(KnRecapReport) warm = make_recap (20);
  g_autoptr(KnRecapReport) report = make_recap (N_ROWS);
  g_autoptr(KnDocument) document = NULL;
  gsize before, after, per_row;

  /* Fonts, Pango's caches and the like, loaded once for any document. */
  kn_document_free (kn_document_new_recap (warm, KN_PAPER_A4));

  before = heap_in_use ();
  document = kn_document_new_recap (report, KN_PAPER_A4);
  after = heap_in_use ();
  g_assert_cmpuint (kn_document_get_n_pages (document), >, 100);

  /* Under a sanitizer, malloc is not glibc's and mallinfo2 does not see the document. */
  if (after < before + 256 * 1024)
    {
      g_test_skip ("malloc does not report what it hands out (a sanitizer build)");
      return;
    }
  per_row = (after - before) / N_ROWS;
  g_test_message ("the laid-out rekap holds %" G_GSIZE_FORMAT " bytes a row (%" G_GSIZE_FORMAT
                  " KiB for %u rows)", per_row, (after - before) / 1024, N_ROWS);
  g_assert_cmpuint (per_row, <=, 1536);
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

  g_test_add_func ("/pdf-memory/recap-held", test_recap_held);

  return g_test_run ();
}
