/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The distribution pattern (SE MenPAN-RB 3/2023): whole-people limits compared exactly, whether
 * a unit can keep its pattern at all, the limits a chart draws, and the check with its sentences
 * (translated for the window, Indonesian for documents). Declared in kn-rules.h. */

#define G_LOG_DOMAIN "kn-rules"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-rules.h"

#define MASK(p) (1u << (p))
#define ALL_PREDIKAT KN_PREDIKAT_MASK_RATED

/* Shares are read to a hundredth of a percent and compared in whole numbers. */
#define SHARE_SCALE 10000

/* No unit is this large; beyond it "at most" and "at least" do not bound anything. */
#define UNBOUNDED ((gint64) 1 << 40)

/* How many search steps one question may take before the answer is left open: far more than
 * any pattern of DOMAIN.md needs at province scale (the limits of a 19,000-person unit take
 * under a millisecond), so that an odd table of rules kept as data cannot stall the window. An
 * open question is answered in the unit's favour: the unit is not called too small, and the
 * chart's limits stay the bounds the rules give without a search. */
#define SEARCH_BUDGET 20000

/* How far above a unit's size the check looks for the smallest unit that keeps the pattern. */
#define LARGER_UNITS 200

/* SE MenPAN-RB 3/2023, as DOMAIN.md §5 gives it. */
static const KnDistributionRule default_rules[] = {
  { KN_ORG_PREDIKAT_ISTIMEWA, KN_BOUND_LARGEST, MASK (KN_PREDIKAT_SANGAT_BAIK), 0.0 },
  { KN_ORG_PREDIKAT_ISTIMEWA, KN_BOUND_AT_MOST, MASK (KN_PREDIKAT_SANGAT_BAIK), 0.70 },

  { KN_ORG_PREDIKAT_BAIK, KN_BOUND_LARGEST, MASK (KN_PREDIKAT_BAIK), 0.0 },
  { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_MOST, MASK (KN_PREDIKAT_BAIK), 0.70 },
  { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_LEAST_ONE,
    MASK (KN_PREDIKAT_BUTUH_PERBAIKAN) | MASK (KN_PREDIKAT_KURANG), 0.0 },

  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, KN_BOUND_AT_LEAST, MASK (KN_PREDIKAT_BUTUH_PERBAIKAN), 0.60 },
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, KN_BOUND_AT_MOST, MASK (KN_PREDIKAT_SANGAT_BAIK), 0.10 },

  { KN_ORG_PREDIKAT_KURANG, KN_BOUND_AT_LEAST, MASK (KN_PREDIKAT_KURANG), 0.60 },
  { KN_ORG_PREDIKAT_KURANG, KN_BOUND_AT_LEAST, MASK (KN_PREDIKAT_BUTUH_PERBAIKAN), 0.10 },
  { KN_ORG_PREDIKAT_KURANG, KN_BOUND_AT_MOST, MASK (KN_PREDIKAT_SANGAT_BAIK), 0.10 },

  { KN_ORG_PREDIKAT_SANGAT_KURANG, KN_BOUND_AT_LEAST, MASK (KN_PREDIKAT_SANGAT_KURANG), 0.60 },
  { KN_ORG_PREDIKAT_SANGAT_KURANG, KN_BOUND_AT_LEAST,
    MASK (KN_PREDIKAT_KURANG) | MASK (KN_PREDIKAT_BUTUH_PERBAIKAN), 0.10 },
  { KN_ORG_PREDIKAT_SANGAT_KURANG, KN_BOUND_AT_MOST, MASK (KN_PREDIKAT_SANGAT_BAIK), 0.0 },
};

/* The names documents print, whatever the language (kn_predikat_label is translated). */
static const char * const predikat_print_names[] = {
  [KN_PREDIKAT_NONE] = "",
  [KN_PREDIKAT_SANGAT_KURANG] = "Sangat Kurang",
  [KN_PREDIKAT_KURANG] = "Kurang/Misconduct",
  [KN_PREDIKAT_BUTUH_PERBAIKAN] = "Butuh Perbaikan",
  [KN_PREDIKAT_BAIK] = "Baik",
  [KN_PREDIKAT_SANGAT_BAIK] = "Sangat Baik",
};

static const char * const org_print_names[] = {
  [KN_ORG_PREDIKAT_NONE] = "",
  [KN_ORG_PREDIKAT_SANGAT_KURANG] = "Sangat Kurang",
  [KN_ORG_PREDIKAT_KURANG] = "Kurang",
  [KN_ORG_PREDIKAT_BUTUH_PERBAIKAN] = "Butuh Perbaikan",
  [KN_ORG_PREDIKAT_BAIK] = "Baik",
  [KN_ORG_PREDIKAT_ISTIMEWA] = "Istimewa",
};

/* The search works on groups: a set of predikat (bit p − 1 for predikat p, so 31 groups) and
 * bounds on how many people the group has. A row is one rule: "at most" and "at least" bound a
 * group, "the largest group" is the group against each other predikat, and the unit's size
 * fixes the group of all five. */
#define N_GROUPS   32
#define ALL_GROUP  (N_GROUPS - 1)
#define GROUP(mask) (((mask) & ALL_PREDIKAT) >> 1)
#define SINGLE(p)  (1u << ((p) - 1))

typedef struct
{
  guint   group;
  guint   other;   /* for "the largest group": the single predikat it must not be smaller than */
  gint64  lo;
  gint64  hi;
} Row;

typedef struct
{
  GArray  *rows;    /* element: Row */
  guint    budget;  /* search steps left */
  gboolean open;    /* the budget ran out before an answer */
} Problem;

typedef struct
{
  gint64 lo[N_GROUPS];
  gint64 hi[N_GROUPS];
} Domain;

static guint
share_scaled (double share)
{
  if (!(share > 0.0))
    return 0;
  if (share >= 1.0)
    return SHARE_SCALE;

  return (guint) llround (share * SHARE_SCALE);
}

/* 70 → "70", 14.2857 → "14.3" (with the current locale's decimal mark). */
static char *
format_percent (double percent)
{
  double rounded = round (percent * 10.0) / 10.0;

  if (fabs (rounded - round (rounded)) < 1e-9)
    return g_strdup_printf ("%.0f", rounded);

  return g_strdup_printf ("%.1f", rounded);
}

/* The names (from @names) of the predikat of @mask, the highest first: all but the last joined
 * by commas in @head, the last in @last; FALSE when there is only one (in @last) or none. */
static gboolean
split_mask (guint               mask,
            const char * const *names,
            GString            *head,
            const char        **last)
{
  *last = NULL;

  for (int p = KN_PREDIKAT_N - 1; p > KN_PREDIKAT_NONE; p--)
    {
      if (!(mask & MASK (p)))
        continue;

      if (*last != NULL)
        {
          if (head->len > 0)
            g_string_append (head, ", ");
          g_string_append (head, *last);
        }
      *last = names[p];
    }

  return head->len > 0;
}

/* "Butuh Perbaikan or Kurang/Misconduct", translated. */
static char *
describe_mask (guint mask)
{
  g_autoptr(GString) head = g_string_new (NULL);
  const char *names[KN_PREDIKAT_N];
  const char *last;

  for (guint p = 0; p < KN_PREDIKAT_N; p++)
    names[p] = kn_predikat_label ((KnPredikat) p);

  if (!split_mask (mask, names, head, &last))
    return g_strdup (last != NULL ? last : "");

  /* Translators: joins the names of two or more predikat, as in
     "Butuh Perbaikan or Kurang/Misconduct". */
  return g_strdup_printf (C_("predikat list", "%s or %s"), head->str, last);
}

/* "Butuh Perbaikan atau Kurang/Misconduct", for documents. */
static char *
print_mask (guint mask)
{
  g_autoptr(GString) head = g_string_new (NULL);
  const char *last;

  if (!split_mask (mask, predikat_print_names, head, &last))
    return g_strdup (last != NULL ? last : "");

  return g_strdup_printf ("%s atau %s", head->str, last);
}

guint
kn_distribution_count_predikats (const guint counts[KN_PREDIKAT_N],
                                 guint       predikats)
{
  guint count = 0;

  g_return_val_if_fail (counts != NULL, 0);

  for (guint p = KN_PREDIKAT_NONE + 1; p < KN_PREDIKAT_N; p++)
    if (predikats & MASK (p))
      count += counts[p];

  return count;
}

/* The search: does some distribution of the unit keep every row, and which one has the fewest
 * or the most of one predikat? The bounds of every group are narrowed from the rows and from
 * each other (a group is the sum of any two groups that split it) until nothing changes; then
 * the predikat with the widest bounds is split in two and each half searched, the lower half
 * first — so the first distribution found has the fewest of the predikat split first. A
 * default pattern takes a few dozen steps even for a province's 19,000 people. */

static void
problem_add (Problem *problem,
             guint    group,
             guint    other,
             gint64   lo,
             gint64   hi)
{
  Row row = { group, other, lo, hi };

  g_array_append_val (problem->rows, row);
}

/* The rows of @org's rules in @rules for a unit of @total. */
static void
problem_init (Problem                  *problem,
              KnOrgPredikat             org,
              guint                     total,
              const KnDistributionRule *rules,
              guint                     n_rules)
{
  problem->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  problem->budget = SEARCH_BUDGET;
  problem->open = FALSE;

  for (guint i = 0; i < n_rules; i++)
    {
      const KnDistributionRule *rule = &rules[i];
      guint group = GROUP (rule->predikats);

      if (rule->org != org)
        continue;

      switch (rule->kind)
        {
        case KN_BOUND_LARGEST:
          for (guint q = KN_PREDIKAT_NONE + 1; q < KN_PREDIKAT_N; q++)
            if (!(group & SINGLE (q)))
              problem_add (problem, group, SINGLE (q), 0, 0);
          break;
        case KN_BOUND_AT_MOST:
          problem_add (problem, group, 0, -UNBOUNDED, kn_distribution_rule_count (rule, total));
          break;
        case KN_BOUND_AT_LEAST:
        case KN_BOUND_AT_LEAST_ONE:
          problem_add (problem, group, 0, kn_distribution_rule_count (rule, total), UNBOUNDED);
          break;
        case KN_BOUND_UNIT_SIZE:
        default:
          break;
        }
    }
}

static void
problem_clear (Problem *problem)
{
  g_clear_pointer (&problem->rows, g_array_unref);
}

static void
domain_init (Domain *domain,
             guint   total)
{
  for (guint g = 0; g < N_GROUPS; g++)
    {
      domain->lo[g] = g == ALL_GROUP ? total : 0;
      domain->hi[g] = g == 0 ? 0 : total;
    }
}

static inline void
tighten (Domain   *domain,
         guint     group,
         gint64    lo,
         gint64    hi,
         gboolean *changed)
{
  if (lo > domain->lo[group])
    {
      domain->lo[group] = lo;
      *changed = TRUE;
    }
  if (hi < domain->hi[group])
    {
      domain->hi[group] = hi;
      *changed = TRUE;
    }
}

/* Narrows @domain by every row and every split of a group until nothing changes; FALSE when
 * some bound cannot hold. */
static gboolean
propagate (const Problem *problem,
           Domain        *domain)
{
  /* Rows that feed each other (two "largest group" rules) may narrow by one per round: the
   * search splits what the rounds leave. */
  for (guint round = 0; round < 64; round++)
    {
      gboolean changed = FALSE;

      for (guint r = 0; r < problem->rows->len; r++)
        {
          const Row *row = &g_array_index (problem->rows, Row, r);

          if (row->other == 0)
            tighten (domain, row->group, row->lo, row->hi, &changed);
          else
            {
              tighten (domain, row->group, domain->lo[row->other], UNBOUNDED, &changed);
              tighten (domain, row->other, -UNBOUNDED, domain->hi[row->group], &changed);
            }
        }

      /* Each group is the sum of the two parts of any split. */
      for (guint whole = 1; whole < N_GROUPS; whole++)
        for (guint part = (whole - 1) & whole; part > 0; part = (part - 1) & whole)
          {
            guint rest = whole ^ part;

            tighten (domain, whole, domain->lo[part] + domain->lo[rest],
                     domain->hi[part] + domain->hi[rest], &changed);
            tighten (domain, part, domain->lo[whole] - domain->hi[rest],
                     domain->hi[whole] - domain->lo[rest], &changed);
          }

      for (guint g = 1; g < N_GROUPS; g++)
        if (domain->lo[g] > domain->hi[g])
          return FALSE;

      if (!changed)
        break;
    }

  return TRUE;
}

/* A distribution within @domain that keeps every row, with the fewest (or with @most, the
 * most) of @objective (KN_PREDIKAT_NONE: any); its count of @objective in @found. */
static gboolean
search (Problem      *problem,
        const Domain *domain,
        KnPredikat    objective,
        gboolean      most,
        gint64       *found)
{
  Domain narrowed = *domain;
  guint split = 0;
  guint goal = objective != KN_PREDIKAT_NONE ? SINGLE (objective) : 0;
  gint64 middle;

  if (problem->open)
    return FALSE;
  if (problem->budget == 0)
    {
      problem->open = TRUE;
      return FALSE;
    }
  problem->budget--;

  if (!propagate (problem, &narrowed))
    return FALSE;

  if (goal != 0 && narrowed.lo[goal] < narrowed.hi[goal])
    split = goal;
  else
    for (guint p = KN_PREDIKAT_NONE + 1; p < KN_PREDIKAT_N; p++)
      {
        guint single = SINGLE (p);

        if (narrowed.lo[single] < narrowed.hi[single] &&
            (split == 0 ||
             narrowed.hi[single] - narrowed.lo[single] > narrowed.hi[split] - narrowed.lo[split]))
          split = single;
      }

  /* Every count is fixed and every bound holds. */
  if (split == 0)
    {
      if (found != NULL)
        *found = narrowed.lo[goal];
      return TRUE;
    }

  middle = narrowed.lo[split] + (narrowed.hi[split] - narrowed.lo[split]) / 2;
  for (guint half = 0; half < 2; half++)
    {
      Domain part = narrowed;
      gboolean upper = (half == 0) == (most && split == goal);

      if (upper)
        part.lo[split] = middle + 1;
      else
        part.hi[split] = middle;

      if (search (problem, &part, objective, most, found))
        return TRUE;
    }

  return FALSE;
}

/* TRUE when a unit of @total can keep the pattern; an open search counts as TRUE. */
static gboolean
attainable (KnOrgPredikat             org,
            guint                     total,
            const KnDistributionRule *rules,
            guint                     n_rules)
{
  Problem problem;
  Domain domain;
  gboolean found;

  problem_init (&problem, org, total, rules, n_rules);
  domain_init (&domain, total);
  found = search (&problem, &domain, KN_PREDIKAT_NONE, FALSE, NULL) || problem.open;
  problem_clear (&problem);

  return found;
}

#define SIZE_UNKNOWN G_MAXUINT

/* The smallest unit above @total (up to LARGER_UNITS above) that can keep the pattern; 0 when
 * none can, SIZE_UNKNOWN when the search was left open. The sizes share one budget. */
static guint
smallest_attainable_above (KnOrgPredikat             org,
                           guint                     total,
                           const KnDistributionRule *rules,
                           guint                     n_rules)
{
  guint budget = SEARCH_BUDGET;

  for (guint size = total + 1; size <= total + LARGER_UNITS; size++)
    {
      Problem problem;
      Domain domain;
      gboolean found;
      gboolean open;

      problem_init (&problem, org, size, rules, n_rules);
      problem.budget = budget;
      domain_init (&domain, size);
      found = search (&problem, &domain, KN_PREDIKAT_NONE, FALSE, NULL);
      budget = problem.budget;
      open = problem.open;
      problem_clear (&problem);

      if (found)
        return size;
      if (open)
        return SIZE_UNKNOWN;
    }

  return 0;
}

/* The window checks a unit on every keystroke and the demo generator thousands of times, with
 * the same rules and sizes: the answers of the search are kept for the last few questions. */

typedef struct
{
  KnBoundKind kind;
  guint       predikats;
  guint       share;      /* share_scaled */
} Key;

typedef struct
{
  KnOrgPredikat  org;
  guint          total;
  Key           *keys;     /* owned: @org's rules, in order */
  guint          n_keys;
  gboolean       attainable;
  gboolean       has_smallest;
  guint          smallest;
} Answer;

#define N_ANSWERS 16

static GMutex answers_lock;
static Answer answers[N_ANSWERS];
static guint  answers_next;

/* @org's rules of @rules as keys; the count in @n_keys. */
static Key *
make_keys (KnOrgPredikat             org,
           const KnDistributionRule *rules,
           guint                     n_rules,
           guint                    *n_keys)
{
  Key *keys = g_new0 (Key, MAX (n_rules, 1));

  *n_keys = 0;
  for (guint i = 0; i < n_rules; i++)
    if (rules[i].org == org)
      keys[(*n_keys)++] = (Key) { rules[i].kind, rules[i].predikats & ALL_PREDIKAT,
                                  share_scaled (rules[i].share) };

  return keys;
}

/* The answer kept for the question, or a new one; called with the lock held. */
static Answer *
find_answer (KnOrgPredikat             org,
             guint                     total,
             const KnDistributionRule *rules,
             guint                     n_rules)
{
  guint n_keys;
  g_autofree Key *keys = make_keys (org, rules, n_rules, &n_keys);
  Answer *answer;

  for (guint i = 0; i < N_ANSWERS; i++)
    {
      answer = &answers[i];
      if (answer->keys != NULL && answer->org == org && answer->total == total &&
          answer->n_keys == n_keys && memcmp (answer->keys, keys, n_keys * sizeof (Key)) == 0)
        return answer;
    }

  answer = &answers[answers_next];
  answers_next = (answers_next + 1) % N_ANSWERS;
  g_free (answer->keys);
  answer->org = org;
  answer->total = total;
  answer->keys = g_steal_pointer (&keys);
  answer->n_keys = n_keys;
  answer->attainable = attainable (org, total, rules, n_rules);
  answer->has_smallest = FALSE;
  answer->smallest = 0;

  return answer;
}

/* Like attainable (); with the smallest unit above @total that is (smallest_attainable_above)
 * in @smallest when it is not. */
static gboolean
attainable_kept (KnOrgPredikat             org,
                 guint                     total,
                 const KnDistributionRule *rules,
                 guint                     n_rules,
                 guint                    *smallest)
{
  Answer *answer;
  gboolean result;

  g_mutex_lock (&answers_lock);
  answer = find_answer (org, total, rules, n_rules);
  result = answer->attainable;
  if (!result && !answer->has_smallest)
    {
      answer->smallest = smallest_attainable_above (org, total, rules, n_rules);
      answer->has_smallest = TRUE;
    }
  *smallest = answer->smallest;
  g_mutex_unlock (&answers_lock);

  return result;
}

static KnDistributionViolation *
violation_new (const KnDistributionRule *rule,
               guint                     count,
               guint                     total,
               guint                     limit,
               char                     *message,
               char                     *print_message)
{
  KnDistributionViolation *violation = g_new0 (KnDistributionViolation, 1);

  violation->rule = *rule;
  violation->count = count;
  violation->total = total;
  violation->limit = limit;
  violation->message = message;
  violation->print_message = print_message;

  return violation;
}

/* @smallest: smallest_attainable_above () */
static KnDistributionViolation *
unit_size_violation (KnOrgPredikat org,
                     guint         total,
                     guint         smallest)
{
  KnDistributionRule rule = { org, KN_BOUND_UNIT_SIZE, 0, 0.0 };
  const char *org_label = kn_org_predikat_label (org);
  char *message;
  char *print_message;

  if (smallest == 0)
    {
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "No distribution of %u employee can keep the "
                                              "pattern for %s: its rules contradict each other.",
                                              "No distribution of %u employees can keep the "
                                              "pattern for %s: its rules contradict each other.",
                                              total),
                                 total, org_label);
      print_message = g_strdup_printf ("Tidak ada sebaran predikat bagi %u pegawai yang memenuhi "
                                       "pola distribusi %s: ketentuannya saling bertentangan.",
                                       total, org_print_names[org]);
    }
  else
    {
      g_autofree char *takes = NULL;
      g_autofree char *print_takes = NULL;

      if (smallest == SIZE_UNKNOWN)
        {
          smallest = 0;
          takes = g_strdup ("");
          print_takes = g_strdup ("");
        }
      else
        {
          takes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                " It takes at least %u employee.",
                                                " It takes at least %u employees.",
                                                smallest),
                                   smallest);
          print_takes = g_strdup_printf (" Pola ini memerlukan paling sedikit %u pegawai.",
                                         smallest);
        }

      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "A unit of %u employee is too small for the "
                                              "pattern for %s: no distribution of its predikat "
                                              "keeps every rule.%s",
                                              "A unit of %u employees is too small for the "
                                              "pattern for %s: no distribution of its predikat "
                                              "keeps every rule.%s",
                                              total),
                                 total, org_label, takes);
      print_message = g_strdup_printf ("Unit kerja dengan %u pegawai terlalu kecil untuk pola "
                                       "distribusi %s: tidak ada sebaran predikat yang memenuhi "
                                       "semua ketentuannya.%s",
                                       total, org_print_names[org], print_takes);
    }

  return violation_new (&rule, total, total, smallest, message, print_message);
}

/* The other predikat that outnumbers @count the most, or NONE. */
static KnPredikat
find_larger (const guint counts[KN_PREDIKAT_N],
             guint       mask,
             guint       count)
{
  KnPredikat larger = KN_PREDIKAT_NONE;

  for (int p = KN_PREDIKAT_N - 1; p > KN_PREDIKAT_NONE; p--)
    {
      if (mask & MASK (p))
        continue;
      if (counts[p] > count && (larger == KN_PREDIKAT_NONE || counts[p] > counts[larger]))
        larger = (KnPredikat) p;
    }

  return larger;
}

static KnDistributionViolation *
check_rule (const KnDistributionRule *rule,
            const guint               counts[KN_PREDIKAT_N],
            guint                     total)
{
  g_autofree char *names = describe_mask (rule->predikats);
  g_autofree char *print_names = print_mask (rule->predikats);
  g_autofree char *percent = NULL;
  g_autofree char *share = NULL;
  g_autofree char *print_percent = NULL;
  g_autofree char *print_share = NULL;
  guint count = kn_distribution_count_predikats (counts, rule->predikats);
  KnPredikat larger;
  guint limit;
  char *message;
  char *print_message;

  g_assert (total > 0);

  /* The unit's share is a figure computed, written with two decimals as every other one
   * (kn_format_doc_percent); the rule's bound is the rule's own number ("70"). */
  percent = g_strdup_printf ("%.2f", 100.0 * count / total);
  share = format_percent (100.0 * share_scaled (rule->share) / SHARE_SCALE);
  print_percent = kn_format_doc_percent (100.0 * count / total);
  print_share = kn_format_doc_decimal (100.0 * share_scaled (rule->share) / SHARE_SCALE, 2);

  switch (rule->kind)
    {
    case KN_BOUND_LARGEST:
      larger = find_larger (counts, rule->predikats, count);
      if (larger == KN_PREDIKAT_NONE)
        return NULL;

      /* The limit is the size the rule's group has to reach. */
      limit = counts[larger];
      message = g_strdup_printf (_("%s should be the largest group, but %s has more "
                                   "(%u against %u)."),
                                 names, kn_predikat_label (larger), limit, count);
      print_message = g_strdup_printf ("%s seharusnya menjadi kelompok terbesar, tetapi %s lebih "
                                       "banyak (%u berbanding %u).",
                                       print_names, predikat_print_names[larger], limit, count);
      break;

    case KN_BOUND_AT_MOST:
      limit = kn_distribution_rule_count (rule, total);
      if (count <= limit)
        return NULL;

      if (share_scaled (rule->share) == 0)
        {
          message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "No employee may be %s; there is %u.",
                                                  "No employee may be %s; there are %u.",
                                                  count),
                                     names, count);
          print_message = g_strdup_printf ("Tidak boleh ada pegawai dengan predikat %s; saat ini "
                                           "ada %u.", print_names, count);
        }
      else
        {
          message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%s: %u of %u employee (%s %%), more than the "
                                                  "%s %% allowed (at most %u).",
                                                  "%s: %u of %u employees (%s %%), more than the "
                                                  "%s %% allowed (at most %u).",
                                                  total),
                                     names, count, total, percent, share, limit);
          print_message = g_strdup_printf ("%s: %u dari %u pegawai (%s), melebihi batas %s %% "
                                           "yang diperbolehkan (paling banyak %u).",
                                           print_names, count, total, print_percent, print_share,
                                           limit);
        }
      break;

    case KN_BOUND_AT_LEAST:
      limit = kn_distribution_rule_count (rule, total);
      if (count >= limit)
        return NULL;

      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s: %u of %u employee (%s %%), fewer than the "
                                              "%s %% required (at least %u).",
                                              "%s: %u of %u employees (%s %%), fewer than the "
                                              "%s %% required (at least %u).",
                                              total),
                                 names, count, total, percent, share, limit);
      print_message = g_strdup_printf ("%s: %u dari %u pegawai (%s), kurang dari %s %% yang "
                                       "disyaratkan (paling sedikit %u).",
                                       print_names, count, total, print_percent, print_share,
                                       limit);
      break;

    case KN_BOUND_AT_LEAST_ONE:
      if (count > 0)
        return NULL;

      limit = 1;
      message = g_strdup_printf (_("At least one employee should be %s; there is none."), names);
      print_message = g_strdup_printf ("Paling sedikit satu pegawai seharusnya mendapat predikat "
                                       "%s; saat ini belum ada.", print_names);
      break;

    case KN_BOUND_UNIT_SIZE:
      return NULL;

    default:
      g_return_val_if_reached (NULL);
    }

  return violation_new (rule, count, total, limit, message, print_message);
}

const KnDistributionRule *
kn_distribution_default_rules (guint *n_rules)
{
  if (n_rules != NULL)
    *n_rules = G_N_ELEMENTS (default_rules);

  return default_rules;
}

guint
kn_distribution_allowed_count (double share,
                               guint  total)
{
  /* count ÷ total ≤ share/SCALE ⇔ count × SCALE ≤ share × total: the largest such count. */
  return (guint) (((guint64) share_scaled (share) * total) / SHARE_SCALE);
}

guint
kn_distribution_required_count (double share,
                                guint  total)
{
  /* count × SCALE ≥ share × total: the smallest such count. */
  return (guint) (((guint64) share_scaled (share) * total + SHARE_SCALE - 1) / SHARE_SCALE);
}

guint
kn_distribution_rule_count (const KnDistributionRule *rule,
                            guint                     total)
{
  g_return_val_if_fail (rule != NULL, 0);

  switch (rule->kind)
    {
    case KN_BOUND_AT_MOST:
      return kn_distribution_allowed_count (rule->share, total);
    case KN_BOUND_AT_LEAST:
      return kn_distribution_required_count (rule->share, total);
    case KN_BOUND_AT_LEAST_ONE:
      return 1;
    case KN_BOUND_LARGEST:
    case KN_BOUND_UNIT_SIZE:
    default:
      return 0;
    }
}

gboolean
kn_distribution_is_attainable (KnOrgPredikat             org,
                               guint                     total,
                               const KnDistributionRule *rules,
                               guint                     n_rules)
{
  g_return_val_if_fail ((guint) org < KN_ORG_PREDIKAT_N, TRUE);
  g_return_val_if_fail (rules != NULL || n_rules == 0, TRUE);

  if (total == 0 || org == KN_ORG_PREDIKAT_NONE)
    return TRUE;

  return attainable (org, total, rules, n_rules);
}

gboolean
kn_distribution_limits (KnOrgPredikat             org,
                        guint                     total,
                        const KnDistributionRule *rules,
                        guint                     n_rules,
                        guint                     min[KN_PREDIKAT_N],
                        guint                     max[KN_PREDIKAT_N])
{
  Problem problem;
  Domain domain;
  Domain bounds;
  gboolean kept = TRUE;

  g_return_val_if_fail ((guint) org < KN_ORG_PREDIKAT_N, FALSE);
  g_return_val_if_fail (rules != NULL || n_rules == 0, FALSE);
  g_return_val_if_fail (min != NULL && max != NULL, FALSE);

  for (guint p = 0; p < KN_PREDIKAT_N; p++)
    {
      min[p] = 0;
      max[p] = p == KN_PREDIKAT_NONE ? 0 : total;
    }

  if (total == 0 || org == KN_ORG_PREDIKAT_NONE)
    return TRUE;

  problem_init (&problem, org, total, rules, n_rules);
  domain_init (&domain, total);
  bounds = domain;

  if (!propagate (&problem, &bounds) ||
      (!search (&problem, &domain, KN_PREDIKAT_NONE, FALSE, NULL) && !problem.open))
    kept = FALSE;

  for (guint p = KN_PREDIKAT_NONE + 1; p < KN_PREDIKAT_N && kept; p++)
    {
      gint64 fewest = bounds.lo[SINGLE (p)];
      gint64 most = bounds.hi[SINGLE (p)];

      /* An open search leaves the bounds the rows give. */
      problem.budget = SEARCH_BUDGET;
      problem.open = FALSE;
      if (!search (&problem, &domain, (KnPredikat) p, FALSE, &fewest))
        fewest = bounds.lo[SINGLE (p)];
      problem.budget = SEARCH_BUDGET;
      problem.open = FALSE;
      if (!search (&problem, &domain, (KnPredikat) p, TRUE, &most))
        most = bounds.hi[SINGLE (p)];

      min[p] = (guint) CLAMP (fewest, 0, (gint64) total);
      max[p] = (guint) CLAMP (most, 0, (gint64) total);
    }

  problem_clear (&problem);

  if (!kept)
    for (guint p = KN_PREDIKAT_NONE + 1; p < KN_PREDIKAT_N; p++)
      {
        min[p] = 0;
        max[p] = total;
      }

  return kept;
}

void
kn_distribution_violation_free (KnDistributionViolation *violation)
{
  if (violation == NULL)
    return;

  g_free (violation->message);
  g_free (violation->print_message);
  g_free (violation);
}

GPtrArray *
kn_distribution_check (KnOrgPredikat             org,
                       const guint               counts[KN_PREDIKAT_N],
                       const KnDistributionRule *rules,
                       guint                     n_rules)
{
  g_autoptr(GPtrArray) violations = NULL;
  guint total = 0;
  guint headcount;
  guint smallest = 0;

  g_return_val_if_fail ((guint) org < KN_ORG_PREDIKAT_N, NULL);
  g_return_val_if_fail (counts != NULL, NULL);
  g_return_val_if_fail (rules != NULL || n_rules == 0, NULL);

  violations = g_ptr_array_new_with_free_func ((GDestroyNotify) kn_distribution_violation_free);

  total = kn_distribution_count_predikats (counts, KN_PREDIKAT_MASK_RATED);
  if (total == 0)
    return g_steal_pointer (&violations);

  for (guint i = 0; i < n_rules; i++)
    {
      KnDistributionViolation *violation;

      if (rules[i].org != org)
        continue;

      violation = check_rule (&rules[i], counts, total);
      if (violation != NULL)
        g_ptr_array_add (violations, violation);
    }

  /* The counts themselves keep the pattern when nothing is broken; otherwise a unit too small
   * for any distribution to keep it is told so once instead of the rules it cannot keep. Its
   * size is all its people, those not rated yet too: one rated of two is not a unit of one. */
  headcount = total + counts[KN_PREDIKAT_NONE];
  if (violations->len > 0 && !attainable_kept (org, headcount, rules, n_rules, &smallest))
    {
      g_ptr_array_set_size (violations, 0);
      g_ptr_array_add (violations, unit_size_violation (org, headcount, smallest));
    }

  return g_steal_pointer (&violations);
}

char *
kn_distribution_rule_describe (const KnDistributionRule *rule)
{
  g_autofree char *names = NULL;
  g_autofree char *share = NULL;

  g_return_val_if_fail (rule != NULL, NULL);

  names = describe_mask (rule->predikats);

  switch (rule->kind)
    {
    case KN_BOUND_LARGEST:
      return g_strdup_printf (_("%s is the largest group"), names);
    case KN_BOUND_AT_MOST:
      if (share_scaled (rule->share) == 0)
        return g_strdup_printf (_("No %s"), names);
      share = format_percent (100.0 * share_scaled (rule->share) / SHARE_SCALE);
      return g_strdup_printf (_("%s is at most %s %%"), names, share);
    case KN_BOUND_AT_LEAST:
      share = format_percent (100.0 * share_scaled (rule->share) / SHARE_SCALE);
      return g_strdup_printf (_("%s is at least %s %%"), names, share);
    case KN_BOUND_AT_LEAST_ONE:
      return g_strdup_printf (_("At least one %s"), names);
    case KN_BOUND_UNIT_SIZE:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
kn_distribution_rule_print (const KnDistributionRule *rule)
{
  g_autofree char *names = NULL;
  g_autofree char *share = NULL;

  g_return_val_if_fail (rule != NULL, NULL);

  names = print_mask (rule->predikats);
  share = kn_format_doc_decimal (100.0 * share_scaled (rule->share) / SHARE_SCALE, 2);

  switch (rule->kind)
    {
    case KN_BOUND_LARGEST:
      return g_strdup_printf ("%s menjadi kelompok terbesar", names);
    case KN_BOUND_AT_MOST:
      if (share_scaled (rule->share) == 0)
        return g_strdup_printf ("Tidak ada yang %s", names);
      return g_strdup_printf ("%s paling banyak %s %%", names, share);
    case KN_BOUND_AT_LEAST:
      return g_strdup_printf ("%s paling sedikit %s %%", names, share);
    case KN_BOUND_AT_LEAST_ONE:
      return g_strdup_printf ("Paling sedikit satu %s", names);
    case KN_BOUND_UNIT_SIZE:
    default:
      g_return_val_if_reached (NULL);
    }
}
