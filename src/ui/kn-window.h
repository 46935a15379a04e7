/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window: the sidebar of places and the page of the chosen place. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"
#include "kn-application.h"
#include "kn-dashboard-page.h"
#include "kn-employees-page.h"
#include "kn-evaluation-page.h"
#include "kn-plan-page.h"
#include "kn-reports-page.h"
#include "kn-skm-page.h"
#include "kn-training-page.h"

G_BEGIN_DECLS

#define KN_TYPE_WINDOW (kn_window_get_type ())

G_DECLARE_FINAL_TYPE (KnWindow, kn_window, KN, WINDOW, AdwApplicationWindow)

KnWindow        *kn_window_new                (KnApplication *application,
                                               KnStore       *store);
KnStore         *kn_window_get_store          (KnWindow      *self);
/* Every place is built and has the store: the launch after the first frame is over
 * (notify::launched). */
gboolean         kn_window_is_launched        (KnWindow      *self);
KnEmployeesPage *kn_window_get_employees_page (KnWindow      *self);
KnPlanPage      *kn_window_get_plan_page      (KnWindow      *self);
KnEvaluationPage *kn_window_get_evaluation_page (KnWindow    *self);
KnReportsPage   *kn_window_get_reports_page   (KnWindow      *self);
KnTrainingPage  *kn_window_get_training_page  (KnWindow      *self);
KnDashboardPage *kn_window_get_dashboard_page (KnWindow      *self);
KnSkmPage       *kn_window_get_skm_page       (KnWindow      *self);
/* Switches to a place by name: beranda, pegawai, skp, penilaian, laporan, kompetensi, skm. */
void             kn_window_show_place         (KnWindow      *self,
                                               const char    *place);
const char      *kn_window_get_place          (KnWindow      *self);
/* The title shown above the page, as the user reads it. */
const char      *kn_window_get_page_title     (KnWindow      *self);
/* Who is signed in, under the title on a server ("Signed in as Budi (Penilai)"); NULL on a file. */
const char      *kn_window_get_login_subtitle (KnWindow      *self);
/* Cadangkan… and Pulihkan… of the main menu, past their file choosers: a backup at @path (a
 * toast says where; a dialog says why not), and the question before restoring @backup. */
gboolean         kn_window_backup_to          (KnWindow      *self,
                                               const char    *path);
void             kn_window_ask_restore        (KnWindow      *self,
                                               const char    *backup);
/* For tests: the restore question or failure shown, the file chooser open, the last toast. */
GtkWindow       *kn_window_get_backup_dialog  (KnWindow      *self);
GtkNativeDialog *kn_window_get_chooser        (KnWindow      *self);
const char      *kn_window_get_last_message   (KnWindow      *self);
/* From how many employees the launch reads them in a worker (2,000; tests set 0): a smaller
 * office's are read in a turn of the main loop, as tests that spin it once expect. Set before
 * the window is shown. */
void             kn_window_set_background_from (KnWindow     *self,
                                               guint          n_employees);
void             kn_window_add_toast          (KnWindow      *self,
                                               const char    *message);

G_END_DECLS
