/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Pegawai place's cells: the table's and the unit tree's, made in C. Never installed. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The table's four columns (name, position, rank, unit), two lines a cell, the first whole on
 * hover. */
void kn_employees_cells_set_column_factories (GtkColumnView *column_view);
/* The unit tree's rows: an expander and the unit's name, its whole path on hover. */
void kn_employees_cells_set_unit_factory     (GtkListView   *units_view);

G_END_DECLS
