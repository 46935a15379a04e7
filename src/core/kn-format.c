/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dates written for people, with month names in the current language. */

#define G_LOG_DOMAIN "kn-format"

#include "config.h"

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

char *
kn_format_iso_date (const char *iso)
{
  guint year;
  guint month;
  guint day;

  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return NULL;

  if (!parse_digits (iso, 4, &year) ||
      !parse_digits (iso + 5, 2, &month) ||
      !parse_digits (iso + 8, 2, &day))
    return NULL;

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  return kn_format_date ((GDateYear) year, (GDateMonth) month, (GDateDay) day);
}
