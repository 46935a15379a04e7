/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Evaluation periods: their machine names, labels for people and forms, and their dates. */

#define G_LOG_DOMAIN "kn-period"

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-period.h"

#include "kn-format-private.h"

/* The years Kinerja works with: SKPs and evaluations of this century. A wider range would let a
 * slip (1900, 0000, 9999) create a year of SKPs nobody meant. */
#define YEAR_MIN 2000
#define YEAR_MAX 2100

static const char *const quarter_numerals[] = { NULL, "I", "II", "III", "IV" };

gboolean
kn_period_index_is_valid (const KnPeriod *period)
{
  switch (period->kind)
    {
    case KN_PERIOD_QUARTER:
      return period->index >= 1 && period->index <= 4;
    case KN_PERIOD_MONTH:
      return period->index >= 1 && period->index <= 12;
    case KN_PERIOD_ANNUAL:
      return period->index == 0;
    default:
      return FALSE;
    }
}

static gboolean
period_is_valid (const KnPeriod *period)
{
  return period != NULL && period->year >= YEAR_MIN && period->year <= YEAR_MAX &&
         kn_period_index_is_valid (period);
}

static void
period_months (const KnPeriod *period,
               guint          *first,
               guint          *last)
{
  switch (period->kind)
    {
    case KN_PERIOD_QUARTER:
      *first = 3 * period->index - 2;
      *last = 3 * period->index;
      break;
    case KN_PERIOD_MONTH:
      *first = *last = period->index;
      break;
    case KN_PERIOD_ANNUAL:
    default:
      *first = 1;
      *last = 12;
      break;
    }
}

/* @rest is what follows "YYYY-": "TW1", "AKHIR", "01". */
static gboolean
parse_period_part (const char *rest,
                   KnPeriod   *period)
{
  if (g_ascii_strcasecmp (rest, "AKHIR") == 0)
    {
      period->kind = KN_PERIOD_ANNUAL;
      period->index = 0;
      return TRUE;
    }

  if (g_ascii_strncasecmp (rest, "TW", 2) == 0 && strlen (rest) == 3 &&
      kn_format_parse_digits (rest + 2, 1, &period->index))
    {
      period->kind = KN_PERIOD_QUARTER;
      return period->index >= 1 && period->index <= 4;
    }

  if (strlen (rest) == 2 && kn_format_parse_digits (rest, 2, &period->index))
    {
      period->kind = KN_PERIOD_MONTH;
      return period->index >= 1 && period->index <= 12;
    }

  return FALSE;
}

gboolean
kn_period_parse (const char  *text,
                 KnPeriod    *period,
                 GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *shown = NULL;
  KnPeriod parsed = { 0, };
  gboolean has_year;
  guint example;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    text = "";

  stripped = g_strstrip (g_strdup (text));
  /* Quoted in the messages; it may come from a command line in another encoding. */
  shown = g_utf8_make_valid (text, -1);
  has_year = kn_format_parse_digits (stripped, 4, &parsed.year) && stripped[4] == '-';

  if (has_year && parse_period_part (stripped + 5, &parsed))
    {
      if (parsed.year < YEAR_MIN || parsed.year > YEAR_MAX)
        {
          g_set_error (error, KN_PARSE_ERROR, KN_PARSE_ERROR_PERIOD,
                       _("“%s” is not a period: the year must be between %u and %u."),
                       shown, YEAR_MIN, YEAR_MAX);
          return FALSE;
        }

      if (period != NULL)
        *period = parsed;
      return TRUE;
    }

  /* The examples use the year the person typed, when there is one. */
  if (has_year && parsed.year >= YEAR_MIN && parsed.year <= YEAR_MAX)
    example = parsed.year;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      example = (guint) g_date_time_get_year (now);
    }

  if (stripped[0] == '\0')
    g_set_error (error, KN_PARSE_ERROR, KN_PARSE_ERROR_PERIOD,
                 _("No period was given: use %u-TW1 … %u-TW4, %u-AKHIR or %u-01 … %u-12."),
                 example, example, example, example, example);
  else
    g_set_error (error, KN_PARSE_ERROR, KN_PARSE_ERROR_PERIOD,
                 _("“%s” is not a period: use %u-TW1 … %u-TW4, %u-AKHIR or %u-01 … %u-12."),
                 shown, example, example, example, example, example);

  return FALSE;
}

char *
kn_period_to_string (const KnPeriod *period)
{
  g_return_val_if_fail (period_is_valid (period), NULL);

  switch (period->kind)
    {
    case KN_PERIOD_QUARTER:
      return g_strdup_printf ("%04u-TW%u", period->year, period->index);
    case KN_PERIOD_MONTH:
      return g_strdup_printf ("%04u-%02u", period->year, period->index);
    case KN_PERIOD_ANNUAL:
    default:
      return g_strdup_printf ("%04u-AKHIR", period->year);
    }
}

char *
kn_period_label (const KnPeriod *period)
{
  const char *name;

  g_return_val_if_fail (period_is_valid (period), NULL);

  switch (period->kind)
    {
    case KN_PERIOD_QUARTER:
      {
        static const char *const quarters[] = {
          NULL,
          NC_("period", "Triwulan I"),
          NC_("period", "Triwulan II"),
          NC_("period", "Triwulan III"),
          NC_("period", "Triwulan IV"),
        };

        name = g_dpgettext2 (GETTEXT_PACKAGE, "period", quarters[period->index]);
        break;
      }
    case KN_PERIOD_MONTH:
      name = kn_format_month_name ((GDateMonth) period->index);
      break;
    case KN_PERIOD_ANNUAL:
    default:
      name = C_("period", "Akhir");
      break;
    }

  /* Translators: a period and its year, as in "Triwulan I 2026" or "Januari 2026". */
  return g_strdup_printf (C_("period", "%s %u"), name, period->year);
}

/* The official forms are Indonesian, so the quarters are not translated; a month name follows
 * the interface language, as kn_format_date does on the same forms. */
char *
kn_period_print_label (const KnPeriod *period)
{
  g_return_val_if_fail (period_is_valid (period), NULL);

  switch (period->kind)
    {
    case KN_PERIOD_QUARTER:
      return g_strconcat ("TRIWULAN ", quarter_numerals[period->index], NULL);
    case KN_PERIOD_MONTH:
      {
        /* The printed forms are Indonesian whatever the interface language. */
        static const char * const months[] = {
          "JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS",
          "SEPTEMBER", "OKTOBER", "NOVEMBER", "DESEMBER",
        };

        return g_strdup (months[period->index - 1]);
      }
    case KN_PERIOD_ANNUAL:
    default:
      return g_strdup ("AKHIR");
    }
}

gboolean
kn_period_year_is_valid (guint year)
{
  return year >= YEAR_MIN && year <= YEAR_MAX;
}

gboolean
kn_period_parse_year (const char  *text,
                      guint       *year,
                      GError     **error)
{
  g_autofree char *stripped = NULL;
  guint parsed = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    text = "";
  stripped = g_strstrip (g_strdup (text));

  if (strlen (stripped) != 4 || !kn_format_parse_digits (stripped, 4, &parsed))
    {
      g_set_error (error, KN_PARSE_ERROR, KN_PARSE_ERROR_PERIOD,
                   _("“%s” is not a year: write it with four digits, for example 2026."), text);
      return FALSE;
    }
  if (!kn_period_year_is_valid (parsed))
    {
      g_set_error (error, KN_PARSE_ERROR, KN_PARSE_ERROR_PERIOD,
                   _("“%s” is not a year Kinerja works with: it must be between %u and %u."),
                   text, YEAR_MIN, YEAR_MAX);
      return FALSE;
    }

  if (year != NULL)
    *year = parsed;
  return TRUE;
}

GArray *
kn_period_list (guint          year,
                KnPeriodScheme scheme)
{
  GArray *periods;
  KnPeriod period = { year, KN_PERIOD_QUARTER, 0 };
  guint n;

  g_return_val_if_fail (year >= YEAR_MIN && year <= YEAR_MAX, NULL);
  g_return_val_if_fail (scheme == KN_PERIOD_SCHEME_QUARTERS ||
                        scheme == KN_PERIOD_SCHEME_MONTHS, NULL);

  period.kind = scheme == KN_PERIOD_SCHEME_QUARTERS ? KN_PERIOD_QUARTER : KN_PERIOD_MONTH;
  n = scheme == KN_PERIOD_SCHEME_QUARTERS ? 4 : 12;
  periods = g_array_sized_new (FALSE, FALSE, sizeof (KnPeriod), n + 1);

  for (guint i = 1; i <= n; i++)
    {
      period.index = i;
      g_array_append_val (periods, period);
    }

  period.kind = KN_PERIOD_ANNUAL;
  period.index = 0;
  g_array_append_val (periods, period);

  return periods;
}

void
kn_period_get_dates (const KnPeriod *period,
                     GDate          *first,
                     GDate          *last)
{
  guint first_month;
  guint last_month;

  g_return_if_fail (period_is_valid (period));

  period_months (period, &first_month, &last_month);

  if (first != NULL)
    {
      g_date_clear (first, 1);
      g_date_set_dmy (first, 1, (GDateMonth) first_month, (GDateYear) period->year);
    }

  if (last != NULL)
    {
      g_date_clear (last, 1);
      g_date_set_dmy (last,
                      g_date_get_days_in_month ((GDateMonth) last_month,
                                                (GDateYear) period->year),
                      (GDateMonth) last_month,
                      (GDateYear) period->year);
    }
}

/* By the last month, then the shorter period first: March < Triwulan I < April, and the
 * annual period, which ends in December and is the longest, comes last in its year. */
int
kn_period_compare (const KnPeriod *a,
                   const KnPeriod *b)
{
  guint a_first, a_last;
  guint b_first, b_last;

  g_return_val_if_fail (period_is_valid (a), 0);
  g_return_val_if_fail (period_is_valid (b), 0);

  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;

  period_months (a, &a_first, &a_last);
  period_months (b, &b_first, &b_last);

  if (a_last != b_last)
    return a_last < b_last ? -1 : 1;
  if (a_first != b_first)
    return a_first > b_first ? -1 : 1;

  return 0;
}

gboolean
kn_period_equal (const KnPeriod *a,
                 const KnPeriod *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->year == b->year && a->kind == b->kind && a->index == b->index;
}
