/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the Tim Penilai Kinerja in the store: a team with its members and roles, one ketua,
 * the decisions recorded per employee and period, "mohon ditinjau ulang" only with a reason,
 * a matter before the team holding back finalising until it decides, and every step in the
 * audit log. */

#define G_LOG_DOMAIN "test-store-review"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kinerja/kn-history.h"
#include "kinerja/kn-store-review.h"
#include "kinerja/kn-store.h"

#include "kn-test-util.h"

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  gint64   unit;
  gint64   people[4];
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  guint n = 0;

  fixture->store = kn_test_store_new ("kinerja-test-store-review-XXXXXX", &fixture->folder,
                                      &fixture->path);
  fixture->unit = kn_test_add_unit (fixture->store, "Badan Kepegawaian Daerah", 0);
  fixture->people[0] = kn_test_add_staff (fixture->store, &n, "Ahmad Fauzi", "Kepala Badan",
                                          KN_POSITION_JPT_PRATAMA, fixture->unit, 0);
  for (guint i = 1; i < G_N_ELEMENTS (fixture->people); i++)
    fixture->people[i] = kn_test_add_staff (fixture->store, &n, "Pegawai", "Analis SDM Aparatur",
                                            KN_POSITION_AHLI_MUDA, fixture->unit,
                                            fixture->people[0]);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

static void
test_names (void)
{
  KnReviewRole role;
  KnReviewDecision decision;

  g_assert_true (kn_review_role_from_string ("KETUA", &role));
  g_assert_cmpint (role, ==, KN_REVIEW_ROLE_KETUA);
  g_assert_false (kn_review_role_from_string ("bendahara", &role));
  g_assert_cmpstr (kn_review_role_label (KN_REVIEW_ROLE_SEKRETARIS), ==, "Sekretaris");
  g_assert_true (kn_review_decision_from_string ("tinjau-ulang", &decision));
  g_assert_cmpint (decision, ==, KN_REVIEW_TINJAU_ULANG);
  g_assert_cmpstr (kn_review_decision_label (decision), ==, "Mohon ditinjau ulang");
}

static void
test_team (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) teams = NULL;
  g_autoptr(GPtrArray) other_year = NULL;
  g_autoptr(GArray) members = NULL;
  gint64 team;

  team = kn_store_add_review_team (fixture->store, " Tim Penilai Kinerja BKD ",
                                   "800/123/BKD/2026", 2026, &error);
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (team, >, 0);
  g_assert_true (kn_store_set_review_member (fixture->store, team, fixture->people[2],
                                             KN_REVIEW_ROLE_ANGGOTA, &error));
  g_assert_true (kn_store_set_review_member (fixture->store, team, fixture->people[1],
                                             KN_REVIEW_ROLE_KETUA, &error));
  g_assert_true (kn_store_set_review_member (fixture->store, team, fixture->people[3],
                                             KN_REVIEW_ROLE_SEKRETARIS, &error));
  ASSERT_NO_ERROR (error);

  /* A second ketua is refused, naming the first; nothing changes. */
  g_assert_false (kn_store_set_review_member (fixture->store, team, fixture->people[2],
                                              KN_REVIEW_ROLE_KETUA, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);

  kn_test_store_reopen (&fixture->store, fixture->path);
  teams = kn_store_list_review_teams (fixture->store, 2026);
  g_assert_cmpuint (teams->len, ==, 1);
  STOP_IF_FAILED ();
  g_assert_cmpstr (((KnReviewTeam *)g_ptr_array_index (teams, 0))->name, ==,
                   "Tim Penilai Kinerja BKD");
  g_assert_cmpstr (((KnReviewTeam *)g_ptr_array_index (teams, 0))->decree, ==,
                   "800/123/BKD/2026");
  other_year = kn_store_list_review_teams (fixture->store, 2027);
  g_assert_cmpuint (other_year->len, ==, 0);

  members = kn_store_list_review_members (fixture->store, team);
  g_assert_cmpuint (members->len, ==, 3);
  STOP_IF_FAILED ();
  g_assert_cmpint (g_array_index (members, KnReviewMember, 0).employee_id, ==, fixture->people[1]);
  g_assert_cmpint (g_array_index (members, KnReviewMember, 0).role, ==, KN_REVIEW_ROLE_KETUA);
  g_assert_cmpint (g_array_index (members, KnReviewMember, 1).role, ==, KN_REVIEW_ROLE_SEKRETARIS);
  g_assert_cmpint (g_array_index (members, KnReviewMember, 2).employee_id, ==, fixture->people[2]);

  g_assert_true (kn_store_remove_review_member (fixture->store, team, fixture->people[2], &error));
  ASSERT_NO_ERROR (error);
  g_clear_pointer (&members, g_array_unref);
  members = kn_store_list_review_members (fixture->store, team);
  g_assert_cmpuint (members->len, ==, 2);
}

static void
test_team_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) teams = NULL;

  g_assert_cmpint (kn_store_add_review_team (fixture->store, "  ", NULL, 2026, &error), ==, 0);
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (kn_store_add_review_team (fixture->store, "Tim", NULL, 26, &error), ==, 0);
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kn_store_set_review_member (fixture->store, 999, fixture->people[1],
                                              KN_REVIEW_ROLE_ANGGOTA, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);

  teams = kn_store_list_review_teams (fixture->store, 0);
  g_assert_cmpuint (teams->len, ==, 0);
}

static void
test_decisions (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  gint64 team = kn_store_add_review_team (fixture->store, "Tim Penilai Kinerja BKD", NULL, 2026,
                                          &error);
  KnReviewEntry *entry;
  gboolean seen_reason = FALSE;

  ASSERT_NO_ERROR (error);
  g_assert_true (kn_store_record_review (fixture->store, team, fixture->people[2], "2026-tw1",
                                         KN_REVIEW_SETUJU, NULL, &error));
  ASSERT_NO_ERROR (error);

  /* "Mohon ditinjau ulang" without a reason is refused and leaves the decision as it was. */
  g_assert_false (kn_store_record_review (fixture->store, team, fixture->people[2], "2026-TW1",
                                          KN_REVIEW_TINJAU_ULANG, "   ", &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kn_store_record_review (fixture->store, team, fixture->people[2], "2026-TW7",
                                          KN_REVIEW_SETUJU, NULL, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (kn_store_record_review (fixture->store, team, fixture->people[3], "2026-TW1",
                                         KN_REVIEW_TINJAU_ULANG,
                                         "Bukti dukung IKI 2 belum diunggah.", &error));
  ASSERT_NO_ERROR (error);
  g_assert_true (kn_store_record_review (fixture->store, team, fixture->people[2], "2026-TW1",
                                         KN_REVIEW_TINJAU_ULANG, "Rating perilaku tanpa catatan.",
                                         &error));
  ASSERT_NO_ERROR (error);

  reviews = kn_store_list_reviews (fixture->store, team, "2026-TW1");
  g_assert_cmpuint (reviews->len, ==, 2);
  STOP_IF_FAILED ();
  entry = g_ptr_array_index (reviews, 0);
  g_assert_cmpint (entry->employee_id, ==, fixture->people[2]);
  g_assert_cmpint (entry->decision, ==, KN_REVIEW_TINJAU_ULANG);
  g_assert_cmpstr (entry->reason, ==, "Rating perilaku tanpa catatan.");
  g_assert_cmpstr (entry->period, ==, "2026-TW1");
  entry = g_ptr_array_index (reviews, 1);
  g_assert_cmpstr (entry->reason, ==, "Bukti dukung IKI 2 belum diunggah.");

  audit = kn_store_list_audit (fixture->store, "employee", fixture->people[2]);
  for (guint i = 0; i < audit->len; i++)
    {
      KnAuditEntry *a = g_ptr_array_index (audit, i);

      if (g_strcmp0 (a->field, "review reason") == 0 &&
          g_strcmp0 (a->new_value, "Rating perilaku tanpa catatan.") == 0)
        seen_reason = TRUE;
    }
  g_assert_true (seen_reason);
}

/* A rated draft of @employee_id for @period (Baik). */
static gint64
rate (Fixture    *fixture,
      gint64      employee_id,
      const char *period)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (employee_id, period);

  kn_evaluation_set_assessor_id (evaluation, fixture->people[0]);
  kn_evaluation_set_rating_result (evaluation, KN_RATING_AS_EXPECTED);
  kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);
  g_assert_true (kn_store_save_evaluation (fixture->store, evaluation, &error));
  g_assert_no_error (error);
  return kn_evaluation_get_id (evaluation);
}

static KnEvaluationStatus
status_of (Fixture *fixture,
           gint64   employee_id)
{
  g_autoptr(KnEvaluation) evaluation = kn_store_load_evaluation (fixture->store, employee_id,
                                                                 "2026-TW1", NULL);

  return evaluation != NULL ? kn_evaluation_get_status (evaluation) : KN_EVALUATION_STATUS_DRAFT;
}

/* A matter put before the team ("diajukan") holds back finalising that evaluation, with a
 * message naming the person; finalising the unit finalises the others and says whom it held
 * back. Once the team decides, finalising is allowed again; every step is in the audit log. */
static void
test_open_matter_holds (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) held = NULL;
  g_autoptr(GPtrArray) period = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(KnReviewEntry) review = NULL;
  gint64 team = kn_store_add_review_team (fixture->store, "Tim Penilai Kinerja BKD", NULL, 2026,
                                          &error);
  gint64 held_id, other_id;
  guint finalised = 0, skipped = 0;
  gboolean seen_submitted = FALSE;

  ASSERT_NO_ERROR (error);
  /* Someone with a name of their own, for the message. */
  fixture->people[1] = kn_test_add_person (fixture->store, "199203152019031004",
                                           "Budi Santoso, S.Kom.", "III/c", "Analis SDM Aparatur",
                                           KN_POSITION_AHLI_MUDA, fixture->unit,
                                           fixture->people[0]);
  held_id = rate (fixture, fixture->people[1], "2026-TW1");
  other_id = rate (fixture, fixture->people[2], "2026-TW1");

  g_assert_null (kn_store_get_review (fixture->store, fixture->people[1], "2026-TW1"));
  g_assert_true (kn_store_record_review (fixture->store, team, fixture->people[1], "2026-TW1",
                                         KN_REVIEW_DIAJUKAN, "Predikat di atas pola distribusi.",
                                         &error));
  ASSERT_NO_ERROR (error);
  review = kn_store_get_review (fixture->store, fixture->people[1], "2026-tw1");
  g_assert_nonnull (review);
  STOP_IF_FAILED ();
  g_assert_true (kn_review_entry_is_open (review));
  g_assert_null (review->decided_at);
  g_assert_nonnull (review->submitted_at);
  g_assert_cmpstr (review->reason, ==, "Predikat di atas pola distribusi.");

  /* The one before the team cannot be finalised: the message names them. */
  g_assert_false (kn_store_finalize_evaluation (fixture->store, held_id, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (error->message, "Budi Santoso, S.Kom."));
  g_assert_nonnull (strstr (error->message, "Tim Penilai Kinerja"));
  g_clear_error (&error);
  g_assert_cmpint (status_of (fixture, fixture->people[1]), ==, KN_EVALUATION_STATUS_DRAFT);

  /* The unit: the other rated one is finalised, the one before the team held back and named,
   * the unrated one skipped. */
  g_assert_true (kn_store_finalize_unit_held (fixture->store, fixture->unit, "2026-TW1", 0,
                                              &finalised, &skipped, &held, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (finalised, ==, 1);
  g_assert_cmpuint (held->len, ==, 1);
  STOP_IF_FAILED ();
  g_assert_cmpint (((KnReviewEntry *)g_ptr_array_index (held, 0))->employee_id, ==,
                   fixture->people[1]);
  g_assert_cmpint (status_of (fixture, fixture->people[2]), ==, KN_EVALUATION_STATUS_FINAL);
  g_assert_cmpint (status_of (fixture, fixture->people[1]), ==, KN_EVALUATION_STATUS_DRAFT);
  {
    g_autoptr(KnEvaluation) other = kn_store_load_evaluation (fixture->store, fixture->people[2],
                                                              "2026-TW1", NULL);

    g_assert_cmpint (kn_evaluation_get_id (other), ==, other_id);
  }

  /* The team decides: the decision is kept with the date it was put before the team, and
   * finalising is allowed again. */
  g_assert_true (kn_store_record_review (fixture->store, team, fixture->people[1], "2026-TW1",
                                         KN_REVIEW_SETUJU, NULL, &error));
  ASSERT_NO_ERROR (error);
  g_clear_pointer (&review, kn_review_entry_free);
  review = kn_store_get_review (fixture->store, fixture->people[1], "2026-TW1");
  g_assert_nonnull (review);
  STOP_IF_FAILED ();
  g_assert_cmpint (review->decision, ==, KN_REVIEW_SETUJU);
  g_assert_false (kn_review_entry_is_open (review));
  g_assert_nonnull (review->decided_at);
  g_assert_nonnull (review->submitted_at);
  period = kn_store_list_period_reviews (fixture->store, "2026-TW1");
  g_assert_cmpuint (period->len, ==, 1);
  g_assert_true (kn_store_finalize_evaluation (fixture->store, held_id, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (status_of (fixture, fixture->people[1]), ==, KN_EVALUATION_STATUS_FINAL);

  audit = kn_store_list_audit (fixture->store, "employee", fixture->people[1]);
  for (guint i = 0; i < audit->len; i++)
    {
      KnAuditEntry *a = g_ptr_array_index (audit, i);

      if (g_strcmp0 (a->field, "review 2026-TW1") == 0 &&
          g_strcmp0 (a->old_value, "diajukan") == 0 && g_strcmp0 (a->new_value, "setuju") == 0)
        seen_submitted = TRUE;
    }
  g_assert_true (seen_submitted);
}

/* Of two teams, an open matter before one holds back finalising even when the other agreed;
 * after "mohon ditinjau ulang" the assessor may finalise (the team's word is on record). */
static void
test_open_matter_any_team (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) period = NULL;
  gint64 first = kn_store_add_review_team (fixture->store, "Tim Penilai Kinerja BKD", NULL, 2026,
                                           NULL);
  gint64 second = kn_store_add_review_team (fixture->store, "Tim Penilai Kinerja Sekretariat",
                                            NULL, 2026, NULL);
  gint64 id = rate (fixture, fixture->people[3], "2026-TW1");

  g_assert_true (kn_store_record_review (fixture->store, first, fixture->people[3], "2026-TW1",
                                         KN_REVIEW_SETUJU, NULL, &error));
  g_assert_true (kn_store_record_review (fixture->store, second, fixture->people[3], "2026-TW1",
                                         KN_REVIEW_DIAJUKAN, NULL, &error));
  ASSERT_NO_ERROR (error);
  period = kn_store_list_period_reviews (fixture->store, "2026-TW1");
  g_assert_cmpuint (period->len, ==, 1);
  STOP_IF_FAILED ();
  g_assert_true (kn_review_entry_is_open (g_ptr_array_index (period, 0)));
  g_assert_false (kn_store_finalize_evaluation (fixture->store, id, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  g_clear_error (&error);

  g_assert_true (kn_store_record_review (fixture->store, second, fixture->people[3], "2026-TW1",
                                         KN_REVIEW_TINJAU_ULANG, "Bukti dukung IKI 2 belum ada.",
                                         &error));
  ASSERT_NO_ERROR (error);
  g_assert_true (kn_store_finalize_evaluation (fixture->store, id, &error));
  ASSERT_NO_ERROR (error);
}

/* The office turns review on for a unit: then an evaluation of its people, and of its
 * sub-units' people, is finalised only after the team agreed; "mohon ditinjau ulang" holds it
 * until the assessor answered (put before the team again) and the team agreed. Off again, the
 * team's word is not needed. Each switch is in the audit log. */
static void
test_unit_switch (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) held = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GArray) units = NULL;
  gint64 team = kn_store_add_review_team (fixture->store, "Tim Penilai Kinerja BKD", NULL, 2026,
                                          NULL);
  gint64 sub = kn_test_add_unit (fixture->store, "Bidang Mutasi", fixture->unit);
  gint64 other_unit = kn_test_add_unit (fixture->store, "Dinas Pendidikan", 0);
  gint64 budi = kn_test_add_person (fixture->store, "199203152019031004", "Budi Santoso, S.Kom.",
                                    "III/c", "Analis SDM Aparatur", KN_POSITION_AHLI_MUDA,
                                    fixture->unit, fixture->people[0]);
  gint64 citra = kn_test_add_person (fixture->store, "199005102015032002", "Citra Dewi, S.E.",
                                     "III/b", "Analis Mutasi", KN_POSITION_AHLI_PERTAMA, sub,
                                     fixture->people[0]);
  gint64 outside = kn_test_add_person (fixture->store, "198801012012121001", "Dedi Kurnia",
                                       "III/d", "Guru Ahli Muda", KN_POSITION_AHLI_MUDA,
                                       other_unit, 0);
  gint64 budi_id, citra_id, outside_id;
  guint finalised = 0, skipped = 0;
  gboolean seen_on = FALSE, seen_off = FALSE;

  budi_id = rate (fixture, budi, "2026-TW1");
  citra_id = rate (fixture, citra, "2026-TW1");
  outside_id = rate (fixture, outside, "2026-TW1");

  g_assert_false (kn_store_get_unit_review (fixture->store, fixture->unit));
  g_assert_true (kn_store_set_unit_review (fixture->store, fixture->unit, TRUE, &error));
  ASSERT_NO_ERROR (error);
  g_assert_true (kn_store_get_unit_review (fixture->store, fixture->unit));
  g_assert_false (kn_store_get_unit_review (fixture->store, sub));
  g_assert_cmpint (kn_store_unit_review_from (fixture->store, sub), ==, fixture->unit);
  g_assert_cmpint (kn_store_unit_review_from (fixture->store, other_unit), ==, 0);
  units = kn_store_list_review_units (fixture->store);
  g_assert_cmpuint (units->len, ==, 1);
  g_assert_cmpint (g_array_index (units, gint64, 0), ==, fixture->unit);

  /* Not reviewed yet: refused, naming the person and what is missing. */
  g_assert_false (kn_store_finalize_evaluation (fixture->store, budi_id, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (error->message, "Budi Santoso, S.Kom."));
  g_assert_nonnull (strstr (error->message, "not agreed"));
  g_clear_error (&error);

  /* The sub-unit inherits the switch: finalising it holds its person back, named. */
  g_assert_true (kn_store_finalize_unit_held (fixture->store, sub, "2026-TW1", 0, &finalised,
                                              &skipped, &held, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (finalised, ==, 0);
  g_assert_cmpuint (held->len, ==, 1);
  STOP_IF_FAILED ();
  g_assert_cmpint (((KnReviewEntry *)g_ptr_array_index (held, 0))->employee_id, ==, citra);
  g_assert_cmpint (((KnReviewEntry *)g_ptr_array_index (held, 0))->decision, ==, KN_REVIEW_N);
  g_assert_cmpint (status_of (fixture, citra), ==, KN_EVALUATION_STATUS_DRAFT);

  /* A unit not under review is not held. */
  g_assert_true (kn_store_finalize_evaluation (fixture->store, outside_id, &error));
  ASSERT_NO_ERROR (error);

  /* "Mohon ditinjau ulang": refused with the team's reason … */
  g_assert_true (kn_store_record_review (fixture->store, team, budi, "2026-TW1",
                                         KN_REVIEW_TINJAU_ULANG, "Bukti dukung IKI 2 belum ada.",
                                         &error));
  ASSERT_NO_ERROR (error);
  g_assert_false (kn_store_finalize_evaluation (fixture->store, budi_id, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (error->message, "Bukti dukung IKI 2 belum ada."));
  g_clear_error (&error);
  /* … the assessor answers, putting it before the team again: still held … */
  g_assert_true (kn_store_record_review (fixture->store, team, budi, "2026-TW1",
                                         KN_REVIEW_DIAJUKAN, "Bukti dukung sudah dilampirkan.",
                                         &error));
  ASSERT_NO_ERROR (error);
  g_assert_false (kn_store_finalize_evaluation (fixture->store, budi_id, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  /* … until the team agrees. */
  g_assert_true (kn_store_record_review (fixture->store, team, budi, "2026-TW1",
                                         KN_REVIEW_SETUJU, NULL, &error));
  ASSERT_NO_ERROR (error);
  g_assert_true (kn_store_finalize_evaluation (fixture->store, budi_id, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (status_of (fixture, budi), ==, KN_EVALUATION_STATUS_FINAL);

  /* Off again: the sub-unit's person is finalised without the team. */
  g_assert_true (kn_store_set_unit_review (fixture->store, fixture->unit, FALSE, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (kn_store_unit_review_from (fixture->store, sub), ==, 0);
  g_assert_true (kn_store_finalize_evaluation (fixture->store, citra_id, &error));
  ASSERT_NO_ERROR (error);

  audit = kn_store_list_audit (fixture->store, "unit", fixture->unit);
  for (guint i = 0; i < audit->len; i++)
    {
      KnAuditEntry *a = g_ptr_array_index (audit, i);

      if (g_strcmp0 (a->field, "review") == 0 && g_strcmp0 (a->new_value, "on") == 0)
        seen_on = TRUE;
      if (g_strcmp0 (a->field, "review") == 0 && g_strcmp0 (a->old_value, "on") == 0 &&
          a->new_value == NULL)
        seen_off = TRUE;
    }
  g_assert_true (seen_on);
  g_assert_true (seen_off);

  /* A unit that does not exist is refused. */
  g_assert_false (kn_store_set_unit_review (fixture->store, 9999, TRUE, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
}

/* Whether an evaluation needs the team follows the unit the person was in on the period's last
 * day, not the unit they are in now: a person moved out of the reviewed unit after the period
 * still waits for the team for that period; a person moved into it after does not. */
static void
test_unit_of_the_period (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) held = NULL;
  g_autoptr(KnHistoryEntry) out_move = NULL;
  g_autoptr(KnHistoryEntry) in_move = NULL;
  gint64 other_unit = kn_test_add_unit (fixture->store, "Dinas Pendidikan", 0);
  gint64 leaver = kn_test_add_person (fixture->store, "199203152019031004", "Budi Santoso, S.Kom.",
                                      "III/c", "Analis SDM Aparatur", KN_POSITION_AHLI_MUDA,
                                      fixture->unit, fixture->people[0]);
  gint64 joiner = kn_test_add_person (fixture->store, "198801012012121001", "Dedi Kurnia",
                                      "III/d", "Guru Ahli Muda", KN_POSITION_AHLI_MUDA,
                                      other_unit, 0);
  gint64 leaver_id, joiner_id;
  guint finalised = 0, skipped = 0;

  g_assert_true (kn_store_set_unit_review (fixture->store, fixture->unit, TRUE, &error));
  ASSERT_NO_ERROR (error);
  leaver_id = rate (fixture, leaver, "2026-TW1");
  joiner_id = rate (fixture, joiner, "2026-TW1");

  /* Both moved on 1 June, after the first quarter: their records now show the new units. */
  out_move = kn_history_entry_new (leaver, KN_HISTORY_MUTASI);
  out_move->start_date = g_strdup ("2026-06-01");
  out_move->unit_id = other_unit;
  g_assert_true (kn_store_add_history (fixture->store, out_move, &error));
  ASSERT_NO_ERROR (error);
  in_move = kn_history_entry_new (joiner, KN_HISTORY_MUTASI);
  in_move->start_date = g_strdup ("2026-06-01");
  in_move->unit_id = fixture->unit;
  in_move->supervisor_id = fixture->people[0];
  g_assert_true (kn_store_add_history (fixture->store, in_move, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (kn_employee_get_unit_id (kn_store_lookup_employee (fixture->store, leaver)), ==,
                   other_unit);
  g_assert_cmpint (kn_employee_get_unit_id (kn_store_lookup_employee (fixture->store, joiner)), ==,
                   fixture->unit);

  g_assert_cmpint (kn_store_evaluation_review_from (fixture->store, leaver, "2026-TW1"), ==,
                   fixture->unit);
  g_assert_cmpint (kn_store_evaluation_review_from (fixture->store, joiner, "2026-TW1"), ==, 0);
  /* In the second half of the year, each is where they are now. */
  g_assert_cmpint (kn_store_evaluation_review_from (fixture->store, leaver, "2026-TW3"), ==, 0);
  g_assert_cmpint (kn_store_evaluation_review_from (fixture->store, joiner, "2026-TW3"), ==,
                   fixture->unit);

  /* The one who left still waits for the team, alone and with the unit he was in … */
  g_assert_false (kn_store_finalize_evaluation (fixture->store, leaver_id, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_LOCKED);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (error->message, "Budi Santoso, S.Kom."));
  g_clear_error (&error);
  g_assert_true (kn_store_finalize_unit_held (fixture->store, fixture->unit, "2026-TW1", 0,
                                              &finalised, &skipped, &held, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (held->len, ==, 1);
  STOP_IF_FAILED ();
  g_assert_cmpint (((KnReviewEntry *)g_ptr_array_index (held, 0))->employee_id, ==, leaver);
  g_assert_cmpint (status_of (fixture, leaver), ==, KN_EVALUATION_STATUS_DRAFT);

  /* … the one who came after does not. */
  g_assert_true (kn_store_finalize_evaluation (fixture->store, joiner_id, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpint (status_of (fixture, joiner), ==, KN_EVALUATION_STATUS_FINAL);
}

/* kinerja-cli tim-penilai: the same cycle from the command line. */
static void
test_cli (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *list = NULL;
  g_autofree char *nip1 = g_strdup (kn_employee_get_nip (kn_store_lookup_employee (fixture->store,
                                                                                  fixture->people[1])));
  g_autofree char *nip2 = g_strdup (kn_employee_get_nip (kn_store_lookup_employee (fixture->store,
                                                                                  fixture->people[2])));
  int status;

  g_clear_object (&fixture->store);
  status = kn_test_run_cli (&out, &err, "tim-penilai", "buat", "--database", fixture->path,
                            "--nama", "Tim Penilai Kinerja BKD", "--sk", "800/123/BKD/2026",
                            "--tahun", "2026", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Team 1 formed"));
  g_clear_pointer (&out, g_free);
  status = kn_test_run_cli (&out, NULL, "tim-penilai", "anggota", "--database", fixture->path,
                            "--tim", "1", "--nip", nip1, "--peran", "ketua", NULL);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  status = kn_test_run_cli (&out, &err, "tim-penilai", "tinjau", "--database", fixture->path,
                            "--tim", "1", "--nip", nip2, "--period", "2026-TW1", "--keputusan",
                            "tinjau-ulang", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "Reason"));
  g_clear_pointer (&out, g_free);
  status = kn_test_run_cli (&out, NULL, "tim-penilai", "tinjau", "--database", fixture->path,
                            "--tim", "1", "--nip", nip2, "--period", "2026-TW1", "--keputusan",
                            "tinjau-ulang", "--alasan", "Bukti dukung belum ada.", NULL);
  g_assert_cmpint (status, ==, 0);

  status = kn_test_run_cli (&list, NULL, "tim-penilai", "daftar", "--database", fixture->path,
                            "--period", "2026-TW1", NULL);
  g_assert_cmpint (status, ==, 0);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (list, "1  Tim Penilai Kinerja BKD (2026) — SK 800/123/BKD/2026\n"));
  g_assert_nonnull (strstr (list, "   Ketua "));
  g_assert_nonnull (strstr (list, "2026-TW1 · Pegawai: Mohon ditinjau ulang — Bukti dukung belum ada.\n"));

  /* Put before the team again, from the command line too. */
  g_clear_pointer (&list, g_free);
  status = kn_test_run_cli (NULL, NULL, "tim-penilai", "tinjau", "--database", fixture->path,
                            "--tim", "1", "--nip", nip2, "--period", "2026-TW1", "--keputusan",
                            "diajukan", NULL);
  g_assert_cmpint (status, ==, 0);
  status = kn_test_run_cli (&list, NULL, "tim-penilai", "daftar", "--database", fixture->path,
                            "--period", "2026-TW1", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (list, "2026-TW1 · Pegawai: Diajukan, menunggu keputusan tim\n"));
}

/* kinerja-cli tim-penilai unit: the office turns review on and off for a unit; its sub-unit
 * says where it comes from; --help lists the command. */
static void
test_cli_unit (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(KnStore) reopened = NULL;
  int status;

  kn_test_add_unit (fixture->store, "Bidang Mutasi", fixture->unit);
  g_clear_object (&fixture->store);

  status = kn_test_run_cli (&out, NULL, "tim-penilai", "--help", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "tim-penilai unit"));
  g_clear_pointer (&out, g_free);

  status = kn_test_run_cli (&out, NULL, "tim-penilai", "unit", "--database", fixture->path,
                            "--unit", "Badan Kepegawaian Daerah", "--aktif", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Badan Kepegawaian Daerah: review by the Tim Penilai Kinerja is on;"));
  g_clear_pointer (&out, g_free);
  status = kn_test_run_cli (&out, NULL, "tim-penilai", "unit", "--database", fixture->path,
                            "--unit", "Bidang Mutasi", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "is on, from Badan Kepegawaian Daerah"));
  g_clear_pointer (&out, g_free);

  reopened = kn_store_open (fixture->path, NULL);
  g_assert_nonnull (reopened);
  STOP_IF_FAILED ();
  g_assert_true (kn_store_get_unit_review (reopened, fixture->unit));
  g_clear_object (&reopened);

  status = kn_test_run_cli (&out, NULL, "tim-penilai", "unit", "--database", fixture->path,
                            "--unit", "Badan Kepegawaian Daerah", "--nonaktif", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "is off"));

  /* Both, or a unit that is not there: refused, saying why. */
  status = kn_test_run_cli (NULL, &err, "tim-penilai", "unit", "--database", fixture->path,
                            "--unit", "Badan Kepegawaian Daerah", "--aktif", "--nonaktif", NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "--nonaktif"));
  g_clear_pointer (&err, g_free);
  status = kn_test_run_cli (NULL, &err, "tim-penilai", "unit", "--database", fixture->path,
                            "--unit", "Dinas Perhubungan", "--aktif", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "Dinas Perhubungan"));

  reopened = kn_store_open (fixture->path, NULL);
  g_assert_false (kn_store_get_unit_review (reopened, fixture->unit));
}

/* A team is formed for a unit (an OPD): it reviews the people of that unit and of the units
 * below it — where they were on the period's last day — and nobody else; a team formed for the
 * whole instansi reviews everyone. A decision for someone the team does not review is refused
 * naming the person and the unit, and nothing is written. */
static void
test_team_unit (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) teams = NULL;
  g_autoptr(KnHistoryEntry) move = NULL;
  g_autoptr(KnReviewEntry) review = NULL;
  gint64 below = kn_test_add_unit (fixture->store, "Bidang Mutasi", fixture->unit);
  gint64 other_unit = kn_test_add_unit (fixture->store, "Dinas Pendidikan", 0);
  gint64 clerk = kn_test_add_person (fixture->store, "199203152019031004", "Budi Santoso, S.Kom.",
                                     "III/c", "Analis SDM Aparatur", KN_POSITION_AHLI_MUDA, below,
                                     fixture->people[0]);
  gint64 teacher = kn_test_add_person (fixture->store, "198801012012121001", "Dedi Kurnia",
                                       "III/d", "Guru Ahli Muda", KN_POSITION_AHLI_MUDA,
                                       other_unit, 0);
  gint64 team, whole;

  team = kn_store_add_unit_review_team (fixture->store, "Tim Penilai Kinerja BKD", NULL, 2026,
                                        fixture->unit, &error);
  ASSERT_NO_ERROR (error);
  whole = kn_store_add_review_team (fixture->store, "Tim Penilai Kinerja Provinsi", NULL, 2026,
                                    &error);
  ASSERT_NO_ERROR (error);

  /* Read back, after reopening. */
  kn_test_store_reopen (&fixture->store, fixture->path);
  teams = kn_store_list_review_teams (fixture->store, 2026);
  g_assert_cmpuint (teams->len, ==, 2);
  STOP_IF_FAILED ();
  g_assert_cmpint (((KnReviewTeam *)g_ptr_array_index (teams, 0))->unit_id, ==, fixture->unit);
  g_assert_cmpint (((KnReviewTeam *)g_ptr_array_index (teams, 1))->unit_id, ==, 0);
  g_assert_cmpint (kn_store_get_review_team_unit (fixture->store, team), ==, fixture->unit);

  g_assert_true (kn_store_review_team_reaches (fixture->store, team, fixture->people[1],
                                               "2026-TW1"));
  g_assert_true (kn_store_review_team_reaches (fixture->store, team, clerk, "2026-TW1"));
  g_assert_false (kn_store_review_team_reaches (fixture->store, team, teacher, "2026-TW1"));
  g_assert_true (kn_store_review_team_reaches (fixture->store, whole, teacher, "2026-TW1"));

  /* Decided for the unit below; refused for the other OPD's teacher, nothing written. */
  g_assert_true (kn_store_record_review (fixture->store, team, clerk, "2026-TW1",
                                         KN_REVIEW_SETUJU, NULL, &error));
  ASSERT_NO_ERROR (error);
  g_assert_false (kn_store_record_review (fixture->store, team, teacher, "2026-TW1",
                                          KN_REVIEW_SETUJU, NULL, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (error->message, "Dedi Kurnia"));
  g_assert_nonnull (strstr (error->message, "Badan Kepegawaian Daerah"));
  g_clear_error (&error);
  g_assert_null (kn_store_get_review (fixture->store, teacher, "2026-TW1"));
  g_assert_true (kn_store_record_review (fixture->store, whole, teacher, "2026-TW1",
                                         KN_REVIEW_SETUJU, NULL, &error));
  ASSERT_NO_ERROR (error);

  /* The teacher moves to the BKD on 1 June: the BKD's team reviews the second half of the year,
   * not the first quarter, when he was a teacher. */
  move = kn_history_entry_new (teacher, KN_HISTORY_MUTASI);
  move->start_date = g_strdup ("2026-06-01");
  move->unit_id = fixture->unit;
  move->supervisor_id = fixture->people[0];
  g_assert_true (kn_store_add_history (fixture->store, move, &error));
  ASSERT_NO_ERROR (error);
  g_assert_false (kn_store_review_team_reaches (fixture->store, team, teacher, "2026-TW1"));
  g_assert_true (kn_store_record_review (fixture->store, team, teacher, "2026-TW3",
                                         KN_REVIEW_SETUJU, NULL, &error));
  ASSERT_NO_ERROR (error);
  review = kn_store_get_review (fixture->store, teacher, "2026-TW3");
  g_assert_nonnull (review);
  STOP_IF_FAILED ();
  g_assert_cmpint (review->team_id, ==, team);

  /* The people the team reviews in a period, by one query: those kn_store_review_team_reaches
   * says, in the employees' order; for the whole instansi's team everyone. */
  for (guint q = 1; q <= 4; q++)
    {
      g_autofree char *period = g_strdup_printf ("2026-TW%u", q);
      g_autoptr(GArray) reached = kn_store_list_review_team_people (fixture->store, team, period);
      g_autoptr(GArray) everyone = kn_store_list_review_team_people (fixture->store, whole,
                                                                     period);
      GListModel *employees = kn_store_get_employees (fixture->store);
      guint n = 0;

      for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
        {
          g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
          gint64 id = kn_employee_get_id (employee);

          g_assert_cmpint (g_array_index (everyone, gint64, i), ==, id);
          if (!kn_store_review_team_reaches (fixture->store, team, id, period))
            continue;
          g_assert_cmpuint (n, <, reached->len);
          STOP_IF_FAILED ();
          g_assert_cmpint (g_array_index (reached, gint64, n), ==, id);
          n++;
        }
      g_assert_cmpuint (n, ==, reached->len);
      g_assert_cmpuint (everyone->len, ==, g_list_model_get_n_items (employees));
      g_assert_cmpuint (n, ==, q == 1 ? 5 : 6);
    }

  /* A unit that is not there: no team. */
  g_assert_cmpint (kn_store_add_unit_review_team (fixture->store, "Tim X", NULL, 2026, 9999,
                                                  &error), ==, 0);
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND);
}

/* kinerja-cli tim-penilai buat --unit: the team formed for a unit, listed with it; a unit that
 * is not there refused, naming it. */
static void
test_cli_team_unit (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  kn_test_add_unit (fixture->store, "Bidang Mutasi", fixture->unit);
  g_clear_object (&fixture->store);

  status = kn_test_run_cli (&out, NULL, "tim-penilai", "buat", "--database", fixture->path,
                            "--nama", "Tim Penilai Kinerja BKD", "--tahun", "2026", "--unit",
                            "Badan Kepegawaian Daerah", NULL);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  status = kn_test_run_cli (NULL, &err, "tim-penilai", "buat", "--database", fixture->path,
                            "--nama", "Tim Lain", "--tahun", "2026", "--unit",
                            "Dinas Perhubungan", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "Dinas Perhubungan"));

  status = kn_test_run_cli (&out, NULL, "tim-penilai", "daftar", "--database", fixture->path,
                            NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "1  Tim Penilai Kinerja BKD (2026) · Badan Kepegawaian Daerah\n"));
  g_assert_null (strstr (out, "Tim Lain"));
}

/* A unit a Tim Penilai Kinerja was formed for is not deleted: the store says so in words
 * (before, the engine's "FOREIGN KEY constraint failed"), and the unit and team stay. */
static void
test_team_unit_not_deleted (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) teams = NULL;
  gint64 unit = kn_test_add_unit (fixture->store, "Bidang Penilaian Kinerja", 0);

  kn_store_add_unit_review_team (fixture->store, "Tim Penilai Kinerja Bidang", NULL, 2026, unit,
                                 &error);
  ASSERT_NO_ERROR (error);

  g_assert_false (kn_store_check_unit_deletable (fixture->store, unit, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE);
  if (error != NULL)
    g_assert_nonnull (strstr (error->message, "Tim Penilai Kinerja Bidang"));
  g_clear_error (&error);
  g_assert_false (kn_store_delete_unit (fixture->store, unit, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_nonnull (kn_store_lookup_unit (fixture->store, unit));
  teams = kn_store_list_review_teams (fixture->store, 2026);
  g_assert_cmpuint (teams->len, ==, 1);
}

/* A team formed for a year decides on that year's periods only: a decision for a period of
 * another year is refused naming both years (the period's and the team's), and nothing is
 * written; the team does not reach anyone then. */
static void
test_team_year (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnReviewEntry) review = NULL;
  gint64 team = kn_store_add_unit_review_team (fixture->store, "Tim Penilai Kinerja BKD 2026",
                                               NULL, 2026, fixture->unit, &error);

  ASSERT_NO_ERROR (error);
  g_assert_true (kn_store_review_team_reaches (fixture->store, team, fixture->people[1],
                                               "2026-AKHIR"));
  g_assert_false (kn_store_review_team_reaches (fixture->store, team, fixture->people[1],
                                                "2027-TW1"));
  g_assert_false (kn_store_review_team_reaches (fixture->store, team, fixture->people[1],
                                                "2025-12"));

  g_assert_false (kn_store_record_review (fixture->store, team, fixture->people[1], "2027-TW1",
                                          KN_REVIEW_SETUJU, NULL, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  STOP_IF_FAILED ();
  g_assert_nonnull (strstr (error->message, "is a period of 2027"));
  g_assert_nonnull (strstr (error->message, "formed for 2026"));
  g_clear_error (&error);
  g_assert_false (kn_store_record_review (fixture->store, team, fixture->people[1], "2025-AKHIR",
                                          KN_REVIEW_TINJAU_ULANG, "Periksa lagi", &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);

  kn_test_store_reopen (&fixture->store, fixture->path);
  g_assert_null (kn_store_get_review (fixture->store, fixture->people[1], "2027-TW1"));
  g_assert_null (kn_store_get_review (fixture->store, fixture->people[1], "2025-AKHIR"));

  /* Its own year: decided. */
  g_assert_true (kn_store_record_review (fixture->store, team, fixture->people[1], "2026-TW4",
                                         KN_REVIEW_SETUJU, NULL, &error));
  ASSERT_NO_ERROR (error);
  review = kn_store_get_review (fixture->store, fixture->people[1], "2026-TW4");
  g_assert_nonnull (review);
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/store-review/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/store-review/names", test_names);
  ADD ("team", test_team);
  ADD ("team-refused", test_team_refused);
  ADD ("decisions", test_decisions);
  ADD ("open-matter-holds", test_open_matter_holds);
  ADD ("open-matter-any-team", test_open_matter_any_team);
  ADD ("unit-switch", test_unit_switch);
  ADD ("unit-of-the-period", test_unit_of_the_period);
  ADD ("cli", test_cli);
  ADD ("cli-unit", test_cli_unit);
  ADD ("team-unit", test_team_unit);
  ADD ("team-unit-not-deleted", test_team_unit_not_deleted);
  ADD ("cli-team-unit", test_cli_team_unit);
  ADD ("team-year", test_team_year);

  return g_test_run ();
}
