/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli kompetensi */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-cli-private.h"

int
kn_cli_kompetensi (int    argc,
                   char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *paper_name = NULL;
  g_autofree char *year_text = NULL;
  int year = 0;
  gboolean csv = FALSE;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    kn_cli_unit_option (&unit_name, N_("The unit (its sub-units included)")),
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text, N_("The year (default: this year)"), N_("YEAR") },
    kn_cli_csv_option (&csv),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the recap as an Excel workbook to this file"), N_("FILE") },
    kn_cli_paper_option (&paper_name),
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnTrainingRecap) recap = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  KnPaper paper = KN_PAPER_A4;
  KnOrgUnit *unit;
  int exit_code;

  if (!kn_cli_parse_options (entries, NULL,
                      _("Lists each employee's lesson hours (JP) of competence development in a "
                        "year, or writes the recap as an Excel workbook."),
                      &argc, &argv))
    return 2;
  if (unit_name == NULL)
    {
      kn_cli_print_error (_("Choose the unit: --unit NAME"));
      return 2;
    }
  if (!kn_cli_parse_year (year_text, &year))
    return 2;
  if (year == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      year = g_date_time_get_year (now);
    }
  if (!kn_period_year_is_valid (year))
    {
      kn_cli_print_error (_("The year is written with four digits, for example 2026."));
      return 2;
    }
  if (!kn_cli_parse_paper (paper_name, &paper))
    return 2;
  if (!kn_cli_check_extension ("-o", output, TRUE))
    return 2;

  exit_code = kn_cli_open_unit (database, KN_STORE_OPEN_READ_ONLY, unit_name, &store, &unit);
  if (exit_code != KN_CLI_EXIT_OK)
    return exit_code;
  recap = kn_report_build_training_recap (store, kn_org_unit_get_id (unit), year, &error);
  if (recap == NULL)
    return kn_cli_fail (error);

  if (output != NULL)
    {
      kn_cli_clean_stale_beside (output);
      if (!kn_export_training_xlsx (recap, paper, output, &error))
        return kn_cli_fail (error);
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
          kn_cli_write_csv_field (out, digits, FALSE);
          kn_cli_write_csv_field (out, row->person.name, FALSE);
          kn_cli_write_csv_field (out, count, FALSE);
          kn_cli_write_csv_field (out, hours, FALSE);
          kn_cli_write_csv_field (out, reached ? "ya" : "tidak", TRUE);
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
