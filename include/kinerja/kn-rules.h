/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rules of evaluation (DOMAIN.md §4–5): ratings, the predikat matrix, the distribution
 * pattern, capaian, angka kredit and the annual proposal. Pure functions over data. */

#pragma once

#include <glib-object.h>

#include "kn-enums.h"
#include "kn-period.h"
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

/* The distribution pattern (SE MenPAN-RB 3/2023), as data.
 *
 * The rule of the check, quoted by the README: shares are compared exactly, never rounded in
 * the unit's favour. "At most 70 %" holds when count ÷ people ≤ 0.70 and "at least 60 %" when
 * count ÷ people ≥ 0.60, compared in whole numbers (count × 100 ≤ 70 × people); a share is read
 * to a hundredth of a percent. So with 8 people "at most 70 %" allows 5 (6 is 75 %), "at least
 * 60 %" needs 5 (4 is 50 %), "at least 10 %" needs 1 and "at most 10 %" allows 0. "X is the
 * largest group" holds when no other predikat has more people than X (a tie keeps it). A unit
 * too small for its pattern to be kept by any distribution at all (Baik with 1 person, Kurang
 * with 2) is told so in one sentence instead of a list of rules it cannot satisfy. */

typedef enum
{
  KN_BOUND_LARGEST,     /* the predikat in @predikats is the largest group (no other is bigger) */
  KN_BOUND_AT_MOST,     /* the predikat in @predikats together are at most @share of the unit */
  KN_BOUND_AT_LEAST,    /* … at least @share of the unit */
  KN_BOUND_AT_LEAST_ONE,/* … at least one employee */
  KN_BOUND_UNIT_SIZE,   /* never in a table: the violation of a unit too small for its pattern */
} KnBoundKind;

typedef struct
{
  KnOrgPredikat  org;        /* the predikat organisasi this rule belongs to */
  KnBoundKind    kind;
  guint          predikats;  /* bit mask: 1 << KnPredikat */
  double         share;      /* 0–1, for AT_MOST and AT_LEAST */
} KnDistributionRule;

/* Every predikat but KN_PREDIKAT_NONE, as a KnDistributionRule's @predikats mask. */
#define KN_PREDIKAT_MASK_RATED (((1u << KN_PREDIKAT_N) - 1) & ~(1u << KN_PREDIKAT_NONE))

/* The people of @counts (indexed by KnPredikat) whose predikat is in @predikats (a bit mask,
 * 1 << KnPredikat); those without a predikat are never counted. KN_PREDIKAT_MASK_RATED (or ~0)
 * counts everyone rated. */
guint        kn_distribution_count_predikats (const guint counts[KN_PREDIKAT_N],
                                              guint       predikats);

/* DOMAIN.md §5's defaults, for every predikat organisasi; @n_rules receives the count. */
const KnDistributionRule *kn_distribution_default_rules (guint *n_rules);

/* The most people "at most @share" allows out of @total: the largest count with count ÷ total ≤
 * share (with 7 people, 70 % allows 4: 5 would be 71.4 %). */
guint        kn_distribution_allowed_count (double share,
                                            guint  total);
/* The fewest people "at least @share" needs out of @total: the smallest count with count ÷
 * total ≥ share (with 7 people, 60 % needs 5: 4 would be 57.1 %). */
guint        kn_distribution_required_count (double share,
                                             guint  total);
/* The whole people @rule sets for a unit of @total: allowed_count for AT_MOST, required_count
 * for AT_LEAST, 1 for AT_LEAST_ONE, 0 for LARGEST. */
guint        kn_distribution_rule_count    (const KnDistributionRule *rule,
                                            guint                     total);

/* Whether any distribution of predikat over @total people keeps every rule of @rules that
 * belongs to @org (TRUE for an empty unit and for an org without rules). */
gboolean     kn_distribution_is_attainable (KnOrgPredikat             org,
                                            guint                     total,
                                            const KnDistributionRule *rules,
                                            guint                     n_rules);

/* For a chart: the fewest (@min) and the most (@max) employees of each predikat that some
 * distribution of @total people keeping every rule of @org has — the limits a bar may move
 * within, the rules taken together (with Baik for 10 people: Baik 2–7, Sangat Baik 0–4, as Baik
 * must stay the largest group). Indexed by KnPredikat; [KN_PREDIKAT_NONE] is 0. FALSE (with
 * min 0 and max @total everywhere) when the unit is too small for the pattern. */
gboolean     kn_distribution_limits        (KnOrgPredikat             org,
                                            guint                     total,
                                            const KnDistributionRule *rules,
                                            guint                     n_rules,
                                            guint                     min[KN_PREDIKAT_N],
                                            guint                     max[KN_PREDIKAT_N]);

typedef struct
{
  KnDistributionRule  rule;
  guint               count;     /* employees in the rule's predikat (UNIT_SIZE: the unit) */
  guint               total;     /* employees with a predikat */
  guint               limit;     /* whole people the rule allows or needs (UNIT_SIZE: the
                                  * smallest unit that can keep the pattern, 0 if none found) */
  char               *message;   /* a plain translated sentence naming the rule and the numbers */
  char               *print_message; /* the same sentence in Indonesian, for documents */
} KnDistributionViolation;

void kn_distribution_violation_free (KnDistributionViolation *violation);

/* The rules of @rules that belong to @org and are broken by @counts (indexed by KnPredikat;
 * counts[KN_PREDIKAT_NONE], the people not rated yet, break no rule), in the table's order.
 * Element: KnDistributionViolation. An empty unit breaks nothing; a unit too small for the
 * pattern — counting its people not rated yet too — gets one violation of kind
 * KN_BOUND_UNIT_SIZE saying so instead of the rules. */
GPtrArray   *kn_distribution_check        (KnOrgPredikat             org,
                                           const guint               counts[KN_PREDIKAT_N],
                                           const KnDistributionRule *rules,
                                           guint                     n_rules);
/* A sentence describing one rule, for showing the pattern: "Baik is at most 70 %". */
char        *kn_distribution_rule_describe (const KnDistributionRule *rule);
/* The same in Indonesian whatever the language, for documents: "Baik paling banyak 70 %". */
char        *kn_distribution_rule_print    (const KnDistributionRule *rule);

/* Capaian (%) of a numeric target: realization ÷ target × 100 when more is better, target ÷
 * realization × 100 when less is better. FALSE (with a translated @reason) when it cannot be
 * computed: a zero target when more is better, a zero realization when less is better. */
gboolean     kn_capaian_percent           (double         target,
                                           double         realization,
                                           KnDirection    direction,
                                           double        *percent,
                                           char         **reason);

/* Capaian in a period, quoted by the README. An IKI's target is for the whole year.
 *
 * Counts and money — aspek Kuantitas and Biaya, and a JPT's IKI without aspek — are recorded as
 * the total reached so far in the year ("s.d. Triwulan II"), and measured against the year's
 * target pro-rated to the part of the year that has passed at the end of the period: Triwulan
 * I ¼, II ½, III ¾, IV the whole year; month m, m/12; Akhir the whole year. Levels —
 * percentages, indices, scores (unit %, persen, indeks, nilai or skor, whatever the aspek) and
 * aspek Kualitas and Waktu — are compared with the year's target as it is. More is better:
 * realisation ÷ target × 100; less is better (days, cost): target ÷ realisation × 100.
 *
 * So a Biaya ceiling of Rp1.500.000.000 with Rp380.000.000 spent by the end of Triwulan I is
 * measured against Rp375.000.000: 98,68 %; Waktu 3 hari with 4 hari in Triwulan II: 75 %.
 * There is no percentage without a realisation, for a target in words, for a target of 0 when
 * more is better, and for a realisation of 0 when less is better with a target above 0
 * (nothing spent is not a percentage); 0 realised against a target of 0 when less is better
 * (no day late, none allowed) is 100 %. */
typedef enum
{
  KN_MEASURE_LEVEL,       /* a state: compared with the year's target as is */
  KN_MEASURE_CUMULATIVE,  /* a count or money, the total so far: the target pro-rated */
} KnMeasure;

/* The measure of an IKI with aspek @aspect and target unit @unit (nullable). */
KnMeasure    kn_measure_for               (KnAspect       aspect,
                                           const char    *unit);
/* The part of the year passed at the end of @period: 0.25 for Triwulan I, 3/12 for March, 1
 * for Triwulan IV, December and Akhir. */
double       kn_period_year_share         (const KnPeriod *period);
/* Capaian (%) of @realization in @period for an IKI whose target for the year is @year_target,
 * by the rule above. NAN in @year_target: a target in words; NAN in @realization: nothing
 * recorded. @period_target receives the target the period is measured against (NAN for a
 * target in words) even when there is no percentage; FALSE with a translated @reason when
 * there is none. Every out parameter is nullable. */
gboolean     kn_capaian_in_period         (KnMeasure       measure,
                                           KnDirection     direction,
                                           double          year_target,
                                           const KnPeriod *period,
                                           double          realization,
                                           double         *period_target,
                                           double         *percent,
                                           char          **reason);

/* The year's realisation of an IKI derived from its periods, quoted by the README: used when no
 * Akhir realisation was recorded (one that was is printed as it is).
 *
 * The year's figure is the figure of the latest period that has one: for a count or money it
 * is already the year's total (recorded as the total so far), for a level the latest state. Its
 * capaian is computed by the rule above as in the period it comes from — for a year recorded to
 * Triwulan IV (or December) against the whole year's target; for one recorded only to
 * Triwulan II against the half due by then, so that a year half recorded does not pass for a
 * year half done. The realisation in words is that of the latest period that has words. The
 * bukti dukung of every period are listed in period order, each under its period's name. The
 * same for a year of months. */
typedef struct
{
  KnPeriod     period;
  double       value;          /* NAN: no figure (nothing, or only words) */
  const char  *text;           /* nullable: the realisation in words */
  const char  *evidence;       /* nullable: bukti dukung, a note */
  const char  *evidence_file;  /* nullable: a file's path */
} KnPeriodRealization;

typedef struct
{
  KnPeriod  period;
  char     *evidence;          /* owned, nullable */
  char     *evidence_file;     /* owned, nullable */
} KnEvidence;

typedef struct
{
  double      value;           /* the year's figure; NAN when no period has one */
  KnPeriod    from;            /* the period the figure comes from (when value is not NAN) */
  char       *text;            /* owned, nullable: the latest realisation in words */
  guint       n_periods;       /* periods of the year with a figure or words */
  gboolean    has_capaian;
  double      period_target;   /* the target the figure is measured against; NAN if none */
  double      capaian;         /* % when has_capaian */
  char       *reason;          /* owned, translated: why there is no capaian; else NULL */
  GPtrArray  *evidence;        /* KnEvidence of each period with bukti dukung, in order */
  char       *evidence_text;   /* owned: "Triwulan I: …\nTriwulan II: …" in Indonesian for
                                * documents, a file named by its file name; "" when none */
} KnYearRealization;

/* The year @year's realisation from @periods (one entry per period; entries of another year
 * and Akhir entries are ignored), for an IKI measured by @measure and @direction with
 * @year_target for the year (NAN: a target in words). */
KnYearRealization *kn_realization_derive_year (KnMeasure                  measure,
                                               KnDirection                direction,
                                               double                     year_target,
                                               guint                      year,
                                               const KnPeriodRealization *periods,
                                               guint                      n_periods);
void         kn_year_realization_free     (KnYearRealization *realization);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnYearRealization, kn_year_realization_free)

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

/* The annual (Akhir) rating proposed from the periodic ones, quoted by the README: the median of
 * the rated periods (NONE entries are not rated and ignored), the ratings ordered Di Bawah <
 * Sesuai < Di Atas. With an odd count it is the middle rating; with an even count the two
 * middle ratings, and Sesuai when they differ — so {Di Atas, Di Atas, Di Bawah, Di Bawah} in
 * any order proposes Sesuai, and one Di Atas, one Sesuai and one Di Bawah propose Sesuai. NONE
 * when no period is rated. The assessor confirms or changes it. */
KnRating     kn_rating_propose_annual     (const KnRating *periodic,
                                           guint           n_periodic);
/* The same, with the number of rated periods the proposal rests on in @n_rated (nullable), so
 * that the window can say "from 1 quarter". */
KnRating     kn_rating_propose_annual_counted (const KnRating *periodic,
                                               guint           n_periodic,
                                               guint          *n_rated);

G_END_DECLS
