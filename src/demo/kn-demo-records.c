/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo year's realisasi with bukti dukung and the assessors' umpan balik berkelanjutan. */

#define G_LOG_DOMAIN "kn-demo"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib.h>

#include "kn-demo.h"
#include "kinerja/kn-employee.h"
#include "kinerja/kn-evaluation.h"
#include "kinerja/kn-indicator.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-plan-result.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-rules.h"
#include "kinerja/kn-store-survey.h"
#include "kinerja/kn-store.h"

#include "kn-demo-private.h"

#include "kn-demo-eval-private.h"

/* Bukti dukung: the words of an IKI and what proves it. */
typedef struct
{
  const char *words;
  const char *evidence;
} DemoEvidence;

static const char *const tone_words[TONE_N] = { "below", "as-expected", "above" };

/* Bukti dukung by the words of the IKI, first match wins (data/evidence.tsv). {tw}: the quarter
 * in Roman numerals, {semester}, {tanggal}: the last day of the quarter, {sk}: a decree number,
 * {pejabat}: the head of the OPD. */
static const DemoEvidence *demo_evidence;
static guint n_demo_evidence;
#define DEFAULT_EVIDENCE "Laporan capaian TW {tw} yang diverifikasi atasan langsung"

/* Umpan balik on an RHK, by how the quarter went (data/feedback-rhk.tsv): three or four. */
static const char *rhk_feedback[TONE_N][4];

/* Umpan balik on a core value (BerAKHLAK), by the quarter's rating perilaku kerja
 * (data/feedback-values.tsv). */
static const char *value_feedback[KN_CORE_VALUE_N][TONE_N];

void
_kn_demo_eval_load_tables (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GPtrArray) evidence = kn_demo_data_rows ("evidence.tsv", 2);
      g_autoptr(GPtrArray) rhk = kn_demo_data_rows ("feedback-rhk.tsv", 2);
      g_autoptr(GPtrArray) values = kn_demo_data_rows ("feedback-values.tsv", 3);
      DemoEvidence *table = g_new0 (DemoEvidence, evidence->len);

      for (guint i = 0; i < evidence->len; i++)
        {
          char **row = g_ptr_array_index (evidence, i);

          table[i].words = kn_demo_data_text (row[0]);
          table[i].evidence = kn_demo_data_text (row[1]);
        }
      demo_evidence = table;
      n_demo_evidence = evidence->len;

      for (guint i = 0; i < rhk->len; i++)
        {
          char **row = g_ptr_array_index (rhk, i);
          guint tone = kn_demo_data_word (row[0], tone_words, TONE_N, "feedback-rhk.tsv");
          guint n = 0;

          while (n < G_N_ELEMENTS (rhk_feedback[tone]) && rhk_feedback[tone][n] != NULL)
            n++;
          if (n == G_N_ELEMENTS (rhk_feedback[tone]))
            g_error ("feedback-rhk.tsv has more than %u lines for %s",
                     (guint) G_N_ELEMENTS (rhk_feedback[tone]), row[0]);
          rhk_feedback[tone][n] = kn_demo_data_text (row[1]);
        }

      for (guint i = 0; i < values->len; i++)
        {
          char **row = g_ptr_array_index (values, i);
          KnCoreValue value = kn_demo_data_enum (KN_TYPE_CORE_VALUE, row[0],
                                                 "feedback-values.tsv");
          guint tone = kn_demo_data_word (row[1], tone_words, TONE_N, "feedback-values.tsv");

          value_feedback[value][tone] = kn_demo_data_text (row[2]);
        }

      g_once_init_leave (&loaded, 1);
    }
}
/* Realisasi and bukti dukung */

/* Levels are measured anew each quarter (a percentage, an index, a score, a number of days,
 * hours or minutes); everything else (documents, people, activities, rupiah) is counted
 * cumulatively from January, so a target of 12 dokumen reads about 3, 6, 9 and 12. */
static gboolean
is_level (const char *unit)
{
  static const char *const levels[] = { "%", "indeks", "nilai", "hari", "jam", "menit" };

  for (guint i = 0; unit != NULL && i < G_N_ELEMENTS (levels); i++)
    {
      if (g_str_equal (unit, levels[i]))
        return TRUE;
    }

  return FALSE;
}

/* How far the quarter's work went against plan (above 1: better than planned), by the rating
 * hasil kerja the assessor gave it. A few quarters of those rated Sesuai still fall a little
 * short, more often on "less is better" IKI (a few days late, a little over budget). */
static double
performance (GRand       *rand,
             KnRating     rating,
             KnDirection  direction)
{
  int roll = g_rand_int_range (rand, 0, 100);

  switch (rating)
    {
    case KN_RATING_ABOVE:
      return g_rand_double_range (rand, 1.03, 1.15);
    case KN_RATING_BELOW:
      return g_rand_double_range (rand, 0.72, 0.9);
    case KN_RATING_NONE:
    case KN_RATING_AS_EXPECTED:
    case KN_RATING_N:
    default:
      if (roll < (direction == KN_DIRECTION_LESS_IS_BETTER ? 20 : 12))
        return g_rand_double_range (rand, 0.86, 0.97);
      return g_rand_double_range (rand, 0.98, 1.06);
    }
}

static void
compute_values (Member      *member,
                KnIndicator *indicator,
                double       values[N_QUARTERS])
{
  const char *unit = kn_indicator_get_target_unit (indicator);
  double target = kn_indicator_get_target_value (indicator);
  gboolean less = kn_indicator_get_direction (indicator) == KN_DIRECTION_LESS_IS_BETTER;
  gboolean level = is_level (unit);
  double step;
  double total = 0;

  if (g_strcmp0 (unit, "rupiah") == 0)
    step = 100000;
  else if (g_strcmp0 (unit, "indeks") == 0 || g_strcmp0 (unit, "nilai") == 0)
    step = 0.01;
  else if (level && (less || g_strcmp0 (unit, "%") == 0))
    step = 0.1;
  else if (target == floor (target))
    step = 1;
  else
    step = 0.01;

  for (guint q = 0; q < N_QUARTERS; q++)
    {
      double perf = performance (member->text_rand, member->result[q],
                                 kn_indicator_get_direction (indicator));
      double value;

      if (level)
        {
          /* A level improves a little through the year. */
          double ramp = 0.97 + 0.01 * q;

          value = less ? target / (perf * ramp) : target * perf * ramp;
          if (!less && g_strcmp0 (unit, "%") == 0)
            value = MIN (value, 100);
        }
      else
        {
          total += target / N_QUARTERS * (less ? 1 / perf : perf);
          value = total;
        }

      value = round (value / step) * step;
      /* Zero would leave the capaian of a "less is better" IKI undefined. */
      if (less)
        value = MAX (value, step);
      values[q] = MAX (value, 0);
    }
}

static void
quarter_last_day (guint  quarter,
                  GDate *date)
{
  KnPeriod period = { KN_DEMO_YEAR, KN_PERIOD_QUARTER, quarter + 1 };

  kn_period_get_dates (&period, NULL, date);
}

static char *
expand_evidence (const char *pattern,
                 Member     *member,
                 guint       quarter)
{
  GString *out = g_string_new (NULL);
  const char *cursor = pattern;
  const char *open;

  while ((open = strchr (cursor, '{')) != NULL)
    {
      const char *close = strchr (open, '}');
      g_autofree char *key = NULL;

      g_assert (close != NULL);
      g_string_append_len (out, cursor, open - cursor);
      key = g_strndup (open + 1, close - open - 1);

      if (g_str_equal (key, "tw"))
        g_string_append (out, quarter_roman[quarter]);
      else if (g_str_equal (key, "semester"))
        g_string_append (out, quarter < 2 ? "I" : "II");
      else if (g_str_equal (key, "tanggal"))
        {
          GDate last;

          quarter_last_day (quarter, &last);
          g_string_append_printf (out, "%u %s %u", (guint) g_date_get_day (&last),
                                  month_names[g_date_get_month (&last) - 1],
                                  (guint) g_date_get_year (&last));
        }
      else if (g_str_equal (key, "sk"))
        {
          gboolean bkd = strstr (member->opd, "Kepegawaian") != NULL;

          g_string_append_printf (out, "800.1/%03d/%s/%u",
                                  g_rand_int_range (member->text_rand, 101, 990),
                                  bkd ? "VI.02" : "V.01", (guint) KN_DEMO_YEAR);
        }
      else if (g_str_equal (key, "pejabat"))
        g_string_append_printf (out, "Kepala %s", member->opd);
      else
        g_assert_not_reached ();

      cursor = close + 1;
    }
  g_string_append (out, cursor);

  return g_string_free (out, FALSE);
}

static const char *
evidence_pattern (KnIndicator *indicator)
{
  /* Spaces around the IKI text let " kas " match a whole word at either end. */
  g_autofree char *text = g_strconcat (" ", kn_indicator_get_text (indicator), " ", NULL);

  for (guint i = 0; i < n_demo_evidence; i++)
    {
      if (kn_demo_contains_casefold (text, demo_evidence[i].words))
        return demo_evidence[i].evidence;
    }

  return DEFAULT_EVIDENCE;
}

gboolean
_kn_demo_eval_add_realizations (Demo    *demo,
                                Member  *member,
                                GError **error)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (member->plan));

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));

      for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);
          gboolean numeric = kn_indicator_get_has_target_value (indicator);
          const char *pattern = evidence_pattern (indicator);
          double values[N_QUARTERS] = { 0, };

          if (numeric)
            compute_values (member, indicator, values);

          for (guint q = 0; q < N_QUARTERS; q++)
            {
              g_autoptr(KnRealization) realization = NULL;
              KnSkmResult survey;

              /* An IKI measured by IKM takes the period's survey of the unit (or the unit above
               * it) as its realisation; one recorded by hand would override it. */
              if (kn_skm_indicator_measures_ikm (kn_indicator_get_text (indicator),
                                                 kn_indicator_get_target_unit (indicator)) &&
                  kn_store_survey_for_employee (demo->store,
                                                kn_employee_get_id (member->employee),
                                                demo->periods[q], &survey, NULL, NULL))
                continue;

              realization = kn_realization_new (kn_indicator_get_id (indicator),
                                                demo->periods[q]);
              realization->has_value = numeric;
              realization->value = values[q];
              if (!numeric)
                realization->text = g_strdup_printf ("Terlaksana sesuai rencana Triwulan %s",
                                                     quarter_roman[q]);
              realization->evidence = expand_evidence (pattern, member, q);

              if (!kn_store_save_realization (demo->store, realization, error))
                {
                  g_prefix_error (error, "%s, %s: ", kn_employee_get_name (member->employee),
                                  demo->periods[q]);
                  return FALSE;
                }
            }
        }
    }

  return TRUE;
}

/* Umpan balik berkelanjutan */

/* A working day in the quarter's second (@slot 0) or third (@slot 1) month, as ISO 8601. */
static char *
feedback_date (GRand *rand,
               guint  quarter,
               guint  slot)
{
  GDate date;
  char text[16];
  guint month = quarter * 3 + 2 + slot;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_rand_int_range (rand, 3, 24), (GDateMonth) month,
                  (GDateYear) KN_DEMO_YEAR);
  if (g_date_get_weekday (&date) == G_DATE_SATURDAY)
    g_date_add_days (&date, 2);
  else if (g_date_get_weekday (&date) == G_DATE_SUNDAY)
    g_date_add_days (&date, 1);

  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

/* One or two dated notes of the assessor per quarter, on an RHK or a core value, in the tone of
 * the quarter's ratings. */
gboolean
_kn_demo_eval_add_feedback (Demo    *demo,
                            Member  *member,
                            guint    quarter,
                            GError **error)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (member->plan));
  guint n = g_rand_int_range (member->text_rand, 0, 100) < 55 ? 2 : 1;
  gboolean rhk_first = g_rand_int_range (member->text_rand, 0, 100) < 65;
  KnCoreValue last_value = KN_CORE_VALUE_N;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnFeedback) feedback = kn_feedback_new (kn_plan_get_id (member->plan),
                                                        demo->periods[quarter]);

      feedback->date = feedback_date (member->text_rand, quarter, n == 1 ? 0 : i);

      if ((i == 0) == rhk_first && g_list_model_get_n_items (results) > 0)
        {
          guint pick = (guint) g_rand_int_range (member->text_rand, 0,
                                                 (gint32) g_list_model_get_n_items (results));
          g_autoptr(KnPlanResult) result = g_list_model_get_item (results, pick);
          const char *const *lines = rhk_feedback[_kn_demo_eval_tone_of (member->result[quarter])];
          guint n_lines = lines[3] != NULL ? 4 : 3;

          feedback->result_id = kn_plan_result_get_id (result);
          feedback->text = g_strdup (lines[g_rand_int_range (member->text_rand, 0,
                                                             (gint32) n_lines)]);
        }
      else
        {
          KnCoreValue value;

          do
            value = (KnCoreValue) g_rand_int_range (member->text_rand, 0, KN_CORE_VALUE_N);
          while (value == last_value);
          last_value = value;

          feedback->core_value = value;
          feedback->text =
            g_strdup (value_feedback[value][_kn_demo_eval_tone_of (member->behaviour[quarter])]);
        }

      if (!kn_store_add_feedback (demo->store, feedback, error))
        {
          g_prefix_error (error, "%s, %s: ", kn_employee_get_name (member->employee),
                          demo->periods[quarter]);
          return FALSE;
        }
    }

  return TRUE;
}
