/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text for people: dates and numbers written the way the current language writes them. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "27 November 2026" (translated month names). */
char       *kn_format_date        (GDateYear  year,
                                   GDateMonth month,
                                   GDateDay   day);
/* "November 2026" */
char       *kn_format_month_year  (GDateYear  year,
                                   GDateMonth month);
/* The translated name of a month, 1–12. */
const char *kn_format_month_name  (GDateMonth month);
/* "27 November 2026" for an ISO 8601 date "2026-11-27"; NULL when @iso is not one. */
char       *kn_format_iso_date    (const char *iso);
/* "14-08-2026", day first as kn_parse_date reads it, for ISO "2026-08-14"; NULL when @iso is
 * not a date. */
char       *kn_format_iso_date_numeric (const char *iso);

#define KN_PARSE_ERROR (kn_parse_error_quark ())

typedef enum
{
  KN_PARSE_ERROR_NUMBER,   /* not a number a person could have meant */
  KN_PARSE_ERROR_PERIOD,   /* not an evaluation period (kn-period.h) */
  KN_PARSE_ERROR_DATE,     /* not a day of the calendar */
} KnParseError;

GQuark      kn_parse_error_quark  (void);

/* A number as people type it, in either decimal style: "12,5" and "12.5" are 12.5; "1.500.000",
 * "1,500,000" and "1.500" are thousands (a single point or comma followed by exactly three
 * digits groups thousands); spaces are ignored. Negative numbers are refused. */
gboolean    kn_parse_decimal      (const char *text,
                                   double     *value,
                                   GError    **error);
/* A date as people type it — "14-08-2026", "14/8/2026", "14.08.2026" (day first, the way
 * Indonesia writes it) or ISO "2026-08-14" — as ISO 8601; NULL with @error otherwise. */
char       *kn_parse_date         (const char *text,
                                   GError    **error);
/* A number for people in the current language: "12,5" under id_ID, up to two decimals,
 * thousands grouped. */
char       *kn_format_decimal     (double      value);

G_END_DECLS
