/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli tim-penilai buat | anggota | tinjau | unit | daftar: the Tim Penilai Kinerja */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-store-review.h"

#include "kn-cli-private.h"

/* Opens @database to change it and finds the employee of @nip: the exit code, KN_CLI_EXIT_OK
 * with @store and @employee set. */
static int
open_for_employee (const char  *database,
                   const char  *nip,
                   KnStore    **store,
                   KnEmployee **employee)
{
  *store = kn_cli_open_store (database, KN_STORE_OPEN_EXISTING);
  if (*store == NULL)
    return KN_CLI_EXIT_DATABASE;
  *employee = kn_cli_find_employee (*store, "--nip", nip);
  return *employee != NULL ? KN_CLI_EXIT_OK : KN_CLI_EXIT_FAILED;
}

/* The team numbered @team, or NULL (said, naming --tim) when there is none. */
static KnReviewTeam *
find_team (KnStore *store,
           int      team)
{
  g_autoptr(GPtrArray) teams = kn_store_list_review_teams (store, 0);
  g_autofree char *message = NULL;

  for (guint i = 0; i < teams->len; i++)
    if (((KnReviewTeam *) g_ptr_array_index (teams, i))->id == team)
      return g_ptr_array_steal_index (teams, i);
  message = g_strdup_printf (_("There is no team %d; “kinerja-cli tim-penilai daftar” lists the "
                               "teams and their numbers."),
                             team);
  kn_cli_print_option_error ("--tim", message);
  return NULL;
}

static int
tim_buat (int    argc,
          char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *name = NULL;
  g_autofree char *decree = NULL;
  g_autofree char *unit_name = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    { "nama", 0, 0, G_OPTION_ARG_STRING, &name, N_("The team's name, as the decree writes it"),
      N_("NAME") },
    kn_cli_unit_option (&unit_name,
                        N_("The unit the team is formed for (name or path): it reviews that "
                           "unit and the units below it (default: the whole instansi)")),
    { "sk", 0, 0, G_OPTION_ARG_STRING, &decree, N_("The number of the decree (surat keputusan)"),
      N_("NUMBER") },
    { "tahun", 'y', 0, G_OPTION_ARG_INT, &year, N_("The year the team serves"), N_("YEAR") },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  KnOrgUnit *unit = NULL;
  int exit_code;
  gint64 id;

  if (!kn_cli_parse_options (entries, NULL, _("Forms a Tim Penilai Kinerja."), &argc, &argv))
    return 2;
  exit_code = kn_cli_open_unit (database, KN_STORE_OPEN_EXISTING, unit_name, &store, &unit);
  if (exit_code != KN_CLI_EXIT_OK)
    return exit_code;
  id = kn_store_add_unit_review_team (store, name, decree, year > 0 ? (guint)year : 0,
                                      unit != NULL ? kn_org_unit_get_id (unit) : 0, &error);
  if (id == 0)
    return kn_cli_fail (error);
  {
    g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

    g_print (_("Team %s formed: add its members with “kinerja-cli tim-penilai anggota --tim %s”."),
             number, number);
    g_print ("\n");
  }
  return 0;
}

static int
tim_anggota (int    argc,
             char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *nip = NULL;
  g_autofree char *role_text = NULL;
  gboolean remove = FALSE;
  int team = 0;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    { "tim", 't', 0, G_OPTION_ARG_INT, &team, N_("The team's number"), N_("N") },
    { "nip", 0, 0, G_OPTION_ARG_STRING, &nip, N_("The member's NIP"), N_("NIP") },
    { "peran", 0, 0, G_OPTION_ARG_STRING, &role_text,
      N_("ketua, sekretaris or anggota (default: anggota)"), N_("ROLE") },
    { "hapus", 0, 0, G_OPTION_ARG_NONE, &remove, N_("Remove the member from the team"), NULL },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KnReviewTeam) found = NULL;
  g_autofree char *shown = NULL;
  KnReviewRole role = KN_REVIEW_ROLE_ANGGOTA;
  KnEmployee *employee;
  int exit_code;
  gboolean ok;

  if (!kn_cli_parse_options (entries, NULL, _("Adds a member to a Tim Penilai Kinerja, or "
                                              "changes their role."), &argc, &argv))
    return 2;
  if (role_text != NULL && !kn_review_role_from_string (role_text, &role))
    {
      kn_cli_print_errorf (_("--peran “%s”: give ketua, sekretaris or anggota."), role_text);
      return 2;
    }
  exit_code = open_for_employee (database, nip, &store, &employee);
  if (exit_code != KN_CLI_EXIT_OK)
    return exit_code;
  found = find_team (store, team);
  if (found == NULL)
    return KN_CLI_EXIT_FAILED;
  if (remove)
    ok = kn_store_remove_review_member (store, team, kn_employee_get_id (employee), &error);
  else
    ok = kn_store_set_review_member (store, team, kn_employee_get_id (employee), role, &error);
  if (!ok)
    return kn_cli_fail (error);
  shown = kn_employee_dup_nip_display (employee);
  if (remove)
    g_print (_("%s is no longer a member of team %d (%s)."), shown, team, found->name);
  else
    g_print (_("%s is now %s of team %d (%s)."), shown, kn_review_role_label (role), team,
             found->name);
  g_print ("\n");
  return 0;
}

static int
tim_tinjau (int    argc,
            char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *nip = NULL;
  g_autofree char *period = NULL;
  g_autofree char *decision_text = NULL;
  g_autofree char *reason = NULL;
  int team = 0;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    { "tim", 't', 0, G_OPTION_ARG_INT, &team, N_("The team's number"), N_("N") },
    { "nip", 0, 0, G_OPTION_ARG_STRING, &nip, N_("The NIP of the employee reviewed"), N_("NIP") },
    kn_cli_period_option (&period),
    { "keputusan", 0, 0, G_OPTION_ARG_STRING, &decision_text,
      N_("diajukan (put before the team, which has not decided yet), setuju or tinjau-ulang"),
      N_("DECISION") },
    { "alasan", 0, 0, G_OPTION_ARG_STRING, &reason,
      N_("Why the evaluation should be reviewed (needed for tinjau-ulang)"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KnReviewTeam) found = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *label = NULL;
  KnReviewDecision decision;
  KnPeriod parsed = { 0, };
  KnEmployee *employee;
  int exit_code;

  if (!kn_cli_parse_options (entries, NULL, _("Records the team's decision on an employee's "
                                              "evaluation of a period."), &argc, &argv))
    return 2;
  if (!kn_review_decision_from_string (decision_text, &decision))
    {
      kn_cli_print_error (_("--keputusan: give diajukan, setuju or tinjau-ulang."));
      return 2;
    }
  exit_code = open_for_employee (database, nip, &store, &employee);
  if (exit_code != KN_CLI_EXIT_OK)
    return exit_code;
  if (period == NULL)
    {
      kn_cli_print_error (_("Give the period, for example: --period 2026-TW1"));
      return KN_CLI_EXIT_USAGE;
    }
  if (!kn_cli_parse_period (store, period, &parsed))
    return KN_CLI_EXIT_USAGE;
  found = find_team (store, team);
  if (found == NULL)
    return KN_CLI_EXIT_FAILED;
  if (!kn_store_record_review (store, team, kn_employee_get_id (employee), period, decision,
                               reason, &error))
    return kn_cli_fail (error);
  shown = kn_employee_dup_nip_display (employee);
  label = kn_period_label (&parsed);
  g_print (_("Team %d (%s), %s, %s: recorded “%s”."), team, found->name, shown, label,
           kn_review_decision_label (decision));
  g_print ("\n");
  return 0;
}

/* Turns review on or off for a unit (and its sub-units), or says whether it is on. */
static int
tim_unit (int    argc,
          char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  gboolean on = FALSE;
  gboolean off = FALSE;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    { "unit", 'u', 0, G_OPTION_ARG_STRING, &unit_name, N_("The unit (name or path)"),
      N_("UNIT") },
    { "aktif", 0, 0, G_OPTION_ARG_NONE, &on,
      N_("Turn review on: the unit's evaluations are finalised only after the team agreed"),
      NULL },
    { "nonaktif", 0, 0, G_OPTION_ARG_NONE, &off, N_("Turn review off for the unit"), NULL },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GError) error = NULL;
  KnOrgUnit *unit;
  int exit_code;
  gint64 from;

  if (!kn_cli_parse_options (entries, NULL, _("Turns review by the Tim Penilai Kinerja on or "
                                              "off for a unit and its sub-units, or says "
                                              "whether it is on."), &argc, &argv))
    return 2;
  if (unit_name == NULL)
    {
      kn_cli_print_error (_("Give the unit, for example: --unit \"Dinas Pendidikan\""));
      return 2;
    }
  if (on && off)
    {
      kn_cli_print_error (_("Give either --aktif or --nonaktif, not both."));
      return 2;
    }
  exit_code = kn_cli_open_unit (database, on || off ? KN_STORE_OPEN_EXISTING
                                                    : KN_STORE_OPEN_READ_ONLY,
                                unit_name, &store, &unit);
  if (exit_code != KN_CLI_EXIT_OK)
    return exit_code;
  if ((on || off) &&
      !kn_store_set_unit_review (store, kn_org_unit_get_id (unit), on, &error))
    return kn_cli_fail (error);

  from = kn_store_unit_review_from (store, kn_org_unit_get_id (unit));
  if (from == 0)
    g_print (_("%s: review by the Tim Penilai Kinerja is off."), kn_org_unit_get_path (unit));
  else if (from == kn_org_unit_get_id (unit))
    g_print (_("%s: review by the Tim Penilai Kinerja is on; evaluations are finalised only "
               "after the team agreed."), kn_org_unit_get_path (unit));
  else
    {
      KnOrgUnit *parent = kn_store_lookup_unit (store, from);

      g_print (_("%s: review by the Tim Penilai Kinerja is on, from %s; evaluations are "
                 "finalised only after the team agreed."),
               kn_org_unit_get_path (unit), parent != NULL ? kn_org_unit_get_path (parent) : "");
    }
  g_print ("\n");
  return 0;
}

static int
tim_daftar (int    argc,
            char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *period = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    { "tahun", 'y', 0, G_OPTION_ARG_INT, &year, N_("Only the teams of this year"), N_("YEAR") },
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period,
      N_("Also each team's decisions of this period"), N_("PERIOD") },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GPtrArray) teams = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  KnPeriod parsed;

  if (!kn_cli_parse_options (entries, NULL, _("Lists the Tim Penilai Kinerja, their members "
                                              "and, for a period, their decisions.\n\n"
                                              "Commands (each with its own --help):\n"
                                              "  tim-penilai daftar     the teams (the default)\n"
                                              "  tim-penilai buat       form a team for a year\n"
                                              "  tim-penilai anggota    add a member to a team\n"
                                              "  tim-penilai tinjau     record the team's decision on a person\n"
                                              "  tim-penilai unit       turn review on or off for a unit"),
                             &argc, &argv))
    return 2;
  store = kn_cli_open_store (database, KN_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return KN_CLI_EXIT_DATABASE;
  if (period != NULL && !kn_cli_parse_period (store, period, &parsed))
    return KN_CLI_EXIT_USAGE;

  teams = kn_store_list_review_teams (store, year > 0 ? (guint)year : 0);
  for (guint i = 0; i < teams->len; i++)
    {
      KnReviewTeam *team = g_ptr_array_index (teams, i);
      g_autoptr(GArray) members = kn_store_list_review_members (store, team->id);
      KnOrgUnit *unit = team->unit_id != 0 ? kn_store_lookup_unit (store, team->unit_id) : NULL;

      g_string_append_printf (out, "%" G_GINT64_FORMAT "  %s (%u)%s%s%s%s\n", team->id,
                              team->name, team->year, unit != NULL ? " · " : "",
                              unit != NULL ? kn_org_unit_get_path (unit) : "",
                              team->decree != NULL ? " — SK " : "",
                              team->decree != NULL ? team->decree : "");
      for (guint m = 0; m < members->len; m++)
        {
          KnReviewMember *member = &g_array_index (members, KnReviewMember, m);
          KnEmployee *employee = kn_store_lookup_employee (store, member->employee_id);
          g_autofree char *nip = employee != NULL ? kn_employee_dup_nip_display (employee) : NULL;

          g_string_append_printf (out, "   %-10s %-21s %s\n", kn_review_role_label (member->role),
                                  kn_cli_or_dash (nip),
                                  employee != NULL ? kn_employee_get_name (employee) : "—");
        }
      if (period != NULL)
        {
          g_autoptr(GPtrArray) reviews = kn_store_list_reviews (store, team->id, period);

          for (guint r = 0; r < reviews->len; r++)
            {
              KnReviewEntry *entry = g_ptr_array_index (reviews, r);
              KnEmployee *employee = kn_store_lookup_employee (store, entry->employee_id);

              g_string_append_printf (out, "   %s · %s: %s%s%s\n", entry->period,
                                      employee != NULL ? kn_employee_get_name (employee) : "—",
                                      kn_review_decision_label (entry->decision),
                                      entry->reason != NULL ? " — " : "",
                                      entry->reason != NULL ? entry->reason : "");
            }
        }
    }
  if (teams->len == 0)
    g_string_append_printf (out, "%s\n", _("No review team has been formed."));
  fwrite (out->str, 1, out->len, stdout);
  return 0;
}

int
kn_cli_tim_penilai (int    argc,
                    char **argv)
{
  static const KnCliSubcommand subcommands[] = {
    { "daftar", tim_daftar },
    { "buat", tim_buat },
    { "anggota", tim_anggota },
    { "tinjau", tim_tinjau },
    { "unit", tim_unit },
  };

  return kn_cli_run_subcommand (subcommands, G_N_ELEMENTS (subcommands), argc, argv);
}
