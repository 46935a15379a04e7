/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The employee model object: derived labels, sort keys, copies and change notification. */

#include "config.h"

#include "kinerja/kinerja.h"

#include "kn-test-util.h"

static void
test_sort_name (void)
{
  static const struct {
    const char *name;
    const char *sort;
  } cases[] = {
    { "Dr. Hj. Siti Aminah, S.Pd., M.Pd.", "siti aminah" },
    { "Prof. Dr. Ir. Bambang Sutrisno, M.Si.", "bambang sutrisno" },
    { "Drs. H. Ahmad Fauzi, M.Pd.", "ahmad fauzi" },
    { "Rina Marlina, S.Kom.", "rina marlina" },
    { "Agus Setiawan", "agus setiawan" },
    /* A name that merely starts like a title keeps its letters. */
    { "Hendra Gunawan, S.T.", "hendra gunawan" },
    { "Drajat Wibowo", "drajat wibowo" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KnEmployee) employee = kn_employee_new ();
      g_autofree char *sort = NULL;

      kn_employee_set_name (employee, cases[i].name);
      sort = kn_employee_dup_sort_name (employee);
      g_assert_cmpstr (sort, ==, cases[i].sort);
    }
}

static void
test_rank_order (void)
{
  g_autoptr(KnEmployee) junior = kn_employee_new ();
  g_autoptr(KnEmployee) senior = kn_employee_new ();
  g_autoptr(KnEmployee) pppk = kn_employee_new ();
  g_autoptr(KnEmployee) unset = kn_employee_new ();

  kn_employee_set_rank (junior, "III/a");
  kn_employee_set_rank (senior, "IV/a");
  kn_employee_set_status (pppk, KN_EMPLOYEE_STATUS_PPPK);
  kn_employee_set_rank (pppk, "XVII");

  g_assert_cmpuint (kn_employee_get_rank_order (junior), <, kn_employee_get_rank_order (senior));
  g_assert_cmpuint (kn_employee_get_rank_order (pppk), <, kn_employee_get_rank_order (junior));
  g_assert_cmpuint (kn_employee_get_rank_order (unset), ==, 0);
}

static void
test_notify_derived (void)
{
  g_autoptr(KnEmployee) employee = kn_employee_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *label = NULL;
  g_autofree char *display = NULL;

  g_signal_connect (employee, "notify", G_CALLBACK (kn_test_count_notify), seen);

  kn_employee_set_nip (employee, "198609262015051001");
  g_assert_true (g_hash_table_contains (seen, "nip-display"));
  g_object_get (employee, "nip-display", &display, NULL);
  g_assert_cmpstr (display, ==, "19860926 201505 1 001");

  kn_employee_set_rank (employee, "III/c");
  g_assert_true (g_hash_table_contains (seen, "rank-label"));
  g_object_get (employee, "rank-label", &label, NULL);
  g_assert_cmpstr (label, ==, "Penata, III/c");

  /* Setting the same value again is not a change. */
  g_hash_table_remove_all (seen);
  kn_employee_set_rank (employee, "III/c");
  kn_employee_set_nip (employee, "198609262015051001");
  g_assert_cmpuint (g_hash_table_size (seen), ==, 0);
}

static void
test_copy (void)
{
  g_autoptr(KnEmployee) employee = kn_employee_new ();
  g_autoptr(KnEmployee) copy = NULL;

  kn_employee_set_id (employee, 7);
  kn_employee_set_nip (employee, "198808122021212001");
  kn_employee_set_name (employee, "Maria Ulfa, S.Pd.");
  kn_employee_set_status (employee, KN_EMPLOYEE_STATUS_PPPK);
  kn_employee_set_rank (employee, "IX");
  kn_employee_set_position (employee, "Guru Ahli Pertama");
  kn_employee_set_position_kind (employee, KN_POSITION_AHLI_PERTAMA);
  kn_employee_set_unit_id (employee, 3);
  kn_employee_set_supervisor_id (employee, 2);

  copy = kn_employee_copy (employee);
  g_assert_true (copy != employee);
  g_assert_cmpint (kn_employee_get_id (copy), ==, 7);
  g_assert_cmpstr (kn_employee_get_nip (copy), ==, "198808122021212001");
  g_assert_cmpstr (kn_employee_get_name (copy), ==, "Maria Ulfa, S.Pd.");
  g_assert_cmpint (kn_employee_get_status (copy), ==, KN_EMPLOYEE_STATUS_PPPK);
  g_assert_cmpstr (kn_employee_get_rank (copy), ==, "IX");
  g_assert_cmpstr (kn_employee_get_position (copy), ==, "Guru Ahli Pertama");
  g_assert_cmpint (kn_employee_get_position_kind (copy), ==, KN_POSITION_AHLI_PERTAMA);
  g_assert_cmpint (kn_employee_get_unit_id (copy), ==, 3);
  g_assert_cmpint (kn_employee_get_supervisor_id (copy), ==, 2);

  /* Editing the copy leaves the original alone. */
  kn_employee_set_name (copy, "Maria Ulfa Siregar, S.Pd.");
  g_assert_cmpstr (kn_employee_get_name (employee), ==, "Maria Ulfa, S.Pd.");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/employee/sort-name", test_sort_name);
  g_test_add_func ("/employee/rank-order", test_rank_order);
  g_test_add_func ("/employee/notify-derived", test_notify_derived);
  g_test_add_func ("/employee/copy", test_copy);

  return g_test_run ();
}
