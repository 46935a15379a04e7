/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli export */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-cli-private.h"

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

int
kn_cli_export (int    argc,
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

  if (!kn_cli_parse_options (entries, NULL, _("Writes the official documents as PDF or Excel."), &argc, &argv))
    return 2;

  if (!parse_document_kind (document, &kind))
    {
      kn_cli_print_error (_("Choose the document: --document skp, evaluasi, dokumen or rekap"));
      return 2;
    }
  if (paper_name != NULL && g_ascii_strcasecmp (paper_name, "f4") == 0)
    paper = KN_PAPER_F4;
  else if (paper_name != NULL && g_ascii_strcasecmp (paper_name, "a4") != 0)
    {
      kn_cli_print_error (_("The paper is a4 or f4."));
      return 2;
    }
  if (format != NULL && g_ascii_strcasecmp (format, "xlsx") == 0)
    xlsx = TRUE;
  else if (format != NULL && g_ascii_strcasecmp (format, "pdf") != 0)
    {
      kn_cli_print_error (_("The format is pdf or xlsx."));
      return 2;
    }
  if (output == NULL || period == NULL || (nip == NULL && unit_name == NULL) ||
      (kind == KN_DOCUMENT_REKAP && unit_name == NULL))
    {
      kn_cli_print_error (_("Give the period, who (--nip NIP or --unit NAME; rekap needs --unit) and the output file (-o PATH)."));
      return 2;
    }

  /* For an SKP a year is enough; any period names its year. */
  if (kind == KN_DOCUMENT_SKP && strchr (period, '-') == NULL)
    {
      if (!kn_period_parse_year (period, &year, &error))
        {
          kn_cli_print_option_error ("--period", error->message);
          return 2;
        }
    }
  else if (!kn_period_parse (period, &parsed, &error))
    {
      kn_cli_print_option_error ("--period", error->message);
      return 2;
    }
  else
    year = parsed.year;

  store = kn_cli_open_store (database, KN_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return KN_CLI_EXIT_DATABASE;
  /* What an earlier, killed export left unfinished where this one writes. */
  if (g_file_test (output, G_FILE_TEST_IS_DIR))
    kn_output_file_clean_stale (output);
  else
    kn_cli_clean_stale_beside (output);

  if (unit_name != NULL)
    {
      unit = kn_store_resolve_unit (store, unit_name, &error);
      if (unit == NULL)
        {
          kn_cli_print_error (error->message);
          return 1;
        }
    }

  if (kind == KN_DOCUMENT_REKAP)
    {
      g_autoptr(KnRecapReport) recap = kn_report_build_recap (store, kn_org_unit_get_id (unit), period, &error);
      gboolean ok;

      if (recap == NULL)
        {
          kn_cli_print_error (error->message);
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
          kn_cli_print_error (error->message);
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

            kn_cli_print_error (message);
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
                kn_cli_print_error (local_error->message);
                return 1;
              }
            skipped++;
            continue;
          }
        /* A missing signer is said before the document goes out, not found on paper. */
        {
          g_autofree char *warning = kn_report_dup_signer_warning (report);

          if (warning != NULL)
            {
              g_autofree char *message = g_strdup_printf (_("Warning: %s"), warning);

              kn_cli_print_error (message);
            }
        }
        g_ptr_array_add (reports, report);
      }
  }

  if (reports->len == 0)
    {
      kn_cli_print_error (_("Nobody there has an SKP for that year, so there is nothing to write."));
      return 1;
    }

  to_folder = unit != NULL && g_file_test (output, G_FILE_TEST_IS_DIR);
  if (to_folder)
    {
      for (guint i = 0; i < reports->len; i++)
        {
          KnReport *report = g_ptr_array_index (reports, i);
          g_autofree char *file = kn_report_file_name (report, xlsx);
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
              kn_cli_print_error (error->message);
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
          /* Each document is drawn as soon as it is made: one document's layouts at a time. */
          g_autoptr(KnPdfWriter) writer = kn_pdf_writer_new (output, &error);

          for (guint i = 0; writer != NULL && i < reports->len; i++)
            {
              g_autoptr(KnDocument) doc = kn_document_new_report (g_ptr_array_index (reports, i),
                                                                  paper);

              kn_pdf_writer_add (writer, doc);
            }
          ok = writer != NULL && kn_pdf_writer_finish (writer, &error);
        }
      if (!ok)
        {
          kn_cli_print_error (error->message);
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
