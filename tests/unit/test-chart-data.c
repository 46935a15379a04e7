/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the chart data the core fills: the distribution pattern decided before drawing. This
 * test links the core library alone: no cairo, no pango. */

#include "config.h"

#include <locale.h>

#include <glib.h>

#include "kinerja/kn-chart-data.h"

#include "kn-test-util.h"

#define M(p) (1u << KN_PREDIKAT_##p)

/* A unit's distribution chart (kn_test_distribution_chart). */
static KnDistributionChart
chart_of (KnOrgPredikat org,
          guint         sk,
          guint         k,
          guint         bp,
          guint         b,
          guint         sb)
{
  return kn_test_distribution_chart ("Unit", org, sk, k, bp, b, sb);
}

static void
assert_limit (const KnDistributionLimit *limit,
              KnBoundKind                kind,
              guint                      predikats,
              guint                      value,
              guint                      count,
              gboolean                   broken)
{
  g_assert_cmpint (limit->kind, ==, kind);
  g_assert_cmphex (limit->predikats, ==, predikats);
  g_assert_cmpuint (limit->limit, ==, value);
  g_assert_cmpuint (limit->count, ==, count);
  g_assert_cmpint (limit->broken, ==, broken);
}

static void
test_baik_fine (void)
{
  /* 10 people, Baik: Baik the largest (5), at most 7 Baik, at least one BP or K (3). */
  KnDistributionChart chart = chart_of (KN_ORG_PREDIKAT_BAIK, 0, 1, 2, 5, 2);

  g_assert_cmpint (chart.org, ==, KN_ORG_PREDIKAT_BAIK);
  g_assert_cmpuint (chart.n_limits, ==, 3);
  assert_limit (&chart.limits[0], KN_BOUND_LARGEST, M (BAIK), 0, 5, FALSE);
  assert_limit (&chart.limits[1], KN_BOUND_AT_MOST, M (BAIK), 7, 5, FALSE);
  assert_limit (&chart.limits[2], KN_BOUND_AT_LEAST_ONE, M (BUTUH_PERBAIKAN) | M (KURANG), 1, 3,
                FALSE);
}

static void
test_baik_broken (void)
{
  /* 10 people: 9 Baik is more than 7, and nobody is BP or K. */
  KnDistributionChart chart = chart_of (KN_ORG_PREDIKAT_BAIK, 0, 0, 0, 9, 1);

  g_assert_cmpuint (chart.n_limits, ==, 3);
  assert_limit (&chart.limits[0], KN_BOUND_LARGEST, M (BAIK), 0, 9, FALSE);
  assert_limit (&chart.limits[1], KN_BOUND_AT_MOST, M (BAIK), 7, 9, TRUE);
  assert_limit (&chart.limits[2], KN_BOUND_AT_LEAST_ONE, M (BUTUH_PERBAIKAN) | M (KURANG), 1, 0,
                TRUE);
}

static void
test_largest_broken (void)
{
  /* Istimewa: Sangat Baik must be the largest group; 3 Baik against 2 Sangat Baik. At most 70 %
   * of 5 allows 3 (4 would be 80 %). */
  KnDistributionChart chart = chart_of (KN_ORG_PREDIKAT_ISTIMEWA, 0, 0, 0, 3, 2);

  g_assert_cmpuint (chart.n_limits, ==, 2);
  assert_limit (&chart.limits[0], KN_BOUND_LARGEST, M (SANGAT_BAIK), 0, 2, TRUE);
  assert_limit (&chart.limits[1], KN_BOUND_AT_MOST, M (SANGAT_BAIK), 3, 2, FALSE);
}

static void
test_kurang_exact (void)
{
  /* 7 people, Kurang, compared exactly: at least 60 % Kurang needs 5 (4 is 57 %), at least
   * 10 % BP needs 1, at most 10 % Sangat Baik allows no one (1 is 14 %). */
  KnDistributionChart chart = chart_of (KN_ORG_PREDIKAT_KURANG, 0, 5, 0, 1, 1);

  g_assert_cmpuint (chart.n_limits, ==, 3);
  assert_limit (&chart.limits[0], KN_BOUND_AT_LEAST, M (KURANG), 5, 5, FALSE);
  assert_limit (&chart.limits[1], KN_BOUND_AT_LEAST, M (BUTUH_PERBAIKAN), 1, 0, TRUE);
  assert_limit (&chart.limits[2], KN_BOUND_AT_MOST, M (SANGAT_BAIK), 0, 1, TRUE);
}

static void
test_no_pattern (void)
{
  KnDistributionChart none = chart_of (KN_ORG_PREDIKAT_NONE, 0, 0, 0, 9, 1);
  KnDistributionChart empty = chart_of (KN_ORG_PREDIKAT_BAIK, 0, 0, 0, 0, 0);
  KnDistributionChart no_rules = { { 0 }, };

  no_rules.counts[KN_PREDIKAT_BAIK] = 4;
  no_rules.n_limits = 5;
  kn_distribution_chart_set_pattern (&no_rules, KN_ORG_PREDIKAT_BAIK, NULL, 0);

  g_assert_cmpuint (none.n_limits, ==, 0);
  g_assert_cmpuint (empty.n_limits, ==, 0);
  g_assert_cmpint (empty.org, ==, KN_ORG_PREDIKAT_BAIK);
  g_assert_cmpuint (no_rules.n_limits, ==, 0);
}

static void
test_rules_of_other_org_and_none_bit (void)
{
  /* The NONE bit of a mask is dropped; a rule of another org is left out; a mask of nothing but
   * NONE covers nothing and is left out too. */
  static const KnDistributionRule rules[] = {
    { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_MOST, M (BAIK) | M (NONE), 0.5 },
    { KN_ORG_PREDIKAT_ISTIMEWA, KN_BOUND_AT_MOST, M (BAIK), 0.5 },
    { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_LEAST, M (NONE), 0.5 },
  };
  KnDistributionChart chart = { { 0 }, };

  chart.counts[KN_PREDIKAT_BAIK] = 3;
  chart.counts[KN_PREDIKAT_SANGAT_BAIK] = 1;
  kn_distribution_chart_set_pattern (&chart, KN_ORG_PREDIKAT_BAIK, rules, G_N_ELEMENTS (rules));

  g_assert_cmpuint (chart.n_limits, ==, 1);
  assert_limit (&chart.limits[0], KN_BOUND_AT_MOST, M (BAIK), 2, 3, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-data/distribution/baik-fine", test_baik_fine);
  g_test_add_func ("/chart-data/distribution/baik-broken", test_baik_broken);
  g_test_add_func ("/chart-data/distribution/largest-broken", test_largest_broken);
  g_test_add_func ("/chart-data/distribution/kurang-exact", test_kurang_exact);
  g_test_add_func ("/chart-data/distribution/no-pattern", test_no_pattern);
  g_test_add_func ("/chart-data/distribution/other-org-and-none",
                   test_rules_of_other_org_and_none_bit);

  return g_test_run ();
}
