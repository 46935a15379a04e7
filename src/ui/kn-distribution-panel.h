/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The side panel of Penilaian: the unit's predikat counts, its pattern and the rules broken,
 * in sentences that wrap, with the distribution chart and the chosen person's periods. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_DISTRIBUTION_PANEL (kn_distribution_panel_get_type ())

G_DECLARE_FINAL_TYPE (KnDistributionPanel, kn_distribution_panel, KN, DISTRIBUTION_PANEL, GtkWidget)

/* Reads the unit's distribution for @period (nothing shown when @store is NULL or @unit_id 0). */
void        kn_distribution_panel_update            (KnDistributionPanel *self,
                                                     KnStore             *store,
                                                     gint64               unit_id,
                                                     const char          *period);
/* The chart of @employee_id's periods of @year (0: none). */
void        kn_distribution_panel_show_employee     (KnDistributionPanel *self,
                                                     KnStore             *store,
                                                     gint64               employee_id,
                                                     guint                year);
const char *kn_distribution_panel_get_counts_text   (KnDistributionPanel *self);
const char *kn_distribution_panel_get_pattern_text  (KnDistributionPanel *self);
/* The broken rules, one a line ("" when none). */
const char *kn_distribution_panel_get_violations_text (KnDistributionPanel *self);

G_END_DECLS
