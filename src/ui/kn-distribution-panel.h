/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The side panel of Penilaian: the unit's predikat counts, its pattern and the rules broken,
 * in sentences that wrap, with the distribution chart and the chosen person's periods. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_DISTRIBUTION_PANEL (kn_distribution_panel_get_type ())

G_DECLARE_FINAL_TYPE (KnDistributionPanel, kn_distribution_panel, KN, DISTRIBUTION_PANEL, GtkWidget)

/* What the panel shows of a unit's distribution, read apart from showing it, so that a worker
 * can read it on a store of its own. */
typedef struct _KnDistributionReading KnDistributionReading;

/* Reads the unit's distribution for @period from @store (in any one thread); NULL when @store
 * is NULL, @period NULL or @unit_id 0. */
KnDistributionReading *kn_distribution_reading_new  (KnStore             *store,
                                                     gint64               unit_id,
                                                     const char          *period);
void        kn_distribution_reading_free            (KnDistributionReading *reading);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KnDistributionReading, kn_distribution_reading_free)

/* Shows @reading (nullable: nothing). */
void        kn_distribution_panel_show_reading      (KnDistributionPanel   *self,
                                                     KnDistributionReading *reading);
/* Reads the unit's distribution for @period and shows it (nothing shown when @store is NULL or
 * @unit_id 0). */
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
