/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli: libkinerja from the command line, for office administrators and scripts. */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-cli-private.h"

static const struct {
  const char       *name;
  KnCliCommandFunc  func;
  const char       *summary;
} commands[] = {
  { "backup", kn_cli_backup, N_("Write a checked backup of the database") },
  { "demo", kn_cli_demo, N_("Create a demo database") },
  { "distribusi", kn_cli_distribusi, N_("Check a unit's predikat against the allowed distribution") },
  { "employees", kn_cli_employees, N_("List employees (text or CSV)") },
  { "evaluasi", kn_cli_evaluasi, N_("List a unit's evaluations for a period") },
  { "export", kn_cli_export, N_("Write the official documents as PDF or Excel") },
  { "import", kn_cli_import, N_("Import employees or training activities from Excel or CSV") },
  { "kompetensi", kn_cli_kompetensi, N_("Lesson hours (JP) of competence development per employee") },
  { "pegawai", kn_cli_pegawai, N_("Record a person's status, transfer, jabatan or Plt./Plh.; list their history") },
  { "nip", kn_cli_nip, N_("Decode and check NIPs") },
  { "restore", kn_cli_restore, N_("Replace the database by a backup (keeping a copy of it)") },
  { "server", kn_cli_server, N_("Set up a PostgreSQL server's database, or move a file into it") },
  { "skp", kn_cli_skp, N_("Print an employee's SKP") },
  { "skp-template", kn_cli_skp_template, N_("List, save and apply RHK/IKI templates per jabatan") },
  { "skm", kn_cli_skm, N_("Survei Kepuasan Masyarakat: import a survey, print its IKM") },
  { "tim-penilai", kn_cli_tim_penilai, N_("Tim Penilai Kinerja: teams, members and their decisions") },
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
  /* Ctrl+C or a kill while a file is written removes its unfinished temporary file. */
  kn_output_file_install_signal_handlers ();

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
    kn_cli_print_errorf (_("Unknown command “%s”."), argv[1]);
    print_usage (stderr);
  }
  return 2;
}
