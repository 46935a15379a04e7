/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for evaluation periods: parsing, names, labels, order and dates. */

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include <glib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-period.h"

#include "kn-test-util.h"

static void
assert_period (const KnPeriod *period,
               guint           year,
               KnPeriodKind    kind,
               guint           index)
{
  g_assert_cmpuint (period->year, ==, year);
  g_assert_cmpint (period->kind, ==, kind);
  g_assert_cmpuint (period->index, ==, index);
}

static KnPeriod
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  KnPeriod period = { 0, };

  g_assert_true (kn_period_parse (text, &period, &error));
  g_assert_no_error (error);

  return period;
}

static void
assert_dates (const char *text,
              guint       first_day,
              guint       first_month,
              guint       last_day,
              guint       last_month)
{
  KnPeriod period = parse (text);
  GDate first;
  GDate last;

  kn_period_get_dates (&period, &first, &last);
  g_assert_true (g_date_valid (&first));
  g_assert_true (g_date_valid (&last));
  g_assert_cmpuint (g_date_get_day (&first), ==, first_day);
  g_assert_cmpuint (g_date_get_month (&first), ==, first_month);
  g_assert_cmpuint (g_date_get_year (&first), ==, period.year);
  g_assert_cmpuint (g_date_get_day (&last), ==, last_day);
  g_assert_cmpuint (g_date_get_month (&last), ==, last_month);
  g_assert_cmpuint (g_date_get_year (&last), ==, period.year);
}

static void
test_list (void)
{
  g_autoptr(GArray) quarters = kn_period_list (2026, KN_PERIOD_SCHEME_QUARTERS);
  g_autoptr(GArray) months = kn_period_list (2026, KN_PERIOD_SCHEME_MONTHS);

  g_assert_cmpuint (quarters->len, ==, 5);
  for (guint i = 0; i < 4; i++)
    assert_period (&g_array_index (quarters, KnPeriod, i), 2026, KN_PERIOD_QUARTER, i + 1);
  assert_period (&g_array_index (quarters, KnPeriod, 4), 2026, KN_PERIOD_ANNUAL, 0);

  g_assert_cmpuint (months->len, ==, 13);
  for (guint i = 0; i < 12; i++)
    assert_period (&g_array_index (months, KnPeriod, i), 2026, KN_PERIOD_MONTH, i + 1);
  assert_period (&g_array_index (months, KnPeriod, 12), 2026, KN_PERIOD_ANNUAL, 0);
}

static void
test_round_trip (void)
{
  static const char *const quarter_names[] = {
    "2026-TW1", "2026-TW2", "2026-TW3", "2026-TW4", "2026-AKHIR",
  };
  static const char *const month_names[] = {
    "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07",
    "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2026-AKHIR",
  };
  static const struct
  {
    KnPeriodScheme      scheme;
    const char *const  *names;
    guint               n_names;
  } schemes[] = {
    { KN_PERIOD_SCHEME_QUARTERS, quarter_names, G_N_ELEMENTS (quarter_names) },
    { KN_PERIOD_SCHEME_MONTHS, month_names, G_N_ELEMENTS (month_names) },
  };

  for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      g_autoptr(GArray) periods = kn_period_list (2026, schemes[s].scheme);

      g_assert_cmpuint (periods->len, ==, schemes[s].n_names);

      for (guint i = 0; i < periods->len; i++)
        {
          const KnPeriod *period = &g_array_index (periods, KnPeriod, i);
          g_autofree char *text = kn_period_to_string (period);
          KnPeriod parsed = parse (text);

          g_assert_cmpstr (text, ==, schemes[s].names[i]);
          g_assert_true (kn_period_equal (&parsed, period));
          g_assert_cmpint (kn_period_compare (&parsed, period), ==, 0);
        }
    }

  /* Other years, the edges of the range. */
  for (guint year = 2000; year <= 2100; year += 25)
    {
      g_autoptr(GArray) periods = kn_period_list (year, KN_PERIOD_SCHEME_MONTHS);

      for (guint i = 0; i < periods->len; i++)
        {
          g_autofree char *text = kn_period_to_string (&g_array_index (periods, KnPeriod, i));
          KnPeriod parsed = parse (text);

          g_assert_true (kn_period_equal (&parsed, &g_array_index (periods, KnPeriod, i)));
        }
    }
  assert_period ((KnPeriod[]) { parse ("2000-TW1") }, 2000, KN_PERIOD_QUARTER, 1);
  assert_period ((KnPeriod[]) { parse ("2100-AKHIR") }, 2100, KN_PERIOD_ANNUAL, 0);
}

static void
test_parse_forgiving (void)
{
  assert_period ((KnPeriod[]) { parse ("2026-tw3") }, 2026, KN_PERIOD_QUARTER, 3);
  assert_period ((KnPeriod[]) { parse ("2026-Tw4") }, 2026, KN_PERIOD_QUARTER, 4);
  assert_period ((KnPeriod[]) { parse ("2026-akhir") }, 2026, KN_PERIOD_ANNUAL, 0);
  assert_period ((KnPeriod[]) { parse ("2026-Akhir") }, 2026, KN_PERIOD_ANNUAL, 0);
  assert_period ((KnPeriod[]) { parse (" 2026-TW1\n") }, 2026, KN_PERIOD_QUARTER, 1);
  assert_period ((KnPeriod[]) { parse ("2027-09") }, 2027, KN_PERIOD_MONTH, 9);

  /* The period is optional, for checking only. */
  g_assert_true (kn_period_parse ("2026-TW2", NULL, NULL));
}

static void
test_parse_invalid (void)
{
  static const char *const invalid[] = {
    "2026-TW0", "2026-TW5", "2026-TW10", "2026-13", "2026-00", "2026-1", "2026-001", "26-TW1",
    "2026-AKH", "2026-AKHIRX", "2026TW1", "2026-", "2026", "TW1", "2026 TW1", "2026-TW 1",
    "2026-Q1", "abcd-TW1", "2026-TW1-", "-2026-TW1", "2026-TWI", "2026-ab", "1899-TW1",
    "0000-01", "1000-AKHIR",
  };
  g_autoptr(GError) empty_error = NULL;
  KnPeriod period = { 2000, KN_PERIOD_MONTH, 5 };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *quoted = g_strdup_printf ("“%s”", invalid[i]);

      g_test_message ("%s", invalid[i]);
      g_assert_false (kn_period_parse (invalid[i], &period, &error));
      g_assert_error (error, KN_PARSE_ERROR, KN_PARSE_ERROR_PERIOD);
      g_assert_nonnull (strstr (error->message, quoted));
      g_assert_nonnull (strstr (error->message, "is not a period"));
      /* A failed parse leaves the period alone. */
      assert_period (&period, 2000, KN_PERIOD_MONTH, 5);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (kn_period_parse ("2026-TW5", &period, &error));
    g_assert_cmpstr (error->message, ==,
                     "“2026-TW5” is not a period: use 2026-TW1 … 2026-TW4, 2026-AKHIR or "
                     "2026-01 … 2026-12.");
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (kn_period_parse ("1900-TW1", &period, &error));
    g_assert_cmpstr (error->message, ==,
                     "“1900-TW1” is not a period: the year must be between 2000 and 2100.");
  }

  g_assert_false (kn_period_parse ("", &period, &empty_error));
  g_assert_error (empty_error, KN_PARSE_ERROR, KN_PARSE_ERROR_PERIOD);
  g_assert_nonnull (strstr (empty_error->message, "No period was given"));
  g_clear_error (&empty_error);
  g_assert_false (kn_period_parse ("   ", &period, &empty_error));
  g_assert_nonnull (strstr (empty_error->message, "No period was given"));
  g_clear_error (&empty_error);
  g_assert_false (kn_period_parse (NULL, &period, &empty_error));
  g_assert_nonnull (strstr (empty_error->message, "No period was given"));
  assert_period (&period, 2000, KN_PERIOD_MONTH, 5);

  g_assert_false (kn_period_parse ("2026-TW5", NULL, NULL));
}

static void
test_labels (void)
{
  static const struct
  {
    const char *text;
    const char *label;
    const char *print_label;
  } cases[] = {
    { "2026-TW1", "Triwulan I 2026", "TRIWULAN I" },
    { "2026-TW2", "Triwulan II 2026", "TRIWULAN II" },
    { "2026-TW3", "Triwulan III 2026", "TRIWULAN III" },
    { "2026-TW4", "Triwulan IV 2026", "TRIWULAN IV" },
    { "2026-AKHIR", "Akhir 2026", "AKHIR" },
    { "2026-01", "January 2026", "JANUARI" },
    { "2027-05", "May 2027", "MEI" },
    { "2026-12", "December 2026", "DESEMBER" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      KnPeriod period = parse (cases[i].text);
      g_autofree char *label = kn_period_label (&period);
      g_autofree char *print_label = kn_period_print_label (&period);

      g_assert_cmpstr (label, ==, cases[i].label);
      g_assert_cmpstr (print_label, ==, cases[i].print_label);
    }
}

static void
check_labels_indonesian (void)
{
  KnPeriod january = parse ("2026-01");
  KnPeriod august = parse ("2026-08");
  KnPeriod quarter = parse ("2026-TW2");
  g_autofree char *label = kn_period_label (&january);
  g_autofree char *print_label = kn_period_print_label (&january);
  g_autofree char *august_print = kn_period_print_label (&august);
  g_autofree char *quarter_print = kn_period_print_label (&quarter);

  g_assert_cmpstr (label, ==, "Januari 2026");
  g_assert_cmpstr (print_label, ==, "JANUARI");
  g_assert_cmpstr (august_print, ==, "AGUSTUS");
  g_assert_cmpstr (quarter_print, ==, "TRIWULAN II");
}

static void
test_labels_indonesian (void)
{
  kn_test_in_indonesian (check_labels_indonesian);
}

static int
compare_cb (gconstpointer a,
            gconstpointer b)
{
  return kn_period_compare (a, b);
}

static void
test_compare (void)
{
  /* Chronological; a month before the quarter it closes, the annual period last. */
  static const char *const ordered[] = {
    "2025-12", "2025-TW4", "2025-AKHIR",
    "2026-01", "2026-02", "2026-03", "2026-TW1", "2026-04", "2026-TW2", "2026-TW3",
    "2026-10", "2026-11", "2026-12", "2026-TW4", "2026-AKHIR",
    "2027-TW1", "2100-01",
  };
  static const guint shuffle[] = { 9, 3, 16, 0, 14, 5, 11, 1, 7, 13, 2, 15, 8, 4, 12, 10, 6 };
  g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (KnPeriod));

  G_STATIC_ASSERT (G_N_ELEMENTS (shuffle) == G_N_ELEMENTS (ordered));

  for (guint i = 0; i < G_N_ELEMENTS (ordered); i++)
    for (guint j = 0; j < G_N_ELEMENTS (ordered); j++)
      {
        KnPeriod a = parse (ordered[i]);
        KnPeriod b = parse (ordered[j]);
        int expected = i < j ? -1 : i > j ? 1 : 0;
        int result = kn_period_compare (&a, &b);

        g_test_message ("%s ? %s", ordered[i], ordered[j]);
        g_assert_cmpint (result < 0 ? -1 : result > 0 ? 1 : 0, ==, expected);
        g_assert_cmpint (kn_period_equal (&a, &b), ==, i == j);
      }

  for (guint i = 0; i < G_N_ELEMENTS (shuffle); i++)
    {
      KnPeriod period = parse (ordered[shuffle[i]]);

      g_array_append_val (periods, period);
    }
  g_array_sort (periods, compare_cb);

  for (guint i = 0; i < periods->len; i++)
    {
      g_autofree char *text = kn_period_to_string (&g_array_index (periods, KnPeriod, i));

      g_assert_cmpstr (text, ==, ordered[i]);
    }
}

static void
test_dates (void)
{
  assert_dates ("2026-TW1", 1, 1, 31, 3);
  assert_dates ("2026-TW2", 1, 4, 30, 6);
  assert_dates ("2026-TW3", 1, 7, 30, 9);
  assert_dates ("2026-TW4", 1, 10, 31, 12);
  assert_dates ("2026-AKHIR", 1, 1, 31, 12);
  assert_dates ("2028-TW1", 1, 1, 31, 3);
  assert_dates ("2028-AKHIR", 1, 1, 31, 12);
  assert_dates ("2026-01", 1, 1, 31, 1);
  assert_dates ("2026-02", 1, 2, 28, 2);
  assert_dates ("2028-02", 1, 2, 29, 2);
  assert_dates ("2000-02", 1, 2, 29, 2);
  assert_dates ("2100-02", 1, 2, 28, 2);
  assert_dates ("2026-04", 1, 4, 30, 4);
  assert_dates ("2026-11", 1, 11, 30, 11);
  assert_dates ("2026-12", 1, 12, 31, 12);

  /* Either date may be left out. */
  {
    KnPeriod period = parse ("2026-TW2");
    GDate last;

    kn_period_get_dates (&period, NULL, &last);
    g_assert_cmpuint (g_date_get_day (&last), ==, 30);
    kn_period_get_dates (&period, NULL, NULL);
  }

  /* Every month of every quarter lies inside it. */
  for (guint q = 1; q <= 4; q++)
    {
      KnPeriod quarter = { 2024, KN_PERIOD_QUARTER, q };
      GDate q_first, q_last;

      kn_period_get_dates (&quarter, &q_first, &q_last);
      for (guint m = 3 * q - 2; m <= 3 * q; m++)
        {
          KnPeriod month = { 2024, KN_PERIOD_MONTH, m };
          GDate m_first, m_last;

          kn_period_get_dates (&month, &m_first, &m_last);
          g_assert_cmpint (g_date_compare (&q_first, &m_first), <=, 0);
          g_assert_cmpint (g_date_compare (&m_last, &q_last), <=, 0);
        }
    }
}

static void
test_invalid_period (void)
{
  KnPeriod bad_quarter = { 2026, KN_PERIOD_QUARTER, 5 };
  KnPeriod bad_year = { 1800, KN_PERIOD_ANNUAL, 0 };

  g_test_expect_message ("kn-period", G_LOG_LEVEL_CRITICAL, "*period_is_valid*");
  g_assert_null (kn_period_to_string (&bad_quarter));
  g_test_assert_expected_messages ();

  g_test_expect_message ("kn-period", G_LOG_LEVEL_CRITICAL, "*period_is_valid*");
  g_assert_null (kn_period_label (&bad_year));
  g_test_assert_expected_messages ();
}

/* A year typed by a person: four digits in the working range, nothing read loosely (issue 12,
 * defect 10). */
static void
test_parse_year (void)
{
  const char *refused[] = { "2abc", "0000", "0x7e6", "1900", "1999", "2101", "9999", "+2026",
                            "202", "20266", "2026.0", "", "２０２６" };
  guint year = 0;

  g_assert_true (kn_period_parse_year ("2026", &year, NULL));
  g_assert_cmpuint (year, ==, 2026);
  g_assert_true (kn_period_parse_year (" 2000 ", &year, NULL));
  g_assert_cmpuint (year, ==, 2000);
  g_assert_true (kn_period_parse_year ("2100", &year, NULL));
  g_assert_cmpuint (year, ==, 2100);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;

      year = 7;
      g_assert_false (kn_period_parse_year (refused[i], &year, &error));
      g_assert_error (error, KN_PARSE_ERROR, KN_PARSE_ERROR_PERIOD);
      g_assert_nonnull (strstr (error->message, refused[i]));
      g_assert_cmpuint (year, ==, 7);
    }
  g_assert_false (kn_period_year_is_valid (1900));
  g_assert_false (kn_period_year_is_valid (0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/period/list", test_list);
  g_test_add_func ("/period/parse/round-trip", test_round_trip);
  g_test_add_func ("/period/parse/forgiving", test_parse_forgiving);
  g_test_add_func ("/period/parse/invalid", test_parse_invalid);
  g_test_add_func ("/period/parse/year", test_parse_year);
  g_test_add_func ("/period/labels", test_labels);
  g_test_add_func ("/period/labels/indonesian", test_labels_indonesian);
  g_test_add_func ("/period/compare", test_compare);
  g_test_add_func ("/period/dates", test_dates);
  g_test_add_func ("/period/invalid", test_invalid_period);

  return g_test_run ();
}
