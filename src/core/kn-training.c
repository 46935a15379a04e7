/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pengembangan kompetensi: the forms of learning and one activity. */

#define G_LOG_DOMAIN "kn-training"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-training.h"

static const char * const form_names[KN_TRAINING_N] = {
  "pelatihan", "seminar", "kursus", "workshop", "bimtek", "coaching", "mentoring", "e-learning",
  "detasering", "benchmarking", "belajar-mandiri", "komunitas-belajar", "magang",
};

const char *
kn_training_form_to_string (KnTrainingForm form)
{
  g_return_val_if_fail (form < KN_TRAINING_N, NULL);

  return form_names[form];
}

gboolean
kn_training_form_from_string (const char     *text,
                              KnTrainingForm *form)
{
  g_return_val_if_fail (form != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < KN_TRAINING_N; i++)
    if (g_ascii_strcasecmp (text, form_names[i]) == 0)
      {
        *form = i;
        return TRUE;
      }
  return FALSE;
}

const char *
kn_training_form_label (KnTrainingForm form)
{
  switch (form)
    {
    case KN_TRAINING_PELATIHAN: return C_("training form", "Training course");
    case KN_TRAINING_SEMINAR: return C_("training form", "Seminar or conference");
    case KN_TRAINING_KURSUS: return C_("training form", "Course");
    case KN_TRAINING_WORKSHOP: return C_("training form", "Workshop");
    case KN_TRAINING_BIMTEK: return C_("training form", "Technical guidance");
    case KN_TRAINING_COACHING: return C_("training form", "Coaching");
    case KN_TRAINING_MENTORING: return C_("training form", "Mentoring");
    case KN_TRAINING_E_LEARNING: return C_("training form", "E-learning");
    case KN_TRAINING_DETASERING: return C_("training form", "Secondment");
    case KN_TRAINING_BENCHMARKING: return C_("training form", "Benchmarking visit");
    case KN_TRAINING_BELAJAR_MANDIRI: return C_("training form", "Self-study");
    case KN_TRAINING_KOMUNITAS_BELAJAR: return C_("training form", "Learning community");
    case KN_TRAINING_MAGANG: return C_("training form", "Internship");
    case KN_TRAINING_N:
    default:
      g_return_val_if_reached (NULL);
    }
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
