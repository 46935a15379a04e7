/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli skm import FILE … / skm hasil --unit NAME --period P: Survei Kepuasan Masyarakat */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-skm-document.h"
#include "kinerja/kn-skm-export.h"
#include "kinerja/kn-skm-import.h"
#include "kinerja/kn-skm-report.h"
#include "kinerja/kn-store-survey.h"

#include "kn-cli-private.h"

/* "82.47": machine text for CSV, whatever the locale. */
static char *
hundredths_to_machine (gint64 hundredths)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", hundredths / 100, (int)(hundredths % 100));
}

static gboolean
parse_population (const char *text,
                  guint64    *population)
{
  g_autoptr(GError) error = NULL;

  *population = 0;
  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, population, &error))
    {
      kn_cli_print_errorf (_("--populasi “%s”: give the number of people served in the period, "
                             "for example 250."), text);
      return FALSE;
    }
  return TRUE;
}

/* Prints @result of @survey (all the unit's services of the period merged). */
static void
print_result (GString           *out,
              KnOrgUnit         *unit,
              const KnPeriod    *period,
              GPtrArray         *surveys,
              KnSkmSurvey       *merged,
              const KnSkmResult *result,
              gboolean           has_ikm,
              gboolean           csv)
{
  if (csv)
    {
      g_string_append (out, "kode,unsur,jawaban,nrr,nilai,mutu\n");
      for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
        {
          const KnSkmUnsurResult *r = &result->unsur[u];
          g_autofree char *answers = g_strdup_printf ("%u", r->n_answers);
          g_autofree char *nrr = r->n_answers > 0 ? hundredths_to_machine (r->nrr_hundredths)
                                                  : g_strdup ("");
          g_autofree char *index = r->n_answers > 0 ? hundredths_to_machine (r->index_hundredths)
                                                    : g_strdup ("");

          kn_cli_write_csv_field (out, kn_skm_unsur_code (u), FALSE);
          kn_cli_write_csv_field (out, kn_skm_unsur_name (u), FALSE);
          kn_cli_write_csv_field (out, answers, FALSE);
          kn_cli_write_csv_field (out, nrr, FALSE);
          kn_cli_write_csv_field (out, index, FALSE);
          kn_cli_write_csv_field (out, kn_skm_mutu_letter (r->mutu), TRUE);
        }
      {
        g_autofree char *respondents = g_strdup_printf ("%u", result->n_respondents);
        g_autofree char *ikm = has_ikm ? hundredths_to_machine (result->ikm_hundredths)
                                       : g_strdup ("");

        kn_cli_write_csv_field (out, "IKM", FALSE);
        kn_cli_write_csv_field (out, "Indeks Kepuasan Masyarakat", FALSE);
        kn_cli_write_csv_field (out, respondents, FALSE);
        kn_cli_write_csv_field (out, "", FALSE);
        kn_cli_write_csv_field (out, ikm, FALSE);
        kn_cli_write_csv_field (out, kn_skm_mutu_letter (result->mutu), TRUE);
      }
      return;
    }

  {
    g_autofree char *period_label = kn_period_label (period);
    g_autoptr(GString) services = g_string_new (NULL);

    for (guint i = 0; i < surveys->len; i++)
      g_string_append_printf (services, "%s%s", i > 0 ? ", " : "",
                              ((KnSkmSurvey *)g_ptr_array_index (surveys, i))->service);
    g_string_append_printf (out, "%s — %s, %s\n", _("Survei Kepuasan Masyarakat"),
                            kn_org_unit_get_name (unit), period_label);
    g_string_append_printf (out, "%s: %s\n", _("Jenis layanan"), services->str);
    g_string_append_printf (out, _("Respondents: %u (questionnaires: %u)"),
                            result->n_respondents, result->n_rows);
    g_string_append_c (out, '\n');
    if (merged->population > 0)
      {
        guint sample = kn_skm_min_sample (merged->population);
        g_autofree char *population = g_strdup_printf ("%" G_GUINT64_FORMAT, merged->population);

        g_string_append_printf (out,
                                kn_skm_sample_reached (result->n_respondents, merged->population)
                                ? _("Minimum sample for %s people served: %u — reached")
                                : _("Minimum sample for %s people served: %u — NOT reached"),
                                population, sample);
      }
    else
      g_string_append (out, _("Minimum sample: the number of people served is not known "
                              "(give --populasi when importing)"));
    g_string_append (out, "\n\n");
  }

  g_string_append_printf (out, "%-4s %-44s %8s %6s %7s\n", "", _("Unsur"), _("Answers"), "NRR",
                          "NRR×25");
  for (guint u = 0; u < KN_SKM_N_UNSUR; u++)
    {
      const KnSkmUnsurResult *r = &result->unsur[u];
      g_autofree char *nrr = r->n_answers > 0 ? kn_skm_format_hundredths (r->nrr_hundredths)
                                              : g_strdup ("—");
      g_autofree char *index = r->n_answers > 0 ? kn_skm_format_hundredths (r->index_hundredths)
                                                : g_strdup ("—");

      g_string_append_printf (out, "%-4s %-44s %8u %6s %7s\n", kn_skm_unsur_code (u),
                              kn_skm_unsur_name (u), r->n_answers, nrr, index);
    }
  g_string_append_c (out, '\n');
  if (has_ikm)
    {
      g_autofree char *ikm = kn_skm_format_hundredths (result->ikm_hundredths);
      g_autofree char *weakest = kn_skm_describe_weakest (result);

      g_string_append_printf (out, "IKM: %s\n", ikm);
      g_string_append_printf (out, "%s: %s (%s)\n", _("Mutu pelayanan"),
                              kn_skm_mutu_letter (result->mutu), kn_skm_mutu_label (result->mutu));
      g_string_append_printf (out, "%s\n", weakest);
    }
}

/* Prints @heading (nullable) on a line of its own, then the result of @surveys merged into one.
 * FALSE with @error when the answers give no IKM (the unsur are printed still). */
static gboolean
print_surveys (const char      *heading,
               KnOrgUnit       *unit,
               const KnPeriod  *period,
               GPtrArray       *surveys,
               gboolean         csv,
               GError         **error)
{
  g_autoptr(KnSkmSurvey) merged = kn_skm_survey_merge (surveys);
  g_autoptr(GString) out = g_string_new (NULL);
  KnSkmResult result;
  gboolean has_ikm;

  if (heading != NULL)
    g_string_append_printf (out, "%s\n", heading);
  has_ikm = kn_skm_compute (merged->answers, merged->n_rows, &result, error);
  print_result (out, unit, period, surveys, merged, &result, has_ikm, csv);
  fwrite (out->str, 1, out->len, stdout);
  return has_ikm;
}

int
kn_cli_write_skm_report (const char *database,
                         const char *unit_name,
                         const char *period,
                         KnPaper     paper,
                         gboolean    xlsx,
                         const char *output)
{
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnSkmReport) report = NULL;
  g_autoptr(GError) error = NULL;
  KnOrgUnit *unit = NULL;
  gboolean written = FALSE;
  int exit_code;

  exit_code = kn_cli_open_unit_period (database, KN_STORE_OPEN_READ_ONLY, unit_name, period, &store,
                                       &unit, NULL);
  if (exit_code != KN_CLI_EXIT_OK)
    return exit_code;

  report = kn_skm_report_new (store, kn_org_unit_get_id (unit), period, NULL, &error);
  if (report != NULL)
    written = xlsx ? kn_skm_export_xlsx (report, paper, output, &error)
                   : kn_skm_document_write_pdf (report, paper, output, &error);
  if (report == NULL || !written)
    return kn_cli_fail (error);
  g_print (_("Written: %s\n"), output);
  return KN_CLI_EXIT_OK;
}

static int
skm_hasil (int    argc,
           char **argv)
{
  int exit_code;
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *period = NULL;
  g_autofree char *service = NULL;
  gboolean csv = FALSE;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    kn_cli_unit_option (&unit_name, N_("The unit that held the survey")),
    kn_cli_period_option (&period),
    { "layanan", 'l', 0, G_OPTION_ARG_STRING, &service,
      N_("Only this jenis layanan (default: all of the unit's services in the period)"),
      N_("NAME") },
    kn_cli_csv_option (&csv),
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GPtrArray) surveys = NULL;
  g_autoptr(GError) error = NULL;
  KnOrgUnit *unit = NULL;
  KnPeriod parsed;

  if (!kn_cli_parse_options (entries, NULL,
                             _("Prints a unit's Survei Kepuasan Masyarakat of a period: the NRR "
                               "of each unsur, the IKM and its mutu.\n\n"
                               "Commands (each with its own --help):\n"
                               "  skm hasil      the results of a period (the default)\n"
                               "  skm import     import a survey's answers from Excel or CSV\n"
                               "  skm laporan    write the survey report as PDF or Excel (-o FILE)"),
                             &argc, &argv))
    return 2;

  exit_code = kn_cli_open_unit_period (database, KN_STORE_OPEN_READ_ONLY, unit_name, period, &store,
                                       &unit, &parsed);
  if (exit_code != KN_CLI_EXIT_OK)
    return exit_code;

  surveys = kn_store_list_surveys (store, kn_org_unit_get_id (unit), period);
  if (service != NULL)
    {
      g_autofree char *key = g_utf8_casefold (service, -1);

      for (guint i = surveys->len; i-- > 0;)
        {
          g_autofree char *other = g_utf8_casefold (((KnSkmSurvey *)g_ptr_array_index (surveys, i))->service, -1);

          if (!g_str_equal (key, other))
            g_ptr_array_remove_index (surveys, i);
        }
    }
  if (surveys->len == 0)
    {
      g_autofree char *label = kn_period_label (&parsed);

      kn_cli_print_errorf (_("%s has no survey for %s. Import one with “kinerja-cli skm import”."),
                           kn_org_unit_get_name (unit), label);
      return 1;
    }

  if (!print_surveys (NULL, unit, &parsed, surveys, csv, &error))
    return kn_cli_fail (error);
  return 0;
}

static int
skm_import (int    argc,
            char **argv)
{
  int exit_code;
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *period = NULL;
  g_autofree char *service = NULL;
  g_autofree char *population_text = NULL;
  g_autofree char *sheet = NULL;
  gboolean dry_run = FALSE;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    kn_cli_unit_option (&unit_name, N_("The unit that held the survey")),
    { "layanan", 'l', 0, G_OPTION_ARG_STRING, &service,
      N_("The jenis layanan the survey asked about"), N_("NAME") },
    kn_cli_period_option (&period),
    { "populasi", 0, 0, G_OPTION_ARG_STRING, &population_text,
      N_("The number of people served in the period, for the minimum sample"), N_("N") },
    { "sheet", 0, 0, G_OPTION_ARG_STRING, &sheet,
      N_("The sheet of an XLSX workbook (default: the first)"), N_("NAME") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check the file and print the result without saving anything"), NULL },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnTableReader) reader = NULL;
  g_autoptr(KnSkmSurvey) survey = NULL;
  g_autoptr(GPtrArray) surveys = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  KnOrgUnit *unit = NULL;
  KnPeriod parsed;

  if (!kn_cli_parse_options (entries, N_("FILE"),
                             _("Imports a survey's questionnaires from CSV or XLSX: one row per "
                               "respondent, one column per unsur (U1 … U9), answers as 1–4 or "
                               "the option words. Nothing is saved when any answer cannot be "
                               "read."),
                             &argc, &argv))
    return 2;
  if (argc != 2)
    {
      kn_cli_print_error (_("Give one file to import, for example: kinerja-cli skm import "
                            "survei.xlsx --unit \"Dinas Pendidikan\" --layanan \"Legalisir "
                            "Ijazah\" --period 2026-TW1"));
      return 2;
    }
  if (service == NULL || *g_strstrip (service) == '\0')
    {
      kn_cli_print_error (_("Give the jenis layanan, for example: --layanan \"Legalisir Ijazah\""));
      return 2;
    }
  if (!parse_population (population_text, &(guint64){ 0 }))
    return 2;

  exit_code = kn_cli_open_unit_period (database, KN_STORE_OPEN_EXISTING, unit_name, period, &store,
                                       &unit, &parsed);
  if (exit_code != KN_CLI_EXIT_OK)
    return exit_code;

  if (!kn_cli_check_input_file (argv[1]))
    return KN_CLI_EXIT_FAILED;
  reader = kn_table_reader_new_for_path (argv[1], sheet, &error);
  if (reader != NULL)
    survey = kn_skm_import_read (reader, &error);
  if (survey == NULL)
    return kn_cli_fail (error);
  survey->unit_id = kn_org_unit_get_id (unit);
  survey->period = kn_period_to_string (&parsed);
  survey->service = g_strdup (service);
  parse_population (population_text, &survey->population);

  if (!dry_run && !kn_store_save_survey (store, survey, &error))
    return kn_cli_fail (error);

  surveys = g_ptr_array_new ();
  g_ptr_array_add (surveys, survey);
  if (dry_run)
    heading = g_strdup (_("Checked only (--dry-run): nothing was saved."));
  else
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u questionnaire.",
                                            "Imported %u questionnaires.", survey->n_rows),
                               survey->n_rows);
  /* Saved, so done: answers too few for an IKM are for the report to say, not a failure. */
  print_surveys (heading, unit, &parsed, surveys, FALSE, NULL);
  return 0;
}

static int
skm_laporan (int    argc,
             char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *period = NULL;
  g_autofree char *output = NULL;
  g_autofree char *paper_name = NULL;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    kn_cli_unit_option (&unit_name, N_("The unit that held the survey")),
    kn_cli_period_option (&period),
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: .pdf or .xlsx"), N_("FILE") },
    kn_cli_paper_option (&paper_name),
    { NULL }
  };
  KnPaper paper = KN_PAPER_A4;

  if (!kn_cli_parse_options (entries, NULL,
                             _("Writes the Laporan Hasil Survei Kepuasan Masyarakat of a unit "
                               "and period as PDF or Excel."),
                             &argc, &argv))
    return 2;
  if (output == NULL ||
      (!g_str_has_suffix (output, ".pdf") && !g_str_has_suffix (output, ".xlsx")))
    {
      kn_cli_print_error (_("Give the file to write, ending in .pdf or .xlsx, for example: "
                            "--output laporan-skm.pdf"));
      return 2;
    }
  if (!kn_cli_parse_paper (paper_name, &paper))
    return 2;

  return kn_cli_write_skm_report (database, unit_name, period, paper,
                                  g_str_has_suffix (output, ".xlsx"), output);
}

int
kn_cli_skm (int    argc,
            char **argv)
{
  static const KnCliSubcommand subcommands[] = {
    { "hasil", skm_hasil },
    { "import", skm_import },
    { "laporan", skm_laporan },
  };

  return kn_cli_run_subcommand (subcommands, G_N_ELEMENTS (subcommands), argc, argv);
}
