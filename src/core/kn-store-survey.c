/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Survei Kepuasan Masyarakat part of the store: surveys and their respondents' answers. */

#define G_LOG_DOMAIN "kn-store"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-store-survey.h"

#include "kn-store-private.h"

/* A survey far above any real one (a large office serves some thousands a quarter), so that a
 * damaged import cannot fill the disk. */
#define MAX_ROWS 100000

KnSkmSurvey *
kn_skm_survey_new (gint64      unit_id,
                   const char *period,
                   const char *service)
{
  KnSkmSurvey *survey = g_new0 (KnSkmSurvey, 1);

  survey->unit_id = unit_id;
  survey->period = g_strdup (period);
  survey->service = g_strdup (service);
  return survey;
}

void
kn_skm_survey_add_row (KnSkmSurvey  *survey,
                       const guint8 *scores)
{
  g_return_if_fail (survey != NULL);
  g_return_if_fail (scores != NULL);

  survey->answers = g_realloc_n (survey->answers, survey->n_rows + 1, KN_SKM_N_UNSUR);
  memcpy (survey->answers + (gsize)survey->n_rows * KN_SKM_N_UNSUR, scores, KN_SKM_N_UNSUR);
  survey->n_rows++;
}

void
kn_skm_survey_free (KnSkmSurvey *survey)
{
  if (survey == NULL)
    return;
  g_free (survey->period);
  g_free (survey->service);
  g_free (survey->answers);
  g_free (survey);
}

KnSkmSurvey *
kn_skm_survey_merge (GPtrArray *surveys)
{
  KnSkmSurvey *merged;
  gboolean population_known = TRUE;

  g_return_val_if_fail (surveys != NULL, NULL);

  if (surveys->len == 0)
    return kn_skm_survey_new (0, NULL, "");

  {
    KnSkmSurvey *first = g_ptr_array_index (surveys, 0);
    merged = kn_skm_survey_new (first->unit_id, first->period, first->service);
  }
  for (guint i = 0; i < surveys->len; i++)
    {
      KnSkmSurvey *survey = g_ptr_array_index (surveys, i);

      for (guint r = 0; r < survey->n_rows; r++)
        kn_skm_survey_add_row (merged, survey->answers + (gsize)r * KN_SKM_N_UNSUR);
      if (survey->population == 0)
        population_known = FALSE;
      merged->population += survey->population;
    }
  if (!population_known)
    merged->population = 0;
  return merged;
}

/* The answers of @survey_id, in respondent order. */
static gboolean
load_answers (KnStore      *self,
              KnSkmSurvey  *survey,
              GError      **error)
{
  KnDbStmt *stmt;
  KnDbStep step;

  stmt = kn_store_stmt (self,
                        "SELECT u1, u2, u3, u4, u5, u6, u7, u8, u9 FROM skm_respondent"
                        " WHERE survey_id = ? ORDER BY number",
                        error);
  if (stmt == NULL)
    return FALSE;
  kn_db_bind_int64 (stmt, 1, survey->id);
  while ((step = kn_store_next (self, stmt, error)) == KN_DB_ROW)
    {
      guint8 scores[KN_SKM_N_UNSUR];

      for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
        {
          int score = kn_db_column_is_null (stmt, u) ? 0 : kn_db_column_int (stmt, u);

          scores[u] = score >= 1 && score <= 4 ? (guint8)score : 0;
        }
      kn_skm_survey_add_row (survey, scores);
    }
  kn_db_reset (stmt);
  return step == KN_DB_DONE;
}

#define SURVEY_COLUMNS "id, unit_id, period, service, population"

static KnSkmSurvey *
survey_from_row (KnDbStmt *stmt)
{
  KnSkmSurvey *survey = kn_skm_survey_new (kn_db_column_int64 (stmt, 1),
                                           kn_db_column_text (stmt, 2),
                                           kn_db_column_text (stmt, 3));
  gint64 population = kn_db_column_int64 (stmt, 4);

  survey->id = kn_db_column_int64 (stmt, 0);
  survey->population = population > 0 ? (guint64)population : 0;
  return survey;
}

/* The survey's id, 0 when there is none; -1 on a failure of the database. */
static gint64
find_survey_id (KnStore     *self,
                gint64       unit_id,
                const char  *period,
                const char  *service,
                GError     **error)
{
  KnDbStmt *stmt;
  KnDbStep step;
  gint64 id = 0;

  stmt = kn_store_stmt (self,
                        "SELECT id FROM skm_survey WHERE unit_id = ? AND period = ? AND service = ?",
                        error);
  if (stmt == NULL)
    return -1;
  kn_db_bind_int64 (stmt, 1, unit_id);
  kn_db_bind_text (stmt, 2, period);
  kn_db_bind_text (stmt, 3, service);
  step = kn_store_next (self, stmt, error);
  if (step == KN_DB_ROW)
    id = kn_db_column_int64 (stmt, 0);
  kn_db_reset (stmt);
  return step == KN_DB_FAILED ? -1 : id;
}

gboolean
kn_store_save_survey (KnStore      *self,
                      KnSkmSurvey  *survey,
                      GError      **error)
{
  g_autofree char *period = NULL;
  g_autofree char *service = NULL;
  g_autofree char *rows_text = NULL;
  g_autofree char *old_rows_text = NULL;
  KnPeriod parsed;
  KnDbStmt *stmt;
  gint64 id;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (survey != NULL, FALSE);

  if (kn_store_require_unit (self, survey->unit_id,
                             _("This unit no longer exists; it may have been removed."),
                             error) == NULL)
    return FALSE;
  if (!kn_store_check_period (survey->period, &parsed, error))
    return FALSE;
  period = kn_period_to_string (&parsed);
  service = kn_store_strip_or_null (survey->service);
  if (service == NULL)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("Jenis layanan: write the service the survey asked about, for "
                             "example “Legalisir Ijazah”."));
      return FALSE;
    }
  if (survey->n_rows == 0)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("The survey has no questionnaire: add the respondents' answers."));
      return FALSE;
    }
  if (survey->n_rows > MAX_ROWS)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                   _("The survey has %u questionnaires; at most %u can be kept in one survey."),
                   survey->n_rows, (guint)MAX_ROWS);
      return FALSE;
    }
  if (survey->population > G_MAXINT64)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                           _("People served: the number is too large."));
      return FALSE;
    }
  for (gsize i = 0; i < (gsize)survey->n_rows * KN_SKM_N_UNSUR; i++)
    if (survey->answers[i] > 4)
      {
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                     _("Questionnaire %u, %s: an answer is scored 1 to 4."),
                     (guint)(i / KN_SKM_N_UNSUR) + 1,
                     kn_skm_unsur_name ((KnSkmUnsur)(i % KN_SKM_N_UNSUR)));
        return FALSE;
      }

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;

  id = find_survey_id (self, survey->unit_id, period, service, error);
  if (id < 0)
    goto failed;
  if (id == 0)
    {
      stmt = kn_store_stmt (self,
                            "INSERT INTO skm_survey (unit_id, period, service, population)"
                            " VALUES (?, ?, ?, ?)",
                            error);
      if (stmt == NULL)
        goto failed;
      kn_db_bind_int64 (stmt, 1, survey->unit_id);
      kn_db_bind_text (stmt, 2, period);
      kn_db_bind_text (stmt, 3, service);
      kn_db_bind_int64 (stmt, 4, (gint64)survey->population);
      if (!kn_store_step (self, stmt, error))
        goto failed;
      id = kn_db_last_insert_id (self->db);
    }
  else
    {
      KnDbStep step;

      stmt = kn_store_stmt (self, "SELECT count(*) FROM skm_respondent WHERE survey_id = ?", error);
      if (stmt == NULL)
        goto failed;
      kn_db_bind_int64 (stmt, 1, id);
      step = kn_store_next (self, stmt, error);
      if (step == KN_DB_ROW)
        old_rows_text = g_strdup_printf ("%" G_GINT64_FORMAT, kn_db_column_int64 (stmt, 0));
      kn_db_reset (stmt);
      if (step != KN_DB_ROW)
        goto failed;

      stmt = kn_store_stmt (self, "UPDATE skm_survey SET population = ? WHERE id = ?", error);
      if (stmt == NULL)
        goto failed;
      kn_db_bind_int64 (stmt, 1, (gint64)survey->population);
      kn_db_bind_int64 (stmt, 2, id);
      if (!kn_store_step (self, stmt, error))
        goto failed;
      stmt = kn_store_stmt (self, "DELETE FROM skm_respondent WHERE survey_id = ?", error);
      if (stmt == NULL)
        goto failed;
      kn_db_bind_int64 (stmt, 1, id);
      if (!kn_store_step (self, stmt, error))
        goto failed;
    }

  stmt = kn_store_stmt (self,
                        "INSERT INTO skm_respondent (survey_id, number, u1, u2, u3, u4, u5, u6,"
                        " u7, u8, u9) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        error);
  if (stmt == NULL)
    goto failed;
  for (guint r = 0; r < survey->n_rows; r++)
    {
      const guint8 *scores = survey->answers + (gsize)r * KN_SKM_N_UNSUR;

      kn_db_bind_int64 (stmt, 1, id);
      kn_db_bind_int64 (stmt, 2, r + 1);
      for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
        {
          if (scores[u] == 0)
            kn_db_bind_null (stmt, 3 + u);
          else
            kn_db_bind_int64 (stmt, 3 + u, scores[u]);
        }
      if (!kn_store_step (self, stmt, error))
        goto failed;
    }

  rows_text = g_strdup_printf ("%u", survey->n_rows);
  if (old_rows_text == NULL)
    {
      if (!kn_store_audit (self, "skm_survey", id, "insert", "service", NULL, service, error) ||
          !kn_store_audit (self, "skm_survey", id, "insert", "respondents", NULL, rows_text,
                           error))
        goto failed;
    }
  else if (!kn_store_audit (self, "skm_survey", id, "update", "respondents", old_rows_text,
                            rows_text, error))
    goto failed;

  if (!kn_store_savepoint_release (self, error))
    return FALSE;

  survey->id = id;
  g_free (survey->period);
  survey->period = g_steal_pointer (&period);
  g_free (survey->service);
  survey->service = g_steal_pointer (&service);
  return TRUE;

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}

KnSkmSurvey *
kn_store_load_survey (KnStore     *self,
                      gint64       unit_id,
                      const char  *period,
                      const char  *service,
                      GError     **error)
{
  g_autoptr(KnSkmSurvey) survey = NULL;
  g_autofree char *canonical = NULL;
  KnDbStmt *stmt;
  KnDbStep step;

  g_return_val_if_fail (KN_IS_STORE (self), NULL);
  g_return_val_if_fail (service != NULL, NULL);

  canonical = kn_store_canonical_period (period);
  stmt = kn_store_stmt (self,
                        "SELECT " SURVEY_COLUMNS " FROM skm_survey"
                        " WHERE unit_id = ? AND period = ? AND service = ?",
                        error);
  if (stmt == NULL)
    return NULL;
  kn_db_bind_int64 (stmt, 1, unit_id);
  kn_store_bind_text (stmt, 2, canonical);
  kn_db_bind_text (stmt, 3, service);
  step = kn_store_next (self, stmt, error);
  if (step == KN_DB_ROW)
    survey = survey_from_row (stmt);
  kn_db_reset (stmt);
  if (step == KN_DB_FAILED)
    return NULL;
  if (survey == NULL)
    {
      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("There is no survey of “%s” for this unit and period."), service);
      return NULL;
    }
  if (!load_answers (self, survey, error))
    return NULL;
  return g_steal_pointer (&survey);
}

GPtrArray *
kn_store_list_surveys (KnStore    *self,
                       gint64      unit_id,
                       const char *period)
{
  GPtrArray *surveys = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_skm_survey_free);
  g_autofree char *canonical = NULL;
  KnDbStmt *stmt;

  g_return_val_if_fail (KN_IS_STORE (self), surveys);

  canonical = kn_store_canonical_period (period);
  if (canonical == NULL)
    stmt = kn_store_stmt (self,
                          "SELECT " SURVEY_COLUMNS " FROM skm_survey"
                          " WHERE unit_id = ? ORDER BY period, service",
                          NULL);
  else
    stmt = kn_store_stmt (self,
                          "SELECT " SURVEY_COLUMNS " FROM skm_survey"
                          " WHERE unit_id = ? AND period = ? ORDER BY service",
                          NULL);
  if (stmt == NULL)
    return surveys;
  kn_db_bind_int64 (stmt, 1, unit_id);
  if (canonical != NULL)
    kn_db_bind_text (stmt, 2, canonical);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    g_ptr_array_add (surveys, survey_from_row (stmt));
  kn_db_reset (stmt);

  for (guint i = 0; i < surveys->len; i++)
    if (!load_answers (self, g_ptr_array_index (surveys, i), NULL))
      break;
  return surveys;
}

gboolean
kn_store_delete_survey (KnStore  *self,
                        gint64    survey_id,
                        GError  **error)
{
  g_autofree char *service = NULL;
  KnDbStmt *stmt;
  KnDbStep step;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);

  stmt = kn_store_stmt (self, "SELECT service FROM skm_survey WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  kn_db_bind_int64 (stmt, 1, survey_id);
  step = kn_store_next (self, stmt, error);
  if (step == KN_DB_ROW)
    service = kn_db_column_dup (stmt, 0);
  kn_db_reset (stmt);
  if (step == KN_DB_FAILED)
    return FALSE;
  if (service == NULL)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                           _("This survey no longer exists; it may have been deleted."));
      return FALSE;
    }

  if (!kn_store_savepoint_begin (self, error))
    return FALSE;
  stmt = kn_store_stmt (self, "DELETE FROM skm_respondent WHERE survey_id = ?", error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, survey_id);
  if (!kn_store_step (self, stmt, error))
    goto failed;
  stmt = kn_store_stmt (self, "DELETE FROM skm_survey WHERE id = ?", error);
  if (stmt == NULL)
    goto failed;
  kn_db_bind_int64 (stmt, 1, survey_id);
  if (!kn_store_step (self, stmt, error) ||
      !kn_store_audit (self, "skm_survey", survey_id, "delete", "service", service, NULL, error))
    goto failed;
  return kn_store_savepoint_release (self, error);

failed:
  return kn_store_savepoint_end (self, FALSE, error);
}

gboolean
kn_skm_indicator_measures_ikm (const char *text,
                               const char *target_unit)
{
  g_autofree char *folded = NULL;

  if (target_unit != NULL)
    {
      g_autofree char *unit = g_strstrip (g_strdup (target_unit));

      if (g_ascii_strcasecmp (unit, "ikm") == 0)
        return TRUE;
    }
  if (text == NULL)
    return FALSE;

  folded = g_ascii_strdown (text, -1);
  if (strstr (folded, "indeks kepuasan masyarakat") != NULL)
    return TRUE;
  for (const char *at = strstr (folded, "ikm"); at != NULL; at = strstr (at + 1, "ikm"))
    if ((at == folded || !g_ascii_isalnum (at[-1])) && !g_ascii_isalnum (at[3]))
      return TRUE;
  return FALSE;
}

/* The bukti dukung of a survey result: Indonesian whatever the locale, as documents print it. */
static char *
survey_evidence (const KnPeriod    *period,
                 GPtrArray         *surveys,
                 const KnSkmResult *result)
{
  g_autofree char *label = kn_format_doc_period_label (period);
  g_autofree char *ikm = kn_skm_format_hundredths (result->ikm_hundredths);
  g_autoptr(GString) services = g_string_new (NULL);

  for (guint i = 0; i < surveys->len; i++)
    {
      KnSkmSurvey *survey = g_ptr_array_index (surveys, i);

      if (i > 0)
        g_string_append (services, ", ");
      g_string_append (services, survey->service);
    }
  return g_strdup_printf ("Laporan Hasil SKM %s (%s): %u responden, IKM %s, mutu %s (%s)", label,
                          services->str, result->n_respondents, ikm,
                          kn_skm_mutu_letter (result->mutu), kn_skm_mutu_label (result->mutu));
}

gboolean
kn_store_survey_for_employee (KnStore      *self,
                              gint64        employee_id,
                              const char   *period,
                              KnSkmResult  *result,
                              gint64       *unit_id,
                              char        **evidence)
{
  g_autofree char *canonical = NULL;
  char end[11];
  KnPeriod parsed;
  GDate first, last;
  gint64 unit;

  g_return_val_if_fail (KN_IS_STORE (self), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (period == NULL || !kn_period_parse (period, &parsed, NULL))
    return FALSE;
  canonical = kn_period_to_string (&parsed);
  kn_period_get_dates (&parsed, &first, &last);
  g_date_strftime (end, sizeof end, "%Y-%m-%d", &last);

  unit = kn_store_unit_at (self, employee_id, end);
  for (guint depth = 0; unit != 0 && depth < KN_STORE_MAX_CHAIN; depth++)
    {
      g_autoptr(GPtrArray) surveys = kn_store_list_surveys (self, unit, canonical);
      KnOrgUnit *org_unit;

      if (surveys->len > 0)
        {
          g_autoptr(KnSkmSurvey) merged = kn_skm_survey_merge (surveys);

          if (!kn_skm_compute (merged->answers, merged->n_rows, result, NULL))
            return FALSE;
          if (unit_id != NULL)
            *unit_id = unit;
          if (evidence != NULL)
            *evidence = survey_evidence (&parsed, surveys, result);
          return TRUE;
        }
      org_unit = kn_store_lookup_unit (self, unit);
      unit = org_unit != NULL ? kn_org_unit_get_parent_id (org_unit) : 0;
    }
  return FALSE;
}

/* An IKI measured by IKM without a realisation recorded for @period takes the survey's IKM
 * (kn-store-realization.c calls this on every listing, so documents, the window and the year's
 * derivation agree). A recorded realisation overrides it. */
void
kn_store_add_survey_realizations (KnStore    *self,
                                  gint64      plan_id,
                                  const char *period,
                                  GPtrArray  *realizations)
{
  g_autoptr(GArray) ikm_indicators = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *evidence = NULL;
  gint64 employee_id = 0;
  KnSkmResult result;
  KnDbStmt *stmt;

  if (period == NULL)
    return;
  stmt = kn_store_stmt (self,
                        "SELECT i.id, i.text, i.target_unit, p.employee_id FROM indicator i"
                        " JOIN plan_result r ON r.id = i.result_id JOIN plan p ON p.id = r.plan_id"
                        " WHERE r.plan_id = ? ORDER BY r.position, i.position",
                        NULL);
  if (stmt == NULL)
    return;
  kn_db_bind_int64 (stmt, 1, plan_id);
  while (kn_store_next (self, stmt, NULL) == KN_DB_ROW)
    {
      gint64 id = kn_db_column_int64 (stmt, 0);

      employee_id = kn_db_column_int64 (stmt, 3);
      if (!kn_skm_indicator_measures_ikm (kn_db_column_text (stmt, 1),
                                          kn_db_column_text (stmt, 2)))
        continue;
      if (kn_realization_find (realizations, id) == NULL)
        g_array_append_val (ikm_indicators, id);
    }
  kn_db_reset (stmt);

  if (ikm_indicators->len == 0 ||
      !kn_store_survey_for_employee (self, employee_id, period, &result, NULL, &evidence))
    return;

  for (guint i = 0; i < ikm_indicators->len; i++)
    {
      KnRealization *realization = kn_realization_new (g_array_index (ikm_indicators, gint64, i),
                                                       period);

      realization->has_value = TRUE;
      realization->value = result.ikm_hundredths / 100.0;
      realization->evidence = g_strdup (evidence);
      g_ptr_array_add (realizations, realization);
    }
}

/* The short label of a period on the chart's axis: "TW I", "Jan", "Akhir" (Indonesian). */
static void
chart_label (const KnPeriod *period,
             char           *label,
             gsize           size)
{
  static const char *romans[] = { "I", "II", "III", "IV" };

  if (period->kind == KN_PERIOD_QUARTER && period->index >= 1 && period->index <= 4)
    g_snprintf (label, size, "TW %s", romans[period->index - 1]);
  else if (period->kind == KN_PERIOD_MONTH)
    {
      const char *month = kn_format_doc_month_name ((GDateMonth)period->index);

      g_snprintf (label, size, "%.3s", month != NULL ? month : "");
    }
  else
    g_strlcpy (label, "Akhir", size);
}

void
kn_skm_chart_fill (KnStore    *self,
                   gint64      unit_id,
                   const char *period,
                   KnSkmChart *chart)
{
  g_autoptr(GArray) periods = NULL;
  KnPeriod parsed;

  g_return_if_fail (KN_IS_STORE (self));
  g_return_if_fail (chart != NULL);

  memset (chart, 0, sizeof *chart);
  if (period == NULL || !kn_period_parse (period, &parsed, NULL))
    return;
  chart->year = parsed.year;
  periods = kn_period_list (parsed.year, kn_store_get_period_scheme (self, parsed.year));

  for (guint i = 0; i < periods->len && chart->n_points < KN_SKM_CHART_MAX_POINTS; i++)
    {
      KnPeriod *each = &g_array_index (periods, KnPeriod, i);
      KnSkmChartPoint *point = &chart->points[chart->n_points++];
      g_autofree char *name = kn_period_to_string (each);
      g_autoptr(GPtrArray) surveys = kn_store_list_surveys (self, unit_id, name);
      KnSkmResult result;

      chart_label (each, point->label, sizeof point->label);
      if (surveys->len > 0)
        {
          g_autoptr(KnSkmSurvey) merged = kn_skm_survey_merge (surveys);

          point->has_ikm = kn_skm_compute (merged->answers, merged->n_rows, &result, NULL);
        }
      if (!point->has_ikm)
        continue;
      point->ikm_hundredths = result.ikm_hundredths;
      point->mutu = result.mutu;
      /* The NRR drawn: of the period asked for, else of the latest with an IKM before it. */
      if (kn_period_compare (each, &parsed) <= 0)
        {
          g_autofree char *label = kn_format_doc_period_label (each);

          chart->has_unsur = TRUE;
          g_strlcpy (chart->unsur_period, label, sizeof chart->unsur_period);
          for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
            chart->nrr_hundredths[u] = result.unsur[u].nrr_hundredths;
          chart->weakest_mask = result.weakest_mask;
        }
    }
}
