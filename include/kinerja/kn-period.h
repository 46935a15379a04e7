/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Evaluation periods: Triwulan I–IV, Akhir (annual), or months, written "2026-TW1",
 * "2026-AKHIR", "2026-01". */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KN_PERIOD_QUARTER,   /* index 1–4 */
  KN_PERIOD_MONTH,     /* index 1–12 */
  KN_PERIOD_ANNUAL,    /* index 0 */
} KnPeriodKind;

typedef enum
{
  KN_PERIOD_SCHEME_QUARTERS,   /* TW1–TW4 and AKHIR (the default) */
  KN_PERIOD_SCHEME_MONTHS,     /* 01–12 and AKHIR */
} KnPeriodScheme;

typedef struct
{
  guint         year;
  KnPeriodKind  kind;
  guint         index;
} KnPeriod;

/* Parses "2026-TW1" … "2026-TW4", "2026-AKHIR", "2026-01" … "2026-12" (case-insensitive). */
gboolean     kn_period_parse        (const char      *text,
                                     KnPeriod        *period,
                                     GError         **error);
/* The machine name, as parse reads it. */
char        *kn_period_to_string    (const KnPeriod  *period);
/* For people: "Triwulan I 2026", "Akhir 2026", "Januari 2026" (translated). */
char        *kn_period_label        (const KnPeriod  *period);
/* The printed form's PERIODE value: "TRIWULAN I", "AKHIR", "JANUARI". */
char        *kn_period_print_label  (const KnPeriod  *period);
/* TRUE for the years Kinerja works with: 2000–2100. */
gboolean     kn_period_year_is_valid (guint           year);
/* Parses a year typed by a person: exactly four digits (surrounding spaces aside) within the
 * range of kn_period_year_is_valid; "2abc", "0x7e6", "0000", "+2026" and "1900" are refused. */
gboolean     kn_period_parse_year   (const char      *text,
                                     guint           *year,
                                     GError         **error);
/* The periods of a year in order, the annual last (element: KnPeriod). */
GArray      *kn_period_list         (guint            year,
                                     KnPeriodScheme   scheme);
/* First and last day, as GDate (the annual period spans the year). */
void         kn_period_get_dates    (const KnPeriod  *period,
                                     GDate           *first,
                                     GDate           *last);
/* Chronological order; the annual period sorts after every other period of its year. */
int          kn_period_compare      (const KnPeriod  *a,
                                     const KnPeriod  *b);
gboolean     kn_period_equal        (const KnPeriod  *a,
                                     const KnPeriod  *b);

G_END_DECLS
