/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who may see and change what on a server, enforced by PostgreSQL: each role connects with its
 * own login to the private test server and is shown what it cannot read or write. */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <gio/gio.h>

#include "kinerja/kinerja.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-store-review.h"

#include "kn-test-util.h"

#define TW1 "2026-TW1"

typedef struct
{
  char    *uri;         /* the owner's (the test server's superuser) */
  char    *tag;         /* makes this run's login names unique on the cluster */
  KnStore *owner;
  gint64   unit_a;      /* Dinas A, with Bidang A1 below it */
  gint64   unit_a1;
  gint64   unit_b;      /* Dinas B */
  gint64   head_a;      /* kepala Dinas A: atasan of staff_a */
  gint64   staff_a;     /* in Bidang A1: atasan of clerk_a */
  gint64   clerk_a;
  gint64   head_b;
  guint    n_people;
  gint64   plan;        /* staff_a's SKP */
  gint64   indicator;   /* its IKI */
} Fixture;

static char *
login_name (Fixture    *fixture,
            const char *what)
{
  return g_strdup_printf ("t%s_%s", fixture->tag, what);
}

/* Gives @employee_id's person a login as @role; returns the URI to connect with. */
static char *
add_login (Fixture      *fixture,
           const char   *what,
           gint64        employee_id,
           KnServerRole  role,
           gint64        unit_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *login = login_name (fixture, what);
  KnEmployee *employee = kn_store_lookup_employee (fixture->owner, employee_id);
  g_autofree char *added = NULL;

  g_assert_nonnull (employee);
  added = kn_store_server_add_user (fixture->owner, kn_employee_get_nip (employee), role, unit_id,
                                    login, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (added, ==, login);
  return kn_test_uri_as (fixture->uri, login);
}

static KnStore *
open_as (const char *uri)
{
  return kn_test_store_open (uri, KN_STORE_OPEN_EXISTING);
}

/* A store opened by a new login of @employee_id's person as @role (add_login). */
static KnStore *
open_login (Fixture      *fixture,
            const char   *what,
            gint64        employee_id,
            KnServerRole  role,
            gint64        unit_id)
{
  g_autofree char *uri = add_login (fixture, what, employee_id, role, unit_id);

  return open_as (uri);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = NULL;
  KnPlanResult *result;
  KnIndicator *indicator;

  fixture->owner = kn_test_server_owner_open (&fixture->uri, &fixture->tag);

  fixture->unit_a = kn_test_add_unit (fixture->owner, "Dinas A", 0);
  fixture->unit_a1 = kn_test_add_unit (fixture->owner, "Bidang A1", fixture->unit_a);
  fixture->unit_b = kn_test_add_unit (fixture->owner, "Dinas B", 0);
  fixture->head_a = kn_test_add_staff (fixture->owner, &fixture->n_people, "Kepala A",
                                       "Kepala Dinas", KN_POSITION_JPT_PRATAMA,
                                       fixture->unit_a, 0);
  fixture->staff_a = kn_test_add_staff (fixture->owner, &fixture->n_people, "Kabid A1",
                                        "Kepala Bidang", KN_POSITION_ADMINISTRATOR,
                                        fixture->unit_a1, fixture->head_a);
  fixture->clerk_a = kn_test_add_staff (fixture->owner, &fixture->n_people, "Staf A1",
                                        "Pengadministrasi", KN_POSITION_PELAKSANA,
                                        fixture->unit_a1, fixture->staff_a);
  fixture->head_b = kn_test_add_staff (fixture->owner, &fixture->n_people, "Kadis B",
                                       "Kepala Dinas", KN_POSITION_JPT_PRATAMA,
                                       fixture->unit_b, 0);

  /* staff_a's SKP with one IKI, for the realisation. */
  plan = kn_plan_new (fixture->staff_a, 2026);
  result = kn_test_plan_add_result (plan, KN_RESULT_KIND_UTAMA, "Terlaksananya pembinaan", 0);
  indicator = kn_test_result_add_indicator (result, KN_ASPECT_KUANTITAS,
                                            "Jumlah sekolah yang dibina", 10, "sekolah");
  g_assert_true (kn_store_save_plan (fixture->owner, plan, &error));
  g_assert_no_error (error);
  fixture->plan = kn_plan_get_id (plan);
  fixture->indicator = kn_indicator_get_id (indicator);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_server_owner_close (&fixture->owner, &fixture->uri, &fixture->tag);
}

static gboolean
sees (KnStore *store,
      gint64   employee_id)
{
  return kn_store_lookup_employee (store, employee_id) != NULL;
}

/* A rated evaluation of @employee_id, saved by @store. */
static gboolean
rate (KnStore   *store,
      gint64     employee_id,
      KnRating   rating,
      GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (store, employee_id, TW1,
                                                                 &local_error);

  g_assert_no_error (local_error);
  if (evaluation == NULL)
    evaluation = kn_evaluation_new (employee_id, TW1);
  kn_evaluation_set_rating_result (evaluation, rating);
  kn_evaluation_set_rating_behaviour (evaluation, rating);
  return kn_store_save_evaluation (store, evaluation, error);
}

static KnRating
rating_of (KnStore *store,
           gint64   employee_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (store, employee_id, TW1, &error);

  g_assert_no_error (error);
  return evaluation != NULL ? kn_evaluation_get_rating_result (evaluation) : KN_RATING_NONE;
}

/* Makes @employee a PNS analis (III/a, pelaksana) of @unit_id. */
static void
set_analis (KnEmployee *employee,
            const char *nip,
            const char *name,
            gint64      unit_id)
{
  kn_employee_set_nip (employee, nip);
  kn_employee_set_name (employee, name);
  kn_employee_set_status (employee, KN_EMPLOYEE_STATUS_PNS);
  kn_employee_set_rank (employee, "III/a");
  kn_employee_set_position (employee, "Analis");
  kn_employee_set_position_kind (employee, KN_POSITION_PELAKSANA);
  kn_employee_set_unit_id (employee, unit_id);
}

static void
assert_refused (GError *error)
{
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_PERMISSION);
  if (error != NULL)
    g_assert_nonnull (strstr (error->message, "may not make this change"));
}

static void
test_operator (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = add_login (fixture, "op", fixture->head_a, KN_SERVER_ROLE_OPERATOR,
                                    fixture->unit_a);
  g_autoptr(KnStore) store = open_as (uri);
  g_autoptr(KnEmployee) newcomer = kn_employee_new ();
  g_autoptr(KnEmployee) intruder = kn_employee_new ();
  g_autoptr(KnEmployee) renamed = NULL;
  g_autofree char *nip_new = kn_test_nip (fixture->n_people++, NULL);
  g_autofree char *nip_b = kn_test_nip (fixture->n_people++, NULL);

  /* Dinas A's people, everyone below it; not Dinas B's. */
  g_assert_true (sees (store, fixture->head_a));
  g_assert_true (sees (store, fixture->staff_a));
  g_assert_true (sees (store, fixture->clerk_a));
  g_assert_false (sees (store, fixture->head_b));
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (store)), ==, 3);

  /* A newcomer in Bidang A1 is theirs to add … */
  set_analis (newcomer, nip_new, "Pegawai Baru", fixture->unit_a1);
  g_assert_true (kn_store_add_employee (store, newcomer, &error));
  g_assert_no_error (error);

  /* … one in Dinas B is not, */
  set_analis (intruder, nip_b, "Pegawai Titipan", fixture->unit_b);
  g_assert_false (kn_store_add_employee (store, intruder, &error));
  assert_refused (error);
  g_clear_error (&error);

  /* … nor is moving their own person into Dinas B, */
  renamed = kn_employee_copy (kn_store_lookup_employee (store, fixture->clerk_a));
  kn_employee_set_unit_id (renamed, fixture->unit_b);
  g_assert_false (kn_store_update_employee (store, renamed, &error));
  assert_refused (error);
  g_clear_error (&error);

  /* … nor rating Dinas B's head, whom they cannot even see. */
  g_assert_false (rate (store, fixture->head_b, KN_RATING_ABOVE, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* The owner sees what happened: the newcomer, nothing in Dinas B. */
  kn_test_store_reopen (&fixture->owner, fixture->uri);
  g_assert_nonnull (kn_store_find_employee_by_nip (fixture->owner, nip_new));
  g_assert_null (kn_store_find_employee_by_nip (fixture->owner, nip_b));
  g_assert_cmpint (kn_employee_get_unit_id (kn_store_lookup_employee (fixture->owner,
                                                                      fixture->clerk_a)),
                   ==, fixture->unit_a1);
  g_assert_cmpint (rating_of (fixture->owner, fixture->head_b), ==, KN_RATING_NONE);
}

static void
test_pegawai (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = add_login (fixture, "peg", fixture->staff_a, KN_SERVER_ROLE_PEGAWAI, 0);
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnRealization) realization = kn_realization_new (fixture->indicator, TW1);
  g_autoptr(GPtrArray) realizations = NULL;

  /* The head rated them "sesuai". */
  g_assert_true (rate (fixture->owner, fixture->staff_a, KN_RATING_AS_EXPECTED, &error));
  g_assert_no_error (error);

  store = open_as (uri);
  /* Themselves and their atasan (the documents name them), not their own staff or others. */
  g_assert_true (sees (store, fixture->staff_a));
  g_assert_true (sees (store, fixture->head_a));
  g_assert_false (sees (store, fixture->clerk_a));
  g_assert_false (sees (store, fixture->head_b));

  /* They read their rating and cannot change it. */
  g_assert_cmpint (rating_of (store, fixture->staff_a), ==, KN_RATING_AS_EXPECTED);
  g_assert_false (rate (store, fixture->staff_a, KN_RATING_ABOVE, &error));
  assert_refused (error);
  g_clear_error (&error);
  g_assert_cmpint (rating_of (fixture->owner, fixture->staff_a), ==, KN_RATING_AS_EXPECTED);

  /* The Tim Penilai Kinerja's decision on them, not on others. */
  {
    gint64 team = kn_store_add_review_team (fixture->owner, "Tim Penilai Kinerja", NULL, 2026,
                                            &error);
    g_autoptr(GPtrArray) reviews = NULL;

    g_assert_no_error (error);
    g_assert_true (kn_store_record_review (fixture->owner, team, fixture->staff_a, TW1,
                                           KN_REVIEW_SETUJU, NULL, &error));
    g_assert_true (kn_store_record_review (fixture->owner, team, fixture->head_b, TW1,
                                           KN_REVIEW_TINJAU_ULANG, "Bukti dukung belum ada",
                                           &error));
    g_assert_no_error (error);
    reviews = kn_store_list_reviews (store, team, TW1);
    g_assert_cmpuint (reviews->len, ==, 1);
    if (reviews->len == 1)
      g_assert_cmpint (((KnReviewEntry *)g_ptr_array_index (reviews, 0))->employee_id, ==,
                       fixture->staff_a);
  }

  /* Their own realisation is theirs to record. */
  realization->has_value = TRUE;
  realization->value = 4;
  realization->evidence = g_strdup ("Laporan pembinaan");
  g_assert_true (kn_store_save_realization (store, realization, &error));
  g_assert_no_error (error);
  realizations = kn_store_list_realizations (fixture->owner, fixture->plan, TW1);
  g_assert_cmpuint (realizations->len, ==, 1);
}

static void
test_penilai (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = open_login (fixture, "pen", fixture->staff_a, KN_SERVER_ROLE_PENILAI,
                                         0);

  /* Their staff (and themselves, and their atasan); not Dinas B. */
  g_assert_true (sees (store, fixture->clerk_a));
  g_assert_true (sees (store, fixture->staff_a));
  g_assert_true (sees (store, fixture->head_a));
  g_assert_false (sees (store, fixture->head_b));

  /* They rate their staff … */
  g_assert_true (rate (store, fixture->clerk_a, KN_RATING_ABOVE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rating_of (fixture->owner, fixture->clerk_a), ==, KN_RATING_ABOVE);

  /* … not themselves, */
  g_assert_false (rate (store, fixture->staff_a, KN_RATING_ABOVE, &error));
  assert_refused (error);
  g_clear_error (&error);
  g_assert_cmpint (rating_of (fixture->owner, fixture->staff_a), ==, KN_RATING_NONE);

  /* … nor anyone they cannot see. */
  g_assert_false (rate (store, fixture->head_b, KN_RATING_ABOVE, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (rating_of (fixture->owner, fixture->head_b), ==, KN_RATING_NONE);
}

static KnReviewDecision
decision_of (Fixture *fixture,
             gint64   employee_id)
{
  g_autoptr(KnReviewEntry) review = NULL;

  kn_test_store_reopen (&fixture->owner, fixture->uri);
  review = kn_store_get_review (fixture->owner, employee_id, TW1);
  g_assert_nonnull (review);
  return review != NULL ? review->decision : KN_REVIEW_N;
}

/* The atasan answers the Tim Penilai's "mohon ditinjau ulang" for their own staff (the matter
 * goes back before the team); not for themselves, their atasan, or a matter the team has not
 * asked again about, and the answer cannot decide for the team. */
static void
test_answer_review (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = open_login (fixture, "ans", fixture->staff_a, KN_SERVER_ROLE_PENILAI,
                                         0);
  gint64 team = kn_store_add_review_team (fixture->owner, "Tim Penilai Kinerja", NULL, 2026,
                                          &error);
  const gint64 asked[] = { fixture->clerk_a, fixture->staff_a, fixture->head_a };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (asked); i++)
    {
      g_assert_true (kn_store_record_review (fixture->owner, team, asked[i], TW1,
                                             KN_REVIEW_TINJAU_ULANG, "Bukti dukung kurang",
                                             &error));
      g_assert_no_error (error);
    }

  /* Their staff's: saved, back before the team with the answer. */
  g_assert_true (kn_store_record_review (store, team, fixture->clerk_a, TW1, KN_REVIEW_DIAJUKAN,
                                         "Bukti dukung ditambahkan", &error));
  g_assert_no_error (error);
  g_assert_cmpint (decision_of (fixture, fixture->clerk_a), ==, KN_REVIEW_DIAJUKAN);

  /* The answer does not decide for the team, nor answer again what is already before it. */
  g_assert_false (kn_store_record_review (store, team, fixture->clerk_a, TW1, KN_REVIEW_SETUJU,
                                          NULL, &error));
  assert_refused (error);
  g_clear_error (&error);
  g_assert_false (kn_store_record_review (store, team, fixture->clerk_a, TW1, KN_REVIEW_DIAJUKAN,
                                          "Sekali lagi", &error));
  assert_refused (error);
  g_clear_error (&error);
  g_assert_cmpint (decision_of (fixture, fixture->clerk_a), ==, KN_REVIEW_DIAJUKAN);

  /* Not their own (their atasan answers it), nor their atasan's. */
  g_assert_false (kn_store_record_review (store, team, fixture->staff_a, TW1, KN_REVIEW_DIAJUKAN,
                                          "Sudah diperbaiki", &error));
  assert_refused (error);
  g_clear_error (&error);
  g_assert_cmpint (decision_of (fixture, fixture->staff_a), ==, KN_REVIEW_TINJAU_ULANG);
  g_assert_false (kn_store_record_review (store, team, fixture->head_a, TW1, KN_REVIEW_DIAJUKAN,
                                          "Sudah diperbaiki", &error));
  assert_refused (error);
  g_clear_error (&error);
  g_assert_cmpint (decision_of (fixture, fixture->head_a), ==, KN_REVIEW_TINJAU_ULANG);

  /* A matter the team agreed to stays agreed. */
  g_assert_true (kn_store_record_review (fixture->owner, team, fixture->clerk_a, TW1,
                                         KN_REVIEW_SETUJU, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (kn_store_record_review (store, team, fixture->clerk_a, TW1, KN_REVIEW_DIAJUKAN,
                                          "Mohon dilihat lagi", &error));
  assert_refused (error);
  g_clear_error (&error);
  g_assert_cmpint (decision_of (fixture, fixture->clerk_a), ==, KN_REVIEW_SETUJU);
}

/* The Tim Penilai Kinerja as a role of its own: a member of a team reads the people of the
 * units under review and records their team's decisions on them; nothing else — not another
 * unit's people, not another team's decisions, no rating, realisation, team or member. */
static void
test_tim (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 staff_b = kn_test_add_staff (fixture->owner, &fixture->n_people, "Staf B",
                                      "Pengadministrasi", KN_POSITION_PELAKSANA,
                                      fixture->unit_b, fixture->head_b);
  gint64 team = kn_store_add_review_team (fixture->owner, "Tim Penilai Kinerja", NULL, 2026,
                                          &error);
  gint64 other_team = kn_store_add_review_team (fixture->owner, "Tim Lain", NULL, 2026, &error);
  g_autofree char *uri = NULL;
  g_autofree char *outsider_uri = NULL;
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnStore) outsider = NULL;
  g_autoptr(KnRealization) realization = kn_realization_new (fixture->indicator, TW1);
  g_autoptr(KnReviewEntry) review = NULL;

  g_assert_no_error (error);
  g_assert_true (kn_store_set_review_member (fixture->owner, team, fixture->head_b,
                                            KN_REVIEW_ROLE_KETUA, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_set_unit_review (fixture->owner, fixture->unit_a, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (rate (fixture->owner, fixture->clerk_a, KN_RATING_AS_EXPECTED, &error));
  g_assert_no_error (error);
  uri = add_login (fixture, "tim", fixture->head_b, KN_SERVER_ROLE_TIM, 0);
  store = open_as (uri);
  g_assert_cmpint (kn_store_get_login_role (store), ==, KN_SERVER_ROLE_TIM);
  g_assert_true (kn_store_login_may (store, KN_STORE_RIGHT_DECIDE, 0));
  g_assert_false (kn_store_login_may (store, KN_STORE_RIGHT_REVIEW, 0));
  g_assert_false (kn_store_login_may (store, KN_STORE_RIGHT_RATE, fixture->clerk_a));
  g_assert_false (kn_store_login_may (store, KN_STORE_RIGHT_KEEP_PEOPLE, 0));

  /* The units under review (Dinas A and Bidang A1 below it), with the evaluations and SKPs. */
  g_assert_true (sees (store, fixture->clerk_a));
  g_assert_true (sees (store, fixture->staff_a));
  g_assert_cmpint (rating_of (store, fixture->clerk_a), ==, KN_RATING_AS_EXPECTED);
  {
    g_autoptr(KnPlan) plan = kn_store_load_plan (store, fixture->staff_a, 2026, &error);

    g_assert_no_error (error);
    g_assert_nonnull (plan);
  }
  /* Not a unit that is not under review. */
  g_assert_false (sees (store, staff_b));

  /* Their team's decision: saved. */
  g_assert_true (kn_store_record_review (store, team, fixture->clerk_a, TW1, KN_REVIEW_SETUJU,
                                         NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_record_review (store, team, fixture->clerk_a, TW1,
                                         KN_REVIEW_TINJAU_ULANG, "Bukti dukung kurang", &error));
  g_assert_no_error (error);
  kn_test_store_reopen (&fixture->owner, fixture->uri);
  review = kn_store_get_review (fixture->owner, fixture->clerk_a, TW1);
  g_assert_nonnull (review);
  g_assert_cmpint (review->decision, ==, KN_REVIEW_TINJAU_ULANG);

  /* Not another team's, not someone outside the units under review. */
  g_assert_false (kn_store_record_review (store, other_team, fixture->staff_a, TW1,
                                          KN_REVIEW_SETUJU, NULL, &error));
  assert_refused (error);
  g_clear_error (&error);
  g_assert_false (kn_store_record_review (store, team, staff_b, TW1, KN_REVIEW_SETUJU, NULL,
                                          &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Nothing else: no rating, no realisation, no team or member. */
  g_assert_false (rate (store, fixture->clerk_a, KN_RATING_ABOVE, &error));
  assert_refused (error);
  g_clear_error (&error);
  realization->has_value = TRUE;
  realization->value = 4;
  g_assert_false (kn_store_save_realization (store, realization, &error));
  assert_refused (error);
  g_clear_error (&error);
  g_assert_cmpint (kn_store_add_review_team (store, "Tim Baru", NULL, 2026, &error), ==, 0);
  assert_refused (error);
  g_clear_error (&error);
  g_assert_false (kn_store_set_review_member (store, team, fixture->staff_a,
                                             KN_REVIEW_ROLE_ANGGOTA, &error));
  assert_refused (error);
  g_clear_error (&error);

  /* A "tim" login that is no member of any team reads no one under review, and decides
   * nothing. */
  outsider_uri = add_login (fixture, "timx", fixture->head_a, KN_SERVER_ROLE_TIM, 0);
  outsider = open_as (outsider_uri);
  g_assert_false (sees (outsider, fixture->clerk_a));
  g_assert_false (kn_store_record_review (outsider, team, fixture->clerk_a, TW1,
                                          KN_REVIEW_SETUJU, NULL, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static int psql_as (const char *uri, const char *sql, char **out);

/* Two OPDs under review, each with the Tim Penilai formed for it (schema 12): a member of Dinas
 * A's team reads Dinas A's people and decides for them; of Dinas B's it reads nothing (the
 * person, their evaluation and the other team's decision are not there) and a decision for them
 * is refused — through Kinerja and straight in SQL. A team formed for the whole instansi
 * reaches both. */
static void
test_tim_team_unit (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 inspectorate = kn_test_add_unit (fixture->owner, "Inspektorat", 0);
  gint64 staff_b = kn_test_add_staff (fixture->owner, &fixture->n_people, "Staf B",
                                      "Pengadministrasi", KN_POSITION_PELAKSANA,
                                      fixture->unit_b, fixture->head_b);
  gint64 auditor_a = kn_test_add_staff (fixture->owner, &fixture->n_people, "Auditor A",
                                        "Auditor Ahli Muda", KN_POSITION_AHLI_MUDA, inspectorate,
                                        0);
  gint64 auditor_b = kn_test_add_staff (fixture->owner, &fixture->n_people, "Auditor B",
                                        "Auditor Ahli Muda", KN_POSITION_AHLI_MUDA, inspectorate,
                                        0);
  gint64 team_a = kn_store_add_unit_review_team (fixture->owner, "Tim Penilai Kinerja Dinas A",
                                                 NULL, 2026, fixture->unit_a, &error);
  gint64 team_b = kn_store_add_unit_review_team (fixture->owner, "Tim Penilai Kinerja Dinas B",
                                                 NULL, 2026, fixture->unit_b, &error);
  gint64 whole = kn_store_add_review_team (fixture->owner, "Tim Penilai Kinerja Provinsi", NULL,
                                           2026, &error);
  g_autofree char *uri_a = NULL;
  g_autofree char *uri_b = NULL;
  g_autofree char *uri_whole = NULL;
  g_autofree char *insert = NULL;
  g_autofree char *count = NULL;
  g_autofree char *out = NULL;
  g_autoptr(KnStore) member_a = NULL;
  g_autoptr(KnStore) member_b = NULL;
  g_autoptr(KnStore) member_whole = NULL;
  g_autoptr(GPtrArray) reviews = NULL;

  g_assert_no_error (error);
  g_assert_true (kn_store_set_review_member (fixture->owner, team_a, auditor_a,
                                            KN_REVIEW_ROLE_KETUA, &error));
  g_assert_true (kn_store_set_review_member (fixture->owner, team_b, auditor_b,
                                            KN_REVIEW_ROLE_KETUA, &error));
  g_assert_true (kn_store_set_review_member (fixture->owner, whole, fixture->head_a,
                                            KN_REVIEW_ROLE_KETUA, &error));
  g_assert_true (kn_store_set_unit_review (fixture->owner, fixture->unit_a, TRUE, &error));
  g_assert_true (kn_store_set_unit_review (fixture->owner, fixture->unit_b, TRUE, &error));
  g_assert_true (rate (fixture->owner, staff_b, KN_RATING_AS_EXPECTED, &error));
  g_assert_true (kn_store_record_review (fixture->owner, team_b, staff_b, TW1,
                                         KN_REVIEW_DIAJUKAN, "Periksa bukti dukung", &error));
  g_assert_no_error (error);

  uri_a = add_login (fixture, "tima", auditor_a, KN_SERVER_ROLE_TIM, 0);
  uri_b = add_login (fixture, "timb", auditor_b, KN_SERVER_ROLE_TIM, 0);
  uri_whole = add_login (fixture, "timw", fixture->head_a, KN_SERVER_ROLE_TIM, 0);
  member_a = open_as (uri_a);
  member_b = open_as (uri_b);
  member_whole = open_as (uri_whole);

  /* Dinas A's team member: Dinas A (and Bidang A1 below it), never Dinas B. */
  g_assert_true (sees (member_a, fixture->clerk_a));
  g_assert_false (sees (member_a, staff_b));
  g_assert_false (sees (member_a, fixture->head_b));
  g_assert_cmpint (rating_of (member_a, staff_b), ==, KN_RATING_NONE);
  g_assert_null (kn_store_get_review (member_a, staff_b, TW1));
  reviews = kn_store_list_reviews (member_a, team_b, TW1);
  g_assert_cmpuint (reviews->len, ==, 0);
  g_assert_true (kn_store_record_review (member_a, team_a, fixture->clerk_a, TW1,
                                         KN_REVIEW_SETUJU, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (kn_store_record_review (member_a, team_a, staff_b, TW1, KN_REVIEW_SETUJU,
                                          NULL, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  if (error != NULL)
    g_assert_nonnull (strstr (error->message, "not among the people your login may see"));
  g_clear_error (&error);

  /* Straight in SQL, past Kinerja's own checks: the server reads nothing of Dinas B's and
   * refuses the decision, for either team's number. */
  count = g_strdup_printf ("SELECT (SELECT count (*) FROM employee WHERE id = %" G_GINT64_FORMAT
                           ") + (SELECT count (*) FROM review_decision WHERE employee_id = %"
                           G_GINT64_FORMAT ") + (SELECT count (*) FROM evaluation"
                           " WHERE employee_id = %" G_GINT64_FORMAT ")",
                           staff_b, staff_b, staff_b);
  g_assert_cmpint (psql_as (uri_a, count, &out), ==, 0);
  g_assert_cmpstr (out, ==, "0\n");
  g_clear_pointer (&out, g_free);
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&insert, g_free);
      insert = g_strdup_printf ("INSERT INTO review_decision (team_id, employee_id, period,"
                                " decision, decided_at) VALUES (%" G_GINT64_FORMAT ", %"
                                G_GINT64_FORMAT ", '2026-TW2', 'setuju', '2026-07-01T00:00:00Z')",
                                i == 0 ? team_a : team_b, staff_b);
      g_assert_cmpint (psql_as (uri_a, insert, NULL), !=, 0);
    }
  /* Changing Dinas B's matter: not there for the login (nothing changed), or refused. */
  g_clear_pointer (&insert, g_free);
  insert = g_strdup_printf ("UPDATE review_decision SET decision = 'setuju', reason = NULL,"
                            " decided_at = '2026-07-01T00:00:00Z' WHERE employee_id = %"
                            G_GINT64_FORMAT, staff_b);
  psql_as (uri_a, insert, NULL);
  kn_test_store_reopen (&fixture->owner, fixture->uri);
  {
    g_autoptr(KnReviewEntry) review = kn_store_get_review (fixture->owner, staff_b, TW1);

    g_assert_nonnull (review);
    if (review != NULL)
      g_assert_cmpint (review->decision, ==, KN_REVIEW_DIAJUKAN);
    g_assert_null (kn_store_get_review (fixture->owner, staff_b, "2026-TW2"));
  }

  /* Dinas B's team member: the other way round. */
  g_assert_true (sees (member_b, staff_b));
  g_assert_false (sees (member_b, fixture->clerk_a));
  g_assert_true (kn_store_record_review (member_b, team_b, staff_b, TW1, KN_REVIEW_SETUJU, NULL,
                                         &error));
  g_assert_no_error (error);

  /* The whole instansi's team: both. */
  g_assert_true (sees (member_whole, staff_b));
  g_assert_true (sees (member_whole, fixture->clerk_a));
  g_assert_true (kn_store_record_review (member_whole, whole, staff_b, TW1, KN_REVIEW_SETUJU,
                                         NULL, &error));
  g_assert_no_error (error);
}

/* @store's setuju on @employee_id for @period is refused as invalid, the message naming @says. */
static void
assert_review_out_of_reach (KnStore    *store,
                            gint64      team,
                            gint64      employee_id,
                            const char *period,
                            const char *says)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kn_store_record_review (store, team, employee_id, period, KN_REVIEW_SETUJU,
                                          NULL, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  if (error != NULL)
    g_assert_nonnull (strstr (error->message, says));
}

/* A person moved out of the team's unit after the period (clerk_a, from Bidang A1 to Dinas B on
 * 1 May): the unit of the period's last day decides, as in the store. Dinas A's team still reads
 * them (and the atasan they had there, not their new one) and decides their first quarter; not
 * their second, nor their year, when they were in Dinas B — through Kinerja and straight in SQL.
 * A period of another year is refused too, for someone who never moved. */
static void
test_tim_moved (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnHistoryEntry) move = kn_history_entry_new (fixture->clerk_a, KN_HISTORY_MUTASI);
  gint64 inspectorate = kn_test_add_unit (fixture->owner, "Inspektorat", 0);
  gint64 auditor = kn_test_add_staff (fixture->owner, &fixture->n_people, "Auditor A",
                                      "Auditor Ahli Muda", KN_POSITION_AHLI_MUDA, inspectorate, 0);
  gint64 team = kn_store_add_unit_review_team (fixture->owner, "Tim Penilai Kinerja Dinas A",
                                               NULL, 2026, fixture->unit_a, &error);
  g_autofree char *uri = NULL;
  g_autoptr(KnStore) member = NULL;
  const struct
  {
    gint64      employee_id;
    const char *period;
    gboolean    allowed;
  } rows[] = {
    { fixture->clerk_a, "2026-04", TRUE },      /* the day before the move */
    { fixture->clerk_a, "2026-TW2", FALSE },
    { fixture->clerk_a, "2026-AKHIR", FALSE },
    { fixture->staff_a, "2026-TW2", TRUE },
    { fixture->staff_a, "2027-TW1", FALSE },    /* not the team's year */
  };

  g_assert_no_error (error);
  g_assert_true (kn_store_set_review_member (fixture->owner, team, auditor, KN_REVIEW_ROLE_KETUA,
                                            &error));
  g_assert_true (kn_store_set_unit_review (fixture->owner, fixture->unit_a, TRUE, &error));
  g_assert_no_error (error);
  move->start_date = g_strdup ("2026-05-01");
  move->unit_id = fixture->unit_b;
  move->supervisor_id = fixture->head_b;
  g_assert_true (kn_store_add_history (fixture->owner, move, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kn_employee_get_unit_id (kn_store_lookup_employee (fixture->owner,
                                                                      fixture->clerk_a)),
                   ==, fixture->unit_b);

  uri = add_login (fixture, "timm", auditor, KN_SERVER_ROLE_TIM, 0);
  member = open_as (uri);
  g_assert_true (sees (member, fixture->clerk_a));
  /* The atasan who rated them in Bidang A1, not their new one in Dinas B. */
  g_assert_true (sees (member, fixture->staff_a));
  g_assert_false (sees (member, fixture->head_b));
  g_assert_true (kn_store_review_team_reaches (member, team, fixture->clerk_a, TW1));
  g_assert_true (kn_store_record_review (member, team, fixture->clerk_a, TW1, KN_REVIEW_SETUJU,
                                         NULL, &error));
  g_assert_no_error (error);
  g_assert_false (kn_store_review_team_reaches (member, team, fixture->clerk_a, "2026-TW2"));
  assert_review_out_of_reach (member, team, fixture->clerk_a, "2026-TW2", "Staf A1");
  assert_review_out_of_reach (member, team, fixture->staff_a, "2027-TW1", "formed for 2026");

  /* Straight in SQL, past Kinerja's own checks: the server's policies say the same. */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *insert = NULL;

      insert = g_strdup_printf ("INSERT INTO review_decision (team_id, employee_id, period,"
                                " decision, decided_at) VALUES (%" G_GINT64_FORMAT ", %"
                                G_GINT64_FORMAT ", '%s', 'setuju', '2026-07-01T00:00:00Z')",
                                team, rows[i].employee_id, rows[i].period);
      if (rows[i].allowed)
        g_assert_cmpint (psql_as (uri, insert, NULL), ==, 0);
      else
        g_assert_cmpint (psql_as (uri, insert, NULL), !=, 0);
    }

  kn_test_store_reopen (&fixture->owner, fixture->uri);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(KnReviewEntry) review = kn_store_get_review (fixture->owner, rows[i].employee_id,
                                                             rows[i].period);

      g_assert_true ((review != NULL) == rows[i].allowed);
    }
  {
    g_autoptr(KnReviewEntry) review = kn_store_get_review (fixture->owner, fixture->clerk_a, TW1);

    g_assert_nonnull (review);
  }
}

/* A login refused a person it may not see is told why in the words of its role: the Tim
 * Penilai's wording only for a "tim" login. */
static void
test_unseen_message (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 team = kn_store_add_unit_review_team (fixture->owner, "Tim Penilai Kinerja Dinas B",
                                               NULL, 2026, fixture->unit_b, &error);
  const struct
  {
    const char   *what;
    gint64        employee_id;
    KnServerRole  role;
    gint64        unit_id;
    const char   *reason;
  } logins[] = {
    { "unop", fixture->head_a, KN_SERVER_ROLE_OPERATOR, fixture->unit_a,
      "not in the units your login keeps" },
    { "unpe", fixture->staff_a, KN_SERVER_ROLE_PENILAI, 0, "not one of the staff you rate" },
    { "unpg", fixture->clerk_a, KN_SERVER_ROLE_PEGAWAI, 0, "sees only its own records" },
    { "unti", fixture->head_a, KN_SERVER_ROLE_TIM, 0, "not in the units your team reviews" },
  };

  g_assert_no_error (error);
  g_assert_true (kn_store_set_review_member (fixture->owner, team, fixture->head_a,
                                            KN_REVIEW_ROLE_KETUA, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (logins); i++)
    {
      g_autofree char *uri = add_login (fixture, logins[i].what, logins[i].employee_id,
                                        logins[i].role, logins[i].unit_id);
      g_autoptr(KnStore) store = open_as (uri);

      /* Kadis B: in none of their units, not their staff, not their own. */
      g_assert_false (kn_store_record_review (store, team, fixture->head_b, TW1,
                                              KN_REVIEW_SETUJU, NULL, &error));
      g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
      if (error != NULL)
        {
          g_assert_nonnull (strstr (error->message, "not among the people your login may see"));
          g_assert_nonnull (strstr (error->message, logins[i].reason));
        }
      g_clear_error (&error);
    }
}

/* A member of the Tim Penilai is a pegawai too: with their one "tim" login they record their own
 * realisation and bukti dukung, read it back, and still nobody else's. */
static void
test_tim_own_realization (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnRealization) own = kn_realization_new (fixture->indicator, TW1);
  g_autoptr(GPtrArray) realizations = NULL;
  gint64 team = kn_store_add_unit_review_team (fixture->owner, "Tim Penilai Kinerja Dinas B",
                                               NULL, 2026, fixture->unit_b, &error);
  g_autofree char *uri = NULL;
  g_autoptr(KnStore) store = NULL;
  KnRealization *read;

  g_assert_no_error (error);
  /* staff_a (whose SKP the fixture made) sits on Dinas B's team. */
  g_assert_true (kn_store_set_review_member (fixture->owner, team, fixture->staff_a,
                                            KN_REVIEW_ROLE_ANGGOTA, &error));
  g_assert_no_error (error);
  uri = add_login (fixture, "timown", fixture->staff_a, KN_SERVER_ROLE_TIM, 0);
  store = open_as (uri);
  g_assert_true (kn_store_login_may (store, KN_STORE_RIGHT_DECIDE, 0));

  own->has_value = TRUE;
  own->value = 7;
  own->evidence = g_strdup ("Laporan pembinaan 7 sekolah");
  g_assert_true (kn_store_save_realization (store, own, &error));
  g_assert_no_error (error);

  kn_test_store_reopen (&fixture->owner, fixture->uri);
  realizations = kn_store_list_realizations (fixture->owner, fixture->plan, TW1);
  g_assert_cmpuint (realizations->len, ==, 1);
  if (realizations->len != 1)
    return;
  read = g_ptr_array_index (realizations, 0);
  g_assert_cmpfloat (read->value, ==, 7);
  g_assert_cmpstr (read->evidence, ==, "Laporan pembinaan 7 sekolah");
  g_clear_pointer (&realizations, g_ptr_array_unref);
  realizations = kn_store_list_realizations (store, fixture->plan, TW1);
  g_assert_cmpuint (realizations->len, ==, 1);
}

static KnPlanStatus
plan_status (KnStore *store,
             gint64   employee_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnPlan) plan = kn_store_load_plan (store, employee_id, 2026, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan != NULL ? kn_plan_get_status (plan) : KN_PLAN_STATUS_N;
}

/* The atasan approves their staff's SKP, and changes nothing else of it; the person cannot. */
static void
test_approve (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) head = open_login (fixture, "appr", fixture->head_a, KN_SERVER_ROLE_PENILAI,
                                        0);
  g_autoptr(KnStore) own = open_login (fixture, "own", fixture->staff_a, KN_SERVER_ROLE_PENILAI, 0);
  g_autoptr(KnPlan) plan = NULL;

  g_assert_true (kn_store_set_plan_status (fixture->owner, fixture->plan,
                                           KN_PLAN_STATUS_SUBMITTED, NULL, &error));
  g_assert_no_error (error);

  /* Not by the person whose SKP it is … */
  g_assert_false (kn_store_set_plan_status (own, fixture->plan, KN_PLAN_STATUS_APPROVED, NULL,
                                            &error));
  assert_refused (error);
  g_clear_error (&error);
  g_assert_cmpint (plan_status (fixture->owner, fixture->staff_a), ==, KN_PLAN_STATUS_SUBMITTED);

  /* … the atasan approves; their RHK are not theirs to rewrite. */
  g_assert_true (kn_store_set_plan_status (head, fixture->plan, KN_PLAN_STATUS_APPROVED, NULL,
                                           &error));
  g_assert_no_error (error);
  g_assert_cmpint (plan_status (fixture->owner, fixture->staff_a), ==, KN_PLAN_STATUS_APPROVED);

  g_assert_true (kn_store_set_plan_status (fixture->owner, fixture->plan, KN_PLAN_STATUS_DRAFT,
                                           "Perlu revisi", &error));
  g_assert_no_error (error);
  plan = kn_store_load_plan (head, fixture->staff_a, 2026, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  STOP_IF_FAILED ();
  kn_plan_set_approach (plan, KN_PLAN_APPROACH_QUALITATIVE);
  g_assert_false (kn_store_save_plan (head, plan, &error));
  assert_refused (error);
}

static void
test_admin (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = open_login (fixture, "adm", fixture->head_b, KN_SERVER_ROLE_ADMIN, 0);

  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (store)), ==, 4);
  g_assert_true (rate (store, fixture->clerk_a, KN_RATING_BELOW, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rating_of (fixture->owner, fixture->clerk_a), ==, KN_RATING_BELOW);
}

/* A login whose group role is not Kinerja's mapping of this database sees nobody. */
static void
test_unmapped (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = add_login (fixture, "gone", fixture->clerk_a, KN_SERVER_ROLE_PEGAWAI, 0);
  g_autofree char *login = login_name (fixture, "gone");
  g_autoptr(GPtrArray) logins = NULL;
  g_autoptr(KnStore) store = NULL;

  logins = kn_store_server_list_users (fixture->owner, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (logins->len, ==, 1);
  g_assert_cmpstr (((KnServerLogin *)g_ptr_array_index (logins, 0))->login, ==, login);
  g_assert_cmpint (((KnServerLogin *)g_ptr_array_index (logins, 0))->role, ==,
                   KN_SERVER_ROLE_PEGAWAI);

  g_assert_cmpuint (kn_store_server_remove_user (fixture->owner, login, &error), ==, 1);
  g_assert_no_error (error);
  g_clear_pointer (&logins, g_ptr_array_unref);
  logins = kn_store_server_list_users (fixture->owner, &error);
  g_assert_cmpuint (logins->len, ==, 0);

  /* The login itself is gone. */
  store = kn_store_open_with_mode (uri, KN_STORE_OPEN_EXISTING, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
}

/* Runs kinerja-cli with @input on its standard input (a pipe, never a terminal); returns the
 * exit status. */
static int
run_cli_with_input (const char         *input,
                    char              **out,
                    char              **err,
                    const char *const  *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("KINERJA_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *)cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "LANG", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  process = g_subprocess_launcher_spawnv (launcher, (const char *const *)argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, out, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
}

/* psql as the login of @uri; returns its exit status (0: done). */
static int
psql_as (const char  *uri,
         const char  *sql,
         char       **out)
{
  g_autofree char *program = g_find_program_in_path ("psql");
  g_autoptr(GError) error = NULL;
  const char *argv[] = { program, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", uri,
                         "-c", sql, NULL };
  int status = -1;

  g_assert_nonnull (program);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, out, NULL,
                &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *login = login_name (fixture, "cli");
  g_autofree char *op_uri = kn_test_uri_as (fixture->uri, login);
  g_autofree char *nip = g_strdup (kn_employee_get_nip (kn_store_lookup_employee (fixture->owner,
                                                                                  fixture->head_a)));
  g_autofree char *unknown = kn_test_nip (27, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *line = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *hashed = NULL;
  int status;

  /* An operator of Dinas A with a password from standard input … */
  {
    const char *args[] = { "server", "user", "add", nip, "--role", "operator", "--unit",
                           "Dinas A", "--login", login, "--password-stdin", "--database",
                           fixture->uri, NULL };

    status = run_cli_with_input ("rahasia-Dinas-A 123\n", &out, &err, args);
    g_assert_cmpint (status, ==, 0);
    g_assert_nonnull (strstr (out, login));
    g_assert_null (strstr (out, "rahasia"));
    g_assert_null (strstr (err, "rahasia"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  /* … kept hashed by the server, never as typed. */
  sql = g_strdup_printf ("SELECT rolpassword FROM pg_authid WHERE rolname = '%s'", login);
  hashed = kn_test_run_sqlite (fixture->uri, sql);
  g_assert_true (g_str_has_prefix (hashed, "SCRAM-SHA-256$"));
  g_assert_null (strstr (hashed, "rahasia"));

  status = kn_test_run_cli (&out, &err, "server", "user", "list", "-d", fixture->uri, NULL);
  g_assert_cmpint (status, ==, 0);
  line = g_strdup_printf ("%s\t%s\tKepala A\toperator\tDinas A\n", login, nip);
  g_assert_cmpstr (out, ==, line);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The operator's kinerja-cli lists Dinas A's people only. */
  status = kn_test_run_cli (&out, &err, "employees", "-d", op_uri, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Kabid A1"));
  g_assert_nonnull (strstr (out, "Staf A1"));
  g_assert_null (strstr (out, "Kadis B"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Wrong lines say what is wrong. */
  {
    const struct
    {
      const char *args[12];
      int         status;
      const char *says;
    } wrong[] = {
      { { "server", "user", "add", unknown, "--role", "pegawai", "--no-password", "-d",
          fixture->uri, NULL }, 1, "No employee has the NIP" },
      { { "server", "user", "add", nip, "--role", "operator", "--unit", "Dinas Z",
          "--no-password", "-d", fixture->uri, NULL }, 1, "Dinas Z" },
      { { "server", "user", "add", nip, "--role", "kepala", "--no-password", "-d", fixture->uri,
          NULL }, 2, "admin, operator, penilai, pegawai or tim" },
      { { "server", "user", "list", "-d", "kantor.db", NULL }, 2, "only on a server" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
      {
        status = kn_test_run_cliv (&out, &err, wrong[i].args);
        g_assert_cmpint (status, ==, wrong[i].status);
        g_assert_nonnull (strstr (err, wrong[i].says));
        g_clear_pointer (&out, g_free);
        g_clear_pointer (&err, g_free);
      }
  }

  /* No password option and no terminal to ask on: nothing is done. */
  {
    const char *args[] = { "server", "user", "add", nip, "--role", "pegawai", "--login", login,
                           "-d", fixture->uri, NULL };

    status = run_cli_with_input ("", &out, &err, args);
    g_assert_cmpint (status, ==, 2);
    g_assert_nonnull (strstr (err, "--password-stdin"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  status = kn_test_run_cli (&out, &err, "server", "user", "remove", login, "-d", fixture->uri,
                            NULL);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  status = kn_test_run_cli (&out, &err, "server", "user", "list", "-d", fixture->uri, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  status = kn_test_run_cli (&out, &err, "server", "user", "remove", login, "-d", fixture->uri,
                            NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, login));
}

/* The audit log's author and time are the server's: a desk cannot write another name, nor
 * change what is written. */
static void
test_audit (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = add_login (fixture, "aud", fixture->head_a, KN_SERVER_ROLE_OPERATOR,
                                    fixture->unit_a);
  g_autofree char *login = login_name (fixture, "aud");
  g_autoptr(KnStore) store = open_as (uri);
  g_autoptr(KnEmployee) changed = kn_employee_copy (kn_store_lookup_employee (store,
                                                                             fixture->clerk_a));
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *out = NULL;
  g_autofree char *forged = NULL;
  KnAuditEntry *last;

  kn_employee_set_position (changed, "Pengelola Data");
  g_assert_true (kn_store_update_employee (store, changed, &error));
  g_assert_no_error (error);

  entries = kn_store_list_audit (fixture->owner, "employee", fixture->clerk_a);
  g_assert_cmpuint (entries->len, >, 0);
  STOP_IF_FAILED ();
  last = g_ptr_array_index (entries, entries->len - 1);
  g_assert_cmpstr (last->author, ==, login);
  g_assert_cmpstr (last->new_value, ==, "Pengelola Data");

  /* Writing the log by hand under another name … */
  g_assert_cmpint (psql_as (uri, "INSERT INTO audit (at, entity, entity_id, action, author)"
                                 " VALUES ('2000-01-01T00:00:00Z', 'employee', 1, 'palsu',"
                                 " 'kepala_bkd')", NULL), ==, 0);
  forged = kn_test_run_sqlite (fixture->uri, "SELECT author || ' ' || substr (at, 1, 4)"
                                             " FROM audit WHERE action = 'palsu'");
  g_assert_true (g_str_has_prefix (forged, login));
  g_assert_null (strstr (forged, " 2000"));

  /* … or changing or removing what is there is refused. */
  g_assert_cmpint (psql_as (uri, "UPDATE audit SET author = 'kepala_bkd'", NULL), !=, 0);
  g_assert_cmpint (psql_as (uri, "DELETE FROM audit", NULL), !=, 0);
  out = kn_test_run_sqlite (fixture->uri, "SELECT count (*) FROM audit WHERE author = 'kepala_bkd'");
  g_assert_cmpstr (out, ==, "0\n");
}

/* A refused write says so in Indonesian. (Last: the process stays Indonesian.) */
static void
test_message (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = open_login (fixture, "msg", fixture->staff_a, KN_SERVER_ROLE_PEGAWAI,
                                         0);
  gint64 staff_b = kn_test_add_staff (fixture->owner, &fixture->n_people, "Staf B",
                                      "Pengadministrasi", KN_POSITION_PELAKSANA,
                                      fixture->unit_b, fixture->head_b);
  gint64 team = kn_store_add_unit_review_team (fixture->owner, "Tim Penilai Kinerja Dinas A",
                                               NULL, 2026, fixture->unit_a, &error);
  g_autofree char *tim_uri = NULL;
  g_autoptr(KnStore) tim = NULL;

  g_assert_no_error (error);
  g_assert_true (kn_store_set_review_member (fixture->owner, team, fixture->head_b,
                                            KN_REVIEW_ROLE_KETUA, &error));
  g_assert_true (kn_store_set_unit_review (fixture->owner, fixture->unit_b, TRUE, &error));
  g_assert_no_error (error);
  tim_uri = add_login (fixture, "msgtim", fixture->head_b, KN_SERVER_ROLE_TIM, 0);
  tim = open_as (tim_uri);

  kn_test_use_indonesian ();
  g_assert_false (rate (store, fixture->staff_a, KN_RATING_ABOVE, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_PERMISSION);
  if (error != NULL)
    g_assert_nonnull (strstr (error->message, "Login Anda di server tidak boleh"));
  g_clear_error (&error);

  /* Dinas A's team deciding for Dinas B's people. */
  g_assert_false (kn_store_record_review (tim, team, staff_b, TW1, KN_REVIEW_SETUJU, NULL,
                                          &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
  if (error != NULL)
    g_assert_nonnull (strstr (error->message, "tidak termasuk orang yang boleh dilihat login "
                                              "Anda: tidak berada di unit yang ditinjau tim"));
}

/* The store knows who its login is and what it may do, so that the window offers only that. */
static void
test_login_rights (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(KnStore) pegawai = open_login (fixture, "lp", fixture->clerk_a, KN_SERVER_ROLE_PEGAWAI,
                                           0);
  g_autoptr(KnStore) penilai = open_login (fixture, "ln", fixture->staff_a, KN_SERVER_ROLE_PENILAI,
                                           0);
  g_autoptr(KnStore) operator = open_login (fixture, "lo", fixture->head_b,
                                            KN_SERVER_ROLE_OPERATOR, fixture->unit_a1);
  g_autoptr(KnStore) admin = open_login (fixture, "la", fixture->head_b, KN_SERVER_ROLE_ADMIN, 0);
  g_autofree char *unmapped = login_name (fixture, "lu");
  g_autofree char *uri_unmapped = kn_test_uri_as (fixture->uri, unmapped);
  g_autofree char *create = g_strdup_printf ("CREATE ROLE %s LOGIN IN ROLE kinerja_pegawai",
                                             unmapped);
  g_autoptr(KnStore) nobody = NULL;
  g_autofree char *who = NULL;
  g_autoptr(GError) error = NULL;

  /* The owner is not a person's login: everything, as on a file. */
  g_assert_false (kn_store_has_login (fixture->owner));
  g_assert_cmpint (kn_store_get_login_role (fixture->owner), ==, KN_SERVER_ROLE_ADMIN);
  g_assert_true (kn_store_login_may (fixture->owner, KN_STORE_RIGHT_SETTINGS, 0));
  g_assert_null (kn_store_describe_login (fixture->owner));

  /* A pegawai: who they are, and nothing of others. */
  g_assert_true (kn_store_has_login (pegawai));
  g_assert_cmpint (kn_store_get_login_role (pegawai), ==, KN_SERVER_ROLE_PEGAWAI);
  g_assert_cmpint (kn_store_get_login_employee_id (pegawai), ==, fixture->clerk_a);
  who = kn_store_describe_login (pegawai);
  g_assert_cmpstr (who, ==, "Staf A1 (Employee)");
  g_assert_false (kn_store_login_may (pegawai, KN_STORE_RIGHT_KEEP_PEOPLE, 0));
  g_assert_false (kn_store_login_may (pegawai, KN_STORE_RIGHT_RATE, fixture->clerk_a));
  g_assert_false (kn_store_login_may (pegawai, KN_STORE_RIGHT_KEEP_PERSON, fixture->clerk_a));
  g_assert_false (kn_store_login_may (pegawai, KN_STORE_RIGHT_SETTINGS, 0));
  g_assert_false (kn_store_login_may (pegawai, KN_STORE_RIGHT_REVIEW, 0));

  /* A penilai rates their own staff only (not themselves, not their atasan). */
  g_assert_cmpint (kn_store_get_login_role (penilai), ==, KN_SERVER_ROLE_PENILAI);
  g_assert_true (kn_store_login_may (penilai, KN_STORE_RIGHT_RATE, fixture->clerk_a));
  g_assert_false (kn_store_login_may (penilai, KN_STORE_RIGHT_RATE, fixture->staff_a));
  g_assert_false (kn_store_login_may (penilai, KN_STORE_RIGHT_RATE, fixture->head_a));
  g_assert_false (kn_store_login_may (penilai, KN_STORE_RIGHT_KEEP_PEOPLE, 0));
  g_assert_false (kn_store_login_may (penilai, KN_STORE_RIGHT_SETTINGS, 0));
  /* … which the server agrees with. */
  g_assert_true (rate (penilai, fixture->clerk_a, KN_RATING_ABOVE, NULL));

  /* An operator keeps the people of their units, not the others'; no settings. */
  g_assert_true (kn_store_login_may (operator, KN_STORE_RIGHT_KEEP_PEOPLE, 0));
  g_assert_true (kn_store_login_may (operator, KN_STORE_RIGHT_KEEP_PERSON, fixture->clerk_a));
  g_assert_true (kn_store_login_may (operator, KN_STORE_RIGHT_RATE, fixture->staff_a));
  g_assert_false (kn_store_login_may (operator, KN_STORE_RIGHT_RATE, fixture->head_a));
  g_assert_false (kn_store_login_may (operator, KN_STORE_RIGHT_SETTINGS, 0));
  /* … the predikat organisasi of their units, not of the units above or beside them; not the
   * year's periods (the province's, the admin's). */
  g_assert_true (kn_store_login_may (operator, KN_STORE_RIGHT_KEEP_UNIT, fixture->unit_a1));
  g_assert_false (kn_store_login_may (operator, KN_STORE_RIGHT_KEEP_UNIT, fixture->unit_a));
  g_assert_false (kn_store_login_may (operator, KN_STORE_RIGHT_KEEP_UNIT, fixture->unit_b));
  g_assert_false (kn_store_login_may (operator, KN_STORE_RIGHT_PERIODS, 0));
  g_assert_false (kn_store_set_period_scheme (operator, 2027, KN_PERIOD_SCHEME_MONTHS, &error));
  assert_refused (error);
  g_clear_error (&error);
  g_assert_true (kn_store_set_period_scheme (admin, 2027, KN_PERIOD_SCHEME_MONTHS, &error));
  g_assert_no_error (error);
  kn_test_store_reopen (&fixture->owner, fixture->uri);
  g_assert_cmpint (kn_store_get_period_scheme (fixture->owner, 2027), ==, KN_PERIOD_SCHEME_MONTHS);
  g_assert_false (kn_store_login_may (penilai, KN_STORE_RIGHT_KEEP_UNIT, fixture->unit_a1));
  g_assert_false (kn_store_login_may (penilai, KN_STORE_RIGHT_PERIODS, 0));
  g_assert_false (kn_store_login_may (pegawai, KN_STORE_RIGHT_KEEP_UNIT, fixture->unit_a1));
  g_assert_false (kn_store_login_may (pegawai, KN_STORE_RIGHT_PERIODS, 0));

  /* An admin: everything. */
  g_assert_true (kn_store_has_login (admin));
  g_assert_true (kn_store_login_may (admin, KN_STORE_RIGHT_SETTINGS, 0));
  g_assert_true (kn_store_login_may (admin, KN_STORE_RIGHT_RATE, fixture->head_a));

  /* A login the database does not map is offered nothing. */
  g_assert_cmpint (psql_as (fixture->uri, create, NULL), ==, 0);
  nobody = open_as (uri_unmapped);
  g_assert_true (kn_store_has_login (nobody));
  g_assert_cmpint (kn_store_get_login_employee_id (nobody), ==, 0);
  g_assert_false (kn_store_login_may (nobody, KN_STORE_RIGHT_RATE, fixture->clerk_a));
  g_assert_false (kn_store_login_may (nobody, KN_STORE_RIGHT_KEEP_PEOPLE, 0));
  g_clear_object (&nobody);
  g_free (create);
  create = g_strdup_printf ("DROP ROLE %s", unmapped);
  g_assert_cmpint (psql_as (fixture->uri, create, NULL), ==, 0);
}

static void
on_changed_cb (KnStore        *store,
               KnStoreChanges *changes,
               gpointer        data)
{
  guint *n_login = data;

  if (!kn_store_changes_is_external (changes) && kn_store_changes_touches (changes, "login"))
    (*n_login)++;
}

/* An admin changes a login's role while it is connected: the store reads it again when asked
 * (the window asks when it gets the focus), says so, and offers the new role's rights; the
 * change's notification (LISTEN/NOTIFY) has it read again too. */
static void
test_role_change (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) store = open_login (fixture, "rc", fixture->staff_a, KN_SERVER_ROLE_PEGAWAI,
                                         0);
  g_autofree char *login = login_name (fixture, "rc");
  g_autofree char *added = NULL;
  KnEmployee *person = kn_store_lookup_employee (fixture->owner, fixture->staff_a);
  guint n_login = 0;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed_cb), &n_login);
  g_assert_false (kn_store_login_may (store, KN_STORE_RIGHT_KEEP_PERSON, fixture->clerk_a));
  g_assert_false (kn_store_refresh_login (store));

  /* Made the operator of Dinas A. */
  added = kn_store_server_add_user (fixture->owner, kn_employee_get_nip (person),
                                    KN_SERVER_ROLE_OPERATOR, fixture->unit_a, login, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_refresh_login (store));
  g_assert_cmpint (kn_store_get_login_role (store), ==, KN_SERVER_ROLE_OPERATOR);
  g_assert_true (kn_store_login_may (store, KN_STORE_RIGHT_KEEP_PERSON, fixture->clerk_a));
  g_assert_true (kn_store_login_may (store, KN_STORE_RIGHT_KEEP_UNIT, fixture->unit_a1));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (n_login, ==, 1);
  /* Nothing new: nothing said. */
  g_assert_false (kn_store_refresh_login (store));

  /* Back to pegawai: the notification of the change is enough. */
  g_clear_pointer (&added, g_free);
  added = kn_store_server_add_user (fixture->owner, kn_employee_get_nip (person),
                                    KN_SERVER_ROLE_PEGAWAI, 0, login, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_check_for_changes (store));
  g_assert_cmpint (kn_store_get_login_role (store), ==, KN_SERVER_ROLE_PEGAWAI);
  g_assert_false (kn_store_login_may (store, KN_STORE_RIGHT_KEEP_PERSON, fixture->clerk_a));
}

/* On a file, everything: the owner is admin. */
static void
test_login_file (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(KnStore) store = kn_test_store_new ("kinerja-XXXXXX", &folder, &path);

  g_assert_false (kn_store_has_login (store));
  g_assert_cmpint (kn_store_get_login_role (store), ==, KN_SERVER_ROLE_ADMIN);
  g_assert_cmpint (kn_store_get_login_employee_id (store), ==, 0);
  g_assert_null (kn_store_describe_login (store));
  g_assert_true (kn_store_login_may (store, KN_STORE_RIGHT_KEEP_PEOPLE, 0));
  g_assert_true (kn_store_login_may (store, KN_STORE_RIGHT_RATE, 1));
  g_assert_true (kn_store_login_may (store, KN_STORE_RIGHT_SETTINGS, 0));
  g_assert_true (kn_store_login_may (store, KN_STORE_RIGHT_KEEP_UNIT, 1));
  g_assert_true (kn_store_login_may (store, KN_STORE_RIGHT_PERIODS, 0));
  g_assert_false (kn_store_refresh_login (store));
  kn_test_store_clear (&store, &folder, &path);
}

/* On a file, the audit's author is the computer's user. */
static void
test_audit_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(KnStore) store = kn_test_store_new ("kinerja-XXXXXX", &folder, &path);
  g_autofree char *who = kn_test_saver_name (path);
  g_autoptr(GPtrArray) entries = NULL;
  gint64 unit = kn_test_add_unit (store, "Dinas A", 0);
  KnAuditEntry *last;

  g_assert_cmpint (unit, >, 0);
  entries = kn_store_list_audit (store, NULL, 0);
  g_assert_cmpuint (entries->len, >, 0);
  STOP_IF_FAILED ();
  last = g_ptr_array_index (entries, entries->len - 1);
  g_assert_cmpstr (last->author, ==, who);
  kn_test_store_clear (&store, &folder, &path);
}

/* Review per unit on a server: the switch is the office's (a setting), so only an admin turns
 * it; an operator is refused and the switch stays as it was. Once on, the operator cannot
 * finalise in the unit's sub-unit before the team agreed, and can after. */
static void
test_review_switch (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) operator = open_login (fixture, "rop", fixture->head_a,
                                            KN_SERVER_ROLE_OPERATOR, fixture->unit_a);
  g_autoptr(KnStore) admin = open_login (fixture, "radm", fixture->head_b, KN_SERVER_ROLE_ADMIN,
                                         0);
  g_autoptr(KnEvaluation) evaluation = NULL;
  gint64 team;

  g_assert_false (kn_store_login_may (operator, KN_STORE_RIGHT_SETTINGS, 0));
  g_assert_false (kn_store_set_unit_review (operator, fixture->unit_a, TRUE, &error));
  assert_refused (error);
  g_clear_error (&error);
  kn_test_store_reopen (&fixture->owner, fixture->uri);
  g_assert_false (kn_store_get_unit_review (fixture->owner, fixture->unit_a));

  g_assert_true (kn_store_set_unit_review (admin, fixture->unit_a, TRUE, &error));
  g_assert_no_error (error);
  kn_test_store_reopen (&fixture->owner, fixture->uri);
  g_assert_true (kn_store_get_unit_review (fixture->owner, fixture->unit_a));
  g_assert_cmpint (kn_store_unit_review_from (operator, fixture->unit_a1), ==, fixture->unit_a);

  /* The operator rates the clerk of Bidang A1: finalising waits for the team. */
  g_assert_true (rate (operator, fixture->clerk_a, KN_RATING_AS_EXPECTED, &error));
  g_assert_no_error (error);
  evaluation = kn_store_load_evaluation (operator, fixture->clerk_a, TW1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (evaluation);
  STOP_IF_FAILED ();
  g_assert_false (kn_store_finalize_evaluation (operator, kn_evaluation_get_id (evaluation),
                                                &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (error->message, "Staf A1"));
  g_clear_error (&error);

  team = kn_store_add_review_team (operator, "Tim Penilai Kinerja Dinas A", NULL, 2026, &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_record_review (operator, team, fixture->clerk_a, TW1, KN_REVIEW_SETUJU,
                                         NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_finalize_evaluation (operator, kn_evaluation_get_id (evaluation),
                                               &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

  /* The roles exist only on a server (the pg suite). */
  if (!kn_test_on_server ())
    {
      g_test_add_func ("/server-roles/audit-file", test_audit_file);
      g_test_add_func ("/server-roles/login-file", test_login_file);
      return g_test_run ();
    }

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/server-roles/operator", test_operator);
  ADD ("/server-roles/pegawai", test_pegawai);
  ADD ("/server-roles/penilai", test_penilai);
  ADD ("/server-roles/answer-review", test_answer_review);
  ADD ("/server-roles/tim", test_tim);
  ADD ("/server-roles/tim-team-unit", test_tim_team_unit);
  ADD ("/server-roles/tim-own-realization", test_tim_own_realization);
  ADD ("/server-roles/tim-moved", test_tim_moved);
  ADD ("/server-roles/unseen-message", test_unseen_message);
  ADD ("/server-roles/approve", test_approve);
  ADD ("/server-roles/admin", test_admin);
  ADD ("/server-roles/remove", test_unmapped);
  ADD ("/server-roles/cli", test_cli);
  ADD ("/server-roles/audit", test_audit);
  ADD ("/server-roles/login-rights", test_login_rights);
  ADD ("/server-roles/role-change", test_role_change);
  ADD ("/server-roles/review-switch", test_review_switch);
  ADD ("/server-roles/message-id", test_message);
#undef ADD
  return g_test_run ();
}
