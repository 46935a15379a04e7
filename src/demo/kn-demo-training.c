/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo office's pengembangan kompetensi: activities of the kind a Lampung office records —
 * BPSDM courses, bimtek, e-learning on ASN Unggul, coaching by the atasan — so that most people
 * have reached their 20 JP, some are close and a few have nothing yet. Deterministic. */

#define G_LOG_DOMAIN "kn-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-demo.h"
#include "kinerja/kn-store.h"

#include "kn-demo-private.h"

#define DEMO_TRAINING_SEED 0x4a504b4fu

typedef struct
{
  const char     *title;
  KnTrainingForm  form;
  double          hours;
  const char     *organizer;
} Activity;

static const Activity activities[] = {
  { "Pelatihan Penyusunan SKP dan Manajemen Kinerja ASN", KN_TRAINING_PELATIHAN, 24,
    "BPSDM Provinsi Lampung" },
  { "Bimtek Implementasi Kurikulum Merdeka", KN_TRAINING_BIMTEK, 32,
    "Balai Guru Penggerak Provinsi Lampung" },
  { "Bimtek Pengelolaan Keuangan Daerah melalui SIPD", KN_TRAINING_BIMTEK, 16,
    "BPKAD Provinsi Lampung" },
  { "Seminar Nasional Transformasi Digital Pelayanan Publik", KN_TRAINING_SEMINAR, 4,
    "Universitas Lampung" },
  { "Workshop Penyusunan Modul Ajar", KN_TRAINING_WORKSHOP, 8,
    "MGMP Provinsi Lampung" },
  { "Kursus Bahasa Inggris Tingkat Dasar", KN_TRAINING_KURSUS, 20,
    "UPT Balai Bahasa Lampung" },
  { "E-learning Literasi Digital ASN", KN_TRAINING_E_LEARNING, 10,
    "ASN Unggul (LAN RI)" },
  { "E-learning Etika dan Integritas ASN", KN_TRAINING_E_LEARNING, 6,
    "ASN Unggul (LAN RI)" },
  { "Coaching Perencanaan Kinerja oleh Atasan Langsung", KN_TRAINING_COACHING, 2, NULL },
  { "Mentoring Penyusunan Laporan Kegiatan", KN_TRAINING_MENTORING, 3, NULL },
  { "Benchmarking Pelayanan Terpadu ke DPMPTSP Jawa Barat", KN_TRAINING_BENCHMARKING, 12,
    "DPMPTSP Provinsi Jawa Barat" },
  { "Komunitas Belajar Guru Bandar Lampung", KN_TRAINING_KOMUNITAS_BELAJAR, 6, NULL },
  { "Belajar Mandiri Pengadaan Barang/Jasa Pemerintah", KN_TRAINING_BELAJAR_MANDIRI, 8, NULL },
  { "Pelatihan Kepemimpinan Pengawas", KN_TRAINING_PELATIHAN, 40,
    "BPSDM Provinsi Lampung" },
};

gboolean
kn_demo_add_trainings (KnStore  *store,
                       GArray   *employee_ids,
                       GError  **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (DEMO_TRAINING_SEED);

  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (employee_ids != NULL, FALSE);

  for (guint i = 0; i < employee_ids->len; i++)
    {
      gint64 employee_id = g_array_index (employee_ids, gint64, i);
      int roll = g_rand_int_range (rand, 0, 100);
      /* 8 % nothing yet, 25 % some way to go, the rest enough or more. */
      double target = roll < 8 ? 0 : roll < 33 ? g_rand_int_range (rand, 4, 17) : 20 +
                      g_rand_int_range (rand, 0, 30);
      double total = 0;
      guint month = 1 + g_rand_int_range (rand, 0, 3);
      guint attempts = 0;
      guint32 taken = 0;   /* nobody follows the same course twice in a year */

      G_STATIC_ASSERT (G_N_ELEMENTS (activities) <= 32);

      while (total < target && month <= 11 && attempts++ < 40)
        {
          guint pick = g_rand_int_range (rand, 0, G_N_ELEMENTS (activities));
          const Activity *activity = &activities[pick];
          g_autoptr(KnTraining) training = NULL;
          double hours = activity->hours;

          /* Those still on the way stay below the 20 JP. */
          if ((taken & (1u << pick)) != 0 || (target < 20 && total + hours >= 20))
            continue;
          taken |= 1u << pick;
          training = kn_training_new (employee_id);
          training->date = g_strdup_printf ("%04d-%02u-%02d", KN_DEMO_YEAR, month,
                                            g_rand_int_range (rand, 1, 29));
          training->title = g_strdup (activity->title);
          training->form = activity->form;
          training->hours = hours;
          training->organizer = g_strdup (activity->organizer);
          if (kn_training_form_is_klasikal (activity->form))
            training->evidence = g_strdup_printf ("Sertifikat No. %03d/%s/%d",
                                                  g_rand_int_range (rand, 1, 999),
                                                  activity->form == KN_TRAINING_BIMTEK ? "BIMTEK"
                                                  : "BPSDM", KN_DEMO_YEAR);
          if (!kn_store_save_training (store, training, error))
            {
              g_prefix_error (error, _("Could not save a demo learning activity: "));
              return FALSE;
            }
          total += hours;
          month += 1 + g_rand_int_range (rand, 0, 3);
        }
    }

  return TRUE;
}
