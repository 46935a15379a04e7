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

G_END_DECLS
