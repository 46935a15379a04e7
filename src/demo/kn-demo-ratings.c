/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo year's ratings, made in memory first: drawn per quarter, mended until every rated
 * unit keeps to the distribution pattern, the Akhir proposed from the quarters, and who is final. */

#define G_LOG_DOMAIN "kn-demo"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib.h>

#include "kn-demo.h"
#include "kinerja/kn-employee.h"
#include "kinerja/kn-evaluation.h"
#include "kinerja/kn-indicator.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-plan-enums.h"
#include "kinerja/kn-plan-result.h"
#include "kinerja/kn-plan.h"
#include "kinerja/kn-rules.h"
#include "kinerja/kn-store.h"

#include "kn-demo-private.h"

#include "kn-demo-eval-private.h"

/* The whole year's ratings, made in memory first */

/* Ratings that give @predikat, changing as little of the present ones as the matrix allows. */
static void
set_predikat (Member     *member,
              guint       period,
              KnPredikat  predikat)
{
  KnRating *result = &member->result[period];
  KnRating *behaviour = &member->behaviour[period];

  switch (predikat)
    {
    case KN_PREDIKAT_SANGAT_BAIK:
      *result = KN_RATING_ABOVE;
      *behaviour = KN_RATING_ABOVE;
      break;
    case KN_PREDIKAT_BAIK:
      if (*result != KN_RATING_ABOVE)
        *result = KN_RATING_AS_EXPECTED;
      if (*behaviour == KN_RATING_BELOW || *behaviour == KN_RATING_NONE ||
          (*result == KN_RATING_ABOVE && *behaviour == KN_RATING_ABOVE))
        *behaviour = KN_RATING_AS_EXPECTED;
      break;
    case KN_PREDIKAT_BUTUH_PERBAIKAN:
      *result = KN_RATING_BELOW;
      if (*behaviour == KN_RATING_BELOW || *behaviour == KN_RATING_NONE)
        *behaviour = KN_RATING_AS_EXPECTED;
      break;
    case KN_PREDIKAT_NONE:
    case KN_PREDIKAT_SANGAT_KURANG:
    case KN_PREDIKAT_KURANG:
    case KN_PREDIKAT_N:
    default:
      g_assert_not_reached ();
    }

  g_assert (_kn_demo_eval_predikat_of (member, period) == predikat);
}

/* One quarter of someone who is not the head of a rated unit: mostly Baik, the strong often
 * Sangat Baik, those who struggle often Butuh Perbaikan. */
static void
draw_quarter (Member *member,
              guint   quarter)
{
  int roll = g_rand_int_range (member->rand, 0, 100);
  int shade = g_rand_int_range (member->rand, 0, 100);
  KnPredikat predikat;

  if (member->tier > 0)
    predikat = roll < 65 ? KN_PREDIKAT_SANGAT_BAIK : KN_PREDIKAT_BAIK;
  else if (member->tier < 0)
    predikat = roll < 70 ? KN_PREDIKAT_BUTUH_PERBAIKAN : KN_PREDIKAT_BAIK;
  else
    predikat = roll < 4 ? KN_PREDIKAT_SANGAT_BAIK
                        : roll < 8 ? KN_PREDIKAT_BUTUH_PERBAIKAN : KN_PREDIKAT_BAIK;

  /* The same predikat comes from more than one pair of ratings. */
  switch (predikat)
    {
    case KN_PREDIKAT_BAIK:
      member->result[quarter] = shade < 15 && member->tier >= 0 ? KN_RATING_ABOVE
                                                                : KN_RATING_AS_EXPECTED;
      member->behaviour[quarter] = shade >= 85 ? KN_RATING_ABOVE : KN_RATING_AS_EXPECTED;
      break;
    case KN_PREDIKAT_BUTUH_PERBAIKAN:
      member->result[quarter] = KN_RATING_BELOW;
      member->behaviour[quarter] = shade < 85 ? KN_RATING_AS_EXPECTED : KN_RATING_ABOVE;
      break;
    case KN_PREDIKAT_NONE:
    case KN_PREDIKAT_SANGAT_KURANG:
    case KN_PREDIKAT_KURANG:
    case KN_PREDIKAT_SANGAT_BAIK:
    case KN_PREDIKAT_N:
    default:
      set_predikat (member, quarter, predikat);
      break;
    }
}

/* The counts of @rated's members per predikat in @period, and the rules they break. */
static GPtrArray *
check_unit (Demo  *demo,
            Rated *rated,
            guint  period,
            guint  counts[KN_PREDIKAT_N])
{
  memset (counts, 0, sizeof (guint) * KN_PREDIKAT_N);
  for (guint i = 0; i < rated->members->len; i++)
    counts[_kn_demo_eval_predikat_of (
      _kn_demo_eval_member_at (demo, g_array_index (rated->members, guint, i)), period)]++;

  return kn_distribution_check (rated->org[period], counts,
                                (const KnDistributionRule *) (gpointer) demo->rules->data,
                                demo->rules->len);
}

/* How far @period is from the pattern: over every rated unit (except those that break it on
 * purpose) and every broken rule, how many people would have to move to mend it. 0 when every
 * rule is kept. */
static guint
pattern_distance (Demo  *demo,
                  guint  period)
{
  guint total = 0;

  for (guint i = 0; i < demo->rated->len; i++)
    {
      Rated *rated = g_ptr_array_index (demo->rated, i);
      guint counts[KN_PREDIKAT_N];
      g_autoptr(GPtrArray) violations = NULL;

      if (rated->breaks[period])
        continue;
      violations = check_unit (demo, rated, period, counts);
      for (guint j = 0; j < violations->len; j++)
        {
          KnDistributionViolation *violation = g_ptr_array_index (violations, j);
          guint gap = violation->count > violation->limit ? violation->count - violation->limit
                                                          : violation->limit - violation->count;

          total += MAX (gap, 1);
        }
    }

  return total;
}

static KnPredikat
highest_in (guint mask)
{
  for (guint p = KN_PREDIKAT_N - 1; p > KN_PREDIKAT_NONE; p--)
    {
      if (mask & (1u << p))
        return (KnPredikat) p;
    }

  return KN_PREDIKAT_NONE;
}

#define UNLIKELY_MOVE G_MAXUINT

/* How naturally moving someone from @from to @to mends @violation: 0 first; UNLIKELY_MOVE for a
 * move that does not help it. */
static guint
move_relevance (const KnDistributionViolation *violation,
                const guint                    counts[KN_PREDIKAT_N],
                KnPredikat                     from,
                KnPredikat                     to)
{
  const KnDistributionRule *rule = &violation->rule;
  gboolean from_in = (rule->predikats & (1u << from)) != 0;
  gboolean to_in = (rule->predikats & (1u << to)) != 0;

  switch (rule->kind)
    {
    case KN_BOUND_AT_LEAST:
    case KN_BOUND_AT_LEAST_ONE:
      /* One more in the rule's group: its mildest predikat, from the nearest group first. */
      if (from_in || to != highest_in (rule->predikats))
        return UNLIKELY_MOVE;
      return from == KN_PREDIKAT_BAIK ? 0 : 1;

    case KN_BOUND_AT_MOST:
      /* One fewer in the rule's group: Sangat Baik down to Baik, Baik up to Sangat Baik. */
      if (!from_in || to_in)
        return UNLIKELY_MOVE;
      if (from == KN_PREDIKAT_SANGAT_BAIK)
        return to == KN_PREDIKAT_BAIK ? 0 : 2;
      return to == KN_PREDIKAT_SANGAT_BAIK ? 0 : 1;

    case KN_BOUND_LARGEST:
      /* The rule's group grows from a larger one, or a larger one shrinks into a third. */
      if (from_in)
        return UNLIKELY_MOVE;
      if (to_in)
        return counts[from] > counts[highest_in (rule->predikats)] ? 0 : 2;
      return counts[from] > counts[highest_in (rule->predikats)] ? 3 : UNLIKELY_MOVE;

    default:
      return UNLIKELY_MOVE;
    }
}

typedef struct
{
  guint      index;
  KnPredikat to;
  guint64    key;
} Candidate;

static gint
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *first = a;
  const Candidate *second = b;

  return first->key < second->key ? -1 : first->key > second->key;
}

/* Moves one member of @rated so that the period comes nearer the pattern; FALSE when no one can. The
 * most natural moves come first, and among them the strong are raised first and those who
 * struggle lowered first. */
static gboolean
try_fix (Demo                          *demo,
         Rated                         *rated,
         guint                          period,
         const KnDistributionViolation *violation,
         const guint                    counts[KN_PREDIKAT_N],
         guint                          before)
{
  static const KnPredikat targets[] = {
    KN_PREDIKAT_BUTUH_PERBAIKAN, KN_PREDIKAT_BAIK, KN_PREDIKAT_SANGAT_BAIK,
  };
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  for (guint i = 0; i < rated->members->len; i++)
    {
      guint index = g_array_index (rated->members, guint, i);
      Member *member = _kn_demo_eval_member_at (demo, index);
      KnPredikat from = _kn_demo_eval_predikat_of (member, period);

      if (member->head || member->locked[period])
        continue;

      for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
        {
          guint relevance = move_relevance (violation, counts, from, targets[t]);
          Candidate candidate;
          guint preference;

          if (targets[t] == from || relevance == UNLIKELY_MOVE)
            continue;

          preference = (guint) (targets[t] > from ? 1 - member->tier : 1 + member->tier);
          candidate.index = index;
          candidate.to = targets[t];
          /* The same order every period: the same person tends to be moved each time. */
          candidate.key = ((guint64) (relevance * 4 + preference) << 32) | member->hash;
          g_array_append_val (candidates, candidate);
        }
    }
  g_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);
      Member *member = _kn_demo_eval_member_at (demo, candidate->index);
      KnRating result = member->result[period];
      KnRating behaviour = member->behaviour[period];

      set_predikat (member, period, candidate->to);
      if (pattern_distance (demo, period) < before)
        return TRUE;

      member->result[period] = result;
      member->behaviour[period] = behaviour;
    }

  return FALSE;
}

/* Assessors keep to the distribution pattern (SE 3/2023): moves people one at a time until no
 * rated unit breaks it, except the one that breaks it on purpose. */
static void
repair (Demo  *demo,
        guint  period)
{
  for (guint round = 0; round < MAX_REPAIRS; round++)
    {
      guint before = pattern_distance (demo, period);
      gboolean fixed = FALSE;

      if (before == 0)
        return;

      /* Sub-units first: a unit's own people mend it before its OPD moves anyone. */
      for (guint i = demo->rated->len; i > 0 && !fixed; i--)
        {
          Rated *rated = g_ptr_array_index (demo->rated, i - 1);
          g_autoptr(GPtrArray) violations = NULL;
          guint counts[KN_PREDIKAT_N];

          if (rated->breaks[period])
            continue;
          violations = check_unit (demo, rated, period, counts);
          for (guint j = 0; j < violations->len && !fixed; j++)
            fixed = try_fix (demo, rated, period, g_ptr_array_index (violations, j), counts,
                             before);
        }

      if (!fixed)
        {
          for (guint i = 0; i < demo->rated->len; i++)
            {
              Rated *rated = g_ptr_array_index (demo->rated, i);
              g_autoptr(GPtrArray) violations = NULL;
              guint counts[KN_PREDIKAT_N];

              if (rated->breaks[period])
                continue;
              violations = check_unit (demo, rated, period, counts);
              for (guint j = 0; j < violations->len; j++)
                g_debug ("%s, %s: %s", kn_org_unit_get_name (rated->unit), demo->periods[period],
                         ((KnDistributionViolation *) g_ptr_array_index (violations, j))->message);
            }
          return;
        }
    }
}

void
_kn_demo_eval_make_quarters (Demo *demo)
{
  for (guint q = 0; q < N_QUARTERS; q++)
    {
      for (guint i = 0; i < demo->members->len; i++)
        {
          Member *member = _kn_demo_eval_member_at (demo, i);

          if (member->head)
            {
              Rated *rated = g_ptr_array_index (demo->rated, member->headed);
              int roll = g_rand_int_range (member->rand, 0, 100);

              /* The rating hasil kerja of a head follows the unit's predikat. */
              member->result[q] = kn_store_rating_for_org_predikat (demo->store, rated->org[q]);
              member->behaviour[q] = roll < (member->tier > 0 ? 60 : 15) ? KN_RATING_ABOVE
                                                                        : KN_RATING_AS_EXPECTED;
            }
          else
            draw_quarter (member, q);

          /* Everyone in the unit that breaks the pattern is Baik in Triwulan IV. */
          if (q == N_QUARTERS - 1 && member->in_breaking_unit)
            {
              if (!member->head)
                set_predikat (member, q, KN_PREDIKAT_BAIK);
              member->locked[q] = TRUE;
            }
        }

      repair (demo, q);
    }
}

/* The Akhir ratings: proposed from the four quarters (kn_rating_propose_annual) and confirmed
 * by most assessors; a few follow Triwulan IV instead, and the pattern may move a few more. */
void
_kn_demo_eval_make_annual (Demo *demo)
{
  for (guint i = 0; i < demo->members->len; i++)
    {
      Member *member = _kn_demo_eval_member_at (demo, i);
      int roll = g_rand_int_range (member->rand, 0, 100);

      member->proposed_result = kn_rating_propose_annual (member->result, N_QUARTERS);
      member->proposed_behaviour = kn_rating_propose_annual (member->behaviour, N_QUARTERS);

      if (member->head)
        {
          Rated *rated = g_ptr_array_index (demo->rated, member->headed);

          member->proposed_result = kn_store_rating_for_org_predikat (demo->store,
                                                                      rated->org[AKHIR]);
        }

      member->result[AKHIR] = member->proposed_result;
      member->behaviour[AKHIR] = member->proposed_behaviour;

      if (member->head || roll >= 15)
        continue;

      if (member->result[N_QUARTERS - 1] != member->proposed_result)
        member->result[AKHIR] = member->result[N_QUARTERS - 1];
      else if (member->behaviour[N_QUARTERS - 1] != member->proposed_behaviour)
        member->behaviour[AKHIR] = member->behaviour[N_QUARTERS - 1];
      else if (member->proposed_result == KN_RATING_AS_EXPECTED &&
               member->proposed_behaviour == KN_RATING_AS_EXPECTED)
        member->behaviour[AKHIR] = KN_RATING_ABOVE;
    }

  repair (demo, AKHIR);
}

static gint
compare_assessors (gconstpointer a,
                   gconstpointer b)
{
  const Assessor *first = a;
  const Assessor *second = b;

  if (first->key != second->key)
    return first->key < second->key ? -1 : 1;
  return first->assessor_id < second->assessor_id ? -1 : first->assessor_id > second->assessor_id;
}

static Assessor *
assessor_of (GArray *assessors,
             Member *member)
{
  gint64 id = kn_employee_get_supervisor_id (member->employee);

  for (guint i = 0; i < assessors->len; i++)
    {
      Assessor *assessor = &g_array_index (assessors, Assessor, i);

      if (assessor->assessor_id == id)
        return assessor;
    }

  g_assert_not_reached ();
}

/* Marks the assessors, in an order of their own for @period, who have finalised their staff's
 * evaluations, until about @share of everyone's are final. */
static void
choose_assessors (Demo   *demo,
                  GArray *assessors,
                  guint   period,
                  guint   salt,
                  double  share)
{
  guint wanted = (guint) floor (share * demo->members->len + 0.5);
  guint taken = 0;

  for (guint i = 0; i < assessors->len; i++)
    {
      Assessor *assessor = &g_array_index (assessors, Assessor, i);
      KnEmployee *employee = kn_store_lookup_employee (demo->store, assessor->assessor_id);

      /* A head of OPD is evaluated from outside the office. */
      assessor->key = g_str_hash (employee != NULL ? kn_employee_get_name (employee) : "") ^ salt;
      assessor->size = 0;
    }

  for (guint i = 0; i < demo->members->len; i++)
    {
      Member *member = _kn_demo_eval_member_at (demo, i);

      if (period == AKHIR ? member->final[N_QUARTERS - 1] : !member->in_breaking_unit)
        assessor_of (assessors, member)->size++;
    }

  g_array_sort (assessors, compare_assessors);
  for (guint i = 0; i < assessors->len; i++)
    {
      Assessor *assessor = &g_array_index (assessors, Assessor, i);

      assessor->final[period] = assessor->size > 0 && taken + assessor->size <= wanted;
      if (assessor->final[period])
        taken += assessor->size;
    }
}

/* Triwulan I–III are final. Triwulan IV and Akhir are final for the staff of some assessors
 * only; the unit that breaks the pattern is still at work on Triwulan IV, and no Akhir is final
 * before its Triwulan IV. */
void
_kn_demo_eval_choose_final (Demo *demo)
{
  g_autoptr(GArray) assessors = g_array_new (FALSE, TRUE, sizeof (Assessor));

  for (guint i = 0; i < demo->members->len; i++)
    {
      Member *member = _kn_demo_eval_member_at (demo, i);
      gint64 id = kn_employee_get_supervisor_id (member->employee);
      gboolean known = FALSE;

      for (guint j = 0; j < assessors->len && !known; j++)
        known = g_array_index (assessors, Assessor, j).assessor_id == id;
      if (!known)
        g_array_append_val (assessors, ((Assessor) { .assessor_id = id }));

      for (guint q = 0; q < N_QUARTERS - 1; q++)
        member->final[q] = TRUE;
    }

  choose_assessors (demo, assessors, N_QUARTERS - 1, 0x54573455u, FINAL_SHARE_TW4);
  for (guint i = 0; i < demo->members->len; i++)
    {
      Member *member = _kn_demo_eval_member_at (demo, i);

      member->final[N_QUARTERS - 1] = !member->in_breaking_unit &&
                                      assessor_of (assessors, member)->final[N_QUARTERS - 1];
    }

  choose_assessors (demo, assessors, AKHIR, 0x414b4852u, FINAL_SHARE_AKHIR);
  for (guint i = 0; i < demo->members->len; i++)
    {
      Member *member = _kn_demo_eval_member_at (demo, i);

      member->final[AKHIR] = member->final[N_QUARTERS - 1] &&
                             assessor_of (assessors, member)->final[AKHIR];
    }
}
