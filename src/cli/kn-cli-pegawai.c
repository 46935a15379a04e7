/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli pegawai: a person's history — status, mutasi, jabatan, pangkat, Plt./Plh. — recorded with
 * its date, and listed. */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-cell-check.h"
#include "kinerja/kn-history.h"

#include "kn-cli-private.h"

typedef struct
{
  char     *database;
  char     *tmt;
  char     *until;
  char     *unit;
  char     *supervisor;
  char     *acting_for;
  char     *kind;
  char     *decree;
  gboolean  plh;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->database);
  g_free (options->tmt);
  g_free (options->until);
  g_free (options->unit);
  g_free (options->supervisor);
  g_free (options->acting_for);
  g_free (options->kind);
  g_free (options->decree);
}

/* @text as an ISO date ("2026-07-01", "01-07-2026", "1 Juli 2026"); NULL after saying why. */
static char *
parse_day (const char *text,
           const char *option)
{
  GDate date;

  g_date_clear (&date, 1);
  if (text == NULL || !kn_cell_parse_date_text (text, &date))
    {
      g_autofree char *message = NULL;

      if (text == NULL)
        message = g_strdup_printf (_("Give the date: %s DATE (for example 2026-07-01)."), option);
      else
        message = g_strdup_printf (_("%s: “%s” is not a date; write it as 2026-07-01 or "
                                     "01-07-2026."), option, text);
      kn_cli_print_error (message);
      return NULL;
    }
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* The id of the person of @nip, given as @option; 0, having said so, when nobody has it. */
static gint64
find_person_id (KnStore    *store,
                const char *option,
                const char *nip)
{
  KnEmployee *employee = kn_cli_find_employee (store, option, nip);

  return employee != NULL ? kn_employee_get_id (employee) : 0;
}

/* The id of the unit @name names (a name or a path); 0, having said why, when none. */
static gint64
find_unit_id (KnStore    *store,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  KnOrgUnit *unit = kn_store_resolve_unit (store, name, &error);

  if (unit == NULL)
    {
      kn_cli_print_error (error->message);
      return 0;
    }
  return kn_org_unit_get_id (unit);
}

static void
print_entry (KnStore              *store,
             const KnHistoryEntry *entry)
{
  g_autofree char *day = kn_format_iso_date (entry->start_date);
  g_autofree char *what = kn_store_describe_history (store, entry);

  g_print ("%-20s %s", day, what);
  if (entry->decree != NULL)
    g_print (" — %s", entry->decree);
  g_print ("\n");
}

static int
riwayat (KnStore    *store,
         KnEmployee *employee)
{
  g_autoptr(GPtrArray) history = kn_store_list_history (store, kn_employee_get_id (employee));
  g_autofree char *nip = kn_nip_format (kn_employee_get_nip (employee));

  g_print ("%s %s\n", nip, kn_employee_get_name (employee));
  if (history->len == 0)
    g_print ("%s\n", _("No dated changes are recorded."));
  for (guint i = 0; i < history->len; i++)
    print_entry (store, history->pdata[i]);

  /* An SKP the old atasan approved waits for the new one after a mutasi in its year (the
   * entries are by date: each year once). */
  for (guint i = 0, last_year = 0; i < history->len; i++)
    {
      const KnHistoryEntry *entry = history->pdata[i];
      guint year = (guint) g_ascii_strtoull (entry->start_date, NULL, 10);
      g_autofree char *date = NULL;
      g_autofree char *day = NULL;
      gint64 assessor = 0;
      KnEmployee *new_assessor;

      if (entry->kind != KN_HISTORY_MUTASI || year == last_year)
        continue;
      last_year = year;
      if (!kn_store_plan_needs_reapproval (store, kn_employee_get_id (employee), year, &assessor,
                                           &date))
        continue;
      day = kn_format_iso_date (date);
      new_assessor = assessor != 0 ? kn_store_lookup_employee (store, assessor) : NULL;
      /* Translators: the year, the new atasan, the day of the transfer */
      g_print (_("SKP %u: to be approved again by the new atasan, %s (transfer of %s)\n"), year,
               new_assessor != NULL ? kn_employee_get_name (new_assessor) : "—", day);
    }
  return 0;
}

int
kn_cli_pegawai (int    argc,
                char **argv)
{
  Options options = { 0 };
  GOptionEntry entries[] = {
    kn_cli_database_option (&options.database),
    { "tmt", 0, 0, G_OPTION_ARG_STRING, &options.tmt,
      N_("The day it takes effect (TMT); for plt the first day"), N_("DATE") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &options.until,
      N_("plt: the last day (default: open)"), N_("DATE") },
    kn_cli_unit_option (&options.unit,
                        N_("mutasi: the new unit; plt: the unit whose vacant head post is acted in")),
    { "atasan", 0, 0, G_OPTION_ARG_STRING, &options.supervisor,
      N_("mutasi: the NIP of the new atasan"), N_("NIP") },
    { "for", 0, 0, G_OPTION_ARG_STRING, &options.acting_for,
      N_("plt: the NIP of the official acted for"), N_("NIP") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &options.kind,
      N_("jabatan: the kind (ahli-muda, administrator, pelaksana, …)"), N_("KIND") },
    { "plh", 0, 0, G_OPTION_ARG_NONE, &options.plh,
      N_("plt: a Plh. (pelaksana harian) rather than a Plt."), NULL },
    { "sk", 0, 0, G_OPTION_ARG_STRING, &options.decree, N_("The number of the decree (SK)"),
      N_("NUMBER") },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnHistoryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  KnEmployee *employee;
  const char *action;
  int status = 2;

  if (!kn_cli_parse_options (entries, _("status|mutasi|jabatan|pangkat|plt|riwayat NIP [VALUE]"),
                             _("Records a person's status, transfer (mutasi), jabatan, kenaikan "
                               "pangkat or acting post (Plt./Plh.) from a date, or lists their "
                               "history (riwayat). Examples:\n"
                               "  pegawai status NIP pensiun --tmt 2026-06-01\n"
                               "  pegawai mutasi NIP --unit \"Bidang SMK\" --atasan NIP "
                               "--tmt 2026-07-01\n"
                               "  pegawai jabatan NIP \"Analis SDM Aparatur Ahli Muda\" "
                               "--kind ahli-muda --tmt 2026-04-01\n"
                               "  pegawai pangkat NIP III/d --tmt 2026-04-01 --sk 823/041/2026\n"
                               "  pegawai plt NIP \"Kepala Bidang SMA\" --for NIP "
                               "--tmt 2026-02-01 --until 2026-02-28\n"
                               "  pegawai riwayat NIP"),
                             &argc, &argv))
    goto out;
  if (argc < 3)
    {
      kn_cli_print_error (_("Name what to do and the person's NIP, for example: pegawai "
                            "riwayat 198609262015051001"));
      goto out;
    }
  action = argv[1];
  if (!g_str_equal (action, "riwayat") && !g_str_equal (action, "status") &&
      !g_str_equal (action, "mutasi") && !g_str_equal (action, "jabatan") &&
      !g_str_equal (action, "pangkat") && !g_str_equal (action, "plt"))
    {
      kn_cli_print_errorf (_("Unknown action “%s”: use status, mutasi, "
                             "jabatan, pangkat, plt or riwayat."), action);
      goto out;
    }
  if ((g_str_equal (action, "status") || g_str_equal (action, "jabatan") ||
       g_str_equal (action, "pangkat") || g_str_equal (action, "plt")) && argc != 4)
    {
      kn_cli_print_error (g_str_equal (action, "status")
                          ? _("Give the status after the NIP: aktif, cuti, tugas-belajar, cltn, "
                              "pensiun, mutasi-keluar, meninggal or diberhentikan.")
                          : g_str_equal (action, "pangkat")
                          ? _("Give the new pangkat/golongan after the NIP, for example III/d "
                              "(PPPK: IX).")
                          : _("Give the name of the jabatan after the NIP, in quotes."));
      goto out;
    }

  status = 1;
  store = kn_cli_open_store (options.database, KN_STORE_OPEN_EXISTING);
  if (store == NULL)
    goto out;
  employee = kn_cli_find_employee (store, _("NIP"), argv[2]);
  if (employee == NULL)
    goto out;
  if (g_str_equal (action, "riwayat"))
    {
      status = riwayat (store, employee);
      goto out;
    }

  status = 2;
  if (g_str_equal (action, "status"))
    {
      entry = kn_history_entry_new (kn_employee_get_id (employee), KN_HISTORY_STATUS);
      if (!kn_person_status_from_string (argv[3], &entry->status))
        {
          kn_cli_print_errorf (_("“%s” is not a status. Use one of: "
                                 "aktif, cuti, tugas-belajar, cltn, "
                                 "pensiun, mutasi-keluar, meninggal, "
                                 "diberhentikan."), argv[3]);
          goto out;
        }
    }
  else if (g_str_equal (action, "mutasi"))
    {
      entry = kn_history_entry_new (kn_employee_get_id (employee), KN_HISTORY_MUTASI);
      if (options.unit == NULL)
        {
          kn_cli_print_error (_("Choose the new unit: --unit NAME"));
          goto out;
        }
      entry->unit_id = find_unit_id (store, options.unit);
      if (entry->unit_id != 0 && options.supervisor != NULL)
        entry->supervisor_id = find_person_id (store, "--atasan", options.supervisor);
      if (entry->unit_id == 0 || (options.supervisor != NULL && entry->supervisor_id == 0))
        {
          status = 1;
          goto out;
        }
    }
  else if (g_str_equal (action, "jabatan"))
    {
      entry = kn_history_entry_new (kn_employee_get_id (employee), KN_HISTORY_JABATAN);
      entry->position = g_strdup (argv[3]);
      entry->position_kind = kn_employee_get_position_kind (employee);
      if (options.kind != NULL &&
          !kn_position_kind_from_string (options.kind, &entry->position_kind))
        {
          kn_cli_print_errorf (_("“%s” is not a kind of jabatan (for "
                                 "example ahli-muda, administrator, "
                                 "pelaksana)."), options.kind);
          goto out;
        }
    }
  else if (g_str_equal (action, "pangkat"))
    {
      entry = kn_history_entry_new (kn_employee_get_id (employee), KN_HISTORY_PANGKAT);
      entry->rank = g_strdup (argv[3]);
    }
  else
    {
      entry = kn_history_entry_new (kn_employee_get_id (employee),
                                    options.plh ? KN_HISTORY_PLH : KN_HISTORY_PLT);
      entry->position = g_strdup (argv[3]);
      if (options.acting_for != NULL)
        {
          entry->acting_for_id = find_person_id (store, "--for", options.acting_for);
          if (entry->acting_for_id == 0)
            {
              status = 1;
              goto out;
            }
        }
      else if (options.unit != NULL)
        {
          entry->unit_id = find_unit_id (store, options.unit);
          if (entry->unit_id == 0)
            {
              status = 1;
              goto out;
            }
        }
      else
        {
          kn_cli_print_error (_("Name whom the Plt./Plh. acts for: --for NIP, or --unit NAME for "
                                "the vacant head post of a unit."));
          goto out;
        }
      if (options.until != NULL && (entry->end_date = parse_day (options.until, "--until")) == NULL)
        goto out;
    }

  entry->start_date = parse_day (options.tmt, "--tmt");
  if (entry->start_date == NULL)
    goto out;
  entry->decree = g_strdup (options.decree);

  status = 1;
  if (!kn_store_add_history (store, entry, &error))
    {
      kn_cli_print_error (error->message);
      status = kn_cli_exit_for_error (error);
      goto out;
    }
  g_print ("%s ", _("Recorded:"));
  print_entry (store, entry);
  status = 0;

out:
  options_clear (&options);
  return status;
}
