/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli employees */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-cli-private.h"

int
kn_cli_employees (int    argc,
                  char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *xlsx = NULL;
  gboolean csv = FALSE;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    kn_cli_unit_option (&unit_name, N_("Only employees of this unit and its sub-units")),
    kn_cli_csv_option (&csv),
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx,
      N_("Write the same columns to an Excel workbook (one sheet)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  KnOrgUnit *unit = NULL;
  GListModel *employees;
  guint n_shown = 0;
  guint n;
  int exit_code;

  if (!kn_cli_parse_options (entries, NULL, _("Lists the employees."), &argc, &argv))
    return 2;
  if (argc > 1)
    {
      kn_cli_print_error (_("Unexpected argument; see kinerja-cli employees --help"));
      return 2;
    }
  if (csv && xlsx != NULL)
    {
      kn_cli_print_error (_("Choose one of --csv and --xlsx."));
      return 2;
    }
  if (!kn_cli_check_extension ("--xlsx", xlsx, TRUE))
    return 2;

  exit_code = kn_cli_open_unit (database, KN_STORE_OPEN_READ_ONLY, unit_name, &store, &unit);
  if (exit_code != KN_CLI_EXIT_OK)
    return exit_code;

  if (xlsx != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!kn_export_employees_xlsx (store, unit, xlsx, &error))
        return kn_cli_fail (error);
      g_print (_("Written: %s\n"), xlsx);
      return KN_CLI_EXIT_OK;
    }

  if (csv)
    {
      const char *const *columns = kn_employee_export_columns ();
      g_autoptr(GPtrArray) rows = kn_employee_export_rows (store, unit);

      for (guint c = 0; columns[c] != NULL; c++)
        kn_cli_write_csv_field (out, columns[c], columns[c + 1] == NULL);
      for (guint r = 0; r < rows->len; r++)
        {
          char **cells = rows->pdata[r];

          for (guint c = 0; cells[c] != NULL; c++)
            kn_cli_write_csv_field (out, cells[c], cells[c + 1] == NULL);
        }
      fwrite (out->str, 1, out->len, stdout);
      return 0;
    }

  employees = kn_store_get_employees (store);
  n = g_list_model_get_n_items (employees);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      KnEmployee *supervisor;
      g_autofree char *rank = NULL;
      g_autofree char *nip = NULL;

      if (!kn_cli_employee_matches_unit (store, employee, unit))
        continue;

      supervisor = kn_store_lookup_employee (store, kn_employee_get_supervisor_id (employee));
      n_shown++;

      nip = kn_employee_dup_nip_display (employee);
      rank = kn_employee_dup_rank_label (employee);
      g_string_append_printf (out, "%-21s  %s\n", nip, kn_employee_get_name (employee));
      g_string_append_printf (out, "%-21s  %s · %s · %s\n", "",
                              kn_employee_status_label (kn_employee_get_status (employee)),
                              rank, kn_employee_get_position (employee));
      g_string_append_printf (out, "%-21s  %s", "", kn_employee_get_unit_name (employee));
      if (supervisor != NULL)
        g_string_append_printf (out, _(" · atasan: %s"), kn_employee_get_name (supervisor));
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u employee\n", "%u employees\n",
                                            n_shown),
                          n_shown);

  fwrite (out->str, 1, out->len, stdout);
  return 0;
}
