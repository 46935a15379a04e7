/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The identity rows of the SKM report, the same on the PDF and in the workbook. */

#include "config.h"

#include "kinerja/kn-skm-report-rows.h"

void
kn_skm_report_rows_init (const KnSkmReport *report,
                         KnSkmReportRow     rows[KN_SKM_REPORT_N_ROWS])
{
  const KnSkmResult *result;

  g_return_if_fail (report != NULL);
  g_return_if_fail (rows != NULL);

  result = &report->result;
  rows[0] = (KnSkmReportRow) { "Unit pelayanan", g_strdup (report->unit) };
  rows[1] = (KnSkmReportRow) { "Jenis layanan", g_strdup (report->services) };
  rows[2] = (KnSkmReportRow) {
    "Periode survei", g_strdup_printf ("%s (%s)", report->period, report->period_dates)
  };
  rows[3] = (KnSkmReportRow) {
    "Jumlah responden",
    g_strdup_printf ("%u orang (%u kuesioner)", result->n_respondents, result->n_rows)
  };
  rows[4] = (KnSkmReportRow) {
    "Jumlah penerima layanan",
    report->population > 0 ? g_strdup_printf ("%" G_GUINT64_FORMAT " orang", report->population)
                           : g_strdup ("tidak diketahui")
  };
  rows[5] = (KnSkmReportRow) {
    "Sampel minimal",
    report->population > 0
      ? g_strdup_printf ("%u responden — %s", report->min_sample,
                         kn_skm_sample_reached (result->n_respondents, report->population)
                         ? "terpenuhi" : "belum terpenuhi")
      : g_strdup ("-")
  };
}

void
kn_skm_report_rows_clear (KnSkmReportRow rows[KN_SKM_REPORT_N_ROWS])
{
  g_return_if_fail (rows != NULL);

  for (guint i = 0; i < KN_SKM_REPORT_N_ROWS; i++)
    g_clear_pointer (&rows[i].value, g_free);
}

char *
kn_skm_report_advice_text (const KnSkmReport *report)
{
  const KnSkmResult *result;
  g_autofree char *nrr = NULL;
  g_autofree char *names = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  if (!report->has_ikm)
    return g_strdup ("IKM belum dapat dihitung: ada unsur yang tidak dijawab responden.");
  result = &report->result;
  nrr = kn_skm_format_hundredths (result->unsur[result->weakest].nrr_hundredths);
  names = kn_skm_dup_weakest_names (result, TRUE);
  if (names == NULL)
    return g_strdup_printf ("Kesembilan unsur bernilai sama (NRR %s): tidak ada unsur yang lebih "
                            "rendah dari yang lain.", nrr);
  return g_strdup_printf ("Unsur dengan nilai terendah, yang pertama perlu diperbaiki: %s "
                          "(NRR %s).", names, nrr);
}
