/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sorting people by name in a worker (kn_employees_cells_name_sort_task, _start, _finish), as
 * Pegawai and SKP do for a large office: the sort lands in name order, a later sort drops the one
 * under way, one cancelled before it starts is dropped, and a dropped sort's copies of the people
 * go with its task. */

#include "config.h"

#include "kn-employees-cells.h"

#include "kn-test-ui.h"

static const char *const names[] = { "Citra Lestari", "andi Saputra", "Budi Santoso" };

typedef struct
{
  GPtrArray    *people;   /* KnEmployee: the office */
  GCancellable *sorting;  /* the sort under way, as a page keeps it */
} Fixture;

/* What a sort's callback saw. */
typedef struct
{
  Fixture    *fixture;
  GListStore *store;            /* owned: where the sort lands */
  gboolean    done;
  gboolean    had_job;
  gboolean    sorting_cleared;
} Seen;

static void
seen_clear (Seen *seen)
{
  g_clear_object (&seen->store);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Seen, seen_clear)

static GPtrArray *
people_new (void)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      KnEmployee *employee = kn_employee_new ();

      kn_employee_set_name (employee, names[i]);
      g_ptr_array_add (people, employee);
    }
  return people;
}

/* Whether only @people holds its employees again (the sort's copies gone). */
static gboolean
only_ours_now (gpointer data)
{
  GPtrArray *people = data;

  for (guint i = 0; i < people->len; i++)
    if (g_atomic_int_get (&G_OBJECT (g_ptr_array_index (people, i))->ref_count) != 1)
      return FALSE;
  return TRUE;
}

/* The same, waiting a while for a worker a cancelled task left running to end. */
static gboolean
only_ours (GPtrArray *people)
{
  for (guint i = 0; i < 200 && !only_ours_now (people); i++)
    {
      kn_test_spin ();
      g_usleep (10000);
    }
  return only_ours_now (people);
}

static void
on_sorted_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Seen *seen = user_data;
  KnNameSort *job = kn_employees_cells_name_sort_finish (result, &seen->fixture->sorting);

  seen->done = TRUE;
  seen->had_job = job != NULL;
  seen->sorting_cleared = seen->fixture->sorting == NULL;
  if (job != NULL)
    kn_employees_cells_name_sort_apply (job, seen->store);
}

static gboolean
seen_done (gpointer data)
{
  return ((Seen *)data)->done;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->people = people_new ();
}

/* Every sort is done with by then: only the fixture holds its people. */
static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_true (only_ours (fixture->people));
  g_ptr_array_unref (fixture->people);
  g_clear_object (&fixture->sorting);
}

/* A sort of the office for @seen, as a page makes it (not started). */
static GTask *
task_new (Fixture *fixture,
          Seen    *seen)
{
  seen->fixture = fixture;
  seen->store = g_list_store_new (KN_TYPE_EMPLOYEE);
  return kn_employees_cells_name_sort_task (NULL,
                                            kn_employees_cells_name_sort_new (fixture->people,
                                                                              FALSE),
                                            &fixture->sorting, on_sorted_cb, seen);
}

/* Starts a sort of the office for @seen. */
static void
start (Fixture *fixture,
       Seen    *seen)
{
  g_autoptr(GTask) task = task_new (fixture, seen);

  kn_employees_cells_name_sort_start (task);
}

/* Runs the main loop until @seen's sort called back. */
static void
wait_for (Seen *seen)
{
  g_assert_true (kn_test_spin_until (seen_done, seen));
}

/* @seen's sort had nothing to show: its store stayed empty. */
static void
assert_dropped (Seen *seen)
{
  g_assert_false (seen->had_job);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (seen->store)), ==, 0);
}

static void
assert_name_order (GListStore *store)
{
  static const char *const sorted[] = { "andi Saputra", "Budi Santoso", "Citra Lestari" };

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, G_N_ELEMENTS (sorted));
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_assert_cmpstr (kn_employee_get_name (employee), ==, sorted[i]);
    }
}

static void
test_sorts_in_a_worker (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(Seen) seen = { 0, };

  start (fixture, &seen);
  g_assert_nonnull (fixture->sorting);
  wait_for (&seen);

  g_assert_true (seen.had_job);
  g_assert_true (seen.sorting_cleared);
  assert_name_order (seen.store);
}

/* The second sort cancels the first and takes its place in the page's slot. */
static void
test_later_sort_drops_the_one_under_way (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_auto(Seen) first = { 0, };
  g_auto(Seen) second = { 0, };
  g_autoptr(GCancellable) first_sorting = NULL;

  start (fixture, &first);
  first_sorting = g_object_ref (fixture->sorting);
  start (fixture, &second);
  g_assert_true (g_cancellable_is_cancelled (first_sorting));
  g_assert_true (fixture->sorting != first_sorting);
  wait_for (&first);
  wait_for (&second);

  /* The first had nothing to show and left the second's sort alone. */
  assert_dropped (&first);
  g_assert_true (second.had_job);
  g_assert_true (second.sorting_cleared);
  assert_name_order (second.store);
}

static void
test_cancelled_before_start_is_dropped (Fixture       *fixture,
                                        gconstpointer  data)
{
  g_auto(Seen) seen = { 0, };
  g_autoptr(GTask) task = task_new (fixture, &seen);

  /* A page waiting for its window's first frame dropped the sort (another store) meanwhile. */
  g_cancellable_cancel (fixture->sorting);
  g_clear_object (&fixture->sorting);
  kn_employees_cells_name_sort_start (task);
  g_clear_object (&task);
  wait_for (&seen);

  assert_dropped (&seen);
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/name-sort/sorts-in-a-worker", test_sorts_in_a_worker);
  ADD ("/ui/name-sort/later-sort-drops-the-one-under-way",
       test_later_sort_drops_the_one_under_way);
  ADD ("/ui/name-sort/cancelled-before-start-is-dropped", test_cancelled_before_start_is_dropped);
#undef ADD

  return g_test_run ();
}
