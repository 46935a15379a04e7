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

/* --document skm: a unit's Laporan Hasil Survei Kepuasan Masyarakat of the period, written by
 * the same writers as kinerja-cli skm laporan and the window's places (one page, one file). */
static int
export_skm (const char *database,
            const char *unit_name,
            const char *nip,
            const char *period,
            KnPaper     paper,
            gboolean    xlsx,
            const char *output)
{
  if (nip != NULL || unit_name == NULL || period == NULL || output == NULL)
    {
      kn_cli_print_error (_("The SKM report is a unit's: give the period, the unit (--unit NAME, not --nip) and the output file (-o PATH)."));
      return KN_CLI_EXIT_USAGE;
    }

  kn_cli_clean_stale_beside (output);
  return kn_cli_write_skm_report (database, unit_name, period, paper, xlsx, output);
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
    kn_cli_database_option (&database),
    { "document", 0, 0, G_OPTION_ARG_STRING, &document,
      N_("skp, evaluasi, dokumen, rekap or skm"), N_("KIND") },
    { "nip", 0, 0, G_OPTION_ARG_STRING, &nip, N_("One employee"), N_("NIP") },
    kn_cli_unit_option (&unit_name,
                        N_("Everyone in the unit and its sub-units (rekap: the unit)")),
    { "period", 'p', 0, G_OPTION_ARG_STRING, &period,
      N_("2026-TW1 … 2026-AKHIR, 2026-01 …; for skp the year is enough"), N_("PERIOD") },
    kn_cli_paper_option (&paper_name),
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("pdf or xlsx (default pdf)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write; for a unit, an existing folder gets one file per employee"), N_("PATH") },
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(KnReportBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  const KnReportWriter *writer;
  guint written;
  KnDocumentKind kind = KN_DOCUMENT_SKP;
  KnPaper paper = KN_PAPER_A4;
  gboolean skm;
  gboolean xlsx = FALSE;
  gboolean to_folder;
  KnOrgUnit *unit = NULL;
  KnPeriod parsed = { 0, };
  guint year = 0;
  guint skipped = 0;

  if (!kn_cli_parse_options (entries, NULL, _("Writes the official documents as PDF or Excel."), &argc, &argv))
    return 2;

  skm = document != NULL && g_ascii_strcasecmp (document, "skm") == 0;
  if (!skm && !parse_document_kind (document, &kind))
    {
      kn_cli_print_error (_("Choose the document: --document skp, evaluasi, dokumen, rekap or skm"));
      return 2;
    }
  if (!kn_cli_parse_paper (paper_name, &paper))
    return 2;
  if (!kn_cli_parse_format (format, output, &xlsx))
    return 2;
  if (skm)
    return export_skm (database, unit_name, nip, period, paper, xlsx, output);
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

  store = kn_cli_open_store (database, KN_STORE_OPEN_READ_ONLY);
  if (store == NULL)
    return KN_CLI_EXIT_DATABASE;
  if (parsed.year != 0)
    {
      if (!kn_cli_check_period_scheme (store, &parsed))
        return 2;
      year = parsed.year;
    }
  /* What an earlier, killed export left unfinished where this one writes. */
  if (g_file_test (output, G_FILE_TEST_IS_DIR))
    kn_output_file_clean_stale (output);
  else
    kn_cli_clean_stale_beside (output);

  if (unit_name != NULL)
    {
      unit = kn_store_resolve_unit (store, unit_name, &error);
      if (unit == NULL)
        return kn_cli_fail (error);
    }

  batch = kn_report_batch_new (kind, paper);
  writer = xlsx ? kn_export_report_writer () : kn_document_report_writer ();

  if (kind == KN_DOCUMENT_REKAP)
    {
      gint64 unit_id = kn_org_unit_get_id (unit);

      if (!kn_report_batch_gather (batch, store, &unit_id, 1, period, TRUE, &error) ||
          kn_report_batch_write (batch, writer, output, FALSE, NULL, NULL, NULL, &error) == 0)
        return kn_cli_fail (error);
      g_print (_("Written: %s\n"), output);
      return 0;
    }

  /* One employee, or everyone in the unit; those without an SKP for the year are left out
   * (the batch's rule, as in the Laporan place). */
  {
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    const KnReport *const *reports;

    if (nip != NULL)
      {
        KnEmployee *employee = kn_cli_find_employee (store, "--nip", nip);
        gint64 id;

        if (employee == NULL)
          return KN_CLI_EXIT_FAILED;
        id = kn_employee_get_id (employee);
        g_array_append_val (ids, id);
      }
    else
      {
        GListModel *employees = kn_store_get_employees (store);

        for (guint i = 0; i < g_list_model_get_n_items (employees); i++)
          {
            g_autoptr(KnEmployee) employee = g_list_model_get_item (employees, i);

            if (kn_store_unit_is_within (store, kn_employee_get_unit_id (employee),
                                         kn_org_unit_get_id (unit)))
              {
                gint64 id = kn_employee_get_id (employee);

                g_array_append_val (ids, id);
              }
          }
      }

    if (!kn_report_batch_gather (batch, store, (const gint64 *) ids->data, ids->len, period,
                                 nip != NULL, &error))
      {
        kn_cli_print_error (nip != NULL ? error->message
                                        : _("Nobody there has an SKP for that year, so there is nothing to write."));
        return 1;
      }

    /* A missing signer is said before the document goes out, not found on paper. */
    reports = kn_report_batch_get_reports (batch);
    for (guint i = 0; i < kn_report_batch_get_n_reports (batch); i++)
      {
        g_autofree char *warning = kn_report_dup_signer_warning (reports[i]);

        if (warning != NULL)
          {
            kn_cli_print_errorf (_("Warning: %s"), warning);
          }
      }
  }

  to_folder = unit != NULL && g_file_test (output, G_FILE_TEST_IS_DIR);
  written = kn_report_batch_write (batch, writer, output, to_folder, NULL, NULL, NULL, &error);
  if (written == 0)
    return kn_cli_fail (error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "%u document written to %s", "%u documents written to %s",
                        written),
           written, output);
  g_print ("\n");
  skipped = kn_report_batch_get_n_skipped (batch);
  if (skipped > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u employee left out: no SKP for %u.\n",
                          "%u employees left out: no SKP for %u.\n", skipped),
             skipped, year);
  return 0;
}
