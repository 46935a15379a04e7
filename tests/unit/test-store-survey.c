/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the Survei Kepuasan Masyarakat in the store: the answers saved are the answers read
 * back (unanswered items included), a survey saved again replaces its questionnaires, bad input
 * leaves nothing behind, and an older database gains the tables. */

#define G_LOG_DOMAIN "test-store-survey"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-report-data.h"
#include "kinerja/kn-store-survey.h"
#include "kinerja/kn-store.h"

#include "kn-test-util.h"

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  gint64   unit;
  gint64   other_unit;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-test-store-survey-XXXXXX", &fixture->folder,
                                      &fixture->path);
  fixture->unit = kn_test_add_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan", 0);
  fixture->other_unit = kn_test_add_unit (fixture->store, "Bidang Pembinaan SMA", fixture->unit);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

static const guint8 rows[3][KN_SKM_N_UNSUR] = {
  { 4, 3, 3, 4, 3, 3, 4, 2, 3 },
  { 3, 3, 2, 4, 0, 3, 4, 2, 3 },   /* U5 left unanswered */
  { 4, 4, 3, 4, 3, 4, 4, 3, 3 },
};

static KnSkmSurvey *
make_survey (gint64      unit_id,
             const char *period,
             const char *service,
             guint       n_rows)
{
  KnSkmSurvey *survey = kn_skm_survey_new (unit_id, period, service);

  for (guint i = 0; i < n_rows; i++)
    kn_skm_survey_add_row (survey, rows[i % 3]);
  return survey;
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnSkmSurvey) survey = make_survey (fixture->unit, "2026-tw1", "  Legalisir Ijazah ", 3);
  g_autoptr(KnSkmSurvey) loaded = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  KnSkmResult result;

  survey->population = 250;
  g_assert_true (kn_store_save_survey (fixture->store, survey, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (survey->id, >, 0);
  g_assert_cmpstr (survey->period, ==, "2026-TW1");
  g_assert_cmpstr (survey->service, ==, "Legalisir Ijazah");

  kn_test_store_reopen (&fixture->store, fixture->path);
  loaded = kn_store_load_survey (fixture->store, fixture->unit, "2026-TW1", "Legalisir Ijazah",
                                 &error);
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (loaded->n_rows, ==, 3);
  g_assert_cmpuint (loaded->population, ==, 250);
  g_assert_cmpmem (loaded->answers, 3 * KN_SKM_N_UNSUR, rows, sizeof rows);

  g_assert_true (kn_skm_compute (loaded->answers, loaded->n_rows, &result, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (result.unsur[KN_SKM_UNSUR_PRODUK].n_answers, ==, 2);

  audit = kn_store_list_audit (fixture->store, "skm_survey", loaded->id);
  g_assert_cmpuint (audit->len, ==, 2);
}

static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnSkmSurvey) first = make_survey (fixture->unit, "2026-TW1", "Legalisir Ijazah", 3);
  g_autoptr(KnSkmSurvey) again = make_survey (fixture->unit, "2026-TW1", "Legalisir Ijazah", 1);
  g_autoptr(KnSkmSurvey) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_assert_true (kn_store_save_survey (fixture->store, first, &error));
  ASSERT_NO_ERROR (error);
  g_assert_true (kn_store_save_survey (fixture->store, again, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (again->id, ==, first->id);

  loaded = kn_store_load_survey (fixture->store, fixture->unit, "2026-TW1", "Legalisir Ijazah",
                                 &error);
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (loaded->n_rows, ==, 1);
  list = kn_store_list_surveys (fixture->store, fixture->unit, "2026-TW1");
  g_assert_cmpuint (list->len, ==, 1);
}

static void
test_list_and_merge (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnSkmSurvey) a = make_survey (fixture->unit, "2026-TW1", "Mutasi Guru", 2);
  g_autoptr(KnSkmSurvey) b = make_survey (fixture->unit, "2026-TW1", "Legalisir Ijazah", 3);
  g_autoptr(KnSkmSurvey) c = make_survey (fixture->unit, "2026-TW2", "Legalisir Ijazah", 1);
  g_autoptr(KnSkmSurvey) d = make_survey (fixture->other_unit, "2026-TW1", "Legalisir Ijazah", 1);
  g_autoptr(GPtrArray) tw1 = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(KnSkmSurvey) merged = NULL;

  a->population = 100;
  b->population = 50;
  g_assert_true (kn_store_save_survey (fixture->store, a, &error) &&
                 kn_store_save_survey (fixture->store, b, &error) &&
                 kn_store_save_survey (fixture->store, c, &error) &&
                 kn_store_save_survey (fixture->store, d, &error));
  ASSERT_NO_ERROR (error);

  tw1 = kn_store_list_surveys (fixture->store, fixture->unit, "2026-tw1");
  g_assert_cmpuint (tw1->len, ==, 2);
  g_assert_cmpstr (((KnSkmSurvey *)g_ptr_array_index (tw1, 0))->service, ==, "Legalisir Ijazah");
  g_assert_cmpstr (((KnSkmSurvey *)g_ptr_array_index (tw1, 1))->service, ==, "Mutasi Guru");
  all = kn_store_list_surveys (fixture->store, fixture->unit, NULL);
  g_assert_cmpuint (all->len, ==, 3);

  merged = kn_skm_survey_merge (tw1);
  g_assert_cmpuint (merged->n_rows, ==, 5);
  g_assert_cmpuint (merged->population, ==, 150);
  g_assert_cmpmem (merged->answers, 3 * KN_SKM_N_UNSUR, rows, sizeof rows);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *count = NULL;
  struct
  {
    gint64      unit;
    const char *period;
    const char *service;
    guint       n_rows;
    guint8      bad_score;
    const char *message_part;
  } cases[] = {
    { 9999, "2026-TW1", "Legalisir", 1, 0, "unit" },
    { 0, "2026-TW9", "Legalisir", 1, 0, "TW9" },
    { 0, "2026-TW1", "   ", 1, 0, "Jenis layanan" },
    { 0, "2026-TW1", "Legalisir", 0, 0, "questionnaire" },
    { 0, "2026-TW1", "Legalisir", 2, 5, "Questionnaire 2, Persyaratan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KnSkmSurvey) survey = make_survey (cases[i].unit != 0 ? cases[i].unit
                                                                      : fixture->unit,
                                                   cases[i].period, cases[i].service,
                                                   cases[i].n_rows);

      if (cases[i].bad_score != 0)
        survey->answers[KN_SKM_N_UNSUR] = cases[i].bad_score;
      g_assert_false (kn_store_save_survey (fixture->store, survey, &error));
      g_assert_nonnull (error);
      if (error != NULL && strstr (error->message, cases[i].message_part) == NULL)
        g_test_fail_printf ("case %u: “%s” does not name “%s”", i, error->message,
                            cases[i].message_part);
      g_assert_cmpint (survey->id, ==, 0);
    }

  count = kn_test_run_sqlite (fixture->path, "SELECT count(*) FROM skm_survey;"
                                             " SELECT count(*) FROM skm_respondent;");
  g_assert_cmpstr (count, ==, "0\n0\n");
}

static void
test_not_found_and_delete (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnSkmSurvey) survey = make_survey (fixture->unit, "2026-AKHIR", "Mutasi Guru", 3);
  g_autoptr(KnSkmSurvey) missing = NULL;
  g_autofree char *count = NULL;

  missing = kn_store_load_survey (fixture->store, fixture->unit, "2026-AKHIR", "Mutasi Guru",
                                  &error);
  g_assert_null (missing);
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (kn_store_save_survey (fixture->store, survey, &error));
  ASSERT_NO_ERROR (error);
  g_assert_true (kn_store_delete_survey (fixture->store, survey->id, &error));
  ASSERT_NO_ERROR (error);
  g_assert_false (kn_store_delete_survey (fixture->store, survey->id, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  count = kn_test_run_sqlite (fixture->path, "SELECT count(*) FROM skm_respondent;");
  g_assert_cmpstr (count, ==, "0\n");
}

/* A database of version 6 gains the survey tables when opened. */
static void
test_migration (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = kn_test_make_folder ("kinerja-test-store-survey-XXXXXX");
  g_autofree char *path = g_build_filename (folder, "old.db", NULL);
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnSkmSurvey) survey = NULL;
  gint64 unit;

  g_assert_true (kn_store_create_at_version (path, 6, &error));
  ASSERT_NO_ERROR (error);
  store = kn_store_open (path, &error);
  ASSERT_NO_ERROR (error);
  unit = kn_test_add_unit (store, "Dinas Pendidikan dan Kebudayaan", 0);
  survey = make_survey (unit, "2026-TW1", "Legalisir Ijazah", 3);
  g_assert_true (kn_store_save_survey (store, survey, &error));
  ASSERT_NO_ERROR (error);
  g_clear_object (&store);
  kn_test_remove_tree (folder);
}

static void
test_ikm_indicator_rule (void)
{
  g_assert_true (kn_skm_indicator_measures_ikm ("Indeks Kepuasan Masyarakat atas layanan Dinas",
                                                "indeks"));
  g_assert_true (kn_skm_indicator_measures_ikm ("Nilai IKM layanan legalisir", "nilai"));
  g_assert_true (kn_skm_indicator_measures_ikm ("Kepuasan penerima layanan", " IKM "));
  g_assert_false (kn_skm_indicator_measures_ikm ("Indeks kepuasan pegawai", "indeks"));
  g_assert_false (kn_skm_indicator_measures_ikm ("Laporan SIKMA yang disahkan", "dokumen"));
  g_assert_false (kn_skm_indicator_measures_ikm (NULL, NULL));
}

static KnReportIndicator *
first_row_cell (KnReport *report,
                guint     index)
{
  KnReportResult *row = g_ptr_array_index (report->results, 0);

  return g_ptr_array_index (row->indicators, index);
}

/* An IKI measured by IKM prints, in the Evaluasi, the IKM of the survey of its holder's unit (or
 * the nearest unit up the tree with one) with the survey as bukti dukung, unless a realisation
 * was recorded; an IKI of another kind is left alone. */
static void
test_ikm_realisation (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(KnSkmSurvey) survey = kn_skm_survey_new (fixture->unit, "2026-TW1", "Legalisir Ijazah");
  g_autoptr(KnPlan) plan = NULL;
  KnPlanResult *result;
  KnIndicator *ikm;
  g_autoptr(KnReport) report = NULL;
  g_autoptr(KnReport) second = NULL;
  g_autoptr(KnRealization) own = NULL;
  g_autoptr(GError) error = NULL;
  guint n_people = 0;
  gint64 head, staff;

  head = kn_test_add_staff (fixture->store, &n_people, "Kepala Bidang", "Kepala Bidang Pembinaan SMA",
                            KN_POSITION_ADMINISTRATOR, fixture->other_unit, 0);
  staff = kn_test_add_staff (fixture->store, &n_people, "Analis Layanan", "Analis Layanan",
                             KN_POSITION_PELAKSANA, fixture->other_unit, head);

  plan = kn_plan_new (staff, 2026);
  kn_plan_set_assessor_id (plan, head);
  result = kn_test_plan_add_result (plan, KN_RESULT_KIND_UTAMA,
                                    "Meningkatnya kepuasan penerima layanan", 0);
  ikm = kn_test_result_add_indicator (result, KN_ASPECT_KUALITAS,
                                      "Indeks Kepuasan Masyarakat atas layanan legalisir", 85,
                                      "indeks");
  kn_test_result_add_indicator (result, KN_ASPECT_KUANTITAS, "Berkas legalisir yang selesai", 400,
                                "berkas");
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);

  /* The survey is the Dinas's, one level above the person's Bidang. */
  for (guint i = 0; i < G_N_ELEMENTS (kn_test_skm_rows); i++)
    kn_skm_survey_add_row (survey, kn_test_skm_rows[i]);
  g_assert_true (kn_store_save_survey (fixture->store, survey, &error));
  g_assert_no_error (error);

  report = kn_report_build_evaluation (fixture->store, KN_DOCUMENT_EVALUASI, staff, "2026-TW1",
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first_row_cell (report, 0)->realization, ==, "80,32 indeks");
  g_assert_cmpstr (first_row_cell (report, 0)->capaian, ==, "94,49 %");
  g_assert_cmpstr (first_row_cell (report, 0)->evidence, ==,
                   "Laporan Hasil SKM Triwulan I 2026 (Legalisir Ijazah): 4 responden, "
                   "IKM 80,32, mutu B (Baik)");
  g_assert_cmpstr (first_row_cell (report, 1)->realization, ==, "");

  /* Another period has no survey: nothing is made up. */
  g_clear_pointer (&report, kn_report_free);
  report = kn_report_build_evaluation (fixture->store, KN_DOCUMENT_EVALUASI, staff, "2026-TW2",
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first_row_cell (report, 0)->realization, ==, "");

  /* What the assessor records overrides the survey. */
  own = kn_realization_new (kn_indicator_get_id (ikm), "2026-TW1");
  own->has_value = TRUE;
  own->value = 82;
  own->evidence = g_strdup ("Survei ulang");
  g_assert_true (kn_store_save_realization (fixture->store, own, &error));
  g_assert_no_error (error);
  second = kn_report_build_evaluation (fixture->store, KN_DOCUMENT_EVALUASI, staff, "2026-TW1",
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first_row_cell (second, 0)->realization, ==, "82 indeks");
  g_assert_cmpstr (first_row_cell (second, 0)->evidence, ==, "Survei ulang");
}

/* The Beranda's chart: the unit's IKM in each period of the year, the NRR of the period asked
 * for or of the latest one before it with an IKM, the weakest unsur as computed. */
static void
test_chart_fill (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(KnSkmSurvey) first = kn_skm_survey_new (fixture->unit, "2026-TW1", "Legalisir Ijazah");
  g_autoptr(KnSkmSurvey) third = make_survey (fixture->unit, "2026-TW3", "Legalisir Ijazah", 3);
  g_autoptr(GError) error = NULL;
  KnSkmChart chart;

  for (guint i = 0; i < G_N_ELEMENTS (kn_test_skm_rows); i++)
    kn_skm_survey_add_row (first, kn_test_skm_rows[i]);
  g_assert_true (kn_store_save_survey (fixture->store, first, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_save_survey (fixture->store, third, &error));
  g_assert_no_error (error);

  kn_skm_chart_fill (fixture->store, fixture->unit, "2026-TW2", &chart);
  g_assert_cmpuint (chart.year, ==, 2026);
  g_assert_cmpuint (chart.n_points, ==, 5);
  g_assert_cmpstr (chart.points[0].label, ==, "TW I");
  g_assert_true (chart.points[0].has_ikm);
  g_assert_cmpint (chart.points[0].ikm_hundredths, ==, 8032);
  g_assert_cmpint (chart.points[0].mutu, ==, KN_SKM_MUTU_B);
  g_assert_false (chart.points[1].has_ikm);
  g_assert_true (chart.points[2].has_ikm);
  g_assert_cmpstr (chart.points[4].label, ==, "Akhir");
  g_assert_false (chart.points[4].has_ikm);
  /* TW II has none: the unsur of TW I, the weakest U8 at 2,50. */
  g_assert_true (chart.has_unsur);
  g_assert_cmpstr (chart.unsur_period, ==, "Triwulan I 2026");
  g_assert_cmpint (chart.nrr_hundredths[KN_SKM_UNSUR_PENGADUAN], ==, 250);
  g_assert_cmpint (chart.nrr_hundredths[KN_SKM_UNSUR_PERSYARATAN], ==, 350);
  g_assert_cmphex (chart.weakest_mask, ==, 1u << KN_SKM_UNSUR_PENGADUAN);

  /* A sub-unit's own surveys only; none there. */
  kn_skm_chart_fill (fixture->store, fixture->other_unit, "2026-TW2", &chart);
  g_assert_false (chart.points[0].has_ikm);
  g_assert_false (chart.has_unsur);
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/store-survey/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("round-trip", test_round_trip);
  ADD ("replace", test_replace);
  ADD ("list-and-merge", test_list_and_merge);
  ADD ("refused", test_refused);
  ADD ("not-found-and-delete", test_not_found_and_delete);
  ADD ("ikm-realisation", test_ikm_realisation);
  ADD ("chart-fill", test_chart_fill);
  g_test_add_func ("/store-survey/migration", test_migration);
  g_test_add_func ("/store-survey/ikm-indicator-rule", test_ikm_indicator_rule);

  return g_test_run ();
}
