/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017): the nine unsur, their answers, NRR, IKM,
 * mutu pelayanan, the minimum sample and the weakest unsur. Pure functions over data. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nine unsur in the regulation's order (U1 … U9). */
typedef enum
{
  KN_SKM_UNSUR_PERSYARATAN,   /* U1 Persyaratan */
  KN_SKM_UNSUR_PROSEDUR,      /* U2 Sistem, Mekanisme, dan Prosedur */
  KN_SKM_UNSUR_WAKTU,         /* U3 Waktu Penyelesaian */
  KN_SKM_UNSUR_BIAYA,         /* U4 Biaya/Tarif */
  KN_SKM_UNSUR_PRODUK,        /* U5 Produk Spesifikasi Jenis Pelayanan */
  KN_SKM_UNSUR_KOMPETENSI,    /* U6 Kompetensi Pelaksana */
  KN_SKM_UNSUR_PERILAKU,      /* U7 Perilaku Pelaksana */
  KN_SKM_UNSUR_PENGADUAN,     /* U8 Penanganan Pengaduan, Saran dan Masukan */
  KN_SKM_UNSUR_SARANA,        /* U9 Sarana dan Prasarana */
  KN_SKM_N_UNSUR
} KnSkmUnsur;

/* Mutu pelayanan, lowest first. */
typedef enum
{
  KN_SKM_MUTU_NONE,   /* no IKM */
  KN_SKM_MUTU_D,      /* 25,00–64,99 Tidak Baik */
  KN_SKM_MUTU_C,      /* 65,00–76,60 Kurang Baik */
  KN_SKM_MUTU_B,      /* 76,61–88,30 Baik */
  KN_SKM_MUTU_A,      /* 88,31–100,00 Sangat Baik */
  KN_SKM_MUTU_N
} KnSkmMutu;

#define KN_TYPE_SKM_UNSUR (kn_skm_unsur_get_type ())
#define KN_TYPE_SKM_MUTU  (kn_skm_mutu_get_type ())

GType        kn_skm_unsur_get_type    (void) G_GNUC_CONST;
GType        kn_skm_mutu_get_type     (void) G_GNUC_CONST;

#define KN_SKM_ERROR (kn_skm_error_quark ())

typedef enum
{
  KN_SKM_ERROR_ANSWER,        /* a text that is no answer to the unsur */
  KN_SKM_ERROR_NO_RESPONDENT, /* nobody answered anything */
  KN_SKM_ERROR_UNANSWERED,    /* an unsur nobody answered: no IKM */
} KnSkmError;

GQuark       kn_skm_error_quark       (void);

/* "U1" … "U9". */
const char  *kn_skm_unsur_code        (KnSkmUnsur  unsur);
/* The regulation's Indonesian name ("Persyaratan", "Sistem, Mekanisme, dan Prosedur", …). It is
 * a term of the regulation, printed on official documents and shown as it is in the window:
 * not translated. */
const char  *kn_skm_unsur_name        (KnSkmUnsur  unsur);
/* The regulation's option words for @score 1–4 of @unsur: "Tidak sesuai", "Kurang sesuai",
 * "Sesuai", "Sangat sesuai" for Persyaratan; "Sangat mahal" … "Gratis" for Biaya/Tarif; …
 * Indonesian, like the questionnaire. */
const char  *kn_skm_answer_label      (KnSkmUnsur  unsur,
                                       guint       score);

/* An answer to @unsur as forms and spreadsheets give it: a number 1–4 ("4", "4.0", "4,0") or
 * the unsur's option words in any case and spacing ("SANGAT  sesuai"). An empty text or "-"
 * is an unanswered item: @score 0. FALSE with a translated @error naming the unsur and the
 * accepted answers otherwise. */
gboolean     kn_skm_parse_answer      (KnSkmUnsur   unsur,
                                       const char  *text,
                                       guint       *score,
                                       GError     **error);

/* Mutu pelayanan of an IKM given in hundredths (8831 for 88,31), on the value rounded to two
 * decimals as it is shown: A from 88,31, B from 76,61, C from 65,00, D from 25,00; NONE below
 * 25,00 or above 100,00 (no IKM is there). */
KnSkmMutu    kn_skm_mutu_from_hundredths (gint64    hundredths);
/* "A" … "D"; "" for NONE. */
const char  *kn_skm_mutu_letter       (KnSkmMutu   mutu);
/* The regulation's kinerja unit pelayanan: "Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik";
 * "" for NONE. Indonesian, as printed. */
const char  *kn_skm_mutu_label        (KnSkmMutu   mutu);

/* A value in hundredths written the Indonesian way with two decimals: 8247 → "82,47",
 * 10000 → "100,00". For documents, which are Indonesian whatever the locale. */
char        *kn_skm_format_hundredths (gint64      hundredths);

typedef struct
{
  guint   n_answers;   /* answers given to the unsur */
  guint   counts[5];   /* [0] respondents who left it unanswered, [1]–[4] answers of each score */
  guint64 sum;         /* the sum of the answers given */
  double  nrr;         /* nilai rata-rata: sum ÷ n_answers, unrounded; 0 when n_answers is 0 */
  gint64  nrr_hundredths;     /* the NRR rounded half up to two decimals (325 for 3,25) */
  gint64  index_hundredths;   /* NRR × 25 rounded half up to two decimals (8125 for 81,25) */
  KnSkmMutu mutu;      /* the unsur's own mutu, of index_hundredths; NONE without answers */
} KnSkmUnsurResult;

typedef struct
{
  guint            n_rows;          /* questionnaires given */
  guint            n_respondents;   /* questionnaires with at least one answer */
  KnSkmUnsurResult unsur[KN_SKM_N_UNSUR];
  double           ikm;             /* Σ NRR × 1/9 × 25, unrounded; 0 when there is no IKM */
  gint64           ikm_hundredths;  /* the IKM rounded half up to two decimals (8247 = 82,47),
                                     * computed exactly from the counts; 0 when there is none */
  KnSkmMutu        mutu;            /* of ikm_hundredths; NONE when there is no IKM */
  KnSkmUnsur       weakest;         /* the lowest NRR, the first of equals in unsur order;
                                     * meaningful only with an IKM */
  guint            weakest_mask;    /* 1 << u for every unsur with the lowest NRR (equals
                                     * alike): the first things to improve; 0 when all nine
                                     * are equal (none is lower) or there is no IKM */
} KnSkmResult;

/* Computes a survey as the regulation does. @answers holds @n_rows questionnaires of
 * KN_SKM_N_UNSUR scores each, in unsur order: 1–4, or 0 for an item left unanswered. The NRR of
 * an unsur is the sum of the answers given to it divided by their number (unanswered items are
 * left out); the unsur weigh 1/9 each; IKM = Σ NRR × 1/9 × 25. Rounding happens only in the
 * *_hundredths fields. @result is always filled with what can be counted; FALSE with @error
 * when there is no IKM: no answer at all, or an unsur nobody answered (named in @error). */
gboolean     kn_skm_compute           (const guint8 *answers,
                                       guint         n_rows,
                                       KnSkmResult  *result,
                                       GError      **error);

/* "Improve Waktu Penyelesaian first: its NRR 2,50 is the lowest of the nine unsur." translated
 * (several names when they tie; a sentence that none is lower when all nine are equal); NULL
 * when @result has no IKM. */
char        *kn_skm_describe_weakest  (const KnSkmResult *result);
/* TRUE when @unsur is one of the lowest of @result (kn_skm_compute's weakest_mask). */
gboolean     kn_skm_is_weakest        (const KnSkmResult *result,
                                       KnSkmUnsur         unsur);
/* The names of the lowest unsur, "Waktu Penyelesaian" or "Persyaratan, Biaya/Tarif", each
 * after its code ("U3 Waktu Penyelesaian") when @codes; NULL when none is lower (weakest_mask
 * 0). */
char        *kn_skm_dup_weakest_names (const KnSkmResult *result,
                                       gboolean           codes);

/* The minimum sample (the regulation's table after Krejcie and Morgan) */

typedef struct
{
  guint64 population;
  guint   sample;
} KnSkmSampleRow;

/* The table, smallest population first; @n_rows receives its length. */
const KnSkmSampleRow *kn_skm_sample_table (guint *n_rows);
/* The minimum number of respondents for @population people served in the period: the sample
 * of the table's row for that population or, between two rows, of the larger row (the sample
 * grows with the population, so this never asks for too few); the whole population below the
 * first row (10); 384 from 75.001 up. 0 for a population of 0. */
guint        kn_skm_min_sample        (guint64     population);
/* Whether @n_respondents reach the minimum sample for @population. */
gboolean     kn_skm_sample_reached    (guint       n_respondents,
                                       guint64     population);

G_END_DECLS
