/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dates and numbers written for people: in the current language, and for documents in Indonesian
 * whatever the language. */

#define G_LOG_DOMAIN "kn-format"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"

#include "kn-format-private.h"

gboolean
kn_format_parse_digits (const char *text,
                        gsize       len,
                        guint      *value)
{
  guint result = 0;

  g_assert (text != NULL);
  g_assert (value != NULL);

  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      result = result * 10 + (guint) g_ascii_digit_value (text[i]);
    }

  *value = result;

  return TRUE;
}

char *
kn_format_date (GDateYear  year,
                GDateMonth month,
                GDateDay   day)
{
  g_return_val_if_fail (g_date_valid_dmy (day, month, year), NULL);

  return g_strdup_printf ("%u %s %u",
                          (guint) day,
                          kn_format_month_name (month),
                          (guint) year);
}

char *
kn_format_month_year (GDateYear  year,
                      GDateMonth month)
{
  g_return_val_if_fail (g_date_valid_month (month), NULL);
  g_return_val_if_fail (g_date_valid_year (year), NULL);

  return g_strdup_printf ("%s %u", kn_format_month_name (month), (guint) year);
}

const char *
kn_format_month_name (GDateMonth month)
{
  g_return_val_if_fail (g_date_valid_month (month), NULL);

  switch (month)
    {
    case G_DATE_JANUARY:
      return _("January");
    case G_DATE_FEBRUARY:
      return _("February");
    case G_DATE_MARCH:
      return _("March");
    case G_DATE_APRIL:
      return _("April");
    case G_DATE_MAY:
      return _("May");
    case G_DATE_JUNE:
      return _("June");
    case G_DATE_JULY:
      return _("July");
    case G_DATE_AUGUST:
      return _("August");
    case G_DATE_SEPTEMBER:
      return _("September");
    case G_DATE_OCTOBER:
      return _("October");
    case G_DATE_NOVEMBER:
      return _("November");
    case G_DATE_DECEMBER:
      return _("December");
    case G_DATE_BAD_MONTH:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The day, month and year of an ISO 8601 date "2026-11-27"; FALSE when @iso is not one. */
static gboolean
parse_iso (const char *iso,
           guint      *year,
           guint      *month,
           guint      *day)
{
  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;

  if (!kn_format_parse_digits (iso, 4, year) ||
      !kn_format_parse_digits (iso + 5, 2, month) ||
      !kn_format_parse_digits (iso + 8, 2, day))
    return FALSE;

  return g_date_valid_dmy ((GDateDay) *day, (GDateMonth) *month, (GDateYear) *year);
}

char *
kn_format_iso_date (const char *iso)
{
  guint year, month, day;

  if (!parse_iso (iso, &year, &month, &day))
    return NULL;
  return kn_format_date ((GDateYear) year, (GDateMonth) month, (GDateDay) day);
}

char *
kn_format_iso_date_numeric (const char *iso)
{
  guint year, month, day;

  if (!parse_iso (iso, &year, &month, &day))
    return NULL;
  return g_strdup_printf ("%02u-%02u-%04u", day, month, year);
}

G_DEFINE_QUARK (kn-parse-error-quark, kn_parse_error)

char *
kn_parse_date (const char  *text,
               GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_auto(GStrv) parts = NULL;
  guint64 numbers[3];
  guint day, month, year;

  g_strdelimit (copy, "/.", '-');
  parts = g_strsplit (copy, "-", -1);
  if (g_strv_length (parts) != 3)
    goto invalid;
  for (guint i = 0; i < 3; i++)
    if (parts[i][0] == '\0' || strlen (parts[i]) > 4 ||
        !g_ascii_string_to_unsigned (parts[i], 10, 0, 9999, &numbers[i], NULL))
      goto invalid;

  if (strlen (parts[0]) == 4)
    {
      year = numbers[0];
      month = numbers[1];
      day = numbers[2];
    }
  else if (strlen (parts[2]) == 4)
    {
      day = numbers[0];
      month = numbers[1];
      year = numbers[2];
    }
  else
    goto invalid;

  /* GDateDay is a byte: day 514 would pass as 2. */
  if (year < 1900 || month > 12 || day > 31 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    goto invalid;
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);

invalid:
  {
    /* What was given may come from a file or a command line in another encoding. */
    g_autofree char *shown = g_utf8_make_valid (text != NULL ? text : "", -1);

    /* Translators: %s is what was typed; keep the example in the order your country writes dates */
    g_set_error (error, KN_PARSE_ERROR, KN_PARSE_ERROR_DATE,
                 _("“%s” is not a date. Write the day, month and year, for example 14-08-2026."),
                 shown);
  }
  return NULL;
}

gboolean
kn_parse_decimal (const char  *text,
                  double      *value,
                  GError     **error)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *last_point;
  const char *last_comma;
  char decimal = '\0';
  guint n_points = 0;
  guint n_commas = 0;
  char *end = NULL;
  double parsed;

  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL)
    text = "";

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '.')
        n_points++;
      else if (*p == ',')
        n_commas++;
      else if (!g_ascii_isdigit (*p) && !g_ascii_isspace (*p))
        goto invalid;
    }

  last_point = strrchr (text, '.');
  last_comma = strrchr (text, ',');

  /* Which mark separates the decimals, if any. */
  if (n_points > 0 && n_commas > 0)
    decimal = last_point > last_comma ? '.' : ',';
  else if (n_points == 1 || n_commas == 1)
    {
      const char *mark = n_points == 1 ? last_point : last_comma;
      guint after = 0;

      gboolean leading_zero = TRUE;

      for (const char *p = mark + 1; *p != '\0'; p++)
        if (g_ascii_isdigit (*p))
          after++;
      for (const char *p = text; p < mark; p++)
        if (g_ascii_isdigit (*p) && *p != '0')
          leading_zero = FALSE;
      /* "1.500" groups thousands, but "0.125" and "12.5" have decimals. */
      decimal = after == 3 && !leading_zero ? '\0' : *mark;
    }

  if ((decimal == '.' && n_points > 1) || (decimal == ',' && n_commas > 1))
    goto invalid;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == decimal)
        g_string_append_c (digits, '.');
    }

  if (digits->len == 0 || digits->str[digits->len - 1] == '.')
    goto invalid;
  if (digits->str[0] == '.')
    g_string_prepend_c (digits, '0');

  parsed = g_ascii_strtod (digits->str, &end);
  if (end == NULL || *end != '\0' || !isfinite (parsed))
    goto invalid;

  *value = parsed;
  return TRUE;

invalid:
  {
    /* What was given may come from a file or a command line in another encoding. */
    g_autofree char *shown = g_utf8_make_valid (text, -1);

    g_set_error (error, KN_PARSE_ERROR, KN_PARSE_ERROR_NUMBER,
                 _("“%s” is not a number. Type digits only, with a comma or a point before the decimals (12,5)."),
                 shown);
  }
  return FALSE;
}

char *
kn_format_decimal (double value)
{
  g_autofree char *text = g_strdup_printf ("%'.2f", value);
  const char *point = localeconv ()->decimal_point;
  char *mark = point != NULL && point[0] != '\0' ? strrchr (text, point[0]) : NULL;

  if (mark != NULL)
    {
      char *end = text + strlen (text) - 1;

      while (end > mark && *end == '0')
        *end-- = '\0';
      if (end == mark)
        *mark = '\0';
    }

  return g_steal_pointer (&text);
}

char *
kn_format_percent (double value)
{
  return g_strdup_printf ("%'.2f %%", value);
}

/* Documents: Indonesian whatever the locale. Nothing below calls gettext or printf's locale
 * conversions. */

static const char * const doc_months[] = {
  "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
  "Oktober", "November", "Desember",
};

/* Adds one to the decimal digits of @digits (an ASCII string of digits), carrying; returns the
 * new string. */
static char *
increment_digits (const char *digits)
{
  g_autofree char *copy = g_strdup (digits);
  gssize i;

  for (i = (gssize) strlen (copy) - 1; i >= 0; i--)
    {
      if (copy[i] < '9')
        {
          copy[i]++;
          return g_steal_pointer (&copy);
        }
      copy[i] = '0';
    }

  return g_strconcat ("1", copy, NULL);
}

/* @value rounded half up to @decimals decimals, as written by a person: the decimal text of
 * @value to 15 significant digits (so 1.005 reads "1.005", not its binary 1.00499…) is rounded
 * as text. Fills the integer and the fraction digits (exactly @decimals of them). */
static void
round_as_written (double   value,
                  guint    decimals,
                  char   **integer,
                  char   **fraction)
{
  char format[16];
  char buffer[400];
  double magnitude = fabs (value);
  int digits = magnitude >= 1.0 ? (int) floor (log10 (magnitude)) + 1 : 1;
  int precision = CLAMP (15 - digits, 0, 20);
  g_autofree char *whole = NULL;
  g_autofree char *kept = NULL;
  const char *point;
  const char *rest;

  g_snprintf (format, sizeof format, "%%.%df", precision);
  g_ascii_formatd (buffer, sizeof buffer, format, magnitude);

  point = strchr (buffer, '.');
  whole = point != NULL ? g_strndup (buffer, point - buffer) : g_strdup (buffer);
  rest = point != NULL ? point + 1 : "";

  /* The digits kept, padded with zeros, and whether the first dropped one rounds them up. */
  kept = g_strnfill (decimals, '0');
  memcpy (kept, rest, MIN (strlen (rest), decimals));
  if (strlen (rest) > decimals && rest[decimals] >= '5')
    {
      g_autofree char *joined = g_strconcat (whole, kept, NULL);
      g_autofree char *up = increment_digits (joined);
      gsize split = strlen (up) - decimals;

      g_free (whole);
      whole = g_strndup (up, split);
      memcpy (kept, up + split, decimals);
    }

  *integer = g_steal_pointer (&whole);
  *fraction = g_steal_pointer (&kept);
}

/* @pad: keep every decimal (money) rather than dropping trailing zeros. */
static char *
doc_decimal (double   value,
             guint    max_decimals,
             gboolean pad)
{
  g_autofree char *integer = NULL;
  g_autofree char *fraction = NULL;
  GString *out;
  gsize length;
  gboolean zero = TRUE;

  if (!isfinite (value))
    return g_strdup ("");

  max_decimals = MIN (max_decimals, 9u);
  round_as_written (value, max_decimals, &integer, &fraction);

  if (!pad)
    {
      gsize end = strlen (fraction);

      while (end > 0 && fraction[end - 1] == '0')
        end--;
      fraction[end] = '\0';
    }

  for (const char *p = integer; *p != '\0'; p++)
    zero = zero && *p == '0';
  for (const char *p = fraction; *p != '\0'; p++)
    zero = zero && *p == '0';

  out = g_string_new (value < 0 && !zero ? "-" : "");
  length = strlen (integer);
  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, integer[i]);
    }
  if (fraction[0] != '\0')
    {
      g_string_append_c (out, ',');
      g_string_append (out, fraction);
    }

  return g_string_free (out, FALSE);
}

char *
kn_format_doc_decimal (double value,
                       guint  max_decimals)
{
  return doc_decimal (value, max_decimals, FALSE);
}

char *
kn_format_doc_number (double value)
{
  return doc_decimal (value, 2, FALSE);
}

/* Every percentage a document computes (capaian, shares) is written with two decimals, as
 * e-Kinerja does, so that a column of them lines up: "108,70 %" beside "114,29 %". */
char *
kn_format_doc_percent (double value)
{
  g_autofree char *number = doc_decimal (value, 2, TRUE);

  return g_strdup_printf ("%s %%", number);
}

char *
kn_format_doc_rupiah (double value)
{
  g_autofree char *number = doc_decimal (value, 2, FALSE);

  /* Sen are written as two digits or not at all. */
  if (strchr (number, ',') != NULL)
    {
      g_free (number);
      number = doc_decimal (value, 2, TRUE);
    }

  return g_strconcat ("Rp", number, NULL);
}

char *
kn_format_doc_quantity (double      value,
                        const char *unit)
{
  g_autofree char *number = NULL;

  if (unit != NULL && (g_ascii_strcasecmp (unit, "rupiah") == 0 ||
                       g_ascii_strcasecmp (unit, "rp") == 0))
    return kn_format_doc_rupiah (value);

  number = kn_format_doc_number (value);
  if (unit == NULL || unit[0] == '\0')
    return g_steal_pointer (&number);

  return g_strdup_printf ("%s %s", number, unit);
}

const char *
kn_format_doc_month_name (GDateMonth month)
{
  g_return_val_if_fail (g_date_valid_month (month), NULL);

  return doc_months[month - 1];
}

char *
kn_format_doc_date (GDateYear  year,
                    GDateMonth month,
                    GDateDay   day)
{
  g_return_val_if_fail (g_date_valid_dmy (day, month, year), NULL);

  return g_strdup_printf ("%u %s %u", (guint) day, doc_months[month - 1], (guint) year);
}

char *
kn_format_doc_iso_date (const char *iso)
{
  guint year, month, day;

  if (!parse_iso (iso, &year, &month, &day))
    return NULL;
  return kn_format_doc_date ((GDateYear) year, (GDateMonth) month, (GDateDay) day);
}

char *
kn_format_doc_date_range (const GDate *first,
                          const GDate *last)
{
  g_autofree char *end = NULL;

  g_return_val_if_fail (first != NULL && g_date_valid (first), NULL);
  g_return_val_if_fail (last != NULL && g_date_valid (last), NULL);

  end = kn_format_doc_date (g_date_get_year (last), g_date_get_month (last),
                            g_date_get_day (last));
  if (g_date_compare (first, last) == 0)
    return g_steal_pointer (&end);

  if (g_date_get_year (first) == g_date_get_year (last))
    return g_strdup_printf ("%u %s s.d. %s", (guint) g_date_get_day (first),
                            doc_months[g_date_get_month (first) - 1], end);

  {
    g_autofree char *start = kn_format_doc_date (g_date_get_year (first),
                                                 g_date_get_month (first),
                                                 g_date_get_day (first));

    return g_strdup_printf ("%s s.d. %s", start, end);
  }
}

char *
kn_format_doc_place_date (const char  *place,
                          const GDate *date)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  day = kn_format_doc_date (g_date_get_year (date), g_date_get_month (date),
                            g_date_get_day (date));
  if (place == NULL || place[0] == '\0')
    return g_steal_pointer (&day);

  return g_strdup_printf ("%s, %s", place, day);
}

static gboolean
doc_period_is_valid (const KnPeriod *period)
{
  return period != NULL && period->year >= 1 && period->year <= 9999 &&
         kn_period_index_is_valid (period);
}

char *
kn_format_doc_period_name (const KnPeriod *period)
{
  static const char * const numerals[] = { "I", "II", "III", "IV" };

  g_return_val_if_fail (doc_period_is_valid (period), NULL);

  switch (period->kind)
    {
    case KN_PERIOD_QUARTER:
      return g_strconcat ("Triwulan ", numerals[period->index - 1], NULL);
    case KN_PERIOD_MONTH:
      return g_strdup (doc_months[period->index - 1]);
    case KN_PERIOD_ANNUAL:
    default:
      return g_strdup ("Akhir");
    }
}

char *
kn_format_doc_period_label (const KnPeriod *period)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (doc_period_is_valid (period), NULL);

  name = kn_format_doc_period_name (period);

  return g_strdup_printf ("%s %u", name, period->year);
}

char *
kn_format_doc_period_dates (const KnPeriod *period)
{
  GDate first;
  GDate last;

  g_return_val_if_fail (doc_period_is_valid (period), NULL);

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  kn_period_get_dates (period, &first, &last);

  return kn_format_doc_date_range (&first, &last);
}

char *
kn_format_doc_period_line (const KnPeriod *period)
{
  g_autofree char *name = NULL;
  g_autofree char *dates = NULL;

  g_return_val_if_fail (doc_period_is_valid (period), NULL);

  name = kn_format_doc_period_name (period);
  dates = kn_format_doc_period_dates (period);

  return g_strdup_printf ("%s (%s)", name, dates);
}

const char *
kn_format_doc_plan_status (KnPlanStatus status)
{
  switch (status)
    {
    case KN_PLAN_STATUS_DRAFT:
      return "Draf";
    case KN_PLAN_STATUS_SUBMITTED:
      return "Diajukan";
    case KN_PLAN_STATUS_APPROVED:
      return "Disetujui";
    case KN_PLAN_STATUS_RETURNED:
      return "Dikembalikan";
    case KN_PLAN_STATUS_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
kn_format_doc_plan_mark (KnPlanStatus status)
{
  g_return_val_if_fail ((guint) status < KN_PLAN_STATUS_N, NULL);

  return status == KN_PLAN_STATUS_APPROVED ? NULL : "DRAF";
}

const char *
kn_format_doc_evaluation_status (KnEvaluationStatus status)
{
  switch (status)
    {
    case KN_EVALUATION_STATUS_DRAFT:
      return "Draf";
    case KN_EVALUATION_STATUS_FINAL:
      return "Final";
    case KN_EVALUATION_STATUS_N:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
kn_format_doc_evaluation_mark (KnEvaluationStatus status)
{
  g_return_val_if_fail ((guint) status < KN_EVALUATION_STATUS_N, NULL);

  return status == KN_EVALUATION_STATUS_FINAL ? NULL : "DRAF";
}

char *
kn_format_doc_page (guint page,
                    guint n_pages)
{
  return g_strdup_printf ("Halaman %u dari %u", page, n_pages);
}

char *
kn_format_tidy_stops (char *text)
{
  char *to = text;

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *from = text; *from != '\0'; from++)
    {
      /* "X.." not part of "...": the second dot goes. */
      if (from[0] == '.' && from[1] == '.' && from[2] != '.' && from > text && from[-1] != '.')
        {
          *to++ = '.';
          from++;
          continue;
        }
      *to++ = *from;
    }
  *to = '\0';
  return text;
}
