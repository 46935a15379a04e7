/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A date typed day-month-year, as Indonesians write it ("14-08-2026"), with a calendar to pick
 * it from. The one date entry of every form. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KN_TYPE_DATE_ROW (kn_date_row_get_type ())

G_DECLARE_FINAL_TYPE (KnDateRow, kn_date_row, KN, DATE_ROW, AdwEntryRow)

GtkWidget *kn_date_row_new      (void);
/* The date typed, as ISO 8601 ("2026-08-14"); NULL with @error saying what is wrong. */
char      *kn_date_row_dup_iso  (KnDateRow   *self,
                                 GError     **error);
/* Shows @iso ("2026-08-14") as "14-08-2026"; NULL empties the row. */
void       kn_date_row_set_iso  (KnDateRow   *self,
                                 const char  *iso);
/* The calendar that picks the date (in the row's popover). */
GtkCalendar *kn_date_row_get_calendar (KnDateRow *self);
void       kn_date_row_popup    (KnDateRow   *self);

G_END_DECLS
