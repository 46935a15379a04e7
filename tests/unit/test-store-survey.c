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
  g_test_add_func ("/store-survey/migration", test_migration);

  return g_test_run ();
}
