/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The data gathered for the documents is what the store holds, and a final evaluation prints
 * its snapshot even after the people changed. */

#include "config.h"

#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "kn-demo.h"

#include "kn-test-util.h"

typedef struct
{
  char    *dir;
  KnStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = kn_test_make_folder ("kinerja-report-XXXXXX");
  path = g_build_filename (fixture->dir, "demo.db", NULL);
  fixture->store = kn_demo_create (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_clear_object (&fixture->store);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

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
  g_assert_cmpstr (report->year_period, ==, "1 January to 31 December 2026");
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
  g_assert_cmpstr (report->sign_date + strlen (report->sign_date) - strlen ("31 March 2026"), ==,
                   "31 March 2026");

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
  GListModel *employees = kn_store_get_employees (fixture->store);
  guint expected = 0;
  guint counted = 0;

  g_assert_nonnull (unit);
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

      if (kn_store_unit_is_within (fixture->store, kn_employee_get_unit_id (employee),
                                   kn_org_unit_get_id (unit)))
        expected++;
    }

  report = kn_report_build_recap (fixture->store, kn_org_unit_get_id (unit), "2026-TW4", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->rows->len, ==, expected);
  for (guint p = 0; p < KN_PREDIKAT_N; p++)
    counted += report->counts[p];
  g_assert_cmpuint (counted, ==, expected);
  g_assert_cmpstr (report->leader.position, ==, "Kepala Bidang Pembinaan SMA");
  /* The demo unit breaks its pattern in TW4: the recap says so. */
  g_assert_cmpuint (report->violations->len, >, 0);
  g_assert_cmpuint (report->pattern->len, >, 0);

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
  kn_report_count_completion (fixture->store, kn_org_unit_get_id (unit), KN_DEMO_YEAR, "2026-TW1",
                              &employees, &approved, &final);
  evaluations = kn_store_list_unit_evaluations (fixture->store, kn_org_unit_get_id (unit), "2026-TW1", 0);
  for (guint i = 0; i < evaluations->len; i++)
    if (kn_evaluation_get_status (g_ptr_array_index (evaluations, i)) == KN_EVALUATION_STATUS_FINAL)
      expected_final++;
  g_assert_cmpuint (employees, ==, evaluations->len);
  g_assert_cmpuint (final, ==, expected_final);
  g_assert_cmpuint (approved, <=, employees);
  g_assert_cmpuint (approved, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/report-data/skp", Fixture, NULL, fixture_set_up, test_skp, fixture_tear_down);
  g_test_add ("/report-data/evaluation/snapshot", Fixture, NULL, fixture_set_up,
              test_evaluation_prints_snapshot, fixture_tear_down);
  g_test_add ("/report-data/employee-periods", Fixture, NULL, fixture_set_up,
              test_employee_periods_and_completion, fixture_tear_down);
  g_test_add ("/report-data/recap", Fixture, NULL, fixture_set_up, test_recap, fixture_tear_down);

  return g_test_run ();
}
