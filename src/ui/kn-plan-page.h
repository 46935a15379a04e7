/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SKP place: choose a year and an employee, then plan, submit and approve their SKP. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"

#include "kn-chooser.h"

G_BEGIN_DECLS

#define KN_TYPE_PLAN_PAGE (kn_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (KnPlanPage, kn_plan_page, KN, PLAN_PAGE, GtkWidget)

void        kn_plan_page_set_store          (KnPlanPage *self,
                                             KnStore    *store);
void        kn_plan_page_set_year           (KnPlanPage *self,
                                             guint       year);
guint       kn_plan_page_get_year           (KnPlanPage *self);
/* Opens the employee's SKP of the chosen year (or the page that offers to start one). */
gboolean    kn_plan_page_select_employee    (KnPlanPage *self,
                                             gint64      employee_id);
/* The SKP being edited (changes not saved yet included); NULL when there is none. */
KnPlan     *kn_plan_page_get_plan           (KnPlanPage *self);
/* TRUE when the shown SKP can be edited (draft or returned). */
gboolean    kn_plan_page_get_editable       (KnPlanPage *self);
/* The RHK rows (KnResultRow) in screen order: A. Utama, then B. Tambahan. */
GPtrArray  *kn_plan_page_get_result_rows    (KnPlanPage *self);
/* The message shown above the editor (an error or a confirmation); NULL when none. */
const char *kn_plan_page_get_message        (KnPlanPage *self);
/* The note shown while a mid-year mutasi waits for the new atasan's approval, or NULL. */
const char *kn_plan_page_get_reapproval_note (KnPlanPage *self);
/* Whose SKP the editor shows ("SKP Nama"), above it; "" when none is open. */
const char *kn_plan_page_get_owner_text     (KnPlanPage *self);
/* What is visible on the right: "choose", "none" or "plan". */
const char *kn_plan_page_get_view           (KnPlanPage *self);
/* The last dialog the page opened, while it is open. */
GtkWindow  *kn_plan_page_get_dialog         (KnPlanPage *self);
/* Chooses @year in the year list as the user does (asking first when there are unsaved
 * changes); FALSE when the year is not offered. */
gboolean    kn_plan_page_choose_year        (KnPlanPage *self,
                                             guint       year);
/* TRUE while the SKP shown has edits that are not saved. */
gboolean    kn_plan_page_has_unsaved_changes (KnPlanPage *self);
/* Saves them (TRUE when there were none); FALSE with the page saying why. */
gboolean    kn_plan_page_save_changes       (KnPlanPage *self);
/* The searchable choice of the pejabat penilai, each candidate shown whole. */
KnChooser  *kn_plan_page_get_assessor_chooser (KnPlanPage *self);
/* From how many employees the list is sorted by name in a worker (2,000; tests set 0). */
void        kn_plan_page_set_background_from (KnPlanPage *self,
                                              guint       n_employees);
/* TRUE while the worker sorting the list has not landed, or the sorted list is still coming
 * into the view a piece a turn. */
gboolean    kn_plan_page_is_sorting          (KnPlanPage *self);

G_END_DECLS
