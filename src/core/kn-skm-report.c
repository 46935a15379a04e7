/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The data of the Laporan Hasil Survei Kepuasan Masyarakat, filled from the store. */

#define G_LOG_DOMAIN "kn-skm-report"

#include "config.h"

#include <time.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-format.h"
#include "kinerja/kn-skm-report.h"
#include "kinerja/kn-store-survey.h"

void
kn_skm_report_free (KnSkmReport *report)
{
  if (report == NULL)
    return;
  g_free (report->instansi);
  g_free (report->unit);
  g_free (report->period);
  g_free (report->period_dates);
  g_free (report->services);
  g_free (report->place_date);
  g_free (report->signer_name);
  g_free (report->signer_nip);
  g_free (report->signer_position);
  g_free (report->signer_rank);
  g_free (report);
}

char *
kn_skm_report_mutu_text (const KnSkmReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  if (!report->has_ikm)
    return g_strdup ("-");
  return g_strdup_printf ("%s (%s)", kn_skm_mutu_letter (report->result.mutu),
                          kn_skm_mutu_label (report->result.mutu));
}

KnSkmReport *
kn_skm_report_new (KnStore      *store,
                   gint64        unit_id,
                   const char   *period,
                   const GDate  *date,
                   GError      **error)
{
  g_autoptr(KnSkmReport) report = g_new0 (KnSkmReport, 1);
  g_autoptr(GPtrArray) surveys = NULL;
  g_autoptr(KnSkmSurvey) merged = NULL;
  g_autoptr(GString) services = g_string_new (NULL);
  g_autofree char *instansi = NULL;
  g_autofree char *kota = NULL;
  KnOrgUnit *unit;
  KnEmployee *head;
  KnPeriod parsed;
  GDate today;

  g_return_val_if_fail (KN_IS_STORE (store), NULL);

  unit = kn_store_lookup_unit (store, unit_id);
  if (unit == NULL)
    {
      g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                           _("This unit no longer exists; it may have been removed."));
      return NULL;
    }
  if (period == NULL || !kn_period_parse (period, &parsed, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, KN_STORE_ERROR, KN_STORE_ERROR_INVALID,
                             _("No period is chosen."));
      return NULL;
    }
  surveys = kn_store_list_surveys (store, unit_id, period);
  if (surveys->len == 0)
    {
      g_autofree char *label = kn_period_label (&parsed);

      g_set_error (error, KN_STORE_ERROR, KN_STORE_ERROR_NOT_FOUND,
                   _("%s has no survey for %s. Import one with “kinerja-cli skm import”."),
                   kn_org_unit_get_name (unit), label);
      return NULL;
    }

  merged = kn_skm_survey_merge (surveys);
  for (guint i = 0; i < surveys->len; i++)
    g_string_append_printf (services, "%s%s", i > 0 ? ", " : "",
                            ((KnSkmSurvey *)g_ptr_array_index (surveys, i))->service);
  report->has_ikm = kn_skm_compute (merged->answers, merged->n_rows, &report->result, NULL);
  report->population = merged->population;
  report->min_sample = kn_skm_min_sample (merged->population);

  instansi = kn_store_get_setting (store, "instansi");
  kota = kn_store_get_setting (store, "kota");
  report->instansi = g_strdup (instansi != NULL ? instansi : "");
  report->unit = g_strdup (kn_org_unit_get_name (unit));
  report->period = kn_format_doc_period_label (&parsed);
  report->period_dates = kn_format_doc_period_dates (&parsed);
  report->services = g_string_free (g_steal_pointer (&services), FALSE);

  if (date == NULL)
    {
      g_date_clear (&today, 1);
      g_date_set_time_t (&today, time (NULL));
      date = &today;
    }
  report->place_date = kn_format_doc_place_date (kota, date);

  head = kn_store_find_unit_head (store, unit_id);
  if (head != NULL)
    {
      g_autofree char *nip = kn_employee_dup_nip_display (head);

      report->signer_name = g_strdup (kn_employee_get_name (head));
      report->signer_nip = g_strdup_printf ("NIP. %s", nip);
      report->signer_position = g_strdup (kn_employee_get_position (head));
      report->signer_rank = kn_employee_dup_rank_label (head);
    }
  else
    {
      report->signer_name = g_strdup ("");
      report->signer_nip = g_strdup ("");
      report->signer_position = g_strdup ("");
      report->signer_rank = g_strdup ("");
    }
  return g_steal_pointer (&report);
}
