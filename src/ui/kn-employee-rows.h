/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Pegawai table's rows and the list they are shown from (kn-employees-page.c). Never
 * installed. */

#pragma once

#include "kinerja/kn-employee.h"

G_BEGIN_DECLS

/* A row of the table: the employee at one position of the filtered list. The table shows the
 * rows, not the employees: when a search or a unit changes the list, the rows at the positions
 * both lists have stay (with their cells) and show their new employee, and only the rows beyond
 * the shorter list come or go. Giving GTK the employees themselves made it throw away and make
 * again every row's cells on each keystroke, most of its time at province scale. */
#define KN_TYPE_EMPLOYEE_SLOT (kn_employee_slot_get_type ())
G_DECLARE_FINAL_TYPE (KnEmployeeSlot, kn_employee_slot, KN, EMPLOYEE_SLOT, GObject)

struct _KnEmployeeSlot
{
  GObject     parent_instance;
  KnEmployee *employee;   /* owned */
};

void       kn_employee_slot_set_employee (KnEmployeeSlot *self,
                                          KnEmployee     *employee);

/* A list model over an array: the first n_shown of its items. O(1) by position, and a change of
 * length says only what came or went at the end. */
#define KN_TYPE_ROW_LIST (kn_row_list_get_type ())
G_DECLARE_FINAL_TYPE (KnRowList, kn_row_list, KN, ROW_LIST, GObject)

struct _KnRowList
{
  GObject    parent_instance;
  GType      item_type;
  GPtrArray *items;     /* owned (refs); may hold more than are shown */
  guint      n_shown;
};

KnRowList *kn_row_list_new               (GType           item_type);
/* Shows the first @n_shown items (at most as many as it holds). */
void       kn_row_list_set_n_shown       (KnRowList      *self,
                                          guint           n_shown);
/* Holds and shows @items (refs, taken) instead. */
void       kn_row_list_take              (KnRowList      *self,
                                          GPtrArray      *items);

G_END_DECLS
