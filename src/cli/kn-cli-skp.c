/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli skp NIP --year Y */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-cli-private.h"

/* A person as the SKP form prints them (kn_report_build_skp): a kepala OPD's pejabat penilai,
 * outside the roster, from the settings. */
static void
append_person (GString              *out,
               const char           *heading,
               const KnReportPerson *person)
{
  g_string_append_printf (out, "%s\n", heading);
  if (person->name[0] == '\0')
    {
      g_string_append_printf (out, "  %s\n", _("(none)"));
      return;
    }

  g_string_append_printf (out, "  %-22s %s\n", _("Name"), person->name);
  g_string_append_printf (out, "  %-22s %s\n", "NIP", person->nip);
  g_string_append_printf (out, "  %-22s %s\n", _("Pangkat/Golongan"), person->rank);
  g_string_append_printf (out, "  %-22s %s\n", _("Position"), person->position);
  g_string_append_printf (out, "  %-22s %s\n", _("Unit"), person->unit);
}

static void
append_results (GString      *out,
                KnPlan       *plan,
                KnResultKind  kind)
{
  GListModel *results = G_LIST_MODEL (kn_plan_get_results (plan));
  guint number = 0;

  g_string_append_printf (out, "\n%s. %s\n", kind == KN_RESULT_KIND_UTAMA ? "A" : "B",
                          kn_result_kind_label (kind));

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(KnPlanResult) result = g_list_model_get_item (results, i);
      GListModel *indicators;

      if (kn_plan_result_get_kind (result) != kind)
        continue;

      number++;
      g_string_append_printf (out, "%3u. %s\n", number, kn_plan_result_get_text (result));
      if (!kn_plan_get_jpt (plan))
        g_string_append_printf (out, "     %s %s\n", _("Superior RHK supported:"),
                                kn_plan_result_get_parent_text (result) != NULL
                                ? kn_plan_result_get_parent_text (result) : _("(none)"));

      indicators = G_LIST_MODEL (kn_plan_result_get_indicators (result));
      for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(KnIndicator) indicator = g_list_model_get_item (indicators, j);
          g_autofree char *target = kn_indicator_dup_target_label (indicator);
          const char *label = kn_plan_get_jpt (plan)
                            ? kn_perspective_label (kn_indicator_get_perspective (indicator))
                            : kn_aspect_label (kn_indicator_get_aspect (indicator));

          g_string_append_printf (out, "     - [%s] %s — %s %s\n", label,
                                  kn_indicator_get_text (indicator), _("target"), target);
        }
    }

  if (number == 0)
    g_string_append_printf (out, "     %s\n", _("(none)"));
}

int
kn_cli_skp (int    argc,
            char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *year_text = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text, N_("The year of the SKP"), N_("YEAR") },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *period = NULL;
  g_autoptr(KnReport) form = NULL;
  g_autoptr(GError) error = NULL;
  KnEmployee *employee;
  const char *reason;

  if (!kn_cli_parse_options (entries, _("NIP"), _("Prints an employee's SKP as text."), &argc, &argv))
    return 2;
  if (!kn_cli_parse_year (year_text, &year))
    return 2;
  if (argc != 2 || !kn_period_year_is_valid (year))
    {
      kn_cli_print_error (_("Give one NIP and the year, for example: kinerja-cli skp 198609262015051001 --year 2026"));
      return 2;
    }

  store = kn_cli_open_store (database, KN_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return KN_CLI_EXIT_DATABASE;

  employee = kn_cli_find_employee (store, _("NIP"), argv[1]);
  if (employee == NULL)
    return KN_CLI_EXIT_FAILED;

  plan = kn_cli_load_plan (store, employee, year);
  if (plan == NULL)
    return KN_CLI_EXIT_FAILED;

  form = kn_report_build_skp (store, kn_employee_get_id (employee), (guint) year, &error);
  if (form == NULL)
    return kn_cli_fail (error);
  period = kn_plan_dup_period_label (plan);

  g_string_append_printf (out, "%s\n", _("SASARAN KINERJA PEGAWAI"));
  g_string_append_printf (out, "%s: %s\n", _("Period"), period);
  g_string_append_printf (out, "%s: %s · %s: %s\n", _("Status"),
                          kn_plan_status_label (kn_plan_get_status (plan)), _("Approach"),
                          kn_plan_approach_label (kn_plan_get_approach (plan)));
  reason = kn_plan_get_status_reason (plan);
  if (reason != NULL && reason[0] != '\0')
    g_string_append_printf (out, "%s: %s\n", _("Reason"), reason);
  g_string_append_c (out, '\n');
  append_person (out, _("EMPLOYEE BEING ASSESSED"), &form->employee);
  append_person (out, _("PERFORMANCE ASSESSOR"), &form->assessor);

  g_string_append_printf (out, "\n%s\n", _("WORK RESULTS"));
  append_results (out, plan, KN_RESULT_KIND_UTAMA);
  append_results (out, plan, KN_RESULT_KIND_TAMBAHAN);

  g_string_append_printf (out, "\n%s\n", _("WORK BEHAVIOUR"));
  for (guint value = 0; value < KN_CORE_VALUE_N; value++)
    {
      const char *expectation = kn_plan_get_expectation (plan, value);

      g_string_append_printf (out, "%3u. %s\n", value + 1, kn_core_value_label (value));
      for (guint g = 0; g < 3; g++)
        g_string_append_printf (out, "     - %s\n", kn_core_value_guide (value, g));
      g_string_append_printf (out, "     %s %s\n", _("Leader's specific expectation:"),
                              expectation[0] != '\0' ? expectation : _("(none)"));
    }

  g_string_append_printf (out, "\n%s\n", _("ATTACHMENT"));
  for (guint section = 0; section < KN_ATTACHMENT_N; section++)
    {
      const char * const *items = kn_plan_get_attachments (plan, section);

      g_string_append_printf (out, "%s\n", kn_attachment_section_label (section));
      if (items == NULL || items[0] == NULL)
        g_string_append_printf (out, "  %s\n", _("(none)"));
      for (guint i = 0; items != NULL && items[i] != NULL; i++)
        g_string_append_printf (out, "  %u. %s\n", i + 1, items[i]);
    }

  fwrite (out->str, 1, out->len, stdout);
  return 0;
}
