/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pengembangan kompetensi: the learning activities of an employee and the 20 JP (jam pelajaran)
 * a year every PNS is owed (PP 17/2020, Pasal 203). */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The yearly right, in JP; kept as data by the store (setting "jp-per-year"), this the default. */
#define KN_TRAINING_DEFAULT_JP_PER_YEAR 20.0

typedef enum
{
  /* Klasikal */
  KN_TRAINING_PELATIHAN,
  KN_TRAINING_SEMINAR,
  KN_TRAINING_KURSUS,
  KN_TRAINING_WORKSHOP,
  KN_TRAINING_BIMTEK,
  /* Non-klasikal */
  KN_TRAINING_COACHING,
  KN_TRAINING_MENTORING,
  KN_TRAINING_E_LEARNING,
  KN_TRAINING_DETASERING,
  KN_TRAINING_BENCHMARKING,
  KN_TRAINING_BELAJAR_MANDIRI,
  KN_TRAINING_KOMUNITAS_BELAJAR,
  KN_TRAINING_MAGANG,
  KN_TRAINING_N
} KnTrainingForm;

/* Machine names: "pelatihan", "seminar", "kursus", "workshop", "bimtek", "coaching", "mentoring",
 * "e-learning", "detasering", "benchmarking", "belajar-mandiri", "komunitas-belajar", "magang". */
const char *kn_training_form_to_string   (KnTrainingForm  form);
gboolean    kn_training_form_from_string (const char     *text,
                                          KnTrainingForm *form);
/* Translated: "Pelatihan", "Bimbingan teknis", "E-learning", … */
const char *kn_training_form_label       (KnTrainingForm  form);
/* TRUE for the klasikal forms (pelatihan, seminar, kursus, workshop, bimtek). */
gboolean    kn_training_form_is_klasikal (KnTrainingForm  form);

/* Where a year's JP stand against the target, for charts and summaries. */
typedef enum
{
  KN_TRAINING_BAND_NONE,      /* 0 JP */
  KN_TRAINING_BAND_LOW,       /* above 0, below half the target */
  KN_TRAINING_BAND_PARTIAL,   /* half the target or more, below it */
  KN_TRAINING_BAND_REACHED,   /* the target or more */
  KN_TRAINING_BAND_N
} KnTrainingBand;

KnTrainingBand kn_training_band (double hours,
                                 double target);

typedef struct
{
  gint64          id;
  gint64          employee_id;
  char           *date;       /* ISO 8601, the day it ended */
  char           *title;      /* "Bimtek Implementasi Kurikulum Merdeka" */
  KnTrainingForm  form;
  double          hours;      /* JP, > 0 */
  char           *organizer;  /* nullable: "BPSDM Provinsi Lampung" */
  char           *evidence;   /* nullable: "Sertifikat No. 123/BPSDM/2026" */
} KnTraining;

KnTraining *kn_training_new  (gint64      employee_id);
KnTraining *kn_training_copy (const KnTraining *training);
void        kn_training_free (KnTraining *training);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnTraining, kn_training_free)

G_END_DECLS
