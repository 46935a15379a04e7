/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rules of evaluation (DOMAIN.md §4–5): ratings, the predikat matrix, the distribution
 * pattern, capaian, angka kredit and the annual proposal. Pure functions over data. */

#pragma once

#include <glib-object.h>

#include "kn-enums.h"
#include "kn-plan-enums.h"

G_BEGIN_DECLS

/* Rating Hasil Kerja / Rating Perilaku Kerja. */
typedef enum
{
  KN_RATING_NONE,          /* not rated yet */
  KN_RATING_BELOW,         /* Di Bawah Ekspektasi */
  KN_RATING_AS_EXPECTED,   /* Sesuai Ekspektasi */
  KN_RATING_ABOVE,         /* Di Atas Ekspektasi */
  KN_RATING_N
} KnRating;

/* Predikat Kinerja Pegawai, from the lowest to the highest (the order of the curve). */
typedef enum
{
  KN_PREDIKAT_NONE,
  KN_PREDIKAT_SANGAT_KURANG,
  KN_PREDIKAT_KURANG,            /* Kurang/Misconduct */
  KN_PREDIKAT_BUTUH_PERBAIKAN,
  KN_PREDIKAT_BAIK,
  KN_PREDIKAT_SANGAT_BAIK,
  KN_PREDIKAT_N
} KnPredikat;

/* Capaian kinerja organisasi (predikat organisasi), lowest first. */
typedef enum
{
  KN_ORG_PREDIKAT_NONE,
  KN_ORG_PREDIKAT_SANGAT_KURANG,
  KN_ORG_PREDIKAT_KURANG,
  KN_ORG_PREDIKAT_BUTUH_PERBAIKAN,
  KN_ORG_PREDIKAT_BAIK,
  KN_ORG_PREDIKAT_ISTIMEWA,
  KN_ORG_PREDIKAT_N
} KnOrgPredikat;

#define KN_TYPE_RATING        (kn_rating_get_type ())
#define KN_TYPE_PREDIKAT      (kn_predikat_get_type ())
#define KN_TYPE_ORG_PREDIKAT  (kn_org_predikat_get_type ())

GType        kn_rating_get_type           (void) G_GNUC_CONST;
GType        kn_predikat_get_type         (void) G_GNUC_CONST;
GType        kn_org_predikat_get_type     (void) G_GNUC_CONST;

/* Machine names: "" (none), "di-bawah", "sesuai", "di-atas"; "" , "sangat-kurang", "kurang",
 * "butuh-perbaikan", "baik", "sangat-baik"; "", "sangat-kurang", "kurang", "butuh-perbaikan",
 * "baik", "istimewa". from_string returns FALSE for anything else. */
const char  *kn_rating_to_string          (KnRating       rating);
gboolean     kn_rating_from_string        (const char    *text,
                                           KnRating      *rating);
const char  *kn_predikat_to_string        (KnPredikat     predikat);
gboolean     kn_predikat_from_string      (const char    *text,
                                           KnPredikat    *predikat);
const char  *kn_org_predikat_to_string    (KnOrgPredikat  predikat);
gboolean     kn_org_predikat_from_string  (const char    *text,
                                           KnOrgPredikat *predikat);
/* Translated labels: "Di Atas Ekspektasi"; "Sangat Baik", "Kurang/Misconduct"; "Istimewa". */
const char  *kn_rating_label              (KnRating       rating);
const char  *kn_predikat_label            (KnPredikat     predikat);
/* The printed form's short label: "KURANG" for Kurang/Misconduct, upper case for all. */
const char  *kn_predikat_print_label      (KnPredikat     predikat);
const char  *kn_org_predikat_label        (KnOrgPredikat  predikat);

/* The matrix of DOMAIN.md §5; NONE when either rating is NONE. */
KnPredikat   kn_predikat_from_ratings     (KnRating       result,
                                           KnRating       behaviour);

/* For the head of a unit, the unit's predikat gives the rating hasil kerja. Default mapping
 * (kept as data by the store): Istimewa → Di Atas, Baik → Sesuai, the rest → Di Bawah. */
KnRating     kn_rating_from_org_predikat  (KnOrgPredikat  predikat);

/* The distribution pattern (SE MenPAN-RB 3/2023), as data */

typedef enum
{
  KN_BOUND_LARGEST,     /* the predikat in @predikats is the largest group (no other is bigger) */
  KN_BOUND_AT_MOST,     /* the predikat in @predikats together are at most @share of the unit */
  KN_BOUND_AT_LEAST,    /* … at least @share of the unit */
  KN_BOUND_AT_LEAST_ONE,/* … at least one employee */
} KnBoundKind;

typedef struct
{
  KnOrgPredikat  org;        /* the predikat organisasi this rule belongs to */
  KnBoundKind    kind;
  guint          predikats;  /* bit mask: 1 << KnPredikat */
  double         share;      /* 0–1, for AT_MOST and AT_LEAST */
} KnDistributionRule;

/* DOMAIN.md §5's defaults, for every predikat organisasi; @n_rules receives the count. */
const KnDistributionRule *kn_distribution_default_rules (guint *n_rules);

/* Shares are counted in whole people, rounded half up: with 7 employees, "at most 70 %" allows
 * 5 (4.9) and "at least 10 %" needs 1 (0.7). */
guint        kn_distribution_allowed_count (double share,
                                            guint  total);

typedef struct
{
  KnDistributionRule  rule;
  guint               count;     /* employees in the rule's predikat */
  guint               total;     /* employees with a predikat */
  guint               limit;     /* whole people the rule allows or needs */
  char               *message;   /* a plain translated sentence naming the rule and the numbers */
} KnDistributionViolation;

void kn_distribution_violation_free (KnDistributionViolation *violation);

/* The rules of @rules that belong to @org and are broken by @counts (indexed by KnPredikat;
 * counts[KN_PREDIKAT_NONE] is ignored). Element: KnDistributionViolation. An empty unit breaks
 * nothing. */
GPtrArray   *kn_distribution_check        (KnOrgPredikat             org,
                                           const guint               counts[KN_PREDIKAT_N],
                                           const KnDistributionRule *rules,
                                           guint                     n_rules);
/* A sentence describing one rule, for showing the pattern: "Baik is at most 70 %". */
char        *kn_distribution_rule_describe (const KnDistributionRule *rule);

/* Capaian (%) of a numeric target: realization ÷ target × 100 when more is better, target ÷
 * realization × 100 when less is better. FALSE (with a translated @reason) when it cannot be
 * computed: a zero target when more is better, a zero realization when less is better. */
gboolean     kn_capaian_percent           (double         target,
                                           double         realization,
                                           KnDirection    direction,
                                           double        *percent,
                                           char         **reason);

/* Angka kredit for a year of a fungsional (PermenPAN-RB 1/2023): months ÷ 12 × conversion ×
 * coefficient; conversion Sangat Baik 150 %, Baik 100 %, Butuh Perbaikan 75 %, Kurang 50 %,
 * Sangat Kurang 25 %; the coefficient by jenjang (Ahli Pertama 12.5, Ahli Muda 25, Ahli Madya
 * 37.5, Ahli Utama 50; Pemula 3.75, Terampil 5, Mahir 12.5, Penyelia 25). 0 for other kinds
 * of position or no predikat. The defaults here; the store keeps them as data. */
double       kn_angka_kredit_default_coefficient (KnPositionKind kind);
double       kn_angka_kredit_default_conversion  (KnPredikat     predikat);
double       kn_angka_kredit                     (guint          months,
                                                  double         conversion,
                                                  double         coefficient);

/* The annual (Akhir) rating proposed from the periodic ones (NONE entries ignored): the rating
 * most periods had; on a tie, the one of the latest period among the tied. NONE when there are
 * none. The assessor confirms or changes it. */
KnRating     kn_rating_propose_annual     (const KnRating *periodic,
                                           guint           n_periodic);

G_END_DECLS
