/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kinerja-cli evaluasi / distribusi --unit NAME --period P */

#define G_LOG_DOMAIN "kinerja-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "kn-cli-private.h"

typedef struct
{
  GString  *out;
  gboolean  csv;
} Listing;

static void
write_rating (const KnUnitRating *rating,
              gpointer            user_data)
{
  Listing *listing = user_data;
  GString *out = listing->out;
  gboolean csv = listing->csv;
  KnPredikat predikat = kn_predikat_from_ratings (rating->rating_result, rating->rating_behaviour);
  const char *status = rating->evaluation_id == 0
                     ? (csv ? "" : _("not rated"))
                     : (csv ? kn_evaluation_status_to_string (rating->status)
                            : kn_evaluation_status_label (rating->status));

  if (csv)
    {
      kn_cli_write_csv_field (out, rating->nip, FALSE);
      kn_cli_write_csv_field (out, rating->name, FALSE);
      kn_cli_write_csv_field (out, kn_rating_to_string (rating->rating_result), FALSE);
      kn_cli_write_csv_field (out, kn_rating_to_string (rating->rating_behaviour), FALSE);
      kn_cli_write_csv_field (out, kn_predikat_to_string (predikat), FALSE);
      kn_cli_write_csv_field (out, status, TRUE);
    }
  else
    {
      g_autofree char *nip = kn_nip_format (rating->nip);

      g_string_append_printf (out, "%-21s  %s\n%-21s  %s: %s · %s: %s · %s: %s · %s\n", nip,
                              rating->name, "",
                              _("Results"), kn_cli_or_dash (kn_rating_label (rating->rating_result)),
                              _("Behaviour"), kn_cli_or_dash (kn_rating_label (rating->rating_behaviour)),
                              _("Predikat"), kn_cli_or_dash (kn_predikat_label (predikat)),
                              status);
    }
}

int
kn_cli_evaluasi (int    argc,
                 char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *period = NULL;
  gboolean csv = FALSE;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    kn_cli_unit_option (&unit_name, N_("The unit (its sub-units included)")),
    kn_cli_period_option (&period),
    kn_cli_csv_option (&csv),
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  Listing listing;
  KnOrgUnit *unit = NULL;
  int exit_code;

  if (!kn_cli_parse_options (entries, NULL, _("Lists the evaluations of a unit for a period."), &argc, &argv))
    return 2;

  exit_code = kn_cli_open_unit_period (database, KN_STORE_OPEN_READ_ONLY, unit_name, period, &store,
                                       &unit, NULL);
  if (exit_code != KN_CLI_EXIT_OK)
    return exit_code;

  if (csv)
    g_string_append (out, "nip,nama,rating_hasil_kerja,rating_perilaku_kerja,predikat,status\n");

  /* The unit's rows as they come, without an object per person (issue 13). */
  listing = (Listing) { out, csv };
  kn_store_foreach_unit_rating (store, kn_org_unit_get_id (unit), period, write_rating, &listing);

  fwrite (out->str, 1, out->len, stdout);
  return 0;
}

int
kn_cli_distribusi (int    argc,
                   char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *unit_name = NULL;
  g_autofree char *period = NULL;
  GOptionEntry entries[] = {
    kn_cli_database_option (&database),
    kn_cli_unit_option (&unit_name, N_("The unit (its sub-units included)")),
    kn_cli_period_option (&period),
    { NULL }
  };
  g_autoptr(KnStore) store = NULL;
  g_autoptr(GPtrArray) violations = NULL;
  guint counts[KN_PREDIKAT_N];
  KnOrgUnit *unit = NULL;
  int exit_code;
  KnOrgPredikat org;
  guint total;

  if (!kn_cli_parse_options (entries, NULL,
                      _("Checks a unit's predikat against the allowed distribution; exits with 1 when a rule is broken."),
                      &argc, &argv))
    return 2;

  exit_code = kn_cli_open_unit_period (database, KN_STORE_OPEN_READ_ONLY, unit_name, period, &store,
                                       &unit, NULL);
  if (exit_code != KN_CLI_EXIT_OK)
    return exit_code;

  violations = kn_store_check_distribution (store, kn_org_unit_get_id (unit), period, counts);
  org = kn_store_get_applying_org_predikat (store, kn_org_unit_get_id (unit), period, NULL);

  total = kn_distribution_count_predikats (counts, KN_PREDIKAT_MASK_RATED);

  g_print ("%s — %s\n", kn_org_unit_get_path (unit), period);
  g_print ("%s: %s\n", _("Capaian kinerja organisasi"),
           org != KN_ORG_PREDIKAT_NONE ? kn_org_predikat_label (org) : _("(not set)"));
  for (guint p = KN_PREDIKAT_SANGAT_BAIK; p > KN_PREDIKAT_NONE; p--)
    {
      /* Two decimals, as the documents write a share. */
      g_autofree char *share = kn_format_percent (total > 0 ? 100.0 * counts[p] / total : 0);

      g_print ("  %-20s %4u  %9s\n", kn_predikat_label (p), counts[p], share);
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
