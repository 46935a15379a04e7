/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the Tim Penilai Kinerja in the store: a team with its members and roles, one ketua,
 * the decisions recorded per employee and period, "mohon ditinjau ulang" only with a reason,
 * and every step in the audit log. */

#define G_LOG_DOMAIN "test-store-review"

#include "config.h"

#include <string.h>

#include <glib.h>

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
  ADD ("cli", test_cli);

  return g_test_run ();
}
