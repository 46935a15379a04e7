/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The data gathered for the documents is what the store holds, and a final evaluation prints
 * its snapshot even after the people changed. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "kn-demo.h"

#include "kn-test-io.h"
#include "kn-test-util.h"

typedef KnTestDemo Fixture;

/* A demo teacher with an approved SKP and a final evaluation in TW1. */
static KnEmployee *
find_teacher (Fixture *fixture)
{
  GListModel *employees = kn_store_get_employees (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      g_autoptr(KnEvaluation) evaluation = NULL;

      if (!g_str_has_prefix (kn_employee_get_position (employee), "Guru"))
        continue;
      evaluation = kn_store_load_evaluation (fixture->store, kn_employee_get_id (employee),
                                             "2026-TW1", NULL);
      if (evaluation != NULL && kn_evaluation_get_status (evaluation) == KN_EVALUATION_STATUS_FINAL)
        return kn_store_lookup_employee (fixture->store, kn_employee_get_id (employee));
    }

  return NULL;
}

static void
test_skp (Fixture       *fixture,
          gconstpointer  data)
{
  KnEmployee *teacher = find_teacher (fixture);
  g_autoptr(KnReport) report = NULL;
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *nip = NULL;
  guint n_indicators = 0;
  guint n_report_indicators = 0;

  g_assert_nonnull (teacher);
  report = kn_report_build_skp (fixture->store, kn_employee_get_id (teacher), KN_DEMO_YEAR, &error);
  g_assert_no_error (error);
  plan = kn_store_load_plan (fixture->store, kn_employee_get_id (teacher), KN_DEMO_YEAR, NULL);

  nip = kn_employee_dup_nip_display (teacher);
  g_assert_cmpint (report->kind, ==, KN_DOCUMENT_SKP);
  g_assert_cmpstr (report->employee.name, ==, kn_employee_get_name (teacher));
  g_assert_cmpstr (report->employee.nip, ==, nip);
  g_assert_cmpstr (report->assessor.name, ==,
                   kn_employee_get_name (kn_store_lookup_employee (fixture->store,
                                                                   kn_plan_get_assessor_id (plan))));
  g_assert_cmpstr (report->opd, ==, "Dinas Pendidikan dan Kebudayaan");
  g_assert_cmpstr (report->instansi, ==, "Pemerintah Provinsi Lampung");
  g_assert_cmpstr (report->year_period, ==, "1 Januari s.d. 31 Desember 2026");
  g_assert_true (g_str_has_prefix (report->sign_date, "Bandar Lampung, "));
  g_assert_cmpuint (report->results->len, ==,
                    g_list_model_get_n_items (G_LIST_MODEL (kn_plan_get_results (plan))));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (kn_plan_get_results (plan))); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (G_LIST_MODEL (kn_plan_get_results (plan)), i);

      n_indicators += g_list_model_get_n_items (G_LIST_MODEL (kn_plan_result_get_indicators (result)));
    }
  for (guint i = 0; i < report->results->len; i++)
    {
      KnReportResult *row = g_ptr_array_index (report->results, i);

      n_report_indicators += row->indicators->len;
      /* Utama rows come before every tambahan row. */
      if (i > 0)
        g_assert_cmpint (((KnReportResult *)g_ptr_array_index (report->results, i - 1))->kind, <=,
                         row->kind);
      g_assert_nonnull (row->parent_text);
    }
  g_assert_cmpuint (n_report_indicators, ==, n_indicators);
  g_assert_cmpstr (report->behaviour[KN_CORE_VALUE_AKUNTABEL].value, ==, "Akuntabel");
  g_assert_cmpstr (report->behaviour[KN_CORE_VALUE_AKUNTABEL].expectation, ==,
                   kn_plan_get_expectation (plan, KN_CORE_VALUE_AKUNTABEL));
  g_assert_cmpuint (report->attachments[KN_ATTACHMENT_KONSEKUENSI]->len, >, 0);
}

static void
test_evaluation_prints_snapshot (Fixture       *fixture,
                                 gconstpointer  data)
{
  KnEmployee *teacher = find_teacher (fixture);
  g_autoptr(KnEmployee) promoted = NULL;
  g_autoptr(KnReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *old_rank = NULL;
  guint total = 0;

  g_assert_nonnull (teacher);
  old_name = g_strdup (kn_employee_get_name (teacher));
  old_rank = kn_employee_dup_rank_label (teacher);

  /* Promoted and renamed after TW1 was finalised. */
  promoted = kn_employee_copy (teacher);
  kn_employee_set_name (promoted, "Nama Baru Setelah Promosi");
  kn_employee_set_rank (promoted, kn_employee_get_status (teacher) == KN_EMPLOYEE_STATUS_PNS ? "IV/b" : "XI");
  g_assert_true (kn_store_update_employee (fixture->store, promoted, &error));
  g_assert_no_error (error);

  report = kn_report_build_evaluation (fixture->store, KN_DOCUMENT_EVALUASI,
                                       kn_employee_get_id (teacher), "2026-TW1", &error);
  g_assert_no_error (error);
  g_assert_true (report->final);
  g_assert_cmpstr (report->employee.name, ==, old_name);
  g_assert_cmpstr (report->employee.rank, ==, old_rank);
  g_assert_cmpint (report->period.kind, ==, KN_PERIOD_QUARTER);
  g_assert_cmpuint (report->period.index, ==, 1);
  g_assert_cmpint (report->predikat, !=, KN_PREDIKAT_NONE);
  g_assert_cmpint (report->org_predikat, !=, KN_ORG_PREDIKAT_NONE);
  g_assert_cmpstr (report->sign_date, ==, "Bandar Lampung, 31 Maret 2026");

  /* The demo has a realisation for every IKI in TW1, with its capaian. */
  for (guint i = 0; i < report->results->len; i++)
    {
      KnReportResult *row = g_ptr_array_index (report->results, i);

      for (guint j = 0; j < row->indicators->len; j++)
        {
          KnReportIndicator *cell = g_ptr_array_index (row->indicators, j);

          g_assert_cmpstr (cell->realization, !=, "");
        }
    }

  for (guint p = 0; p < KN_PREDIKAT_N; p++)
    total += report->counts[p];
  g_assert_cmpuint (total, >, 0);
}

static void
test_recap (Fixture       *fixture,
            gconstpointer  data)
{
  KnOrgUnit *unit = kn_store_find_unit (fixture->store, "Bidang Pembinaan SMA");
  g_autoptr(KnRecapReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = NULL;
  guint expected = 0;
  guint counted = 0;

  g_assert_nonnull (unit);
  members = kn_test_unit_members (fixture->store, kn_org_unit_get_id (unit));
  /* Everyone of the unit but its head, who rates them and signs. */
  for (guint i = 0; i < members->len; i++)
    if (!kn_store_is_unit_head (fixture->store, kn_employee_get_id (members->pdata[i]),
                                kn_org_unit_get_id (unit)))
      expected++;

  report = kn_report_build_recap (fixture->store, kn_org_unit_get_id (unit), "2026-TW4", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->rows->len, ==, expected);
  for (guint p = 0; p < KN_PREDIKAT_N; p++)
    counted += report->counts[p];
  g_assert_cmpuint (counted, ==, expected);
  g_assert_cmpstr (report->leader.position, ==, "Kepala Bidang Pembinaan SMA");
  for (guint i = 0; i < report->rows->len; i++)
    g_assert_cmpstr (((KnRecapRow *) g_ptr_array_index (report->rows, i))->person.name, !=,
                     report->leader.name);
  /* The demo unit breaks its pattern in TW4: the recap says so. */
  g_assert_cmpuint (report->violations->len, >, 0);
  g_assert_cmpuint (report->pattern->len, >, 0);

  /* A period nobody is rated in yet: the same people, none rated, and the head still signs. */
  g_clear_pointer (&report, kn_recap_report_free);
  report = kn_report_build_recap (fixture->store, kn_org_unit_get_id (unit), "2027-TW1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->rows->len, ==, expected);
  g_assert_cmpuint (report->counts[KN_PREDIKAT_NONE], ==, expected);
  g_assert_cmpstr (report->leader.position, ==, "Kepala Bidang Pembinaan SMA");

  /* A unit that does not exist is an error, not a crash. */
  g_clear_pointer (&report, kn_recap_report_free);
  report = kn_report_build_recap (fixture->store, 999999, "2026-TW4", &error);
  g_assert_null (report);
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
}

static void
test_employee_periods_and_completion (Fixture       *fixture,
                                      gconstpointer  data)
{
  KnEmployee *teacher = find_teacher (fixture);
  g_autoptr(GPtrArray) points = NULL;
  KnOrgUnit *unit;
  guint employees = 0, approved = 0, final = 0;
  guint expected_final = 0;
  g_autoptr(GPtrArray) evaluations = NULL;

  g_assert_nonnull (teacher);
  points = kn_report_build_employee_periods (fixture->store, kn_employee_get_id (teacher), KN_DEMO_YEAR);
  /* Four quarters; the annual evaluation is not a point of the curve. */
  g_assert_cmpuint (points->len, ==, 4);
  for (guint i = 0; i < 3; i++)
    {
      KnPeriodPoint *point = g_ptr_array_index (points, i);
      g_autofree char *period = g_strdup_printf ("%u-TW%u", KN_DEMO_YEAR, i + 1);
      g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (fixture->store,
                                                                     kn_employee_get_id (teacher),
                                                                     period, NULL);

      g_assert_cmpint (point->predikat, ==, kn_evaluation_get_predikat (evaluation));
      g_assert_true (point->has_capaian);
      g_assert_cmpfloat (point->capaian, >, 0);
    }
  g_assert_cmpstr (((KnPeriodPoint *)g_ptr_array_index (points, 0))->label, ==, "TW I");

  unit = kn_store_find_unit (fixture->store, "Bidang Pembinaan SMA");
  kn_store_count_unit_completion (fixture->store, kn_org_unit_get_id (unit), KN_DEMO_YEAR,
                                  "2026-TW1", &employees, &approved, &final);
  evaluations = kn_store_list_unit_evaluations (fixture->store, kn_org_unit_get_id (unit), "2026-TW1", 0);
  for (guint i = 0; i < evaluations->len; i++)
    if (kn_evaluation_get_status (g_ptr_array_index (evaluations, i)) == KN_EVALUATION_STATUS_FINAL)
      expected_final++;
  g_assert_cmpuint (employees, ==, evaluations->len);
  g_assert_cmpuint (final, ==, expected_final);
  g_assert_cmpuint (approved, <=, employees);
  g_assert_cmpuint (approved, >, 0);
}

/* A plan of one pelaksana with three IKI measured three ways, in a fresh store. */
typedef struct
{
  char    *folder;
  KnStore *store;
  gint64   employee;
  gint64   plan;
  gint64   result;
  gint64   count;     /* Kuantitas: 12 dokumen a year */
  gint64   money;     /* Biaya: at most Rp1.500.000.000 a year */
  gint64   level;     /* Kualitas: 90 % */
} Year;

static gint64
add_iki (KnPlanResult *result,
         KnAspect      aspect,
         const char   *text,
         double        target,
         const char   *unit,
         KnDirection   direction)
{
  KnIndicator *indicator = kn_test_result_add_indicator (result, aspect, text, target, unit);

  kn_indicator_set_direction (indicator, direction);
  return 0;
}

static void
year_record (Year       *year,
             gint64      indicator,
             const char *period,
             double      value,
             const char *evidence)
{
  g_autoptr(KnRealization) realization = kn_realization_new (indicator, period);
  g_autoptr(GError) error = NULL;

  realization->has_value = TRUE;
  realization->value = value;
  realization->evidence = g_strdup (evidence);
  g_assert_true (kn_store_save_realization (year->store, realization, &error));
  g_assert_no_error (error);
}

static void
year_feedback (Year       *year,
               const char *period,
               const char *date,
               const char *text)
{
  g_autoptr(KnFeedback) feedback = kn_feedback_new (year->plan, period);
  g_autoptr(GError) error = NULL;

  feedback->date = g_strdup (date);
  feedback->text = g_strdup (text);
  feedback->result_id = year->result;
  feedback->core_value = KN_CORE_VALUE_N;
  g_assert_true (kn_store_add_feedback (year->store, feedback, &error));
  g_assert_no_error (error);
}

static void
year_set_up (Year     *year,
             gboolean  months)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(KnPlanResult) result = kn_plan_result_new ();
  GListModel *indicators;
  guint n_people = 0;
  gint64 unit, head;

  year->store = kn_test_store_new ("kinerja-report-year-XXXXXX", &year->folder, NULL);
  if (months)
    {
      g_assert_true (kn_store_set_period_scheme (year->store, 2026, KN_PERIOD_SCHEME_MONTHS, &error));
      g_assert_no_error (error);
    }
  unit = kn_test_add_unit (year->store, "Badan Keuangan Daerah", 0);
  head = kn_test_add_staff (year->store, &n_people, "Kepala Badan", "Kepala Badan Keuangan Daerah",
                            KN_POSITION_JPT_PRATAMA, unit, 0);
  year->employee = kn_test_add_staff (year->store, &n_people, "Pengadministrasi Keuangan",
                                      "Pengadministrasi Keuangan", KN_POSITION_PELAKSANA, unit, head);

  plan = kn_plan_new (year->employee, 2026);
  kn_plan_set_assessor_id (plan, head);
  kn_plan_result_set_text (result, "Terkelolanya belanja kantor");
  add_iki (result, KN_ASPECT_KUANTITAS, "Laporan belanja yang disahkan", 12, "dokumen",
           KN_DIRECTION_MORE_IS_BETTER);
  add_iki (result, KN_ASPECT_BIAYA, "Belanja kantor", 1500000000, "rupiah",
           KN_DIRECTION_LESS_IS_BETTER);
  add_iki (result, KN_ASPECT_KUALITAS, "Ketepatan laporan", 90, "%", KN_DIRECTION_MORE_IS_BETTER);
  g_list_store_append (kn_plan_get_results (plan), result);
  g_assert_true (kn_store_save_plan (year->store, plan, &error));
  g_assert_no_error (error);

  year->plan = kn_plan_get_id (plan);
  year->result = kn_plan_result_get_id (result);
  indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));
  {
    g_autoptr(KnIndicator) a = g_list_model_get_item (indicators, 0);
    g_autoptr(KnIndicator) b = g_list_model_get_item (indicators, 1);
    g_autoptr(KnIndicator) c = g_list_model_get_item (indicators, 2);

    year->count = kn_indicator_get_id (a);
    year->money = kn_indicator_get_id (b);
    year->level = kn_indicator_get_id (c);
  }

  if (months)
    return;
  /* Counts and money as the total so far; the level as it stands. */
  year_record (year, year->count, "2026-TW1", 2, "Daftar laporan TW I");
  year_record (year, year->count, "2026-TW2", 5, NULL);
  year_record (year, year->count, "2026-TW3", 9, NULL);
  year_record (year, year->count, "2026-TW4", 12, "Daftar laporan TW IV");
  year_record (year, year->money, "2026-TW1", 380000000, "SP2D Triwulan I");
  year_record (year, year->money, "2026-TW2", 760000000, NULL);
  year_record (year, year->money, "2026-TW4", 1450000000, NULL);
  year_record (year, year->level, "2026-TW1", 85, NULL);
  year_record (year, year->level, "2026-TW3", 92, NULL);
  /* Recorded out of order: the form lists them oldest first. */
  year_feedback (year, "2026-TW2", "2026-05-10", "Laporan TW II tepat waktu.");
  year_feedback (year, "2026-TW1", "2026-02-03", "Lengkapi SP2D.");
}

static void
year_tear_down (Year *year)
{
  kn_test_store_clear (&year->store, &year->folder, NULL);
}

static KnReportIndicator *
report_cell (KnReport *report,
             guint     index)
{
  KnReportResult *row = g_ptr_array_index (report->results, 0);

  return g_ptr_array_index (row->indicators, index);
}

/* A quarter's capaian holds the total so far against the part of the year's target due by then
 * (kn_capaian_in_period): Rp380.000.000 spent against a quarter of Rp1.500.000.000 is 98,68 %,
 * never 401,82 %; 2 of the 3 documents due is 66,67 %; a level against the year's 90 %. */
static void
test_quarter_capaian (void)
{
  Year year = { 0 };
  g_autoptr(KnReport) report = NULL;
  g_autoptr(GError) error = NULL;

  year_set_up (&year, FALSE);
  report = kn_report_build_evaluation (year.store, KN_DOCUMENT_EVALUASI, year.employee,
                                       "2026-TW1", &error);
  g_assert_no_error (error);

  g_assert_cmpstr (report_cell (report, 0)->realization, ==, "2 dokumen");
  g_assert_cmpstr (report_cell (report, 0)->capaian, ==, "66,67 %");
  g_assert_cmpstr (report_cell (report, 1)->realization, ==, "Rp380.000.000");
  g_assert_cmpstr (report_cell (report, 1)->capaian, ==, "98,68 %");
  g_assert_cmpstr (report_cell (report, 1)->evidence, ==, "SP2D Triwulan I");
  g_assert_cmpstr (report_cell (report, 2)->realization, ==, "85 %");
  g_assert_cmpstr (report_cell (report, 2)->capaian, ==, "94,44 %");
  g_assert_cmpstr (((KnReportResult *) g_ptr_array_index (report->results, 0))->feedback, ==,
                   "3 Februari 2026: Lengkapi SP2D.");

  year_tear_down (&year);
}

/* The annual form: columns (7) and (8) filled from the periods, an Akhir realisation recorded
 * printed as it is. */
static void
test_annual_form (void)
{
  Year year = { 0 };
  g_autoptr(KnReport) report = NULL;
  g_autoptr(GError) error = NULL;

  year_set_up (&year, FALSE);
  year_record (&year, year.level, "2026-AKHIR", 95, "Laporan evaluasi tahunan");
  report = kn_report_build_evaluation (year.store, KN_DOCUMENT_EVALUASI, year.employee,
                                       "2026-AKHIR", &error);
  g_assert_no_error (error);

  /* Counts: the total of Triwulan IV against the whole year. */
  g_assert_cmpstr (report_cell (report, 0)->realization, ==, "12 dokumen");
  g_assert_cmpstr (report_cell (report, 0)->capaian, ==, "100,00 %");
  g_assert_cmpstr (report_cell (report, 0)->evidence, ==,
                   "Triwulan I: Daftar laporan TW I\nTriwulan IV: Daftar laporan TW IV");
  /* Money: 1.500.000.000 ÷ 1.450.000.000 = 103,45 %. */
  g_assert_cmpstr (report_cell (report, 1)->realization, ==, "Rp1.450.000.000");
  g_assert_cmpstr (report_cell (report, 1)->capaian, ==, "103,45 %");
  g_assert_cmpstr (report_cell (report, 1)->evidence, ==, "Triwulan I: SP2D Triwulan I");
  /* Recorded for Akhir: as it is, 95 ÷ 90. */
  g_assert_cmpstr (report_cell (report, 2)->realization, ==, "95 %");
  g_assert_cmpstr (report_cell (report, 2)->capaian, ==, "105,56 %");
  g_assert_cmpstr (report_cell (report, 2)->evidence, ==, "Laporan evaluasi tahunan");
  /* (8): the year's feedback on the RHK, oldest first. */
  g_assert_cmpstr (((KnReportResult *) g_ptr_array_index (report->results, 0))->feedback, ==,
                   "3 Februari 2026: Lengkapi SP2D.\n10 Mei 2026: Laporan TW II tepat waktu.");

  year_tear_down (&year);
}

/* A year of months: the same, December's total against the year. */
static void
test_annual_form_months (void)
{
  Year year = { 0 };
  g_autoptr(KnReport) report = NULL;
  g_autoptr(GError) error = NULL;

  year_set_up (&year, TRUE);
  year_record (&year, year.count, "2026-03", 4, "Maret");
  year_record (&year, year.count, "2026-11", 11, "November");
  report = kn_report_build_evaluation (year.store, KN_DOCUMENT_EVALUASI, year.employee,
                                       "2026-AKHIR", &error);
  g_assert_no_error (error);

  /* November's total, against the eleven twelfths of 12 due by then: 100 %. */
  g_assert_cmpstr (report_cell (report, 0)->realization, ==, "11 dokumen");
  g_assert_cmpstr (report_cell (report, 0)->capaian, ==, "100,00 %");
  g_assert_cmpstr (report_cell (report, 0)->evidence, ==, "Maret: Maret\nNovember: November");

  year_tear_down (&year);
}

/* What the PDF and the workbook both ask before printing a period: a year and an index of its
 * kind; the SKP's zeroed period is none. */
static void
test_period_is_valid (void)
{
  g_assert_true (kn_report_period_is_valid (&(KnPeriod) { 2026, KN_PERIOD_QUARTER, 4 }));
  g_assert_true (kn_report_period_is_valid (&(KnPeriod) { 2026, KN_PERIOD_MONTH, 12 }));
  g_assert_true (kn_report_period_is_valid (&(KnPeriod) { 2026, KN_PERIOD_ANNUAL, 0 }));
  g_assert_false (kn_report_period_is_valid (&(KnPeriod) { 0 }));
  g_assert_false (kn_report_period_is_valid (&(KnPeriod) { 0, KN_PERIOD_ANNUAL, 0 }));
  g_assert_false (kn_report_period_is_valid (&(KnPeriod) { 2026, KN_PERIOD_QUARTER, 5 }));
  g_assert_false (kn_report_period_is_valid (&(KnPeriod) { 2026, KN_PERIOD_MONTH, 13 }));
  g_assert_false (kn_report_period_is_valid (&(KnPeriod) { 2026, KN_PERIOD_ANNUAL, 1 }));
}

#define SEKDA_NAME      "Dr. Ir. H. Marwan Hidayat, M.Si."
#define SEKDA_NIP       "196803151993031005"
#define SEKDA_POSITION  "Sekretaris Daerah Provinsi Lampung"

/* The people the demo's kepala Dinas Pendidikan rates himself (kabid, sekretaris). */
static GPtrArray *
find_rated_by_kepala_opd (Fixture *fixture)
{
  GListModel *employees = kn_store_get_employees (fixture->store);
  GPtrArray *rated = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 head = 0;

  for (guint i = 0; i < g_list_model_get_n_items (employees) && head == 0; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

      if (kn_position_kind_is_jpt (kn_employee_get_position_kind (employee)) &&
          g_strcmp0 (kn_employee_get_unit_name (employee), "Dinas Pendidikan dan Kebudayaan") == 0)
        head = kn_employee_get_id (employee);
    }
  g_assert_cmpint (head, !=, 0);
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      KnEmployee *employee = g_list_model_get_item (employees, i);

      if (kn_employee_get_supervisor_id (employee) == head)
        g_ptr_array_add (rated, employee);
      else
        g_object_unref (employee);
    }
  g_assert_cmpuint (rated->len, >=, 2);
  return rated;
}

static void
set_sekda (KnStore  *store,
           gboolean  recorded)
{
  static const char * const keys[] = {
    KN_SETTING_JPT_ASSESSOR_NAME, KN_SETTING_JPT_ASSESSOR_NIP, KN_SETTING_JPT_ASSESSOR_POSITION,
    KN_SETTING_JPT_ASSESSOR_RANK,
  };
  static const char * const values[] = {
    SEKDA_NAME, SEKDA_NIP, SEKDA_POSITION, "Pembina Utama, IV/e",
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_assert_true (kn_store_set_setting (store, keys[i], recorded ? values[i] : NULL, &error));
      g_assert_no_error (error);
    }
}

static KnReport *
build_dokumen (Fixture    *fixture,
               KnEmployee *employee,
               const char *period)
{
  g_autoptr(GError) error = NULL;
  KnReport *report = kn_report_build_evaluation (fixture->store, KN_DOCUMENT_DOKUMEN,
                                                 kn_employee_get_id (employee), period, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* Whom a kepala OPD rates has the kepala OPD's own pejabat penilai (the Sekretaris Daerah, from
 * the settings) as atasan pejabat penilai in block 3 of the Dokumen Evaluasi, final as well as
 * draft, and no warning of an empty block. */
static void
test_superior_of_kepala_opd_staff (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GPtrArray) rated = find_rated_by_kepala_opd (fixture);
  guint n_final = 0;

  set_sekda (fixture->store, TRUE);
  for (guint i = 0; i < rated->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (rated, i);
      g_autoptr(KnReport) report = build_dokumen (fixture, employee, "2026-TW1");
      g_autofree char *warning = kn_report_dup_signer_warning (report);

      if (!report->final)
        continue;
      n_final++;
      g_assert_cmpstr (report->superior.name, ==, SEKDA_NAME);
      g_assert_cmpstr (report->superior.nip, ==, "19680315 199303 1 005");
      g_assert_cmpstr (report->superior.position, ==, SEKDA_POSITION);
      g_assert_cmpstr (report->superior.rank, ==, "Pembina Utama, IV/e");
      g_assert_null (warning);
    }
  g_assert_cmpuint (n_final, >, 0);
}

/* Finalising keeps the atasan pejabat penilai the draft showed: a later Sekda does not change a
 * final form. A final made while the settings named nobody (as before this was kept) prints
 * what a draft would. */
static void
test_superior_snapshot (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) rated = find_rated_by_kepala_opd (fixture);
  KnEmployee *kept = NULL;
  KnEmployee *older = NULL;
  g_autoptr(KnEvaluation) evaluation = NULL;
  g_autoptr(KnReport) draft = NULL;
  g_autoptr(KnReport) final = NULL;
  g_autoptr(KnReport) renamed = NULL;
  g_autoptr(KnReport) old = NULL;
  g_autoptr(GError) error = NULL;

  /* One whose TW4 is not final yet, another whose is. */
  for (guint i = 0; i < rated->len; i++)
    {
      KnEmployee *employee = g_ptr_array_index (rated, i);
      g_autoptr(KnEvaluation) tw4 = kn_store_load_evaluation (fixture->store,
                                                              kn_employee_get_id (employee),
                                                              "2026-TW4", NULL);

      if (tw4 != NULL && kn_evaluation_get_status (tw4) == KN_EVALUATION_STATUS_FINAL)
        {
          if (older == NULL)
            older = employee;
        }
      else if (kept == NULL)
        kept = employee;
    }
  g_assert_nonnull (kept);
  g_assert_nonnull (older);

  set_sekda (fixture->store, TRUE);
  draft = build_dokumen (fixture, kept, "2026-TW4");
  g_assert_false (draft->final);
  g_assert_cmpstr (draft->superior.name, ==, SEKDA_NAME);

  kn_test_finalize (fixture->store,
                    kn_test_save_ratings (fixture->store, kn_employee_get_id (kept), "2026-TW4",
                                          KN_RATING_AS_EXPECTED, KN_RATING_AS_EXPECTED));
  evaluation = kn_store_load_evaluation (fixture->store, kn_employee_get_id (kept), "2026-TW4",
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_SUPERIOR_NAME), ==,
                   SEKDA_NAME);
  g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_SUPERIOR_NIP), ==,
                   SEKDA_NIP);
  g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_SUPERIOR_POSITION), ==,
                   SEKDA_POSITION);
  final = build_dokumen (fixture, kept, "2026-TW4");
  g_assert_true (final->final);
  g_assert_cmpstr (final->superior.name, ==, draft->superior.name);
  g_assert_cmpstr (final->superior.nip, ==, draft->superior.nip);
  g_assert_cmpstr (final->superior.rank, ==, draft->superior.rank);
  g_assert_cmpstr (final->superior.position, ==, draft->superior.position);
  g_assert_cmpstr (final->superior.unit, ==, draft->superior.unit);

  g_assert_true (kn_store_set_setting (fixture->store, KN_SETTING_JPT_ASSESSOR_NAME,
                                       "Drs. Sekda Berikutnya", &error));
  g_assert_no_error (error);
  renamed = build_dokumen (fixture, kept, "2026-TW4");
  g_assert_cmpstr (renamed->superior.name, ==, SEKDA_NAME);

  /* Finalised (again) while nobody was recorded: the snapshot keeps no atasan pejabat penilai. */
  set_sekda (fixture->store, FALSE);
  g_clear_object (&evaluation);
  evaluation = kn_store_load_evaluation (fixture->store, kn_employee_get_id (older), "2026-TW4",
                                         &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_reopen_evaluation (fixture->store, kn_evaluation_get_id (evaluation),
                                             "Salah ketik", &error));
  g_assert_no_error (error);
  kn_test_finalize (fixture->store, kn_evaluation_get_id (evaluation));
  g_clear_object (&evaluation);
  evaluation = kn_store_load_evaluation (fixture->store, kn_employee_get_id (older), "2026-TW4",
                                         &error);
  g_assert_null (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_SUPERIOR_NAME));
  set_sekda (fixture->store, TRUE);
  old = build_dokumen (fixture, older, "2026-TW4");
  g_assert_true (old->final);
  g_assert_cmpstr (old->superior.name, ==, SEKDA_NAME);
  g_assert_cmpstr (old->superior.position, ==, SEKDA_POSITION);
}

/* The warning of an empty atasan pejabat penilai is for the one form with that block, the
 * Dokumen Evaluasi: not the Evaluasi Kinerja Pegawai, nor the SKP. */
static void
test_superior_warning_only_dokumen (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GPtrArray) rated = find_rated_by_kepala_opd (fixture);
  KnEmployee *employee = NULL;
  g_autoptr(KnReport) evaluasi = NULL;
  g_autoptr(KnReport) dokumen = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *evaluasi_warning = NULL;
  g_autofree char *dokumen_warning = NULL;

  /* One whose TW4 is a draft. */
  for (guint i = 0; i < rated->len && employee == NULL; i++)
    {
      KnEmployee *candidate = g_ptr_array_index (rated, i);
      g_autoptr(KnEvaluation) tw4 = kn_store_load_evaluation (fixture->store,
                                                              kn_employee_get_id (candidate),
                                                              "2026-TW4", NULL);

      if (tw4 == NULL || kn_evaluation_get_status (tw4) != KN_EVALUATION_STATUS_FINAL)
        employee = candidate;
    }
  g_assert_nonnull (employee);

  set_sekda (fixture->store, FALSE);
  evaluasi = kn_report_build_evaluation (fixture->store, KN_DOCUMENT_EVALUASI,
                                         kn_employee_get_id (employee), "2026-TW4", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (evaluasi->assessor.name, !=, "");
  evaluasi_warning = kn_report_dup_signer_warning (evaluasi);
  g_assert_null (evaluasi_warning);

  dokumen = build_dokumen (fixture, employee, "2026-TW4");
  g_assert_cmpstr (dokumen->superior.name, ==, "");
  dokumen_warning = kn_report_dup_signer_warning (dokumen);
  g_assert_nonnull (dokumen_warning);
  g_assert_nonnull (strstr (dokumen_warning, "atasan pejabat penilai"));
}

static gboolean
same_counts (const guint a[KN_PREDIKAT_N],
             const guint b[KN_PREDIKAT_N])
{
  return memcmp (a, b, sizeof (guint) * KN_PREDIKAT_N) == 0;
}

/* The curve on a person's Evaluasi is the distribution of the group their predikat is counted
 * in: a staff member's is their unit's; a kepala bidang's, whose predikat belongs to the unit
 * above (kn_store_check_distribution), is the dinas's, with the dinas's capaian in its title. */
static void
test_curve_of_counted_group (Fixture       *fixture,
                             gconstpointer  data)
{
  GListModel *employees = kn_store_get_employees (fixture->store);
  const char *period = "2026-TW1";
  g_autoptr(KnReport) head_report = NULL;
  g_autoptr(KnReport) staff_report = NULL;
  g_autoptr(GPtrArray) unit_violations = NULL;
  g_autoptr(GPtrArray) parent_violations = NULL;
  g_autoptr(GError) error = NULL;
  guint unit_counts[KN_PREDIKAT_N], parent_counts[KN_PREDIKAT_N];
  KnEmployee *head = NULL, *staff = NULL;
  KnOrgUnit *unit = NULL;
  gint64 parent_id = 0;

  /* A head of a unit under another, whose unit's distribution differs from the one above's,
   * with a member of staff of that unit; both with an SKP. */
  for (guint i = 0; i < g_list_model_get_n_items (employees) && staff == NULL; i++)
    {
      g_autoptr(KnEmployee) candidate = g_list_model_get_item (employees, i);
      g_autoptr(KnPlan) plan = NULL;
      gint64 id = kn_employee_get_id (candidate);

      unit = kn_store_lookup_unit (fixture->store, kn_employee_get_unit_id (candidate));
      if (unit == NULL || kn_org_unit_get_parent_id (unit) == 0 ||
          !kn_store_is_unit_head (fixture->store, id, kn_org_unit_get_id (unit)))
        continue;
      plan = kn_store_load_plan (fixture->store, id, KN_DEMO_YEAR, NULL);
      if (plan == NULL)
        continue;
      g_clear_pointer (&unit_violations, g_ptr_array_unref);
      g_clear_pointer (&parent_violations, g_ptr_array_unref);
      parent_id = kn_org_unit_get_parent_id (unit);
      unit_violations = kn_store_check_distribution (fixture->store, kn_org_unit_get_id (unit),
                                                     period, unit_counts);
      parent_violations = kn_store_check_distribution (fixture->store, parent_id, period,
                                                       parent_counts);
      if (same_counts (unit_counts, parent_counts))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (employees) && staff == NULL; j++)
        {
          g_autoptr(KnEmployee) member = g_list_model_get_item (employees, j);
          g_autoptr(KnPlan) member_plan = NULL;

          if (kn_employee_get_supervisor_id (member) != id ||
              kn_employee_get_unit_id (member) != kn_org_unit_get_id (unit))
            continue;
          member_plan = kn_store_load_plan (fixture->store, kn_employee_get_id (member),
                                            KN_DEMO_YEAR, NULL);
          if (member_plan != NULL)
            {
              head = kn_store_lookup_employee (fixture->store, id);
              staff = kn_store_lookup_employee (fixture->store, kn_employee_get_id (member));
            }
        }
    }
  g_assert_nonnull (head);
  g_assert_nonnull (staff);

  head_report = kn_report_build_evaluation (fixture->store, KN_DOCUMENT_EVALUASI,
                                            kn_employee_get_id (head), period, &error);
  g_assert_no_error (error);
  staff_report = kn_report_build_evaluation (fixture->store, KN_DOCUMENT_EVALUASI,
                                             kn_employee_get_id (staff), period, &error);
  g_assert_no_error (error);

  g_assert_true (same_counts (head_report->counts, parent_counts));
  g_assert_cmpint (head_report->curve_org_predikat, ==,
                   kn_store_get_applying_org_predikat (fixture->store, parent_id, period, NULL));
  g_assert_true (same_counts (staff_report->counts, unit_counts));
  g_assert_cmpint (staff_report->curve_org_predikat, ==, staff_report->org_predikat);
  /* The head's own capaian stays his unit's: it sets his rating hasil kerja. */
  g_assert_cmpint (head_report->org_predikat, ==,
                   kn_store_get_applying_org_predikat (fixture->store, kn_org_unit_get_id (unit),
                                                      period, NULL));
  /* The form names whose curve it is. */
  g_assert_cmpstr (head_report->curve_unit, ==,
                   kn_org_unit_get_name (kn_store_lookup_unit (fixture->store, parent_id)));
  g_assert_cmpstr (staff_report->curve_unit, ==, kn_org_unit_get_name (unit));
}

/* The five lines of a person's block, in the order of the forms' labels; an unset one empty. */
static void
test_person_field (void)
{
  KnReportPerson person = { "Dewi Anggraini, S.H.", "19860926 201505 1 001", "Penata, III/c",
                            "Analis Kebijakan", NULL };

  g_assert_cmpstr (kn_report_person_field (&person, 0), ==, "Dewi Anggraini, S.H.");
  g_assert_cmpstr (kn_report_person_field (&person, 1), ==, "19860926 201505 1 001");
  g_assert_cmpstr (kn_report_person_field (&person, 2), ==, "Penata, III/c");
  g_assert_cmpstr (kn_report_person_field (&person, 3), ==, "Analis Kebijakan");
  g_assert_cmpstr (kn_report_person_field (&person, 4), ==, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, kn_test_demo_set_up, func, \
                                kn_test_demo_tear_down)
  ADD ("/report-data/skp", test_skp);
  ADD ("/report-data/evaluation/snapshot", test_evaluation_prints_snapshot);
  ADD ("/report-data/employee-periods", test_employee_periods_and_completion);
  ADD ("/report-data/recap", test_recap);
  ADD ("/report-data/dokumen/superior-of-kepala-opd-staff", test_superior_of_kepala_opd_staff);
  ADD ("/report-data/dokumen/superior-snapshot", test_superior_snapshot);
  ADD ("/report-data/dokumen/superior-warning-only-dokumen", test_superior_warning_only_dokumen);
  ADD ("/report-data/evaluation/curve-of-counted-group", test_curve_of_counted_group);
#undef ADD
  g_test_add_func ("/report-data/evaluation/quarter-capaian", test_quarter_capaian);
  g_test_add_func ("/report-data/evaluation/annual-form", test_annual_form);
  g_test_add_func ("/report-data/evaluation/annual-form-months", test_annual_form_months);
  g_test_add_func ("/report-data/period-is-valid", test_period_is_valid);
  g_test_add_func ("/report-data/person-field", test_person_field);

  return g_test_run ();
}
