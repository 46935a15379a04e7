/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Inside the Laporan place: the page's fields and what its choices and preview
 * (kn-reports-page.c) and its saving (kn-reports-page-save.c) share. */

#pragma once

#include <adwaita.h>

#include "kn-chooser.h"
#include "kn-reports-page.h"
#include "kn-reports-preview.h"

G_BEGIN_DECLS

/* The place of the Laporan Hasil Survei Kepuasan Masyarakat in the list of documents, after the
 * four KnDocumentKind. */
#define KN_REPORTS_KIND_SKM (KN_DOCUMENT_REKAP + 1)

struct _KnReportsPage
{
  GtkWidget         parent_instance;

  KnStore          *store;         /* owned, nullable */
  GArray           *unit_ids;      /* owned: gint64 per unit_chooser item */
  GArray           *employee_ids;  /* owned: gint64 per employee_chooser item; 0 = everyone */
  GPtrArray        *periods;       /* owned: char* per period_row item */
  GCancellable     *cancellable;   /* owned, nullable: a batch is running */
  GCancellable     *preview_load;  /* owned, nullable: a large unit's preview is being read */
  guint             preview_in_thread_from; /* people in the unit from which it is */
  char             *status;        /* owned, nullable */
  char             *warning;       /* owned, nullable: who is missing to sign */
  char             *suggested;     /* owned, nullable: the previewed document's file name (PDF) */
  char             *saving;        /* owned, nullable: where the running save writes */
  char             *saved;         /* owned, nullable: the file or folder the last save wrote */

  GtkPaned         *paned;
  KnChooser        *kind_chooser;
  KnChooser        *unit_chooser;
  AdwActionRow     *employee_row;
  KnChooser        *employee_chooser;
  AdwComboRow      *period_row;
  AdwComboRow      *paper_row;
  AdwComboRow      *split_row;
  GtkBox           *progress_box;
  GtkProgressBar   *progress_bar;
  GtkLabel         *status_label;
  GtkButton        *open_saved_button;
  GtkLabel         *warning_label;
  KnReportsPreview *preview;

  gboolean          batch_gathers;   /* the running batch reads its data in its worker */
};

void            _kn_reports_page_class_save_init     (GtkWidgetClass  *widget_class);

void            _kn_reports_page_set_status          (KnReportsPage   *self,
                                                      const char      *text);
/* Says who is missing to sign @reports (KnReport) before they are printed or saved; hides the
 * warning when nobody is. */
void            _kn_reports_page_set_signer_warning  (KnReportsPage   *self,
                                                      const KnReport **reports,
                                                      guint            n_reports);

/* From how many people of the chosen unit its preview is read off the main thread (2,000;
 * tests choose fewer). */
void            _kn_reports_page_set_preview_in_thread_from (KnReportsPage *self,
                                                             guint          n_employees);

/* The choice. The kind is KN_REPORTS_KIND_SKM for the SKM report. */
guint           _kn_reports_page_chosen_kind         (KnReportsPage   *self);
gint64          _kn_reports_page_chosen_unit         (KnReportsPage   *self);
gint64          _kn_reports_page_chosen_employee     (KnReportsPage   *self);
const char     *_kn_reports_page_chosen_period       (KnReportsPage   *self);
KnPaper         _kn_reports_page_chosen_paper        (KnReportsPage   *self);
/* The employees the choice covers, in the order of the list. */
GArray         *_kn_reports_page_chosen_employees    (KnReportsPage   *self);
/* Whether the choice goes to a folder, one file per employee. */
gboolean        _kn_reports_page_chosen_split        (KnReportsPage   *self);

/* The chosen unit's SKM report of the chosen period; NULL with a message saying the unit has no
 * survey then. */
KnSkmReport    *_kn_reports_page_build_skm           (KnReportsPage   *self,
                                                      GError         **error);
/* The SKM report's file name: the SKM place's "LAPORAN-SKM-2026-TW1-" and the unit's name in
 * letters and digits (kn_report_skm_file_name). */
char           *_kn_reports_page_skm_file_name       (KnReportsPage   *self,
                                                      gboolean         xlsx);

/* The folder this desk saved to last (a folder that still exists), or NULL; remembering one
 * keeps it for this desk only (kn-desk-settings), never in the office's shared settings. */
char           *_kn_reports_page_dup_last_folder     (KnReportsPage   *self);
void            _kn_reports_page_remember_folder     (KnReportsPage   *self,
                                                      const char      *folder);

G_END_DECLS
