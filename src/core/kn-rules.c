/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rules of evaluation: ratings, predikat, capaian, angka kredit and the annual proposal (the
 * distribution pattern is in kn-distribution.c). */

#define G_LOG_DOMAIN "kn-rules"

#include "config.h"

#include <math.h>

#include <glib.h>
#include <glib-object.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-rules.h"

#include "kn-enum-table.h"

/* As in kn-plan-enums.c, the GType nick of the NONE values is "none" so that GtkBuilder and
 * debug output can name them; their machine name in the database and CSV is "". */
G_DEFINE_ENUM_TYPE (KnRating, kn_rating,
  G_DEFINE_ENUM_VALUE (KN_RATING_NONE, "none"),
  G_DEFINE_ENUM_VALUE (KN_RATING_BELOW, "di-bawah"),
  G_DEFINE_ENUM_VALUE (KN_RATING_AS_EXPECTED, "sesuai"),
  G_DEFINE_ENUM_VALUE (KN_RATING_ABOVE, "di-atas"))

G_DEFINE_ENUM_TYPE (KnPredikat, kn_predikat,
  G_DEFINE_ENUM_VALUE (KN_PREDIKAT_NONE, "none"),
  G_DEFINE_ENUM_VALUE (KN_PREDIKAT_SANGAT_KURANG, "sangat-kurang"),
  G_DEFINE_ENUM_VALUE (KN_PREDIKAT_KURANG, "kurang"),
  G_DEFINE_ENUM_VALUE (KN_PREDIKAT_BUTUH_PERBAIKAN, "butuh-perbaikan"),
  G_DEFINE_ENUM_VALUE (KN_PREDIKAT_BAIK, "baik"),
  G_DEFINE_ENUM_VALUE (KN_PREDIKAT_SANGAT_BAIK, "sangat-baik"))

G_DEFINE_ENUM_TYPE (KnOrgPredikat, kn_org_predikat,
  G_DEFINE_ENUM_VALUE (KN_ORG_PREDIKAT_NONE, "none"),
  G_DEFINE_ENUM_VALUE (KN_ORG_PREDIKAT_SANGAT_KURANG, "sangat-kurang"),
  G_DEFINE_ENUM_VALUE (KN_ORG_PREDIKAT_KURANG, "kurang"),
  G_DEFINE_ENUM_VALUE (KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, "butuh-perbaikan"),
  G_DEFINE_ENUM_VALUE (KN_ORG_PREDIKAT_BAIK, "baik"),
  G_DEFINE_ENUM_VALUE (KN_ORG_PREDIKAT_ISTIMEWA, "istimewa"))

static const KnEnumTable rating_table = {
  "rating", KN_RATING_N, (const KnEnumEntry[]) {
    [KN_RATING_NONE] = { "", "" },
    [KN_RATING_BELOW] = { "di-bawah", NC_("rating", "Di Bawah Ekspektasi") },
    [KN_RATING_AS_EXPECTED] = { "sesuai", NC_("rating", "Sesuai Ekspektasi") },
    [KN_RATING_ABOVE] = { "di-atas", NC_("rating", "Di Atas Ekspektasi") },
  }
};

static const KnEnumTable predikat_table = {
  "predikat", KN_PREDIKAT_N, (const KnEnumEntry[]) {
    [KN_PREDIKAT_NONE] = { "", "" },
    [KN_PREDIKAT_SANGAT_KURANG] = { "sangat-kurang", NC_("predikat", "Sangat Kurang") },
    [KN_PREDIKAT_KURANG] = { "kurang", NC_("predikat", "Kurang/Misconduct") },
    [KN_PREDIKAT_BUTUH_PERBAIKAN] = { "butuh-perbaikan", NC_("predikat", "Butuh Perbaikan") },
    [KN_PREDIKAT_BAIK] = { "baik", NC_("predikat", "Baik") },
    [KN_PREDIKAT_SANGAT_BAIK] = { "sangat-baik", NC_("predikat", "Sangat Baik") },
  }
};

static const KnEnumTable org_predikat_table = {
  "predikat organisasi", KN_ORG_PREDIKAT_N, (const KnEnumEntry[]) {
    [KN_ORG_PREDIKAT_NONE] = { "", "" },
    [KN_ORG_PREDIKAT_SANGAT_KURANG] = { "sangat-kurang",
                                        NC_("predikat organisasi", "Sangat Kurang") },
    [KN_ORG_PREDIKAT_KURANG] = { "kurang", NC_("predikat organisasi", "Kurang") },
    [KN_ORG_PREDIKAT_BUTUH_PERBAIKAN] = { "butuh-perbaikan",
                                          NC_("predikat organisasi", "Butuh Perbaikan") },
    [KN_ORG_PREDIKAT_BAIK] = { "baik", NC_("predikat organisasi", "Baik") },
    [KN_ORG_PREDIKAT_ISTIMEWA] = { "istimewa", NC_("predikat organisasi", "Istimewa") },
  }
};

const char *
kn_rating_to_string (KnRating rating)
{
  g_return_val_if_fail ((guint) rating < KN_RATING_N, NULL);

  return kn_enum_table_to_string (&rating_table, rating);
}

gboolean
kn_rating_from_string (const char *text,
                       KnRating   *rating)
{
  return kn_enum_table_from_string (&rating_table, text, (int *) rating);
}

const char *
kn_rating_label (KnRating rating)
{
  g_return_val_if_fail ((guint) rating < KN_RATING_N, NULL);

  return kn_enum_table_label (&rating_table, rating);
}

const char *
kn_predikat_to_string (KnPredikat predikat)
{
  g_return_val_if_fail ((guint) predikat < KN_PREDIKAT_N, NULL);

  return kn_enum_table_to_string (&predikat_table, predikat);
}

gboolean
kn_predikat_from_string (const char *text,
                         KnPredikat *predikat)
{
  return kn_enum_table_from_string (&predikat_table, text, (int *) predikat);
}

const char *
kn_predikat_label (KnPredikat predikat)
{
  g_return_val_if_fail ((guint) predikat < KN_PREDIKAT_N, NULL);

  return kn_enum_table_label (&predikat_table, predikat);
}

/* The official forms are Indonesian whatever the interface language, so these are not
 * translated. */
const char *
kn_predikat_print_label (KnPredikat predikat)
{
  static const char * const print_labels[KN_PREDIKAT_N] = {
    [KN_PREDIKAT_NONE] = "",
    [KN_PREDIKAT_SANGAT_KURANG] = "SANGAT KURANG",
    [KN_PREDIKAT_KURANG] = "KURANG",
    [KN_PREDIKAT_BUTUH_PERBAIKAN] = "BUTUH PERBAIKAN",
    [KN_PREDIKAT_BAIK] = "BAIK",
    [KN_PREDIKAT_SANGAT_BAIK] = "SANGAT BAIK",
  };

  g_return_val_if_fail ((guint) predikat < KN_PREDIKAT_N, NULL);

  return print_labels[predikat];
}

const char *
kn_org_predikat_to_string (KnOrgPredikat predikat)
{
  g_return_val_if_fail ((guint) predikat < KN_ORG_PREDIKAT_N, NULL);

  return kn_enum_table_to_string (&org_predikat_table, predikat);
}

gboolean
kn_org_predikat_from_string (const char    *text,
                             KnOrgPredikat *predikat)
{
  return kn_enum_table_from_string (&org_predikat_table, text, (int *) predikat);
}

const char *
kn_org_predikat_label (KnOrgPredikat predikat)
{
  g_return_val_if_fail ((guint) predikat < KN_ORG_PREDIKAT_N, NULL);

  return kn_enum_table_label (&org_predikat_table, predikat);
}

KnPredikat
kn_predikat_from_ratings (KnRating result,
                          KnRating behaviour)
{
  /* Rows: rating hasil kerja; columns: rating perilaku kerja (Di Bawah, Sesuai, Di Atas). */
  static const KnPredikat matrix[KN_RATING_N][KN_RATING_N] = {
    [KN_RATING_ABOVE] = {
      [KN_RATING_BELOW] = KN_PREDIKAT_KURANG,
      [KN_RATING_AS_EXPECTED] = KN_PREDIKAT_BAIK,
      [KN_RATING_ABOVE] = KN_PREDIKAT_SANGAT_BAIK,
    },
    [KN_RATING_AS_EXPECTED] = {
      [KN_RATING_BELOW] = KN_PREDIKAT_KURANG,
      [KN_RATING_AS_EXPECTED] = KN_PREDIKAT_BAIK,
      [KN_RATING_ABOVE] = KN_PREDIKAT_BAIK,
    },
    [KN_RATING_BELOW] = {
      [KN_RATING_BELOW] = KN_PREDIKAT_SANGAT_KURANG,
      [KN_RATING_AS_EXPECTED] = KN_PREDIKAT_BUTUH_PERBAIKAN,
      [KN_RATING_ABOVE] = KN_PREDIKAT_BUTUH_PERBAIKAN,
    },
  };

  g_return_val_if_fail ((guint) result < KN_RATING_N, KN_PREDIKAT_NONE);
  g_return_val_if_fail ((guint) behaviour < KN_RATING_N, KN_PREDIKAT_NONE);

  return matrix[result][behaviour];
}

KnRating
kn_rating_from_org_predikat (KnOrgPredikat predikat)
{
  switch (predikat)
    {
    case KN_ORG_PREDIKAT_NONE:
      return KN_RATING_NONE;
    case KN_ORG_PREDIKAT_ISTIMEWA:
      return KN_RATING_ABOVE;
    case KN_ORG_PREDIKAT_BAIK:
      return KN_RATING_AS_EXPECTED;
    case KN_ORG_PREDIKAT_BUTUH_PERBAIKAN:
    case KN_ORG_PREDIKAT_KURANG:
    case KN_ORG_PREDIKAT_SANGAT_KURANG:
      return KN_RATING_BELOW;
    case KN_ORG_PREDIKAT_N:
    default:
      g_return_val_if_reached (KN_RATING_NONE);
    }
}

gboolean
kn_capaian_percent (double       target,
                    double       realization,
                    KnDirection  direction,
                    double      *percent,
                    char       **reason)
{
  g_return_val_if_fail ((guint) direction < KN_DIRECTION_N, FALSE);
  g_return_val_if_fail (reason == NULL || *reason == NULL, FALSE);

  if (!isfinite (target) || !isfinite (realization) || target < 0.0 || realization < 0.0)
    {
      if (reason != NULL)
        *reason = g_strdup (_("The target and the realisation cannot be below 0, so no "
                              "percentage can be computed."));
      return FALSE;
    }

  if (direction == KN_DIRECTION_MORE_IS_BETTER)
    {
      if (target == 0.0)
        {
          if (reason != NULL)
            *reason = g_strdup (_("The target is 0, so no percentage can be computed."));
          return FALSE;
        }

      if (percent != NULL)
        *percent = realization / target * 100.0;
    }
  else
    {
      /* None allowed and none taken (no day late) is the target met. */
      if (realization == 0.0 && target == 0.0)
        {
          if (percent != NULL)
            *percent = 100.0;
          return TRUE;
        }
      if (realization == 0.0)
        {
          if (reason != NULL)
            *reason = g_strdup (_("The realisation is 0, so for a target where less is better "
                                  "no percentage can be computed."));
          return FALSE;
        }

      if (percent != NULL)
        *percent = target / realization * 100.0;
    }

  return TRUE;
}

KnMeasure
kn_measure_for (KnAspect    aspect,
                const char *unit)
{
  static const char * const levels[] = { "%", "persen", "indeks", "nilai", "skor" };
  g_autofree char *trimmed = g_strstrip (g_strdup (unit != NULL ? unit : ""));

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    if (g_ascii_strcasecmp (trimmed, levels[i]) == 0)
      return KN_MEASURE_LEVEL;

  switch (aspect)
    {
    case KN_ASPECT_KUALITAS:
    case KN_ASPECT_WAKTU:
      return KN_MEASURE_LEVEL;
    case KN_ASPECT_NONE:
    case KN_ASPECT_KUANTITAS:
    case KN_ASPECT_BIAYA:
      return KN_MEASURE_CUMULATIVE;
    case KN_ASPECT_N:
    default:
      g_return_val_if_reached (KN_MEASURE_LEVEL);
    }
}

double
kn_period_year_share (const KnPeriod *period)
{
  g_return_val_if_fail (period != NULL, 1.0);

  switch (period->kind)
    {
    case KN_PERIOD_QUARTER:
      g_return_val_if_fail (period->index >= 1 && period->index <= 4, 1.0);
      return period->index / 4.0;
    case KN_PERIOD_MONTH:
      g_return_val_if_fail (period->index >= 1 && period->index <= 12, 1.0);
      return period->index / 12.0;
    case KN_PERIOD_ANNUAL:
    default:
      return 1.0;
    }
}

gboolean
kn_capaian_in_period (KnMeasure       measure,
                      KnDirection     direction,
                      double          year_target,
                      const KnPeriod *period,
                      double          realization,
                      double         *period_target,
                      double         *percent,
                      char          **reason)
{
  double target;

  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail ((guint) direction < KN_DIRECTION_N, FALSE);
  g_return_val_if_fail (reason == NULL || *reason == NULL, FALSE);

  if (isnan (year_target))
    {
      if (period_target != NULL)
        *period_target = NAN;
      if (reason != NULL)
        *reason = g_strdup (_("The target is written in words, so there is no percentage."));
      return FALSE;
    }

  /* A target below 0 or endless is refused below, by kn_capaian_percent. */
  if (!isfinite (year_target) || year_target < 0.0)
    {
      if (period_target != NULL)
        *period_target = NAN;
      return kn_capaian_percent (year_target, realization, direction, percent, reason);
    }

  target = year_target;
  if (measure == KN_MEASURE_CUMULATIVE)
    target = year_target * kn_period_year_share (period);
  if (period_target != NULL)
    *period_target = target;

  if (isnan (realization))
    {
      if (reason != NULL)
        *reason = g_strdup (_("No realisation has been recorded, so there is no percentage yet."));
      return FALSE;
    }

  return kn_capaian_percent (target, realization, direction, percent, reason);
}

static gint
compare_period_realizations (gconstpointer a,
                             gconstpointer b,
                             gpointer      user_data)
{
  return kn_period_compare (&((const KnPeriodRealization *) a)->period,
                            &((const KnPeriodRealization *) b)->period);
}

static void
evidence_free (KnEvidence *evidence)
{
  g_free (evidence->evidence);
  g_free (evidence->evidence_file);
  g_free (evidence);
}

static gboolean
is_set (const char *text)
{
  return text != NULL && text[0] != '\0';
}

KnYearRealization *
kn_realization_derive_year (KnMeasure                  measure,
                            KnDirection                direction,
                            double                     year_target,
                            guint                      year,
                            const KnPeriodRealization *periods,
                            guint                      n_periods)
{
  g_autofree KnPeriodRealization *sorted = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  KnYearRealization *result;
  guint n_sorted = 0;
  KnPeriod annual = { year, KN_PERIOD_ANNUAL, 0 };

  g_return_val_if_fail (periods != NULL || n_periods == 0, NULL);

  result = g_new0 (KnYearRealization, 1);
  result->value = NAN;
  result->from = annual;
  result->period_target = NAN;
  result->evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) evidence_free);

  /* The periods of the year, in order. */
  sorted = g_new (KnPeriodRealization, MAX (n_periods, 1));
  for (guint i = 0; i < n_periods; i++)
    if (periods[i].period.year == year && periods[i].period.kind != KN_PERIOD_ANNUAL)
      sorted[n_sorted++] = periods[i];
  g_qsort_with_data (sorted, n_sorted, sizeof (KnPeriodRealization),
                     compare_period_realizations, NULL);

  for (guint i = 0; i < n_sorted; i++)
    {
      const KnPeriodRealization *entry = &sorted[i];

      if (!isnan (entry->value))
        {
          result->value = entry->value;
          result->from = entry->period;
        }
      if (is_set (entry->text))
        {
          g_free (result->text);
          result->text = g_strdup (entry->text);
        }
      if (!isnan (entry->value) || is_set (entry->text))
        result->n_periods++;

      if (is_set (entry->evidence) || is_set (entry->evidence_file))
        {
          KnEvidence *evidence = g_new0 (KnEvidence, 1);
          g_autofree char *name = kn_format_doc_period_name (&entry->period);
          g_autofree char *file = is_set (entry->evidence_file)
                                  ? g_path_get_basename (entry->evidence_file) : NULL;

          evidence->period = entry->period;
          evidence->evidence = is_set (entry->evidence) ? g_strdup (entry->evidence) : NULL;
          evidence->evidence_file = g_strdup (file != NULL ? entry->evidence_file : NULL);
          g_ptr_array_add (result->evidence, evidence);

          if (lines->len > 0)
            g_string_append_c (lines, '\n');
          if (evidence->evidence != NULL && file != NULL)
            g_string_append_printf (lines, "%s: %s (%s)", name, evidence->evidence, file);
          else
            g_string_append_printf (lines, "%s: %s", name,
                                    evidence->evidence != NULL ? evidence->evidence : file);
        }
    }

  result->evidence_text = g_strdup (lines->str);
  result->has_capaian = kn_capaian_in_period (measure, direction, year_target, &result->from,
                                              result->value, &result->period_target,
                                              &result->capaian, &result->reason);

  return result;
}

void
kn_year_realization_free (KnYearRealization *realization)
{
  if (realization == NULL)
    return;

  g_free (realization->text);
  g_free (realization->reason);
  g_clear_pointer (&realization->evidence, g_ptr_array_unref);
  g_free (realization->evidence_text);
  g_free (realization);
}

double
kn_angka_kredit_default_coefficient (KnPositionKind kind)
{
  switch (kind)
    {
    case KN_POSITION_AHLI_PERTAMA:
      return 12.5;
    case KN_POSITION_AHLI_MUDA:
      return 25.0;
    case KN_POSITION_AHLI_MADYA:
      return 37.5;
    case KN_POSITION_AHLI_UTAMA:
      return 50.0;
    case KN_POSITION_PEMULA:
      return 3.75;
    case KN_POSITION_TERAMPIL:
      return 5.0;
    case KN_POSITION_MAHIR:
      return 12.5;
    case KN_POSITION_PENYELIA:
      return 25.0;
    case KN_POSITION_JPT_UTAMA:
    case KN_POSITION_JPT_MADYA:
    case KN_POSITION_JPT_PRATAMA:
    case KN_POSITION_ADMINISTRATOR:
    case KN_POSITION_PENGAWAS:
    case KN_POSITION_PELAKSANA:
      return 0.0;
    case KN_POSITION_N:
    default:
      g_return_val_if_reached (0.0);
    }
}

double
kn_angka_kredit_default_conversion (KnPredikat predikat)
{
  switch (predikat)
    {
    case KN_PREDIKAT_NONE:
      return 0.0;
    case KN_PREDIKAT_SANGAT_KURANG:
      return 0.25;
    case KN_PREDIKAT_KURANG:
      return 0.50;
    case KN_PREDIKAT_BUTUH_PERBAIKAN:
      return 0.75;
    case KN_PREDIKAT_BAIK:
      return 1.0;
    case KN_PREDIKAT_SANGAT_BAIK:
      return 1.5;
    case KN_PREDIKAT_N:
    default:
      g_return_val_if_reached (0.0);
    }
}

double
kn_angka_kredit (guint  months,
                 double conversion,
                 double coefficient)
{
  return MIN (months, 12u) / 12.0 * conversion * coefficient;
}

KnRating
kn_rating_propose_annual (const KnRating *periodic,
                          guint           n_periodic)
{
  return kn_rating_propose_annual_counted (periodic, n_periodic, NULL);
}

KnRating
kn_rating_propose_annual_counted (const KnRating *periodic,
                                  guint           n_periodic,
                                  guint          *n_rated)
{
  guint tally[KN_RATING_N] = { 0, };
  guint rated = 0;
  KnRating lower = KN_RATING_NONE;
  KnRating upper = KN_RATING_NONE;
  guint seen = 0;

  if (n_rated != NULL)
    *n_rated = 0;
  g_return_val_if_fail (periodic != NULL || n_periodic == 0, KN_RATING_NONE);

  for (guint i = 0; i < n_periodic; i++)
    {
      g_return_val_if_fail ((guint) periodic[i] < KN_RATING_N, KN_RATING_NONE);
      if (periodic[i] != KN_RATING_NONE)
        {
          tally[periodic[i]]++;
          rated++;
        }
    }

  if (n_rated != NULL)
    *n_rated = rated;
  if (rated == 0)
    return KN_RATING_NONE;

  /* The ratings in order, Di Bawah first: the (rated + 1) / 2-th and the rated / 2 + 1-th are
   * the middle ones (the same one when the count is odd). */
  for (guint r = KN_RATING_BELOW; r < KN_RATING_N; r++)
    {
      if (lower == KN_RATING_NONE && seen + tally[r] >= (rated + 1) / 2)
        lower = (KnRating) r;
      if (upper == KN_RATING_NONE && seen + tally[r] >= rated / 2 + 1)
        upper = (KnRating) r;
      seen += tally[r];
    }

  return lower == upper ? lower : KN_RATING_AS_EXPECTED;
}
