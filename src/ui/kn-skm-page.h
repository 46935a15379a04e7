/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Survei Kepuasan Masyarakat place: a unit's surveys of a period with their IKM, mutu,
 * sample and weakest unsur, importing a survey file, and the Laporan Hasil SKM as PDF or Excel. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"

#include "kn-skm-import-dialog.h"

G_BEGIN_DECLS

#define KN_TYPE_SKM_PAGE (kn_skm_page_get_type ())

G_DECLARE_FINAL_TYPE (KnSkmPage, kn_skm_page, KN, SKM_PAGE, GtkWidget)

void               kn_skm_page_set_store    (KnSkmPage   *self,
                                             KnStore     *store);
/* Chooses @unit_id and @period ("2026-TW1"); FALSE when either is not there. */
gboolean           kn_skm_page_show         (KnSkmPage   *self,
                                             gint64       unit_id,
                                             const char  *period);
/* The surveys listed (element: KnSkmItem) and the sentence above them, as the user reads them. */
GListModel        *kn_skm_page_get_surveys  (KnSkmPage   *self);
const char        *kn_skm_page_get_summary  (KnSkmPage   *self);
/* What "Import Survey…" opens once a file is chosen: the import dialog for the unit and period
 * shown, reading @path, presented over the page's window. */
KnSkmImportDialog *kn_skm_page_import_file  (KnSkmPage   *self,
                                             const char  *path);
/* What "Isi Kuesioner…" opens: the dialog typing in questionnaires for the unit and period
 * shown (a KnSkmEntryDialog), presented over the page's window. */
GtkWindow         *kn_skm_page_type_in      (KnSkmPage   *self);
/* The name Simpan PDF/Excel suggests for the unit and period shown, the one Laporan gives the
 * same report ("LAPORAN-SKM-2026-TW1-Bidang-Pembinaan-SMA.pdf"); NULL when no period is shown. */
char              *kn_skm_page_dup_suggested_name (KnSkmPage *self,
                                                   gboolean   xlsx);
/* Writes the Laporan Hasil SKM of the unit and period shown to @path: Excel when it ends in
 * ".xlsx", PDF otherwise. */
gboolean           kn_skm_page_save_report  (KnSkmPage   *self,
                                             const char  *path,
                                             GError     **error);

G_END_DECLS
