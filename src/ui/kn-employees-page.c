/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Pegawai place: the unit tree and the table of employees, with their commands. */

#define G_LOG_DOMAIN "kn-employees-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <adwaita.h>

#include "kinerja/kn-history.h"

#include "kn-employee-dialog.h"
#include "kn-employees-page.h"
#include "kn-import-dialog.h"
#include "kn-unit-dialog.h"

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

G_DEFINE_FINAL_TYPE (KnEmployeeSlot, kn_employee_slot, G_TYPE_OBJECT)

static GParamSpec *slot_employee_pspec;

static void
kn_employee_slot_finalize (GObject *object)
{
  g_clear_object (&KN_EMPLOYEE_SLOT (object)->employee);
  G_OBJECT_CLASS (kn_employee_slot_parent_class)->finalize (object);
}

static void
kn_employee_slot_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  if (prop_id == 1)
    g_value_set_object (value, KN_EMPLOYEE_SLOT (object)->employee);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
kn_employee_slot_class_init (KnEmployeeSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kn_employee_slot_finalize;
  object_class->get_property = kn_employee_slot_get_property;
  slot_employee_pspec = g_param_spec_object ("employee", NULL, NULL, KN_TYPE_EMPLOYEE,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, 1, slot_employee_pspec);
}

static void
kn_employee_slot_init (KnEmployeeSlot *self)
{
}

static void
kn_employee_slot_set_employee (KnEmployeeSlot *self,
                               KnEmployee     *employee)
{
  if (g_set_object (&self->employee, employee))
    g_object_notify_by_pspec (G_OBJECT (self), slot_employee_pspec);
}

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

static GType
kn_row_list_get_item_type (GListModel *model)
{
  return KN_ROW_LIST (model)->item_type;
}

static guint
kn_row_list_get_n_items (GListModel *model)
{
  return KN_ROW_LIST (model)->n_shown;
}

static gpointer
kn_row_list_get_item (GListModel *model,
                      guint       position)
{
  KnRowList *self = KN_ROW_LIST (model);

  return position < self->n_shown ? g_object_ref (g_ptr_array_index (self->items, position)) : NULL;
}

static void
kn_row_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kn_row_list_get_item_type;
  iface->get_n_items = kn_row_list_get_n_items;
  iface->get_item = kn_row_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (KnRowList, kn_row_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, kn_row_list_model_init))

static void
kn_row_list_finalize (GObject *object)
{
  g_ptr_array_unref (KN_ROW_LIST (object)->items);
  G_OBJECT_CLASS (kn_row_list_parent_class)->finalize (object);
}

static void
kn_row_list_class_init (KnRowListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kn_row_list_finalize;
}

static void
kn_row_list_init (KnRowList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

static KnRowList *
kn_row_list_new (GType item_type)
{
  KnRowList *self = g_object_new (KN_TYPE_ROW_LIST, NULL);

  self->item_type = item_type;
  return self;
}

/* Shows the first @n_shown items (at most as many as it holds). */
static void
kn_row_list_set_n_shown (KnRowList *self,
                         guint      n_shown)
{
  guint old = self->n_shown;

  n_shown = MIN (n_shown, self->items->len);
  if (n_shown == old)
    return;
  self->n_shown = n_shown;
  if (n_shown > old)
    g_list_model_items_changed (G_LIST_MODEL (self), old, 0, n_shown - old);
  else
    g_list_model_items_changed (G_LIST_MODEL (self), n_shown, old - n_shown, 0);
}

/* Holds and shows @items (refs, taken) instead. */
static void
kn_row_list_take (KnRowList *self,
                  GPtrArray *items)
{
  guint old = self->n_shown;

  g_ptr_array_unref (self->items);
  self->items = items;
  self->n_shown = items->len;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old, items->len);
}

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
  guint               background_from; /* the number of employees from which it runs in a worker */
  GTask              *pending_sort;    /* owned, nullable: started at the window's first frame */
  KnRowList          *visible;         /* owned: the sorted employees the filters let through */
  KnRowList          *rows;            /* owned: KnEmployeeSlot, one shown per visible employee */
  guint               grow_source;     /* adds the rows still to come, a few per turn */
  GtkSortListModel   *sort_model;      /* owned */
  GtkSingleSelection *selection;       /* owned */
  GtkSingleSelection *unit_selection;  /* owned, nullable */

  GtkPaned           *paned;
  GtkToggleButton    *all_units_button;
  GtkListView        *units_view;
  GtkSearchEntry     *search_entry;
  GtkCheckButton     *inactive_check;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *name_column;
  GtkLabel           *count_label;
};

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

/* The collation key of the name without titles (kn_employee_sort_name_for), kept on the employee
 * with the name it was made from ("name\0key") as folded_name keeps the folded name. */
static GQuark name_key_quark;

static char *
name_and_key_for (const char *name)
{
  g_autofree char *sort_name = kn_employee_sort_name_for (name);
  g_autofree char *key = g_utf8_collate_key (sort_name, -1);
  gsize length = strlen (name);
  char *both = g_malloc (length + 1 + strlen (key) + 1);

  memcpy (both, name, length + 1);
  strcpy (both + length + 1, key);
  return both;
}

static const char *
name_key (KnEmployee *employee)
{
  const char *name = kn_employee_get_name (employee);
  const char *cached = g_object_get_qdata (G_OBJECT (employee), name_key_quark);
  char *both;

  if (cached != NULL && strcmp (cached, name) == 0)
    return cached + strlen (cached) + 1;

  both = name_and_key_for (name);
  g_object_set_qdata_full (G_OBJECT (employee), name_key_quark, both, g_free);
  return both + strlen (both) + 1;
}

/* The name column's order: as a GtkStringSorter over "sort-name" orders (its collation key), from
 * keys made once per name rather than on every sort. */
static int
name_compare_func (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  return strcmp (name_key ((KnEmployee *)a), name_key ((KnEmployee *)b));
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
 * one go blocked the window (going back to every unit from a small one). */
#define GROW_STEP 40
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
  refilter (self, FALSE);
}

/* The first sort by name. The names' keys are made and sorted from copies of the names (in a
 * worker for a large office), then the employees go into the list in that order at once: the
 * list's own sort then finds them in order and has little to do. */
typedef struct
{
  KnEmployee **employees;   /* refs */
  char       **names;       /* in: the names; out: "name\0key" */
  guint       *order;       /* out: the positions by key */
  guint        n;
} NameSort;

static void
name_sort_free (NameSort *job)
{
  for (guint i = 0; i < job->n; i++)
    {
      g_object_unref (job->employees[i]);
      g_free (job->names[i]);
    }
  g_free (job->employees);
  g_free (job->names);
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

/* Touches no GObject: safe in a worker. */
static void
name_sort_run (NameSort *job)
{
  for (guint i = 0; i < job->n; i++)
    {
      char *both = name_and_key_for (job->names[i]);

      g_free (job->names[i]);
      job->names[i] = both;
      job->order[i] = i;
    }
  /* Stable: equal names keep the store's order, as the list's own sort keeps it. */
  g_qsort_with_data (job->order, job->n, sizeof (guint), compare_name_keys, job->names);
}

static void
name_sort_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  name_sort_run (task_data);
  g_task_return_boolean (task, TRUE);
}

static void
name_sort_apply (KnEmployeesPage *self,
                 NameSort        *job)
{
  g_autofree gpointer *sorted = g_new (gpointer, MAX (job->n, 1));

  for (guint i = 0; i < job->n; i++)
    {
      KnEmployee *employee = job->employees[i];

      /* Kept only while the name is the one the key was made from (name_key checks). */
      g_object_set_qdata_full (G_OBJECT (employee), name_key_quark,
                               g_steal_pointer (&job->names[i]), g_free);
    }
  for (guint i = 0; i < job->n; i++)
    sorted[i] = job->employees[job->order[i]];

  g_list_store_splice (self->presorted, 0, g_list_model_get_n_items (G_LIST_MODEL (self->presorted)),
                       sorted, job->n);
}

static void
name_sort_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (source);
  GTask *task = G_TASK (result);

  /* A later sort (another store, a reload) replaced this one. */
  if (!g_task_propagate_boolean (task, NULL) ||
      g_task_get_cancellable (task) != self->sorting)
    return;

  g_clear_object (&self->sorting);
  name_sort_apply (self, g_task_get_task_data (task));
  update_count (self);
}

static gboolean
start_pending_sort_cb (GtkWidget     *root,
                       GdkFrameClock *clock,
                       gpointer       data)
{
  KnEmployeesPage *self = data;
  g_autoptr(GTask) task = g_steal_pointer (&self->pending_sort);

  if (task != NULL && !g_task_return_error_if_cancelled (task))
    g_task_run_in_thread (task, name_sort_thread);
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
  NameSort *job;
  gboolean waiting = self->pending_sort != NULL;

  drop_sort (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->presorted)) > 0)
    g_list_store_remove_all (self->presorted);

  job = g_new0 (NameSort, 1);
  job->n = self->mirror->len;
  job->employees = g_new (KnEmployee *, MAX (job->n, 1));
  job->names = g_new (char *, MAX (job->n, 1));
  job->order = g_new (guint, MAX (job->n, 1));
  for (guint i = 0; i < job->n; i++)
    {
      job->employees[i] = g_object_ref (g_ptr_array_index (self->mirror, i));
      job->names[i] = g_strdup (kn_employee_get_name (job->employees[i]));
    }

  if (job->n < self->background_from)
    {
      name_sort_run (job);
      name_sort_apply (self, job);
      name_sort_free (job);
    }
  else
    {
      g_autoptr(GTask) task = NULL;

      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      self->sorting = g_cancellable_new ();
      task = g_task_new (self, self->sorting, name_sort_done_cb, NULL);
      g_task_set_source_tag (task, load_employees);
      g_task_set_task_data (task, job, (GDestroyNotify)name_sort_free);
      g_task_set_return_on_cancel (task, TRUE);
      /* A window opening waits for nothing: the sort starts with its first frame. */
      if (root != NULL && !gtk_widget_get_mapped (GTK_WIDGET (root)))
        {
          g_set_object (&self->pending_sort, task);
          if (!waiting)
            gtk_widget_add_tick_callback (GTK_WIDGET (root), start_pending_sort_cb,
                                          g_object_ref (self), g_object_unref);
        }
      else
        g_task_run_in_thread (task, name_sort_thread);
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
update_actions (KnEmployeesPage *self)
{
  gboolean has_store = self->store != NULL;
  gboolean has_employee = gtk_single_selection_get_selected_item (self->selection) != NULL;
  gboolean has_unit = self->unit_id != 0;
  /* On a server, only what the login may do (admin, operator) is offered. */
  gboolean keeps = has_store && kn_store_login_may (self->store, KN_STORE_RIGHT_KEEP_PEOPLE, 0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.add", keeps);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.import", keeps);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.edit", has_employee);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.delete", has_employee && keeps);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "employees.delete-focused", keeps);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.add", keeps);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.edit", has_unit && keeps);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "units.delete", has_unit && keeps);
}

static void
on_selection_changed_cb (GtkSingleSelection *selection,
                         GParamSpec         *pspec,
                         KnEmployeesPage    *self)
{
  update_actions (self);
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
  update_actions (self);
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

static GListModel *
create_unit_children_cb (gpointer item,
                         gpointer user_data)
{
  KnEmployeesPage *self = user_data;
  gint64 id = item != NULL ? kn_org_unit_get_id (item) : 0;
  GPtrArray *kids = self->unit_children != NULL ? g_hash_table_lookup (self->unit_children, &id)
                                                : NULL;
  GListStore *children;

  /* The top level is a list even when empty; a unit without children has none. */
  if (kids == NULL && item != NULL)
    return NULL;

  children = g_list_store_new (KN_TYPE_ORG_UNIT);
  if (kids != NULL)
    g_list_store_splice (children, 0, 0, kids->pdata, kids->len);
  return G_LIST_MODEL (children);
}

static gboolean
select_unit_row (KnEmployeesPage *self,
                 gint64           unit_id)
{
  GListModel *model;
  guint n;

  if (self->unit_selection == NULL)
    return FALSE;

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

  if (self->store == NULL)
    {
      gtk_list_view_set_model (self->units_view, NULL);
      return;
    }

  index_unit_children (self);
  tree = gtk_tree_list_model_new (create_unit_children_cb (NULL, self), FALSE, TRUE,
                                  create_unit_children_cb, self, NULL);
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

static void
on_dialog_saved_cb (KnEmployeeDialog *dialog,
                    gint64            employee_id,
                    KnEmployeesPage  *self)
{
  if (!kn_employees_page_select_employee (self, employee_id))
    {
      /* A new employee outside the current filter: show them rather than hide the result. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      kn_employees_page_select_unit (self, 0);
      kn_employees_page_select_employee (self, employee_id);
    }
}

static void
present_dialog (KnEmployeesPage *self,
                GtkWindow       *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  gtk_window_set_modal (dialog, TRUE);

  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (dialog);
}

static void
show_error (KnEmployeesPage *self,
            const char      *heading,
            const char      *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  present_dialog (self, GTK_WINDOW (dialog));
}

static void
employees_add_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);
  KnEmployeeDialog *dialog;

  if (self->store == NULL)
    return;

  if (g_list_model_get_n_items (kn_store_get_units (self->store)) == 0)
    {
      show_error (self, _("Add a Unit First"),
                  _("Every employee belongs to a unit. Add your office (OPD) with the + button above the unit list, then add its employees."));
      return;
    }

  dialog = kn_employee_dialog_new (self->store, NULL, self->unit_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, 0);
  present_dialog (self, GTK_WINDOW (dialog));
}

/* The import dialog (kn-import-dialog.c) reads the file and adds the people in one go. */
static void
employees_import_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);

  if (self->store != NULL)
    kn_import_dialog_choose (GTK_WINDOW (gtk_widget_get_root (widget)), self->store);
}

static void
employees_edit_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);
  KnEmployee *employee = kn_employees_page_get_selected_employee (self);
  KnEmployeeDialog *dialog;

  if (employee == NULL)
    return;

  dialog = kn_employee_dialog_new (self->store, employee, 0);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, 0);
  present_dialog (self, GTK_WINDOW (dialog));
}

static void
on_delete_employee_response_cb (AdwMessageDialog *dialog,
                                const char       *response,
                                KnEmployeesPage  *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "employee-id"));
  KnStaffAction action;

  if (g_str_equal (response, "to-superior") || g_str_equal (response, "delete"))
    action = KN_STAFF_ACTION_TO_SUPERIOR;
  else if (g_str_equal (response, "clear"))
    action = KN_STAFF_ACTION_CLEAR;
  else
    return;

  if (!kn_store_delete_employee (self->store, id, action, 0, &error))
    show_error (self, _("The Employee Was Not Deleted"), error->message);
}

static void
employees_delete_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);
  KnEmployee *employee = kn_employees_page_get_selected_employee (self);
  g_autoptr(GPtrArray) staff = NULL;
  g_autofree char *heading = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;
  KnEmployee *superior;

  if (employee == NULL)
    return;

  staff = kn_store_list_staff (self->store, kn_employee_get_id (employee));
  superior = kn_store_lookup_employee (self->store, kn_employee_get_supervisor_id (employee));
  heading = g_strdup_printf (_("Delete “%s”?"), kn_employee_get_name (employee));

  if (staff->len == 0)
    {
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                           heading,
                                                           _("The employee and their data are removed from this database. This cannot be undone.")));
      adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
    }
  else
    {
      g_autofree char *body = NULL;

      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s is the direct superior of %u employee. Who should they report to from now on?",
                                           "%s is the direct superior of %u employees. Who should they report to from now on?",
                                           staff->len),
                              kn_employee_get_name (employee), staff->len);
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                           heading, body));
      adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
      if (superior != NULL)
        {
          g_autofree char *label = g_strdup_printf (_("Delete and Move the Staff to %s"),
                                                    kn_employee_get_name (superior));

          adw_message_dialog_add_response (dialog, "to-superior", label);
          adw_message_dialog_set_response_appearance (dialog, "to-superior",
                                                      ADW_RESPONSE_DESTRUCTIVE);
        }
      adw_message_dialog_add_response (dialog, "clear", _("Delete and Leave the Staff Without a Superior"));
      adw_message_dialog_set_response_appearance (dialog, "clear", ADW_RESPONSE_DESTRUCTIVE);
    }

  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "employee-id",
                     GSIZE_TO_POINTER ((gsize)kn_employee_get_id (employee)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_employee_response_cb),
                           self, 0);
  present_dialog (self, GTK_WINDOW (dialog));
}

static void
employees_search_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
units_add_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);

  if (self->store != NULL)
    present_dialog (self, GTK_WINDOW (kn_unit_dialog_new (self->store, 0, self->unit_id)));
}

static void
units_edit_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);

  if (self->store != NULL && self->unit_id != 0)
    present_dialog (self, GTK_WINDOW (kn_unit_dialog_new (self->store, self->unit_id, 0)));
}

static void
on_delete_unit_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            KnEmployeesPage  *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "unit-id"));

  if (!g_str_equal (response, "delete"))
    return;

  if (!kn_store_delete_unit (self->store, id, &error))
    show_error (self, _("The Unit Was Not Deleted"), error->message);
}

static void
units_delete_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;
  KnOrgUnit *unit;

  unit = self->store != NULL ? kn_store_lookup_unit (self->store, self->unit_id) : NULL;
  if (unit == NULL)
    return;

  /* Say at once why a unit that is still in use cannot go, rather than after a confirmation. */
  if (!kn_store_check_unit_deletable (self->store, self->unit_id, &error))
    {
      show_error (self, _("The Unit Cannot Be Deleted"), error->message);
      return;
    }

  heading = g_strdup_printf (_("Delete “%s”?"), kn_org_unit_get_name (unit));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading,
                                                       _("The unit is empty. Deleting it cannot be undone.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "unit-id", GSIZE_TO_POINTER ((gsize)self->unit_id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_unit_response_cb), self, 0);
  present_dialog (self, GTK_WINDOW (dialog));
}


/* The Delete key deletes what the keyboard is on: the unit when the unit tree has the focus,
 * the employee when the table has it. */
static void
delete_focused_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KnEmployeesPage *self = KN_EMPLOYEES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL)
    return;
  if (focus == GTK_WIDGET (self->units_view) ||
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->units_view)))
    gtk_widget_activate_action (widget, "units.delete", NULL);
  else if (focus == GTK_WIDGET (self->column_view) ||
           gtk_widget_is_ancestor (focus, GTK_WIDGET (self->column_view)))
    gtk_widget_activate_action (widget, "employees.delete", NULL);
}

static void
kn_employees_page_dispose (GObject *object)
{
  KnEmployeesPage *self = (KnEmployeesPage *)object;

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (kn_store_get_units (self->store), self);
      g_signal_handlers_disconnect_by_data (kn_store_get_employees (self->store), self);
      g_signal_handlers_disconnect_by_data (self->store, self);
    }
  drop_sort (self);
  if (self->unit_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->unit_selection, self);
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
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, all_units_button);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, units_view);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, inactive_check);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, KnEmployeesPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_all_units_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_inactive_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "employees.add", NULL, employees_add_action);
  gtk_widget_class_install_action (widget_class, "employees.import", NULL,
                                   employees_import_action);
  gtk_widget_class_install_action (widget_class, "employees.edit", NULL, employees_edit_action);
  gtk_widget_class_install_action (widget_class, "employees.delete", NULL, employees_delete_action);
  gtk_widget_class_install_action (widget_class, "employees.delete-focused", NULL,
                                   delete_focused_action);
  gtk_widget_class_install_action (widget_class, "employees.search", NULL, employees_search_action);
  gtk_widget_class_install_action (widget_class, "units.add", NULL, units_add_action);
  gtk_widget_class_install_action (widget_class, "units.edit", NULL, units_edit_action);
  gtk_widget_class_install_action (widget_class, "units.delete", NULL, units_delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "employees.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "employees.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0,
                                       "employees.delete-focused", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "employees.edit", NULL);
}

/* The whole name or position of a cell, on hover. Asked for only when the pointer rests (a
 * tooltip bound on every cell made GTK look for the pointer, an X round trip, on each bind). */
static gboolean
on_query_tooltip_cb (GtkWidget       *view,
                     int              x,
                     int              y,
                     gboolean         keyboard,
                     GtkTooltip      *tooltip,
                     KnEmployeesPage *self)
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
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  gtk_list_item_set_child (list_item, expander);
}

static void
unit_row_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item));
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(KnOrgUnit) unit = gtk_tree_list_row_get_item (row);
  GtkWidget *label = gtk_tree_expander_get_child (expander);

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
    g_signal_handlers_disconnect_by_func (unit, on_unit_name_changed_cb,
                                          gtk_tree_expander_get_child (expander));
  gtk_tree_expander_set_list_row (expander, NULL);
}

static gboolean
on_units_query_tooltip_cb (GtkWidget       *view,
                           int              x,
                           int              y,
                           gboolean         keyboard,
                           GtkTooltip      *tooltip,
                           KnEmployeesPage *self)
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

static void
set_unit_factory (KnEmployeesPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (unit_row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (unit_row_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unit_row_unbind_cb), NULL);
  gtk_list_view_set_factory (self->units_view, factory);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->units_view), TRUE);
  g_signal_connect (self->units_view, "query-tooltip", G_CALLBACK (on_units_query_tooltip_cb),
                    self);
}

static void
set_cell_factories (KnEmployeesPage *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

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
}

static void
kn_employees_page_init (KnEmployeesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  set_cell_factories (self);
  set_unit_factory (self);

  /* Sorted first, then filtered: a keystroke or a unit filters the sorted list again and never
   * sorts it (the sort follows only the columns and the store's own changes). */
  if (name_key_quark == 0)
    name_key_quark = g_quark_from_static_string ("kn-employees-page-name-key");
  gtk_column_view_column_set_sorter (self->name_column,
                                     GTK_SORTER (gtk_custom_sorter_new (name_compare_func, NULL, NULL)));
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
  g_signal_connect (self->selection, "notify::selected-item",
                    G_CALLBACK (on_selection_changed_cb), self);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->column_view), TRUE);
  g_signal_connect (self->column_view, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  update_actions (self);
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

  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (kn_store_get_units (self->store), self);
      g_signal_handlers_disconnect_by_data (kn_store_get_employees (self->store), self);
      g_signal_handlers_disconnect_by_data (self->store, self);
    }

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

  update_actions (self);
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
