/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the ui tests share beyond kn-test-util.c (kn-test-ui.h). */

#include "config.h"

#include <adwaita.h>

#include "kn-application.h"
#include "kn-test-ui.h"
#include "kn-window.h"

void
kn_test_ui_init (int    *argc,
                 char ***argv)
{
  kn_test_use_indonesian ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();
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
