/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for dates and month names written for people, in English and in Indonesian. */

#include "config.h"

#include <libintl.h>
#include <locale.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "kinerja/kn-format.h"

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

static char *
find_locale_dir (void)
{
  const char *dir = g_getenv ("KINERJA_LOCALEDIR");
  g_autofree char *mo = NULL;

#ifdef BUILD_LOCALEDIR
  if (dir == NULL)
    dir = BUILD_LOCALEDIR;
#endif

  if (dir == NULL)
    return NULL;

  mo = g_build_filename (dir, "id", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    return NULL;

  return g_strdup (dir);
}

/* Runs in a child process so that switching the language does not leak into other tests. */
static void
test_month_name_indonesian (void)
{
  g_autofree char *dir = find_locale_dir ();

  if (dir == NULL)
    {
      g_test_skip ("The Indonesian catalogue is not built (set KINERJA_LOCALEDIR)");
      return;
    }

  if (g_test_subprocess ())
    {
      g_autofree char *date = NULL;
      g_autofree char *iso = NULL;
      g_autofree char *month_year = NULL;

      g_setenv ("LANGUAGE", "id", TRUE);
      if (setlocale (LC_ALL, "id_ID.UTF-8") == NULL)
        g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
      g_assert_nonnull (bindtextdomain (GETTEXT_PACKAGE, dir));
      g_assert_nonnull (bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8"));

      for (guint m = 1; m <= 12; m++)
        g_assert_cmpstr (kn_format_month_name ((GDateMonth) m), ==, indonesian_months[m - 1]);

      date = kn_format_date (1945, G_DATE_AUGUST, 17);
      g_assert_cmpstr (date, ==, "17 Agustus 1945");
      iso = kn_format_iso_date ("2026-05-01");
      g_assert_cmpstr (iso, ==, "1 Mei 2026");
      month_year = kn_format_month_year (2026, G_DATE_DECEMBER);
      g_assert_cmpstr (month_year, ==, "Desember 2026");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
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
  g_test_add_func ("/format/parse-date", test_parse_date);

  return g_test_run ();
}
