/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the core's parsers of dates and periods share. */

#pragma once

#include <glib.h>

#include "kinerja/kn-period.h"

G_BEGIN_DECLS

/* The number written by the @len ASCII digits at @text into @value; FALSE, @value untouched,
 * when any of them is not a digit. */
gboolean kn_format_parse_digits (const char *text,
                                 gsize       len,
                                 guint      *value);

/* TRUE when @period's index fits its kind (a quarter 1–4, a month 1–12, the year 0); the year is
 * the caller's to check. */
gboolean kn_period_index_is_valid (const KnPeriod *period);

G_END_DECLS
