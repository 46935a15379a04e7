/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the ui tests share beyond kn-test-util.c (kn-test-ui.h). */

#include "config.h"

#include <adwaita.h>

#include "kn-test-ui.h"

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
