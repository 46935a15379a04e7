/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The entry point of the Kinerja window. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kn-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(KnApplication) app = NULL;

  kn_i18n_init ();
  g_set_application_name (_("Kinerja"));

  app = kn_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
