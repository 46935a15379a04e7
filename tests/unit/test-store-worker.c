/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a worker's write needs of the store: kn_store_take_commit, a commit of a second
 * connection of the program (the worker's own store on the same file) taken as the store's own,
 * with what it changed, instead of everything read again as for another program's commit; and
 * the progress of a unit's finalising. */

#define G_LOG_DOMAIN "test-store-worker"

#include "config.h"

#include <glib.h>

#include "kinerja/kn-evaluation.h"
#include "kinerja/kn-store.h"
#include "kinerja/kn-store-review.h"

#include "kn-test-util.h"

typedef struct
{
  char      *folder;
  char      *path;
  KnStore   *store;
  GPtrArray *seen;     /* KnStoreChanges, one per emission of the store */
  GPtrArray *other_seen; /* KnStoreChanges of the second connection's "changed" */
  guint      n_units;  /* units in the live model when the last signal came */
  gint64     unit;
  gint64     person;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = kn_test_store_new ("kinerja-test-store-worker-XXXXXX", &fixture->folder,
                                      &fixture->path);
  fixture->unit = kn_test_add_unit (fixture->store, "Dinas Kesehatan", 0);
  fixture->person = kn_test_add_person (fixture->store, "198001012005011003", "Ahmad Fauzi, S.Pd.",
                                        "III/c", "Analis", KN_POSITION_AHLI_MUDA, fixture->unit, 0);
  kn_test_settle ();
  fixture->seen = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_store_changes_free);
  fixture->other_seen = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_store_changes_free);
  g_signal_connect (fixture->store, "changed", G_CALLBACK (kn_test_keep_changes), fixture->seen);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  kn_test_settle ();
  g_clear_pointer (&fixture->seen, g_ptr_array_unref);
  g_clear_pointer (&fixture->other_seen, g_ptr_array_unref);
  kn_test_store_clear (NULL, &fixture->folder, &fixture->path);
}

/* A second connection on the same file, whose "changed" is kept in other_seen. */
static KnStore *
open_other (Fixture *fixture)
{
  KnStore *other = kn_test_store_open (fixture->path, KN_STORE_OPEN_EXISTING);

  kn_store_set_origin (other, "worker");
  g_signal_connect (other, "changed", G_CALLBACK (kn_test_keep_changes), fixture->other_seen);
  return other;
}

/* The store takes the second connection's only commit so far: the one "changed" the store then
 * said, or NULL with the test failed when it said none or more. */
static KnStoreChanges *
take_other_commit (Fixture *fixture)
{
  g_assert_true (kn_store_take_commit (fixture->store, g_ptr_array_index (fixture->other_seen, 0)));
  kn_test_settle ();
  g_assert_cmpuint (fixture->seen->len, ==, 1);
  return fixture->seen->len == 1 ? g_ptr_array_index (fixture->seen, 0) : NULL;
}

/* An evaluation written on the second connection: the store takes the commit with its changes,
 * not marked external and with the origin it had there; the engine's version is then seen, so
 * looking for changes finds none; another program's next commit is still news. */
static void
test_take_records (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) other = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (fixture->person, "2026-TW1");
  KnStoreChanges *taken;

  if (kn_test_skip_on_server ("a worker's own store is used on a file"))
    return;

  other = open_other (fixture);
  kn_evaluation_set_rating_result (evaluation, KN_RATING_AS_EXPECTED);
  kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);
  g_assert_true (kn_store_save_evaluation (other, evaluation, &error));
  ASSERT_NO_ERROR (error);
  kn_test_settle ();
  g_assert_cmpuint (fixture->other_seen->len, ==, 1);
  STOP_IF_FAILED ();

  taken = take_other_commit (fixture);
  STOP_IF_FAILED ();
  g_assert_false (kn_store_changes_is_external (taken));
  g_assert_cmpstr (kn_store_changes_get_origin (taken), ==, "worker");
  g_assert_true (kn_test_changes_have (taken, "evaluation", kn_evaluation_get_id (evaluation)));

  /* Taken: not news again. */
  g_assert_false (kn_store_check_for_changes (fixture->store));
  kn_test_settle ();
  g_assert_cmpuint (fixture->seen->len, ==, 1);

  /* The next commit elsewhere is news, as before. */
  kn_test_add_unit (other, "Dinas Perhubungan", 0);
  g_assert_true (kn_store_check_for_changes (fixture->store));
  kn_test_settle ();
  g_assert_cmpuint (fixture->seen->len, ==, 2);
  STOP_IF_FAILED ();
  g_assert_true (kn_store_changes_is_external (g_ptr_array_index (fixture->seen, 1)));
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (fixture->store)), ==, 2);
}

/* A commit that changed what the store keeps in memory (a unit) is read again as another
 * program's: the live model follows, and "changed" is external. */
static void
test_take_units_reads_again (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(KnStore) other = NULL;
  KnStoreChanges *taken;

  if (kn_test_skip_on_server ("a worker's own store is used on a file"))
    return;

  other = open_other (fixture);
  kn_test_add_unit (other, "Dinas Perhubungan", 0);
  kn_test_settle ();
  g_assert_cmpuint (fixture->other_seen->len, ==, 1);
  STOP_IF_FAILED ();
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (fixture->store)), ==, 1);

  taken = take_other_commit (fixture);
  STOP_IF_FAILED ();
  g_assert_true (kn_store_changes_is_external (taken));
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_units (fixture->store)), ==, 2);
}

/* Told that a commit of its own second connection comes, the store's watch does not take it for
 * another program's (a file is looked at every two seconds): it waits for kn_store_take_commit.
 * Afterwards the watch notices other programs' commits again. */
static void
test_expected_not_watched (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KnStore) other = NULL;
  g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (fixture->person, "2026-TW1");
  KnStoreChanges *taken;

  if (kn_test_skip_on_server ("a worker's own store is used on a file"))
    return;

  other = open_other (fixture);
  kn_store_watch_for_changes (fixture->store, TRUE);
  kn_store_expect_commit (fixture->store, TRUE);
  kn_evaluation_set_rating_result (evaluation, KN_RATING_AS_EXPECTED);
  g_assert_true (kn_store_save_evaluation (other, evaluation, &error));
  ASSERT_NO_ERROR (error);
  g_assert_false (kn_store_check_for_changes (fixture->store));
  kn_test_run_for (3000);
  kn_test_settle ();
  g_assert_cmpuint (fixture->seen->len, ==, 0);
  g_assert_cmpuint (fixture->other_seen->len, ==, 1);
  STOP_IF_FAILED ();

  taken = take_other_commit (fixture);
  STOP_IF_FAILED ();
  g_assert_false (kn_store_changes_is_external (taken));

  /* Looking again: another program's commit is news. */
  kn_test_add_unit (other, "Dinas Perhubungan", 0);
  kn_test_run_for (3000);
  kn_test_settle ();
  g_assert_cmpuint (fixture->seen->len, ==, 2);
  STOP_IF_FAILED ();
  g_assert_true (kn_store_changes_is_external (g_ptr_array_index (fixture->seen, 1)));
  kn_store_watch_for_changes (fixture->store, FALSE);
}

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  GArray *calls = user_data;
  guint call[2] = { done, total };

  g_array_append_vals (calls, call, 2);
}

/* A unit's finalising tells how far it is, every so many evaluations listed, and at the end. */
static void
test_finalise_progress (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) listed = NULL;
  guint n_final = 0, n_skipped = 0;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *nip = g_strdup_printf ("19900101201503100%u", i + 1);
      g_autofree char *name = g_strdup_printf ("Staf %u", i + 1);
      gint64 person = kn_test_add_person (fixture->store, nip, name, "III/a", "Analis",
                                          KN_POSITION_AHLI_PERTAMA, fixture->unit,
                                          fixture->person);
      g_autoptr(KnEvaluation) evaluation = kn_evaluation_new (person, "2026-TW1");

      kn_evaluation_set_assessor_id (evaluation, fixture->person);
      kn_evaluation_set_rating_result (evaluation, KN_RATING_AS_EXPECTED);
      /* The last is rated halfway: skipped. */
      if (i < 4)
        kn_evaluation_set_rating_behaviour (evaluation, KN_RATING_AS_EXPECTED);
      g_assert_true (kn_store_save_evaluation (fixture->store, evaluation, &error));
      ASSERT_NO_ERROR (error);
    }
  listed = kn_store_list_unit_evaluations (fixture->store, fixture->unit, "2026-TW1",
                                           fixture->person);
  g_assert_cmpuint (listed->len, ==, 5);

  g_assert_true (kn_store_finalize_unit_progress (fixture->store, fixture->unit, "2026-TW1",
                                                  fixture->person, &n_final, &n_skipped, NULL, 2,
                                                  on_progress, calls, &error));
  ASSERT_NO_ERROR (error);
  g_assert_cmpuint (n_final, ==, 4);
  g_assert_cmpuint (n_skipped, ==, 1);
  /* 2 of 5, 4 of 5, then 5 of 5 at the end. */
  g_assert_cmpuint (calls->len, ==, 6);
  STOP_IF_FAILED ();
  g_assert_cmpuint (g_array_index (calls, guint, 0), ==, 2);
  g_assert_cmpuint (g_array_index (calls, guint, 2), ==, 4);
  g_assert_cmpuint (g_array_index (calls, guint, 4), ==, 5);
  for (guint i = 1; i < calls->len; i += 2)
    g_assert_cmpuint (g_array_index (calls, guint, i), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/take-commit/records", test_take_records);
  ADD ("/store/take-commit/units-read-again", test_take_units_reads_again);
  ADD ("/store/take-commit/expected-not-watched", test_expected_not_watched);
  ADD ("/store/finalise-progress", test_finalise_progress);
#undef ADD

  return g_test_run ();
}
