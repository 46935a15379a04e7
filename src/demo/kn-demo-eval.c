/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo year's monitoring and evaluation (DOMAIN.md §4–5): realisasi with bukti dukung,
 * umpan balik berkelanjutan, capaian kinerja organisasi, and the evaluations of Triwulan I–IV
 * and Akhir, some final and some still drafts. */

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

static void
member_free (gpointer data)
{
  Member *member = data;

  g_clear_object (&member->plan);
  g_clear_pointer (&member->rand, g_rand_free);
  g_clear_pointer (&member->text_rand, g_rand_free);
  g_free (member);
}

static void
rated_free (gpointer data)
{
  Rated *rated = data;

  g_clear_pointer (&rated->members, g_array_unref);
  g_free (rated);
}

static void
demo_clear (Demo *demo)
{
  for (guint p = 0; p < N_PERIODS; p++)
    g_clear_pointer (&demo->periods[p], g_free);
  g_clear_pointer (&demo->members, g_ptr_array_unref);
  g_clear_pointer (&demo->rated, g_ptr_array_unref);
  g_clear_pointer (&demo->rules, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Demo, demo_clear)

Member *
_kn_demo_eval_member_at (Demo  *demo,
                         guint  index)
{
  return g_ptr_array_index (demo->members, index);
}

KnPredikat
_kn_demo_eval_predikat_of (Member *member,
                           guint   period)
{
  return kn_predikat_from_ratings (member->result[period], member->behaviour[period]);
}

Tone
_kn_demo_eval_tone_of (KnRating rating)
{
  switch (rating)
    {
    case KN_RATING_ABOVE:
      return TONE_ABOVE;
    case KN_RATING_BELOW:
      return TONE_BELOW;
    case KN_RATING_NONE:
    case KN_RATING_AS_EXPECTED:
    case KN_RATING_N:
    default:
      return TONE_AS_EXPECTED;
    }
}

gboolean
_kn_demo_eval_contains_casefold (const char *haystack,
                                 const char *needle)
{
  g_autofree char *folded_haystack = g_utf8_casefold (haystack, -1);
  g_autofree char *folded_needle = g_utf8_casefold (needle, -1);

  return strstr (folded_haystack, folded_needle) != NULL;
}

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

/* Who takes part, and the rated units */

static guint
unit_depth (KnStore *store,
            gint64   unit_id)
{
  KnOrgUnit *unit = kn_store_lookup_unit (store, unit_id);
  guint depth = 0;

  while (unit != NULL && kn_org_unit_get_parent_id (unit) != 0)
    {
      unit = kn_store_lookup_unit (store, kn_org_unit_get_parent_id (unit));
      depth++;
    }

  return depth;
}

static KnOrgPredikat
org_predikat_for (KnOrgUnit *unit,
                  guint      period)
{
  const char *name = kn_org_unit_get_name (unit);

  if (g_str_equal (name, UNIT_ISTIMEWA))
    return KN_ORG_PREDIKAT_ISTIMEWA;
  if (g_str_equal (name, UNIT_STRUGGLES) && period == STRUGGLE_QUARTER)
    return KN_ORG_PREDIKAT_BUTUH_PERBAIKAN;

  return KN_ORG_PREDIKAT_BAIK;
}

/* Every OPD and the units right below it (bidang, sekretariat, schools), parents first. */
static void
collect_rated (Demo   *demo,
               GArray *employee_ids)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < employee_ids->len; i++)
    {
      KnEmployee *employee = kn_store_lookup_employee (demo->store,
                                                       g_array_index (employee_ids, gint64, i));
      gint64 unit_id = kn_employee_get_unit_id (employee);
      gint64 chain[2] = { 0, 0 };
      guint n_chain = 0;

      /* The unit or ancestor at depth 1, then the OPD. */
      while (unit_depth (demo->store, unit_id) > 1)
        unit_id = kn_org_unit_get_parent_id (kn_store_lookup_unit (demo->store, unit_id));
      while (unit_id != 0)
        {
          chain[n_chain++] = unit_id;
          unit_id = kn_org_unit_get_parent_id (kn_store_lookup_unit (demo->store, unit_id));
        }

      for (guint j = n_chain; j > 0; j--)
        {
          gint64 id = chain[j - 1];
          Rated *rated;

          if (g_hash_table_contains (seen, &id))
            continue;
          g_hash_table_add (seen, g_memdup2 (&id, sizeof id));

          rated = g_new0 (Rated, 1);
          rated->unit = kn_store_lookup_unit (demo->store, id);
          rated->members = g_array_new (FALSE, FALSE, sizeof (guint));
          for (guint p = 0; p < N_PERIODS; p++)
            rated->org[p] = org_predikat_for (rated->unit, p);
          rated->breaks[N_QUARTERS - 1] = g_str_equal (kn_org_unit_get_name (rated->unit),
                                                       UNIT_BREAKS_TW4);
          g_ptr_array_add (demo->rated, rated);
        }
    }
}

static const char *
opd_name (KnStore *store,
          gint64   unit_id)
{
  KnOrgUnit *unit = kn_store_lookup_unit (store, unit_id);

  while (unit != NULL && kn_org_unit_get_parent_id (unit) != 0)
    unit = kn_store_lookup_unit (store, kn_org_unit_get_parent_id (unit));

  return unit != NULL ? kn_org_unit_get_name (unit) : "";
}

/* Everyone whose SKP is approved; the others have nothing to be evaluated against yet. */
static gboolean
collect_members (Demo    *demo,
                 GArray  *employee_ids,
                 GError **error)
{
  for (guint i = 0; i < employee_ids->len; i++)
    {
      KnEmployee *employee = kn_store_lookup_employee (demo->store,
                                                       g_array_index (employee_ids, gint64, i));
      const char *name = kn_employee_get_name (employee);
      KnEmployee *supervisor = kn_store_lookup_employee (demo->store,
                                                         kn_employee_get_supervisor_id (employee));
      g_autoptr(KnPlan) plan = NULL;
      Member *member;
      int roll;

      plan = kn_store_load_plan (demo->store, kn_employee_get_id (employee), KN_DEMO_YEAR, error);
      if (plan == NULL)
        {
          if (error != NULL && *error != NULL)
            {
              g_prefix_error (error, "%s: ", name);
              return FALSE;
            }
          continue;
        }
      if (kn_plan_get_status (plan) != KN_PLAN_STATUS_APPROVED)
        continue;

      member = g_new0 (Member, 1);
      member->employee = employee;
      member->plan = g_steal_pointer (&plan);
      member->opd = opd_name (demo->store, kn_employee_get_unit_id (employee));
      member->rand = g_rand_new_with_seed (DEMO_RATING_SEED ^ g_str_hash (name));
      member->text_rand = g_rand_new_with_seed (DEMO_TEXT_SEED ^ g_str_hash (name));
      member->hash = g_str_hash (name);
      roll = g_rand_int_range (member->rand, 0, 100);
      member->tier = roll < 12 ? 1 : roll >= 94 ? -1 : 0;

      for (guint j = 0; j < demo->rated->len; j++)
        {
          Rated *rated = g_ptr_array_index (demo->rated, j);
          gint64 rated_id = kn_org_unit_get_id (rated->unit);
          guint index = demo->members->len;

          if (!kn_store_unit_is_within (demo->store, kn_employee_get_unit_id (employee), rated_id))
            continue;

          g_array_append_val (rated->members, index);
          /* Heads as the store finds them: their atasan works outside the unit. */
          if (supervisor == NULL ||
              !kn_store_unit_is_within (demo->store, kn_employee_get_unit_id (supervisor),
                                        rated_id))
            {
              member->head = TRUE;
              member->headed = j;
            }
          if (rated->breaks[N_QUARTERS - 1])
            member->in_breaking_unit = TRUE;
        }

      g_ptr_array_add (demo->members, member);
    }

  return TRUE;
}

/* Bukti dukung: the words of an IKI and what proves it. */
typedef struct
{
  const char *words;
  const char *evidence;
} DemoEvidence;

static const char *const tone_words[TONE_N] = { "below", "as-expected", "above" };

/* Bukti dukung by the words of the IKI, first match wins (data/evidence.tsv). {tw}: the quarter
 * in Roman numerals, {semester}, {tanggal}: the last day of the quarter, {sk}: a decree number,
 * {pejabat}: the head of the OPD. */
static const DemoEvidence *demo_evidence;
static guint n_demo_evidence;
#define DEFAULT_EVIDENCE "Laporan capaian TW {tw} yang diverifikasi atasan langsung"

/* Umpan balik on an RHK, by how the quarter went (data/feedback-rhk.tsv): three or four. */
static const char *rhk_feedback[TONE_N][4];

/* Umpan balik on a core value (BerAKHLAK), by the quarter's rating perilaku kerja
 * (data/feedback-values.tsv). */
static const char *value_feedback[KN_CORE_VALUE_N][TONE_N];

void
_kn_demo_eval_load_tables (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GPtrArray) evidence = kn_demo_data_rows ("evidence.tsv", 2);
      g_autoptr(GPtrArray) rhk = kn_demo_data_rows ("feedback-rhk.tsv", 2);
      g_autoptr(GPtrArray) values = kn_demo_data_rows ("feedback-values.tsv", 3);
      DemoEvidence *table = g_new0 (DemoEvidence, evidence->len);

      for (guint i = 0; i < evidence->len; i++)
        {
          char **row = g_ptr_array_index (evidence, i);

          table[i].words = kn_demo_data_text (row[0]);
          table[i].evidence = kn_demo_data_text (row[1]);
        }
      demo_evidence = table;
      n_demo_evidence = evidence->len;

      for (guint i = 0; i < rhk->len; i++)
        {
          char **row = g_ptr_array_index (rhk, i);
          guint tone = kn_demo_data_word (row[0], tone_words, TONE_N, "feedback-rhk.tsv");
          guint n = 0;

          while (n < G_N_ELEMENTS (rhk_feedback[tone]) && rhk_feedback[tone][n] != NULL)
            n++;
          if (n == G_N_ELEMENTS (rhk_feedback[tone]))
            g_error ("feedback-rhk.tsv has more than %u lines for %s",
                     (guint) G_N_ELEMENTS (rhk_feedback[tone]), row[0]);
          rhk_feedback[tone][n] = kn_demo_data_text (row[1]);
        }

      for (guint i = 0; i < values->len; i++)
        {
          char **row = g_ptr_array_index (values, i);
          KnCoreValue value = kn_demo_data_enum (KN_TYPE_CORE_VALUE, row[0],
                                                 "feedback-values.tsv");
          guint tone = kn_demo_data_word (row[1], tone_words, TONE_N, "feedback-values.tsv");

          value_feedback[value][tone] = kn_demo_data_text (row[2]);
        }

      g_once_init_leave (&loaded, 1);
    }
}

/* Realisasi and bukti dukung */

/* Levels are measured anew each quarter (a percentage, an index, a score, a number of days,
 * hours or minutes); everything else (documents, people, activities, rupiah) is counted
 * cumulatively from January, so a target of 12 dokumen reads about 3, 6, 9 and 12. */
static gboolean
is_level (const char *unit)
{
  static const char *const levels[] = { "%", "indeks", "nilai", "hari", "jam", "menit" };

  for (guint i = 0; unit != NULL && i < G_N_ELEMENTS (levels); i++)
    {
      if (g_str_equal (unit, levels[i]))
        return TRUE;
    }

  return FALSE;
}

/* How far the quarter's work went against plan (above 1: better than planned), by the rating
 * hasil kerja the assessor gave it. A few quarters of those rated Sesuai still fall a little
 * short, more often on "less is better" IKI (a few days late, a little over budget). */
static double
performance (GRand       *rand,
             KnRating     rating,
             KnDirection  direction)
{
  int roll = g_rand_int_range (rand, 0, 100);

  switch (rating)
    {
    case KN_RATING_ABOVE:
      return g_rand_double_range (rand, 1.03, 1.15);
    case KN_RATING_BELOW:
      return g_rand_double_range (rand, 0.72, 0.9);
    case KN_RATING_NONE:
    case KN_RATING_AS_EXPECTED:
    case KN_RATING_N:
    default:
      if (roll < (direction == KN_DIRECTION_LESS_IS_BETTER ? 20 : 12))
        return g_rand_double_range (rand, 0.86, 0.97);
      return g_rand_double_range (rand, 0.98, 1.06);
    }
}

static void
compute_values (Member      *member,
                KnIndicator *indicator,
                double       values[N_QUARTERS])
{
  const char *unit = kn_indicator_get_target_unit (indicator);
  double target = kn_indicator_get_target_value (indicator);
  gboolean less = kn_indicator_get_direction (indicator) == KN_DIRECTION_LESS_IS_BETTER;
  gboolean level = is_level (unit);
  double step;
  double total = 0;

  if (g_strcmp0 (unit, "rupiah") == 0)
    step = 100000;
  else if (g_strcmp0 (unit, "indeks") == 0 || g_strcmp0 (unit, "nilai") == 0)
    step = 0.01;
  else if (level && (less || g_strcmp0 (unit, "%") == 0))
    step = 0.1;
  else if (target == floor (target))
    step = 1;
  else
    step = 0.01;

  for (guint q = 0; q < N_QUARTERS; q++)
    {
      double perf = performance (member->text_rand, member->result[q],
                                 kn_indicator_get_direction (indicator));
      double value;

      if (level)
        {
          /* A level improves a little through the year. */
          double ramp = 0.97 + 0.01 * q;

          value = less ? target / (perf * ramp) : target * perf * ramp;
          if (!less && g_strcmp0 (unit, "%") == 0)
            value = MIN (value, 100);
        }
      else
        {
          total += target / N_QUARTERS * (less ? 1 / perf : perf);
          value = total;
        }

      value = round (value / step) * step;
      /* Zero would leave the capaian of a "less is better" IKI undefined. */
      if (less)
        value = MAX (value, step);
      values[q] = MAX (value, 0);
    }
}

static void
quarter_last_day (guint  quarter,
                  GDate *date)
{
  KnPeriod period = { KN_DEMO_YEAR, KN_PERIOD_QUARTER, quarter + 1 };

  kn_period_get_dates (&period, NULL, date);
}

static char *
expand_evidence (const char *pattern,
                 Member     *member,
                 guint       quarter)
{
  GString *out = g_string_new (NULL);
  const char *cursor = pattern;
  const char *open;

  while ((open = strchr (cursor, '{')) != NULL)
    {
      const char *close = strchr (open, '}');
      g_autofree char *key = NULL;

      g_assert (close != NULL);
      g_string_append_len (out, cursor, open - cursor);
      key = g_strndup (open + 1, close - open - 1);

      if (g_str_equal (key, "tw"))
        g_string_append (out, quarter_roman[quarter]);
      else if (g_str_equal (key, "semester"))
        g_string_append (out, quarter < 2 ? "I" : "II");
      else if (g_str_equal (key, "tanggal"))
        {
          GDate last;

          quarter_last_day (quarter, &last);
          g_string_append_printf (out, "%u %s %u", (guint) g_date_get_day (&last),
                                  month_names[g_date_get_month (&last) - 1],
                                  (guint) g_date_get_year (&last));
        }
      else if (g_str_equal (key, "sk"))
        {
          gboolean bkd = strstr (member->opd, "Kepegawaian") != NULL;

          g_string_append_printf (out, "800.1/%03d/%s/%u",
                                  g_rand_int_range (member->text_rand, 101, 990),
                                  bkd ? "VI.02" : "V.01", (guint) KN_DEMO_YEAR);
        }
      else if (g_str_equal (key, "pejabat"))
        g_string_append_printf (out, "Kepala %s", member->opd);
      else
        g_assert_not_reached ();

      cursor = close + 1;
    }
  g_string_append (out, cursor);

  return g_string_free (out, FALSE);
}

static const char *
evidence_pattern (KnIndicator *indicator)
{
  /* Spaces around the IKI text let " kas " match a whole word at either end. */
  g_autofree char *text = g_strconcat (" ", kn_indicator_get_text (indicator), " ", NULL);

  for (guint i = 0; i < n_demo_evidence; i++)
    {
      if (_kn_demo_eval_contains_casefold (text, demo_evidence[i].words))
        return demo_evidence[i].evidence;
    }

  return DEFAULT_EVIDENCE;
}

gboolean
_kn_demo_eval_add_realizations (Demo    *demo,
                                Member  *member,
                                GError **error)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (member->plan));

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      GListModel *indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));

      for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);
          gboolean numeric = kn_indicator_get_has_target_value (indicator);
          const char *pattern = evidence_pattern (indicator);
          double values[N_QUARTERS] = { 0, };

          if (numeric)
            compute_values (member, indicator, values);

          for (guint q = 0; q < N_QUARTERS; q++)
            {
              g_autoptr(KnRealization) realization = NULL;

              realization = kn_realization_new (kn_indicator_get_id (indicator),
                                                demo->periods[q]);
              realization->has_value = numeric;
              realization->value = values[q];
              if (!numeric)
                realization->text = g_strdup_printf ("Terlaksana sesuai rencana Triwulan %s",
                                                     quarter_roman[q]);
              realization->evidence = expand_evidence (pattern, member, q);

              if (!kn_store_save_realization (demo->store, realization, error))
                {
                  g_prefix_error (error, "%s, %s: ", kn_employee_get_name (member->employee),
                                  demo->periods[q]);
                  return FALSE;
                }
            }
        }
    }

  return TRUE;
}

/* Umpan balik berkelanjutan */

/* A working day in the quarter's second (@slot 0) or third (@slot 1) month, as ISO 8601. */
static char *
feedback_date (GRand *rand,
               guint  quarter,
               guint  slot)
{
  GDate date;
  char text[16];
  guint month = quarter * 3 + 2 + slot;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_rand_int_range (rand, 3, 24), (GDateMonth) month,
                  (GDateYear) KN_DEMO_YEAR);
  if (g_date_get_weekday (&date) == G_DATE_SATURDAY)
    g_date_add_days (&date, 2);
  else if (g_date_get_weekday (&date) == G_DATE_SUNDAY)
    g_date_add_days (&date, 1);

  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

/* One or two dated notes of the assessor per quarter, on an RHK or a core value, in the tone of
 * the quarter's ratings. */
gboolean
_kn_demo_eval_add_feedback (Demo    *demo,
                            Member  *member,
                            guint    quarter,
                            GError **error)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (member->plan));
  guint n = g_rand_int_range (member->text_rand, 0, 100) < 55 ? 2 : 1;
  gboolean rhk_first = g_rand_int_range (member->text_rand, 0, 100) < 65;
  KnCoreValue last_value = KN_CORE_VALUE_N;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnFeedback) feedback = kn_feedback_new (kn_plan_get_id (member->plan),
                                                        demo->periods[quarter]);

      feedback->date = feedback_date (member->text_rand, quarter, n == 1 ? 0 : i);

      if ((i == 0) == rhk_first && g_list_model_get_n_items (results) > 0)
        {
          guint pick = (guint) g_rand_int_range (member->text_rand, 0,
                                                 (gint32) g_list_model_get_n_items (results));
          g_autoptr(KnPlanResult) result = g_list_model_get_item (results, pick);
          const char *const *lines = rhk_feedback[_kn_demo_eval_tone_of (member->result[quarter])];
          guint n_lines = lines[3] != NULL ? 4 : 3;

          feedback->result_id = kn_plan_result_get_id (result);
          feedback->text = g_strdup (lines[g_rand_int_range (member->text_rand, 0,
                                                             (gint32) n_lines)]);
        }
      else
        {
          KnCoreValue value;

          do
            value = (KnCoreValue) g_rand_int_range (member->text_rand, 0, KN_CORE_VALUE_N);
          while (value == last_value);
          last_value = value;

          feedback->core_value = value;
          feedback->text =
            g_strdup (value_feedback[value][_kn_demo_eval_tone_of (member->behaviour[quarter])]);
        }

      if (!kn_store_add_feedback (demo->store, feedback, error))
        {
          g_prefix_error (error, "%s, %s: ", kn_employee_get_name (member->employee),
                          demo->periods[quarter]);
          return FALSE;
        }
    }

  return TRUE;
}

/* Evaluations */

static char *
note_for (Demo   *demo,
          Member *member,
          guint   period)
{
  KnPredikat predikat = _kn_demo_eval_predikat_of (member, period);

  if (period == AKHIR)
    {
      gboolean changed = member->result[AKHIR] != member->proposed_result ||
                         member->behaviour[AKHIR] != member->proposed_behaviour;

      if (member->head)
        {
          Rated *rated = g_ptr_array_index (demo->rated, member->headed);

          return g_strdup_printf ("Rating hasil kerja mengikuti capaian kinerja organisasi "
                                  "(%s); rating perilaku kerja diusulkan dari Triwulan I–IV "
                                  "dan dikonfirmasi.", org_words[rated->org[AKHIR]]);
        }
      if (changed)
        return g_strdup_printf (
          "Usulan dari Triwulan I–IV: hasil kerja %s, perilaku kerja %s. "
          "Diubah oleh pejabat penilai setelah menimbang capaian Triwulan IV, "
          "umpan balik berkelanjutan dan pola distribusi unit.",
          rating_words[member->proposed_result], rating_words[member->proposed_behaviour]);
      return g_strdup ("Rating diusulkan dari evaluasi Triwulan I–IV dan dikonfirmasi oleh "
                       "pejabat penilai.");
    }

  switch (predikat)
    {
    case KN_PREDIKAT_SANGAT_BAIK:
      return g_strdup ("Kinerja melampaui ekspektasi; direkomendasikan mengikuti pengembangan "
                       "kompetensi lanjutan.");
    case KN_PREDIKAT_BUTUH_PERBAIKAN:
      return g_strdup ("Capaian beberapa IKI di bawah target; disepakati rencana perbaikan "
                       "dengan pemantauan setiap bulan.");
    case KN_PREDIKAT_NONE:
    case KN_PREDIKAT_SANGAT_KURANG:
    case KN_PREDIKAT_KURANG:
    case KN_PREDIKAT_BAIK:
    case KN_PREDIKAT_N:
    default:
      return NULL;
    }
}

/* The period's capaian kinerja organisasi first (the store gives the heads their rating hasil
 * kerja from it), then everyone's ratings, finalised where the assessor has finished. */
static gboolean
save_period (Demo    *demo,
             guint    period,
             GError **error)
{
  const char *name = demo->periods[period];

  for (guint i = 0; i < demo->rated->len; i++)
    {
      Rated *rated = g_ptr_array_index (demo->rated, i);

      if (!kn_store_set_org_predikat (demo->store, kn_org_unit_get_id (rated->unit), name,
                                      rated->org[period], error))
        {
          g_prefix_error (error, "%s, %s: ", kn_org_unit_get_name (rated->unit), name);
          return FALSE;
        }
    }

  for (guint i = 0; i < demo->members->len; i++)
    {
      Member *member = _kn_demo_eval_member_at (demo, i);
      gint64 id = kn_employee_get_id (member->employee);
      g_autoptr(KnEvaluation) evaluation = NULL;
      g_autofree char *note = note_for (demo, member, period);
      GError *local_error = NULL;

      evaluation = kn_store_load_evaluation (demo->store, id, name, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          g_prefix_error (error, "%s, %s: ", kn_employee_get_name (member->employee), name);
          return FALSE;
        }
      if (evaluation == NULL)
        {
          evaluation = kn_evaluation_new (id, name);
          kn_evaluation_set_assessor_id (evaluation,
                                         kn_employee_get_supervisor_id (member->employee));
        }

      kn_evaluation_set_rating_result (evaluation, member->result[period]);
      kn_evaluation_set_rating_behaviour (evaluation, member->behaviour[period]);
      kn_evaluation_set_note (evaluation, note);

      if (!kn_store_save_evaluation (demo->store, evaluation, error) ||
          (member->final[period] &&
           !kn_store_finalize_evaluation (demo->store, kn_evaluation_get_id (evaluation), error)))
        {
          g_prefix_error (error, "%s, %s: ", kn_employee_get_name (member->employee), name);
          return FALSE;
        }
    }

  return TRUE;
}

/* For everyone whose SKP of the demo year is approved: the realisation of every IKI in each
 * quarter, with bukti dukung; one or two dated feedback notes a quarter; the capaian kinerja
 * organisasi of each OPD and the units right below it; and the evaluations of Triwulan I–IV and
 * Akhir. Triwulan I–III are final; Triwulan IV is final for about 70 % and Akhir for about half.
 * Ratings keep to the distribution pattern in every rated unit, except in UNIT_BREAKS_TW4 in
 * Triwulan IV. Deterministic: every draw comes from generators seeded by the employee's name.
 * @employee_ids as for kn_demo_add_plans; the store's models only fill at commit. */
gboolean
kn_demo_add_evaluations (KnStore  *store,
                         GArray   *employee_ids,
                         GError  **error)
{
  g_auto(Demo) demo = { 0, };

  g_return_val_if_fail (KN_IS_STORE (store), FALSE);
  g_return_val_if_fail (employee_ids != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _kn_demo_eval_load_tables ();

  demo.store = store;
  for (guint q = 0; q < N_QUARTERS; q++)
    demo.periods[q] = g_strdup_printf ("%u-TW%u", (guint) KN_DEMO_YEAR, q + 1);
  demo.periods[AKHIR] = g_strdup_printf ("%u-AKHIR", (guint) KN_DEMO_YEAR);
  demo.members = g_ptr_array_new_with_free_func (member_free);
  demo.rated = g_ptr_array_new_with_free_func (rated_free);
  demo.rules = kn_store_get_distribution_rules (store);

  collect_rated (&demo, employee_ids);
  if (!collect_members (&demo, employee_ids, error))
    return FALSE;

  _kn_demo_eval_make_quarters (&demo);
  _kn_demo_eval_make_annual (&demo);
  _kn_demo_eval_choose_final (&demo);

  /* Realisation and feedback come first: a final evaluation locks its period's. */
  for (guint i = 0; i < demo.members->len; i++)
    {
      Member *member = _kn_demo_eval_member_at (&demo, i);

      if (!_kn_demo_eval_add_realizations (&demo, member, error))
        return FALSE;
      for (guint q = 0; q < N_QUARTERS; q++)
        {
          if (!_kn_demo_eval_add_feedback (&demo, member, q, error))
            return FALSE;
        }
    }

  for (guint p = 0; p < N_PERIODS; p++)
    {
      if (!save_period (&demo, p, error))
        return FALSE;
    }

  return TRUE;
}
