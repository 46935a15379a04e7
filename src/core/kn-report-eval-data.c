/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The evaluation forms' data (Evaluasi and Dokumen Evaluasi), gathered from the store: the
 * year's realisations per period, the feedback, and who assesses on the period's last day. */

#define G_LOG_DOMAIN "kn-report-data"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-form-text.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-report-data.h"
#include "kinerja/kn-store-review.h"

#include "kn-report-data-private.h"

static char *
dup_or_empty (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

/* A figure with the IKI's unit, in Indonesian whatever the language ("Rp380.000.000"). */
static char *
quantity_label (KnIndicator *indicator,
                double       value)
{
  return kn_format_doc_quantity (value, kn_indicator_get_target_unit (indicator));
}

static char *
realization_label (KnIndicator   *indicator,
                   KnRealization *realization)
{
  if (realization == NULL)
    return g_strdup ("");
  if (realization->has_value)
    return quantity_label (indicator, realization->value);
  return dup_or_empty (realization->text);
}

/* The capaian printed for @value in @period by the rule of kn-rules.h; "" when none. */
static char *
capaian_label (KnIndicator    *indicator,
               const KnPeriod *period,
               double          value)
{
  double percent;

  if (!kn_indicator_capaian (indicator, period, value, NULL, &percent, NULL))
    return g_strdup ("");
  return kn_format_doc_percent (percent);
}

/* Joins two bukti dukung texts, either of which may be empty. */
static char *
join_lines (const char *first,
            const char *second)
{
  if (first == NULL || first[0] == '\0')
    return dup_or_empty (second);
  if (second == NULL || second[0] == '\0')
    return g_strdup (first);
  return g_strconcat (first, "\n", second, NULL);
}

/* The periods of @year other than the annual one, in order, each with its realisations of
 * @plan_id (element: GPtrArray of KnRealization, in the order of @periods). */
typedef struct
{
  GArray    *periods;       /* KnPeriod, the annual one left out */
  GPtrArray *realizations;  /* GPtrArray* per period */
} YearRecords;

static void
year_records_clear (YearRecords *records)
{
  g_clear_pointer (&records->periods, g_array_unref);
  g_clear_pointer (&records->realizations, g_ptr_array_unref);
}

static void
year_records_load (YearRecords *records,
                   KnStore     *store,
                   KnPlan      *plan,
                   guint        year)
{
  g_autoptr(GArray) all = kn_period_list (year, kn_store_get_period_scheme (store, year));

  records->periods = g_array_new (FALSE, FALSE, sizeof (KnPeriod));
  records->realizations = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < all->len; i++)
    {
      KnPeriod *period = &g_array_index (all, KnPeriod, i);
      g_autofree char *name = NULL;

      if (period->kind == KN_PERIOD_ANNUAL)
        continue;
      name = kn_period_to_string (period);
      g_array_append_val (records->periods, *period);
      g_ptr_array_add (records->realizations,
                       kn_store_list_realizations (store, kn_plan_get_id (plan), name));
    }
}

/* Column (7) of the annual form for an IKI without an Akhir realisation: the year's figure
 * derived from its periods (kn_indicator_derive_year, README "Aturan penilaian"). */
static void
fill_derived_year (KnReportIndicator *cell,
                   KnIndicator       *indicator,
                   guint              year,
                   const YearRecords *records)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (KnPeriodRealization));
  g_autoptr(KnYearRealization) derived = NULL;

  for (guint p = 0; p < records->periods->len; p++)
    {
      GPtrArray *list = g_ptr_array_index (records->realizations, p);

      for (guint k = 0; k < list->len; k++)
        {
          KnRealization *found = g_ptr_array_index (list, k);
          KnPeriodRealization entry = { 0 };

          if (found->indicator_id != kn_indicator_get_id (indicator))
            continue;
          entry.period = g_array_index (records->periods, KnPeriod, p);
          entry.value = found->has_value ? found->value : NAN;
          entry.text = found->text;
          entry.evidence = found->evidence;
          entry.evidence_file = found->evidence_file;
          g_array_append_val (entries, entry);
        }
    }

  derived = kn_indicator_derive_year (indicator, year,
                                      (const KnPeriodRealization *) (void *) entries->data,
                                      entries->len);
  g_free (cell->realization);
  if (!isnan (derived->value))
    cell->realization = quantity_label (indicator, derived->value);
  else
    cell->realization = dup_or_empty (derived->text);
  g_free (cell->capaian);
  cell->capaian = derived->has_capaian ? kn_format_doc_percent (derived->capaian) : g_strdup ("");
  g_free (cell->evidence);
  cell->evidence = dup_or_empty (derived->evidence_text);
}

/* The bukti dukung of every period of the year, "Triwulan I: …" per line; "" when none. */
static char *
year_evidence (KnIndicator       *indicator,
               guint              year,
               const YearRecords *records)
{
  KnReportIndicator cell = { 0 };
  char *evidence;

  fill_derived_year (&cell, indicator, year, records);
  evidence = g_steal_pointer (&cell.evidence);
  g_free (cell.realization);
  g_free (cell.capaian);
  return evidence;
}

static int
compare_feedback_date (gconstpointer a,
                       gconstpointer b)
{
  const KnFeedback *x = *(KnFeedback * const *) a;
  const KnFeedback *y = *(KnFeedback * const *) b;
  int order = g_strcmp0 (x->date, y->date);

  if (order != 0)
    return order;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* The feedback an evaluation of @period prints: the period's own, and for the annual
 * evaluation the whole year's (every period's and the Akhir one), oldest first. */
static GPtrArray *
list_period_feedback (KnStore        *store,
                      KnPlan         *plan,
                      const KnPeriod *period,
                      const char     *period_name)
{
  g_autoptr(GArray) all = NULL;
  GPtrArray *feedback;

  if (period->kind != KN_PERIOD_ANNUAL)
    return kn_store_list_feedback (store, kn_plan_get_id (plan), period_name);

  feedback = g_ptr_array_new_with_free_func ((GDestroyNotify) kn_feedback_free);
  all = kn_period_list (period->year, kn_store_get_period_scheme (store, period->year));
  for (guint i = 0; i < all->len; i++)
    {
      g_autofree char *name = kn_period_to_string (&g_array_index (all, KnPeriod, i));
      g_autoptr(GPtrArray) some = kn_store_list_feedback (store, kn_plan_get_id (plan), name);

      for (guint j = 0; j < some->len; j++)
        g_ptr_array_add (feedback, g_ptr_array_steal_index (some, j--));
    }
  g_ptr_array_sort (feedback, compare_feedback_date);

  return feedback;
}

/* Who assesses and signs on the period's last day: the evaluation's assessor, or without one the
 * atasan of that day (people over time: after a mutasi, the new atasan). When a Plt./Plh. acts
 * for the atasan then (and is the evaluation's assessor, if there is one), @acting_title
 * receives "Plt. Kepala …" for the position. */
static KnEmployee *
assessor_on_last_day (KnStore         *store,
                      KnEmployee      *employee,
                      KnEvaluation    *evaluation,
                      const KnPeriod  *period,
                      char           **acting_title)
{
  g_autoptr(KnHistoryEntry) acting = NULL;
  char day[11];
  gint64 dated, assessor_id;

  kn_report_period_last_day (period, day);
  dated = kn_store_supervisor_at (store, kn_employee_get_id (employee), day, &acting);
  assessor_id = evaluation != NULL ? kn_evaluation_get_assessor_id (evaluation) : dated;
  if (acting != NULL && assessor_id == dated)
    *acting_title = kn_history_acting_title (acting);
  return kn_store_lookup_employee (store, assessor_id);
}

KnReport *
kn_report_build_evaluation (KnStore        *store,
                            KnDocumentKind  kind,
                            gint64          employee_id,
                            const char     *period_name,
                            GError        **error)
{
  g_autoptr(KnReport) report = NULL;
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(KnEvaluation) evaluation = NULL;
  g_autoptr(GPtrArray) realizations = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  g_autoptr(GPtrArray) violations = NULL;
  KnEmployee *employee;
  KnOrgUnit *unit;
  YearRecords year = { NULL, NULL };
  KnPeriod period;
  GDate first, last;
  char day[11];
  gint64 unit_id;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);
  g_return_val_if_fail (kind == KN_DOCUMENT_EVALUASI || kind == KN_DOCUMENT_DOKUMEN, NULL);

  if (period_name == NULL || !kn_period_parse (period_name, &period, error))
    return NULL;

  employee = kn_report_require_employee (store, employee_id, error);
  if (employee == NULL)
    return NULL;

  plan = kn_store_load_plan (store, employee_id, period.year, error);
  if (plan == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                     _("%s has no SKP for %u."), kn_employee_get_name (employee), period.year);
      return NULL;
    }

  evaluation = kn_store_load_evaluation (store, employee_id, period_name, NULL);
  /* The person as recorded on the period's last day: after a mutasi, the periods before it
   * keep the old unit. */
  kn_report_period_last_day (&period, day);
  unit_id = kn_store_unit_at (store, employee_id, day);

  report = g_new0 (KnReport, 1);
  report->kind = kind;
  report->period = period;
  kn_report_fill_common (report, store, unit_id, period.year);
  kn_report_fill_plan (report, plan);

  if (evaluation != NULL && kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL)
    {
      const char *org = kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_ORG_PREDIKAT);

      report->final = TRUE;
      kn_report_person_from_snapshot (&report->employee, evaluation, NULL);
      kn_report_person_from_snapshot (&report->assessor, evaluation, "assessor");
      kn_report_person_from_snapshot (&report->superior, evaluation, "superior");
      /* Finalised before the snapshot kept the atasan pejabat penilai of a kepala OPD's staff
       * (he is outside the roster): printed as the draft showed it. */
      if (report->superior.name[0] == '\0')
        {
          KnEmployee *assessor = kn_store_lookup_employee (store,
                                                           kn_evaluation_get_assessor_id (evaluation));

          kn_report_person_superior_on_day (store, &report->superior, assessor, day);
        }
      if (org != NULL)
        kn_org_predikat_from_string (org, &report->org_predikat);
    }
  else
    {
      g_autofree char *acting_title = NULL;
      KnEmployee *assessor = assessor_on_last_day (store, employee, evaluation, &period,
                                                   &acting_title);

      kn_report_person_on_day (store, &report->employee, employee, day);
      kn_report_person_on_day (store, &report->assessor, assessor, day);
      if (acting_title != NULL)
        {
          g_free (report->assessor.position);
          report->assessor.position = g_steal_pointer (&acting_title);
        }
      kn_report_person_superior_on_day (store, &report->superior, assessor, day);
      report->org_predikat = kn_store_get_evaluation_org_predikat (store, employee_id, period_name,
                                                                   NULL);
    }

  /* The evaluation's own state; a DRAF mark until it is final and its SKP approved. */
  {
    KnEvaluationStatus state = evaluation != NULL ? kn_evaluation_get_status (evaluation)
                                                  : KN_EVALUATION_STATUS_DRAFT;
    KnPlanStatus plan_state = kn_plan_get_status (plan);
    const char *mark = kn_format_doc_evaluation_mark (state);

    g_free (report->status);
    if (plan_state == KN_PLAN_STATUS_APPROVED)
      report->status = g_strdup (kn_format_doc_evaluation_status (state));
    else
      report->status = g_strdup_printf ("%s; SKP %s", kn_format_doc_evaluation_status (state),
                                        kn_format_doc_plan_status (plan_state));
    g_free (report->mark);
    report->mark = g_strdup (mark != NULL ? mark : kn_format_doc_plan_mark (plan_state));
  }

  if (report->jpt)
    {
      kn_report_person_external_assessor (store, &report->assessor);
      kn_report_person_external_superior (store, &report->superior);
    }

  if (evaluation != NULL)
    {
      report->rating_result = kn_evaluation_get_rating_result (evaluation);
      report->rating_behaviour = kn_evaluation_get_rating_behaviour (evaluation);
      report->predikat = kn_evaluation_get_predikat (evaluation);
      g_free (report->note);
      report->note = dup_or_empty (kn_evaluation_get_note (evaluation));
    }

  /* The Tim Penilai Kinerja's decision, when it has decided. */
  {
    g_autoptr(KnReviewEntry) review = kn_store_get_review (store, employee_id, period_name);
    char *line = kn_form_text_review (review);

    if (line != NULL)
      {
        g_free (report->review);
        report->review = line;
      }
  }

  /* Realisation and capaian per IKI, feedback per RHK and per core value. The annual form
   * prints an Akhir realisation recorded as it is, else the year's figure derived from the
   * periods, and the bukti dukung of every period. */
  realizations = kn_store_list_realizations (store, kn_plan_get_id (plan), period_name);
  if (period.kind == KN_PERIOD_ANNUAL)
    year_records_load (&year, store, plan, period.year);
  {
    GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));

    for (guint i = 0; i < g_list_model_get_n_items (results); i++)
      {
        g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
        GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));

        for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
          {
            g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);
            KnReportIndicator *cell = g_object_get_data (G_OBJECT (indicator), "kn-report-cell");
            KnRealization *found = kn_realization_find (realizations,
                                                        kn_indicator_get_id (indicator));

            if (cell == NULL)
              continue;
            if (found == NULL)
              {
                if (period.kind == KN_PERIOD_ANNUAL)
                  fill_derived_year (cell, indicator, period.year, &year);
                continue;
              }

            g_free (cell->realization);
            cell->realization = realization_label (indicator, found);
            g_free (cell->evidence);
            if (period.kind == KN_PERIOD_ANNUAL)
              {
                g_autofree char *periods = year_evidence (indicator, period.year, &year);

                cell->evidence = join_lines (found->evidence, periods);
              }
            else
              cell->evidence = dup_or_empty (found->evidence);
            g_free (cell->capaian);
            cell->capaian = capaian_label (indicator, &period,
                                           found->has_value ? found->value : NAN);
          }
      }
  }
  year_records_clear (&year);

  feedback = list_period_feedback (store, plan, &period, period_name);
  for (guint i = 0; i < feedback->len; i++)
    {
      KnFeedback *entry = g_ptr_array_index (feedback, i);
      g_autofree char *date = kn_format_doc_iso_date (entry->date);
      g_autofree char *line = g_strdup_printf ("%s: %s", date != NULL ? date : entry->date, entry->text);
      char **target = NULL;

      if (entry->core_value < KN_CORE_VALUE_N)
        target = &report->behaviour[entry->core_value].feedback;
      else
        {
          GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));
          guint row = 0;

          /* The report lists utama first: find the row of the RHK the entry is about. */
          for (guint kind_index = 0; kind_index < KN_RESULT_KIND_N && target == NULL; kind_index++)
            for (guint r = 0; r < g_list_model_get_n_items (results) && target == NULL; r++)
              {
                g_autoptr(KnPlanResult) result = g_list_model_get_item (results, r);

                if (kn_plan_result_get_kind (result) != kind_index)
                  continue;
                if (kn_plan_result_get_id (result) == entry->result_id && row < report->results->len)
                  target = &((KnReportResult *)g_ptr_array_index (report->results, row))->feedback;
                row++;
              }
          if (target == NULL && report->results->len > 0)
            target = &((KnReportResult *)g_ptr_array_index (report->results, 0))->feedback;
        }

      if (target != NULL)
        {
          char *joined = (*target)[0] != '\0' ? g_strconcat (*target, "\n", line, NULL) : g_strdup (line);

          g_free (*target);
          *target = joined;
        }
    }

  /* The curve on the form: the distribution of the group the person's predikat is counted in,
   * as kn_store_check_distribution counts it (one notion with the rekap, Penilaian and
   * kinerja-cli distribusi): their unit's, or, for its head (whose predikat belongs to the unit
   * above), the unit above's; with the capaian whose pattern that unit keeps, and its name. */
  unit = kn_store_lookup_unit (store, unit_id);
  if (unit != NULL && kn_org_unit_get_parent_id (unit) != 0 &&
      kn_store_lookup_unit (store, kn_org_unit_get_parent_id (unit)) != NULL &&
      kn_store_is_unit_head (store, employee_id, unit_id))
    unit = kn_store_lookup_unit (store, kn_org_unit_get_parent_id (unit));
  if (unit != NULL)
    {
      report->curve_org_predikat = kn_store_get_applying_org_predikat (store,
                                                                       kn_org_unit_get_id (unit),
                                                                       period_name, NULL);
      report->curve_unit = g_strdup (kn_org_unit_get_name (unit));
      violations = kn_store_check_distribution (store, kn_org_unit_get_id (unit), period_name,
                                                report->counts);
    }

  kn_period_get_dates (&period, &first, &last);
  report->sign_date = kn_format_doc_place_date (report->kota, &last);

  return g_steal_pointer (&report);
}
