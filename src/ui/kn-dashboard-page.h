/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Beranda: a unit at a glance — SKPs approved, evaluations final, and the predikat
 * distribution against the allowed pattern. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_DASHBOARD_PAGE (kn_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (KnDashboardPage, kn_dashboard_page, KN, DASHBOARD_PAGE, GtkWidget)

void        kn_dashboard_page_set_store       (KnDashboardPage *self,
                                               KnStore         *store);
/* The sentence above the charts, as the user reads it. */
const char *kn_dashboard_page_get_summary     (KnDashboardPage *self);
/* The satisfaction chart shown (the unit's IKM over the year, its unsur); NULL when the unit
 * has no survey in the year and the chart is hidden. */
const KnSkmChart *kn_dashboard_page_get_skm_chart (KnDashboardPage *self);
/* TRUE while the figures of the unit and period chosen are being gathered (off the main
 * thread); the figures shown before stay meanwhile. */
gboolean    kn_dashboard_page_is_loading      (KnDashboardPage *self);
/* Reads the store again for the unit and period shown (the window calls it when the Beranda is
 * shown, so that work done in other places is counted). */
void        kn_dashboard_page_refresh         (KnDashboardPage *self);
/* For tests: how many times each chart was drawn, in reading order (completion, distribution,
 * lesson hours, satisfaction). */
#define KN_DASHBOARD_N_CHARTS 4
void        kn_dashboard_page_get_chart_draws (KnDashboardPage *self,
                                               guint            draws[KN_DASHBOARD_N_CHARTS]);

G_END_DECLS
