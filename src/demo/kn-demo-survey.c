/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo office's Survei Kepuasan Masyarakat: questionnaires of the units that serve the public
 * (data/surveys.tsv), mostly "sesuai" and "sangat sesuai", waiting times and complaint handling
 * judged harder, free services easier, a little better each quarter. Deterministic. */

#define G_LOG_DOMAIN "kn-demo"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-demo.h"
#include "kinerja/kn-skm.h"
#include "kinerja/kn-store-survey.h"
#include "kinerja/kn-store.h"

#include "kn-demo-private.h"

#define DEMO_SURVEY_SEED 0x534b4d31u

/* How much more or less often than the survey's share each unsur is answered 4, in points: the
 * waiting time and complaint handling are judged harder, the cost (these services are free)
 * easier. */
static const int unsur_offset[KN_SKM_N_UNSUR] = { 0, -2, -14, 30, 2, 4, 6, -10, -4 };

/* One answer: 4 for @good % of them, then mostly 3, some 2, rarely 1; 0 (unanswered) now and
 * then. */
static guint8
draw_answer (GRand *rand,
             int    good)
{
  int roll = g_rand_int_range (rand, 0, 1000);

  if (roll < 6)
    return 0;
  roll = g_rand_int_range (rand, 0, 100);
  if (roll < good)
    return 4;
  if (roll < 89)
    return 3;
  if (roll < 98)
    return 2;
  return 1;
}

static gboolean
add_survey (KnStore     *store,
            gint64       unit_id,
            guint        quarter,
            const char  *service,
            guint64      population,
            int          good,
            gboolean     short_of_sample,
            GRand       *rand,
            GError     **error)
{
  g_autofree char *period = g_strdup_printf ("%u-TW%u", (guint) KN_DEMO_YEAR, quarter);
  g_autoptr(KnSkmSurvey) survey = kn_skm_survey_new (unit_id, period, service);
  guint sample = kn_skm_min_sample (population);
  guint n_rows;

  /* Most reach the minimum sample with a few to spare; a short quarter gets about two thirds. */
  n_rows = short_of_sample ? sample * 2 / 3 : sample + g_rand_int_range (rand, 0, 12);
  survey->population = population;
  for (guint r = 0; r < n_rows; r++)
    {
      guint8 scores[KN_SKM_N_UNSUR];
      /* Some people are pleased with everything, some with little. */
      int mood = g_rand_int_range (rand, -12, 13);

      for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
        scores[u] = draw_answer (rand, CLAMP (good + unsur_offset[u] + mood, 0, 95));
      kn_skm_survey_add_row (survey, scores);
    }

  if (!kn_store_save_survey (store, survey, error))
    {
      g_prefix_error (error, _("Could not save a demo survey: "));
      return FALSE;
    }
  return TRUE;
}

gboolean
kn_demo_add_surveys (KnStore     *store,
                     GHashTable  *unit_ids,
                     GError     **error)
{
  g_autoptr(GPtrArray) rows = kn_demo_data_rows ("surveys.tsv", 6);
  g_autoptr(GRand) rand = g_rand_new_with_seed (DEMO_SURVEY_SEED);

  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (unit_ids != NULL, FALSE);

  for (guint i = 0; i < rows->len; i++)
    {
      char **row = g_ptr_array_index (rows, i);
      const gint64 *unit_id = g_hash_table_lookup (unit_ids, row[0]);
      guint64 population = (guint64) kn_demo_data_number (row[2], "surveys.tsv");
      int good = (int) kn_demo_data_number (row[3], "surveys.tsv");

      if (unit_id == NULL)
        g_error ("The demo data file surveys.tsv names the unit “%s”, which units.tsv has not",
                 row[0]);
      for (guint quarter = 1; quarter <= 4; quarter++)
        {
          char digit = (char) ('0' + quarter);

          if (strchr (row[4], digit) == NULL)
            continue;
          if (!add_survey (store, *unit_id, quarter, row[1], population, good + 2 * (int) quarter,
                           strchr (row[5], digit) != NULL, rand, error))
            return FALSE;
        }
    }

  return TRUE;
}
