/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli: libkinerja from the command line, for office administrators and scripts. */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kinerja.h"

#include "kn-demo.h"

typedef int (*CommandFunc) (int argc, char **argv);

static void
print_error (const char *message)
{
  g_printerr ("kinerja-cli: %s\n", message);
}

static gboolean
parse_options (GOptionEntry   *entries,
               const char     *parameter,
               const char     *summary,
               int            *argc,
               char         ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      print_error (error->message);
      return FALSE;
    }

  return TRUE;
}

static KnStore *
open_store (const char *database)
{
  g_autofree char *path = database != NULL ? g_strdup (database) : kn_store_default_path ();
  g_autoptr(GError) error = NULL;
  KnStore *store;

  if (database != NULL && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message = g_strdup_printf (_("The database “%s” does not exist."), path);

      print_error (message);
      return NULL;
    }

  store = kn_store_open (path, &error);
  if (store == NULL)
    print_error (error->message);

  return store;
}

/* kinerja-cli demo FILE */

static int
command_demo (int    argc,
              char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n_employees;
  guint n_units;

  if (!parse_options (entries, _("FILE"),
                      _("Creates the demo database at FILE (an earlier demo there is replaced; any other file is left untouched)."),
                      &argc, &argv))
    return 2;

  if (argc != 2)
    {
      print_error (_("Give the file to create, for example: kinerja-cli demo demo.db"));
      return 2;
    }

  store = kn_demo_create (argv[1], &error);
  if (store == NULL)
    {
      print_error (error->message);
      return 1;
    }

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

/* kinerja-cli employees */

static void
write_csv_field (GString    *line,
                 const char *value,
                 gboolean    last)
{
  g_autofree char *guarded = NULL;

  if (value == NULL)
    value = "";

  /* A spreadsheet opening the file would run a field starting like a formula ("=HYPERLINK(…)",
   * "+62…", "@SUM(…)"): such text gets the apostrophe that keeps it text. Negative numbers
   * stay numbers. */
  if (value[0] == '=' || value[0] == '+' || value[0] == '@' || value[0] == '\t' ||
      (value[0] == '-' && !g_ascii_isdigit (value[1])))
    value = guarded = g_strconcat ("'", value, NULL);

  /* Quoted when needed, as RFC 4180 says. */
  if (strpbrk (value, ",\"\r\n") != NULL || value[0] == ' ')
    {
      g_autoptr(GString) quoted = g_string_new (value);

      g_string_replace (quoted, "\"", "\"\"", 0);
      g_string_append_printf (line, "\"%s\"", quoted->str);
    }
  else
    g_string_append (line, value);

  g_string_append_c (line, last ? '\n' : ',');
}

static gboolean
employee_matches_unit (KnStore    *store,
                       KnEmployee *employee,
                       KnOrgUnit  *unit)
{
  return unit == NULL ||
         kn_store_unit_is_within (store, kn_employee_get_unit_id (employee),
                                  kn_org_unit_get_id (unit));
}

static int
command_employees (int    argc,
                   char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  gboolean csv = FALSE;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file (default: the user's Kinerja database)"), N_("FILE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_name,
      N_("Only employees of this unit and its sub-units"), N_("NAME") },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv,
      N_("Write CSV with a header row"), NULL },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  KnOrgUnit *unit = NULL;
  GListModel *employees;
  guint n_shown = 0;
  guint n;

  if (!parse_options (entries, NULL, _("Lists the employees."), &argc, &argv))
    return 2;
  if (argc > 1)
    {
      print_error (_("Unexpected argument; see kinerja-cli employees --help"));
      return 2;
    }

  store = open_store (database);
  if (store == NULL)
    return 1;

  if (unit_name != NULL)
    {
      g_autoptr(GError) error = NULL;

      unit = kn_store_resolve_unit (store, unit_name, &error);
      if (unit == NULL)
        {
          print_error (error->message);
          return 1;
        }
    }

  if (csv)
    g_string_append (out, "nip,nama,status,pangkat_golongan,jabatan,jenis_jabatan,unit_kerja,"
                          "atasan_nip,atasan_nama\n");

  employees = kn_store_get_employees (store);
  n = g_list_model_get_n_items (employees);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);
      KnEmployee *supervisor;
      g_autofree char *rank = NULL;
      g_autofree char *nip = NULL;

      if (!employee_matches_unit (store, employee, unit))
        continue;

      supervisor = kn_store_lookup_employee (store, kn_employee_get_supervisor_id (employee));
      n_shown++;

      if (csv)
        {
          write_csv_field (out, kn_employee_get_nip (employee), FALSE);
          write_csv_field (out, kn_employee_get_name (employee), FALSE);
          write_csv_field (out, kn_employee_status_to_string (kn_employee_get_status (employee)), FALSE);
          write_csv_field (out, kn_employee_get_rank (employee), FALSE);
          write_csv_field (out, kn_employee_get_position (employee), FALSE);
          write_csv_field (out, kn_position_kind_to_string (kn_employee_get_position_kind (employee)), FALSE);
          write_csv_field (out, kn_employee_get_unit_name (employee), FALSE);
          write_csv_field (out, supervisor != NULL ? kn_employee_get_nip (supervisor) : NULL, FALSE);
          write_csv_field (out, supervisor != NULL ? kn_employee_get_name (supervisor) : NULL, TRUE);
          continue;
        }

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

  if (!csv)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u employee\n", "%u employees\n",
                                              n_shown),
                            n_shown);

  fwrite (out->str, 1, out->len, stdout);
  return 0;
}

/* kinerja-cli nip NIP… */

static int
command_nip (int    argc,
             char **argv)
{
  gboolean legacy = FALSE;
  GOptionEntry entries[] = {
    { "legacy", 0, 0, G_OPTION_ARG_NONE, &legacy,
      N_("Also accept old 9-digit NIPs (before 2009)"), NULL },
    { NULL }
  };
  int status = 0;

  if (!parse_options (entries, _("NIP…"),
                      _("Decodes and checks NIPs and NI PPPK numbers; exits with 1 if any is invalid."),
                      &argc, &argv))
    return 2;

  if (argc < 2)
    {
      print_error (_("Give at least one NIP, for example: kinerja-cli nip \"19860926 201505 1 001\""));
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      KnNipInfo info;

      if (kn_nip_parse (argv[i], legacy ? KN_NIP_FLAGS_ALLOW_LEGACY : KN_NIP_FLAGS_NONE,
                        &info, &error))
        {
          g_autofree char *shown = kn_nip_format (info.digits);
          g_autofree char *description = kn_nip_describe (&info);

          g_print ("%s: %s\n", shown, description);
        }
      else
        {
          g_print (_("%s: invalid — %s\n"), argv[i], error->message);
          status = 1;
        }
    }

  return status;
}

/* kinerja-cli skp NIP --year Y */

static void
append_person (GString    *out,
               const char *heading,
               KnEmployee *employee,
               KnStore    *store)
{
  g_autofree char *nip = NULL;
  g_autofree char *rank = NULL;

  g_string_append_printf (out, "%s\n", heading);
  if (employee == NULL)
    {
      g_string_append_printf (out, "  %s\n", _("(none)"));
      return;
    }

  nip = kn_employee_dup_nip_display (employee);
  rank = kn_employee_dup_rank_label (employee);
  g_string_append_printf (out, "  %-22s %s\n", _("Name"), kn_employee_get_name (employee));
  g_string_append_printf (out, "  %-22s %s\n", "NIP", nip);
  g_string_append_printf (out, "  %-22s %s\n", _("Pangkat/Golongan"), rank);
  g_string_append_printf (out, "  %-22s %s\n", _("Position"), kn_employee_get_position (employee));
  g_string_append_printf (out, "  %-22s %s\n", _("Unit"),
                          kn_employee_get_unit_name (employee) != NULL
                          ? kn_employee_get_unit_name (employee) : "");
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

static int
command_skp (int    argc,
             char **argv)
{
  g_autofree char *database = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file (default: the user's Kinerja database)"), N_("FILE") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The year of the SKP"), N_("YEAR") },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *period = NULL;
  KnEmployee *employee;
  KnEmployee *assessor;
  const char *reason;

  if (!parse_options (entries, _("NIP"), _("Prints an employee's SKP as text."), &argc, &argv))
    return 2;
  if (argc != 2 || !kn_period_year_is_valid (year))
    {
      print_error (_("Give one NIP and the year, for example: kinerja-cli skp 198609262015051001 --year 2026"));
      return 2;
    }

  store = open_store (database);
  if (store == NULL)
    return 1;

  employee = kn_store_find_employee_by_nip (store, argv[1]);
  if (employee == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("No employee has the NIP %s."), argv[1]);

      print_error (message);
      return 1;
    }

  plan = kn_store_load_plan (store, kn_employee_get_id (employee), year, &error);
  if (plan == NULL)
    {
      g_autofree char *message = NULL;

      if (error != NULL)
        message = g_strdup (error->message);
      else
        message = g_strdup_printf (_("%s has no SKP for %d."), kn_employee_get_name (employee), year);
      print_error (message);
      return 1;
    }

  assessor = kn_store_lookup_employee (store, kn_plan_get_assessor_id (plan));
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
  append_person (out, _("EMPLOYEE BEING ASSESSED"), employee, store);
  append_person (out, _("PERFORMANCE ASSESSOR"), assessor, store);

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

/* kinerja-cli skp-template list|save|apply */

static int
command_skp_template (int    argc,
                      char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *from_nip = NULL;
  gboolean replace = FALSE;
  int year = 0;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file (default: the user's Kinerja database)"), N_("FILE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_name,
      N_("apply: everyone with the jabatan in this unit and its sub-units"), N_("NAME") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The year of the SKP"), N_("YEAR") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_nip,
      N_("save: the NIP of the employee whose SKP becomes the template"), N_("NIP") },
    { "replace-drafts", 0, 0, G_OPTION_ARG_NONE, &replace,
      N_("apply: replace existing drafts and returned SKPs instead of skipping them"), NULL },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *action;

  if (!parse_options (entries, _("list | save JABATAN --from NIP --year Y | apply JABATAN --unit NAME --year Y"),
                      _("The indicator library: RHK and IKI kept per jabatan."), &argc, &argv))
    return 2;
  if (argc < 2)
    {
      print_error (_("Say what to do: list, save or apply; see kinerja-cli skp-template --help"));
      return 2;
    }

  action = argv[1];
  store = open_store (database);
  if (store == NULL)
    return 1;

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
          print_error (_("Give the employee and year to take the RHK and IKI from: --from NIP --year YEAR"));
          return 2;
        }
      employee = kn_store_find_employee_by_nip (store, from_nip);
      if (employee == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("No employee has the NIP %s."), from_nip);

          print_error (message);
          return 1;
        }
      plan = kn_store_load_plan (store, kn_employee_get_id (employee), year, &error);
      if (plan == NULL)
        {
          g_autofree char *message = error != NULL
                                   ? g_strdup (error->message)
                                   : g_strdup_printf (_("%s has no SKP for %d."),
                                                      kn_employee_get_name (employee), year);

          print_error (message);
          return 1;
        }
      if (!kn_store_save_template (store, argv[2], plan, &error))
        {
          print_error (error->message);
          return 1;
        }
      g_print (_("Template for “%s” saved.\n"), argv[2]);
      return 0;
    }

  if (g_str_equal (action, "apply") && argc == 3)
    {
      KnOrgUnit *unit;
      guint created = 0, replaced = 0, skipped = 0;

      if (unit_name == NULL || !kn_period_year_is_valid (year))
        {
          print_error (_("Give the unit and the year: --unit NAME --year YEAR"));
          return 2;
        }
      unit = kn_store_resolve_unit (store, unit_name, &error);
      if (unit == NULL)
        {
          print_error (error->message);
          return 1;
        }
      if (!kn_store_apply_template (store, argv[2], kn_org_unit_get_id (unit), 0, year,
                                    replace ? KN_APPLY_REPLACE_DRAFTS : KN_APPLY_SKIP_EXISTING,
                                    &created, &replaced, &skipped, &error))
        {
          print_error (error->message);
          return 1;
        }
      /* TRANSLATORS: the counts of SKPs after applying a template */
      g_print (_("Template “%s” applied in %s for %d: %u created, %u replaced, %u skipped (they already had an SKP).\n"),
               argv[2], kn_org_unit_get_path (unit), year, created, replaced, skipped);
      return 0;
    }

  print_error (_("Say what to do: list, save or apply; see kinerja-cli skp-template --help"));
  return 2;
}

/* kinerja-cli evaluasi / distribusi --unit NAME --period P */

static const char *
or_dash (const char *label)
{
  return label != NULL && label[0] != '\0' ? label : "—";
}

static gboolean
resolve_unit_and_period (KnStore     *store,
                         const char  *unit_name,
                         const char  *period,
                         KnOrgUnit  **unit)
{
  g_autoptr(GError) error = NULL;
  KnPeriod parsed;

  if (unit_name == NULL || period == NULL)
    {
      print_error (_("Give the unit and the period, for example: --unit \"Bidang Pembinaan SMA\" --period 2026-TW1"));
      return FALSE;
    }
  if (!kn_period_parse (period, &parsed, &error))
    {
      print_error (error->message);
      return FALSE;
    }
  *unit = kn_store_resolve_unit (store, unit_name, &error);
  if (*unit == NULL)
    {
      print_error (error->message);
      return FALSE;
    }
  return TRUE;
}

static int
command_evaluasi (int    argc,
                  char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *period = NULL;
  gboolean csv = FALSE;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file (default: the user's Kinerja database)"), N_("FILE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_name,
      N_("The unit (its sub-units included)"), N_("NAME") },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period,
      N_("The period: 2026-TW1 … 2026-TW4, 2026-AKHIR, or 2026-01 … 2026-12"), N_("PERIOD") },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("Write CSV with a header row"), NULL },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  KnOrgUnit *unit = NULL;

  if (!parse_options (entries, NULL, _("Lists the evaluations of a unit for a period."), &argc, &argv))
    return 2;

  store = open_store (database);
  if (store == NULL)
    return 1;
  if (!resolve_unit_and_period (store, unit_name, period, &unit))
    return 2;

  if (csv)
    g_string_append (out, "nip,nama,rating_hasil_kerja,rating_perilaku_kerja,predikat,status\n");

  evaluations = kn_store_list_unit_evaluations (store, kn_org_unit_get_id (unit), period, 0);
  for (guint i = 0; i < evaluations->len; i++)
    {
      KnEvaluation *evaluation = g_ptr_array_index (evaluations, i);
      KnEmployee *employee = kn_store_lookup_employee (store, kn_evaluation_get_employee_id (evaluation));
      const char *status = kn_evaluation_get_id (evaluation) == 0
                         ? (csv ? "" : _("not rated"))
                         : (csv ? kn_evaluation_status_to_string (kn_evaluation_get_status (evaluation))
                                : kn_evaluation_status_label (kn_evaluation_get_status (evaluation)));

      if (csv)
        {
          write_csv_field (out, kn_employee_get_nip (employee), FALSE);
          write_csv_field (out, kn_employee_get_name (employee), FALSE);
          write_csv_field (out, kn_rating_to_string (kn_evaluation_get_rating_result (evaluation)), FALSE);
          write_csv_field (out, kn_rating_to_string (kn_evaluation_get_rating_behaviour (evaluation)), FALSE);
          write_csv_field (out, kn_predikat_to_string (kn_evaluation_get_predikat (evaluation)), FALSE);
          write_csv_field (out, status, TRUE);
        }
      else
        {
          g_autofree char *nip = kn_employee_dup_nip_display (employee);

          g_string_append_printf (out, "%-21s  %s\n%-21s  %s: %s · %s: %s · %s: %s · %s\n", nip,
                                  kn_employee_get_name (employee), "",
                                  _("Results"), or_dash (kn_rating_label (kn_evaluation_get_rating_result (evaluation))),
                                  _("Behaviour"), or_dash (kn_rating_label (kn_evaluation_get_rating_behaviour (evaluation))),
                                  _("Predikat"), or_dash (kn_predikat_label (kn_evaluation_get_predikat (evaluation))),
                                  status);
        }
    }

  fwrite (out->str, 1, out->len, stdout);
  return 0;
}

static int
command_distribusi (int    argc,
                    char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *period = NULL;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file (default: the user's Kinerja database)"), N_("FILE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_name,
      N_("The unit (its sub-units included)"), N_("NAME") },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period,
      N_("The period: 2026-TW1 … 2026-TW4, 2026-AKHIR, or 2026-01 … 2026-12"), N_("PERIOD") },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GPtrArray) violations = NULL;
  guint counts[KN_PREDIKAT_N];
  KnOrgUnit *unit = NULL;
  KnOrgPredikat org;
  guint total = 0;

  if (!parse_options (entries, NULL,
                      _("Checks a unit's predikat against the allowed distribution; exits with 1 when a rule is broken."),
                      &argc, &argv))
    return 2;

  store = open_store (database);
  if (store == NULL)
    return 1;
  if (!resolve_unit_and_period (store, unit_name, period, &unit))
    return 2;

  violations = kn_store_check_distribution (store, kn_org_unit_get_id (unit), period, counts);
  org = kn_store_get_org_predikat (store, kn_org_unit_get_id (unit), period);

  for (guint p = KN_PREDIKAT_SANGAT_KURANG; p < KN_PREDIKAT_N; p++)
    total += counts[p];

  g_print ("%s — %s\n", kn_org_unit_get_path (unit), period);
  g_print ("%s: %s\n", _("Capaian kinerja organisasi"),
           org != KN_ORG_PREDIKAT_NONE ? kn_org_predikat_label (org) : _("(not set)"));
  for (guint p = KN_PREDIKAT_SANGAT_BAIK; p > KN_PREDIKAT_NONE; p--)
    {
      g_autofree char *share = kn_format_decimal (total > 0 ? 100.0 * counts[p] / total : 0);

      g_print ("  %-20s %4u  %6s %%\n", kn_predikat_label (p), counts[p], share);
    }
  g_print ("  %-20s %4u\n", _("Not rated yet"), counts[KN_PREDIKAT_NONE]);

  if (violations->len == 0)
    {
      g_print ("%s\n", org != KN_ORG_PREDIKAT_NONE
                       ? _("The distribution keeps to the pattern.")
                       : _("No capaian kinerja organisasi is set, so there is no pattern to check."));
      return 0;
    }

  for (guint i = 0; i < violations->len; i++)
    {
      KnDistributionViolation *violation = g_ptr_array_index (violations, i);

      g_print ("! %s\n", violation->message);
    }
  return 1;
}

/* kinerja-cli export */

static gboolean
parse_document_kind (const char     *text,
                     KnDocumentKind *kind)
{
  static const struct { const char *name; KnDocumentKind kind; } kinds[] = {
    { "skp", KN_DOCUMENT_SKP }, { "evaluasi", KN_DOCUMENT_EVALUASI },
    { "dokumen", KN_DOCUMENT_DOKUMEN }, { "rekap", KN_DOCUMENT_REKAP },
  };

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (kinds); i++)
    if (g_ascii_strcasecmp (text, kinds[i].name) == 0)
      {
        *kind = kinds[i].kind;
        return TRUE;
      }
  return FALSE;
}

static char *
safe_file_name (const char *name)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static int
command_export (int    argc,
                char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *document = NULL;
  g_autofree char *nip = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *period = NULL;
  g_autofree char *paper_name = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file (default: the user's Kinerja database)"), N_("FILE") },
    { "document", 0, 0, G_OPTION_ARG_STRING, &document,
      N_("skp, evaluasi, dokumen or rekap"), N_("KIND") },
    { "nip", 0, 0, G_OPTION_ARG_STRING, &nip, N_("One employee"), N_("NIP") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_name,
      N_("Everyone in the unit and its sub-units (rekap: the unit)"), N_("NAME") },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period,
      N_("2026-TW1 … 2026-AKHIR, 2026-01 …; for skp the year is enough"), N_("PERIOD") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("a4 or f4 (default a4)"), N_("PAPER") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("pdf or xlsx (default pdf)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write; for a unit, an existing folder gets one file per employee"), N_("PATH") },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_report_free);
  g_autoptr(GError) error = NULL;
  KnDocumentKind kind;
  KnPaper paper = KN_PAPER_A4;
  gboolean xlsx = FALSE;
  gboolean to_folder;
  KnOrgUnit *unit = NULL;
  KnPeriod parsed = { 0, };
  guint year = 0;
  guint skipped = 0;

  if (!parse_options (entries, NULL, _("Writes the official documents as PDF or Excel."), &argc, &argv))
    return 2;

  if (!parse_document_kind (document, &kind))
    {
      print_error (_("Choose the document: --document skp, evaluasi, dokumen or rekap"));
      return 2;
    }
  if (paper_name != NULL && g_ascii_strcasecmp (paper_name, "f4") == 0)
    paper = KN_PAPER_F4;
  else if (paper_name != NULL && g_ascii_strcasecmp (paper_name, "a4") != 0)
    {
      print_error (_("The paper is a4 or f4."));
      return 2;
    }
  if (format != NULL && g_ascii_strcasecmp (format, "xlsx") == 0)
    xlsx = TRUE;
  else if (format != NULL && g_ascii_strcasecmp (format, "pdf") != 0)
    {
      print_error (_("The format is pdf or xlsx."));
      return 2;
    }
  if (output == NULL || period == NULL || (nip == NULL && unit_name == NULL) ||
      (kind == KN_DOCUMENT_REKAP && unit_name == NULL))
    {
      print_error (_("Give the period, who (--nip NIP or --unit NAME; rekap needs --unit) and the output file (-o PATH)."));
      return 2;
    }

  /* For an SKP a year is enough; any period names its year. */
  if (kind == KN_DOCUMENT_SKP && strlen (period) == 4 && g_ascii_isdigit (period[0]))
    year = (guint)g_ascii_strtoull (period, NULL, 10);
  else if (!kn_period_parse (period, &parsed, &error))
    {
      print_error (error->message);
      return 2;
    }
  else
    year = parsed.year;

  store = open_store (database);
  if (store == NULL)
    return 1;

  if (unit_name != NULL)
    {
      unit = kn_store_resolve_unit (store, unit_name, &error);
      if (unit == NULL)
        {
          print_error (error->message);
          return 1;
        }
    }

  if (kind == KN_DOCUMENT_REKAP)
    {
      g_autoptr(KnRecapReport) recap = kn_report_build_recap (store, kn_org_unit_get_id (unit), period, &error);
      gboolean ok;

      if (recap == NULL)
        {
          print_error (error->message);
          return 1;
        }
      if (xlsx)
        ok = kn_export_recap_xlsx (recap, paper, output, &error);
      else
        {
          g_autoptr(KnDocument) doc = kn_document_new_recap (recap, paper);

          ok = kn_document_write_pdf (doc, output, &error);
        }
      if (!ok)
        {
          print_error (error->message);
          return 1;
        }
      g_print (_("Written: %s\n"), output);
      return 0;
    }

  /* One employee, or everyone in the unit who has an SKP for the year. */
  {
    g_autoptr(GPtrArray) people = g_ptr_array_new ();

    if (nip != NULL)
      {
        KnEmployee *employee = kn_store_find_employee_by_nip (store, nip);

        if (employee == NULL)
          {
            g_autofree char *message = g_strdup_printf (_("No employee has the NIP %s."), nip);

            print_error (message);
            return 1;
          }
        g_ptr_array_add (people, employee);
      }
    else
      {
        GListModel *employees = kn_store_get_employees (store);

        for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
          {
            g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

            if (kn_store_unit_is_within (store, kn_employee_get_unit_id (employee),
                                         kn_org_unit_get_id (unit)))
              g_ptr_array_add (people, kn_store_lookup_employee (store, kn_employee_get_id (employee)));
          }
      }

    for (guint i = 0; i < people->len; i++)
      {
        KnEmployee *employee = g_ptr_array_index (people, i);
        g_autoptr(GError) local_error = NULL;
        KnReport *report;

        if (kind == KN_DOCUMENT_SKP)
          report = kn_report_build_skp (store, kn_employee_get_id (employee), year, &local_error);
        else
          report = kn_report_build_evaluation (store, kind, kn_employee_get_id (employee), period,
                                               &local_error);
        if (report == NULL)
          {
            /* One person is an error; in a unit, those without an SKP are left out and counted. */
            if (nip != NULL)
              {
                print_error (local_error->message);
                return 1;
              }
            skipped++;
            continue;
          }
        g_ptr_array_add (reports, report);
      }
  }

  if (reports->len == 0)
    {
      print_error (_("Nobody there has an SKP for that year, so there is nothing to write."));
      return 1;
    }

  to_folder = unit != NULL && g_file_test (output, G_FILE_TEST_IS_DIR);
  if (to_folder)
    {
      for (guint i = 0; i < reports->len; i++)
        {
          KnReport *report = g_ptr_array_index (reports, i);
          g_autofree char *base = safe_file_name (report->employee.name);
          g_autofree char *digits = kn_nip_normalize (report->employee.nip);
          g_autofree char *file = g_strdup_printf ("%s-%s-%s.%s", document, digits != NULL ? digits : "",
                                                   base, xlsx ? "xlsx" : "pdf");
          g_autofree char *path = g_build_filename (output, file, NULL);
          gboolean ok;

          if (xlsx)
            ok = kn_export_reports_xlsx ((const KnReport *const *)&report, 1, paper, path, &error);
          else
            {
              g_autoptr(KnDocument) doc = kn_document_new_report (report, paper);

              ok = kn_document_write_pdf (doc, path, &error);
            }
          if (!ok)
            {
              print_error (error->message);
              return 1;
            }
        }
    }
  else
    {
      gboolean ok;

      if (xlsx)
        ok = kn_export_reports_xlsx ((const KnReport *const *)reports->pdata, reports->len, paper,
                                     output, &error);
      else
        {
          g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify)kn_document_free);

          for (guint i = 0; i < reports->len; i++)
            g_ptr_array_add (docs, kn_document_new_report (g_ptr_array_index (reports, i), paper));
          ok = kn_document_write_pdf_many ((KnDocument **)docs->pdata, docs->len, output, &error);
        }
      if (!ok)
        {
          print_error (error->message);
          return 1;
        }
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "%u document written to %s", "%u documents written to %s",
                        reports->len),
           reports->len, output);
  g_print ("\n");
  if (skipped > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u employee left out: no SKP for %u.\n",
                          "%u employees left out: no SKP for %u.\n", skipped),
             skipped, year);
  return 0;
}

/* kinerja-cli kompetensi */

static int
command_kompetensi (int    argc,
                    char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *paper_name = NULL;
  int year = 0;
  gboolean csv = FALSE;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database,
      N_("The database file (default: the user's Kinerja database)"), N_("FILE") },
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_name,
      N_("The unit (its sub-units included)"), N_("NAME") },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, N_("The year (default: this year)"), N_("YEAR") },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, N_("Write CSV with a header row"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the recap as an Excel workbook to this file"), N_("FILE") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("a4 or f4 (default a4)"), N_("PAPER") },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnTrainingRecap) recap = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  KnPaper paper = KN_PAPER_A4;
  KnOrgUnit *unit;

  if (!parse_options (entries, NULL,
                      _("Lists each employee's lesson hours (JP) of competence development in a "
                        "year, or writes the recap as an Excel workbook."),
                      &argc, &argv))
    return 2;
  if (unit_name == NULL)
    {
      print_error (_("Choose the unit: --unit NAME"));
      return 2;
    }
  if (year == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      year = g_date_time_get_year (now);
    }
  if (!kn_period_year_is_valid (year))
    {
      print_error (_("The year is written with four digits, for example 2026."));
      return 2;
    }
  if (paper_name != NULL && g_ascii_strcasecmp (paper_name, "f4") == 0)
    paper = KN_PAPER_F4;
  else if (paper_name != NULL && g_ascii_strcasecmp (paper_name, "a4") != 0)
    {
      print_error (_("The paper is a4 or f4."));
      return 2;
    }

  store = open_store (database);
  if (store == NULL)
    return 1;
  unit = kn_store_resolve_unit (store, unit_name, &error);
  if (unit == NULL)
    {
      print_error (error->message);
      return 1;
    }
  recap = kn_report_build_training_recap (store, kn_org_unit_get_id (unit), year, &error);
  if (recap == NULL)
    {
      print_error (error->message);
      return 1;
    }

  if (output != NULL)
    {
      if (!kn_export_training_xlsx (recap, paper, output, &error))
        {
          print_error (error->message);
          return 1;
        }
      g_print (_("Written: %s\n"), output);
      return 0;
    }

  if (csv)
    g_string_append (out, "nip,nama,jumlah_kegiatan,jp,memenuhi\n");
  for (guint i = 0; i < recap->rows->len; i++)
    {
      KnTrainingRecapRow *row = g_ptr_array_index (recap->rows, i);
      g_autofree char *digits = kn_nip_normalize (row->person.nip);
      gboolean reached = row->hours >= recap->target;

      if (csv)
        {
          char hours[G_ASCII_DTOSTR_BUF_SIZE];
          g_autofree char *count = g_strdup_printf ("%u", row->activities->len);

          g_ascii_formatd (hours, sizeof hours, "%.10g", row->hours);
          write_csv_field (out, digits, FALSE);
          write_csv_field (out, row->person.name, FALSE);
          write_csv_field (out, count, FALSE);
          write_csv_field (out, hours, FALSE);
          write_csv_field (out, reached ? "ya" : "tidak", TRUE);
        }
      else
        {
          g_autofree char *hours = kn_format_decimal (row->hours);
          g_autofree char *target = kn_format_decimal (recap->target);
          /* Translators: lesson hours (jam pelajaran) had of those owed this year */
          g_autofree char *jp = g_strdup_printf (_("%s of %s JP"), hours, target);

          g_string_append_printf (out, "%-21s  %s\n%-21s  %s · %s\n", row->person.nip,
                                  row->person.name, "", jp,
                                  reached ? _("reached") : _("not yet reached"));
        }
    }
  if (!csv)
    {
      g_autofree char *target = kn_format_decimal (recap->target);

      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "%u of %u employee has had their %s JP in %u.\n",
                                                "%u of %u employees have had their %s JP in %u.\n",
                                                recap->rows->len),
                              recap->reached, recap->rows->len, target, (guint) year);
    }

  fwrite (out->str, 1, out->len, stdout);
  return 0;
}

static const struct {
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} commands[] = {
  { "demo", command_demo, N_("Create a demo database") },
  { "distribusi", command_distribusi, N_("Check a unit's predikat against the allowed distribution") },
  { "employees", command_employees, N_("List employees (text or CSV)") },
  { "evaluasi", command_evaluasi, N_("List a unit's evaluations for a period") },
  { "export", command_export, N_("Write the official documents as PDF or Excel") },
  { "kompetensi", command_kompetensi, N_("Lesson hours (JP) of competence development per employee") },
  { "nip", command_nip, N_("Decode and check NIPs") },
  { "skp", command_skp, N_("Print an employee's SKP") },
  { "skp-template", command_skp_template, N_("List, save and apply RHK/IKI templates per jabatan") },
};

static void
print_usage (FILE *to)
{
  fprintf (to, "%s\n\n", _("Usage: kinerja-cli COMMAND [OPTIONS…]"));
  fprintf (to, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (to, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (to, "\n%s\n", _("“kinerja-cli COMMAND --help” shows the options of a command."));
}

int
main (int    argc,
      char **argv)
{
  kn_i18n_init ();

  if (argc < 2 || g_str_equal (argv[1], "help") || g_str_equal (argv[1], "--help") ||
      g_str_equal (argv[1], "-h"))
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? 2 : 0;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("kinerja-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        g_autofree char *prgname = g_strdup_printf ("kinerja-cli %s", commands[i].name);

        g_set_prgname (prgname);
        return commands[i].func (argc - 1, argv + 1);
      }

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), argv[1]);

    print_error (message);
    print_usage (stderr);
  }
  return 2;
}
