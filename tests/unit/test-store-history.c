/* SPDX-License-Identifier: GPL-3.0-or-later */
/* People over time in the store: a transfer keeps the periods before it with the old unit and
 * atasan, a status ends who is counted, a Plt./Plh. signs in their range, a jabatan has a TMT. */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kinerja/kn-evaluation.h"
#include "kinerja/kn-history.h"
#include "kinerja/kn-indicator.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-plan-result.h"
#include "kinerja/kn-store.h"

#include "kn-test-util.h"

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  gint64   dinas;
  gint64   bidang_a;
  gint64   bidang_b;
  gint64   kadis;
  gint64   kabid_a;
  gint64   kabid_b;
  gint64   staff;
  guint    n_people;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-test-history-XXXXXX", &fixture->folder,
                                      &fixture->path);
  fixture->dinas = kn_test_add_unit (fixture->store, "Dinas Pendidikan", 0);
  fixture->bidang_a = kn_test_add_unit (fixture->store, "Bidang SMA", fixture->dinas);
  fixture->bidang_b = kn_test_add_unit (fixture->store, "Bidang SMK", fixture->dinas);
  fixture->kadis = kn_test_add_staff (fixture->store, &fixture->n_people, "Kepala Dinas",
                                      "Kepala Dinas Pendidikan", KN_POSITION_JPT_PRATAMA,
                                      fixture->dinas, 0);
  fixture->kabid_a = kn_test_add_staff (fixture->store, &fixture->n_people, "Kabid SMA",
                                        "Kepala Bidang SMA", KN_POSITION_ADMINISTRATOR,
                                        fixture->bidang_a, fixture->kadis);
  fixture->kabid_b = kn_test_add_staff (fixture->store, &fixture->n_people, "Kabid SMK",
                                        "Kepala Bidang SMK", KN_POSITION_ADMINISTRATOR,
                                        fixture->bidang_b, fixture->kadis);
  fixture->staff = kn_test_add_staff (fixture->store, &fixture->n_people, "Staf",
                                      "Analis Kurikulum Ahli Pertama", KN_POSITION_AHLI_PERTAMA,
                                      fixture->bidang_a, fixture->kabid_a);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

static gint64
add (Fixture        *fixture,
     KnHistoryEntry *entry)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_store_add_history (fixture->store, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (entry->id, >, 0);
  return entry->id;
}

static KnHistoryEntry *
mutasi (gint64      employee_id,
        const char *date,
        gint64      unit_id,
        gint64      supervisor_id)
{
  KnHistoryEntry *entry = kn_history_entry_new (employee_id, KN_HISTORY_MUTASI);

  entry->start_date = g_strdup (date);
  entry->unit_id = unit_id;
  entry->supervisor_id = supervisor_id;
  return entry;
}

static KnHistoryEntry *
status_change (gint64          employee_id,
               const char     *date,
               KnPersonStatus  status)
{
  KnHistoryEntry *entry = kn_history_entry_new (employee_id, KN_HISTORY_STATUS);

  entry->start_date = g_strdup (date);
  entry->status = status;
  return entry;
}

static KnHistoryEntry *
jabatan (gint64          employee_id,
         const char     *date,
         const char     *position,
         KnPositionKind  kind)
{
  KnHistoryEntry *entry = kn_history_entry_new (employee_id, KN_HISTORY_JABATAN);

  entry->start_date = g_strdup (date);
  entry->position = g_strdup (position);
  entry->position_kind = kind;
  return entry;
}

static gboolean
has (GArray *ids,
     gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static gboolean
in_unit (Fixture    *fixture,
         gint64      unit_id,
         const char *first,
         const char *last,
         gint64      who)
{
  g_autoptr(GArray) ids = kn_store_people_in_unit (fixture->store, unit_id, first, last);

  return has (ids, who);
}

/* A transfer on 1 July: before it the old unit and atasan, from it the new ones; the person as
 * recorded follows once the day has come. */
static void
test_mutasi (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) move = mutasi (fixture->staff, "2026-07-01", fixture->bidang_b,
                                           fixture->kabid_b);
  g_autoptr(GPtrArray) history = NULL;
  KnEmployee *staff;
  const KnHistoryEntry *stored;

  add (fixture, move);
  g_assert_cmpint (move->prev_unit_id, ==, fixture->bidang_a);
  g_assert_cmpint (move->prev_supervisor_id, ==, fixture->kabid_a);

  g_assert_cmpint (kn_store_unit_at (fixture->store, fixture->staff, "2026-06-30"), ==,
                   fixture->bidang_a);
  g_assert_cmpint (kn_store_supervisor_at (fixture->store, fixture->staff, "2026-06-30", NULL),
                   ==, fixture->kabid_a);
  g_assert_cmpint (kn_store_unit_at (fixture->store, fixture->staff, "2026-07-01"), ==,
                   fixture->bidang_b);
  g_assert_cmpint (kn_store_supervisor_at (fixture->store, fixture->staff, "2026-10-01", NULL),
                   ==, fixture->kabid_b);

  /* Who is in a unit in a period. */
  g_assert_true (in_unit (fixture, fixture->bidang_a, "2026-01-01", "2026-03-31", fixture->staff));
  g_assert_false (in_unit (fixture, fixture->bidang_b, "2026-01-01", "2026-03-31",
                           fixture->staff));
  g_assert_true (in_unit (fixture, fixture->bidang_a, "2026-06-01", "2026-07-31", fixture->staff));
  g_assert_true (in_unit (fixture, fixture->bidang_b, "2026-06-01", "2026-07-31", fixture->staff));
  g_assert_false (in_unit (fixture, fixture->bidang_a, "2026-07-01", "2026-09-30",
                           fixture->staff));

  staff = kn_store_lookup_employee (fixture->store, fixture->staff);
  /* 1 July 2026 has come: the person as recorded has moved. */
  g_assert_cmpint (kn_employee_get_unit_id (staff), ==, fixture->bidang_b);
  g_assert_cmpint (kn_employee_get_supervisor_id (staff), ==, fixture->kabid_b);

  history = kn_store_list_history (fixture->store, fixture->staff);
  g_assert_cmpuint (history->len, ==, 1);
  stored = history->pdata[0];
  g_assert_cmpint (stored->kind, ==, KN_HISTORY_MUTASI);
  g_assert_cmpstr (stored->start_date, ==, "2026-07-01");
  g_assert_cmpint (stored->unit_id, ==, fixture->bidang_b);
  g_assert_cmpint (stored->prev_unit_id, ==, fixture->bidang_a);
}

/* A transfer far in the future changes the dated answers only, not the person today. */
static void
test_mutasi_future (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) move = mutasi (fixture->staff, "2999-01-01", fixture->bidang_b,
                                           fixture->kabid_b);
  KnEmployee *staff;

  add (fixture, move);
  staff = kn_store_lookup_employee (fixture->store, fixture->staff);
  g_assert_cmpint (kn_employee_get_unit_id (staff), ==, fixture->bidang_a);
  g_assert_cmpint (kn_store_unit_at (fixture->store, fixture->staff, "2999-01-01"), ==,
                   fixture->bidang_b);
}

/* Two transfers, the first deleted: the second now replaces what the first did. */
static void
test_mutasi_delete (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) first = mutasi (fixture->staff, "2026-03-01", fixture->bidang_b,
                                            fixture->kabid_b);
  g_autoptr(KnHistoryEntry) second = mutasi (fixture->staff, "2026-06-01", fixture->dinas,
                                             fixture->kadis);
  g_autoptr(GError) error = NULL;

  add (fixture, first);
  add (fixture, second);
  g_assert_cmpint (second->prev_unit_id, ==, fixture->bidang_b);
  g_assert_cmpint (kn_store_unit_at (fixture->store, fixture->staff, "2026-04-01"), ==,
                   fixture->bidang_b);
  g_assert_true (kn_store_delete_history (fixture->store, first->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kn_store_unit_at (fixture->store, fixture->staff, "2026-04-01"), ==,
                   fixture->bidang_a);
  g_assert_cmpint (kn_store_supervisor_at (fixture->store, fixture->staff, "2026-04-01", NULL),
                   ==, fixture->kabid_a);
  g_assert_cmpint (kn_store_unit_at (fixture->store, fixture->staff, "2026-06-01"), ==,
                   fixture->dinas);
}

/* Retired on 1 June: active before, not counted in a unit after. */
static void
test_status (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) retired = status_change (fixture->staff, "2026-06-01",
                                                    KN_PERSON_PENSIUN);
  g_autoptr(KnHistoryEntry) leave = status_change (fixture->kabid_b, "2026-02-01", KN_PERSON_CUTI);

  retired->decree = g_strdup ("  SK 800/123/2026 ");
  add (fixture, retired);
  g_assert_cmpstr (retired->decree, ==, "SK 800/123/2026");
  g_assert_cmpint (kn_store_status_at (fixture->store, fixture->staff, "2026-05-31"), ==,
                   KN_PERSON_AKTIF);
  g_assert_cmpint (kn_store_status_at (fixture->store, fixture->staff, "2026-06-01"), ==,
                   KN_PERSON_PENSIUN);
  g_assert_true (in_unit (fixture, fixture->bidang_a, "2026-04-01", "2026-06-30", fixture->staff));
  g_assert_false (in_unit (fixture, fixture->bidang_a, "2026-07-01", "2026-09-30",
                           fixture->staff));
  /* The head of the unit, without any history, is counted as before. */
  g_assert_true (in_unit (fixture, fixture->bidang_a, "2026-07-01", "2026-09-30",
                          fixture->kabid_a));

  /* Cuti is still active. */
  add (fixture, leave);
  g_assert_true (in_unit (fixture, fixture->bidang_b, "2026-04-01", "2026-06-30",
                          fixture->kabid_b));
}

static gboolean
lists (GPtrArray *evaluations,
       gint64     who)
{
  for (guint i = 0; i < evaluations->len; i++)
    if (kn_evaluation_get_employee_id (g_ptr_array_index (evaluations, i)) == who)
      return TRUE;
  return FALSE;
}

static guint
counted (Fixture    *fixture,
         const char *period)
{
  guint counts[KN_PREDIKAT_N];
  g_autoptr(GPtrArray) violations = kn_store_check_distribution (fixture->store, fixture->dinas,
                                                                 period, counts);
  guint total = 0;

  for (guint i = 0; i < KN_PREDIKAT_N; i++)
    total += counts[i];
  return total;
}

/* Retired on 1 June, on CLTN from January, on tugas belajar then back in August: Penilaian's
 * list and the distribution count of a period leave out who was active on none of its days,
 * keep who was active on some, and keep an evaluation already saved. */
static void
test_inactive_lists (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) retired = status_change (fixture->staff, "2026-06-01",
                                                    KN_PERSON_PENSIUN);
  g_autoptr(KnHistoryEntry) cltn = status_change (fixture->kabid_b, "2026-01-01", KN_PERSON_CLTN);
  g_autoptr(KnHistoryEntry) study = status_change (fixture->kabid_a, "2026-04-01",
                                                  KN_PERSON_TUGAS_BELAJAR);
  g_autoptr(KnHistoryEntry) back = status_change (fixture->kabid_a, "2026-08-15", KN_PERSON_AKTIF);
  g_autoptr(GPtrArray) tw2 = NULL;
  g_autoptr(GPtrArray) tw3 = NULL;
  g_autoptr(GPtrArray) tw3_again = NULL;
  g_autoptr(GHashTable) inactive = NULL;
  g_autoptr(KnEvaluation) kept = NULL;
  g_autoptr(GError) error = NULL;

  add (fixture, retired);
  add (fixture, cltn);
  add (fixture, study);
  add (fixture, back);

  tw2 = kn_store_list_unit_evaluations (fixture->store, fixture->dinas, "2026-TW2", 0);
  g_assert_true (lists (tw2, fixture->staff));      /* retired inside the quarter */
  g_assert_false (lists (tw2, fixture->kabid_b));   /* CLTN all of it */
  g_assert_false (lists (tw2, fixture->kabid_a));   /* tugas belajar all of it */
  g_assert_true (lists (tw2, fixture->kadis));
  g_assert_cmpuint (tw2->len, ==, 2);
  /* The distribution counts the people the head rates: the kepala dinas is left out. */
  g_assert_cmpuint (counted (fixture, "2026-TW2"), ==, 1);

  tw3 = kn_store_list_unit_evaluations (fixture->store, fixture->dinas, "2026-TW3", 0);
  g_assert_false (lists (tw3, fixture->staff));
  g_assert_false (lists (tw3, fixture->kabid_b));
  g_assert_true (lists (tw3, fixture->kabid_a));    /* back on 15 August */
  g_assert_cmpuint (tw3->len, ==, 2);
  g_assert_cmpuint (counted (fixture, "2026-TW3"), ==, 1);
  /* By assessor too. */
  g_clear_pointer (&tw3, g_ptr_array_unref);
  tw3 = kn_store_list_unit_evaluations (fixture->store, fixture->dinas, "2026-TW3",
                                        fixture->kabid_a);
  g_assert_cmpuint (tw3->len, ==, 0);

  /* An evaluation saved for the period stays listed and counted. */
  kept = kn_evaluation_new (fixture->kabid_b, "2026-TW3");
  kn_evaluation_set_assessor_id (kept, fixture->kadis);
  kn_evaluation_set_rating_result (kept, KN_RATING_AS_EXPECTED);
  kn_evaluation_set_rating_behaviour (kept, KN_RATING_AS_EXPECTED);
  g_assert_true (kn_store_save_evaluation (fixture->store, kept, &error));
  g_assert_no_error (error);
  tw3_again = kn_store_list_unit_evaluations (fixture->store, fixture->dinas, "2026-TW3", 0);
  g_assert_true (lists (tw3_again, fixture->kabid_b));
  g_assert_cmpuint (counted (fixture, "2026-TW3"), ==, 2);

  /* The set the other lists use: on 1 July the retired and the one on CLTN. */
  inactive = kn_store_list_inactive (fixture->store, "2026-07-01", "2026-07-01");
  g_assert_cmpuint (g_hash_table_size (inactive), ==, 3);
  g_assert_true (g_hash_table_contains (inactive, &fixture->staff));
  g_assert_true (g_hash_table_contains (inactive, &fixture->kabid_b));
  g_assert_true (g_hash_table_contains (inactive, &fixture->kabid_a));
  g_clear_pointer (&inactive, g_hash_table_unref);
  inactive = kn_store_list_inactive (fixture->store, "2026-01-01", "2026-12-31");
  g_assert_cmpuint (g_hash_table_size (inactive), ==, 1);
  g_assert_true (g_hash_table_contains (inactive, &fixture->kabid_b));
  /* The same for the year, as the Kompetensi reading asks it. */
  g_clear_pointer (&inactive, g_hash_table_unref);
  inactive = kn_store_list_inactive_in_year (fixture->store, 2026);
  g_assert_cmpuint (g_hash_table_size (inactive), ==, 1);
  g_assert_true (g_hash_table_contains (inactive, &fixture->kabid_b));
}

/* The staff's SKP of 2026, approved by @assessor_id. */
static gint64
approved_plan (Fixture *fixture,
               gint64   assessor_id)
{
  g_autoptr(KnPlan) plan = kn_plan_new (fixture->staff, 2026);
  g_autoptr(GError) error = NULL;
  KnPlanResult *result;

  kn_plan_set_assessor_id (plan, assessor_id);
  result = kn_test_plan_add_result (plan, KN_RESULT_KIND_UTAMA, "Kurikulum SMA tersusun", 0);
  kn_test_result_add_indicator (result, KN_ASPECT_NONE, "Dokumen kurikulum", 4, "dokumen");
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_set_plan_status (fixture->store, kn_plan_get_id (plan),
                                           KN_PLAN_STATUS_SUBMITTED, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_set_plan_status (fixture->store, kn_plan_get_id (plan),
                                           KN_PLAN_STATUS_APPROVED, NULL, &error));
  g_assert_no_error (error);
  return kn_plan_get_id (plan);
}

/* A mutasi in July to a unit with another atasan: the SKP the old atasan approved waits for the
 * new one; a move on 1 January, or to the same atasan, asks nothing; approval by the new atasan
 * ends it. */
static void
test_mutasi_reapproval (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) move = mutasi (fixture->staff, "2026-07-01", fixture->bidang_b,
                                           fixture->kabid_b);
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 plan_id, new_assessor = -1;

  /* No SKP, nothing to approve again. */
  g_assert_false (kn_store_plan_needs_reapproval (fixture->store, fixture->staff, 2026, NULL,
                                                  NULL));
  plan_id = approved_plan (fixture, fixture->kabid_a);
  g_assert_false (kn_store_plan_needs_reapproval (fixture->store, fixture->staff, 2026, NULL,
                                                  NULL));

  add (fixture, move);
  g_assert_true (kn_store_plan_needs_reapproval (fixture->store, fixture->staff, 2026,
                                                 &new_assessor, &date));
  g_assert_cmpint (new_assessor, ==, fixture->kabid_b);
  g_assert_cmpstr (date, ==, "2026-07-01");
  /* Other years are not touched. */
  g_assert_false (kn_store_plan_needs_reapproval (fixture->store, fixture->staff, 2027, NULL,
                                                  NULL));

  /* Reopened, given to the new atasan, submitted and approved: done. */
  g_assert_true (kn_store_set_plan_status (fixture->store, plan_id, KN_PLAN_STATUS_DRAFT,
                                           "Mutasi ke Bidang SMK", &error));
  g_assert_no_error (error);
  plan = kn_store_load_plan_by_id (fixture->store, plan_id, &error);
  g_assert_no_error (error);
  kn_plan_set_assessor_id (plan, fixture->kabid_b);
  g_assert_true (kn_store_save_plan (fixture->store, plan, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_plan_needs_reapproval (fixture->store, fixture->staff, 2026, NULL,
                                                 NULL));
  g_assert_true (kn_store_set_plan_status (fixture->store, plan_id, KN_PLAN_STATUS_SUBMITTED,
                                           NULL, &error));
  g_assert_true (kn_store_set_plan_status (fixture->store, plan_id, KN_PLAN_STATUS_APPROVED,
                                           NULL, &error));
  g_assert_no_error (error);
  g_assert_false (kn_store_plan_needs_reapproval (fixture->store, fixture->staff, 2026, NULL,
                                                  NULL));
}

/* A move on 1 January starts the year with the new atasan: nothing to approve again. */
static void
test_mutasi_new_year (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) move = mutasi (fixture->staff, "2026-01-01", fixture->bidang_b,
                                           fixture->kabid_b);

  approved_plan (fixture, fixture->kabid_a);
  add (fixture, move);
  g_assert_false (kn_store_plan_needs_reapproval (fixture->store, fixture->staff, 2026, NULL,
                                                  NULL));
}

/* A Plt. acting for the Kabid in February signs for the staff then, not after; a Plt. in a
 * vacant head post signs for those without an atasan in that unit. */
static void
test_plt (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) plt = kn_history_entry_new (fixture->kabid_b, KN_HISTORY_PLT);
  g_autoptr(KnHistoryEntry) vacant = kn_history_entry_new (fixture->kabid_a, KN_HISTORY_PLH);
  g_autoptr(KnHistoryEntry) acting = NULL;
  g_autoptr(KnHistoryEntry) acting_vacant = NULL;
  g_autofree char *title = NULL;
  gint64 orphan;

  plt->start_date = g_strdup ("2026-02-01");
  plt->end_date = g_strdup ("2026-02-28");
  plt->acting_for_id = fixture->kabid_a;
  plt->position = g_strdup ("Kepala Bidang SMA");
  add (fixture, plt);

  g_assert_cmpint (kn_store_supervisor_at (fixture->store, fixture->staff, "2026-02-10",
                                           &acting), ==, fixture->kabid_b);
  g_assert_nonnull (acting);
  title = kn_history_acting_title (acting);
  g_assert_cmpstr (title, ==, "Plt. Kepala Bidang SMA");
  g_clear_pointer (&acting, kn_history_entry_free);
  g_assert_cmpint (kn_store_supervisor_at (fixture->store, fixture->staff, "2026-03-01",
                                           &acting), ==, fixture->kabid_a);
  g_assert_null (acting);
  g_assert_cmpint (kn_store_supervisor_at (fixture->store, fixture->staff, "2026-01-31", NULL),
                   ==, fixture->kabid_a);

  /* A vacant head post of Bidang SMK, acted in by the Kabid SMA for a day. */
  orphan = kn_test_add_staff (fixture->store, &fixture->n_people, "Staf SMK", "Pengadministrasi",
                              KN_POSITION_PELAKSANA, fixture->bidang_b, 0);
  vacant->start_date = g_strdup ("2026-05-04");
  vacant->end_date = g_strdup ("2026-05-04");
  vacant->unit_id = fixture->bidang_b;
  vacant->position = g_strdup ("Kepala Bidang SMK");
  add (fixture, vacant);
  g_assert_cmpint (kn_store_supervisor_at (fixture->store, orphan, "2026-05-04", &acting_vacant),
                   ==, fixture->kabid_a);
  g_clear_pointer (&title, g_free);
  title = kn_history_acting_title (acting_vacant);
  g_assert_cmpstr (title, ==, "Plh. Kepala Bidang SMK");
  g_assert_cmpint (kn_store_supervisor_at (fixture->store, orphan, "2026-05-05", NULL), ==, 0);
}

/* The line the window and kinerja-cli show for an entry names the units and people as the store
 * holds them, "—" for none, "…" for an open end. */
static void
test_describe (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) move = mutasi (fixture->staff, "2026-07-01", fixture->bidang_b,
                                           fixture->kabid_b);
  g_autoptr(KnHistoryEntry) vacant = kn_history_entry_new (fixture->kabid_a, KN_HISTORY_PLH);
  g_autoptr(KnHistoryEntry) top = mutasi (fixture->kadis, "2026-08-01", fixture->dinas, 0);
  g_autofree char *moved = NULL;
  g_autofree char *acting = NULL;
  g_autofree char *alone = NULL;

  add (fixture, move);
  moved = kn_store_describe_history (fixture->store, move);
  g_assert_cmpstr (moved, ==, "Transfer: Bidang SMA → Bidang SMK (atasan: Kabid SMK)");

  vacant->start_date = g_strdup ("2026-05-04");
  vacant->unit_id = fixture->bidang_b;
  vacant->position = g_strdup ("Kepala Bidang SMK");
  acting = kn_store_describe_history (fixture->store, vacant);
  g_assert_cmpstr (acting, ==, "Plh. Kepala Bidang SMK until … (vacant post)");

  alone = kn_store_describe_history (fixture->store, top);
  g_assert_cmpstr (alone, ==, "Transfer: — → Dinas Pendidikan (atasan: —)");
}

/* A promotion on 1 April: the jabatan and its kind before and after the TMT. */
static void
test_jabatan (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) promotion = jabatan (fixture->staff, "2026-04-01",
                                                 "Analis Kurikulum Ahli Muda",
                                                 KN_POSITION_AHLI_MUDA);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  KnPositionKind kind;

  add (fixture, promotion);
  g_assert_cmpstr (promotion->prev_position, ==, "Analis Kurikulum Ahli Pertama");

  before = kn_store_position_at (fixture->store, fixture->staff, "2026-03-31", &kind);
  g_assert_cmpstr (before, ==, "Analis Kurikulum Ahli Pertama");
  g_assert_cmpint (kind, ==, KN_POSITION_AHLI_PERTAMA);
  after = kn_store_position_at (fixture->store, fixture->staff, "2026-04-01", &kind);
  g_assert_cmpstr (after, ==, "Analis Kurikulum Ahli Muda");
  g_assert_cmpint (kind, ==, KN_POSITION_AHLI_MUDA);
  g_assert_cmpint (kn_employee_get_position_kind (kn_store_lookup_employee (fixture->store,
                                                                            fixture->staff)),
                   ==, KN_POSITION_AHLI_MUDA);
}

static KnHistoryEntry *
pangkat (gint64      employee_id,
         const char *date,
         const char *rank)
{
  KnHistoryEntry *entry = kn_history_entry_new (employee_id, KN_HISTORY_PANGKAT);

  entry->start_date = g_strdup (date);
  entry->rank = g_strdup (rank);
  entry->decree = g_strdup ("800/123/BKD/2026");
  return entry;
}

static void
assert_rank_at (Fixture    *fixture,
                gint64      who,
                const char *date,
                const char *expected)
{
  g_autofree char *rank = kn_store_rank_at (fixture->store, who, date);

  g_assert_cmpstr (rank, ==, expected);
}

/* A kenaikan pangkat on 1 April: the rank before and after its TMT, the rank it replaced kept
 * with it, the person as recorded today following it, and the change in the audit log. */
static void
test_pangkat (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) raise = pangkat (fixture->staff, "2026-04-01", "iii/d");
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  gboolean audited = FALSE;

  assert_rank_at (fixture, fixture->staff, "2026-03-31", "III/c");
  add (fixture, raise);
  g_assert_cmpstr (raise->rank, ==, "III/d");
  g_assert_cmpstr (raise->prev_rank, ==, "III/c");

  assert_rank_at (fixture, fixture->staff, "2026-03-31", "III/c");
  assert_rank_at (fixture, fixture->staff, "2026-04-01", "III/d");
  assert_rank_at (fixture, fixture->staff, "2026-12-31", "III/d");
  g_assert_cmpstr (kn_employee_get_rank (kn_store_lookup_employee (fixture->store,
                                                                   fixture->staff)),
                   ==, "III/d");
  /* Someone without any kenaikan pangkat: the rank as recorded, whatever the day. */
  assert_rank_at (fixture, fixture->kabid_a, "2020-01-01", "III/c");

  history = kn_store_list_history (fixture->store, fixture->staff);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpint (((KnHistoryEntry *) history->pdata[0])->kind, ==, KN_HISTORY_PANGKAT);
  g_assert_cmpstr (((KnHistoryEntry *) history->pdata[0])->rank, ==, "III/d");
  g_assert_cmpstr (((KnHistoryEntry *) history->pdata[0])->prev_rank, ==, "III/c");
  g_assert_cmpstr (((KnHistoryEntry *) history->pdata[0])->decree, ==, "800/123/BKD/2026");

  audit = kn_store_list_audit (fixture->store, "employee_history", raise->id);
  for (guint i = 0; i < audit->len; i++)
    {
      KnAuditEntry *row = audit->pdata[i];

      if (g_strcmp0 (row->field, "rank") == 0)
        {
          g_assert_cmpstr (row->old_value, ==, "III/c");
          g_assert_cmpstr (row->new_value, ==, "III/d");
          audited = TRUE;
        }
    }
  g_assert_true (audited);
}

/* Two kenaikan pangkat recorded out of order: each keeps the rank it replaced; before the first
 * TMT the first one's prev_rank; deleting the first hands its prev_rank to the second. A TMT
 * still to come leaves the person as recorded today. */
static void
test_pangkat_order (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) later = pangkat (fixture->staff, "2025-04-01", "IV/a");
  g_autoptr(KnHistoryEntry) earlier = pangkat (fixture->staff, "2021-04-01", "III/d");
  g_autoptr(KnHistoryEntry) future = pangkat (fixture->kabid_a, "2999-04-01", "III/d");
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;

  add (fixture, later);
  g_assert_cmpstr (later->prev_rank, ==, "III/c");
  add (fixture, earlier);
  g_assert_cmpstr (earlier->prev_rank, ==, "III/c");

  history = kn_store_list_history (fixture->store, fixture->staff);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpstr (((KnHistoryEntry *) history->pdata[1])->prev_rank, ==, "III/d");
  assert_rank_at (fixture, fixture->staff, "2020-12-31", "III/c");
  assert_rank_at (fixture, fixture->staff, "2022-01-01", "III/d");
  assert_rank_at (fixture, fixture->staff, "2026-01-01", "IV/a");
  g_assert_cmpstr (kn_employee_get_rank (kn_store_lookup_employee (fixture->store,
                                                                   fixture->staff)),
                   ==, "IV/a");

  g_assert_true (kn_store_delete_history (fixture->store, earlier->id, &error));
  g_assert_no_error (error);
  assert_rank_at (fixture, fixture->staff, "2022-01-01", "III/c");
  assert_rank_at (fixture, fixture->staff, "2026-01-01", "IV/a");

  add (fixture, future);
  assert_rank_at (fixture, fixture->kabid_a, "2026-01-01", "III/c");
  assert_rank_at (fixture, fixture->kabid_a, "2999-04-01", "III/d");
  g_assert_cmpstr (kn_employee_get_rank (kn_store_lookup_employee (fixture->store,
                                                                   fixture->kabid_a)),
                   ==, "III/c");
}

/* A rank that is not a golongan of the person's kind is refused, naming it; nothing written. */
static void
test_pangkat_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) pppk_rank = pangkat (fixture->staff, "2026-04-01", "IX");
  g_autoptr(KnHistoryEntry) unknown = pangkat (fixture->staff, "2026-04-01", "III/f");
  g_autoptr(KnHistoryEntry) empty = pangkat (fixture->staff, "2026-04-01", " ");
  g_autoptr(KnHistoryEntry) bad_day = pangkat (fixture->staff, "2026-02-30", "III/d");
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (kn_store_add_history (fixture->store, pppk_rank, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“IX”"));
  g_assert_nonnull (strstr (error->message, "PNS"));
  g_clear_error (&error);
  g_assert_false (kn_store_add_history (fixture->store, unknown, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“III/f”"));
  g_clear_error (&error);
  g_assert_false (kn_store_add_history (fixture->store, empty, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (kn_store_add_history (fixture->store, bad_day, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);

  history = kn_store_list_history (fixture->store, fixture->staff);
  g_assert_cmpuint (history->len, ==, 0);
  g_assert_cmpstr (kn_employee_get_rank (kn_store_lookup_employee (fixture->store,
                                                                   fixture->staff)),
                   ==, "III/c");
}

/* A transfer on 1 July: Penilaian's list and the distribution count of a unit take who was in
 * it on the period's last day, with the atasan of that day — the old unit keeps the person
 * for the second quarter, the new one has them from the third. */
static void
test_mutasi_penilaian (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) move = mutasi (fixture->staff, "2026-07-01", fixture->bidang_b,
                                           fixture->kabid_b);
  g_autoptr(GPtrArray) a_tw2 = NULL;
  g_autoptr(GPtrArray) a_tw3 = NULL;
  g_autoptr(GPtrArray) b_tw2 = NULL;
  g_autoptr(GPtrArray) b_tw3 = NULL;
  g_autoptr(GPtrArray) by_kabid_b = NULL;
  guint counts[KN_PREDIKAT_N];
  g_autoptr(GPtrArray) violations = NULL;

  add (fixture, move);

  a_tw2 = kn_store_list_unit_evaluations (fixture->store, fixture->bidang_a, "2026-TW2", 0);
  a_tw3 = kn_store_list_unit_evaluations (fixture->store, fixture->bidang_a, "2026-TW3", 0);
  b_tw2 = kn_store_list_unit_evaluations (fixture->store, fixture->bidang_b, "2026-TW2", 0);
  b_tw3 = kn_store_list_unit_evaluations (fixture->store, fixture->bidang_b, "2026-TW3", 0);
  g_assert_true (lists (a_tw2, fixture->staff));
  g_assert_false (lists (a_tw3, fixture->staff));
  g_assert_false (lists (b_tw2, fixture->staff));
  g_assert_true (lists (b_tw3, fixture->staff));
  /* A new evaluation's assessor is the atasan of that day. */
  for (guint i = 0; i < a_tw2->len; i++)
    if (kn_evaluation_get_employee_id (a_tw2->pdata[i]) == fixture->staff)
      g_assert_cmpint (kn_evaluation_get_assessor_id (a_tw2->pdata[i]), ==, fixture->kabid_a);
  for (guint i = 0; i < b_tw3->len; i++)
    if (kn_evaluation_get_employee_id (b_tw3->pdata[i]) == fixture->staff)
      g_assert_cmpint (kn_evaluation_get_assessor_id (b_tw3->pdata[i]), ==, fixture->kabid_b);
  /* By assessor: the Kabid SMK rates them from July only. */
  by_kabid_b = kn_store_list_unit_evaluations (fixture->store, fixture->dinas, "2026-TW2",
                                               fixture->kabid_b);
  g_assert_false (lists (by_kabid_b, fixture->staff));
  g_clear_pointer (&by_kabid_b, g_ptr_array_unref);
  by_kabid_b = kn_store_list_unit_evaluations (fixture->store, fixture->dinas, "2026-TW3",
                                               fixture->kabid_b);
  g_assert_true (lists (by_kabid_b, fixture->staff));

  /* The distribution counts the same people: the kabid (the head, left out) and the staff. */
  violations = kn_store_check_distribution (fixture->store, fixture->bidang_a, "2026-TW2", counts);
  g_assert_cmpuint (counts[KN_PREDIKAT_NONE], ==, 1);
  g_clear_pointer (&violations, g_ptr_array_unref);
  violations = kn_store_check_distribution (fixture->store, fixture->bidang_a, "2026-TW3", counts);
  g_assert_cmpuint (counts[KN_PREDIKAT_NONE], ==, 0);
}

/* The angka kredit of a final year is that of the jenjang held in it: a promotion the next
 * year changes nothing; a TMT on 1 July splits the year six months each. */
static void
test_angka_kredit_of_its_year (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) promotion = jabatan (fixture->staff, "2026-01-01",
                                                 "Analis Kurikulum Ahli Madya",
                                                 KN_POSITION_AHLI_MADYA);
  g_autoptr(KnHistoryEntry) mid_year = jabatan (fixture->staff, "2024-07-01",
                                                "Analis Kurikulum Ahli Muda",
                                                KN_POSITION_AHLI_MUDA);
  g_autoptr(GError) error = NULL;

  for (guint year = 2024; year <= 2025; year++)
    {
      g_autofree char *period = g_strdup_printf ("%u-AKHIR", year);
      g_autoptr(KnEvaluation) annual = kn_evaluation_new (fixture->staff, period);

      kn_evaluation_set_assessor_id (annual, fixture->kabid_a);
      kn_evaluation_set_rating_result (annual, KN_RATING_AS_EXPECTED);
      kn_evaluation_set_rating_behaviour (annual, KN_RATING_AS_EXPECTED);
      g_assert_true (kn_store_save_evaluation (fixture->store, annual, &error));
      g_assert_no_error (error);
      g_assert_true (kn_store_finalize_evaluation (fixture->store, kn_evaluation_get_id (annual),
                                                   &error));
      g_assert_no_error (error);
    }
  /* Ahli Pertama, Baik: 12.5 a year. */
  g_assert_cmpfloat_with_epsilon (kn_store_angka_kredit (fixture->store, fixture->staff, 2025, 12),
                                  12.5, 1e-9);

  add (fixture, promotion);
  g_assert_cmpint (kn_employee_get_position_kind (kn_store_lookup_employee (fixture->store,
                                                                            fixture->staff)),
                   ==, KN_POSITION_AHLI_MADYA);
  g_assert_cmpfloat_with_epsilon (kn_store_angka_kredit (fixture->store, fixture->staff, 2025, 12),
                                  12.5, 1e-9);

  /* Ahli Muda (25) from 1 July 2024: half a year of each. */
  add (fixture, mid_year);
  g_assert_cmpfloat_with_epsilon (kn_store_angka_kredit (fixture->store, fixture->staff, 2024, 12),
                                  6 * 12.5 / 12 + 6 * 25.0 / 12, 1e-9);
  g_assert_cmpfloat_with_epsilon (kn_store_angka_kredit (fixture->store, fixture->staff, 2025, 12),
                                  25.0, 1e-9);
}

/* What cannot be right is refused with the field named, and nothing is written. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(KnHistoryEntry) backwards = kn_history_entry_new (fixture->kabid_b, KN_HISTORY_PLT);
  g_autoptr(KnHistoryEntry) self = kn_history_entry_new (fixture->kabid_b, KN_HISTORY_PLT);
  g_autoptr(KnHistoryEntry) nowhere = mutasi (fixture->staff, "2026-07-01", 9999, 0);
  g_autoptr(KnHistoryEntry) once = status_change (fixture->staff, "2026-06-01", KN_PERSON_PENSIUN);
  g_autoptr(KnHistoryEntry) twice = status_change (fixture->staff, "2026-06-01",
                                                  KN_PERSON_MENINGGAL);
  g_autoptr(KnHistoryEntry) bad_day = kn_history_entry_new (fixture->staff, KN_HISTORY_STATUS);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;

  backwards->start_date = g_strdup ("2026-03-01");
  backwards->end_date = g_strdup ("2026-02-01");
  backwards->acting_for_id = fixture->kabid_a;
  backwards->position = g_strdup ("Kepala Bidang SMA");
  g_assert_false (kn_store_add_history (fixture->store, backwards, &error));
  g_assert_error (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "End date"));
  g_clear_error (&error);

  self->start_date = g_strdup ("2026-03-01");
  self->acting_for_id = fixture->kabid_b;
  self->position = g_strdup ("Kepala Bidang SMK");
  g_assert_false (kn_store_add_history (fixture->store, self, &error));
  g_assert_nonnull (strstr (error->message, "themselves"));
  g_clear_error (&error);

  g_assert_false (kn_store_add_history (fixture->store, nowhere, &error));
  g_assert_nonnull (strstr (error->message, "Unit"));
  g_clear_error (&error);

  bad_day->start_date = g_strdup ("2026-02-30");
  g_assert_false (kn_store_add_history (fixture->store, bad_day, &error));
  g_assert_nonnull (strstr (error->message, "Date"));
  g_clear_error (&error);

  add (fixture, once);
  g_assert_false (kn_store_add_history (fixture->store, twice, &error));
  g_assert_nonnull (strstr (error->message, "already"));

  history = kn_store_list_history (fixture->store, fixture->staff);
  g_assert_cmpuint (history->len, ==, 1);
}

static void
test_status_names (void)
{
  KnPersonStatus status;

  g_assert_true (kn_person_status_from_string ("Tugas Belajar", &status));
  g_assert_cmpint (status, ==, KN_PERSON_TUGAS_BELAJAR);
  g_assert_true (kn_person_status_from_string ("mutasi-keluar", &status));
  g_assert_cmpint (status, ==, KN_PERSON_MUTASI_KELUAR);
  g_assert_true (kn_person_status_from_string ("CLTN", &status));
  g_assert_cmpint (status, ==, KN_PERSON_CLTN);
  g_assert_false (kn_person_status_from_string ("cuti besar sekali", &status));
  g_assert_true (kn_person_status_is_active (KN_PERSON_CUTI));
  g_assert_false (kn_person_status_is_active (KN_PERSON_CLTN));
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store-history/mutasi", test_mutasi);
  ADD ("/store-history/mutasi-future", test_mutasi_future);
  ADD ("/store-history/mutasi-delete", test_mutasi_delete);
  ADD ("/store-history/status", test_status);
  ADD ("/store-history/inactive-lists", test_inactive_lists);
  ADD ("/store-history/mutasi-reapproval", test_mutasi_reapproval);
  ADD ("/store-history/mutasi-new-year", test_mutasi_new_year);
  ADD ("/store-history/plt", test_plt);
  ADD ("/store-history/describe", test_describe);
  ADD ("/store-history/jabatan", test_jabatan);
  ADD ("/store-history/pangkat", test_pangkat);
  ADD ("/store-history/pangkat-order", test_pangkat_order);
  ADD ("/store-history/pangkat-refused", test_pangkat_refused);
  ADD ("/store-history/refused", test_refused);
  ADD ("/store-history/mutasi-penilaian", test_mutasi_penilaian);
  ADD ("/store-history/angka-kredit-of-its-year", test_angka_kredit_of_its_year);
#undef ADD
  g_test_add_func ("/store-history/status-names", test_status_names);

  return g_test_run ();
}
