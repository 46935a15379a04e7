/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Tests for NIP and NI PPPK parsing, validation, decoding, grouping and description. */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kinerja/kn-nip.h"

typedef struct
{
  const char *name;
  const char *text;
  KnNipFlags  flags;
  KnNipKind   kind;
  const char *digits;
  guint       birth_year;
  guint       birth_month;
  guint       birth_day;
  guint       tmt_year;
  guint       tmt_month;
  guint       pppk_code;
  KnGender    gender;
  guint       serial;
} ValidCase;

typedef struct
{
  const char *name;
  const char *text;
  KnNipFlags  flags;
  KnNipError  code;
  const char *needle;  /* the message must name the offending part or value */
} InvalidCase;

static const ValidCase valid_cases[] = {
  { "pns", "198609262015051001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PNS,
    "198609262015051001", 1986, 9, 26, 2015, 5, 0, KN_GENDER_MALE, 1 },
  { "pns-female", "197503121999032002", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PNS,
    "197503121999032002", 1975, 3, 12, 1999, 3, 0, KN_GENDER_FEMALE, 2 },
  { "pns-december", "196512311990121005", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PNS,
    "196512311990121005", 1965, 12, 31, 1990, 12, 0, KN_GENDER_MALE, 5 },
  { "pns-serial-999", "198609262015052999", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PNS,
    "198609262015052999", 1986, 9, 26, 2015, 5, 0, KN_GENDER_FEMALE, 999 },
  { "feb-29-leap", "198802292010121001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PNS,
    "198802292010121001", 1988, 2, 29, 2010, 12, 0, KN_GENDER_MALE, 1 },
  { "feb-29-2000", "200002292021011001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PNS,
    "200002292021011001", 2000, 2, 29, 2021, 1, 0, KN_GENDER_MALE, 1 },
  { "born-1900", "190001011920011001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PNS,
    "190001011920011001", 1900, 1, 1, 1920, 1, 0, KN_GENDER_MALE, 1 },
  { "tmt-in-month-of-18th-birthday", "199006152008061001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PNS,
    "199006152008061001", 1990, 6, 15, 2008, 6, 0, KN_GENDER_MALE, 1 },
  { "tmt-next-year", "200001012027011001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PNS,
    "200001012027011001", 2000, 1, 1, 2027, 1, 0, KN_GENDER_MALE, 1 },
  { "pns-with-legacy-flag", "198609262015051001", KN_NIP_FLAGS_ALLOW_LEGACY, KN_NIP_KIND_PNS,
    "198609262015051001", 1986, 9, 26, 2015, 5, 0, KN_GENDER_MALE, 1 },
  { "pppk", "198808122021212001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PPPK,
    "198808122021212001", 1988, 8, 12, 2021, 0, 21, KN_GENDER_FEMALE, 1 },
  { "pppk-2024", "199001152024211003", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PPPK,
    "199001152024211003", 1990, 1, 15, 2024, 0, 21, KN_GENDER_MALE, 3 },
  { "pppk-code-24", "198505202023242002", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PPPK,
    "198505202023242002", 1985, 5, 20, 2023, 0, 24, KN_GENDER_FEMALE, 2 },
  { "pppk-code-13", "197107072022131004", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PPPK,
    "197107072022131004", 1971, 7, 7, 2022, 0, 13, KN_GENDER_MALE, 4 },
  { "pppk-first-year", "197001012019211001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PPPK,
    "197001012019211001", 1970, 1, 1, 2019, 0, 21, KN_GENDER_MALE, 1 },
  { "pppk-next-year", "199912312027992001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PPPK,
    "199912312027992001", 1999, 12, 31, 2027, 0, 99, KN_GENDER_FEMALE, 1 },
  { "pppk-appointed-at-18", "200503012023211001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PPPK,
    "200503012023211001", 2005, 3, 1, 2023, 0, 21, KN_GENDER_MALE, 1 },
  { "typed-spaces", "19860926 201505 1 001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PNS,
    "198609262015051001", 1986, 9, 26, 2015, 5, 0, KN_GENDER_MALE, 1 },
  { "typed-dots", "19860926.201505.1.001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PNS,
    "198609262015051001", 1986, 9, 26, 2015, 5, 0, KN_GENDER_MALE, 1 },
  { "typed-dashes", "19860926-201505-1-001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PNS,
    "198609262015051001", 1986, 9, 26, 2015, 5, 0, KN_GENDER_MALE, 1 },
  { "typed-padding", "  198609262015051001\t\n", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PNS,
    "198609262015051001", 1986, 9, 26, 2015, 5, 0, KN_GENDER_MALE, 1 },
  { "typed-pppk-spaces", "19880812 202121 2 001", KN_NIP_FLAGS_NONE, KN_NIP_KIND_PPPK,
    "198808122021212001", 1988, 8, 12, 2021, 0, 21, KN_GENDER_FEMALE, 1 },
  { "legacy", "010123456", KN_NIP_FLAGS_ALLOW_LEGACY, KN_NIP_KIND_LEGACY,
    "010123456", 0, 0, 0, 0, 0, 0, KN_GENDER_UNKNOWN, 0 },
  { "legacy-spaced", "010 123 456", KN_NIP_FLAGS_ALLOW_LEGACY, KN_NIP_KIND_LEGACY,
    "010123456", 0, 0, 0, 0, 0, 0, KN_GENDER_UNKNOWN, 0 },
};

static const InvalidCase invalid_cases[] = {
  { "empty", "", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_EMPTY, "18 digits" },
  { "only-separators", " .- ", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_EMPTY, "18 digits" },
  { "null", NULL, KN_NIP_FLAGS_NONE, KN_NIP_ERROR_EMPTY, "18 digits" },
  { "length-17", "19860926201505100", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_LENGTH,
    "The NIP has 17 digits; it must have 18." },
  { "length-19", "1986092620150510011", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_LENGTH,
    "has 19 digits" },
  { "length-17-spaced", "19860926 201505 1 00", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_LENGTH,
    "has 17 digits" },
  { "length-1", "1", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_LENGTH, "has 1 digit;" },
  { "length-10-legacy-allowed", "0101234567", KN_NIP_FLAGS_ALLOW_LEGACY, KN_NIP_ERROR_LENGTH,
    "has 10 digits" },
  { "letter", "19860926A015051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_CHARACTERS, "“A”" },
  { "letter-o-for-zero", "198609262O15051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_CHARACTERS,
    "“O”" },
  { "prefix", "NIP. 198609262015051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_CHARACTERS, "“N”" },
  { "slashes", "19860926/201505/1/001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_CHARACTERS, "“/”" },
  { "non-ascii", "19860926 201505 1 001é", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_CHARACTERS,
    "“é”" },
  { "letters-before-length", "12345x", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_CHARACTERS, "“x”" },
  { "legacy-letter", "01012345X", KN_NIP_FLAGS_ALLOW_LEGACY, KN_NIP_ERROR_CHARACTERS, "“X”" },
  { "birth-month-13", "198613262015051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_BIRTH_DATE,
    "“19861326”" },
  { "birth-month-00", "198600262015051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_BIRTH_DATE,
    "“19860026”" },
  { "birth-day-32", "198609322015051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_BIRTH_DATE,
    "“19860932”" },
  { "birth-day-00", "198609002015051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_BIRTH_DATE,
    "“19860900”" },
  { "april-31", "198604312015051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_BIRTH_DATE,
    "“19860431”" },
  { "feb-29-non-leap", "198702292010121001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_BIRTH_DATE,
    "Digits 1–8 (date of birth) “19870229” are not a real date." },
  { "feb-29-1900", "190002291920011001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_BIRTH_DATE,
    "“19000229”" },
  { "feb-30", "198802302010121001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_BIRTH_DATE,
    "“19880230”" },
  { "birth-before-1900", "189912312015051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_BIRTH_DATE,
    "“18991231”" },
  { "birth-tomorrow", "202611292015051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_BIRTH_DATE,
    "29 November 2026" },
  { "birth-future-year", "203001012045051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_BIRTH_DATE,
    "“20300101”" },
  { "tmt-month-00", "198609262015001001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_TMT, "00" },
  { "tmt-too-far-ahead", "198609262028051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_TMT,
    "“202805”" },
  /* Month 13 is no month, so the number reads as an NI PPPK, whose year 2015 is too early. */
  { "tmt-month-13", "198609262015131001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_APPOINTMENT, "2015" },
  { "tmt-month-19", "198609262015191001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_APPOINTMENT, "19" },
  { "tmt-before-18", "198609262003051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_TOO_YOUNG,
    "September 2004" },
  { "tmt-month-before-18th-birthday", "199006152008051001", KN_NIP_FLAGS_NONE,
    KN_NIP_ERROR_TOO_YOUNG, "May 2008" },
  { "tmt-before-birth", "198609261980051001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_TOO_YOUNG,
    "May 1980" },
  { "pppk-2018", "198808122018212001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_APPOINTMENT, "2018" },
  { "pppk-too-far-ahead", "198808122028212001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_APPOINTMENT,
    "2028" },
  { "pppk-too-young", "200503012022211001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_TOO_YOUNG, "2023" },
  { "gender-0", "198609262015050001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_GENDER,
    "The gender digit (15th) is 0;" },
  { "gender-3", "198609262015053001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_GENDER,
    "The gender digit (15th) is 3; it must be 1 (male) or 2 (female)." },
  { "pppk-gender-9", "198808122021219001", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_GENDER, "is 9;" },
  { "serial-000", "198609262015051000", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_SERIAL, "000" },
  { "pppk-serial-000", "198808122021212000", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_SERIAL, "000" },
  { "legacy-without-flag", "010123456", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_LEGACY, "import" },
  { "legacy-spaced-without-flag", "010 123 456", KN_NIP_FLAGS_NONE, KN_NIP_ERROR_LEGACY,
    "9 digits" },
};

static GDate *
test_today (void)
{
  return g_date_new_dmy (28, G_DATE_NOVEMBER, 2026);
}

static void
test_valid (gconstpointer data)
{
  const ValidCase *c = data;
  g_autoptr(GDate) today = test_today ();
  g_autoptr(GError) error = NULL;
  KnNipInfo info;
  gboolean ok;

  memset (&info, 0xAA, sizeof info);

  ok = kn_nip_parse_at (c->text, c->flags, today, &info, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  g_assert_cmpint (info.kind, ==, c->kind);
  g_assert_cmpstr (info.digits, ==, c->digits);
  g_assert_cmpuint (info.birth_year, ==, c->birth_year);
  g_assert_cmpuint (info.birth_month, ==, c->birth_month);
  g_assert_cmpuint (info.birth_day, ==, c->birth_day);
  g_assert_cmpuint (info.tmt_year, ==, c->tmt_year);
  g_assert_cmpuint (info.tmt_month, ==, c->tmt_month);
  g_assert_cmpuint (info.pppk_code, ==, c->pppk_code);
  g_assert_cmpint (info.gender, ==, c->gender);
  g_assert_cmpuint (info.serial, ==, c->serial);
}

static void
test_invalid (gconstpointer data)
{
  const InvalidCase *c = data;
  g_autoptr(GDate) today = test_today ();
  g_autoptr(GError) error = NULL;
  KnNipInfo info;
  KnNipInfo untouched;

  memset (&info, 0x5A, sizeof info);
  memcpy (&untouched, &info, sizeof info);

  g_assert_false (kn_nip_parse_at (c->text, c->flags, today, &info, &error));
  g_assert_error (error, KN_NIP_ERROR, (int) c->code);
  g_test_message ("%s: %s", c->name, error->message);
  g_assert_nonnull (strstr (error->message, c->needle));
  g_assert_null (strstr (error->message, "%"));

  /* A failed parse leaves the caller's info as it was. */
  g_assert_cmpmem (&info, sizeof info, &untouched, sizeof untouched);
}

static void
test_parse_without_info (void)
{
  g_autoptr(GDate) today = test_today ();
  g_autoptr(GError) error = NULL;

  g_assert_true (kn_nip_parse_at ("198609262015051001", KN_NIP_FLAGS_NONE, today, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (kn_nip_parse_at ("198609262015051000", KN_NIP_FLAGS_NONE, today, NULL, NULL));
}

static void
test_parse_current_date (void)
{
  g_autoptr(GError) error = NULL;
  KnNipInfo info;

  g_assert_true (kn_nip_parse ("19860926 201505 1 001", KN_NIP_FLAGS_NONE, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpint (info.kind, ==, KN_NIP_KIND_PNS);
  g_assert_cmpuint (info.tmt_year, ==, 2015);

  g_assert_false (kn_nip_parse ("20991231 212001 1 001", KN_NIP_FLAGS_NONE, &info, &error));
  g_assert_error (error, KN_NIP_ERROR, KN_NIP_ERROR_BIRTH_DATE);
}

/* The same number passes or fails depending on the day it is checked. */
static void
test_parse_depends_on_today (void)
{
  g_autoptr(GDate) nov_27 = g_date_new_dmy (27, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) nov_28 = g_date_new_dmy (28, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) dec_31_2025 = g_date_new_dmy (31, G_DATE_DECEMBER, 2025);
  g_autoptr(GDate) jan_1_2018 = g_date_new_dmy (1, G_DATE_JANUARY, 2018);
  GError *error = NULL;

  /* Born today is not in the future (it fails later, on the age at TMT). */
  g_assert_false (kn_nip_parse_at ("202611282045051001", 0, nov_28, NULL, &error));
  g_assert_error (error, KN_NIP_ERROR, KN_NIP_ERROR_TMT);
  g_clear_error (&error);
  g_assert_false (kn_nip_parse_at ("202611282045051001", 0, nov_27, NULL, &error));
  g_assert_error (error, KN_NIP_ERROR, KN_NIP_ERROR_BIRTH_DATE);
  g_clear_error (&error);

  /* TMT at most one year ahead. */
  g_assert_true (kn_nip_parse_at ("200001012027011001", 0, nov_28, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (kn_nip_parse_at ("200001012027011001", 0, dec_31_2025, NULL, &error));
  g_assert_error (error, KN_NIP_ERROR, KN_NIP_ERROR_TMT);
  g_clear_error (&error);

  /* Before PPPK existed, a 2019 appointment is one year ahead at most. */
  g_assert_false (kn_nip_parse_at ("198808122021212001", 0, jan_1_2018, NULL, &error));
  g_assert_error (error, KN_NIP_ERROR, KN_NIP_ERROR_APPOINTMENT);
  g_clear_error (&error);
}

static void
test_normalize (void)
{
  static const struct
  {
    const char *text;
    const char *expected;
  } cases[] = {
    { "198609262015051001", "198609262015051001" },
    { "19860926 201505 1 001", "198609262015051001" },
    { "19860926.201505.1.001", "198609262015051001" },
    { "19860926-201505-1-001", "198609262015051001" },
    { " 1986 0926\t2015-05.1 001\n", "198609262015051001" },
    { "010 123 456", "010123456" },
    { "", "" },
    { " - . ", "" },
    { "19860926A01505", NULL },
    { "19860926/201505", NULL },
    { "+62 812", NULL },
    { "1986,0926", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *digits = kn_nip_normalize (cases[i].text);

      g_assert_cmpstr (digits, ==, cases[i].expected);
    }
}

static void
test_format (void)
{
  static const struct
  {
    const char *digits;
    const char *expected;
  } cases[] = {
    { "198609262015051001", "19860926 201505 1 001" },
    { "197503121999032002", "19750312 199903 2 002" },
    { "198808122021212001", "19880812 202121 2 001" },
    { "19860926 201505 1 001", "19860926 201505 1 001" },
    { "19860926.201505.1.001", "19860926 201505 1 001" },
    { "010123456", "010123456" },
    { "19860926201505100", "19860926201505100" },
    { "1986092620150510011", "1986092620150510011" },
    { "19860926A015051001", "19860926A015051001" },
    { "", "" },
  };
  g_autofree char *null_text = kn_nip_format (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kn_nip_format (cases[i].digits);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }

  g_assert_cmpstr (null_text, ==, "");
}

static char *
describe (const char *text,
          KnNipFlags  flags)
{
  g_autoptr(GDate) today = test_today ();
  g_autoptr(GError) error = NULL;
  KnNipInfo info;

  g_assert_true (kn_nip_parse_at (text, flags, today, &info, &error));
  g_assert_no_error (error);

  return kn_nip_describe (&info);
}

static void
test_describe_pns (void)
{
  g_autofree char *male = describe ("198609262015051001", 0);
  g_autofree char *female = describe ("197503121999032002", 0);

  g_assert_cmpstr (male, ==,
                   "PNS · born 26 September 1986 · TMT CPNS May 2015 · male · serial 001");
  g_assert_cmpstr (female, ==,
                   "PNS · born 12 March 1975 · TMT CPNS March 1999 · female · serial 002");
}

static void
test_describe_pppk (void)
{
  g_autofree char *female = describe ("198808122021212001", 0);
  g_autofree char *male = describe ("198505202023241003", 0);

  g_assert_cmpstr (female, ==,
                   "PPPK · born 12 August 1988 · appointed 2021 (code 21) · female · serial 001");
  g_assert_cmpstr (male, ==,
                   "PPPK · born 20 May 1985 · appointed 2023 (code 24) · male · serial 003");
}

static void
test_describe_legacy (void)
{
  g_autofree char *text = describe ("010123456", KN_NIP_FLAGS_ALLOW_LEGACY);

  g_assert_cmpstr (text, ==, "Old 9-digit NIP (before 2009)");
}

static void
test_error_quark (void)
{
  g_assert_cmpstr (g_quark_to_string (KN_NIP_ERROR), ==, "kn-nip-error-quark");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (valid_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/nip/valid/%s", valid_cases[i].name);

      g_test_add_data_func (path, &valid_cases[i], test_valid);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/nip/invalid/%s", invalid_cases[i].name);

      g_test_add_data_func (path, &invalid_cases[i], test_invalid);
    }

  g_test_add_func ("/nip/parse/without-info", test_parse_without_info);
  g_test_add_func ("/nip/parse/current-date", test_parse_current_date);
  g_test_add_func ("/nip/parse/depends-on-today", test_parse_depends_on_today);
  g_test_add_func ("/nip/normalize", test_normalize);
  g_test_add_func ("/nip/format", test_format);
  g_test_add_func ("/nip/describe/pns", test_describe_pns);
  g_test_add_func ("/nip/describe/pppk", test_describe_pppk);
  g_test_add_func ("/nip/describe/legacy", test_describe_legacy);
  g_test_add_func ("/nip/error-quark", test_error_quark);

  return g_test_run ();
}
