/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Laporan place: choose a document, see its pages, print it, save it as PDF or Excel —
 * for one employee or a whole unit, with progress and a way to stop. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"

#include "kn-reports-preview.h"

G_BEGIN_DECLS

#define KN_TYPE_REPORTS_PAGE (kn_reports_page_get_type ())

G_DECLARE_FINAL_TYPE (KnReportsPage, kn_reports_page, KN, REPORTS_PAGE, GtkWidget)

void        kn_reports_page_set_store      (KnReportsPage  *self,
                                            KnStore        *store);
/* Chooses what is shown; @employee_id 0 for everyone in the unit. @period is "2026" or a period
 * for an SKP, a period for the others. FALSE when a choice is not offered. */
gboolean    kn_reports_page_select         (KnReportsPage  *self,
                                            KnDocumentKind  kind,
                                            gint64          unit_id,
                                            gint64          employee_id,
                                            const char     *period,
                                            KnPaper         paper);
/* Carries what Penilaian shows: @unit_id, @period ("2026-TW1") and @employee_id (0: the first
 * person, as choosing the unit does); the kind of document and the paper kept, but for the SKP,
 * which has no period: the Evaluasi then. FALSE when the unit is not offered (nothing changes
 * then). */
gboolean    kn_reports_page_carry          (KnReportsPage  *self,
                                            gint64          unit_id,
                                            gint64          employee_id,
                                            const char     *period);
/* Chooses the Laporan Hasil Survei Kepuasan Masyarakat of @unit_id for @period ("2026-TW1"). */
gboolean    kn_reports_page_select_skm     (KnReportsPage  *self,
                                            gint64          unit_id,
                                            const char     *period,
                                            KnPaper         paper);
/* TRUE while the first document of a large unit (2,000 people or more) is read for the preview,
 * off the main thread; the preview is empty and says "Memuat unit…" meanwhile. */
gboolean    kn_reports_page_is_previewing  (KnReportsPage  *self);
/* Pages of the previewed document; 0 when there is nothing to show. */
guint       kn_reports_page_get_n_pages    (KnReportsPage  *self);
/* Saves what is chosen, as the buttons do after asking for the file; works in the background.
 * A folder is used (one file per employee) when the unit mode says so. */
void        kn_reports_page_save_to        (KnReportsPage  *self,
                                            const char     *path,
                                            gboolean        xlsx);
/* Prints to a PDF through the print system without a dialog, as a printer would receive it. */
gboolean    kn_reports_page_print_to_file  (KnReportsPage  *self,
                                            const char     *path,
                                            GError        **error);
gboolean    kn_reports_page_get_busy       (KnReportsPage  *self);
/* Reads the units, employees and years again, keeping the choice where it still exists (the
 * window calls it when the place is shown). */
void        kn_reports_page_refresh        (KnReportsPage  *self);
/* Chooses the paper of the Preferences ("default-paper"), A4 when none is set. */
void        kn_reports_page_use_default_paper (KnReportsPage *self);
void        kn_reports_page_cancel         (KnReportsPage  *self);
/* What the page says under the buttons (done, failed, stopped). */
const char *kn_reports_page_get_status     (KnReportsPage  *self);
const char *kn_reports_page_get_warning    (KnReportsPage  *self);
/* The file (or folder) the last save wrote, which the page offers to open; NULL after any
 * other message. */
const char *kn_reports_page_get_saved_path (KnReportsPage  *self);
char       *kn_reports_page_dup_suggested_name (KnReportsPage *self,
                                               gboolean       xlsx);
/* The unit mode: TRUE writes one file per employee into a folder. */
void        kn_reports_page_set_split      (KnReportsPage  *self,
                                            gboolean        split);

/* The preview's zoom (KN_REPORTS_ZOOM_FIT_PAGE, _FIT_WIDTH or a percentage, kn-reports-preview.h). */
void        kn_reports_page_set_zoom       (KnReportsPage  *self,
                                            int             zoom);
int         kn_reports_page_get_zoom       (KnReportsPage  *self);

G_END_DECLS
