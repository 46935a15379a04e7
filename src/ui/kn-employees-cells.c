/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Pegawai place's cells (kn-employees-cells.h). */

#define G_LOG_DOMAIN "kn-employees-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include <adwaita.h>

#include "kinerja/kn-employee.h"
#include "kinerja/kn-org-unit.h"
#include "kinerja/kn-worker.h"

#include "kn-employee-rows.h"
#include "kn-employees-cells.h"
#include "kn-text-frame.h"

/* The whole name or position of a cell, on hover. Asked for only when the pointer rests (a
 * tooltip bound on every cell made GTK look for the pointer, an X round trip, on each bind). */
static gboolean
on_query_tooltip_cb (GtkWidget       *view,
                     int              x,
                     int              y,
                     gboolean         keyboard,
                     GtkTooltip      *tooltip,
                     gpointer         user_data)
{
  GtkWidget *cell;
  const char *text;

  if (keyboard)
    return FALSE;

  cell = gtk_widget_pick (view, x, y, GTK_PICK_DEFAULT);
  if (cell == NULL || !GTK_IS_INSCRIPTION (cell) ||
      !gtk_widget_has_css_class (cell, "full-text-tooltip"))
    return FALSE;

  text = gtk_inscription_get_text (GTK_INSCRIPTION (cell));
  if (text == NULL || text[0] == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The table's cells: two lines each, the first whole on hover (full-text-tooltip), the second
 * dimmed. Made in C, not from a builder template per cell: a change of the filtered list makes
 * up to a couple of hundred rows of four cells anew, and parsing a template for each was most of
 * a keystroke at province scale. */
typedef struct
{
  const char *first;    /* the KnEmployee property on the first line */
  const char *second;   /* and on the second */
  int         nat_chars;
} CellKind;

static const CellKind cell_kinds[] = {
  { "name", "nip-display", 12 },
  { "position", "position-kind-label", 12 },
  { "rank-label", "status-label", 10 },
  { "unit-name", "supervisor-name", 12 },
};

static GQuark cell_handler_quark;   /* on the list item: the handler on the shown employee */

static void
cell_show (GtkListItem    *list_item,
           const CellKind *kind)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *first = gtk_widget_get_first_child (box);
  GtkWidget *second = gtk_widget_get_next_sibling (first);
  KnEmployeeSlot *slot = gtk_list_item_get_item (list_item);
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;

  if (slot != NULL && slot->employee != NULL)
    g_object_get (slot->employee, kind->first, &first_text, kind->second, &second_text, NULL);
  gtk_inscription_set_text (GTK_INSCRIPTION (first), first_text);
  gtk_inscription_set_text (GTK_INSCRIPTION (second), second_text);
}

/* An edited employee is changed in place: the shown row follows, as a binding would. */
static void
on_cell_item_notify_cb (GObject     *item,
                        GParamSpec  *pspec,
                        GtkListItem *list_item)
{
  const CellKind *kind = g_object_get_data (G_OBJECT (list_item), "kn-cell-kind");

  if (g_str_equal (pspec->name, kind->first) || g_str_equal (pspec->name, kind->second))
    cell_show (list_item, kind);
}

static GtkWidget *
cell_line_new (int nat_chars)
{
  GtkWidget *line = gtk_inscription_new (NULL);

  gtk_widget_set_hexpand (line, TRUE);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (line), nat_chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (line),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  return line;
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               const CellKind           *kind)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *first = cell_line_new (kind->nat_chars);
  GtkWidget *second = cell_line_new (kind->nat_chars);

  gtk_widget_add_css_class (first, "full-text-tooltip");
  gtk_widget_add_css_class (second, "dim-label");
  gtk_widget_add_css_class (second, "caption");
  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), second);
  gtk_list_item_set_child (list_item, box);
  g_object_set_data (G_OBJECT (list_item), "kn-cell-kind", (gpointer)kind);
}

/* Follows the employee the row shows: its changes, and then another employee in the row. */
static void
cell_watch (GtkListItem *list_item,
            KnEmployee  *employee)
{
  GObject *watched = g_object_get_data (G_OBJECT (list_item), "kn-cell-employee");
  gulong handler = GPOINTER_TO_SIZE (g_object_get_qdata (G_OBJECT (list_item),
                                                         cell_handler_quark));

  if (watched == (GObject *)employee)
    return;
  if (watched != NULL && handler != 0)
    g_signal_handler_disconnect (watched, handler);
  handler = employee != NULL
          ? g_signal_connect_object (employee, "notify", G_CALLBACK (on_cell_item_notify_cb),
                                     list_item, 0)
          : 0;
  g_object_set_qdata (G_OBJECT (list_item), cell_handler_quark, GSIZE_TO_POINTER (handler));
  g_object_set_data_full (G_OBJECT (list_item), "kn-cell-employee",
                          employee != NULL ? g_object_ref (employee) : NULL, g_object_unref);
}

static void
on_cell_slot_changed_cb (KnEmployeeSlot *slot,
                         GParamSpec     *pspec,
                         GtkListItem    *list_item)
{
  cell_watch (list_item, slot->employee);
  cell_show (list_item, g_object_get_data (G_OBJECT (list_item), "kn-cell-kind"));
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              const CellKind           *kind)
{
  KnEmployeeSlot *slot = gtk_list_item_get_item (list_item);

  cell_watch (list_item, slot->employee);
  cell_show (list_item, kind);
  g_signal_connect_object (slot, "notify::employee", G_CALLBACK (on_cell_slot_changed_cb),
                           list_item, 0);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                const CellKind           *kind)
{
  gpointer slot = gtk_list_item_get_item (list_item);

  if (slot != NULL)
    g_signal_handlers_disconnect_by_func (slot, on_cell_slot_changed_cb, list_item);
  cell_watch (list_item, NULL);
}

/* The unit tree's rows: an expander and the unit's name; its whole path on hover, asked for
 * only when the pointer rests (on_units_query_tooltip_cb), not bound on every row. */
static void
on_unit_name_changed_cb (KnOrgUnit  *unit,
                         GParamSpec *pspec,
                         GtkLabel   *label)
{
  gtk_label_set_text (label, kn_org_unit_get_name (unit));
}

static void
unit_row_setup_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Wrapped, not cut: a unit's name is read whole, at large text too. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* In a text frame: the expander's box asks its width for the row's height at each
   * allocation, and the tree's ~200 rows were laid out anew in every frame (issue 13). */
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), kn_text_frame_new (label));
  gtk_list_item_set_child (list_item, expander);
}

static GtkWidget *
unit_row_label (GtkTreeExpander *expander)
{
  return adw_bin_get_child (ADW_BIN (gtk_tree_expander_get_child (expander)));
}

static void
unit_row_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item));
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(KnOrgUnit) unit = gtk_tree_list_row_get_item (row);
  GtkWidget *label = unit_row_label (expander);

  gtk_tree_expander_set_list_row (expander, row);
  gtk_label_set_text (GTK_LABEL (label), kn_org_unit_get_name (unit));
  g_signal_connect_object (unit, "notify::name", G_CALLBACK (on_unit_name_changed_cb), label, 0);
}

static void
unit_row_unbind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item));
  GtkTreeListRow *row = gtk_tree_expander_get_list_row (expander);
  g_autoptr(KnOrgUnit) unit = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  if (unit != NULL)
    g_signal_handlers_disconnect_by_func (unit, on_unit_name_changed_cb, unit_row_label (expander));
  gtk_tree_expander_set_list_row (expander, NULL);
}

static gboolean
on_units_query_tooltip_cb (GtkWidget       *view,
                           int              x,
                           int              y,
                           gboolean         keyboard,
                           GtkTooltip      *tooltip,
                           gpointer         user_data)
{
  GtkWidget *picked;
  GtkTreeListRow *row;
  g_autoptr(KnOrgUnit) unit = NULL;

  if (keyboard)
    return FALSE;

  picked = gtk_widget_pick (view, x, y, GTK_PICK_DEFAULT);
  while (picked != NULL && picked != view && !GTK_IS_TREE_EXPANDER (picked))
    picked = gtk_widget_get_parent (picked);
  if (picked == NULL || picked == view)
    return FALSE;

  row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (picked));
  unit = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  if (unit == NULL || kn_org_unit_get_path (unit) == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, kn_org_unit_get_path (unit));
  return TRUE;
}

void
kn_employees_cells_set_unit_factory (GtkListView *units_view)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (unit_row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (unit_row_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unit_row_unbind_cb), NULL);
  gtk_list_view_set_factory (units_view, factory);
  gtk_widget_set_has_tooltip (GTK_WIDGET (units_view), TRUE);
  g_signal_connect (units_view, "query-tooltip", G_CALLBACK (on_units_query_tooltip_cb), NULL);
}

void
kn_employees_cells_set_column_factories (GtkColumnView *column_view)
{
  GListModel *columns = gtk_column_view_get_columns (column_view);

  if (cell_handler_quark == 0)
    cell_handler_quark = g_quark_from_static_string ("kn-employees-page-cell-handler");

  g_assert (g_list_model_get_n_items (columns) == G_N_ELEMENTS (cell_kinds));
  for (guint i = 0; i < G_N_ELEMENTS (cell_kinds); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), (gpointer)&cell_kinds[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), (gpointer)&cell_kinds[i]);
      g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), (gpointer)&cell_kinds[i]);
      gtk_column_view_column_set_factory (column, factory);
    }
  gtk_widget_set_has_tooltip (GTK_WIDGET (column_view), TRUE);
  g_signal_connect (column_view, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
}

/* The columns' order: the name's as a GtkStringSorter over "sort-name" orders (the collation key
 * of the name without titles, kn_employee_sort_name_for), the position's and unit's as one over
 * the text (its casefolded collation key), the rank's by rank order; the keys kept on each
 * employee with the text they were made from ("text\0key"), made once (or in a worker when a
 * large office is read) rather than on every sort or click of a header (issue 13). */
static GQuark name_key_quark;
static GQuark position_key_quark;
static GQuark unit_key_quark;

static void
ensure_key_quarks (void)
{
  if (name_key_quark == 0)
    {
      name_key_quark = g_quark_from_static_string ("kn-employees-page-name-key");
      position_key_quark = g_quark_from_static_string ("kn-employees-page-position-key");
      unit_key_quark = g_quark_from_static_string ("kn-employees-page-unit-key");
    }
}

static char *
text_and_key (const char *text,
              const char *key)
{
  gsize length = strlen (text);
  char *both = g_malloc (length + 1 + strlen (key) + 1);

  memcpy (both, text, length + 1);
  strcpy (both + length + 1, key);
  return both;
}

char *
kn_employees_cells_name_key_for (const char *name)
{
  g_autofree char *sort_name = kn_employee_sort_name_for (name != NULL ? name : "");
  g_autofree char *key = g_utf8_collate_key (sort_name, -1);

  return text_and_key (name != NULL ? name : "", key);
}

char *
kn_employees_cells_key_for (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  g_autofree char *key = g_utf8_collate_key (folded, -1);

  return text_and_key (text != NULL ? text : "", key);
}

static const char *
kept_key (KnEmployee *employee,
          GQuark      quark,
          const char *text)
{
  const char *cached = g_object_get_qdata (G_OBJECT (employee), quark);
  char *both;

  if (text == NULL)
    text = "";
  if (cached != NULL && strcmp (cached, text) == 0)
    return cached + strlen (cached) + 1;

  both = quark == name_key_quark ? kn_employees_cells_name_key_for (text)
                                 : kn_employees_cells_key_for (text);
  g_object_set_qdata_full (G_OBJECT (employee), quark, both, g_free);
  return both + strlen (both) + 1;
}

void
kn_employees_cells_keep_keys (KnEmployee *employee,
                              char       *name_key,
                              char       *position_key,
                              char       *unit_key)
{
  ensure_key_quarks ();
  g_object_set_qdata_full (G_OBJECT (employee), name_key_quark, name_key, g_free);
  g_object_set_qdata_full (G_OBJECT (employee), position_key_quark, position_key, g_free);
  g_object_set_qdata_full (G_OBJECT (employee), unit_key_quark, unit_key, g_free);
}

/* A text column's sort key: the text, and where its collation key is kept on the employee. */
typedef struct
{
  const GQuark *quark;
  const char *(*text) (KnEmployee *employee);
} SortKey;

static const SortKey name_sort_key = { &name_key_quark, kn_employee_get_name };
static const SortKey position_sort_key = { &position_key_quark, kn_employee_get_position };
static const SortKey unit_sort_key = { &unit_key_quark, kn_employee_get_unit_name };

static int
key_compare_func (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const SortKey *key = user_data;

  return strcmp (kept_key ((KnEmployee *)a, *key->quark, key->text ((KnEmployee *)a)),
                 kept_key ((KnEmployee *)b, *key->quark, key->text ((KnEmployee *)b)));
}

static int
rank_compare_func (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  guint x = kn_employee_get_rank_order ((KnEmployee *)a);
  guint y = kn_employee_get_rank_order ((KnEmployee *)b);

  return (x > y) - (x < y);
}

void
kn_employees_cells_set_column_sorters (GtkColumnView *column_view)
{
  GListModel *columns = gtk_column_view_get_columns (column_view);
  const struct
  {
    GCompareDataFunc compare;
    const SortKey   *key;
  } sorts[] = {
    { key_compare_func, &name_sort_key },
    { key_compare_func, &position_sort_key },
    { rank_compare_func, NULL },
    { key_compare_func, &unit_sort_key },
  };

  ensure_key_quarks ();
  g_assert (g_list_model_get_n_items (columns) == G_N_ELEMENTS (sorts));
  for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      /* The name's the same as every list of people sorted by name. */
      g_autoptr(GtkSorter) sorter =
        sorts[i].key == &name_sort_key
        ? kn_employees_cells_name_sorter_new ()
        : GTK_SORTER (gtk_custom_sorter_new (sorts[i].compare, (gpointer)sorts[i].key, NULL));

      gtk_column_view_column_set_sorter (column, sorter);
    }
}

GtkWidget *
kn_employees_cells_name_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  return label;
}

GtkSorter *
kn_employees_cells_name_sorter_new (void)
{
  ensure_key_quarks ();
  return GTK_SORTER (gtk_custom_sorter_new (key_compare_func, (gpointer)&name_sort_key, NULL));
}

/* The first sort by name. The names' keys are made and sorted from copies of the names (in a
 * worker for a large office), then the employees go into the list in that order at once: a
 * list's own sort then finds them in order and has little to do. */
struct _KnNameSort
{
  KnEmployee **employees;   /* refs */
  char       **names;       /* in: the names; out: "name\0key" */
  char       **positions;   /* in: the positions; out: "position\0key"; NULL: names only */
  char       **units;       /* in: the units' names; out: "unit\0key"; NULL: names only */
  guint       *order;       /* out: the positions by key */
  guint        n;
};

KnNameSort *
kn_employees_cells_name_sort_new (GPtrArray *employees,
                                  gboolean   all_columns)
{
  KnNameSort *job = g_new0 (KnNameSort, 1);

  job->n = employees->len;
  job->employees = g_new (KnEmployee *, MAX (job->n, 1));
  job->names = g_new (char *, MAX (job->n, 1));
  job->order = g_new (guint, MAX (job->n, 1));
  if (all_columns)
    {
      job->positions = g_new (char *, MAX (job->n, 1));
      job->units = g_new (char *, MAX (job->n, 1));
    }
  for (guint i = 0; i < job->n; i++)
    {
      job->employees[i] = g_object_ref (g_ptr_array_index (employees, i));
      job->names[i] = g_strdup (kn_employee_get_name (job->employees[i]));
      if (all_columns)
        {
          job->positions[i] = g_strdup (kn_employee_get_position (job->employees[i]));
          job->units[i] = g_strdup (kn_employee_get_unit_name (job->employees[i]));
        }
    }
  return job;
}

guint
kn_employees_cells_name_sort_get_n (KnNameSort *job)
{
  return job->n;
}

void
kn_employees_cells_name_sort_free (KnNameSort *job)
{
  for (guint i = 0; i < job->n; i++)
    {
      g_object_unref (job->employees[i]);
      g_free (job->names[i]);
      if (job->positions != NULL)
        {
          g_free (job->positions[i]);
          g_free (job->units[i]);
        }
    }
  g_free (job->employees);
  g_free (job->names);
  g_free (job->positions);
  g_free (job->units);
  g_free (job->order);
  g_free (job);
}

static int
compare_name_keys (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  char **names = user_data;
  const char *x = names[*(const guint *)a];
  const char *y = names[*(const guint *)b];

  return strcmp (x + strlen (x) + 1, y + strlen (y) + 1);
}

void
kn_employees_cells_name_sort_run (KnNameSort *job)
{
  for (guint i = 0; i < job->n; i++)
    {
      char *both = kn_employees_cells_name_key_for (job->names[i]);

      g_free (job->names[i]);
      job->names[i] = both;
      job->order[i] = i;
      if (job->positions == NULL)
        continue;
      /* The other columns' keys too, so that no header click makes them (issue 13). */
      both = kn_employees_cells_key_for (job->positions[i]);
      g_free (job->positions[i]);
      job->positions[i] = both;
      both = kn_employees_cells_key_for (job->units[i]);
      g_free (job->units[i]);
      job->units[i] = both;
    }
  /* Stable: equal names keep the store's order, as a list's own sort keeps it. */
  g_qsort_with_data (job->order, job->n, sizeof (guint), compare_name_keys, job->names);
}

void
kn_employees_cells_name_sort_apply (KnNameSort *job,
                                    GListStore *store)
{
  g_autofree gpointer *sorted = g_new (gpointer, MAX (job->n, 1));

  ensure_key_quarks ();
  for (guint i = 0; i < job->n; i++)
    {
      GObject *employee = G_OBJECT (job->employees[i]);

      /* Kept only while the name is the one the key was made from (kept_key checks). */
      g_object_set_qdata_full (employee, name_key_quark, g_steal_pointer (&job->names[i]), g_free);
      if (job->positions == NULL)
        continue;
      g_object_set_qdata_full (employee, position_key_quark, g_steal_pointer (&job->positions[i]),
                               g_free);
      g_object_set_qdata_full (employee, unit_key_quark, g_steal_pointer (&job->units[i]), g_free);
    }
  for (guint i = 0; i < job->n; i++)
    sorted[i] = job->employees[job->order[i]];

  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), sorted, job->n);
}

static void
name_sort_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  /* Replaced by a later sort while it waited for a worker. */
  if (g_task_return_error_if_cancelled (task))
    return;
  kn_employees_cells_name_sort_run (task_data);
  g_task_return_boolean (task, TRUE);
}

GTask *
kn_employees_cells_name_sort_task (gpointer              source_object,
                                   KnNameSort           *job,
                                   GCancellable        **sorting,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  GTask *task;

  g_return_val_if_fail (job != NULL, NULL);
  g_return_val_if_fail (sorting != NULL, NULL);

  if (*sorting != NULL)
    g_cancellable_cancel (*sorting);
  g_clear_object (sorting);
  *sorting = g_cancellable_new ();
  task = g_task_new (source_object, *sorting, callback, user_data);
  g_task_set_source_tag (task, kn_employees_cells_name_sort_task);
  g_task_set_task_data (task, job, (GDestroyNotify)kn_employees_cells_name_sort_free);
  return task;
}

void
kn_employees_cells_name_sort_start (GTask *task)
{
  g_return_if_fail (G_IS_TASK (task));

  if (!g_task_return_error_if_cancelled (task))
    kn_worker_run_in_thread (task, name_sort_thread);
}

KnNameSort *
kn_employees_cells_name_sort_finish (GAsyncResult  *result,
                                     GCancellable **sorting)
{
  GTask *task = G_TASK (result);

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (task) == kn_employees_cells_name_sort_task, NULL);
  g_return_val_if_fail (sorting != NULL, NULL);

  /* A later sort (another store, a reload) replaced this one. */
  if (!g_task_propagate_boolean (task, NULL) || g_task_get_cancellable (task) != *sorting)
    return NULL;
  g_clear_object (sorting);
  return g_task_get_task_data (task);
}
