/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pengembangan kompetensi: the forms of learning and one activity. */

#define G_LOG_DOMAIN "kn-training"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-training.h"

#include "kn-enum-table.h"

static const KnEnumTable form_table = {
  "training form", KN_TRAINING_N, (const KnEnumEntry[]) {
    [KN_TRAINING_PELATIHAN] = { "pelatihan", NC_("training form", "Training course") },
    [KN_TRAINING_SEMINAR] = { "seminar", NC_("training form", "Seminar or conference") },
    [KN_TRAINING_KURSUS] = { "kursus", NC_("training form", "Course") },
    [KN_TRAINING_WORKSHOP] = { "workshop", NC_("training form", "Workshop") },
    [KN_TRAINING_BIMTEK] = { "bimtek", NC_("training form", "Technical guidance") },
    [KN_TRAINING_COACHING] = { "coaching", NC_("training form", "Coaching") },
    [KN_TRAINING_MENTORING] = { "mentoring", NC_("training form", "Mentoring") },
    [KN_TRAINING_E_LEARNING] = { "e-learning", NC_("training form", "E-learning") },
    [KN_TRAINING_DETASERING] = { "detasering", NC_("training form", "Secondment") },
    [KN_TRAINING_BENCHMARKING] = { "benchmarking", NC_("training form", "Benchmarking visit") },
    [KN_TRAINING_BELAJAR_MANDIRI] = { "belajar-mandiri", NC_("training form", "Self-study") },
    [KN_TRAINING_KOMUNITAS_BELAJAR] = { "komunitas-belajar",
                                        NC_("training form", "Learning community") },
    [KN_TRAINING_MAGANG] = { "magang", NC_("training form", "Internship") },
  }
};

const char *
kn_training_form_to_string (KnTrainingForm form)
{
  return kn_enum_table_to_string (&form_table, form);
}

gboolean
kn_training_form_from_string (const char     *text,
                              KnTrainingForm *form)
{
  g_return_val_if_fail (form != NULL, FALSE);

  return kn_enum_table_from_typed (&form_table, text, (int *) form);
}

const char *
kn_training_form_label (KnTrainingForm form)
{
  return kn_enum_table_label (&form_table, form);
}

gboolean
kn_training_form_is_klasikal (KnTrainingForm form)
{
  return form <= KN_TRAINING_BIMTEK;
}

KnTrainingBand
kn_training_band (double hours,
                  double target)
{
  if (!(hours > 0.0))
    return KN_TRAINING_BAND_NONE;
  if (hours >= target)
    return KN_TRAINING_BAND_REACHED;
  if (hours >= target / 2)
    return KN_TRAINING_BAND_PARTIAL;
  return KN_TRAINING_BAND_LOW;
}

KnTraining *
kn_training_new (gint64 employee_id)
{
  KnTraining *training = g_new0 (KnTraining, 1);

  training->employee_id = employee_id;
  training->form = KN_TRAINING_PELATIHAN;
  return training;
}

KnTraining *
kn_training_copy (const KnTraining *training)
{
  KnTraining *copy;

  g_return_val_if_fail (training != NULL, NULL);

  copy = g_memdup2 (training, sizeof *training);
  copy->date = g_strdup (training->date);
  copy->title = g_strdup (training->title);
  copy->organizer = g_strdup (training->organizer);
  copy->evidence = g_strdup (training->evidence);
  return copy;
}

void
kn_training_free (KnTraining *training)
{
  if (training == NULL)
    return;

  g_free (training->date);
  g_free (training->title);
  g_free (training->organizer);
  g_free (training->evidence);
  g_free (training);
}
