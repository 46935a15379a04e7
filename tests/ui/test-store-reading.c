/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a store off the main thread (kn-store-reading.c), as Beranda and Laporan do: the
 * worker reads the same database on a store of its own, a new reading drops the one under way,
 * and a failure is said. What a reading filled is handed to its callback, which owns it from then
 * on; a dropped reading's is freed as it is dropped, and one nobody finishes goes with its task
 * (the sanitizer build's leak check sees that nothing is left). */

#include "config.h"

#include "kn-store-reading.h"

#include "kn-test-ui.h"

typedef struct
{
  char    *folder;
  KnStore *store;
} Fixture;

/* What a reading is given and fills in. */
typedef struct
{
  KnStore *window_store;  /* unowned: compared only */
  KnStore *read_from;  /* unowned: the store the worker was given, compared only */
  GThread *read_in;    /* unowned: compared only */
  char    *instansi;   /* owned */
  gboolean fail;
} Reading;

/* What the callback saw. */
typedef struct
{
  gboolean  done;
  gboolean  had_data;
  char     *instansi;  /* owned */
  gboolean  read_elsewhere;
  GError   *error;     /* owned */
} Seen;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = kn_test_store_new ("kinerja-ui-reading-XXXXXX", &fixture->folder, NULL);
  g_assert_true (kn_store_set_setting (fixture->store, "instansi", "Dinas Pendidikan", &error));
  g_assert_no_error (error);
}

/* Readings made and not freed yet, of every test. */
static guint n_alive;

/* Every reading a test started is freed before the next test begins: a worker's task is let go
 * on the main context, after the reading's callback (at most ten seconds). */
static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 give_up = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (n_alive > 0 && g_get_monotonic_time () < give_up)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_cmpuint (n_alive, ==, 0);
  kn_test_store_clear (&fixture->store, &fixture->folder, NULL);
}

static void
seen_clear (Seen *seen)
{
  g_free (seen->instansi);
  g_clear_error (&seen->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Seen, seen_clear)

static Reading *
reading_new (Fixture  *fixture,
             gboolean  fail)
{
  Reading *reading = g_new0 (Reading, 1);

  n_alive++;
  reading->window_store = fixture->store;
  reading->fail = fail;
  return reading;
}

/* How many readings were freed: who frees them, and when, is what is tested. */
static guint n_freed;

static void
reading_free (gpointer data)
{
  Reading *reading = data;

  n_freed++;
  n_alive--;
  g_free (reading->instansi);
  g_free (reading);
}

static gboolean
read_instansi (KnStore       *store,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  Reading *reading = data;

  reading->read_from = store;
  reading->read_in = g_thread_self ();
  if (reading->fail)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The unit was not found.");
      return FALSE;
    }
  reading->instansi = kn_store_get_setting (store, "instansi");
  return TRUE;
}

/* The callbacks get the reading's cancellable slot through the Seen they fill: one slot per
 * test, held in a static so that both callbacks of a test share it. */
static GCancellable *current;

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Seen *seen = user_data;
  Reading *reading = kn_store_reading_finish (result, &current, &seen->error);

  seen->done = TRUE;
  seen->had_data = reading != NULL;
  if (reading != NULL)
    {
      seen->instansi = g_strdup (reading->instansi);
      seen->read_elsewhere = reading->read_in != g_thread_self () &&
                             reading->read_from != reading->window_store;
      reading_free (reading);
    }
}

static gboolean
seen_done (gpointer data)
{
  return ((Seen *)data)->done;
}

static void
start (Fixture  *fixture,
       gboolean  fail,
       Seen     *seen)
{
  kn_store_reading_start (fixture->store, &current, read_instansi, reading_new (fixture, fail),
                          reading_free, on_read_cb, seen);
}

/* Waits for the callback of @seen's reading; then no reading is under way. */
static void
wait_for (Seen *seen)
{
  g_assert_true (kn_test_spin_until (seen_done, seen));
  g_assert_null (current);
}

/* The reading's callback had what the worker read from the database. */
static void
assert_read (Seen *seen)
{
  g_assert_true (seen->had_data);
  g_assert_no_error (seen->error);
  g_assert_cmpstr (seen->instansi, ==, "Dinas Pendidikan");
}

/* The reading's callback had neither data nor an error: the reading was dropped. */
static void
assert_dropped (Seen *seen)
{
  g_assert_false (seen->had_data);
  g_assert_no_error (seen->error);
}

static void
test_reads_off_the_main_thread (Fixture       *fixture,
                                gconstpointer  data)
{
  g_auto(Seen) seen = { 0, };

  start (fixture, FALSE, &seen);
  g_assert_nonnull (current);
  wait_for (&seen);

  assert_read (&seen);
  g_assert_true (seen.read_elsewhere);
}

static void
test_new_reading_drops_the_one_under_way (Fixture       *fixture,
                                          gconstpointer  data)
{
  g_auto(Seen) first = { 0, };
  g_auto(Seen) second = { 0, };
  GCancellable *first_reading;

  start (fixture, FALSE, &first);
  first_reading = current;
  start (fixture, FALSE, &second);
  g_assert_true (g_cancellable_is_cancelled (first_reading));
  g_assert_true (kn_test_spin_until (seen_done, &first));
  wait_for (&second);

  /* The first is dropped without a word; the second is read. */
  assert_dropped (&first);
  assert_read (&second);
}

static void
test_cancelled_reading_is_dropped (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_auto(Seen) seen = { 0, };

  start (fixture, FALSE, &seen);
  kn_store_reading_cancel (&current);
  g_assert_null (current);
  wait_for (&seen);

  assert_dropped (&seen);
}

static void
test_failure_is_said (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Seen) seen = { 0, };

  start (fixture, TRUE, &seen);
  wait_for (&seen);

  g_assert_false (seen.had_data);
  g_assert_error (seen.error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_cmpstr (seen.error->message, ==, "The unit was not found.");
}

/* A callback that keeps what it was handed, and says when the task that read it is gone. */
typedef struct
{
  Reading  *kept;          /* owned, nullable */
  gboolean  called;
  guint     freed_then;    /* n_freed when kn_store_reading_finish() returned */
  gint      task_gone;     /* atomic: the task may go in its worker */
  gboolean  finish;        /* whether the callback finishes the reading at all */
} Kept;

static void
on_task_gone (gpointer  data,
              GObject  *where_the_object_was)
{
  g_atomic_int_set (&((Kept *)data)->task_gone, TRUE);
}

static void
on_keep_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Kept *kept = user_data;

  kept->called = TRUE;
  g_object_weak_ref (G_OBJECT (result), on_task_gone, kept);
  if (!kept->finish)
    return;
  kept->kept = kn_store_reading_finish (result, &current, NULL);
  kept->freed_then = n_freed;
}

/* Spins until @kept's task is gone (at most ten seconds): its worker may drop it last, which
 * wakes no main loop, so this polls. */
static gboolean
task_gone (gpointer data)
{
  Kept *kept = data;
  gint64 give_up = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!g_atomic_int_get (&kept->task_gone) && g_get_monotonic_time () < give_up)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  return g_atomic_int_get (&kept->task_gone);
}

static void
start_keeping (Fixture *fixture,
               Kept    *kept)
{
  kn_store_reading_start (fixture->store, &current, read_instansi, reading_new (fixture, FALSE),
                          reading_free, on_keep_cb, kept);
}

static void
test_result_outlives_the_task (Fixture       *fixture,
                               gconstpointer  data)
{
  Kept kept = { .finish = TRUE };

  n_freed = 0;
  start_keeping (fixture, &kept);
  g_assert_true (task_gone (&kept));

  /* Handed over: the task is gone and what it read is the callback's, whole. */
  g_assert_nonnull (kept.kept);
  g_assert_cmpuint (n_freed, ==, 0);
  g_assert_cmpstr (kept.kept->instansi, ==, "Dinas Pendidikan");
  reading_free (kept.kept);
  g_assert_cmpuint (n_freed, ==, 1);
}

static void
test_dropped_result_is_freed (Fixture       *fixture,
                              gconstpointer  data)
{
  Kept first = { .finish = TRUE };
  Kept second = { .finish = TRUE };
  Kept unfinished = { .finish = FALSE };

  /* A reading replaced by another: its callback gets nothing, and what it read is freed as it
   * is dropped, not left to the task. */
  n_freed = 0;
  start_keeping (fixture, &first);
  start_keeping (fixture, &second);
  g_assert_true (task_gone (&first));
  g_assert_true (task_gone (&second));
  g_assert_null (first.kept);
  g_assert_nonnull (second.kept);
  g_assert_cmpuint (first.freed_then, ==, 1);
  reading_free (second.kept);

  /* A callback whose caller is gone never finishes: what was read goes with the task. */
  n_freed = 0;
  start_keeping (fixture, &unfinished);
  g_assert_true (task_gone (&unfinished));
  g_assert_true (unfinished.called);
  g_assert_cmpuint (n_freed, ==, 1);
  g_clear_object (&current);
}

/* Set by the restore's answer, on the main thread; looked at by a reading's worker. */
static gint restore_answered;

static void
on_restored_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;

  kn_store_restore_here_finish (KN_STORE (source), result, NULL, error);
  g_atomic_int_set (&restore_answered, 1);
}

/* Reads like read_instansi, but keeps its connection open until the restore has answered
 * (five seconds at most), as a long reading (a province's Beranda) would. */
static gboolean
read_instansi_slowly (KnStore       *store,
                      gpointer       data,
                      GCancellable  *cancellable,
                      GError       **error)
{
  for (guint waited = 0; !g_atomic_int_get (&restore_answered) && waited < 5000; waited++)
    g_usleep (1000);
  return read_instansi (store, data, cancellable, error);
}

static gboolean
restore_done (gpointer data)
{
  return g_atomic_int_get (&restore_answered);
}

/* A reading asked while the store's file is being restored (a page opened, a window's launch)
 * waits for it: it neither makes the restore fail, as another connection open on the file
 * would, nor is refused by it; and it reads what was restored. */
static void
test_reading_waits_for_a_restore (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (fixture->folder, "salinan.db", NULL);
  g_autoptr(GError) error = NULL;
  GError *restore_error = NULL;
  g_auto(Seen) seen = { 0, };

  g_assert_true (kn_store_backup (fixture->store, backup, &error));
  g_assert_no_error (error);
  g_assert_true (kn_store_set_setting (fixture->store, "instansi", "Dinas Kesehatan", &error));
  g_assert_no_error (error);

  g_atomic_int_set (&restore_answered, 0);
  kn_store_restore_here_async (fixture->store, backup, on_restored_cb, &restore_error);
  kn_store_reading_start (fixture->store, &current, read_instansi_slowly,
                          reading_new (fixture, FALSE), reading_free, on_read_cb, &seen);

  g_assert_true (kn_test_spin_until (restore_done, NULL));
  g_assert_no_error (restore_error);
  wait_for (&seen);
  assert_read (&seen);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/store-reading/reads-off-the-main-thread", test_reads_off_the_main_thread);
  ADD ("/ui/store-reading/new-reading-drops-the-one-under-way",
       test_new_reading_drops_the_one_under_way);
  ADD ("/ui/store-reading/cancelled-reading-is-dropped", test_cancelled_reading_is_dropped);
  ADD ("/ui/store-reading/failure-is-said", test_failure_is_said);
  ADD ("/ui/store-reading/result-outlives-the-task", test_result_outlives_the_task);
  ADD ("/ui/store-reading/dropped-result-is-freed", test_dropped_result_is_freed);
  ADD ("/ui/store-reading/reading-waits-for-a-restore", test_reading_waits_for_a_restore);
#undef ADD

  return g_test_run ();
}
