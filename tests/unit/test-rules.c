/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for the evaluation rules: the predikat matrix, the distribution pattern, capaian,
 * angka kredit and the annual proposal. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib.h>
#include <glib-object.h>

#include "kinerja/kn-indicator.h"
#include "kinerja/kn-rules.h"

#include "kn-test-util.h"

#define M(p) (1u << KN_PREDIKAT_##p)

/* Counts are written { SK, K, BP, B, SB }, the order of the curve. */
typedef struct
{
  guint sk, k, bp, b, sb;
} Unit;

typedef struct
{
  KnBoundKind kind;
  guint       predikats;
  guint       count;
  guint       limit;
} Expected;

typedef struct
{
  KnOrgPredikat org;
  Unit          unit;
  guint         n_expected;
  Expected      expected[3];
} DistributionCase;

static void
unit_to_counts (const Unit *unit,
                guint       counts[KN_PREDIKAT_N])
{
  counts[KN_PREDIKAT_NONE] = 0;
  counts[KN_PREDIKAT_SANGAT_KURANG] = unit->sk;
  counts[KN_PREDIKAT_KURANG] = unit->k;
  counts[KN_PREDIKAT_BUTUH_PERBAIKAN] = unit->bp;
  counts[KN_PREDIKAT_BAIK] = unit->b;
  counts[KN_PREDIKAT_SANGAT_BAIK] = unit->sb;
}

static GPtrArray *
check_defaults (KnOrgPredikat org,
                const Unit   *unit)
{
  const KnDistributionRule *rules;
  guint counts[KN_PREDIKAT_N];
  guint n_rules = 0;

  unit_to_counts (unit, counts);
  rules = kn_distribution_default_rules (&n_rules);

  return kn_distribution_check (org, counts, rules, n_rules);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack, needle);
}

static void
test_matrix_all_cells (void)
{
  for (guint i = 0; i < kn_test_predikat_matrix_n; i++)
    {
      const KnTestPredikatCell *cell = &kn_test_predikat_matrix[i];

      g_test_message ("cell %u", i);
      g_assert_cmpint (kn_predikat_from_ratings (cell->result, cell->behaviour), ==,
                       cell->predikat);
    }
}

static void
test_matrix_none (void)
{
  for (KnRating r = KN_RATING_NONE; r < KN_RATING_N; r++)
    {
      g_assert_cmpint (kn_predikat_from_ratings (KN_RATING_NONE, r), ==, KN_PREDIKAT_NONE);
      g_assert_cmpint (kn_predikat_from_ratings (r, KN_RATING_NONE), ==, KN_PREDIKAT_NONE);
    }
}

static void
test_enums_rating (void)
{
  static const struct
  {
    KnRating    value;
    const char *name;
    const char *label;
  } cases[] = {
    { KN_RATING_NONE, "", "" },
    { KN_RATING_BELOW, "di-bawah", "Di Bawah Ekspektasi" },
    { KN_RATING_AS_EXPECTED, "sesuai", "Sesuai Ekspektasi" },
    { KN_RATING_ABOVE, "di-atas", "Di Atas Ekspektasi" },
  };
  static const char *const unknown[] = { "none", "Sesuai", "di atas", "di_atas", "atas", NULL };
  GEnumClass *klass = g_type_class_ref (KN_TYPE_RATING);
  KnRating parsed;

  G_STATIC_ASSERT (G_N_ELEMENTS (cases) == KN_RATING_N);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (kn_rating_to_string (cases[i].value), ==, cases[i].name);
      parsed = KN_RATING_N;
      g_assert_true (kn_rating_from_string (cases[i].name, &parsed));
      g_assert_cmpint (parsed, ==, cases[i].value);
      g_assert_cmpstr (kn_rating_label (cases[i].value), ==, cases[i].label);
      g_assert_nonnull (g_enum_get_value (klass, cases[i].value));
    }

  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    g_assert_false (kn_rating_from_string (unknown[i], &parsed));

  g_type_class_unref (klass);
}

static void
test_enums_predikat (void)
{
  static const struct
  {
    KnPredikat  value;
    const char *name;
    const char *label;
    const char *print_label;
  } cases[] = {
    { KN_PREDIKAT_NONE, "", "", "" },
    { KN_PREDIKAT_SANGAT_KURANG, "sangat-kurang", "Sangat Kurang", "SANGAT KURANG" },
    { KN_PREDIKAT_KURANG, "kurang", "Kurang/Misconduct", "KURANG" },
    { KN_PREDIKAT_BUTUH_PERBAIKAN, "butuh-perbaikan", "Butuh Perbaikan", "BUTUH PERBAIKAN" },
    { KN_PREDIKAT_BAIK, "baik", "Baik", "BAIK" },
    { KN_PREDIKAT_SANGAT_BAIK, "sangat-baik", "Sangat Baik", "SANGAT BAIK" },
  };
  static const char *const unknown[] = { "none", "Baik", "sangat baik", "istimewa", "cukup", NULL };
  KnPredikat parsed;

  G_STATIC_ASSERT (G_N_ELEMENTS (cases) == KN_PREDIKAT_N);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (kn_predikat_to_string (cases[i].value), ==, cases[i].name);
      parsed = KN_PREDIKAT_N;
      g_assert_true (kn_predikat_from_string (cases[i].name, &parsed));
      g_assert_cmpint (parsed, ==, cases[i].value);
      g_assert_cmpstr (kn_predikat_label (cases[i].value), ==, cases[i].label);
      g_assert_cmpstr (kn_predikat_print_label (cases[i].value), ==, cases[i].print_label);
    }

  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    g_assert_false (kn_predikat_from_string (unknown[i], &parsed));
}

static void
test_enums_org_predikat (void)
{
  static const struct
  {
    KnOrgPredikat value;
    const char   *name;
    const char   *label;
    KnRating      head_rating;
  } cases[] = {
    { KN_ORG_PREDIKAT_NONE, "", "", KN_RATING_NONE },
    { KN_ORG_PREDIKAT_SANGAT_KURANG, "sangat-kurang", "Sangat Kurang", KN_RATING_BELOW },
    { KN_ORG_PREDIKAT_KURANG, "kurang", "Kurang", KN_RATING_BELOW },
    { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, "butuh-perbaikan", "Butuh Perbaikan", KN_RATING_BELOW },
    { KN_ORG_PREDIKAT_BAIK, "baik", "Baik", KN_RATING_AS_EXPECTED },
    { KN_ORG_PREDIKAT_ISTIMEWA, "istimewa", "Istimewa", KN_RATING_ABOVE },
  };
  static const char *const unknown[] = { "none", "Istimewa", "sangat-baik", "cukup", NULL };
  KnOrgPredikat parsed;

  G_STATIC_ASSERT (G_N_ELEMENTS (cases) == KN_ORG_PREDIKAT_N);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (kn_org_predikat_to_string (cases[i].value), ==, cases[i].name);
      parsed = KN_ORG_PREDIKAT_N;
      g_assert_true (kn_org_predikat_from_string (cases[i].name, &parsed));
      g_assert_cmpint (parsed, ==, cases[i].value);
      g_assert_cmpstr (kn_org_predikat_label (cases[i].value), ==, cases[i].label);
      g_assert_cmpint (kn_rating_from_org_predikat (cases[i].value), ==, cases[i].head_rating);
    }

  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    g_assert_false (kn_org_predikat_from_string (unknown[i], &parsed));
}

static void
test_enums_gtype (void)
{
  GEnumClass *klass = g_type_class_ref (KN_TYPE_PREDIKAT);

  g_assert_cmpstr (g_enum_get_value (klass, KN_PREDIKAT_KURANG)->value_name, ==,
                   "KN_PREDIKAT_KURANG");
  g_assert_cmpuint (klass->n_values, ==, KN_PREDIKAT_N);
  g_type_class_unref (klass);

  klass = g_type_class_ref (KN_TYPE_RATING);
  g_assert_cmpstr (g_enum_get_value (klass, KN_RATING_ABOVE)->value_nick, ==, "di-atas");
  g_assert_cmpuint (klass->n_values, ==, KN_RATING_N);
  g_type_class_unref (klass);

  klass = g_type_class_ref (KN_TYPE_ORG_PREDIKAT);
  g_assert_cmpstr (g_enum_get_value (klass, KN_ORG_PREDIKAT_ISTIMEWA)->value_nick, ==,
                   "istimewa");
  g_assert_cmpuint (klass->n_values, ==, KN_ORG_PREDIKAT_N);
  g_type_class_unref (klass);
}

static void
test_distribution_defaults (void)
{
  static const KnDistributionRule expected[] = {
    { KN_ORG_PREDIKAT_ISTIMEWA, KN_BOUND_LARGEST, M (SANGAT_BAIK), 0 },
    { KN_ORG_PREDIKAT_ISTIMEWA, KN_BOUND_AT_MOST, M (SANGAT_BAIK), 0.70 },
    { KN_ORG_PREDIKAT_BAIK, KN_BOUND_LARGEST, M (BAIK), 0 },
    { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_MOST, M (BAIK), 0.70 },
    { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_LEAST_ONE, M (BUTUH_PERBAIKAN) | M (KURANG), 0 },
    { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, KN_BOUND_AT_LEAST, M (BUTUH_PERBAIKAN), 0.60 },
    { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, KN_BOUND_AT_MOST, M (SANGAT_BAIK), 0.10 },
    { KN_ORG_PREDIKAT_KURANG, KN_BOUND_AT_LEAST, M (KURANG), 0.60 },
    { KN_ORG_PREDIKAT_KURANG, KN_BOUND_AT_LEAST, M (BUTUH_PERBAIKAN), 0.10 },
    { KN_ORG_PREDIKAT_KURANG, KN_BOUND_AT_MOST, M (SANGAT_BAIK), 0.10 },
    { KN_ORG_PREDIKAT_SANGAT_KURANG, KN_BOUND_AT_LEAST, M (SANGAT_KURANG), 0.60 },
    { KN_ORG_PREDIKAT_SANGAT_KURANG, KN_BOUND_AT_LEAST, M (KURANG) | M (BUTUH_PERBAIKAN), 0.10 },
    { KN_ORG_PREDIKAT_SANGAT_KURANG, KN_BOUND_AT_MOST, M (SANGAT_BAIK), 0 },
  };
  const KnDistributionRule *rules;
  guint n_rules = 0;

  rules = kn_distribution_default_rules (&n_rules);
  g_assert_nonnull (rules);
  g_assert_cmpuint (n_rules, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < n_rules; i++)
    {
      g_assert_cmpint (rules[i].org, ==, expected[i].org);
      g_assert_cmpint (rules[i].kind, ==, expected[i].kind);
      g_assert_cmphex (rules[i].predikats, ==, expected[i].predikats);
      g_assert_cmpfloat_with_epsilon (rules[i].share, expected[i].share, 1e-12);
    }

  g_assert_true (kn_distribution_default_rules (NULL) == rules);
}

static void
test_distribution_allowed_count (void)
{
  /* "At most": the largest count with count ÷ total ≤ share, never rounded up. */
  static const struct
  {
    double share;
    guint  total;
    guint  allowed;
  } cases[] = {
    { 0.70, 5, 3 },     /* 3.5: 4 would be 80 % */
    { 0.70, 7, 4 },     /* 4.9: 5 would be 71.4 % */
    { 0.70, 8, 5 },     /* 5.6: 6 would be 75 % */
    { 0.70, 10, 7 },
    { 0.70, 20, 14 },
    { 0.70, 30, 21 },
    { 0.70, 3, 2 },     /* 2.1 */
    { 0.70, 2, 1 },     /* 1.4 */
    { 0.70, 1, 0 },     /* 0.7: 1 would be 100 % */
    { 0.10, 5, 0 },     /* 0.5: 1 would be 20 % */
    { 0.10, 7, 0 },
    { 0.10, 8, 0 },
    { 0.10, 9, 0 },
    { 0.10, 10, 1 },
    { 0.10, 19, 1 },
    { 0.10, 20, 2 },
    { 0.10, 30, 3 },    /* 0.1 × 30 is 3.0000000000000004 in binary */
    { 0.125, 8, 1 },
    { 0.0, 10, 0 }, { 0.0, 0, 0 }, { 0.70, 0, 0 }, { 1.0, 13, 13 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("at most %g of %u", cases[i].share, cases[i].total);
      g_assert_cmpuint (kn_distribution_allowed_count (cases[i].share, cases[i].total), ==,
                        cases[i].allowed);
    }
}

static void
test_distribution_required_count (void)
{
  /* "At least": the smallest count with count ÷ total ≥ share, never rounded down. */
  static const struct
  {
    double share;
    guint  total;
    guint  required;
  } cases[] = {
    { 0.60, 4, 3 },     /* 2.4: 2 would be 50 % */
    { 0.60, 5, 3 },
    { 0.60, 7, 5 },     /* 4.2: 4 would be 57.1 % */
    { 0.60, 8, 5 },     /* 4.8 */
    { 0.60, 10, 6 },
    { 0.60, 15, 9 },
    { 0.60, 20, 12 },
    { 0.60, 3, 2 },     /* 1.8 */
    { 0.60, 2, 2 },     /* 1.2: 1 would be 50 % */
    { 0.60, 1, 1 },
    { 0.10, 1, 1 },     /* 0.1: 0 would be 0 % */
    { 0.10, 5, 1 },
    { 0.10, 7, 1 },
    { 0.10, 10, 1 },
    { 0.10, 11, 2 },    /* 1.1 */
    { 0.10, 20, 2 },
    { 0.10, 30, 3 },    /* 0.1 × 30 is 3.0000000000000004 in binary: still 3 */
    { 0.0, 10, 0 }, { 0.60, 0, 0 }, { 1.0, 13, 13 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("at least %g of %u", cases[i].share, cases[i].total);
      g_assert_cmpuint (kn_distribution_required_count (cases[i].share, cases[i].total), ==,
                        cases[i].required);
    }
}

static void
test_distribution_rule_count (void)
{
  static const KnDistributionRule at_most = { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_MOST, M (BAIK), 0.70 };
  static const KnDistributionRule at_least = { KN_ORG_PREDIKAT_KURANG, KN_BOUND_AT_LEAST,
                                               M (KURANG), 0.60 };
  static const KnDistributionRule one = { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_LEAST_ONE,
                                          M (KURANG) | M (BUTUH_PERBAIKAN), 0 };
  static const KnDistributionRule largest = { KN_ORG_PREDIKAT_BAIK, KN_BOUND_LARGEST, M (BAIK), 0 };
  /* Shares kept as data may be out of range: they are taken as 0 or 1. */
  static const KnDistributionRule above = { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_MOST, M (BAIK), 1.5 };
  static const KnDistributionRule below = { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_LEAST, M (BAIK), -1 };

  g_assert_cmpuint (kn_distribution_rule_count (&at_most, 7), ==, 4);
  g_assert_cmpuint (kn_distribution_rule_count (&at_least, 7), ==, 5);
  g_assert_cmpuint (kn_distribution_rule_count (&one, 7), ==, 1);
  g_assert_cmpuint (kn_distribution_rule_count (&largest, 7), ==, 0);
  g_assert_cmpuint (kn_distribution_rule_count (&above, 7), ==, 7);
  g_assert_cmpuint (kn_distribution_rule_count (&below, 7), ==, 0);
}

#define OK 0
#define V1(kind, mask, count, limit) 1, { { KN_BOUND_##kind, mask, count, limit } }
#define SMALL(limit) V1 (UNIT_SIZE, 0, 0, limit)

/* Hand-computed at the boundaries of each rule for 5, 7, 8, 10 and 20 people (and the small
 * units where a pattern cannot be kept at all). A comment "was …" marks a case that rounding
 * half up in the unit's favour decided the other way. */
static const DistributionCase distribution_cases[] = {
  /* Istimewa: Sangat Baik is the largest group, at most 70 %. */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 2, 3 }, OK },                 /* 5: at most 3 */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 1, 4 }, V1 (AT_MOST, M (SANGAT_BAIK), 4, 3) }, /* was ok */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 1, 2, 2 }, OK },                 /* a tie keeps it */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 3, 2 }, V1 (LARGEST, M (SANGAT_BAIK), 2, 3) },
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 3, 4 }, OK },                 /* 7: at most 4 */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 2, 5 }, V1 (AT_MOST, M (SANGAT_BAIK), 5, 4) }, /* was ok */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 1, 3, 3 }, OK },
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 4, 3 }, V1 (LARGEST, M (SANGAT_BAIK), 3, 4) },
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 3, 5 }, OK },                 /* 8: at most 5 */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 2, 6 }, V1 (AT_MOST, M (SANGAT_BAIK), 6, 5) }, /* was ok */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 3, 7 }, OK },                 /* 10: at most 7 */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 2, 8 }, V1 (AT_MOST, M (SANGAT_BAIK), 8, 7) },
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 1, 6, 3 }, V1 (LARGEST, M (SANGAT_BAIK), 3, 6) },
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 1, 5, 4 }, V1 (LARGEST, M (SANGAT_BAIK), 4, 5) },
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 6, 14 }, OK },                /* 20: at most 14 */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 1, 6, 13 }, OK },
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 5, 15 }, V1 (AT_MOST, M (SANGAT_BAIK), 15, 14) },
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 10, 10 }, OK },
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 11, 9 }, V1 (LARGEST, M (SANGAT_BAIK), 9, 11) },
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 1, 2 }, OK },                 /* 3: at most 2 */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 0, 3 }, V1 (AT_MOST, M (SANGAT_BAIK), 3, 2) },
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 1, 1 }, OK },                 /* 2: at most 1 */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 0, 2 }, V1 (AT_MOST, M (SANGAT_BAIK), 2, 1) },
  /* 1: Sangat Baik may not be 1 (100 %), and with 0 it is not the largest group. */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 0, 1 }, SMALL (2) },          /* was ok */
  { KN_ORG_PREDIKAT_ISTIMEWA, { 0, 0, 0, 1, 0 }, SMALL (2) },

  /* Baik: Baik is the largest group, at most 70 %, at least one Butuh Perbaikan or Kurang. */
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 1, 3, 1 }, OK },                     /* 5: at most 3 */
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 1, 4, 0 }, V1 (AT_MOST, M (BAIK), 4, 3) },   /* was ok */
  { KN_ORG_PREDIKAT_BAIK, { 0, 1, 0, 2, 2 }, OK },
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 0, 3, 2 },
    V1 (AT_LEAST_ONE, M (BUTUH_PERBAIKAN) | M (KURANG), 0, 1) },
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 1, 1, 3 }, V1 (LARGEST, M (BAIK), 1, 3) },
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 1, 4, 2 }, OK },                     /* 7: at most 4 */
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 1, 5, 1 }, V1 (AT_MOST, M (BAIK), 5, 4) },   /* was ok */
  { KN_ORG_PREDIKAT_BAIK, { 0, 1, 0, 5, 1 }, V1 (AT_MOST, M (BAIK), 5, 4) },   /* was ok */
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 2, 5, 1 }, OK },                     /* 8: at most 5 */
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 2, 6, 0 }, V1 (AT_MOST, M (BAIK), 6, 5) },   /* was ok */
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 1, 7, 2 }, OK },                     /* 10: at most 7 */
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 2, 8, 0 }, V1 (AT_MOST, M (BAIK), 8, 7) },
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 0, 7, 3 },
    V1 (AT_LEAST_ONE, M (BUTUH_PERBAIKAN) | M (KURANG), 0, 1) },
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 1, 3, 6 }, V1 (LARGEST, M (BAIK), 3, 6) },
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 2, 4, 4 }, OK },
  { KN_ORG_PREDIKAT_BAIK, { 2, 2, 2, 2, 2 }, OK },                     /* all tied */
  { KN_ORG_PREDIKAT_BAIK, { 3, 0, 0, 1, 6 }, 2,
    { { KN_BOUND_LARGEST, M (BAIK), 1, 6 },
      { KN_BOUND_AT_LEAST_ONE, M (BUTUH_PERBAIKAN) | M (KURANG), 0, 1 } } },
  { KN_ORG_PREDIKAT_BAIK, { 0, 1, 0, 14, 5 }, OK },                    /* 20: at most 14 */
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 1, 15, 4 }, V1 (AT_MOST, M (BAIK), 15, 14) },
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 0, 3, 0 }, 2,                        /* 3: at most 2 */
    { { KN_BOUND_AT_MOST, M (BAIK), 3, 2 },
      { KN_BOUND_AT_LEAST_ONE, M (BUTUH_PERBAIKAN) | M (KURANG), 0, 1 } } },
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 1, 1, 0 }, OK },                     /* 2 */
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 1, 0, 1 }, V1 (LARGEST, M (BAIK), 0, 1) },
  /* 1: Baik would be 100 % and leave no one for Butuh Perbaikan or Kurang. */
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 0, 1, 0 }, SMALL (2) },
  { KN_ORG_PREDIKAT_BAIK, { 0, 0, 1, 0, 0 }, SMALL (2) },

  /* Butuh Perbaikan: at least 60 % Butuh Perbaikan, at most 10 % Sangat Baik. */
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 3, 1, 0 }, OK },          /* 4: at least 3 */
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 2, 2, 0 },
    V1 (AT_LEAST, M (BUTUH_PERBAIKAN), 2, 3) },                          /* was ok */
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 3, 2, 0 }, OK },          /* 5: at least 3, no SB */
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 2, 3, 0 }, V1 (AT_LEAST, M (BUTUH_PERBAIKAN), 2, 3) },
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 3, 1, 1 },
    V1 (AT_MOST, M (SANGAT_BAIK), 1, 0) },                               /* was ok */
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 5, 2, 0 }, OK },          /* 7: at least 5, no SB */
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 4, 3, 0 },
    V1 (AT_LEAST, M (BUTUH_PERBAIKAN), 4, 5) },                          /* was ok */
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 5, 1, 1 },
    V1 (AT_MOST, M (SANGAT_BAIK), 1, 0) },                               /* was ok */
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 5, 3, 0 }, OK },          /* 8: at least 5, no SB */
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 4, 4, 0 }, V1 (AT_LEAST, M (BUTUH_PERBAIKAN), 4, 5) },
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 6, 1, 1 },
    V1 (AT_MOST, M (SANGAT_BAIK), 1, 0) },                               /* was ok */
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 6, 3, 1 }, OK },          /* 10: at least 6, 1 SB */
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 7, 3, 0 }, OK },
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 5, 4, 1 }, V1 (AT_LEAST, M (BUTUH_PERBAIKAN), 5, 6) },
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 6, 2, 2 }, V1 (AT_MOST, M (SANGAT_BAIK), 2, 1) },
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 12, 6, 2 }, OK },         /* 20: at least 12, 2 SB */
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 11, 7, 2 },
    V1 (AT_LEAST, M (BUTUH_PERBAIKAN), 11, 12) },
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 13, 4, 3 }, V1 (AT_MOST, M (SANGAT_BAIK), 3, 2) },
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 1, 0, 0 }, OK },          /* 1 */
  { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, { 0, 0, 0, 1, 0 }, V1 (AT_LEAST, M (BUTUH_PERBAIKAN), 0, 1) },

  /* Kurang: at least 60 % Kurang, at least 10 % Butuh Perbaikan, at most 10 % Sangat Baik. */
  { KN_ORG_PREDIKAT_KURANG, { 0, 3, 1, 1, 0 }, OK },                   /* 5: K ≥ 3, BP ≥ 1, no SB */
  { KN_ORG_PREDIKAT_KURANG, { 0, 2, 1, 2, 0 }, V1 (AT_LEAST, M (KURANG), 2, 3) },
  { KN_ORG_PREDIKAT_KURANG, { 0, 4, 0, 1, 0 }, V1 (AT_LEAST, M (BUTUH_PERBAIKAN), 0, 1) },
  { KN_ORG_PREDIKAT_KURANG, { 0, 3, 1, 0, 1 }, V1 (AT_MOST, M (SANGAT_BAIK), 1, 0) }, /* was ok */
  { KN_ORG_PREDIKAT_KURANG, { 0, 5, 1, 1, 0 }, OK },                   /* 7: K ≥ 5 */
  { KN_ORG_PREDIKAT_KURANG, { 0, 4, 1, 2, 0 }, V1 (AT_LEAST, M (KURANG), 4, 5) },     /* was ok */
  { KN_ORG_PREDIKAT_KURANG, { 0, 5, 1, 2, 0 }, OK },                   /* 8: K ≥ 5, no SB */
  { KN_ORG_PREDIKAT_KURANG, { 0, 5, 1, 1, 1 }, V1 (AT_MOST, M (SANGAT_BAIK), 1, 0) }, /* was ok */
  { KN_ORG_PREDIKAT_KURANG, { 0, 6, 1, 2, 1 }, OK },                   /* 10: K ≥ 6, 1 SB */
  { KN_ORG_PREDIKAT_KURANG, { 0, 6, 0, 3, 1 }, V1 (AT_LEAST, M (BUTUH_PERBAIKAN), 0, 1) },
  { KN_ORG_PREDIKAT_KURANG, { 0, 0, 0, 0, 10 }, 3,
    { { KN_BOUND_AT_LEAST, M (KURANG), 0, 6 },
      { KN_BOUND_AT_LEAST, M (BUTUH_PERBAIKAN), 0, 1 },
      { KN_BOUND_AT_MOST, M (SANGAT_BAIK), 10, 1 } } },
  { KN_ORG_PREDIKAT_KURANG, { 0, 12, 2, 4, 2 }, OK },                  /* 20: K ≥ 12, BP ≥ 2 */
  { KN_ORG_PREDIKAT_KURANG, { 0, 12, 1, 5, 2 }, V1 (AT_LEAST, M (BUTUH_PERBAIKAN), 1, 2) },
  { KN_ORG_PREDIKAT_KURANG, { 0, 11, 2, 5, 2 }, V1 (AT_LEAST, M (KURANG), 11, 12) },
  { KN_ORG_PREDIKAT_KURANG, { 0, 12, 2, 3, 3 }, V1 (AT_MOST, M (SANGAT_BAIK), 3, 2) },
  { KN_ORG_PREDIKAT_KURANG, { 0, 2, 1, 0, 0 }, OK },                   /* 3: K ≥ 2, BP ≥ 1 */
  { KN_ORG_PREDIKAT_KURANG, { 0, 3, 0, 0, 0 }, V1 (AT_LEAST, M (BUTUH_PERBAIKAN), 0, 1) },
  /* 1 and 2: 60 % Kurang and 10 % Butuh Perbaikan need 2 + 1 people. */
  { KN_ORG_PREDIKAT_KURANG, { 0, 1, 0, 0, 0 }, SMALL (3) },            /* was ok */
  { KN_ORG_PREDIKAT_KURANG, { 0, 2, 0, 0, 0 }, SMALL (3) },
  { KN_ORG_PREDIKAT_KURANG, { 0, 1, 1, 0, 0 }, SMALL (3) },            /* was ok */

  /* Sangat Kurang: at least 60 % Sangat Kurang, at least 10 % Kurang or Butuh Perbaikan,
   * no Sangat Baik. */
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 3, 1, 0, 1, 0 }, OK },            /* 5: SK ≥ 3, K+BP ≥ 1 */
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 3, 0, 0, 2, 0 },
    V1 (AT_LEAST, M (KURANG) | M (BUTUH_PERBAIKAN), 0, 1) },
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 2, 0, 1, 2, 0 }, V1 (AT_LEAST, M (SANGAT_KURANG), 2, 3) },
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 5, 0, 1, 1, 0 }, OK },            /* 7: SK ≥ 5 */
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 4, 1, 0, 2, 0 },
    V1 (AT_LEAST, M (SANGAT_KURANG), 4, 5) },                            /* was ok */
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 5, 1, 0, 2, 0 }, OK },            /* 8: SK ≥ 5 */
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 5, 0, 0, 2, 1 }, 2,
    { { KN_BOUND_AT_LEAST, M (KURANG) | M (BUTUH_PERBAIKAN), 0, 1 },
      { KN_BOUND_AT_MOST, M (SANGAT_BAIK), 1, 0 } } },
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 6, 1, 0, 3, 0 }, OK },            /* 10: SK ≥ 6 */
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 6, 0, 0, 4, 0 },
    V1 (AT_LEAST, M (KURANG) | M (BUTUH_PERBAIKAN), 0, 1) },
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 6, 1, 0, 2, 1 }, V1 (AT_MOST, M (SANGAT_BAIK), 1, 0) },
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 12, 1, 1, 6, 0 }, OK },           /* 20: SK ≥ 12, K+BP ≥ 2 */
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 12, 1, 0, 7, 0 },
    V1 (AT_LEAST, M (KURANG) | M (BUTUH_PERBAIKAN), 1, 2) },
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 11, 2, 0, 7, 0 }, V1 (AT_LEAST, M (SANGAT_KURANG), 11, 12) },
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 2, 1, 0, 0, 0 }, OK },            /* 3 */
  /* 1 and 2: 60 % Sangat Kurang and 10 % Kurang or Butuh Perbaikan need 2 + 1 people. */
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 1, 0, 0, 0, 0 }, SMALL (3) },     /* was ok */
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 2, 0, 0, 0, 0 }, SMALL (3) },
  { KN_ORG_PREDIKAT_SANGAT_KURANG, { 0, 0, 0, 0, 1 }, SMALL (3) },
};

static void
check_case (const DistributionCase *c)
{
  g_autoptr(GPtrArray) violations = check_defaults (c->org, &c->unit);
  guint total = c->unit.sk + c->unit.k + c->unit.bp + c->unit.b + c->unit.sb;

  g_assert_nonnull (violations);
  for (guint j = 0; j < violations->len; j++)
    {
      const KnDistributionViolation *v = g_ptr_array_index (violations, j);

      g_test_message ("  %s", v->message);
    }
  g_assert_cmpuint (violations->len, ==, c->n_expected);

  for (guint j = 0; j < c->n_expected; j++)
    {
      const KnDistributionViolation *v = g_ptr_array_index (violations, j);
      const Expected *e = &c->expected[j];
      g_autofree char *count_text = g_strdup_printf ("%u", e->count);

      g_assert_cmpint (v->rule.org, ==, c->org);
      g_assert_cmpint (v->rule.kind, ==, e->kind);
      g_assert_cmphex (v->rule.predikats, ==, e->predikats);
      g_assert_cmpuint (v->count, ==, e->kind == KN_BOUND_UNIT_SIZE ? total : e->count);
      g_assert_cmpuint (v->limit, ==, e->limit);
      g_assert_cmpuint (v->total, ==, total);
      g_assert_nonnull (v->message);
      g_assert_nonnull (v->print_message);

      /* The message names the numbers the rule is about. */
      switch (e->kind)
        {
        case KN_BOUND_AT_MOST:
        case KN_BOUND_AT_LEAST:
          if (e->kind == KN_BOUND_AT_LEAST || e->limit > 0)
            {
              g_autofree char *of = g_strdup_printf ("%u of %u", e->count, total);
              const char *word = e->kind == KN_BOUND_AT_MOST ? "at most" : "at least";
              g_autofree char *bound = g_strdup_printf ("%s %u)", word, e->limit);

              assert_contains (v->message, of);
              assert_contains (v->message, bound);
            }
          else
            assert_contains (v->message, count_text);
          break;
        case KN_BOUND_LARGEST:
          {
            g_autofree char *against = g_strdup_printf ("(%u against %u)", e->limit, e->count);

            assert_contains (v->message, against);
          }
          break;
        case KN_BOUND_AT_LEAST_ONE:
          assert_contains (v->message, "there is none");
          break;
        case KN_BOUND_UNIT_SIZE:
          assert_contains (v->message, "too small");
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
test_distribution_org (gconstpointer data)
{
  KnOrgPredikat org = GPOINTER_TO_INT (data);
  guint n_cases = 0;

  for (guint i = 0; i < G_N_ELEMENTS (distribution_cases); i++)
    {
      const DistributionCase *c = &distribution_cases[i];

      if (c->org != org)
        continue;

      g_test_message ("case %u: SK %u, K %u, BP %u, B %u, SB %u", i,
                      c->unit.sk, c->unit.k, c->unit.bp, c->unit.b, c->unit.sb);
      check_case (c);
      n_cases++;
    }

  g_assert_cmpuint (n_cases, >, 0);
}

/* The smallest unit each default pattern can be kept by, worked out by hand: Istimewa and Baik
 * from 2 (1 person cannot be at most 70 % of the unit and the largest group at once), Butuh
 * Perbaikan from 1, Kurang and Sangat Kurang from 3 (60 % and 10 % of 1 or 2 people need 2 + 1). */
static void
test_distribution_attainable (void)
{
  static const struct
  {
    KnOrgPredikat org;
    guint         smallest;
  } cases[] = {
    { KN_ORG_PREDIKAT_ISTIMEWA, 2 },
    { KN_ORG_PREDIKAT_BAIK, 2 },
    { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, 1 },
    { KN_ORG_PREDIKAT_KURANG, 3 },
    { KN_ORG_PREDIKAT_SANGAT_KURANG, 3 },
  };
  const KnDistributionRule *rules;
  guint n_rules = 0;

  rules = kn_distribution_default_rules (&n_rules);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      /* An empty unit keeps every pattern. */
      g_assert_true (kn_distribution_is_attainable (cases[i].org, 0, rules, n_rules));
      for (guint n = 1; n <= 40; n++)
        {
          g_test_message ("%s with %u", kn_org_predikat_to_string (cases[i].org), n);
          g_assert_cmpint (kn_distribution_is_attainable (cases[i].org, n, rules, n_rules), ==,
                           n >= cases[i].smallest);
        }
      g_assert_true (kn_distribution_is_attainable (cases[i].org, 19000, rules, n_rules));
    }

  /* No predikat organisasi: no rule, nothing to keep. */
  g_assert_true (kn_distribution_is_attainable (KN_ORG_PREDIKAT_NONE, 1, rules, n_rules));
}

static void
test_distribution_attainable_custom (void)
{
  /* Rules kept as data can contradict each other at any size: 60 % + 60 % > 100 %. */
  static const KnDistributionRule never[] = {
    { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_LEAST, 1u << KN_PREDIKAT_BAIK, 0.60 },
    { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_LEAST, 1u << KN_PREDIKAT_SANGAT_BAIK, 0.60 },
  };
  /* 50 % and 50 % exactly: only an even unit can keep both. */
  static const KnDistributionRule even[] = {
    { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_LEAST, 1u << KN_PREDIKAT_BAIK, 0.50 },
    { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_LEAST, 1u << KN_PREDIKAT_SANGAT_BAIK, 0.50 },
  };
  /* Two groups that must each be the largest, and at least one of a third. */
  static const KnDistributionRule largest[] = {
    { KN_ORG_PREDIKAT_BAIK, KN_BOUND_LARGEST, 1u << KN_PREDIKAT_BAIK, 0 },
    { KN_ORG_PREDIKAT_BAIK, KN_BOUND_LARGEST, 1u << KN_PREDIKAT_SANGAT_BAIK, 0 },
    { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_LEAST_ONE, 1u << KN_PREDIKAT_KURANG, 0 },
  };
  guint counts[KN_PREDIKAT_N] = { 0, 0, 0, 0, 3, 4 };
  g_autoptr(GPtrArray) violations = NULL;
  KnDistributionViolation *v;

  for (guint n = 1; n <= 30; n++)
    {
      g_assert_false (kn_distribution_is_attainable (KN_ORG_PREDIKAT_BAIK, n, never, 2));
      g_assert_cmpint (kn_distribution_is_attainable (KN_ORG_PREDIKAT_BAIK, n, even, 2), ==,
                       n % 2 == 0);
      /* B = SB ≥ K ≥ 1: from 3 people. */
      g_assert_cmpint (kn_distribution_is_attainable (KN_ORG_PREDIKAT_BAIK, n, largest, 3), ==,
                       n >= 3);
    }
  g_assert_false (kn_distribution_is_attainable (KN_ORG_PREDIKAT_BAIK, 19000, never, 2));
  g_assert_false (kn_distribution_is_attainable (KN_ORG_PREDIKAT_BAIK, 19001, even, 2));
  g_assert_true (kn_distribution_is_attainable (KN_ORG_PREDIKAT_BAIK, 19000, even, 2));

  /* 7 people cannot keep "even": the sentence names the next size that can. */
  violations = kn_distribution_check (KN_ORG_PREDIKAT_BAIK, counts, even, 2);
  g_assert_cmpuint (violations->len, ==, 1);
  v = g_ptr_array_index (violations, 0);
  g_assert_cmpint (v->rule.kind, ==, KN_BOUND_UNIT_SIZE);
  g_assert_cmpuint (v->count, ==, 7);
  g_assert_cmpuint (v->limit, ==, 8);
  g_clear_pointer (&violations, g_ptr_array_unref);

  /* Seven rated and one not yet: a unit of eight, which can keep "even" once the eighth is
   * rated — what the seven break is said, not that the unit is too small. */
  counts[KN_PREDIKAT_NONE] = 1;
  violations = kn_distribution_check (KN_ORG_PREDIKAT_BAIK, counts, even, 2);
  g_assert_cmpuint (violations->len, >, 0);
  for (guint i = 0; i < violations->len; i++)
    g_assert_cmpint (((KnDistributionViolation *) g_ptr_array_index (violations, i))->rule.kind,
                     !=, KN_BOUND_UNIT_SIZE);
  g_clear_pointer (&violations, g_ptr_array_unref);
  /* Seven rated and two not yet: nine cannot keep it either; the unit of nine is too small. */
  counts[KN_PREDIKAT_NONE] = 2;
  violations = kn_distribution_check (KN_ORG_PREDIKAT_BAIK, counts, even, 2);
  g_assert_cmpuint (violations->len, ==, 1);
  v = g_ptr_array_index (violations, 0);
  g_assert_cmpint (v->rule.kind, ==, KN_BOUND_UNIT_SIZE);
  g_assert_cmpuint (v->count, ==, 9);
  g_clear_pointer (&violations, g_ptr_array_unref);
  counts[KN_PREDIKAT_NONE] = 0;

  /* No size can keep "never": the sentence says so without a size. */
  violations = kn_distribution_check (KN_ORG_PREDIKAT_BAIK, counts, never, 2);
  g_assert_cmpuint (violations->len, ==, 1);
  v = g_ptr_array_index (violations, 0);
  g_assert_cmpint (v->rule.kind, ==, KN_BOUND_UNIT_SIZE);
  g_assert_cmpuint (v->limit, ==, 0);
  g_assert_cmpstr (v->message, ==,
                   "No distribution of 7 employees can keep the pattern for Baik: its rules "
                   "contradict each other.");
}

typedef struct
{
  guint min[KN_PREDIKAT_N];
  guint max[KN_PREDIKAT_N];
} Limits;

/* Each bound worked out by hand; written { NONE, SK, K, BP, B, SB }. */
static void
test_distribution_limits (void)
{
  static const struct
  {
    KnOrgPredikat org;
    guint         total;
    Limits        limits;
  } cases[] = {
    /* Baik largest: 5 × Baik ≥ 10, so Baik ≥ 2; Baik ≤ 7; Sangat Baik ≤ Baik with one Butuh
     * Perbaikan or Kurang left: 4 + 5 + 1; Butuh Perbaikan or Kurang: 5 + 5; Sangat Kurang: 4. */
    { KN_ORG_PREDIKAT_BAIK, 10, { { 0, 0, 0, 0, 2, 0 }, { 0, 4, 5, 5, 7, 4 } } },
    { KN_ORG_PREDIKAT_BAIK, 5, { { 0, 0, 0, 0, 1, 0 }, { 0, 2, 2, 2, 3, 2 } } },
    { KN_ORG_PREDIKAT_BAIK, 8, { { 0, 0, 0, 0, 2, 0 }, { 0, 3, 4, 4, 5, 3 } } },
    { KN_ORG_PREDIKAT_ISTIMEWA, 10, { { 0, 0, 0, 0, 0, 2 }, { 0, 5, 5, 5, 5, 7 } } },
    { KN_ORG_PREDIKAT_ISTIMEWA, 7, { { 0, 0, 0, 0, 0, 2 }, { 0, 3, 3, 3, 3, 4 } } },
    { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, 5, { { 0, 0, 0, 3, 0, 0 }, { 0, 2, 2, 5, 2, 0 } } },
    { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, 20, { { 0, 0, 0, 12, 0, 0 }, { 0, 8, 8, 20, 8, 2 } } },
    { KN_ORG_PREDIKAT_KURANG, 10, { { 0, 0, 6, 1, 0, 0 }, { 0, 3, 9, 4, 3, 1 } } },
    { KN_ORG_PREDIKAT_KURANG, 7, { { 0, 0, 5, 1, 0, 0 }, { 0, 1, 6, 2, 1, 0 } } },
    { KN_ORG_PREDIKAT_SANGAT_KURANG, 10, { { 0, 6, 0, 0, 0, 0 }, { 0, 9, 4, 4, 3, 0 } } },
    { KN_ORG_PREDIKAT_SANGAT_KURANG, 3, { { 0, 2, 0, 0, 0, 0 }, { 0, 2, 1, 1, 0, 0 } } },
    /* A province's OPD: Baik ≥ 19000 ÷ 5, ≤ 70 %; Sangat Baik 9499 + Baik 9500 + 1. */
    { KN_ORG_PREDIKAT_BAIK, 19000,
      { { 0, 0, 0, 0, 3800, 0 }, { 0, 9499, 9500, 9500, 13300, 9499 } } },
    { KN_ORG_PREDIKAT_NONE, 6, { { 0, 0, 0, 0, 0, 0 }, { 0, 6, 6, 6, 6, 6 } } },
  };
  const KnDistributionRule *rules;
  guint n_rules = 0;

  rules = kn_distribution_default_rules (&n_rules);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint min[KN_PREDIKAT_N];
      guint max[KN_PREDIKAT_N];

      g_test_message ("%s with %u", kn_org_predikat_to_string (cases[i].org), cases[i].total);
      g_assert_true (kn_distribution_limits (cases[i].org, cases[i].total, rules, n_rules,
                                             min, max));
      for (guint p = 0; p < KN_PREDIKAT_N; p++)
        {
          g_test_message ("  predikat %u: %u–%u", p, min[p], max[p]);
          g_assert_cmpuint (min[p], ==, cases[i].limits.min[p]);
          g_assert_cmpuint (max[p], ==, cases[i].limits.max[p]);
        }
    }
}

static void
test_distribution_limits_too_small (void)
{
  const KnDistributionRule *rules;
  guint n_rules = 0;
  guint min[KN_PREDIKAT_N];
  guint max[KN_PREDIKAT_N];

  rules = kn_distribution_default_rules (&n_rules);
  g_assert_false (kn_distribution_limits (KN_ORG_PREDIKAT_KURANG, 2, rules, n_rules, min, max));
  for (guint p = KN_PREDIKAT_NONE + 1; p < KN_PREDIKAT_N; p++)
    {
      g_assert_cmpuint (min[p], ==, 0);
      g_assert_cmpuint (max[p], ==, 2);
    }
  g_assert_cmpuint (max[KN_PREDIKAT_NONE], ==, 0);
}

static void
test_distribution_empty (void)
{
  static const Unit empty = { 0, 0, 0, 0, 0 };
  guint counts[KN_PREDIKAT_N];

  for (KnOrgPredikat org = KN_ORG_PREDIKAT_NONE; org < KN_ORG_PREDIKAT_N; org++)
    {
      g_autoptr(GPtrArray) violations = check_defaults (org, &empty);

      g_assert_nonnull (violations);
      g_assert_cmpuint (violations->len, ==, 0);
    }

  /* People without a predikat yet do not count. */
  unit_to_counts (&empty, counts);
  counts[KN_PREDIKAT_NONE] = 12;
  {
    guint n_rules = 0;
    const KnDistributionRule *rules = kn_distribution_default_rules (&n_rules);
    g_autoptr(GPtrArray) violations = kn_distribution_check (KN_ORG_PREDIKAT_BAIK, counts,
                                                             rules, n_rules);

    g_assert_cmpuint (violations->len, ==, 0);
  }
}

static void
test_distribution_only_org (void)
{
  /* Without a predikat organisasi no rule applies. */
  static const Unit all_sb = { 0, 0, 0, 0, 10 };
  static const Unit all_b = { 0, 0, 0, 10, 0 };
  g_autoptr(GPtrArray) none = check_defaults (KN_ORG_PREDIKAT_NONE, &all_sb);
  g_autoptr(GPtrArray) istimewa = check_defaults (KN_ORG_PREDIKAT_ISTIMEWA, &all_b);
  static const KnDistributionRule custom[] = {
    { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_MOST, 1u << KN_PREDIKAT_BAIK, 0.5 },
    { KN_ORG_PREDIKAT_ISTIMEWA, KN_BOUND_AT_MOST, 1u << KN_PREDIKAT_BAIK, 0.9 },
  };
  guint counts[KN_PREDIKAT_N];
  g_autoptr(GPtrArray) custom_violations = NULL;

  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (istimewa->len, ==, 1);
  g_assert_cmpint (((KnDistributionViolation *) g_ptr_array_index (istimewa, 0))->rule.kind, ==,
                   KN_BOUND_LARGEST);

  /* Rules are data: only the given table counts, and only its rows for the org. */
  unit_to_counts (&all_b, counts);
  custom_violations = kn_distribution_check (KN_ORG_PREDIKAT_ISTIMEWA, counts, custom,
                                             G_N_ELEMENTS (custom));
  g_assert_cmpuint (custom_violations->len, ==, 1);
  g_assert_cmpuint (((KnDistributionViolation *) g_ptr_array_index (custom_violations, 0))->limit,
                    ==, 9);
  g_clear_pointer (&custom_violations, g_ptr_array_unref);
  custom_violations = kn_distribution_check (KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, counts, custom,
                                             G_N_ELEMENTS (custom));
  g_assert_cmpuint (custom_violations->len, ==, 0);
}

static const KnDistributionViolation *
violation_for (KnOrgPredikat  org,
               const Unit    *unit,
               KnBoundKind    kind,
               GPtrArray    **keep)
{
  *keep = check_defaults (org, unit);

  for (guint i = 0; i < (*keep)->len; i++)
    {
      KnDistributionViolation *v = g_ptr_array_index (*keep, i);

      if (v->rule.kind == kind)
        return v;
    }

  g_error ("no violation of kind %d", kind);
  return NULL;
}

static const char *
message_for (KnOrgPredikat  org,
             const Unit    *unit,
             KnBoundKind    kind,
             GPtrArray    **keep)
{
  return violation_for (org, unit, kind, keep)->message;
}

static void
test_distribution_messages (void)
{
  static const Unit baik_8 = { 0, 0, 2, 8, 0 };
  static const Unit baik_6_of_8 = { 0, 0, 2, 6, 0 };
  static const Unit bp_5 = { 0, 0, 5, 4, 1 };
  static const Unit istimewa_3 = { 0, 0, 1, 6, 3 };
  static const Unit baik_none = { 0, 0, 0, 7, 3 };
  static const Unit sk_sb_2 = { 6, 1, 0, 1, 2 };
  static const Unit sk_sb_1 = { 6, 1, 0, 2, 1 };
  static const Unit kurang_7 = { 0, 3, 1, 3, 0 };
  static const Unit kurang_1 = { 0, 1, 0, 0, 0 };
  static const Unit baik_1 = { 0, 0, 0, 1, 0 };
  static const Unit bp_1 = { 0, 0, 0, 1, 0 };
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  g_autoptr(GPtrArray) c = NULL;
  g_autoptr(GPtrArray) d = NULL;
  g_autoptr(GPtrArray) e = NULL;
  g_autoptr(GPtrArray) f = NULL;
  g_autoptr(GPtrArray) g = NULL;
  g_autoptr(GPtrArray) h = NULL;
  g_autoptr(GPtrArray) i = NULL;
  g_autoptr(GPtrArray) j = NULL;
  g_autoptr(GPtrArray) k = NULL;

  g_assert_cmpstr (message_for (KN_ORG_PREDIKAT_BAIK, &baik_8, KN_BOUND_AT_MOST, &a), ==,
                   "Baik: 8 of 10 employees (80.00 %), more than the 70 % allowed (at most 7).");
  g_assert_cmpstr (message_for (KN_ORG_PREDIKAT_BAIK, &baik_6_of_8, KN_BOUND_AT_MOST, &i), ==,
                   "Baik: 6 of 8 employees (75.00 %), more than the 70 % allowed (at most 5).");
  g_assert_cmpstr (message_for (KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, &bp_5, KN_BOUND_AT_LEAST, &b), ==,
                   "Butuh Perbaikan: 5 of 10 employees (50.00 %), fewer than the 60 % required "
                   "(at least 6).");
  g_assert_cmpstr (message_for (KN_ORG_PREDIKAT_ISTIMEWA, &istimewa_3, KN_BOUND_LARGEST, &c), ==,
                   "Sangat Baik should be the largest group, but Baik has more (6 against 3).");
  g_assert_cmpstr (message_for (KN_ORG_PREDIKAT_BAIK, &baik_none, KN_BOUND_AT_LEAST_ONE, &d), ==,
                   "At least one employee should be Butuh Perbaikan or Kurang/Misconduct; "
                   "there is none.");
  g_assert_cmpstr (message_for (KN_ORG_PREDIKAT_SANGAT_KURANG, &sk_sb_2, KN_BOUND_AT_MOST, &e), ==,
                   "No employee may be Sangat Baik; there are 2.");
  g_assert_cmpstr (message_for (KN_ORG_PREDIKAT_SANGAT_KURANG, &sk_sb_1, KN_BOUND_AT_MOST, &f), ==,
                   "No employee may be Sangat Baik; there is 1.");
  /* Every share with two decimals, as the documents write them (kn_format_doc_percent). */
  g_assert_cmpstr (message_for (KN_ORG_PREDIKAT_KURANG, &kurang_7, KN_BOUND_AT_LEAST, &g), ==,
                   "Kurang/Misconduct: 3 of 7 employees (42.86 %), fewer than the 60 % required "
                   "(at least 5).");
  g_assert_cmpstr (message_for (KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, &bp_1, KN_BOUND_AT_LEAST, &h), ==,
                   "Butuh Perbaikan: 0 of 1 employee (0.00 %), fewer than the 60 % required "
                   "(at least 1).");

  /* A unit too small for its pattern: one sentence instead of the rules. */
  g_assert_cmpstr (message_for (KN_ORG_PREDIKAT_KURANG, &kurang_1, KN_BOUND_UNIT_SIZE, &j), ==,
                   "A unit of 1 employee is too small for the pattern for Kurang: no distribution "
                   "of its predikat keeps every rule. It takes at least 3 employees.");
  g_assert_cmpuint (j->len, ==, 1);
  g_assert_cmpstr (message_for (KN_ORG_PREDIKAT_BAIK, &baik_1, KN_BOUND_UNIT_SIZE, &k), ==,
                   "A unit of 1 employee is too small for the pattern for Baik: no distribution "
                   "of its predikat keeps every rule. It takes at least 2 employees.");
  g_assert_cmpuint (k->len, ==, 1);
}

/* The document's sentences are Indonesian whatever the language; checked in a child under two
 * locales by test_distribution_print_locales. */
static void
check_print_messages (void)
{
  static const Unit baik_6_of_8 = { 0, 0, 2, 6, 0 };
  static const Unit kurang_7 = { 0, 3, 1, 3, 0 };
  static const Unit istimewa_3 = { 0, 0, 1, 6, 3 };
  static const Unit baik_none = { 0, 0, 0, 7, 3 };
  static const Unit sk_sb_2 = { 6, 1, 0, 1, 2 };
  static const Unit sk_2 = { 2, 0, 0, 0, 0 };
  static const struct
  {
    KnDistributionRule rule;
    const char        *text;
  } rules[] = {
    { { KN_ORG_PREDIKAT_ISTIMEWA, KN_BOUND_LARGEST, M (SANGAT_BAIK), 0 },
      "Sangat Baik menjadi kelompok terbesar" },
    { { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_MOST, M (BAIK), 0.70 }, "Baik paling banyak 70 %" },
    { { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, KN_BOUND_AT_LEAST, M (BUTUH_PERBAIKAN), 0.60 },
      "Butuh Perbaikan paling sedikit 60 %" },
    { { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_LEAST_ONE, M (BUTUH_PERBAIKAN) | M (KURANG), 0 },
      "Paling sedikit satu Butuh Perbaikan atau Kurang/Misconduct" },
    { { KN_ORG_PREDIKAT_SANGAT_KURANG, KN_BOUND_AT_MOST, M (SANGAT_BAIK), 0 },
      "Tidak ada yang Sangat Baik" },
    { { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_MOST, M (BAIK) | M (SANGAT_BAIK) | M (KURANG), 0.125 },
      "Sangat Baik, Baik atau Kurang/Misconduct paling banyak 12,5 %" },
  };
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  g_autoptr(GPtrArray) c = NULL;
  g_autoptr(GPtrArray) d = NULL;
  g_autoptr(GPtrArray) e = NULL;
  g_autoptr(GPtrArray) f = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autofree char *text = kn_distribution_rule_print (&rules[i].rule);

      g_assert_cmpstr (text, ==, rules[i].text);
    }

  g_assert_cmpstr (violation_for (KN_ORG_PREDIKAT_BAIK, &baik_6_of_8, KN_BOUND_AT_MOST,
                                  &a)->print_message, ==,
                   "Baik: 6 dari 8 pegawai (75,00 %), melebihi batas 70 % yang diperbolehkan "
                   "(paling banyak 5).");
  g_assert_cmpstr (violation_for (KN_ORG_PREDIKAT_KURANG, &kurang_7, KN_BOUND_AT_LEAST,
                                  &b)->print_message, ==,
                   "Kurang/Misconduct: 3 dari 7 pegawai (42,86 %), kurang dari 60 % yang "
                   "disyaratkan (paling sedikit 5).");
  g_assert_cmpstr (violation_for (KN_ORG_PREDIKAT_ISTIMEWA, &istimewa_3, KN_BOUND_LARGEST,
                                  &c)->print_message, ==,
                   "Sangat Baik seharusnya menjadi kelompok terbesar, tetapi Baik lebih banyak "
                   "(6 berbanding 3).");
  g_assert_cmpstr (violation_for (KN_ORG_PREDIKAT_BAIK, &baik_none, KN_BOUND_AT_LEAST_ONE,
                                  &d)->print_message, ==,
                   "Paling sedikit satu pegawai seharusnya mendapat predikat Butuh Perbaikan atau "
                   "Kurang/Misconduct; saat ini belum ada.");
  g_assert_cmpstr (violation_for (KN_ORG_PREDIKAT_SANGAT_KURANG, &sk_sb_2, KN_BOUND_AT_MOST,
                                  &e)->print_message, ==,
                   "Tidak boleh ada pegawai dengan predikat Sangat Baik; saat ini ada 2.");
  g_assert_cmpstr (violation_for (KN_ORG_PREDIKAT_SANGAT_KURANG, &sk_2, KN_BOUND_UNIT_SIZE,
                                  &f)->print_message, ==,
                   "Unit kerja dengan 2 pegawai terlalu kecil untuk pola distribusi Sangat Kurang: "
                   "tidak ada sebaran predikat yang memenuhi semua ketentuannya. Pola ini "
                   "memerlukan paling sedikit 3 pegawai.");
}

/* Runs in a child process so that the locale does not leak into other tests. */
static void
test_distribution_print_locales (gconstpointer data)
{
  const char *locale = data;

  if (g_test_subprocess ())
    {
      if (setlocale (LC_ALL, locale) == NULL)
        {
          g_test_skip ("The locale is not installed");
          return;
        }
      check_print_messages ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Runs in a child process so that the locale does not leak into other tests. */
static void
test_distribution_messages_locale (void)
{
  if (g_test_subprocess ())
    {
      static const Unit kurang_7 = { 0, 3, 1, 3, 0 };
      g_autoptr(GPtrArray) violations = NULL;
      KnDistributionViolation *v;

      if (setlocale (LC_ALL, "id_ID.UTF-8") == NULL)
        {
          g_test_skip ("The id_ID.UTF-8 locale is not installed");
          return;
        }

      violations = check_defaults (KN_ORG_PREDIKAT_KURANG, &kurang_7);
      g_assert_cmpuint (violations->len, ==, 1);
      v = g_ptr_array_index (violations, 0);
      assert_contains (v->message, "(42,86 %)");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_distribution_describe (void)
{
  static const struct
  {
    KnDistributionRule rule;
    const char        *text;
  } cases[] = {
    { { KN_ORG_PREDIKAT_ISTIMEWA, KN_BOUND_LARGEST, M (SANGAT_BAIK), 0 },
      "Sangat Baik is the largest group" },
    { { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_MOST, M (BAIK), 0.70 }, "Baik is at most 70 %" },
    { { KN_ORG_PREDIKAT_BUTUH_PERBAIKAN, KN_BOUND_AT_LEAST, M (BUTUH_PERBAIKAN), 0.60 },
      "Butuh Perbaikan is at least 60 %" },
    { { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_LEAST_ONE, M (BUTUH_PERBAIKAN) | M (KURANG), 0 },
      "At least one Butuh Perbaikan or Kurang/Misconduct" },
    { { KN_ORG_PREDIKAT_SANGAT_KURANG, KN_BOUND_AT_MOST, M (SANGAT_BAIK), 0 }, "No Sangat Baik" },
    { { KN_ORG_PREDIKAT_SANGAT_KURANG, KN_BOUND_AT_LEAST, M (KURANG) | M (BUTUH_PERBAIKAN), 0.10 },
      "Butuh Perbaikan or Kurang/Misconduct is at least 10 %" },
    { { KN_ORG_PREDIKAT_BAIK, KN_BOUND_AT_MOST, M (BAIK) | M (SANGAT_BAIK) | M (KURANG), 0.125 },
      "Sangat Baik, Baik or Kurang/Misconduct is at most 12.5 %" },
  };
  const KnDistributionRule *rules;
  guint n_rules = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kn_distribution_rule_describe (&cases[i].rule);

      g_assert_cmpstr (text, ==, cases[i].text);
    }

  rules = kn_distribution_default_rules (&n_rules);
  for (guint i = 0; i < n_rules; i++)
    {
      g_autofree char *text = kn_distribution_rule_describe (&rules[i]);
      g_autofree char *print = kn_distribution_rule_print (&rules[i]);

      g_assert_nonnull (text);
      g_assert_cmpuint (strlen (text), >, 0);
      g_assert_nonnull (print);
      g_assert_cmpuint (strlen (print), >, 0);
    }
}

static void
test_capaian (void)
{
  static const struct
  {
    double      target;
    double      realization;
    KnDirection direction;
    double      percent;
  } cases[] = {
    { 12, 9, KN_DIRECTION_MORE_IS_BETTER, 75 },
    { 12, 12, KN_DIRECTION_MORE_IS_BETTER, 100 },
    { 10, 12, KN_DIRECTION_MORE_IS_BETTER, 120 },
    { 10, 0, KN_DIRECTION_MORE_IS_BETTER, 0 },
    { 100, 87.5, KN_DIRECTION_MORE_IS_BETTER, 87.5 },
    { 3, 4, KN_DIRECTION_LESS_IS_BETTER, 75 },
    { 3, 3, KN_DIRECTION_LESS_IS_BETTER, 100 },
    { 4, 2, KN_DIRECTION_LESS_IS_BETTER, 200 },
    { 0, 5, KN_DIRECTION_LESS_IS_BETTER, 0 },
    { 1500000, 1200000, KN_DIRECTION_LESS_IS_BETTER, 125 },
    /* None allowed and none taken (no day late): the target met. */
    { 0, 0, KN_DIRECTION_LESS_IS_BETTER, 100 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *reason = NULL;
      double percent = -1;

      g_assert_true (kn_capaian_percent (cases[i].target, cases[i].realization,
                                         cases[i].direction, &percent, &reason));
      g_assert_null (reason);
      g_assert_cmpfloat_with_epsilon (percent, cases[i].percent, 1e-9);
    }
}

static void
test_capaian_impossible (void)
{
  static const struct
  {
    double      target;
    double      realization;
    KnDirection direction;
    const char *reason;
  } cases[] = {
    { 0, 5, KN_DIRECTION_MORE_IS_BETTER, "The target is 0, so no percentage can be computed." },
    { 0, 0, KN_DIRECTION_MORE_IS_BETTER, "The target is 0, so no percentage can be computed." },
    { 3, 0, KN_DIRECTION_LESS_IS_BETTER,
      "The realisation is 0, so for a target where less is better no percentage can be computed." },
    { -1, 5, KN_DIRECTION_MORE_IS_BETTER, NULL },
    { 5, -1, KN_DIRECTION_MORE_IS_BETTER, NULL },
    { -3, 4, KN_DIRECTION_LESS_IS_BETTER, NULL },
    { 3, -4, KN_DIRECTION_LESS_IS_BETTER, NULL },
    { NAN, 4, KN_DIRECTION_MORE_IS_BETTER, NULL },
    { 3, INFINITY, KN_DIRECTION_LESS_IS_BETTER, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *reason = NULL;
      double percent = -1;

      g_assert_false (kn_capaian_percent (cases[i].target, cases[i].realization,
                                          cases[i].direction, &percent, &reason));
      g_assert_nonnull (reason);
      if (cases[i].reason != NULL)
        g_assert_cmpstr (reason, ==, cases[i].reason);
      else
        assert_contains (reason, "below 0");
      g_assert_cmpfloat (percent, ==, -1);
    }

  /* The reason is optional. */
  g_assert_false (kn_capaian_percent (0, 1, KN_DIRECTION_MORE_IS_BETTER, NULL, NULL));
}

#define Q(n) { 2026, KN_PERIOD_QUARTER, n }
#define MONTH(n) { 2026, KN_PERIOD_MONTH, n }
#define AKHIR { 2026, KN_PERIOD_ANNUAL, 0 }

static void
test_measure (void)
{
  static const struct
  {
    KnAspect    aspect;
    const char *unit;
    KnMeasure   measure;
  } cases[] = {
    { KN_ASPECT_KUANTITAS, "dokumen", KN_MEASURE_CUMULATIVE },
    { KN_ASPECT_KUANTITAS, "sekolah", KN_MEASURE_CUMULATIVE },
    { KN_ASPECT_KUANTITAS, NULL, KN_MEASURE_CUMULATIVE },
    { KN_ASPECT_KUANTITAS, "%", KN_MEASURE_LEVEL },
    { KN_ASPECT_KUANTITAS, "Persen", KN_MEASURE_LEVEL },
    { KN_ASPECT_KUANTITAS, " indeks ", KN_MEASURE_LEVEL },
    { KN_ASPECT_BIAYA, "rupiah", KN_MEASURE_CUMULATIVE },
    { KN_ASPECT_BIAYA, "Rp", KN_MEASURE_CUMULATIVE },
    { KN_ASPECT_BIAYA, "%", KN_MEASURE_LEVEL },
    { KN_ASPECT_KUALITAS, "%", KN_MEASURE_LEVEL },
    { KN_ASPECT_KUALITAS, "nilai", KN_MEASURE_LEVEL },
    { KN_ASPECT_KUALITAS, "dokumen", KN_MEASURE_LEVEL },
    { KN_ASPECT_WAKTU, "hari", KN_MEASURE_LEVEL },
    { KN_ASPECT_WAKTU, "bulan", KN_MEASURE_LEVEL },
    { KN_ASPECT_NONE, "dokumen", KN_MEASURE_CUMULATIVE },
    { KN_ASPECT_NONE, "skor", KN_MEASURE_LEVEL },
  };
  static const struct
  {
    KnPeriod period;
    double   share;
  } shares[] = {
    { Q (1), 0.25 }, { Q (2), 0.5 }, { Q (3), 0.75 }, { Q (4), 1 }, { AKHIR, 1 },
    { MONTH (1), 1.0 / 12 }, { MONTH (6), 0.5 }, { MONTH (9), 0.75 }, { MONTH (12), 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s, %s", kn_aspect_to_string (cases[i].aspect),
                      cases[i].unit != NULL ? cases[i].unit : "(none)");
      g_assert_cmpint (kn_measure_for (cases[i].aspect, cases[i].unit), ==, cases[i].measure);
    }

  for (guint i = 0; i < G_N_ELEMENTS (shares); i++)
    g_assert_cmpfloat_with_epsilon (kn_period_year_share (&shares[i].period), shares[i].share,
                                    1e-12);
}

/* Worked out by hand: a count or money measured against the year's target pro-rated to the
 * end of the period, a level against the target as is. */
static void
test_capaian_in_period (void)
{
  static const struct
  {
    KnMeasure   measure;
    KnDirection direction;
    double      target;
    KnPeriod    period;
    double      realization;
    double      period_target;
    double      percent;
  } cases[] = {
    /* Kuantitas 120 sekolah: 30 by the end of Triwulan I of 30 due, 54 by Triwulan II of 60. */
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_MORE_IS_BETTER, 120, Q (1), 30, 30, 100 },
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_MORE_IS_BETTER, 120, Q (2), 54, 60, 90 },
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_MORE_IS_BETTER, 12, Q (3), 10, 9, 111.11111111111111 },
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_MORE_IS_BETTER, 6, Q (1), 1, 1.5, 66.66666666666666 },
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_MORE_IS_BETTER, 12, Q (4), 12, 12, 100 },
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_MORE_IS_BETTER, 12, MONTH (5), 4, 5, 80 },
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_MORE_IS_BETTER, 12, AKHIR, 9, 12, 75 },
    /* Nothing done yet is 0 %. */
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_MORE_IS_BETTER, 12, Q (1), 0, 3, 0 },
    /* Biaya, a ceiling of Rp1.500.000.000 (less is better): Rp375.000.000 is the share of
     * Triwulan I. The quarter that printed 401,82 % against the whole year's ceiling: */
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_LESS_IS_BETTER, 1500000000, Q (1), 373300000, 375000000,
      100.45539780337529 },
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_LESS_IS_BETTER, 1500000000, Q (1), 380000000, 375000000,
      98.68421052631578 },
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_LESS_IS_BETTER, 1500000000, Q (2), 770000000, 750000000,
      97.40259740259741 },
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_LESS_IS_BETTER, 1500000000, Q (4), 1600000000,
      1500000000, 93.75 },
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_LESS_IS_BETTER, 1500000000, AKHIR, 1200000000,
      1500000000, 125 },
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_LESS_IS_BETTER, 1200000, MONTH (3), 330000, 300000,
      90.909090909090907 },
    /* Waktu, 3 hari (less is better): as is in every period. */
    { KN_MEASURE_LEVEL, KN_DIRECTION_LESS_IS_BETTER, 3, Q (2), 4, 3, 75 },
    { KN_MEASURE_LEVEL, KN_DIRECTION_LESS_IS_BETTER, 3, MONTH (2), 2, 3, 150 },
    { KN_MEASURE_LEVEL, KN_DIRECTION_LESS_IS_BETTER, 3, AKHIR, 3, 3, 100 },
    /* 0 days late against 0 days planned is the target met; 2 days late against 0 is 0 %. */
    { KN_MEASURE_LEVEL, KN_DIRECTION_LESS_IS_BETTER, 0, Q (1), 0, 0, 100 },
    { KN_MEASURE_LEVEL, KN_DIRECTION_LESS_IS_BETTER, 0, Q (1), 2, 0, 0 },
    /* Kualitas 90 %: as is. */
    { KN_MEASURE_LEVEL, KN_DIRECTION_MORE_IS_BETTER, 90, Q (1), 81, 90, 90 },
    { KN_MEASURE_LEVEL, KN_DIRECTION_MORE_IS_BETTER, 100, Q (3), 87.5, 100, 87.5 },
    { KN_MEASURE_LEVEL, KN_DIRECTION_MORE_IS_BETTER, 85, MONTH (7), 0, 85, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *reason = NULL;
      double period_target = -1;
      double percent = -1;

      g_test_message ("case %u", i);
      g_assert_true (kn_capaian_in_period (cases[i].measure, cases[i].direction, cases[i].target,
                                           &cases[i].period, cases[i].realization,
                                           &period_target, &percent, &reason));
      g_assert_null (reason);
      g_assert_cmpfloat_with_epsilon (period_target, cases[i].period_target, 1e-6);
      g_assert_cmpfloat_with_epsilon (percent, cases[i].percent, 1e-9);
    }
}

static void
test_capaian_in_period_impossible (void)
{
  static const struct
  {
    KnMeasure   measure;
    KnDirection direction;
    double      target;
    KnPeriod    period;
    double      realization;
    double      period_target;  /* NAN: none */
    const char *reason;
  } cases[] = {
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_MORE_IS_BETTER, 0, Q (1), 5, 0,
      "The target is 0, so no percentage can be computed." },
    /* Nothing spent when less is better: no percentage. */
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_LESS_IS_BETTER, 1500000000, Q (1), 0, 375000000,
      "The realisation is 0, so for a target where less is better no percentage can be "
      "computed." },
    /* Missing: no realisation recorded, a target in words. */
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_MORE_IS_BETTER, 12, Q (2), NAN, 6,
      "No realisation has been recorded, so there is no percentage yet." },
    { KN_MEASURE_LEVEL, KN_DIRECTION_MORE_IS_BETTER, NAN, Q (2), 5, NAN,
      "The target is written in words, so there is no percentage." },
    { KN_MEASURE_LEVEL, KN_DIRECTION_MORE_IS_BETTER, NAN, Q (2), NAN, NAN,
      "The target is written in words, so there is no percentage." },
    { KN_MEASURE_LEVEL, KN_DIRECTION_MORE_IS_BETTER, -1, Q (2), 5, NAN,
      "The target and the realisation cannot be below 0, so no percentage can be computed." },
    { KN_MEASURE_LEVEL, KN_DIRECTION_LESS_IS_BETTER, 3, Q (2), -4, 3,
      "The target and the realisation cannot be below 0, so no percentage can be computed." },
    { KN_MEASURE_CUMULATIVE, KN_DIRECTION_MORE_IS_BETTER, 12, Q (2), INFINITY, 6,
      "The target and the realisation cannot be below 0, so no percentage can be computed." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *reason = NULL;
      double period_target = -1;
      double percent = -1;

      g_test_message ("case %u", i);
      g_assert_false (kn_capaian_in_period (cases[i].measure, cases[i].direction, cases[i].target,
                                            &cases[i].period, cases[i].realization,
                                            &period_target, &percent, &reason));
      g_assert_cmpstr (reason, ==, cases[i].reason);
      g_assert_cmpfloat (percent, ==, -1);
      if (isnan (cases[i].period_target))
        g_assert_true (isnan (period_target));
      else
        g_assert_cmpfloat_with_epsilon (period_target, cases[i].period_target, 1e-6);
    }

  /* Everything but the measure, the direction, the target and the period is optional. */
  g_assert_false (kn_capaian_in_period (KN_MEASURE_LEVEL, KN_DIRECTION_MORE_IS_BETTER, 0,
                                        &(KnPeriod) Q (1), 1, NULL, NULL, NULL));
}

typedef struct
{
  KnPeriod    period;
  double      value;
  const char *text;
  const char *evidence;
  const char *evidence_file;
} Entry;

static KnYearRealization *
derive (KnMeasure    measure,
        KnDirection  direction,
        double       target,
        const Entry *entries,
        guint        n_entries)
{
  g_autofree KnPeriodRealization *periods = g_new0 (KnPeriodRealization, MAX (n_entries, 1));

  for (guint i = 0; i < n_entries; i++)
    {
      periods[i].period = entries[i].period;
      periods[i].value = entries[i].value;
      periods[i].text = entries[i].text;
      periods[i].evidence = entries[i].evidence;
      periods[i].evidence_file = entries[i].evidence_file;
    }

  return kn_realization_derive_year (measure, direction, target, 2026, periods, n_entries);
}

static void
assert_period (const KnPeriod *period,
               KnPeriodKind    kind,
               guint           index)
{
  g_assert_cmpuint (period->year, ==, 2026);
  g_assert_cmpint (period->kind, ==, kind);
  g_assert_cmpuint (period->index, ==, index);
}

/* The year's figure of a count recorded as totals so far: the last quarter's; the bukti dukung
 * of every quarter in order whatever order they come in. */
static void
test_derive_year_count (void)
{
  static const Entry entries[] = {
    { Q (3), 9, NULL, "Dokumen III", NULL },
    { Q (1), 3, NULL, "Dokumen I", NULL },
    { Q (4), 11, NULL, "Dokumen IV", NULL },
    { Q (2), 6, NULL, "Dokumen II", NULL },
    /* Another year and a recorded Akhir are not the periods of this year. */
    { { 2025, KN_PERIOD_QUARTER, 4 }, 100, NULL, "Tahun lalu", NULL },
    { AKHIR, 50, NULL, "Akhir", NULL },
  };
  g_autoptr(KnYearRealization) year = derive (KN_MEASURE_CUMULATIVE, KN_DIRECTION_MORE_IS_BETTER,
                                              12, entries, G_N_ELEMENTS (entries));

  g_assert_cmpfloat (year->value, ==, 11);
  assert_period (&year->from, KN_PERIOD_QUARTER, 4);
  g_assert_cmpuint (year->n_periods, ==, 4);
  g_assert_true (year->has_capaian);
  g_assert_cmpfloat_with_epsilon (year->period_target, 12, 1e-9);
  g_assert_cmpfloat_with_epsilon (year->capaian, 91.66666666666666, 1e-9);
  g_assert_null (year->reason);
  g_assert_null (year->text);
  g_assert_cmpuint (year->evidence->len, ==, 4);
  for (guint i = 0; i < 4; i++)
    assert_period (&((KnEvidence *) g_ptr_array_index (year->evidence, i))->period,
                   KN_PERIOD_QUARTER, i + 1);
  g_assert_cmpstr (((KnEvidence *) g_ptr_array_index (year->evidence, 2))->evidence, ==,
                   "Dokumen III");
  g_assert_cmpstr (year->evidence_text, ==,
                   "Triwulan I: Dokumen I\nTriwulan II: Dokumen II\nTriwulan III: Dokumen III\n"
                   "Triwulan IV: Dokumen IV");
}

/* Money with the last quarters missing: the figure so far, measured as in the quarter it
 * comes from (Rp770.000.000 against the Rp750.000.000 due by the end of Triwulan II). */
static void
test_derive_year_money (void)
{
  static const Entry entries[] = {
    { Q (1), 380000000, NULL, "Laporan SIPD Triwulan I", NULL },
    { Q (3), NAN, NULL, "SPJ belum lengkap", NULL },
    { Q (2), 770000000, NULL, "Laporan SIPD Triwulan II", NULL },
  };
  g_autoptr(KnYearRealization) year = derive (KN_MEASURE_CUMULATIVE, KN_DIRECTION_LESS_IS_BETTER,
                                              1500000000, entries, G_N_ELEMENTS (entries));

  g_assert_cmpfloat (year->value, ==, 770000000);
  assert_period (&year->from, KN_PERIOD_QUARTER, 2);
  g_assert_cmpuint (year->n_periods, ==, 2);
  g_assert_true (year->has_capaian);
  g_assert_cmpfloat_with_epsilon (year->period_target, 750000000, 1e-6);
  g_assert_cmpfloat_with_epsilon (year->capaian, 97.40259740259741, 1e-9);
  g_assert_cmpstr (year->evidence_text, ==,
                   "Triwulan I: Laporan SIPD Triwulan I\nTriwulan II: Laporan SIPD Triwulan II\n"
                   "Triwulan III: SPJ belum lengkap");
}

/* A duration takes the latest quarter with a figure. */
static void
test_derive_year_duration (void)
{
  static const Entry entries[] = {
    { Q (1), 4, NULL, NULL, NULL },
    { Q (2), 3, NULL, NULL, NULL },
    { Q (3), 2.5, NULL, NULL, NULL },
    { Q (4), NAN, "Belum dilaporkan", NULL, NULL },
  };
  g_autoptr(KnYearRealization) year = derive (KN_MEASURE_LEVEL, KN_DIRECTION_LESS_IS_BETTER,
                                              3, entries, G_N_ELEMENTS (entries));

  g_assert_cmpfloat (year->value, ==, 2.5);
  assert_period (&year->from, KN_PERIOD_QUARTER, 3);
  g_assert_cmpuint (year->n_periods, ==, 4);
  g_assert_cmpfloat_with_epsilon (year->capaian, 120, 1e-9);
  g_assert_cmpstr (year->text, ==, "Belum dilaporkan");
  g_assert_cmpuint (year->evidence->len, ==, 0);
  g_assert_cmpstr (year->evidence_text, ==, "");
}

/* A year of months: a percentage takes December; a count the latest month recorded. */
static void
test_derive_year_months (void)
{
  Entry percent[12];
  Entry count[10];
  g_autoptr(KnYearRealization) level = NULL;
  g_autoptr(KnYearRealization) total = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  static const char *const months[] = {
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober",
  };
  g_autofree char **notes = g_new0 (char *, 11);

  for (guint m = 12; m >= 1; m--)
    percent[12 - m] = (Entry) { MONTH (m), 80 + m, NULL, NULL, NULL };
  level = derive (KN_MEASURE_LEVEL, KN_DIRECTION_MORE_IS_BETTER, 90, percent, 12);
  g_assert_cmpfloat (level->value, ==, 92);
  assert_period (&level->from, KN_PERIOD_MONTH, 12);
  g_assert_cmpuint (level->n_periods, ==, 12);
  g_assert_cmpfloat_with_epsilon (level->capaian, 102.22222222222221, 1e-9);

  /* 24 laporan a year, 2 a month recorded to October: 20 of the 20 due by then. */
  for (guint m = 1; m <= 10; m++)
    {
      notes[m - 1] = g_strdup_printf ("Laporan bulan ke-%u", m);
      count[m - 1] = (Entry) { MONTH (m), 2.0 * m, NULL, notes[m - 1], NULL };
      g_string_append_printf (lines, "%s%s: Laporan bulan ke-%u", m > 1 ? "\n" : "",
                              months[m - 1], m);
    }
  total = derive (KN_MEASURE_CUMULATIVE, KN_DIRECTION_MORE_IS_BETTER, 24, count, 10);
  g_assert_cmpfloat (total->value, ==, 20);
  assert_period (&total->from, KN_PERIOD_MONTH, 10);
  g_assert_cmpfloat_with_epsilon (total->period_target, 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (total->capaian, 100, 1e-9);
  g_assert_cmpstr (total->evidence_text, ==, lines->str);

  for (guint m = 0; m < 10; m++)
    g_free (notes[m]);
}

/* Words only (a target in words): the latest words, no figure, no capaian. */
static void
test_derive_year_words (void)
{
  static const Entry entries[] = {
    { Q (4), NAN, "Ditetapkan dengan Peraturan Gubernur", "Pergub", "/data/bukti/pergub.pdf" },
    { Q (1), NAN, "Tersusun draf", NULL, "/data/bukti/draf.docx" },
    { Q (2), NAN, "Disetujui tim", NULL, NULL },
  };
  g_autoptr(KnYearRealization) year = derive (KN_MEASURE_LEVEL, KN_DIRECTION_MORE_IS_BETTER,
                                              NAN, entries, G_N_ELEMENTS (entries));

  g_assert_true (isnan (year->value));
  g_assert_cmpstr (year->text, ==, "Ditetapkan dengan Peraturan Gubernur");
  g_assert_cmpuint (year->n_periods, ==, 3);
  g_assert_false (year->has_capaian);
  g_assert_cmpstr (year->reason, ==, "The target is written in words, so there is no percentage.");
  g_assert_cmpuint (year->evidence->len, ==, 2);
  g_assert_cmpstr (((KnEvidence *) g_ptr_array_index (year->evidence, 0))->evidence_file, ==,
                   "/data/bukti/draf.docx");
  /* A file is named by its file name, after the note when there is one. */
  g_assert_cmpstr (year->evidence_text, ==,
                   "Triwulan I: draf.docx\nTriwulan IV: Pergub (pergub.pdf)");
}

/* Zero and nothing. */
static void
test_derive_year_zero (void)
{
  static const Entry none_done[] = {
    { Q (1), 0, NULL, NULL, NULL }, { Q (2), 0, NULL, NULL, NULL },
    { Q (3), 0, NULL, NULL, NULL }, { Q (4), 0, NULL, NULL, NULL },
  };
  g_autoptr(KnYearRealization) count = derive (KN_MEASURE_CUMULATIVE,
                                               KN_DIRECTION_MORE_IS_BETTER, 12, none_done, 4);
  g_autoptr(KnYearRealization) money = derive (KN_MEASURE_CUMULATIVE,
                                               KN_DIRECTION_LESS_IS_BETTER, 1500000000,
                                               none_done, 4);
  g_autoptr(KnYearRealization) nothing = derive (KN_MEASURE_CUMULATIVE,
                                                 KN_DIRECTION_MORE_IS_BETTER, 12, NULL, 0);

  g_assert_cmpfloat (count->value, ==, 0);
  g_assert_true (count->has_capaian);
  g_assert_cmpfloat (count->capaian, ==, 0);

  g_assert_cmpfloat (money->value, ==, 0);
  g_assert_false (money->has_capaian);
  g_assert_nonnull (money->reason);

  g_assert_true (isnan (nothing->value));
  g_assert_cmpuint (nothing->n_periods, ==, 0);
  g_assert_false (nothing->has_capaian);
  g_assert_cmpstr (nothing->reason, ==,
                   "No realisation has been recorded, so there is no percentage yet.");
  g_assert_null (nothing->text);
  g_assert_cmpuint (nothing->evidence->len, ==, 0);
  g_assert_cmpstr (nothing->evidence_text, ==, "");
}

/* The IKI applies its own aspek, unit, direction and target. */
static void
test_indicator_capaian (void)
{
  g_autoptr(KnIndicator) biaya = kn_indicator_new ();
  g_autoptr(KnIndicator) words = kn_indicator_new ();
  g_autoptr(KnYearRealization) year = NULL;
  KnPeriodRealization periods[2] = {
    { Q (1), 380000000, NULL, NULL, NULL },
    { Q (2), 770000000, NULL, NULL, NULL },
  };
  g_autofree char *reason = NULL;
  double period_target = 0;
  double percent = 0;

  kn_indicator_set_aspect (biaya, KN_ASPECT_BIAYA);
  kn_indicator_set_target_value (biaya, 1500000000);
  kn_indicator_set_target_unit (biaya, "rupiah");
  kn_indicator_set_direction (biaya, KN_DIRECTION_LESS_IS_BETTER);
  g_assert_cmpint (kn_indicator_get_measure (biaya), ==, KN_MEASURE_CUMULATIVE);
  g_assert_true (kn_indicator_capaian (biaya, &(KnPeriod) Q (1), 373300000, &period_target,
                                       &percent, NULL));
  g_assert_cmpfloat_with_epsilon (period_target, 375000000, 1e-6);
  g_assert_cmpfloat_with_epsilon (percent, 100.45539780337529, 1e-9);
  year = kn_indicator_derive_year (biaya, 2026, periods, 2);
  g_assert_cmpfloat (year->value, ==, 770000000);
  g_assert_cmpfloat_with_epsilon (year->capaian, 97.40259740259741, 1e-9);

  kn_indicator_set_aspect (words, KN_ASPECT_KUALITAS);
  kn_indicator_set_target_text (words, "Ditetapkan");
  g_assert_false (kn_indicator_capaian (words, &(KnPeriod) Q (1), 5, NULL, NULL, &reason));
  g_assert_cmpstr (reason, ==, "The target is written in words, so there is no percentage.");
}

#undef Q
#undef MONTH
#undef AKHIR

static double
default_angka_kredit (guint          months,
                      KnPredikat     predikat,
                      KnPositionKind kind)
{
  return kn_angka_kredit (months, kn_angka_kredit_default_conversion (predikat),
                          kn_angka_kredit_default_coefficient (kind));
}

static void
test_angka_kredit (void)
{
  static const struct
  {
    KnPositionKind kind;
    double         coefficient;
  } coefficients[] = {
    { KN_POSITION_JPT_UTAMA, 0 }, { KN_POSITION_JPT_MADYA, 0 }, { KN_POSITION_JPT_PRATAMA, 0 },
    { KN_POSITION_ADMINISTRATOR, 0 }, { KN_POSITION_PENGAWAS, 0 }, { KN_POSITION_PELAKSANA, 0 },
    { KN_POSITION_AHLI_PERTAMA, 12.5 }, { KN_POSITION_AHLI_MUDA, 25 },
    { KN_POSITION_AHLI_MADYA, 37.5 }, { KN_POSITION_AHLI_UTAMA, 50 },
    { KN_POSITION_PEMULA, 3.75 }, { KN_POSITION_TERAMPIL, 5 }, { KN_POSITION_MAHIR, 12.5 },
    { KN_POSITION_PENYELIA, 25 },
  };
  static const double conversions[KN_PREDIKAT_N] = {
    [KN_PREDIKAT_NONE] = 0,
    [KN_PREDIKAT_SANGAT_KURANG] = 0.25,
    [KN_PREDIKAT_KURANG] = 0.50,
    [KN_PREDIKAT_BUTUH_PERBAIKAN] = 0.75,
    [KN_PREDIKAT_BAIK] = 1.0,
    [KN_PREDIKAT_SANGAT_BAIK] = 1.5,
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (coefficients) == KN_POSITION_N);

  for (guint i = 0; i < G_N_ELEMENTS (coefficients); i++)
    g_assert_cmpfloat_with_epsilon (kn_angka_kredit_default_coefficient (coefficients[i].kind),
                                    coefficients[i].coefficient, 1e-12);

  for (KnPredikat p = KN_PREDIKAT_NONE; p < KN_PREDIKAT_N; p++)
    g_assert_cmpfloat_with_epsilon (kn_angka_kredit_default_conversion (p), conversions[p], 1e-12);

  g_assert_cmpfloat_with_epsilon (default_angka_kredit (12, KN_PREDIKAT_BAIK,
                                                        KN_POSITION_AHLI_MUDA),
                                  25, 1e-9);
  g_assert_cmpfloat_with_epsilon (default_angka_kredit (6, KN_PREDIKAT_SANGAT_BAIK,
                                                        KN_POSITION_AHLI_PERTAMA),
                                  9.375, 1e-9);
  g_assert_cmpfloat_with_epsilon (default_angka_kredit (12, KN_PREDIKAT_BAIK,
                                                        KN_POSITION_PELAKSANA),
                                  0, 1e-12);
  g_assert_cmpfloat_with_epsilon (default_angka_kredit (12, KN_PREDIKAT_NONE,
                                                        KN_POSITION_AHLI_MADYA),
                                  0, 1e-12);
  g_assert_cmpfloat_with_epsilon (default_angka_kredit (12, KN_PREDIKAT_BUTUH_PERBAIKAN,
                                                        KN_POSITION_PEMULA),
                                  2.8125, 1e-9);
  g_assert_cmpfloat_with_epsilon (kn_angka_kredit (3, 0.75, 5), 0.9375, 1e-12);
  g_assert_cmpfloat_with_epsilon (kn_angka_kredit (0, 1.5, 50), 0, 1e-12);
  /* More than a year counts as a year. */
  g_assert_cmpfloat_with_epsilon (kn_angka_kredit (15, 1.0, 25), 25, 1e-9);
  g_assert_cmpfloat_with_epsilon (kn_angka_kredit (G_MAXUINT, 1.5, 37.5), 56.25, 1e-9);
}

#define A KN_RATING_ABOVE
#define S KN_RATING_AS_EXPECTED
#define B KN_RATING_BELOW
#define N KN_RATING_NONE

static KnRating
propose (const KnRating *ratings,
         guint           n,
         guint          *n_rated)
{
  KnRating plain = kn_rating_propose_annual (ratings, n);
  KnRating counted = kn_rating_propose_annual_counted (ratings, n, n_rated);

  g_assert_cmpint (plain, ==, counted);

  return counted;
}

/* The median of the rated periods, ordered Di Bawah < Sesuai < Di Atas; with an even count
 * the two middle ratings, Sesuai when they differ. Worked out by hand for each case. */
static void
test_propose_annual (void)
{
  static const struct
  {
    KnRating ratings[4];
    guint    n;
    KnRating expected;
    guint    n_rated;
  } cases[] = {
    /* Odd counts: the middle one. */
    { { A, S, B, N }, 4, S, 3 },
    { { A, A, B, N }, 4, A, 3 },
    { { B, B, A, N }, 4, B, 3 },
    { { S, A, A }, 3, A, 3 },
    { { B, S, S }, 3, S, 3 },
    /* Even counts: the two in the middle, Sesuai when they differ. */
    { { S, A, A, S }, 4, S, 4 },      /* S S | A A → Sesuai */
    { { A, A, S, B }, 4, S, 4 },      /* B S | A A → Sesuai */
    { { A, A, A, S }, 4, A, 4 },      /* S A | A A → Di Atas */
    { { B, B, B, A }, 4, B, 4 },      /* B B | B A → Di Bawah */
    { { B, B, S, S }, 4, S, 4 },      /* B B | S S → Sesuai */
    { { A, S, N, N }, 4, S, 2 },
    { { B, S, N, N }, 4, S, 2 },
    { { A, B, N, N }, 4, S, 2 },
    { { A, A, N, N }, 4, A, 2 },
    /* A single rated quarter: that rating, resting on one period. */
    { { N, B, N, N }, 4, B, 1 },
    { { N, N, N, A }, 4, A, 1 },
    { { A }, 1, A, 1 },
    /* Nothing rated: nothing proposed. */
    { { N, N, N, N }, 4, N, 0 },
    { { A }, 0, N, 0 },
  };
  /* {Di Atas, Di Atas, Di Bawah, Di Bawah} in every order: always Sesuai. */
  static const KnRating orders[][4] = {
    { A, A, B, B }, { A, B, A, B }, { A, B, B, A }, { B, A, A, B }, { B, A, B, A }, { B, B, A, A },
  };
  /* {Di Atas, Sesuai, Di Bawah} with the fourth quarter missing from any place. */
  static const KnRating missing[][4] = {
    { N, A, S, B }, { A, N, S, B }, { A, S, N, B }, { A, S, B, N },
    { N, B, S, A }, { B, N, A, S }, { S, B, N, A }, { B, A, S, N },
  };
  KnRating months[12];
  guint n_rated;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u", i);
      n_rated = G_MAXUINT;
      g_assert_cmpint (propose (cases[i].ratings, cases[i].n, &n_rated), ==, cases[i].expected);
      g_assert_cmpuint (n_rated, ==, cases[i].n_rated);
    }

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      g_assert_cmpint (propose (orders[i], 4, &n_rated), ==, S);
      g_assert_cmpuint (n_rated, ==, 4);
    }

  for (guint i = 0; i < G_N_ELEMENTS (missing); i++)
    {
      g_assert_cmpint (propose (missing[i], 4, &n_rated), ==, S);
      g_assert_cmpuint (n_rated, ==, 3);
    }

  g_assert_cmpint (propose (NULL, 0, &n_rated), ==, N);
  g_assert_cmpuint (n_rated, ==, 0);
  /* The count is optional. */
  g_assert_cmpint (kn_rating_propose_annual_counted (cases[0].ratings, 4, NULL), ==, S);

  /* Monthly periods: 2 Di Bawah, 5 Sesuai, 5 Di Atas; the 6th and 7th of 12 are both Sesuai. */
  for (guint i = 0; i < 12; i++)
    months[i] = i < 5 ? S : i < 10 ? A : B;
  g_assert_cmpint (propose (months, 12, &n_rated), ==, S);
  g_assert_cmpuint (n_rated, ==, 12);
  /* 2 Di Bawah, 3 Sesuai, 7 Di Atas: the 6th and 7th are both Di Atas. */
  for (guint i = 0; i < 12; i++)
    months[i] = i < 3 ? S : i < 10 ? A : B;
  g_assert_cmpint (propose (months, 12, &n_rated), ==, A);
  /* 2 Di Bawah, 4 Sesuai, 6 Di Atas: the 6th is Sesuai, the 7th Di Atas → Sesuai. */
  for (guint i = 0; i < 12; i++)
    months[i] = i < 4 ? S : i < 10 ? A : B;
  g_assert_cmpint (propose (months, 12, &n_rated), ==, S);
  /* 7 months rated, 5 not: 4 Di Bawah, 3 Di Atas → the 4th of 7 is Di Bawah. */
  for (guint i = 0; i < 12; i++)
    months[i] = i < 4 ? B : i < 7 ? A : N;
  g_assert_cmpint (propose (months, 12, &n_rated), ==, B);
  g_assert_cmpuint (n_rated, ==, 7);
}

#undef A
#undef S
#undef B
#undef N

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rules/matrix/all-cells", test_matrix_all_cells);
  g_test_add_func ("/rules/matrix/none", test_matrix_none);
  g_test_add_func ("/rules/enums/rating", test_enums_rating);
  g_test_add_func ("/rules/enums/predikat", test_enums_predikat);
  g_test_add_func ("/rules/enums/org-predikat", test_enums_org_predikat);
  g_test_add_func ("/rules/enums/gtype", test_enums_gtype);
  g_test_add_func ("/rules/distribution/defaults", test_distribution_defaults);
  g_test_add_func ("/rules/distribution/allowed-count", test_distribution_allowed_count);
  g_test_add_func ("/rules/distribution/required-count", test_distribution_required_count);
  g_test_add_func ("/rules/distribution/rule-count", test_distribution_rule_count);
  g_test_add_data_func ("/rules/distribution/istimewa",
                        GINT_TO_POINTER (KN_ORG_PREDIKAT_ISTIMEWA), test_distribution_org);
  g_test_add_data_func ("/rules/distribution/baik",
                        GINT_TO_POINTER (KN_ORG_PREDIKAT_BAIK), test_distribution_org);
  g_test_add_data_func ("/rules/distribution/butuh-perbaikan",
                        GINT_TO_POINTER (KN_ORG_PREDIKAT_BUTUH_PERBAIKAN), test_distribution_org);
  g_test_add_data_func ("/rules/distribution/kurang",
                        GINT_TO_POINTER (KN_ORG_PREDIKAT_KURANG), test_distribution_org);
  g_test_add_data_func ("/rules/distribution/sangat-kurang",
                        GINT_TO_POINTER (KN_ORG_PREDIKAT_SANGAT_KURANG), test_distribution_org);
  g_test_add_func ("/rules/distribution/attainable", test_distribution_attainable);
  g_test_add_func ("/rules/distribution/attainable-custom", test_distribution_attainable_custom);
  g_test_add_func ("/rules/distribution/limits", test_distribution_limits);
  g_test_add_func ("/rules/distribution/limits-too-small", test_distribution_limits_too_small);
  g_test_add_func ("/rules/distribution/empty", test_distribution_empty);
  g_test_add_func ("/rules/distribution/only-org", test_distribution_only_org);
  g_test_add_func ("/rules/distribution/messages", test_distribution_messages);
  g_test_add_func ("/rules/distribution/messages-locale", test_distribution_messages_locale);
  g_test_add_data_func ("/rules/distribution/print/c", "C.UTF-8",
                        test_distribution_print_locales);
  g_test_add_data_func ("/rules/distribution/print/id", "id_ID.UTF-8",
                        test_distribution_print_locales);
  g_test_add_func ("/rules/distribution/describe", test_distribution_describe);
  g_test_add_func ("/rules/capaian/computed", test_capaian);
  g_test_add_func ("/rules/capaian/impossible", test_capaian_impossible);
  g_test_add_func ("/rules/capaian/measure", test_measure);
  g_test_add_func ("/rules/capaian/in-period", test_capaian_in_period);
  g_test_add_func ("/rules/capaian/in-period-impossible", test_capaian_in_period_impossible);
  g_test_add_func ("/rules/capaian/indicator", test_indicator_capaian);
  g_test_add_func ("/rules/year/count", test_derive_year_count);
  g_test_add_func ("/rules/year/money", test_derive_year_money);
  g_test_add_func ("/rules/year/duration", test_derive_year_duration);
  g_test_add_func ("/rules/year/months", test_derive_year_months);
  g_test_add_func ("/rules/year/words", test_derive_year_words);
  g_test_add_func ("/rules/year/zero", test_derive_year_zero);
  g_test_add_func ("/rules/angka-kredit", test_angka_kredit);
  g_test_add_func ("/rules/propose-annual", test_propose_annual);

  return g_test_run ();
}
