/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Laporan place's preview: one page at a time of what is chosen, as it prints, with the
 * page turned and the zoom chosen in the bar above it. */

#pragma once

#include <gtk/gtk.h>

#include "kn-reports-printable.h"

G_BEGIN_DECLS

#define KN_TYPE_REPORTS_PREVIEW (kn_reports_preview_get_type ())

G_DECLARE_FINAL_TYPE (KnReportsPreview, kn_reports_preview, KN, REPORTS_PREVIEW, GtkWidget)

/* The zoom: the whole page, the page's width, or 50–200 % of the paper's real size ("Larger"
 * and "Smaller" step through 50, 75, 100, 125, 150 and 200). */
#define KN_REPORTS_ZOOM_FIT_PAGE  0
#define KN_REPORTS_ZOOM_FIT_WIDTH (-1)
#define KN_REPORTS_ZOOM_MIN       50
#define KN_REPORTS_ZOOM_MAX       200

/* Shows @printable (taken, nullable: nothing) from its first page. */
void                kn_reports_preview_set_printable (KnReportsPreview   *self,
                                                      KnReportsPrintable *printable);
KnReportsPrintable *kn_reports_preview_get_printable (KnReportsPreview   *self);
/* Pages of what is shown; 0 when there is nothing. */
guint               kn_reports_preview_get_n_pages   (KnReportsPreview   *self);
/* The page shown, from 0. */
guint               kn_reports_preview_get_page      (KnReportsPreview   *self);
void                kn_reports_preview_set_zoom      (KnReportsPreview   *self,
                                                      int                 zoom);
int                 kn_reports_preview_get_zoom      (KnReportsPreview   *self);

G_END_DECLS
