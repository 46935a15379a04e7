/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rule results the distribution chart draws, decided here so that drawing only paints. */

#define G_LOG_DOMAIN "kn-chart-data"

#include "config.h"

#include <glib.h>

#include "kinerja/kn-chart-data.h"

void
kn_distribution_chart_set_pattern (KnDistributionChart      *chart,
                                   KnOrgPredikat             org,
                                   const KnDistributionRule *rules,
                                   guint                     n_rules)
{
  guint total;

  g_return_if_fail (chart != NULL);
  g_return_if_fail ((guint) org < KN_ORG_PREDIKAT_N);
  g_return_if_fail (rules != NULL || n_rules == 0);

  chart->org = org;
  chart->n_limits = 0;

  total = kn_distribution_count_predikats (chart->counts, KN_PREDIKAT_MASK_RATED);
  if (total == 0 || org == KN_ORG_PREDIKAT_NONE)
    return;

  for (guint r = 0; r < n_rules; r++)
    {
      KnDistributionRule rule = rules[r];
      g_autoptr(GPtrArray) violations = NULL;
      KnDistributionLimit *limit;

      rule.predikats &= KN_PREDIKAT_MASK_RATED;
      if (rule.org != org || rule.predikats == 0)
        continue;

      if (chart->n_limits == KN_DISTRIBUTION_CHART_MAX_LIMITS)
        {
          g_warning ("The pattern of %s has more than %u rules; the chart shows the first %u",
                     kn_org_predikat_label (org), KN_DISTRIBUTION_CHART_MAX_LIMITS,
                     KN_DISTRIBUTION_CHART_MAX_LIMITS);
          return;
        }

      limit = &chart->limits[chart->n_limits++];
      limit->kind = rule.kind;
      limit->predikats = rule.predikats;
      limit->count = kn_distribution_count_predikats (chart->counts, rule.predikats);
      limit->limit = kn_distribution_rule_count (&rule, total);

      violations = kn_distribution_check (org, chart->counts, &rule, 1);
      limit->broken = violations->len > 0;
    }
}
