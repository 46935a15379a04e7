/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One RHK in the SKP editor: its text, the superior's RHK it supports, and its IKI. */

#pragma once

#include <adwaita.h>

#include "kinerja/kinerja.h"

#include "kn-chooser.h"

G_BEGIN_DECLS

#define KN_TYPE_RESULT_ROW (kn_result_row_get_type ())

G_DECLARE_FINAL_TYPE (KnResultRow, kn_result_row, KN, RESULT_ROW, AdwExpanderRow)

/* Edits @result, which belongs to @plan, in place. @superior_results (KnPlanResult, nullable)
 * are the assessor's RHK of the same year that this one may support. */
GtkWidget    *kn_result_row_new          (KnStore      *store,
                                          KnPlan       *plan,
                                          KnPlanResult *result,
                                          guint         number,
                                          GListModel   *superior_results,
                                          gboolean      editable);
KnPlanResult *kn_result_row_get_result   (KnResultRow  *self);
/* Adds an empty IKI to the RHK and shows it. */
void          kn_result_row_add_indicator (KnResultRow *self);
/* The indicator rows, in order. */
GPtrArray    *kn_result_row_get_indicator_rows (KnResultRow *self);
GtkEditable  *kn_result_row_get_text_editable  (KnResultRow *self);
/* Chooses the superior RHK with @result_id (0: none); FALSE when it is not offered. */
gboolean      kn_result_row_select_parent       (KnResultRow *self,
                                                 gint64       result_id);

/* The searchable choice of the superior RHK it supports, each shown whole. */
KnChooser    *kn_result_row_get_parent_chooser  (KnResultRow *self);

G_END_DECLS
