/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark: a province-sized office (19,000 employees) written, opened and searched. */

#include "config.h"

#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "bench-people.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = bench_database_new ("kinerja-bench-XXXXXX", &dir);
  guint n_employees = argc > 1 ? (guint)g_ascii_strtoull (argv[1], NULL, 10) : 19000;
  gint64 unit_ids[BENCH_N_OPD];
  double t0, t_insert, t_open, t_search, t_update;
  guint matches = 0;

  {
    g_autoptr(KnStore) store = kn_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_true (kn_store_begin (store, &error));
    bench_add_opds (store, unit_ids);
    t0 = bench_now_seconds ();
    bench_add_teachers (store, unit_ids, n_employees, NULL);
    g_assert_true (kn_store_commit (store, &error));
    t_insert = bench_now_seconds () - t0;
  }

  t0 = bench_now_seconds ();
  {
    g_autoptr(KnStore) store = kn_store_open (path, &error);
    GListModel *employees;
    g_autoptr(KnEmployee) edited = NULL;
    g_autoptr(KnEmployee) original = NULL;

    g_assert_no_error (error);
    t_open = bench_now_seconds () - t0;
    employees = kn_store_get_employees (store);
    g_assert_cmpuint (g_list_model_get_n_items (employees), ==, n_employees);

    /* What typing a name in the search field costs: one pass over every employee. */
    t0 = bench_now_seconds ();
    for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
      {
        g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
        g_autofree char *folded = g_utf8_casefold (kn_employee_get_name (employee), -1);

        if (strstr (folded, "nomor 18") != NULL)
          matches++;
      }
    t_search = bench_now_seconds () - t0;

    /* One edit saved from the form: validation, the write, the audit rows. */
    original = g_list_model_get_item (employees, n_employees / 2);
    edited = kn_employee_copy (original);
    kn_employee_set_rank (edited, "III/c");
    t0 = bench_now_seconds ();
    g_assert_true (kn_store_update_employee (store, edited, &error));
    t_update = bench_now_seconds () - t0;
  }

  g_print ("employees: %u\n", n_employees);
  g_print ("insert in one transaction: %.3f s\n", t_insert);
  g_print ("open (load every unit and employee): %.3f s\n", t_open);
  g_print ("search pass over names: %.4f s (%u matches)\n", t_search, matches);
  g_print ("save one edited employee: %.4f s\n", t_update);
  g_print ("peak memory (max RSS): %.1f MiB\n", bench_max_rss_kib () / 1024.0);

  bench_database_remove (path, dir);
  return 0;
}
