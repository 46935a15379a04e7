/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the Pegawai place's files share (kn-employees-page.c, kn-employees-page-actions.c). Never
 * installed. */

#pragma once

#include <adwaita.h>

#include "kinerja/kn-store.h"

#include "kn-employee-rows.h"
#include "kn-employees-page.h"

G_BEGIN_DECLS

struct _KnEmployeesPage
{
  GtkWidget           parent_instance;

  KnStore            *store;           /* owned, nullable */
  char               *search_name;     /* owned, casefolded, nullable */
  char               *search_digits;   /* owned, nullable */
  gint64              unit_id;         /* 0: every unit */
  GtkWindow          *dialog;          /* weak, nullable */

  GHashTable         *inactive;        /* owned, nullable: gint64 ids not active today */
  GHashTable         *units_within;    /* owned, nullable: gint64 ids of unit_id's subtree */
  GHashTable         *unit_children;   /* owned, nullable: parent id → GPtrArray of its units */
  GPtrArray          *mirror;          /* owned: the store's employees in its order (refs) */
  GListStore         *presorted;       /* owned: the same, by name once sorted, later ones after */
  GCancellable       *sorting;         /* owned, nullable: the first sort by name, in a worker */
  gboolean            refilter_when_sorted; /* an incremental sort is under way (issue 13) */
  guint               background_from; /* the number of employees from which it runs in a worker */
  GTask              *pending_sort;    /* owned, nullable: started at the window's first frame */
  KnRowList          *visible;         /* owned: the sorted employees the filters let through */
  KnRowList          *rows;            /* owned: KnEmployeeSlot, one shown per visible employee */
  guint               grow_source;     /* adds the rows still to come, a few per turn */
  GtkSortListModel   *sort_model;      /* owned */
  GtkSingleSelection *selection;       /* owned */
  GtkSingleSelection *unit_selection;  /* owned, nullable */
  GListStore         *unit_roots;      /* the tree's top level (the tree owns it), nullable */
  guint               unit_tick;       /* adds the top-level units still to come, a few a frame */
  GQueue              unit_fills;      /* UnitFill: units expanded, their children still to come */
  guint               fill_tick;       /* adds those children, a few rows a frame */
  gboolean            filling_all;     /* every child at once (finish_unit_fills) */

  GtkPaned           *paned;
  GtkToggleButton    *all_units_button;
  GtkListView        *units_view;
  GtkSearchEntry     *search_entry;
  GtkCheckButton     *inactive_check;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *name_column;
  GtkLabel           *count_label;
  GtkButton          *edit_button;
  AdwButtonContent   *edit_content;
};

/* kn-employees-page-actions.c: the place's commands (employees.*, units.*). */
void kn_employees_page_install_actions (GtkWidgetClass *widget_class);
/* Offers what the selection and the login allow; Ubah says Lihat for a login that cannot
 * change the selected person. */
void kn_employees_page_update_actions  (KnEmployeesPage *self);

/* kn-employees-units.c: the unit tree's children of @item (a KnOrgUnit), for
 * gtk_tree_list_model_new with the page as @user_data; those of a unit opened once the top level
 * is whole come in a few rows a frame. */
GListModel *kn_employees_page_create_unit_children (gpointer         item,
                                                    gpointer         user_data);
/* Every opened unit's children in the tree now; @drop: dropped instead (the tree goes). */
void        kn_employees_page_finish_unit_fills    (KnEmployeesPage *self,
                                                    gboolean         drop);

G_END_DECLS
