/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the Survei Kepuasan Masyarakat rules against surveys computed by hand: NRR over the
 * answers given, IKM and its mutu at every boundary, the minimum sample, the weakest unsur. */

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <glib.h>
#include <glib-object.h>

#include "kinerja/kn-skm.h"
#include "kinerja/kn-skm-report.h"
#include "kinerja/kn-skm-report-rows.h"

#include "kn-test-util.h"

#define N KN_SKM_N_UNSUR

static void
compute_ok (const guint8 *answers,
            guint         n_rows,
            KnSkmResult  *result)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_skm_compute (answers, n_rows, result, &error));
  g_assert_no_error (error);
}

/* The names and the options */

static void
test_unsur_names (void)
{
  static const char * const names[N] = {
    "Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif",
    "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana",
    "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana",
  };
  static const char * const codes[N] = { "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9" };
  GEnumClass *klass;

  for (guint u = 0; u < N; u++)
    {
      g_assert_cmpstr (kn_skm_unsur_name (u), ==, names[u]);
      g_assert_cmpstr (kn_skm_unsur_code (u), ==, codes[u]);
    }

  g_assert_cmpstr (kn_skm_answer_label (KN_SKM_UNSUR_BIAYA, 1), ==, "Sangat mahal");
  g_assert_cmpstr (kn_skm_answer_label (KN_SKM_UNSUR_BIAYA, 4), ==, "Gratis");
  g_assert_cmpstr (kn_skm_answer_label (KN_SKM_UNSUR_PENGADUAN, 2), ==,
                   "Ada tetapi tidak berfungsi");
  g_assert_cmpstr (kn_skm_answer_label (KN_SKM_UNSUR_SARANA, 3), ==, "Baik");
  klass = g_type_class_ref (KN_TYPE_SKM_UNSUR);
  g_assert_cmpstr (g_enum_get_value (klass, KN_SKM_UNSUR_SARANA)->value_nick, ==, "sarana");
  g_type_class_unref (klass);
}

static void
test_parse_words (void)
{
  /* The regulation's questionnaire, option a (1) to d (4) for each unsur in order. */
  static const char * const words[N][4] = {
    { "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai" },
    { "Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah" },
    { "Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat" },
    { "Sangat mahal", "Cukup mahal", "Murah", "Gratis" },
    { "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai" },
    { "Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten" },
    { "Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah",
      "Sangat sopan dan ramah" },
    { "Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal",
      "Dikelola dengan baik" },
    { "Buruk", "Cukup", "Baik", "Sangat baik" },
  };

  for (guint u = 0; u < N; u++)
    for (guint s = 1; s <= 4; s++)
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *upper = g_utf8_strup (words[u][s - 1], -1);
        g_autofree char *spaced = g_strdup_printf ("  %s\t ", words[u][s - 1]);
        guint score = 99;

        g_assert_true (kn_skm_parse_answer (u, words[u][s - 1], &score, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (score, ==, s);
        g_assert_cmpstr (kn_skm_answer_label (u, s), ==, words[u][s - 1]);

        score = 99;
        g_assert_true (kn_skm_parse_answer (u, upper, &score, NULL));
        g_assert_cmpuint (score, ==, s);
        score = 99;
        g_assert_true (kn_skm_parse_answer (u, spaced, &score, NULL));
        g_assert_cmpuint (score, ==, s);
      }
}

static void
test_parse_variants (void)
{
  static const struct
  {
    KnSkmUnsur  unsur;
    const char *text;
    guint       score;
  } cases[] = {
    { KN_SKM_UNSUR_PERSYARATAN, "Sangat Sesuai", 4 },
    { KN_SKM_UNSUR_PERSYARATAN, "sangat   sesuai", 4 },
    { KN_SKM_UNSUR_PERSYARATAN, "Sangat\u00a0sesuai", 4 },   /* a no-break space, as spreadsheets write */
    { KN_SKM_UNSUR_PERILAKU, "Sangat Sopan Dan Ramah", 4 },
    { KN_SKM_UNSUR_PENGADUAN, "ADA TETAPI TIDAK BERFUNGSI", 2 },
    { KN_SKM_UNSUR_SARANA, "Sangat Baik", 4 },
    { KN_SKM_UNSUR_SARANA, "cukup", 2 },
    { KN_SKM_UNSUR_BIAYA, "Cukup Mahal", 2 },
    { KN_SKM_UNSUR_WAKTU, "1", 1 },
    { KN_SKM_UNSUR_WAKTU, " 4 ", 4 },
    { KN_SKM_UNSUR_WAKTU, "3.0", 3 },
    { KN_SKM_UNSUR_WAKTU, "2,00", 2 },
    { KN_SKM_UNSUR_WAKTU, "", 0 },
    { KN_SKM_UNSUR_WAKTU, "   ", 0 },
    { KN_SKM_UNSUR_WAKTU, "-", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      guint score = 99;

      if (!kn_skm_parse_answer (cases[i].unsur, cases[i].text, &score, &error))
        g_error ("“%s” refused: %s", cases[i].text, error->message);
      g_assert_cmpuint (score, ==, cases[i].score);
    }
}

static void
test_parse_refused (void)
{
  static const struct
  {
    KnSkmUnsur  unsur;
    const char *text;
    const char *message;
  } cases[] = {
    { KN_SKM_UNSUR_PERSYARATAN, "5", "U1 (Persyaratan)" },
    { KN_SKM_UNSUR_PERSYARATAN, "0", "Tidak sesuai, Kurang sesuai, Sesuai, Sangat sesuai" },
    { KN_SKM_UNSUR_PERSYARATAN, "3.5", "from 1 to 4" },
    { KN_SKM_UNSUR_PERSYARATAN, "Sangat puas", "“Sangat puas”" },
    { KN_SKM_UNSUR_PERSYARATAN, "Gratis", "U1" },        /* another unsur's answer */
    { KN_SKM_UNSUR_BIAYA, "Sesuai", "Sangat mahal, Cukup mahal, Murah, Gratis" },
    { KN_SKM_UNSUR_BIAYA, "Cukup", "U4 (Biaya/Tarif)" }, /* Cukup alone belongs to U9 */
    { KN_SKM_UNSUR_SARANA, "Sangat sesuai", "Buruk, Cukup, Baik, Sangat baik" },
    { KN_SKM_UNSUR_WAKTU, "d", "U3" },
    { KN_SKM_UNSUR_WAKTU, "4 4", "U3" },
    { KN_SKM_UNSUR_WAKTU, "\xff", "not readable" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      guint score = 99;

      if (kn_skm_parse_answer (cases[i].unsur, cases[i].text, &score, &error))
        g_error ("“%s” accepted as %u", cases[i].text, score);
      g_assert_error (error, KN_SKM_ERROR, KN_SKM_ERROR_ANSWER);
      kn_test_assert_contains (error->message, cases[i].message);
    }
}

/* Mutu */

static void
test_mutu_boundaries (void)
{
  static const struct
  {
    gint64     hundredths;
    KnSkmMutu  mutu;
  } cases[] = {
    { 0, KN_SKM_MUTU_NONE },
    { 2499, KN_SKM_MUTU_NONE },
    { 2500, KN_SKM_MUTU_D },
    { 6499, KN_SKM_MUTU_D },
    { 6500, KN_SKM_MUTU_C },
    { 7660, KN_SKM_MUTU_C },
    { 7661, KN_SKM_MUTU_B },
    { 8830, KN_SKM_MUTU_B },
    { 8831, KN_SKM_MUTU_A },
    { 10000, KN_SKM_MUTU_A },
    { 10001, KN_SKM_MUTU_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (kn_skm_mutu_from_hundredths (cases[i].hundredths), ==, cases[i].mutu);

  g_assert_cmpstr (kn_skm_mutu_letter (KN_SKM_MUTU_A), ==, "A");
  g_assert_cmpstr (kn_skm_mutu_label (KN_SKM_MUTU_A), ==, "Sangat Baik");
  g_assert_cmpstr (kn_skm_mutu_letter (KN_SKM_MUTU_B), ==, "B");
  g_assert_cmpstr (kn_skm_mutu_label (KN_SKM_MUTU_B), ==, "Baik");
  g_assert_cmpstr (kn_skm_mutu_letter (KN_SKM_MUTU_C), ==, "C");
  g_assert_cmpstr (kn_skm_mutu_label (KN_SKM_MUTU_C), ==, "Kurang Baik");
  g_assert_cmpstr (kn_skm_mutu_letter (KN_SKM_MUTU_D), ==, "D");
  g_assert_cmpstr (kn_skm_mutu_label (KN_SKM_MUTU_D), ==, "Tidak Baik");
  g_assert_cmpstr (kn_skm_mutu_label (KN_SKM_MUTU_NONE), ==, "");
}

static void
test_format (void)
{
  g_autofree char *a = kn_skm_format_hundredths (8247);
  g_autofree char *b = kn_skm_format_hundredths (10000);
  g_autofree char *c = kn_skm_format_hundredths (2505);
  g_autofree char *d = kn_skm_format_hundredths (0);

  g_assert_cmpstr (a, ==, "82,47");
  g_assert_cmpstr (b, ==, "100,00");
  g_assert_cmpstr (c, ==, "25,05");
  g_assert_cmpstr (d, ==, "0,00");
}

/* Surveys computed by hand */

/* Four respondents who answered everything:
 *
 *          U1 U2 U3 U4 U5 U6 U7 U8 U9
 *   R1      4  4  3  4  3  3  4  3  4
 *   R2      3  3  3  4  3  4  4  2  3
 *   R3      4  3  2  4  3  3  4  2  3
 *   R4      3  4  3  4  4  3  4  3  3
 *   sum    14 14 11 16 13 13 16 10 13
 *   NRR  3,50 3,50 2,75 4,00 3,25 3,25 4,00 2,50 3,25    Σ NRR = 30
 *
 * IKM = 30 × 1/9 × 25 = 83,333… → 83,33, mutu B (Baik); the weakest is U8 (2,50). */
static const guint8 tiny[] = {
  4, 4, 3, 4, 3, 3, 4, 3, 4,
  3, 3, 3, 4, 3, 4, 4, 2, 3,
  4, 3, 2, 4, 3, 3, 4, 2, 3,
  3, 4, 3, 4, 4, 3, 4, 3, 3,
};

static void
test_tiny_survey (void)
{
  static const guint sums[N] = { 14, 14, 11, 16, 13, 13, 16, 10, 13 };
  static const gint64 nrr[N] = { 350, 350, 275, 400, 325, 325, 400, 250, 325 };
  static const gint64 index[N] = { 8750, 8750, 6875, 10000, 8125, 8125, 10000, 6250, 8125 };
  static const KnSkmMutu mutu[N] = {
    KN_SKM_MUTU_B, KN_SKM_MUTU_B, KN_SKM_MUTU_C, KN_SKM_MUTU_A, KN_SKM_MUTU_B, KN_SKM_MUTU_B,
    KN_SKM_MUTU_A, KN_SKM_MUTU_D, KN_SKM_MUTU_B,
  };
  KnSkmResult r;

  compute_ok (tiny, 4, &r);

  g_assert_cmpuint (r.n_rows, ==, 4);
  g_assert_cmpuint (r.n_respondents, ==, 4);
  for (guint u = 0; u < N; u++)
    {
      g_assert_cmpuint (r.unsur[u].n_answers, ==, 4);
      g_assert_cmpuint (r.unsur[u].counts[0], ==, 0);
      g_assert_cmpuint (r.unsur[u].sum, ==, sums[u]);
      g_assert_cmpfloat_with_epsilon (r.unsur[u].nrr, sums[u] / 4.0, 1e-12);
      g_assert_cmpint (r.unsur[u].nrr_hundredths, ==, nrr[u]);
      g_assert_cmpint (r.unsur[u].index_hundredths, ==, index[u]);
      g_assert_cmpint (r.unsur[u].mutu, ==, mutu[u]);
    }
  /* U3: one 2, three 3 */
  g_assert_cmpuint (r.unsur[KN_SKM_UNSUR_WAKTU].counts[1], ==, 0);
  g_assert_cmpuint (r.unsur[KN_SKM_UNSUR_WAKTU].counts[2], ==, 1);
  g_assert_cmpuint (r.unsur[KN_SKM_UNSUR_WAKTU].counts[3], ==, 3);
  g_assert_cmpuint (r.unsur[KN_SKM_UNSUR_WAKTU].counts[4], ==, 0);

  g_assert_cmpfloat_with_epsilon (r.ikm, 250.0 / 3.0, 1e-9);
  g_assert_cmpint (r.ikm_hundredths, ==, 8333);
  g_assert_cmpint (r.mutu, ==, KN_SKM_MUTU_B);
  g_assert_cmpint (r.weakest, ==, KN_SKM_UNSUR_PENGADUAN);
}

/* Three respondents with items left unanswered (·) and a fourth questionnaire left blank:
 *
 *          U1 U2 U3 U4 U5 U6 U7 U8 U9
 *   R1      4  3  ·  4  3  3  4  ·  3
 *   R2      3  ·  2  4  3  4  4  2  3
 *   R3      ·  3  3  4  4  ·  3  1  4
 *   R4      ·  ·  ·  ·  ·  ·  ·  ·  ·
 *   sum     7  6  5 12 10  7 11  3 10
 *   given   2  2  2  3  3  2  3  2  3
 *   NRR  3,50 3,00 2,50 4,00 3,33 3,50 3,67 1,50 3,33
 *
 * Σ NRR = 3,5 + 3 + 2,5 + 4 + 10/3 + 3,5 + 11/3 + 1,5 + 10/3 = 18 + 31/3 = 85/3
 * IKM = 85/3 × 1/9 × 25 = 2125/27 = 78,7037… → 78,70, mutu B; the weakest is U8 (1,50).
 * Dividing every unsur by the 3 respondents instead would give 71/3 × 1/9 × 25 = 65,74 (C). */
static void
test_unanswered_items (void)
{
  static const guint8 answers[] = {
    4, 3, 0, 4, 3, 3, 4, 0, 3,
    3, 0, 2, 4, 3, 4, 4, 2, 3,
    0, 3, 3, 4, 4, 0, 3, 1, 4,
    0, 0, 0, 0, 0, 0, 0, 0, 0,
  };
  static const guint given[N] = { 2, 2, 2, 3, 3, 2, 3, 2, 3 };
  static const guint sums[N] = { 7, 6, 5, 12, 10, 7, 11, 3, 10 };
  static const gint64 nrr[N] = { 350, 300, 250, 400, 333, 350, 367, 150, 333 };
  KnSkmResult r;

  compute_ok (answers, 4, &r);

  g_assert_cmpuint (r.n_rows, ==, 4);
  g_assert_cmpuint (r.n_respondents, ==, 3);
  for (guint u = 0; u < N; u++)
    {
      g_assert_cmpuint (r.unsur[u].n_answers, ==, given[u]);
      g_assert_cmpuint (r.unsur[u].counts[0], ==, 3 - given[u]);
      g_assert_cmpuint (r.unsur[u].sum, ==, sums[u]);
      g_assert_cmpint (r.unsur[u].nrr_hundredths, ==, nrr[u]);
    }
  g_assert_cmpfloat_with_epsilon (r.unsur[KN_SKM_UNSUR_PERILAKU].nrr, 11.0 / 3.0, 1e-12);
  /* 11/3 × 25 = 91,666… */
  g_assert_cmpint (r.unsur[KN_SKM_UNSUR_PERILAKU].index_hundredths, ==, 9167);
  /* 1,5 × 25 = 37,50 */
  g_assert_cmpint (r.unsur[KN_SKM_UNSUR_PENGADUAN].index_hundredths, ==, 3750);
  g_assert_cmpint (r.unsur[KN_SKM_UNSUR_PENGADUAN].mutu, ==, KN_SKM_MUTU_D);

  g_assert_cmpfloat_with_epsilon (r.ikm, 2125.0 / 27.0, 1e-9);
  g_assert_cmpint (r.ikm_hundredths, ==, 7870);
  g_assert_cmpint (r.mutu, ==, KN_SKM_MUTU_B);
  g_assert_cmpint (r.weakest, ==, KN_SKM_UNSUR_PENGADUAN);
}

/* A survey of @n respondents who answered every item, @total points in all: every unsur has n
 * answers, so Σ NRR = total ÷ n and IKM = 25 × total ÷ 9n. Every answer is the whole part of
 * the mean answer, or one more until the total is reached. */
static guint8 *
even_survey (guint   n,
             guint64 total)
{
  guint64 items = (guint64) n * N;
  guint8 base = (guint8) (total / items);
  guint64 extra = total % items;
  guint8 *answers = g_new (guint8, items);

  g_assert_cmpuint (base, >=, 1);
  g_assert_true (base < 4 || (base == 4 && extra == 0));

  /* The extra points go to U1's answers first, then U2's, … */
  for (guint64 i = 0; i < items; i++)
    {
      guint64 r = i / N, u = i % N;
      guint64 k = u * n + r;

      answers[i] = base + (k < extra ? 1 : 0);
    }

  return answers;
}

typedef struct
{
  const char *name;
  guint       n;
  guint64     total;
  gint64      hundredths;
  KnSkmMutu   mutu;
} BoundaryCase;

/* IKM = 25 × total ÷ 9n. Worked out by hand so that each lands exactly on a boundary of the
 * regulation's bands, or exactly half a hundredth from one (rounded up), or just below that. */
static const BoundaryCase boundaries[] = {
  /* 25 × 9 ÷ 9 = 25,00: everybody answered 1 */
  { "lowest", 1, 9, 2500, KN_SKM_MUTU_D },
  /* 25 × 58491 ÷ 22500 = 64,99 */
  { "D-top", 2500, 58491, 6499, KN_SKM_MUTU_D },
  /* 25 × 116990 ÷ 45000 = 64,9944… → 64,99 */
  { "D-just-below-half", 5000, 116990, 6499, KN_SKM_MUTU_D },
  /* 25 × 116991 ÷ 45000 = 64,995 → 65,00 */
  { "D-half-rounds-to-C", 5000, 116991, 6500, KN_SKM_MUTU_C },
  /* 25 × 117 ÷ 45 = 65,00 */
  { "C-bottom", 5, 117, 6500, KN_SKM_MUTU_C },
  /* 25 × 3447 ÷ 1125 = 76,60 */
  { "C-top", 125, 3447, 7660, KN_SKM_MUTU_C },
  /* 25 × 137888 ÷ 45000 = 76,6044… → 76,60 */
  { "C-just-below-half", 5000, 137888, 7660, KN_SKM_MUTU_C },
  /* 25 × 137889 ÷ 45000 = 76,605 → 76,61 */
  { "C-half-rounds-to-B", 5000, 137889, 7661, KN_SKM_MUTU_B },
  /* 25 × 68949 ÷ 22500 = 76,61 */
  { "B-bottom", 2500, 68949, 7661, KN_SKM_MUTU_B },
  /* 25 × 7947 ÷ 2250 = 88,30 */
  { "B-top", 250, 7947, 8830, KN_SKM_MUTU_B },
  /* 25 × 158948 ÷ 45000 = 88,3044… → 88,30 */
  { "B-just-below-half", 5000, 158948, 8830, KN_SKM_MUTU_B },
  /* 25 × 158949 ÷ 45000 = 88,305 → 88,31 */
  { "B-half-rounds-to-A", 5000, 158949, 8831, KN_SKM_MUTU_A },
  /* 25 × 79479 ÷ 22500 = 88,31 */
  { "A-bottom", 2500, 79479, 8831, KN_SKM_MUTU_A },
  /* everybody answered 4 */
  { "highest", 3, 108, 10000, KN_SKM_MUTU_A },
};

static void
test_boundary (gconstpointer data)
{
  const BoundaryCase *c = data;
  g_autofree guint8 *answers = even_survey (c->n, c->total);
  guint64 sum = 0;
  KnSkmResult r;

  compute_ok (answers, c->n, &r);

  for (guint u = 0; u < N; u++)
    sum += r.unsur[u].sum;
  g_assert_cmpuint (sum, ==, c->total);
  g_assert_cmpuint (r.n_respondents, ==, c->n);
  g_assert_cmpfloat_with_epsilon (r.ikm, 25.0 * c->total / (9.0 * c->n), 1e-9);
  g_assert_cmpint (r.ikm_hundredths, ==, c->hundredths);
  g_assert_cmpint (r.mutu, ==, c->mutu);
}

static void
test_weakest_ties (void)
{
  /* U3 and U8 tie at 2,00: both are the lowest, and both are named (in unsur order). */
  static const guint8 tie[] = {
    4, 4, 2, 4, 4, 4, 4, 2, 4,
    4, 4, 2, 4, 4, 4, 4, 2, 4,
  };
  /* Equal NRR over different numbers of answers: U2 3 ÷ 2 = 1,50, U6 6 ÷ 4 = 1,50 (exactly),
   * U9 (1 + 1 + 1 + 4) ÷ 4 = 1,75. U2 comes first. */
  static const guint8 fractions[] = {
    4, 1, 4, 4, 4, 1, 4, 4, 1,
    4, 2, 4, 4, 4, 1, 4, 4, 1,
    4, 0, 4, 4, 4, 2, 4, 4, 1,
    4, 0, 4, 4, 4, 2, 4, 4, 4,
  };
  /* Everyone answered 3 everywhere: no unsur is lower than another. */
  static const guint8 alike[] = {
    3, 3, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3,
  };
  g_autofree char *sentence = NULL;
  g_autofree char *advice = NULL;
  g_autofree char *names = NULL;
  KnSkmReport report = { 0 };
  KnSkmResult r;

  compute_ok (tie, 2, &r);
  g_assert_cmpint (r.weakest, ==, KN_SKM_UNSUR_WAKTU);
  g_assert_cmphex (r.weakest_mask, ==, (1u << KN_SKM_UNSUR_WAKTU) | (1u << KN_SKM_UNSUR_PENGADUAN));
  names = kn_skm_dup_weakest_names (&r, TRUE);
  g_assert_cmpstr (names, ==, "U3 Waktu Penyelesaian, U8 Penanganan Pengaduan, Saran dan Masukan");
  sentence = kn_skm_describe_weakest (&r);
  kn_test_assert_contains (sentence, "Waktu Penyelesaian, Penanganan Pengaduan");
  kn_test_assert_contains (sentence, "their NRR");
  g_clear_pointer (&sentence, g_free);

  compute_ok (alike, 2, &r);
  g_assert_cmphex (r.weakest_mask, ==, 0);
  g_assert_false (kn_skm_is_weakest (&r, KN_SKM_UNSUR_PERSYARATAN));
  g_assert_null (kn_skm_dup_weakest_names (&r, FALSE));
  sentence = kn_skm_describe_weakest (&r);
  kn_test_assert_contains (sentence, "same NRR");
  report.has_ikm = TRUE;
  report.result = r;
  advice = kn_skm_report_advice_text (&report);
  g_assert_cmpstr (advice, ==, "Kesembilan unsur bernilai sama (NRR 3,00): tidak ada unsur yang "
                               "lebih rendah dari yang lain.");

  compute_ok (fractions, 4, &r);
  g_assert_cmpint (r.weakest, ==, KN_SKM_UNSUR_PROSEDUR);
  g_assert_cmphex (r.weakest_mask, ==, (1u << KN_SKM_UNSUR_PROSEDUR) | (1u << KN_SKM_UNSUR_KOMPETENSI));
  g_assert_cmpuint (r.unsur[KN_SKM_UNSUR_PROSEDUR].n_answers, ==, 2);
  g_assert_cmpuint (r.unsur[KN_SKM_UNSUR_KOMPETENSI].n_answers, ==, 4);
}

static void
test_describe_weakest (void)
{
  g_autofree char *sentence = NULL;
  KnSkmResult r;

  compute_ok (tiny, 4, &r);
  sentence = kn_skm_describe_weakest (&r);
  kn_test_assert_contains (sentence, "Penanganan Pengaduan, Saran dan Masukan");
  kn_test_assert_contains (sentence, "2.5");
}

static void
test_no_ikm (void)
{
  /* Nobody answered U4 (Biaya/Tarif). */
  static const guint8 no_u4[] = {
    4, 3, 3, 0, 3, 3, 4, 3, 4,
    3, 3, 3, 0, 3, 4, 4, 2, 3,
  };
  static const guint8 blank[N] = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error_blank = NULL;
  g_autoptr(GError) error_none = NULL;
  KnSkmResult r;

  g_assert_false (kn_skm_compute (no_u4, 2, &r, &error));
  g_assert_error (error, KN_SKM_ERROR, KN_SKM_ERROR_UNANSWERED);
  kn_test_assert_contains (error->message, "U4 (Biaya/Tarif)");
  /* What can be counted still is. */
  g_assert_cmpuint (r.n_respondents, ==, 2);
  g_assert_cmpint (r.unsur[KN_SKM_UNSUR_PERSYARATAN].nrr_hundredths, ==, 350);
  g_assert_cmpuint (r.unsur[KN_SKM_UNSUR_BIAYA].counts[0], ==, 2);
  g_assert_cmpint (r.unsur[KN_SKM_UNSUR_BIAYA].mutu, ==, KN_SKM_MUTU_NONE);
  g_assert_cmpint (r.ikm_hundredths, ==, 0);
  g_assert_cmpint (r.mutu, ==, KN_SKM_MUTU_NONE);
  g_assert_null (kn_skm_describe_weakest (&r));

  g_assert_false (kn_skm_compute (blank, 1, &r, &error_blank));
  g_assert_error (error_blank, KN_SKM_ERROR, KN_SKM_ERROR_NO_RESPONDENT);
  g_assert_cmpuint (r.n_respondents, ==, 0);

  g_assert_false (kn_skm_compute (NULL, 0, &r, &error_none));
  g_assert_error (error_none, KN_SKM_ERROR, KN_SKM_ERROR_NO_RESPONDENT);
}

/* The minimum sample */

static void
test_sample (void)
{
  static const struct
  {
    guint64 population;
    guint   sample;
  } cases[] = {
    { 0, 0 }, { 1, 1 }, { 9, 9 },           /* below the table: everybody */
    { 10, 10 }, { 11, 14 }, { 15, 14 },     /* between rows: the larger row's */
    { 100, 80 }, { 101, 86 }, { 110, 86 },
    { 500, 217 }, { 501, 226 },
    { 1000, 278 }, { 1001, 285 },
    { 10000, 370 }, { 10001, 375 },
    { 75000, 382 }, { 75001, 384 },
    { 100000, 384 }, { 100001, 384 }, { 19000000, 384 },
  };
  const KnSkmSampleRow *table;
  guint n_rows = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      if (kn_skm_min_sample (cases[i].population) != cases[i].sample)
        g_error ("population %" G_GUINT64_FORMAT ": %u, expected %u", cases[i].population,
                 kn_skm_min_sample (cases[i].population), cases[i].sample);
    }

  table = kn_skm_sample_table (&n_rows);
  g_assert_cmpuint (n_rows, ==, 90);
  g_assert_cmpuint (table[0].population, ==, 10);
  g_assert_cmpuint (table[n_rows - 1].population, ==, 100000);
  g_assert_cmpuint (table[n_rows - 1].sample, ==, 384);
  for (guint i = 1; i < n_rows; i++)
    {
      g_assert_cmpuint (table[i].population, >, table[i - 1].population);
      g_assert_cmpuint (table[i].sample, >=, table[i - 1].sample);
    }

  g_assert_true (kn_skm_sample_reached (278, 1000));
  g_assert_false (kn_skm_sample_reached (277, 1000));
  g_assert_true (kn_skm_sample_reached (80, 100));
  g_assert_false (kn_skm_sample_reached (79, 100));
  g_assert_true (kn_skm_sample_reached (384, 250000));
  g_assert_false (kn_skm_sample_reached (383, 250000));
}

static void
check_messages_indonesian (void)
{
  g_autoptr(GError) error = NULL;
  guint score;

  g_assert_false (kn_skm_parse_answer (KN_SKM_UNSUR_BIAYA, "Mahal", &score, &error));
  kn_test_assert_contains (error->message, "bukan jawaban untuk U4 (Biaya/Tarif)");
}

static void
test_messages_locale (void)
{
  kn_test_in_indonesian (check_messages_indonesian);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skm/unsur/names", test_unsur_names);
  g_test_add_func ("/skm/parse/words", test_parse_words);
  g_test_add_func ("/skm/parse/variants", test_parse_variants);
  g_test_add_func ("/skm/parse/refused", test_parse_refused);
  g_test_add_func ("/skm/parse/messages-locale", test_messages_locale);
  g_test_add_func ("/skm/mutu/boundaries", test_mutu_boundaries);
  g_test_add_func ("/skm/format", test_format);
  g_test_add_func ("/skm/survey/tiny", test_tiny_survey);
  g_test_add_func ("/skm/survey/unanswered-items", test_unanswered_items);
  for (guint i = 0; i < G_N_ELEMENTS (boundaries); i++)
    {
      g_autofree char *path = g_strdup_printf ("/skm/survey/boundary/%s", boundaries[i].name);

      g_test_add_data_func (path, &boundaries[i], test_boundary);
    }
  g_test_add_func ("/skm/survey/weakest-ties", test_weakest_ties);
  g_test_add_func ("/skm/survey/describe-weakest", test_describe_weakest);
  g_test_add_func ("/skm/survey/no-ikm", test_no_ikm);
  g_test_add_func ("/skm/sample", test_sample);

  return g_test_run ();
}
