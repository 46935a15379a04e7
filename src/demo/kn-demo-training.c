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

/* What people follow (data/activities.tsv); at most 32, one bit each in a person's year. */
static const Activity *activities;
static guint n_activities;

static void
load_activities (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GPtrArray) rows = kn_demo_data_rows ("activities.tsv", 4);
      Activity *table = g_new0 (Activity, rows->len);

      if (rows->len == 0 || rows->len > 32)
        g_error ("The demo data file activities.tsv has %u activities, not 1 to 32", rows->len);

      for (guint i = 0; i < rows->len; i++)
        {
          char **row = g_ptr_array_index (rows, i);

          table[i].title = kn_demo_data_text (row[0]);
          if (!kn_training_form_from_string (row[1], &table[i].form))
            g_error ("The demo data file activities.tsv has “%s”, which is no form", row[1]);
          table[i].hours = kn_demo_data_number (row[2], "activities.tsv");
          table[i].organizer = kn_demo_data_text (row[3]);
        }

      activities = table;
      n_activities = rows->len;
      g_once_init_leave (&loaded, 1);
    }
}

gboolean
kn_demo_add_trainings (KnStore  *store,
                       GArray   *employee_ids,
                       GError  **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (DEMO_TRAINING_SEED);

  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (employee_ids != NULL, FALSE);

  load_activities ();
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

      while (total < target && month <= 11 && attempts++ < 40)
        {
          guint pick = g_rand_int_range (rand, 0, n_activities);
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
