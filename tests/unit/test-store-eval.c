/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the evaluation part of the store: evaluations and their snapshot, finalising and
 * reopening, predikat organisasi, period schemes, the distribution check, angka kredit,
 * realisation and feedback. */

#define G_LOG_DOMAIN "test-store-eval"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-employee.h"
#include "kinerja/kn-enums.h"
#include "kinerja/kn-evaluation.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-indicator.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-plan-result.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-rules.h"
#include "kinerja/kn-store.h"

#include "kn-test-util.h"

#define YEAR 2026
#define TW1  "2026-TW1"
#define TW2  "2026-TW2"

#define DINAS   "Dinas Pendidikan dan Kebudayaan"
#define BIDANG  "Bidang Pembinaan SMA"
#define SEKSI   "Seksi Kurikulum"
/* The unit kerja in a snapshot is the path from the OPD down, as the forms print it. */
#define BIDANG_PATH  "Dinas Pendidikan dan Kebudayaan › " BIDANG
#define SEKSI_PATH   BIDANG_PATH " › " SEKSI
#define BKD     "Badan Kepegawaian Daerah"

#define KADIS_NAME   "Dr. Hendra Wijaya, M.Si."
#define KADIS_NIP    "198001012005011003"
#define KADIS_POS    "Kepala Dinas Pendidikan dan Kebudayaan"
#define KABID_NAME   "Sri Wahyuni, S.Pd., M.Pd."
#define KABID_NIP    "197503121999032002"
#define KABID_POS    "Kepala Bidang Pembinaan SMA"
#define ANALIS_NAME  "Budi Rahayu, S.Pd."
#define ANALIS_NIP   "199001012015031001"
#define ANALIS_POS   "Analis Kurikulum"

/* Every test starts with one Dinas:
 *
 *   Dinas Pendidikan dan Kebudayaan      kadis (no atasan)
 *   └ Bidang Pembinaan SMA               kabid (atasan kadis), analis (atasan kabid)
 *     └ Seksi Kurikulum                  kasi (atasan kabid), pengelola (atasan kasi)
 *   Badan Kepegawaian Daerah             (empty; teams of tests are added below it)
 */
typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  guint    n_people;   /* how many NIPs handed out */

  gint64   dinas;
  gint64   bidang;
  gint64   seksi;
  gint64   bkd;

  gint64   kadis;
  gint64   kabid;
  gint64   kasi;
  gint64   analis;
  gint64   pengelola;
} Fixture;

/* Helpers: files and the store */

static gint64
add_person (Fixture        *fixture,
            const char     *name,
            const char     *rank,
            const char     *position,
            KnPositionKind  kind,
            gint64          unit_id,
            gint64          supervisor_id)
{
  static const char *const known[] = {
    KADIS_NIP, KABID_NIP, "198609262015051001", ANALIS_NIP, "199203152019032001",
    "198502142010011002", "197812302003122001", NULL,
  };
  g_autofree char *nip = kn_test_nip (fixture->n_people++, known);

  return kn_test_add_person (fixture->store, nip, name, rank, position, kind, unit_id,
                             supervisor_id);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-test-store-eval-XXXXXX", &fixture->folder,
                                      &fixture->path);

  fixture->dinas = kn_test_add_unit (fixture->store, DINAS, 0);
  fixture->bidang = kn_test_add_unit (fixture->store, BIDANG, fixture->dinas);
  fixture->seksi = kn_test_add_unit (fixture->store, SEKSI, fixture->bidang);
  fixture->bkd = kn_test_add_unit (fixture->store, BKD, 0);

  fixture->kadis = add_person (fixture, KADIS_NAME, "IV/c", KADIS_POS, KN_POSITION_JPT_PRATAMA,
                               fixture->dinas, 0);
  fixture->kabid = add_person (fixture, KABID_NAME, "IV/a", KABID_POS, KN_POSITION_ADMINISTRATOR,
                               fixture->bidang, fixture->kadis);
  fixture->kasi = add_person (fixture, "Rudi Hartono, S.T.", "III/d", "Kepala Seksi Kurikulum",
                              KN_POSITION_PENGAWAS, fixture->seksi, fixture->kabid);
  fixture->analis = add_person (fixture, ANALIS_NAME, "III/c", ANALIS_POS, KN_POSITION_AHLI_PERTAMA,
                                fixture->bidang, fixture->kabid);
  fixture->pengelola = add_person (fixture, "Citra Lestari, S.E.", "III/a", "Pengelola Keuangan",
                                   KN_POSITION_PELAKSANA, fixture->seksi, fixture->kasi);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

/* A unit of @n people below the BKD: a head (whose atasan, the kadis, works elsewhere) and
 * staff who report to the head. @people receives the ids, the head first. */
static gint64
add_team (Fixture    *fixture,
          const char *unit_name,
          guint       n,
          gint64     *people)
{
  static const char * const names[] = {
    "Dewi Anggraini, S.H.", "Eko Prasetyo, S.Kom.", "Fitri Handayani, S.E.",
    "Gunawan Saputra, S.T.", "Hani Puspitasari, S.Psi.", "Indra Kurniawan, S.Sos.",
    "Joko Santoso, S.AP.", "Kartika Sari, S.Pd.", "Lukman Hakim, S.H.I.", "Maya Safitri, A.Md.",
  };
  gint64 unit = kn_test_add_unit (fixture->store, unit_name, fixture->bkd);

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (names));
  for (guint i = 0; i < n; i++)
    people[i] = add_person (fixture, names[i], i == 0 ? "III/d" : "III/b",
                            i == 0 ? "Kepala Bidang" : "Analis Kepegawaian",
                            i == 0 ? KN_POSITION_ADMINISTRATOR : KN_POSITION_AHLI_PERTAMA,
                            unit, i == 0 ? fixture->kadis : people[0]);
  return unit;
}

/* Helpers: evaluations */

static KnEvaluation *
load_evaluation (Fixture    *fixture,
                 gint64      employee_id,
                 const char *period)
{
  g_autoptr(GError) error = NULL;
  KnEvaluation *evaluation = kn_store_load_evaluation (fixture->store, employee_id, period, &error);

  g_assert_no_error (error);
  return evaluation;
}

/* kn_test_save_ratings into the fixture's store. */
#define save_ratings(fixture, ...) kn_test_save_ratings ((fixture)->store, __VA_ARGS__)

/* Ratings that give @predikat by the matrix of DOMAIN.md §5. */
static gint64
save_predikat (Fixture    *fixture,
               gint64      employee_id,
               const char *period,
               KnPredikat  predikat)
{
  KnRating result = KN_RATING_NONE;
  KnRating behaviour = KN_RATING_NONE;

  switch (predikat)
    {
    case KN_PREDIKAT_SANGAT_BAIK:
      result = KN_RATING_ABOVE;
      behaviour = KN_RATING_ABOVE;
      break;
    case KN_PREDIKAT_BAIK:
      result = KN_RATING_AS_EXPECTED;
      behaviour = KN_RATING_AS_EXPECTED;
      break;
    case KN_PREDIKAT_BUTUH_PERBAIKAN:
      result = KN_RATING_BELOW;
      behaviour = KN_RATING_AS_EXPECTED;
      break;
    case KN_PREDIKAT_KURANG:
      result = KN_RATING_AS_EXPECTED;
      behaviour = KN_RATING_BELOW;
      break;
    case KN_PREDIKAT_SANGAT_KURANG:
      result = KN_RATING_BELOW;
      behaviour = KN_RATING_BELOW;
      break;
    case KN_PREDIKAT_NONE:
    case KN_PREDIKAT_N:
    default:
      g_assert_not_reached ();
    }
  g_assert_cmpint (kn_predikat_from_ratings (result, behaviour), ==, predikat);
  return save_ratings (fixture, employee_id, period, result, behaviour);
}

static void
set_org_predikat (Fixture       *fixture,
                  gint64         unit_id,
                  const char    *period,
                  KnOrgPredikat  predikat)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_store_set_org_predikat (fixture->store, unit_id, period, predikat, &error));
  g_assert_no_error (error);
}

static KnEvaluationStatus
status_of (Fixture    *fixture,
           gint64      employee_id,
           const char *period)
{
  g_autoptr(KnEvaluation) evaluation = load_evaluation (fixture, employee_id, period);

  g_assert_nonnull (evaluation);
  return evaluation != NULL ? kn_evaluation_get_status (evaluation) : KN_EVALUATION_STATUS_N;
}

static guint
audit_count (GPtrArray  *entries,
             const char *field,
             const char *old_value,
             const char *new_value)
{
  guint n = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      KnAuditEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->field, field) == 0 &&
          g_strcmp0 (entry->old_value, old_value) == 0 &&
          g_strcmp0 (entry->new_value, new_value) == 0)
        n++;
    }
  return n;
}

/* Helpers: the sqlite3 command-line program, to look at what the store wrote and to make a write
 * fail on purpose. */

/* Helpers: an SKP with IKI, for realisation and feedback */

typedef struct
{
  gint64 plan;
  gint64 result[2];
  gint64 indicator[3];   /* two of the first RHK, one of the second */
} Skp;

static KnPlanResult *
add_result (KnPlan     *plan,
            const char *text)
{
  return kn_test_plan_add_result (plan, KN_RESULT_KIND_UTAMA, text, 0);
}

static KnIndicator *
add_indicator (KnPlanResult *result,
               const char   *text,
               double        target,
               const char   *unit)
{
  return kn_test_result_add_indicator (result, KN_ASPECT_KUANTITAS, text, target, unit);
}

static void
make_skp (Fixture *fixture,
          gint64   employee_id,
          Skp     *skp)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = kn_plan_new (employee_id, YEAR);
  KnPlanResult *first = add_result (plan, "Tersusunnya dokumen kurikulum SMA yang sesuai standar");
  KnPlanResult *second = add_result (plan, "Terlaksananya sosialisasi kurikulum kepada guru");
  KnIndicator *i1 = add_indicator (first, "Jumlah dokumen kurikulum yang tersusun", 4, "dokumen");
  KnIndicator *i2 = add_indicator (first, "Persentase sekolah yang menerima dokumen", 100, "%");
  KnIndicator *i3 = add_indicator (second, "Jumlah guru yang mengikuti sosialisasi", 120, "orang");

  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);

  skp->plan = kn_plan_get_id (plan);
  skp->result[0] = kn_plan_result_get_id (first);
  skp->result[1] = kn_plan_result_get_id (second);
  skp->indicator[0] = kn_indicator_get_id (i1);
  skp->indicator[1] = kn_indicator_get_id (i2);
  skp->indicator[2] = kn_indicator_get_id (i3);
  g_assert_cmpint (skp->plan, >, 0);
  for (guint i = 0; i < G_N_ELEMENTS (skp->indicator); i++)
    g_assert_cmpint (skp->indicator[i], >, 0);
}

static KnRealization *
new_realization (gint64      indicator_id,
                 const char *period,
                 gboolean    has_value,
                 double      value,
                 const char *text,
                 const char *evidence)
{
  KnRealization *realization = kn_realization_new (indicator_id, period);

  realization->has_value = has_value;
  realization->value = value;
  realization->text = g_strdup (text);
  realization->evidence = g_strdup (evidence);
  return realization;
}

static KnFeedback *
new_feedback (gint64       plan_id,
              const char  *period,
              const char  *date,
              const char  *text)
{
  KnFeedback *feedback = kn_feedback_new (plan_id, period);

  feedback->date = g_strdup (date);
  feedback->text = g_strdup (text);
  return feedback;
}

/* Save and load */

static void
test_save_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (fixture->analis, TW1);
  g_autoptr(KnEvaluation) loaded = NULL;
  g_autoptr(KnEvaluation) expected = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  gint64 id;

  kn_evaluation_set_assessor_id (evaluation, fixture->kabid);
  kn_evaluation_set_rating_result (evaluation, KN_RATING_ABOVE);
  kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);
  kn_evaluation_set_note (evaluation, "Perlu pelatihan penulisan laporan kurikulum.");
  g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, KN_PREDIKAT_BAIK);

  g_assert_true (kn_store_save_evaluation (fixture->store, evaluation, &error));
  ASSERT_NO_ERROR (error);
  id = kn_evaluation_get_id (evaluation);
  g_assert_cmpint (id, >, 0);

  /* What a caller expects to read back: the same evaluation with its id, as a draft. */
  expected = kn_evaluation_copy (evaluation);
  kn_evaluation_set_id (expected, id);

  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_true (kn_evaluation_equal (loaded, expected));
  g_assert_cmpint (kn_evaluation_get_status (loaded), ==, KN_EVALUATION_STATUS_DRAFT);
  g_assert_cmpint (kn_evaluation_get_predikat (loaded), ==, KN_PREDIKAT_BAIK);
  g_assert_null (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_NAME));
  g_clear_object (&loaded);

  /* Another period or another employee has none. */
  loaded = load_evaluation (fixture, fixture->analis, TW2);
  g_assert_null (loaded);
  loaded = load_evaluation (fixture, fixture->pengelola, TW1);
  g_assert_null (loaded);

  kn_test_store_reopen (&fixture->store, fixture->path);
  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_true (kn_evaluation_equal (loaded, expected));
  g_assert_cmpint (kn_evaluation_get_id (loaded), ==, id);
  g_assert_cmpint (kn_evaluation_get_assessor_id (loaded), ==, fixture->kabid);
  g_assert_cmpint (kn_evaluation_get_rating_result (loaded), ==, KN_RATING_ABOVE);
  g_assert_cmpint (kn_evaluation_get_rating_behaviour (loaded), ==, KN_RATING_AS_EXPECTED);
  g_assert_cmpstr (kn_evaluation_get_note (loaded), ==,
                   "Perlu pelatihan penulisan laporan kurikulum.");
  g_assert_cmpint (kn_evaluation_get_predikat (loaded), ==, KN_PREDIKAT_BAIK);

  /* Changing the behaviour rating updates the same row, and the predikat follows. */
  kn_evaluation_set_rating_behaviour (loaded, KN_RATING_ABOVE);
  g_assert_true (kn_store_save_evaluation (fixture->store, loaded, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (kn_evaluation_get_id (loaded), ==, id);
  g_clear_object (&loaded);
  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_cmpint (kn_evaluation_get_id (loaded), ==, id);
  g_assert_cmpint (kn_evaluation_get_predikat (loaded), ==, KN_PREDIKAT_SANGAT_BAIK);

  /* The stored predikat column is derived, not left from the first save. */
  if (kn_test_have_sqlite3 ())
    {
      g_autofree char *sql = g_strdup_printf ("SELECT predikat, count (*) FROM evaluation"
                                              " WHERE employee_id = %" G_GINT64_FORMAT
                                              " GROUP BY predikat",
                                              fixture->analis);
      g_autofree char *out = kn_test_run_sqlite (fixture->path, sql);

      g_assert_cmpstr (out, ==, "sangat-baik|1\n");
    }

  audit = kn_store_list_audit (fixture->store, "evaluation", id);
  g_assert_true (kn_test_audit_has (audit, "insert", "period", NULL, TW1));
  g_assert_true (kn_test_audit_has (audit, "update", "rating_behaviour", "sesuai", "di-atas"));
  g_assert_true (kn_test_audit_has (audit, "update", "predikat", "baik", "sangat-baik"));
}

/* An evaluation made with another spelling of the same period is the same evaluation. */
static void
test_save_period_spelling (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) lower = kn_evaluation_new (fixture->analis, "2026-tw1");
  g_autoptr(KnEvaluation) loaded = NULL;

  kn_evaluation_set_assessor_id (lower, fixture->kabid);
  kn_evaluation_set_rating_result (lower, KN_RATING_AS_EXPECTED);
  kn_evaluation_set_rating_behaviour (lower, KN_RATING_AS_EXPECTED);
  g_assert_true (kn_store_save_evaluation (fixture->store, lower, &error));
  ASSERT_NO_ERROR (error);

  /* kn_period_parse reads "2026-tw1" as Triwulan I 2026, whose machine name is "2026-TW1". */
  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  if (loaded != NULL)
    g_assert_cmpstr (kn_evaluation_get_period (loaded), ==, TW1);

  /* Rating the same person for "2026-TW1" afterwards must not make a second evaluation. */
  save_ratings (fixture, fixture->analis, TW1, KN_RATING_ABOVE, KN_RATING_ABOVE);
  if (kn_test_have_sqlite3 ())
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM evaluation"
                                              " WHERE employee_id = %" G_GINT64_FORMAT,
                                              fixture->analis);
      g_autofree char *out = kn_test_run_sqlite (fixture->path, sql);

      g_assert_cmpstr (out, ==, "1\n");
    }
}

/* A rating outside the three values never reaches the store: the model refuses it first. The
 * store's own check (save_evaluation_locked) cannot be reached through the public API, because
 * both kn_evaluation_set_rating_result() and the "rating-result" property refuse the value. */
static void
test_save_invalid_rating (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (fixture->analis, TW1);
  g_autoptr(KnEvaluation) loaded = NULL;

  kn_evaluation_set_assessor_id (evaluation, fixture->kabid);
  kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);

  g_test_expect_message ("kn-evaluation", G_LOG_LEVEL_CRITICAL, "*rating*KN_RATING_N*");
  kn_evaluation_set_rating_result (evaluation, (KnRating) 7);
  g_test_assert_expected_messages ();
  g_assert_cmpint (kn_evaluation_get_rating_result (evaluation), ==, KN_RATING_NONE);

  g_test_expect_message ("GLib-GObject", G_LOG_LEVEL_WARNING, "*rating-result*");
  g_object_set (evaluation, "rating-result", 7, NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpint (kn_evaluation_get_rating_result (evaluation), ==, KN_RATING_NONE);

  g_test_expect_message ("kn-evaluation", G_LOG_LEVEL_CRITICAL, "*rating*KN_RATING_N*");
  kn_evaluation_set_rating_behaviour (evaluation, (KnRating) 7);
  g_test_assert_expected_messages ();
  g_assert_cmpint (kn_evaluation_get_rating_behaviour (evaluation), ==, KN_RATING_AS_EXPECTED);

  /* Nothing was saved by the attempts. */
  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_null (loaded);

  /* What is saved afterwards holds only valid ratings. */
  g_assert_true (kn_store_save_evaluation (fixture->store, evaluation, &error));
  ASSERT_NO_ERROR (error);
  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_cmpint (kn_evaluation_get_rating_result (loaded), ==, KN_RATING_NONE);
  g_assert_cmpint (kn_evaluation_get_rating_behaviour (loaded), ==, KN_RATING_AS_EXPECTED);
  g_assert_cmpint (kn_evaluation_get_predikat (loaded), ==, KN_PREDIKAT_NONE);
}

static void
test_save_bad_period (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const bad[] = { "2026-TW5", "2026-13", "TW1", "2026-AKHIRAN" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (fixture->analis, bad[i]);
      g_autoptr(KnEvaluation) loaded = NULL;
      g_autofree char *quoted = g_strdup_printf ("“%s”", bad[i]);

      kn_evaluation_set_assessor_id (evaluation, fixture->kabid);
      kn_evaluation_set_rating_result (evaluation, KN_RATING_AS_EXPECTED);
      kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);

      g_assert_false (kn_store_save_evaluation (fixture->store, evaluation, &error));
      g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
      if (error != NULL)
        g_assert_nonnull (strstr (error->message, quoted));
      g_assert_cmpint (kn_evaluation_get_id (evaluation), ==, 0);

      loaded = load_evaluation (fixture, fixture->analis, bad[i]);
      g_assert_null (loaded);
    }

  /* No evaluation of 2026 exists, so the period scheme can still change. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (kn_store_set_period_scheme (fixture->store, YEAR, KN_PERIOD_SCHEME_MONTHS,
                                               &error));
    g_assert_no_error (error);
  }
}

/* A draft saved with status final would be final without a snapshot: only finalising may lock. */
static void
test_save_cannot_finalise (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = NULL;
  g_autoptr(KnEvaluation) loaded = NULL;
  gint64 id;

  /* Only one rating: there is no predikat, so finalising would be refused. */
  id = save_ratings (fixture, fixture->analis, TW1, KN_RATING_AS_EXPECTED, KN_RATING_NONE);
  STOP_IF_FAILED ();
  evaluation = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (evaluation);
  STOP_IF_FAILED ();

  kn_evaluation_set_status (evaluation, KN_EVALUATION_STATUS_FINAL);
  g_assert_false (kn_store_save_evaluation (fixture->store, evaluation, &error));
  g_assert_nonnull (error);
  g_assert_true (error == NULL || error->domain == KN_STORE_ERROR);

  /* What is stored is still the draft (checked even when the save above went through). */
  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  if (loaded == NULL)
    return;
  g_assert_cmpint (kn_evaluation_get_id (loaded), ==, id);
  g_assert_cmpint (kn_evaluation_get_status (loaded), ==, KN_EVALUATION_STATUS_DRAFT);
}

/* Finalising */

static void
test_finalize_needs_ratings (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = save_ratings (fixture, fixture->analis, TW1, KN_RATING_AS_EXPECTED, KN_RATING_NONE);
  STOP_IF_FAILED ();

  g_assert_false (kn_store_finalize_evaluation (fixture->store, id, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  if (error != NULL)
    g_assert_nonnull (strstr (error->message, ANALIS_NAME));
  g_clear_error (&error);
  g_assert_cmpint (status_of (fixture, fixture->analis, TW1), ==, KN_EVALUATION_STATUS_DRAFT);

  /* Only the behaviour rating: refused the same way. */
  save_ratings (fixture, fixture->analis, TW1, KN_RATING_NONE, KN_RATING_ABOVE);
  g_assert_false (kn_store_finalize_evaluation (fixture->store, id, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  if (error != NULL)
    g_assert_nonnull (strstr (error->message, ANALIS_NAME));
  g_clear_error (&error);
  g_assert_cmpint (status_of (fixture, fixture->analis, TW1), ==, KN_EVALUATION_STATUS_DRAFT);

  /* An id that is not there. */
  g_assert_false (kn_store_finalize_evaluation (fixture->store, id + 1000, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* With both, it works. */
  save_ratings (fixture, fixture->analis, TW1, KN_RATING_AS_EXPECTED, KN_RATING_ABOVE);
  g_assert_true (kn_store_finalize_evaluation (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (fixture, fixture->analis, TW1), ==, KN_EVALUATION_STATUS_FINAL);

  /* A second time: refused, it is final already. */
  g_assert_false (kn_store_finalize_evaluation (fixture->store, id, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
}

/* A kenaikan pangkat after the period's last day, recorded before finalising (its day has come
 * by now): the snapshot keeps the ranks held on the period's last day, of the person and of
 * the pejabat penilai. */
static void
test_finalize_snapshot_rank_of_period (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) raise = kn_history_entry_new (fixture->analis, KN_HISTORY_PANGKAT);
  g_autoptr(KnHistoryEntry) raise_kabid = kn_history_entry_new (fixture->kabid,
                                                                KN_HISTORY_PANGKAT);
  g_autoptr(KnEvaluation) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  raise->start_date = g_strdup ("2026-04-01");
  raise->rank = g_strdup ("III/d");
  g_assert_true (kn_store_add_history (fixture->store, raise, &error));
  g_assert_no_error (error);
  raise_kabid->start_date = g_strdup ("2026-04-01");
  raise_kabid->rank = g_strdup ("IV/b");
  g_assert_true (kn_store_add_history (fixture->store, raise_kabid, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kn_employee_get_rank (kn_store_lookup_employee (fixture->store,
                                                                   fixture->analis)),
                   ==, "III/d");

  id = save_ratings (fixture, fixture->analis, TW1, KN_RATING_ABOVE, KN_RATING_ABOVE);
  STOP_IF_FAILED ();
  kn_test_finalize (fixture->store, id);
  STOP_IF_FAILED ();
  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_RANK), ==, "Penata, III/c");
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ASSESSOR_RANK), ==,
                   "Pembina, IV/a");
}

static void
test_finalize_snapshot (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(KnEvaluation) loaded = NULL;
  g_autoptr(GDateTime) started = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) ended = NULL;
  g_autoptr(GDateTime) at = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  gint64 id;

  /* The predikat organisasi is set for the Dinas, two levels above the analis's Bidang. */
  set_org_predikat (fixture, fixture->dinas, TW1, KN_ORG_PREDIKAT_BAIK);
  id = save_ratings (fixture, fixture->analis, TW1, KN_RATING_ABOVE, KN_RATING_ABOVE);
  STOP_IF_FAILED ();
  kn_test_finalize (fixture->store, id);
  STOP_IF_FAILED ();
  ended = g_date_time_new_now_utc ();

  kn_test_store_reopen (&fixture->store, fixture->path);
  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();

  g_assert_cmpint (kn_evaluation_get_id (loaded), ==, id);
  g_assert_cmpint (kn_evaluation_get_status (loaded), ==, KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpint (kn_evaluation_get_predikat (loaded), ==, KN_PREDIKAT_SANGAT_BAIK);

  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_NAME), ==, ANALIS_NAME);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_NIP), ==, ANALIS_NIP);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_RANK), ==, "Penata, III/c");
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_POSITION), ==, ANALIS_POS);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_UNIT), ==, BIDANG_PATH);

  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ASSESSOR_NAME), ==, KABID_NAME);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ASSESSOR_NIP), ==, KABID_NIP);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ASSESSOR_RANK), ==,
                   "Pembina, IV/a");
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ASSESSOR_POSITION), ==,
                   KABID_POS);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ASSESSOR_UNIT), ==, BIDANG_PATH);

  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_SUPERIOR_NAME), ==, KADIS_NAME);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_SUPERIOR_NIP), ==, KADIS_NIP);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_SUPERIOR_RANK), ==,
                   "Pembina Utama Muda, IV/c");
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_SUPERIOR_POSITION), ==,
                   KADIS_POS);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_SUPERIOR_UNIT), ==, DINAS);

  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ORG_PREDIKAT), ==, "baik");

  at = g_date_time_new_from_iso8601 (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_FINALISED_AT),
                                     NULL);
  g_assert_nonnull (at);
  if (at != NULL)
    {
      g_assert_cmpint (g_date_time_to_unix (at), >=, g_date_time_to_unix (started) - 1);
      g_assert_cmpint (g_date_time_to_unix (at), <=, g_date_time_to_unix (ended) + 1);
      g_assert_cmpint (g_date_time_get_utc_offset (at), ==, 0);
    }

  audit = kn_store_list_audit (fixture->store, "evaluation", id);
  g_assert_true (kn_test_audit_has (audit, "update", "status", "draft", "final"));

  /* The unit's list reads the same snapshot, and its copies and comparisons see it too. */
  {
    g_autoptr(GPtrArray) list = kn_store_list_unit_evaluations (fixture->store, fixture->bidang,
                                                                TW1, 0);
    g_autoptr(KnEvaluation) copy = NULL;
    g_autofree char *text = kn_evaluation_dup_snapshot_text (loaded);
    g_autofree char *listed_text = NULL;
    KnEvaluation *listed = NULL;

    for (guint i = 0; i < list->len; i++)
      if (kn_evaluation_get_id (g_ptr_array_index (list, i)) == id)
        listed = g_ptr_array_index (list, i);
    g_assert_nonnull (listed);
    copy = kn_evaluation_copy (listed);
    g_assert_true (kn_evaluation_equal (copy, loaded));
    g_assert_cmpstr (kn_evaluation_get_snapshot (copy, KN_SNAPSHOT_NIP), ==, ANALIS_NIP);
    g_assert_cmpstr (kn_evaluation_get_snapshot (listed, KN_SNAPSHOT_ORG_PREDIKAT), ==, "baik");
    g_assert_true (kn_evaluation_equal (listed, loaded));
    listed_text = kn_evaluation_dup_snapshot_text (listed);
    g_assert_cmpstr (listed_text, ==, text);
  }
}

/* The unit's own predikat wins over its parent's; without any, the snapshot has none. */
static void
test_finalize_snapshot_org_predikat (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(KnEvaluation) loaded = NULL;
  gint64 id;

  set_org_predikat (fixture, fixture->dinas, TW1, KN_ORG_PREDIKAT_BAIK);
  set_org_predikat (fixture, fixture->bidang, TW1, KN_ORG_PREDIKAT_ISTIMEWA);

  id = save_ratings (fixture, fixture->analis, TW1, KN_RATING_AS_EXPECTED, KN_RATING_AS_EXPECTED);
  STOP_IF_FAILED ();
  kn_test_finalize (fixture->store, id);
  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ORG_PREDIKAT), ==, "istimewa");
  g_clear_object (&loaded);

  /* The pengelola works in the Seksi, below the Bidang. */
  id = save_ratings (fixture, fixture->pengelola, TW1, KN_RATING_AS_EXPECTED,
                     KN_RATING_AS_EXPECTED);
  STOP_IF_FAILED ();
  kn_test_finalize (fixture->store, id);
  loaded = load_evaluation (fixture, fixture->pengelola, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ORG_PREDIKAT), ==, "istimewa");
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_UNIT), ==, SEKSI_PATH);
  g_clear_object (&loaded);

  /* TW2 has no predikat organisasi anywhere. */
  id = save_ratings (fixture, fixture->analis, TW2, KN_RATING_AS_EXPECTED, KN_RATING_AS_EXPECTED);
  STOP_IF_FAILED ();
  kn_test_finalize (fixture->store, id);
  loaded = load_evaluation (fixture, fixture->analis, TW2);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_null (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ORG_PREDIKAT));
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_NAME), ==, ANALIS_NAME);
}

/* Finalising takes the predikat organisasi of the unit the person was in on the period's last
 * day, as the documents print it: moved to a unit with another predikat after the period, the
 * old unit's; moved in before the period ended (and out again later), the unit of that day. */
static void
test_finalize_org_predikat_of_period (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(KnEvaluation) loaded = NULL;
  gint64 newcomer = add_person (fixture, "Dewi Anggraini, S.Sos.", "III/b", "Analis SDM Aparatur",
                                KN_POSITION_AHLI_PERTAMA, fixture->bkd, 0);
  gint64 id;

  set_org_predikat (fixture, fixture->bidang, TW1, KN_ORG_PREDIKAT_ISTIMEWA);
  set_org_predikat (fixture, fixture->bkd, TW1, KN_ORG_PREDIKAT_KURANG);

  /* The analis left the Bidang for the BKD on 1 June, after the first quarter. */
  kn_test_add_history (fixture->store, fixture->analis, KN_HISTORY_MUTASI, "2026-06-01",
                       fixture->bkd, 0, KN_PERSON_AKTIF);
  g_assert_cmpint (kn_employee_get_unit_id (kn_store_lookup_employee (fixture->store,
                                                                      fixture->analis)),
                   ==, fixture->bkd);
  g_assert_cmpint (kn_store_get_evaluation_org_predikat (fixture->store, fixture->analis, TW1,
                                                         NULL),
                   ==, KN_ORG_PREDIKAT_ISTIMEWA);
  id = save_ratings (fixture, fixture->analis, TW1, KN_RATING_AS_EXPECTED, KN_RATING_AS_EXPECTED);
  STOP_IF_FAILED ();
  kn_test_finalize (fixture->store, id);
  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ORG_PREDIKAT), ==, "istimewa");
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_UNIT), ==, BIDANG_PATH);
  g_clear_object (&loaded);

  /* The newcomer came from the BKD into the Seksi (below the Bidang) on 1 March, within the
   * quarter, and went back on 1 June: the first quarter is the Seksi's, which has the Bidang's. */
  kn_test_add_history (fixture->store, newcomer, KN_HISTORY_MUTASI, "2026-03-01",
                       fixture->seksi, fixture->kasi, KN_PERSON_AKTIF);
  kn_test_add_history (fixture->store, newcomer, KN_HISTORY_MUTASI, "2026-06-01", fixture->bkd, 0,
                       KN_PERSON_AKTIF);
  g_assert_cmpint (kn_employee_get_unit_id (kn_store_lookup_employee (fixture->store, newcomer)),
                   ==, fixture->bkd);
  id = save_ratings (fixture, newcomer, TW1, KN_RATING_AS_EXPECTED, KN_RATING_AS_EXPECTED);
  STOP_IF_FAILED ();
  kn_test_finalize (fixture->store, id);
  loaded = load_evaluation (fixture, newcomer, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ORG_PREDIKAT), ==, "istimewa");
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_UNIT), ==, SEKSI_PATH);
  g_clear_object (&loaded);

  /* By the second quarter's last day the analis is in the BKD: its predikat applies. */
  set_org_predikat (fixture, fixture->bkd, TW2, KN_ORG_PREDIKAT_BAIK);
  g_assert_cmpint (kn_store_get_evaluation_org_predikat (fixture->store, fixture->analis, TW2,
                                                         NULL),
                   ==, KN_ORG_PREDIKAT_BAIK);
}

static void
test_finalize_locked (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) final = NULL;
  g_autoptr(KnEvaluation) changed = NULL;
  g_autoptr(KnEvaluation) after = NULL;
  g_autoptr(GPtrArray) realizations = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  Skp skp;
  gint64 id;

  make_skp (fixture, fixture->analis, &skp);
  STOP_IF_FAILED ();
  id = save_ratings (fixture, fixture->analis, TW1, KN_RATING_AS_EXPECTED, KN_RATING_AS_EXPECTED);
  STOP_IF_FAILED ();
  kn_test_finalize (fixture->store, id);
  STOP_IF_FAILED ();
  final = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (final);
  STOP_IF_FAILED ();

  /* Saving it unchanged is harmless. */
  g_assert_true (kn_store_save_evaluation (fixture->store, final, &error));
  g_assert_no_error (error);
  g_clear_error (&error);

  /* A changed rating, a changed note, a change back to draft: all refused. */
  changed = kn_evaluation_copy (final);
  kn_evaluation_set_rating_result (changed, KN_RATING_ABOVE);
  g_assert_false (kn_store_save_evaluation (fixture->store, changed, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  if (error != NULL)
    g_assert_nonnull (strstr (error->message, ANALIS_NAME));
  g_clear_error (&error);
  g_clear_object (&changed);

  changed = kn_evaluation_copy (final);
  kn_evaluation_set_note (changed, "Catatan yang ditambahkan kemudian.");
  g_assert_false (kn_store_save_evaluation (fixture->store, changed, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  g_clear_object (&changed);

  changed = kn_evaluation_copy (final);
  kn_evaluation_set_status (changed, KN_EVALUATION_STATUS_DRAFT);
  g_assert_false (kn_store_save_evaluation (fixture->store, changed, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  g_clear_object (&changed);

  /* A fresh draft (id 0) for the same employee and period does not overwrite it either. */
  changed = kn_evaluation_new (fixture->analis, TW1);
  kn_evaluation_set_rating_result (changed, KN_RATING_BELOW);
  kn_evaluation_set_rating_behaviour (changed, KN_RATING_BELOW);
  g_assert_false (kn_store_save_evaluation (fixture->store, changed, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  g_clear_error (&error);

  after = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (after);
  STOP_IF_FAILED ();
  g_assert_true (kn_evaluation_equal (after, final));

  /* Realisation and feedback of TW1 are locked too. */
  {
    g_autoptr(KnRealization) realization = new_realization (skp.indicator[0], TW1, TRUE, 3, NULL,
                                                            "Draf dokumen kurikulum");
    g_autoptr(KnFeedback) entry = new_feedback (skp.plan, TW1, "2026-03-02",
                                                "Draf sudah baik; lengkapi daftar pustaka.");

    g_assert_false (kn_store_save_realization (fixture->store, realization, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
    g_clear_error (&error);
    g_assert_false (kn_store_add_feedback (fixture->store, entry, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
    g_clear_error (&error);
    g_assert_cmpint (entry->id, ==, 0);
  }
  realizations = kn_store_list_realizations (fixture->store, skp.plan, TW1);
  g_assert_cmpuint (realizations->len, ==, 0);
  feedback = kn_store_list_feedback (fixture->store, skp.plan, TW1);
  g_assert_cmpuint (feedback->len, ==, 0);

  /* TW2 is not final: both are allowed there. */
  {
    g_autoptr(KnRealization) realization = new_realization (skp.indicator[0], TW2, TRUE, 3, NULL,
                                                            NULL);
    g_autoptr(KnFeedback) entry = new_feedback (skp.plan, TW2, "2026-04-06",
                                                "Sosialisasi berjalan sesuai jadwal.");

    g_assert_true (kn_store_save_realization (fixture->store, realization, &error));
    g_assert_no_error (error);
    g_clear_error (&error);
    g_assert_true (kn_store_add_feedback (fixture->store, entry, &error));
    g_assert_no_error (error);
    g_clear_error (&error);
  }

  /* After reopening, TW1 takes realisation and feedback again. */
  g_assert_true (kn_store_reopen_evaluation (fixture->store, id, "Bukti dukung belum lengkap.",
                                             &error));
  g_assert_no_error (error);
  g_clear_error (&error);
  {
    g_autoptr(KnRealization) realization = new_realization (skp.indicator[0], TW1, TRUE, 3, NULL,
                                                            NULL);
    g_autoptr(KnFeedback) entry = new_feedback (skp.plan, TW1, "2026-03-02",
                                                "Draf sudah baik; lengkapi daftar pustaka.");

    g_assert_true (kn_store_save_realization (fixture->store, realization, &error));
    g_assert_no_error (error);
    g_clear_error (&error);
    g_assert_true (kn_store_add_feedback (fixture->store, entry, &error));
    g_assert_no_error (error);
  }
}

static void
test_finalize_snapshot_survives_promotion (Fixture       *fixture,
                                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) loaded = NULL;
  g_autoptr(KnEmployee) analis = NULL;
  g_autoptr(KnEmployee) kabid = NULL;
  g_autofree char *finalised_at = NULL;
  KnEmployee *current;
  gint64 id;

  id = save_ratings (fixture, fixture->analis, TW1, KN_RATING_ABOVE, KN_RATING_AS_EXPECTED);
  STOP_IF_FAILED ();
  kn_test_finalize (fixture->store, id);
  STOP_IF_FAILED ();
  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  finalised_at = g_strdup (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_FINALISED_AT));
  g_assert_nonnull (finalised_at);
  g_clear_object (&loaded);

  /* The analis is promoted, given a new jabatan and moved to the Seksi; the kabid marries and
   * takes another name. */
  current = kn_store_lookup_employee (fixture->store, fixture->analis);
  g_assert_nonnull (current);
  STOP_IF_FAILED ();
  analis = kn_employee_copy (current);
  kn_employee_set_rank (analis, "III/d");
  kn_employee_set_position (analis, "Pengembang Kurikulum Ahli Muda");
  kn_employee_set_position_kind (analis, KN_POSITION_AHLI_MUDA);
  kn_employee_set_unit_id (analis, fixture->seksi);
  g_assert_true (kn_store_update_employee (fixture->store, analis, &error));
  ASSERT_NO_ERROR (error);

  current = kn_store_lookup_employee (fixture->store, fixture->kabid);
  g_assert_nonnull (current);
  STOP_IF_FAILED ();
  kabid = kn_employee_copy (current);
  kn_employee_set_name (kabid, "Sri Wahyuni Hartono, S.Pd., M.Pd.");
  g_assert_true (kn_store_update_employee (fixture->store, kabid, &error));
  ASSERT_NO_ERROR (error);

  kn_test_store_reopen (&fixture->store, fixture->path);
  g_assert_cmpstr (kn_employee_get_unit_name (kn_store_lookup_employee (fixture->store,
                                                                        fixture->analis)), ==,
                   SEKSI);

  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_cmpint (kn_evaluation_get_status (loaded), ==, KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_NAME), ==, ANALIS_NAME);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_RANK), ==, "Penata, III/c");
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_POSITION), ==, ANALIS_POS);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_UNIT), ==, BIDANG_PATH);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ASSESSOR_NAME), ==, KABID_NAME);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_FINALISED_AT), ==, finalised_at);
}

/* Reopening */

static void
remove_indicator (KnPlan *plan,
                  guint   result,
                  guint   indicator)
{
  g_autoptr(KnPlanResult) item = g_list_model_get_item (G_LIST_MODEL (kn_plan_get_results (plan)),
                                                        result);

  g_assert_nonnull (item);
  g_list_store_remove (kn_plan_result_get_indicators (item), indicator);
}

/* What a final evaluation was decided on stays: the IKI realised in it, the RHK with its
 * feedback, the SKP itself and the employee cannot be removed until it is reopened; an IKI
 * without realisation in a final period can. */
static void
test_final_keeps_its_basis (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = NULL;
  Skp skp;
  gint64 id;

  make_skp (fixture, fixture->pengelola, &skp);
  STOP_IF_FAILED ();
  {
    g_autoptr(KnRealization) realization = new_realization (skp.indicator[0], TW1, TRUE, 3, NULL,
                                                            "Draf dokumen kurikulum");
    g_autoptr(KnFeedback) feedback = new_feedback (skp.plan, TW1, "2026-03-20",
                                                   "Sosialisasi perlu dipercepat.");

    feedback->result_id = skp.result[1];
    g_assert_true (kn_store_save_realization (fixture->store, realization, &error));
    g_assert_no_error (error);
    g_assert_true (kn_store_add_feedback (fixture->store, feedback, &error));
    g_assert_no_error (error);
  }
  id = save_ratings (fixture, fixture->pengelola, TW1, KN_RATING_AS_EXPECTED,
                     KN_RATING_AS_EXPECTED);
  STOP_IF_FAILED ();
  kn_test_finalize (fixture->store, id);
  STOP_IF_FAILED ();

  /* The realised IKI. */
  plan = kn_store_load_plan (fixture->store, fixture->pengelola, YEAR, &error);
  g_assert_no_error (error);
  remove_indicator (plan, 0, 0);
  g_assert_false (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  g_assert_true (g_str_has_prefix (error->message, "IKI"));
  g_clear_error (&error);
  g_clear_object (&plan);

  /* The RHK with feedback in the final period. */
  plan = kn_store_load_plan (fixture->store, fixture->pengelola, YEAR, &error);
  g_list_store_remove (kn_plan_get_results (plan), 1);
  g_assert_false (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  g_assert_true (g_str_has_prefix (error->message, "RHK"));
  g_clear_error (&error);
  g_clear_object (&plan);

  /* The SKP, the employee. */
  g_assert_false (kn_store_delete_plan (fixture->store, skp.plan, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_false (kn_store_delete_employee (fixture->store, fixture->pengelola,
                                            KN_STAFF_ACTION_CLEAR, 0, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_nonnull (kn_store_lookup_employee (fixture->store, fixture->pengelola));
  {
    g_autoptr(GPtrArray) realizations = kn_store_list_realizations (fixture->store, skp.plan, TW1);

    g_assert_cmpuint (realizations->len, ==, 1);
  }

  /* An IKI with nothing in a final period may go. */
  plan = kn_store_load_plan (fixture->store, fixture->pengelola, YEAR, &error);
  remove_indicator (plan, 0, 1);
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  g_clear_object (&plan);

  /* Reopened, the realised IKI may go too. */
  g_assert_true (kn_store_reopen_evaluation (fixture->store, id, "Salah input IKI.", &error));
  g_assert_no_error (error);
  plan = kn_store_load_plan (fixture->store, fixture->pengelola, YEAR, &error);
  remove_indicator (plan, 0, 0);
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) loaded = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(KnEmployee) analis = NULL;
  const char *reason = "Rating perilaku kerja salah input; dikoreksi atas permintaan pegawai.";
  gint64 id;

  id = save_ratings (fixture, fixture->analis, TW1, KN_RATING_AS_EXPECTED, KN_RATING_AS_EXPECTED);
  STOP_IF_FAILED ();

  /* A draft cannot be reopened. */
  g_assert_false (kn_store_reopen_evaluation (fixture->store, id, reason, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);

  kn_test_finalize (fixture->store, id);
  STOP_IF_FAILED ();

  /* Without a reason: refused, still final. */
  g_assert_false (kn_store_reopen_evaluation (fixture->store, id, NULL, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kn_store_reopen_evaluation (fixture->store, id, " \t\n ", &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (status_of (fixture, fixture->analis, TW1), ==, KN_EVALUATION_STATUS_FINAL);

  g_assert_true (kn_store_reopen_evaluation (fixture->store, id, reason, &error));
  ASSERT_NO_ERROR (error);

  kn_test_store_reopen (&fixture->store, fixture->path);
  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_cmpint (kn_evaluation_get_id (loaded), ==, id);
  g_assert_cmpint (kn_evaluation_get_status (loaded), ==, KN_EVALUATION_STATUS_DRAFT);
  g_assert_cmpstr (kn_evaluation_get_reopen_reason (loaded), ==, reason);
  g_assert_null (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_NAME));
  g_assert_null (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_FINALISED_AT));
  g_assert_null (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_ASSESSOR_NAME));
  /* The ratings stay. */
  g_assert_cmpint (kn_evaluation_get_predikat (loaded), ==, KN_PREDIKAT_BAIK);

  audit = kn_store_list_audit (fixture->store, "evaluation", id);
  g_assert_true (kn_test_audit_has (audit, "update", "status", "final", "draft"));
  g_assert_true (kn_test_audit_has (audit, "update", "reopen_reason", NULL, reason));

  /* Now a draft, it can be edited; the analis changes jabatan before the second finalisation. */
  kn_evaluation_set_rating_behaviour (loaded, KN_RATING_ABOVE);
  g_assert_true (kn_store_save_evaluation (fixture->store, loaded, &error));
  ASSERT_NO_ERROR (error);
  analis = kn_employee_copy (kn_store_lookup_employee (fixture->store, fixture->analis));
  kn_employee_set_position (analis, "Pengembang Kurikulum Ahli Pertama");
  g_assert_true (kn_store_update_employee (fixture->store, analis, &error));
  ASSERT_NO_ERROR (error);

  kn_test_finalize (fixture->store, id);
  STOP_IF_FAILED ();
  g_clear_object (&loaded);
  loaded = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_nonnull (loaded);
  STOP_IF_FAILED ();
  g_assert_cmpint (kn_evaluation_get_status (loaded), ==, KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_NAME), ==, ANALIS_NAME);
  g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_POSITION), ==,
                   "Pengembang Kurikulum Ahli Pertama");
  g_assert_nonnull (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_FINALISED_AT));
  g_assert_cmpint (kn_evaluation_get_predikat (loaded), ==, KN_PREDIKAT_BAIK);
  /* The reason of the last reopening is still known. */
  g_assert_cmpstr (kn_evaluation_get_reopen_reason (loaded), ==, reason);

  g_clear_pointer (&audit, g_ptr_array_unref);
  audit = kn_store_list_audit (fixture->store, "evaluation", id);
  g_assert_cmpuint (audit_count (audit, "status", "draft", "final"), ==, 2);
  g_assert_cmpuint (audit_count (audit, "status", "final", "draft"), ==, 1);
}

/* Finalising a unit */

static void
test_finalize_unit (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 people[5];
  gint64 unit;
  guint n_final = 99;
  guint n_skipped = 99;

  unit = add_team (fixture, "Bidang Mutasi", 5, people);
  STOP_IF_FAILED ();
  save_predikat (fixture, people[0], TW1, KN_PREDIKAT_BAIK);
  save_predikat (fixture, people[1], TW1, KN_PREDIKAT_SANGAT_BAIK);
  save_predikat (fixture, people[2], TW1, KN_PREDIKAT_BUTUH_PERBAIKAN);
  save_ratings (fixture, people[3], TW1, KN_RATING_ABOVE, KN_RATING_NONE);
  /* people[4] is not rated at all. */
  /* Someone of another unit, rated: left alone. */
  save_predikat (fixture, fixture->analis, TW1, KN_PREDIKAT_BAIK);
  STOP_IF_FAILED ();

  g_assert_true (kn_store_finalize_unit (fixture->store, unit, TW1, 0, &n_final, &n_skipped,
                                         &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (n_final, ==, 3);
  g_assert_cmpuint (n_skipped, ==, 2);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(KnEvaluation) loaded = load_evaluation (fixture, people[i], TW1);

      g_assert_nonnull (loaded);
      if (loaded == NULL)
        continue;
      g_assert_cmpint (kn_evaluation_get_status (loaded), ==, KN_EVALUATION_STATUS_FINAL);
      g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_NAME), ==,
                       kn_employee_get_name (kn_store_lookup_employee (fixture->store, people[i])));
      g_assert_cmpstr (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_UNIT), ==,
                       "Badan Kepegawaian Daerah › Bidang Mutasi");
    }
  g_assert_cmpint (status_of (fixture, people[3], TW1), ==, KN_EVALUATION_STATUS_DRAFT);
  {
    g_autoptr(KnEvaluation) unrated = load_evaluation (fixture, people[4], TW1);

    g_assert_null (unrated);
  }
  g_assert_cmpint (status_of (fixture, fixture->analis, TW1), ==, KN_EVALUATION_STATUS_DRAFT);

  /* Again: the final ones are not counted again, the two are still skipped. */
  g_assert_true (kn_store_finalize_unit (fixture->store, unit, TW1, 0, &n_final, &n_skipped,
                                         &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (n_final, ==, 0);
  g_assert_cmpuint (n_skipped, ==, 2);
}

/* With an assessor, only their direct staff are finalised. */
static void
test_finalize_unit_assessor (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n_final = 99;
  guint n_skipped = 99;

  save_predikat (fixture, fixture->kabid, TW1, KN_PREDIKAT_BAIK);
  save_predikat (fixture, fixture->kasi, TW1, KN_PREDIKAT_BAIK);
  save_predikat (fixture, fixture->analis, TW1, KN_PREDIKAT_BAIK);
  save_predikat (fixture, fixture->pengelola, TW1, KN_PREDIKAT_BAIK);
  STOP_IF_FAILED ();

  g_assert_true (kn_store_finalize_unit (fixture->store, fixture->bidang, TW1, fixture->kabid,
                                         &n_final, &n_skipped, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (n_final, ==, 2);
  g_assert_cmpuint (n_skipped, ==, 0);
  g_assert_cmpint (status_of (fixture, fixture->kasi, TW1), ==, KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpint (status_of (fixture, fixture->analis, TW1), ==, KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpint (status_of (fixture, fixture->kabid, TW1), ==, KN_EVALUATION_STATUS_DRAFT);
  g_assert_cmpint (status_of (fixture, fixture->pengelola, TW1), ==, KN_EVALUATION_STATUS_DRAFT);
}

/* All or nothing. No input of the public API makes finalising fail halfway (every listed draft
 * with a predikat can be finalised), so a trigger added with the sqlite3 program refuses to
 * finalise the third person. */
static void
test_finalize_unit_all_or_nothing (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *out = NULL;
  gint64 people[4];
  gint64 unit;
  guint n_final = 99;
  guint n_skipped = 99;

  if (!kn_test_have_sqlite3 ())
    {
      g_test_skip ("the sqlite3 command-line program is not installed");
      return;
    }

  unit = add_team (fixture, "Bidang Mutasi", 4, people);
  for (guint i = 0; i < 4; i++)
    save_predikat (fixture, people[i], TW1, KN_PREDIKAT_BAIK);
  STOP_IF_FAILED ();

  g_clear_object (&fixture->store);
  if (kn_test_on_server ())
    sql = g_strdup_printf ("CREATE FUNCTION test_refuse () RETURNS trigger LANGUAGE plpgsql AS"
                           " $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;"
                           " CREATE TRIGGER test_refuse_final BEFORE UPDATE ON evaluation"
                           " FOR EACH ROW WHEN (NEW.status = 'final' AND NEW.employee_id = %"
                           G_GINT64_FORMAT ") EXECUTE FUNCTION test_refuse ();", people[2]);
  else
    sql = g_strdup_printf ("CREATE TRIGGER test_refuse_final BEFORE UPDATE ON evaluation"
                           " WHEN NEW.status = 'final' AND NEW.employee_id = %" G_GINT64_FORMAT
                           " BEGIN SELECT RAISE (ABORT, 'refused by the test'); END;",
                           people[2]);
  out = kn_test_run_sqlite (fixture->path, sql);
  kn_test_store_reopen (&fixture->store, fixture->path);

  g_assert_false (kn_store_finalize_unit (fixture->store, unit, TW1, 0, &n_final, &n_skipped,
                                          &error));
  g_assert_nonnull (error);
  g_assert_true (error == NULL || error->domain == KN_STORE_ERROR);
  g_clear_error (&error);

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(KnEvaluation) loaded = load_evaluation (fixture, people[i], TW1);

      g_assert_nonnull (loaded);
      if (loaded == NULL)
        continue;
      g_assert_cmpint (kn_evaluation_get_status (loaded), ==, KN_EVALUATION_STATUS_DRAFT);
      g_assert_null (kn_evaluation_get_snapshot (loaded, KN_SNAPSHOT_NAME));
    }
  {
    g_autoptr(GPtrArray) all = kn_store_list_audit (fixture->store, NULL, 0);

    /* No audit row of a finalisation was kept either. */
    g_assert_cmpuint (audit_count (all, "status", "draft", "final"), ==, 0);
  }

  /* The store still works afterwards: one person alone can be finalised. */
  {
    g_autoptr(KnEvaluation) first = load_evaluation (fixture, people[0], TW1);

    g_assert_nonnull (first);
    if (first != NULL)
      kn_test_finalize (fixture->store, kn_evaluation_get_id (first));
    g_assert_cmpint (status_of (fixture, people[0], TW1), ==, KN_EVALUATION_STATUS_FINAL);
  }
}

/* Predikat organisasi */

static void
test_org_predikat_set_get (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) audit = NULL;

  g_assert_cmpint (kn_store_get_org_predikat (fixture->store, fixture->bidang, TW1), ==,
                   KN_ORG_PREDIKAT_NONE);

  set_org_predikat (fixture, fixture->bidang, TW1, KN_ORG_PREDIKAT_BAIK);
  g_assert_cmpint (kn_store_get_org_predikat (fixture->store, fixture->bidang, TW1), ==,
                   KN_ORG_PREDIKAT_BAIK);
  /* Another period, the parent and a sub-unit: not set. */
  g_assert_cmpint (kn_store_get_org_predikat (fixture->store, fixture->bidang, TW2), ==,
                   KN_ORG_PREDIKAT_NONE);
  g_assert_cmpint (kn_store_get_org_predikat (fixture->store, fixture->dinas, TW1), ==,
                   KN_ORG_PREDIKAT_NONE);
  g_assert_cmpint (kn_store_get_org_predikat (fixture->store, fixture->seksi, TW1), ==,
                   KN_ORG_PREDIKAT_NONE);

  set_org_predikat (fixture, fixture->bidang, TW1, KN_ORG_PREDIKAT_ISTIMEWA);
  kn_test_store_reopen (&fixture->store, fixture->path);
  g_assert_cmpint (kn_store_get_org_predikat (fixture->store, fixture->bidang, TW1), ==,
                   KN_ORG_PREDIKAT_ISTIMEWA);

  audit = kn_store_list_audit (fixture->store, "unit", fixture->bidang);
  g_assert_true (kn_test_audit_has (audit, "update", "org_predikat:" TW1, NULL, "baik"));
  g_assert_true (kn_test_audit_has (audit, "update", "org_predikat:" TW1, "baik", "istimewa"));

  /* NONE removes it. */
  set_org_predikat (fixture, fixture->bidang, TW1, KN_ORG_PREDIKAT_NONE);
  g_assert_cmpint (kn_store_get_org_predikat (fixture->store, fixture->bidang, TW1), ==,
                   KN_ORG_PREDIKAT_NONE);
  g_clear_pointer (&audit, g_ptr_array_unref);
  audit = kn_store_list_audit (fixture->store, "unit", fixture->bidang);
  g_assert_true (kn_test_audit_has (audit, "update", "org_predikat:" TW1, "istimewa", NULL));

  /* A bad period and a unit that does not exist. */
  g_assert_false (kn_store_set_org_predikat (fixture->store, fixture->bidang, "2026-TW7",
                                             KN_ORG_PREDIKAT_BAIK, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  if (error != NULL)
    g_assert_nonnull (strstr (error->message, "“2026-TW7”"));
  g_clear_error (&error);
  g_assert_false (kn_store_set_org_predikat (fixture->store, fixture->bkd + 1000, TW1,
                                             KN_ORG_PREDIKAT_BAIK, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
}

/* Someone whose atasan is not entered yet is no head: the predikat organisasi leaves their
 * rating alone. The head of the whole Dinas, without atasan but with staff, is one. */
static void
test_org_predikat_no_atasan_not_head (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(KnEvaluation) loaded = NULL;
  gint64 loose = add_person (fixture, "Yusuf Maulana, S.Kom.", "III/a", "Pranata Komputer",
                             KN_POSITION_AHLI_PERTAMA, fixture->bidang, 0);

  g_assert_true (kn_store_is_unit_head (fixture->store, fixture->kabid, fixture->bidang));
  g_assert_false (kn_store_is_unit_head (fixture->store, loose, fixture->bidang));
  g_assert_false (kn_store_is_unit_head (fixture->store, fixture->analis, fixture->bidang));
  g_assert_true (kn_store_is_unit_head (fixture->store, fixture->kadis, fixture->dinas));
  g_assert_false (kn_store_is_unit_head (fixture->store, fixture->kabid, fixture->dinas));
  /* Who signs: the head, found among the unit's people; nobody's atasan left blank counts. */
  g_assert_true (kn_store_find_unit_head (fixture->store, fixture->bidang) ==
                 kn_store_lookup_employee (fixture->store, fixture->kabid));
  g_assert_true (kn_store_find_unit_head (fixture->store, fixture->dinas) ==
                 kn_store_lookup_employee (fixture->store, fixture->kadis));
  g_assert_null (kn_store_find_unit_head (fixture->store,
                                          kn_test_add_unit (fixture->store, "Seksi Baru",
                                                            fixture->bidang)));

  save_ratings (fixture, loose, TW1, KN_RATING_BELOW, KN_RATING_BELOW);
  STOP_IF_FAILED ();
  set_org_predikat (fixture, fixture->bidang, TW1, KN_ORG_PREDIKAT_ISTIMEWA);
  loaded = load_evaluation (fixture, loose, TW1);
  g_assert_nonnull (loaded);
  if (loaded == NULL)
    return;
  g_assert_cmpint (kn_evaluation_get_rating_result (loaded), ==, KN_RATING_BELOW);
  g_assert_cmpint (kn_evaluation_get_predikat (loaded), ==, KN_PREDIKAT_SANGAT_KURANG);
}

static void
test_org_predikat_head_rating (Fixture       *fixture,
                               gconstpointer  data)
{
  static const struct
  {
    KnOrgPredikat org;
    KnRating      rating;
  } mapping[] = {
    { KN_ORG_PREDIKAT_ISTIMEWA, KN_RATING_ABOVE },
    { KN_ORG_PREDIKAT_BAIK, KN_RATING_AS_EXPECTED },
    { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, KN_RATING_BELOW },
    { KN_ORG_PREDIKAT_KURANG, KN_RATING_BELOW },
    { KN_ORG_PREDIKAT_SANGAT_KURANG, KN_RATING_BELOW },
    { KN_ORG_PREDIKAT_ISTIMEWA, KN_RATING_ABOVE },
  };

  g_assert_cmpint (kn_store_rating_for_org_predikat (fixture->store, KN_ORG_PREDIKAT_NONE), ==,
                   KN_RATING_NONE);

  /* The kabid already has a draft with a behaviour rating; the kasi and the analis have none. */
  save_ratings (fixture, fixture->kabid, TW1, KN_RATING_NONE, KN_RATING_ABOVE);
  STOP_IF_FAILED ();

  for (guint i = 0; i < G_N_ELEMENTS (mapping); i++)
    {
      g_autoptr(KnEvaluation) head = NULL;
      g_autoptr(KnEvaluation) staff = NULL;

      g_test_message ("predikat organisasi %s", kn_org_predikat_to_string (mapping[i].org));
      g_assert_cmpint (kn_store_rating_for_org_predikat (fixture->store, mapping[i].org), ==,
                       mapping[i].rating);

      set_org_predikat (fixture, fixture->bidang, TW1, mapping[i].org);
      head = load_evaluation (fixture, fixture->kabid, TW1);
      g_assert_nonnull (head);
      if (head == NULL)
        continue;
      g_assert_cmpint (kn_evaluation_get_rating_result (head), ==, mapping[i].rating);
      g_assert_cmpint (kn_evaluation_get_rating_behaviour (head), ==, KN_RATING_ABOVE);
      g_assert_cmpint (kn_evaluation_get_status (head), ==, KN_EVALUATION_STATUS_DRAFT);
      g_assert_cmpint (kn_evaluation_get_predikat (head), ==,
                       kn_predikat_from_ratings (mapping[i].rating, KN_RATING_ABOVE));

      /* Those whose atasan works in the Bidang are not heads of it. */
      staff = load_evaluation (fixture, fixture->analis, TW1);
      g_assert_null (staff);
      g_clear_object (&staff);
      staff = load_evaluation (fixture, fixture->kasi, TW1);
      g_assert_null (staff);
    }

  /* A head without an evaluation gets a draft with the atasan as assessor. */
  set_org_predikat (fixture, fixture->dinas, TW2, KN_ORG_PREDIKAT_BAIK);
  {
    g_autoptr(KnEvaluation) kadis = load_evaluation (fixture, fixture->kadis, TW2);
    g_autoptr(KnEvaluation) kabid = load_evaluation (fixture, fixture->kabid, TW2);

    g_assert_nonnull (kadis);
    if (kadis != NULL)
      {
        g_assert_cmpint (kn_evaluation_get_rating_result (kadis), ==, KN_RATING_AS_EXPECTED);
        g_assert_cmpint (kn_evaluation_get_rating_behaviour (kadis), ==, KN_RATING_NONE);
        g_assert_cmpint (kn_evaluation_get_status (kadis), ==, KN_EVALUATION_STATUS_DRAFT);
        g_assert_cmpint (kn_evaluation_get_assessor_id (kadis), ==, 0);
      }
    /* The kabid's atasan works in the Dinas: not a head of the Dinas. */
    g_assert_null (kabid);
  }
}

static void
test_org_predikat_final_head (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(KnEvaluation) before = NULL;
  g_autoptr(KnEvaluation) after = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  gint64 id;

  id = save_ratings (fixture, fixture->kabid, TW1, KN_RATING_ABOVE, KN_RATING_ABOVE);
  STOP_IF_FAILED ();
  kn_test_finalize (fixture->store, id);
  before = load_evaluation (fixture, fixture->kabid, TW1);
  g_assert_nonnull (before);
  STOP_IF_FAILED ();

  set_org_predikat (fixture, fixture->bidang, TW1, KN_ORG_PREDIKAT_KURANG);
  g_assert_cmpint (kn_store_get_org_predikat (fixture->store, fixture->bidang, TW1), ==,
                   KN_ORG_PREDIKAT_KURANG);

  after = load_evaluation (fixture, fixture->kabid, TW1);
  g_assert_nonnull (after);
  STOP_IF_FAILED ();
  g_assert_true (kn_evaluation_equal (before, after));
  g_assert_cmpint (kn_evaluation_get_rating_result (after), ==, KN_RATING_ABOVE);
  g_assert_cmpint (kn_evaluation_get_status (after), ==, KN_EVALUATION_STATUS_FINAL);

  audit = kn_store_list_audit (fixture->store, "unit", fixture->bidang);
  g_assert_true (kn_test_audit_has (audit, "update", "org_predikat:" TW1, NULL, "kurang"));
}

/* Period schemes */

static void
test_period_scheme (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (kn_store_get_period_scheme (fixture->store, YEAR), ==,
                   KN_PERIOD_SCHEME_QUARTERS);
  g_assert_cmpint (kn_store_get_period_scheme (fixture->store, YEAR + 1), ==,
                   KN_PERIOD_SCHEME_QUARTERS);

  /* Before any evaluation of the year: it can switch, and back. */
  g_assert_true (kn_store_set_period_scheme (fixture->store, YEAR, KN_PERIOD_SCHEME_MONTHS,
                                             &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (kn_store_get_period_scheme (fixture->store, YEAR), ==, KN_PERIOD_SCHEME_MONTHS);
  g_assert_cmpint (kn_store_get_period_scheme (fixture->store, YEAR + 1), ==,
                   KN_PERIOD_SCHEME_QUARTERS);
  kn_test_store_reopen (&fixture->store, fixture->path);
  g_assert_cmpint (kn_store_get_period_scheme (fixture->store, YEAR), ==, KN_PERIOD_SCHEME_MONTHS);
  g_assert_true (kn_store_set_period_scheme (fixture->store, YEAR, KN_PERIOD_SCHEME_QUARTERS,
                                             &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (kn_store_get_period_scheme (fixture->store, YEAR), ==,
                   KN_PERIOD_SCHEME_QUARTERS);

  /* An evaluation of an earlier year does not hold 2026. */
  save_ratings (fixture, fixture->analis, "2025-TW4", KN_RATING_AS_EXPECTED, KN_RATING_NONE);
  /* Once one of 2026 exists: refused, in any direction. */
  save_ratings (fixture, fixture->analis, TW1, KN_RATING_AS_EXPECTED, KN_RATING_NONE);
  STOP_IF_FAILED ();
  g_assert_false (kn_store_set_period_scheme (fixture->store, YEAR, KN_PERIOD_SCHEME_MONTHS,
                                              &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE);
  if (error != NULL)
    g_assert_nonnull (strstr (error->message, "2026"));
  g_clear_error (&error);
  g_assert_cmpint (kn_store_get_period_scheme (fixture->store, YEAR), ==,
                   KN_PERIOD_SCHEME_QUARTERS);

  /* Setting the scheme it has already is no change. */
  g_assert_true (kn_store_set_period_scheme (fixture->store, YEAR, KN_PERIOD_SCHEME_QUARTERS,
                                             &error));
  g_assert_no_error (error);

  /* 2027 is free. */
  g_assert_true (kn_store_set_period_scheme (fixture->store, YEAR + 1, KN_PERIOD_SCHEME_MONTHS,
                                             &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (kn_store_get_period_scheme (fixture->store, YEAR + 1), ==,
                   KN_PERIOD_SCHEME_MONTHS);
  g_assert_cmpint (kn_store_get_period_scheme (fixture->store, YEAR), ==,
                   KN_PERIOD_SCHEME_QUARTERS);

  {
    g_autoptr(GPtrArray) audit = kn_store_list_audit (fixture->store, "period_scheme", YEAR + 1);

    g_assert_true (kn_test_audit_has (audit, "update", "scheme", "triwulan", "bulanan"));
  }
}

/* Distribution */

static gboolean
has_violation (GPtrArray   *violations,
               KnBoundKind  kind,
               guint        predikats,
               guint        count,
               guint        limit)
{
  for (guint i = 0; i < violations->len; i++)
    {
      KnDistributionViolation *violation = g_ptr_array_index (violations, i);

      if (violation->rule.kind == kind && violation->rule.predikats == predikats &&
          violation->count == count && violation->limit == limit)
        return TRUE;
    }
  return FALSE;
}

static void
test_distribution_check (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) violations = NULL;
  guint counts[KN_PREDIKAT_N];
  gint64 people[10];
  gint64 unit;

  unit = add_team (fixture, "Bidang Pengembangan Pegawai", 10, people);
  STOP_IF_FAILED ();

  /* No predikat organisasi and nobody rated: the counts say so, nothing is broken. The head
   * (people[0], whose atasan is the Kepala Badan) is not counted: his predikat belongs to the
   * unit above, as in the recap. */
  violations = kn_store_check_distribution (fixture->store, unit, TW1, counts);
  g_assert_cmpuint (violations->len, ==, 0);
  g_assert_cmpuint (counts[KN_PREDIKAT_NONE], ==, 9);
  for (guint p = KN_PREDIKAT_SANGAT_KURANG; p < KN_PREDIKAT_N; p++)
    g_assert_cmpuint (counts[p], ==, 0);
  g_clear_pointer (&violations, g_ptr_array_unref);

  set_org_predikat (fixture, unit, TW1, KN_ORG_PREDIKAT_BAIK);
  for (guint i = 0; i < 10; i++)
    save_predikat (fixture, people[i], TW1, i < 8 ? KN_PREDIKAT_BAIK : KN_PREDIKAT_SANGAT_BAIK);
  STOP_IF_FAILED ();

  violations = kn_store_check_distribution (fixture->store, unit, TW1, counts);
  g_assert_cmpuint (counts[KN_PREDIKAT_NONE], ==, 0);
  g_assert_cmpuint (counts[KN_PREDIKAT_SANGAT_KURANG], ==, 0);
  g_assert_cmpuint (counts[KN_PREDIKAT_KURANG], ==, 0);
  g_assert_cmpuint (counts[KN_PREDIKAT_BUTUH_PERBAIKAN], ==, 0);
  g_assert_cmpuint (counts[KN_PREDIKAT_BAIK], ==, 7);
  g_assert_cmpuint (counts[KN_PREDIKAT_SANGAT_BAIK], ==, 2);
  g_assert_cmpuint (violations->len, ==, 2);
  /* 7 of 9 is 77.8 %: at most 6 (6 ÷ 9 = 66.7 % ≤ 70 %). */
  g_assert_true (has_violation (violations, KN_BOUND_AT_MOST, 1u << KN_PREDIKAT_BAIK, 7, 6));
  g_assert_true (has_violation (violations, KN_BOUND_AT_LEAST_ONE,
                                (1u << KN_PREDIKAT_BUTUH_PERBAIKAN) | (1u << KN_PREDIKAT_KURANG),
                                0, 1));
  for (guint i = 0; i < violations->len; i++)
    {
      KnDistributionViolation *violation = g_ptr_array_index (violations, i);

      g_assert_cmpint (violation->rule.org, ==, KN_ORG_PREDIKAT_BAIK);
      g_assert_cmpuint (violation->total, ==, 9);
      g_assert_nonnull (violation->message);
      g_assert_cmpstr (violation->message, !=, "");
    }
  g_clear_pointer (&violations, g_ptr_array_unref);

  /* Two Baik become Butuh Perbaikan: 5 Baik, 2 Sangat Baik, 2 Butuh Perbaikan keeps the rules. */
  save_predikat (fixture, people[1], TW1, KN_PREDIKAT_BUTUH_PERBAIKAN);
  save_predikat (fixture, people[2], TW1, KN_PREDIKAT_BUTUH_PERBAIKAN);
  STOP_IF_FAILED ();
  violations = kn_store_check_distribution (fixture->store, unit, TW1, counts);
  g_assert_cmpuint (counts[KN_PREDIKAT_BAIK], ==, 5);
  g_assert_cmpuint (counts[KN_PREDIKAT_SANGAT_BAIK], ==, 2);
  g_assert_cmpuint (counts[KN_PREDIKAT_BUTUH_PERBAIKAN], ==, 2);
  g_assert_cmpuint (counts[KN_PREDIKAT_NONE], ==, 0);
  g_assert_cmpuint (violations->len, ==, 0);
  g_clear_pointer (&violations, g_ptr_array_unref);

  /* Another period of the same unit has no predikat organisasi and no ratings. */
  violations = kn_store_check_distribution (fixture->store, unit, TW2, counts);
  g_assert_cmpuint (violations->len, ==, 0);
  g_assert_cmpuint (counts[KN_PREDIKAT_NONE], ==, 9);
}

static void
test_distribution_default_rules (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GArray) rules = kn_store_get_distribution_rules (fixture->store);
  const KnDistributionRule *defaults;
  guint n_defaults = 0;

  defaults = kn_distribution_default_rules (&n_defaults);
  g_assert_cmpuint (n_defaults, ==, 13);
  g_assert_cmpuint (rules->len, ==, 13);
  g_assert_cmpuint (rules->len, ==, n_defaults);
  STOP_IF_FAILED ();

  for (guint i = 0; i < rules->len; i++)
    {
      const KnDistributionRule *rule = &g_array_index (rules, KnDistributionRule, i);

      g_test_message ("rule %u", i);
      g_assert_cmpint (rule->org, ==, defaults[i].org);
      g_assert_cmpint (rule->kind, ==, defaults[i].kind);
      g_assert_cmpuint (rule->predikats, ==, defaults[i].predikats);
      g_assert_cmpfloat_with_epsilon (rule->share, defaults[i].share, 1e-9);
    }
}

/* Angka kredit */

static void
set_position_kind (Fixture        *fixture,
                   gint64          employee_id,
                   KnPositionKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEmployee) employee = kn_employee_copy (kn_store_lookup_employee (fixture->store,
                                                                               employee_id));

  kn_employee_set_position_kind (employee, kind);
  g_assert_true (kn_store_update_employee (fixture->store, employee, &error));
  g_assert_no_error (error);
}

static void
finalize_annual (Fixture *fixture,
                 gint64   employee_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) annual = kn_store_load_evaluation (fixture->store, employee_id,
                                                             "2026-AKHIR", &error);

  g_assert_no_error (error);
  g_assert_nonnull (annual);
  g_assert_true (kn_store_finalize_evaluation (fixture->store, kn_evaluation_get_id (annual), &error));
  g_assert_no_error (error);
}

static void
test_angka_kredit (Fixture       *fixture,
                   gconstpointer  data)
{
  /* The analis becomes Ahli Muda and is rated Baik for the year. A draft predikat may still
   * change, so it earns nothing until the annual evaluation is final. */
  set_position_kind (fixture, fixture->analis, KN_POSITION_AHLI_MUDA);
  save_predikat (fixture, fixture->analis, "2026-AKHIR", KN_PREDIKAT_BAIK);
  STOP_IF_FAILED ();
  g_assert_cmpfloat (kn_store_angka_kredit (fixture->store, fixture->analis, YEAR, 12), ==, 0.0);
  finalize_annual (fixture, fixture->analis);
  g_assert_cmpfloat_with_epsilon (kn_store_angka_kredit (fixture->store, fixture->analis, YEAR, 12),
                                  25.0, 1e-9);

  /* The kasi is Ahli Pertama for the test, Sangat Baik, six months. */
  set_position_kind (fixture, fixture->kasi, KN_POSITION_AHLI_PERTAMA);
  save_predikat (fixture, fixture->kasi, "2026-AKHIR", KN_PREDIKAT_SANGAT_BAIK);
  STOP_IF_FAILED ();
  finalize_annual (fixture, fixture->kasi);
  g_assert_cmpfloat_with_epsilon (kn_store_angka_kredit (fixture->store, fixture->kasi, YEAR, 6),
                                  9.375, 1e-9);

  /* Quarterly evaluations alone are no annual evaluation. */
  save_predikat (fixture, fixture->analis, "2025-TW4", KN_PREDIKAT_SANGAT_BAIK);
  g_assert_cmpfloat (kn_store_angka_kredit (fixture->store, fixture->analis, 2025, 12), ==, 0.0);
  g_assert_cmpfloat (kn_store_angka_kredit (fixture->store, fixture->analis, YEAR + 1, 12), ==,
                     0.0);

  /* An annual evaluation with one rating only has no predikat. */
  set_position_kind (fixture, fixture->kabid, KN_POSITION_AHLI_MADYA);
  save_ratings (fixture, fixture->kabid, "2026-AKHIR", KN_RATING_AS_EXPECTED, KN_RATING_NONE);
  g_assert_cmpfloat (kn_store_angka_kredit (fixture->store, fixture->kabid, YEAR, 12), ==, 0.0);

  /* A pelaksana earns none, whatever the predikat. */
  save_predikat (fixture, fixture->pengelola, "2026-AKHIR", KN_PREDIKAT_SANGAT_BAIK);
  finalize_annual (fixture, fixture->pengelola);
  g_assert_cmpfloat (kn_store_angka_kredit (fixture->store, fixture->pengelola, YEAR, 12), ==, 0.0);

  /* An employee who does not exist. */
  g_assert_cmpfloat (kn_store_angka_kredit (fixture->store, 999999, YEAR, 12), ==, 0.0);
}

/* Realisation */

static void
test_realization_round_trip (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  KnRealization *got;
  gint64 first_id;
  Skp skp;

  make_skp (fixture, fixture->analis, &skp);
  STOP_IF_FAILED ();

  /* Saved in the reverse of the plan's order; listed in the plan's order. */
  {
    g_autoptr(KnRealization) words = new_realization (skp.indicator[2], TW1, FALSE, 0,
                                                      "Sosialisasi belum dimulai",
                                                      NULL);
    g_autoptr(KnRealization) number = new_realization (skp.indicator[0], TW1, TRUE, 2.5,
                                                       "Dua dokumen selesai, satu dalam revisi",
                                                       "Notulen rapat tim kurikulum 12 Maret 2026");

    g_assert_true (kn_store_save_realization (fixture->store, words, &error));
    ASSERT_NO_ERROR (error);
    g_assert_true (kn_store_save_realization (fixture->store, number, &error));
    ASSERT_NO_ERROR (error);
  }

  kn_test_store_reopen (&fixture->store, fixture->path);
  list = kn_store_list_realizations (fixture->store, skp.plan, TW1);
  g_assert_cmpuint (list->len, ==, 2);
  STOP_IF_FAILED ();

  got = g_ptr_array_index (list, 0);
  g_assert_cmpint (got->id, >, 0);
  first_id = got->id;
  g_assert_cmpint (got->indicator_id, ==, skp.indicator[0]);
  g_assert_cmpstr (got->period, ==, TW1);
  g_assert_true (got->has_value);
  g_assert_cmpfloat (got->value, ==, 2.5);
  g_assert_cmpstr (got->text, ==, "Dua dokumen selesai, satu dalam revisi");
  g_assert_cmpstr (got->evidence, ==, "Notulen rapat tim kurikulum 12 Maret 2026");
  g_assert_null (got->evidence_file);

  got = g_ptr_array_index (list, 1);
  g_assert_cmpint (got->indicator_id, ==, skp.indicator[2]);
  g_assert_false (got->has_value);
  g_assert_cmpstr (got->text, ==, "Sosialisasi belum dimulai");
  g_assert_null (got->evidence);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* The same IKI and period again: replaced, not added. */
  {
    g_autoptr(KnRealization) number = new_realization (skp.indicator[0], TW1, TRUE, 4,
                                                       "Empat dokumen selesai",
                                                       "Berita acara serah terima dokumen");

    g_assert_true (kn_store_save_realization (fixture->store, number, &error));
    ASSERT_NO_ERROR (error);
  }
  list = kn_store_list_realizations (fixture->store, skp.plan, TW1);
  g_assert_cmpuint (list->len, ==, 2);
  STOP_IF_FAILED ();
  got = g_ptr_array_index (list, 0);
  g_assert_cmpint (got->id, ==, first_id);
  g_assert_cmpint (got->indicator_id, ==, skp.indicator[0]);
  g_assert_cmpfloat (got->value, ==, 4);
  g_assert_cmpstr (got->text, ==, "Empat dokumen selesai");
  g_assert_cmpstr (got->evidence, ==, "Berita acara serah terima dokumen");
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Another period is separate. */
  list = kn_store_list_realizations (fixture->store, skp.plan, TW2);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  {
    g_autoptr(GPtrArray) audit = kn_store_list_audit (fixture->store, "indicator",
                                                      skp.indicator[0]);

    g_assert_true (kn_test_audit_has (audit, "update", "realization:" TW1, NULL, "4"));
  }
}

static void
test_realization_invalid (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  Skp skp;

  make_skp (fixture, fixture->analis, &skp);
  STOP_IF_FAILED ();

  {
    g_autoptr(KnRealization) negative = new_realization (skp.indicator[0], TW1, TRUE, -1, NULL,
                                                         NULL);

    g_assert_false (kn_store_save_realization (fixture->store, negative, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    g_autoptr(KnRealization) nan = new_realization (skp.indicator[0], TW1, TRUE, NAN, NULL, NULL);

    g_assert_false (kn_store_save_realization (fixture->store, nan, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    g_autoptr(KnRealization) missing = new_realization (skp.indicator[2] + 1000, TW1, TRUE, 1,
                                                        NULL, NULL);

    g_assert_false (kn_store_save_realization (fixture->store, missing, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  {
    g_autoptr(KnRealization) bad_period = new_realization (skp.indicator[0], "2026-TW0", TRUE, 1,
                                                           NULL, NULL);

    g_assert_false (kn_store_save_realization (fixture->store, bad_period, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
    if (error != NULL)
      g_assert_nonnull (strstr (error->message, "“2026-TW0”"));
    g_clear_error (&error);
  }

  list = kn_store_list_realizations (fixture->store, skp.plan, TW1);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = kn_store_list_realizations (fixture->store, skp.plan, "2026-TW0");
  g_assert_cmpuint (list->len, ==, 0);

  /* Zero is a valid realisation. */
  {
    g_autoptr(KnRealization) zero = new_realization (skp.indicator[1], TW1, TRUE, 0, NULL, NULL);

    g_assert_true (kn_store_save_realization (fixture->store, zero, &error));
    g_assert_no_error (error);
  }
}

/* Feedback */

static void
test_feedback_round_trip (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  KnFeedback *got;
  gint64 ids[3];
  Skp skp;

  make_skp (fixture, fixture->analis, &skp);
  STOP_IF_FAILED ();

  {
    g_autoptr(KnFeedback) march = new_feedback (skp.plan, TW1, "2026-03-10",
                                                "Laporan bulanan tepat waktu.");
    g_autoptr(KnFeedback) january = new_feedback (skp.plan, TW1, "2026-01-15",
                                                  "Perlu lebih aktif dalam rapat koordinasi.");
    g_autoptr(KnFeedback) february = new_feedback (skp.plan, TW1, "2026-02-20",
                                                   "Draf kurikulum rapi dan lengkap.");

    january->core_value = KN_CORE_VALUE_KOLABORATIF;
    february->result_id = skp.result[0];

    g_assert_true (kn_store_add_feedback (fixture->store, march, &error));
    ASSERT_NO_ERROR (error);
    g_assert_true (kn_store_add_feedback (fixture->store, january, &error));
    ASSERT_NO_ERROR (error);
    g_assert_true (kn_store_add_feedback (fixture->store, february, &error));
    ASSERT_NO_ERROR (error);
    ids[0] = january->id;
    ids[1] = february->id;
    ids[2] = march->id;
    g_assert_cmpint (ids[0], >, 0);
    g_assert_cmpint (ids[1], >, 0);
    g_assert_cmpint (ids[2], >, 0);
  }

  kn_test_store_reopen (&fixture->store, fixture->path);
  list = kn_store_list_feedback (fixture->store, skp.plan, TW1);
  g_assert_cmpuint (list->len, ==, 3);
  STOP_IF_FAILED ();

  got = g_ptr_array_index (list, 0);
  g_assert_cmpint (got->id, ==, ids[0]);
  g_assert_cmpint (got->plan_id, ==, skp.plan);
  g_assert_cmpstr (got->period, ==, TW1);
  g_assert_cmpstr (got->date, ==, "2026-01-15");
  g_assert_cmpstr (got->text, ==, "Perlu lebih aktif dalam rapat koordinasi.");
  g_assert_cmpint (got->core_value, ==, KN_CORE_VALUE_KOLABORATIF);
  g_assert_cmpint (got->result_id, ==, 0);

  got = g_ptr_array_index (list, 1);
  g_assert_cmpint (got->id, ==, ids[1]);
  g_assert_cmpstr (got->date, ==, "2026-02-20");
  g_assert_cmpint (got->result_id, ==, skp.result[0]);
  g_assert_cmpint (got->core_value, ==, KN_CORE_VALUE_N);

  got = g_ptr_array_index (list, 2);
  g_assert_cmpint (got->id, ==, ids[2]);
  g_assert_cmpstr (got->date, ==, "2026-03-10");
  g_assert_cmpstr (got->text, ==, "Laporan bulanan tepat waktu.");
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Other periods are separate. */
  list = kn_store_list_feedback (fixture->store, skp.plan, TW2);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  g_assert_true (kn_store_delete_feedback (fixture->store, ids[1], &error));
  ASSERT_NO_ERROR (error);
  list = kn_store_list_feedback (fixture->store, skp.plan, TW1);
  g_assert_cmpuint (list->len, ==, 2);
  STOP_IF_FAILED ();
  g_assert_cmpint (((KnFeedback *) g_ptr_array_index (list, 0))->id, ==, ids[0]);
  g_assert_cmpint (((KnFeedback *) g_ptr_array_index (list, 1))->id, ==, ids[2]);

  {
    g_autoptr(GPtrArray) audit = kn_store_list_audit (fixture->store, "feedback", ids[1]);

    g_assert_true (kn_test_audit_has (audit, "insert", "text", NULL,
                                      "Draf kurikulum rapi dan lengkap."));
    /* The history keeps what the deleted feedback said. */
    g_assert_true (kn_test_audit_has (audit, "delete", "text", "Draf kurikulum rapi dan lengkap.",
                                      NULL));
  }
}

static void
test_feedback_invalid (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const bad_dates[] = { "2026-02-30", "2026-13-01", "15-01-2026", "" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  Skp skp;

  make_skp (fixture, fixture->analis, &skp);
  STOP_IF_FAILED ();

  {
    g_autoptr(KnFeedback) empty = new_feedback (skp.plan, TW1, "2026-01-15", "");
    g_autoptr(KnFeedback) blank = new_feedback (skp.plan, TW1, "2026-01-15", "  \n\t ");
    g_autoptr(KnFeedback) none = new_feedback (skp.plan, TW1, "2026-01-15", NULL);

    g_assert_false (kn_store_add_feedback (fixture->store, empty, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (kn_store_add_feedback (fixture->store, blank, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (kn_store_add_feedback (fixture->store, none, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (blank->id, ==, 0);
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_autoptr(KnFeedback) entry = new_feedback (skp.plan, TW1, bad_dates[i],
                                                  "Perlu lebih aktif dalam rapat koordinasi.");

      g_test_message ("date “%s”", bad_dates[i]);
      g_assert_false (kn_store_add_feedback (fixture->store, entry, &error));
      g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }
  {
    g_autoptr(KnFeedback) no_date = new_feedback (skp.plan, TW1, NULL,
                                                  "Perlu lebih aktif dalam rapat koordinasi.");

    g_assert_false (kn_store_add_feedback (fixture->store, no_date, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    g_autoptr(KnFeedback) no_plan = new_feedback (skp.plan + 1000, TW1, "2026-01-15",
                                                  "Perlu lebih aktif dalam rapat koordinasi.");

    g_assert_false (kn_store_add_feedback (fixture->store, no_plan, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  {
    g_autoptr(KnFeedback) bad_period = new_feedback (skp.plan, "2026-TW9", "2026-01-15",
                                                     "Perlu lebih aktif dalam rapat koordinasi.");

    g_assert_false (kn_store_add_feedback (fixture->store, bad_period, &error));
    g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  list = kn_store_list_feedback (fixture->store, skp.plan, TW1);
  g_assert_cmpuint (list->len, ==, 0);
}

/* Deleting feedback changes the feedback of its period: refused while that evaluation is final,
 * as adding is. An id that does not exist is not deleted (nor audited) as if it did. */
static void
test_feedback_delete_locked (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(KnFeedback) entry = NULL;
  gint64 missing;
  gint64 id;
  Skp skp;

  make_skp (fixture, fixture->analis, &skp);
  STOP_IF_FAILED ();
  entry = new_feedback (skp.plan, TW1, "2026-02-20", "Draf kurikulum rapi dan lengkap.");
  g_assert_true (kn_store_add_feedback (fixture->store, entry, &error));
  ASSERT_NO_ERROR (error);

  id = save_ratings (fixture, fixture->analis, TW1, KN_RATING_AS_EXPECTED, KN_RATING_AS_EXPECTED);
  STOP_IF_FAILED ();
  kn_test_finalize (fixture->store, id);
  STOP_IF_FAILED ();

  g_assert_false (kn_store_delete_feedback (fixture->store, entry->id, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  list = kn_store_list_feedback (fixture->store, skp.plan, TW1);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);

  missing = entry->id + 1000;
  g_assert_false (kn_store_delete_feedback (fixture->store, missing, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  audit = kn_store_list_audit (fixture->store, "feedback", missing);
  g_assert_cmpuint (audit->len, ==, 0);
}

/* Listing a unit's evaluations */

static void
test_list_unit_evaluations (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gint64));
  GListModel *employees = kn_store_get_employees (fixture->store);
  gint64 saved;

  /* Someone of another OPD is never listed for the Bidang. */
  add_person (fixture, "Yusuf Maulana, S.H.", "III/b", "Analis SDM Aparatur",
              KN_POSITION_AHLI_PERTAMA, fixture->bkd, 0);
  saved = save_ratings (fixture, fixture->analis, TW1, KN_RATING_ABOVE, KN_RATING_AS_EXPECTED);
  STOP_IF_FAILED ();

  /* Expected: the employees of the Bidang and the Seksi, in the employees model's order. */
  for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      gint64 unit = kn_employee_get_unit_id (employee);

      if (unit == fixture->bidang || unit == fixture->seksi)
        {
          gint64 id = kn_employee_get_id (employee);

          g_array_append_val (expected, id);
        }
    }
  g_assert_cmpuint (expected->len, ==, 4);

  list = kn_store_list_unit_evaluations (fixture->store, fixture->bidang, TW1, 0);
  g_assert_cmpuint (list->len, ==, expected->len);
  STOP_IF_FAILED ();
  for (guint i = 0; i < list->len; i++)
    {
      KnEvaluation *evaluation = g_ptr_array_index (list, i);
      gint64 employee_id = g_array_index (expected, gint64, i);
      KnEmployee *employee = kn_store_lookup_employee (fixture->store, employee_id);

      g_assert_cmpint (kn_evaluation_get_employee_id (evaluation), ==, employee_id);
      g_assert_cmpstr (kn_evaluation_get_period (evaluation), ==, TW1);
      g_assert_cmpint (kn_evaluation_get_assessor_id (evaluation), ==,
                       kn_employee_get_supervisor_id (employee));
      if (employee_id == fixture->analis)
        {
          g_assert_cmpint (kn_evaluation_get_id (evaluation), ==, saved);
          g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, KN_PREDIKAT_BAIK);
        }
      else
        {
          g_assert_cmpint (kn_evaluation_get_id (evaluation), ==, 0);
          g_assert_cmpint (kn_evaluation_get_predikat (evaluation), ==, KN_PREDIKAT_NONE);
          g_assert_cmpint (kn_evaluation_get_status (evaluation), ==, KN_EVALUATION_STATUS_DRAFT);
        }
    }
  g_clear_pointer (&list, g_ptr_array_unref);

  /* The kabid's direct staff only: the kasi and the analis, not the pengelola nor herself. */
  list = kn_store_list_unit_evaluations (fixture->store, fixture->bidang, TW1, fixture->kabid);
  g_assert_cmpuint (list->len, ==, 2);
  for (guint i = 0; i < list->len; i++)
    {
      gint64 employee_id = kn_evaluation_get_employee_id (g_ptr_array_index (list, i));

      g_assert_true (employee_id == fixture->kasi || employee_id == fixture->analis);
    }
  g_clear_pointer (&list, g_ptr_array_unref);

  /* The Dinas holds everyone of its tree (five), the Seksi two. */
  list = kn_store_list_unit_evaluations (fixture->store, fixture->dinas, TW1, 0);
  g_assert_cmpuint (list->len, ==, 5);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = kn_store_list_unit_evaluations (fixture->store, fixture->seksi, TW1, 0);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* The pengelola's evaluation is saved with another assessor (the kabid, not her atasan). */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (fixture->pengelola, TW1);

    kn_evaluation_set_assessor_id (evaluation, fixture->kabid);
    g_assert_true (kn_store_save_evaluation (fixture->store, evaluation, &error));
    ASSERT_NO_ERROR (error);
  }
  list = kn_store_list_unit_evaluations (fixture->store, fixture->seksi, TW1, 0);
  g_assert_cmpuint (list->len, ==, 2);
  for (guint i = 0; i < list->len; i++)
    {
      KnEvaluation *evaluation = g_ptr_array_index (list, i);

      if (kn_evaluation_get_employee_id (evaluation) == fixture->pengelola)
        {
          g_assert_cmpint (kn_evaluation_get_id (evaluation), >, 0);
          g_assert_cmpint (kn_evaluation_get_assessor_id (evaluation), ==, fixture->kabid);
        }
    }
}

/* kn_store_foreach_unit_rating gives the rows kn_store_list_unit_evaluations lists, in its
 * order, with the person's NIP and name: what kinerja-cli evaluasi prints without an object per
 * person (issue 13). */
static void
collect_rating (const KnUnitRating *rating,
                gpointer            user_data)
{
  KnUnitRating copy = *rating;

  copy.nip = g_strdup (rating->nip);
  copy.name = g_strdup (rating->name);
  g_array_append_val (user_data, copy);
}

static void
clear_rating (gpointer data)
{
  KnUnitRating *rating = data;

  g_free ((char *)rating->nip);
  g_free ((char *)rating->name);
}

static void
test_foreach_unit_rating (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GArray) ratings = g_array_new (FALSE, FALSE, sizeof (KnUnitRating));
  g_autoptr(GPtrArray) list = NULL;
  gint64 saved;

  g_array_set_clear_func (ratings, clear_rating);
  saved = save_ratings (fixture, fixture->analis, TW1, KN_RATING_ABOVE, KN_RATING_AS_EXPECTED);
  STOP_IF_FAILED ();

  list = kn_store_list_unit_evaluations (fixture->store, fixture->dinas, TW1, 0);
  kn_store_foreach_unit_rating (fixture->store, fixture->dinas, TW1, collect_rating, ratings);
  g_assert_cmpuint (ratings->len, ==, 5);
  g_assert_cmpuint (ratings->len, ==, list->len);
  STOP_IF_FAILED ();
  for (guint i = 0; i < list->len; i++)
    {
      KnEvaluation *evaluation = g_ptr_array_index (list, i);
      KnUnitRating *rating = &g_array_index (ratings, KnUnitRating, i);
      KnEmployee *employee = kn_store_lookup_employee (fixture->store, rating->employee_id);

      g_assert_cmpint (rating->employee_id, ==, kn_evaluation_get_employee_id (evaluation));
      g_assert_cmpstr (rating->nip, ==, kn_employee_get_nip (employee));
      g_assert_cmpstr (rating->name, ==, kn_employee_get_name (employee));
      g_assert_cmpint (rating->evaluation_id, ==, kn_evaluation_get_id (evaluation));
      g_assert_cmpint (rating->rating_result, ==, kn_evaluation_get_rating_result (evaluation));
      g_assert_cmpint (rating->rating_behaviour, ==, kn_evaluation_get_rating_behaviour (evaluation));
      g_assert_cmpint (rating->status, ==, kn_evaluation_get_status (evaluation));
      if (rating->employee_id == fixture->analis)
        {
          g_assert_cmpint (rating->evaluation_id, ==, saved);
          g_assert_cmpint (rating->rating_result, ==, KN_RATING_ABOVE);
        }
    }
}

/* Saving a new object over an existing row (the row a unit list or another window loaded) updates
 * that row and gives the object its id, so the next save is an update of the same row too. */
static void
test_save_over_existing_row (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) first = kn_evaluation_new (fixture->analis, TW1);
  g_autoptr(KnEvaluation) second = kn_evaluation_new (fixture->analis, TW1);
  g_autoptr(KnEvaluation) loaded = NULL;
  g_autoptr(GPtrArray) all = NULL;

  kn_evaluation_set_rating_result (first, KN_RATING_AS_EXPECTED);
  g_assert_true (kn_store_save_evaluation (fixture->store, first, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (kn_evaluation_get_id (first), >, 0);

  kn_evaluation_set_rating_result (second, KN_RATING_ABOVE);
  kn_evaluation_set_note (second, "Melampaui target kurikulum");
  g_assert_true (kn_store_save_evaluation (fixture->store, second, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (kn_evaluation_get_id (second), ==, kn_evaluation_get_id (first));

  loaded = kn_store_load_evaluation (fixture->store, fixture->analis, TW1, &error);
  ASSERT_NO_ERROR (error);
  g_assert_nonnull (loaded);
  g_assert_cmpint (kn_evaluation_get_id (loaded), ==, kn_evaluation_get_id (first));
  g_assert_cmpint (kn_evaluation_get_rating_result (loaded), ==, KN_RATING_ABOVE);
  g_assert_cmpstr (kn_evaluation_get_note (loaded), ==, "Melampaui target kurikulum");
  all = kn_store_list_employee_evaluations (fixture->store, fixture->analis);
  g_assert_cmpuint (all->len, ==, 1);
}

/* Someone added inside an open bulk transaction is listed with the unit's people, and a unit
 * with no one (or no unit at all) lists no one. */
static void
test_list_unit_evaluations_bulk (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  gint64 added;

  g_assert_true (kn_store_begin (fixture->store, &error));
  ASSERT_NO_ERROR (error);
  added = add_person (fixture, "Dewi Anggraini, S.Pd.", "III/a", "Pengembang Kurikulum",
                      KN_POSITION_AHLI_PERTAMA, fixture->seksi, fixture->kasi);
  list = kn_store_list_unit_evaluations (fixture->store, fixture->seksi, TW1, 0);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpint (kn_evaluation_get_employee_id (g_ptr_array_index (list, 0)), ==,
                   fixture->kasi);
  g_assert_cmpint (kn_evaluation_get_employee_id (g_ptr_array_index (list, 1)), ==,
                   fixture->pengelola);
  g_assert_cmpint (kn_evaluation_get_employee_id (g_ptr_array_index (list, 2)), ==, added);
  staff = kn_store_list_staff (fixture->store, fixture->kasi);
  g_assert_cmpuint (staff->len, ==, 2);
  g_assert_cmpint (kn_employee_get_id (g_ptr_array_index (staff, 0)), ==, fixture->pengelola);
  g_assert_cmpint (kn_employee_get_id (g_ptr_array_index (staff, 1)), ==, added);
  g_assert_true (kn_store_commit (fixture->store, &error));
  ASSERT_NO_ERROR (error);
  g_clear_pointer (&list, g_ptr_array_unref);

  list = kn_store_list_unit_evaluations (fixture->store, fixture->bkd, TW1, 0);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = kn_store_list_unit_evaluations (fixture->store, 0, TW1, 0);
  g_assert_cmpuint (list->len, ==, 0);
}

/* The assessors of a unit: its people (the units under it included) who are someone's atasan,
 * in the employees model's order. */
static void
test_list_unit_assessors (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) dinas = kn_store_list_unit_assessors (fixture->store, fixture->dinas);
  g_autoptr(GPtrArray) bidang = kn_store_list_unit_assessors (fixture->store, fixture->bidang);
  g_autoptr(GPtrArray) seksi = kn_store_list_unit_assessors (fixture->store, fixture->seksi);
  g_autoptr(GPtrArray) bkd = kn_store_list_unit_assessors (fixture->store, fixture->bkd);

  g_assert_cmpuint (dinas->len, ==, 3);
  g_assert_cmpint (kn_employee_get_id (g_ptr_array_index (dinas, 0)), ==, fixture->kadis);
  g_assert_cmpint (kn_employee_get_id (g_ptr_array_index (dinas, 1)), ==, fixture->kabid);
  g_assert_cmpint (kn_employee_get_id (g_ptr_array_index (dinas, 2)), ==, fixture->kasi);
  g_assert_cmpuint (bidang->len, ==, 2);
  g_assert_cmpint (kn_employee_get_id (g_ptr_array_index (bidang, 0)), ==, fixture->kabid);
  g_assert_cmpint (kn_employee_get_id (g_ptr_array_index (bidang, 1)), ==, fixture->kasi);
  g_assert_cmpuint (seksi->len, ==, 1);
  g_assert_cmpint (kn_employee_get_id (g_ptr_array_index (seksi, 0)), ==, fixture->kasi);
  g_assert_cmpuint (bkd->len, ==, 0);
}

/* The distribution counts the same predikat as the unit's list shows, over the whole subtree:
 * a half-rated draft and someone without an evaluation are both not rated yet. */
static void
test_distribution_matches_list (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) half = kn_evaluation_new (fixture->kasi, TW1);
  g_autoptr(GPtrArray) violations = NULL;
  g_autoptr(GPtrArray) list = NULL;
  guint counts[KN_PREDIKAT_N];
  guint expected[KN_PREDIKAT_N] = { 0 };

  save_ratings (fixture, fixture->analis, TW1, KN_RATING_ABOVE, KN_RATING_AS_EXPECTED);
  save_ratings (fixture, fixture->pengelola, TW1, KN_RATING_BELOW, KN_RATING_BELOW);
  STOP_IF_FAILED ();
  kn_evaluation_set_rating_result (half, KN_RATING_ABOVE);
  g_assert_true (kn_store_save_evaluation (fixture->store, half, &error));
  ASSERT_NO_ERROR (error);

  violations = kn_store_check_distribution (fixture->store, fixture->dinas, "2026-tw1", counts);
  g_assert_nonnull (violations);
  list = kn_store_list_unit_evaluations (fixture->store, fixture->dinas, TW1, 0);
  /* The list shows the Kepala Dinas too; the pattern leaves him out, as the recap does. */
  for (guint i = 0; i < list->len; i++)
    if (!kn_store_is_unit_head (fixture->store,
                                kn_evaluation_get_employee_id (g_ptr_array_index (list, i)),
                                fixture->dinas))
      expected[kn_evaluation_get_predikat (g_ptr_array_index (list, i))]++;
  for (guint p = 0; p < KN_PREDIKAT_N; p++)
    g_assert_cmpuint (counts[p], ==, expected[p]);
  g_assert_cmpuint (counts[KN_PREDIKAT_NONE], ==, 2);
  g_assert_cmpuint (counts[KN_PREDIKAT_BAIK], ==, 1);
  g_assert_cmpuint (counts[KN_PREDIKAT_SANGAT_KURANG], ==, 1);
}

/* Two desks: the second save from a copy read before the first save is refused, says who
 * saved and when, and changes nothing; reloaded, it saves (issue 11). */
static void
test_save_changed_elsewhere (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) other = kn_store_open (fixture->path, &error);
  g_autoptr(KnEvaluation) mine = NULL;
  g_autoptr(KnEvaluation) theirs = NULL;
  g_autoptr(KnEvaluation) stored = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%d-%m-%Y");
  g_autofree char *who = kn_test_saver_name (fixture->path);

  g_assert_no_error (error);
  save_ratings (fixture, fixture->analis, TW1, KN_RATING_AS_EXPECTED, KN_RATING_AS_EXPECTED);
  STOP_IF_FAILED ();

  mine = load_evaluation (fixture, fixture->analis, TW1);
  theirs = kn_store_load_evaluation (other, fixture->analis, TW1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (theirs);
  STOP_IF_FAILED ();
  g_assert_cmpint (kn_evaluation_get_row_version (mine), ==, kn_evaluation_get_row_version (theirs));

  /* The other desk saves first. */
  kn_evaluation_set_note (theirs, "Dinilai di meja lain");
  g_assert_true (kn_store_save_evaluation (other, theirs, &error));
  g_assert_no_error (error);

  /* Mine is refused, naming who saved and when. */
  kn_evaluation_set_rating_result (mine, KN_RATING_ABOVE);
  g_assert_false (kn_store_save_evaluation (fixture->store, mine, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_CHANGED);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (error->message, who));
  g_assert_nonnull (strstr (error->message, today));
  g_assert_nonnull (strstr (error->message, "Reload"));
  g_clear_error (&error);

  /* Nothing of mine was written over theirs. */
  stored = load_evaluation (fixture, fixture->analis, TW1);
  g_assert_cmpstr (kn_evaluation_get_note (stored), ==, "Dinilai di meja lain");
  g_assert_cmpint (kn_evaluation_get_rating_result (stored), ==, KN_RATING_AS_EXPECTED);

  /* Reloaded, my change goes in; and their old copy is refused now. */
  kn_evaluation_set_rating_result (stored, KN_RATING_ABOVE);
  g_assert_true (kn_store_save_evaluation (fixture->store, stored, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_save_evaluation (fixture->store, stored, &error));
  g_assert_no_error (error);
  kn_evaluation_set_note (theirs, "Lagi");
  g_assert_false (kn_store_save_evaluation (other, theirs, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_CHANGED);
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

#define ADD KN_TEST_ADD

  ADD ("/store-eval/save/round-trip", test_save_round_trip);
  ADD ("/store-eval/save/over-existing-row", test_save_over_existing_row);
  ADD ("/store-eval/save/period-spelling", test_save_period_spelling);
  ADD ("/store-eval/save/invalid-rating", test_save_invalid_rating);
  ADD ("/store-eval/save/bad-period", test_save_bad_period);
  ADD ("/store-eval/save/cannot-finalise", test_save_cannot_finalise);
  ADD ("/store-eval/save/changed-elsewhere", test_save_changed_elsewhere);

  ADD ("/store-eval/finalize/needs-ratings", test_finalize_needs_ratings);
  ADD ("/store-eval/finalize/snapshot", test_finalize_snapshot);
  ADD ("/store-eval/finalize/snapshot-rank-of-period", test_finalize_snapshot_rank_of_period);
  ADD ("/store-eval/finalize/snapshot-org-predikat", test_finalize_snapshot_org_predikat);
  ADD ("/store-eval/finalize/org-predikat-of-period", test_finalize_org_predikat_of_period);
  ADD ("/store-eval/finalize/locked", test_finalize_locked);
  ADD ("/store-eval/finalize/keeps-its-basis", test_final_keeps_its_basis);
  ADD ("/store-eval/finalize/snapshot-survives-promotion",
       test_finalize_snapshot_survives_promotion);

  ADD ("/store-eval/reopen", test_reopen);

  ADD ("/store-eval/finalize-unit/counts", test_finalize_unit);
  ADD ("/store-eval/finalize-unit/assessor", test_finalize_unit_assessor);
  ADD ("/store-eval/finalize-unit/all-or-nothing", test_finalize_unit_all_or_nothing);

  ADD ("/store-eval/org-predikat/set-get", test_org_predikat_set_get);
  ADD ("/store-eval/org-predikat/head-rating", test_org_predikat_head_rating);
  ADD ("/store-eval/org-predikat/no-atasan-not-head", test_org_predikat_no_atasan_not_head);
  ADD ("/store-eval/org-predikat/final-head", test_org_predikat_final_head);

  ADD ("/store-eval/period-scheme", test_period_scheme);

  ADD ("/store-eval/distribution/check", test_distribution_check);
  ADD ("/store-eval/distribution/default-rules", test_distribution_default_rules);

  ADD ("/store-eval/angka-kredit", test_angka_kredit);

  ADD ("/store-eval/realization/round-trip", test_realization_round_trip);
  ADD ("/store-eval/realization/invalid", test_realization_invalid);

  ADD ("/store-eval/feedback/round-trip", test_feedback_round_trip);
  ADD ("/store-eval/feedback/invalid", test_feedback_invalid);
  ADD ("/store-eval/feedback/delete-locked", test_feedback_delete_locked);

  ADD ("/store-eval/list-unit", test_list_unit_evaluations);
  ADD ("/store-eval/foreach-unit-rating", test_foreach_unit_rating);
  ADD ("/store-eval/list-unit-bulk", test_list_unit_evaluations_bulk);
  ADD ("/store-eval/list-unit-assessors", test_list_unit_assessors);
  ADD ("/store-eval/distribution-matches-list", test_distribution_matches_list);

#undef ADD

  return g_test_run ();
}
