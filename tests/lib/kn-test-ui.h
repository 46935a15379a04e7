/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the ui tests share beyond kn-test-util.h: starting GTK in Indonesian and closing windows,
 * with tests/ui/kn-ui-test.h's main-loop and widget helpers. */

#pragma once

#include <gtk/gtk.h>

#include "kn-application.h"
#include "kn-evaluation-page.h"
#include "kn-reports-page.h"
#include "kn-test-io.h"
#include "kn-test-util.h"
#include "kn-ui-test.h"
#include "kn-window.h"

G_BEGIN_DECLS

/* kn_test_use_indonesian, then gtk_test_init and adw_init. */
void kn_test_ui_init  (int        *argc,
                       char     ***argv);
/* A new 1200×800 window holding @page, presented, and what that left pending run. */
GtkWindow *kn_test_ui_show_page (GtkWidget *page);
/* Destroys @dialog (nullable) and @window, then runs what that left pending. */
void kn_test_ui_close (GtkWindow  *window,
                       GtkWindow  *dialog);
/* A new window of @store, presented and drawn, in the one application of the test run (made
 * and registered as @app_id the first time); @app (nullable) receives a reference to it. */
KnWindow *kn_test_ui_open_window (const char     *app_id,
                                  KnStore        *store,
                                  KnApplication **app);

/* Destroys every window transient for another (the dialogs still open) and then @window, and
 * runs what that left pending. */
void kn_test_ui_close_all (GtkWindow *window);

/* Runs the main loop until Laporan's @page has done its background work (a batch, a large
 * unit's preview; a minute at most),
 * asserting that it has, then what that left pending. */
void kn_test_reports_page_wait (KnReportsPage *page);
/* The same for the Beranda's figures of the unit and period chosen (gathered off the main
 * thread): returns once they are shown. */
void kn_test_dashboard_wait (KnDashboardPage *page);

/* What most window tests set up: a database in a temporary folder and a window of it. */
typedef struct
{
  char          *dir;
  char          *path;
  KnStore       *store;
  KnApplication *app;
  KnWindow      *window;
} KnTestWindow;

/* Fills @test: a new temporary folder (@prefix as for kn_test_make_folder) holding the demo
 * office (@demo) or an empty database, and a window of it as kn_test_ui_open_window does. */
void kn_test_window_open  (KnTestWindow *test,
                           const char   *prefix,
                           const char   *app_id,
                           gboolean      demo);
/* Undoes kn_test_window_open: the window and its dialogs (kn_test_ui_close_all), the
 * application, the store and the folder. */
void kn_test_window_close (KnTestWindow *test);

/* The same as kn_test_dashboard_wait for Kompetensi's lesson hours of the unit and year chosen
 * (read off the main thread): returns once they are shown. */
void kn_test_training_wait (KnTrainingPage *page);

/* The Penilaian tests' office: one unit (Bidang Pembinaan SMA, organisation predikat Baik in
 * 2026-TW1), its head and three staff, and Penilaian showing the head's staff in a window. */
typedef struct
{
  char             *dir;
  KnStore          *store;
  GtkWindow        *window;
  KnEvaluationPage *page;
  gint64            unit;
  gint64            head;
  gint64            staff[3];
} KnTestEvalOffice;

/* Fills @office in a new temporary folder (@prefix as for kn_test_make_folder) and waits until
 * Penilaian shows its rows and distribution. */
void kn_test_eval_office_set_up    (KnTestEvalOffice *office,
                                    const char       *prefix);
void kn_test_eval_office_tear_down (KnTestEvalOffice *office);
/* Adds a person to @unit, rank III/c: a Kepala Bidang (administrator) when @supervisor is 0,
 * else an Analis (Ahli Muda) under @supervisor. Returns the id. */
gint64 kn_test_eval_add_person     (KnStore          *store,
                                    const char       *nip,
                                    const char       *name,
                                    gint64            unit,
                                    gint64            supervisor);
/* Runs the main loop until Penilaian's rows and distribution (read off the main thread) are
 * shown, asserting that they are, then what that left pending. */
void kn_test_evaluation_wait       (KnEvaluationPage *page);
/* Presses the rating key @key ("s", "a", "b"…) on Penilaian's chosen row as the keyboard does
 * (eval.rate), asserting that the action runs; waits for nothing. */
void kn_test_eval_press            (KnEvaluationPage *page,
                                    const char       *key);

G_END_DECLS
