/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the ui tests share beyond kn-test-util.c (kn-test-ui.h). */

#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include <adwaita.h>

#include "kn-application.h"
#include "kn-test-ui.h"
#include "kn-window.h"

/* The program's own configuration folder, removed when it exits (by the process that made it:
 * a child forked to run a program or a daemon may exit through the same handler). */
static char *config_home;
static pid_t config_owner;

static void
remove_config_home (void)
{
  if (config_home != NULL && getpid () == config_owner &&
      g_file_test (config_home, G_FILE_TEST_IS_DIR))
    kn_test_remove_tree (config_home);
  g_clear_pointer (&config_home, g_free);
}

void
kn_test_ui_init (int    *argc,
                 char ***argv)
{
  /* Each ui test program has a configuration folder of its own, set before anything asks GLib
   * for it: a main window that closes keeps its size and place in the desk's file
   * (kn-desk-settings), and the programs run side by side — one's Laporan must not open
   * another's window there. */
  config_home = g_dir_make_tmp ("kinerja-ui-config-XXXXXX", NULL);
  g_assert_nonnull (config_home);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  config_owner = getpid ();
  atexit (remove_config_home);

  kn_test_use_indonesian ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

GtkWindow *
kn_test_ui_show_page (GtkWidget *page)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 1200, 800);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  kn_test_spin ();
  return window;
}

void
kn_test_ui_close (GtkWindow *window,
                  GtkWindow *dialog)
{
  if (dialog != NULL)
    gtk_window_destroy (dialog);
  gtk_window_destroy (window);
  kn_test_spin ();
}

KnWindow *
kn_test_ui_open_window (const char     *app_id,
                        KnStore        *store,
                        KnApplication **app)
{
  static KnApplication *test_app;
  g_autoptr(GError) error = NULL;
  KnWindow *window;

  /* One application for the whole run: a second one could not export itself on the bus. */
  if (test_app == NULL)
    {
      test_app = kn_application_new (app_id, G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (test_app), NULL, &error);
      g_assert_no_error (error);
    }
  if (app != NULL)
    *app = g_object_ref (test_app);
  kn_application_set_store (test_app, store);
  window = kn_window_new (test_app, store);
  gtk_window_present (GTK_WINDOW (window));
  kn_test_spin ();
  return window;
}

void
kn_test_reports_page_wait (KnReportsPage *page)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while ((kn_reports_page_get_busy (page) || kn_reports_page_is_previewing (page)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (kn_reports_page_get_busy (page));
  g_assert_false (kn_reports_page_is_previewing (page));
  kn_test_spin ();
}

void
kn_test_dashboard_wait (KnDashboardPage *page)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  kn_test_spin ();
  while (kn_dashboard_page_is_loading (page) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (kn_dashboard_page_is_loading (page));
  kn_test_spin ();
}

void
kn_test_ui_close_all (GtkWindow *window)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer)window && GTK_IS_WINDOW (l->data) &&
        gtk_window_get_transient_for (l->data) != NULL)
      gtk_window_destroy (l->data);
  g_list_free (toplevels);
  kn_test_ui_close (window, NULL);
}

void
kn_test_window_open (KnTestWindow *test,
                     const char   *prefix,
                     const char   *app_id,
                     gboolean      demo)
{
  if (demo)
    test->store = kn_test_demo_new (prefix, &test->dir, &test->path);
  else
    test->store = kn_test_store_new (prefix, &test->dir, &test->path);
  test->window = kn_test_ui_open_window (app_id, test->store, &test->app);
}

void
kn_test_window_close (KnTestWindow *test)
{
  kn_test_ui_close_all (GTK_WINDOW (test->window));
  g_clear_object (&test->app);
  kn_test_store_clear (&test->store, &test->dir, &test->path);
}

void
kn_test_training_wait (KnTrainingPage *page)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  kn_test_spin ();
  while (kn_training_page_is_loading (page) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (kn_training_page_is_loading (page));
  kn_test_spin ();
}

static gboolean
evaluation_ready (gpointer data)
{
  return !kn_evaluation_page_is_loading (data) && !kn_evaluation_page_is_reading (data);
}

void
kn_test_evaluation_wait (KnEvaluationPage *page)
{
  g_assert_true (kn_test_spin_until (evaluation_ready, page));
  kn_test_spin ();
}

void
kn_test_eval_press (KnEvaluationPage *page,
                    const char       *key)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "eval.rate", "s", key));
}

gint64
kn_test_eval_add_person (KnStore    *store,
                         const char *nip,
                         const char *name,
                         gint64      unit,
                         gint64      supervisor)
{
  gboolean head = supervisor == 0;

  return kn_test_add_person (store, nip, name, "III/c", head ? "Kepala Bidang" : "Analis",
                             head ? KN_POSITION_ADMINISTRATOR : KN_POSITION_AHLI_MUDA, unit,
                             supervisor);
}

void
kn_test_eval_office_set_up (KnTestEvalOffice *office,
                            const char       *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(KnOrgUnit) unit = kn_org_unit_new ("Bidang Pembinaan SMA", 0);

  office->dir = kn_test_make_folder (prefix);
  path = g_build_filename (office->dir, "kantor.db", NULL);
  office->store = kn_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (kn_store_add_unit (office->store, unit, &error));
  office->unit = kn_org_unit_get_id (unit);

  office->head = kn_test_eval_add_person (office->store, "197503121999032002",
                                          "Dra. Hj. Siti Aminah", office->unit, 0);
  office->staff[0] = kn_test_eval_add_person (office->store, "198001012005011003",
                                              "Ahmad Fauzi, S.Pd.", office->unit, office->head);
  office->staff[1] = kn_test_eval_add_person (office->store, "198609262015051001",
                                              "Budi Santoso, S.Pd.", office->unit, office->head);
  office->staff[2] = kn_test_eval_add_person (office->store, "199001012015031001",
                                              "Citra Dewi, S.Pd.", office->unit, office->head);

  /* Organisation first, as SE 3/2023 asks: it gives the head's rating hasil kerja. */
  g_assert_true (kn_store_set_org_predikat (office->store, office->unit, "2026-TW1",
                                            KN_ORG_PREDIKAT_BAIK, &error));
  g_assert_no_error (error);

  office->page = g_object_new (KN_TYPE_EVALUATION_PAGE, NULL);
  kn_evaluation_page_set_store (office->page, office->store);
  office->window = kn_test_ui_show_page (GTK_WIDGET (office->page));
  g_assert_true (kn_evaluation_page_show (office->page, office->unit, "2026-TW1", office->head));
  kn_test_evaluation_wait (office->page);
}

void
kn_test_eval_office_tear_down (KnTestEvalOffice *office)
{
  kn_test_ui_close (office->window, kn_evaluation_page_get_dialog (office->page));
  kn_test_store_clear (&office->store, &office->dir, NULL);
}
