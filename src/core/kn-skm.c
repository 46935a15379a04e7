/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017): answers, NRR, IKM, mutu and sample. */

#define G_LOG_DOMAIN "kn-skm"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib-object.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-skm.h"

G_DEFINE_ENUM_TYPE (KnSkmUnsur, kn_skm_unsur,
  G_DEFINE_ENUM_VALUE (KN_SKM_UNSUR_PERSYARATAN, "persyaratan"),
  G_DEFINE_ENUM_VALUE (KN_SKM_UNSUR_PROSEDUR, "prosedur"),
  G_DEFINE_ENUM_VALUE (KN_SKM_UNSUR_WAKTU, "waktu"),
  G_DEFINE_ENUM_VALUE (KN_SKM_UNSUR_BIAYA, "biaya"),
  G_DEFINE_ENUM_VALUE (KN_SKM_UNSUR_PRODUK, "produk"),
  G_DEFINE_ENUM_VALUE (KN_SKM_UNSUR_KOMPETENSI, "kompetensi"),
  G_DEFINE_ENUM_VALUE (KN_SKM_UNSUR_PERILAKU, "perilaku"),
  G_DEFINE_ENUM_VALUE (KN_SKM_UNSUR_PENGADUAN, "pengaduan"),
  G_DEFINE_ENUM_VALUE (KN_SKM_UNSUR_SARANA, "sarana"))

G_DEFINE_ENUM_TYPE (KnSkmMutu, kn_skm_mutu,
  G_DEFINE_ENUM_VALUE (KN_SKM_MUTU_NONE, "none"),
  G_DEFINE_ENUM_VALUE (KN_SKM_MUTU_D, "d"),
  G_DEFINE_ENUM_VALUE (KN_SKM_MUTU_C, "c"),
  G_DEFINE_ENUM_VALUE (KN_SKM_MUTU_B, "b"),
  G_DEFINE_ENUM_VALUE (KN_SKM_MUTU_A, "a"))

G_DEFINE_QUARK (kn-skm-error-quark, kn_skm_error)

/* The regulation's names and its questionnaire's four options per unsur (lowest first).
 * Indonesian terms of the regulation, not interface text. */
static const struct
{
  const char *code;
  const char *name;
  const char *options[4];
} unsur_info[KN_SKM_N_UNSUR] = {
  [KN_SKM_UNSUR_PERSYARATAN] = { "U1", "Persyaratan",
    { "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai" } },
  [KN_SKM_UNSUR_PROSEDUR] = { "U2", "Sistem, Mekanisme, dan Prosedur",
    { "Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah" } },
  [KN_SKM_UNSUR_WAKTU] = { "U3", "Waktu Penyelesaian",
    { "Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat" } },
  [KN_SKM_UNSUR_BIAYA] = { "U4", "Biaya/Tarif",
    { "Sangat mahal", "Cukup mahal", "Murah", "Gratis" } },
  [KN_SKM_UNSUR_PRODUK] = { "U5", "Produk Spesifikasi Jenis Pelayanan",
    { "Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai" } },
  [KN_SKM_UNSUR_KOMPETENSI] = { "U6", "Kompetensi Pelaksana",
    { "Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten" } },
  [KN_SKM_UNSUR_PERILAKU] = { "U7", "Perilaku Pelaksana",
    { "Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah",
      "Sangat sopan dan ramah" } },
  [KN_SKM_UNSUR_PENGADUAN] = { "U8", "Penanganan Pengaduan, Saran dan Masukan",
    { "Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal",
      "Dikelola dengan baik" } },
  [KN_SKM_UNSUR_SARANA] = { "U9", "Sarana dan Prasarana",
    { "Buruk", "Cukup", "Baik", "Sangat baik" } },
};

static const char * const mutu_letters[KN_SKM_MUTU_N] = {
  [KN_SKM_MUTU_NONE] = "",
  [KN_SKM_MUTU_D] = "D",
  [KN_SKM_MUTU_C] = "C",
  [KN_SKM_MUTU_B] = "B",
  [KN_SKM_MUTU_A] = "A",
};

static const char * const mutu_labels[KN_SKM_MUTU_N] = {
  [KN_SKM_MUTU_NONE] = "",
  [KN_SKM_MUTU_D] = "Tidak Baik",
  [KN_SKM_MUTU_C] = "Kurang Baik",
  [KN_SKM_MUTU_B] = "Baik",
  [KN_SKM_MUTU_A] = "Sangat Baik",
};

/* The regulation's table of population and minimum sample (Krejcie and Morgan, 1970, at 95 %
 * confidence and 5 % error), which ends with 100.000 → 384. */
static const KnSkmSampleRow sample_table[] = {
  { 10, 10 }, { 15, 14 }, { 20, 19 }, { 25, 24 }, { 30, 28 }, { 35, 32 }, { 40, 36 },
  { 45, 40 }, { 50, 44 }, { 55, 48 }, { 60, 52 }, { 65, 56 }, { 70, 59 }, { 75, 63 },
  { 80, 66 }, { 85, 70 }, { 90, 73 }, { 95, 76 }, { 100, 80 }, { 110, 86 }, { 120, 92 },
  { 130, 97 }, { 140, 103 }, { 150, 108 }, { 160, 113 }, { 170, 118 }, { 180, 123 },
  { 190, 127 }, { 200, 132 }, { 210, 136 }, { 220, 140 }, { 230, 144 }, { 240, 148 },
  { 250, 152 }, { 260, 155 }, { 270, 159 }, { 280, 162 }, { 290, 165 }, { 300, 169 },
  { 320, 175 }, { 340, 181 }, { 360, 186 }, { 380, 191 }, { 400, 196 }, { 420, 201 },
  { 440, 205 }, { 460, 210 }, { 480, 214 }, { 500, 217 }, { 550, 226 }, { 600, 234 },
  { 650, 242 }, { 700, 248 }, { 750, 254 }, { 800, 260 }, { 850, 265 }, { 900, 269 },
  { 950, 274 }, { 1000, 278 }, { 1100, 285 }, { 1200, 291 }, { 1300, 297 }, { 1400, 302 },
  { 1500, 306 }, { 1600, 310 }, { 1700, 313 }, { 1800, 317 }, { 1900, 320 }, { 2000, 322 },
  { 2200, 327 }, { 2400, 331 }, { 2600, 335 }, { 2800, 338 }, { 3000, 341 }, { 3500, 346 },
  { 4000, 351 }, { 4500, 354 }, { 5000, 357 }, { 6000, 361 }, { 7000, 364 }, { 8000, 367 },
  { 9000, 368 }, { 10000, 370 }, { 15000, 375 }, { 20000, 377 }, { 30000, 379 },
  { 40000, 380 }, { 50000, 381 }, { 75000, 382 }, { 100000, 384 },
};

/* An unsigned 128-bit integer: exact sums of fractions for any realistic survey. */
typedef unsigned __int128 Wide;

/* Lower case, every run of white space (no-break spaces included) one space, trimmed. */
static char *
normalize_answer (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* "1"–"4", also as a spreadsheet writes a whole number: "4.0", "4,00". */
static guint
parse_score_number (const char *text)
{
  if (text[0] < '1' || text[0] > '4')
    return 0;
  if (text[1] == '\0')
    return (guint) (text[0] - '0');
  if ((text[1] != '.' && text[1] != ',') || text[2] == '\0')
    return 0;
  for (const char *p = text + 2; *p != '\0'; p++)
    if (*p != '0')
      return 0;

  return (guint) (text[0] - '0');
}

static char *
options_list (KnSkmUnsur unsur)
{
  return g_strjoin (", ", unsur_info[unsur].options[0], unsur_info[unsur].options[1],
                    unsur_info[unsur].options[2], unsur_info[unsur].options[3], NULL);
}

/* round (2500 × @sum ÷ @n) half up, for an NRR × 25 in hundredths. */
static gint64
index_hundredths (guint64 sum,
                  guint   n)
{
  return (gint64) ((5000 * (Wide) sum + n) / (2 * (Wide) n));
}

static gboolean
wide_mul (Wide  a,
          Wide  b,
          Wide *out)
{
  return !__builtin_mul_overflow (a, b, out);
}

static gboolean
wide_add (Wide  a,
          Wide  b,
          Wide *out)
{
  return !__builtin_add_overflow (a, b, out);
}

static Wide
wide_gcd (Wide a,
          Wide b)
{
  while (b != 0)
    {
      Wide t = a % b;

      a = b;
      b = t;
    }

  return a;
}

/* round (2500 ÷ 9 × Σ sum_i ÷ n_i) half up, exactly: the sum of fractions is kept as p ÷ q in
 * lowest terms. FALSE when the numbers outgrow 128 bits (answer counts that differ in ways no
 * real survey has). */
static gboolean
ikm_hundredths_exact (const KnSkmUnsurResult *unsur,
                      gint64                 *hundredths)
{
  Wide p = 0;
  Wide q = 1;
  Wide num, den;

  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      Wide n = unsur[u].n_answers;
      Wide g = wide_gcd (q, n);
      Wide scale = n / g;
      Wide left, right;

      /* p/q + s/n = (p × n/g + s × q/g) ÷ (q × n/g) */
      if (!wide_mul (p, scale, &left) || !wide_mul (unsur[u].sum, q / g, &right)
          || !wide_add (left, right, &p) || !wide_mul (q, scale, &q))
        return FALSE;

      g = wide_gcd (p, q);
      p /= g;
      q /= g;
    }

  /* hundredths = floor ((2 × 2500 p + 9 q) ÷ (2 × 9 q)) */
  if (!wide_mul (p, 5000, &num) || !wide_mul (q, 9, &den) || !wide_add (num, den, &num)
      || !wide_mul (den, 2, &den))
    return FALSE;

  *hundredths = (gint64) (num / den);

  return TRUE;
}

/* Public API */

const char *
kn_skm_unsur_code (KnSkmUnsur unsur)
{
  g_return_val_if_fail (unsur < KN_SKM_N_UNSUR, NULL);

  return unsur_info[unsur].code;
}

const char *
kn_skm_unsur_name (KnSkmUnsur unsur)
{
  g_return_val_if_fail (unsur < KN_SKM_N_UNSUR, NULL);

  return unsur_info[unsur].name;
}

const char *
kn_skm_answer_label (KnSkmUnsur unsur,
                     guint      score)
{
  g_return_val_if_fail (unsur < KN_SKM_N_UNSUR, NULL);
  g_return_val_if_fail (score >= 1 && score <= 4, NULL);

  return unsur_info[unsur].options[score - 1];
}

gboolean
kn_skm_parse_answer (KnSkmUnsur   unsur,
                     const char  *text,
                     guint       *score,
                     GError     **error)
{
  g_autofree char *normal = NULL;
  g_autofree char *options = NULL;

  g_return_val_if_fail (unsur < KN_SKM_N_UNSUR, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (score != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, KN_SKM_ERROR, KN_SKM_ERROR_ANSWER,
                   _("The answer to %s (%s) is not readable text: give a number from 1 to 4."),
                   unsur_info[unsur].code, unsur_info[unsur].name);
      return FALSE;
    }

  normal = normalize_answer (text);

  if (normal[0] == '\0' || strcmp (normal, "-") == 0)
    {
      *score = 0;
      return TRUE;
    }

  *score = parse_score_number (normal);
  if (*score != 0)
    return TRUE;

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *option = normalize_answer (unsur_info[unsur].options[i]);

      if (strcmp (normal, option) == 0)
        {
          *score = i + 1;
          return TRUE;
        }
    }

  options = options_list (unsur);
  g_set_error (error, KN_SKM_ERROR, KN_SKM_ERROR_ANSWER,
               /* Translators: the first %s is what was given, then the unsur's code ("U4")
                  and name ("Biaya/Tarif"), then its answers ("Sangat mahal, Cukup mahal, Murah,
                  Gratis"). */
               _("“%s” is not an answer to %s (%s): give a number from 1 to 4 or one of %s."),
               text, unsur_info[unsur].code, unsur_info[unsur].name, options);

  return FALSE;
}

KnSkmMutu
kn_skm_mutu_from_hundredths (gint64 hundredths)
{
  if (hundredths < 2500 || hundredths > 10000)
    return KN_SKM_MUTU_NONE;
  if (hundredths >= 8831)
    return KN_SKM_MUTU_A;
  if (hundredths >= 7661)
    return KN_SKM_MUTU_B;
  if (hundredths >= 6500)
    return KN_SKM_MUTU_C;

  return KN_SKM_MUTU_D;
}

const char *
kn_skm_mutu_letter (KnSkmMutu mutu)
{
  g_return_val_if_fail (mutu < KN_SKM_MUTU_N, NULL);

  return mutu_letters[mutu];
}

const char *
kn_skm_mutu_label (KnSkmMutu mutu)
{
  g_return_val_if_fail (mutu < KN_SKM_MUTU_N, NULL);

  return mutu_labels[mutu];
}

char *
kn_skm_format_hundredths (gint64 hundredths)
{
  guint64 magnitude = hundredths < 0 ? (guint64) -hundredths : (guint64) hundredths;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ",%02u", hundredths < 0 ? "-" : "",
                          magnitude / 100, (guint) (magnitude % 100));
}

gboolean
kn_skm_compute (const guint8 *answers,
                guint         n_rows,
                KnSkmResult  *result,
                GError      **error)
{
  gint64 hundredths;

  g_return_val_if_fail (answers != NULL || n_rows == 0, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (result, 0, sizeof *result);
  result->n_rows = n_rows;

  for (guint r = 0; r < n_rows; r++)
    {
      const guint8 *row = answers + (gsize) r * KN_SKM_N_UNSUR;
      gboolean answered = FALSE;

      for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
        {
          g_return_val_if_fail (row[u] <= 4, FALSE);

          result->unsur[u].counts[row[u]]++;
          if (row[u] != 0)
            {
              result->unsur[u].n_answers++;
              result->unsur[u].sum += row[u];
              answered = TRUE;
            }
        }
      if (answered)
        result->n_respondents++;
    }

  /* A questionnaire left entirely blank is no respondent, nor an unanswered item of one. */
  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      KnSkmUnsurResult *unsur = &result->unsur[u];

      unsur->counts[0] -= n_rows - result->n_respondents;
      if (unsur->n_answers == 0)
        continue;

      unsur->nrr = (double) unsur->sum / unsur->n_answers;
      unsur->nrr_hundredths = (gint64) ((200 * (Wide) unsur->sum + unsur->n_answers)
                                        / (2 * (Wide) unsur->n_answers));
      unsur->index_hundredths = index_hundredths (unsur->sum, unsur->n_answers);
      unsur->mutu = kn_skm_mutu_from_hundredths (unsur->index_hundredths);
    }

  if (result->n_respondents == 0)
    {
      g_set_error_literal (error, KN_SKM_ERROR, KN_SKM_ERROR_NO_RESPONDENT,
                           _("The survey has no answers yet: enter or import the respondents’ "
                             "questionnaires first."));
      return FALSE;
    }

  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    if (result->unsur[u].n_answers == 0)
      {
        g_set_error (error, KN_SKM_ERROR, KN_SKM_ERROR_UNANSWERED,
                     _("Nobody answered %s (%s), so the survey has no IKM: every one of the "
                       "nine unsur needs at least one answer."),
                     unsur_info[u].code, unsur_info[u].name);
        return FALSE;
      }

  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      const KnSkmUnsurResult *unsur = &result->unsur[u];
      const KnSkmUnsurResult *weakest = &result->unsur[result->weakest];

      result->ikm += unsur->nrr;
      /* sum_u ÷ n_u < sum_w ÷ n_w, compared without division */
      if ((Wide) unsur->sum * weakest->n_answers < (Wide) weakest->sum * unsur->n_answers)
        result->weakest = (KnSkmUnsur) u;
    }
  result->ikm = result->ikm / KN_SKM_N_UNSUR * 25.0;

  /* Every unsur as low as the weakest; none when all nine are alike. */
  result->weakest_mask = 0;
  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      const KnSkmUnsurResult *unsur = &result->unsur[u];
      const KnSkmUnsurResult *weakest = &result->unsur[result->weakest];

      if ((Wide) unsur->sum * weakest->n_answers == (Wide) weakest->sum * unsur->n_answers)
        result->weakest_mask |= 1u << u;
    }
  if (result->weakest_mask == (1u << KN_SKM_N_UNSUR) - 1)
    result->weakest_mask = 0;

  if (!ikm_hundredths_exact (result->unsur, &hundredths))
    hundredths = (gint64) (result->ikm * 100.0 + 0.5);
  result->ikm_hundredths = hundredths;
  result->mutu = kn_skm_mutu_from_hundredths (hundredths);

  return TRUE;
}

gboolean
kn_skm_is_weakest (const KnSkmResult *result,
                   KnSkmUnsur         unsur)
{
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail ((guint) unsur < KN_SKM_N_UNSUR, FALSE);

  return (result->weakest_mask & (1u << unsur)) != 0;
}

char *
kn_skm_dup_weakest_names (const KnSkmResult *result,
                          gboolean           codes)
{
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_val_if_fail (result != NULL, NULL);

  if (result->weakest_mask == 0)
    return NULL;
  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      if (!kn_skm_is_weakest (result, u))
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      if (codes)
        g_string_append_printf (names, "%s ", unsur_info[u].code);
      g_string_append (names, unsur_info[u].name);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

char *
kn_skm_describe_weakest (const KnSkmResult *result)
{
  g_autofree char *nrr = NULL;
  g_autofree char *names = NULL;

  g_return_val_if_fail (result != NULL, NULL);

  if (result->mutu == KN_SKM_MUTU_NONE)
    return NULL;

  nrr = kn_format_decimal (result->unsur[result->weakest].nrr_hundredths / 100.0);
  names = kn_skm_dup_weakest_names (result, FALSE);
  if (names == NULL)
    /* Translators: %s is the NRR every unsur has ("3,00"). */
    return g_strdup_printf (_("All nine unsur have the same NRR %s: none is lower than the others."),
                            nrr);
  if ((result->weakest_mask & (result->weakest_mask - 1)) != 0)  /* more than one */
    /* Translators: %s are the names of the unsur that tie ("Persyaratan, Biaya/Tarif") and
     * their NRR ("2,50"). */
    return g_strdup_printf (_("Improve %s first: their NRR %s is the lowest of the nine unsur."),
                            names, nrr);
  /* Translators: %s are the unsur's name ("Waktu Penyelesaian") and its NRR ("2,50"). */
  return g_strdup_printf (_("Improve %s first: its NRR %s is the lowest of the nine unsur."),
                          names, nrr);
}

const KnSkmSampleRow *
kn_skm_sample_table (guint *n_rows)
{
  g_return_val_if_fail (n_rows != NULL, NULL);

  *n_rows = G_N_ELEMENTS (sample_table);

  return sample_table;
}

guint
kn_skm_min_sample (guint64 population)
{
  if (population < sample_table[0].population)
    return (guint) population;

  for (guint i = 0; i < G_N_ELEMENTS (sample_table); i++)
    if (population <= sample_table[i].population)
      return sample_table[i].sample;

  return sample_table[G_N_ELEMENTS (sample_table) - 1].sample;
}

gboolean
kn_skm_sample_reached (guint   n_respondents,
                       guint64 population)
{
  return n_respondents >= kn_skm_min_sample (population);
}
