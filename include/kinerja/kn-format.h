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

G_END_DECLS
