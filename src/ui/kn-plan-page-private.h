/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Inside the SKP place: the page's fields and the functions its employee list and year
 * (kn-plan-page.c), its editor (kn-plan-page-editor.c) and its actions (kn-plan-page-actions.c)
 * share. */

#pragma once

#include <adwaita.h>

#include "kn-chooser.h"
#include "kn-plan-page.h"

G_BEGIN_DECLS

struct _KnPlanPage
{
  GtkWidget           parent_instance;

  KnStore            *store;             /* owned, nullable */
  guint               year;
  gint64              employee_id;       /* 0: none chosen */
  KnPlan             *plan;              /* owned, nullable: the working copy */
  KnPlan             *saved;             /* owned, nullable: as stored */
  GListStore         *superior_results;  /* owned: the assessor's RHK of the year */
  GHashTable         *statuses;          /* owned: employee id → KnPlanStatus + 1 */
  GArray             *year_values;       /* owned: guint per year_dropdown item */
  GArray             *assessor_ids;      /* owned: gint64 per assessor_chooser item */
  GPtrArray          *result_rows;       /* owned refs, screen order */
  GPtrArray          *group_rows;        /* owned refs: other rows added to the groups */
  char               *search;            /* owned, casefolded, nullable */
  GtkWindow          *dialog;            /* weak */
  GBindingGroup      *plan_bindings;     /* owned: the editor's fields ↔ the plan's properties */
  GSignalGroup       *plan_signals;      /* owned: what the plan says changed */
  GtkEditable        *expectation_entries[KN_CORE_VALUE_N]; /* weak */
  GtkWidget          *attachment_expanders[KN_ATTACHMENT_N]; /* weak */

  GListModel         *employees;         /* owned, nullable: the store's */
  GPtrArray          *mirror;            /* owned refs: the store's employees, in its order */
  GListStore         *people;            /* owned: the same in name order (after the sort) */
  GtkSliceListModel  *listed;            /* owned: people as far as the list shows them yet */
  guint               grow_source;       /* idle that lists more of them, a piece a turn */
  GtkSorter          *name_sorter;       /* owned: Pegawai's name order, for people added */
  GCancellable       *sorting;           /* owned, nullable: the worker's sort under way */
  guint               background_from;   /* the number of employees from which it sorts in one */
  gboolean            relisting;         /* the list is being replaced: the choice stays */
  GtkCustomFilter    *filter;            /* owned; on the list only while there is a search */
  GtkFilterListModel *filter_model;      /* owned */
  GtkSingleSelection *selection;         /* owned */

  GtkPaned           *paned;
  GtkDropDown        *year_dropdown;
  GtkSearchEntry     *search_entry;
  GtkListView        *employee_list;
  GtkStack           *editor_stack;
  AdwStatusPage      *none_page;
  GtkLabel           *owner_label;
  GtkLabel           *status_label;
  GtkLabel           *dirty_label;
  GtkButton          *submit_button;
  GtkButton          *withdraw_button;
  GtkButton          *return_button;
  GtkButton          *approve_button;
  GtkButton          *reopen_button;
  GtkButton          *save_button;
  GtkRevealer        *message_revealer;
  GtkLabel           *message_label;
  GtkWidget          *reapproval_box;
  GtkLabel           *reapproval_label;
  GtkWidget          *reapproval_button;
  gint64              new_assessor;   /* the atasan after a mutasi who must approve, or 0 */
  AdwActionRow       *period_row;
  AdwComboRow        *approach_row;
  AdwActionRow       *assessor_row;
  KnChooser          *assessor_chooser;
  GtkSwitch          *jpt_switch;
  AdwPreferencesGroup *utama_group;
  AdwPreferencesGroup *tambahan_group;
  AdwPreferencesGroup *behaviour_group;
  AdwPreferencesGroup *attachment_group;
};

void _kn_plan_page_class_actions_init (GtkWidgetClass *widget_class);

void _kn_plan_page_class_editor_init (GtkWidgetClass *widget_class);

void _kn_plan_page_drop_plan (KnPlanPage *self);

void _kn_plan_page_editor_init (KnPlanPage *self);

void _kn_plan_page_editor_dispose (KnPlanPage *self);

gboolean _kn_plan_page_is_dirty (KnPlanPage *self);

gboolean _kn_plan_page_is_editable (KnPlanPage *self);

void _kn_plan_page_on_plan_changed (KnPlanPage *self);

void _kn_plan_page_open_employee (KnPlanPage *self,
                                  gint64      employee_id);

void _kn_plan_page_present_dialog (KnPlanPage *self,
                                   GtkWindow  *dialog);

void _kn_plan_page_rebuild_results (KnPlanPage *self);

void _kn_plan_page_refresh_statuses (KnPlanPage *self);

void _kn_plan_page_remove_group_rows (KnPlanPage          *self,
                                      AdwPreferencesGroup *group);

gboolean _kn_plan_page_save_plan (KnPlanPage *self,
                                  gboolean    quiet);

void _kn_plan_page_show_message (KnPlanPage *self,
                                 const char *message,
                                 gboolean    is_error);

void _kn_plan_page_update_actions (KnPlanPage *self);

void _kn_plan_page_update_status_label (KnPlanPage *self);

G_END_DECLS
