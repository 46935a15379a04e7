/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Inside the demo year's evaluations: what the ratings (kn-demo-ratings.c), the realisation and
 * feedback (kn-demo-records.c) and the evaluations (kn-demo-eval.c) share. */

#pragma once

#include <glib.h>

#include "kinerja/kn-evaluation.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-rules.h"
#include "kinerja/kn-store.h"

G_BEGIN_DECLS

#define DEMO_RATING_SEED  0x4e494c41u
#define DEMO_TEXT_SEED    0x42554b54u
#define N_QUARTERS        4
#define N_PERIODS         (N_QUARTERS + 1)
#define AKHIR             N_QUARTERS         /* the index of the annual period */
#define MAX_REPAIRS       400
/* Shares of the employees whose Triwulan IV and Akhir evaluations are final. */
#define FINAL_SHARE_TW4   0.70
#define FINAL_SHARE_AKHIR 0.50

/* The capaian kinerja organisasi is Baik, except for these. */
#define UNIT_ISTIMEWA     "SMA Negeri 2 Bandar Lampung"
#define UNIT_STRUGGLES    "Bidang Mutasi dan Promosi"   /* Butuh Perbaikan in one quarter */
#define STRUGGLE_QUARTER  2                              /* Triwulan III */
/* The unit whose Triwulan IV drafts break the distribution pattern, so that the warning shows:
 * everyone Baik, though a unit rated Baik needs at least one Butuh Perbaikan or Kurang (and at
 * most 70 % Baik). Every other rated unit keeps to the pattern in every period. */
#define UNIT_BREAKS_TW4   "Bidang Pembinaan SMA"

typedef enum
{
  TONE_BELOW,
  TONE_AS_EXPECTED,
  TONE_ABOVE,
  TONE_N
} Tone;

typedef struct
{
  KnEmployee *employee;             /* the store's */
  KnPlan     *plan;                 /* the approved SKP */
  const char *opd;                  /* the name of the OPD */
  GRand      *rand;                 /* ratings */
  GRand      *text_rand;            /* realisation, evidence, feedback */
  guint       hash;                 /* orders candidates deterministically */
  int         tier;                 /* -1 struggles, 0 steady, 1 strong */
  gboolean head; /* heads a rated unit: its predikat gives the rating hasil kerja */
  guint       headed;               /* the index of that unit */
  gboolean    in_breaking_unit;
  KnRating    result[N_PERIODS];
  KnRating    behaviour[N_PERIODS];
  KnRating    proposed_result;      /* the annual proposal from the four quarters */
  KnRating    proposed_behaviour;
  gboolean    locked[N_PERIODS];    /* left as they are by the repair */
  gboolean    final[N_PERIODS];
} Member;

/* A unit with a capaian kinerja organisasi: an OPD, or a bidang, sekretariat or school in it. */
typedef struct
{
  KnOrgUnit     *unit;              /* the store's */
  KnOrgPredikat  org[N_PERIODS];
  gboolean       breaks[N_PERIODS]; /* breaks the pattern on purpose */
  GArray        *members;           /* guint: indices of the members within it */
} Rated;

typedef struct
{
  KnStore   *store;
  char      *periods[N_PERIODS];
  GPtrArray *members;               /* Member, in chain order */
  GPtrArray *rated;                 /* Rated, each after the unit above it */
  GArray    *rules;                 /* KnDistributionRule */
} Demo;

typedef struct
{
  gint64   assessor_id;
  guint    key;
  guint    size;                    /* their staff who may be final */
  gboolean final[N_PERIODS];
} Assessor;
static const char *const quarter_roman[N_QUARTERS] = { "I", "II", "III", "IV" };

static const char *const month_names[12] = {
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
};

static const char *const rating_words[KN_RATING_N] = {
  "", "Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi",
};

static const char *const org_words[KN_ORG_PREDIKAT_N] = {
  "", "Sangat Kurang", "Kurang", "Butuh Perbaikan", "Baik", "Istimewa",
};

gboolean _kn_demo_eval_add_feedback (Demo    *demo,
                                     Member  *member,
                                     guint    quarter,
                                     GError **error);

gboolean _kn_demo_eval_add_realizations (Demo    *demo,
                                         Member  *member,
                                         GError **error);

void _kn_demo_eval_choose_final (Demo *demo);

void _kn_demo_eval_load_tables (void);

void _kn_demo_eval_make_annual (Demo *demo);

void _kn_demo_eval_make_quarters (Demo *demo);

Member *_kn_demo_eval_member_at (Demo  *demo,
                                 guint  index);

KnPredikat _kn_demo_eval_predikat_of (Member *member,
                                      guint   period);

Tone _kn_demo_eval_tone_of (KnRating rating);

G_END_DECLS
