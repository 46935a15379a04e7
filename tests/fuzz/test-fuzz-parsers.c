/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A bounded, seeded mutation fuzzer of the parsers that read what people type or import: NIP,
 * numbers, dates (typed and in cells) and periods. Nothing crashes; a failure is a GError with
 * a readable message; what is accepted is well formed and reads back the same.
 * $KN_FUZZ_SEED and $KN_FUZZ_ITERATIONS change the run (the defaults keep it to a second or
 * two, under the sanitizers too); the seed is printed so a failure can be replayed. */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "kinerja/kn-cell-check.h"
#include "kinerja/kn-format.h"
#include "kinerja/kn-nip.h"
#include "kinerja/kn-period.h"

#define DEFAULT_SEED        20261202
#define DEFAULT_ITERATIONS  20000
#define FUZZ_MAX_INPUT      64

static guint32 seed;
static guint iterations;

/* Bytes that steer the parsers into their corners. */
static const char interesting[] = "0123456789-/.,: +eE\t\xc2\xa0\xff\x80TWAKHIRtw";

static void
mutate (GRand   *rand,
        GString *text)
{
  guint n = (guint) g_rand_int_range (rand, 1, 5);

  for (guint k = 0; k < n; k++)
    {
      guint len = (guint) text->len;
      guint at = len > 0 ? (guint) g_rand_int_range (rand, 0, (gint32) len) : 0;
      guint span = (guint) g_rand_int_range (rand, 1, 6);   /* MIN () evaluates twice */

      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0:   /* a steering byte in */
          if (text->len < FUZZ_MAX_INPUT)
            g_string_insert_c (text, at, interesting[g_rand_int_range (rand, 0, sizeof interesting - 1)]);
          break;
        case 1:   /* any byte but NUL */
          if (len > 0)
            text->str[at] = (char) g_rand_int_range (rand, 1, 256);
          break;
        case 2:   /* a range out */
          if (len > 0)
            g_string_erase (text, at, MIN (len - at, span));
          break;
        case 3:   /* a range twice */
          if (len > 0 && text->len < FUZZ_MAX_INPUT)
            {
              g_autofree char *copy = g_strndup (text->str + at, MIN (len - at, 8));

              g_string_insert (text, (gssize) g_rand_int_range (rand, 0, (gint32) len + 1), copy);
            }
          break;
        case 4:   /* cut short */
          g_string_truncate (text, at);
          break;
        default:  /* another digit */
          if (len > 0)
            text->str[at] = (char) ('0' + g_rand_int_range (rand, 0, 10));
          break;
        }
    }
}

/* The @i-th input: a seed as it is, or mutated. */
static char *
next_input (GRand             *rand,
            const char *const *seeds,
            guint              n_seeds)
{
  GString *text = g_string_new (seeds[g_rand_int_range (rand, 0, (gint32) n_seeds)]);

  if (g_rand_int_range (rand, 0, 8) != 0)
    mutate (rand, text);
  return g_string_free (text, FALSE);
}

static void
assert_error (const GError *error,
              const char   *input)
{
  if (error == NULL || error->message == NULL || error->message[0] == '\0' ||
      !g_utf8_validate (error->message, -1, NULL))
    {
      g_autofree char *escaped = g_strescape (input, NULL);

      g_test_message ("no readable error for input “%s” (seed %u)", escaped, seed);
    }
  g_assert_nonnull (error);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 0);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static void
test_nip (void)
{
  static const char *const seeds[] = {
    "198609262015051001", "19860926 201505 1 001", "199203152019032001", "198501012010011001",
    "199001012022212001", "010101010", "19860926-201505-1-001", "NIP 198609262015051001",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GDate) today = g_date_new_dmy (2, G_DATE_DECEMBER, 2026);
  guint n_valid = 0;

  for (guint i = 0; i < iterations; i++)
    {
      g_autofree char *input = next_input (rand, seeds, G_N_ELEMENTS (seeds));
      g_autofree char *normal = kn_nip_normalize (input);
      KnNipFlags flags = i % 2 == 0 ? KN_NIP_FLAGS_NONE : KN_NIP_FLAGS_ALLOW_LEGACY;
      g_autoptr(GError) error = NULL;
      KnNipInfo info;

      if (kn_nip_parse_at (input, flags, today, &info, &error))
        {
          g_autofree char *formatted = kn_nip_format (info.digits);
          g_autofree char *described = kn_nip_describe (&info);
          g_autoptr(GError) again_error = NULL;
          KnNipInfo again;
          gsize len = strlen (info.digits);

          g_assert_no_error (error);
          g_assert_true (len == 18 || len == 9);
          for (gsize k = 0; k < len; k++)
            g_assert_true (g_ascii_isdigit (info.digits[k]));
          g_assert_true (g_utf8_validate (described, -1, NULL));
          g_assert_nonnull (formatted);
          /* What was accepted reads back the same from its bare digits. */
          g_assert_true (kn_nip_parse_at (info.digits, flags, today, &again, &again_error));
          g_assert_no_error (again_error);
          g_assert_cmpstr (again.digits, ==, info.digits);
          n_valid++;
        }
      else
        assert_error (error, input);
      if (g_test_failed ())
        return;
    }
  g_test_message ("%u of %u NIPs valid", n_valid, iterations);
}

static void
test_number (void)
{
  static const char *const seeds[] = {
    "12,5", "12.5", "1.500.000", "1,500,000", "1.500", "0", " 7 ", "100", "0,25", "3e2",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed + 1);
  guint n_valid = 0;

  for (guint i = 0; i < iterations; i++)
    {
      g_autofree char *input = next_input (rand, seeds, G_N_ELEMENTS (seeds));
      g_autoptr(GError) error = NULL;
      double value = -1;

      if (kn_parse_decimal (input, &value, &error))
        {
          g_assert_no_error (error);
          g_assert_true (isfinite (value));
          g_assert_cmpfloat (value, >=, 0);
          n_valid++;
        }
      else
        assert_error (error, input);
      if (g_test_failed ())
        return;
    }
  g_test_message ("%u of %u numbers valid", n_valid, iterations);
}

/* A well-formed ISO day of the calendar. */
static void
assert_iso_day (const char *iso)
{
  guint year = 0, month = 0, day = 0;

  g_assert_cmpuint (strlen (iso), ==, 10);
  g_assert_cmpint (sscanf (iso, "%4u-%2u-%2u", &year, &month, &day), ==, 3);
  g_assert_true (g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year));
}

static void
test_date (void)
{
  static const char *const seeds[] = {
    "14-08-2026", "14/8/2026", "14.08.2026", "2026-08-14", "29-02-2024", "31/12/2026",
    "1-1-2000",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed + 2);
  guint n_valid = 0;

  for (guint i = 0; i < iterations; i++)
    {
      g_autofree char *input = next_input (rand, seeds, G_N_ELEMENTS (seeds));
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = kn_parse_date (input, &error);

      if (iso != NULL)
        {
          g_autofree char *again = NULL;
          g_autofree char *numeric = NULL;

          g_assert_no_error (error);
          assert_iso_day (iso);
          again = kn_parse_date (iso, NULL);
          g_assert_cmpstr (again, ==, iso);
          /* The day-first form the window shows reads back as the same day. */
          numeric = kn_format_iso_date_numeric (iso);
          g_clear_pointer (&again, g_free);
          again = kn_parse_date (numeric, NULL);
          g_assert_cmpstr (again, ==, iso);
          n_valid++;
        }
      else
        assert_error (error, input);
      if (g_test_failed ())
        return;
    }
  g_test_message ("%u of %u dates valid", n_valid, iterations);
}

static void
test_cell_date (void)
{
  static const char *const seeds[] = {
    "31/12/2026", "31-12-2026", "31.12.2026", "2026-12-31", "31 Desember 2026", "31 Des 2026",
    "1 January 2020", "29 Februari 2024",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed + 3);
  guint n_valid = 0;

  for (guint i = 0; i < iterations; i++)
    {
      g_autofree char *input = next_input (rand, seeds, G_N_ELEMENTS (seeds));
      GDate date;

      g_date_clear (&date, 1);
      if (kn_cell_parse_date_text (input, &date))
        {
          g_assert_true (g_date_valid (&date));
          n_valid++;
        }
      if (g_test_failed ())
        return;
    }
  g_test_message ("%u of %u cell dates valid", n_valid, iterations);
}

static void
test_period (void)
{
  static const char *const seeds[] = {
    "2026-TW1", "2026-TW4", "2026-AKHIR", "2026-01", "2026-12", "2026-tw2", "2026-akhir",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed + 4);
  guint n_valid = 0;

  for (guint i = 0; i < iterations; i++)
    {
      g_autofree char *input = next_input (rand, seeds, G_N_ELEMENTS (seeds));
      g_autoptr(GError) error = NULL;
      KnPeriod period;

      if (kn_period_parse (input, &period, &error))
        {
          g_autofree char *name = kn_period_to_string (&period);
          g_autofree char *label = kn_period_label (&period);
          g_autofree char *print = kn_period_print_label (&period);
          KnPeriod again;
          GDate first, last;

          g_assert_no_error (error);
          g_assert_true (g_utf8_validate (label, -1, NULL));
          g_assert_true (g_utf8_validate (print, -1, NULL));
          /* What was accepted reads back the same from its machine name. */
          g_assert_true (kn_period_parse (name, &again, NULL));
          g_assert_true (kn_period_equal (&period, &again));
          if (kn_period_year_is_valid (period.year))
            {
              kn_period_get_dates (&period, &first, &last);
              g_assert_true (g_date_valid (&first) && g_date_valid (&last));
              g_assert_cmpint (g_date_compare (&first, &last), <=, 0);
            }
          n_valid++;
        }
      else
        assert_error (error, input);
      if (g_test_failed ())
        return;
    }
  g_test_message ("%u of %u periods valid", n_valid, iterations);
}

int
main (int    argc,
      char **argv)
{
  const char *env_seed = g_getenv ("KN_FUZZ_SEED");
  const char *env_iterations = g_getenv ("KN_FUZZ_ITERATIONS");

  g_test_init (&argc, &argv, NULL);

  seed = env_seed != NULL ? (guint32) g_ascii_strtoull (env_seed, NULL, 10) : DEFAULT_SEED;
  iterations = env_iterations != NULL ? (guint) g_ascii_strtoull (env_iterations, NULL, 10)
                                      : DEFAULT_ITERATIONS;
  g_test_message ("seed %u (replay with KN_FUZZ_SEED=%u), %u iterations", seed, seed, iterations);

  g_test_add_func ("/fuzz-parsers/nip", test_nip);
  g_test_add_func ("/fuzz-parsers/number", test_number);
  g_test_add_func ("/fuzz-parsers/date", test_date);
  g_test_add_func ("/fuzz-parsers/cell-date", test_cell_date);
  g_test_add_func ("/fuzz-parsers/period", test_period);

  return g_test_run ();
}
