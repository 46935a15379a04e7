/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dates written for people, with month names in the current language. */

#define G_LOG_DOMAIN "kn-format"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"

static gboolean
parse_digits (const char *text,
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

  if (!parse_digits (iso, 4, year) ||
      !parse_digits (iso + 5, 2, month) ||
      !parse_digits (iso + 8, 2, day))
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

  if (year < 1900 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    goto invalid;
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);

invalid:
  /* Translators: %s is what was typed; keep the example in the order your country writes dates */
  g_set_error (error, KN_PARSE_ERROR, KN_PARSE_ERROR_DATE,
               _("“%s” is not a date. Write the day, month and year, for example 14-08-2026."),
               text != NULL ? text : "");
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
  g_set_error (error, KN_PARSE_ERROR, KN_PARSE_ERROR_NUMBER,
               _("“%s” is not a number. Type digits only, with a comma or a point before the decimals (12,5)."),
               text);
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
