/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Pegawai place: the unit tree and the table of employees, with their commands. */

#define G_LOG_DOMAIN "kn-employees-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <adwaita.h>

#include "kinerja/kn-history.h"

#include "kn-employee-dialog.h"
#include "kn-employee-rows.h"
#include "kn-employees-cells.h"
#include "kn-employees-page.h"
#include "kn-employees-page-private.h"
#include "kn-import-dialog.h"
#include "kn-late-tooltips.h"
#include "kn-unit-dialog.h"



enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KnEmployeesPage, kn_employees_page, GTK_TYPE_WIDGET)

/* The casefolded name, kept on the employee with the name it was folded from ("name\0folded"),
 * so a keystroke folds no name twice and a renamed employee is folded again. */
static const char *
folded_name (KnEmployee *employee)
{
  static GQuark quark;
  const char *name = kn_employee_get_name (employee);
  const char *cached;
  g_autofree char *folded = NULL;
  gsize length;
  char *both;

  if (quark == 0)
    quark = g_quark_from_static_string ("kn-employees-page-folded-name");

  cached = g_object_get_qdata (G_OBJECT (employee), quark);
  if (cached != NULL && strcmp (cached, name) == 0)
    return cached + strlen (cached) + 1;

  folded = g_utf8_casefold (name, -1);
  length = strlen (name);
  both = g_malloc (length + 1 + strlen (folded) + 1);
  memcpy (both, name, length + 1);
  strcpy (both + length + 1, folded);
  g_object_set_qdata_full (G_OBJECT (employee), quark, both, g_free);
  return both + length + 1;
}

static gboolean
search_filter_func (gpointer item,
                    gpointer user_data)
{
  KnEmployeesPage *self = user_data;
  KnEmployee *employee = item;

  if (self->search_name == NULL)
    return TRUE;

  if (self->search_digits != NULL &&
      strstr (kn_employee_get_nip (employee), self->search_digits) != NULL)
    return TRUE;

  return strstr (folded_name (employee), self->search_name) != NULL;
}

static gboolean
unit_filter_func (gpointer item,
                  gpointer user_data)
{
  KnEmployeesPage *self = user_data;

  if (self->unit_id == 0 || self->store == NULL || self->units_within == NULL)
    return TRUE;

  return g_hash_table_contains (self->units_within, &(gint64){ kn_employee_get_unit_id (item) });
}

/* Who is not active today (pensiun, meninggal, CLTN, …) is listed only with "Show inactive". */
static gboolean
active_filter_func (gpointer item,
                    gpointer user_data)
{
  KnEmployeesPage *self = user_data;

  if (self->inactive == NULL ||
      (self->inactive_check != NULL && gtk_check_button_get_active (self->inactive_check)))
    return TRUE;

  return !g_hash_table_contains (self->inactive, &(gint64){ kn_employee_get_id (item) });
}

static void refilter (KnEmployeesPage *self,
                      gboolean         narrower);

/* Reads who is not active today again, by one query. */
static void
reload_inactive (KnEmployeesPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_clear_pointer (&self->inactive, g_hash_table_unref);
  if (self->store != NULL)
    self->inactive = kn_store_list_inactive (self->store, today, today);
  refilter (self, FALSE);
}

static void
update_count (KnEmployeesPage *self)
{
  guint shown = self->visible->n_shown;
  guint total = self->store != NULL
              ? g_list_model_get_n_items (kn_store_get_employees (self->store)) : 0;
  g_autofree char *text = NULL;

  if (self->sorting != NULL)
    {
      /* The first sort of a large office, in a worker: the list fills in when it is done. */
      gtk_label_set_text (self->count_label, _("Loading employees…"));
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u employee", "%u employees", total),
                            total);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u employee shown",
                                         "%u of %u employees shown", total),
                            shown, total);

  gtk_label_set_text (self->count_label, text);
  if (total == 0 && (self->store == NULL ||
                     g_list_model_get_n_items (kn_store_get_units (self->store)) == 0))
    gtk_stack_set_visible_child_name (self->list_stack, "welcome");
  else
    gtk_stack_set_visible_child_name (self->list_stack, shown > 0 || total == 0 ? "list" : "empty");
}

/* Rows are added at most this many a turn of the main loop while fewer than GROW_UNTIL are
 * shown: GTK makes the cells of up to about two hundred rows at once, and making all of them in
 * one go blocked the window (going back to every unit from a small one). 40 a turn were ~8 ms,
 * and the frame laying them out 22-25 ms, at the launch at 19,000 (issue 13). */
#define GROW_STEP 20
#define GROW_UNTIL 240

static void
show_rows (KnEmployeesPage *self,
           guint            n)
{
  KnRowList *rows = self->rows;

  for (guint i = rows->items->len; i < n; i++)
    g_ptr_array_add (rows->items, g_object_new (KN_TYPE_EMPLOYEE_SLOT, NULL));
  for (guint i = rows->n_shown; i < n; i++)
    kn_employee_slot_set_employee (g_ptr_array_index (rows->items, i),
                                   g_ptr_array_index (self->visible->items, i));
  kn_row_list_set_n_shown (rows, n);
}

static gboolean
grow_rows_cb (gpointer data)
{
  KnEmployeesPage *self = data;
  guint n = self->visible->n_shown;

  show_rows (self, MIN (n, self->rows->n_shown + GROW_STEP));
  if (self->rows->n_shown < n && self->rows->n_shown < GROW_UNTIL)
    return G_SOURCE_CONTINUE;
  show_rows (self, n);
  self->grow_source = 0;
  return G_SOURCE_REMOVE;
}

/* Every visible employee in a row now (before choosing one by position). */
static void
finish_rows (KnEmployeesPage *self)
{
  g_clear_handle_id (&self->grow_source, g_source_remove);
  show_rows (self, self->visible->n_shown);
}

/* The rows show the visible employees: each row kept shows the employee now at its position, the
 * rows beyond come or go; the chosen employee stays chosen while visible. */
static void
sync_rows (KnEmployeesPage *self)
{
  KnRowList *rows = self->rows;
  GPtrArray *visible = self->visible->items;
  guint n = visible->len;
  guint chosen_at = gtk_single_selection_get_selected (self->selection);
  g_autoptr(KnEmployee) chosen = NULL;
  guint keep = MIN (n, rows->n_shown);

  if (chosen_at < rows->n_shown)
    chosen = g_object_ref (((KnEmployeeSlot *)g_ptr_array_index (rows->items, chosen_at))->employee);

  g_clear_handle_id (&self->grow_source, g_source_remove);
  for (guint i = 0; i < keep; i++)
    kn_employee_slot_set_employee (g_ptr_array_index (rows->items, i), g_ptr_array_index (visible, i));
  if (n < rows->n_shown)
    kn_row_list_set_n_shown (rows, n);
  else if (n > rows->n_shown)
    {
      if (rows->n_shown + GROW_STEP < n && rows->n_shown < GROW_UNTIL)
        {
          show_rows (self, rows->n_shown + GROW_STEP);
          self->grow_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, grow_rows_cb, self, NULL);
        }
      else
        show_rows (self, n);
    }

  if (chosen != NULL)
    {
      guint found = GTK_INVALID_LIST_POSITION;

      for (guint i = 0; i < n && found == GTK_INVALID_LIST_POSITION; i++)
        if (g_ptr_array_index (visible, i) == chosen)
          found = i;
      if (found != GTK_INVALID_LIST_POSITION && found >= rows->n_shown)
        finish_rows (self);
      gtk_single_selection_set_selected (self->selection, found);
    }
}

/* The visible employees anew: the sorted list through the search, the unit and who is active.
 * @narrower: the search only grew stricter, so only those visible now need asking. */
static void
refilter (KnEmployeesPage *self,
          gboolean         narrower)
{
  GPtrArray *from = NULL;
  GPtrArray *through;
  guint n;

  if (self->visible == NULL)
    return;

  if (narrower)
    {
      from = self->visible->items;
      n = self->visible->n_shown;
    }
  else
    n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));

  through = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      KnEmployee *employee = from != NULL ? g_object_ref (g_ptr_array_index (from, i))
                                          : g_list_model_get_item (G_LIST_MODEL (self->sort_model), i);

      if (search_filter_func (employee, self) && unit_filter_func (employee, self) &&
          active_filter_func (employee, self))
        g_ptr_array_add (through, employee);
      else
        g_object_unref (employee);
    }

  kn_row_list_take (self->visible, through);
  sync_rows (self);
  update_count (self);
}

static void
on_sorted_items_changed_cb (GListModel      *model,
                            guint            position,
                            guint            removed,
                            guint            added,
                            KnEmployeesPage *self)
{
  /* Sorting a little at a time: the rows keep the old order until the new one is whole. */
  if (gtk_sort_list_model_get_pending (self->sort_model) > 0)
    {
      self->refilter_when_sorted = TRUE;
      return;
    }
  self->refilter_when_sorted = FALSE;
  refilter (self, FALSE);
}

static void
on_sort_pending_cb (GtkSortListModel *model,
                    GParamSpec       *pspec,
                    KnEmployeesPage  *self)
{
  if (self->refilter_when_sorted && gtk_sort_list_model_get_pending (model) == 0)
    {
      self->refilter_when_sorted = FALSE;
      refilter (self, FALSE);
    }
}

static void
name_sort_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (source);
  KnNameSort *job = kn_employees_cells_name_sort_finish (result, &self->sorting);

  if (job == NULL)
    return;
  kn_employees_cells_name_sort_apply (job, self->presorted);
  update_count (self);
}

static gboolean
start_pending_sort_cb (GtkWidget     *root,
                       GdkFrameClock *clock,
                       gpointer       data)
{
  KnEmployeesPage *self = data;
  g_autoptr(GTask) task = g_steal_pointer (&self->pending_sort);

  if (task != NULL)
    kn_employees_cells_name_sort_start (task);
  return G_SOURCE_REMOVE;
}

/* Stops the sort running or waiting, if any. */
static void
drop_sort (KnEmployeesPage *self)
{
  g_autoptr(GTask) pending = g_steal_pointer (&self->pending_sort);

  if (self->sorting != NULL)
    g_cancellable_cancel (self->sorting);
  g_clear_object (&self->sorting);
  if (pending != NULL)
    g_task_return_error_if_cancelled (pending);
}

/* Fills the list from the store's employees anew: at once for a small office, else after a
 * worker has sorted them by name (the window shows meanwhile). */
static void
load_employees (KnEmployeesPage *self)
{
  KnNameSort *job;
  gboolean waiting = self->pending_sort != NULL;
  guint n;

  drop_sort (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->presorted)) > 0)
    g_list_store_remove_all (self->presorted);

  job = kn_employees_cells_name_sort_new (self->mirror, TRUE);
  n = kn_employees_cells_name_sort_get_n (job);
  /* A large office's list sorts a little each turn of the main loop when a header is clicked,
   * and shows the new order once it is whole (on_sort_pending_cb). */
  gtk_sort_list_model_set_incremental (self->sort_model, n >= self->background_from);

  if (n < self->background_from)
    {
      kn_employees_cells_name_sort_run (job);
      kn_employees_cells_name_sort_apply (job, self->presorted);
      kn_employees_cells_name_sort_free (job);
    }
  else
    {
      g_autoptr(GTask) task = NULL;

      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      task = kn_employees_cells_name_sort_task (self, job, &self->sorting, name_sort_done_cb,
                                                NULL);
      /* A window opening waits for nothing: the sort starts with its first frame. */
      if (root != NULL && !gtk_widget_get_mapped (GTK_WIDGET (root)))
        {
          g_set_object (&self->pending_sort, task);
          if (!waiting)
            gtk_widget_add_tick_callback (GTK_WIDGET (root), start_pending_sort_cb,
                                          g_object_ref (self), g_object_unref);
        }
      else
        kn_employees_cells_name_sort_start (task);
    }
  update_count (self);
}

/* The store's employees changed: one added or deleted goes to (or leaves) the list alone, the
 * rest stays as it is; the store read anew sorts anew. */
static void
on_employees_changed_cb (GListModel      *employees,
                         guint            position,
                         guint            removed,
                         guint            added,
                         KnEmployeesPage *self)
{
  guint n_presorted = g_list_model_get_n_items (G_LIST_MODEL (self->presorted));

  if (self->sorting != NULL || (position == 0 && removed == self->mirror->len && removed > 0))
    {
      g_ptr_array_remove_range (self->mirror, position, removed);
      for (guint i = 0; i < added; i++)
        g_ptr_array_insert (self->mirror, position + i, g_list_model_get_item (employees, position + i));
      load_employees (self);
      return;
    }

  for (guint i = position; i < position + removed; i++)
    {
      gpointer gone = g_ptr_array_index (self->mirror, i);

      for (guint j = 0; j < n_presorted; j++)
        {
          g_autoptr(KnEmployee) employee = g_list_model_get_item (G_LIST_MODEL (self->presorted), j);

          if (employee == gone)
            {
              g_list_store_remove (self->presorted, j);
              n_presorted--;
              break;
            }
        }
    }
  g_ptr_array_remove_range (self->mirror, position, removed);

  if (added > 0)
    {
      g_autofree gpointer *items = g_new (gpointer, added);

      for (guint i = 0; i < added; i++)
        {
          items[i] = g_list_model_get_item (employees, position + i);
          g_ptr_array_insert (self->mirror, position + i, items[i]);
        }
      /* After the others: the list's sort puts them in place. */
      g_list_store_splice (self->presorted, n_presorted, 0, items, added);
    }
}

static void
on_selection_changed_cb (GtkSingleSelection *selection,
                         GParamSpec         *pspec,
                         KnEmployeesPage    *self)
{
  kn_employees_page_update_actions (self);
}

/* The units of the chosen unit's subtree, once per choice (and per change of the tree), so that
 * the filter asks a table, not the tree, for each person. */
static void
collect_units_within (KnEmployeesPage *self)
{
  GListModel *units;

  g_clear_pointer (&self->units_within, g_hash_table_unref);
  if (self->unit_id == 0 || self->store == NULL)
    return;

  units = kn_store_get_units (self->store);
  self->units_within = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(KnOrgUnit) unit = g_list_model_get_item (units, i);
      gint64 id = kn_org_unit_get_id (unit);

      if (kn_store_unit_is_within (self->store, id, self->unit_id))
        g_hash_table_add (self->units_within, g_memdup2 (&id, sizeof id));
    }
}

static void
set_unit_filter (KnEmployeesPage *self,
                 gint64           unit_id)
{
  if (self->unit_id == unit_id)
    return;

  self->unit_id = unit_id;
  collect_units_within (self);
  refilter (self, FALSE);
  gtk_toggle_button_set_active (self->all_units_button, unit_id == 0);
  kn_employees_page_update_actions (self);
}

static void
on_unit_selection_changed_cb (GtkSingleSelection *selection,
                              GParamSpec         *pspec,
                              KnEmployeesPage    *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (selection);
  KnOrgUnit *unit = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  set_unit_filter (self, unit != NULL ? kn_org_unit_get_id (unit) : 0);
  g_clear_object (&unit);
}

/* The unit tree's top level comes in a unit a frame (issue 13): each row, a wrapped label, costs
 * 10-15 ms of layout on a busy machine, and a province's 41 OPDs laid out at once were one stall
 * of 130-160 ms as the window opened. */
#define UNIT_STEP 1

static void
stop_growing_units (KnEmployeesPage *self)
{
  if (self->unit_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->units_view), self->unit_tick);
  self->unit_tick = 0;
}

/* Adds up to @n more top-level units (G_MAXUINT: all the rest); FALSE once all are there. */
static gboolean
grow_units (KnEmployeesPage *self,
            guint            n)
{
  gint64 top = 0;
  GPtrArray *kids = self->unit_children != NULL ? g_hash_table_lookup (self->unit_children, &top)
                                                : NULL;
  guint shown = self->unit_roots != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->unit_roots))
                                         : 0;

  if (kids == NULL || self->unit_roots == NULL || shown >= kids->len)
    {
      stop_growing_units (self);
      return FALSE;
    }
  n = MIN (n, kids->len - shown);
  g_list_store_splice (self->unit_roots, shown, 0, kids->pdata + shown, n);
  if (shown + n < kids->len)
    return TRUE;
  stop_growing_units (self);
  return FALSE;
}

static gboolean
grow_units_cb (GtkWidget     *view,
               GdkFrameClock *clock,
               gpointer       data)
{
  KnEmployeesPage *self = data;

  if (grow_units (self, UNIT_STEP))
    return G_SOURCE_CONTINUE;
  self->unit_tick = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
select_unit_row (KnEmployeesPage *self,
                 gint64           unit_id)
{
  GListModel *model;
  guint n;

  if (self->unit_selection == NULL)
    return FALSE;
  /* Every unit in the tree before one is looked for. */
  grow_units (self, G_MAXUINT);
  kn_employees_page_finish_unit_fills (self, FALSE);

  model = G_LIST_MODEL (self->unit_selection);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(KnOrgUnit) unit = gtk_tree_list_row_get_item (row);

      if (kn_org_unit_get_id (unit) == unit_id)
        {
          gtk_single_selection_set_selected (self->unit_selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* Each unit's children (in the store's order, as kn_store_list_child_units gives them), read
 * once for the whole tree: asking the store for each unit's children read every unit each time,
 * a million reads for a province's tree opened whole. */
static void
index_unit_children (KnEmployeesPage *self)
{
  GListModel *units;
  guint n;

  g_clear_pointer (&self->unit_children, g_hash_table_unref);
  if (self->store == NULL)
    return;

  units = kn_store_get_units (self->store);
  n = g_list_model_get_n_items (units);
  self->unit_children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                               (GDestroyNotify)g_ptr_array_unref);
  for (guint i = 0; i < n; i++)
    {
      KnOrgUnit *unit = g_list_model_get_item (units, i);
      gint64 parent_id = kn_org_unit_get_parent_id (unit);
      GPtrArray *kids = g_hash_table_lookup (self->unit_children, &parent_id);

      if (kids == NULL)
        {
          kids = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (self->unit_children, g_memdup2 (&parent_id, sizeof parent_id), kids);
        }
      g_ptr_array_add (kids, unit);
    }
}

static void
rebuild_unit_tree (KnEmployeesPage *self)
{
  GtkTreeListModel *tree;
  gint64 keep = self->unit_id;

  if (self->unit_selection != NULL)
    g_signal_handlers_disconnect_by_func (self->unit_selection, on_unit_selection_changed_cb, self);
  g_clear_object (&self->unit_selection);
  stop_growing_units (self);
  kn_employees_page_finish_unit_fills (self, TRUE);
  self->unit_roots = NULL;

  if (self->store == NULL)
    {
      gtk_list_view_set_model (self->units_view, NULL);
      return;
    }

  index_unit_children (self);
  /* The top level: whole when a chosen unit is kept, else a unit a frame. */
  self->unit_roots = g_list_store_new (KN_TYPE_ORG_UNIT);
  tree = gtk_tree_list_model_new (G_LIST_MODEL (self->unit_roots), FALSE, TRUE,
                                  kn_employees_page_create_unit_children, self, NULL);
  if (grow_units (self, keep != 0 ? G_MAXUINT : UNIT_STEP))
    self->unit_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->units_view), grow_units_cb,
                                                    self, NULL);
  self->unit_selection = gtk_single_selection_new (G_LIST_MODEL (tree));
  gtk_single_selection_set_autoselect (self->unit_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->unit_selection, TRUE);
  gtk_single_selection_set_selected (self->unit_selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->units_view, GTK_SELECTION_MODEL (self->unit_selection));

  if (keep == 0 || !select_unit_row (self, keep))
    set_unit_filter (self, 0);

  g_signal_connect (self->unit_selection, "notify::selected",
                    G_CALLBACK (on_unit_selection_changed_cb), self);
}

static void
on_units_changed_cb (GListModel      *units,
                     guint            position,
                     guint            removed,
                     guint            added,
                     KnEmployeesPage *self)
{
  rebuild_unit_tree (self);
  if (self->units_within != NULL)
    {
      collect_units_within (self);
      refilter (self, FALSE);
    }
  update_count (self);
}

static void
on_inactive_toggled_cb (GtkCheckButton  *button,
                        KnEmployeesPage *self)
{
  refilter (self, !gtk_check_button_get_active (button));
}

static void
on_store_changed_cb (KnStore         *store,
                     KnStoreChanges  *changes,
                     KnEmployeesPage *self)
{
  reload_inactive (self);
  /* What the login may do may have changed too (kn_store_refresh_login). */
  kn_employees_page_update_actions (self);
}

static void
on_all_units_toggled_cb (GtkToggleButton *button,
                         KnEmployeesPage *self)
{
  if (gtk_toggle_button_get_active (button) && self->unit_id != 0)
    kn_employees_page_select_unit (self, 0);
  else if (!gtk_toggle_button_get_active (button) && self->unit_id == 0)
    gtk_toggle_button_set_active (button, TRUE);
}

static void
on_unit_activated_cb (GtkListView     *view,
                      guint            position,
                      KnEmployeesPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "units.edit", NULL);
}

static void
on_search_changed_cb (GtkSearchEntry  *entry,
                      KnEmployeesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;
  g_autofree char *old = g_steal_pointer (&self->search_name);

  g_clear_pointer (&self->search_digits, g_free);

  if (trimmed[0] != '\0')
    {
      self->search_name = g_utf8_casefold (trimmed, -1);
      self->search_digits = kn_nip_normalize (trimmed);
      if (self->search_digits != NULL && self->search_digits[0] == '\0')
        g_clear_pointer (&self->search_digits, g_free);

      if (old != NULL && strstr (self->search_name, old) != NULL && self->search_digits == NULL)
        change = GTK_FILTER_CHANGE_MORE_STRICT;
    }
  else if (old != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  refilter (self, change == GTK_FILTER_CHANGE_MORE_STRICT);
}

static void
on_stop_search_cb (GtkSearchEntry  *entry,
                   KnEmployeesPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_row_activated_cb (GtkColumnView   *view,
                     guint            position,
                     KnEmployeesPage *self)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "employees.edit", NULL);
}

/* Lets go of the store's lists and changes, which the page follows while it has the store. */
static void
unfollow_store (KnEmployeesPage *self)
{
  if (self->store == NULL)
    return;
  g_signal_handlers_disconnect_by_data (kn_store_get_units (self->store), self);
  g_signal_handlers_disconnect_by_data (kn_store_get_employees (self->store), self);
  g_signal_handlers_disconnect_by_data (self->store, self);
}

static void
kn_employees_page_dispose (GObject *object)
{
  KnEmployeesPage *self = (KnEmployeesPage *)object;

  unfollow_store (self);
  drop_sort (self);
  if (self->unit_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->unit_selection, self);
  stop_growing_units (self);
  kn_employees_page_finish_unit_fills (self, TRUE);
  self->unit_roots = NULL;
  /* The column view's sorter changes as the template goes and the list follows it. */
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  g_clear_handle_id (&self->grow_source, g_source_remove);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KN_TYPE_EMPLOYEES_PAGE);

  g_clear_weak_pointer (&self->dialog);
  g_clear_object (&self->unit_selection);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->visible);
  g_clear_object (&self->presorted);
  g_clear_pointer (&self->mirror, g_ptr_array_unref);
  g_clear_pointer (&self->inactive, g_hash_table_unref);
  g_clear_pointer (&self->units_within, g_hash_table_unref);
  g_clear_pointer (&self->unit_children, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kn_employees_page_parent_class)->dispose (object);
}

static void
kn_employees_page_finalize (GObject *object)
{
  KnEmployeesPage *self = (KnEmployeesPage *)object;

  g_clear_pointer (&self->search_name, g_free);
  g_clear_pointer (&self->search_digits, g_free);

  G_OBJECT_CLASS (kn_employees_page_parent_class)->finalize (object);
}

static void
kn_employees_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, kn_employees_page_get_store (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_employees_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      kn_employees_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Set after the first frame (kn-late-tooltips.h). */
static const KnLateTooltip page_tooltips[] = {
  { "add_unit_button", N_("Add a Unit") },
  { "edit_unit_button", N_("Rename or Move the Unit") },
  { "delete_unit_button", N_("Delete the Unit") },
  { "all_units_button", N_("Show the employees of every unit") },
  { "inactive_check", N_("Also list who retired, died, was dismissed, moved to another instansi "
                         "or is on CLTN or study leave today") },
  { "add_employee_button", N_("Add an Employee (Ctrl+N)") },
  { "import_button", N_("Import Employees from Excel or CSV") },
  { "edit_button", N_("Edit the Selected Employee (Enter)") },
  { "delete_employee_button", N_("Delete the Selected Employee (Delete)") },
};

static void
kn_employees_page_class_init (KnEmployeesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kn_employees_page_dispose;
  object_class->finalize = kn_employees_page_finalize;
  object_class->get_property = kn_employees_page_get_property;
  object_class->set_property = kn_employees_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, KN_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KN_TYPE_EMPLOYEE);
  g_type_ensure (KN_TYPE_ORG_UNIT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/id/go/lampungprov/Kinerja/kn-employees-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, paned);
  /* The buttons known only by their tooltips (all_units_button, inactive_check and edit_button
   * are bound below). */
  for (guint i = 0; i < G_N_ELEMENTS (page_tooltips); i++)
    if (!g_str_equal (page_tooltips[i].child, "all_units_button") &&
        !g_str_equal (page_tooltips[i].child, "inactive_check") &&
        !g_str_equal (page_tooltips[i].child, "edit_button"))
      gtk_widget_class_bind_template_child_full (widget_class, page_tooltips[i].child, FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, all_units_button);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, units_view);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, inactive_check);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, edit_content);
  gtk_widget_class_bind_template_callback (widget_class, on_all_units_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_inactive_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  kn_employees_page_install_actions (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "employees.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "employees.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "employees.delete-focused", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "employees.edit", NULL);
}

static void
kn_employees_page_init (KnEmployeesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kn_late_tooltips_set (GTK_WIDGET (self), KN_TYPE_EMPLOYEES_PAGE, page_tooltips,
                        G_N_ELEMENTS (page_tooltips));
  kn_employees_cells_set_column_factories (self->column_view);
  kn_employees_cells_set_column_sorters (self->column_view);
  kn_employees_cells_set_unit_factory (self->units_view);

  /* Sorted first, then filtered: a keystroke or a unit filters the sorted list again and never
   * sorts it (the sort follows only the columns and the store's own changes). */
  self->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  self->presorted = g_list_store_new (KN_TYPE_EMPLOYEE);
  self->background_from = 2000;
  self->visible = kn_row_list_new (KN_TYPE_EMPLOYEE);
  self->rows = kn_row_list_new (KN_TYPE_EMPLOYEE_SLOT);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->presorted)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);

  g_signal_connect (self->sort_model, "items-changed",
                    G_CALLBACK (on_sorted_items_changed_cb), self);
  g_signal_connect (self->sort_model, "notify::pending", G_CALLBACK (on_sort_pending_cb), self);
  g_signal_connect (self->selection, "notify::selected-item",
                    G_CALLBACK (on_selection_changed_cb), self);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  kn_employees_page_update_actions (self);
  update_count (self);
}

KnStore *
kn_employees_page_get_store (KnEmployeesPage *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEES_PAGE (self), NULL);
  return self->store;
}

void
kn_employees_page_set_store (KnEmployeesPage *self,
                             KnStore         *store)
{
  g_return_if_fail (KN_IS_EMPLOYEES_PAGE (self));
  g_return_if_fail (store == NULL || KN_IS_STORE (store));

  if (self->store == store)
    return;

  unfollow_store (self);

  g_set_object (&self->store, store);
  self->unit_id = 0;
  reload_inactive (self);

  g_clear_pointer (&self->units_within, g_hash_table_unref);
  g_ptr_array_set_size (self->mirror, 0);
  if (store != NULL)
    {
      GListModel *employees = kn_store_get_employees (store);
      guint n = g_list_model_get_n_items (employees);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (self->mirror, g_list_model_get_item (employees, i));
    }
  load_employees (self);
  rebuild_unit_tree (self);

  if (store != NULL)
    {
      g_signal_connect (kn_store_get_employees (store), "items-changed",
                        G_CALLBACK (on_employees_changed_cb), self);
      g_signal_connect (kn_store_get_units (store), "items-changed",
                        G_CALLBACK (on_units_changed_cb), self);
      /* A status set in the employee dialog, or by kinerja-cli, changes who is active. */
      g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
    }

  kn_employees_page_update_actions (self);
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

GListModel *
kn_employees_page_get_visible (KnEmployeesPage *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEES_PAGE (self), NULL);
  return G_LIST_MODEL (self->visible);
}

void
kn_employees_page_set_search_text (KnEmployeesPage *self,
                                   const char      *text)
{
  g_return_if_fail (KN_IS_EMPLOYEES_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* The entry waits a moment before it reports; callers want the result now. */
  on_search_changed_cb (self->search_entry, self);
}

void
kn_employees_page_select_unit (KnEmployeesPage *self,
                               gint64           unit_id)
{
  g_return_if_fail (KN_IS_EMPLOYEES_PAGE (self));

  if (unit_id == 0 || !select_unit_row (self, unit_id))
    {
      if (self->unit_selection != NULL)
        gtk_single_selection_set_selected (self->unit_selection, GTK_INVALID_LIST_POSITION);
      set_unit_filter (self, 0);
    }
}

gint64
kn_employees_page_get_selected_unit_id (KnEmployeesPage *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEES_PAGE (self), 0);
  return self->unit_id;
}

gboolean
kn_employees_page_select_employee (KnEmployeesPage *self,
                                   gint64           employee_id)
{
  g_return_val_if_fail (KN_IS_EMPLOYEES_PAGE (self), FALSE);

  for (guint i = 0; i < self->visible->n_shown; i++)
    {
      KnEmployee *employee = g_ptr_array_index (self->visible->items, i);

      if (kn_employee_get_id (employee) == employee_id)
        {
          if (i >= self->rows->n_shown)
            finish_rows (self);
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }

  return FALSE;
}

KnEmployee *
kn_employees_page_get_selected_employee (KnEmployeesPage *self)
{
  KnEmployeeSlot *slot;

  g_return_val_if_fail (KN_IS_EMPLOYEES_PAGE (self), NULL);

  slot = gtk_single_selection_get_selected_item (self->selection);
  return slot != NULL ? slot->employee : NULL;
}

GtkWindow *
kn_employees_page_get_dialog (KnEmployeesPage *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEES_PAGE (self), NULL);
  return self->dialog;
}

gboolean
kn_employees_page_is_loading (KnEmployeesPage *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEES_PAGE (self), FALSE);
  return self->sorting != NULL;
}

gboolean
kn_employees_page_is_settling (KnEmployeesPage *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEES_PAGE (self), FALSE);
  return self->sorting != NULL || self->pending_sort != NULL || self->grow_source != 0 ||
         ((self->unit_tick != 0 || self->fill_tick != 0) &&
          gtk_widget_get_mapped (GTK_WIDGET (self->units_view)));
}

gboolean
kn_employees_page_is_sorting (KnEmployeesPage *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEES_PAGE (self), FALSE);
  return gtk_sort_list_model_get_pending (self->sort_model) > 0 || self->refilter_when_sorted;
}

void
kn_employees_page_set_background_from (KnEmployeesPage *self,
                                       guint            n_employees)
{
  g_return_if_fail (KN_IS_EMPLOYEES_PAGE (self));
  self->background_from = n_employees;
}

const char *
kn_employees_page_get_count_text (KnEmployeesPage *self)
{
  g_return_val_if_fail (KN_IS_EMPLOYEES_PAGE (self), NULL);
  return gtk_label_get_text (self->count_label);
}
