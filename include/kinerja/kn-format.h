/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text for people: dates and numbers written the way the current language writes them, and
 * (kn_format_doc_…) the way Indonesian documents write them whatever the language. */

#pragma once

#include <glib.h>

#include "kn-evaluation.h"
#include "kn-period.h"
#include "kn-plan-enums.h"

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
/* A percentage computed (a capaian, a share) for people in the current language, with two
 * decimals as the documents write it (kn_format_doc_percent): "108,70 %" under id_ID. */
char       *kn_format_percent     (double      value);

/* Documents (print, PDF, Excel) are Indonesian legal forms whatever the interface language:
 * these write them in Indonesian, independent of the process locale and of gettext. */

/* A number with Indonesian separators, rounded half up to at most @max_decimals decimals (as
 * written, so 1.005 gives "1,01"), trailing zeros dropped: "1.500.000.000", "25,71", "12,5";
 * "" for a value that is not finite. kn_format_doc_number uses two decimals. */
char       *kn_format_doc_decimal       (double          value,
                                         guint           max_decimals);
char       *kn_format_doc_number        (double          value);
/* "25,71 %", "100,00 %": a percentage a document computes (a capaian, a share), always with two
 * decimals and a space before the sign. The one way documents and workbooks write one. */
char       *kn_format_doc_percent       (double          value);
/* "Rp1.500.000.000"; sen only when there are any, then always two: "Rp1.250,50". */
char       *kn_format_doc_rupiah        (double          value);
/* A figure with its unit: "12 dokumen", "12,5 %", and rupiah ("rupiah", "Rp", any case) as
 * "Rp1.500.000.000"; the number alone when @unit is NULL or "". */
char       *kn_format_doc_quantity      (double          value,
                                         const char     *unit);
/* "Januari" … "Desember". */
const char *kn_format_doc_month_name    (GDateMonth      month);
/* "31 Desember 2026" */
char       *kn_format_doc_date          (GDateYear       year,
                                         GDateMonth      month,
                                         GDateDay        day);
/* The same for an ISO 8601 date "2026-12-31"; NULL when @iso is not one. */
char       *kn_format_doc_iso_date      (const char     *iso);
/* "1 Januari s.d. 31 Desember 2026"; across years "1 Desember 2025 s.d. 31 Januari 2026";
 * one day "5 Mei 2026". */
char       *kn_format_doc_date_range    (const GDate    *first,
                                         const GDate    *last);
/* Above a signature: "Bandar Lampung, 2 Januari 2026", or the date alone without a place. */
char       *kn_format_doc_place_date    (const char     *place,
                                         const GDate    *date);
/* "Triwulan I", "Akhir", "Januari" */
char       *kn_format_doc_period_name   (const KnPeriod *period);
/* "Triwulan I 2026", "Akhir 2026", "Januari 2026" */
char       *kn_format_doc_period_label  (const KnPeriod *period);
/* "1 Januari s.d. 31 Maret 2026"; the annual period spans the year. */
char       *kn_format_doc_period_dates  (const KnPeriod *period);
/* "Triwulan I (1 Januari s.d. 31 Maret 2026)" */
char       *kn_format_doc_period_line   (const KnPeriod *period);
/* The status of an SKP as printed: "Draf", "Diajukan", "Disetujui", "Dikembalikan". */
const char *kn_format_doc_plan_status   (KnPlanStatus    status);
/* The mark every page of an SKP carries until it is approved: "DRAF"; NULL once approved. */
const char *kn_format_doc_plan_mark     (KnPlanStatus    status);
/* The status of an evaluation as printed: "Draf", "Final". */
const char *kn_format_doc_evaluation_status (KnEvaluationStatus status);
/* The mark every page of an evaluation carries until it is final: "DRAF"; NULL when final. */
const char *kn_format_doc_evaluation_mark   (KnEvaluationStatus status);
/* In place, a sentence's full stop dropped where it follows one that ends an abbreviation:
 * "dipakai oleh Budi Santoso, S.Pd.." becomes "… S.Pd.", an ellipsis "..." stays. Returns
 * @text, for a message built from names that may end in a dot. */
char       *kn_format_tidy_stops        (char           *text);
/* The page footer: "Halaman 1 dari 4". */
char       *kn_format_doc_page          (guint           page,
                                         guint           n_pages);

G_END_DECLS
