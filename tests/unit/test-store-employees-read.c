/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests of the store's employees read elsewhere (issue 13): a second store on the same file reads
 * them (as the window's worker does), the first takes the objects, with the names shown beside
 * them, unless it read or reloaded its employees meanwhile. */

#define G_LOG_DOMAIN "test-store-employees-read"

#include "config.h"

#include <glib.h>

#include "kinerja/kn-employee.h"
#include "kinerja/kn-store.h"

#include "kn-test-util.h"

typedef struct
{
  char    *folder;
  char    *path;
  KnStore *store;
  gint64   unit;
  gint64   head;   /* the unit's head, everyone's atasan */
  guint    n_people;
} Fixture;

#define N_STAFF 5

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KnStore) writer = NULL;

  fixture->store = kn_test_store_new ("kinerja-test-store-employees-read-XXXXXX", &fixture->folder,
                                      &fixture->path);
  /* Written by another store: the fixture's has read no employee yet. */
  g_clear_object (&fixture->store);
  writer = kn_test_store_open (fixture->path, KN_STORE_OPEN_EXISTING);
  fixture->unit = kn_test_add_unit (writer, "Dinas Pendidikan", 0);
  fixture->head = kn_test_add_staff (writer, &fixture->n_people, "Budi Rahayu", "Kepala Dinas",
                                     KN_POSITION_JPT_PRATAMA, fixture->unit, 0);
  for (guint i = 0; i < N_STAFF; i++)
    {
      g_autofree char *name = g_strdup_printf ("Siti Aminah %u", i + 1);

      kn_test_add_staff (writer, &fixture->n_people, name, "Analis Kebijakan",
                         KN_POSITION_AHLI_MUDA, fixture->unit, fixture->head);
    }
  g_clear_object (&writer);
  fixture->store = kn_test_store_open (fixture->path, KN_STORE_OPEN_EXISTING);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  kn_test_store_clear (&fixture->store, &fixture->folder, &fixture->path);
}

/* What a worker reads: the employees of a store of its own on the same file. */
static GPtrArray *
read_elsewhere (Fixture *fixture)
{
  g_autoptr(KnStore) other = kn_test_store_open (fixture->path, KN_STORE_OPEN_READ_ONLY);
  g_autoptr(GError) error = NULL;
  GPtrArray *employees = kn_store_read_employees (other, &error);

  g_assert_no_error (error);
  g_assert_nonnull (employees);
  return employees;
}

/* The store takes the objects read elsewhere: its model is they, in the file's order, with the
 * unit's and the atasan's names; one looked up before keeps its object; nothing is read again. */
static void
test_taken (Fixture       *fixture,
            gconstpointer  data)
{
  KnEmployee *head = kn_store_lookup_employee (fixture->store, fixture->head);
  guint mark = kn_store_get_employees_mark (fixture->store);
  g_autoptr(GPtrArray) read = NULL;
  GListModel *model;

  g_assert_nonnull (head);
  g_object_ref (head);
  g_assert_false (kn_store_has_employees (fixture->store));
  read = read_elsewhere (fixture);
  g_assert_cmpuint (read->len, ==, N_STAFF + 1);
  /* Read without the names beside them: the taking store fills them from its own tables. */
  g_assert_null (kn_employee_get_unit_name (g_ptr_array_index (read, 1)));

  g_assert_true (kn_store_take_employees (fixture->store, mark, read));
  g_assert_true (kn_store_has_employees (fixture->store));
  model = kn_store_get_employees (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_STAFF + 1);
  for (guint i = 0; i < N_STAFF + 1; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (model, i);

      if (i == 0)
        {
          /* The head was looked up before: the same object. */
          g_assert_true (employee == head);
          continue;
        }
      g_assert_true (employee == g_ptr_array_index (read, i));
      g_assert_cmpstr (kn_employee_get_unit_name (employee), ==, "Dinas Pendidikan");
      g_assert_cmpstr (kn_employee_get_supervisor_name (employee), ==, "Budi Rahayu");
      g_assert_true (kn_store_lookup_employee (fixture->store, kn_employee_get_id (employee)) ==
                     employee);
      g_assert_true (kn_store_find_employee_by_nip (fixture->store,
                                                    kn_employee_get_nip (employee)) == employee);
    }
  g_object_unref (head);

  /* Taken once: a second reading is not taken over the first. */
  {
    g_autoptr(GPtrArray) again = read_elsewhere (fixture);

    g_assert_false (kn_store_take_employees (fixture->store, mark, again));
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_STAFF + 1);
  }
}

/* The store read its employees itself meanwhile (a place asked): what was read elsewhere is
 * not taken, the model stays as it is. */
static void
test_not_taken_when_read (Fixture       *fixture,
                          gconstpointer  data)
{
  guint mark = kn_store_get_employees_mark (fixture->store);
  g_autoptr(GPtrArray) read = read_elsewhere (fixture);
  g_autoptr(KnEmployee) first = NULL;
  GListModel *model = kn_store_get_employees (fixture->store);

  first = g_list_model_get_item (model, 0);
  g_assert_false (kn_store_take_employees (fixture->store, mark, read));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_STAFF + 1);
  {
    g_autoptr(KnEmployee) still = g_list_model_get_item (model, 0);

    g_assert_true (still == first);
    g_assert_false (still == g_ptr_array_index (read, 0));
  }
}

/* Another program changed the file after the reading and the store reloaded (its live lists
 * read anew): the reading is older than what the store knows, and is not taken; the employees
 * are read when asked, with the change. */
static void
test_not_taken_after_reload (Fixture       *fixture,
                             gconstpointer  data)
{
  guint mark = kn_store_get_employees_mark (fixture->store);
  g_autoptr(GPtrArray) read = read_elsewhere (fixture);
  g_autoptr(KnStore) writer = kn_test_store_open (fixture->path, KN_STORE_OPEN_EXISTING);

  kn_test_add_staff (writer, &fixture->n_people, "Dewi Lestari", "Analis Kebijakan",
                     KN_POSITION_AHLI_MUDA, fixture->unit, fixture->head);
  g_assert_true (kn_store_check_for_changes (fixture->store));
  g_assert_false (kn_store_take_employees (fixture->store, mark, read));
  g_assert_false (kn_store_has_employees (fixture->store));
  g_assert_cmpuint (g_list_model_get_n_items (kn_store_get_employees (fixture->store)), ==,
                    N_STAFF + 2);
}

/* Nobody reads elsewhere: kn_store_get_employees reads them at once, as before; counting them
 * reads none. */
static void
test_read_when_asked (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *model = NULL;
  g_autoptr(KnEmployee) last = NULL;

  /* Counted without reading them (the window asks, to choose where to read them). */
  g_assert_cmpuint (kn_store_count_employees (fixture->store), ==, N_STAFF + 1);
  g_assert_false (kn_store_has_employees (fixture->store));
  model = kn_store_get_employees (fixture->store);
  g_assert_cmpuint (kn_store_count_employees (fixture->store), ==, N_STAFF + 1);

  g_assert_true (kn_store_has_employees (fixture->store));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_STAFF + 1);
  last = g_list_model_get_item (model, N_STAFF);
  g_assert_cmpstr (kn_employee_get_supervisor_name (last), ==, "Budi Rahayu");
  g_assert_cmpstr (kn_employee_get_unit_name (last), ==, "Dinas Pendidikan");
}

int
main (int    argc,
      char **argv)
{
  kn_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/employees-read/taken", test_taken);
  ADD ("/store/employees-read/not-taken-when-read", test_not_taken_when_read);
  ADD ("/store/employees-read/not-taken-after-reload", test_not_taken_after_reload);
  ADD ("/store/employees-read/read-when-asked", test_read_when_asked);
#undef ADD
  return g_test_run ();
}
