/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli demo FILE */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-cli-private.h"

#include "kn-demo.h"

/* kinerja-cli demo FILE */

int
kn_cli_demo (int    argc,
             char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n_employees;
  guint n_units;

  if (!kn_cli_parse_options (entries, _("FILE"),
                      _("Creates the demo database at FILE (an earlier demo there is replaced; any other file is left untouched)."),
                      &argc, &argv))
    return 2;

  if (argc != 2)
    {
      kn_cli_print_error (_("Give the file to create, for example: kinerja-cli demo demo.db"));
      return 2;
    }

  if (!kn_cli_check_location (argv[1]))
    return 2;
  store = kn_demo_create (argv[1], &error);
  if (store == NULL)
    return kn_cli_fail (error);

  n_units = g_list_model_get_n_items (kn_store_get_units (store));
  n_employees = g_list_model_get_n_items (kn_store_get_employees (store));
  {
    g_autofree char *units = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unit", "%u units",
                                                           n_units), n_units);
    g_autofree char *employees = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee",
                                                               "%u employees", n_employees),
                                                  n_employees);

    /* TRANSLATORS: "Demo database created at FILE: 22 units, 76 employees." */
    g_print (_("Demo database created at %s: %s, %s.\n"), argv[1], units, employees);
  }
  return 0;
}
