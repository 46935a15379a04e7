/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli skp-template list|save|apply */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-cli-private.h"

int
kn_cli_skp_template (int    argc,
                     char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *from_nip = NULL;
  gboolean replace = FALSE;
  g_autofree char *year_text = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    kn_cli_unit_option (&unit_name,
                        N_("apply: everyone with the jabatan in this unit and its sub-units")),
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text, N_("The year of the SKP"), N_("YEAR") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_nip,
      N_("save: the NIP of the employee whose SKP becomes the template"), N_("NIP") },
    { "replace-drafts", 0, 0, G_OPTION_ARG_NONE, &replace,
      N_("apply: replace existing drafts and returned SKPs instead of skipping them"), NULL },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *action;

  if (!kn_cli_parse_options (entries, _("list | save JABATAN --from NIP --year Y | apply JABATAN --unit NAME --year Y"),
                      _("The indicator library: RHK and IKI kept per jabatan."), &argc, &argv))
    return 2;
  if (!kn_cli_parse_year (year_text, &year))
    return 2;
  if (argc < 2)
    {
      kn_cli_print_error (_("Say what to do: list, save or apply; see kinerja-cli skp-template --help"));
      return 2;
    }

  action = argv[1];
  store = kn_cli_open_store (database, KN_STORE_OPEN_EXISTING);
  if (store == NULL)
    return KN_CLI_EXIT_DATABASE;

  if (g_str_equal (action, "list") && argc == 2)
    {
      g_auto(GStrv) positions = kn_store_list_templates (store);

      for (guint i = 0; positions[i] != NULL; i++)
        g_print ("%s\n", positions[i]);
      return 0;
    }

  if (g_str_equal (action, "save") && argc == 3)
    {
      g_autoptr(KnPlan) plan = NULL;
      KnEmployee *employee;

      if (from_nip == NULL || !kn_period_year_is_valid (year))
        {
          kn_cli_print_error (_("Give the employee and year to take the RHK and IKI from: --from NIP --year YEAR"));
          return 2;
        }
      employee = kn_cli_find_employee (store, "--from", from_nip);
      if (employee == NULL)
        return KN_CLI_EXIT_FAILED;
      plan = kn_cli_load_plan (store, employee, year);
      if (plan == NULL)
        return KN_CLI_EXIT_FAILED;
      if (!kn_store_save_template (store, argv[2], plan, &error))
        return kn_cli_fail (error);
      g_print (_("Template for “%s” saved.\n"), argv[2]);
      return 0;
    }

  if (g_str_equal (action, "apply") && argc == 3)
    {
      KnOrgUnit *unit;
      guint created = 0, replaced = 0, skipped = 0;

      if (unit_name == NULL || !kn_period_year_is_valid (year))
        {
          kn_cli_print_error (_("Give the unit and the year: --unit NAME --year YEAR"));
          return 2;
        }
      unit = kn_store_resolve_unit (store, unit_name, &error);
      if (unit == NULL)
        return kn_cli_fail (error);
      if (!kn_store_apply_template (store, argv[2], kn_org_unit_get_id (unit), 0, year,
                                    replace ? KN_APPLY_REPLACE_DRAFTS : KN_APPLY_SKIP_EXISTING,
                                    &created, &replaced, &skipped, &error))
        return kn_cli_fail (error);
      if (created + replaced + skipped == 0)
        {
          kn_cli_print_errorf (_("Nobody in %s holds the jabatan “%s”, so no SKP was made. A "
                                 "template is applied to those whose jabatan is written exactly "
                                 "so (kinerja-cli employees --unit lists them)."),
                               kn_org_unit_get_path (unit), argv[2]);
          return KN_CLI_EXIT_FAILED;
        }
      /* TRANSLATORS: the counts of SKPs after applying a template */
      g_print (_("Template “%s” applied in %s for %d: %u created, %u replaced, %u skipped (they already had an SKP).\n"),
               argv[2], kn_org_unit_get_path (unit), year, created, replaced, skipped);
      return 0;
    }

  kn_cli_print_error (_("Say what to do: list, save or apply; see kinerja-cli skp-template --help"));
  return 2;
}
