/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Pegawai place: the unit tree and the table of employees, with their commands. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kinerja.h"

G_BEGIN_DECLS

#define KN_TYPE_EMPLOYEES_PAGE (kn_employees_page_get_type ())

G_DECLARE_FINAL_TYPE (KnEmployeesPage, kn_employees_page, KN, EMPLOYEES_PAGE, GtkWidget)

KnStore    *kn_employees_page_get_store             (KnEmployeesPage *self);
void        kn_employees_page_set_store             (KnEmployeesPage *self,
                                                     KnStore         *store);
/* The rows the table shows now, after search and unit filter. */
GListModel *kn_employees_page_get_visible           (KnEmployeesPage *self);
void        kn_employees_page_set_search_text       (KnEmployeesPage *self,
                                                     const char      *text);
/* 0 shows every unit. */
void        kn_employees_page_select_unit           (KnEmployeesPage *self,
                                                     gint64           unit_id);
gint64      kn_employees_page_get_selected_unit_id  (KnEmployeesPage *self);
gboolean    kn_employees_page_select_employee       (KnEmployeesPage *self,
                                                     gint64           employee_id);
KnEmployee *kn_employees_page_get_selected_employee (KnEmployeesPage *self);
/* The line under the table: "76 employees", "3 of 76 employees shown". */
const char *kn_employees_page_get_count_text         (KnEmployeesPage *self);
/* TRUE while a large office's employees are sorted by name in a worker, before the list fills. */
gboolean    kn_employees_page_is_loading            (KnEmployeesPage *self);
/* TRUE while a large office's list sorts a little each turn (after a click on a column header);
 * the rows show the new order when it is FALSE again. */
gboolean    kn_employees_page_is_sorting            (KnEmployeesPage *self);
/* TRUE while the list or the unit tree shown is still coming in: the first sort in a worker, rows
 * or top-level units added a few a turn (issue 13). */
gboolean    kn_employees_page_is_settling           (KnEmployeesPage *self);
/* From how many employees the first sort by name runs in a worker (default 2,000; tests). */
void        kn_employees_page_set_background_from   (KnEmployeesPage *self,
                                                     guint            n_employees);
/* The dialog opened by the last employees.add / employees.edit / units.* action, if open. */
GtkWindow  *kn_employees_page_get_dialog            (KnEmployeesPage *self);
/* What employees.export does once a path is chosen: the chosen unit's employees (all with
 * none) to an Excel workbook, then "Saved as …" as a toast. */
gboolean    kn_employees_page_export_file           (KnEmployeesPage *self,
                                                     const char      *path,
                                                     GError         **error);

G_END_DECLS
