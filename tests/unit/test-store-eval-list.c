/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests that a unit's list of evaluations and its distribution give exactly what was saved, field
 * by field, after mutasi, renames, finalising and reopening (issue 13 read them in one statement
 * and made the objects without a copy each of what they share). */

#define G_LOG_DOMAIN "test-store-eval-list"

#include "config.h"

#include <glib.h>

#include "kinerja/kn-employee.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-evaluation.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-rules.h"
#include "kinerja/kn-store.h"

#include "kn-test-util.h"

#define TW1 "2026-TW1"
#define TW2 "2026-TW2"

#define ANALIS_NAME   "Budi Rahayu, S.Pd."
#define ANALIS_RENAME "Dr. Budi Rahayu, S.Pd., M.Pd."

/* Every test starts with:
 *
 *   Dinas                kadis (no atasan)
 *   └ Bidang             kabid (atasan kadis)
 *     └ Seksi            kasi (atasan kabid); pengelola, analis, pensiunan (atasan kasi)
 *   BKD                  kaban (no atasan); newcomer (atasan kaban)
 *
 * and TW1 as it was saved:
 *   pengelola  draft, di atas / sesuai (Baik), with a note
 *   analis     final, di atas / di atas (Sangat Baik); after the quarter renamed and moved to
 *              the BKD (1 June, atasan kaban)
 *   kasi       final, then reopened with a reason (sesuai / di bawah: Kurang, kept)
 *   newcomer   nothing; moved into the Seksi on 1 February (atasan kasi), back to the BKD on
 *              1 May (atasan kaban)
 *   pensiunan  nothing; pensiun since 1 December 2025: not rated in 2026
 */
typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  guint    n_people;

  gint64   dinas;
  gint64   bidang;
  gint64   seksi;
  gint64   bkd;

  gint64   kadis;
  gint64   kabid;
  gint64   kasi;
  gint64   pengelola;
  gint64   analis;
  gint64   pensiunan;
  gint64   kaban;
  gint64   newcomer;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  fixture->store = kn_test_store_new ("kinerja-test-store-eval-list-XXXXXX", &fixture->folder,
                                      &fixture->path);

  fixture->dinas = kn_test_add_unit (fixture->store, "Dinas Pendidikan dan Kebudayaan", 0);
  fixture->bidang = kn_test_add_unit (fixture->store, "Bidang Pembinaan SMA", fixture->dinas);
  fixture->seksi = kn_test_add_unit (fixture->store, "Seksi Kurikulum", fixture->bidang);
  fixture->bkd = kn_test_add_unit (fixture->store, "Badan Kepegawaian Daerah", 0);

  fixture->kadis = kn_test_add_staff (fixture->store, &fixture->n_people,
                                      "Dr. Hendra Wijaya, M.Si.", "Kepala Dinas",
                                      KN_POSITION_JPT_PRATAMA, fixture->dinas, 0);
  fixture->kabid = kn_test_add_staff (fixture->store, &fixture->n_people,
                                      "Sri Wahyuni, S.Pd., M.Pd.", "Kepala Bidang",
                                      KN_POSITION_ADMINISTRATOR, fixture->bidang, fixture->kadis);
  fixture->kasi = kn_test_add_staff (fixture->store, &fixture->n_people, "Rudi Hartono, S.T.",
                                     "Kepala Seksi Kurikulum", KN_POSITION_PENGAWAS, fixture->seksi,
                                     fixture->kabid);
  fixture->pengelola = kn_test_add_staff (fixture->store, &fixture->n_people, "Citra Lestari, S.E.",
                                          "Pengelola Keuangan", KN_POSITION_PELAKSANA,
                                          fixture->seksi, fixture->kasi);
  fixture->analis = kn_test_add_staff (fixture->store, &fixture->n_people, ANALIS_NAME,
                                       "Analis Kurikulum", KN_POSITION_AHLI_PERTAMA, fixture->seksi,
                                       fixture->kasi);
  fixture->pensiunan = kn_test_add_staff (fixture->store, &fixture->n_people, "Hadi Susanto",
                                          "Pengadministrasi Umum", KN_POSITION_PELAKSANA,
                                          fixture->seksi, fixture->kasi);
  fixture->kaban = kn_test_add_staff (fixture->store, &fixture->n_people, "Ir. Yusuf Maulana, M.M.",
                                      "Kepala Badan", KN_POSITION_JPT_PRATAMA, fixture->bkd, 0);
  fixture->newcomer = kn_test_add_staff (fixture->store, &fixture->n_people,
                                         "Dewi Anggraini, S.Sos.", "Analis SDM Aparatur",
                                         KN_POSITION_AHLI_PERTAMA, fixture->bkd, fixture->kaban);

  /* What TW1 was. */
  id = kn_test_save_ratings (fixture->store, fixture->pengelola, TW1, KN_RATING_ABOVE,
                             KN_RATING_AS_EXPECTED);
  {
    g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (fixture->store,
                                                                   fixture->pengelola, TW1,
                                                                   &error);

    g_assert_no_error (error);
    g_assert_cmpint (kn_evaluation_get_id (evaluation), ==, id);
    kn_evaluation_set_note (evaluation, "Melampaui target anggaran");
    g_assert_true (kn_store_save_evaluation (fixture->store, evaluation, &error));
    g_assert_no_error (error);
  }
  kn_test_finalize (fixture->store,
                    kn_test_save_ratings (fixture->store, fixture->analis, TW1, KN_RATING_ABOVE,
                                          KN_RATING_ABOVE));
  id = kn_test_save_ratings (fixture->store, fixture->kasi, TW1, KN_RATING_AS_EXPECTED,
                             KN_RATING_BELOW);
  kn_test_finalize (fixture->store, id);
  g_assert_true (kn_store_reopen_evaluation (fixture->store, id, "Salah memilih rating", &error));
  g_assert_no_error (error);

  /* What happened to them since. */
  kn_test_add_history (fixture->store, fixture->pensiunan, KN_HISTORY_STATUS, "2025-12-01",
                       0, 0, KN_PERSON_PENSIUN);
  kn_test_add_history (fixture->store, fixture->newcomer, KN_HISTORY_MUTASI, "2026-02-01",
                       fixture->seksi, fixture->kasi, KN_PERSON_AKTIF);
  kn_test_add_history (fixture->store, fixture->newcomer, KN_HISTORY_MUTASI, "2026-05-01",
                       fixture->bkd, fixture->kaban, KN_PERSON_AKTIF);
  kn_test_add_history (fixture->store, fixture->analis, KN_HISTORY_MUTASI, "2026-06-01",
                       fixture->bkd, fixture->kaban, KN_PERSON_AKTIF);
  {
    g_autoptr(KnEmployee) renamed = kn_employee_copy (kn_store_lookup_employee (fixture->store,
                                                                                fixture->analis));

    kn_employee_set_name (renamed, ANALIS_RENAME);
    g_assert_true (kn_store_update_employee (fixture->store, renamed, &error));
    g_assert_no_error (error);
  }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

/* The ids of @list's people, in its order. */
static char *
listed_ids (GPtrArray *list)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < list->len; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "",
                            kn_evaluation_get_employee_id (g_ptr_array_index (list, i)));
  return g_string_free (ids, FALSE);
}

static char *
ids_text (gint64 first,
          ...)
{
  GString *ids = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (gint64 id = first; id != 0; id = va_arg (args, gint64))
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, ids->len > 0 ? " " : "", id);
  va_end (args);
  return g_string_free (ids, FALSE);
}

static KnEvaluation *
listed (GPtrArray *list,
        gint64     employee_id)
{
  for (guint i = 0; i < list->len; i++)
    if (kn_evaluation_get_employee_id (g_ptr_array_index (list, i)) == employee_id)
      return g_ptr_array_index (list, i);
  return NULL;
}

/* Each listed evaluation that was saved is the one stored, in every field and snapshot entry. */
static void
assert_as_stored (Fixture   *fixture,
                  GPtrArray *list)
{
  static const char * const keys[] = {
    KN_SNAPSHOT_NAME, KN_SNAPSHOT_NIP, KN_SNAPSHOT_RANK, KN_SNAPSHOT_POSITION, KN_SNAPSHOT_UNIT,
    KN_SNAPSHOT_ASSESSOR_NAME, KN_SNAPSHOT_ASSESSOR_NIP, KN_SNAPSHOT_ASSESSOR_UNIT,
  };

  for (guint i = 0; i < list->len; i++)
    {
      KnEvaluation *evaluation = g_ptr_array_index (list, i);
      g_autoptr(KnEvaluation) stored = NULL;
      g_autoptr(GError) error = NULL;

      if (kn_evaluation_get_id (evaluation) == 0)
        continue;
      stored = kn_store_load_evaluation (fixture->store, kn_evaluation_get_employee_id (evaluation),
                                         kn_evaluation_get_period (evaluation), &error);
      g_assert_no_error (error);
      g_assert_nonnull (stored);
      if (stored == NULL)
        continue;
      g_assert_cmpint (kn_evaluation_get_id (evaluation), ==, kn_evaluation_get_id (stored));
      g_assert_cmpstr (kn_evaluation_get_period (evaluation), ==, kn_evaluation_get_period (stored));
      g_assert_cmpint (kn_evaluation_get_assessor_id (evaluation), ==,
                       kn_evaluation_get_assessor_id (stored));
      g_assert_cmpint (kn_evaluation_get_rating_result (evaluation), ==,
                       kn_evaluation_get_rating_result (stored));
      g_assert_cmpint (kn_evaluation_get_rating_behaviour (evaluation), ==,
                       kn_evaluation_get_rating_behaviour (stored));
      g_assert_cmpint (kn_evaluation_get_status (evaluation), ==, kn_evaluation_get_status (stored));
      g_assert_cmpstr (kn_evaluation_get_note (evaluation), ==, kn_evaluation_get_note (stored));
      g_assert_cmpstr (kn_evaluation_get_reopen_reason (evaluation), ==,
                       kn_evaluation_get_reopen_reason (stored));
      g_assert_cmpint (kn_evaluation_get_row_version (evaluation), ==,
                       kn_evaluation_get_row_version (stored));
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, keys[k]), ==,
                         kn_evaluation_get_snapshot (stored, keys[k]));
      g_assert_true (kn_evaluation_equal (evaluation, stored));
    }
}

/* The Seksi in TW1: its people on 31 March, by id, each evaluation as it was saved — the
 * analis's final one with the name of then, although she has moved and been renamed since —
 * and for the newcomer, who was there then without an evaluation, the atasan of then. */
static void
test_list_as_saved (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) list = kn_store_list_unit_evaluations (fixture->store, fixture->seksi, TW1, 0);
  g_autofree char *ids = listed_ids (list);
  g_autofree char *expected = ids_text (fixture->kasi, fixture->pengelola, fixture->analis,
                                        fixture->newcomer, (gint64) 0);
  KnEvaluation *evaluation;

  g_assert_cmpstr (ids, ==, expected);
  STOP_IF_FAILED ();
  assert_as_stored (fixture, list);

  evaluation = listed (list, fixture->pengelola);
  g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, KN_PREDIKAT_BAIK);
  g_assert_cmpint (kn_evaluation_get_status (evaluation), ==, KN_EVALUATION_STATUS_DRAFT);
  g_assert_cmpstr (kn_evaluation_get_note (evaluation), ==, "Melampaui target anggaran");
  g_assert_null (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NAME));
  g_assert_cmpint (kn_evaluation_get_assessor_id (evaluation), ==, fixture->kasi);

  evaluation = listed (list, fixture->analis);
  g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, KN_PREDIKAT_SANGAT_BAIK);
  g_assert_cmpint (kn_evaluation_get_status (evaluation), ==, KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpstr (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NAME), ==, ANALIS_NAME);
  g_assert_cmpstr (kn_employee_get_name (kn_store_lookup_employee (fixture->store, fixture->analis)),
                   ==, ANALIS_RENAME);

  evaluation = listed (list, fixture->kasi);
  g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, KN_PREDIKAT_KURANG);
  g_assert_cmpint (kn_evaluation_get_status (evaluation), ==, KN_EVALUATION_STATUS_DRAFT);
  g_assert_cmpstr (kn_evaluation_get_reopen_reason (evaluation), ==, "Salah memilih rating");
  g_assert_null (kn_evaluation_get_snapshot (evaluation, KN_SNAPSHOT_NAME));

  evaluation = listed (list, fixture->newcomer);
  g_assert_cmpint (kn_evaluation_get_id (evaluation), ==, 0);
  g_assert_cmpstr (kn_evaluation_get_period (evaluation), ==, TW1);
  g_assert_cmpint (kn_evaluation_get_assessor_id (evaluation), ==, fixture->kasi);
  g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, KN_PREDIKAT_NONE);
  g_assert_cmpint (kn_evaluation_get_status (evaluation), ==, KN_EVALUATION_STATUS_DRAFT);
  g_assert_null (kn_evaluation_get_note (evaluation));
  g_assert_cmpint (kn_evaluation_get_row_version (evaluation), ==, 0);
}

/* By atasan and elsewhere: the kasi's staff in TW1 are those of 31 March (the analis and the
 * newcomer with them, by their mutasi); the BKD holds neither in TW1 but both in TW2; the
 * Dinas holds its whole tree of then. */
static void
test_list_by_assessor_and_unit (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) staff = kn_store_list_unit_evaluations (fixture->store, fixture->seksi, TW1,
                                                               fixture->kasi);
  g_autoptr(GPtrArray) bkd_tw1 = kn_store_list_unit_evaluations (fixture->store, fixture->bkd, TW1, 0);
  g_autoptr(GPtrArray) bkd_tw2 = kn_store_list_unit_evaluations (fixture->store, fixture->bkd, TW2, 0);
  g_autoptr(GPtrArray) kaban_tw2 = kn_store_list_unit_evaluations (fixture->store, fixture->bkd,
                                                                   TW2, fixture->kaban);
  g_autoptr(GPtrArray) dinas = kn_store_list_unit_evaluations (fixture->store, fixture->dinas, TW1, 0);
  g_autofree char *staff_ids = listed_ids (staff);
  g_autofree char *bkd_tw1_ids = listed_ids (bkd_tw1);
  g_autofree char *bkd_tw2_ids = listed_ids (bkd_tw2);
  g_autofree char *kaban_tw2_ids = listed_ids (kaban_tw2);
  g_autofree char *dinas_ids = listed_ids (dinas);
  g_autofree char *expected_staff = ids_text (fixture->pengelola, fixture->analis,
                                              fixture->newcomer, (gint64) 0);
  g_autofree char *expected_bkd_tw1 = ids_text (fixture->kaban, (gint64) 0);
  g_autofree char *expected_bkd_tw2 = ids_text (fixture->analis, fixture->kaban, fixture->newcomer,
                                                (gint64) 0);
  g_autofree char *expected_kaban_tw2 = ids_text (fixture->analis, fixture->newcomer, (gint64) 0);
  g_autofree char *expected_dinas = ids_text (fixture->kadis, fixture->kabid, fixture->kasi,
                                              fixture->pengelola, fixture->analis,
                                              fixture->newcomer, (gint64) 0);

  g_assert_cmpstr (staff_ids, ==, expected_staff);
  g_assert_cmpstr (bkd_tw1_ids, ==, expected_bkd_tw1);
  g_assert_cmpstr (bkd_tw2_ids, ==, expected_bkd_tw2);
  g_assert_cmpstr (kaban_tw2_ids, ==, expected_kaban_tw2);
  g_assert_cmpstr (dinas_ids, ==, expected_dinas);
  assert_as_stored (fixture, staff);
  assert_as_stored (fixture, dinas);
  /* The analis has no TW2 evaluation: her atasan in TW2 is the one of 30 June, the kaban. */
  g_assert_cmpint (kn_evaluation_get_assessor_id (listed (bkd_tw2, fixture->analis)), ==,
                   fixture->kaban);
}

/* A listed evaluation outlives its list with everything it read: its snapshot too, read after
 * the list and the other evaluations are gone. */
static void
test_list_outlived (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) list = kn_store_list_unit_evaluations (fixture->store, fixture->dinas, TW1, 0);
  g_autoptr(KnEvaluation) analis = NULL;
  g_autoptr(KnEvaluation) copy = NULL;

  g_assert_nonnull (listed (list, fixture->analis));
  STOP_IF_FAILED ();
  analis = g_object_ref (listed (list, fixture->analis));
  copy = kn_evaluation_copy (analis);
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_cmpstr (kn_evaluation_get_period (analis), ==, TW1);
  g_assert_cmpstr (kn_evaluation_get_snapshot (copy, KN_SNAPSHOT_NAME), ==, ANALIS_NAME);
  g_assert_cmpstr (kn_evaluation_get_snapshot (analis, KN_SNAPSHOT_NAME), ==, ANALIS_NAME);
  g_assert_true (kn_evaluation_equal (analis, copy));
}

/* The Seksi's counts in TW1 are the predikat of its people then (the list's), but its head's
 * (the kasi's Kurang): the analis's Sangat Baik, the pengelola's Baik, the newcomer not rated
 * yet; the pensiunan is not counted. The BKD in TW1 counts no one (the kaban is its head). */
static void
test_distribution_as_saved (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) violations = NULL;
  g_autoptr(GPtrArray) bkd = NULL;
  g_autoptr(GPtrArray) list = kn_store_list_unit_evaluations (fixture->store, fixture->seksi, TW1, 0);
  guint counts[KN_PREDIKAT_N];
  guint expected[KN_PREDIKAT_N] = { 0, };

  violations = kn_store_check_distribution (fixture->store, fixture->seksi, TW1, counts);
  g_assert_nonnull (violations);
  for (guint i = 0; i < list->len; i++)
    {
      KnEvaluation *evaluation = g_ptr_array_index (list, i);

      if (!kn_store_is_unit_head (fixture->store, kn_evaluation_get_employee_id (evaluation),
                                  fixture->seksi))
        expected[kn_evaluation_get_predikat (evaluation)]++;
    }
  for (guint p = 0; p < KN_PREDIKAT_N; p++)
    g_assert_cmpuint (counts[p], ==, expected[p]);
  g_assert_cmpuint (counts[KN_PREDIKAT_SANGAT_BAIK], ==, 1);
  g_assert_cmpuint (counts[KN_PREDIKAT_BAIK], ==, 1);
  g_assert_cmpuint (counts[KN_PREDIKAT_BUTUH_PERBAIKAN], ==, 0);
  g_assert_cmpuint (counts[KN_PREDIKAT_KURANG], ==, 0);
  g_assert_cmpuint (counts[KN_PREDIKAT_SANGAT_KURANG], ==, 0);
  g_assert_cmpuint (counts[KN_PREDIKAT_NONE], ==, 1);

  bkd = kn_store_check_distribution (fixture->store, fixture->bkd, TW1, counts);
  g_assert_nonnull (bkd);
  for (guint p = 0; p < KN_PREDIKAT_N; p++)
    g_assert_cmpuint (counts[p], ==, 0);

  /* In TW2 the BKD counts the analis and the newcomer, not rated yet. */
  g_clear_pointer (&bkd, g_ptr_array_unref);
  bkd = kn_store_check_distribution (fixture->store, fixture->bkd, TW2, counts);
  g_assert_cmpuint (counts[KN_PREDIKAT_NONE], ==, 2);
  g_assert_cmpuint (counts[KN_PREDIKAT_SANGAT_BAIK], ==, 0);
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

  KN_TEST_ADD ("/store-eval-list/as-saved", test_list_as_saved);
  KN_TEST_ADD ("/store-eval-list/by-assessor-and-unit", test_list_by_assessor_and_unit);
  KN_TEST_ADD ("/store-eval-list/outlived", test_list_outlived);
  KN_TEST_ADD ("/store-eval-list/distribution", test_distribution_as_saved);

  return g_test_run ();
}
