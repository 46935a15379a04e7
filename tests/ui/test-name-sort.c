/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sorting people by name in a worker (kn_employees_cells_name_sort_task, _start, _finish), as
 * Pegawai and SKP do for a large office: the sort lands in name order, a later sort drops the one
 * under way, one cancelled before it starts is dropped, and a dropped sort's copies of the people
 * go with its task. */

#include "config.h"

#include "kn-employees-cells.h"

#include "kn-test-ui.h"

static const char *const names[] = { "Citra Lestari", "andi Saputra", "Budi Santoso" };

/* What a sort's callback saw. */
typedef struct
{
  GCancellable **sorting;
  GListStore    *store;     /* unowned */
  gboolean       done;
  gboolean       had_job;
  gboolean       sorting_cleared;
} Seen;

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
  KnNameSort *job = kn_employees_cells_name_sort_finish (result, seen->sorting);

  seen->done = TRUE;
  seen->had_job = job != NULL;
  seen->sorting_cleared = *seen->sorting == NULL;
  if (job != NULL)
    kn_employees_cells_name_sort_apply (job, seen->store);
}

static gboolean
seen_done (gpointer data)
{
  return ((Seen *)data)->done;
}

static GTask *
task_new (GPtrArray     *people,
          GCancellable **sorting,
          Seen          *seen)
{
  seen->sorting = sorting;
  return kn_employees_cells_name_sort_task (NULL, kn_employees_cells_name_sort_new (people, FALSE),
                                            sorting, on_sorted_cb, seen);
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
test_sorts_in_a_worker (void)
{
  g_autoptr(GPtrArray) people = people_new ();
  g_autoptr(GListStore) store = g_list_store_new (KN_TYPE_EMPLOYEE);
  g_autoptr(GCancellable) sorting = NULL;
  Seen seen = { .store = store };
  g_autoptr(GTask) task = task_new (people, &sorting, &seen);

  g_assert_nonnull (sorting);
  g_assert_true (g_task_get_cancellable (task) == sorting);
  kn_employees_cells_name_sort_start (task);
  g_clear_object (&task);
  g_assert_true (kn_test_spin_until (seen_done, &seen));

  g_assert_true (seen.had_job);
  g_assert_true (seen.sorting_cleared);
  assert_name_order (store);
  /* The store holds the people now; the sort's own references went with its task. */
  g_list_store_remove_all (store);
  g_assert_true (only_ours (people));
}

static void
test_later_sort_drops_the_one_under_way (void)
{
  g_autoptr(GPtrArray) people = people_new ();
  g_autoptr(GListStore) dropped_store = g_list_store_new (KN_TYPE_EMPLOYEE);
  g_autoptr(GListStore) store = g_list_store_new (KN_TYPE_EMPLOYEE);
  g_autoptr(GCancellable) sorting = NULL;
  Seen first = { .store = dropped_store };
  Seen second = { .store = store };
  g_autoptr(GTask) first_task = task_new (people, &sorting, &first);
  GCancellable *first_sorting = g_object_ref (sorting);
  g_autoptr(GTask) second_task = NULL;

  kn_employees_cells_name_sort_start (first_task);
  second_task = task_new (people, &sorting, &second);
  g_assert_true (g_cancellable_is_cancelled (first_sorting));
  g_assert_true (sorting != first_sorting);
  g_object_unref (first_sorting);
  kn_employees_cells_name_sort_start (second_task);
  g_clear_object (&first_task);
  g_clear_object (&second_task);
  g_assert_true (kn_test_spin_until (seen_done, &first));
  g_assert_true (kn_test_spin_until (seen_done, &second));

  /* The first had nothing to show and left the second's sort alone. */
  g_assert_false (first.had_job);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (dropped_store)), ==, 0);
  g_assert_true (second.had_job);
  g_assert_true (second.sorting_cleared);
  assert_name_order (store);
  g_list_store_remove_all (store);
  g_assert_true (only_ours (people));
}

static void
test_cancelled_before_start_is_dropped (void)
{
  g_autoptr(GPtrArray) people = people_new ();
  g_autoptr(GListStore) store = g_list_store_new (KN_TYPE_EMPLOYEE);
  g_autoptr(GCancellable) sorting = NULL;
  Seen seen = { .store = store };
  g_autoptr(GTask) task = task_new (people, &sorting, &seen);

  /* A page waiting for its window's first frame dropped the sort (another store) meanwhile. */
  g_cancellable_cancel (sorting);
  g_clear_object (&sorting);
  kn_employees_cells_name_sort_start (task);
  g_clear_object (&task);
  g_assert_true (kn_test_spin_until (seen_done, &seen));

  g_assert_false (seen.had_job);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  g_assert_true (only_ours (people));
}

int
main (int    argc,
      char **argv)
{
  kn_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/name-sort/sorts-in-a-worker", test_sorts_in_a_worker);
  g_test_add_func ("/ui/name-sort/later-sort-drops-the-one-under-way",
                   test_later_sort_drops_the_one_under_way);
  g_test_add_func ("/ui/name-sort/cancelled-before-start-is-dropped",
                   test_cancelled_before_start_is_dropped);

  return g_test_run ();
}
