/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Pegawai place's cells: the table's and the unit tree's, made in C. Never installed. */

#pragma once

#include <gtk/gtk.h>

#include "kinerja/kn-employee.h"

G_BEGIN_DECLS

/* The table's four columns (name, position, rank, unit), two lines a cell, the first whole on
 * hover. */
void kn_employees_cells_set_column_factories (GtkColumnView *column_view);
/* The unit tree's rows: an expander and the unit's name, its whole path on hover. */
void kn_employees_cells_set_unit_factory     (GtkListView   *units_view);

/* The four columns' sorters: keys kept on each employee, made once (or in a worker:
 * kn_employees_cells_name_key_for, kn_employees_cells_key_for, kn_employees_cells_keep_keys),
 * not on every sort. */
void  kn_employees_cells_set_column_sorters (GtkColumnView *column_view);
/* "name\0key": @name and the name column's sort key. Touches no GObject: safe in a worker. */
char *kn_employees_cells_name_key_for       (const char    *name);
/* "text\0key": @text and the position or unit column's sort key. Safe in a worker. */
char *kn_employees_cells_key_for            (const char    *text);
/* Keeps keys made by the two above from @employee's name, position and unit name (taken). */
void  kn_employees_cells_keep_keys          (KnEmployee    *employee,
                                             char          *name_key,
                                             char          *position_key,
                                             char          *unit_key);

/* A label for a person's name (or a line under it) in a list's row: at the start, wrapped
 * between words or letters, never cut, and at least 12 characters wide so that it never stands
 * one letter a line. */
GtkWidget  *kn_employees_cells_name_label_new  (void);

/* Sorts by the name column's keys (kept on each employee, made when missing). */
GtkSorter  *kn_employees_cells_name_sorter_new (void);

/* Sorting people by name off the main thread: _new copies the names (and, with @all_columns,
 * the positions and units' names, for the other columns' keys) of @employees (KnEmployee);
 * _run makes the keys and sorts, touching no GObject (safe in a worker); _apply keeps the keys
 * on the employees and replaces @store's items by them in name order, in one splice. */
typedef struct _KnNameSort KnNameSort;

KnNameSort *kn_employees_cells_name_sort_new   (GPtrArray     *employees,
                                                gboolean       all_columns);
guint       kn_employees_cells_name_sort_get_n (KnNameSort    *job);
void        kn_employees_cells_name_sort_run   (KnNameSort    *job);
void        kn_employees_cells_name_sort_apply (KnNameSort    *job,
                                                GListStore    *store);
void        kn_employees_cells_name_sort_free  (KnNameSort    *job);

/* The sort in a worker, as Pegawai and SKP run it for a large office. _task: a task of
 * @source_object's (nullable) that runs @job (taken: freed with the task) off the main thread;
 * the sort *@sorting (nullable) is cancelled and replaced by the task's cancellable. _start runs
 * the task in a thread (at once, or later: a page waiting for its window's first frame keeps it
 * until then), or returns it at once when it was cancelled meanwhile. In @callback, on the main
 * thread, _finish gives the job sorted (the task's, for _apply during the callback) or NULL
 * when it was dropped (cancelled, or replaced by a later sort in *@sorting); it clears
 * *@sorting when it was this sort. */
GTask      *kn_employees_cells_name_sort_task   (gpointer              source_object,
                                                 KnNameSort           *job,
                                                 GCancellable        **sorting,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
void        kn_employees_cells_name_sort_start  (GTask                *task);
KnNameSort *kn_employees_cells_name_sort_finish (GAsyncResult         *result,
                                                 GCancellable        **sorting);

G_END_DECLS
