/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for dates and month names written for people, in English and in Indonesian. */

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-evaluation.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-period.h"
#include "kinerja/kn-plan-enums.h"

#include "kn-test-util.h"

static const char *const english_months[] = {
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
};

static const char *const indonesian_months[] = {
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
};

static void
test_date (void)
{
  static const struct
  {
    guint       year;
    guint       month;
    guint       day;
    const char *expected;
  } cases[] = {
    { 2026, 11, 27, "27 November 2026" },
    { 2000, 1, 1, "1 January 2000" },
    { 1986, 9, 26, "26 September 1986" },
    { 1986, 5, 5, "5 May 1986" },
    { 2028, 2, 29, "29 February 2028" },
    { 1945, 8, 17, "17 August 1945" },
    { 1999, 12, 31, "31 December 1999" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kn_format_date ((GDateYear) cases[i].year,
                                              (GDateMonth) cases[i].month,
                                              (GDateDay) cases[i].day);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_date_invalid (void)
{
  g_test_expect_message ("kn-format", G_LOG_LEVEL_CRITICAL, "*g_date_valid_dmy*");
  g_assert_null (kn_format_date (2026, G_DATE_FEBRUARY, 29));
  g_test_assert_expected_messages ();

  g_test_expect_message ("kn-format", G_LOG_LEVEL_CRITICAL, "*g_date_valid_dmy*");
  g_assert_null (kn_format_date (2026, (GDateMonth) 13, 1));
  g_test_assert_expected_messages ();
}

static void
test_month_year (void)
{
  g_autofree char *november = kn_format_month_year (2026, G_DATE_NOVEMBER);
  g_autofree char *january = kn_format_month_year (1900, G_DATE_JANUARY);
  g_autofree char *may = kn_format_month_year (2015, G_DATE_MAY);

  g_assert_cmpstr (november, ==, "November 2026");
  g_assert_cmpstr (january, ==, "January 1900");
  g_assert_cmpstr (may, ==, "May 2015");

  g_test_expect_message ("kn-format", G_LOG_LEVEL_CRITICAL, "*g_date_valid_month*");
  g_assert_null (kn_format_month_year (2026, G_DATE_BAD_MONTH));
  g_test_assert_expected_messages ();
}

static void
test_month_name (void)
{
  for (guint m = 1; m <= 12; m++)
    g_assert_cmpstr (kn_format_month_name ((GDateMonth) m), ==, english_months[m - 1]);

  g_test_expect_message ("kn-format", G_LOG_LEVEL_CRITICAL, "*g_date_valid_month*");
  g_assert_null (kn_format_month_name ((GDateMonth) 13));
  g_test_assert_expected_messages ();
}

static void
check_month_name_indonesian (void)
{
  g_autofree char *date = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *month_year = NULL;

  for (guint m = 1; m <= 12; m++)
    g_assert_cmpstr (kn_format_month_name ((GDateMonth) m), ==, indonesian_months[m - 1]);

  date = kn_format_date (1945, G_DATE_AUGUST, 17);
  g_assert_cmpstr (date, ==, "17 Agustus 1945");
  iso = kn_format_iso_date ("2026-05-01");
  g_assert_cmpstr (iso, ==, "1 Mei 2026");
  month_year = kn_format_month_year (2026, G_DATE_DECEMBER);
  g_assert_cmpstr (month_year, ==, "Desember 2026");
}

static void
test_month_name_indonesian (void)
{
  kn_test_in_indonesian (check_month_name_indonesian);
}

static void
test_iso_valid (void)
{
  static const struct
  {
    const char *iso;
    const char *expected;
  } cases[] = {
    { "2026-11-27", "27 November 2026" },
    { "2028-02-29", "29 February 2028" },
    { "2000-02-29", "29 February 2000" },
    { "2026-01-01", "1 January 2026" },
    { "1986-09-26", "26 September 1986" },
    { "2026-04-30", "30 April 2026" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kn_format_iso_date (cases[i].iso);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_iso_invalid (void)
{
  static const char *const cases[] = {
    "2026-02-29",
    "1900-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-11-00",
    "2026-11-32",
    "0000-01-01",
    "2026-1-5",
    "2026-01-5",
    "2026/11/27",
    "27-11-2026",
    "20261127",
    " 2026-11-27",
    "2026-11-27 ",
    "2026-11-27T08:00:00",
    "+026-11-27",
    "2026-+1-27",
    "2026-11-2x",
    "abcd-ef-gh",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kn_format_iso_date (cases[i]);

      g_test_message ("%s", cases[i]);
      g_assert_null (text);
    }

  g_assert_null (kn_format_iso_date (NULL));
}

static void
test_parse_decimal (void)
{
  static const struct {
    const char *text;
    double      value;
  } valid[] = {
    { "12", 12 },
    { "12,5", 12.5 },
    { "12.5", 12.5 },
    { " 100 ", 100 },
    { "0,75", 0.75 },
    { "0.125", 0.125 },
    { ",5", 0.5 },
    { "1.500", 1500 },
    { "1,500", 1500 },
    { "1.500.000", 1500000 },
    { "1,500,000", 1500000 },
    { "1.500.000,25", 1500000.25 },
    { "1,500,000.25", 1500000.25 },
    { "92,55", 92.55 },
  };
  static const char * const invalid[] = {
    "", "  ", "abc", "12a", "-5", "12,5,5x", "1.2.3,4.5", "12.", "12,", "+3", "1,2,3.4,5",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = -1;

      g_assert_true (kn_parse_decimal (valid[i].text, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat_with_epsilon (value, valid[i].value, 1e-9);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = -1;

      g_assert_false (kn_parse_decimal (invalid[i], &value, &error));
      g_assert_error (error, KN_PARSE_ERROR, KN_PARSE_ERROR_NUMBER);
      /* The message quotes what was typed, and the value is left alone. */
      g_assert_nonnull (strstr (error->message, invalid[i]));
      g_assert_cmpfloat (value, ==, -1);
    }
}

static void
test_format_decimal_c (void)
{
  g_autofree char *a = kn_format_decimal (12.5);
  g_autofree char *b = kn_format_decimal (12);
  g_autofree char *c = kn_format_decimal (0.25);

  g_assert_cmpstr (a, ==, "12.5");
  g_assert_cmpstr (b, ==, "12");
  g_assert_cmpstr (c, ==, "0.25");
}

/* The window's percentages have the documents' two decimals, in the user's language. */
static void
test_format_percent_c (void)
{
  g_autofree char *a = kn_format_percent (108.7);
  g_autofree char *b = kn_format_percent (100);
  g_autofree char *c = kn_format_percent (100.0 * 3 / 7);

  g_assert_cmpstr (a, ==, "108.70 %");
  g_assert_cmpstr (b, ==, "100.00 %");
  g_assert_cmpstr (c, ==, "42.86 %");
}

/* Dates as an Indonesian office types them come back as ISO; impossible days are refused with
 * a message that repeats what was typed. */
static void
test_parse_date (void)
{
  static const struct { const char *text; const char *iso; } good[] = {
    { "14-08-2026", "2026-08-14" }, { "14/8/2026", "2026-08-14" }, { " 1.2.2026 ", "2026-02-01" },
    { "2026-08-14", "2026-08-14" }, { "29-02-2028", "2028-02-29" }, { "31/12/2026", "2026-12-31" },
  };
  static const char * const bad[] = {
    "", "14-08", "29-02-2026", "32-01-2026", "14-13-2026", "14-08-26", "kemarin", "14--2026",
    "2026-08-14-1", "08/14/2026", "-1-08-2026",
    /* A day or month past a byte: 514 is not day 2 (found by test-fuzz-parsers). */
    "2726-08-514", "258-08-2026", "14-264-2026",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = kn_parse_date (good[i].text, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, good[i].iso);

      /* Written back day first, it reads as the same day. */
      {
        g_autofree char *numeric = kn_format_iso_date_numeric (iso);
        g_autofree char *again = kn_parse_date (numeric, NULL);

        g_assert_cmpuint (strlen (numeric), ==, 10);
        g_assert_cmpstr (again, ==, iso);
      }
    }
  {
    g_autofree char *padded = kn_format_iso_date_numeric ("2026-08-04");
    g_autofree char *no_day = kn_format_iso_date_numeric ("2026-02-30");
    g_autofree char *not_iso = kn_format_iso_date_numeric ("14-08-2026");

    g_assert_cmpstr (padded, ==, "04-08-2026");
    g_assert_null (no_day);
    g_assert_null (not_iso);
  }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = kn_parse_date (bad[i], &error);

      g_assert_null (iso);
      g_assert_error (error, KN_PARSE_ERROR, KN_PARSE_ERROR_DATE);
      g_assert_nonnull (strstr (error->message, bad[i]));
    }
}

/* Documents are Indonesian whatever the language: every function below is checked with the
 * same hand-written strings under C.UTF-8 and under id_ID.UTF-8 with the Indonesian catalogue
 * bound (test_doc_locales), so their output is the same in both. */
static void
check_doc_numbers (void)
{
  static const struct
  {
    double      value;
    const char *text;
  } numbers[] = {
    { 1500000000, "1.500.000.000" },
    { 25.714285, "25,71" },
    { 12.5, "12,5" },
    { 12, "12" },
    { 0, "0" },
    { 100, "100" },
    { 999, "999" },
    { 1000, "1.000" },
    { 1234.5, "1.234,5" },
    { 999.999, "1.000" },          /* rounded to two decimals, then grouped */
    { 0.005, "0,01" },             /* half up */
    { 1.005, "1,01" },             /* as written, not as its binary value (1.00499…) */
    { 2.675, "2,68" },
    { 0.1 + 0.2, "0,3" },
    { 401.8234, "401,82" },
    { 0.004, "0" },
    { -0.001, "0" },               /* no "-0" */
    { -2.5, "-2,5" },
    { -1500000, "-1.500.000" },
    { 12345678.9, "12.345.678,9" },
    { NAN, "" },
    { INFINITY, "" },
  };
  static const struct
  {
    double      value;
    guint       decimals;
    const char *text;
  } decimals[] = {
    { 42.857142, 1, "42,9" },
    { 42.857142, 0, "43" },
    { 14.25, 1, "14,3" },
    { 75, 1, "75" },
    { 0.125, 3, "0,125" },
    { 1999.95, 1, "2.000" },
  };
  static const struct
  {
    double      value;
    const char *unit;
    const char *text;
  } quantities[] = {
    { 12, "dokumen", "12 dokumen" },
    { 12.5, "%", "12,5 %" },
    { 1500000000, "rupiah", "Rp1.500.000.000" },
    { 1500000000, "Rupiah", "Rp1.500.000.000" },
    { 750000, "Rp", "Rp750.000" },
    { 3, NULL, "3" },
    { 3, "", "3" },
    { 2.75, "hari", "2,75 hari" },
    { 85.04, "indeks", "85,04 indeks" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *text = kn_format_doc_number (numbers[i].value);

      g_test_message ("%.17g", numbers[i].value);
      g_assert_cmpstr (text, ==, numbers[i].text);
    }

  for (guint i = 0; i < G_N_ELEMENTS (decimals); i++)
    {
      g_autofree char *text = kn_format_doc_decimal (decimals[i].value, decimals[i].decimals);

      g_assert_cmpstr (text, ==, decimals[i].text);
    }

  for (guint i = 0; i < G_N_ELEMENTS (quantities); i++)
    {
      g_autofree char *text = kn_format_doc_quantity (quantities[i].value, quantities[i].unit);

      g_assert_cmpstr (text, ==, quantities[i].text);
    }

  {
    g_autofree char *a = kn_format_doc_percent (25.714285);
    g_autofree char *b = kn_format_doc_percent (100);
    g_autofree char *c = kn_format_doc_percent (401.8234);
    g_autofree char *d = kn_format_doc_percent (0);
    /* Review 16: "108,7 %" stood beside "114,29 %". */
    g_autofree char *tenths = kn_format_doc_percent (108.7);
    g_autofree char *share = kn_format_doc_percent (100.0 * 3 / 7);
    g_autofree char *e = kn_format_doc_rupiah (1500000000);
    g_autofree char *f = kn_format_doc_rupiah (1250.5);
    g_autofree char *g = kn_format_doc_rupiah (0);
    g_autofree char *h = kn_format_doc_rupiah (99.999);

    g_assert_cmpstr (a, ==, "25,71 %");
    g_assert_cmpstr (b, ==, "100,00 %");
    g_assert_cmpstr (c, ==, "401,82 %");
    g_assert_cmpstr (tenths, ==, "108,70 %");
    g_assert_cmpstr (share, ==, "42,86 %");
    g_assert_cmpstr (d, ==, "0,00 %");
    g_assert_cmpstr (e, ==, "Rp1.500.000.000");
    /* Sen are written when there are any, always two of them. */
    g_assert_cmpstr (f, ==, "Rp1.250,50");
    g_assert_cmpstr (g, ==, "Rp0");
    g_assert_cmpstr (h, ==, "Rp100");
  }
}

static void
check_doc_dates (void)
{
  static const struct
  {
    guint       year;
    guint       month;
    guint       day;
    const char *text;
  } dates[] = {
    { 2026, 12, 31, "31 Desember 2026" },
    { 2026, 1, 1, "1 Januari 2026" },
    { 2028, 2, 29, "29 Februari 2028" },
    { 1945, 8, 17, "17 Agustus 1945" },
    { 2026, 5, 5, "5 Mei 2026" },
    { 2026, 3, 9, "9 Maret 2026" },
    { 2026, 6, 30, "30 Juni 2026" },
    { 2026, 7, 1, "1 Juli 2026" },
    { 2026, 10, 2, "2 Oktober 2026" },
  };
  static const char *const months[] = {
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
  };
  GDate first;
  GDate last;

  for (guint m = 1; m <= 12; m++)
    g_assert_cmpstr (kn_format_doc_month_name ((GDateMonth) m), ==, months[m - 1]);

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *text = kn_format_doc_date ((GDateYear) dates[i].year,
                                                  (GDateMonth) dates[i].month,
                                                  (GDateDay) dates[i].day);
      g_autofree char *iso = g_strdup_printf ("%04u-%02u-%02u", dates[i].year, dates[i].month,
                                              dates[i].day);
      g_autofree char *from_iso = kn_format_doc_iso_date (iso);

      g_assert_cmpstr (text, ==, dates[i].text);
      g_assert_cmpstr (from_iso, ==, dates[i].text);
    }
  g_assert_null (kn_format_doc_iso_date ("2026-02-29"));
  g_assert_null (kn_format_doc_iso_date ("31-12-2026"));
  g_assert_null (kn_format_doc_iso_date (NULL));

  /* A range in one year writes the year once; across years, twice; a single day, once. */
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, 2026);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, 2026);
  {
    g_autofree char *text = kn_format_doc_date_range (&first, &last);

    g_assert_cmpstr (text, ==, "1 Januari s.d. 31 Desember 2026");
  }
  g_date_set_dmy (&first, 1, G_DATE_DECEMBER, 2025);
  g_date_set_dmy (&last, 31, G_DATE_JANUARY, 2026);
  {
    g_autofree char *text = kn_format_doc_date_range (&first, &last);

    g_assert_cmpstr (text, ==, "1 Desember 2025 s.d. 31 Januari 2026");
  }
  g_date_set_dmy (&first, 5, G_DATE_MAY, 2026);
  {
    g_autofree char *text = kn_format_doc_date_range (&first, &first);

    g_assert_cmpstr (text, ==, "5 Mei 2026");
  }

  g_date_set_dmy (&first, 2, G_DATE_JANUARY, 2026);
  {
    g_autofree char *a = kn_format_doc_place_date ("Bandar Lampung", &first);
    g_autofree char *b = kn_format_doc_place_date ("", &first);
    g_autofree char *c = kn_format_doc_place_date (NULL, &first);

    g_assert_cmpstr (a, ==, "Bandar Lampung, 2 Januari 2026");
    g_assert_cmpstr (b, ==, "2 Januari 2026");
    g_assert_cmpstr (c, ==, "2 Januari 2026");
  }
}

static void
check_doc_periods (void)
{
  static const struct
  {
    KnPeriod    period;
    const char *name;
    const char *label;
    const char *dates;
    const char *line;
  } periods[] = {
    { { 2026, KN_PERIOD_QUARTER, 1 }, "Triwulan I", "Triwulan I 2026",
      "1 Januari s.d. 31 Maret 2026", "Triwulan I (1 Januari s.d. 31 Maret 2026)" },
    { { 2026, KN_PERIOD_QUARTER, 2 }, "Triwulan II", "Triwulan II 2026",
      "1 April s.d. 30 Juni 2026", "Triwulan II (1 April s.d. 30 Juni 2026)" },
    { { 2026, KN_PERIOD_QUARTER, 3 }, "Triwulan III", "Triwulan III 2026",
      "1 Juli s.d. 30 September 2026", "Triwulan III (1 Juli s.d. 30 September 2026)" },
    { { 2026, KN_PERIOD_QUARTER, 4 }, "Triwulan IV", "Triwulan IV 2026",
      "1 Oktober s.d. 31 Desember 2026", "Triwulan IV (1 Oktober s.d. 31 Desember 2026)" },
    { { 2026, KN_PERIOD_ANNUAL, 0 }, "Akhir", "Akhir 2026",
      "1 Januari s.d. 31 Desember 2026", "Akhir (1 Januari s.d. 31 Desember 2026)" },
    { { 2026, KN_PERIOD_MONTH, 1 }, "Januari", "Januari 2026",
      "1 Januari s.d. 31 Januari 2026", "Januari (1 Januari s.d. 31 Januari 2026)" },
    { { 2028, KN_PERIOD_MONTH, 2 }, "Februari", "Februari 2028",
      "1 Februari s.d. 29 Februari 2028", "Februari (1 Februari s.d. 29 Februari 2028)" },
    { { 2026, KN_PERIOD_MONTH, 12 }, "Desember", "Desember 2026",
      "1 Desember s.d. 31 Desember 2026", "Desember (1 Desember s.d. 31 Desember 2026)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autofree char *name = kn_format_doc_period_name (&periods[i].period);
      g_autofree char *label = kn_format_doc_period_label (&periods[i].period);
      g_autofree char *dates = kn_format_doc_period_dates (&periods[i].period);
      g_autofree char *line = kn_format_doc_period_line (&periods[i].period);

      g_assert_cmpstr (name, ==, periods[i].name);
      g_assert_cmpstr (label, ==, periods[i].label);
      g_assert_cmpstr (dates, ==, periods[i].dates);
      g_assert_cmpstr (line, ==, periods[i].line);
    }
}

static void
check_doc_words (void)
{
  static const char *const plan[] = {
    [KN_PLAN_STATUS_DRAFT] = "Draf",
    [KN_PLAN_STATUS_SUBMITTED] = "Diajukan",
    [KN_PLAN_STATUS_APPROVED] = "Disetujui",
    [KN_PLAN_STATUS_RETURNED] = "Dikembalikan",
  };
  static const char *const plan_mark[] = {
    [KN_PLAN_STATUS_DRAFT] = "DRAF",
    [KN_PLAN_STATUS_SUBMITTED] = "DRAF",
    [KN_PLAN_STATUS_APPROVED] = NULL,
    [KN_PLAN_STATUS_RETURNED] = "DRAF",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (plan) == KN_PLAN_STATUS_N);

  for (guint s = 0; s < KN_PLAN_STATUS_N; s++)
    {
      g_assert_cmpstr (kn_format_doc_plan_status ((KnPlanStatus) s), ==, plan[s]);
      g_assert_cmpstr (kn_format_doc_plan_mark ((KnPlanStatus) s), ==, plan_mark[s]);
    }
  g_assert_cmpstr (kn_format_doc_evaluation_status (KN_EVALUATION_STATUS_DRAFT), ==, "Draf");
  g_assert_cmpstr (kn_format_doc_evaluation_status (KN_EVALUATION_STATUS_FINAL), ==, "Final");
  g_assert_cmpstr (kn_format_doc_evaluation_mark (KN_EVALUATION_STATUS_DRAFT), ==, "DRAF");
  g_assert_null (kn_format_doc_evaluation_mark (KN_EVALUATION_STATUS_FINAL));

  {
    g_autofree char *a = kn_format_doc_page (1, 4);
    g_autofree char *b = kn_format_doc_page (12, 12);

    g_assert_cmpstr (a, ==, "Halaman 1 dari 4");
    g_assert_cmpstr (b, ==, "Halaman 12 dari 12");
  }
}

/* Runs in a child so that the locale and the catalogue do not leak into other tests. */
static void
test_doc_locales (gconstpointer data)
{
  const char *locale = data;

  if (g_test_subprocess ())
    {
      g_autofree char *dir = kn_test_find_locale_dir ();

      if (setlocale (LC_ALL, locale) == NULL)
        {
          g_test_skip ("The locale is not installed");
          return;
        }
      if (g_str_has_prefix (locale, "id") && dir != NULL)
        {
          /* The interface is Indonesian here: gettext answers in Indonesian. */
          g_setenv ("LANGUAGE", "id", TRUE);
          g_assert_nonnull (bindtextdomain (GETTEXT_PACKAGE, dir));
          g_assert_nonnull (bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8"));
          g_assert_cmpstr (kn_format_month_name (G_DATE_DECEMBER), ==, "Desember");
        }
      else if (!g_str_has_prefix (locale, "id"))
        {
          /* …and here English: what the documents print must not follow either. */
          g_assert_cmpstr (kn_format_month_name (G_DATE_DECEMBER), ==, "December");
        }

      check_doc_numbers ();
      check_doc_dates ();
      check_doc_periods ();
      check_doc_words ();
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The employee dialog's "NIP taken" in Indonesian puts the name first, so that a name ending
 * in its degree's dot is not followed by a second one ("… oleh Budi Santoso, S.Pd.."). */
static void
check_nip_taken_indonesian (void)
{
  g_autofree char *text = g_strdup_printf (g_dgettext (GETTEXT_PACKAGE,
                                                       "This NIP is already used by %s."),
                                           "Budi Santoso, S.Pd.");

  g_assert_cmpstr (text, !=, "This NIP is already used by Budi Santoso, S.Pd..");
  g_assert_null (strstr (text, ".."));
  g_assert_true (g_str_has_prefix (text, "Budi Santoso, S.Pd. "));
}

static void
test_nip_taken_indonesian (void)
{
  kn_test_in_indonesian (check_nip_taken_indonesian);
}

/* A name ending in a dot at the end of a sentence gives one full stop, not two; an ellipsis and
 * a lone dot stay. */
static void
test_tidy_stops (void)
{
  struct { const char *in, *out; } cases[] = {
    { "NIP ini sudah dipakai oleh Budi Santoso, S.Pd..", "NIP ini sudah dipakai oleh Budi Santoso, S.Pd." },
    { "Ditahan: Ahmad, S.T., Citra, S.Pd..", "Ditahan: Ahmad, S.T., Citra, S.Pd." },
    { "Ditahan: Ahmad Fauzi.", "Ditahan: Ahmad Fauzi." },
    { "Menunggu...", "Menunggu..." },
    { "Dra.. Siti", "Dra. Siti" },
    { "..", ".." },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup (cases[i].in);

      g_assert_cmpstr (kn_format_tidy_stops (text), ==, cases[i].out);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/date", test_date);
  g_test_add_func ("/format/date/invalid", test_date_invalid);
  g_test_add_func ("/format/month-year", test_month_year);
  g_test_add_func ("/format/month-name", test_month_name);
  g_test_add_func ("/format/month-name/indonesian", test_month_name_indonesian);
  g_test_add_func ("/format/iso/valid", test_iso_valid);
  g_test_add_func ("/format/iso/invalid", test_iso_invalid);
  g_test_add_func ("/format/parse-decimal", test_parse_decimal);
  g_test_add_func ("/format/decimal/c-locale", test_format_decimal_c);
  g_test_add_func ("/format/percent/c-locale", test_format_percent_c);
  g_test_add_func ("/format/parse-date", test_parse_date);
  g_test_add_func ("/format/tidy-stops", test_tidy_stops);
  g_test_add_func ("/format/nip-taken-indonesian", test_nip_taken_indonesian);
  g_test_add_data_func ("/format/doc/c", "C.UTF-8", test_doc_locales);
  g_test_add_data_func ("/format/doc/id", "id_ID.UTF-8", test_doc_locales);

  return g_test_run ();
}
