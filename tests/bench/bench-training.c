/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark: a year of pengembangan kompetensi (5 activities each) for a province-sized office. */

#include "config.h"

#include <glib/gstdio.h>

#include "kinerja/kinerja.h"

#include "bench-people.h"

#define ACTIVITIES_PER_EMPLOYEE 5
#define LIST_CALLS 1000

static const struct
{
  const char     *title;
  KnTrainingForm  form;
  const char     *organizer;
} activities[] = {
  { "Bimtek Implementasi Kurikulum Merdeka", KN_TRAINING_BIMTEK, "Dinas Pendidikan" },
  { "Pelatihan Penyusunan SKP", KN_TRAINING_PELATIHAN, "BPSDM Provinsi Lampung" },
  { "Seminar Transformasi Digital Layanan Publik", KN_TRAINING_SEMINAR, "Diskominfotik" },
  { "Workshop Penyusunan Anggaran", KN_TRAINING_WORKSHOP, "BPKAD" },
  { "Kursus Bahasa Inggris", KN_TRAINING_KURSUS, "UPT Balai Bahasa" },
  { "Coaching oleh Atasan Langsung", KN_TRAINING_COACHING, NULL },
  { "Mentoring Manajemen ASN", KN_TRAINING_MENTORING, NULL },
  { "E-learning Etika Birokrasi", KN_TRAINING_E_LEARNING, "LAN RI" },
  { "Belajar Mandiri Analisis Kebijakan", KN_TRAINING_BELAJAR_MANDIRI, NULL },
  { "Komunitas Belajar Guru Matematika", KN_TRAINING_KOMUNITAS_BELAJAR, NULL },
};

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = bench_database_new ("kinerja-bench-XXXXXX", &dir);
  g_autofree char *xlsx = g_build_filename (dir, "kompetensi.xlsx", NULL);
  guint n_employees = argc > 1 ? (guint)g_ascii_strtoull (argv[1], NULL, 10) : 19000;
  gint64 unit_ids[BENCH_N_OPD];
  double t0, t_save, t_totals, t_list, t_recap, t_export;
  guint n_saved = 0, n_totals = 0, n_listed = 0, n_recap_rows = 0, n_reached = 0;

  {
    g_autoptr(KnStore) store = kn_store_open (path, &error);
    g_autoptr(GArray) employee_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64),
                                                        n_employees);
    GRand *rand = g_rand_new_with_seed (2026);

    g_assert_no_error (error);
    g_assert_true (kn_store_begin (store, &error));
    bench_add_opds (store, unit_ids);
    g_array_set_size (employee_ids, n_employees);
    bench_add_teachers (store, unit_ids, n_employees, (gint64 *) employee_ids->data);
    g_assert_true (kn_store_commit (store, &error));

    /* What an import of a year's certificates costs: every activity validated and audited. */
    t0 = bench_now_seconds ();
    g_assert_true (kn_store_begin (store, &error));
    for (guint i = 0; i < employee_ids->len; i++)
      {
        for (guint a = 0; a < ACTIVITIES_PER_EMPLOYEE; a++)
          {
            guint which = g_rand_int_range (rand, 0, G_N_ELEMENTS (activities));
            g_autoptr(KnTraining) training =
              kn_training_new (g_array_index (employee_ids, gint64, i));

            training->date = g_strdup_printf ("2026-%02d-%02d", g_rand_int_range (rand, 1, 13),
                                              g_rand_int_range (rand, 1, 29));
            training->title = g_strdup (activities[which].title);
            training->form = activities[which].form;
            training->hours = g_rand_int_range (rand, 2, 41);
            training->organizer = g_strdup (activities[which].organizer);
            if (kn_training_form_is_klasikal (training->form))
              training->evidence = g_strdup_printf ("Sertifikat No. %03u/BPSDM/2026",
                                                    n_saved % 999 + 1);
            if (!kn_store_save_training (store, training, &error))
              g_error ("%s: %s", training->title, error->message);
            n_saved++;
          }
      }
    g_assert_true (kn_store_commit (store, &error));
    t_save = bench_now_seconds () - t0;
    g_rand_free (rand);
  }

  {
    g_autoptr(KnStore) store = kn_store_open (path, &error);
    g_autoptr(GHashTable) totals = NULL;
    g_autoptr(KnTrainingRecap) recap = NULL;
    GListModel *employees;

    g_assert_no_error (error);
    employees = kn_store_get_employees (store);
    g_assert_cmpuint (g_list_model_get_n_items (employees), ==, n_employees);

    /* The Kompetensi place's list and the Beranda: everyone's JP of the year in one query. */
    t0 = bench_now_seconds ();
    totals = kn_store_training_totals (store, 2026);
    t_totals = bench_now_seconds () - t0;
    n_totals = g_hash_table_size (totals);

    /* Selecting an employee in the Kompetensi place: their activities of the year. */
    t0 = bench_now_seconds ();
    for (guint i = 0; i < LIST_CALLS; i++)
      {
        g_autoptr(KnEmployee) employee =
          g_list_model_get_item (employees, (guint)((guint64)i * 7919 % n_employees));
        g_autoptr(GPtrArray) trainings =
          kn_store_list_trainings (store, kn_employee_get_id (employee), 2026);

        n_listed += trainings->len;
      }
    t_list = (bench_now_seconds () - t0) / LIST_CALLS;

    /* The largest OPD's recap (the first units get the extra employee) and its workbook. */
    t0 = bench_now_seconds ();
    recap = kn_report_build_training_recap (store, unit_ids[0], 2026, &error);
    t_recap = bench_now_seconds () - t0;
    g_assert_no_error (error);
    n_recap_rows = recap->rows->len;
    n_reached = recap->reached;

    t0 = bench_now_seconds ();
    if (!kn_export_training_xlsx (recap, KN_PAPER_A4, xlsx, &error))
      g_error ("%s", error->message);
    t_export = bench_now_seconds () - t0;
  }

  g_print ("employees: %u\n", n_employees);
  g_print ("save %u activities in one transaction: %.3f s\n", n_saved, t_save);
  g_print ("JP totals of 2026 (everyone): %.4f s (%u employees)\n", t_totals, n_totals);
  g_print ("list one employee's activities: %.5f s (average of %u, %u rows)\n",
           t_list, LIST_CALLS, n_listed);
  g_print ("build the largest OPD's recap: %.4f s (%u employees, %u reached the target)\n",
           t_recap, n_recap_rows, n_reached);
  g_print ("export the recap to xlsx: %.4f s\n", t_export);
  g_print ("peak memory (max RSS): %.1f MiB\n", bench_max_rss_kib () / 1024.0);

  g_remove (xlsx);
  bench_database_remove (path, dir);
  return 0;
}
